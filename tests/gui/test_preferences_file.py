"""The window's preferences file (Qt's, read whole by Qt at the first QSettings, before the window
shows) is looked at first: a named pipe, a device or a folder in its place, or a file over 1 MB,
is said in one line (and, with a display, in a dialog) instead of holding the window for ever;
nothing is written to it and no database is made."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from capacity_app.gui.window import app as app_module

def _sparse(path) -> None:
    with open(path, "wb") as fh:
        fh.truncate(2 * 1024 * 1024)  # nothing written, nothing to read


HOSTILE = {
    "named pipe": ("is a FIFO (named pipe), not a regular file", lambda p: os.mkfifo(p)),
    "folder": ("is a folder, not a regular file", lambda p: p.mkdir()),
    "huge": ("is too large (2 MB; the limit is 1 MB)", _sparse),
}


def _env(tmp_path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("CAPACITY_APP_DB",)}
    env.update(XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_CONFIG_DIRS=str(tmp_path / "system"),
               CAPACITY_APP_DATA=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    return env


@pytest.mark.parametrize("which", [
    "config/UNSD/capacity-app.ini", "config/UNSD.ini",  # the user's, read at the first QSettings
    "system/UNSD/capacity-app.ini", "system/UNSD.ini",  # the system's, read after them
    "config/UNSD/capacity-app.ini.lock",  # Qt's lock, opened when the preferences are written
    "config/QtProject.conf"])  # Qt's file dialog's history, read by every file dialog
@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_a_preferences_file_qt_cannot_read_is_said_in_one_line(tmp_path, kind, which):
    if kind == "named pipe" and not hasattr(os, "mkfifo"):
        pytest.skip("named pipes")
    reason, make = HOSTILE[kind]
    path = tmp_path / which
    path.parent.mkdir(parents=True, exist_ok=True)
    make(path)
    p = subprocess.run([sys.executable, "-m", "capacity_app", "gui", "--exit-after-show"], env=_env(tmp_path),
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 2, (p.stdout, p.stderr)
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"capacity-app: {path}: {reason}; "), p.stderr
    assert not (tmp_path / "data" / "capacity.sqlite3").exists()  # refused before any database
    if kind == "huge":
        assert path.stat().st_size == 2 * 1024 * 1024


def test_the_files_looked_at_are_the_ones_qt_reads(tmp_path):
    """The paths are worked out as Qt works them out (it has no call that gives them without
    reading the file): its own QSettings names the same two, in a process without the tests'
    pinned folder."""
    code = ("from PySide6.QtCore import QSettings\n"
            "from capacity_app.gui.window.app import make_app, preferences_files\n"
            "make_app()\n"
            "own, organisation, system, system_organisation = preferences_files()[:4]\n"
            "print(QSettings().fileName() == str(own))\n"
            "print(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, 'UNSD').fileName()"
            " == str(organisation))\n"
            "print(QSettings(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, 'UNSD', 'capacity-app')"
            ".fileName() == str(system))\n")
    p = subprocess.run([sys.executable, "-c", code], env=_env(tmp_path), capture_output=True, text=True,
                       timeout=60)
    assert p.stdout.split() == ["True", "True", "True"], (p.stdout, p.stderr)


def test_a_regular_preferences_file_starts_the_window(tmp_path):
    path = tmp_path / "config" / "UNSD" / "capacity-app.ini"
    path.parent.mkdir(parents=True)
    path.write_text("[General]\ninterface_language=fr\n", encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "capacity_app", "gui", "--exit-after-show"], env=_env(tmp_path),
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, (p.stdout, p.stderr)


def test_with_a_display_the_refusal_is_a_dialog(qsettings, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    odd = tmp_path / "odd.ini"
    odd.mkdir()
    monkeypatch.setattr(app_module, "preferences_files", lambda: [odd])
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    assert app_module.refuse_unreadable_preferences(exit_after_show=False) is True
    assert shown == [("The window's preferences cannot be read",
                      f"{odd}\n\nThis is not a file the window can read its preferences from (a named pipe, a "
                      "device or a folder, or a file larger than 1 MB). Move it away or delete it, then start "
                      "the application again.")]
    monkeypatch.setattr(app_module, "preferences_files", lambda: [tmp_path / "none.ini"])
    assert app_module.refuse_unreadable_preferences(exit_after_show=False) is False
