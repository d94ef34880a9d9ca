"""Opening a database file safely: lock, integrity check, migrations, backups.

Promises kept here (see docs/reliability.md):

* one writer: an exclusive lock file next to the database, and an flock on the database file
  itself (whatever the path it is reached by), refuse a second application instance;
* WAL journal with ``synchronous=FULL``: a committed answer survives a crash or power loss;
* a check on open that grows no slower than the database: by default the full ``PRAGMA
  integrity_check`` when the file is small (:data:`FULL_CHECK_BYTES`: a few ms for a few
  assessments; it sees an index that no longer matches its table, which ``quick_check`` does
  not), else ``PRAGMA quick_check`` (every page) and the full check of the tables every
  command reads (:data:`LIGHT_TABLES`); for the window only those tables (``integrity="light"``),
  the full check then running in the background (gui.app) and on ``capacity-app check``; for a
  command that only reads, the full check of a small file and only those tables of a larger one
  (``integrity="read"``: its time does not grow with the database; SQLite checks every page a
  query reads, and the writers, every backup and ``check`` still check the whole file); a
  damaged file raises :class:`CorruptDatabaseError` naming the command that restores the last
  good backup (a command that only reads opens it read-only instead: services.assessments);
* a backup (``VACUUM INTO``) before every schema migration, before imports and once a day,
  rotated, each taken only after the full check of the database found it sound (never a backup
  of a damaged file).
"""
from __future__ import annotations

import datetime as _dt
import errno
import os
import sqlite3
import stat
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import count
from pathlib import Path
from typing import TextIO
from collections.abc import Iterator

from ..files import lock_exclusive, open_own, write_reason
from ..jobs import Cancelled
from . import load_sqlite_utils, schema
from .schema import SCHEMA_VERSION

MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' record of applied steps

BACKUP_KEEP = 12  # daily and pre-import backups rotate; pre-migration ones are kept apart
PRE_MIGRATION = "pre-migration"
DAILY_SECONDS = 24 * 3600


class StorageError(Exception):
    """A storage problem with a message meant for a person."""


class StoreLockedError(StorageError):
    pass


class NeedsUpgradeError(StorageError):
    """A database of an earlier schema opened read-only (upgrading it needs a writer)."""


class CorruptDatabaseError(StorageError):
    def __init__(self, path: Path, detail: str, backups: list[Path]):
        self.path = path
        self.detail = detail
        self.backups = backups
        hint = (f"; nothing was written: restore the last good backup with "
                f"'capacity-app --db \"{path}\" check --restore' (newest backup: {Path(backups[0]).name})"
                if backups else "; nothing was written, and no backup is available")
        super().__init__(f"{path}: the database is damaged ({str(detail)[:200]}){hint}")


@dataclass(frozen=True)
class BackupInfo:
    """A backup file: ``sequence`` orders backups (the newest has the highest), whatever the
    clock said when each was taken; ``created`` (aware) is for a person; ``changes`` is the
    database's change counter then (the last history row's id; None for older backups)."""

    path: Path
    reason: str
    created: _dt.datetime
    size: int
    sequence: int = 0  # 0: a backup named before sequences (ordered among themselves by time)
    changes: int | None = None
    schema: int | None = None  # a pre-migration backup's schema version (None: a backup named before backups carried it)

    @property
    def kept(self) -> bool:
        """A pre-migration backup: the last copy the version before the upgrade can open, kept
        out of the rotation until the user removes it (``capacity-app backups remove``)."""
        return self.reason == PRE_MIGRATION

    def describe(self) -> str:
        """Which backup this is, in words: its kind, number and time (local)."""
        number = f" no. {self.sequence}" if self.sequence else ""
        schema = f" (schema version {self.schema})" if self.schema is not None else ""
        return f"the {self.reason} backup{number}{schema} of {self.created.astimezone():%Y-%m-%d %H:%M}"


# --- lock ------------------------------------------------------------------------------------

# The databases this process writes, by (device, inode): their flock descriptors (_LockFile).
_WRITING: dict[tuple[int, int], int] = {}
_WRITING_MUTEX = threading.Lock()
# The most of a lock file read: its record is three short lines; anything longer is not ours.
LOCK_RECORD_MAX = 65_536


