"""An answer's history as the window shows it: each version of a question's answers
(value and status, comment) with who made it and when, newest first, read from the store's history
rows. Restoring a version is an ordinary write (``services.assessments.record_answer`` /
``set_comment``, through the window's session: undoable, with its own history row)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..domain.answers import ANSWERED, EMPTY
from ..storage.db import StorageError
from ..storage.store import Store
from .base import get_assessment, storage_refusal

FIELDS = ("value", "comment")
SHOWN_MAX = 500  # versions listed per question (the newest)


@dataclass(frozen=True)
class Version:
    """One version of an answer: its key (a question, or a grid's cell), what changed (``field``
    "value": ``status`` and ``value``; "comment": ``comment``), when (``at``) and by whom
    (``operator``, "" when nobody was named)."""

    id: int
    key: str
    field: str
    at: str
    operator: str
    status: str = EMPTY
    value: Any = None
    comment: str = ""


def answer_history(store: Store, assessment_id: Any, item_id: str) -> list[Version]:
    """The versions of the answers of question ``item_id`` (its own key and its grid's cells),
    newest first, at most :data:`SHOWN_MAX`."""
    a = get_assessment(store, assessment_id)
    try:
        rows = store.history(a.id)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    out: list[Version] = []
    for r in rows:  # newest first
        key = r["key"] or ""
        if r["field"] not in FIELDS or not (key == item_id or key.startswith(item_id + ".")):
            continue
        new = r["new"]
        if r["field"] == "value":
            state = new if isinstance(new, dict) else {}
            status = str(state.get("status") or EMPTY)
            out.append(Version(int(r["id"]), key, "value", str(r["at"]), str(r["operator"] or ""), status,
                               state.get("value") if status == ANSWERED else None))
        else:
            out.append(Version(int(r["id"]), key, "comment", str(r["at"]), str(r["operator"] or ""),
                               comment=new if isinstance(new, str) else ""))
        if len(out) >= SHOWN_MAX:
            break
    return out


__all__ = ["FIELDS", "SHOWN_MAX", "Version", "answer_history"]
