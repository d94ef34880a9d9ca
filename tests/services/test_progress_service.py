"""Recording the plan's progress: kept apart from the validated plan (the validation's
change detection never sees it), one history row per write with the entry replaced, bad input
refused in one line with nothing changed, and the period's summary adding up."""
from __future__ import annotations

from decimal import Decimal

import pytest

from capacity_app.domain.plan.cost import Cost, Rate
from capacity_app.domain.plan.progress import ActionProgress, IndicatorValue, LineMoney
from capacity_app.domain.plan.results import Indicator, Link, Outcome, ResultsChain, Target
from capacity_app.services import assessments as svc
from capacity_app.services.assessments import ServiceError
from capacity_app.services.plan import actions as plans
from capacity_app.services.plan import progress as prog
from capacity_app.services.plan import results as chains

D = Decimal
TODAY = "2027-02-15"


@pytest.fixture
def plan(store, questionnaire):
    """A validated plan of two actions, costed in two currencies."""
    q = questionnaire
    aid = svc.new_assessment(store, q, country="KEN", round=2026).id
    plans.set_plan_finance(store, aid, rates=[Rate("KES", D("129.35"), "2026-03-01")])
    census = plans.add_action(store, q, aid, title="Census questions", institutions=("NSO",), start="2026-Q1",
                              end="2027-Q4", costs=(Cost(2026, D(40000), "USD", "partner", "IOM", True),
                                                    Cost(2026, D(12000000), "KES", "national", "", True))).action
    survey = plans.add_action(store, q, aid, title="Survey", institutions=("NSO",), start="2026-Q3", end="2026-Q4",
                              costs=(Cost(2026, D(5000), "USD", "partner", "World Bank", False),)).action
    chains.replace_chain(store, aid, ResultsChain(
        "Migration policies use official statistics", "", (Outcome("O1", "Surveys measure migration"),),
        (Indicator("obj.1", "objective", "", "Policy documents citing the statistics", "documents", D(1), 2025,
                   (Target(2027, D(3)),)),
         Indicator("outcome-1.ind-2", "outcome", "O1", "Share of surveys asking the core questions", "%", D(20), 2025,
                   (Target(2026, D(40)), Target(2027, D(60)))),
         Indicator("census.1", "output", census.id, "Core questions tested", "questions", D(0), 2025,
                   (Target(2026, D(10)), Target(2027, D(20))))),
        (Link(census.id, "O1"),)))
    plans.record_validation(store, aid, date="2026-01-20", event="Workshop", institutions=["NSO"],
                            approved_by="A. Mensah", position="Director-General", today="2026-01-21")
    return aid, census, survey


def _entry(action, period="2026", **kw):
    return ActionProgress(action.id, period, kw.pop("status", "in_progress"), **kw)


def test_recording_progress_never_amends_the_validated_plan(store, plan):
    aid, census, _survey = plan
    before = plans.plan_state(store, aid)
    saved = prog.record_progress(store, aid, _entry(census, started="2026-02-01", reason="the budget came in May",
                                                    lines=(LineMoney(1, "", D(40000), D(40000), D(8000)),)),
                                 today=TODAY)
    assert saved.changes.actions and saved.replaced is None
    after = plans.plan_state(store, aid)
    assert after.actions == before.actions
    assert after.changes == () and after.values == ()
    assert store.plan_validation(aid) == before.validation


def test_a_final_assessment_still_takes_progress(store, plan):
    aid, census, _survey = plan
    store.update_assessment(aid, status="final")
    prog.record_progress(store, aid, _entry(census), today=TODAY)
    assert [e.period for e in store.action_progress(aid)] == ["2026"]


def test_a_period_reported_twice_is_refused_then_replaced_with_history(store, plan):
    aid, census, _survey = plan
    prog.record_progress(store, aid, _entry(census, reason="first"), today=TODAY)
    with pytest.raises(ServiceError, match="action 1 already has its progress for 2026: replace it"):
        prog.record_progress(store, aid, _entry(census, reason="second"), today=TODAY)
    saved = prog.record_progress(store, aid, _entry(census, reason="second"), replace=True, today=TODAY)
    assert saved.replaced is not None and saved.replaced.reason == "first"
    rows = store.history(aid, key=f"progress:{census.id}:2026")
    assert [(r["old"] and r["old"]["reason"], r["new"]["reason"]) for r in rows] == [("first", "second"),
                                                                                    (None, "first")]
    with pytest.raises(ServiceError, match="already has its progress for 2026, which overlaps 2026-H1"):
        prog.record_progress(store, aid, _entry(census, "2026-H1"), today=TODAY)


