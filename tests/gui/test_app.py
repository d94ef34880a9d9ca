"""Start-up pieces: the PySide6 emit reference-count guard, `gui --exit-after-show`."""
from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QObject, Signal

from capacity_app.gui.app import guard_emit_refcount, make_app


class _Emitter(QObject):
    ping = Signal(str)


def test_many_signals_emitted_from_python_never_exhaust_true(qapp):
    make_app()  # installs the guard when this PySide6 needs it
    e = _Emitter()
    seen = []
    e.ping.connect(seen.append)
    for _ in range(20_000):  # far more than the references True starts with
        e.ping.emit("x")
    assert len(seen) == 20_000
    assert sys.getrefcount(True) > 1_000_000 or guard_emit_refcount() == 0


def test_gui_exit_after_show_on_the_demo_database(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CAPACITY_APP_DATA=str(tmp_path))
    db = tmp_path / "demo.sqlite3"
    from capacity_app.services.assessments import open_store
    from capacity_app.services.demo import create_demo

    with open_store(db) as store:
        create_demo(store)
    r = subprocess.run([sys.executable, "-m", "capacity_app", "--db", str(db), "gui", "--exit-after-show"],
                       env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr


def test_data_folder_from_preferences_is_used_without_db(qsettings, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from capacity_app.gui.app import data_folder_db

    monkeypatch.delenv("CAPACITY_APP_DATA", raising=False)
    monkeypatch.delenv("CAPACITY_APP_DB", raising=False)
    assert data_folder_db() is None
    QSettings().setValue("data_folder", str(tmp_path / "mission-data"))
    assert data_folder_db() == tmp_path / "mission-data" / "capacity.sqlite3"
    assert (tmp_path / "mission-data").is_dir()
    monkeypatch.setenv("CAPACITY_APP_DB", str(tmp_path / "other.sqlite3"))
    assert data_folder_db() is None  # an explicit database wins


def test_end_of_startup_freezes_and_reenables_the_collector():
    import gc

    from capacity_app.gui.app import end_of_startup

    gc.disable()
    try:
        end_of_startup()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()
