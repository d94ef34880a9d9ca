"""What a :class:`~capacity_app.storage.store.Store` is before its parts: the database opened (one
write connection, the lock, the checks and upgrades of ``open_database``), its transaction, its
damage and read-only state, the preferences and the list of assessments with their stored
summaries. The window's first view reads the list from a :class:`StoreCore` and draws it; the
rest of the store (answers, history, the action plan, reviews, documents, proposals, undo:
thirteen modules) is imported once the window is on screen.

:meth:`StoreCore.full` makes the same object the full :class:`~capacity_app.storage.store.Store`,
in place (the service that opened the core changes its class; both classes hold the same
instance state, all of it set here), so that every holder of the object, the window's list and
its writes among them, has the whole store from then on. A part of the full store asked of a core
(:meth:`StoreCore.__getattr__`) makes it full first: a part used before the window upgrades it is
never missing."""
from __future__ import annotations

import json
import os
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Self
from collections.abc import Callable, Iterable, Iterator

from ..domain.assessment import Assessment, Institution
from .db import (
    QUICK, Connection, CorruptDatabaseError, StorageError, all_backups, open_database, remember_damage,
    stored_backup_dir,
)



class StoredSummary(NamedTuple):
    """A summaries row as stored: the revision and basis it was computed from, and its figures."""

    revision: int
    basis: str
    answered: int
    total: int
    overall: float | None
    band: str | None



