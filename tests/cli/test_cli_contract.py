"""The CLI names and JSON shapes are a contract other work relies on."""
import json
import os
import subprocess
import sys


def test_new_list_set_answers(cli_run):
    r = cli_run("new", "--country", "KEN", "--round", "2026")
    assert r.exit_code == 0
    aid = int(r.output.strip())
    listed = json.loads(cli_run("list", "--json").output)
    assert listed[0]["id"] == aid and listed[0]["country"] == "KEN" and listed[0]["round"] == 2026
    assert cli_run("set", aid, "s2_need_a", "3", "--comment", "urgent").exit_code == 0
    assert cli_run("set", aid, "s2_bodies", "interior,labour").exit_code == 0
    assert cli_run("set", aid, "s2_policy", "--dont-know").exit_code == 0
    assert cli_run("set", aid, "s3_matrix.A.CEN.exists", "yes").exit_code == 0
    assert cli_run("evidence", aid, "s2_need_a", "Policy note 2025").exit_code == 0
    rows = {r["item_id"]: r for r in json.loads(cli_run("answers", aid, "--json").output)}
    assert rows["s2_need_a"]["value"] == 3 and rows["s2_need_a"]["comment"] == "urgent"
    assert rows["s2_need_a"]["evidence"] == [{"kind": "document", "text": "Policy note 2025"}]
    assert rows["s2_bodies"]["value"] == ["interior", "labour"]
    assert rows["s2_policy"]["dont_know"] is True and rows["s2_policy"]["value"] is None
    assert rows["s3_matrix.A.CEN.exists"]["value"] == "yes"


def test_errors_are_one_line_exit_2(cli_run):
    aid = cli_run("new", "--country", "KEN", "--round", "2026").output.strip()
    for args, fragment in [
        (("set", aid, "nope", "1"), "nope: unknown item id"),
        (("set", aid, "s2_need_a", "7"), "above the maximum 3"),
        (("set", aid, "s2_policy", "maybe"), "not one of the choices"),
        (("set", "999", "s2_need_a", "1"), "no assessment with id 999"),
        (("set", "abc", "s2_need_a", "1"), "must be a number"),
        (("new", "--country", "ZZZZ", "--round", "2026"), "unknown country code"),
        (("answers", "42"), "no assessment with id 42"),
    ]:
        r = cli_run(*args)
        assert r.exit_code == 2, (args, r.output)
        lines = [ln for ln in r.output.splitlines() if ln.strip()]
        assert len(lines) == 1 and fragment in lines[0], (args, r.output)


def test_questionnaire_show_json(cli_run):
    data = json.loads(cli_run("questionnaire", "show", "--json").output)
    assert [p["code"] for p in data["policy_questions"]] == list("ABCDEFGHIJKLMNO")
    assert {"en", "fr", "es"} <= set(data["policy_questions"][0]["label"])  # and the catalogued ones translated
    assert data["matrix"]["rows"] == list("ABCDEFGHIJKLMNO") and len(data["matrix"]["columns"]) == 13
    item = data["sections"][0]["items"][1]
    assert {"id", "type", "label", "choices"} <= set(item)
    fr = json.loads(cli_run("questionnaire", "show", "--json", "--lang", "fr").output)
    assert fr["title"].startswith("Évaluation")
    text = cli_run("questionnaire", "show", "--lang", "es").output
    assert "Necesidad: A." in text


def test_check_and_demo(cli_run, tmp_path):
    out = tmp_path / "out"
    r = cli_run("demo", "--out", out)
    assert r.exit_code == 0, r.output
    assert (out / "assessment.json").exists()
    rows = json.loads(cli_run("list", "--json").output)
    assert rows[0]["country"] == "XVL" and rows[0]["completion"] > 0
    r = cli_run("check", "--json")
    info = json.loads(r.output)
    assert r.exit_code == 0 and info["integrity"] == "ok"


def test_entry_point_and_locked_database(tmp_path):
    """A real process: the console entry point, and a one-line refusal of a writing command on a
    locked database (reading commands work: the lock guards writers only)."""
    from capacity_app.storage.store import Store

    db = tmp_path / "locked.sqlite3"
    env = {**os.environ, "CAPACITY_APP_DATA": str(tmp_path / "data")}
    with Store(db):
        listed = subprocess.run([sys.executable, "-m", "capacity_app", "--db", str(db), "list"],
                                capture_output=True, text=True, env=env, timeout=60)
        r = subprocess.run([sys.executable, "-m", "capacity_app", "--db", str(db), "new", "--country", "KEN",
                            "--round", "2026"], capture_output=True, text=True, env=env, timeout=60)
    assert listed.returncode == 0 and listed.stdout == "no assessments\n", listed.stderr
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "already open" in r.stderr
    assert "Traceback" not in r.stderr


def test_cli_start_does_not_import_heavy_libraries():
    code = ("import sys; import capacity_app.cli; "
            "heavy = [m for m in ('PySide6', 'weasyprint', 'openpyxl', 'matplotlib', 'pandas', "
            "'python_calamine', 'sqlite_utils', 'jinja2', 'babel', 'multiprocessing', 'http.client') "
            "if m in sys.modules]; print(heavy)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.stdout.strip() == "[]", r.stdout + r.stderr


def test_list_prints_a_titles_direction_override_escaped(cli_run):
    """A title stored after a RIGHT-TO-LEFT OVERRIDE is printed escaped in the list (a
    terminal that applies the bidi algorithm showed "000,05 DSU"); --json carries it unchanged."""
    title = "\u202eUSD 50,000\u202c"
    assert cli_run("new", "--country", "KEN", "--round", "2026", "--title", title).exit_code == 0
    line = cli_run("list").output.strip().splitlines()[-1]
    assert line.endswith("\\u202eUSD 50,000\\u202c") and "\u202e" not in line
    assert json.loads(cli_run("list", "--json").output)[0]["title"] == title
