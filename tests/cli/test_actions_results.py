"""``actions objective | outcome | indicator | link | results``: the results chain from the
command line, carried whole by ``actions list ID --json``; bad input refused in one line, nothing
saved; validation refused while an outcome has no indicator."""

from cli_helpers import plan_json, refused


def test_help_names_the_verbs(cli_run):
    text = " ".join(cli_run("actions", "--help").output.split())
    for verb in ("objective", "outcome add|edit|remove", "indicator add|edit|remove", "link", "results"):
        assert verb in text, verb
    text = " ".join(cli_run("actions", "indicator", "add", "--help").output.split())
    for option in ("--objective", "--outcome", "--action", "--baseline-year", "--target", "--verification"):
        assert option in text, option


def _chain(cli_run):
    aid = cli_run("new", "--country", "SEN", "--round", "2026").output.strip()
    for title in ("Census migration module", "Border statistics"):
        r = cli_run("actions", "add", aid, "--title", title, "--start", "2026-Q1", "--end", "2028-Q4")
        assert r.exit_code == 0, r.output
    assert cli_run("actions", "objective", aid, "Migration policy informed by official statistics",
                   "--assumptions", "Government keeps the NSDS").exit_code == 0
    o1 = cli_run("actions", "outcome", "add", aid, "--name", "Census measures migration").output.strip()
    o2 = cli_run("actions", "outcome", "add", aid, "--name", "Border data published").output.strip()
    assert (o1, o2) == ("O1", "O2")
    r = cli_run("actions", "indicator", "add", aid, "--outcome", "1", "--name", "Census tables published",
                "--unit", "number", "--baseline", "0", "--baseline-year", "2025",
                "--target", "2027=6", "--target", "2028=12", "--verification", "Census report")
    assert r.exit_code == 0 and r.output.strip() == "I1", r.output
    assert cli_run("actions", "indicator", "add", aid, "--objective", "--name", "Policies citing data").exit_code == 0
    assert cli_run("actions", "indicator", "add", aid, "--action", "2", "--name", "Bulletins",
                   "--target", "2026=2").exit_code == 0
    assert cli_run("actions", "link", aid, "1", "O1").exit_code == 0
    assert cli_run("actions", "link", aid, "2", "2").exit_code == 0
    return aid


def test_the_chain_through_the_command_line(cli_run):
    aid = _chain(cli_run)
    plan = plan_json(cli_run, aid)
    chain = plan["results"]
    assert chain["objective"] == "Migration policy informed by official statistics"
    assert [o["id"] for o in chain["outcomes"]] == ["O1", "O2"]
    # listed in the chain's order: the objective's, then each outcome's, then each output's
    assert [i["level"] for i in chain["indicators"]] == ["objective", "outcome", "output"]
    i1 = next(i for i in chain["indicators"] if i["id"] == "I1")
    assert (i1["level"], i1["parent"], i1["baseline"], i1["baseline_year"]) == ("outcome", "O1", "0", 2025)
    assert i1["targets"] == [{"year": 2027, "value": "6"}, {"year": 2028, "value": "12"}]
    assert [a["outcome"] for a in plan["actions"]] == ["O1", "O2"]
    assert chain["indicators"][2]["parent"] == plan["actions"][1]["id"]
    text = cli_run("actions", "results", aid).output
    assert "Outcome 1 (O1): Census measures migration" in text and "Output: action 1" in text
    assert "targets 2027=6; 2028=12" in text
    assert "outcome 1: Census measures migration" in cli_run("actions", aid).output
    # edits
    assert cli_run("actions", "indicator", "edit", aid, "I1", "--target", "2028=15").exit_code == 0
    assert cli_run("actions", "outcome", "edit", aid, "O2", "--assumptions", "Border posts online").exit_code == 0
    chain = plan_json(cli_run, aid)["results"]
    assert next(i for i in chain["indicators"] if i["id"] == "I1")["targets"] == [{"year": 2028, "value": "15"}]
    assert chain["outcomes"][1]["assumptions"] == "Border posts online"
    assert cli_run("actions", "link", aid, "2", "none").exit_code == 0
    assert cli_run("actions", "outcome", "remove", aid, "O2").exit_code == 0
    assert cli_run("actions", "indicator", "remove", aid, "I2").exit_code == 0
    chain = plan_json(cli_run, aid)["results"]
    assert [o["id"] for o in chain["outcomes"]] == ["O1"] and [i["id"] for i in chain["indicators"]] == ["I1", "I3"]


def test_bad_input_refused_in_one_line_nothing_saved(cli_run):
    aid = _chain(cli_run)
    before = plan_json(cli_run, aid)["results"]
    refused(cli_run("actions", "link", aid, "1", "O7"), "no outcome 'O7'")
    refused(cli_run("actions", "indicator", "add", aid, "--outcome", "O1", "--name", "x", "--target", "2035=1"),
             "target year 2035", "outside the plan's years (2026–2028)")
    refused(cli_run("actions", "indicator", "edit", aid, "I1", "--baseline-year", "2028"),
             "baseline year 2028", "after its target year 2027")
    refused(cli_run("actions", "outcome", "add", aid, "--name", "  "), "outcome's name is empty")
    refused(cli_run("actions", "outcome", "remove", aid, "O1"), "served by action 1")
    refused(cli_run("actions", "indicator", "add", aid, "--outcome", "O1", "--name", "x", "--baseline", "1,5",
                     "--baseline-year", "2025"), "is not a number")
    refused(cli_run("actions", "indicator", "add", aid, "--name", "x"), "one of --objective")
    assert plan_json(cli_run, aid)["results"] == before


def test_validation_refused_while_an_outcome_has_no_indicator(cli_run):
    aid = _chain(cli_run)
    r = cli_run("actions", "validate", aid, "--date", "2026-03-01", "--event", "Workshop", "--institution", "ANSD",
                "--approved-by", "A. Diop", "--position", "Director")
    refused(r, "outcome 2 (Border data published) has no indicator")
    assert "outcome 1" not in r.output
