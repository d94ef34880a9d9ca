"""The budgets a donor reads: by cost category, year × category, year × funding source
and each partner's in its own currency; every row and column adds up to its total in every
currency shown, by the rule written in docs/methodology.md (each line rounded once, every cell,
row, column and total the sum of the rounded lines it holds); co-financing shares
adding up to 100.0 %; the recurrent costs the national budget takes over."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.budget import (
    Matrix,
    by_category,
    largest_remainder,
    partner_budget,
    partner_currency,
    partners,
    shares,
    takeover_total,
    takeovers,
    year_by_category,
    year_by_source,
)
from capacity_app.domain.plan.cost import (
    COST_CATEGORIES,
    Cost,
    CostError,
    Finance,
    Rate,
    convert,
    exact_sum,
    rounded,
    validate_costs,
)

CURRENCIES = ("XOF", "EUR", "USD", "KES")
FIN = Finance("XOF", (Rate("XOF", Decimal("605.25"), "2026-05-01"), Rate("EUR", Decimal("0.9231"), "2026-05-01"),
                      Rate("KES", Decimal("129.5"), "2026-05-01")))
PLACES = {"XOF": 0, "USD": 2, "EUR": 2, "KES": 0}

amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(10) ** 9, places=2, allow_nan=False,
                      allow_infinity=False)
lines = st.builds(
    lambda year, amount, cur, src, cat, sec: Cost(
        year, amount, cur, src[0], src[1], sec, category=cat),
    st.integers(2026, 2030), amounts, st.sampled_from(CURRENCIES),
    st.sampled_from([("national", ""), ("partner", "European Union"), ("partner", "World Bank"),
                     ("partner", "UNFPA"), ("other", "Trust fund")]),
    st.sampled_from(("", *COST_CATEGORIES)), st.booleans())
plans = st.lists(st.lists(lines, min_size=0, max_size=6), min_size=1, max_size=6).map(
    lambda ls: [Action(f"a{i}", f"Action {i}", costs=tuple(x)) for i, x in enumerate(ls)])


def _adds_up(m: Matrix, plan: list[Action], whole: bool = True) -> None:
    """Every row and column of ``m`` adds up to its total as printed; the grand total is the exact
    total rounded half-up once (``whole``: a table of the whole plan) or, a partner's, within one
    unit of its exact sum (its lines' share of the plan's total, by source)."""
    for code in m.currencies:
        cells = m.cells[code]
        for r in m.rows:
            assert m.row_totals[code][r] == sum((v for (rr, _), v in cells.items() if rr == r), Decimal(0))
        for col in m.columns:
            assert m.column_totals[code][col] == sum((v for (_, cc), v in cells.items() if cc == col), Decimal(0))
        assert sum(m.row_totals[code].values(), Decimal(0)) == m.total[code]
        assert sum(m.column_totals[code].values(), Decimal(0)) == m.total[code]
        unit = Decimal(1).scaleb(-PLACES[code])
        if whole:
            assert m.total[code] == rounded(m.exact[code], PLACES[code])
        else:
            assert abs(m.total[code] - m.exact[code]) < unit
        for v in cells.values():
            assert v == rounded(v, PLACES[code])


@settings(max_examples=60, deadline=None)
@given(plans)
def test_every_budget_table_adds_up_in_every_currency_shown(plan):
    for m in (by_category(plan, FIN, PLACES), year_by_category(plan, FIN, PLACES), year_by_source(plan, FIN, PLACES)):
        _adds_up(m, plan)
        assert m.currencies == ("XOF", "USD")   # every rate given: the plan's and the dollar
        every = [c for a in plan for c in a.costs]
        assert m.exact["XOF"] == exact_sum(convert(c.amount, c.currency, "XOF", FIN) or Decimal(0) for c in every)
    for name in partners(plan):
        m = partner_budget(name, plan, FIN, PLACES)
        _adds_up(m, plan, whole=False)
        own = partner_currency(name, plan)
        assert own is None or own in m.currencies


@settings(max_examples=60, deadline=None)
@given(plans)
def test_co_financing_shares_add_up_to_a_hundred(plan):
    got = shares(plan, FIN)
    if not any(a.costs for a in plan):
        assert got == []
        return
    assert sum((s.percent for s in got), Decimal(0)) == Decimal(100)
    assert exact_sum(s.cost for s in got) == exact_sum(
        convert(c.amount, c.currency, "XOF", FIN) or Decimal(0) for a in plan for c in a.costs)
    for s in got:
        assert 0 <= s.unsecured <= s.cost


def test_a_currency_without_a_rate_is_not_shown():
    plan = [Action("a", "A", costs=(Cost(2027, Decimal(100), "GHS", "partner", "EU"),
                                    Cost(2027, Decimal(100), "XOF")))]
    m = year_by_source(plan, FIN, PLACES)
    assert m.currencies == () and shares(plan, FIN) == []


def test_the_european_union_reads_euros():
    plan = [Action("a", "Census", costs=(Cost(2027, Decimal("250000"), "EUR", "partner", "European Union"),
                                         Cost(2028, Decimal("100000.5"), "EUR", "partner", "European Union",
                                              category="staff"),
                                         Cost(2027, Decimal(45_000_000), "XOF")))]
    m = partner_budget("European Union", plan, FIN, PLACES)
    assert m.currencies == ("XOF", "USD", "EUR")
    assert m.total["EUR"] == Decimal("350000.50") and m.columns == ("2027", "2028") and m.rows == ("staff", "")


def test_largest_remainder():
    assert largest_remainder([Decimal(100) / 3] * 3, 1) == [Decimal("33.4"), Decimal("33.3"), Decimal("33.3")]


def test_takeovers_and_their_year():
    line = Cost(2027, Decimal(1000), "EUR", "partner", "EU", recurrent=True, takeover_year=2029,
                takeover_amount=Decimal(800))
    plan = [Action("a", "Register", costs=(line, Cost(2028, Decimal(1000), "EUR", "partner", "EU")))]
    assert validate_costs(plan[0].costs)
    (t,) = takeovers(plan, FIN)
    assert (t.year, t.amount, t.funder) == (2029, Decimal(800), "EU")
    assert takeover_total([t, t], "XOF") == 2 * convert(Decimal(800), "EUR", "XOF", FIN)
    assert takeover_total([t], "GHS") is None  # not a currency the plan is shown in
    # the national budget cannot take over a cost the partner still funds
    with pytest.raises(CostError, match="still funds the action in 2028"):
        validate_costs((Cost(2027, Decimal(1000), "EUR", "partner", "EU", recurrent=True, takeover_year=2028,
                             takeover_amount=Decimal(800)), Cost(2028, Decimal(1000), "EUR", "partner", "EU")))
    with pytest.raises(CostError, match="recurrent"):
        validate_costs((Cost(2027, Decimal(1000), "EUR", "partner", "EU", takeover_year=2029,
                             takeover_amount=Decimal(800)),))
    with pytest.raises(CostError, match="already pays"):
        validate_costs((Cost(2027, Decimal(1000), "XOF", recurrent=True, takeover_year=2029,
                             takeover_amount=Decimal(800)),))
