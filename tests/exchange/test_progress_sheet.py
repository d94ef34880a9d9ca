"""The workbook's Plan progress and Indicator values sheets: written as text (never a
formula), read back exactly (hypothesis over partial reports, several currencies, half-years and
years), bad rows refused cell by cell, and export -> import carrying the progress."""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.cost import Cost
from capacity_app.domain.plan.progress import ActionProgress, IndicatorValue, LineMoney
from capacity_app.exchange.outside.reader import Workbook
from capacity_app.exchange.workbook.format import INDICATOR_VALUES, PLAN_PROGRESS, PLAN_PROGRESS_COLUMNS
from capacity_app.exchange.workbook.progress_sheet import read_progress, write_indicator_values, write_progress

D = Decimal
TODAY = _dt.date(2027, 2, 15)
ACTIONS = [
    Action("a1", "Census questions", start="2026-Q1", end="2027-Q4",
           costs=(Cost(2026, D(40000), "USD", "partner", "IOM"), Cost(2026, D(12000000), "KES"),
                  Cost(2027, D("1500.125"), "KWD", "partner", "World Bank"))),
    Action("a2", "Survey", start="2026-Q3", end="2026-Q4", costs=(Cost(2026, D(5000), "USD"),)),
]


def _write(path, entries, values=(), lang="en", edit=None):
    wb = openpyxl.Workbook()
    wb.active.title = PLAN_PROGRESS
    write_progress(wb.active, ACTIONS, entries, lang)
    write_indicator_values(wb.create_sheet(INDICATOR_VALUES), list(values))
    if edit:
        edit(wb)
    wb.save(path)
    return path


def _read(path):
    with Workbook(str(path)) as wb:
        return read_progress(wb, ACTIONS, TODAY)


ENTRIES = [
    ActionProgress("a1", "2026-H1", "in_progress", "2026-02-01", None, "=HYPERLINK(\"x\") budget late\nline two",
                   (LineMoney(1, "USD", D(40000), D(20000), D("5000.5")),
                    LineMoney(3, "KWD", None, D("100.125"), D("150.001"), "+advance from 2025"))),
    ActionProgress("a1", "2026-H2", "in_progress"),
    ActionProgress("a2", "2026", "dropped", None, None, "the firm withdrew", (LineMoney(1, "USD", D(0), None, None),)),
]
VALUES = [IndicatorValue("outcome-1.ind-2", "2026", D("-3.5"), "2026-06-30", "@LFS"),
          IndicatorValue("x", "2026-H2", D("12345678901.25"), "2026-12-01", "")]


def test_round_trip_exact_and_never_a_formula(tmp_path):
    path = _write(tmp_path / "p.xlsx", ENTRIES, VALUES)
    read, problems = _read(path)
    assert problems == []
    assert read.entries == ENTRIES and read.values == VALUES
    wb = openpyxl.load_workbook(path)
    for sheet in (PLAN_PROGRESS, INDICATOR_VALUES):
        for row in wb[sheet].iter_rows():
            for c in row:
                assert c.data_type != "f", (sheet, c.coordinate)
    assert wb[PLAN_PROGRESS]["J2"].data_type == "n"


def test_a_french_workbook_reads_back_the_same(tmp_path):
    read, problems = _read(_write(tmp_path / "fr.xlsx", ENTRIES, VALUES, "fr"))
    assert problems == [] and read.entries == ENTRIES


def test_without_the_sheets_the_progress_is_kept(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Metadata"
    wb.save(tmp_path / "old.xlsx")
    assert _read(tmp_path / "old.xlsx") == (None, [])


def test_a_value_for_an_indicator_the_workbook_chain_does_not_have_is_named_by_cell(tmp_path):
    from capacity_app.domain.plan.results import Indicator, ResultsChain

    chain = ResultsChain(indicators=(Indicator("outcome-1.ind-2", "outcome", "O1", "Share of surveys"),))
    with Workbook(str(_write(tmp_path / "c.xlsx", ENTRIES, VALUES))) as wb:
        read, problems = read_progress(wb, ACTIONS, TODAY, chain=chain)
    assert read is None
    assert [(s, c) for s, c, _r in problems] == [(INDICATOR_VALUES, "A3")]
    assert "has no indicator 'x' (its indicators: outcome-1.ind-2)" in problems[0][2]


def test_bad_rows_are_named_by_cell(tmp_path):
    def edit(wb):
        ws = wb[PLAN_PROGRESS]
        ws.append(["zz", "", "2026", "planned"])                                   # unknown action
        ws.append(["a2", "", "2025", "planned"])                                   # before the plan
        ws.append(["a1", "", "2027", "in progress", "", "", "", 1, "", 1, 5, 16000])   # spent > disbursed to date
        ws.append(["a1", "", "2026-H1", "done", "", "", "", 2, "", 1])             # disagrees with row 2
        ws.append(["a1", "", "2026-H2", "planned", "", "", "", "x"])               # not a line number
        wi = wb[INDICATOR_VALUES]
        wi.append(["outcome-1.ind-2", "2026", 1, "2026-01-01"])                    # twice
        wi.append(["y", "2026", 1, "2027-12-01"])                                  # after today

    read, problems = _read(_write(tmp_path / "bad.xlsx", ENTRIES, VALUES, edit=edit))
    assert read is None
    found = {(s, c): r for s, c, r in problems}
    assert "no action with the id 'zz'" in found[(PLAN_PROGRESS, "A6")]
    assert "the period 2025 is before the plan" in found[(PLAN_PROGRESS, "D7")]
    assert ("21000.5 USD spent to date is more than the 20005 disbursed to date: add a note"
            in found[(PLAN_PROGRESS, "D8")])
    assert "differ from row 2" in found[(PLAN_PROGRESS, "D9")]
    assert "the cost line must be its number" in found[(PLAN_PROGRESS, "H10")]
    assert "has a value for 2026 on row 2 already" in found[(INDICATOR_VALUES, "B4")]
    assert "after today" in found[(INDICATOR_VALUES, "A5")]


def test_spent_above_disbursed_is_judged_to_date_across_the_sheet(tmp_path):
    """Disbursed in one half-year, spent in the next: within what was disbursed to date, read
    without a note; the same spending above it is refused until a note says why."""
    def rows(spent):
        return [ActionProgress("a1", "2026-H1", "in_progress", lines=(LineMoney(1, "USD", None, D(100000), D(0)),)),
                ActionProgress("a1", "2026-H2", "in_progress", lines=(LineMoney(1, "USD", None, D(0), D(spent)),))]

    read, problems = _read(_write(tmp_path / "within.xlsx", rows(80000)))
    assert problems == [] and len(read.entries) == 2
    read, problems = _read(_write(tmp_path / "above.xlsx", rows(100001)))
    assert read is None and "100001 USD spent to date is more than the 100000 disbursed to date" in problems[0][2]


_money = st.none() | st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False, allow_infinity=False)


