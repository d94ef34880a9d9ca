"""Progress after the funding: periods, the checks of what is recorded, the on-track
rule on hand-computed cases (docs/methodology.md, "Following the plan": its worked example is
``test_the_methodology_worked_example``), and the money by partner adding up (hypothesis)."""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.cost import Cost
from capacity_app.domain.plan.progress import (
    AT_RISK,
    NOT_JUDGED,
    OFF_TRACK,
    ON_TRACK,
    ActionProgress,
    IndicatorValue,
    LineMoney,
    ProgressError,
    action_standing,
    as_of,
    check_indicator_value,
    check_progress,
    elapsed_share,
    indicator_standing,
    latest_within,
    line_from_plain,
    line_to_plain,
    money_by_currency,
    money_by_partner,
    money_standing,
    money_totals,
    normalise_period,
    overlapping,
    plan_first_year,
    timeline_standing,
    within,
)

D = Decimal
TODAY = _dt.date(2027, 2, 15)
CENSUS = Action(id="census", title="Add the migration questions to the census", start="2026-Q1", end="2027-Q4",
                status="in_progress", costs=(
                    Cost(2026, D("40000"), "USD", "partner", "IOM", True),
                    Cost(2026, D("12000000"), "KES", "national", "", True)))


@pytest.mark.parametrize("text, want", [("2026", "2026"), (" 2026h1 ", "2026-H1"), ("2026 H2", "2026-H2"),
                                        ("2026-H2", "2026-H2")])
def test_periods_normalise(text, want):
    assert normalise_period(text) == want


@pytest.mark.parametrize("text", ["2026-H3", "26", "2026-Q1", "", "1999", "2026-07"])
def test_a_period_that_is_no_period_is_refused_in_one_line(text):
    with pytest.raises(ProgressError, match="is not a year such as 2026"):
        normalise_period(text)


def test_periods_inside_and_overlapping():
    assert within("2026-H1", "2026") and within("2026", "2026") and not within("2026", "2026-H1")
    old = ActionProgress("census", "2026", "in_progress")
    assert overlapping([old], ActionProgress("census", "2026-H2", "done")) == old
    assert overlapping([old], ActionProgress("census", "2027-H1", "done")) is None
    assert overlapping([old], ActionProgress("other", "2026-H1", "done")) is None


def test_the_plan_starts_with_its_earliest_start_or_cost_line():
    assert plan_first_year([CENSUS]) == 2026
    assert plan_first_year([Action(id="x", title="x", costs=(Cost(2025, D(1), "USD"),))]) == 2025
    assert plan_first_year([Action(id="x", title="x")]) is None


@pytest.mark.parametrize("entry, words", [
    (ActionProgress("census", "2025", "in_progress"), "the period 2025 is before the plan, which starts in 2026"),
    (ActionProgress("census", "2027-H2", "in_progress"), "the period 2027-H2 has not begun (today is 2027-02-15)"),
    (ActionProgress("census", "2026", "dropped"), "action 1 is dropped: give the reason"),
    (ActionProgress("census", "2026", "late"), "the status 'late' of action 1 is not one of"),
    (ActionProgress("census", "2026", "in_progress", completed="2026-10-01"), "its status is in_progress, not done"),
    (ActionProgress("census", "2026", "done", started="2026-05-01", completed="2026-04-01"), "before it started"),
    (ActionProgress("census", "2026", "in_progress", started="2027-03-01"), "(2027-03-01) is after today (2027-02-15)"),
    (ActionProgress("census", "2026", "in_progress", lines=(LineMoney(3, ""),)), "action 1 has lines 1 to 2: "
                                                                                 "there is no cost line 3"),
    (ActionProgress("census", "2026", "in_progress", lines=(LineMoney(1, "EUR"),)), "is in USD, not EUR"),
    (ActionProgress("census", "2026", "in_progress", lines=(LineMoney(1, "", disbursed=D(10), spent=D(12)),)),
     "12 USD spent to date is more than the 10 disbursed to date: add a note saying why"),
    (ActionProgress("census", "2026", "in_progress", lines=(LineMoney(1, "", spent=D(-1)),)), "is negative"),
    (ActionProgress("census", "2026", "in_progress", lines=(LineMoney(1, ""), LineMoney(1, ""))),
     "cost line 1 of action 1 is given twice for 2026"),
])
def test_bad_progress_is_refused_naming_what_is_wrong(entry, words):
    with pytest.raises(ProgressError) as exc:
        check_progress(entry, CENSUS, 1, first_year=2026, today=TODAY)
    assert words in str(exc.value)
    assert "\n" not in str(exc.value)


