"""One rounding of each cost line, every money table summed from the rounded lines
(docs/methodology.md, "16a. The budgets a donor reads"): in each currency, the plan's exact total is
rounded half-up once, apportioned over the funding sources and each source's figure over its lines
(``budget.rounded_lines``); every cell, row, column and total of every money table (the cost
tables, the budgets, a partner's budget by year and by outcome and modality, co-financing, the
national counterpart, the sentence, a partner's edition, the donors' workbook) is a sum of those
amounts, so that every table adds up as printed and a line, a category in a year, a source's year,
an action and a partner read the same in every table. Plans of many lines in two to five
currencies, rates from 0.3 to 5,000 units a dollar, amounts from a cent to 10**13 (hypothesis)."""
from __future__ import annotations

import re
from decimal import ROUND_FLOOR, Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from capacity_app.domain.plan import budget
from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.cost import (
    USD,
    Cost,
    Finance,
    Rate,
    conversion_targets,
    convert,
    exact_sum,
    plan_totals,
    rounded,
)
from capacity_app.domain.plan.request import FundingRequest
from capacity_app.domain.plan.results import ResultsChain
from capacity_app.domain.rounding import apportion
from capacity_app.reports.format import load_strings
from capacity_app.reports.plan.chapter import action_costs, plan_costs, plan_places
from capacity_app.reports.plan.donors import donor_record
from capacity_app.reports.plan.request import budget_tables, partner_edition, share_rows
from capacity_app.services.plan.donor_workbook import budget_tables as workbook_budgets
from test_edition_money import PARTNERS, block_code, by_code, holds
from test_edition_money import plans as edition_plans
from test_plan_money import plans

S = load_strings("en")
D = Decimal
SOURCES = [("national", ""), ("partner", "European Union"), ("partner", "World Bank"), ("other", "Trust fund")]


def number(text: str) -> Decimal | None:
    digits = re.sub(r"[^0-9.]", "", text)
    return Decimal(digits) if digits else None


def adds_up(cells: list[str], total: str) -> bool:
    values = [number(c) for c in cells]
    return number(total) == sum((v for v in values if v is not None), D(0))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(SOURCES), st.decimals(min_value=D(0), max_value=D(10) ** 13, places=4,
                                                                allow_nan=False)), min_size=1, max_size=40),
       st.integers(0, 2))
def test_each_line_is_rounded_once_from_its_sources_figure(drawn, places):
    """The lines add up to the exact total rounded half-up once; each source's lines to its figure,
    the exact sums apportioned from that total; each line is its exact amount rounded down or up
    (less than one unit from it), each source's figure likewise."""
    lines = [(i, Cost(2027, amount, USD, funding, funder)) for i, ((funding, funder), amount) in enumerate(drawn)]
    got = budget.rounded_lines(lines, Finance(USD), USD, places)
    unit = D(1).scaleb(-places)
    assert set(got) == {i for i, _ in lines}
    assert sum(got.values(), D(0)) == rounded(exact_sum(c.amount for _, c in lines), places)
    for i, c in lines:
        assert c.amount.quantize(unit, rounding=ROUND_FLOOR) <= got[i] < c.amount + unit
    for source in {budget.source_of(c) for _, c in lines}:
        mine = [(i, c) for i, c in lines if budget.source_of(c) == source]
        assert abs(sum((got[i] for i, _ in mine), D(0)) - exact_sum(c.amount for _, c in mine)) < unit


def test_the_worked_case():
    """docs/methodology.md's case, in US dollars (whole units: the total is over 100): the national
    budget's 100.65 in 2027 and 100.55 in 2028, the European Union's 100.80 in 2027 (302.00 in
    all). The total prints 302; the sources' exact sums 201.20 and 100.80 are apportioned from it:
    201 and 101 (the unit left over goes to the larger remainder, 0.80); the national budget's 201
    over its lines: 101 and 100 (to 0.65). The years are then 202 (101 + 101; exactly 201.45) and
    100 (exactly 100.55), where the previous rule, which rounded each table on its own, printed 201
    and 101 in the table by year."""
    lines = (Cost(2027, D("100.65"), USD, "national", "", True), Cost(2028, D("100.55"), USD, "national"),
             Cost(2027, D("100.8"), USD, "partner", "European Union"))
    actions = [Action(id="a0", title="Census", institutions=("NBS",), costs=lines, position=0)]
    finance = Finance(USD)
    assert plan_places(actions, finance, USD) == 0
    assert budget.line_amounts(actions, finance, USD, 0) == {(0, 0): 101, (0, 1): 100, (0, 2): 101}
    assert apportion([D("201.2"), D("100.8")], D(302), 0) == [201, 101]
    m = budget.year_by_source(actions, finance, {USD: 0})
    assert m.cells[USD] == {("national", "2027"): 101, ("national", "2028"): 100, ("partner:European Union", "2027"): 101}
    assert m.column_totals[USD] == {"2027": 202, "2028": 100} and m.row_totals[USD] == {
        "national": 201, "partner:European Union": 101} and m.total[USD] == 302
    by_year = plan_costs(actions, finance, "en", S).tables[0]
    assert [(r.label, r.cost, r.secured, r.gap) for r in by_year.rows] == [("2027", "202", "101", "101"),
                                                                            ("2028", "100", "0", "100")]
    assert (by_year.total.cost, by_year.total.secured, by_year.total.gap) == ("302", "101", "201")
    assert [number(r.cost) for r in share_rows(actions, finance, FundingRequest(), "en", S)[0]] == [201, 101, 302]


