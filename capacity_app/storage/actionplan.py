"""The action plan's rows (schema steps m003_action_plan, m004_costed_plan, m010_action_donor_fields): reading and the writes
of :class:`Store`.

Each write is one committed transaction with its history rows (``field`` "action", ``key``
"action:<id>" for an action, "action_plan:finance" for the plan's currency and exchange rates,
"action_plan:validation" for its validation record; old and new as plain data). Actions must already be validated
(``domain.actionplan.validate_action``, done by ``services.actionplan``); the table's CHECK
constraints are a last guard, not the place errors are explained.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, replace
from typing import TYPE_CHECKING, Any

from .clock import now_iso
from .part import StorePart
from .db import StorageError
from .results import RESULTS_KEY, chain_mark


def _fields() -> tuple[Any, ...]:
    """The fields an action declares (``domain.plan.action_fields``), loaded when a plan is first
    read or written: listing the assessments loads none of the plan's modules."""
    from ..domain.plan.action_fields import ACTION_FIELDS

    return ACTION_FIELDS


def _texts() -> tuple[str, ...]:
    """The texts an action declares (``domain.plan.fields``), loaded likewise."""
    from ..domain.plan.fields import TEXT_NAMES

    return TEXT_NAMES


def _columns() -> tuple[str, ...]:
    """Every column of an action's row, in order: its own (id, place, cost lines), each declared
    field's, each declared text's."""
    return ("id", "position", "costs", *(f.stored for f in _fields()), *_texts())


def _donor_columns() -> tuple[str, ...]:
    """What a donor reads: left out of an action's mark while empty (a plan exported before they
    existed, or before a text was declared, keeps its marks)."""
    return (*_texts(), *(f.name for f in _fields() if f.later))


def _json_list(v: Any) -> str:
    return json.dumps(list(v), ensure_ascii=False)


def _listed(v: Any) -> tuple[Any, ...]:
    return tuple(json.loads(v or "[]"))


def _text(v: Any) -> str:
    return v or ""


# a declared field's cell as stored, by its kind (the others as they are), and its value read back
_TO_CELL: dict[str, Callable[[Any], Any]] = {"codes": _json_list, "names": _json_list, "bool": int}
_FROM_CELL: dict[str, Callable[[Any], Any]] = {"codes": _listed, "names": _listed, "bool": bool, "text": _text,
                                               "line": _text}


FINANCE_KEY = "action_plan:finance"
VALIDATION_KEY = "action_plan:validation"
REQUEST_KEY = "action_plan:funding_request"

if TYPE_CHECKING:
    from ..domain.plan.actions import Action
    from ..domain.plan.cost import Finance
    from ..domain.plan.request import FundingRequest
    from ..domain.plan.results import ResultsChain
    from ..domain.plan.validation import Validation, ValidationEvent

# The plan's domain modules (actions, costs in Decimal, the validation record) load when a plan is
# first read or written: the window's first view, the list of assessments, needs none of them.


def action_to_row(a: Action) -> list[Any]:
    """The row of ``a`` in :func:`_columns`' order."""
    from ..domain.plan.cost import cost_to_plain

    return [a.id, a.position, json.dumps([cost_to_plain(c) for c in a.costs], ensure_ascii=False),
            *(_TO_CELL.get(f.kind, _same)(getattr(a, f.name)) for f in _fields()),
            *(getattr(a, name) for name in _texts())]


def _same(v: Any) -> Any:
    return v


def row_to_action(row: Sequence[Any]) -> Action:
    """The action of a row read in :func:`_columns`' order (by name, never by position)."""
    from ..domain.plan.actions import Action
    from ..domain.plan.cost import cost_from_plain

    v = dict(zip(_columns(), row, strict=True))
    declared: dict[str, Any] = {f.name: _FROM_CELL.get(f.kind, _same)(v[f.stored]) for f in _fields()}
    declared.update({name: v[name] or "" for name in _texts()})
    return Action(id=v["id"], position=v["position"],
                  costs=tuple(cost_from_plain(c) for c in json.loads(v["costs"] or "[]")), **declared)


def plain(a: Action | None) -> dict[str, Any] | None:
    """An action as its history row records it (and ``actions --json`` prints it)."""
    from ..domain.plan.cost import cost_to_plain

    if a is None:
        return None
    d = asdict(a)
    for f in _fields():
        if f.kind in ("codes", "names"):
            d[f.name] = list(getattr(a, f.name))
    d["costs"] = [cost_to_plain(c) for c in a.costs]
    return d


def finance_plain(f: Finance) -> dict[str, Any]:
    from ..domain.plan.cost import rate_to_plain

    return {"currency": f.currency, "rates": [rate_to_plain(r) for r in f.rates]}


