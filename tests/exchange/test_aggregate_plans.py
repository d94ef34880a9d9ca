"""The action plans in the aggregation: figures read from each workbook's plan sheets, summed per
group exactly, the USD sums saying for how many countries they are known."""
from __future__ import annotations

from decimal import Decimal

import openpyxl

from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.cost import Cost, Finance, Rate
from capacity_app.domain.plan.validation import Validation, snapshot
from capacity_app.exchange.workbook.actionplan_sheet import (
    write_action_costs,
    write_action_plan,
    write_plan_validation,
)
from capacity_app.exchange.aggregate.plans import PlanFigures, plan_figures, rollup
from capacity_app.exchange.workbook.format import ACTION_COSTS, ACTION_PLAN, PLAN_VALIDATION
from capacity_app.exchange.outside.reader import Workbook


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
    # the country's figures as its row prints them (whole dollars, half-up): 12,500.5 → 12,501
    assert r.validated_share == 0.5 and r.cost_usd == Decimal("12501") and r.gap_usd == Decimal("2501")
    assert rollup([]).validated_share is None


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


def _three_countries(qn, tmp_path):
    """Kenya's plan validated and costed with a rate (and a dropped action), Senegal's costed in CFA
    francs without a rate, Ghana's without a plan: their three workbooks."""
    from capacity_app.services.plan import actions as plans
    from capacity_app.services.exchange import export_workbook

    from exchange_helpers import make_assessment, make_store

    files = []
    store = make_store(tmp_path / "s.sqlite3")
    try:
        ken = make_assessment(store, qn, "KEN").id
        plans.add_action(store, qn, ken, title="Census", institutions=("KNBS",), start="2026-Q1", end="2027-Q4",
                         costs=(Cost(2026, Decimal(1_293_500), "KES", secured=True), Cost(2027, Decimal(2_587_000), "KES")))
        plans.add_action(store, qn, ken, title="Dropped", status="dropped", costs=(Cost(2026, Decimal(5), "KES"),))
        plans.set_plan_finance(store, ken, rates=[Rate("KES", Decimal("129.35"), "2026-03-01")])
        plans.record_validation(store, ken, date="2026-03-20", event="Workshop", institutions=["KNBS"],
                                approved_by="A. W.", position="DG")
        sen = make_assessment(store, qn, "SEN").id
        plans.add_action(store, qn, sen, title="Survey", costs=(Cost(2027, Decimal(45_000_000), "XOF"),))
        plans.add_action(store, qn, sen, title="Tables")
        gha = make_assessment(store, qn, "GHA").id
        for aid, name in ((ken, "ken"), (sen, "sen"), (gha, "gha")):
            files.append(export_workbook(store, aid, tmp_path / f"{name}.xlsx"))
    finally:
        store.close()
    return files


def test_the_consolidated_workbook_carries_the_plans(qn, tmp_path):
    """Three real countries exported with the application: Kenya's plan validated and costed with
    a rate, Senegal's costed in CFA francs without a rate, Ghana's without a plan; the Action plans
    sheets say so, and the Africa roll-up sums the USD figures over the one country that has them."""
    from capacity_app.exchange.aggregate.run import aggregate
    from capacity_app.exchange.aggregate.format import AGG_PLANS, AGG_PLANS_GROUPS

    files = _three_countries(qn, tmp_path)
    out = tmp_path / "all.xlsx"
    aggregate(files, out, workers=1)
    wb = openpyxl.load_workbook(out, read_only=True)
    try:
        rows = list(wb[AGG_PLANS].iter_rows(values_only=True))
        by_country = {r[0]: r for r in rows[1:]}
        # after in roll-ups and provisional score: has plan, actions, validated, costed, USD
        assert by_country["KEN"][5:] == (1, 1, 1, 1, 30000, 20000)
        assert by_country["SEN"][5:] == (1, 2, 0, 1, None, None)
        assert by_country["GHA"][5:] == (0, 0, 0, 0, None, None)  # an empty plan: no action
        grows = list(wb[AGG_PLANS_GROUPS].iter_rows(values_only=True))
        groups = {(r[0], r[2]): dict(zip(grows[0], r, strict=True)) for r in grows[1:]}
        africa = groups[("region", "002")]
        assert (africa["Countries"], africa["Countries with a plan"], africa["Actions"], africa["Validated"],
                africa["Validated (%)"], africa["Countries in USD"], africa["Cost (USD)"],
                africa["Financing gap (USD)"]) == (3, 2, 3, 1, 50, 1, 30000, 20000)
        assert africa["Country codes"] == "GHA KEN SEN"
    finally:
        wb.close()


def test_the_pdf_summary_gives_the_plans_by_region_as_the_workbook_does(qn, tmp_path):
    """The aggregate PDF had no action-plan figure although the workbook has them: it now gives,
    for the world and each region, the plans (of the countries assessed), actions, plans validated
    and their share, cost and financing gap in USD and for how many countries they are known, in
    the summary's language; the figures are the "Action plans by group" sheet's."""
    from capacity_app.reports.aggregate.summary import build_context, render_html
    from capacity_app.services.aggregation import run, summary

    files = _three_countries(qn, tmp_path)
    rep = run(files, tmp_path / "all.xlsx", lang="fr")
    s = summary(rep, qn)
    rows = {p.code: p for p in s.plans}
    africa = rows["002"]
    assert (africa.assessed, africa.with_plan, africa.actions, africa.validated, africa.validated_share,
            africa.usd_countries, africa.cost_usd, africa.gap_usd) == (3, 2, 3, 1, 50.0, 1, 30000, 20000)
    assert rows["001"].with_plan == 2  # the world
    ctx = build_context(s)
    row = next(r for r in ctx.plans if r["code"] == "002")
    assert (row["with_plan"], row["validated_share"], row["cost_usd"], row["gap_usd"]) == (
        "2 sur 3", "50,0\u00a0%", "30\u202f000", "20\u202f000")
    html = __import__("html").unescape(render_html(ctx))
    assert "Plans d'action par région" in html and "Déficit de financement (USD)" in html
    assert "Action plans" not in html and "Financing gap" not in html
