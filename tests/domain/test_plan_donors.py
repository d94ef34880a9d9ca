"""The donors' structures of the funding request (domain/plan/donors.py): the EU's risk matrix, the
World Bank results framework's details of each indicator (a disbursement-linked amount within its
partner's lines, in its currency) and the procurement plan (methods, dates within the plan's years)
are checked against the plan, each refusal one sentence from its entry (said in every language), and
kept in the funding request's record only when there are some, so that an earlier record reads and
is written as before."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from capacity_app.cli.said import translated
from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.cost import Cost
from capacity_app.domain.plan.donors import (
    DonorError,
    IndicatorDetail,
    Package,
    Risk,
    end_target,
    plan_facts,
    validate_details,
    validate_packages,
    validate_risks,
)
from capacity_app.domain.plan.request import (
    FundingRequest,
    RequestError,
    Signatory,
    request_from_plain,
    request_to_plain,
    validate_request,
)
from capacity_app.domain.plan.results import Indicator, ResultsChain, Target

ACTIONS = [
    Action("a1", "Register linkage", start="2027-Q1", end="2028-Q4", position=0, costs=(
        Cost(2027, Decimal(120000), "EUR", "partner", "European Union"),
        Cost(2028, Decimal(100000), "EUR", "partner", "European Union"),
        Cost(2027, Decimal(45000000), "XOF", "national"))),
    Action("a2", "Survey module", start="2027-Q1", end="2029-Q4", position=1, costs=(
        Cost(2028, Decimal(15000), "USD", "partner", "IOM"), Cost(2029, Decimal(9000000), "XOF", "partner", "IOM"))),
]
CHAIN = ResultsChain("Objective", outcomes=(), indicators=(
    Indicator("I1", "objective", "", "Releases a year", targets=(Target(2027, Decimal(1)), Target(2029, Decimal(3)))),
    Indicator("I2", "output", "a1", "Agreement signed")))
FACTS = plan_facts(ACTIONS, CHAIN)


def _risk(**kw):
    return replace(Risk("Records withheld", "medium", "high", "Agreement first", "Ministry of Planning", ("a1",)), **kw)


def _package(**kw):
    return replace(Package("a1", "Statistician", "individual", Decimal(48000), "EUR", "2027-01-15", "2027-12-31",
                           "post", 1), **kw)


def test_facts_read_from_the_plan():
    assert FACTS.actions == {"a1": 3, "a2": 2}
    assert FACTS.partners["European Union"] == ("EUR", Decimal(220000))
    assert FACTS.partners["IOM"][0] is None       # its lines in two currencies
    assert FACTS.years == (2027, 2029)
    assert end_target(CHAIN, "I1") == (2029, Decimal(3)) and end_target(CHAIN, "I2") is None


def test_valid_structures_are_stored_cleaned():
    risks = validate_risks([_risk(likelihood=" Medium ", owner="  Ministry   of Planning ", actions=("a1", "a1"))], FACTS)
    assert risks == (_risk(owner="Ministry of Planning"),)
    details = validate_details([IndicatorDetail("I1", "Semi-annual", "NSO", "european union", Decimal(220000))], FACTS)
    assert details == (IndicatorDetail("I1", "semi_annual", "NSO", "European Union", Decimal(220000)),)
    assert validate_packages([_package(method="QCBS", currency="eur", review="Prior")], FACTS) == (
        _package(method="qcbs", review="prior"),)


@pytest.mark.parametrize(("bad", "words"), [
    (_risk(likelihood="certain"), "risk 1: the likelihood must be one of low, medium, high, got 'certain'"),
    (_risk(impact=""), "risk 1: the impact must be one of"),
    (_risk(risk="  "), "risk 1: the risk is not described"),
    (_risk(mitigation="x" * 1001), "risk 1: the mitigating measure is longer than 1000 characters"),
    (_risk(owner="Ministry\nof Planning"), "risk 1: the institution that owns the risk holds a line break"),
    (_risk(risk="Records\x07withheld"), "risk 1: the risk holds a control character"),
    (_risk(actions=("zz",)), "risk 1: the plan has no action zz"),
])
def test_a_bad_risk_is_refused_in_one_sentence(bad, words):
    with pytest.raises(DonorError) as e:
        validate_risks([_risk(), bad][1:], FACTS)
    assert str(e.value).startswith(words.replace("risk 1: ", "risk 1 — ")) and "\n" not in str(e.value)


@pytest.mark.parametrize(("bad", "words"), [
    (IndicatorDetail("I9", "annual", "NSO"), "indicator I9 — the results chain has no indicator I9"),
    (IndicatorDetail("I1", "weekly", "NSO"), "indicator I1 — the frequency must be one of"),
    (IndicatorDetail("I1", "annual", ""), "the institution responsible for the indicator is not named"),
    (IndicatorDetail("I1", "annual", "NSO", "European Union"), "needs both the partner and the amount"),
    (IndicatorDetail("I1", "annual", "NSO", "World Bank", Decimal(5)), "World Bank funds no line of the plan"),
    (IndicatorDetail("I1", "annual", "NSO", "IOM", Decimal(5)), "IOM funds lines in several currencies"),
    (IndicatorDetail("I1", "annual", "NSO", "European Union", Decimal(220001)),
     "release 220001 EUR, more than its lines in the plan (220000 EUR)"),
])
def test_a_bad_indicator_detail_is_refused(bad, words):
    with pytest.raises(DonorError) as e:
        validate_details([bad], FACTS)
    assert words in str(e.value)


def test_two_indicators_released_together_above_the_lines_are_refused():
    ok = IndicatorDetail("I1", "annual", "NSO", "European Union", Decimal(200000))
    with pytest.raises(DonorError, match="release 220000.5 EUR"):
        validate_details([ok, IndicatorDetail("I2", "annual", "NSO", "European Union", Decimal("20000.5"))], FACTS)
    with pytest.raises(DonorError, match="indicator I1 is detailed twice"):
        validate_details([ok, ok], FACTS)


@pytest.mark.parametrize(("bad", "words"), [
    (_package(method="tender"), "procurement package 1 — the procurement method must be one of rfb, rfp, rfq"),
    (_package(review="never"), "the review must be one of prior, post"),
    (_package(amount=Decimal(0)), "the amount '0' is not an amount above zero"),
    (_package(currency="euro"), "the currency 'euro' is not an ISO 4217 code"),
    (_package(start="2027-02-30"), "the planned start '2027-02-30' is not a date"),
    (_package(end="next year"), "the planned end 'next year' is not a date"),
    (_package(start="2027-06-01", end="2027-05-31"), "the planned end 2027-05-31 comes before the planned start"),
    (_package(end="2030-01-31"), "fall outside the plan's years, 2027 to 2029"),
    (_package(start="2026-12-31"), "fall outside the plan's years"),
    (_package(line=4), "action a1 has no cost line 4"),
    (_package(action="a9"), "the plan has no action a9"),
    (_package(description=""), "the package's description is empty"),
])
def test_a_bad_package_is_refused(bad, words):
    with pytest.raises(DonorError) as e:
        validate_packages([bad], FACTS)
    assert words in str(e.value)


def test_a_refusal_is_said_in_the_user_s_language():
    with pytest.raises(DonorError) as e:
        validate_packages([_package(), _package(method="tender")], FACTS)
    line = str(e.value)
    assert translated(line, "fr").startswith("marché 2 du plan de passation — la méthode de passation doit être")
    assert translated(line, "es").startswith("paquete de adquisición 2 — el método de adquisición debe ser")
    for lang in ("ar", "zh", "ru", "pt"):
        assert translated(line, lang) != line and "tender" in translated(line, lang)


def test_the_record_keeps_its_keys_only_when_there_are_structures():
    old = FundingRequest("Ministry of Finance", (Signatory("government", "A", "Minister"),))
    assert set(request_to_plain(old)) == {"committed_by", "signatories"}   # written as before
    assert request_from_plain(request_to_plain(old)) == old
    full = replace(old, risks=(_risk(),), indicators=(IndicatorDetail("I1", "annual", "NSO", "European Union",
                                                                      Decimal("1250.5")),),
                   procurement=(_package(), _package(line=None)))
    plain = request_to_plain(full)
    assert plain["indicators"][0]["dli_amount"] == "1250.5" and "line" not in plain["procurement"][1]
    assert request_from_plain(plain) == full
    assert validate_request(full, ["European Union", "IOM"], FACTS) == full


def test_a_record_s_bad_structure_is_refused_as_a_request_error():
    with pytest.raises(RequestError, match="risk 1 — the likelihood"):
        validate_request(FundingRequest(risks=(_risk(likelihood="often"),)), None, FACTS)
    with pytest.raises(RequestError, match="the amount 'lots' is not an amount"):
        request_from_plain({"procurement": [{"amount": "lots"}]})


# --- the EU's indicative budget: a line's implementation modality and budget line -----------------

def test_a_line_s_modality_and_eu_line_are_checked_and_kept_only_when_given():
    from capacity_app.domain.plan.cost import CostError, cost_from_plain, cost_to_plain, validate_cost

    plain = Cost(2027, Decimal(5), "EUR", "partner", "European Union")
    assert "modality" not in cost_to_plain(plain) and "eu_line" not in cost_to_plain(plain)
    line = validate_cost(replace(plain, modality=" Budget support ", eu_line="Indirect costs"))
    assert (line.modality, line.eu_line) == ("budget_support", "indirect_costs")
    assert cost_from_plain(cost_to_plain(line)) == line
    with pytest.raises(CostError, match="the implementation modality must be one of grants, procurement"):
        validate_cost(replace(plain, modality="loan"))
    with pytest.raises(CostError, match="the EU budget line must be one of evaluation, audit"):
        validate_cost(replace(plain, eu_line="travel"))


def test_the_budget_by_outcome_and_modality_adds_up_as_printed():
    from capacity_app.domain.plan.budget import outcome_by_modality
    from capacity_app.domain.plan.cost import Finance, Rate

    eu = "European Union"
    actions = [Action("a1", "A", position=0, costs=(
                   Cost(2027, Decimal("1000.4"), "EUR", "partner", eu, modality="grants"),
                   Cost(2028, Decimal("2000.3"), "EUR", "partner", eu, modality="procurement"),
                   Cost(2027, Decimal(99), "XOF", "national"))),
               Action("a2", "B", position=1, costs=(
                   Cost(2027, Decimal("500.3"), "EUR", "partner", eu, modality="grants"),
                   Cost(2027, Decimal("300.4"), "EUR", "partner", eu, modality="procurement", eu_line="evaluation"),
                   Cost(2028, Decimal("100"), "EUR", "partner", eu, eu_line="audit"))),
               Action("a3", "C", position=2, costs=(Cost(2027, Decimal(70), "EUR", "partner", eu, modality="grants"),))]
    finance = Finance("XOF", (Rate("EUR", Decimal("0.9227"), "2026-05-01"), Rate("XOF", Decimal("605.25"), "2026-05-01")))
    m = outcome_by_modality(eu, actions, {"a1": "O2", "a2": "O1"}, ["O1", "O2"], finance, {"EUR": 0, "XOF": 0, "USD": 0})
    assert m.rows == ("outcome:O1", "outcome:O2", "outcome:", "eu:evaluation", "eu:audit")
    assert m.columns == ("grants", "procurement", "")
    assert set(m.currencies) == {"XOF", "USD", "EUR"}
    for code in m.currencies:
        for r in m.rows:
            assert sum(m.cells[code].get((r, c), Decimal(0)) for c in m.columns) == m.row_totals[code][r]
        for c in m.columns:
            assert sum(m.cells[code].get((r, c), Decimal(0)) for r in m.rows) == m.column_totals[code][c]
        assert sum(m.row_totals[code].values()) == m.total[code]
    # the partner's figure is its share of the plan's total rounded once (the national line's XOF 99 is
    # EUR 0.15): EUR 3,971.55 -> 3,972, the unit left over after the floors (3,971 and 0) going to the
    # partner's larger remainder (0.40 against 0.15); a line of a whole amount reads as it is
    assert m.total["EUR"] == Decimal(3972) and m.cells["EUR"][("eu:audit", "")] == Decimal(100)
