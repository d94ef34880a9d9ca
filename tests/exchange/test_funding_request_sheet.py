"""The funding request's record in the exchange workbook (format 3): who commits the
national budget's part and the signatories round-trip exactly through the Plan validation sheet
(hypothesis over partners, roles, hostile texts and the six languages' labels), beside the plan's
partner rates (exchange_rate rows) and the lines' sustainability (Action costs); a workbook without
the rows keeps the record here; every bad row is refused in one line naming its cell."""
from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.cost import Cost, Finance, Rate
from capacity_app.domain.plan.request import FundingRequest, Signatory, validate_request
from capacity_app.exchange.outside.reader import Workbook
from capacity_app.exchange.workbook.actionplan_sheet import (
    read_action_plan,
    write_action_costs,
    write_action_plan,
    write_plan_validation,
)
from capacity_app.exchange.workbook.format import ACTION_COSTS, ACTION_PLAN, PLAN_VALIDATION

_line = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=120).map(
    lambda s: " ".join(s.split())).filter(bool)
_hostile = st.sampled_from(["=HYPERLINK(\"http://x\")", "@SUM(A1)", "<b>Ministère</b>", "وزارة المالية",
                            "Министерство финансов", "财政部"])
_partners = ["European Union", "Banque mondiale", "البنك الدولي", "=CMD()", "UNFPA"]


@st.composite
def programmes(draw):
    """A plan whose lines name some partners (in EUR or the plan's XOF), its rates, and a funding
    request whose partner signatories name those partners."""
    named = draw(st.lists(st.sampled_from(_partners), min_size=0, max_size=4, unique=True))
    actions = []
    for i in range(draw(st.integers(1, 4))):
        costs = [Cost(2027, Decimal(1000 * (i + 1)), "XOF", "national", "", True)]
        costs += [Cost(2027 + j, Decimal(500 + j), draw(st.sampled_from(["EUR", "XOF"])), "partner", p, False)
                  for j, p in enumerate(named) if draw(st.booleans()) or i == 0]
        actions.append(Action(f"a{i}", f"Action {i}", position=i, costs=tuple(costs)))
    roles = ["government", "finance"] + (["partner"] if named else [])
    signs = tuple(
        Signatory(role, draw(st.one_of(_line, _hostile)), draw(st.one_of(_line, _hostile)),
                  draw(st.sampled_from(named)) if role == "partner" else "")
        for role in draw(st.lists(st.sampled_from(roles), max_size=6)))
    committed = draw(st.one_of(st.just(""), _line, _hostile))
    request = validate_request(FundingRequest(committed, signs), named)
    finance = Finance("XOF", (Rate("EUR", Decimal("0.9227"), "2026-05-01"), Rate("XOF", Decimal("605.25"), "2026-05-01")))
    return actions, finance, request


