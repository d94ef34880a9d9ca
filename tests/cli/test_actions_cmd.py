"""``capacity-app actions ID [--json] [--draft]``: the plan listed, drafted, errors on one line."""
import json


def test_actions_list_draft_and_json(cli_run):
    aid = cli_run("new", "--country", "KEN", "--round", "2026").output.strip()
    r = cli_run("actions", aid)
    assert r.exit_code == 0 and "No actions in the plan" in r.output
    for key in ("s2_need_a", "s2_need_b", "s2_need_i"):
        assert cli_run("set", aid, key, "3").exit_code == 0
    r = cli_run("actions", aid, "--draft", "--json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["actions"] and data["drafted"] == [a["id"] for a in data["actions"]]
    assert all(a["institutions"] == [] and a["status"] == "planned" for a in data["actions"])
    again = json.loads(cli_run("actions", aid, "--draft", "--json").output)
    assert again["drafted"] == [] and len(again["actions"]) == len(data["actions"])
    text = cli_run("actions", aid).output
    assert "NO OWNER" in text and data["actions"][0]["title"] in text


def test_actions_errors_exit_2(cli_run):
    cli_run("new", "--country", "KEN", "--round", "2026")
    r = cli_run("actions", "999")
    assert r.exit_code == 2 and r.output.count("\n") == 1 and "999" in r.output
    r = cli_run("actions", "abc", "--json")
    assert r.exit_code == 2
