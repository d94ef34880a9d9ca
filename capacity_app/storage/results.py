"""The plan's results chain (schema step m012_results_chain): reading it and its one write, part
of :class:`~capacity_app.storage.store.Store`.

The chain is written whole (``save_results_chain``): one committed transaction that makes the
tables say exactly the chain given, with one history row (``field`` "action", ``key``
"action_plan:results", old and new as ``domain.plan.results.chain_to_plain``), none when nothing
changed. The chain must already be validated (``domain.plan.results.validate_chain``, done by
``services.plan.results``).
"""
from __future__ import annotations

import json
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .clock import now_iso
from .part import StorePart

if TYPE_CHECKING:
    from ..domain.plan.results import ResultsChain

RESULTS_KEY = "action_plan:results"
_TABLES = ("result_targets", "result_indicators", "result_outcomes", "result_links")


def chain_mark(chain: ResultsChain) -> Any:
    """The chain as plain data (its history rows, an import's "changed here since" marks)."""
    from ..domain.plan.results import chain_to_plain

    return None if chain.is_empty else chain_to_plain(chain)


class ResultsStore(StorePart):
    """The results-chain part of :class:`~capacity_app.storage.store.Store` (a mixin)."""

    def results_chain(self, assessment_id: int) -> ResultsChain:
        """The plan's results chain (empty when none was given)."""
        from ..domain.plan.results import Indicator, Link, Outcome, ResultsChain, Target

        aid = int(assessment_id)
        row = self.db.execute("SELECT objective, objective_assumptions FROM action_plans WHERE assessment_id = ?",
                              [aid]).fetchone()
        outcomes = tuple(Outcome(i, n, a) for i, n, a in self.db.execute(
            "SELECT id, name, assumptions FROM result_outcomes WHERE assessment_id = ? ORDER BY position, id", [aid]))
        targets: dict[str, list[Target]] = {}
        for ind, year, value in self.db.execute(
                "SELECT indicator_id, year, value FROM result_targets WHERE assessment_id = ? ORDER BY year", [aid]):
            targets.setdefault(ind, []).append(Target(int(year), Decimal(value)))
        indicators = tuple(
            Indicator(id=i, level=lv, parent=p, name=n, unit=u, baseline=None if b is None else Decimal(b),
                      baseline_year=by, targets=tuple(targets.get(i, ())), verification=v)
            for i, lv, p, n, u, b, by, v in self.db.execute(
                "SELECT id, level, parent, name, unit, baseline, baseline_year, verification FROM result_indicators"
                " WHERE assessment_id = ? ORDER BY position, id", [aid]))
        links = tuple(Link(a, o) for a, o in self.db.execute(
            "SELECT action_id, outcome_id FROM result_links WHERE assessment_id = ? ORDER BY action_id", [aid]))
        return ResultsChain(objective=row[0] if row else "", assumptions=row[1] if row else "",
                            outcomes=outcomes, indicators=indicators, links=links)

    def save_results_chain(self, assessment_id: int, chain: ResultsChain) -> str:
        """Make the stored chain exactly ``chain``, in one transaction with its history row (none
        when nothing changed). Returns the time stamp."""
        aid = int(assessment_id)
        self.assessment(aid)  # StorageError naming the id when there is none
        stamp = now_iso()
        with self.transaction():
            old = self.results_chain(aid)
            if old == chain:
                return stamp
            self._write_chain(aid, chain, stamp)
            self._history(aid, RESULTS_KEY, "action", chain_mark(old), chain_mark(chain), stamp)
            self._touch(aid, stamp)
        return stamp

    def _forget_actions(self, aid: int, action_ids: set[str], stamp: str) -> None:
        """Inside a write that removes actions: their links and output indicators leave the chain
        with them (a history row naming the chain before and after)."""
        from ..domain.plan.results import without_action

        old = self.results_chain(aid)
        new = old
        for action_id in sorted(action_ids):
            new = without_action(new, action_id)
        if new != old:
            self._write_chain(aid, new, stamp)
            self._history(aid, RESULTS_KEY, "action", chain_mark(old), chain_mark(new), stamp)

    def _write_chain(self, aid: int, chain: ResultsChain, stamp: str) -> None:
        from ..domain.plan.results import value_text

        for table in _TABLES:
            self.db.execute(f"DELETE FROM {table} WHERE assessment_id = ?", [aid])  # the fixed names above
        self.db.execute("INSERT INTO action_plans (assessment_id, updated_at, operator) VALUES (?, ?, ?)"
                        " ON CONFLICT(assessment_id) DO NOTHING", [aid, stamp, self.operator])
        self.db.execute("UPDATE action_plans SET objective = ?, objective_assumptions = ?, updated_at = ?,"
                        " operator = ? WHERE assessment_id = ?",
                        [chain.objective, chain.assumptions, stamp, self.operator, aid])
        for n, o in enumerate(chain.outcomes):
            self.db.execute("INSERT INTO result_outcomes (assessment_id, id, position, name, assumptions)"
                            " VALUES (?, ?, ?, ?, ?)", [aid, o.id, n, o.name, o.assumptions])
        for n, i in enumerate(chain.indicators):
            self.db.execute(
                "INSERT INTO result_indicators (assessment_id, id, position, level, parent, name, unit, baseline,"
                " baseline_year, verification) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [aid, i.id, n, i.level, i.parent, i.name, i.unit,
                 None if i.baseline is None else value_text(i.baseline), i.baseline_year, i.verification])
            for t in i.targets:
                self.db.execute("INSERT INTO result_targets (assessment_id, indicator_id, year, value)"
                                " VALUES (?, ?, ?, ?)", [aid, i.id, t.year, value_text(t.value)])
        for x in chain.links:
            self.db.execute("INSERT INTO result_links (assessment_id, action_id, outcome_id) VALUES (?, ?, ?)",
                            [aid, x.action, x.outcome])


def chain_json(chain: ResultsChain) -> str:
    from ..domain.plan.results import chain_to_plain

    return json.dumps(chain_to_plain(chain), ensure_ascii=False, sort_keys=True)


__all__ = ["RESULTS_KEY", "ResultsStore", "chain_json", "chain_mark"]
