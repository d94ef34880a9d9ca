"""The planning unit's words in the implementation report of a period (schema step
m015_period_report): reading and the writes of :class:`Store`.

Each write is one committed transaction with its history row (``field`` "progress", ``key``
"period_report:<period>" or "measure:<action id>:<period>", old and new as plain data, None for
none): what is replaced keeps what it said in the history. A report or measure written empty is
deleted. Neither touches the plan's own rows, so the validated plan does not change. Entries must
already be checked (``domain.plan.period_report``, done by ``services.plan.period_report``).
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .clock import now_iso
from .part import StorePart

if TYPE_CHECKING:
    from ..domain.plan.period_report import Measure, PeriodReport


def report_key(period: str) -> str:
    return f"period_report:{period}"


def measure_key(action_id: str, period: str) -> str:
    return f"measure:{action_id}:{period}"


def _report(row: Any) -> PeriodReport:
    from ..domain.plan.period_report import PeriodReport

    period, summary, decisions = row
    items = json.loads(decisions or "[]")
    return PeriodReport(period, summary or "", tuple(str(x) for x in items) if isinstance(items, list) else ())


def _measure(row: Any) -> Measure:
    from ..domain.plan.period_report import Measure

    action_id, period, text, who, by = row
    return Measure(action_id, period, text or "", who or "", by or None)


class PeriodReportStore(StorePart):
    """The period reports and corrective measures of :class:`~capacity_app.storage.store.Store` (a mixin)."""

    def period_reports(self, assessment_id: int) -> list[PeriodReport]:
        """Every period's summary and decisions, by period."""
        cur = self.db.execute("SELECT period, summary, decisions FROM period_reports WHERE assessment_id = ?"
                              " ORDER BY period", [int(assessment_id)])
        return [_report(r) for r in cur.fetchall()]

    def period_report(self, assessment_id: int, period: str) -> PeriodReport | None:
        """The summary and decisions of ``period`` (None: none written)."""
        row = self.db.execute("SELECT period, summary, decisions FROM period_reports WHERE assessment_id = ?"
                              " AND period = ?", [int(assessment_id), period]).fetchone()
        return None if row is None else _report(row)

    def corrective_measures(self, assessment_id: int, period: str | None = None) -> list[Measure]:
        """The corrective measures (those of ``period`` when given), by action id then period."""
        sql = "SELECT action_id, period, text, who, by_date FROM corrective_measures WHERE assessment_id = ?"
        args: list[Any] = [int(assessment_id)]
        if period is not None:
            sql += " AND period = ?"
            args.append(period)
        return [_measure(r) for r in self.db.execute(sql + " ORDER BY action_id, period", args).fetchall()]

    def save_period_report(self, assessment_id: int, report: PeriodReport) -> str:
        """Record (or replace) the summary and decisions of a period; an empty one deletes it. One
        transaction with its history row (none when nothing changed)."""
        from ..domain.plan.period_report import report_to_plain

        aid = int(assessment_id)
        self.assessment(aid)
        stamp = now_iso()
        with self.transaction():
            old = self.period_report(aid, report.period)
            if old == report or (old is None and report.empty):
                return stamp
            if report.empty:
                self.db.execute("DELETE FROM period_reports WHERE assessment_id = ? AND period = ?",
                                [aid, report.period])
            else:
                self.db.execute(
                    "INSERT INTO period_reports (assessment_id, period, summary, decisions, at, operator)"
                    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(assessment_id, period) DO UPDATE SET"
                    " summary = excluded.summary, decisions = excluded.decisions, at = excluded.at,"
                    " operator = excluded.operator",
                    [aid, report.period, report.summary, json.dumps(list(report.decisions), ensure_ascii=False),
                     stamp, self.operator])
            self._history(aid, report_key(report.period), "progress",
                          None if old is None else report_to_plain(old),
                          None if report.empty else report_to_plain(report), stamp)
        return stamp

    def save_measure(self, assessment_id: int, measure: Measure) -> str:
        """Record (or replace) one action's corrective measure for a period, with its history row."""
        from ..domain.plan.period_report import measure_to_plain

        aid = int(assessment_id)
        self.assessment(aid)
        stamp = now_iso()
        with self.transaction():
            old = self._measure(aid, measure.action_id, measure.period)
            if old == measure:
                return stamp
            self.db.execute(
                "INSERT INTO corrective_measures (assessment_id, action_id, period, text, who, by_date, at, operator)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(assessment_id, action_id, period) DO UPDATE SET"
                " text = excluded.text, who = excluded.who, by_date = excluded.by_date, at = excluded.at,"
                " operator = excluded.operator",
                [aid, measure.action_id, measure.period, measure.text, measure.who, measure.by, stamp, self.operator])
            self._history(aid, measure_key(measure.action_id, measure.period), "progress",
                          None if old is None else measure_to_plain(old), measure_to_plain(measure), stamp)
        return stamp

    def remove_measure(self, assessment_id: int, action_id: str, period: str) -> Measure | None:
        """Delete one action's measure for a period (history row with what it was); returns it
        (None: there was none, and nothing is written)."""
        from ..domain.plan.period_report import measure_to_plain

        aid = int(assessment_id)
        stamp = now_iso()
        with self.transaction():
            old = self._measure(aid, action_id, period)
            if old is None:
                return None
            self.db.execute("DELETE FROM corrective_measures WHERE assessment_id = ? AND action_id = ? AND period = ?",
                            [aid, action_id, period])
            self._history(aid, measure_key(action_id, period), "progress", measure_to_plain(old), None, stamp)
        return old

    def _measure(self, aid: int, action_id: str, period: str) -> Measure | None:
        row = self.db.execute("SELECT action_id, period, text, who, by_date FROM corrective_measures"
                              " WHERE assessment_id = ? AND action_id = ? AND period = ?",
                              [aid, action_id, period]).fetchone()
        return None if row is None else _measure(row)


__all__ = ["PeriodReportStore", "measure_key", "report_key"]
