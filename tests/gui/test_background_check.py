"""The window opens a large database after checking only the tables it shows first; the full
integrity check runs in the background and still finds damage elsewhere, and offers the backup."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from capacity_app.gui.window import app as gui_app
from capacity_app.services.assessments import open_store
from capacity_app.storage.db import FULL, LIGHT, check_file
from capacity_app.storage.store import Store


def _damaged_far_from_the_list(db_path):
    """A database whose answers and history span many pages; the last pages (answers, history)
    wrecked, the tables the list reads intact."""
    with Store(db_path) as s:
        a = s.create_assessment(country="KEN", m49="404", round=2026, title="t",
                                questionnaire_id="q", questionnaire_version="1")
        for i in range(400):
            s.save_answer(a.id, f"k{i}", "answered", "x" * 300)
        backup = s.backup("manual")
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    data[-4096 * 8:] = b"\xa5" * (4096 * 8)
    db_path.write_bytes(bytes(data))
    return a, backup


def test_light_check_opens_and_background_check_finds_the_damage(qtbot, db_path, monkeypatch):
    a, backup = _damaged_far_from_the_list(db_path)
    assert check_file(db_path, LIGHT) == "ok"  # the window's check at open passes ...
    assert check_file(db_path, FULL) != "ok"   # ... the full one does not

    from capacity_app.gui.window.main_window import MainWindow

    store = open_store(db_path, integrity="light")
    window = MainWindow(store)
    qtbot.addWidget(window)
    asked, replaced = [], []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **k: asked.append(args) or QMessageBox.StandardButton.Yes)
    gui_app.check_in_background(window, db_path, replaced.append)
    qtbot.waitUntil(lambda: bool(replaced), timeout=20000)
    restored = replaced[0]
    try:
        assert asked and store.closed
        assert restored.answer(a.id, "k399").value == "x" * 300
        assert check_file(db_path, FULL) == "ok"
        assert list(db_path.parent.glob("*.damaged"))
    finally:
        restored.close()


def test_background_check_of_a_sound_database_says_nothing(qtbot, db_path, monkeypatch):
    from capacity_app.gui.window.main_window import MainWindow

    with Store(db_path) as s:
        s.create_assessment(country="KEN", m49="404", round=2026, title="t",
                            questionnaire_id="q", questionnaire_version="1")
    store = open_store(db_path, integrity="light")
    window = MainWindow(store)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (_ for _ in ()).throw(AssertionError("asked")))
    gui_app.check_in_background(window, db_path, lambda s: (_ for _ in ()).throw(AssertionError("replaced")))
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20000)
    assert not store.closed
    window.close()
    store.close()


def _window_on(db_path, qtbot):
    from capacity_app.gui.window.main_window import MainWindow

    with Store(db_path) as s:
        s.create_assessment(country="KEN", m49="404", round=2026, title="t",
                            questionnaire_id="q", questionnaire_version="1")
    store = open_store(db_path, integrity="light", daily_backup=False, core=True)  # as the window opens it
    window = MainWindow(store)
    window.runner.show_dialogs = False
    qtbot.addWidget(window)
    return window, store


def test_today_s_backup_is_taken_once_the_check_found_the_file_sound(qtbot, db_path):
    window, store = _window_on(db_path, qtbot)
    backups = db_path.parent / "backups"
    assert not backups.exists()  # not at the opening
    try:
        gui_app.check_in_background(window, db_path, lambda s: (_ for _ in ()).throw(AssertionError("replaced")))
        qtbot.waitUntil(lambda: backups.is_dir() and any(backups.glob("*-daily.sqlite3")), timeout=20000)
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=20000)
        assert check_file(next(backups.glob("*-daily.sqlite3")), FULL) == "ok"
        assert window.statusBar().currentMessage() == ""
        gui_app.back_up_in_background(window, pytest.fail)  # not due again: nothing changed since
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=20000)
        assert len(list(backups.glob("*-daily.sqlite3"))) == 1
    finally:
        window.close()
        store.close()


def test_a_daily_backup_that_cannot_be_written_is_said_in_the_status_bar(qtbot, db_path, tmp_path):
    window, store = _window_on(db_path, qtbot)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backup folder should be", encoding="utf-8")
    store.backup_dir = blocked
    try:
        gui_app.back_up_in_background(window, pytest.fail)
        qtbot.waitUntil(lambda: "daily backup" in window.statusBar().currentMessage(), timeout=20000)
        message = window.statusBar().currentMessage()
        assert "cannot write the daily backup (" in message and message.count("daily backup") == 1, message
        assert str(blocked) in message
        assert not store.closed and not list(db_path.parent.glob("*.damaged"))  # the database open, untouched
    finally:
        window.close()
        store.close()


def test_damage_the_daily_backup_s_own_check_finds_is_handled_as_the_full_check_s(qtbot, db_path, monkeypatch):
    """The file changed between the full check and the backup's own: the damage is said and the
    database turns read-only, as when the full check finds it (the backup is not taken)."""
    from capacity_app.storage.db import DailyBackup

    window, store = _window_on(db_path, qtbot)
    monkeypatch.setattr(gui_app, "daily_backup_job",
                        lambda *a, **k: DailyBackup(damaged="*** in database main *** Page 7: btree cell"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: QMessageBox.StandardButton.Ok)
    try:
        gui_app.check_in_background(window, db_path, lambda s: (_ for _ in ()).throw(AssertionError("replaced")))
        qtbot.waitUntil(lambda: bool(store.damaged), timeout=20000)
        assert store.readonly and "Page 7" in store.damaged and window.banner.isVisibleTo(window)
    finally:
        window.close()
        store.close()
