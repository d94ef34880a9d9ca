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
                                         "budget of 150000 (123%)")
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
    assert "600000000 XOF spent to date is above the line's budget of 6000000 (10,000%)" in overrun_text(
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


def test_the_share_is_written_by_each_language_s_percentage_rule_on_every_path():
    """English "118%" (no space), French with its no-break space, Chinese in full-width brackets:
    the overrun's own sentence in a language and the English line said again agree."""
    from capacity_app.domain.retold import retold

    (o, _d) = action_overruns(TRAINING, [_entry("2026-H1", disbursed=D(177000), spent=D(177000))])
    english = overrun_text(o, 1)
    assert english.endswith("budget of 150000 (118%)") and " %" not in english
    for lang, tail in (("fr", "150000 (118\u00a0%)"), ("zh", "150000（118%）"), ("ru", "150000 (118\u00a0%)"),
                       ("ar", "150000\u00a0(118\u00a0في\u00a0المائة)")):
        assert overrun_text(o, 1, lang).endswith(tail), lang
        assert retold(english, lang) == overrun_text(o, 1, lang), lang


def test_spent_above_disbursed_is_checked_to_date_not_per_period():
    """100 000 disbursed in H1 and nothing spent, 80 000 spent in H2 and nothing disbursed: no
    overrun and no note asked; 100 001 spent to date asks for a note, in to-date sums."""
    import pytest

    from capacity_app.domain.plan.progress import ProgressError, check_progress

    h1 = _entry("2026-H1", disbursed=D(100000), spent=D(0))
    h2 = _entry("2026-H2", disbursed=D(0), spent=D(80000))
    assert action_overruns(TRAINING, [h1, h2], until="2026-H2") == ()
    today = _dt.date(2027, 1, 15)
    assert check_progress(h2, TRAINING, 1, first_year=2026, today=today, earlier=[h1]) == h2
    with pytest.raises(ProgressError, match="100001 XOF spent to date is more than the 100000 disbursed to date"):
        check_progress(_entry("2026-H2", spent=D(100001)), TRAINING, 1, first_year=2026, today=today, earlier=[h1])
    noted = check_progress(_entry("2026-H2", spent=D(100001), note="advance"), TRAINING, 1, first_year=2026,
                           today=today, earlier=[h1])
    assert noted.lines[0].note == "advance"
