"""Money above what it should be, per cost line, to date: found, said the same way, and counted by
the on-track rule (docs/methodology.md, section 18, the overruns' worked case)."""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.cost import Cost
from capacity_app.domain.plan.overrun import (
    DISBURSED_OVER_BUDGET,
    DISBURSED_OVER_COMMITTED,
    SPENT_OVER_BUDGET,
    SPENT_OVER_DISBURSED,
    overrun_text,
)
from capacity_app.domain.plan.progress import ActionProgress, LineMoney, action_overruns, period_summary

D = Decimal
TRAINING = Action(id="t", title="Training", start="2026-Q1", end="2026-Q4",
                  costs=(Cost(2026, D(150000), "XOF"), Cost(2026, D(6000000), "XOF", "partner", "World Bank")))


def _entry(period, line=1, committed=None, disbursed=None, spent=None, note="", status="in_progress"):
    return ActionProgress("t", period, status, lines=(LineMoney(line, "XOF", committed, disbursed, spent, note),))


def test_the_worked_case_at_risk_then_off_track():
    h1 = _entry("2026-H1", disbursed=D(190000), spent=D(185000))
    found = action_overruns(TRAINING, [h1])
    assert [o.kind for o in found] == [SPENT_OVER_BUDGET, DISBURSED_OVER_BUDGET]
    assert overrun_text(found[0], 3) == ("cost line 1 of action 3: 185000 XOF spent to date is above the line's "
                                         "budget of 150000 (123 %)")
    day = _dt.date(2026, 6, 30)
    s = period_summary([TRAINING], [h1], "2026-H1", day)
    assert s.rows[0].standing.money == "at_risk" and s.rows[0].overruns == found
    h2 = _entry("2026-H2", disbursed=D(190000), spent=D(190000))
    s = period_summary([TRAINING], [h1, h2], "2026", _dt.date(2026, 12, 31))
    assert s.rows[0].standing.money == "off_track" and s.rows[0].standing.overall == "off_track"
    assert s.rows[0].overruns[0].amount == D(375000)


def test_a_hundred_times_the_line_and_a_done_action_still_flagged():
    done = _entry("2026", line=2, committed=D(600000000), disbursed=D(600000000), spent=D(600000000), status="done")
    s = period_summary([TRAINING], [done], "2026", _dt.date(2026, 12, 31))
    assert s.rows[0].standing.overall == "off_track"
    assert "600000000 XOF spent to date is above the line's budget of 6000000 (10000 %)" in overrun_text(
        s.rows[0].overruns[0], 1)


def test_spent_above_disbursed_and_disbursed_above_committed_are_flagged_not_judged():
    e = _entry("2026", committed=D(100), disbursed=D(120), spent=D(130), note="advance from the 2025 budget")
    found = action_overruns(TRAINING, [e])
    assert [o.kind for o in found] == [SPENT_OVER_DISBURSED, DISBURSED_OVER_COMMITTED]
    assert overrun_text(found[0], 1) == ("cost line 1 of action 1: 130 XOF spent to date is above the 120 disbursed; "
                                         "note: advance from the 2025 budget")
    assert overrun_text(found[1], 1) == "cost line 1 of action 1: 120 XOF disbursed to date is above the 100 committed"
    s = period_summary([TRAINING], [e], "2026", _dt.date(2026, 12, 31))
    assert s.rows[0].standing.money != "at_risk" or s.rows[0].standing.elapsed is not None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["2026-H1", "2026-H2"]), st.integers(0, 10**9), st.integers(0, 10**9)),
                min_size=1, max_size=2, unique_by=lambda t: t[0]))
def test_an_overrun_is_flagged_exactly_when_the_sums_to_date_pass_the_budget(reports):
    entries = [_entry(p, disbursed=D(d), spent=D(min(s, d))) for p, d, s in reports]
    disbursed = sum(d for _p, d, _s in reports)
    spent = sum(min(s, d) for _p, d, s in reports)
    kinds = {o.kind for o in action_overruns(TRAINING, entries)}
    assert (SPENT_OVER_BUDGET in kinds) == (spent > 150000)
    assert (DISBURSED_OVER_BUDGET in kinds) == (disbursed > 150000)
    money = period_summary([TRAINING], entries, "2026", _dt.date(2026, 12, 31)).rows[0].standing.money
    if spent > 150000 * 1.25:
        assert money == "off_track"
    elif disbursed > 150000:
        assert money in ("at_risk", "off_track")
