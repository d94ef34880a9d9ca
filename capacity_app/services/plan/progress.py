"""The plan followed after its funding: progress per reporting period recorded, read
and summed, for the window, the command line and the workbook import.

Progress is kept apart from the validated plan (``storage.progress``): recording it never changes
an action, so the validation's change detection never sees it, and a final assessment (signed
off, read-only) still takes it. Every write checks with the domain
(``domain.plan.progress.check_progress``: the period not before the plan nor after today, the
cost lines of the action, money spent above money disbursed only with a note), refuses a period
already reported unless told to replace it (the entry replaced stays in the history) and a
period overlapping another of the same action, writes one transaction with its history row and
returns :class:`~capacity_app.services.changes.Changes` with ``actions`` set (``keys``: the
history key written). Errors are :class:`~capacity_app.services.base.ServiceError` in one line.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ...domain.plan.actions import Action
from ...domain.plan.overrun import overrun_text
from ...domain.plan.results import plan_years
from ...domain.texts import text  # a refusal in English, from its cli.* entry (cli/said.py)
from ...domain.plan.progress import (
    ActionProgress,
    IndicatorValue,
    PeriodSummary,
    ProgressError,
    action_overruns,
    check_indicator_value,
    check_progress,
    normalise_period,
    overlapping,
    period_dates,
    period_summary,
    plan_first_year,
    replaced_in,
)
from ...storage.db import StorageError
from ...storage.progress import indicator_key, progress_key
from ...storage.store import Store
from ..base import ServiceError, get_assessment, storage_refusal, text_kept_within
from ..changes import Changes


@dataclass(frozen=True)
class ProgressSaved:
    """A progress entry written: as stored, the one it replaced (None: new), and the changes."""

    entry: ActionProgress
    replaced: ActionProgress | None
    changes: Changes
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ValueSaved:
    value: IndicatorValue
    replaced: IndicatorValue | None
    changes: Changes


def _today(today: str | _dt.date | None) -> _dt.date:
    if today is None:
        return _dt.date.today()
    return today if isinstance(today, _dt.date) else _dt.date.fromisoformat(today)


def first_year(store: Store, aid: int, plan: Sequence[Action]) -> int | None:
    """The plan's first year: its earliest start or cost line, else the year it was validated."""
    year = plan_first_year(plan)
    if year is None:
        v = store.plan_validation(aid)
        year = int(v.date[:4]) if v is not None and v.date[:4].isdigit() else None
    return year


def _number(plan: Sequence[Action], action_id: str, aid: int) -> int:
    n = next((i for i, a in enumerate(plan, 1) if a.id == action_id), None)
    if n is None:
        raise ServiceError(text("cli.progress.no_action", "en", id=aid, action=repr(action_id[:40])))
    return n


def overrun_warnings(store: Store, aid: int, entry: ActionProgress, n: int) -> tuple[str, ...]:
    """The overruns of ``entry``'s action to the end of its period once ``entry`` is recorded, as
    every path says them (``domain.plan.overrun``): set, a reply received or accepted, the window."""
    action = next((a for a in store.action_plan(aid) if a.id == entry.action_id), None)
    if action is None:
        return ()
    entries = replaced_in(store.action_progress(aid, entry.action_id), entry)
    return tuple(overrun_text(o, n) for o in action_overruns(action, entries, until=entry.period))


def _refusal(exc: ProgressError) -> ServiceError:
    """The domain's refusal as the services say it, keeping the field it is about (``field``) for
    a workbook's reader to name the cell."""
    err = ServiceError(str(exc))
    err.field = exc.field
    return err


def checked_progress(store: Store, aid: int, entry: ActionProgress, *, today: str | _dt.date | None = None
                     ) -> tuple[ActionProgress, ActionProgress | None, int]:
    """``entry`` checked as ``record_progress`` checks it (the period, the action's cost lines, spent
    above disbursed to date, an overlapping period): (the entry normalised, the one of its period already
    recorded or None, the action's number in the plan), or ServiceError in one line."""
    plan = store.action_plan(aid)
    n = _number(plan, entry.action_id, aid)
    existing = store.action_progress(aid, plan[n - 1].id)
    try:
        new = check_progress(entry, plan[n - 1], n, first_year=first_year(store, aid, plan), today=_today(today),
                             earlier=existing)
    except ProgressError as exc:
        raise _refusal(exc) from None
    clash = overlapping(existing, new)
    if clash is not None:
        raise ServiceError(text("cli.progress.overlaps", "en", n=n, period=clash.period, new=new.period))
    return new, next((p for p in existing if p.period == new.period), None), n


