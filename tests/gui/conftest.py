"""GUI test fixtures: a real database file, QSettings pinned to tmp_path, no blocking dialogs."""
from __future__ import annotations

from pathlib import Path

import pytest

GUI_TESTS = Path(__file__).resolve().parent


@pytest.fixture
def qsettings(tmp_path, qapp):
    from PySide6.QtCore import QSettings

    from capacity_app.gui.window.app import make_app

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    make_app()  # after the path: the interface language comes from these (empty) settings, not the user's
    return QSettings(str(tmp_path / "qsettings" / "capacity-app.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def speaking(qsettings):
    """Start the application in a given interface language (``speaking("ru")``); English again at
    the end of the test."""
    from PySide6.QtWidgets import QApplication

    from capacity_app.gui.window.app import install_translations, make_app

    def speak(lang):
        qsettings.setValue("interface_language", lang)
        return make_app(settings=qsettings)

    yield speak
    install_translations(QApplication.instance(), "en")


@pytest.fixture(autouse=True)
def _closed_windows_deleted(qapp):
    """The windows and dialogs the tests before this one closed are deleted before it starts, as
    the application's event loop deletes a closed window. pytest-qt closes a test's widgets and asks
    Qt to delete them later (``deleteLater``), but only an event loop carries that out, and a test
    that runs none left them, with every widget in them, to the tests after it: 6,500 widgets by
    the middle of a module, each restyled by a test's style sheet (7 s instead of 0.8 s)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch):
    """A test that reaches a modal message box or file dialog fails instead of hanging."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    def refuse(*_a, **_k):
        raise AssertionError("a modal dialog was opened in a test")

    for name in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(refuse))


@pytest.fixture
def make_window(qtbot, qsettings, questionnaire):
    """Open (and reopen) the main window on a database file; closes everything at the end."""
    from capacity_app.gui.window.main_window import MainWindow
    from capacity_app.services.assessments import open_store

    opened = []

    def make(db_path):
        store = open_store(db_path)
        win = MainWindow(store, questionnaire, qsettings)
        win.runner.show_dialogs = False
        qtbot.addWidget(win)
        win.show()
        opened.append((win, store))
        return win

    yield make
    for win, store in opened:
        if win.isVisible():
            win.close()
        win.runner.shutdown()
        if not store.closed:
            store.close()


@pytest.fixture
def window(make_window, db_path):
    return make_window(db_path)


@pytest.fixture
def opened(window, questionnaire):
    """A window with a fresh assessment open."""
    from capacity_app.services.assessments import create_assessment

    a = create_assessment(window.store, questionnaire, country="KEN", round=2026)
    window.home.refresh()
    assert window.open_assessment(a.id)
    return window


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread(qapp):
    """As in the application (gui/gc_guard): while GUI tests run, cyclic garbage is collected by
    the GUI thread's timer, never on a worker thread (installed once, then only started again)."""
    from capacity_app.gui.window.gc_guard import install

    return install(qapp)


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item, nextitem):
    """When the next test is not a GUI test (or none is left), after this one's fixtures are gone:
    the garbage the GUI tests left (closed windows, their wrappers) is collected here, on the GUI
    thread, and Python's own collector is back, so that the next test starts as production would
    (tests/conftest.py fails otherwise). Only then: a full collection costs 0.1-0.3 s on a worker's
    heap, and made at the end of each GUI module (about 70) it cost 14 s of processor time a run."""
    if nextitem is not None and GUI_TESTS in Path(str(nextitem.path)).parents:
        return
    from PySide6.QtWidgets import QApplication

    from capacity_app.gui.window.gc_guard import installed

    app = QApplication.instance()
    collector = installed(app) if app is not None else None
    if collector is not None:
        collector.uninstall()
