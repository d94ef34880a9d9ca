"""Institutions asked, their requests and the values they proposed (schema step m009):
reading and the writes of :class:`Store`.

Each write is one committed transaction with its history rows: ``field`` "institution" (``key``
the target; old and new whether it is assigned, None for the defaults), "request" (``key`` the
institution), "proposal" (``key`` the answer key; a proposal received, superseded, rejected or
accepted). Accepting writes the answer in the same transaction (its "value" history row, then the
"proposal" row naming whose value it was: the provenance). Values, keys and texts must already be
checked (``services.institutions``, ``services.proposals``)."""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..domain.status import ANSWERED
from .clock import now_iso
from .db import StorageError
from .part import StorePart

if TYPE_CHECKING:
    from ..domain.institutions.asked import Override
    from ..domain.institutions.proposals import NewProposal, Proposal

# the domain's institutions and proposals load with the first of them read or written, not with the
# store: the first window does not draw them (tests/test_launch.py)

# the keys of the plan's progress proposed by the institutions leading its actions (
# storage.progress's history keys); an answer key never holds a colon
_PLAN_KEYS = "substr(key, 1, 9) = 'progress:' OR substr(key, 1, 10) = 'indicator:'"
_P_COLUMNS = ("id", "key", "institution", "respondent", "status", "value", "comment", "source", "received_at",
              "state", "decided_at", "decided_by", "note")


@dataclass(frozen=True)
class Request:
    """What an institution's request says on its cover: by when (``deadline``, ISO date), whom to
    contact, a note; one attribute per field of ``domain.institutions.request_fields.REQUEST_FIELDS``
    (the store's columns and the plain data are read from there)."""

    institution: str
    deadline: str = ""
    contact: str = ""
    note: str = ""
    at: str = ""

    def values(self) -> dict[str, str]:
        """The declared fields' values, name -> text."""
        from ..domain.institutions.request_fields import REQUEST_NAMES

        return {name: getattr(self, name) for name in REQUEST_NAMES}

    def to_dict(self) -> dict[str, str]:
        return {"institution": self.institution, **self.values(), "at": self.at}


def _proposal(row: Any) -> Proposal:
    from ..domain.institutions.proposals import Proposal

    d = dict(zip(_P_COLUMNS, row, strict=True))
    d["value"] = None if d["value"] is None else json.loads(d["value"])
    return Proposal(**d)


def _plain(p: Proposal | None) -> dict[str, Any] | None:
    return None if p is None else {k: v for k, v in p.to_dict().items() if k != "key"}