class _LockFile:
    """An exclusive advisory lock (fcntl on POSIX, msvcrt on Windows) held while a store is open.

    Keyed on the file itself, not on the text of its path: the lock file lives next to
    the database's real file (symbolic links resolved, as SQLite resolves them for its journal), so
    a second writer through a link is refused like any other; the lock file records the writer's
    process, the real path and the file's identity (device and inode), which the next writer
    compares (:func:`_check_identity`). On POSIX the writer also holds an flock on the database
    file itself (:meth:`_lock_the_file`), which a second writer reaching the same file by another
    real path (the file renamed while open, a bind mount) meets whatever its lock file."""

    def __init__(self, db_path: Path):
        self.db_path = Path(os.path.realpath(db_path))
        self.path = Path(str(self.db_path) + ".lock")
        self.fh: TextIO | None = None
        self.file_fd: int | None = None  # the flock on the database file itself
        self.file_key: tuple[int, int] | None = None
        self.previous = ""  # what the last writer recorded: "pid\nreal path\ndevice:inode"

    def _refused(self, holder: str = "") -> StoreLockedError:
        return StoreLockedError(f"{self.db_path}: the database is already open in another capacity-app instance "
                                f"(process {holder}); close it first" if holder else
                                f"{self.db_path}: the database is already open in another capacity-app instance; "
                                "close it first")

    def acquire(self) -> None:
        # what another program left in its place is read as a record, never as code: a few bytes
        # at most (a huge file is not read whole), undecodable bytes replaced; and only a regular
        # file of its own (a named pipe, a device, a link or a file with other names is refused:
        # "cannot create the lock file"), since the record is written over what is there
        fd = open_own(self.path, os.O_RDWR | os.O_APPEND)
        fh = os.fdopen(fd, "a+", encoding="utf-8", errors="replace")
        try:
            lock_exclusive(fh.fileno())  # fcntl.flock, or msvcrt.locking past the text read below
        except OSError:
            fh.seek(0)
            holder = fh.read(LOCK_RECORD_MAX).strip().split("\n")[0]
            fh.close()
            # a process number, or nothing: any other text there is not ours to repeat
            raise self._refused(holder if holder.isascii() and holder.isdigit() and len(holder) <= 10
                                else "") from None
        if sys.platform != "win32":
            try:
                self._lock_the_file()
            except BaseException:
                fh.close()  # the record of the last writer left as it was
                raise
        try:
            fh.seek(0)
            self.previous = fh.read(LOCK_RECORD_MAX)
        except OSError:
            self.previous = ""
        try:  # the holder's process id, for the message above (unbuffered: a full disk leaves it out)
            os.ftruncate(fh.fileno(), 0)
            os.lseek(fh.fileno(), 0, os.SEEK_SET)
            os.write(fh.fileno(), f"{os.getpid()}\n{self.db_path}\n{_identity(self.db_path)}".encode())
        except OSError:
            pass
        self.fh = fh

    def _lock_the_file(self) -> None:
        """``flock(LOCK_EX | LOCK_NB)`` on the database file itself (created empty when new, as
        SQLite would), held until :meth:`release`.

        flock locks belong to an open file description and on Linux are independent of the POSIX
        (fcntl) record locks SQLite takes on the same file: neither blocks the other. Checked on
        Linux 6 (ext4, overlayfs) with Python's sqlite3: with a WAL connection open (its POSIX
        read lock on bytes 1073741826-1073742335 listed in /proc/locks) an flock on the file was
        granted beside it; another process then wrote through SQLite as before, and its flock
        was refused. (On NFS, Linux emulates flock with POSIX locks: not a place for the database
        anyway, docs/reliability.md.)

        The same check showed the one catch: closing ANY descriptor of the file drops every POSIX
        lock the process holds on it, SQLite's included (SQLite's read lock vanished when another
        descriptor of the file was opened and closed). So the descriptor is opened once, before
        SQLite's connection, and closed after it (Store.close closes the connection first); and a
        second writer in this process is refused from the table of the files it writes
        (:data:`_WRITING`), without opening the file again."""
        import fcntl

        with _WRITING_MUTEX:
            try:
                st = os.stat(self.db_path)
            except FileNotFoundError:
                st = None
            if st is not None and (st.st_dev, st.st_ino) in _WRITING:
                raise self._refused(str(os.getpid()))
            try:
                fd = os.open(self.db_path, os.O_RDONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
            except OSError as exc:
                raise StorageError(f"{self.db_path}: cannot be opened ({exc.strerror})") from None
            st = os.fstat(fd)
            key = (st.st_dev, st.st_ino)
            if key in _WRITING:  # created between the two looks: nothing of SQLite's is open yet
                os.close(fd)
                raise self._refused(str(os.getpid()))
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)  # this process has no connection to the file: no lock of its own to drop
                raise self._refused() from None
            _WRITING[key] = fd
            self.file_fd, self.file_key = fd, key

    def release(self) -> None:
        if self.fh is not None:
            try:  # the pid goes, the real path and identity stay for the next writer to compare
                os.ftruncate(self.fh.fileno(), 0)
                os.lseek(self.fh.fileno(), 0, os.SEEK_SET)
                os.write(self.fh.fileno(), f"\n{self.db_path}\n{_identity(self.db_path)}".encode())
            except OSError:
                pass
            try:
                self.fh.close()  # closing the descriptor releases the lock
            finally:
                self.fh = None
        if self.file_fd is not None:  # after the connection is closed (see _lock_the_file)
            with _WRITING_MUTEX:
                _WRITING.pop(self.file_key, None)  # type: ignore[arg-type]
                try:
                    os.close(self.file_fd)  # releases the flock
                finally:
                    self.file_fd = self.file_key = None


def _identity(path: Path) -> str:
    """``device:inode`` of a file ("" when it does not exist yet)."""
    try:
        st = os.stat(path)
    except OSError:
        return ""
    return f"{st.st_dev}:{st.st_ino}"


