"""Settings: the preferences (operator, report language, backup folder; kept in the database and
copied to the settings file outside it, so a new database starts with them), an assessment's
section weights, and where the data lives (the settings file, ``paths.config_file``, read by the
window and the command line alike). Each database write returns what it changed (:class:`Changes`).

Moving the data folder never strands the data: :func:`request_data_folder` either points at a
database already there, or records a move that :func:`apply_pending_move` carries out before
the database is next opened (the database copied consistently with its backups, checked, and
only then the settings switched; the old file is kept, renamed ``….moved``)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
import os
from pathlib import Path
import tempfile
from typing import TYPE_CHECKING, Any

from ..files import OutputError
from ..domain.languages import LANGUAGES
from ..paths import (DB_NAME, SettingsError, config_file, pending_move, read_settings, settings_to_update,
                     user_data_dir, write_settings)
from ..storage.db import StorageError
from ..storage.store import Store
from .base import ServiceError, editable, get_assessment, storage_refusal, unwritable
from .changes import Changes

if TYPE_CHECKING:
    from ..domain.questionnaire import Questionnaire


@dataclass(frozen=True)
class Preferences:
    operator: str = ""         # recorded with every change in the answer history
    report_lang: str = "en"    # the default language of the PDF report
    backup_dir: str = ""       # empty: next to the database
    word_template: str = ""    # the office's Word template (.docx) of the Word report; empty: the bundled one


def preferences(store: Store) -> Preferences:
    """The database's preferences; one it does not hold comes from the settings file (a new or
    moved database starts with the officer's name, report language and backup folder)."""
    saved = read_settings().get("preferences") or {}
    saved = saved if isinstance(saved, dict) else {}

    def value(name: str, default: str) -> str:
        v = store.preference(name, None)
        if v is None or v == "":
            v = saved.get(name, default)
        return str(v or default)

    return Preferences(value("operator", ""), value("report_lang", "en"), value("backup_dir", ""),
                       value("word_template", ""))


def save_preferences(store: Store, prefs: Preferences) -> Changes:
    """Store the preferences; a backup folder is created now (a refusal says why, in one line)."""
    if prefs.report_lang not in LANGUAGES:
        raise ServiceError(f"report language must be one of {', '.join(LANGUAGES)}, got {prefs.report_lang!r}")
    backup = prefs.backup_dir.strip()
    template = prefs.word_template.strip()
    if template and not (template.lower().endswith(".docx") and Path(template).is_file()):
        raise ServiceError(f"the Word template {template} is not a .docx file (docs/word-report.md)")
    try:
        if backup:
            Path(backup).mkdir(parents=True, exist_ok=True)
        store.set_preference("operator", prefs.operator.strip())
        store.set_preference("report_lang", prefs.report_lang)
        store.set_preference("backup_dir", backup)
        store.set_preference("word_template", template)
    except OSError as exc:
        raise ServiceError(f"backup folder {backup}: {exc.strerror or exc}") from None
    except StorageError as exc:
        raise storage_refusal(exc) from None
    if backup:
        store.backup_dir = Path(backup)
    try:  # the copy outside the database (a failure here loses nothing: the database holds them;
        # a settings file that cannot be read is left as it is, never written over from nothing)
        data = settings_to_update()
        data["preferences"] = {"operator": prefs.operator.strip(), "report_lang": prefs.report_lang,
                               "backup_dir": backup, "word_template": template}
        write_settings(data)
    except (OSError, OutputError, SettingsError):
        pass
    return Changes(preferences=True)


def weights(store: Store, q: Questionnaire, assessment_id: Any) -> dict[str, float]:
    """The section weights set for an assessment (the documented ones where none is set): they
    give the labelled "custom weights" figure, never the band."""
    # the scoring engine with the weights asked for: the window's first start asks Preferences
    # for the operator's name before its questionnaire has loaded
    from ..domain.scoring import normalise_weights

    w = (get_assessment(store, assessment_id).settings or {}).get("weights")
    return normalise_weights(q, w if isinstance(w, dict) else None)