def plan_checks(actions: list[Action], finance: Finance | None, validation: Validation | None,
                results: ResultsChain | None = None, request: FundingRequest | None = None) -> dict[str, str]:
    """A fingerprint of each part of a plan as it stands (what is "changed here since
    the export" is decided by content, never by a clock): ``action:<id>`` for each action, the
    order (``action_plan``), the currency and rates (``action_plan:finance``) and the validation
    (``action_plan:validation``), the results chain (``action_plan:results``, when given) and the
    funding request's record (``action_plan:funding_request``, when given), keyed as an import's
    differences are."""
    import hashlib

    from ..domain.plan.cost import Finance
    from ..domain.plan.validation import validation_to_plain

    def mark(obj: Any) -> str:
        text = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    def marked(a: Action) -> dict[str, Any] | None:
        # the donor's fields only when given: a plan exported before they existed keeps its marks
        d = plain(a)
        assert d is not None
        for name in _donor_columns():
            if not d.get(name):
                d.pop(name, None)
        return d

    out = {f"action:{a.id}": mark(marked(a)) for a in actions}
    out["action_plan"] = mark([a.id for a in actions])
    out[FINANCE_KEY] = mark(finance_plain(finance or Finance()))
    out[VALIDATION_KEY] = mark(None if validation is None else validation_to_plain(validation))
    if results is not None:
        out[RESULTS_KEY] = mark(chain_mark(results))
    if request is not None:
        from ..domain.plan.request import request_to_plain

        out[REQUEST_KEY] = mark(request_to_plain(request))
    return out