def _check_identity(path: Path, lock: _LockFile) -> None:
    """Refuse a database that SQLite could keep in two places at once: a file with more
    than one name (a hard link: SQLite keeps a separate journal for each name, and what one
    writer committed is lost to the other), or the same file the last writer wrote under another
    real name whose journal still holds changes not written back."""
    try:
        st = os.stat(lock.db_path)
    except FileNotFoundError:
        return
    if st.st_nlink > 1:
        raise StorageError(
            f"{path}: the database file has {st.st_nlink} names (hard links); SQLite would keep a "
            "separate journal for each name and changes made under one would be lost under the "
            "other: keep one name (remove the other links) or open a copy")
    _pid, _, rest = lock.previous.partition("\n")
    last_path, _, last_identity = rest.partition("\n")
    if last_path and last_identity == f"{st.st_dev}:{st.st_ino}" and last_path != str(lock.db_path):
        wal = Path(last_path + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise StorageError(
                f"{path}: this database was last written as {last_path}, and changes not yet written "
                f"back to it are in {wal.name} there; open it as {last_path} once")


# --- backups ---------------------------------------------------------------------------------

def backup_dir_for(db_path: Path, backup_dir: Path | None = None) -> Path:
    return Path(backup_dir) if backup_dir else Path(db_path).resolve().parent / "backups"


def stored_backup_dir(conn: sqlite3.Connection) -> Path | None:
    """The backup-folder preference stored in the database (None when unset or unreadable)."""
    import json

    try:
        row = conn.execute("SELECT value FROM preferences WHERE name = 'backup_dir'").fetchone()
        value = json.loads(row[0]) if row and row[0] else None
    except (sqlite3.Error, ValueError):
        return None
    return Path(value) if isinstance(value, str) and value.strip() else None


def preferred_backup_dir(db_path: Path) -> Path | None:
    """The backup-folder preference of the database file ``db_path``, read without opening it
    as a store (a damaged or locked file gives None)."""
    db_path = Path(db_path)
    if not db_path.is_file():
        return None
    try:
        conn = connect_readonly(db_path)
    except (sqlite3.Error, StorageError, OSError):
        return None
    try:
        return stored_backup_dir(conn)
    finally:
        conn.close()


def backup_folders(db_path: Path, backup_dir: Path | None = None) -> list[Path]:
    """Every folder that may hold backups of ``db_path``: ``backup_dir`` (or the stored
    preference) first, then the default folder next to the database."""
    chosen = backup_dir or preferred_backup_dir(db_path)
    folders = [backup_dir_for(db_path, chosen)]
    default = backup_dir_for(db_path)
    if default not in folders:
        folders.append(default)
    return folders


def _parse_stamp(text: str) -> _dt.datetime:
    """``YYYYmmddTHHMMSSffffff`` as written by :func:`take_backup` (``strptime`` would import the
    locale machinery, a few milliseconds of every start-up)."""
    digits = text[:8] + text[9:]
    if len(text) != 21 or text[8] != "T" or not (digits.isascii() and digits.isdigit()):
        raise ValueError(f"not a backup time stamp: {text!r}")
    return _dt.datetime(int(text[0:4]), int(text[4:6]), int(text[6:8]), int(text[9:11]),
                        int(text[11:13]), int(text[13:15]), int(text[15:21]))


def _split_schema(reason: str) -> tuple[str, int | None]:
    """``pre-migration-v11`` -> ("pre-migration", 11): the schema version a pre-migration backup
    was taken at; any other reason as it is."""
    head, _, version = reason.rpartition("-v")
    if head == PRE_MIGRATION and version.isascii() and version.isdigit() and len(version) <= 6:
        return head, int(version)
    return reason, None


def _parse_backup_name(rest: str) -> tuple[int, _dt.datetime, int | None, str]:
    """(sequence, created, changes, reason) from a backup's name after ``<stem>-``:
    ``n<sequence>-<UTC stamp>Z-c<changes>-<reason>`` or
    ``<local stamp>-<reason>`` (before: sequence 0, the stamp read as local time); the reason of a
    pre-migration backup ends with the schema version it was taken at (``pre-migration-v11``)."""
    if rest.startswith("n"):
        seq, stamp, changes, reason = (rest.split("-", 3) + ["", "", ""])[:4]
        if not (seq[1:].isascii() and seq[1:].isdigit() and stamp.endswith("Z") and changes.startswith("c")
                and changes[1:].isascii() and changes[1:].isdigit()):
            raise ValueError(f"not a backup name: {rest!r}")
        created = _parse_stamp(stamp[:-1]).replace(tzinfo=_dt.UTC)
        return int(seq[1:]), created, int(changes[1:]), reason
    parts = rest.split("-", 1)
    return 0, _parse_stamp(parts[0]).astimezone(), None, parts[1] if len(parts) > 1 else ""


def list_backups(db_path: Path, backup_dir: Path | None = None) -> list[BackupInfo]:
    """Backups of ``db_path`` in one folder, newest first: by sequence, never by the time in their
    names (a clock set in the future once would otherwise keep its backup first for ever)."""
    folder = backup_dir_for(db_path, backup_dir)
    stem = Path(db_path).stem
    out = []
    if folder.is_dir():
        for p in folder.glob(f"{stem}-*.sqlite3"):
            try:
                sequence, created, changes, reason = _parse_backup_name(p.stem[len(stem) + 1:])
                st = p.stat()
            except (ValueError, OSError):
                continue
            if not stat.S_ISREG(st.st_mode):  # a named pipe or a folder under a backup's name is none:
                continue  # opened to be checked or restored, it would be waited on for ever
            size = st.st_size
            kind, version = _split_schema(reason)
            out.append(BackupInfo(p, kind, created, size, sequence, changes, version))
    out.sort(key=lambda b: (b.sequence, b.created), reverse=True)
    return out


def all_backups(db_path: Path, backup_dir: Path | None = None) -> list[BackupInfo]:
    """Backups of ``db_path`` in every folder that may hold them (:func:`backup_folders`), newest
    first by sequence: what ``check --restore`` chooses from."""
    found = {b.path: b for folder in backup_folders(db_path, backup_dir) for b in list_backups(db_path, folder)}
    return sorted(found.values(), key=lambda b: (b.sequence, b.created), reverse=True)


def utc_now() -> _dt.datetime:
    """This computer's clock, in UTC (the one place backups read it: tests set it wrong)."""
    return _dt.datetime.now(_dt.UTC)


def change_counter(conn: sqlite3.Connection) -> int:
    """The database's change counter: the id of its last history row (every write leaves one;
    ids only grow). 0 for a database without history."""
    try:
        row = conn.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()
    except sqlite3.Error:
        return 0
    return int(row[0])


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
                backup_dir: Path | None = None, keep: int = BACKUP_KEEP, schema_version: int | None = None) -> Path:
    """A complete copy of the database in the backup folder, or a :class:`StorageError` naming
    the folder and the reason (no permission, disk full, ...), with no partial file left. The
    ``keep`` newest of the rotating backups stay; a pre-migration backup (named with the
    ``schema_version`` it was taken at) is never rotated away. One at a time in a process (the
    window takes today's in the background while an import may take its own): each backup removes
    the temporary files a crash left, and numbers itself after the newest."""
    with _BACKING_UP:
        return _take_backup(conn, db_path, reason, backup_dir, keep, schema_version)


