"""The plan's progress per reporting period (schema step m013_plan_progress): reading and the
writes of :class:`Store`.

Each write is one committed transaction with its history row (``field`` "progress", ``key``
"progress:<action id>:<period>" or "indicator:<indicator id>:<period>", old and new as plain
data): an entry replaced keeps what it said in the history. Progress never touches the plan's own
rows (``action_items``, ``action_plans``), so the validated plan does not change when it is
recorded. Entries must already be checked (``domain.plan.progress.check_progress``, done by
``services.plan.progress``).
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .clock import now_iso
from .part import StorePart

if TYPE_CHECKING:
    from ..domain.plan.progress import ActionProgress, IndicatorValue

_VALUES = ("indicator_id", "period", "value", "date", "source")


def _columns() -> tuple[str, ...]:
    """The ``action_progress`` columns of an entry: its action and period, its declared fields
    (``domain.plan.progress_fields``, read when the first entry is), its cost lines' money."""
    from ..domain.plan.progress_fields import ENTRY_FIELDS

    return ("action_id", "period", *(f.name for f in ENTRY_FIELDS), "lines")


def progress_key(action_id: str, period: str) -> str:
    return f"progress:{action_id}:{period}"


def indicator_key(indicator_id: str, period: str) -> str:
    return f"indicator:{indicator_id}:{period}"


def _progress(row: Any) -> ActionProgress:
    from ..domain.plan.progress import ActionProgress, line_from_plain
    from ..domain.plan.progress_fields import ENTRY_FIELDS

    aid, period, *values, lines = row
    fields: dict[str, Any] = {f.name: (v or None) if f.kind == "date" else (v or "")
                              for f, v in zip(ENTRY_FIELDS, values, strict=True)}
    return ActionProgress(aid, period, lines=tuple(line_from_plain(m) for m in json.loads(lines or "[]")), **fields)


def _value(row: Any) -> IndicatorValue:
    from decimal import Decimal

    from ..domain.plan.progress import IndicatorValue

    ident, period, value, date, source = row
    return IndicatorValue(ident, period, Decimal(value), date, source or "")


class ProgressStore(StorePart):
    """The progress part of :class:`~capacity_app.storage.store.Store` (a mixin)."""

    def action_progress(self, assessment_id: int, action_id: str | None = None) -> list[ActionProgress]:
        """The progress entries of an assessment (or of one action), by action then period."""
        sql = f"SELECT {', '.join(_columns())} FROM action_progress WHERE assessment_id = ?"
        args: list[Any] = [int(assessment_id)]
        if action_id is not None:
            sql += " AND action_id = ?"
            args.append(action_id)
        return [_progress(r) for r in self.db.execute(sql + " ORDER BY action_id, period", args).fetchall()]

    def indicator_values(self, assessment_id: int) -> list[IndicatorValue]:
        """The indicator values measured, by indicator then period."""
        cur = self.db.execute(f"SELECT {', '.join(_VALUES)} FROM indicator_values WHERE assessment_id = ?"
                              " ORDER BY indicator_id, period", [int(assessment_id)])
        return [_value(r) for r in cur.fetchall()]

    def save_progress(self, assessment_id: int, entry: ActionProgress) -> str:
        """Record (or replace) one action's progress for one period, in one transaction with its
        history row holding the entry it replaces (none when nothing changed)."""
        from ..domain.plan.progress import line_to_plain, progress_to_plain

        aid = int(assessment_id)
        self.assessment(aid)
        stamp = now_iso()
        with self.transaction():
            old = next((p for p in self.action_progress(aid, entry.action_id) if p.period == entry.period), None)
            if old == entry:
                return stamp
            cols = ("assessment_id", *_columns(), "at", "operator")
            updates = ", ".join(f"{c} = excluded.{c}" for c in cols[3:])
            self.db.execute(
                f"INSERT INTO action_progress ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
                f" ON CONFLICT(assessment_id, action_id, period) DO UPDATE SET {updates}",
                [aid, *(getattr(entry, c) for c in cols[1:-3]),
                 json.dumps([line_to_plain(m) for m in entry.lines], ensure_ascii=False), stamp, self.operator])
            self._history(aid, progress_key(entry.action_id, entry.period), "progress",
                          None if old is None else progress_to_plain(old), progress_to_plain(entry), stamp)
        return stamp

    def remove_progress(self, assessment_id: int, action_id: str, period: str) -> ActionProgress | None:
        """Delete one entry (history row with what it was); returns it (None: there was none)."""
        from ..domain.plan.progress import progress_to_plain

        aid = int(assessment_id)
        stamp = now_iso()
        with self.transaction():
            old = next((p for p in self.action_progress(aid, action_id) if p.period == period), None)
            if old is None:
                return None
            self.db.execute("DELETE FROM action_progress WHERE assessment_id = ? AND action_id = ? AND period = ?",
                            [aid, action_id, period])
            self._history(aid, progress_key(action_id, period), "progress", progress_to_plain(old), None, stamp)
        return old

    def save_indicator_value(self, assessment_id: int, value: IndicatorValue) -> str:
        """Record (or replace) an indicator's value for a period, with its history row."""
        from ..domain.plan.progress import value_to_plain

        aid = int(assessment_id)
        self.assessment(aid)
        stamp = now_iso()
        plain = value_to_plain(value)
        with self.transaction():
            old = next((v for v in self.indicator_values(aid)
                        if (v.indicator_id, v.period) == (value.indicator_id, value.period)), None)
            if old == value:
                return stamp
            cols = ("assessment_id", *_VALUES, "at", "operator")
            updates = ", ".join(f"{c} = excluded.{c}" for c in cols[3:])
            self.db.execute(
                f"INSERT INTO indicator_values ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
                f" ON CONFLICT(assessment_id, indicator_id, period) DO UPDATE SET {updates}",
                [aid, value.indicator_id, value.period, plain["value"], value.date, value.source, stamp,
                 self.operator])
            self._history(aid, indicator_key(value.indicator_id, value.period), "progress",
                          None if old is None else value_to_plain(old), plain, stamp)
        return stamp


__all__ = ["ProgressStore", "indicator_key", "progress_key"]
