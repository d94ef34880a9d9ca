"""The one place that finds bundled data (assessments/, resources/) and the user's data folder."""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "capacity-app"
APP_AUTHOR = "UNSD"

_PKG = Path(__file__).resolve().parent
_REPO = _PKG.parent


def frozen_root() -> Path | None:
    """The folder of a PyInstaller bundle's unpacked files (``sys._MEIPASS``), None when running
    from a source checkout or an installed package."""
    meipass = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and meipass:
        return Path(meipass)
    return None


def _candidates(name: str) -> tuple[Path, ...]:
    frozen = frozen_root()
    if frozen is not None:
        # The bundle ships the folders as a wheel does (packaging/capacity_app.spec); nothing
        # outside the bundle is looked at, so a stray folder next to it cannot change the app.
        return (frozen / "capacity_app" / "_data" / name,)
    # A source checkout (or editable install) keeps the folder next to the package; a wheel ships
    # it inside the package as _data/<name> (see setup.py).
    return (_REPO / name, _PKG / "_data" / name)


def _bundled(name: str) -> Path:
    for candidate in _candidates(name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {name!r} not found next to {_PKG}")


def assessments_dir() -> Path:
    return _bundled("assessments")


def resources_dir() -> Path:
    return _bundled("resources")


def default_questionnaire_path() -> Path:
    return assessments_dir() / "questionnaire.yaml"


def config_file() -> Path:
    """The one settings file outside the database (``settings.json``): where the data lives, and a
    copy of the preferences. Read by the window and the command line alike.

    CAPACITY_APP_CONFIG names the file; with CAPACITY_APP_DATA (tests, portable installs) it sits
    in that folder; else in the platform's configuration folder."""
    override = os.environ.get("CAPACITY_APP_CONFIG")
    if override:
        return Path(override)
    data = os.environ.get("CAPACITY_APP_DATA")
    if data:
        return Path(data) / "settings.json"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)) / "settings.json"


SETTINGS_MAX_BYTES = 1_000_000  # the file the application writes is a few hundred bytes


def _settings_text(cfg: Path) -> str | None:
    """The text of the settings file ``cfg``, None when there is none. Read as every file from
    outside is (:func:`files.read_regular`): a named pipe or a device in its place is refused, not
    waited on, and a file over SETTINGS_MAX_BYTES is refused, not read whole
    (:class:`files.InputFileError`); a file that is not UTF-8 raises ValueError."""
    from .files import read_regular

    if not os.path.exists(cfg):
        return None
    return read_regular(cfg, SETTINGS_MAX_BYTES).decode("utf-8")


def read_settings() -> dict:
    """The settings file as a dict ({} when it does not exist or cannot be read: the defaults)."""
    import json

    from .files import InputFileError

    try:
        text = _settings_text(config_file())
        data = json.loads(text) if text is not None else {}
    except (OSError, ValueError, InputFileError):
        return {}
    return data if isinstance(data, dict) else {}


def pending_move() -> dict | None:
    """The data-folder move chosen in Preferences and not yet carried out (``{"from": …, "to": …}``
    in the settings file), or None: asked before every opening of the default database, so read
    here, without the services that carry the move out (services/settings.apply_pending_move)."""
    move = read_settings().get("pending_move")
    return move if isinstance(move, dict) and move.get("to") else None


def write_settings(data: dict) -> Path:
    """Replace the settings file atomically (a crash leaves the old or the new file, never half),
    as every file the application writes is replaced (``files.replace_atomically``): written to a
    new file of its own beside it, flushed to the disk, then put in its place. A settings file kept
    elsewhere through a symbolic link (a folder of one's own settings) is written where it is, the
    link kept, and keeps its permissions. Raises ``files.OutputError`` (the file and the reason in
    one line) or OSError."""
    import json

    from .files import new_file_mode, replace_atomically

    path = Path(os.path.realpath(config_file()))
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = os.stat(path).st_mode & 0o777
    except OSError:
        mode = new_file_mode()

    def build(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))

    return replace_atomically(build, path, "the settings file", mode=mode)


