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


def read_settings() -> dict:
    """The settings file as a dict ({} when it does not exist or cannot be read: the defaults)."""
    import json

    try:
        data = json.loads(config_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_settings(data: dict) -> Path:
    """Replace the settings file atomically (a crash leaves the old or the new file, never half)."""
    import json

    path = config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)
    return path


def default_data_dir() -> Path:
    """The platform's data folder for the application (where the data lives unless moved)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def user_data_dir() -> Path:
    """Folder for the default database, backups and preferences.

    CAPACITY_APP_DATA overrides it (tests and portable installs); else the data folder chosen in
    Preferences (``data_folder`` in :func:`config_file`); else the platform's data folder."""
    override = os.environ.get("CAPACITY_APP_DATA")
    if override:
        path = Path(override)
    else:
        chosen = str(read_settings().get("data_folder", "") or "").strip()
        path = Path(chosen) if chosen else default_data_dir()
    path.mkdir(parents=True, exist_ok=True)
    return path


DB_NAME = "capacity.sqlite3"


def default_db_path() -> Path:
    return user_data_dir() / DB_NAME
