"""What an earlier round's plan achieved, read once (domain/plan/achieved.py): the last progress
report speaks, else the plan's status; money spent from the reports to date, else the amount
executed on the cost lines; every group of the comparison drawn from that one reading."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from capacity_app.domain.plan.achieved import compare_plans, last_report, read_plan
from capacity_app.domain.plan.actions import ACTION_STATUSES, Action, copy_for_next_round, period_bounds
from capacity_app.domain.plan.cost import Cost
from capacity_app.domain.plan.progress import ActionProgress, LineMoney, period_dates

D = Decimal


def test_without_progress_the_plan_speaks_the_later_round_s_copy_first():
    prev = [Action("a", "Census", "r1", status="planned"), Action("b", "Survey", status="in_progress"),
            Action("c", "Registers", status="done"), Action("d", "Gone"),
            Action("e", "Portal", status="planned")]
    cur = copy_for_next_round(prev)
    cur = [replace(a, status="done") if a.id in ("a", "b") else a for a in cur if a.id != "d"]
    cur = [replace(a, status="dropped") if a.id == "e" else a for a in cur]
    cur.append(Action("f", "New one", status="done", position=10))
    cur.append(Action("g", "Still to do", position=11))
    cmp = compare_plans(prev, (), cur)
    assert [a.id for a in cmp.done_since] == ["a", "b"]      # the new round's own actions are "new"
    assert [a.id for a in cmp.already_done] == ["c"]
    assert [a.id for a in cmp.dropped_since] == ["e"]
    assert [a.id for a in cmp.removed] == ["d"]
    assert [a.id for a in cmp.new] == ["f", "g"]
    assert [a.id for a in cmp.still_open] == []
    assert [o.status for o in cmp.outcomes] == ["done", "done", "done", "planned", "dropped"]


def test_matches_by_recommendation_when_ids_differ():
    prev = [Action("x", "Census", "r1")]
    cur = [Action("y", "Census (renamed)", "r1", status="done")]
    cmp = compare_plans(prev, (), cur)
    assert [a.id for a in cmp.done_since] == ["x"] and cmp.new == () and cmp.removed == ()
    assert cmp.outcomes[0].carried == cur[0]


def _plan():
    usd, kes = Cost(2026, D(40000), "USD"), Cost(2026, D(1000000), "KES")
    return [Action("a", "Census questions", end="2026-Q2", costs=(usd, kes)),
            Action("b", "Survey", end="2026-Q3", costs=(Cost(2026, D(5000), "USD"),)),
            Action("c", "Register", end="2026-Q4"), Action("d", "Unit", end="2026-Q2")]


def test_two_periods_of_progress_are_what_the_next_round_reads():
    """The planning unit's case: two half-years reported on the plan, two actions done, money
    spent; the next round copies the plan with the statuses it had: done since 2, not 0; late only
    the one still open; spent from the reports, not "no spending"."""
    plan = _plan()
    entries = [
        ActionProgress("a", "2026-H1", "in_progress", lines=(LineMoney(1, "USD", spent=D(10000)),)),
        ActionProgress("a", "2026-H2", "done", lines=(LineMoney(1, "USD", spent=D(25000)),
                                                      LineMoney(2, "KES", spent=D(300000)))),
        ActionProgress("b", "2026-H1", "in_progress", lines=(LineMoney(1, "USD", spent=D(1000)),)),
        ActionProgress("b", "2026-H2", "done", lines=(LineMoney(1, "USD", spent=D(3000)),)),
        ActionProgress("c", "2026-H2", "in_progress"),
        ActionProgress("d", "2026-H2", "dropped", reason="no budget"),
    ]
    cmp = compare_plans(plan, entries, copy_for_next_round(plan), on="2027-10-01")
    assert [o.title for o in cmp.done_since] == ["Census questions", "Survey"]
    assert [o.title for o in cmp.dropped_since] == ["Unit"] and cmp.outcomes[3].reason == "no budget"
    assert [o.title for o in cmp.late] == ["Register"] and [o.title for o in cmp.still_open] == ["Register"]
    assert cmp.spent == {"KES": D(300000), "USD": D(39000)}
    assert cmp.planned == {"KES": D(1000000), "USD": D(45000)}
    a = cmp.outcomes[0]
    assert (a.status, a.period, a.late, a.spent) == ("done", "2026-H2", False, {"USD": D(35000), "KES": D(300000)})
    # before its end, nothing is late
    assert compare_plans(plan, entries, copy_for_next_round(plan), on="2026-06-30").late == ()


def test_reported_spending_wins_over_the_amount_executed_on_the_plan():
    plan = [Action("a", "Census", costs=(Cost(2026, D(1000), "KES", executed=D(800)),)),
            Action("b", "Survey", costs=(Cost(2026, D(500), "KES", executed=D(100)),))]
    entries = [ActionProgress("a", "2026", "in_progress", lines=(LineMoney(1, "KES", disbursed=D(700), spent=D(600)),))]
    first, second = read_plan(plan, entries, plan)
    assert (first.spent, first.planned) == ({"KES": D(600)}, {"KES": D(1000)})     # the report, not 800
    assert (second.spent, second.planned) == ({"KES": D(100)}, {"KES": D(500)})    # no report: executed
    # money disbursed but not spent is no spending
    only = [ActionProgress("a", "2026", "in_progress", lines=(LineMoney(1, "KES", disbursed=D(700)),))]
    assert read_plan(plan, only, plan)[0].spent == {"KES": D(800)}


def test_the_last_report_is_the_period_that_ends_last():
    entries = [ActionProgress("a", "2027-H1", "done"), ActionProgress("a", "2026", "in_progress"),
               ActionProgress("b", "2028", "dropped", reason="x")]
    assert last_report(entries, "a").period == "2027-H1" and last_report(entries, "c") is None


# --- generated histories ---------------------------------------------------------------------

PERIODS = ("2026-H1", "2026-H2", "2027-H1", "2027-H2")
ENDS = (None, "2026-Q2", "2026-Q4", "2027-Q3", "2027-06-30")
CURRENCIES = ("USD", "KES")
_amount = st.integers(0, 10**6).map(D)


@st.composite
def histories(draw):
    """A plan of one to five actions (statuses, ends, cost lines, an amount executed now and then),
    the later round's copy (some statuses changed, some actions removed, one added), progress
    reports for some periods with money spent on some lines, and the later round's date."""
    n = draw(st.integers(1, 5))
    plan, later, entries = [], [], []
    for i in range(n):
        costs = tuple(Cost(2026, draw(_amount), draw(st.sampled_from(CURRENCIES)),
                           executed=draw(st.none() | _amount)) for _ in range(draw(st.integers(0, 2))))
        a = Action(f"a{i}", f"Action {i}", status=draw(st.sampled_from(ACTION_STATUSES)),
                   end=draw(st.sampled_from(ENDS)), costs=costs, position=i)
        plan.append(a)
        if draw(st.booleans()) or i == 0:
            later.append(replace(a, status=draw(st.sampled_from((a.status, *ACTION_STATUSES)))))
        for period in draw(st.lists(st.sampled_from(PERIODS), unique=True, max_size=3)):
            lines = tuple(LineMoney(k, c.currency, spent=draw(st.none() | _amount))
                          for k, c in enumerate(costs, 1) if draw(st.booleans()))
            entries.append(ActionProgress(a.id, period, draw(st.sampled_from(ACTION_STATUSES)), lines=lines))
    if draw(st.booleans()):
        later.append(Action("new", "A new action", status=draw(st.sampled_from(ACTION_STATUSES)), position=n))
    on = draw(st.sampled_from(("2026-10-01", "2027-05-01", "2028-01-15")))
    return plan, entries, later, on


