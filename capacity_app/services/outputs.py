"""Where an output (workbook, report, aggregate) may be written: the one check the CLI and the
GUI make before an export, a report or an aggregation writes anything.

An output never replaces the database it was read from, its ``-wal``/``-shm``/``-journal`` and
lock files, or a file in one of its backup folders (the default ``backups`` next to it and the
backup-folder preference): the same file reached through a symbolic link, a hard link or a
different spelling of the path is recognised (``st_dev`` + ``st_ino`` where the file exists, the
resolved path where it does not). Nor is an output written over a symbolic link, a folder, a
device or a FIFO (``files.check_output_target``), and its folder must exist or be
creatable. A refusal is one line naming the path and the reason (:class:`OutputRefused`, exit 2
in the CLI).
"""
from __future__ import annotations

import os
from pathlib import Path

from ..storage.db import backup_dir_for, preferred_backup_dir
from ..files import OutputError, check_output_target, output_error, refused_output

SIDE_FILES = (("", "the database"), ("-wal", "the database's -wal file"),
              ("-shm", "the database's -shm file"), ("-journal", "the database's -journal file"),
              (".lock", "the database's lock file"), (".damage-found", "the database's damage marker"))


class OutputRefused(OutputError):
    """An output path that would destroy input; the message names the path and the reason."""


def _real(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def protected_folders(db_path, backup_dir=None) -> list[Path]:
    """The backup folders of ``db_path``: ``backup_dir`` (an open store's), the stored
    preference, and the default one next to the database."""
    folders = [backup_dir_for(db_path)]
    for extra in (backup_dir, preferred_backup_dir(db_path) if backup_dir is None else None):
        if extra:
            folders.append(Path(extra))
    return folders


def refusal(out_path, db_path, backup_dir=None) -> str | None:
    """Why ``out_path`` may not be written as an output of the database ``db_path``, or None."""
    out = Path(out_path)
    db = Path(db_path)
    real_out = _real(out)
    exists = out.exists()
    for suffix, what in SIDE_FILES:
        side = Path(str(db) + suffix)
        if real_out == _real(side) or (exists and side.exists() and _same(out, side)):
            return f"{out}: is {what} ({db}); an output never replaces it; choose another file"
    parent = out.parent
    for folder in protected_folders(db, backup_dir):
        if _real(parent) == _real(folder) or (parent.exists() and folder.exists() and _same(parent, folder)):
            return (f"{out}: is in the backup folder of the database ({folder}); an output never "
                    f"goes there; choose another folder")
        if exists and folder.is_dir():
            for backup in folder.iterdir():
                if _same(out, backup):
                    return (f"{out}: is a backup of the database ({backup}); an output never "
                            f"replaces it; choose another file")
    return None


def database_file(path, db_path, backup_dir=None) -> str | None:
    """What the existing file ``path`` (one to read in, e.g. a document to attach) is of the
    database ``db_path``: the database or one of its side files, or a backup of it (a file in one
    of its backup folders), however reached (a link, another spelling); None when it is none."""
    p = Path(path)
    real = _real(p)
    for suffix, what in SIDE_FILES:
        side = Path(str(db_path) + suffix)
        if real == _real(side) or (side.exists() and _same(p, side)):
            return what
    for folder in protected_folders(db_path, backup_dir):
        if not folder.is_dir():
            continue
        if os.path.dirname(real) == _real(folder) or any(_same(p, b) for b in folder.iterdir()):
            return "a backup of the database"
    return None


def check_output_path(out_path, db_path=None, backup_dir=None, what: str = "the file") -> Path:
    """Refuse an output path that is the database ``db_path`` or one of its side or backup files
    (when ``db_path`` is given), a symbolic link or a special file, or in a folder that cannot be
    created. Returns the path; raises :class:`OutputRefused` / ``OutputError`` (one line)."""
    out = Path(out_path)
    if db_path is not None:
        reason = refusal(out, db_path, backup_dir)
        if reason is not None:
            raise OutputRefused(reason)
    check_output_target(out, what)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise output_error(out, exc, what) from None
    return out


def check_output_folder(out_path, db_path=None, backup_dir=None, what: str = "the files") -> Path:
    """A folder an output writes its files into (the analyst's bundle of an aggregation): a folder
    or nothing yet (its parent creatable), never a symbolic link, a file, a special file, the
    database or a backup folder of the database (or inside one). Returns the path; raises
    :class:`OutputRefused` / ``OutputError`` (one line)."""
    import stat

    out = Path(out_path)
    if db_path is not None:
        for folder in protected_folders(db_path, backup_dir):
            if _real(out) == _real(folder) or (out.exists() and folder.exists() and _same(out, folder)):
                raise OutputRefused(f"{out}: is the backup folder of the database ({folder}); an output never "
                                    f"goes there; choose another folder")
        reason = refusal(out, db_path, backup_dir)
        if reason is not None:
            raise OutputRefused(reason)
    try:
        st = os.lstat(out)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise output_error(out, exc, what, plural=True) from None
    if st is not None and not stat.S_ISDIR(st.st_mode):
        kind = "a symbolic link" if stat.S_ISLNK(st.st_mode) else "a file" if stat.S_ISREG(st.st_mode) else "a special file"
        raise refused_output(out, f"is {kind}, not a folder", what, plural=True)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise output_error(out, exc, what, plural=True) from None
    return out


def check_store_output(out_path, store, what: str = "the file") -> Path:
    """:func:`check_output_path` for an output of an open store."""
    return check_output_path(out_path, store.path, store.backup_dir, what)


__all__ = ["OutputRefused", "check_output_folder", "check_output_path", "check_store_output", "database_file", "protected_folders",
           "refusal"]
