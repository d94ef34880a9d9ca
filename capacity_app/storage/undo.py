"""The window's undo history of answers, kept across a restart (schema step m011):
per assessment, the last steps in order, each one answer's state before and after, and whether it
is done (can be undone) or undone (can be redone). It is the window's state, not the assessment's
content: its writes leave no history row and do not raise the revision. Each write is one
transaction."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .clock import now_iso
from .part import StorePart


@dataclass(frozen=True)
class UndoStep:
    """One answer's change as the undo history keeps it: ``old`` and ``new`` are
    ``{"status": ..., "value": ...}``; ``done`` False once undone (it can be redone)."""

    seq: int
    done: bool
    key: str
    old: dict[str, Any]
    new: dict[str, Any]
    at: str


def _state(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {"status": "empty", "value": None}
    return value if isinstance(value, dict) else {"status": "empty", "value": None}


class UndoStore(StorePart):
    """The undo part of :class:`~capacity_app.storage.store.Store` (a mixin)."""

    def undo_steps(self, assessment_id: int) -> list[UndoStep]:
        """The assessment's undo history, oldest first."""
        cur = self.db.execute("SELECT seq, done, key, old, new, at FROM undo_steps WHERE assessment_id = ?"
                              " ORDER BY seq", [int(assessment_id)])
        return [UndoStep(seq, bool(done), key, _state(old), _state(new), at)
                for seq, done, key, old, new, at in cur.fetchall()]

    def push_undo_step(self, assessment_id: int, key: str, old: dict[str, Any], new: dict[str, Any],
                       keep: int) -> int:
        """A new step after the done ones: the undone steps (the redo side) are dropped, as a new
        change drops them from the window's stack, and only the last ``keep`` steps are kept.
        Returns the step's ``seq``."""
        aid = int(assessment_id)
        with self.transaction():
            self.db.execute("DELETE FROM undo_steps WHERE assessment_id = ? AND done = 0", [aid])
            top = self.db.execute("SELECT coalesce(max(seq), 0) FROM undo_steps WHERE assessment_id = ?",
                                  [aid]).fetchone()[0]
            seq = int(top) + 1
            self.db.execute("INSERT INTO undo_steps(assessment_id, seq, done, key, old, new, at)"
                            " VALUES (?, ?, 1, ?, ?, ?, ?)",
                            [aid, seq, key, json.dumps(old, ensure_ascii=False, sort_keys=True),
                             json.dumps(new, ensure_ascii=False, sort_keys=True), now_iso()])
            self.db.execute("DELETE FROM undo_steps WHERE assessment_id = ? AND seq <= ?", [aid, seq - max(1, keep)])
        return seq

    def mark_undo_step(self, assessment_id: int, seq: int, done: bool) -> None:
        """A step undone (``done`` False) or redone (True)."""
        with self.transaction():
            self.db.execute("UPDATE undo_steps SET done = ? WHERE assessment_id = ? AND seq = ?",
                            [int(bool(done)), int(assessment_id), int(seq)])

    def clear_undo_steps(self, assessment_id: int) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM undo_steps WHERE assessment_id = ?", [int(assessment_id)])


__all__ = ["UndoStep", "UndoStore"]
