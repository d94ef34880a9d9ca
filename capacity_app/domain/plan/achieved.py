"""What an earlier round's plan achieved, read once (pure): the one reading that ``actions
achieved``, ``actions compare``, the window's *Compare rounds* and *Earlier plan…* and the next
round's report all print, so that they never disagree on what was done, dropped, late or spent.

Per action of the earlier plan (:func:`read_plan`, an :class:`Outcome`):

- its **status**: the status of its last progress report (``domain.plan.progress``: the report of
  the period that ends last), else the status the plan gives it — the later round's copy of the
  action when that round carries it (a next round copies the plan with its statuses, and the new
  round's team may update them), else the earlier plan's own;
- **late**: still open by that status, its end (the earlier plan's) passed by the later round's
  reference date;
- the money **spent** to date, by currency: the sum of what its progress reports say was spent
  (every period), else, when none reports spending, the amount executed on the plan's cost lines
  (the same plan as the status); and the cost of the lines that money is on (**planned**).

:func:`compare_plans` sets that reading against the earlier plan's own statuses (done or dropped
*since*, or before) and against the later plan (the actions new in it, those gone from it).
The progress entries are never changed here, and the on-track rule is not this module's.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from .actions import Action, is_late, sorted_plan
from .cost import Cost
from .progress import ActionProgress, period_dates

OPEN = ("planned", "in_progress")


@dataclass(frozen=True)
class Outcome:
    """One action of the earlier plan, read once (see the module's docstring). ``action`` is the
    action as the earlier plan holds it; ``carried``, the same action in the later plan (None:
    gone from it); ``period`` and ``reason``, those of its last progress report ("": none)."""

    number: int
    action: Action
    carried: Action | None
    status: str
    period: str = ""
    reason: str = ""
    late: bool = False
    spent: dict[str, Decimal] = field(default_factory=dict)
    planned: dict[str, Decimal] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.action.id

    @property
    def title(self) -> str:
        return self.action.title

    @property
    def end(self) -> str | None:
        return self.action.end

    @property
    def is_open(self) -> bool:
        return self.status in OPEN


def matched(previous: Iterable[Action], current: Iterable[Action]) -> dict[str, Action]:
    """Each action of ``previous`` that ``current`` still holds (its id -> the current action): the
    same id (a next round keeps ids), else the same recommendation, else the same title; each
    action matched once."""
    prev = sorted_plan(previous)
    by_id = {a.id: a for a in prev}
    by_key: dict[tuple[str, str], Action] = {}
    for a in prev:
        by_key.setdefault(_match_key(a), a)
    out: dict[str, Action] = {}
    for a in sorted_plan(current):
        old = by_id.get(a.id)
        if old is None or old.id in out:
            old = by_key.get(_match_key(a))
        if old is not None and old.id not in out:
            out[old.id] = a
    return out


def _match_key(a: Action) -> tuple[str, str]:
    return ("rec", a.recommendation_id) if a.recommendation_id else ("title", a.title.casefold())


def last_report(entries: Iterable[ActionProgress], action_id: str) -> ActionProgress | None:
    """The action's progress report of the period that ends last (None: it has none)."""
    mine = [e for e in entries if e.action_id == action_id]
    return max(mine, key=lambda e: period_dates(e.period)[::-1]) if mine else None


def _plus(d: dict[str, Decimal], currency: str, amount: Decimal) -> None:
    d[currency] = d.get(currency, Decimal(0)) + amount


def reported_money(action: Action, entries: Iterable[ActionProgress]) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    """What the action's progress reports say was spent, every period added up, by currency, and
    the cost of the lines it was spent on (a line the plan no longer has counts no cost)."""
    spent: dict[str, Decimal] = {}
    lines: set[int] = set()
    for e in entries:
        if e.action_id != action.id:
            continue
        for m in e.lines:
            if m.spent is not None:
                _plus(spent, m.currency, m.spent)
                lines.add(m.line)
    return spent, _cost_of(action.costs[n - 1] for n in sorted(lines) if 1 <= n <= len(action.costs))


def executed_money(action: Action) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    """The amount executed on the action's cost lines, by currency, and the cost of those lines."""
    spent: dict[str, Decimal] = {}
    for c in action.costs:
        if c.executed is not None:
            _plus(spent, c.currency, c.executed)
    return spent, _cost_of(c for c in action.costs if c.executed is not None)


def _cost_of(costs: Iterable[Cost]) -> dict[str, Decimal]:
    out: dict[str, Decimal] = {}
    for c in costs:
        _plus(out, c.currency, c.amount)
    return out


def read_plan(earlier: Sequence[Action], entries: Iterable[ActionProgress], later: Iterable[Action] = (),
              on: str | None = None) -> tuple[Outcome, ...]:
    """The earlier plan read once, an :class:`Outcome` per action in its order (``entries``: the
    earlier plan's progress reports; ``later``: the later round's plan; ``on``: the later round's
    reference date, ISO, for the actions that are late; None: none is)."""
    entries = tuple(entries)
    carried = matched(earlier, later)
    out = []
    for n, a in enumerate(sorted_plan(earlier), 1):
        copy = carried.get(a.id)
        plan = copy or a
        last = last_report(entries, a.id)
        status = last.status if last else plan.status
        spent, planned = reported_money(a, entries)
        if not spent:
            spent, planned = executed_money(plan)
        late = bool(on) and is_late(replace(a, status=status), str(on))
        out.append(Outcome(n, a, copy, status, last.period if last else "", last.reason if last else "",
                           late, spent, planned))
    return tuple(out)


def _sum(parts: Iterable[Mapping[str, Decimal]]) -> dict[str, Decimal]:
    out: dict[str, Decimal] = {}
    for d in parts:
        for currency, amount in d.items():
            _plus(out, currency, amount)
    return dict(sorted(out.items()))


@dataclass(frozen=True)
class PlanComparison:
    """The earlier plan read once (``outcomes``), against its own statuses and the later plan:
    every group below is drawn from ``outcomes``, so they cannot disagree with it. ``new``: the
    later plan's actions the earlier plan did not have."""

    outcomes: tuple[Outcome, ...]
    new: tuple[Action, ...] = ()

    def _where(self, test: Callable[[Outcome], bool]) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if test(o))

    @property
    def done(self) -> tuple[Outcome, ...]:
        return self._where(lambda o: o.status == "done")

    @property
    def dropped(self) -> tuple[Outcome, ...]:
        return self._where(lambda o: o.status == "dropped")

    @property
    def done_since(self) -> tuple[Outcome, ...]:
        """Done, and not done yet in the earlier plan."""
        return self._where(lambda o: o.status == "done" and o.action.status != "done")

    @property
    def already_done(self) -> tuple[Outcome, ...]:
        """Done, as the earlier plan already said."""
        return self._where(lambda o: o.status == "done" and o.action.status == "done")

    @property
    def dropped_since(self) -> tuple[Outcome, ...]:
        """Dropped, and not dropped yet in the earlier plan."""
        return self._where(lambda o: o.status == "dropped" and o.action.status != "dropped")

    @property
    def still_open(self) -> tuple[Outcome, ...]:
        """Still open (planned or in progress) and still in the later plan."""
        return self._where(lambda o: o.is_open and o.carried is not None)

    @property
    def late(self) -> tuple[Outcome, ...]:
        """Still open, their end passed by the later round's reference date."""
        return self._where(lambda o: o.late)

    @property
    def removed(self) -> tuple[Outcome, ...]:
        """No longer in the later plan (whatever their status)."""
        return self._where(lambda o: o.carried is None)

    @property
    def spent(self) -> dict[str, Decimal]:
        """The money spent to date on the earlier plan, by currency."""
        return _sum(o.spent for o in self.outcomes)

    @property
    def planned(self) -> dict[str, Decimal]:
        """The cost of the lines that money was spent on, by currency."""
        return _sum(o.planned for o in self.outcomes)


def compare_plans(earlier: Sequence[Action], entries: Iterable[ActionProgress], later: Sequence[Action] = (),
                  on: str | None = None) -> PlanComparison:
    """The earlier plan read once (:func:`read_plan`) and the later plan's new actions."""
    outcomes = read_plan(earlier, entries, later, on)
    kept = {o.carried.id for o in outcomes if o.carried is not None}
    return PlanComparison(outcomes, tuple(a for a in sorted_plan(later) if a.id not in kept))


__all__ = ["OPEN", "Outcome", "PlanComparison", "compare_plans", "executed_money", "last_report", "matched",
           "read_plan", "reported_money"]