def test_good_progress_is_normalised_and_keeps_the_line_currency():
    p = check_progress(ActionProgress("census", "2026h2", "in_progress", started="2026-02-01", reason=" late ",
                                      lines=(LineMoney(2, "", D("5000000"), D("4000000.50"), D("4500000"), "advance"),
                                             LineMoney(1, "USD", disbursed=D("40000"), spent=D("8000")))),
                       CENSUS, 1, first_year=2026, today=TODAY)
    assert p.period == "2026-H2" and p.reason == "late"
    assert [(m.line, m.currency) for m in p.lines] == [(1, "USD"), (2, "KES")]
    assert all(line_from_plain(line_to_plain(m)) == m for m in p.lines)


def test_an_indicator_value_is_checked():
    v = check_indicator_value(IndicatorValue(" ind-1 ", "2026", D("-3.50"), "2026-12-01", " survey "),
                              first_year=2026, today=TODAY)
    assert (v.indicator_id, v.value, v.source) == ("ind-1", D("-3.5"), "survey")
    with pytest.raises(ProgressError, match="give the date the value of indicator x was measured"):
        check_indicator_value(IndicatorValue("x", "2026", D(1), ""), first_year=2026, today=TODAY)
    with pytest.raises(ProgressError, match="is after today"):
        check_indicator_value(IndicatorValue("x", "2026", D(1), "2027-12-01"), first_year=2026, today=TODAY)


# --- the rule, on hand-computed cases ----------------------------------------------------------

@pytest.mark.parametrize("target, value, baseline, want", [
    (D(40), D(36), D(20), AT_RISK),        # (36-20)/(40-20) = 0.8
    (D(40), D(38), D(20), ON_TRACK),       # 18/20 = 0.9: on track from 0.9
    (D(40), D(29), D(20), OFF_TRACK),      # 9/20 = 0.45
    (D(40), D(30), D(20), AT_RISK),        # 10/20 = 0.5: at risk from a half
    (D(10), D(12), D(20), AT_RISK),        # a falling target: (12-20)/(10-20) = -8/-10 = 0.8
    (D(10), D(11), D(20), ON_TRACK),       # -9/-10 = 0.9
    (D(5), D(5), D(5), ON_TRACK),          # a level to keep, kept
    (D(5), D(6), D(5), AT_RISK),           # a level to keep, moved
    (D(40), D(50), D(20), ON_TRACK),       # beyond the target
])
def test_indicator_rule(target, value, baseline, want):
    assert indicator_standing(target, value, baseline) == want


def test_time_elapsed_counts_days_both_ends_included():
    assert elapsed_share(_dt.date(2026, 1, 1), _dt.date(2027, 12, 31), _dt.date(2026, 12, 31)) == D("0.5")
    assert elapsed_share(_dt.date(2026, 1, 1), _dt.date(2026, 12, 31), _dt.date(2025, 6, 1)) == 0
    assert elapsed_share(_dt.date(2026, 1, 1), _dt.date(2026, 12, 31), _dt.date(2028, 6, 1)) == 1


@pytest.mark.parametrize("status, day, want", [
    ("done", _dt.date(2030, 1, 1), ON_TRACK), ("dropped", _dt.date(2026, 1, 1), OFF_TRACK),
    ("in_progress", _dt.date(2026, 12, 31), ON_TRACK), ("in_progress", _dt.date(2027, 1, 1), OFF_TRACK),
    ("planned", _dt.date(2025, 12, 31), ON_TRACK),
    ("planned", _dt.date(2026, 6, 30), AT_RISK),     # 181 / 365 days gone: 0.496
    ("planned", _dt.date(2026, 7, 2), OFF_TRACK),    # 183 / 365: 0.501
])
def test_timeline_rule(status, day, want):
    assert timeline_standing(status, (_dt.date(2026, 1, 1), _dt.date(2026, 12, 31)), day) == want


def test_an_open_action_without_a_timeline_is_not_judged():
    assert timeline_standing("planned", None, TODAY) is None
    a = Action(id="x", title="x")
    assert action_standing(a, "planned", {}, {}, TODAY).overall == NOT_JUDGED


@pytest.mark.parametrize("spent, disbursed, elapsed, want", [
    (D(10000), D(40000), D("0.5"), ON_TRACK),    # 0.5 - 0.25 = 0.25: on track up to 25 points behind
    (D(8000), D(40000), D("0.5"), AT_RISK),      # 0.5 - 0.2 = 0.3
    (D(0), D(40000), D("0.5"), AT_RISK),         # 0.5 - 0 = 0.5: at risk up to 50 points
    (D(0), D(40000), D("0.75"), OFF_TRACK),      # 0.75 behind
    (D(50000), D(40000), D(1), ON_TRACK),        # more spent than disbursed counts as all of it
    (D(5), D(0), D("0.5"), None), (D(5), D(10), None, None),
])
def test_money_rule(spent, disbursed, elapsed, want):
    assert money_standing(spent, disbursed, elapsed) == want


