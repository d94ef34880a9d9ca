"""``actions progress summary`` and ``actions progress measure`` (cli/progress_report.py): the
planning unit's summary, the decisions asked and a corrective measure written, shown and given as
JSON, a refusal one line and exit code 2 with nothing written, every line in the user's language."""
from __future__ import annotations

import json
import shutil

from test_progress_lines_in_language import OTHERS, _cli, values_only

# on the demo (judged on today, the year 2026): action 3, the statistics unit, is at risk


def _demo(demo_db, tmp_path, name):
    path, aid = demo_db
    run = _cli(tmp_path / name)
    (tmp_path / name).mkdir()
    shutil.copy(path, run.db)
    return run, aid


def _main_path(run, aid):
    said = []

    def go(*args, code=0):
        r = run(*args)
        assert r.exit_code == code, (args, r.output)
        said.extend(line for line in r.output.splitlines() if line.strip())
        return r

    go("actions", "progress", "summary", aid, "2026")
    go("actions", "progress", "summary", aid, "2026", "--text", "Tables published.\nThe unit waits for the law.",
       "--decision", "Vote the unit's budget line", "--decision", "Sign the decree")
    go("actions", "progress", "summary", aid, "2026", "--decision", "Only one")
    go("actions", "progress", "measure", aid, "3", "2026", "--text", "Second two officers", "--who", "NSOV",
       "--by", "2027-02-28")
    go("actions", "progress", "summary", aid, "2026")
    go("actions", "progress", "summary", aid, "2026", "--decision", " ", code=2)
    go("actions", "progress", "measure", aid, "3", "2026", "--text", "x", "--by", "28/02/2027", code=2)
    go("actions", "progress", "measure", aid, "3", "2026", "--remove")
    go("actions", "progress", "measure", aid, "3", "2026", "--remove", code=2)
    go("actions", "progress", "summary", aid, "2026", "--clear")
    return said


def test_written_shown_refused_and_removed(demo_db, tmp_path, monkeypatch):
    monkeypatch.setenv("CAPACITY_APP_LANG", "en")
    run, aid = _demo(demo_db, tmp_path, "en")
    said = "\n".join(_main_path(run, aid))
    for expected in ("No summary or decision written for 2026 yet.",
                     "Action 3 is at risk in 2026 and has no corrective measure.",
                     "Recorded the report of 2026: a summary of 45 characters and 2 decisions asked.",
                     # --decision alone keeps the summary written
                     "Recorded the report of 2026: a summary of 45 characters and 1 decision asked.",
                     "Summary of 2026: Tables published.\n   The unit waits for the law.",
                     "Decision asked 1: Only one",
                     "Corrective measure of action 3: Second two officers\n   Who: NSOV\n   By: 2027-02-28",
                     "capacity-app: decision 1 asked for 2026 is empty: write it or leave it out",
                     "is not a date YYYY-MM-DD: '28/02/2027'",
                     "Removed the corrective measure of \"Set up a migration statistics unit",
                     "capacity-app: action 3 has no corrective measure for 2026",
                     "Removed the summary and the decisions of 2026 (the history keeps them)."):
        assert expected in said, (expected, said)


def test_json(demo_db, tmp_path):
    run, aid = _demo(demo_db, tmp_path, "json")
    r = run("actions", "progress", "measure", aid, "3", "2026", "--text", "Second two officers", "--json")
    assert json.loads(r.output)["text"] == "Second two officers"
    run("actions", "progress", "summary", aid, "2026", "--text", "S", "--decision", "D1", "--decision", "D2")
    got = json.loads(run("actions", "progress", "summary", aid, "2026", "--json").output)
    assert (got["period"], got["summary"], got["decisions"]) == ("2026", "S", ["D1", "D2"])
    assert [m["text"] for m in got["measures"]] == ["Second two officers"]


def test_no_line_stays_in_english(demo_db, tmp_path, monkeypatch):
    monkeypatch.setenv("CAPACITY_APP_LANG", "en")
    en = _main_path(*_demo(demo_db, tmp_path, "en"))
    for lang in OTHERS:
        monkeypatch.setenv("CAPACITY_APP_LANG", lang)
        said = _main_path(*_demo(demo_db, tmp_path, lang))
        assert len(said) == len(en), lang
        same = [line for line, english in zip(said, en, strict=True)
                if line == english and not values_only(english) and not english.startswith("   ")]
        assert same == [], (lang, same)


def test_a_measure_keeps_what_is_not_given(demo_db, tmp_path, monkeypatch):
    """Correcting the measure's text keeps its who and when; --by "" clears the date alone; an
    action with no measure yet needs its text."""
    monkeypatch.setenv("CAPACITY_APP_LANG", "en")
    run, aid = _demo(demo_db, tmp_path, "keep")

    def measure():
        r = run("actions", "progress", "summary", aid, "2026", "--json")
        [m] = json.loads(r.output)["measures"]
        return m["text"], m["who"], m["by"]

    assert run("actions", "progress", "measure", aid, "3", "2026", "--text", "Second two officers", "--who", "NSOV",
               "--by", "2027-02-28").exit_code == 0
    assert run("actions", "progress", "measure", aid, "3", "2026", "--text", "Second three officers").exit_code == 0
    assert measure() == ("Second three officers", "NSOV", "2027-02-28")
    assert run("actions", "progress", "measure", aid, "3", "2026", "--by", "").exit_code == 0
    assert measure() == ("Second three officers", "NSOV", None)
    r = run("actions", "progress", "measure", aid, "4", "2026", "--who", "NSOV")
    assert r.exit_code == 2 and "says nothing" in r.output
