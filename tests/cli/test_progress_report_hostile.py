"""``actions progress summary|measure`` attacked: the period in Arabic-Indic or full-width digits is
the period the report reads (before: stored under a key of its own, "٢٠٢٦", which no report or
window read: the planning unit's words silently lost); a period after today, before the plan or
not a period, a control character, too many decisions, an action that does not exist: one line in
the user's language, exit 2, the database's dump unchanged."""
from __future__ import annotations

import json
import sqlite3

import pytest
from cli_helpers import dump
from test_progress_report_cli import _demo


@pytest.mark.parametrize("period", ["\u0662\u0660\u0662\u0666", "\uff12\uff10\uff12\uff16", " 2026 "])
def test_a_period_in_any_digits_is_the_one_the_report_reads(demo_db, tmp_path, period):
    run, aid = _demo(demo_db, tmp_path, "digits")
    r = run("actions", "progress", "summary", aid, period, "--text", "Typed on an Arabic keyboard", "--json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["period"] == "2026"
    number = "\u0663" if period[0] == "\u0662" else "3"                      # action 3, in the period's digits
    r = run("actions", "progress", "measure", aid, number, period.strip() + "-H1", "--text", "Hire", "--json")
    assert r.exit_code == 0 and json.loads(r.output)["period"] == "2026-H1", r.output
    shown = json.loads(run("actions", "progress", "summary", aid, "2026", "--json").output)
    assert shown["summary"] == "Typed on an Arabic keyboard"
    con = sqlite3.connect(run.db)
    try:
        assert {p for (p,) in con.execute("SELECT period FROM period_reports")} == {"2026"}
    finally:
        con.close()


@pytest.mark.parametrize("lang, args, words", [
    ("en", ("summary", "2099", "--text", "x"), "has not begun"),
    ("fr", ("summary", "2099", "--text", "x"), "n'a pas encore commencé"),
    ("ru", ("summary", "2019", "--text", "x"), "предшествует плану"),
    ("en", ("summary", "1e400", "--text", "x"), "is not a year such as 2026"),
    ("en", ("summary", "2026", "--text", "a\x1bb"), "control character U+001B"),
    ("en", ("summary", "2026", "--text", "x" * 8_001), "8000"),
    ("en", ("summary", "2026", *["--decision", "d"] * 21), "at most 20"),
    ("en", ("measure", "9" * 5000, "2026", "--text", "x"), "no action"),        # before: ValueError, exit 1
    ("en", ("measure", "\u00b2", "2026", "--text", "x"), "no action"),          # before: ValueError, exit 1
    ("en", ("measure", "3", "2026", "--text", "x", "--by", "\u0662\u0660\u0662\u0667-02-28"), "is not a date"),
])
def test_hostile_input_is_refused_in_one_line_nothing_written(demo_db, tmp_path, monkeypatch, lang, args, words):
    run, aid = _demo(demo_db, tmp_path, "hostile")
    monkeypatch.setenv("CAPACITY_APP_LANG", lang)
    before = dump(run.db)
    r = run("actions", "progress", args[0], aid, *args[1:])
    assert r.exit_code == 2, r.output
    line = r.output.strip()
    assert "\n" not in line and "Traceback" not in line and words in line, line
    assert dump(run.db) == before