def default_data_dir() -> Path:
    """The platform's data folder for the application (where the data lives unless moved)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def data_folder() -> Path:
    """Where the data lives (:func:`user_data_dir`), without creating it: for a reader that only
    looks there (a languages folder)."""
    override = os.environ.get("CAPACITY_APP_DATA")
    if override:
        return Path(override)
    return _chosen_data_folder() or default_data_dir()


def user_data_dir() -> Path:
    """Folder for the default database, backups and preferences.

    CAPACITY_APP_DATA overrides it (tests and portable installs); else the data folder chosen in
    Preferences (``data_folder`` in :func:`config_file`); else the platform's data folder."""
    path = data_folder()
    try:
        path.mkdir(parents=True, exist_ok=True)
    except (OSError, ValueError) as exc:
        raise SettingsError(f"the data folder {str(path)!r} cannot be used: "
                            f"{getattr(exc, 'strerror', None) or exc}") from None
    return path


class SettingsError(Exception):
    """The settings file names a data folder that cannot be used; the message says which file,
    what is wrong and how to fix it (nothing was opened or created)."""

    user_error = True  # the command line prints it as one line, exit 2


def _settings_data(cfg: Path):
    """What the settings file ``cfg`` holds (None when there is none); a file that cannot be read
    or is damaged raises :class:`SettingsError` saying which and what to do."""
    import json

    from .files import InputFileError

    try:
        raw = _settings_text(cfg)
        data = json.loads(raw) if raw is not None and raw.strip() else {}
    except OSError as exc:
        raise SettingsError(f"{cfg}: the settings file cannot be read ({exc.strerror}); "
                            "fix its permissions or remove it") from None
    except InputFileError as exc:  # a named pipe, a device, a folder, a file too large
        raise SettingsError(f"{cfg}: the settings file cannot be read ({exc.reason}); "
                            "fix its permissions or remove it") from None
    except ValueError as exc:  # not UTF-8, not JSON
        raise SettingsError(f"{cfg}: the settings file is damaged ({exc}); correct it, or remove "
                            "it to use the default data folder") from None
    return None if raw is None else data


def settings_to_update() -> dict:
    """The settings file's content, to change and write back with :func:`write_settings`: {} when
    there is none. A file that exists but cannot be read, is damaged or is not an object raises
    :class:`SettingsError`: writing over it from nothing would drop the data folder it names and
    every other choice in it, without a word."""
    cfg = config_file()
    data = _settings_data(cfg)
    if data is not None and not isinstance(data, dict):
        raise SettingsError(f"{cfg}: the settings file is damaged (not a JSON object); correct it, or "
                            "remove it to use the default data folder")
    return data or {}


def _chosen_data_folder() -> Path | None:
    """The data folder the settings file names (None: none chosen). A file that exists but
    cannot be read, or names something that is not a folder, is an error rather than a silent
    fallback to the default folder, which would show an empty database in place of the data."""
    cfg = config_file()
    data = _settings_data(cfg)
    if data is None:
        return None
    chosen = data.get("data_folder") if isinstance(data, dict) else None
    if chosen in (None, ""):
        return None
    if not isinstance(chosen, str) or "\x00" in chosen or not chosen.strip():
        raise SettingsError(f"{cfg}: \"data_folder\" must be the path of a folder, not {chosen!r}")
    path = Path(chosen.strip()).expanduser()
    if not path.is_absolute():
        raise SettingsError(f"{cfg}: \"data_folder\" must be an absolute path, not {chosen!r}")
    if path.exists() and not path.is_dir():
        raise SettingsError(f"{cfg}: the data folder {chosen!r} is a file, not a folder; choose a "
                            "folder in Preferences or correct the file")
    return path


DB_NAME = "capacity.sqlite3"


def default_db_path() -> Path:
    return user_data_dir() / DB_NAME