_BACKING_UP = threading.Lock()  # held by the backup being taken (take_backup)


def _take_backup(conn: sqlite3.Connection, db_path: Path, reason: str, backup_dir: Path | None, keep: int,
                 schema_version: int | None) -> Path:
    folder = backup_dir_for(db_path, backup_dir)
    try:  # never a backup of a damaged file: the full check first, on this very connection
        status = str((conn.execute("PRAGMA integrity_check").fetchone() or ["no result"])[0])
    except sqlite3.DatabaseError as exc:
        status = str(exc)
    if status != "ok":
        remember_damage(Path(db_path), status)
        raise CorruptDatabaseError(Path(db_path), status, _all_backups(Path(db_path), backup_dir))
    stamp = utc_now().strftime("%Y%m%dT%H%M%S%f")
    sequence = 1 + max((b.sequence for b in all_backups(db_path, backup_dir)), default=0)
    named = f"{reason}-v{schema_version}" if reason == PRE_MIGRATION and schema_version is not None else reason
    target = folder / f"{Path(db_path).stem}-n{sequence:06d}-{stamp}Z-c{change_counter(conn)}-{named}.sqlite3"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _atomic_copy_db(conn, target, Path(db_path).stem)
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(f"{folder}: cannot write the {reason} backup ({_reason(exc)})") from None
    for old in [b for b in list_backups(db_path, backup_dir) if not b.kept][keep:]:
        try:
            old.path.unlink()
        except OSError:
            pass
    return target


def remove_backup(db_path: Path, name: str, backup_dir: Path | None = None) -> BackupInfo:
    """Remove one backup of ``db_path``, named by its file name as ``capacity-app backups`` lists
    it (a pre-migration backup is removed only this way); a name that is not one of its backups
    is refused in one line and nothing is removed."""
    found = [b for b in all_backups(db_path, backup_dir) if b.path.name == name.strip()]
    if not found:
        raise StorageError(f"{name[:200]!r}: not a backup of {Path(db_path).name} "
                           "(capacity-app backups lists them by file name)")
    try:
        found[0].path.unlink()
    except OSError as exc:
        raise StorageError(f"{found[0].path}: cannot remove the backup ({_reason(exc)})") from None
    return found[0]


# --- reading without writing ------------------------------------------------------------------

def file_uri(path: Path, **params: object) -> str:
    """The ``file:`` URI SQLite opens for ``path``: absolute, with the characters its URI parser
    reads (``%``, ``?``, ``#``) percent-encoded, so a folder named ``a%20b`` or ``a?b#c`` is the
    folder itself (unquoted, ``%20`` became a space on the first open and created another file)."""
    text = os.path.abspath(path)
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        text = "/" + text.replace("\\", "/")
    for char, code in (("%", "%25"), ("?", "%3F"), ("#", "%23")):
        text = text.replace(char, code)
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return "file://" + text + (f"?{query}" if query else "")


def _folder_read_only(path: Path) -> bool:
    return not os.access(Path(path).resolve().parent, os.W_OK)


