"""Opening a database file safely: lock, integrity check, migrations, backups.

Promises kept here (see docs/reliability.md):

* one writer: an exclusive lock file next to the database refuses a second application instance;
* WAL journal with ``synchronous=FULL``: a committed answer survives a crash or power loss;
* ``PRAGMA integrity_check`` on open; a damaged file raises :class:`CorruptDatabaseError` listing
  the backups it can be restored from;
* a backup (``VACUUM INTO``) before every schema migration, before imports and once a day, rotated.
"""
from __future__ import annotations

import datetime as _dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from .schema import MIGRATIONS, SCHEMA_VERSION

BACKUP_KEEP = 12
DAILY_SECONDS = 24 * 3600


class StorageError(Exception):
    """A storage problem with a message meant for a person."""


class StoreLockedError(StorageError):
    pass


class CorruptDatabaseError(StorageError):
    def __init__(self, path: Path, detail: str, backups: list[Path]):
        self.path = path
        self.detail = detail
        self.backups = backups
        hint = (f"; newest backup: {backups[0]} (restore it with 'capacity-app check --restore')"
                if backups else "; no backup is available")
        super().__init__(f"{path}: the database is damaged ({detail}){hint}")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    reason: str
    created: _dt.datetime
    size: int


# --- lock ------------------------------------------------------------------------------------

class _LockFile:
    """An exclusive advisory lock (fcntl on POSIX, msvcrt on Windows) held while a store is open."""

    def __init__(self, db_path: Path):
        self.path = Path(str(db_path) + ".lock")
        self.fh = None

    def acquire(self) -> None:
        fh = open(self.path, "a+")
        try:
            if os.name == "nt":  # pragma: no cover - exercised on Windows only
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.seek(0)
            holder = fh.read().strip()
            fh.close()
            who = f" (process {holder})" if holder else ""
            raise StoreLockedError(
                f"{self.path.with_suffix('')}: the database is already open in another "
                f"capacity-app instance{who}; close it first") from None
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        self.fh = fh

    def release(self) -> None:
        if self.fh is not None:
            try:
                self.fh.seek(0)
                self.fh.truncate()
                self.fh.close()  # closing the descriptor releases the lock
            finally:
                self.fh = None


# --- backups ---------------------------------------------------------------------------------

def backup_dir_for(db_path: Path, backup_dir: Path | None = None) -> Path:
    return Path(backup_dir) if backup_dir else Path(db_path).resolve().parent / "backups"


def list_backups(db_path: Path, backup_dir: Path | None = None) -> list[BackupInfo]:
    """Backups of ``db_path``, newest first."""
    folder = backup_dir_for(db_path, backup_dir)
    stem = Path(db_path).stem
    out = []
    if folder.is_dir():
        for p in folder.glob(f"{stem}-*.sqlite3"):
            parts = p.stem[len(stem) + 1:].split("-", 1)
            # name: <stem>-YYYYmmddTHHMMSSffffff-<reason>
            try:
                created = _dt.datetime.strptime(parts[0], "%Y%m%dT%H%M%S%f")
            except (ValueError, IndexError):
                continue
            reason = parts[1] if len(parts) > 1 else ""
            out.append(BackupInfo(p, reason, created, p.stat().st_size))
    out.sort(key=lambda b: b.created, reverse=True)
    return out


def _atomic_copy_db(conn: sqlite3.Connection, target: Path, stem: str | None = None) -> None:
    tmp = target.with_name(target.name + ".part")
    # temporary files of earlier backups of this database interrupted by a crash
    for stale in target.parent.glob(f"{stem or target.stem}-*.sqlite3.part*"):
        try:
            stale.unlink()
        except OSError:
            pass
    try:
        conn.execute("VACUUM INTO ?", (str(tmp),))
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        # a failed backup (disk full, ...) leaves no partial file behind
        for side in (tmp, Path(str(tmp) + "-journal")):
            try:
                side.unlink()
            except OSError:
                pass
        raise


