"""Action-plan use cases: add/update/remove/reorder, draft from the recommendations, next round."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from capacity_app.domain.plan.actions import Action, TITLE_MAX
from capacity_app.domain.plan.cost import Rate
from capacity_app.services.plan import actions as plans
from capacity_app.services import assessments as svc
from capacity_app.services.assessments import ServiceError
from capacity_app.services.scoring import score_assessment


@pytest.fixture
def aid(store, questionnaire):
    return svc.new_assessment(store, questionnaire, country="KEN", round=2026).id


def _answer_some(store, q, aid):
    # a gap (need high, the main sources described as absent) so that the scoring picks
    # recommendations (rules 3.0: nothing is drawn from a blank)
    for key, value in (("s2_need_a", 3), ("s2_need_b", 3), ("s2_need_i", 3), ("s3_matrix.A.BOR.exists", "no"),
                       ("s3_matrix.B.POP.exists", "no"), ("s3_matrix.I.MIR.exists", "no")):
        if q.resolve_key(key) is not None:
            svc.record_answer(store, q, aid, key, value)


def test_add_update_remove_reorder(store, questionnaire, aid):
    q = questionnaire
    first = plans.add_action(store, q, aid, title="Train staff", institutions=("NSO",), start="2027q1")
    assert first.changes.actions and first.changes.assessment_id == aid
    assert first.action.start == "2027-Q1" and first.action.position == 0
    second = plans.add_action(store, q, aid, title="Second").action
    top = plans.add_action(store, q, aid, title="On top", position=0).action
    assert [a.title for a in plans.action_plan(store, aid)] == ["On top", "Train staff", "Second"]
    assert [a.position for a in plans.action_plan(store, aid)] == [0, 1, 2]
    saved = plans.update_action(store, q, aid, replace(second, status="done", milestone=" m "))
    assert saved.action.milestone == "m" and saved.action.position == 2
    plans.move_action(store, aid, second.id, -5)
    assert [a.title for a in plans.action_plan(store, aid)] == ["Second", "On top", "Train staff"]
    gone = plans.remove_action(store, aid, top.id)
    assert gone.action.title == "On top"
    assert [(a.title, a.position) for a in plans.action_plan(store, aid)] == [("Second", 0), ("Train staff", 1)]
    # undo of a removal: add it back where it was
    plans.add_action(store, q, aid, gone.action, position=gone.action.position)
    assert [a.title for a in plans.action_plan(store, aid)] == ["Second", "On top", "Train staff"]


@pytest.mark.parametrize("fields, words", [
    ({"title": ""}, "no title"),
    ({"title": "x" * (TITLE_MAX + 1)}, "longer than"),
    ({"title": "bell\x07"}, "control character"),
    ({"title": "t", "policy_questions": ("ZZ",)}, "policy question 'ZZ' does not exist"),
    ({"title": "t", "start": "2028-Q1", "end": "2027-12-31"}, "before the start"),
    ({"title": "t", "resources": "r" * 50_000}, "resources needed is longer"),
])
def test_hostile_input_is_refused_and_nothing_written(store, questionnaire, aid, fields, words):
    with pytest.raises(ServiceError, match=words):
        plans.add_action(store, questionnaire, aid, **fields)
    assert plans.action_plan(store, aid) == []


def test_update_and_remove_unknown(store, questionnaire, aid):
    with pytest.raises(ServiceError, match="has no action 'nope'"):
        plans.update_action(store, questionnaire, aid, Action("nope", "t"))
    with pytest.raises(ServiceError, match="has no action 'nope'"):
        plans.remove_action(store, aid, "nope")
    with pytest.raises(ServiceError):
        plans.action_plan(store, 9999)
    a = plans.add_action(store, questionnaire, aid, title="x").action
    with pytest.raises(ServiceError, match="already has an action"):
        plans.add_action(store, questionnaire, aid, a)


def test_draft_adds_only_what_is_missing(store, questionnaire, aid):
    q = questionnaire
    _answer_some(store, q, aid)
    picked = score_assessment(store, q, aid, "fr").recommendations
    assert picked, "the answers should make the scoring pick recommendations"
    d = plans.draft_from_recommendations(store, q, aid, "fr")
    assert [a.recommendation_id for a in d.actions] == [r.id for r in picked]
    assert d.actions[0].title == picked[0].title and all(not a.institutions for a in d.actions)
    assert d.changes.actions
    again = plans.draft_from_recommendations(store, q, aid, "fr")
    assert again.actions == () and not again.changes.actions
    plans.remove_action(store, aid, d.actions[0].id)
    third = plans.draft_from_recommendations(store, q, aid, "en")
    assert [a.recommendation_id for a in third.actions] == [picked[0].id]
    assert third.actions[0].position == len(d.actions) - 1


def test_next_round_copies_the_plan_and_compares(store, questionnaire, aid):
    q = questionnaire
    a = plans.add_action(store, q, aid, title="Census", status="in_progress").action
    b = plans.add_action(store, q, aid, title="Survey").action
    new_id = svc.next_round(store, q, aid).id
    copied = plans.action_plan(store, new_id)
    assert [(x.id, x.title, x.status) for x in copied] == [(a.id, "Census", "in_progress"), (b.id, "Survey", "planned")]
    plans.update_action(store, q, new_id, replace(copied[0], status="done"))
    from capacity_app.services.rounds import plan_rounds

    cmp = plan_rounds(store, new_id).comparison
    assert [x.title for x in cmp.done_since] == ["Census"] and [x.title for x in cmp.still_open] == ["Survey"]
    with pytest.raises(ServiceError, match="no earlier round"):
        plan_rounds(store, aid)
    assert plans.action_plan(store, aid)[0].status == "in_progress"  # the earlier round unchanged


def test_replace_plan_validates_the_whole(store, questionnaire, aid):
    plans.add_action(store, questionnaire, aid, title="Keep me")
    with pytest.raises(ServiceError, match="used twice"):
        plans.replace_plan(store, questionnaire, aid, [Action("d", "one"), Action("d", "two")])
    with pytest.raises(ServiceError, match=r"action 2 .*no title"):
        plans.replace_plan(store, questionnaire, aid, [Action("d", "one"), Action("e", " ")])
    assert [a.title for a in plans.action_plan(store, aid)] == ["Keep me"]
    ch = plans.replace_plan(store, questionnaire, aid, [Action("d", "one"), Action("e", "two")])
    assert ch.actions and [a.id for a in plans.action_plan(store, aid)] == ["d", "e"]


def test_institution_choices_from_the_assessment_and_s0(store, questionnaire, aid):
    q = questionnaire
    from capacity_app.domain.assessment import Institution

    store.update_assessment(aid, institutions=(Institution("KNBS", "lead"),))
    svc.record_answer(store, q, aid, "s0_lead_institution", "National Statistics Office of Kenya")
    svc.record_answer(store, q, aid, "s0_institutions.labour.interviewed", "yes")
    svc.record_answer(store, q, aid, "s0_institutions.other.interviewed", "yes")
    svc.record_answer(store, q, aid, "s0_institutions.nso.interviewed", "no")
    got = plans.institution_choices(store, q, aid, "fr")
    assert "National Statistics Office of Kenya" in got and "Autorité chargée du travail" in got
    # a kind is never offered as a name in another language (the record names rows by their English kind)
    assert not {"Institut national de statistique", "Autre institution", "Labour authority", "Other institution"} & set(got)
    assert len(got) == len(set(got))
    # an institution's own name (S0) is what is offered, the kind no longer
    svc.record_answer(store, q, aid, "s0_institutions.labour.name", "Ministerio del Trabajo")
    svc.record_answer(store, q, aid, "s0_institutions.other.name", "Instituto Colombiano de Bienestar Familiar")
    got = plans.institution_choices(store, q, aid, "fr")
    assert {"Ministerio del Trabajo", "Instituto Colombiano de Bienestar Familiar"} <= set(got)
    assert "Autorité chargée du travail" not in got


# --- costs, priority actions, currency and exchange rates, validation -----------------

def _cost(year=2027, amount="1000", currency="KES", **kw):
    from decimal import Decimal

    from capacity_app.domain.plan.cost import Cost

    return Cost(year, Decimal(amount), currency, **kw)


def test_costs_checked_against_the_currency(store, questionnaire, aid):
    q = questionnaire
    a = plans.add_action(store, q, aid, title="Costed", costs=(_cost(amount="12.5"), _cost(2026, currency="usd"))).action
    assert [(c.year, c.currency) for c in a.costs] == [(2026, "USD"), (2027, "KES")]
    for cost, words in ((_cost(currency="ABC"), "not an ISO 4217 currency"),
                        (_cost(currency="XOF", amount="1.5"), "more decimals than XOF has"),
                        (_cost(currency="KES", amount="1.555"), r"more decimals than KES has \(2\)")):
        with pytest.raises(ServiceError, match=words):
            plans.update_action(store, q, aid, replace(a, costs=(cost,)))
    assert plans.action_plan(store, aid) == [a]


def test_at_most_eight_priority_actions(store, questionnaire, aid):
    q = questionnaire
    chosen = [plans.add_action(store, q, aid, title=f"A{i}", priority_action=True).action for i in range(8)]
    with pytest.raises(ServiceError, match="9 priority actions: at most 8"):
        plans.add_action(store, q, aid, title="ninth", priority_action=True)
    other = plans.add_action(store, q, aid, title="ninth").action
    with pytest.raises(ServiceError, match="at most 8"):
        plans.update_action(store, q, aid, replace(other, priority_action=True))
    plans.update_action(store, q, aid, replace(chosen[0], priority_action=False))
    plans.update_action(store, q, aid, replace(other, priority_action=True))
    plans.update_action(store, q, aid, replace(other, title="still chosen, edited"))  # not counted twice


def test_plan_currency_defaults_to_the_country_and_rates(store, questionnaire, aid):
    from decimal import Decimal

    from capacity_app.domain.plan.cost import Rate

    assert plans.plan_finance(store, aid).currency == "KES"  # Kenya's, from the country table
    plans.set_plan_finance(store, aid, currency="usd")
    assert plans.plan_finance(store, aid).currency == "USD"
    plans.set_plan_finance(store, aid, currency="")
    assert plans.plan_finance(store, aid).currency == "KES"
    plans.set_plan_finance(store, aid, rates=[Rate("kes", Decimal("129.35"), "2026-03-01")])
    plans.set_plan_finance(store, aid, rates=[Rate("EUR", Decimal("0.92"), "2026-03-01")])
    assert [r.currency for r in plans.plan_finance(store, aid).rates] == ["EUR", "KES"]
    for kw, words in (({"currency": "ABC"}, "ABC is not an ISO 4217"), ({"remove_rates": ["XOF"]}, "no exchange rate for"),
                      ({"rates": [Rate("XOF", Decimal(-1), "2026-01-01")]}, "above zero")):
        with pytest.raises(ServiceError, match=words):
            plans.set_plan_finance(store, aid, **kw)
    plans.set_plan_finance(store, aid, remove_rates=["eur"])
    assert [r.currency for r in plans.plan_finance(store, aid).rates] == ["KES"]


def test_validation_recorded_edits_flagged_withdrawn(store, questionnaire, aid):
    q = questionnaire
    with pytest.raises(ServiceError, match="no actions to validate"):
        plans.record_validation(store, aid, date="2026-06-12", event="W", institutions=["NSO"],
                                approved_by="A", position="DG")
    a = plans.add_action(store, q, aid, title="Census", institutions=("NSO",), costs=(_cost(),)).action
    b = plans.add_action(store, q, aid, title="Survey").action
    assert not plans.plan_state(store, aid).validated
    for kw, words in (({"date": "2999-01-01"}, "in the future"), ({"approved_by": ""}, "name of the person"),
                      ({"institutions": []}, "institutions present")):
        args = {"date": "2026-06-12", "event": "Workshop", "institutions": ["NSO", "Interior"],
                "approved_by": "A. Mensah", "position": "Director-General", **kw}
        with pytest.raises(ServiceError, match=words):
            plans.record_validation(store, aid, **args)
    args = {"date": "2026-06-12", "event": "Workshop", "institutions": ["NSO", "Interior"],
            "approved_by": "A. Mensah", "position": "Director-General"}
    # an incomplete plan is refused with the list of what is missing
    with pytest.raises(ServiceError) as e:
        plans.record_validation(store, aid, **args)
    assert str(e.value) == (
        "the plan cannot be validated yet: action 1 (Census) has no start, no end; action 2 (Survey) has no "
        "owner, no start, no end, no cost; no exchange rate to the US dollar for KES (add it: capacity-app actions "
        "finance ID --rate CODE=UNITS_PER_USD@YYYY-MM-DD, or Currency and rates in the window)")
    store.update_assessment(aid, mission_start="2026-06-01")
    with pytest.raises(ServiceError, match=r"2026-05-30 is before the assessment's mission \(2026-06-01\)"):
        plans.record_validation(store, aid, **{**args, "date": "2026-05-30"})
    a = plans.update_action(store, q, aid, replace(a, start="2026-Q3", end="2026-Q4")).action
    b = plans.update_action(store, q, aid, replace(b, institutions=("Interior",), start="2026-Q3", end="2027-Q1",
                                                   costs=(_cost(),))).action
    plans.set_plan_finance(store, aid, rates=[Rate("KES", Decimal("129.35"), "2026-03-01")])
    ch = plans.record_validation(store, aid, **args)
    assert ch.actions
    state = plans.plan_state(store, aid)
    assert state.validated and state.changes == () and state.validation.institutions == ("NSO", "Interior")
    plans.update_action(store, q, aid, replace(a, status="in_progress",
                                               costs=(replace(a.costs[0], secured=True),)))  # progress
    assert plans.plan_state(store, aid).changes == ()
    plans.update_action(store, q, aid, replace(a, end="2027-Q4"))
    plans.remove_action(store, aid, b.id)
    state = plans.plan_state(store, aid)
    assert [(c.title, c.kind, c.parts) for c in state.changes] == [("Census", "changed", ("when",)),
                                                                  ("Survey", "removed", ())]
    assert state.changed(a.id).parts == ("when",) and state.changed(b.id) is None
    svc.set_status(store, aid, "final")
    with pytest.raises(svc.AssessmentFinal):
        plans.withdraw_validation(store, aid, "revised")
    svc.set_status(store, aid, "in_progress", reason="the plan is revised")
    with pytest.raises(ServiceError, match="give the reason for withdrawing the validation"):
        plans.withdraw_validation(store, aid, "  ")
    plans.withdraw_validation(store, aid, "recorded by mistake")
    assert not plans.plan_state(store, aid).validated
    assert "recorded by mistake" in str(store.db.execute(
        "SELECT new FROM history WHERE new LIKE '%withdrawn_because%'").fetchall())
    with pytest.raises(ServiceError, match="no validation to withdraw"):
        plans.withdraw_validation(store, aid, "revised")


def test_next_round_carries_costs_and_rates_not_the_validation(store, questionnaire, aid):
    from decimal import Decimal

    from capacity_app.domain.plan.cost import Rate

    q = questionnaire
    a = plans.add_action(store, q, aid, title="Census", costs=(_cost(),), institutions=("NSO",), start="2026-Q1",
                         end="2026-Q2").action
    plans.set_plan_finance(store, aid, rates=[Rate("KES", Decimal("129.35"), "2026-03-01")])
    plans.record_validation(store, aid, date="2026-03-20", event="Workshop", institutions=["NSO"],
                            approved_by="A", position="DG")
    new_id = svc.next_round(store, q, aid).id
    state = plans.plan_state(store, new_id)
    assert state.actions[0].costs == a.costs and state.finance.rates == plans.plan_finance(store, aid).rates
    assert not state.validated
    store.update_assessment(new_id, reference_date="2027-05-01")
    from capacity_app.services.rounds import plan_rounds

    assert [x.title for x in plan_rounds(store, new_id).comparison.late] == ["Census"]


def test_implausible_entries_are_refused_or_warned_never_silent(store, questionnaire, aid):
    """A future-dated rate and a duplicate line are refused; a cost year outside the
    action's timeline, a line in a currency without a rate and a rate far from the same
    currency's rate elsewhere are saved with a warning; a negative amount says it is negative."""
    from capacity_app.domain.plan.cost import CostError, parse_amount

    q = questionnaire
    with pytest.raises(ServiceError, match=r"the EUR rate is dated 2026-12-01, in the future \(today is 2026-06-01\)"):
        plans.set_plan_finance(store, aid, rates=[Rate("EUR", Decimal("0.92"), "2026-12-01")], today="2026-06-01")
    with pytest.raises(ServiceError, match="cost lines 1 and 2 are the same line twice"):
        plans.add_action(store, q, aid, title="Census", costs=(_cost(), _cost()))
    saved = plans.add_action(store, q, aid, title="Census", start="2026-Q3", end="2027-Q2",
                             costs=(_cost(2027), _cost(2029)))
    assert saved.warnings[0] == "cost year 2029 outside the action's timeline (2026–2027): check the year or the timeline"
    assert saved.warnings[1].startswith("no exchange rate to the US dollar for KES: these lines are left out")
    plans.set_plan_finance(store, aid, rates=[Rate("KES", Decimal("129.35"), "2026-03-01")])
    assert plans.update_action(store, q, aid, replace(saved.action, costs=(_cost(2027),))).warnings == ()
    other = svc.new_assessment(store, q, country="KEN", round=2027).id
    plans.set_plan_finance(store, other, rates=[Rate("KES", Decimal("1293.5"), "2026-04-01")])
    assert plans.rate_warnings(store, other) == (
        "the KES rate 1293.5 per US dollar is far from the 129.35 of KEN 2026: check it",)
    plans.set_plan_finance(store, other, rates=[Rate("KES", Decimal("131"), "2026-04-01")])
    assert plans.rate_warnings(store, other) == ()
    with pytest.raises(CostError, match="the amount -5 is negative: enter a cost as a positive amount"):
        parse_amount("-5")
