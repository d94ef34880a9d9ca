"""The workbook's Action plan sheet: written as text (never a formula), read back exactly, hostile
sheets refused cell by cell, and the plan carried by export -> import."""
from __future__ import annotations

import openpyxl
import pytest

from capacity_app.domain.actionplan import ACTION_TEXT_MAX, Action
from capacity_app.exchange.actionplan_sheet import read_action_plan, write_action_plan
from capacity_app.exchange.format import ACTION_PLAN, ACTION_PLAN_COLUMNS
from capacity_app.exchange.reader import Workbook

from exchange_helpers import TRICKY_TEXTS, make_assessment, make_store

PQS = {"A", "B", "I"}

PLAN = [
    Action("a1", "=SUM(A1:A9) census questions", "census_core_questions", ("A", "I"),
           ("KNBS", "+Ministère de l'Intérieur", "@labour"), "2026-Q3", "2027-06-30",
           "-2 weeks of TA\nline two\r\nwith CR LF", "x\x01y control", 1, "in_progress", 0),
    Action("b2", "Publish a profile", None, (), (), None, None, "", "", 3, "done", 1),
    Action("c3", "Tricky", None, ("B",), ("_x0041_ literal",), "2027-01-01", "2027-Q1",
           "a\tb", " ".join(TRICKY_TEXTS)[:ACTION_TEXT_MAX].strip(), 2, "planned", 2),
]


