"""The local store: assessments, answers, comments, evidence and the full history of changes.

One :class:`Store` owns the single write connection of a database file. Each public write
method is one committed transaction; when it returns, the change is on disk. Opening, the
transaction, the preferences and the list are its core (:mod:`.core`), which the window's first
view reads before this module is imported.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any
from collections.abc import Iterable

from ..domain.assessment import Assessment, Institution
from ..domain.celltext import evidence_line, workbook_bytes
from ..domain.status import ANSWER_STATUSES, ANSWERED, EMPTY
from .actionplan import ActionPlanStore
from .clock import now_iso
from .documents import DocumentStore
from .origins import OriginStore
from .period_report import PeriodReportStore
from .progress import ProgressStore
from .proposals import ProposalStore
from .results import ResultsStore
from .reviews import ReviewStore
from .signoffs import SignOffStore
from .undo import UndoStore
from .core import StoreCore, StoredSummary, _explain, _json, _to_assessment, _unjson
from .core import WriteError as WriteError  # what every write raises: its callers name it here
from .db import StorageError, list_backups, take_backup

if TYPE_CHECKING:
    from ..domain.answers import Answer, Evidence


def _new_uid() -> str:
    import uuid  # (and platform): not needed to open a store

    return uuid.uuid4().hex


def _inserted_id(cur: sqlite3.Cursor) -> int:
    """The row id an INSERT just gave (always set after an INSERT; typed optional by sqlite3)."""
    if cur.lastrowid is None:
        raise StorageError("the database gave no id for the new row")
    return cur.lastrowid


class Store(StoreCore, ActionPlanStore, ResultsStore, ReviewStore, SignOffStore, OriginStore, DocumentStore, ProposalStore, UndoStore,
            ProgressStore, PeriodReportStore):
    """A database file opened for writing (or read-only). The action plan's methods
    (``action_plan``, ``save_action``, ...) are in :mod:`.actionplan`, the reviews' (``reviews``,
    ``save_review``, ...) in :mod:`.reviews`, the sign-off's in :mod:`.signoffs`, where an imported answer came from in :mod:`.origins`, the documents' in :mod:`.documents`, the institutions asked and their proposals in
    :mod:`.proposals`, the window's undo history in :mod:`.undo`, the plan's results chain in :mod:`.results`."""

    # --- assessments -------------------------------------------------------------------------
    def create_assessment(self, *, country: str, m49: str, round: int, title: str,
                          questionnaire_id: str, questionnaire_version: str,
                          mission_start: str = "", mission_end: str = "", reference_date: str = "",
                          institutions: Iterable[Institution] = (), settings: dict | None = None,
                          status: str = "draft", uid: str | None = None) -> Assessment:
        stamp = now_iso()
        row = {
            "uid": uid or _new_uid(), "country": country, "m49": m49, "round": int(round),
            "title": title, "mission_start": mission_start, "mission_end": mission_end,
            "reference_date": reference_date,
            "institutions": _json([{"name": i.name, "role": i.role} for i in institutions]),
            "questionnaire_id": questionnaire_id, "questionnaire_version": questionnaire_version,
            "status": status, "settings": _json(settings or {}), "created_at": stamp,
            "updated_at": stamp, "deleted_at": "",
        }
        with self.transaction():
            cur = self.db.execute(
                f"INSERT INTO assessments ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()))
            new_id = _inserted_id(cur)
            self._history(new_id, "", "assessment", None, {"created": row["uid"]}, stamp)
        return self.assessment(new_id)

    def assessment(self, assessment_id: int) -> Assessment:
        if not -(2 ** 63) <= int(assessment_id) < 2 ** 63:  # beyond SQLite's integers: none such
            raise StorageError(f"no assessment with id {assessment_id}")
        row = self.db.execute("SELECT * FROM assessments WHERE id = ?", [int(assessment_id)]).fetchone()
        if row is None:
            raise StorageError(f"no assessment with id {assessment_id}")
        cols = [d[0] for d in self.db.execute("SELECT * FROM assessments LIMIT 0").description]
        return _to_assessment(dict(zip(cols, row, strict=True)))

    def find_assessment(self, uid: str) -> Assessment | None:
        row = self.db.execute("SELECT id FROM assessments WHERE uid = ?", [uid]).fetchone()
        return None if row is None else self.assessment(row[0])

    def assessments(self, include_deleted: bool = False, only_deleted: bool = False) -> list[Assessment]:
        where = "deleted_at != ''" if only_deleted else ("1" if include_deleted else "deleted_at = ''")
        cur = self.db.execute(f"SELECT * FROM assessments WHERE {where} ORDER BY updated_at DESC, id DESC")
        cols = [d[0] for d in cur.description]
        return [_to_assessment(dict(zip(cols, r, strict=True))) for r in cur.fetchall()]

    UPDATABLE = {"title", "mission_start", "mission_end", "reference_date", "institutions", "status",
                 "settings", "round", "country", "m49", "questionnaire_version"}

    def update_assessment(self, assessment_id: int, **changes: Any) -> Assessment:
        bad = set(changes) - self.UPDATABLE
        if bad:
            raise StorageError(f"cannot change {', '.join(sorted(bad))} of an assessment")
        before = self.assessment(assessment_id)
        row: dict[str, Any] = {}
        for k, v in changes.items():
            if k == "institutions":
                v = _json([{"name": i.name, "role": i.role} for i in v])
            elif k == "settings":
                v = _json(v)
            row[k] = v
        stamp = now_iso()
        with self.transaction():
            sets = ", ".join(f"{k} = ?" for k in row)
            self.db.execute(f"UPDATE assessments SET {sets}, updated_at = ? WHERE id = ?",
                            [*row.values(), stamp, int(assessment_id)])
            old = {k: _plain(getattr(before, k)) for k in changes}
            new = {k: _plain(v) for k, v in changes.items()}
            self._history(assessment_id, "", "assessment", old, new, stamp)
        return self.assessment(assessment_id)

    def delete_assessment(self, assessment_id: int) -> None:
        """Move to the trash (restorable)."""
        self.assessment(assessment_id)
        stamp = now_iso()
        with self.transaction():
            self.db.execute("UPDATE assessments SET deleted_at = ? WHERE id = ?", [stamp, int(assessment_id)])
            self._history(assessment_id, "", "assessment", None, {"deleted": stamp}, stamp)

    def restore_assessment(self, assessment_id: int) -> None:
        self.assessment(assessment_id)
        stamp = now_iso()
        with self.transaction():
            self.db.execute("UPDATE assessments SET deleted_at = '' WHERE id = ?", [int(assessment_id)])
            self._history(assessment_id, "", "assessment", None, {"restored": stamp}, stamp)

    # --- derived summaries (see schema.m002_summaries) ------------------------------------------
    def stored_summaries(self, ids: Iterable[int] | None = None, bases: Iterable[str] | None = None
                         ) -> dict[int, StoredSummary]:
        """The stored summaries of the listed assessments (not in the trash), or of those of
        ``ids``, by assessment id, stale or not, those computed on one of ``bases`` only when
        given: the summaries table alone, none of the assessments' records read."""
        where = "a.deleted_at = ''"
        args: list[Any] = []
        if ids is not None:
            args = [int(i) for i in ids]
            where = f"a.id IN ({', '.join('?' * len(args))})"
        if bases is not None:
            chosen = list(bases)
            where += f" AND s.basis IN ({', '.join('?' * len(chosen))})"
            args += chosen
        rows = self.db.execute(
            "SELECT s.assessment_id, s.revision, s.basis, s.answered, s.total, s.overall, s.band"
            f" FROM summaries s JOIN assessments a ON a.id = s.assessment_id WHERE {where}", args)
        return {r[0]: StoredSummary(*r[1:]) for r in rows}

    def summary_bases(self) -> set[str]:
        """The bases the stored summaries were computed on (a few: one per application version and
        questionnaire that stored them)."""
        return {r[0] for r in self.db.execute("SELECT DISTINCT basis FROM summaries")}

    def questionnaire_versions(self) -> set[tuple[str, str]]:
        """The (questionnaire id, version) pairs the assessments are answered against, those in the
        trash too."""
        return {(r[0], r[1]) for r in self.db.execute(
            "SELECT DISTINCT questionnaire_id, questionnaire_version FROM assessments")}

    def revision(self, assessment_id: int) -> int:
        """The assessment's change counter (raised by the database on every change to it)."""
        row = self.db.execute("SELECT revision FROM assessments WHERE id = ?", [int(assessment_id)]).fetchone()
        if row is None:
            raise StorageError(f"no assessment with id {assessment_id}")
        return row[0]

    def put_summary(self, assessment_id: int, summary: StoredSummary) -> bool:
        """Store a summary computed from revision ``summary.revision``; kept only while that is
        still the assessment's revision (a write in between makes it stale at once: refused).
        Returns whether it was stored."""
        with self.transaction():
            cur = self.db.execute(
                "INSERT OR REPLACE INTO summaries(assessment_id, revision, basis, answered, total,"
                " overall, band, computed_at) SELECT id, ?, ?, ?, ?, ?, ?, ? FROM assessments"
                " WHERE id = ? AND revision = ?",
                [summary.revision, summary.basis, summary.answered, summary.total, summary.overall,
                 summary.band, now_iso(), int(assessment_id), summary.revision])
            return cur.rowcount > 0

    # --- answers -----------------------------------------------------------------------------
    def answers(self, assessment_id: int) -> dict[str, Answer]:
        # start-up: the answer and questionnaire models (about 10 ms) load when answers are first read
        from ..domain.answers import Answer, Evidence

        ev: dict[str, list[Evidence]] = {}
        for eid, key, kind, text in self.db.execute(
                "SELECT id, key, kind, text FROM evidence WHERE assessment_id = ? ORDER BY id",
                [int(assessment_id)]):
            ev.setdefault(key, []).append(Evidence(kind, text, eid))
        out: dict[str, Answer] = {}
        for key, status, value, comment in self.db.execute(
                "SELECT key, status, value, comment FROM answers WHERE assessment_id = ?",
                [int(assessment_id)]):
            out[key] = Answer(key, _unjson(value), status, comment or "", tuple(ev.pop(key, ())))
        for key, items in ev.items():
            out[key] = Answer(key, None, EMPTY, "", tuple(items))
        return out

    # every column of user text an export writes (JSON as stored: a little more than the cells)
    _TEXT_COLUMNS = (
        ("answers", "value, comment"), ("evidence", "kind, text"),
        # {texts}: each text and each field of a text's kind an action declares (domain.plan.fields,
        # domain.plan.action_fields)
        ("action_items", "costs, {texts}"),
        ("action_plans", "rates, validation"), ("reviews", "reviewer, note"),
        ("signoffs", "name, position, institution, reason"),
        ("action_progress", "action_id, period, reason, lines"), ("indicator_values", "indicator_id, value, source"),
        ("period_reports", "period, summary, decisions"), ("corrective_measures", "action_id, period, text, who, by_date"),
    )

    def text_bytes(self, assessment_id: int) -> int:
        """What the user text of an assessment takes in its workbook (``domain.celltext.
        workbook_bytes`` of every cell an export writes from it), for the services' check that
        whatever they accept can be exported and imported again. Measured once per
        revision of the assessment (8 ms a megabyte: 0.1 s at the 16 MB limit); a write whose text
        its service measured leaves the new total (:meth:`text_bytes_now`), so typing near the
        limit measures nothing twice. A text the last measure of this assessment saw is not measured
        again: a write that replaces many things at once (services.base.text_kept_within) measures
        the whole before and after it, and filling a plan of 60 actions measured every earlier
        action's texts at each (tests/generated's eight export round trips, each writing its
        assessment first: 27 -> 18 processor-seconds). The texts kept for that are those of one
        assessment, which the same check holds within a workbook's limit."""
        aid = int(assessment_id)
        revision = self.revision(aid)
        cached = self._text_bytes.get(aid)
        if cached is not None and cached[0] == revision:
            return cached[1]
        known = self._text_sizes[1] if self._text_sizes[0] == aid else {}
        sizes: dict[str, int] = {}

        def measure(text: str) -> int:
            size = sizes.get(text)
            if size is None:
                size = known.get(text)
                sizes[text] = size = workbook_bytes(text) if size is None else size
            return size

        total = 0
        from ..domain.plan.action_fields import ACTION_FIELDS
        from ..domain.plan.fields import TEXT_NAMES

        typed = [f.stored for f in ACTION_FIELDS if f.kind in ("title", "codes", "names", "text", "line")]
        for table, columns in self._TEXT_COLUMNS:
            columns = columns.format(texts=", ".join((*typed, *TEXT_NAMES)))
            for row in self.db.execute(f"SELECT {columns} FROM {table} WHERE assessment_id = ?", [aid]):
                if table == "evidence":  # one line of its item's Evidence cell
                    total += measure(evidence_line(str(row[0]), str(row[1]))) + 1
                else:
                    total += sum(measure(v) for v in row if isinstance(v, str) and v)
        self._text_sizes = (aid, sizes)
        self._text_bytes[aid] = (revision, total)
        return total

    def text_bytes_now(self, assessment_id: int, total: int) -> None:
        """After a write: the text it leaves, as the service measured it (kept for this revision)."""
        aid = int(assessment_id)
        self._text_bytes[aid] = (self.revision(aid), int(total))

    def answer(self, assessment_id: int, key: str) -> Answer:
        from ..domain.answers import Answer, Evidence  # start-up: see answers()

        row = self.db.execute(
            "SELECT status, value, comment FROM answers WHERE assessment_id = ? AND key = ?",
            [int(assessment_id), key]).fetchone()
        ev = tuple(Evidence(k, t, i) for i, k, t in self.db.execute(
            "SELECT id, kind, text FROM evidence WHERE assessment_id = ? AND key = ? ORDER BY id",
            [int(assessment_id), key]))
        if row is None:
            return Answer(key, None, EMPTY, "", ev)
        return Answer(key, _unjson(row[1]), row[0], row[2] or "", ev)

    def save_answer(self, assessment_id: int, key: str, status: str, value: Any = None,
                    comment: str | None = None) -> str:
        """Record a value (or don't know / not applicable / cleared) in one committed
        transaction with its history row. Values must already be validated (see services).
        Returns the time stamp of the commit."""
        if status not in ANSWER_STATUSES:
            raise StorageError(f"unknown answer status {status!r}")
        if status != ANSWERED:
            value = None
        stamp = now_iso()
        aid = int(assessment_id)
        with self.transaction():
            row = self.db.execute(
                "SELECT status, value, comment FROM answers WHERE assessment_id = ? AND key = ?",
                [aid, key]).fetchone()
            old_status, old_value, old_comment = row if row else (EMPTY, None, "")
            new_value = _json(value)
            new_comment = old_comment if comment is None else comment
            if (old_status, old_value, old_comment or "") == (status, new_value, new_comment or ""):
                return stamp  # nothing changed: no history row
            self.db.execute(
                "INSERT INTO answers(assessment_id, key, status, value, comment, updated_at, operator)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(assessment_id, key) DO UPDATE SET"
                " status = excluded.status, value = excluded.value, comment = excluded.comment,"
                " updated_at = excluded.updated_at, operator = excluded.operator",
                [aid, key, status, new_value, new_comment, stamp, self.operator])
            if (old_status, old_value) != (status, new_value):
                self._history(aid, key, "value",
                              {"status": old_status, "value": _unjson(old_value)},
                              {"status": status, "value": value}, stamp)
            if (old_comment or "") != (new_comment or ""):
                self._history(aid, key, "comment", old_comment or "", new_comment or "", stamp)
            self._touch(aid, stamp)
        return stamp

    def set_comment(self, assessment_id: int, key: str, comment: str) -> str:
        current = self.answer(assessment_id, key)
        return self.save_answer(assessment_id, key, current.status, current.value, comment)

    def add_evidence(self, assessment_id: int, key: str, kind: str, text: str) -> int:
        stamp = now_iso()
        with self.transaction():
            cur = self.db.execute(
                "INSERT INTO evidence(assessment_id, key, kind, text, created_at) VALUES (?, ?, ?, ?, ?)",
                [int(assessment_id), key, kind, text, stamp])
            self._history(assessment_id, key, "evidence", None, {"kind": kind, "text": text}, stamp)
            self._touch(int(assessment_id), stamp)
            return _inserted_id(cur)

    def remove_evidence(self, evidence_id: int) -> None:
        row = self.db.execute("SELECT assessment_id, key, kind, text FROM evidence WHERE id = ?",
                              [int(evidence_id)]).fetchone()
        if row is None:
            raise StorageError(f"no evidence with id {evidence_id}")
        stamp = now_iso()
        with self.transaction():
            self.db.execute("DELETE FROM evidence WHERE id = ?", [int(evidence_id)])
            self._history(row[0], row[1], "evidence", {"kind": row[2], "text": row[3]}, None, stamp)
            self._touch(row[0], stamp)

    def replace_answers(self, assessment_id: int, answers: Iterable[Answer], note: str = "import") -> None:
        """Replace every answer of an assessment in one transaction (imports, round copies)."""
        aid = int(assessment_id)
        with self.transaction():
            old = self.answers(aid)
            stamp = now_iso()
            self.db.execute("DELETE FROM answers WHERE assessment_id = ?", [aid])
            self.db.execute("DELETE FROM evidence WHERE assessment_id = ?", [aid])
            new_keys = set()
            for a in answers:
                new_keys.add(a.key)
                self.db.execute(
                    "INSERT INTO answers(assessment_id, key, status, value, comment, updated_at, operator)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [aid, a.key, a.status, _json(a.value if a.status == ANSWERED else None),
                     a.comment, stamp, self.operator])
                for e in a.evidence:
                    self.db.execute(
                        "INSERT INTO evidence(assessment_id, key, kind, text, created_at) VALUES (?, ?, ?, ?, ?)",
                        [aid, a.key, e.kind, e.text, stamp])
                prev = old.get(a.key)
                if prev is None or (prev.status, prev.value) != (a.status, a.value):
                    self._history(aid, a.key, "value",
                                  None if prev is None else {"status": prev.status, "value": prev.value},
                                  {"status": a.status, "value": a.value}, stamp)
                self._comment_evidence_history(aid, a.key, prev, a, stamp)
            for key in set(old) - new_keys:
                self._history(aid, key, "value", {"status": old[key].status, "value": old[key].value},
                              None, stamp)
            self._history(aid, "", "assessment", None, {"replaced_answers": note}, stamp)
            self._touch(aid, stamp)

    def _comment_evidence_history(self, aid: int, key: str, prev: Answer | None, new: Answer, stamp: str) -> None:
        """The history rows of a bulk write's comment and evidence changes, as ``set_comment`` and
        ``add_evidence`` / ``remove_evidence`` write them: without them an answer's earlier versions
        could not be walked back (services.provenance) and a colleague's import saw a conflict
        where there was none (seen in the two-laptop walk)."""
        before = (prev.comment or "") if prev is not None else ""
        if (new.comment or "") != before:
            self._history(aid, key, "comment", before, new.comment or "", stamp)
        old_ev = [(e.kind, e.text) for e in prev.evidence] if prev is not None else []
        new_ev = [(e.kind, e.text) for e in new.evidence]
        for kind, text in _minus(old_ev, new_ev):
            self._history(aid, key, "evidence", {"kind": kind, "text": text}, None, stamp)
        for kind, text in _minus(new_ev, old_ev):
            self._history(aid, key, "evidence", None, {"kind": kind, "text": text}, stamp)

    # --- history -----------------------------------------------------------------------------
    def history(self, assessment_id: int, key: str | None = None, limit: int | None = None,
                before: int | None = None) -> list[dict]:
        """The history rows, newest first (of ``key``; at most ``limit``; ``before``: those written
        before the row of that id)."""
        sql = "SELECT id, key, field, old, new, at, operator FROM history WHERE assessment_id = ?"
        args: list[Any] = [int(assessment_id)]
        if key is not None:
            sql += " AND key = ?"
            args.append(key)
        if before is not None:
            sql += " AND id < ?"
            args.append(int(before))
        sql += " ORDER BY id DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [{"id": r[0], "key": r[1], "field": r[2], "old": _unjson(r[3]), "new": _unjson(r[4]),
                 "at": r[5], "operator": r[6]} for r in self.db.execute(sql, args)]

    def _history(self, assessment_id: int, key: str, field: str, old: Any, new: Any, stamp: str) -> None:
        self.db.execute(
            "INSERT INTO history(assessment_id, key, field, old, new, at, operator) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [int(assessment_id), key, field, _json(old), _json(new), stamp, self.operator])

    def _touch(self, assessment_id: int, stamp: str) -> None:
        self.db.execute("UPDATE assessments SET updated_at = ? WHERE id = ?", [stamp, assessment_id])

    # --- maintenance -------------------------------------------------------------------------
    def backup(self, reason: str = "manual") -> Path:
        with self._mutex:
            try:
                return take_backup(self.db.conn, self.path, reason, self.backup_dir)
            except sqlite3.OperationalError as exc:
                raise _explain(self.path, exc) from exc

    def backups(self):
        return list_backups(self.path, self.backup_dir)


def _minus(a: list[tuple[str, str]], b: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The items of ``a`` not in ``b``, counted as a multiset, in ``a``'s order."""
    left = list(b)
    out = []
    for item in a:
        if item in left:
            left.remove(item)
        else:
            out.append(item)
    return out


def _plain(v: Any) -> Any:
    if isinstance(v, (tuple, list)):
        return [_plain(x) for x in v]
    if isinstance(v, Institution):
        return {"name": v.name, "role": v.role}
    return v
