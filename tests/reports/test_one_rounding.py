"""One rounding rule for every money table (docs/methodology.md, "One rounding rule for every
money table"): every cost table, budget table and the co-financing shares add up as printed, in
every currency shown, and the plan's total, its secured part and its gap read the same in every
table and in the sentence that states them; a funding source reads the same in the cost table by
source and in the co-financing shares; an action reads the same at a glance and on its sheet.
Plans of one to five currencies, extreme rates, amounts from a cent to 10**13 (hypothesis)."""
from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from capacity_app.domain.plan.budget import source_key
from capacity_app.domain.plan.cost import plan_totals
from capacity_app.domain.plan.request import FundingRequest
from capacity_app.domain.rounding import added_up, apportion
from capacity_app.reports.format import load_strings
from capacity_app.reports.plan.chapter import action_costs, plan_costs
from capacity_app.reports.plan.request import budget_tables, share_rows
from test_plan_money import plans

S = load_strings("en")
D = Decimal


def number(text: str) -> Decimal | None:
    digits = re.sub(r"[^0-9.]", "", text)
    return Decimal(digits) if digits else None


def adds_up(cells: list[str], total: str) -> bool:
    values = [number(c) for c in cells]
    return number(total) == sum((v for v in values if v is not None), D(0))


cells = st.dictionaries(st.tuples(st.integers(0, 5), st.integers(0, 4)),
                        st.decimals(min_value=D(0), max_value=D(10) ** 13, places=4, allow_nan=False),
                        min_size=1, max_size=30)


@settings(max_examples=300, deadline=None)
@given(cells, st.integers(0, 2))
def test_a_table_rounded_by_the_rule_adds_up_and_its_total_is_the_exact_total_rounded(table, places):
    r = added_up(table, list(range(6)), list(range(5)), places)
    unit = D(1).scaleb(-places)
    assert r.total == sum(table.values(), D(0)).quantize(unit, rounding="ROUND_HALF_UP")
    for row, v in r.rows.items():
        assert v == sum((x for (rr, _), x in r.cells.items() if rr == row), D(0))
    for col, v in r.columns.items():
        assert v == sum((x for (_, cc), x in r.cells.items() if cc == col), D(0))
    assert sum(r.rows.values(), D(0)) == r.total == sum(r.columns.values(), D(0))
    assert all(abs(v - table[k]) < unit for k, v in r.cells.items())
    assert set(r.cells) == set(table)


def test_the_worked_case():
    """docs/methodology.md's case: three lines of 1.4, 1.4 and 1.2 (4.0 in all) in one column:
    each rounded alone, 1 + 1 + 1 = 3 under a total of 4; by the rule, 2 + 1 + 1 = 4."""
    r = added_up({("a", 0): D("1.4"), ("b", 0): D("1.4"), ("c", 0): D("1.2")}, ["a", "b", "c"], [0], 0)
    assert r.total == 4 and [r.cells[(k, 0)] for k in "abc"] == [2, 1, 1]
    assert apportion([D("1.4"), D("1.4"), D("1.2")], D(4), 0) == [2, 1, 1]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_every_money_table_adds_up_and_one_total_reads_the_same_everywhere(plan):
    actions, finance = plan
    costs = plan_costs(actions, finance, "en", S)
    if costs is None:
        return
    t = plan_totals(actions, finance).all
    code = plan_totals(actions, finance).targets[0]
    fully = t.converted[code].lines == t.lines and not t.converted[code].left_out
    totals = set()
    for tb in costs.tables:
        for w in ("cost", "secured", "gap"):
            assert adds_up([getattr(r, w) for r in tb.rows], getattr(tb.total, w)), (tb.title, w)
        for r in (*tb.rows, tb.total):
            if "–" not in (r.cost, r.secured, r.gap):
                assert number(r.cost) == number(r.secured) + number(r.gap)
        totals.add((tb.total.cost, tb.total.secured, tb.total.gap))
    assert len(totals) == 1 and all(x.note == "" for x in costs.tables if x is not costs.tables[2])
    if fully:
        cost, secured, gap = (number(x) for x in totals.pop())
        said = costs.sentence.replace("\u00a0", " ").replace(",", "")
        assert f"{cost.normalize():f}" in said and f"{gap.normalize():f}" in said
        shares, _note = share_rows(actions, finance, FundingRequest(), "en", S)
        if shares:
            assert adds_up([r.cost for r in shares[:-1]], shares[-1].cost)
            assert adds_up([r.unsecured for r in shares[:-1]], shares[-1].unsecured)
            assert number(shares[-1].cost) == cost and number(shares[-1].unsecured) == gap
            by_source = costs.tables[2]
            assert sorted(number(r.cost) for r in shares[:-1]) == sorted(number(r.cost) for r in by_source.rows)
    plan_total = number(costs.tables[0].total.cost) if fully else None
    budgets = budget_tables(actions, finance, "en", S)
    if fully and budgets:  # a source reads as its row of the cost by year and funding source, or the note says so
        there = {r.label: number(r.total) for r in budgets[-1].blocks[0].rows}
        by_source = costs.tables[2]
        for r in by_source.rows:
            if r.label in there and number(r.cost) != there[r.label]:
                assert f"{r.label}: " in by_source.note, (r, by_source.note)
        assert by_source.note == "" or by_source.note.startswith("Rounding difference"), by_source.note
    for tb in budgets:
        assert tb.note == ""
        for b in tb.blocks:
            if plan_total is not None and b.currency.endswith(f" {code}"):
                assert number(b.total.total) == plan_total, (tb.title, b.currency)
            for row in b.rows:
                assert not row.cells or adds_up(row.cells, row.total)
            assert adds_up([r.total for r in b.rows], b.total.total)
            if b.total.cells:
                assert adds_up(b.total.cells, b.total.total)
                for i, cell in enumerate(b.total.cells):
                    assert adds_up([r.cells[i] for r in b.rows], cell)
    shared, _p = action_costs(actions, finance, code)
    if fully and shared:
        assert sum(shared.values(), D(0)) == number(costs.tables[0].total.cost)
    assert source_key(("partner", "X")) == "partner:X"
