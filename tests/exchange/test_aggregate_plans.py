"""The action plans in the aggregation: figures read from each workbook's plan sheets, summed per
group exactly, the USD sums saying for how many countries they are known."""
from __future__ import annotations

from decimal import Decimal

import openpyxl

from capacity_app.domain.actionplan import Action
from capacity_app.domain.plancost import Cost, Finance, Rate
from capacity_app.domain.planvalidation import Validation, snapshot
from capacity_app.exchange.actionplan_sheet import write_action_costs, write_action_plan, write_plan_validation
from capacity_app.exchange.aggregate_plans import PlanFigures, plan_figures, rollup, usd_text
from capacity_app.exchange.format import ACTION_COSTS, ACTION_PLAN, PLAN_VALIDATION
from capacity_app.exchange.reader import Workbook


def _workbook(path, actions, finance=None, validation=None, sheets=True):
    wb = openpyxl.Workbook()
    ws = wb.active
    if sheets:
        ws.title = ACTION_PLAN
        write_action_plan(ws, actions)
        write_action_costs(wb.create_sheet(ACTION_COSTS), actions)
        write_plan_validation(wb.create_sheet(PLAN_VALIDATION), finance or Finance(), validation)
    else:
        ws.title = "Metadata"
    wb.save(path)
    with Workbook(str(path)) as book:
        return plan_figures(book)


def test_figures_per_country_and_their_rollup(tmp_path):
    xof = Finance("XOF", (Rate("XOF", Decimal("600"), "2026-05-01"),))
    a = [Action("a1", "Census", costs=(Cost(2027, Decimal(6_000_000), "XOF", "partner", "IOM", True),
                                       Cost(2028, Decimal(1_200_000), "XOF"))),
         Action("a2", "Survey", costs=(Cost(2027, Decimal("500.5"), "USD"),)),
         Action("a3", "Dropped", status="dropped", costs=(Cost(2027, Decimal(999), "XOF"),))]
    validated = Validation("2026-06-12", "Workshop", ("NSO",), "A", "DG", snapshot(a))
    fa = _workbook(tmp_path / "a.xlsx", a, xof, validated)
    assert fa == PlanFigures(actions=2, validated=True, costed_actions=2,
                             cost_usd=Decimal(12_000) + Decimal("500.5"), gap_usd=Decimal(2_000) + Decimal("500.5"))
    # no rate for KES: its USD figures are unknown; not validated
    fb = _workbook(tmp_path / "b.xlsx", [Action("b1", "One", costs=(Cost(2027, Decimal(100), "KES"),)),
                                         Action("b2", "Two")])
    assert fb == PlanFigures(actions=2, validated=False, costed_actions=1, cost_usd=None, gap_usd=None)
    fc = _workbook(tmp_path / "c.xlsx", [], sheets=False)  # written before the plan sheets existed
    assert fc is None
    fd = _workbook(tmp_path / "d.xlsx", [Action("d1", "Only dropped", status="dropped")])
    assert fd.actions == 0
    r = rollup([fa, fb, fc, fd])
    assert (r.assessed, r.countries, r.actions, r.validated, r.usd_countries) == (4, 2, 4, 1, 1)
    assert r.validated_share == 0.5 and r.cost_usd == Decimal("12500.5") and r.gap_usd == Decimal("2500.5")
    assert usd_text(r.cost_usd) == "12501" and rollup([]).validated_share is None


def test_an_unreadable_plan_counts_as_no_plan(tmp_path):
    def edit(path):
        wb = openpyxl.load_workbook(path)
        wb[ACTION_COSTS].append(["a1", "", 2027, "12,5", "XOF", "national", "", "no", ""])
        wb.save(path)

    path = tmp_path / "bad.xlsx"
    _workbook(path, [Action("a1", "One")], Finance("XOF"))
    edit(path)
    with Workbook(str(path)) as book:
        assert plan_figures(book) is None
