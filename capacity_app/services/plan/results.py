"""The plan's results chain: its writes and reads for the window and the command line.

Each write reads the chain, makes one pure edit (``domain.plan.results``), checks the whole chain
against the plan's actions and years (``validate_chain``) and stores it in one transaction with
one history row (``Store.save_results_chain``), returning :class:`~..changes.Changes`. A refusal
is a :class:`~..base.ServiceError` in one line naming what is wrong; nothing is written then.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ...domain.plan import results as rc
from ...domain.plan.result_fields import INDICATOR_FIELDS, OUTCOME_FIELDS, ResultField
from ...domain.plan.results import Indicator, ResultsChain, ResultsError
from ...storage.db import StorageError
from ...storage.store import Store
from ..base import ServiceError, editable, get_assessment, storage_refusal, text_kept_within
from ..changes import Changes


@dataclass(frozen=True)
class ResultSaved:
    """A write that made an outcome or an indicator: its id, and the changes."""

    id: str
    changes: Changes


def results_chain(store: Store, assessment_id: Any) -> ResultsChain:
    """The plan's results chain (empty when none was given)."""
    a = get_assessment(store, assessment_id)
    return store.results_chain(a.id)


def plan_context(store: Store, assessment_id: int) -> tuple[list[str], tuple[int, int] | None]:
    """The plan's action ids in order and its first and last year (None: no timeline yet)."""
    plan = store.action_plan(assessment_id)
    return [x.id for x in plan], rc.plan_years(plan)


def _edit(store: Store, assessment_id: Any, edit: Callable[[ResultsChain, dict[str, int]], ResultsChain]
          ) -> tuple[ResultsChain, Changes]:
    a = editable(store, assessment_id)  # a final assessment's plan is read-only
    ids, years = plan_context(store, a.id)
    numbers = {x: n for n, x in enumerate(ids, 1)}
    try:
        chain = rc.validate_chain(edit(store.results_chain(a.id), numbers), ids, years)
    except ResultsError as exc:
        raise ServiceError(str(exc)) from None
    _store(store, a.id, chain)
    return chain, Changes(a.id, actions=True)


def _store(store: Store, aid: int, chain: ResultsChain) -> None:
    try:
        with text_kept_within(store, aid):
            store.save_results_chain(aid, chain)
    except StorageError as exc:
        raise storage_refusal(exc) from None


def set_objective(store: Store, assessment_id: Any, objective: str, assumptions: str | None = None) -> Changes:
    """The overall objective (impact) and, when given, the assumptions it rests on."""
    return _edit(store, assessment_id, lambda c, _: rc.set_objective(c, objective, assumptions))[1]


def add_outcome(store: Store, assessment_id: Any, name: str, assumptions: str | None = "", **more: Any) -> ResultSaved:
    """A new outcome at the end (its id "O<n>"; ``assumptions`` None: none); ``more``: the fields
    declared after the first ones (``domain.plan.result_fields``), as typed."""
    chain, changes = _edit(store, assessment_id,
                           lambda c, _: rc.add_outcome(c, name, assumptions or "", **_typed(OUTCOME_FIELDS, more)))
    return ResultSaved(chain.outcomes[-1].id, changes)


def edit_outcome(store: Store, assessment_id: Any, outcome_id: str, *, name: str | None = None,
                 assumptions: str | None = None, **more: Any) -> Changes:
    """The outcome with the fields given changed (None: as it is)."""
    def edit(c: ResultsChain, _: dict[str, int]) -> ResultsChain:
        return rc.edit_outcome(c, outcome_id, name, assumptions, **_typed(OUTCOME_FIELDS, more))

    return _edit(store, assessment_id, edit)[1]


def _typed(fields: tuple[ResultField, ...], typed: dict[str, Any]) -> dict[str, Any]:
    """The fields given (not None) as the record holds them (``rc.parse_field``: "" clears a value
    or a year); a name no field of ``fields`` has is a mistake of the caller (TypeError)."""
    by_name = {f.name: f for f in fields}
    unknown = set(typed) - set(by_name)
    if unknown:
        raise TypeError(f"no field {', '.join(sorted(unknown))}")
    return {k: rc.parse_field(by_name[k], v) for k, v in typed.items() if v is not None}


def remove_outcome(store: Store, assessment_id: Any, outcome_id: str) -> Changes:
    """Without the outcome and its indicators; refused while actions serve it."""
    return _edit(store, assessment_id, lambda c, numbers: rc.remove_outcome(c, outcome_id, numbers))[1]


def new_indicator(level: str, parent: str, name: str, **typed: Any) -> Indicator:
    """An indicator from what a person typed: each field ``domain.plan.result_fields`` declares
    (values as decimal text, targets ``2027=40; 2028=55`` or :class:`Target`s; a field not given
    or None not set); :class:`ResultsError` naming the field."""
    return Indicator("", level, parent, name, **_typed(INDICATOR_FIELDS, typed))


def add_indicator(store: Store, assessment_id: Any, level: str, parent: str, name: str, **fields: Any) -> ResultSaved:
    """A new indicator of the overall objective (``parent`` ""), an outcome (its id) or an
    action's output (the action's id), at the end (its id "I<n>")."""
    def edit(c: ResultsChain, _: dict[str, int]) -> ResultsChain:
        return rc.add_indicator(c, new_indicator(level, parent, name, **fields))

    chain, changes = _edit(store, assessment_id, edit)
    return ResultSaved(chain.indicators[-1].id, changes)


def edit_indicator(store: Store, assessment_id: Any, indicator_id: str, **typed: Any) -> Changes:
    """The indicator with the fields given changed (each a field ``domain.plan.result_fields``
    declares; None: as it is): a text as typed, a value or a year as typed ("" clears it), the
    targets as ``2027=40; 2028=55`` ("" clears them) or :class:`Target`s."""
    def edit(c: ResultsChain, _: dict[str, int]) -> ResultsChain:
        return rc.edit_indicator(c, indicator_id, **_typed(INDICATOR_FIELDS, typed))

    return _edit(store, assessment_id, edit)[1]


def remove_indicator(store: Store, assessment_id: Any, indicator_id: str) -> Changes:
    return _edit(store, assessment_id, lambda c, _: rc.remove_indicator(c, indicator_id))[1]


def link_action(store: Store, assessment_id: Any, action_id: str, outcome_id: str | None) -> Changes:
    """``action_id`` (an output) serves ``outcome_id`` (None or "": no outcome)."""
    def edit(c: ResultsChain, numbers: dict[str, int]) -> ResultsChain:
        if action_id not in numbers:
            raise ResultsError(f"the plan has no action {action_id[:40]!r}")
        return rc.link(c, action_id, outcome_id)

    return _edit(store, assessment_id, edit)[1]


def replace_chain(store: Store, assessment_id: Any, chain: ResultsChain) -> Changes:
    """Make the chain exactly ``chain`` (the workbook import, the demo), checked whole."""
    return _edit(store, assessment_id, lambda c, _: chain)[1]


def baseline_text(i: Indicator) -> str:
    """``12.5 (2025)`` or "" (the command line's and the window's plain spelling)."""
    if i.baseline is None:
        return ""
    return f"{rc.value_text(i.baseline)} ({i.baseline_year})"


def value_or_none(text: str) -> Decimal | None:
    return None if not text.strip() else rc.parse_value(text)


__all__ = ["ResultSaved", "add_indicator", "add_outcome", "baseline_text", "edit_indicator", "edit_outcome",
           "link_action", "new_indicator", "plan_context", "remove_indicator", "remove_outcome", "replace_chain",
           "results_chain", "set_objective", "value_or_none"]
