"""The workbook's Period reports and Corrective measures sheets (exchange/workbook/period_report_sheet.py):
written as text (never a formula), read back exactly (hypothesis over summaries, decisions and
measures holding line breaks, formulas' first signs, control-character escapes as text, right-to-left
marks), bad rows refused cell by cell, and a whole export -> import carrying them exactly."""
from __future__ import annotations

import datetime as _dt
import shutil
from decimal import Decimal

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.cost import Cost
from capacity_app.domain.plan.period_report import Measure, PeriodReport
from capacity_app.exchange.outside.reader import Workbook
from capacity_app.exchange.workbook.format import CORRECTIVE_MEASURES, PERIOD_REPORTS
from capacity_app.exchange.workbook.period_report_sheet import (
    read_period_words,
    write_measures,
    write_period_reports,
)

TODAY = _dt.date(2027, 2, 15)
ACTIONS = [
    Action("a1", "Census questions", start="2026-Q1", end="2027-Q4", costs=(Cost(2026, Decimal(40000), "USD"),)),
    Action("a2", "Survey", start="2026-Q3", end="2026-Q4"),
]
REPORTS = [PeriodReport("2026", "=SUM(A1)\nline two \u202bRTL\u202c", ("+Release the budget", "Sign\nthe decree")),
           PeriodReport("2026-H1", "", ("Only a decision",)),
           PeriodReport("2027-H1", "Only a summary _x0000_ as typed")]
MEASURES = [Measure("a1", "2026", "@Hire two trainers", "NSO, census unit", "2027-03-31"),
            Measure("a2", "2026-H2", "-Drop the second round", "", None)]


def _write(path, reports, measures, edit=None):
    wb = openpyxl.Workbook()
    wb.active.title = PERIOD_REPORTS
    write_period_reports(wb.active, reports)
    write_measures(wb.create_sheet(CORRECTIVE_MEASURES), ACTIONS, measures)
    if edit:
        edit(wb)
    wb.save(path)
    return path


def _read(path):
    with Workbook(str(path)) as wb:
        return read_period_words(wb, ACTIONS, TODAY)


def test_round_trip_exact_and_never_a_formula(tmp_path):
    path = _write(tmp_path / "w.xlsx", REPORTS, MEASURES)
    read, problems = _read(path)
    assert problems == []
    assert sorted(read.reports, key=lambda r: r.period) == sorted(REPORTS, key=lambda r: r.period)
    assert read.measures == MEASURES
    wb = openpyxl.load_workbook(path)
    assert all(c.data_type != "f" for ws in wb.worksheets for row in ws.iter_rows() for c in row)


_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\x01\x02\x03\x04\x05\x06\x07"
                              "\x08\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d"
                              "\x1e\x1f\x7f\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90"
                              "\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f"),
                max_size=60).map(str.strip)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(summary=_TEXT, decisions=st.lists(_TEXT.filter(bool), max_size=4), measure=_TEXT.filter(bool), who=_TEXT)
def test_any_text_reads_back_exactly(tmp_path, summary, decisions, measure, who):
    report = PeriodReport("2026", summary, tuple(decisions))
    path = _write(tmp_path / "h.xlsx", [report] if not report.empty else [], [Measure("a1", "2026", measure, who)])
    read, problems = _read(path)
    assert problems == []
    assert read.reports == ([report] if not report.empty else [])
    assert read.measures == [Measure("a1", "2026", measure, who)]


def test_bad_rows_are_named_by_their_cell(tmp_path):
    def edit(wb):
        ws = wb[PERIOD_REPORTS]
        ws.append(["2026", 4, "a gap in the numbers"])
        ws.append(["2025", "", "a year before the plan"])
        ws = wb[CORRECTIVE_MEASURES]
        ws.append(["zz", "", "2026", "unknown action"])
        ws.append(["a1", "", "2026", "", "NSO"])
        ws.append(["a1", "", "2026-H1", "x", "", "31/03/2027"])
        ws.append(["a1", "", "2026-H1", "a control _x0007_ character"])
    read, problems = _read(_write(tmp_path / "bad.xlsx", REPORTS, MEASURES, edit))
    assert read is None
    said = {cell: reason for _sheet, cell, reason in problems}
    assert "numbered 1, 2, 4" in said["B2"]
    assert "before the plan, which starts in 2026" in said["A8"]
    assert "no action with the id 'zz'" in said["A4"]
    assert "says nothing" in said["D5"]
    assert "is not a date YYYY-MM-DD: '31/03/2027'" in said["F6"]
    assert "control character U+0007" in said["D7"]


def test_export_then_import_carries_them_exactly(demo_db, tmp_path, questionnaire):
    from capacity_app.services.assessments import open_store
    from capacity_app.services.exchange import apply_import, export_workbook, read_workbook
    from capacity_app.services.plan import period_report as words

    path, aid = demo_db
    shutil.copy(path, tmp_path / "a.sqlite3")
    with open_store(tmp_path / "a.sqlite3") as store:
        action = store.action_plan(aid)[2].id
        words.record_period_report(store, aid, "2026", "=Summary\n\u202bRTL\u202c _x0041_", ["+One", "Two"])
        words.record_measure(store, aid, action, "2026", "@Second two officers", "NSOV", "2027-02-28")
        out = export_workbook(store, aid, tmp_path / "x.xlsx")
        sent = (store.period_reports(aid), store.corrective_measures(aid))
        # the same workbook imported back changes nothing
        history = len(store.history(aid))
        apply_import(store, read_workbook(out, questionnaire))
        assert (store.period_reports(aid), store.corrective_measures(aid)) == sent
        assert [h for h in store.history(aid)[: len(store.history(aid)) - history]
                if h["key"].startswith(("period_report:", "measure:"))] == []
    with open_store(tmp_path / "b.sqlite3") as store:
        got = apply_import(store, read_workbook(out, questionnaire)).assessment
        assert (store.period_reports(got.id), store.corrective_measures(got.id)) == sent
