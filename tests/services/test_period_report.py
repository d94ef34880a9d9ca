"""The planning unit's own words in the implementation report (domain/plan/period_report.py,
storage/period_report.py, services/plan/period_report.py): a period's summary and the decisions
asked of the minister, a corrective measure per action; each write one transaction with one
history row, a refusal one line naming what is wrong with nothing written, the hostile inputs
(huge, empty, NUL, direction marks) told or kept as typed."""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal

import pytest

from capacity_app.domain.plan.period_report import (
    DECISION_MAX,
    DECISIONS_MAX,
    MEASURE_MAX,
    SUMMARY_MAX,
    Measure,
    PeriodReport,
    measure_from_plain,
    measure_to_plain,
    report_from_plain,
    report_to_plain,
)
from capacity_app.services.base import ServiceError

YEAR = _dt.date.today().year
PERIOD = str(YEAR - 1)


def _plan(store, questionnaire):
    from capacity_app.domain.plan.cost import Cost
    from capacity_app.services import assessments as svc
    from capacity_app.services.plan import actions as plans

    aid = svc.new_assessment(store, questionnaire, country="KEN", round=2025).id
    plans.add_action(store, questionnaire, aid, title="Census questions", institutions=("NSO",),
                     start=f"{YEAR - 1}-Q1", end=f"{YEAR}-Q4",
                     costs=(Cost(YEAR - 1, Decimal(40000), "USD", "partner", "IOM", True),))
    return aid, store.action_plan(aid)[0].id


def _history(store, aid):
    """The history rows of these writes, oldest first."""
    return [h for h in reversed(store.history(aid)) if h["key"].startswith(("period_report:", "measure:"))]


def test_a_summary_and_decisions_written_replaced_and_removed_each_with_one_history_row(store, questionnaire):
    from capacity_app.services.plan import period_report as words

    aid, _ = _plan(store, questionnaire)
    saved = words.record_period_report(store, aid, f" {PERIOD} ", "  Census late.\nBudget in May.  ",
                                       ["Release the budget", "Sign the decree"])
    assert saved.report == PeriodReport(PERIOD, "Census late.\nBudget in May.", ("Release the budget", "Sign the decree"))
    assert saved.replaced is None and saved.changes.actions and saved.changes.keys == {f"period_report:{PERIOD}"}
    assert store.period_report(aid, PERIOD) == saved.report and len(_history(store, aid)) == 1
    # the same again: nothing written, no history row
    words.record_period_report(store, aid, PERIOD, "Census late.\nBudget in May.", ["Release the budget", "Sign the decree"])
    assert len(_history(store, aid)) == 1
    # the order of the decisions is kept
    again = words.record_period_report(store, aid, PERIOD, "Census late.", ["Sign the decree", "Release the budget"])
    assert again.replaced == saved.report and store.period_report(aid, PERIOD).decisions == ("Sign the decree",
                                                                                              "Release the budget")
    h = _history(store, aid)
    assert len(h) == 2 and h[-1]["old"] == report_to_plain(saved.report)
    # emptied: removed, the history keeping what it said
    words.record_period_report(store, aid, PERIOD, "", [])
    assert store.period_report(aid, PERIOD) is None and store.period_reports(aid) == []
    assert len(_history(store, aid)) == 3 and _history(store, aid)[-1]["new"] is None


def test_a_measure_written_replaced_and_removed(store, questionnaire):
    from capacity_app.services.plan import period_report as words

    aid, action = _plan(store, questionnaire)
    saved = words.record_measure(store, aid, action, PERIOD, " Hire two trainers ", "NSO census unit", "2026-09-30")
    assert saved.measure == Measure(action, PERIOD, "Hire two trainers", "NSO census unit", "2026-09-30")
    assert store.corrective_measures(aid) == [saved.measure]
    words.record_measure(store, aid, action, PERIOD, "Hire two trainers")    # who and by when are optional
    assert store.corrective_measures(aid, PERIOD)[0].who == "" and len(_history(store, aid)) == 2
    got = words.period_words(store, aid, PERIOD)
    assert got.report == PeriodReport(PERIOD) and list(got.measures) == [action]
    words.remove_measure(store, aid, action, PERIOD)
    assert store.corrective_measures(aid) == [] and len(_history(store, aid)) == 3
    with pytest.raises(ServiceError, match=f"action 1 has no corrective measure for {PERIOD}"):
        words.remove_measure(store, aid, action, PERIOD)