def test_the_methodology_worked_example():
    """docs/methodology.md, "Following the plan", worked example: the census action (2026-Q1 to
    2027-Q4, 730 days) judged at the end of 2026 (365 days gone: 0.5), in progress; 40 000 USD
    disbursed, 8 000 spent (0.2: 0.3 behind the time: at risk); 12 000 000 KES disbursed and
    9 000 000 spent (0.75: ahead: on track); its indicator at 36 against a 2026 target of 40 from
    a baseline of 20 (0.8: at risk). The action is at risk."""
    indicator = indicator_standing(D(40), D(36), D(20))
    assert indicator == AT_RISK
    day = as_of("2026", TODAY)
    assert day == _dt.date(2026, 12, 31)
    s = action_standing(CENSUS, "in_progress", {"USD": D(8000), "KES": D(9000000)},
                        {"USD": D(40000), "KES": D(12000000)}, day, [indicator])
    assert s.elapsed == D("0.5")
    assert s.absorbed == {"USD": D("0.2"), "KES": D("0.75")}
    assert (s.timeline, s.money, s.overall) == (ON_TRACK, AT_RISK, AT_RISK)
    # without the indicator and with 10 000 USD spent, every part is on track
    s = action_standing(CENSUS, "in_progress", {"USD": D(10000), "KES": D(9000000)},
                        {"USD": D(40000), "KES": D(12000000)}, day)
    assert s.overall == ON_TRACK
    # a year later, still in progress past its end: off track whatever the money
    assert action_standing(CENSUS, "in_progress", {}, {}, _dt.date(2028, 1, 1)).overall == OFF_TRACK


# --- sums: every total adds up (hypothesis) --------------------------------------------------

_amounts = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)
_currencies = st.sampled_from(["USD", "KES", "EUR", "KWD"])
_lines = st.builds(lambda y, a, c, f: Cost(y, a, c, *f), st.sampled_from([2026, 2027]), _amounts, _currencies,
                   st.sampled_from([("national", ""), ("partner", "IOM"), ("partner", "World Bank"), ("other", "")]))


@st.composite
def _plans(draw):
    actions = [Action(id=f"a{i}", title=f"a{i}", start="2026-Q1", end="2027-Q4",
                      costs=tuple(draw(st.lists(_lines, min_size=0, max_size=4))))
               for i in range(draw(st.integers(1, 4)))]
    entries = []
    for a in actions:
        # a period with no report, a year, or two half-years; partial money
        for period in draw(st.sampled_from([(), ("2026",), ("2026-H1", "2026-H2"), ("2026-H2", "2027-H1")])):
            lines = tuple(LineMoney(n, c.currency, *draw(st.lists(st.none() | _amounts, min_size=3, max_size=3)))
                          for n, c in enumerate(a.costs, 1) if draw(st.booleans()))
            entries.append(ActionProgress(a.id, period, "in_progress", lines=lines))
    return actions, entries


@settings(max_examples=60, deadline=None)
@given(_plans())
def test_money_by_partner_adds_up_to_the_totals_and_to_the_lines(plan):
    actions, entries = plan
    for period in ("2026", "2026-H1", "2027"):
        rows = money_by_partner(actions, entries, period)
        totals = money_totals(rows)
        for kind in ("committed", "disbursed", "spent"):
            by_action: dict[str, Decimal] = {}
            for a in actions:
                for cur, v in money_by_currency(entries, a.id, kind, inside=period).items():
                    by_action[cur] = by_action.get(cur, D(0)) + v
            assert {c: t[kind] for c, t in totals.items() if t[kind]} == {c: v for c, v in by_action.items() if v}
        pledged = {}
        for a in actions:
            for c in a.costs:
                if c.year == int(period[:4]):
                    pledged[c.currency] = pledged.get(c.currency, D(0)) + c.amount
        assert {c: t["pledged"] for c, t in totals.items() if t["pledged"]} == {c: v for c, v in pledged.items() if v}


@settings(max_examples=40, deadline=None)
@given(_plans())
def test_cumulative_money_is_the_sum_of_the_periods_before(plan):
    actions, entries = plan
    for a in actions:
        to_h1 = money_by_currency(entries, a.id, "spent", until="2026-H1")
        to_2026 = money_by_currency(entries, a.id, "spent", until="2026")
        in_h2 = money_by_currency(entries, a.id, "spent", inside="2026-H2")
        in_2026 = money_by_currency(entries, a.id, "spent", inside="2026")
        for cur in set(to_2026) | set(to_h1) | set(in_h2):
            if not any(e.period == "2026" and e.action_id == a.id for e in entries):
                assert to_2026.get(cur, D(0)) == to_h1.get(cur, D(0)) + in_h2.get(cur, D(0))
            assert to_2026.get(cur, D(0)) == in_2026.get(cur, D(0))
        last = latest_within(entries, a.id, "2026")
        assert last is None or last.period in ("2026", "2026-H2", "2026-H1")
