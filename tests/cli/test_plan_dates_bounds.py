"""Every date typed for the plan and its follow-up, from outside: a date in 1900 or 9999 is a slip of
the keyboard, and the clock may have moved. A corrective measure's deadline lies inside the plan's
bounds (five years before its first year to five after its last: the refusal names them; before,
9999-12-31 was said to be 'not a date' and 1900-01-01 was taken); a start, a completion and an
indicator's value date lie between the plan's bounds and today (before: 1900 taken); an action's
timeline outside the plan's bounds is saved with a warning that names them, and a quarter in the
year 9999 is refused in one line (before: 'unexpected error: ValueError', exit 1); a validation
date in 1900 or 9999 is refused naming its bounds, the mission's start to today. Each refusal is one line, exit 2, the database unchanged."""
from __future__ import annotations

import shutil

import pytest
from cli_helpers import dump, refused


@pytest.fixture
def demo(cli_run, demo_db):
    path, aid = demo_db
    shutil.copy(path, cli_run.db)
    return cli_run, aid


BOUNDS = "outside the plan's bounds, 2021-01-01 to 2034-12-31"     # the demo's plan runs 2026 to 2029
SINCE = "outside the plan's bounds, 2021-01-01 to today"


@pytest.mark.parametrize("args, words", [
    (("measure", "{aid}", 3, "2026", "--text", "Recruit", "--by", "9999-12-31"), (BOUNDS, "(9999-12-31)")),
    (("measure", "{aid}", 3, "2026", "--text", "Recruit", "--by", "1900-01-01"), (BOUNDS, "(1900-01-01)")),
    (("measure", "{aid}", 3, "2026", "--text", "Recruit", "--by", "2040-06-30"), (BOUNDS,)),
    (("set", "{aid}", 2, "2026", "--status", "in_progress", "--started", "1900-01-01", "--replace"),
     ("the start of action 2 (1900-01-01)", SINCE, "the plan begins in 2026")),
    (("set", "{aid}", 2, "2026", "--status", "done", "--started", "2026-07-01", "--completed", "1900-01-01",
      "--replace"), ("the completion of action 2 (1900-01-01)", SINCE)),
    (("set", "{aid}", 2, "2026", "--status", "done", "--started", "2026-07-01", "--completed", "9999-12-31",
      "--replace"), ("the completion of action 2 (9999-12-31) is after today",)),
    (("set", "{aid}", 2, "2026", "--status", "in_progress", "--started", "2031-01-01", "--replace"),
     ("is after today",)),                                                              # the clock moved back
    (("value", "{aid}", "I1", "2026", "--value", "2", "--date", "1900-01-01", "--replace"),
     ("the date of the value of indicator I1 (1900-01-01)", SINCE)),
    (("value", "{aid}", "I1", "2026", "--value", "2", "--date", "9999-12-31", "--replace"), ("is after today",)),
])
def test_a_follow_up_date_outside_the_plan_s_bounds_is_refused_naming_them(demo, args, words):
    run, aid = demo
    before = dump(run.db)
    refused(run("actions", "progress", *[str(a).format(aid=aid) for a in args]), *words)
    assert dump(run.db) == before


def test_a_deadline_inside_the_bounds_is_taken(demo):
    run, aid = demo
    for by in ("2021-01-01", "2027-03-31", "2034-12-31"):
        r = run("actions", "progress", "measure", aid, 3, "2026", "--text", "Recruit on contract", "--by", by)
        assert r.exit_code == 0, r.output
    r = run("actions", "progress", "set", aid, 2, "2026", "--status", "in_progress", "--started", "2021-01-01",
            "--replace")
    assert r.exit_code == 0, r.output


def test_the_refusal_is_said_in_the_user_s_language(demo, monkeypatch):
    run, aid = demo
    monkeypatch.setenv("CAPACITY_APP_LANG", "fr")
    refused(run("actions", "progress", "measure", aid, 3, "2026", "--text", "x", "--by", "9999-12-31"),
            "est en dehors des bornes du plan, du 2021-01-01 au 2034-12-31")
    monkeypatch.setenv("CAPACITY_APP_LANG", "ru")
    refused(run("actions", "progress", "set", aid, 2, "2026", "--status", "in_progress", "--started", "1900-01-01",
                "--replace"), "выходит за границы плана, с 2021-01-01")


def test_an_action_s_timeline_at_the_calendar_s_edge(demo):
    run, aid = demo
    before = dump(run.db)
    for when in ("9999-Q4", "0001-Q1", "9999-12-31"):        # before (9999-Q4): ValueError, exit 1
        refused(run("actions", "edit", aid, 2, "--end", when), "outside the years 1900 to 9000")
    assert dump(run.db) == before
    r = run("actions", "edit", aid, 2, "--start", "1900-Q1")  # saved, with the warning naming the bounds
    assert r.exit_code == 0 and "outside the plan's bounds (2021–2046" in r.output, r.output


@pytest.mark.parametrize("date, words", [
    ("9999-12-31", "is outside its bounds, 2026-05-11 to today"),      # before: "outside the years 1900 to 9000"
    ("1900-01-01", "is outside its bounds, 2026-05-11 to today"),      # before: "is before 2000"
    ("2031-01-01", "is in the future"),                               # the clock moved back: with the other gaps
    ("2026-01-15", "is before the assessment's mission (2026-05-11)"),
])
def test_a_validation_date_outside_is_refused(demo, date, words):
    run, aid = demo
    before = dump(run.db)
    refused(run("actions", "validate", aid, "--date", date, "--event", "Workshop", "--approved-by", "A. Diallo",
                "--position", "Minister", "--institution", "NSO"), words)
    assert dump(run.db) == before
