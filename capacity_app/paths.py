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


def user_data_dir() -> Path:
    """Folder for the default database, backups and preferences.

    CAPACITY_APP_DATA overrides it (tests and portable installs)."""
    override = os.environ.get("CAPACITY_APP_DATA")
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return user_data_dir() / "capacity.sqlite3"