def _write(path, actions=PLAN, edit=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = ACTION_PLAN
    write_action_plan(ws, actions)
    if edit:
        edit(ws)
    wb.save(path)
    return path


def _read(path, pqs=PQS):
    with Workbook(str(path)) as wb:
        return read_action_plan(wb, pqs)


def test_round_trip_exact_and_never_a_formula(tmp_path):
    path = _write(tmp_path / "p.xlsx")
    read, problems = _read(path)
    assert problems == []
    assert read.actions == [PLAN[0], PLAN[1], PLAN[2]]
    assert read.cell("a1") == f"{ACTION_PLAN}!B2" and read.cell("c3", "Status") == f"{ACTION_PLAN}!K4"
    wb = openpyxl.load_workbook(path)
    for row in wb[ACTION_PLAN].iter_rows(min_row=2):
        for c in row:
            assert c.data_type != "f", c.coordinate
    assert wb[ACTION_PLAN]["B2"].quotePrefix  # '=SUM…' stays text when edited in Excel


def test_missing_sheet_leaves_the_plan(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Metadata"
    wb.save(tmp_path / "old.xlsx")
    assert _read(tmp_path / "old.xlsx") == (None, [])


def test_rows_added_in_excel_get_ids_and_defaults(tmp_path):
    def edit(ws):
        ws.append(["", "Added in Excel", "", "a, i", "NSO\nMinistry", "2027q2", "", "", "", None, ""])
        ws.append([None] * 11)  # empty row: skipped
        ws.append(["", "Dated in Excel", "", "", "", __import__("datetime").datetime(2027, 3, 1), "", "", "", 1.0, "In progress"])

    read, problems = _read(_write(tmp_path / "p.xlsx", PLAN[:1], edit), {"A", "I", "a", "i"})
    assert problems == []
    added, dated = read.actions[1], read.actions[2]
    assert added.title == "Added in Excel" and len(added.id) == 32 and added.priority == 2
    assert added.status == "planned" and added.institutions == ("NSO", "Ministry") and added.start == "2027-Q2"
    assert dated.start == "2027-03-01" and dated.priority == 1 and dated.status == "in_progress"
    assert [a.position for a in read.actions] == [0, 1, 2]


@pytest.mark.parametrize("row, cell, words", [
    (["a1", "dup id", "", "", "", "", "", "", "", 2, "planned"], "A3", "used twice (rows 2 and 3)"),
    (["", "", "", "", "", "", "", "", "", 2, "planned"], "B3", "no title"),
    (["", "t" * 40_000, "", "", "", "", "", "", "", 2, "planned"], "B3", "longer than 500"),
    (["", "two\nlines", "", "", "", "", "", "", "", 2, "planned"], "B3", "one line"),
    (["", "bell_x0007_", "", "", "", "", "", "", "", 2, "planned"], "B3", "control character"),
    (["", "t", "", "Z", "", "", "", "", "", 2, "planned"], "D3", "policy question 'Z' does not exist"),
    (["", "t", "", "", "", "soon", "", "", "", 2, "planned"], "F3", "the start: expected a date"),
    (["", "t", "", "", "", "2027-Q3", "2027-Q1", "", "", 2, "planned"], "G3", "before the start"),
    (["", "t", "", "", "", 46023, "", "", "", 2, "planned"], "F3", "is a number"),
    (["", "t", "", "", "", "", "", "r" * (ACTION_TEXT_MAX + 1), "", 2, "planned"], "H3", "longer than 4000"),
    (["", "t", "", "", "", "", "", "", "", 7, "planned"], "J3", "priority must be 1"),
    (["", "t", "", "", "", "", "", "", "", 2, "finished"], "K3", "status must be one of"),
    (["bad id!", "t", "", "", "", "", "", "", "", 2, "planned"], "A3", "action id"),
])
def test_hostile_rows_named_by_cell(tmp_path, row, cell, words):
    path = _write(tmp_path / "p.xlsx", PLAN[:1], lambda ws: ws.append(row))
    read, problems = _read(path)
    assert read is None
    assert problems[0][:2] == (ACTION_PLAN, cell), problems
    assert words in problems[0][2]


def test_formula_and_moved_column_refused(tmp_path):
    path = _write(tmp_path / "f.xlsx", PLAN[:1], lambda ws: ws.cell(row=2, column=9, value="=1+1"))
    read, problems = _read(path)
    assert read is None and problems[0][1] == "I2" and "formula" in problems[0][2]
    path = _write(tmp_path / "h.xlsx", PLAN[:1], lambda ws: ws.cell(row=1, column=2, value="Action"))
    read, problems = _read(path)
    assert read is None and problems[0][1] == "B1" and "expected the column 'Title'" in problems[0][2]
    assert list(ACTION_PLAN_COLUMNS)[1] == "Title"


# --- through the application's export and import ----------------------------------------------

def test_export_import_carries_the_plan(tmp_path, qn):
    from capacity_app.services import actionplan as plans
    from capacity_app.services.exchange import apply_import, diff_import, export_workbook, read_workbook

    src = make_store(tmp_path / "src.sqlite3")
    try:
        aid = make_assessment(src, qn).id
        plans.replace_plan(src, qn, aid, PLAN)
        out = export_workbook(src, aid, tmp_path / "plan.xlsx")
        uid = src.assessment(aid).uid
    finally:
        src.close()
    plan = read_workbook(out, qn)
    assert plan.action_plan.actions == PLAN
    fresh = make_store(tmp_path / "fresh.sqlite3")
    try:
        a = apply_import(fresh, plan).assessment
        assert a.uid == uid and fresh.action_plan(a.id) == PLAN
        # edit in "Excel": a status, a new row; the import lists and applies both
        wb = openpyxl.load_workbook(out)
        ws = wb[ACTION_PLAN]
        ws["K3"] = "in_progress"
        ws.append(["", "New from the ministry", "", "", "Ministry of Labour", "", "", "", "", 1, ""])
        wb.save(tmp_path / "edited.xlsx")
        edited = read_workbook(tmp_path / "edited.xlsx", qn)
        diffs = [d for d in diff_import(fresh, edited) if d.key.startswith("action")]
        assert {(d.kind, d.what) for d in diffs} == {("changed", "action status"), ("added", "action")}
        assert next(d for d in diffs if d.kind == "changed").cell == f"{ACTION_PLAN}!K3"
        imported = apply_import(fresh, edited, overwrite=True)
        assert imported.changes.actions
        got = fresh.action_plan(a.id)
        assert [x.status for x in got[:3]] == ["in_progress", "in_progress", "planned"]
        assert got[3].title == "New from the ministry" and got[3].institutions == ("Ministry of Labour",)
    finally:
        fresh.close()


def test_a_workbook_without_costs_keeps_the_plans_costs(tmp_path, qn):
    """A workbook whose sheets do not carry costs, priority actions or strategy objectives (written
    before they existed) leaves those of the plan here as they are."""
    from dataclasses import replace
    from decimal import Decimal

    from capacity_app.domain.plancost import Cost
    from capacity_app.services import actionplan as plans
    from capacity_app.services.exchange import apply_import, export_workbook, read_workbook

    store = make_store(tmp_path / "s.sqlite3")
    try:
        aid = make_assessment(store, qn).id
        plans.replace_plan(store, qn, aid, PLAN)
        out = export_workbook(store, aid, tmp_path / "plan.xlsx")
        costed = replace(PLAN[0], costs=(Cost(2027, Decimal(5), "KES"),), priority_action=True, strategy="NSDS 2")
        plans.update_action(store, qn, aid, costed)
        plan = read_workbook(out, qn)
        plan.action_plan.carries = frozenset()
        apply_import(store, plan, overwrite=True)
        assert store.action_plan(aid)[0] == costed
    finally:
        store.close()