def _refused(store, aid, call, match):
    before = (store.period_reports(aid), store.corrective_measures(aid), len(store.history(aid)))
    with pytest.raises(ServiceError, match=match) as exc:
        call()
    assert "\n" not in str(exc.value)
    assert (store.period_reports(aid), store.corrective_measures(aid), len(store.history(aid))) == before
    return exc.value


def test_hostile_inputs_are_refused_in_one_line_and_nothing_is_written(store, questionnaire):
    from capacity_app.services.plan import period_report as words

    aid, action = _plan(store, questionnaire)

    def summary(text, decisions=(), period=PERIOD):
        return lambda: words.record_period_report(store, aid, period, text, decisions)

    def measure(text, who="", by=None, action_id=action, period=PERIOD):
        return lambda: words.record_measure(store, aid, action_id, period, text, who, by)

    _refused(store, aid, summary("x" * (SUMMARY_MAX + 1)), f"longer than {SUMMARY_MAX} characters")
    exc = _refused(store, aid, summary("a\x00b"), f"the summary of {PERIOD} holds the control character U\\+0000")
    assert exc.key == "cli.period.control.summary" and exc.values["code"] == "U+0000"
    _refused(store, aid, summary("ok", ["fine", "bad\x07"]), "decision 2 asked .* control character U\\+0007")
    _refused(store, aid, summary("ok", ["fine", "   "]), "decision 2 asked .* is empty")
    _refused(store, aid, summary("ok", ["d"] * (DECISIONS_MAX + 1)), f"at most {DECISIONS_MAX}")
    _refused(store, aid, summary("ok", ["d" * (DECISION_MAX + 1)]), f"longer than {DECISION_MAX}")
    _refused(store, aid, summary("ok", period="2026-H3"), "is not a year such as 2026")
    _refused(store, aid, summary("ok", period=str(YEAR + 1)), "has not begun")
    _refused(store, aid, summary("ok", period=str(YEAR - 5)), "before the plan")
    _refused(store, aid, measure(""), "says nothing: write what will be done")
    _refused(store, aid, measure("   ", who="NSO"), "says nothing")
    _refused(store, aid, measure("x" * (MEASURE_MAX + 1)), f"longer than {MEASURE_MAX}")
    _refused(store, aid, measure("ok", who="NSO\x1b"), "who takes the corrective measure .* U\\+001B")
    _refused(store, aid, measure("ok", by="30/09/2026"), "is not a date YYYY-MM-DD: '30/09/2026'")
    exc = _refused(store, aid, measure("ok", action_id="no-such-action"), "has no action 'no-such-action' in its plan")
    assert exc.key == "cli.progress.no_action"


def test_direction_marks_and_odd_text_are_kept_as_typed(store, questionnaire):
    """A right-to-left override, marks and joiners, an '=' at the start, quotes and markup: text, kept."""
    from capacity_app.services.plan import period_report as words

    aid, action = _plan(store, questionnaire)
    odd = "\u202eRLO\u202c \u200fRLM\u200e ZWJ\u200d =1+1 \"q\" <b>&amp; _x0041_ مرحبا"
    words.record_period_report(store, aid, PERIOD, odd, [odd])
    words.record_measure(store, aid, action, PERIOD, odd, odd)
    assert store.period_report(aid, PERIOD) == PeriodReport(PERIOD, odd, (odd,))
    assert store.corrective_measures(aid)[0].text == odd == store.corrective_measures(aid)[0].who


def test_a_final_assessment_takes_them_and_the_validated_plan_is_untouched(store, questionnaire):
    from capacity_app.services.plan import actions as plans
    from capacity_app.services.plan import period_report as words

    aid, action = _plan(store, questionnaire)
    before = plans.plan_state(store, aid)
    words.record_period_report(store, aid, PERIOD, "Summary", ["Decision"])
    words.record_measure(store, aid, action, PERIOD, "Measure")
    after = plans.plan_state(store, aid)
    assert after.actions == before.actions and after.changes == ()


def test_plain_data_reads_back():
    r = PeriodReport("2026-H1", "a\nb", ("c", "d"))
    m = Measure("a1", "2026", "t", "w", "2026-01-31")
    assert report_from_plain(report_to_plain(r)) == r and measure_from_plain(measure_to_plain(m)) == m
    assert measure_from_plain(measure_to_plain(Measure("a1", "2026", "t"))) == Measure("a1", "2026", "t")