def connect_readonly(path: Path, **kwargs) -> sqlite3.Connection:
    """A read-only sqlite3 connection. In a read-only folder SQLite cannot create the ``-shm``
    file a WAL database is read with ("unable to open database file": a healthy file, not a
    damaged one); when no change waits in a ``-wal`` file, nobody can be writing there, and the
    file is read as immutable. A refusal is a :class:`StorageError` saying why."""
    path = Path(path)
    conn = sqlite3.connect(file_uri(path, mode="ro"), uri=True, **kwargs)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        name = getattr(exc, "sqlite_errorname", "")
        if name.startswith("SQLITE_IOERR") or name == "SQLITE_FULL":
            # the -shm file cannot be made: no space (or a failing disk), not a damaged database
            raise StorageError(f"{path}: cannot open the database ({exc}; is the disk full?)") from None
        if name != "SQLITE_CANTOPEN":
            raise
        if not os.access(path, os.R_OK):
            raise StorageError(f"{path}: no permission to read the database") from None
        if not _folder_read_only(path):
            raise StorageError(f"{path}: cannot open the database ({exc})") from None
    wal = Path(str(path) + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise StorageError(f"{path}: the folder is read-only and the database has changes not yet "
                           f"written back ({wal.name}); open it once where the folder can be written")
    return sqlite3.connect(file_uri(path, mode="ro", immutable=1), uri=True, **kwargs)


# How much of the file a check reads (see check_file); NONE: no check (a damaged database opened
# read-only on purpose, after the check said so: services.assessments.open_store). READ: a command
# that only reads what it prints (list, score, answers...): the full check of a small file
# (READ_FULL_CHECK_BYTES), else the tables every command reads, in a time that does not grow with the
# database; SQLite checks each page a query reads as it reads it, and every writer's open, every
# backup and `check` still check the whole file.
FULL, QUICK, LIGHT, READ, NONE = "full", "quick", "light", "read", "none"
INTEGRITY_LEVELS = (FULL, QUICK, LIGHT, READ)
# Below this size the check on open is the full one (measured: 2 ms at 0.7 MB, 0.48 s at 18 MB,
# 4.6 s at 186 MB; quick_check 1 ms, 0.13 s, 1.4 s: docs/reliability.md, "Bounds per entry point").
FULL_CHECK_BYTES = 32 * 1024 * 1024
# Below this size a command that only reads makes the full check (about 5 ms a megabyte: 47 ms at
# 30 assessments, 9.7 MB; 0.5 s at 300, 87 MB, where quick_check took 0.14 s), so that its open
# costs at most some 20 ms, whatever the size.
READ_FULL_CHECK_BYTES = 4 * 1024 * 1024
# the tables read to show the first window: small whatever the number of answers
LIGHT_TABLES = ("_sqlite_migrations", "assessments", "summaries", "preferences")


def damage_marker(path: Path) -> Path:
    """The side file that says a full check found ``path`` damaged (:func:`remember_damage`)."""
    return Path(path).with_name(Path(path).name + ".damage-found")


def remember_damage(path: Path, detail: str) -> None:
    """Damage found by a check that does not run at every open (a backup's full check, the
    window's in the background) is remembered beside the file, so that the next open runs the
    full check whatever the file's size, and refuses writes while it still fails (on a
    large file, the next command's quick check saw nothing and took writes again). Best effort:
    a folder that cannot be written keeps no marker, and nothing but a regular file of its own is
    written (a named pipe in its place is not waited on, a link not written through)."""
    try:
        fd = open_own(damage_marker(path), os.O_WRONLY, 0o644)
    except OSError:
        return
    try:
        os.ftruncate(fd, 0)
        os.write(fd, (str(detail)[:500] + "\n").encode("utf-8", "replace"))
    except OSError:
        pass
    finally:
        os.close(fd)


def check_file(path: Path, level: str = FULL, cancelled=None) -> str:
    """'ok', or the first problem found.

    ``full``: ``PRAGMA integrity_check`` (every page, and every index against its table);
    ``quick``: the full check when the file is at most :data:`FULL_CHECK_BYTES`, else ``PRAGMA
    quick_check`` (every page, without the index cross-check: a few times faster) and the full
    check of the small tables every command reads (LIGHT_TABLES: an index that no longer
    matches its table, which quick_check does not see); ``light``: the full check of those tables
    only (the first window), which costs the same for 1 or 1000 assessments; damage elsewhere is
    left to a full check (the window's, in the background); ``read``: the full check when the file
    is at most :data:`READ_FULL_CHECK_BYTES`, else ``light`` (a command that only reads: quick_check
    reads every page of the file, 0.14 s at 300 assessments, 87 MB, for the few rows it prints)."""
    if level not in INTEGRITY_LEVELS:
        raise ValueError(f"unknown integrity check level {level!r}")
    try:
        conn = connect_readonly(path)
        if cancelled is not None:  # polled every few thousand SQLite steps: ends the check early
            conn.set_progress_handler(lambda: 1 if cancelled() else 0, 10_000)
        try:
            if level == READ:
                level = FULL if _size(path) <= READ_FULL_CHECK_BYTES else LIGHT
            if level == QUICK and _size(path) <= FULL_CHECK_BYTES:
                level = FULL
            if level == LIGHT:  # the full check of these small tables: an index that no longer matches
                rows = _tables_check(conn, "integrity_check")  # its table too, at no cost
            else:
                rows = conn.execute("PRAGMA integrity_check" if level == FULL else "PRAGMA quick_check").fetchall()
                if level == QUICK and rows and rows[0][0] == "ok":
                    rows = _tables_check(conn, "integrity_check")
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if cancelled is not None and cancelled():
            raise Cancelled("integrity check cancelled") from None
        return str(exc)
    first = rows[0][0] if rows else "no result"
    return "ok" if first == "ok" else first


def _size(path: Path) -> int:
    """The bytes a check reads: the file and its write-ahead log."""
    total = 0
    for name in (str(path), str(path) + "-wal"):
        try:
            total += os.stat(name).st_size
        except OSError:
            pass
    return total


def _tables_check(conn: sqlite3.Connection, pragma: str) -> list:
    """``PRAGMA pragma(table)`` of each of LIGHT_TABLES present: the first problem, or ok."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    rows: list = []
    for table in LIGHT_TABLES:
        if table in present:
            rows = conn.execute(f"PRAGMA {pragma}({table})").fetchall()
            if rows and rows[0][0] != "ok":
                break
    return rows or [("ok",)]


def integrity_job(path: Path, progress=None, cancelled=None) -> str:
    """The full check of a database file as a long job (``fn(..., progress, cancelled)``, run in
    the background by the GUI once its window is on screen): 'ok' or the first problem found."""
    status = check_file(path, FULL, cancelled)
    if progress is not None:
        progress(1.0, "")
    return status


def _reason(exc: BaseException) -> str:
    """A short reason for an OSError (as every write says it, ``files.write_reason``) or an SQLite
    error met while writing a file."""
    if isinstance(exc, OSError):
        # a backup removed or restored that is gone: the file, not a folder (write_reason's wording)
        return (exc.strerror or str(exc)) if exc.errno == errno.ENOENT else write_reason(exc)
    text = str(exc)
    if "full" in text:
        return "the disk is full"
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return "no permission to write there"
    return text


def restore_backup(db_path: Path, backup: Path) -> None:
    """Replace a (damaged) database by a backup; the damaged file is kept as ``*.damaged``.
    A folder that cannot be written is a :class:`StorageError` (the database is left as it was)."""
    db_path = Path(db_path)
    if check_file(backup) != "ok":
        raise StorageError(f"{backup}: the backup itself is damaged")
    if _folder_read_only(db_path):
        raise StorageError(f"{db_path.parent}: no permission to write there; the backup was not restored")
    try:
        _restore(db_path, backup)
    except OSError as exc:
        raise StorageError(f"{db_path}: cannot restore {backup.name} ({_reason(exc)})") from None


def _restore(db_path: Path, backup: Path) -> None:
    """The restore in steps that a kill at any moment leaves safe: the database's name
    always holds a whole database — the damaged one until the one atomic rename, the restored one
    after it — and never nothing (the window would then start on a new, empty database, and
    ``check`` would say ok): 1. the backup copied next to it and flushed to disk; 2. the damaged
    file copied aside (``*.damaged``: it stays where it is meanwhile); 3. its -wal and -shm moved
    aside with it (a journal is never applied to the restored file); 4. the copy renamed over it,
    the folder flushed. A kill before 4 leaves the damaged database, which ``check --restore``
    restores again; a ``*.restoring`` left behind is replaced by the next restore."""
    stamp = _dt.datetime.now().strftime("%Y%m%dT%H%M%S")
    tmp = db_path.with_name(db_path.name + ".restoring")
    _copy_flushed(backup, tmp)
    damaged = db_path.with_name(f"{db_path.name}.{stamp}.damaged")
    if db_path.exists():
        _copy_flushed(db_path, damaged)
    for suffix in ("-wal", "-shm"):
        side = Path(str(db_path) + suffix)
        if side.exists():
            os.replace(side, Path(str(damaged) + suffix))
    os.replace(tmp, db_path)
    _flush_folder(db_path.parent)


def _copy_flushed(source: Path, target: Path) -> None:
    import shutil  # only needed here: kept out of start-up

    shutil.copyfile(source, target)
    with open(target, "rb") as fh:
        os.fsync(fh.fileno())


def _flush_folder(folder: Path) -> None:
    """The renames in ``folder`` on disk (POSIX); nothing to do where a folder cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- opening ---------------------------------------------------------------------------------

class Connection:
    """The store's connection: ``sqlite3`` in autocommit mode, with the transaction semantics of
    sqlite-utils (``execute`` commits unless a transaction is open; ``atomic()`` is BEGIN/COMMIT,
    nested blocks are savepoints). :meth:`utils` gives sqlite-utils' ``Database`` over the same
    connection when its table API is wanted (schema steps, tests)."""

    _savepoints = count(1)

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._utils = None

    def execute(self, sql: str, parameters=None) -> sqlite3.Cursor:
        return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)

    @contextmanager
    def atomic(self) -> Iterator[Connection]:
        conn = self.conn
        if conn.in_transaction:
            name = f"sp_{next(self._savepoints)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:  # an error may already have ended the transaction
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {name}")
        else:
            conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            try:
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def utils(self):
        """sqlite-utils' ``Database`` over this connection (imports sqlite-utils on first use)."""
        if self._utils is None:
            self._utils = load_sqlite_utils().Database(self.conn, execute_plugins=False,
                                                       recursive_triggers=False)
        return self._utils

    def __getitem__(self, table: str):
        return self.utils()[table]

    def close(self) -> None:
        self.conn.close()


