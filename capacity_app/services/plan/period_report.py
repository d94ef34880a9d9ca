"""The planning unit's own words in the implementation report of a period: its summary, the
decisions it asks of the minister and a corrective measure per action at risk or off track,
recorded and read for the window, the command line and the workbook import.

Every write checks with the domain (``domain.plan.period_report``: length bounds, no control
character, an empty decision refused, a measure's date YYYY-MM-DD), the period as the progress
checks it (not before the plan nor begun after today, inside the plan's years) and the action
in the plan; writes one transaction with its history row (``storage.period_report``) and returns
:class:`~capacity_app.services.changes.Changes` with ``actions`` set. A refusal is a
:class:`~capacity_app.services.base.ServiceError` in one line, from an entry ``cli.*`` of
``domain.texts`` (said in the user's language by the command line and the window), and nothing
is written. Like progress, it is taken by a final assessment too: it never amends the plan.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ...domain.plan.actions import Action
from ...domain.plan.period_report import Measure, PeriodReport, check_measure, check_period_report, refusal
from ...domain.plan.progress import ProgressError, check_period
from ...domain.plan.results import plan_years
from ...storage.db import StorageError
from ...storage.period_report import measure_key, report_key
from ...storage.store import Store
from ..base import ServiceError, get_assessment, storage_refusal, text_kept_within
from ..changes import Changes
from .progress import first_year


@dataclass(frozen=True)
class ReportSaved:
    """A period's summary and decisions written (empty: removed), the ones replaced (None: none)."""

    report: PeriodReport
    replaced: PeriodReport | None
    changes: Changes


@dataclass(frozen=True)
class MeasureSaved:
    measure: Measure
    replaced: Measure | None
    changes: Changes


@dataclass(frozen=True)
class PeriodWords:
    """What the planning unit wrote for a period: its summary and decisions (an empty report when
    none), and the corrective measures by action id."""

    report: PeriodReport
    measures: dict[str, Measure] = field(default_factory=dict)


def _today(today: str | _dt.date | None) -> _dt.date:
    if today is None:
        return _dt.date.today()
    return today if isinstance(today, _dt.date) else _dt.date.fromisoformat(today)


def _refusal(exc: ProgressError) -> ServiceError:
    """The domain's refusal as the services say it, keeping the field it is about and, when it has
    them, the entry of ``domain.texts`` it says and its values (``key``, ``values``: the window says
    it in its language)."""
    err = ServiceError(str(exc))
    err.field = exc.field
    err.key, err.values = getattr(exc, "key", ""), getattr(exc, "values", {})  # type: ignore[attr-defined]
    return err


def checked_period(store: Store, aid: int, period: str, plan: Sequence[Action], *,
                   today: str | _dt.date | None = None) -> str:
    """``period`` normalised, or ServiceError: not a period, before the plan, not begun, or
    outside the plan's years (as an indicator's value is held)."""
    try:
        p = check_period(period, first_year=first_year(store, aid, plan), today=_today(today))
    except ProgressError as exc:
        raise _refusal(exc) from None
    years = plan_years(plan)
    if years is not None and not years[0] <= int(p[:4]) <= years[1]:
        raise ServiceError(f"the period {p} is outside the plan's years ({years[0]}–{years[1]})")
    return p


def _number(plan: Sequence[Action], action_id: str, aid: int) -> int:
    n = next((i for i, a in enumerate(plan, 1) if a.id == action_id), None)
    if n is None:
        raise _refusal(refusal("cli.progress.no_action", id=aid, action=repr(action_id[:40])))
    return n


def checked_report(store: Store, aid: int, report: PeriodReport, *, today: str | _dt.date | None = None
                   ) -> PeriodReport:
    """``report`` checked and normalised as :func:`record_period_report` writes it, or ServiceError."""
    plan = store.action_plan(aid)
    period = checked_period(store, aid, report.period, plan, today=today)
    try:
        return check_period_report(PeriodReport(period, report.summary, tuple(report.decisions)))
    except ProgressError as exc:
        raise _refusal(exc) from None


def checked_measure(store: Store, aid: int, measure: Measure, *, today: str | _dt.date | None = None
                    ) -> tuple[Measure, int]:
    """``measure`` checked and normalised, and its action's number in the plan, or ServiceError."""
    plan = store.action_plan(aid)
    n = _number(plan, measure.action_id, aid)
    period = checked_period(store, aid, measure.period, plan, today=today)
    try:
        return check_measure(Measure(measure.action_id, period, measure.text, measure.who, measure.by), n,
                             years=plan_years(plan)), n
    except ProgressError as exc:
        raise _refusal(exc) from None


def record_period_report(store: Store, assessment_id: Any, period: str, summary: str,
                         decisions: Sequence[str] = (), *, today: str | _dt.date | None = None) -> ReportSaved:
    """Write the planning unit's summary of ``period`` and the decisions it asks, in order,
    replacing what the period had (kept in the history); both empty removes it."""
    a = get_assessment(store, assessment_id)   # a final assessment too: this is not the plan
    new = checked_report(store, a.id, PeriodReport(period, summary, tuple(decisions)), today=today)
    old = store.period_report(a.id, new.period)
    try:
        with text_kept_within(store, a.id):
            store.save_period_report(a.id, new)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return ReportSaved(new, old, Changes(a.id, frozenset({report_key(new.period)}), actions=True))


def record_measure(store: Store, assessment_id: Any, action_id: str, period: str, measure: str, who: str = "",
                   by: str | None = None, *, today: str | _dt.date | None = None) -> MeasureSaved:
    """Write the corrective measure of an action for ``period`` (replacing the one it had, kept in
    the history): what will be done, who takes it, by when."""
    a = get_assessment(store, assessment_id)
    new, _n = checked_measure(store, a.id, Measure(action_id, period, measure, who, by), today=today)
    old = next((m for m in store.corrective_measures(a.id, new.period) if m.action_id == new.action_id), None)
    try:
        with text_kept_within(store, a.id):
            store.save_measure(a.id, new)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return MeasureSaved(new, old, Changes(a.id, frozenset({measure_key(new.action_id, new.period)}), actions=True))


def remove_measure(store: Store, assessment_id: Any, action_id: str, period: str) -> Changes:
    """Remove an action's corrective measure for ``period`` (the history keeps it); refused when
    it has none."""
    from ...domain.plan.progress import normalise_period

    a = get_assessment(store, assessment_id)
    plan = store.action_plan(a.id)
    n = _number(plan, action_id, a.id)
    try:
        p = normalise_period(period)
        gone = store.remove_measure(a.id, action_id, p)
    except ProgressError as exc:
        raise _refusal(exc) from None
    except StorageError as exc:
        raise storage_refusal(exc) from None
    if gone is None:
        raise _refusal(refusal("cli.period.no_measure_to_remove", n=n, period=p))
    return Changes(a.id, frozenset({measure_key(action_id, p)}), actions=True)


def period_words(store: Store, assessment_id: Any, period: str) -> PeriodWords:
    """What was written for ``period``: its summary and decisions, and the measures by action."""
    from ...domain.plan.progress import normalise_period

    a = get_assessment(store, assessment_id)
    try:
        p = normalise_period(period)
    except ProgressError as exc:
        raise _refusal(exc) from None
    report = store.period_report(a.id, p) or PeriodReport(p)
    return PeriodWords(report, {m.action_id: m for m in store.corrective_measures(a.id, p)})


__all__ = ["MeasureSaved", "PeriodWords", "ReportSaved", "checked_measure", "checked_period", "checked_report",
           "period_words", "record_measure", "record_period_report", "remove_measure"]