def take_backup(conn: sqlite3.Connection, db_path: Path, reason: str,
                backup_dir: Path | None = None, keep: int = BACKUP_KEEP) -> Path:
    folder = backup_dir_for(db_path, backup_dir)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = _dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
    target = folder / f"{Path(db_path).stem}-{stamp}-{reason}.sqlite3"
    _atomic_copy_db(conn, target, Path(db_path).stem)
    for old in list_backups(db_path, backup_dir)[keep:]:
        try:
            old.path.unlink()
        except OSError:
            pass
    return target


def check_file(path: Path) -> str:
    """'ok', or the first problem found by ``PRAGMA integrity_check``."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    first = rows[0][0] if rows else "no result"
    return "ok" if first == "ok" else first


def restore_backup(db_path: Path, backup: Path) -> None:
    """Replace a (damaged) database by a backup; the damaged file is kept as ``*.damaged``."""
    db_path = Path(db_path)
    if check_file(backup) != "ok":
        raise StorageError(f"{backup}: the backup itself is damaged")
    stamp = _dt.datetime.now().strftime("%Y%m%dT%H%M%S")
    if db_path.exists():
        shutil.move(str(db_path), str(db_path.with_name(f"{db_path.name}.{stamp}.damaged")))
    for suffix in ("-wal", "-shm"):
        side = Path(str(db_path) + suffix)
        if side.exists():
            side.unlink()
    tmp = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(backup, tmp)
    os.replace(tmp, db_path)


# --- opening ---------------------------------------------------------------------------------

def connect(path: Path, readonly: bool = False) -> sqlite_utils.Database:
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=5.0)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    if not readonly:
        db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA busy_timeout=5000")
    return db


def schema_version(db: sqlite_utils.Database) -> int:
    return len([m for m in MIGRATIONS.applied(db)])


def open_database(path: Path, backup_dir: Path | None = None, readonly: bool = False,
                  check_integrity: bool = True, daily_backup: bool = True
                  ) -> tuple[sqlite_utils.Database, _LockFile | None]:
    """Open (creating when absent) and migrate the database; returns (db, lock)."""
    path = Path(path)
    if path.exists() and path.is_dir():
        raise StorageError(f"{path}: is a folder, not a database file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"{path.parent}: cannot create the data folder ({exc.strerror})") from None
    if readonly and not path.exists():
        raise StorageError(f"{path}: no such database")
    lock = None
    if not readonly:
        lock = _LockFile(path)
        try:
            lock.acquire()
        except OSError as exc:
            raise StorageError(f"{lock.path}: cannot create the lock file ({exc.strerror})") from None
    try:
        existed = path.exists() and path.stat().st_size > 0
        if existed and check_integrity:
            status = check_file(path)
            if status != "ok":
                raise CorruptDatabaseError(path, status, [b.path for b in list_backups(path, backup_dir)])
        try:
            db = connect(path, readonly)
            pending = MIGRATIONS.pending(db)
        except sqlite3.DatabaseError as exc:
            raise CorruptDatabaseError(path, str(exc), [b.path for b in list_backups(path, backup_dir)]) from None
        if existed:
            _check_not_newer(db, path)
        if pending and readonly:
            raise StorageError(f"{path}: the database needs an upgrade; open it once for writing")
        if pending and existed and schema_version(db) > 0:
            take_backup(db.conn, path, "pre-migration", backup_dir)
        if pending:
            MIGRATIONS.apply(db)
        if existed and daily_backup and not readonly:
            backups = list_backups(path, backup_dir)
            age = (_dt.datetime.now() - backups[0].created).total_seconds() if backups else None
            if age is None or age > DAILY_SECONDS:
                take_backup(db.conn, path, "daily", backup_dir)
        return db, lock
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _check_not_newer(db: sqlite_utils.Database, path: Path) -> None:
    known = {m.name for m in MIGRATIONS._migrations}
    unknown = [m.name for m in MIGRATIONS.applied(db) if m.name not in known]
    if unknown:
        raise StorageError(f"{path}: the database was written by a newer version of capacity-app "
                           f"(schema step {unknown[-1]!r}); update the application")


__all__ = [
    "BackupInfo", "CorruptDatabaseError", "StorageError", "StoreLockedError", "SCHEMA_VERSION",
    "check_file", "connect", "list_backups", "open_database", "restore_backup", "take_backup",
]
