"""What the officer's keyboard trial in French, Arabic and Chinese found (Xvfb and openbox, 1366x768
and 1280x720, xdotool keys only; docs/user-guide.md, "By keyboard only"), each held here with real
widgets: a date's Alt letter, a choice typed in a grid cell, and the results chain's buttons and
tables."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from capacity_app.gui.plan import results as results_gui
from capacity_app.services.plan import actions as plans
from capacity_app.services.plan import results as chains


def _active(qtbot, window):
    """Alt letters are shortcuts: they reach the active window only."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def _alt(letter):
    QTest.keyClick(QApplication.focusWidget(), getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)


def test_a_date_label_s_alt_letter_takes_the_keyboard_to_the_date(speaking, qtbot):
    """*New assessment* in French: Alt+D (*&Début de la mission*) and Alt+F (*&Fin*) did nothing,
    so the officer tabbed and typed the start's date into the end."""
    speaking("fr")
    from capacity_app.gui.dialogs import NewAssessmentDialog

    dlg = NewAssessmentDialog(lambda **_f: None, "fr")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    _active(qtbot, dlg)
    dlg.institutions.setFocus()
    for letter, field in (("D", dlg.start), ("F", dlg.end), ("R", dlg.reference)):
        _alt(letter)
        assert dlg.focusWidget() is field.edit, letter
    qtbot.keyClicks(dlg.start.edit, "2026-03-09")   # a date typed after the letter lands in its field
    assert dlg.start.edit.text() == "2026-03-09" and dlg.end.edit.text() == ""
    # Tab still goes once through each date, never to the field around its text
    dlg.reference.edit.setFocus()
    qtbot.keyClick(dlg.reference.edit, Qt.Key.Key_Tab)
    assert dlg.focusWidget() is dlg.start.edit


def test_a_choice_typed_in_a_grid_cell_is_the_whole_word(opened, qtbot):
    """Typing "Non" on an empty *Interviewed* cell of S0's grid (French questionnaire) gave "Oui":
    the first key picked "Non", the next two started a new search that found "Oui"."""
    win = opened
    win.set_language("fr")
    assert win.view.go_to_key("s0_institutions")
    win.view.page.ensure_built()
    grid = win.view.page.widgets["s0_institutions"].grid
    model = grid.grid_model
    column = next(c for c in range(model.columnCount()) if model.field(model.index(0, c)).type == "select_one")
    grid.setFocus()
    grid.setCurrentIndex(model.index(2, column))
    qtbot.keyClicks(grid, "N")
    editor = grid.delegate.editor
    qtbot.keyClicks(editor, "on")
    assert editor.currentText() == "Non"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    row = model.index(2, column)
    qtbot.waitUntil(lambda: row.data(Qt.ItemDataRole.EditRole) == "no", timeout=3000)


def _plan_with_an_action(win):
    view = win.view
    view.tabs.setCurrentWidget(view.action_plan)
    view.action_plan.new_action()
    return plans.action_plan(win.store, win.session.assessment_id)


def test_the_results_chain_by_its_alt_letters_keeps_what_was_typed(opened, qtbot, monkeypatch):
    """The objective typed, then Alt+A (*Add outcome*): the objective was gone (the field never
    left, the outcome's write refilled the chain) and the keyboard stayed in it; Tab in the
    outcomes went round their cells for ever, typing into the wrong ones."""
    win = opened
    _plan_with_an_action(win)
    aid = win.session.assessment_id
    seen = []

    def run(dlg):
        dlg.show()
        qtbot.waitExposed(dlg)
        _active(qtbot, dlg)
        dlg.f_objective.setFocus()
        qtbot.keyClicks(dlg.f_objective, "Policy informed by data")
        _alt("A")   # a button's letter clicks it a moment later (animateClick)
        qtbot.waitUntil(lambda: dlg.outcomes.rowCount() == 1, timeout=3000)
        chain = chains.results_chain(win.store, aid)
        seen.append((chain.objective, dlg.f_objective.text(), [o.name for o in chain.outcomes]))
        # the keyboard is on the new outcome's name: typing names it
        assert dlg.focusWidget() is dlg.outcomes and dlg.outcomes.currentColumn() == 1
        qtbot.keyClicks(dlg.outcomes, "C")   # the first key opens the cell's editor
        qtbot.keyClicks(QApplication.focusWidget(), "ensus measures migration")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: [o.name for o in chains.results_chain(win.store, aid).outcomes]
                        == ["Census measures migration"], timeout=3000)
        # Tab leaves the table for its buttons (it went to the next cell)
        dlg.outcomes.setFocus()
        qtbot.keyClick(dlg.outcomes, Qt.Key.Key_Tab)
        assert dlg.focusWidget() is dlg.add_outcome_button
        # an indicator by its letter: the keyboard on its name
        _alt("I")
        qtbot.waitUntil(lambda: dlg.indicators.rowCount() == 1, timeout=3000)
        assert dlg.focusWidget() is dlg.indicators and dlg.indicators.currentColumn() == 2
        qtbot.keyClick(dlg.indicators, Qt.Key.Key_Tab)
        assert dlg.focusWidget() is not dlg.indicators
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(results_gui.ResultsChainDialog, "exec", run)
    win.view.action_plan.results_button.click()
    assert seen == [("Policy informed by data", "Policy informed by data", ["New outcome"])]
