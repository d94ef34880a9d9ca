"""The smaller things an officer hit: the New dialog names the field (not "s0_mission_end: …") and
its banner goes once the dates are corrected; Alt+Down in a grid's drop-down opens its list instead
of jumping to the next section; after "Next round…" the keyboard is on the new round, not on the
button (Enter would make a duplicate round); refused values are told in the questionnaire's
language."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from capacity_app.gui import dialogs, rounds
from capacity_app.services.assessments import create_assessment, new_assessment

from test_answering import item_widget


def test_the_new_dialog_names_the_field_and_its_banner_goes_when_corrected(window, qtbot):
    win = window
    dlg = dialogs.NewAssessmentDialog(lambda **f: win.writes.run(new_assessment, win.store, win.questionnaire,
                                                                 lang="fr", **f), "fr", win,
                                      questionnaire=win.questionnaire)
    qtbot.addWidget(dlg)
    dlg.country.setEditText("KEN")
    dlg.reference.set_iso("1999-06-30")  # before 2000: S0 refuses it
    dlg._on_ok()
    assert dlg.result_assessment is None and not dlg.message.isHidden()
    text = dlg.message.text()
    assert "s0_" not in text and text.startswith("Reference date: ")
    assert "Indiquez une date entre 2000 et 2100" in text  # S0's own reason, in French
    dlg.reference.set_iso("2026-06-30")
    dlg.reference.changed.emit("2026-06-30")
    assert dlg.message.isHidden()
    dlg._on_ok()
    assert dlg.result_assessment is not None


def test_f4_in_a_grid_drop_down_opens_its_list_alt_down_changes_section(opened, qtbot):
    """Alt+Down always goes to the next section, even from a cell's open editor; F4
    opens the cell's list."""
    win = opened
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=3000)
    grid = item_widget(win, "s1_statistics").grid
    section = win.view.page.section
    grid.setFocus()
    grid.setCurrentIndex(grid.grid_model.index(0, 0))
    QTest.keyClick(grid, Qt.Key.Key_F4)
    editor = grid.delegate.editor
    assert editor is not None and editor.view().isVisible()  # its list is open
    editor.hidePopup()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus, timeout=3000)
    QTest.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()
    assert win.view.page.section is not section, "Alt+Down stayed in the section"


def test_after_next_round_the_keyboard_is_on_the_new_round(window, questionnaire, qtbot):
    old = create_assessment(window.store, questionnaire, country="KEN", round=2026)
    window.home.refresh()
    window.home.select_id(old.id)
    window.home.buttons["duplicate"].setFocus()

    def accept():
        dlg = rounds.last_dialog
        if dlg is None or not dlg.isVisible():
            QTimer.singleShot(20, accept)
            return
        dlg._on_ok()

    QTimer.singleShot(0, accept)
    window.home.buttons["duplicate"].click()
    new = next(a for a in window.store.assessments() if a.id != old.id)
    assert window.home.current_id() == new.id
    assert window.home.table.hasFocus() or window.focusWidget() is window.home.table


def test_a_refused_value_is_told_in_the_questionnaires_language(opened, qtbot):
    win = opened
    win.set_language("fr")
    w = item_widget(win, "s0_n_interviews")
    w.row.editor.edit.setText("douze")
    w.row.flush()
    assert "un nombre entier est attendu" in w.row.message.text()
    w.row.editor.edit.setText("-3")
    w.row.flush()
    assert not w.row.message.isHidden() and "inférieur au minimum" in w.row.message.text()
    assert w.row.editor.edit.text() == "-3"  # kept, to be corrected