def update_weights(store: Store, q: Questionnaire, assessment_id: Any, changes: Mapping[str, Any]) -> Changes:
    """Set some section weights (the others keep theirs); see :func:`services.scoring.set_weights`."""
    from .scoring import set_weights

    a = editable(store, assessment_id)  # a final assessment's score is settled
    set_weights(store, q, a.id, changes)
    return Changes.of_assessment(a.id, scores=True)


def reset_weights(store: Store, assessment_id: Any) -> Changes:
    """Back to the documented section weights."""
    a = editable(store, assessment_id)
    settings = dict(a.settings or {})
    if settings.pop("weights", None) is None:
        return Changes(a.id)  # nothing to do, nothing changed
    try:
        store.update_assessment(a.id, settings=settings)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return Changes.of_assessment(a.id, scores=True)


# --- where the data lives ------------------------------------------------------------------------

@dataclass(frozen=True)
class FolderChange:
    """What choosing ``target`` as the data folder does: ``"none"`` (it is the current one),
    ``"use"`` (a database is already there: it is used, the current one stays where it is) or
    ``"move"`` (the database and its backups move there before the next start)."""

    action: str
    target: Path
    current: Path
    backups: int = 0  # backup files that move along


def data_folder() -> Path:
    """The folder of the default database now."""
    return user_data_dir()


def _backup_files(db: Path) -> list[Path]:
    folder = db.parent / "backups"
    return sorted(p for p in folder.glob("*") if p.is_file()) if folder.is_dir() else []


def plan_data_folder(target: str | Path, current: Path | None = None) -> FolderChange:
    """What :func:`request_data_folder` would do (refused with a reason: not a folder, not
    writable, the settings file cannot be written)."""
    cur = Path(current) if current is not None else data_folder()
    raw = str(target).strip()
    if not raw:
        raise ServiceError("data folder: give a folder")
    tgt = Path(raw).expanduser()
    if not tgt.is_absolute():
        raise ServiceError(f"data folder {raw}: give the whole path (it starts with / or a drive letter)")
    if tgt.exists() and not tgt.is_dir():
        raise ServiceError(f"data folder {tgt}: a file of that name exists")
    if tgt.resolve() == cur.resolve():
        return FolderChange("none", tgt, cur)
    if (tgt / DB_NAME).exists():
        return FolderChange("use", tgt, cur)
    return FolderChange("move", tgt, cur, len(_backup_files(cur / DB_NAME)))


def request_data_folder(target: str | Path, current: Path | None = None) -> FolderChange:
    """Choose a new data folder. A database already there is used from the next start (the
    current one stays where it is); otherwise the move is recorded and done before the
    database is next opened (:func:`apply_pending_move`). Nothing is switched half-way."""
    try:
        change = plan_data_folder(target, current)
    except SettingsError as exc:  # the current folder is read from a settings file that cannot be
        raise ServiceError(f"{exc}; nothing was changed") from None
    if change.action == "none":
        data = _to_update()
        if data.pop("pending_move", None) is not None:
            _write(data)
        return change
    data = _to_update()  # before anything is made: a settings file that cannot be read changes nothing
    try:
        change.target.mkdir(parents=True, exist_ok=True)
        # a file of its own, created exclusively: whatever stands in the folder (a named pipe, a
        # link to another file) is neither waited on nor written through
        fd, probe = tempfile.mkstemp(dir=change.target, prefix=".capacity-app-write-test.")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise ServiceError(f"data folder {change.target}: {exc.strerror or exc}") from None
    if change.action == "use":
        data.pop("pending_move", None)
        data["data_folder"] = str(change.target)
    else:
        data["pending_move"] = {"from": str(change.current), "to": str(change.target)}
    _write(data)
    return change


