"""Who made each answer's current version and which versions it descends from (the
team merge), read from the history: an answer changed here has its value, comment and evidence
rows (the operator and the time of each); one an import brought has its "origin" row
(``storage.origins``: the author and time on the machine it came from, the row checks of its
earlier versions there, the answer as it was here before).

Versions are named by their row check (``exchange.format.row_check``: value and status, comment,
evidence). Walking an answer's history back from its current version gives the versions it had
before, newest first: the export writes them in the Changes sheet, and an import tells from them
whether the workbook's answer descends from this database's (take it), this database's descends
from the workbook's (nothing to take: the sender did not change it since) or both changed since
their common version (a conflict)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..domain.answers import Answer, Evidence
from ..domain.status import EMPTY
from ..exchange.workbook.format import row_check
from ..storage.origins import ORIGIN
from ..storage.store import Store

EARLIER_MAX = 32  # earlier versions kept per answer (an answer is rarely changed more often)
_FIELDS = frozenset({"value", "comment", "evidence", ORIGIN})
# the order in which one write records an answer's fields (storage.store: the value, then the
# comment; evidence in writes of its own): read newest first, a field recorded before the one
# just read belongs to an earlier write, even within the same second
_RANK = {"value": 0, "comment": 1, "evidence": 2}


@dataclass(frozen=True)
class Provenance:
    """An answer's current version: who made it and when (UTC, ISO 8601; "" when unknown), its
    row check and the row checks of its earlier versions, newest first."""

    by: str
    at: str
    check: str
    earlier: tuple[str, ...] = ()

    def descends_from(self, check: str) -> bool:
        """Whether the version ``check`` is this one or one it was made from."""
        return check == self.check or check in self.earlier


def answer_plain(a: Answer | None) -> dict[str, Any]:
    """An answer as an origin row keeps the version it replaced."""
    if a is None:
        return {"status": EMPTY, "value": None, "comment": "", "evidence": []}
    return {"status": a.status, "value": a.value, "comment": a.comment or "",
            "evidence": [[e.kind, e.text] for e in a.evidence]}


def _check(state: dict[str, Any]) -> str:
    return row_check(Answer("", state.get("value"), state.get("status") or EMPTY, state.get("comment") or "",
                            tuple(Evidence(str(k), str(t)) for k, t in state.get("evidence") or ())))


def _plain_state(raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict):
        return answer_plain(None)
    ev = raw.get("evidence") or []
    return {"status": raw.get("status") or EMPTY, "value": raw.get("value"), "comment": raw.get("comment") or "",
            "evidence": [list(x)[:2] for x in ev if isinstance(x, (list, tuple)) and len(x) >= 2]}


def _undo(state: dict[str, Any], row: dict[str, Any]) -> None:
    """The answer as it was before the history row ``row`` (newest first)."""
    old, new, fld = row["old"], row["new"], row["field"]
    if fld == "value":
        if isinstance(old, dict):
            state["status"], state["value"] = old.get("status") or EMPTY, old.get("value")
        else:
            state["status"], state["value"] = EMPTY, None
    elif fld == "comment":
        state["comment"] = old or ""
    elif fld == "evidence":
        ev = state["evidence"]
        if isinstance(new, dict) and old is None:  # added: gone before
            item = [new.get("kind"), new.get("text")]
            for i in range(len(ev) - 1, -1, -1):
                if list(ev[i]) == item:
                    del ev[i]
                    break
        elif isinstance(old, dict) and new is None:  # removed: there before (its place unknown: last)
            ev.append([old.get("kind"), old.get("text")])


def _walk(key: str, current: Answer | None, rows: list[dict[str, Any]]) -> Provenance:
    state = answer_plain(current)
    check = _check(state)
    seen = {check}
    earlier: list[str] = []  # the versions before the current one, newest first, each once

    def keep(c: str) -> None:
        if c not in seen:
            seen.add(c)
            earlier.append(c)
    by: str | None = None
    at = ""
    skip: tuple[int, int] | None = None  # (since, origin id): an import's own rows, told by its origin
    pending, stamp = False, None
    fields: set[str] = set()  # the rows of one write: one stamp, each field once, in their order
    last_rank = len(_RANK)

    def flush() -> None:
        nonlocal pending
        if pending:
            keep(_check(state))
            pending = False

    for row in rows:  # newest first
        if len(earlier) >= EARLIER_MAX:
            break  # older rows could only name versions beyond the ones kept (a check costs the answer's size)
        if row["field"] == ORIGIN:
            flush()
            new = row["new"] if isinstance(row["new"], dict) else {}
            if by is None:
                by, at = str(new.get("by") or ""), str(new.get("at") or "")
            for c in new.get("earlier") or ():
                if isinstance(c, str):
                    keep(c)
            state = _plain_state(new.get("prev"))
            keep(_check(state))
            skip = (int(new.get("since") or 0), int(row["id"]))
            continue
        if skip is not None and skip[0] < row["id"] < skip[1]:
            continue
        if by is None:
            by, at = str(row["operator"] or ""), str(row["at"] or "")
        rank = _RANK.get(row["field"], 0)
        if row["at"] != stamp or row["field"] in fields or rank > last_rank:
            flush()
            stamp, fields = row["at"], set()
        fields.add(row["field"])
        last_rank = rank
        _undo(state, row)
        pending = True
    flush()
    return Provenance(by or "", at, check, tuple(earlier[:EARLIER_MAX]))


def provenances(store: Store, assessment_id: int, answers: dict[str, Answer] | None = None) -> dict[str, Provenance]:
    """Each answer key with a history here: its :class:`Provenance` (``answers``: the answers as
    stored, when already read)."""
    answers = answers if answers is not None else store.answers(assessment_id)
    rows: dict[str, list[dict[str, Any]]] = {}
    for row in store.history(assessment_id):  # newest first
        if row["key"] and row["field"] in _FIELDS:
            rows.setdefault(row["key"], []).append(row)
    return {key: _walk(key, answers.get(key), r) for key, r in rows.items()}


def provenance_of(provs: dict[str, Provenance], key: str, current: Answer | None) -> Provenance:
    """The provenance of ``key`` (one without history: its current version, no author)."""
    p = provs.get(key)
    return p if p is not None else Provenance("", "", row_check(current))


__all__ = ["EARLIER_MAX", "Provenance", "answer_plain", "provenance_of", "provenances"]