def _oracle(a, entries, later_by_id, on):
    """What the earlier plan says of ``a``, computed here the long way round."""
    mine = sorted((e for e in entries if e.action_id == a.id), key=lambda e: period_dates(e.period)[1])
    plan = later_by_id.get(a.id, a)
    status = mine[-1].status if mine else plan.status
    late = (status in ("planned", "in_progress") and a.end is not None
            and period_bounds(a.end)[1] < dt.date.fromisoformat(on))
    spent: dict[str, Decimal] = {}
    for e in mine:
        for m in e.lines:
            if m.spent is not None:
                spent[m.currency] = spent.get(m.currency, D(0)) + m.spent
    if not spent:
        for c in plan.costs:
            if c.executed is not None:
                spent[c.currency] = spent.get(c.currency, D(0)) + c.executed
    return status, late, spent


@settings(max_examples=200, deadline=None)
@given(histories())
def test_every_group_is_drawn_from_the_one_reading(history):
    plan, entries, later, on = history
    cmp = compare_plans(plan, entries, later, on)
    by_id = {a.id: a for a in later}
    total: dict[str, Decimal] = {}
    for o, a in zip(cmp.outcomes, plan, strict=True):
        status, late, spent = _oracle(a, entries, by_id, on)
        assert (o.action, o.status, o.late, o.spent) == (a, status, late, spent)
        for c, v in spent.items():
            total[c] = total.get(c, D(0)) + v
    ids = lambda xs: {x.id for x in xs}  # noqa: E731
    done = {o.id for o in cmp.outcomes if o.status == "done"}
    dropped = {o.id for o in cmp.outcomes if o.status == "dropped"}
    still = {o.id for o in cmp.outcomes if o.status in ("planned", "in_progress")}
    assert ids(cmp.done_since) | ids(cmp.already_done) == done and not ids(cmp.done_since) & ids(cmp.already_done)
    assert ids(cmp.dropped_since) == {x for x in dropped if next(a for a in plan if a.id == x).status != "dropped"}
    assert ids(cmp.late) <= still and ids(cmp.still_open) == still - ids(cmp.removed)
    assert ids(cmp.removed) == {a.id for a in plan} - set(by_id)
    assert ids(cmp.new) == set(by_id) - {a.id for a in plan}
    assert cmp.spent == total