def _to_update() -> dict:
    """The settings to change (:func:`paths.settings_to_update`); a file that cannot be read is
    refused in one line and left as it is."""
    try:
        return settings_to_update()
    except SettingsError as exc:
        raise ServiceError(f"{exc}; nothing was changed") from None


def _write(data: dict) -> None:
    try:
        write_settings(data)
    except OutputError as exc:  # the disk full, no permission, another program holding the file
        raise ServiceError(f"settings file {config_file()}: {exc.reason or exc}") from None
    except OSError as exc:
        raise ServiceError(f"settings file {config_file()}: {exc.strerror or exc}") from None


def apply_pending_move() -> str:
    """Carry out a recorded data-folder move, before the database is opened: the database is
    copied with SQLite's backup (consistent even mid-write), checked, its backups copied, and only
    then the settings point to the new folder; the old file is renamed ``capacity.sqlite3.moved``
    (kept, never deleted). Returns what happened in one line ("" when nothing was pending).
    While another program holds the old database open, nothing moves (both keep using it)."""
    import shutil
    import sqlite3

    from ..files import OutputError, check_output_target
    from ..storage.db import StoreLockedError, _LockFile, connect_readonly

    move = pending_move()
    if move is None:
        return ""
    old_dir, new_dir = Path(str(move.get("from"))), Path(str(move["to"]))
    old_db, new_db = old_dir / DB_NAME, new_dir / DB_NAME
    data = _to_update()
    if not old_db.exists():  # nothing to carry: just point there
        data.pop("pending_move", None)
        data["data_folder"] = str(new_dir)
        _write(data)
        return f"data folder is now {new_dir}"
    if new_db.exists():
        data.pop("pending_move", None)
        _write(data)
        return f"not moved: {new_db} already exists (the data stays in {old_dir})"
    held = _LockFile(old_db)
    lock: _LockFile | None = held
    try:
        held.acquire()
    except StoreLockedError:
        return f"not moved yet: {old_db} is open in another window"
    except OSError:
        if not unwritable(old_db):
            return f"not moved yet: {old_db} cannot be locked"
        lock = None  # a read-only folder (the reason to move): nobody can be writing there
    tmp = new_db.with_name(DB_NAME + ".moving")
    try:
        new_dir.mkdir(parents=True, exist_ok=True)
        # what already stands under a name the move writes (a link, a named pipe, a folder) is
        # refused, never written through or waited on
        check_output_target(tmp, "the database's copy")
        src = connect_readonly(old_db)  # also where the old folder is read-only
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            ok = dst.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dst.close()
            src.close()
        if ok != "ok":
            raise OSError(f"the copy does not pass the check ({ok})")
        for f in _backup_files(old_db):
            (new_dir / "backups").mkdir(exist_ok=True)
            check_output_target(new_dir / "backups" / f.name, "the backup's copy")
            shutil.copy2(f, new_dir / "backups" / f.name)
        os.replace(tmp, new_db)
        data.pop("pending_move", None)
        data["data_folder"] = str(new_dir)
        _write(data)
    except (OSError, sqlite3.Error, ServiceError, StorageError, OutputError) as exc:
        if tmp.is_file() and not tmp.is_symlink():
            tmp.unlink()
        return f"not moved: {exc} (the data stays in {old_dir})"
    finally:
        if lock is not None:
            lock.release()
    try:  # the old file renamed, so that it is not taken for the current one (not in a read-only folder)
        for side in ("", "-wal", "-shm"):
            p = Path(str(old_db) + side)
            if p.exists():
                os.replace(p, Path(str(old_db) + side + ".moved"))
    except OSError:
        return f"copied the database and its backups to {new_dir} (the old folder is read-only: its copy stays there)"
    return f"moved the database and its backups to {new_dir}"


__all__ = ["FolderChange", "Preferences", "apply_pending_move", "data_folder", "pending_move", "plan_data_folder",
           "preferences", "request_data_folder", "reset_weights", "save_preferences", "update_weights", "weights"]