def connect(path: Path, readonly: bool = False) -> Connection:
    if readonly:
        conn = connect_readonly(path, check_same_thread=False, isolation_level=None)
    else:
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=5.0, isolation_level=None)
    db = Connection(conn)
    if not readonly:
        db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA busy_timeout=5000")
    return db


def applied_steps(db: Connection | sqlite3.Connection) -> list[str]:
    """Names of the schema steps applied to ``db``, in order (read with plain SQL)."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                  [MIGRATIONS_TABLE]).fetchone() is None:
        return []
    return [r[0] for r in db.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid", ["capacity_app"])]


def _check_before_opening(path: Path, integrity: str, backup_dir: Path | None) -> None:
    """The integrity check made before the file is opened (the full one when damage was found
    earlier, whatever the size): damage is remembered and raised; a file sound again is forgotten."""
    marked = damage_marker(path).exists()
    status = check_file(path, FULL if marked else integrity)
    if status != "ok":
        remember_damage(path, status)
        raise CorruptDatabaseError(path, status, _all_backups(path, backup_dir))
    if marked:  # sound again (restored): forgotten
        try:
            damage_marker(path).unlink()
        except OSError:
            pass


def _daily_backup(conn: sqlite3.Connection, path: Path, backup_dir: Path | None) -> str:
    """Today's backup; a full disk or a folder that cannot be written must not keep every command
    from opening the database: it is skipped, and why is returned ("" when it was taken)."""
    try:
        take_backup(conn, path, "daily", backup_dir)
    except CorruptDatabaseError:
        raise  # found damaged by the backup's full check: nothing is written
    except StorageError as exc:
        return str(exc)
    return ""


@dataclass(frozen=True)
class DailyBackup:
    """What :func:`daily_backup_job` did: ``skipped``, why today's backup was not taken ("" when it
    was, or was not due); ``damaged``, the problem its full check found ("" when the file is sound)."""

    skipped: str = ""
    damaged: str = ""


def daily_backup_job(path: Path, backup_dir: Path | None, progress=None, cancelled=None) -> DailyBackup:
    """Today's backup of the database at ``path`` as a long job (``fn(..., progress, cancelled)``):
    the window opens its database without it and takes it in the background once its list is on
    screen and the full check found the file sound (on the first start of a day, the backup's own
    check and copy of a database of 300 assessments took 0.4 s before the window showed). On a
    read-only connection of its own, when due (:func:`_daily_due`, as at an opening)."""
    path = Path(path)
    conn = connect_readonly(path)
    try:
        if not _daily_due(conn, path, backup_dir):
            return DailyBackup()
        if cancelled is not None and cancelled():
            raise Cancelled()
        try:
            skipped = _daily_backup(conn, path, backup_dir)
        except CorruptDatabaseError as exc:  # the backup's own full check (the file changed since)
            return DailyBackup(damaged=exc.detail)
    finally:
        conn.close()
    if progress is not None:
        progress(1.0, "")
    return DailyBackup(skipped=skipped)


NETWORK_SHARE = ("the database is on a network share, where SQLite cannot lock it safely: "
                 "copy it to this computer and open the copy")


def refuse_network_share(given: Path, path: Path, on_network=None) -> None:
    """Refuse to write a database on another machine (a UNC path, a mapped network drive, an NFS or
    SMB mount): SQLite's locks and its WAL journal are not kept safe over a network file system (its
    own documentation), so two laptops could overwrite each other's answers or damage the file.
    Reading stays possible; a team shares an assessment by its package or workbook."""
    from ..places import on_network as _on_network

    if (on_network or _on_network)(str(path)):
        raise StorageError(f"{given}: {NETWORK_SHARE}")


def _apply_steps(db: Connection, whole: bool) -> None:
    """The pending schema steps, each with its record in ``_sqlite_migrations``. ``whole``: a
    database with no step applied yet (a new file) gets them all in one transaction (one commit
    to its journal instead of one a step, the same schema and record; a failure leaves it empty,
    never half made); an existing one step by step, each in its own transaction as before."""
    utils = db.utils()
    if whole:
        with utils.atomic():  # each step's own transaction becomes a savepoint inside this one
            schema.migrations().apply(utils)
    else:
        schema.migrations().apply(utils)


def pending_steps(applied: list[str]) -> list[str]:
    """The schema steps a database with the steps ``applied`` still lacks, in order."""
    return [name for name in schema.step_names() if name not in applied]


def upgrade_pending(path: Path) -> bool:
    """Whether opening the database at ``path`` for writing upgrades its schema first (with its
    pre-migration backup: seconds on a large file): it holds steps applied and lacks some. Read
    on a read-only connection of its own; False when it cannot tell (no file, not a database of
    ours, unreadable: the opening says why)."""
    path = Path(path)
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False
        conn = connect_readonly(path)
    except (OSError, StorageError, sqlite3.Error):
        return False
    try:
        applied = applied_steps(conn)
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return bool(applied) and bool(pending_steps(applied))


def open_database(path: Path, backup_dir: Path | None = None, readonly: bool = False,
                  check_integrity: bool = True, daily_backup: bool = True, integrity: str = QUICK
                  ) -> tuple[Connection, _LockFile | None]:
    """Open (creating when absent) and migrate the database; returns (db, lock). ``integrity``
    is the level of the check made first (see :func:`check_file`; none when not
    ``check_integrity``)."""
    given = Path(path)
    _check_kind(given)
    if readonly and not given.exists():  # a read creates nothing, not even the folder
        raise StorageError(f"{given}: no such database")
    try:
        given.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"{given.parent}: cannot create the data folder ({exc.strerror})") from None
    # the real file, symbolic links resolved (SQLite names its journal after it): one lock, one
    # journal, whatever the path it is reached by
    path = Path(os.path.realpath(given))
    if not readonly:
        refuse_network_share(given, path)
    if path.exists() and path.stat().st_size > 0:
        owner_check(path)  # another program's SQLite file is refused untouched, before any lock or write
    lock = None
    if not readonly:
        lock = _LockFile(path)
        try:
            lock.acquire()
        except OSError as exc:
            raise StorageError(f"{lock.path}: cannot create the lock file ({exc.strerror})") from None
    db: Connection | None = None
    try:
        if lock is not None:
            _check_identity(given, lock)
        existed = path.exists() and path.stat().st_size > 0
        if existed and check_integrity and integrity != NONE:
            _check_before_opening(path, integrity, backup_dir)
        try:
            db = connect(path, readonly)
            applied = applied_steps(db)
            pending = pending_steps(applied)
        except sqlite3.DatabaseError as exc:
            raise CorruptDatabaseError(path, str(exc), _all_backups(path, backup_dir)) from None
        # the backup-folder preference (Preferences) holds for every backup, not only imports
        backup_dir = backup_dir or (stored_backup_dir(db.conn) if existed else None)
        if existed:
            _check_not_newer(applied, path)
        if pending and readonly:
            raise NeedsUpgradeError(f"{path}: the database needs an upgrade; open it once for writing")
        if pending and existed and applied:
            take_backup(db.conn, path, PRE_MIGRATION, backup_dir, schema_version=len(applied))
        if pending:
            _apply_steps(db, whole=not applied)
        if not readonly:
            _make_indexes(db.conn)
        if not readonly and _application_id(db.conn) != APPLICATION_ID:
            # a new database, or one of ours from before the mark (recognised by its schema
            # above): marked once, so that another program's file is never taken for ours
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        if existed and daily_backup and not readonly and _daily_due(db.conn, path, backup_dir):
            skipped = _daily_backup(db.conn, path, backup_dir)
            if skipped:
                print(f"capacity-app: warning: {skipped}; the daily backup was skipped", file=sys.stderr)
        return db, lock
    except BaseException:
        if db is not None:  # closed before the lock's descriptor of the file (_LockFile._lock_the_file)
            try:
                db.conn.close()
            except sqlite3.Error:
                pass
        if lock is not None:
            lock.release()
        raise


def _make_indexes(conn: sqlite3.Connection) -> None:
    """The indexes that hold no data (``schema.INDEXES``), made when missing: a database that
    cannot be written, or is busy, is read without them (they only save sorting)."""
    for statement in schema.INDEXES:
        try:
            conn.execute(statement)
        except sqlite3.OperationalError:
            return


# PRAGMA application_id of a capacity-app database: "CApA" (SQLite's header, offset 68)
APPLICATION_ID = 0x43417041
_OUR_TABLES = frozenset({"assessments", "answers", "evidence", "history", "preferences"})


def _application_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA application_id").fetchone()[0])


def _check_kind(path: Path) -> None:
    """A folder, a pipe or a device is no database file: said in one line, before SQLite sees it
    (it would wait on a FIFO, or call it damaged)."""
    import stat

    try:
        st = os.stat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StorageError(f"{path}: cannot be read ({exc.strerror})") from None
    if stat.S_ISDIR(st.st_mode):
        raise StorageError(f"{path}: is a folder, not a database file")
    if not stat.S_ISREG(st.st_mode):
        kind = "a FIFO (named pipe)" if stat.S_ISFIFO(st.st_mode) else \
            "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else "not a regular file"
        raise StorageError(f"{path}: is {kind}, not a database file")


def owner_check(path: Path) -> None:
    """Refuse, without changing it, an SQLite file that is not this application's:
    read-only, its ``application_id`` must be ours — or, for a database written before the mark,
    zero with this application's schema (its migrations record, or its tables). A file that is not
    SQLite at all is left to the integrity check (it says "damaged" and offers backups)."""
    try:
        conn = connect_readonly(path)
    except (sqlite3.Error, StorageError):
        return  # unreadable: the integrity check that follows says why
    try:
        try:
            app_id = _application_id(conn)
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError:
            return  # not SQLite, or damaged: the integrity check says so
        if app_id == APPLICATION_ID:
            return
        ours = False
        if app_id == 0:
            if MIGRATIONS_TABLE in tables:
                try:
                    ours = conn.execute(f"SELECT 1 FROM {MIGRATIONS_TABLE} WHERE migration_set = ? LIMIT 1",
                                        ["capacity_app"]).fetchone() is not None
                except sqlite3.Error:
                    ours = False
            else:
                ours = _OUR_TABLES <= tables
            if not tables:
                return  # an empty SQLite file: made ours when it is written
        if not ours:
            which = f"application id 0x{app_id & 0xFFFFFFFF:08X}" if app_id else \
                f"its tables: {', '.join(sorted(tables)[:4])}{' …' if len(tables) > 4 else ''}"
            raise StorageError(f"{path}: this SQLite file is not a capacity-app database ({which}); "
                               "it was left unchanged")
    finally:
        conn.close()


def _daily_due(conn: sqlite3.Connection, path: Path, backup_dir: Path | None) -> bool:
    """Whether to take today's backup: none yet; or the database changed since the newest one (its
    change counter) and that one is more than a day old — or dated in the future: a clock set
    ahead once must not stop the daily backups for good."""
    backups = list_backups(path, backup_dir)
    if not backups:
        return True
    newest = backups[0]
    if newest.changes is not None and newest.changes == change_counter(conn):
        return False  # the same content as the newest backup: another copy would add nothing
    age = (utc_now() - newest.created).total_seconds()
    return age > DAILY_SECONDS or age < -CLOCK_SLACK_SECONDS


CLOCK_SLACK_SECONDS = 600  # a backup dated this far in the future: the clock was (or is) wrong


def _all_backups(path: Path, backup_dir: Path | None) -> list[Path]:
    return [b.path for b in all_backups(path, backup_dir)]


def _check_not_newer(applied: list[str], path: Path) -> None:
    known = set(schema.step_names())
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise StorageError(f"{path}: the database was written by a newer version of capacity-app "
                           f"(schema step {unknown[-1]!r}); update the application")


__all__ = [
    "BackupInfo", "CorruptDatabaseError", "NeedsUpgradeError", "StorageError", "StoreLockedError", "SCHEMA_VERSION",
    "damage_marker", "remember_damage",
    "APPLICATION_ID", "Connection", "FULL", "all_backups", "backup_folders", "change_counter", "connect_readonly",
    "owner_check", "file_uri", "preferred_backup_dir",
    "stored_backup_dir", "QUICK", "LIGHT", "READ", "NONE", "FULL_CHECK_BYTES", "READ_FULL_CHECK_BYTES", "applied_steps", "check_file", "integrity_job", "connect", "list_backups", "open_database", "restore_backup", "take_backup",
    "BACKUP_KEEP", "PRE_MIGRATION", "remove_backup",
]
