"""Keyboard on the list page : after the first-start Welcome dialog the
keyboard is on the list (or on "New…" when the list is empty), and Enter on "New…" opens the New
dialog."""
from __future__ import annotations

from PySide6.QtCore import Qt


def test_after_welcome_the_focus_is_on_new_when_the_list_is_empty(window, qtbot, monkeypatch):
    from capacity_app.gui.window import first_start

    home = window.home
    window.activateWindow()
    home.buttons["import"].setFocus()  # where the focus was left before the dialog
    monkeypatch.setattr(first_start.OperatorDialog, "exec", lambda dlg: 0)  # "Later"
    assert first_start.ask_operator(window)
    assert home.focusWidget() is home.buttons["new"]


def test_after_welcome_the_focus_is_on_the_list(make_window, db_path, questionnaire, qtbot, monkeypatch):
    from capacity_app.gui.window import first_start
    from capacity_app.services.assessments import create_assessment, open_store

    store = open_store(db_path)
    create_assessment(store, questionnaire, country="GHA", round=2026)
    store.close()
    window = make_window(db_path)
    home = window.home
    assert home.focusWidget() is home.table  # from the start
    home.buttons["duplicate"].setFocus()
    monkeypatch.setattr(first_start.OperatorDialog, "exec", lambda dlg: 0)
    assert first_start.ask_operator(window)
    assert home.focusWidget() is home.table
    assert home.current_id() is not None  # a row to act on


def test_enter_on_new_opens_the_new_dialog(window, qtbot, monkeypatch):
    from capacity_app.gui import dialogs

    opened = []
    monkeypatch.setattr(dialogs.NewAssessmentDialog, "exec", lambda dlg: opened.append(dlg) or 0)
    new = window.home.buttons["new"]
    window.activateWindow()
    new.setFocus()
    qtbot.keyClick(new, Qt.Key.Key_Return)
    assert len(opened) == 1
    qtbot.keyClick(new, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert len(opened) == 2