def checked_value(store: Store, aid: int, value: IndicatorValue, *, today: str | _dt.date | None = None
                  ) -> tuple[IndicatorValue, IndicatorValue | None]:
    """``value`` checked as ``record_indicator_value`` checks it: (normalised, the one of its period
    already recorded or None), or ServiceError in one line."""
    plan = store.action_plan(aid)
    try:
        new = check_indicator_value(value, first_year=first_year(store, aid, plan), today=_today(today),
                                    chain=store.results_chain(aid), years=plan_years(plan))
    except ProgressError as exc:
        raise _refusal(exc) from None
    return new, next((v for v in store.indicator_values(aid)
                      if (v.indicator_id, v.period) == (new.indicator_id, new.period)), None)


def record_progress(store: Store, assessment_id: Any, entry: ActionProgress, *, replace: bool = False,
                    today: str | _dt.date | None = None) -> ProgressSaved:
    """Record one action's progress for one period. A period the action already has is refused
    unless ``replace`` (the entry replaced is kept in the history row)."""
    a = get_assessment(store, assessment_id)   # a final assessment too: progress is not the plan
    new, old, n = checked_progress(store, a.id, entry, today=today)
    if old is not None and not replace:
        raise ServiceError(text("cli.progress.already_recorded", "en", n=n, period=new.period))
    try:
        with text_kept_within(store, a.id):
            store.save_progress(a.id, new)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    changes = Changes(a.id, frozenset({progress_key(new.action_id, new.period)}), actions=True)
    return ProgressSaved(new, old, changes, overrun_warnings(store, a.id, new, n))


def remove_progress(store: Store, assessment_id: Any, action_id: str, period: str) -> Changes:
    """Remove one action's entry for one period (the history keeps it)."""
    a = get_assessment(store, assessment_id)
    try:
        p = normalise_period(period)
        gone = store.remove_progress(a.id, action_id, p)
    except ProgressError as exc:
        raise ServiceError(str(exc)) from None
    except StorageError as exc:
        raise storage_refusal(exc) from None
    if gone is None:
        raise ServiceError(text("cli.progress.no_progress", "en", action=repr(action_id[:40]), period=p))
    return Changes(a.id, frozenset({progress_key(action_id, p)}), actions=True)


def record_indicator_value(store: Store, assessment_id: Any, value: IndicatorValue, *, replace: bool = False,
                           today: str | _dt.date | None = None) -> ValueSaved:
    """Record an indicator's value for a period: the indicator named by its id in the plan's
    results chain, the period inside the plan's years."""
    a = get_assessment(store, assessment_id)
    new, old = checked_value(store, a.id, value, today=today)
    if old is not None and not replace:
        raise ServiceError(text("cli.progress.value_already", "en", id=new.indicator_id, period=new.period))
    try:
        with text_kept_within(store, a.id):
            store.save_indicator_value(a.id, new)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return ValueSaved(new, old, Changes(a.id, frozenset({indicator_key(new.indicator_id, new.period)}), actions=True))


def progress_entries(store: Store, assessment_id: Any, period: str | None = None) -> list[ActionProgress]:
    """The assessment's progress entries (those inside ``period`` when given), in the plan's order."""
    from ...domain.plan.progress import within

    a = get_assessment(store, assessment_id)
    order = {x.id: i for i, x in enumerate(store.action_plan(a.id))}
    entries = store.action_progress(a.id)
    if period is not None:
        try:
            p = normalise_period(period)
        except ProgressError as exc:
            raise ServiceError(str(exc)) from None
        entries = [e for e in entries if within(e.period, p)]
    return sorted(entries, key=lambda e: (order.get(e.action_id, len(order)), e.period))


def summary(store: Store, assessment_id: Any, period: str, *, today: str | _dt.date | None = None) -> PeriodSummary:
    """The plan in ``period``: each action's status and standing by the written rule (its output
    indicators' too), the money by partner with its totals, the results chain's indicators with
    their year's target, value and standing, the values measured."""
    a = get_assessment(store, assessment_id)
    try:
        p = normalise_period(period)
    except ProgressError as exc:
        raise ServiceError(str(exc)) from None
    return period_summary(store.action_plan(a.id), store.action_progress(a.id), p, _today(today),
                          store.indicator_values(a.id), store.results_chain(a.id))


def reported_periods(store: Store, assessment_id: Any) -> list[str]:
    """The periods any progress or value was recorded for, in order (the window's chooser)."""
    a = get_assessment(store, assessment_id)
    periods: Iterable[str] = {e.period for e in store.action_progress(a.id)} | {
        v.period for v in store.indicator_values(a.id)}
    return sorted(periods, key=lambda p: (period_dates(p)[1], -period_dates(p)[0].toordinal()))


__all__ = ["ProgressSaved", "ValueSaved", "checked_progress", "overrun_warnings", "checked_value", "first_year", "progress_entries", "record_indicator_value",
           "record_progress", "remove_progress", "reported_periods", "summary"]