@pytest.mark.parametrize("entry_kw, words", [
    ({"period": "2025"}, "the period 2025 is before the plan, which starts in 2026"),
    ({"period": "2027-H2"}, "the period 2027-H2 has not begun (today is 2027-02-15)"),
    ({"lines": (LineMoney(1, "", disbursed=D(10), spent=D(11)),)}, "add a note saying why"),
    ({"status": "dropped"}, "action 1 is dropped: give the reason"),
])
def test_bad_input_is_one_line_and_changes_nothing(store, plan, entry_kw, words):
    aid, census, _survey = plan
    revision = store.revision(aid)
    hist = len(store.history(aid))
    period = entry_kw.pop("period", "2026")
    with pytest.raises(ServiceError) as exc:
        prog.record_progress(store, aid, _entry(census, period, **entry_kw), today=TODAY)
    assert words in str(exc.value) and "\n" not in str(exc.value)
    assert store.action_progress(aid) == [] and len(store.history(aid)) == hist and store.revision(aid) == revision


def test_an_unknown_action_is_named(store, plan):
    aid, _census, _survey = plan
    with pytest.raises(ServiceError, match=f"assessment {aid} has no action 'nope' in its plan"):
        prog.record_progress(store, aid, ActionProgress("nope", "2026", "planned"), today=TODAY)


def test_spent_above_disbursed_with_a_note_and_a_warning_for_disbursed_above_committed(store, plan):
    aid, census, _survey = plan
    saved = prog.record_progress(store, aid, _entry(census, lines=(
        LineMoney(2, "", D(100), D(200), D(300), "advance from the 2025 budget"),)), today=TODAY)
    assert saved.warnings == ("cost line 2 of action 1: 300 KES spent to date is above the 200 disbursed; "
                              "note: advance from the 2025 budget",
                              "cost line 2 of action 1: 200 KES disbursed to date is above the 100 committed")


def test_spent_above_disbursed_is_judged_to_date_not_per_period(store, plan):
    """Disbursed in the first half-year, spent in the second: within what was disbursed to date, so
    neither refused nor said on any path; spending above it asks for a note, in to-date sums."""
    aid, census, _survey = plan
    prog.record_progress(store, aid, _entry(census, "2026-H1", lines=(LineMoney(2, "", None, D(100000), D(0)),)),
                         today=TODAY)
    saved = prog.record_progress(store, aid, _entry(census, "2026-H2", lines=(LineMoney(2, "", None, D(0), D(80000)),)),
                                 today=TODAY)
    assert saved.warnings == ()
    assert prog.summary(store, aid, "2026-H2", today=TODAY).rows[0].overruns == ()
    with pytest.raises(ServiceError, match="cost line 2 of action 1: 100001 KES spent to date is more than the "
                                           "100000 disbursed to date: add a note saying why"):
        prog.record_progress(store, aid, _entry(census, "2026-H2", lines=(LineMoney(2, "", None, D(0), D(100001)),)),
                             replace=True, today=TODAY)


def test_money_above_a_line_s_budget_is_recorded_and_said(store, plan):
    """An overrun is a fact: recorded, said in the words every path uses, and counted."""
    aid, census, _survey = plan
    saved = prog.record_progress(store, aid, _entry(census, lines=(
        LineMoney(1, "", D(240000), D(240000), D(240000)),)), today=TODAY)
    assert saved.warnings == ("cost line 1 of action 1: 240000 USD spent to date is above the line's budget of "
                              "40000 (600%)",
                              "cost line 1 of action 1: 240000 USD disbursed to date is above the line's budget of "
                              "40000 (600%)")
    row = prog.summary(store, aid, "2026", today=TODAY).rows[0]
    assert row.standing.money == "off_track" and len(row.overruns) == 2


def test_indicator_values_by_id_with_history(store, plan):
    aid, _census, _survey = plan
    prog.record_indicator_value(store, aid, IndicatorValue("outcome-1.ind-2", "2026", D("36"), "2026-12-01", "LFS"),
                                today=TODAY)
    with pytest.raises(ServiceError, match="already has its value for 2026"):
        prog.record_indicator_value(store, aid, IndicatorValue("outcome-1.ind-2", "2026", D(37), "2026-12-01"),
                                    today=TODAY)
    prog.record_indicator_value(store, aid, IndicatorValue("outcome-1.ind-2", "2026", D(37), "2026-12-01"),
                                replace=True, today=TODAY)
    assert [v.value for v in store.indicator_values(aid)] == [D(37)]
    assert len(store.history(aid, key="indicator:outcome-1.ind-2:2026")) == 2


