"""The Results sheet: the plan's results chain survives export -> import exactly
(hypothesis over any number of outcomes, indicators, actions and years, hostile texts); every bad
row is refused in one line naming the sheet and cell, nothing read."""
from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.results import Indicator, Link, Outcome, ResultsChain, Target, validate_chain
from capacity_app.exchange.outside.reader import Workbook
from capacity_app.exchange.workbook.actionplan_sheet import read_action_plan, write_action_plan
from capacity_app.exchange.workbook.format import ACTION_PLAN, RESULTS, RESULTS_COLUMNS
from capacity_app.exchange.workbook.results_sheet import write_results

_line = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=80).map(
    lambda s: " ".join(s.split())).filter(bool)
_para = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200).map(str.strip)
_hostile = st.sampled_from(["=HYPERLINK(\"http://x\")", "@SUM(A1)", "<b>bold</b>", "Taux (%)", "نسبة المهاجرين"])
_values = st.decimals(min_value=Decimal("-99999999"), max_value=Decimal("99999999"), places=3,
                      allow_nan=False, allow_infinity=False)


@st.composite
def programmes(draw):
    first = draw(st.integers(2024, 2030))
    last = first + draw(st.integers(0, 5))
    actions = [Action(f"a{i}", f"Action {i}", position=i, start=f"{first}-Q1", end=f"{last}-Q4")
               for i in range(draw(st.integers(1, 5)))]
    outcomes = tuple(Outcome(f"O{i + 1}", draw(st.one_of(_line, _hostile)), draw(_para))
                     for i in range(draw(st.integers(0, 4))))
    objective = draw(st.one_of(st.just(""), _line))
    parents = [("outcome", o.id) for o in outcomes] + [("output", a.id) for a in actions]
    parents += [("objective", "")] if objective else []
    indicators = []
    for n in range(draw(st.integers(0, 8))):
        level, parent = draw(st.sampled_from(parents))
        based = draw(st.booleans())
        years = sorted(draw(st.sets(st.integers(first, last), max_size=4)))
        indicators.append(Indicator(
            f"I{n + 1}", level, parent, draw(st.one_of(_line, _hostile)), draw(st.sampled_from(["", "%", "jours"])),
            draw(_values) if based else None, first - draw(st.integers(0, 4)) if based else None,
            tuple(Target(y, draw(_values)) for y in years), draw(_para)))
    links = tuple(Link(a.id, draw(st.sampled_from(outcomes)).id) for a in actions if outcomes and draw(st.booleans()))
    chain = validate_chain(ResultsChain(objective, draw(_para) if objective else "", outcomes, tuple(indicators),
                                        links), [a.id for a in actions], (first, last))
    return actions, chain


