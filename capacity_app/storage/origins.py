"""Where each answer's current version came from when an import brought it (the team
merge): one history row per answer an import changed (``field`` "origin", ``key`` the answer key,
``new`` plain data: who changed it and when on the machine it came from, its row check, the row
checks of its earlier versions there, the answer as it was here before, and the first history row
of the import). An answer changed here has its own value, comment and evidence rows; together
they tell, for each answer, who made its current version and which versions it descends from
(``services.provenance``)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .clock import now_iso
from .part import StorePart

ORIGIN = "origin"


class OriginStore(StorePart):
    """The origins part of :class:`~capacity_app.storage.store.Store` (a mixin)."""

    def history_mark(self) -> int:
        """The id the next history row will exceed (rows written after this call have larger ids)."""
        row = self.db.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()
        return int(row[0])

    def record_origins(self, assessment_id: int, origins: Mapping[str, Mapping[str, Any]], since: int) -> None:
        """One "origin" history row per answer key in ``origins`` (by, at, check, earlier, prev),
        each marked with ``since``: the import's own value rows for that key are those after it."""
        if not origins:
            return
        stamp = now_iso()
        with self.transaction():
            for key, origin in origins.items():
                self._history(int(assessment_id), key, ORIGIN, None, {**origin, "since": int(since)}, stamp)


__all__ = ["ORIGIN", "OriginStore"]
