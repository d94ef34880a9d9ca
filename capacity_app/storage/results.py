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
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .clock import now_iso
from .part import StorePart

if TYPE_CHECKING:
    from ..domain.plan.result_fields import ResultField
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
        from decimal import Decimal  # the plan's figures: not read to show the window's list

        from ..domain.plan.result_fields import fields_of
        from ..domain.plan.results import Indicator, Link, Outcome, ResultsChain, Target

        aid = int(assessment_id)
        row = self.db.execute("SELECT objective, objective_assumptions FROM action_plans WHERE assessment_id = ?",
                              [aid]).fetchone()
        outcomes = tuple(Outcome(r[0], **_fields_read(fields_of("outcome"), r[1:])) for r in self.db.execute(
            f"SELECT id, {_columns('outcome')} FROM result_outcomes"  # the declared names
            " WHERE assessment_id = ? ORDER BY position, id", [aid]))
        targets: dict[str, list[Target]] = {}
        for ind, year, value in self.db.execute(
                "SELECT indicator_id, year, value FROM result_targets WHERE assessment_id = ? ORDER BY year", [aid]):
            targets.setdefault(ind, []).append(Target(int(year), Decimal(value)))
        indicators = tuple(
            Indicator(id=r[0], level=r[1], parent=r[2], targets=tuple(targets.get(r[0], ())),
                      **_fields_read(fields_of("indicator"), r[3:]))
            for r in self.db.execute(
                f"SELECT id, level, parent, {_columns('indicator')} FROM result_indicators"  # the declared names
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
        from ..domain.plan.result_fields import fields_of

        outcome_fields, indicator_fields = fields_of("outcome"), fields_of("indicator")
        for n, o in enumerate(chain.outcomes):
            values = _fields_written(outcome_fields, o)
            self.db.execute(f"INSERT INTO result_outcomes (assessment_id, id, position, {_columns('outcome')})"
                            f" VALUES (?, ?, ?{', ?' * len(values)})", [aid, o.id, n, *values])
        for n, i in enumerate(chain.indicators):
            values = _fields_written(indicator_fields, i)
            self.db.execute(
                f"INSERT INTO result_indicators (assessment_id, id, position, level, parent, {_columns('indicator')})"
                f" VALUES (?, ?, ?, ?, ?{', ?' * len(values)})", [aid, i.id, n, i.level, i.parent, *values])
            for t in i.targets:
                self.db.execute("INSERT INTO result_targets (assessment_id, indicator_id, year, value)"
                                " VALUES (?, ?, ?, ?)", [aid, i.id, t.year, value_text(t.value)])
        for x in chain.links:
            self.db.execute("INSERT INTO result_links (assessment_id, action_id, outcome_id) VALUES (?, ?, ?)",
                            [aid, x.action, x.outcome])


def _columns(record: str) -> str:
    """The columns of ``record``'s table holding its declared fields (``domain.plan.result_fields``:
    names of the code, never of a user), in the declared order."""
    from ..domain.plan.result_fields import stored_names

    return ", ".join(stored_names(record))


def _fields_read(fields: Sequence[ResultField], row: Sequence[Any]) -> dict[str, Any]:
    """The stored fields of a row (its columns in the declared order) as the record holds them: a
    value as a Decimal, a year as an int, a text as it is; None (a column a step added without a
    default) as not set."""
    from decimal import Decimal

    out: dict[str, Any] = {}
    for f, v in zip((f for f in fields if f.stored), row, strict=True):
        if f.kind == "value":
            out[f.name] = None if v is None else Decimal(v)
        elif f.kind == "year":
            out[f.name] = None if v is None else int(v)
        else:
            out[f.name] = "" if v is None else v
    return out


def _fields_written(fields: Sequence[ResultField], record: object) -> list[Any]:
    """The stored fields of ``record`` as its columns hold them: a value as its decimal text."""
    from ..domain.plan.results import value_text

    out: list[Any] = []
    for f in fields:
        if f.stored:
            v = getattr(record, f.name)
            out.append(value_text(v) if f.kind == "value" and v is not None else v)
    return out


def chain_json(chain: ResultsChain) -> str:
    from ..domain.plan.results import chain_to_plain

    return json.dumps(chain_to_plain(chain), ensure_ascii=False, sort_keys=True)


__all__ = ["RESULTS_KEY", "ResultsStore", "chain_json", "chain_mark"]
