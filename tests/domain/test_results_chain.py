"""The plan's results chain: its checks, each a clear line naming what is wrong; its
edits; values as Decimal; the plain form round trip over any chain."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings, strategies as st

from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.cost import Cost
from capacity_app.domain.plan.results import (
    Indicator, Link, Outcome, ResultsChain, ResultsError, Target, add_indicator, add_outcome,
    chain_from_plain, chain_problem, chain_to_plain, edit_indicator, edit_outcome, link, parse_targets,
    parse_value, plan_years, remove_indicator, remove_outcome, set_objective, targets_text,
    unmeasured_outcomes, validate_chain, without_action,
)

YEARS = (2026, 2029)
ACTIONS = {"a1", "a2"}


def base() -> ResultsChain:
    c = set_objective(ResultsChain(), "Policy informed by migration statistics", "Stable government")
    c = add_outcome(c, "Census measures migration", "Census funded")
    c = add_indicator(c, Indicator("", "outcome", "O1", "Surveys with the core questions", "%",
                                   Decimal(10), 2025, (Target(2027, Decimal(50)),), "NSO catalogue"))
    return link(c, "a1", "O1")


def test_a_chain_built_by_its_edits_stands():
    c = base()
    assert [o.id for o in c.outcomes] == ["O1"] and c.indicators[0].id == "I1"
    assert validate_chain(c, ACTIONS, YEARS) == c
    assert c.outcome_of("a1") == c.outcomes[0] and c.outcome_of("a2") is None
    assert c.years() == (2027,) and c.indicators[0].target_in(2027) == Decimal(50)


@pytest.mark.parametrize("change, words", [
    (lambda c: link(c, "a2", "O9"), "no outcome 'O9'"),
    (lambda c: replace(c, links=(Link("a2", "O9"),)), "outcome 'O9', which does not exist"),
    (lambda c: replace(c, links=(Link("zz", "O1"),)), "action 'zz', which is not in the plan"),
    (lambda c: edit_indicator(c, "I1", targets=(Target(2031, Decimal(1)),)), "outside the plan's years (2026–2029)"),
    (lambda c: edit_indicator(c, "I1", baseline_year=2028), "baseline year 2028"),
    (lambda c: edit_outcome(c, "O1", name="  "), "outcome's name is empty"),
    (lambda c: add_indicator(c, Indicator("", "outcome", "O1", "")), "indicator's name is empty"),
    (lambda c: add_indicator(c, Indicator("", "outcome", "O7", "x")), "outcome 'O7', which does not exist"),
    (lambda c: add_indicator(c, Indicator("", "output", "a9", "x")), "action 'a9', which is not in the plan"),
    (lambda c: edit_indicator(c, "I1", baseline_year=None), "baseline's value and its year together"),
    (lambda c: edit_indicator(c, "I1", targets=(Target(2027, Decimal(1)), Target(2027, Decimal(2)))),
     "two targets for 2027"),
    (lambda c: replace(c, outcomes=(*c.outcomes, Outcome("O1", "again"))), "outcome id 'O1' is used twice"),
    (lambda c: remove_outcome(c, "O1", {"a1": 3}), "served by action 3"),
    (lambda c: set_objective(replace(c, indicators=(Indicator("I9", "objective", "", "x"),)), ""),
     "cannot be emptied"),
])
def test_bad_input_is_one_line_naming_what_is_wrong(change, words):
    with pytest.raises(ResultsError) as e:
        validate_chain(change(base()), ACTIONS, YEARS)
    assert words in str(e.value) and "\n" not in str(e.value)


def test_removing_things():
    c = base()
    assert remove_indicator(c, "I1").indicators == ()
    c2 = remove_outcome(link(c, "a1", None), "O1")
    assert c2.outcomes == () and c2.indicators == ()  # its indicators go with it
    c3 = without_action(add_indicator(c, Indicator("", "output", "a1", "Questions tested")), "a1")
    assert c3.links == () and [i.level for i in c3.indicators] == ["outcome"]


def test_outcomes_without_an_indicator_are_named():
    c = add_outcome(base(), "Registers used")
    assert unmeasured_outcomes(c) == ["outcome 2 (Registers used) has no indicator"]
    assert unmeasured_outcomes(base()) == []


def test_values_are_decimal_in_one_spelling():
    assert parse_value("87.50") == Decimal("87.5") and parse_value(-3) == Decimal(-3)
    for bad in ("1,200", "12%", "1e3", 1.5, ""):
        with pytest.raises(ResultsError):
            parse_value(bad)
    assert parse_targets("2027=40; 2028=55.5") == (Target(2027, Decimal(40)), Target(2028, Decimal("55.5")))
    assert targets_text(parse_targets("2028=1;2027=2")) == "2028=1; 2027=2"
    with pytest.raises(ResultsError, match="YEAR=VALUE"):
        parse_targets("2027 40")


def test_plan_years_from_timelines_and_costs():
    a = Action("a1", "x", start="2026-Q3", end="2027-06-30")
    b = Action("a2", "y", costs=(Cost(2029, Decimal(5), "USD"),))
    assert plan_years([a, b]) == (2026, 2029)
    assert plan_years([Action("a3", "z")]) is None


texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(
    lambda s: s.strip() == s and s.strip() and " " not in s)
values = st.decimals(min_value=-10**6, max_value=10**9, places=2, allow_nan=False, allow_infinity=False).map(
    lambda d: parse_value(d))


@st.composite
def chains(draw):
    """Any results chain: any number of outcomes, indicators, actions and years."""
    n_actions = draw(st.integers(0, 5))
    actions = [f"act{i}" for i in range(n_actions)]
    first = draw(st.integers(2020, 2030))
    last = first + draw(st.integers(0, 6))
    outcomes = tuple(Outcome(f"O{i + 1}", draw(texts), draw(st.sampled_from(["", "Funding holds"])))
                     for i in range(draw(st.integers(0, 4))))
    objective = draw(st.sampled_from(["", "Better migration statistics"]))
    parents = [("outcome", o.id) for o in outcomes] + [("output", a) for a in actions]
    if objective:
        parents.append(("objective", ""))
    indicators = []
    for n in range(draw(st.integers(0, 8)) if parents else 0):
        level, parent = draw(st.sampled_from(parents))
        years = sorted(draw(st.sets(st.integers(first, last), max_size=4)))
        has_base = draw(st.booleans())
        indicators.append(Indicator(
            f"I{n + 1}", level, parent, draw(texts), draw(st.sampled_from(["", "%", "days"])),
            draw(values) if has_base else None, (first - draw(st.integers(0, 3))) if has_base else None,
            tuple(Target(y, draw(values)) for y in years), draw(st.sampled_from(["", "NSO report"]))))
    links = tuple(sorted((Link(a, draw(st.sampled_from(outcomes)).id) for a in actions
                          if outcomes and draw(st.booleans())), key=lambda x: x.action))
    chain = ResultsChain(objective, "", outcomes, tuple(indicators), links)
    return chain, set(actions), (first, last)


@settings(max_examples=60, deadline=None)
@given(chains())
def test_any_chain_stands_and_survives_its_plain_form(drawn):
    chain, actions, years = drawn
    assert chain_problem(chain, actions, years) is None
    clean = validate_chain(chain, sorted(actions), years)
    assert set(clean.indicators) == set(chain.indicators) and clean.outcomes == chain.outcomes
    levels = [i.level for i in clean.indicators]  # the logframe's order: objective, outcomes, outputs
    assert levels == sorted(levels, key=["objective", "outcome", "output"].index)
    assert validate_chain(clean, sorted(actions), years) == clean
    assert chain_from_plain(chain_to_plain(clean)) == clean


def test_a_no_break_space_typed_in_a_name_is_kept():
    """Hypothesis found it: "0\u00a00" came back as "0 0" (str.split folds a no-break space)."""
    chain = ResultsChain(objective="Statistiques\u00a0: 10\u00a0000 migrants", outcomes=(Outcome("O1", "N°\u00a024  a\tb"),))
    clean = validate_chain(chain)
    assert clean.objective == "Statistiques\u00a0: 10\u00a0000 migrants"
    assert clean.outcomes[0].name == "N°\u00a024 a b"
    assert chain_from_plain(chain_to_plain(clean)) == clean