class ActionPlanStore(StorePart):
    """The action-plan part of :class:`~capacity_app.storage.store.Store` (a mixin)."""

    def action_plan(self, assessment_id: int) -> list[Action]:
        """The assessment's actions in their order (empty when it has none)."""
        cur = self.db.execute(
            f"SELECT {', '.join(_columns())} FROM action_items WHERE assessment_id = ?"
            " ORDER BY position, id", [int(assessment_id)])
        return [row_to_action(r) for r in cur.fetchall()]

    def action(self, assessment_id: int, action_id: str) -> Action:
        row = self.db.execute(
            f"SELECT {', '.join(_columns())} FROM action_items WHERE assessment_id = ? AND id = ?",
            [int(assessment_id), action_id]).fetchone()
        if row is None:
            raise StorageError(f"assessment {assessment_id} has no action {action_id!r}")
        return row_to_action(row)

    def save_action(self, assessment_id: int, action: Action) -> str:
        """Insert ``action`` or replace the one with its id, in one transaction with its history
        row (none when nothing changed). Returns the time stamp."""
        aid = int(assessment_id)
        self.assessment(aid)  # StorageError naming the id when there is none
        stamp = now_iso()
        with self.transaction():
            old = self._find(aid, action.id)
            if old == action:
                return stamp
            if old is not None:
                self._keep_money(aid, [old], [action])
            self._write(aid, action, stamp)
            self._history(aid, f"action:{action.id}", "action", plain(old), plain(action), stamp)
            self._touch(aid, stamp)
        return stamp

    def insert_action(self, assessment_id: int, action: Action, at: int | None = None) -> str:
        """Add a new ``action`` at place ``at`` of the plan (default: last), the later ones moving
        down one place, in one transaction with its history row. Returns the time stamp."""
        aid = int(assessment_id)
        self.assessment(aid)
        stamp = now_iso()
        with self.transaction():
            if self._find(aid, action.id) is not None:
                raise StorageError(f"assessment {aid} already has an action {action.id!r}")
            n = self.db.execute("SELECT count(*) FROM action_items WHERE assessment_id = ?",
                                [aid]).fetchone()[0]
            at = n if at is None else max(0, min(int(at), n))
            self._renumber(aid, skip_at=at)
            action = replace(action, position=at)
            self._write(aid, action, stamp)
            self._history(aid, f"action:{action.id}", "action", None, plain(action), stamp)
            self._touch(aid, stamp)
        return stamp

    def remove_action(self, assessment_id: int, action_id: str) -> Action:
        """Delete one action (history row with what it was), the later ones moving up; returns it."""
        aid = int(assessment_id)
        old = self.action(aid, action_id)
        stamp = now_iso()
        with self.transaction():
            self._keep_money(aid, [old], [])
            self.db.execute("DELETE FROM action_items WHERE assessment_id = ? AND id = ?",
                            [aid, action_id])
            self._renumber(aid)
            self._forget_actions(aid, {action_id}, stamp)  # its link and output indicators
            self._history(aid, f"action:{action_id}", "action", plain(old), None, stamp)
            self._touch(aid, stamp)
        return old

    def reorder_actions(self, assessment_id: int, ids: Sequence[str]) -> str:
        """Put the actions in the order ``ids`` gives (every action's id exactly once)."""
        aid = int(assessment_id)
        current = self.action_plan(aid)
        if sorted(ids) != sorted(a.id for a in current):
            raise StorageError(f"the new order of assessment {aid}'s actions must name each of its "
                               f"{len(current)} actions once")
        before = [a.id for a in current]
        stamp = now_iso()
        if list(ids) == before:
            return stamp
        with self.transaction():
            for i, action_id in enumerate(ids):
                self.db.execute("UPDATE action_items SET position = ? WHERE assessment_id = ? AND id = ?",
                                [i, aid, action_id])
            self._history(aid, "action_plan", "action", {"order": before}, {"order": list(ids)}, stamp)
            self._touch(aid, stamp)
        return stamp

    def replace_action_plan(self, assessment_id: int, actions: Iterable[Action],
                            note: str = "import") -> str:
        """Make the plan exactly ``actions`` (imports, next-round copies) in one transaction: a
        history row per action added, changed or removed, and one naming the cause."""
        aid = int(assessment_id)
        self.assessment(aid)
        new = [replace(a, position=i) for i, a in enumerate(actions)]
        ids = [a.id for a in new]
        if len(set(ids)) != len(ids):
            dup = next(i for i in ids if ids.count(i) > 1)
            raise StorageError(f"the action id {dup!r} is used twice in the new plan")
        stamp = now_iso()
        with self.transaction():
            before = self.action_plan(aid)
            self._keep_money(aid, before, new)
            old = {a.id: a for a in before}
            self.db.execute("DELETE FROM action_items WHERE assessment_id = ?", [aid])
            for a in new:
                self._write(aid, a, stamp)
                if old.get(a.id) != a:
                    self._history(aid, f"action:{a.id}", "action", plain(old.get(a.id)), plain(a), stamp)
            for gone in set(old) - set(ids):
                self._history(aid, f"action:{gone}", "action", plain(old[gone]), None, stamp)
            self._forget_actions(aid, set(old) - set(ids), stamp)
            self._history(aid, "action_plan", "action", None,
                          {"replaced_action_plan": note, "actions": len(new)}, stamp)
            self._touch(aid, stamp)
        return stamp

    # --- the plan's own settings: currency, exchange rates, validation ----------------------------
    def plan_finance(self, assessment_id: int) -> Finance:
        """The plan's currency (None: not set) and exchange rates."""
        from ..domain.plan.cost import Finance, rate_from_plain

        row = self.db.execute("SELECT currency, rates FROM action_plans WHERE assessment_id = ?",
                              [int(assessment_id)]).fetchone()
        if row is None:
            return Finance()
        return Finance(row[0] or None, tuple(rate_from_plain(r) for r in json.loads(row[1] or "[]")))

    def plan_validation(self, assessment_id: int) -> Validation | None:
        """The plan's validation record (None: not validated)."""
        from ..domain.plan.validation import validation_from_plain

        row = self.db.execute("SELECT validation FROM action_plans WHERE assessment_id = ?",
                              [int(assessment_id)]).fetchone()
        if row is None or not row[0]:
            return None
        return validation_from_plain(json.loads(row[0]))

    def plan_validation_history(self, assessment_id: int) -> tuple[ValidationEvent, ...]:
        """Every validation record the plan has had, oldest first: recorded, replaced by a new
        validation (the earlier record kept), withdrawn with its reason, each with when and by whom
        (read from the history rows its writes leave)."""
        from ..domain.plan.validation import validation_events

        rows = self.db.execute("SELECT old, new, at, operator FROM history WHERE assessment_id = ? AND key = ?"
                               " ORDER BY id", [int(assessment_id), VALIDATION_KEY]).fetchall()
        return validation_events((json.loads(o) if o else None, json.loads(n) if n else None, at, op)
                                 for o, n, at, op in rows)

    def save_plan_finance(self, assessment_id: int, finance: Finance) -> str:
        """Store the plan's currency and rates (validated by the caller), with a history row."""
        from ..domain.plan.cost import rate_to_plain

        return self._save_plan_part(
            assessment_id, FINANCE_KEY, self.plan_finance, finance, finance_plain,
            {"currency": finance.currency, "rates": json.dumps([rate_to_plain(r) for r in finance.rates])})

    def plan_request(self, assessment_id: int) -> FundingRequest:
        """The funding request's record: who commits the national part, who signs (m014)."""
        from ..domain.plan.request import request_from_plain

        row = self.db.execute("SELECT funding_request FROM action_plans WHERE assessment_id = ?",
                              [int(assessment_id)]).fetchone()
        return request_from_plain(json.loads(row[0] or "{}") if row else None)

    def save_plan_request(self, assessment_id: int, request: FundingRequest) -> str:
        """Store the funding request's record (validated by the caller), with a history row."""
        from ..domain.plan.request import request_to_plain

        return self._save_plan_part(
            assessment_id, REQUEST_KEY, self.plan_request, request, request_to_plain,
            {"funding_request": json.dumps(request_to_plain(request), ensure_ascii=False)})

    def save_plan_validation(self, assessment_id: int, validation: Validation | None, reason: str = "") -> str:
        """Record the plan's validation (None: withdraw it, for ``reason``), with a history row
        naming both (a withdrawal's new value: the reason given)."""
        from ..domain.plan.validation import validation_to_plain

        def as_plain(v: Validation | None) -> dict[str, Any] | None:
            if v is None:
                return {"withdrawn_because": reason} if reason else None
            return validation_to_plain(v)

        new = None if validation is None else validation_to_plain(validation)
        return self._save_plan_part(assessment_id, VALIDATION_KEY, self.plan_validation, validation, as_plain,
                                    {"validation": None if new is None else json.dumps(new, ensure_ascii=False)})

    def _save_plan_part(self, assessment_id: int, key: str, read: Any, new: Any, as_plain: Any,
                        columns: dict[str, Any]) -> str:
        """One of the plan's own settings written in one transaction with its history row (none
        when nothing changed): ``read(aid)`` gives the old value, ``columns`` the new cells."""
        aid = int(assessment_id)
        self.assessment(aid)
        stamp = now_iso()
        with self.transaction():
            old = read(aid)
            if old == new:
                return stamp
            self._ensure_plan_row(aid, stamp)
            sets = ", ".join(f"{c} = ?" for c in columns)
            self.db.execute(f"UPDATE action_plans SET {sets}, updated_at = ?, operator = ? WHERE assessment_id = ?",
                            [*columns.values(), stamp, self.operator, aid])
            self._history(aid, key, "action", as_plain(old), as_plain(new), stamp)
            self._touch(aid, stamp)
        return stamp

    def _ensure_plan_row(self, aid: int, stamp: str) -> None:
        self.db.execute("INSERT INTO action_plans (assessment_id, updated_at, operator) VALUES (?, ?, ?)"
                        " ON CONFLICT(assessment_id) DO NOTHING", [aid, stamp, self.operator])

    def _renumber(self, aid: int, skip_at: int | None = None) -> None:
        """Positions 0, 1, 2 ... in the current order (leaving ``skip_at`` free); a position is
        where an action stands, not an edit of it: no history row."""
        ids = [r[0] for r in self.db.execute(
            "SELECT id FROM action_items WHERE assessment_id = ? ORDER BY position, id", [aid])]
        for i, action_id in enumerate(ids):
            pos = i if skip_at is None or i < skip_at else i + 1
            self.db.execute("UPDATE action_items SET position = ? WHERE assessment_id = ? AND id = ?"
                            " AND position != ?", [pos, aid, action_id, pos])

    def _keep_money(self, aid: int, old: Sequence[Action], new: Sequence[Action]) -> None:
        """Refuse (StorageError, one line) a write that would remove an action with progress or
        move a cost line holding money (``domain.plan.held``); ``old``: the actions written over,
        ``new``: what replaces them (an action of ``old`` missing from ``new`` is removed)."""
        from ..domain.plan.held import edit_problem, removal_problem

        entries = self.db.execute("SELECT count(*) FROM action_progress WHERE assessment_id = ?", [aid]).fetchone()
        if not entries[0]:
            return
        progress = self.action_progress(aid)
        numbers = {a.id: i for i, a in enumerate(self.action_plan(aid), 1)}
        by_id = {a.id: a for a in new}
        for a in old:
            n = numbers.get(a.id, 0)
            problem = (removal_problem(a, progress, n) if a.id not in by_id
                       else edit_problem(a, by_id[a.id], progress, n))
            if problem:
                raise StorageError(problem)

    def _find(self, aid: int, action_id: str) -> Action | None:
        row = self.db.execute(
            f"SELECT {', '.join(_columns())} FROM action_items WHERE assessment_id = ? AND id = ?",
            [aid, action_id]).fetchone()
        return None if row is None else row_to_action(row)

    def _write(self, aid: int, a: Action, stamp: str) -> None:
        cols = ("assessment_id", *_columns(), "updated_at", "operator")
        updates = ", ".join(f"{c} = excluded.{c}" for c in cols[2:])
        self.db.execute(
            f"INSERT INTO action_items ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
            f" ON CONFLICT(assessment_id, id) DO UPDATE SET {updates}",
            [aid, *action_to_row(a), stamp, self.operator])


__all__ = ["FINANCE_KEY", "VALIDATION_KEY", "ActionPlanStore", "action_to_row", "finance_plain", "plain", "plan_checks",
           "row_to_action"]
