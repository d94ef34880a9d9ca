"""The window's undo history of answers, kept across a restart: each answer the window
changes is a step (its state before and after) stored per assessment, the last
:data:`UNDO_KEPT`; undoing or redoing one marks it. On reopening, :func:`undo_history` gives back
the steps that still match the answers as they are (a step whose answer was changed since by
another way, an import or the command line, ends the history there: undoing it would overwrite
that change). These writes are the window's state, not the assessment's content: no history row,
no revision, and nothing published but the assessment's id."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..domain.answers import Answer
from ..storage.db import StorageError
from ..storage.store import Store
from ..storage.undo import UndoStep
from .base import get_assessment, storage_refusal
from .changes import Changes, WithId

UNDO_KEPT = 200  # steps kept per assessment (the window's stack has no limit within a session)


def state(answer: Answer) -> dict[str, Any]:
    """An answer's state as a step keeps it."""
    return {"status": answer.status, "value": answer.value}


def record_step(store: Store, assessment_id: Any, key: str, old: Answer, new: Answer) -> WithId:
    """Keep one answer's change as the newest step (the undone steps after it are dropped)."""
    a = get_assessment(store, assessment_id)
    try:
        seq = store.push_undo_step(a.id, key, state(old), state(new), UNDO_KEPT)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return WithId(seq, Changes(a.id))


def mark_step(store: Store, assessment_id: Any, seq: int, done: bool) -> Changes:
    """A step undone (``done`` False) or redone."""
    a = get_assessment(store, assessment_id)
    try:
        store.mark_undo_step(a.id, seq, done)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return Changes(a.id)


def _same(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return (a.get("status"), a.get("value")) == (b.get("status"), b.get("value"))


def undo_history(store: Store, assessment_id: Any) -> list[UndoStep]:
    """The steps to put back on the window's stack, oldest first: the done ones whose changes the
    answers still show, newest back to the first that does not match, then the undone ones that
    could be redone onto the answers as they are, up to the first that could not."""
    a = get_assessment(store, assessment_id)
    try:
        steps = store.undo_steps(a.id)
        answers = store.answers(a.id)
    except StorageError as exc:
        raise storage_refusal(exc) from None

    def now(key: str) -> dict[str, Any]:
        given = answers.get(key)
        return state(given) if given is not None else {"status": "empty", "value": None}

    done = [s for s in steps if s.done]
    undone = [s for s in steps if not s.done]
    current: dict[str, dict[str, Any]] = {}
    kept_done: list[UndoStep] = []
    for s in reversed(done):
        if not _same(current.get(s.key) or now(s.key), s.new):
            break
        current[s.key] = s.old
        kept_done.insert(0, s)
    ahead: dict[str, dict[str, Any]] = {}
    kept_undone: list[UndoStep] = []
    for s in undone:
        if not _same(ahead.get(s.key) or now(s.key), s.old):
            break
        ahead[s.key] = s.new
        kept_undone.append(s)
    return kept_done + kept_undone


__all__ = ["UNDO_KEPT", "mark_step", "record_step", "state", "undo_history"]