def _write(path, actions, chain, edit=None, lang="en"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = ACTION_PLAN
    write_action_plan(ws, actions, lang)
    write_results(wb.create_sheet(RESULTS), chain, actions, lang)
    if edit:
        edit(wb[RESULTS])
    wb.save(path)
    return path


def _read(path):
    with Workbook(str(path)) as wb:
        return read_action_plan(wb, None)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(programmes(), st.sampled_from(["en", "fr", "ar"]))
def test_the_chain_round_trips_exactly(tmp_path_factory, drawn, lang):
    actions, chain = drawn
    read, problems = _read(_write(tmp_path_factory.mktemp("r") / "r.xlsx", actions, chain, lang=lang))
    assert problems == []
    assert read.results == chain


def _programme():
    actions = [Action("a1", "Census module", start="2026-Q1", end="2028-Q4"), Action("a2", "Border data", position=1)]
    chain = ResultsChain("Policy informed by statistics", "", (Outcome("O1", "Census measures migration"),),
                         (Indicator("I1", "outcome", "O1", "Tables published", "number", Decimal(0), 2025,
                                    (Target(2027, Decimal(6)),), "Census report"),),
                         (Link("a1", "O1"),))
    return actions, chain


def _col(name):
    return RESULTS_COLUMNS.index(name) + 1


def _row_of(ws, level, rid=None):
    return next(r for r in range(2, ws.max_row + 1)
                if ws.cell(r, 1).value == level and (rid is None or ws.cell(r, 2).value == rid))


@pytest.mark.parametrize("edit, cell_column, words", [
    (lambda ws: ws.cell(_row_of(ws, "output"), _col("Of"), "O9"), "Of", "outcome 'O9', which does not exist"),
    (lambda ws: ws.cell(_row_of(ws, "outcome_indicator"), _col("Targets"), "2035=4"), "Targets",
     "outside the plan's years (2026–2028)"),
    (lambda ws: ws.cell(_row_of(ws, "outcome_indicator"), _col("Baseline year"), 2028), "Baseline year",
     "baseline year 2028"),
    (lambda ws: ws.cell(_row_of(ws, "outcome"), _col("Result"), "  "), "Result", "outcome's name is empty"),
    (lambda ws: ws.cell(_row_of(ws, "outcome_indicator"), _col("Baseline"), "1,5"), "Baseline", "is not a number"),
    (lambda ws: ws.cell(_row_of(ws, "outcome_indicator"), _col("Targets"), "2027 40"), "Targets", "YEAR=VALUE"),
    (lambda ws: ws.cell(_row_of(ws, "outcome"), 1, "impact"), "Level", "not one of objective"),
])
def test_a_bad_row_is_one_line_naming_its_cell(tmp_path, edit, cell_column, words):
    actions, chain = _programme()
    read, problems = _read(_write(tmp_path / "b.xlsx", actions, chain, edit))
    assert read is None and len(problems) == 1, problems
    sheet, cell, reason = problems[0]
    assert sheet == RESULTS and cell.startswith(openpyxl.utils.get_column_letter(_col(cell_column))), problems
    assert words in reason and "\n" not in reason


def test_a_workbook_without_the_sheet_keeps_the_chain(tmp_path):
    actions, _ = _programme()
    wb = openpyxl.Workbook()
    wb.active.title = ACTION_PLAN
    write_action_plan(wb.active, actions)
    wb.save(tmp_path / "old.xlsx")
    read, problems = _read(tmp_path / "old.xlsx")
    assert problems == [] and read.results is None


def test_export_import_carries_the_chain_with_newer_work_kept(tmp_path, qn, clock_moves_on):
    """Through the application: the chain exported, imported on another machine exactly; a chain
    changed here after the export is listed as newer here and kept unless the import takes it."""
    from exchange_helpers import make_assessment, make_store

    from capacity_app.services.exchange import apply_import, diff_import, export_workbook, read_workbook
    from capacity_app.services.plan import actions as plans
    from capacity_app.services.plan import results as chains

    actions, chain = _programme()
    src = make_store(tmp_path / "src.sqlite3")
    try:
        aid = make_assessment(src, qn).id
        plans.replace_plan(src, qn, aid, actions)
        chains.replace_chain(src, aid, chain)
        out = export_workbook(src, aid, tmp_path / "plan.xlsx", lang="fr")
    finally:
        src.close()
    fresh = make_store(tmp_path / "fresh.sqlite3")
    try:
        a = apply_import(fresh, read_workbook(out, qn)).assessment
        assert fresh.results_chain(a.id) == chain
        clock_moves_on(2)  # history stamps have whole seconds: this change a later one
        chains.set_objective(fresh, a.id, "Changed here after the export")
        plan = read_workbook(out, qn)
        newer = {d.key: d for d in diff_import(fresh, plan) if d.newer_here}
        assert set(newer) == {"action_plan:results"}
        apply_import(fresh, plan)  # kept
        assert fresh.results_chain(a.id).objective == "Changed here after the export"
        apply_import(fresh, read_workbook(out, qn), overwrite={"action_plan:results"})
        assert fresh.results_chain(a.id) == chain
    finally:
        fresh.close()


def _move_to_front(ws, name):
    """The column headed ``name`` moved to the front, its cells with it."""
    col = [c.value for c in ws[1]].index(name) + 1
    values = [ws.cell(r, col).value for r in range(1, ws.max_row + 1)]
    ws.delete_cols(col)
    ws.insert_cols(1)
    for r, v in enumerate(values, 1):
        ws.cell(r, 1).value = v


def test_the_columns_are_found_by_their_headers(tmp_path):
    """Columns moved read the same chain (found by header, in the workbook's language or any); a
    column every Results sheet has had, missing, is refused naming it."""
    actions, chain = _programme()

    def moved(ws):
        _move_to_front(ws, "Means of verification")
        _move_to_front(ws, "Targets")
        ws.cell(1, 1).value = "Valeurs cibles"   # its French label

    read, problems = _read(_write(tmp_path / "m.xlsx", actions, chain, moved))
    assert problems == [] and read.results == chain
    read, problems = _read(_write(tmp_path / "d.xlsx", actions, chain, lambda ws: ws.delete_cols(_col("Unit"))))
    assert read is None and [(s, reason) for s, _, reason in problems] == [(RESULTS, "the column 'Unit' is missing")]