def test_the_same_line_reads_the_same_in_the_plans_budget_and_the_partners():
    """The plan a reader found: the European Union's staff line of 2027 (USD 1.21, the only line of
    its category and year) read USD 1 in its budget and USD 2 in the plan's budget by year and
    category, each table rounded on its own. It now reads as its one rounded amount in both."""
    finance = Finance(USD, (Rate("MDL", D("0.3"), "2026-10-01"),))
    lines = (Cost(2027, D("1.21"), USD, "partner", "European Union", category="staff"),
             Cost(2027, D("0.66"), "MDL", "national", category="consultants"),
             Cost(2027, D("0.01"), USD, "national"), Cost(2027, D("1790.08"), USD, "national"))
    actions = [Action(id="a0", title="Action 0", institutions=("NBS",), costs=lines, position=0)]
    places = {USD: plan_places(actions, finance, USD)}
    line = budget.line_amounts(actions, finance, USD, places[USD])[(0, 0)]
    plan_cell = budget.year_by_category(actions, finance, places).cells[USD][("staff", "2027")]
    partner_cell = budget.partner_budget("European Union", actions, finance, places).cells[USD][("staff", "2027")]
    assert line == plan_cell == partner_cell == 1


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_every_cost_table_adds_up_and_one_total_reads_the_same_everywhere(plan):
    actions, finance = plan
    costs = plan_costs(actions, finance, "en", S)
    if costs is None:
        return
    t = plan_totals(actions, finance).all
    code = plan_totals(actions, finance).targets[0]
    fully = t.converted[code].lines == t.lines and not t.converted[code].left_out
    totals = set()
    for tb in costs.tables:
        assert tb.note == ""
        for w in ("cost", "secured", "gap"):
            assert adds_up([getattr(r, w) for r in tb.rows], getattr(tb.total, w)), (tb.title, w)
        for r in (*tb.rows, tb.total):
            if "–" not in (r.cost, r.secured, r.gap):
                assert number(r.cost) == number(r.secured) + number(r.gap)
        totals.add((tb.total.cost, tb.total.secured, tb.total.gap))
    assert len(totals) == 1
    if fully:
        cost, secured, gap = (number(x) for x in totals.pop())
        assert cost == rounded(t.converted[code].cost, plan_places(actions, finance, code))
        said = costs.sentence.replace("\u00a0", " ").replace(",", "")
        assert f"{cost.normalize():f}" in said and f"{gap.normalize():f}" in said
        shares, _note = share_rows(actions, finance, FundingRequest(), "en", S)
        if shares:
            assert adds_up([r.cost for r in shares[:-1]], shares[-1].cost)
            assert adds_up([r.unsecured for r in shares[:-1]], shares[-1].unsecured)
            assert number(shares[-1].cost) == cost and number(shares[-1].unsecured) == gap
            by_source = {r.label: number(r.cost) for r in costs.tables[2].rows}
            assert {r.label: number(r.cost) for r in shares[:-1]} == by_source
            budgets = budget_tables(actions, finance, "en", S)
            if budgets:   # a source reads as its row of the cost by year and funding source
                assert {r.label: number(r.total) for r in budgets[-1].blocks[0].rows} == by_source
        shared, _p = action_costs(actions, finance, code)
        if shared and all(a.status != "dropped" for a in actions):
            assert sum(shared.values(), D(0)) == cost


def _line_sums(actions, finance, code, places, picked) -> Decimal:
    amounts = budget.line_amounts(actions, finance, code, places)
    return sum((amounts[k] for k, a, c in budget.keyed(actions) if picked(a, c)), D(0))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edition_plans(), st.sampled_from(PARTNERS))