def _write(path, actions, finance, request, lang="en", edit=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = ACTION_PLAN
    write_action_plan(ws, actions, lang)
    write_action_costs(wb.create_sheet(ACTION_COSTS), actions, lang)
    write_plan_validation(wb.create_sheet(PLAN_VALIDATION), finance, None, lang, request)
    if edit:
        edit(wb[PLAN_VALIDATION])
    wb.save(path)
    return path


def _read(path):
    with Workbook(str(path)) as wb:
        return read_action_plan(wb, None)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(programmes(), st.sampled_from(["en", "fr", "es", "ar", "zh", "ru"]))
def test_the_request_round_trips_exactly(tmp_path_factory, drawn, lang):
    actions, finance, request = drawn
    read, problems = _read(_write(tmp_path_factory.mktemp("q") / "q.xlsx", actions, finance, request, lang))
    assert problems == []
    assert read.request == request
    assert read.finance == finance  # the partner's rates (EUR) with it


def _programme():
    actions = [Action("a1", "Census module", costs=(
        Cost(2027, Decimal(48000), "EUR", "partner", "European Union", True),
        Cost(2027, Decimal(1000), "XOF", "national", "", False)))]
    request = FundingRequest("Ministry of Finance", (
        Signatory("government", "Mr Daniel Okafor", "Minister of Planning"),
        Signatory("partner", "Mr Johan Lindqvist", "Head of Delegation", "European Union")))
    return actions, Finance("XOF"), request


def _rows(ws, field):
    return [r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == field]


def _set(field, column, value, which=0):
    def edit(ws):
        ws.cell(_rows(ws, field)[which], column, value)
    return edit


@pytest.mark.parametrize(("edit", "cell", "words"), [
    (_set("signatory", 2, "mayor"), "B", "who the signatory signs for must be one of"),
    (_set("signatory", 3, ""), "C", "signatory's name is empty"),
    (_set("signatory", 4, "  "), "D", "signatory's title is empty"),
    (_set("signatory", 5, "World Bank", 1), "E", "World Bank funds no line of the plan; the partners are: European Union"),
    (_set("signatory", 5, "", 1), "E", "partner's name is empty"),
    (_set("signatory", 5, "European Union", 0), "E", "only a partner's signatory names a partner"),
    (_set("committed_by", 2, "M" * 250), "B", "institution committing the national budget is longer than 200"),
])
def test_a_bad_row_is_one_line_naming_its_cell(tmp_path, edit, cell, words):
    actions, finance, request = _programme()
    read, problems = _read(_write(tmp_path / "bad.xlsx", actions, finance, request, edit=edit))
    assert read is None and len(problems) == 1, problems
    sheet, where, reason = problems[0]
    assert sheet == PLAN_VALIDATION and where[0] == cell and words in reason, problems[0]


def test_a_label_in_another_language_or_the_code_reads(tmp_path):
    actions, finance, request = _programme()
    edits = [_set("signatory", 2, "GOUVERNEMENT", 0), _set("signatory", 2, "partner", 1)]
    read, problems = _read(_write(tmp_path / "l.xlsx", actions, finance, request,
                                  edit=lambda ws: [e(ws) for e in edits]))
    assert problems == [] and read.request == request


def test_a_workbook_without_the_rows_keeps_the_record(tmp_path):
    actions, finance, _ = _programme()
    read, problems = _read(_write(tmp_path / "old.xlsx", actions, finance, None))
    assert problems == [] and read.has_record and read.request is None


def test_export_import_carries_the_request_with_newer_work_kept(tmp_path, qn):
    """Through the application: the record exported, imported on another machine exactly; a record
    changed here after the export is listed as newer here and kept unless the import takes it."""
    from exchange_helpers import make_assessment, make_store

    from capacity_app.services.exchange import apply_import, diff_import, export_workbook, read_workbook
    from capacity_app.services.plan import actions as plans

    actions, _, request = _programme()
    src = make_store(tmp_path / "src.sqlite3")
    try:
        aid = make_assessment(src, qn).id
        plans.replace_plan(src, qn, aid, actions)
        plans.set_funding_request(src, aid, committed_by=request.committed_by, signatories=request.signatories)
        out = export_workbook(src, aid, tmp_path / "plan.xlsx", lang="fr")
    finally:
        src.close()
    fresh = make_store(tmp_path / "fresh.sqlite3")
    try:
        a = apply_import(fresh, read_workbook(out, qn)).assessment
        assert fresh.plan_request(a.id) == request
        plans.set_funding_request(fresh, a.id, committed_by="Ministry of the Budget")
        plan = read_workbook(out, qn)
        newer = {d.key: d for d in diff_import(fresh, plan) if d.newer_here}
        assert set(newer) == {"action_plan:funding_request"}
        assert "Ministry of the Budget" in newer["action_plan:funding_request"].old
        apply_import(fresh, plan)  # kept
        assert fresh.plan_request(a.id).committed_by == "Ministry of the Budget"
        apply_import(fresh, read_workbook(out, qn), overwrite={"action_plan:funding_request"})
        assert fresh.plan_request(a.id) == request
    finally:
        fresh.close()