def test_the_period_summary_counts_and_adds_up(store, plan):
    aid, census, survey = plan
    prog.record_progress(store, aid, _entry(census, "2026-H1", lines=(
        LineMoney(1, "", D(40000), D(20000), D(5000)), LineMoney(2, "", D(6000000), D(6000000), D(3000000)))),
        today=TODAY)
    prog.record_progress(store, aid, _entry(census, "2026-H2", lines=(LineMoney(1, "", None, D(20000), D(3000)),)),
                         today=TODAY)
    prog.record_progress(store, aid, _entry(survey, status="planned", reason="the survey firm was hired late"),
                         today=TODAY)
    s = prog.summary(store, aid, "2026", today=TODAY)
    census_row, survey_row = s.rows
    assert census_row.entry.period == "2026-H2"
    assert census_row.to_date["spent"] == {"USD": D(8000), "KES": D(3000000)}
    assert census_row.standing.absorbed == {"USD": D("0.2"), "KES": D("0.5")}
    assert census_row.standing.overall == "at_risk"         # USD 0.5 - 0.2 behind the time elapsed
    assert survey_row.standing.overall == "off_track"       # still planned after its end
    assert s.counts == {"on_track": 0, "at_risk": 1, "off_track": 1, "not_judged": 0}
    assert s.by_partner[("partner", "IOM", "USD")] == {"pledged": D(40000), "committed": D(40000),
                                                       "disbursed": D(40000), "spent": D(8000)}
    assert s.totals["USD"]["pledged"] == D(45000) and s.totals["KES"]["spent"] == D(3000000)
    assert prog.reported_periods(store, aid) == ["2026-H1", "2026-H2", "2026"]


def test_a_value_for_an_indicator_the_chain_does_not_have_or_outside_the_plan_years_is_refused(store, plan):
    aid, _census, _survey = plan
    with pytest.raises(ServiceError, match=r"has no indicator 'outcome-9'.*obj.1, outcome-1.ind-2, census.1\)$"):
        prog.record_indicator_value(store, aid, IndicatorValue("outcome-9", "2026", D(1), "2026-12-01"), today=TODAY)
    with pytest.raises(ServiceError, match=r"the period 2028 is outside the plan's years \(2026–2027\)"):
        prog.record_indicator_value(store, aid, IndicatorValue("obj.1", "2028", D(1), "2028-02-01"),
                                    today="2028-03-01")
    assert store.indicator_values(aid) == []


def _row(s, ident):
    return next(r for r in s.indicators if r.indicator.id == ident)


def test_output_indicators_judge_their_action_against_the_year_target(store, plan):
    """Hand-computed: census.1 (baseline 0, target 10 in 2026) at 6 by mid-year is (6 - 0) / (10 - 0)
    = 0.6 of the way: at risk, and so is the census action, whose timeline is on track; at 10 by
    the year's end the target is met: on track. The outcome indicator (baseline 20, target 40) at
    36: 0.8, at risk, reported but not an action's part; the objective's has no target for 2026."""
    aid, census, survey = plan
    prog.record_progress(store, aid, _entry(census, "2026-H1"), today=TODAY)
    prog.record_progress(store, aid, _entry(survey, "2026", status="done", completed="2026-11-30"), today=TODAY)
    prog.record_indicator_value(store, aid, IndicatorValue("census.1", "2026-H1", D(6), "2026-06-30"), today=TODAY)
    half = prog.summary(store, aid, "2026-H1", today=TODAY)
    assert (_row(half, "census.1").target, _row(half, "census.1").standing) == (D(10), "at_risk")
    assert half.rows[0].standing.timeline == "on_track" and half.rows[0].standing.indicators == ("at_risk",)
    assert half.rows[0].standing.overall == "at_risk"
    prog.record_indicator_value(store, aid, IndicatorValue("census.1", "2026-H2", D(10), "2026-12-15"), today=TODAY)
    prog.record_indicator_value(store, aid, IndicatorValue("outcome-1.ind-2", "2026", D(36), "2026-12-01"),
                                today=TODAY)
    prog.record_indicator_value(store, aid, IndicatorValue("obj.1", "2026", D(2), "2026-12-01"), today=TODAY)
    year = prog.summary(store, aid, "2026", today=TODAY)
    census_row, survey_row = year.rows
    assert _row(year, "census.1").value.value == D(10) and _row(year, "census.1").standing == "on_track"
    assert census_row.standing.indicators == ("on_track",) and census_row.standing.overall == "on_track"
    assert survey_row.standing.indicators == ()
    outcome, objective = _row(year, "outcome-1.ind-2"), _row(year, "obj.1")
    assert (outcome.target, outcome.value.value, outcome.standing) == (D(40), D(36), "at_risk")
    assert (objective.target, objective.value.value, objective.standing) == (None, D(2), None)
    assert [r.indicator.id for r in year.indicators] == ["obj.1", "outcome-1.ind-2", "census.1"]
