"""Rounds: the next round asks its round and dates, refuses a round the country already has, does
not carry the old mission dates unless asked; comparing names both rounds and lists changes only."""
import pytest

from capacity_app.services import assessments as svc
from capacity_app.services.rounds import compare_with, previous_round, start_next_round, suggested_round


@pytest.fixture
def first(store, questionnaire):
    q = questionnaire
    a = svc.create_assessment(store, q, country="KEN", round=2026, reference_date="2026-03-01",
                              mission_start="2026-03-02", mission_end="2026-03-06")
    for key, value in (("s0_reference_date", "2026-03-01"), ("s0_mission_start", "2026-03-02"),
                       ("s0_mission_end", "2026-03-06"), ("s2_policy", "yes"), ("s2_need_a", 3)):
        svc.record_answer(store, q, a.id, key, value)
    svc.set_comment(store, q, a.id, "s2_policy", "adopted 2024")
    return svc.get_assessment(store, a.id)


def test_next_round_copies_answers_but_not_the_old_dates(store, questionnaire, first):
    assert suggested_round(store, first.id) == 2027
    made = start_next_round(store, questionnaire, first.id, round=2027, reference_date="2027-04-01")
    assert made.changes.listing and made.changes.answers
    new = svc.get_assessment(store, made.id)
    assert (new.round, new.reference_date, new.mission_start, new.mission_end) == (2027, "2027-04-01", "", "")
    assert store.answer(new.id, "s0_reference_date").value == "2027-04-01"
    assert store.answer(new.id, "s0_mission_start").value is None  # not the old mission's
    assert store.answer(new.id, "s2_policy").value == "yes"
    assert store.answer(new.id, "s2_policy").comment == "adopted 2024"
    assert new.settings["previous_round"] == first.uid and "imported_from" not in new.settings
    assert previous_round(store, new).id == first.id
    assert suggested_round(store, first.id) == 2028  # 2027 is taken now


def test_a_round_the_country_has_is_refused(store, questionnaire, first):
    start_next_round(store, questionnaire, first.id, round=2027)
    with pytest.raises(svc.ServiceError, match="KEN already has an assessment for round 2027"):
        start_next_round(store, questionnaire, first.id, round=2027)
    with pytest.raises(svc.ServiceError, match="already has an assessment for round 2027"):
        svc.next_round(store, questionnaire, first.id)  # the older entry point refuses as well
    assert sorted(a.round for a in store.assessments()) == [2026, 2027]


def test_carry_dates_and_empty_start(store, questionnaire, first):
    made = start_next_round(store, questionnaire, first.id, round=2028, carry_dates=True, copy_answers=False)
    new = svc.get_assessment(store, made.id)
    assert (new.reference_date, new.mission_start) == ("2026-03-01", "2026-03-02")
    assert store.answer(new.id, "s2_policy").value is None
    assert store.answer(new.id, "s0_mission_start").value == "2026-03-02"


def test_compare_names_rounds_lists_changes_and_refuses_the_trash(store, questionnaire, first):
    q = questionnaire
    made = start_next_round(store, q, first.id, round=2027)
    svc.record_answer(store, q, made.id, "s2_policy", "no")
    rc = compare_with(store, q, made.id)
    assert (rc.earlier.id, rc.later.id) == (first.id, made.id)
    changed = rc.changed_sections()
    assert changed and all(x["trend"] != "unchanged" for x in changed.values())
    assert set(changed) < set(rc.comparison.sections)  # unchanged sections left out
    svc.trash_assessment(store, first.id)
    with pytest.raises(svc.ServiceError, match="in the trash"):
        compare_with(store, q, made.id, first.id)


def test_score_compare_cli_names_both_rounds(cli_run, questionnaire):
    assert cli_run("new", "--country", "KEN", "--round", "2026").exit_code == 0
    assert cli_run("set", "1", "s2_policy", "yes").exit_code == 0
    from capacity_app.services.assessments import open_store

    with open_store(cli_run.db) as s:
        nxt = start_next_round(s, questionnaire, 1, round=2027).id
    assert cli_run("set", nxt, "s2_policy", "no").exit_code == 0
    r = cli_run("score", nxt, "--compare", "1")
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0].startswith("KEN 2026 (id 1") and f"KEN 2027 (id {nxt}" in lines[0] and "rules" in lines[0]
    assert not any("unchanged" in ln for ln in lines[2:-1])  # only what changed
    assert any("regressed" in ln for ln in lines)
    with open_store(cli_run.db) as s:
        svc.trash_assessment(s, 1)
    r = cli_run("score", nxt, "--compare", "1")
    assert r.exit_code == 2 and "in the trash" in r.output


def test_edit_refuses_a_round_or_country_the_other_assessment_has(store, questionnaire):
    """``edit`` (and the window's details dialog) keeps one assessment per country and round, as
    next round does (it moved KEN 2026 onto KEN 2027, two assessments of one round)."""
    from capacity_app.services.assessments import ServiceError, edit_metadata

    q = questionnaire
    a = svc.create_assessment(store, q, country="KEN", round=2026)
    svc.create_assessment(store, q, country="KEN", round=2027)
    svc.create_assessment(store, q, country="UGA", round=2026)
    with pytest.raises(ServiceError, match="KEN already has an assessment for round 2027"):
        edit_metadata(store, a.id, round=2027)
    with pytest.raises(ServiceError, match="UGA already has an assessment for round 2026"):
        edit_metadata(store, a.id, country="UGA")
    assert (store.assessment(a.id).country, store.assessment(a.id).round) == ("KEN", 2026)
    edit_metadata(store, a.id, round=2028, country="UGA")
    assert (store.assessment(a.id).country, store.assessment(a.id).round) == ("UGA", 2028)


def test_achieved_and_compare_read_the_earlier_plan_once(store, questionnaire, first):
    """plan_achieved and plan_rounds (``actions achieved``, ``actions compare``, the window and the
    report) hold the same reading of the earlier plan: the last progress report of each action."""
    from decimal import Decimal

    from capacity_app.domain.plan.cost import Cost
    from capacity_app.domain.plan.progress import ActionProgress, LineMoney
    from capacity_app.services.plan import actions as plans
    from capacity_app.services.plan import progress as prog
    from capacity_app.services.rounds import plan_achieved, plan_rounds

    q = questionnaire
    a = plans.add_action(store, q, first.id, title="Census", start="2026-Q1", end="2026-Q3",
                         costs=(Cost(2026, Decimal(900), "KES"),)).action
    for period, status in (("2026-H1", "in_progress"), ("2026-H2", "done")):
        prog.record_progress(store, first.id, ActionProgress(a.id, period, status, lines=(
            LineMoney(1, "KES", disbursed=Decimal(300), spent=Decimal(300)),)), today="2027-01-31")
    new = start_next_round(store, q, first.id, round=2027, reference_date="2027-04-01").id
    achieved, rounds = plan_achieved(store, q, new), plan_rounds(store, new)
    assert achieved.reading == rounds.comparison
    (o,) = achieved.outcomes
    assert (o.outcome, o.period, o.late, o.spent) == ("done", "2026-H2", False, {"KES": Decimal(600)})
    assert [x.title for x in rounds.comparison.done_since] == ["Census"] and rounds.spent == {"KES": Decimal(600)}
    assert rounds.planned == {"KES": Decimal(900)} and rounds.cost == {"KES": Decimal(900)}