class ProposalStore(StorePart):
    """The institutions-and-proposals part of :class:`~capacity_app.storage.store.Store` (a mixin)."""

    # --- who is asked what ------------------------------------------------------------------
    def institution_overrides(self, assessment_id: int) -> tuple[Override, ...]:
        """The officer's changes to who is asked what, in the order they were first made."""
        from ..domain.institutions.asked import Override

        cur = self.db.execute("SELECT target, institution, assigned, at, operator FROM institution_overrides"
                              " WHERE assessment_id = ? ORDER BY rowid", [int(assessment_id)])
        return tuple(Override(t, i, bool(a), at, op) for t, i, a, at, op in cur.fetchall())

    def save_override(self, assessment_id: int, target: str, institution: str, assigned: bool | None) -> bool:
        """Give ``target`` to ``institution`` (True), take it away (False), or go back to the
        defaults (None), in one transaction with its history row. Returns whether anything changed."""
        aid = int(assessment_id)
        self.assessment(aid)
        stamp = now_iso()
        with self.transaction():
            row = self.db.execute("SELECT assigned FROM institution_overrides WHERE assessment_id = ? AND"
                                  " target = ? AND institution = ?", [aid, target, institution]).fetchone()
            old = None if row is None else bool(row[0])
            if old == assigned:
                return False
            if assigned is None:
                self.db.execute("DELETE FROM institution_overrides WHERE assessment_id = ? AND target = ? AND"
                                " institution = ?", [aid, target, institution])
            else:
                self.db.execute(
                    "INSERT INTO institution_overrides (assessment_id, target, institution, assigned, operator, at)"
                    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(assessment_id, target, institution) DO UPDATE SET"
                    " assigned = excluded.assigned, operator = excluded.operator, at = excluded.at",
                    [aid, target, institution, int(assigned), self.operator, stamp])
            self._history(aid, target, "institution", {"institution": institution, "assigned": old},
                          {"institution": institution, "assigned": assigned}, stamp)
            self._touch(aid, stamp)
        return True

    # --- what each request says ---------------------------------------------------------------
    def institution_requests(self, assessment_id: int) -> dict[str, Request]:
        from ..domain.institutions.request_fields import REQUEST_NAMES

        cur = self.db.execute(f"SELECT institution, {', '.join(REQUEST_NAMES)}, at FROM institution_requests"
                              " WHERE assessment_id = ?", [int(assessment_id)])
        return {r[0]: Request(r[0], **dict(zip(REQUEST_NAMES, r[1:-1], strict=True)), at=r[-1])
                for r in cur.fetchall()}

    def save_request(self, assessment_id: int, institution: str, values: dict[str, str]) -> Request:
        """Record what ``institution``'s request says (``values``: each declared field's text, name
        -> text; one transaction, one history row)."""
        from ..domain.institutions.request_fields import REQUEST_NAMES

        aid = int(assessment_id)
        self.assessment(aid)
        stamp = now_iso()
        given = [values.get(name, "") for name in REQUEST_NAMES]
        new = Request(institution, **dict(zip(REQUEST_NAMES, given, strict=True)), at=stamp)
        with self.transaction():
            old = self.institution_requests(aid).get(institution)
            if old is not None and old.values() == new.values():
                return old
            columns = ", ".join(REQUEST_NAMES)
            updated = ", ".join(f"{name} = excluded.{name}" for name in REQUEST_NAMES)
            self.db.execute(
                f"INSERT INTO institution_requests (assessment_id, institution, {columns}, operator, at)"
                f" VALUES (?, ?, {', '.join('?' for _ in REQUEST_NAMES)}, ?, ?) ON CONFLICT(assessment_id, institution)"
                f" DO UPDATE SET {updated}, operator = excluded.operator, at = excluded.at",
                [aid, institution, *given, self.operator, stamp])
            self._history(aid, institution, "request", None if old is None else old.to_dict(), new.to_dict(), stamp)
            self._touch(aid, stamp)
        return new

    # --- proposals ---------------------------------------------------------------------------
    def proposals(self, assessment_id: int, *, state: str | None = None, key: str | None = None,
                  institution: str | None = None, plan: bool | None = False) -> list[Proposal]:
        """The assessment's proposals (filtered), oldest first: for its answers (``plan`` False),
        for the plan's progress (True: keys "progress:…" and "indicator:…") or both (None)."""
        sql = f"SELECT {', '.join(_P_COLUMNS)} FROM proposals WHERE assessment_id = ?"
        if plan is not None:
            sql += f" AND {'' if plan else 'NOT '}({_PLAN_KEYS})"
        args: list[Any] = [int(assessment_id)]
        for column, v in (("state", state), ("key", key), ("institution", institution)):
            if v is not None:
                sql += f" AND {column} = ?"
                args.append(v)
        return [_proposal(r) for r in self.db.execute(sql + " ORDER BY id", args).fetchall()]

    def open_proposal_count(self, assessment_id: int, item_id: str) -> int:
        """How many open proposals name ``item_id`` or one of its grid rows or matrix cells."""
        row = self.db.execute("SELECT count(*) FROM proposals WHERE assessment_id = ? AND state = 'open' AND"
                              " (key = ? OR substr(key, 1, ?) = ?)",
                              [int(assessment_id), item_id, len(item_id) + 1, item_id + "."]).fetchone()
        return int(row[0])

    def proposal(self, proposal_id: int) -> tuple[int, Proposal]:
        """(its assessment id, the proposal), or StorageError when there is none."""
        if not -(2 ** 63) <= int(proposal_id) < 2 ** 63:
            raise StorageError(f"no proposal with id {proposal_id}")
        row = self.db.execute(f"SELECT assessment_id, {', '.join(_P_COLUMNS)} FROM proposals WHERE id = ?",
                              [int(proposal_id)]).fetchone()
        if row is None:
            raise StorageError(f"no proposal with id {proposal_id}")
        return int(row[0]), _proposal(row[1:])

    def add_proposals(self, assessment_id: int, new: Iterable[NewProposal], source: str,
                      settled: Iterable[tuple[str, str]] = ()) -> list[int]:
        """Store institutions' proposals in one transaction, a history row each: an open proposal of
        the same institution for the same key is superseded by a different one, and one identical to
        it is not stored again; the open proposals of each (institution, key) of ``settled`` are
        superseded too (a newer reply of that institution settles them). Returns the ids stored."""
        from ..domain.institutions.proposals import OPEN, SUPERSEDED, same_proposal

        aid = int(assessment_id)
        self.assessment(aid)
        stamp = now_iso()
        ids: list[int] = []
        with self.transaction():
            for n in new:
                current = self.proposals(aid, state=OPEN, key=n.key, institution=n.institution, plan=None)
                if any(same_proposal(p, n) for p in current):
                    continue
                for p in current:
                    self._decide(aid, p, SUPERSEDED, "", stamp)
                value = n.value if n.status == ANSWERED else None
                cur = self.db.execute(
                    "INSERT INTO proposals (assessment_id, key, institution, respondent, status, value, comment,"
                    " source, received_at, state, operator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [aid, n.key, n.institution, n.respondent, n.status,
                     None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True),
                     n.comment, source, stamp, OPEN, self.operator])
                pid = int(cur.lastrowid or 0)
                ids.append(pid)
                self._history(aid, n.key, "proposal", None, {"id": pid, "institution": n.institution,
                                                             "respondent": n.respondent, "status": n.status,
                                                             "value": value, "comment": n.comment,
                                                             "source": source, "state": OPEN}, stamp)
            done = 0
            for institution, key in settled:
                for p in self.proposals(aid, state=OPEN, key=key, institution=institution, plan=None):
                    self._decide(aid, p, SUPERSEDED, f"settled by a newer reply: {source}"[:300], stamp)
                    done += 1
            if ids or done:
                self._touch(aid, stamp)
        return ids

    def reject_proposals(self, assessment_id: int, proposal_ids: Iterable[int], note: str = "") -> list[int]:
        """Reject open proposals (one transaction, a history row each). Returns those rejected."""
        from ..domain.institutions.proposals import REJECTED

        aid = int(assessment_id)
        stamp = now_iso()
        done = []
        with self.transaction():
            for pid in proposal_ids:
                owner, p = self.proposal(pid)
                if owner != aid or not p.is_open:
                    continue
                self._decide(aid, p, REJECTED, note, stamp)
                done.append(p.id)
            if done:
                self._touch(aid, stamp)
        return done

    def accept_proposals(self, assessment_id: int, accepted: Iterable[tuple[int, str, Any, str | None, str]]) -> list[int]:
        """Accept open proposals, each ``(id, status, value, comment, note)``: the answer takes
        ``status``, ``value`` and ``comment`` (None: the answer's comment is kept; the value is the
        proposal's, or the officer's edit of it, already checked), then the proposal is marked
        accepted with a "proposal" history row naming whose value it was (its provenance, and
        ``edited`` when the officer changed it). All in one transaction. Returns those accepted."""
        from ..domain.institutions.proposals import ACCEPTED

        aid = int(assessment_id)
        stamp = now_iso()
        done = []
        with self.transaction():
            for pid, status, value, comment, note in accepted:
                owner, p = self.proposal(pid)
                if owner != aid or not p.is_open or is_plan_key(p.key):
                    continue
                self.save_answer(aid, p.key, status, value, comment)
                edited = (status, value if status == ANSWERED else None) != (p.status, p.value)
                self._decide(aid, p, ACCEPTED, note, stamp,
                             extra={"provenance": p.provenance(), "edited": edited,
                                    "answer": {"status": status, "value": value if status == ANSWERED else None}})
                done.append(p.id)
        return done

    def accept_plan_proposal(self, assessment_id: int, proposal_id: int, entry: Any, note: str = "") -> bool:
        """Accept an open proposal of the plan's progress: ``entry`` (the proposal's
        ``ActionProgress`` or ``IndicatorValue``, already checked) is recorded with its history
        row (``storage.progress``), then the proposal marked accepted with a "proposal" row naming
        whose it was, in one transaction. False when it is not open (nothing written)."""
        from ..domain.institutions.proposals import ACCEPTED
        from ..domain.plan.progress import ActionProgress

        aid = int(assessment_id)
        stamp = now_iso()
        with self.transaction():
            owner, p = self.proposal(proposal_id)
            if owner != aid or not p.is_open or not is_plan_key(p.key):
                return False
            if isinstance(entry, ActionProgress):
                self.save_progress(aid, entry)   # type: ignore[attr-defined]
            else:
                self.save_indicator_value(aid, entry)   # type: ignore[attr-defined]
            self._decide(aid, p, ACCEPTED, note, stamp, extra={"provenance": p.provenance()})
            self._touch(aid, stamp)
        return True

    def _decide(self, aid: int, p: Proposal, state: str, note: str, stamp: str,
                extra: dict[str, Any] | None = None) -> None:
        self.db.execute("UPDATE proposals SET state = ?, decided_at = ?, decided_by = ?, note = ? WHERE id = ?",
                        [state, stamp, self.operator, note, p.id])
        new = {"id": p.id, "institution": p.institution, "respondent": p.respondent, "state": state, "note": note,
               **(extra or {})}
        self._history(aid, p.key, "proposal", {"id": p.id, "state": p.state}, new, stamp)


def is_plan_key(key: str) -> bool:
    """Whether a proposal's key is the plan's progress, not an answer's."""
    return key.startswith(("progress:", "indicator:"))


__all__ = ["ProposalStore", "Request", "is_plan_key"]