def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _unjson(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _to_assessment(row: dict) -> Assessment:
    inst = tuple(Institution(i.get("name", ""), i.get("role", "")) for i in (_unjson(row["institutions"]) or []))
    return Assessment(
        id=row["id"], uid=row["uid"], country=row["country"], m49=row["m49"] or "", round=row["round"],
        title=row["title"] or "", questionnaire_id=row["questionnaire_id"],
        questionnaire_version=row["questionnaire_version"], status=row["status"],
        mission_start=row["mission_start"] or "", mission_end=row["mission_end"] or "",
        reference_date=row["reference_date"] or "", institutions=inst,
        settings=_unjson(row["settings"]) or {}, created_at=row["created_at"],
        updated_at=row["updated_at"], deleted_at=row["deleted_at"] or "",
    )



class WriteError(StorageError):
    """A write the database could not take, for a reason outside the request (nothing was written;
    the same write may succeed once the reason is gone). ``reason``: ``read_only`` (a read-only
    file, folder or drive, or a store opened read-only), ``disk_full``, ``busy`` (another program
    holds the file), ``io`` (the disk could not be written: a removed or failing drive) or
    ``closed``."""

    REASONS = ("read_only", "disk_full", "busy", "io", "closed")

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason


def _explain(path: Path, exc: sqlite3.OperationalError) -> WriteError:
    msg = str(exc)
    name = getattr(exc, "sqlite_errorname", "")
    if "full" in msg or name == "SQLITE_FULL":
        return WriteError(f"{path}: the disk is full; the change was not saved (free some space and try again)",
                          "disk_full")
    if "locked" in msg or "busy" in msg:
        return WriteError(f"{path}: the database is busy in another program; the change was not saved", "busy")
    if "readonly" in msg or "read-only" in msg or name.startswith("SQLITE_READONLY"):
        return WriteError(f"{path}: the database cannot be written (read-only file or folder)", "read_only")
    return WriteError(f"{path}: the change was not saved ({msg})", "io")


_BECOMING = threading.Lock()  # a core made the full store by one thread at a time


class StoreCore:
    """A database file opened for writing (or read-only), without the store's parts: see the
    module's docstring. ``Store(...)`` opens the full store at once; ``StoreCore(...)`` opens the
    same way and becomes full at :meth:`full`."""

    def __init__(self, path: str | Path, *, backup_dir: str | Path | None = None,
                 operator: str | None = None, readonly: bool = False, daily_backup: bool = True,
                 integrity: str = QUICK):
        self.path = Path(path)
        self.backup_dir = Path(backup_dir) if backup_dir else None
        self.readonly = readonly
        self.damaged = ""  # why the database is known to be damaged (mark_damaged): read-only since
        self._damage: CorruptDatabaseError | None = None
        self._db: Connection | None
        self._db, self._lock = open_database(self.path, self.backup_dir, readonly=readonly,
                                            daily_backup=daily_backup, integrity=integrity)
        # the file itself, links resolved: its backups, side files and outputs are named after it
        self.path = Path(os.path.realpath(self.path))
        if self.backup_dir is None:  # the Preferences' backup folder, for every backup
            self.backup_dir = stored_backup_dir(self._db.conn)
        self._mutex = threading.RLock()
        self._operator = operator
        self._text_bytes: dict[int, tuple[int, int]] = {}  # assessment id -> (revision, text_bytes)
        # the last measured assessment's texts -> their workbook bytes (text_bytes)
        self._text_sizes: tuple[int, dict[str, int]] = (0, {})

    # --- life cycle --------------------------------------------------------------------------
    def close(self) -> None:
        with self._mutex:
            if self._db is not None:
                try:
                    self._db.conn.close()
                finally:
                    self._db = None
                    if self._lock is not None:
                        self._lock.release()
                        self._lock = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._db is None

    @property
    def db(self) -> Connection:
        """The open connection (StorageError once the store is closed)."""
        if self._db is None:
            raise StorageError(f"{self.path}: the database is closed")
        return self._db

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One committed transaction (nested calls become savepoints). None once the database is
        known to be damaged (:meth:`mark_damaged`): refused, naming the command that restores it."""
        if self._damage is not None:
            raise CorruptDatabaseError(self.path, self._damage.detail, self._damage.backups)
        if self.readonly:
            raise WriteError(f"{self.path}: opened read-only", "read_only")
        with self._mutex:
            if self._db is None:
                raise WriteError(f"{self.path}: the database is closed", "closed")
            try:
                with self.db.atomic():
                    yield
            except sqlite3.OperationalError as exc:
                raise _explain(self.path, exc) from exc

    def mark_damaged(self, detail: str) -> CorruptDatabaseError:
        """The database is damaged (``detail``: the integrity check's first problem, found at open
        or later by the full check the window runs in the background): from now on it is read
        only, every write refused naming the command that restores the last good backup (
        writes went on until the next open). Returns the refusal, for the message."""
        backups = [b.path for b in all_backups(self.path, self.backup_dir)]
        remember_damage(self.path, detail)  # the next open (a command too) checks it in full
        self._damage = CorruptDatabaseError(self.path, detail, backups)
        self.damaged = str(self._damage)
        self.readonly = True
        return self._damage

    @property
    def operator(self) -> str:
        if self._operator is None:
            self._operator = self.preference("operator", "") or ""
        return self._operator

    @operator.setter
    def operator(self, name: str) -> None:
        self._operator = name

    # --- preferences -------------------------------------------------------------------------
    def preference(self, name: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM preferences WHERE name = ?", [name]).fetchone()
        return default if row is None else _unjson(row[0])

    def set_preference(self, name: str, value: Any) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO preferences(name, value) VALUES (?, ?)",
                            [name, _json(value)])
        if name == "operator":
            self._operator = value or ""

    # set on a core by the service that opened it (services.assessments.open_store): makes the object
    # the full store, in place; None on a store opened whole
    _become_full: Callable[[StoreCore], None] | None = None

    def full(self) -> None:
        """Make this core the full store now, as the first use of one of its parts would (once,
        whatever the threads asking: until the class has changed, another asks and waits)."""
        if "_become_full" not in self.__dict__:
            return
        with _BECOMING:
            become = self.__dict__.get("_become_full")
            if become is not None:
                become(self)
                del self.__dict__["_become_full"]

    if not TYPE_CHECKING:  # the type checker sees only what a core has
        def __getattr__(self, name: str) -> Any:
            # called only for what the object lacks: a part of the full store asked of a core
            if "_become_full" in self.__dict__ and not name.startswith("__"):
                self.full()
                return getattr(self, name)
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    # --- the list of assessments (see schema.m002_summaries) --------------------------------------
    def listing(self, only_deleted: bool = False, ids: Iterable[int] | None = None, limit: int | None = None
                ) -> list[tuple[Assessment, int, StoredSummary | None]]:
        """The assessments of the list (or of the trash, or those of ``ids``), newest change
        first, each with its current revision and its stored summary (None when there is none);
        one query, whatever the number of assessments. ``limit``: the first so many only."""
        where = "a.deleted_at != ''" if only_deleted else "a.deleted_at = ''"
        args: list[Any] = []
        if ids is not None:
            ids = [int(i) for i in ids]
            where = f"a.id IN ({', '.join('?' * len(ids))})"
            args = ids
        cur = self.db.execute(
            "SELECT a.*, s.revision, s.basis, s.answered, s.total, s.overall, s.band"
            " FROM assessments a LEFT JOIN summaries s ON s.assessment_id = a.id"
            f" WHERE {where} ORDER BY a.updated_at DESC, a.id DESC" + ("" if limit is None else " LIMIT ?"),
            args if limit is None else [*args, max(int(limit), 0)])
        n = len(cur.description) - 6
        cols = [d[0] for d in cur.description[:n]]
        out = []
        for r in cur.fetchall():
            row = dict(zip(cols, r[:n], strict=True))
            s_rev, basis, answered, total, overall, band = r[n:]
            stored = None if s_rev is None else StoredSummary(s_rev, basis, answered, total, overall, band)
            out.append((_to_assessment(row), row["revision"], stored))
        return out

    def listed_count(self, only_deleted: bool = False) -> int:
        """How many assessments the list (or the trash) holds."""
        where = "deleted_at != ''" if only_deleted else "deleted_at = ''"
        return int(self.db.execute(f"SELECT COUNT(*) FROM assessments WHERE {where}").fetchone()[0])


__all__ = ["StoreCore", "StoredSummary", "WriteError"]
