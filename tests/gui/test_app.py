"""Start-up pieces: signals emitted from Python keep their references (the PySide6 pin),
`gui --exit-after-show`."""
from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QObject, Signal

from capacity_app.gui.window.app import make_app


class _Emitter(QObject):
    ping = Signal(str)


def test_many_signals_emitted_from_python_never_exhaust_true(qapp):
    """PySide6 6.12.0's ``SignalInstance.emit()`` returned True without a new reference: every emit
    from Python dropped one, and after a few thousand CPython 3.11 aborted ("bool_dealloc:
    deallocating True or False"). pyproject.toml pins PySide6 below 6.12; this fails if an
    installed version has the bug (Python 3.12 makes True immortal: nothing to lose there)."""
    make_app()
    e = _Emitter()
    seen = []
    e.ping.connect(seen.append)
    before = sys.getrefcount(True)
    for _ in range(20_000):  # far more than the references True starts with
        e.ping.emit("x")
    assert len(seen) == 20_000
    assert sys.getrefcount(True) >= before - 100, (before, sys.getrefcount(True))


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
    """The settings file is the one source of the data folder, for the window and the command line
    alike; a folder an earlier version kept in QSettings is carried there once."""
    from PySide6.QtCore import QSettings

    from capacity_app.gui.window.app import migrate_legacy_data_folder
    from capacity_app.paths import default_db_path, read_settings
    from capacity_app.services.settings import request_data_folder

    monkeypatch.delenv("CAPACITY_APP_DATA", raising=False)
    monkeypatch.setenv("CAPACITY_APP_CONFIG", str(tmp_path / "config" / "settings.json"))
    monkeypatch.setattr("capacity_app.paths.default_data_dir", lambda: tmp_path / "platform-data")
    assert migrate_legacy_data_folder() is None
    assert default_db_path() == tmp_path / "platform-data" / "capacity.sqlite3"

    # an earlier version's choice in Preferences (QSettings) is carried to the settings file once
    QSettings().setValue("data_folder", str(tmp_path / "mission-data"))
    assert migrate_legacy_data_folder() == tmp_path / "mission-data"
    assert read_settings()["data_folder"] == str(tmp_path / "mission-data")
    assert QSettings().value("data_folder") is None
    assert default_db_path() == tmp_path / "mission-data" / "capacity.sqlite3"  # what the CLI opens too
    assert (tmp_path / "mission-data").is_dir()

    # a folder chosen in Preferences now (the settings file) is not overridden by a stale QSettings value
    (tmp_path / "chosen").mkdir()
    (tmp_path / "chosen" / "capacity.sqlite3").write_bytes(b"")
    assert request_data_folder(tmp_path / "chosen").action == "use"
    QSettings().setValue("data_folder", str(tmp_path / "stale"))
    assert migrate_legacy_data_folder() is None
    assert QSettings().value("data_folder") is None
    assert default_db_path() == tmp_path / "chosen" / "capacity.sqlite3"


def test_gui_without_db_opens_the_data_folder_of_the_settings_file(tmp_path):
    """`gui` with no --db opens the database in the folder the settings file names (as the CLI does)."""
    import json

    folder = tmp_path / "mission-data"
    config = tmp_path / "config" / "settings.json"
    config.parent.mkdir()
    config.write_text(json.dumps({"data_folder": str(folder)}), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("CAPACITY_APP_DATA", "CAPACITY_APP_DB")}
    env.update(QT_QPA_PLATFORM="offscreen", CAPACITY_APP_CONFIG=str(config), HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "xdg-config"), XDG_DATA_HOME=str(tmp_path / "xdg-data"))
    r = subprocess.run([sys.executable, "-m", "capacity_app", "gui", "--exit-after-show"],
                       env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert (folder / "capacity.sqlite3").is_file()
    assert not (tmp_path / "xdg-data").exists() or not list((tmp_path / "xdg-data").rglob("capacity.sqlite3"))


def test_end_of_startup_freezes_and_collects_on_the_gui_thread_only(qapp, qtbot):
    """After start-up the cyclic collector runs from a timer of the GUI thread (gui/gc_guard), never
    on a worker thread that happens to allocate (a Qt wrapper finalised there crashes PySide6)."""
    import gc
    import threading

    from capacity_app.gui.window.app import end_of_startup
    from capacity_app.gui.window.gc_guard import installed

    was_installed = installed(qapp) is not None and not gc.isenabled()
    gc.disable()
    try:
        frozen = gc.get_freeze_count()  # an earlier test's freeze, if any
        end_of_startup()
        assert gc.get_freeze_count() > frozen
        assert not gc.isenabled()  # Python's automatic collection would run on any thread
        collector = installed(qapp)
        assert collector is not None

        class Cycle:
            pass

        def make_garbage():
            for _ in range(5000):
                c = Cycle()
                c.me = c

        worker = threading.Thread(target=make_garbage)
        worker.start()
        worker.join()
        assert gc.get_count()[0] > gc.get_threshold()[0]  # the worker's allocations collected nothing
        seen: list = []
        worker = threading.Thread(target=lambda: seen.append(collector.check()))
        worker.start()
        worker.join()
        assert seen == [-1]  # asked from a worker thread: no collection
        before = collector.collections
        qtbot.waitUntil(lambda: collector.collections > before, timeout=3000)  # the GUI thread's timer
        assert gc.get_count()[0] < gc.get_threshold()[0]
    finally:
        gc.unfreeze()
        collector = installed(qapp)
        if collector is not None and not was_installed:
            collector.uninstall()
