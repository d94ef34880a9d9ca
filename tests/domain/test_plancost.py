"""The plan's costs: amounts as decimals (never float), their limits, cost lines and exchange rates
checked, and the totals and financing gap recomputed from the rows (a hypothesis property)."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from capacity_app.domain.plan.actions import PRIORITY_ACTIONS_MAX, Action, ActionError, validate_action, validate_plan
from capacity_app.domain.plan.cost import (
    Cost,
    CostError,
    Finance,
    Rate,
    amount_text,
    cost_from_plain,
    cost_to_plain,
    parse_amount,
    parse_rate,
    plan_totals,
    to_usd,
    validate_cost,
    validate_finance,
)


@pytest.mark.parametrize("text, want", [
    ("45000000", "45000000"), (" 1250.50 ", "1250.5"), ("45_000_000", "45000000"), ("0", "0"),
    ("0.125", "0.125"), ("9999999999999", "9999999999999"), (12, "12"), (Decimal("1E+3"), "1000"),
    (Decimal("2.500"), "2.5"),
])
def test_amounts_parse_to_their_canonical_decimal(text, want):
    assert amount_text(parse_amount(text)) == want


@pytest.mark.parametrize("text, words", [
    ("12,5", "not an amount"), ("1 000", "not an amount"), ("-5", "is negative: enter a cost as a positive amount"),
    ("1e6", "not an amount"), ("", "not an amount"), ("_1", "not an amount"), ("1__0", "not an amount"),
    ("1.", "not an amount"), ("NaN", "not an amount"), ("10000000000000", "too large"),
    ("0.00001", "5 decimals"), ("0.0001", None), (Decimal("-1"), "negative"), (Decimal("Infinity"), "not a number"),
    (1.5, "decimal number, not float"), (True, "not bool"), ("123456789012.345", None),
    ("1234567890123.456", "more than 15 digits"), ("1234567890123.45", None),
])
def test_bad_amounts_are_named(text, words):
    if words is None:
        parse_amount(text)
        return
    with pytest.raises(CostError) as e:
        parse_amount(text)
    assert words in str(e.value)


@pytest.mark.parametrize("change, words", [
    ({"year": 1999}, "year"), ({"year": True}, "year"), ({"currency": "xo"}, "ISO 4217"),
    ({"funding": "bank"}, "funding source"), ({"funding": "partner"}, "name the partner"),
    ({"funder": "IOM"}, "names no partner"), ({"funding": "partner", "funder": "a\x07b"}, "one line"),
    ({"amount": "12.5"}, None), ({"executed": "-1"}, "is negative"),
])
def test_cost_lines_checked(change, words):
    c = replace(Cost(2027, Decimal(100), "XOF"), **change)
    if words is None:
        assert validate_cost(c).amount == Decimal("12.5")
        return
    with pytest.raises(CostError) as e:
        validate_cost(c)
    assert words in str(e.value)


def test_cost_lines_normalised_sorted_and_plain_round_trip():
    a = validate_action(Action("a", "T", costs=(
        Cost(2028, "100.50", " usd ", "Partner", "  World   Bank ", True, "20"),  # type: ignore[arg-type]
        Cost(2027, Decimal("45000000.000"), "XOF"))))
    assert [c.year for c in a.costs] == [2027, 2028]
    assert a.costs[1] == Cost(2028, Decimal("100.5"), "USD", "partner", "World Bank", True, Decimal(20))
    for c in a.costs:
        assert cost_from_plain(cost_to_plain(c)) == c
        assert isinstance(cost_to_plain(c)["amount"], str)


def test_priority_actions_at_most_eight():
    plan = [Action(f"a{i}", f"T{i}", priority_action=True) for i in range(PRIORITY_ACTIONS_MAX)]
    validate_plan(plan)
    with pytest.raises(ActionError, match="at most 8 fit the plan at a glance"):
        validate_plan([*plan, Action("x", "X", priority_action=True)])


def test_rates_and_usd_exact():
    f = validate_finance(Finance("xof", (Rate("xof", "605.25", "2026-05-01", " UN  rate "),)))  # type: ignore[arg-type]
    assert f.currency == "XOF" and f.rates == (Rate("XOF", Decimal("605.25"), "2026-05-01", "UN rate"),)
    assert to_usd(Decimal("60525000"), "XOF", f) == Decimal(100000)
    assert to_usd(Decimal("7"), "USD", f) == Decimal(7)
    assert to_usd(Decimal("7"), "EUR", f) is None
    for bad, words in ((Finance(None, (Rate("USD", Decimal(1), "2026-01-01"),)), "no exchange rate is needed"),
                       (Finance(None, (Rate("XOF", Decimal(0), "2026-01-01"),)), "above zero"),
                       (Finance(None, (Rate("XOF", Decimal(600), "soon"),)), "YYYY-MM-DD"),
                       (Finance(None, (Rate("XOF", Decimal(600), "2026-01-01"),) * 2), "two exchange rates")):
        with pytest.raises(CostError, match=words):
            validate_finance(bad)
    with pytest.raises(CostError):
        parse_rate("6,05")


def test_totals_by_year_institution_source_and_gap():
    f = Finance("XOF", (Rate("XOF", Decimal("600"), "2026-05-01"),))
    plan = [
        Action("a", "A", institutions=("NSO", "Interior"), costs=(
            Cost(2026, Decimal(1_200_000), "XOF"),
            Cost(2027, Decimal(6_000_000), "XOF", "partner", "IOM", True, Decimal(5_000_000)))),
        Action("b", "B", costs=(Cost(2027, Decimal("300.5"), "USD", "other", "Trust fund"),)),
        Action("c", "Dropped", status="dropped", costs=(Cost(2027, Decimal(999), "XOF"),)),
        Action("d", "Not costed", institutions=("NSO",)),
    ]
    t = plan_totals(plan, f)
    assert t.all.cost == {"XOF": Decimal(7_200_000), "USD": Decimal("300.5")}
    assert t.all.gap == {"XOF": Decimal(1_200_000), "USD": Decimal("300.5")}
    assert t.all.secured == {"XOF": Decimal(6_000_000), "USD": Decimal(0)}
    assert t.all.in_usd and t.all.cost_usd == Decimal("12300.5") and t.all.gap_usd == Decimal("2300.5")
    assert t.all.executed == {"XOF": Decimal(5_000_000)} and t.all.planned_of_executed == {"XOF": Decimal(6_000_000)}
    assert list(t.by_year) == [2026, 2027] and t.by_year[2026].cost == {"XOF": Decimal(1_200_000)}
    assert list(t.by_institution) == ["NSO", ""]  # the lead (first named); no owner last
    assert t.by_institution[""].cost == {"USD": Decimal("300.5")}
    assert list(t.by_source) == [("national", ""), ("partner", "IOM"), ("other", "Trust fund")]
    assert (t.actions, t.costed_actions, t.dropped_actions) == (3, 2, 1)
    no_rate = plan_totals(plan, Finance("XOF"))
    assert not no_rate.all.in_usd and no_rate.missing_rates == ("XOF",)


# --- the property: totals are the sums of the rows, however they are grouped ------------------

amounts = st.decimals(min_value=0, max_value=Decimal("999999999999"), places=2, allow_nan=False,
                      allow_infinity=False)
costs = st.builds(Cost, year=st.integers(2024, 2032), amount=amounts,
                  currency=st.sampled_from(["XOF", "USD", "EUR"]),
                  funding=st.sampled_from(["national", "partner", "other"]),
                  funder=st.sampled_from(["", "IOM", "World Bank"]), secured=st.booleans(),
                  executed=st.none() | amounts)


def _fix(c: Cost) -> Cost:
    funder = "" if c.funding == "national" else (c.funder or "IOM" if c.funding == "partner" else c.funder)
    return validate_cost(replace(c, funder=funder))


plans = st.lists(st.builds(Action, id=st.uuids().map(lambda u: u.hex), title=st.just("T"),
                           institutions=st.lists(st.sampled_from(["NSO", "Interior", "Bank"]), max_size=2,
                                                 unique=True).map(tuple),
                           status=st.sampled_from(["planned", "done", "dropped"]),
                           costs=st.lists(costs, max_size=4).map(lambda cs: tuple(_fix(c) for c in cs))),
                 max_size=6)


@settings(max_examples=60, deadline=None)
@given(plans)
def test_totals_recomputed_from_the_rows(plan):
    f = Finance("XOF", (Rate("XOF", Decimal("655.957"), "2026-01-01"), Rate("EUR", Decimal("0.92"), "2026-01-01")))
    t = plan_totals(plan, f)
    rows = [(a, c) for a in plan if a.status != "dropped" for c in a.costs]
    for cur in ("XOF", "USD", "EUR"):
        cost = sum((c.amount for _, c in rows if c.currency == cur), Decimal(0))
        gap = sum((c.amount for _, c in rows if c.currency == cur and not c.secured), Decimal(0))
        assert t.all.cost.get(cur, Decimal(0)) == cost
        assert t.all.gap.get(cur, Decimal(0)) == gap
        assert t.all.secured.get(cur, Decimal(0)) == cost - gap
        for groups in (t.by_year, t.by_institution, t.by_source):
            assert sum((g.cost.get(cur, Decimal(0)) for g in groups.values()), Decimal(0)) == cost
            assert sum((g.gap.get(cur, Decimal(0)) for g in groups.values()), Decimal(0)) == gap
    assert t.all.lines == len(rows) and t.all.in_usd == bool(rows)
    usd = sum((to_usd(c.amount, c.currency, f) or Decimal(0) for _, c in rows), Decimal(0))
    assert t.all.cost_usd == usd