@st.composite
def _entries(draw):
    out = []
    for a in ACTIONS:
        for period in draw(st.sampled_from([(), ("2026",), ("2026-H1",), ("2026-H1", "2026-H2"), ("2026", "2027-H1")])):
            lines = []
            for n, c in enumerate(a.costs, 1):
                if draw(st.booleans()):
                    committed, disbursed, spent = (draw(_money) for _ in range(3))
                    note = "" if spent is None or spent <= (disbursed or 0) else "advance"
                    lines.append(LineMoney(n, c.currency, *(None if x is None else x.normalize() if x != x.to_integral()
                                                            else D(int(x)) for x in (committed, disbursed, spent)),
                                           note))
            status = draw(st.sampled_from(["planned", "in_progress", "done"]))
            out.append(ActionProgress(a.id, period, status, reason=draw(st.sampled_from(["", "late: the budget"])),
                                      lines=tuple(lines)))
    return out


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_entries())
def test_round_trip_hypothesis(tmp_path_factory, entries):
    path = _write(tmp_path_factory.mktemp("h") / "h.xlsx", entries)
    read, problems = _read(path)
    assert problems == []
    assert read.entries == entries


def test_export_import_carries_the_progress(tmp_path, qn, demo_db):
    """On a copy of the demo's database (made once per test process, tests/conftest.py) rather
    than the demo created again: its plan and progress are what the sheets carry."""
    import shutil

    from capacity_app.services.exchange import apply_import, export_workbook, read_workbook
    from capacity_app.services.plan import progress as prog

    from exchange_helpers import make_store

    shutil.copy(demo_db[0], tmp_path / "src.sqlite3")
    src = make_store(tmp_path / "src.sqlite3")
    try:
        a = src.assessment(demo_db[1])
        plan = src.action_plan(a.id)
        prog.record_progress(src, a.id, ActionProgress(plan[1].id, "2026", "in_progress", "2026-08-01", None,
                                                       "the decree is late", (LineMoney(1, "", D(6000000), D(4000000),
                                                                                        D(2500000)),)),
                             replace=True, today=TODAY)   # the demo's own 2026 entry replaced
        prog.record_indicator_value(src, a.id, IndicatorValue("I1", "2026", D(36), "2026-07-01", "LFS"), today=TODAY)
        entries, values = src.action_progress(a.id), src.indicator_values(a.id)
        path = tmp_path / "out.xlsx"
        export_workbook(src, a.id, path)
    finally:
        src.close()
    read = read_workbook(path, qn)
    assert read.progress is not None   # the sheet in the plan's order; the store by action id
    assert sorted(read.progress.entries, key=lambda e: (e.action_id, e.period)) == entries
    fresh = make_store(tmp_path / "fresh.sqlite3")
    try:
        b = apply_import(fresh, read).assessment
        assert fresh.action_progress(b.id) == entries and fresh.indicator_values(b.id) == values
        again = apply_import(fresh, read_workbook(path, qn)).assessment   # the same workbook again: no change
        assert len(fresh.history(again.id, key=f"progress:{entries[0].action_id}:2026")) == 1
    finally:
        fresh.close()


def test_money_above_what_it_should_be_is_filled_and_says_why_in_the_workbook_s_language(tmp_path):
    """Spent above the line's budget and disbursed above committed: the cells are filled and carry
    the overrun's sentence of the one rule, in the workbook's language; a line within its budget
    carries none, and the values read back unchanged."""
    over = [ActionProgress("a2", "2026", "in_progress", "2026-07-01", None, "",
                           (LineMoney(1, "USD", D(1000), D(6000), D(30000), "advance"),))]
    path = _write(tmp_path / "o.xlsx", [*ENTRIES[:1], *over], lang="fr")
    ws = openpyxl.load_workbook(path)[PLAN_PROGRESS]
    rows = {(r[0].value, r[7].value): r for r in ws.iter_rows(min_row=2)}
    spent, disbursed = (PLAN_PROGRESS_COLUMNS.index(c) for c in ("Spent", "Disbursed"))
    row = rows[("a2", 1)]
    assert row[spent].comment is not None and row[disbursed].comment is not None
    assert "30000" in row[spent].comment.text and "5000" in row[spent].comment.text
    assert "budget" in row[spent].comment.text and "spent" not in row[spent].comment.text   # French, not English
    assert row[spent].fill.fgColor.rgb.endswith("F8CBAD")
    assert all(c.comment is None for c in rows[("a1", 1)])   # within its budget
    read, problems = _read(path)
    assert problems == [] and read.entries[-1].lines == over[0].lines