def test_a_quantity_reads_the_same_in_every_table_edition_and_workbook(plan, partner):
    """In each currency: (a) every table adds up as printed; (b) each of the partner's lines, each
    category in a year, the partner's years, each action's national part and the partner's total
    read the same in the plan's budgets, the partner's edition (its lines, its budget, its budget
    by outcome and modality, its figures) and its donors' workbook, as the sums of the same rounded
    lines; (c) the grand total is the exact total rounded half-up once."""
    actions, finance = plan
    if not any(c.funding == "partner" and c.funder == partner for a in actions for c in a.costs):
        partner = PARTNERS[0]
    mine = lambda a, c: c.funding == "partner" and c.funder == partner  # noqa: E731
    ed = partner_edition(actions, finance, FundingRequest(), partner, "en", S)
    asked = by_code(ed.figures[1].amounts)
    for tb in budget_tables(actions, finance, "en", S):
        for code, total in holds(tb).items():   # (a), and (c): the grand total rounded once
            exact = exact_sum(convert(c.amount, c.currency, code, finance) for c in budget.lines_of(actions))
            assert total == rounded(exact, plan_places(actions, finance, code)), (tb.title, code)
    places = {code: plan_places(actions, finance, code) for code in ed.currencies}
    year_cat = budget.year_by_category(actions, finance, places)
    year_src = budget.year_by_source(actions, finance, places)
    own = budget.partner_budget(partner, actions, finance, places)
    key = budget.source_key(("partner", partner))
    for code in own.currencies:
        whole = _line_sums(actions, finance, code, places[code], mine)
        assert own.total[code] == whole and asked.get(code, whole) == whole, code   # its figure, everywhere
        for (cat, year), v in own.cells[code].items():   # a category in a year: the same lines, the same sum
            assert v == _line_sums(actions, finance, code, places[code],
                                   lambda a, c, cat=cat, year=year: mine(a, c) and c.category == cat and str(c.year) == year)
            if code in year_cat.currencies and all(mine(a, c) for _, a, c in budget.keyed(actions)
                                                   if c.category == cat and str(c.year) == year):
                assert year_cat.cells[code][(cat, year)] == v
        if code in year_src.currencies:   # its years and its total: its row of the table by year and source
            assert {y: year_src.cells[code][(key, y)] for y in own.columns} == dict(own.column_totals[code])
            assert year_src.row_totals[code][key] == own.total[code]
    edition_budget = holds(ed.budget) if ed.budget is not None else {}
    assert all(asked[c] == v for c, v in edition_budget.items())
    for x in (record.eu_budgets if (record := donor_record(actions, FundingRequest(), None, "en", S, finance,
                                                            partner)) else []):
        assert all(asked[c] == v for c, v in holds(x).items())
    for sheet in workbook_budgets(partner, actions, ResultsChain(), finance, "en"):
        code = re.findall(r"[A-Z]{3}", sheet.title)[-1]
        *rows, last = sheet.rows
        assert last[-1] == asked[code] and all(r[-1] == sum((v for v in r[1:-1] if v != ""), D(0)) for r in rows)
        assert sum((r[-1] for r in rows), D(0)) == last[-1]
    # each line asked of the partner: its one rounded amount, in each currency of the edition
    lines = {code: budget.line_amounts(actions, finance, code, places[code]) for code in ed.currencies}
    index = {a.id: i for i, a in enumerate(actions)}
    for x, a in zip(ed.actions, [a for a in actions if any(mine(a, c) for c in a.costs)], strict=True):
        keys = [(index[a.id], j) for j, c in enumerate(a.costs) if mine(a, c)]
        for ln, k in zip(x.lines, keys, strict=True):
            assert [number(v) for v in ln.amounts] == [lines[code].get(k) for code in ed.currencies], (ln, k)
        # the action's national part: its national lines' sum, in the counterpart's table and beside
        # it, in each currency it is given in (the partner's first, then the plan's and the dollar)
        given = {re.findall(r"[A-Z]{3}", v)[0]: number(v) for v in x.national.split(" · ") if x.national != "–"}
        for code, figure in given.items():
            p = plan_places(actions, finance, code)
            assert figure == _line_sums(actions, finance, code, p, lambda b, c, a=a: b is a and c.funding == "national")
        order = list(dict.fromkeys([*ed.currencies, conversion_targets(finance)[0]]))
        assert list(given) == [code for code in order if code in given]
    for b in (ed.budget.blocks if ed.budget else []):
        assert block_code(b) in ed.currencies
