"""Refusals a user meets that were English whatever the language: a database that is not the
application's, an aggregation given no workbook, a workbook's cell refused on import (the plan's
priority). The layer that finds each writes its English through an entry of ``domain.texts``;
the command line (and the window, through the same matcher) says it in the user's language, the
file names and values carried over as they were. English is unchanged."""
from __future__ import annotations

import sqlite3

import openpyxl
import pytest

from capacity_app.cli.said import translated
from capacity_app.domain.texts import text
from capacity_app.exchange.outside.reader import Workbook
from capacity_app.exchange.workbook.actionplan_sheet import read_action_plan, write_action_plan
from capacity_app.exchange.workbook.format import ACTION_PLAN
from capacity_app.exchange.workbook.importer import WorkbookError

LANGS = ["en", "fr", "ar"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_sqlite_file_of_another_application(cli_run, tmp_path, monkeypatch, lang):
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    before = other.read_bytes()
    monkeypatch.setenv("CAPACITY_APP_LANG", lang)
    r = cli_run("--db", other, "list")
    assert r.exit_code != 0
    detail = text("cli.db.its_tables", lang, tables="contacts")
    assert r.output.strip() == "capacity-app: " + text("cli.db.not_ours", lang, path=other, detail=detail)
    assert other.read_bytes() == before  # changes nothing


@pytest.mark.parametrize("lang", LANGS)
def test_an_aggregation_given_no_workbook(cli_run, tmp_path, monkeypatch, lang):
    empty = tmp_path / "country-workbooks"
    empty.mkdir()
    out = tmp_path / "all.xlsx"
    monkeypatch.setenv("CAPACITY_APP_LANG", lang)
    r = cli_run("aggregate", "--xlsx", out, empty)
    assert r.exit_code != 0
    assert r.output.strip().splitlines()[-1] == "capacity-app: " + text("cli.agg.no_workbooks", lang)
    assert not out.exists()


@pytest.mark.parametrize("lang", LANGS)
def test_a_priority_refused_on_import(tmp_path, lang):
    path = tmp_path / "plan.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = ACTION_PLAN
    write_action_plan(ws, [])
    ws.append(["", "Train the registrars", "", "", "", "", "", "", "", 7, "planned"])
    wb.save(path)
    with Workbook(str(path)) as book:
        read, problems = read_action_plan(book, {"A"})
    assert read is None
    line = str(WorkbookError(path, problems))
    said = translated(line, lang)
    reason = text("cli.wb.priority_got", lang, value="'7'")
    assert said == f"{path}: {ACTION_PLAN}!J3: {reason}"
    if lang != "en":
        assert "priority" not in said.split("!J3: ")[1]
