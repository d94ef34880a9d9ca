"""A whole assessment from the keyboard: QTest key events only, never a mouse event. Create an
assessment (Ctrl+N), reach questions through the navigator (Ctrl+L, arrows, Enter), type a date
(ISO and the locale's short format), answer a choice, a checklist, a rating, a number, a text,
a year, a grid cell (type-to-edit, Alt+Down), mark "don't know" with Shift+F10 on the intended
cell (and see a cell that is not asked refuse), undo it, answer a matrix cell and dispute it in review
(Ctrl+R), export."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QFileDialog, QMenu

from capacity_app.domain.answers import ANSWERED, DONT_KNOW, EMPTY
from capacity_app.gui.widgets.datefield import DateField, _formats

CTRL = Qt.KeyboardModifier.ControlModifier


def key(qtbot, k, mods=Qt.KeyboardModifier.NoModifier, times=1):
    """A key pressed where the keyboard focus is (as the officer's keyboard would)."""
    for _ in range(times):
        w = QApplication.focusWidget()
        assert w is not None, "no widget has the keyboard focus"
        QTest.keyClick(w, k, mods)
        QApplication.processEvents()


def type_text(text):
    w = QApplication.focusWidget()
    assert w is not None
    QTest.keyClicks(w, text)
    QApplication.processEvents()


def stored(win, k):
    return win.store.answer(win.session.assessment_id, k)


def nav_to(qtbot, win, item_id):
    """Ctrl+L, then arrows through the navigator to the item's row, then Enter."""
    view = win.view
    key(qtbot, Qt.Key.Key_L, CTRL)
    assert view.tree.hasFocus()
    target = view.nav.index_of_item(item_id)
    section = target.parent()
    key(qtbot, Qt.Key.Key_Home)
    for _ in range(200):
        cur = view.tree.currentIndex()
        if cur == section or cur == target:
            break
        key(qtbot, Qt.Key.Key_Down)
    if view.tree.currentIndex() == section:
        if not view.tree.isExpanded(section):
            key(qtbot, Qt.Key.Key_Right)
        for _ in range(100):
            if view.tree.currentIndex() == target:
                break
            key(qtbot, Qt.Key.Key_Down)
    assert view.tree.currentIndex() == target, f"the navigator did not reach {item_id}"
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.page.widgets.get(item_id) is not None
                    and view.page.widgets[item_id].isAncestorOf(QApplication.focusWidget()), timeout=3000)
    QApplication.processEvents()
    focused = QApplication.focusWidget()
    viewport = view.page.current.viewport()
    top_left = focused.mapTo(viewport, focused.rect().topLeft())
    assert viewport.rect().contains(top_left), f"the focused control of {item_id} is scrolled out of view"
    return view.page.widgets[item_id]


def test_a_whole_assessment_from_the_keyboard(window, qtbot, tmp_path, monkeypatch):
    win = window
    win.resize(1280, 720)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=3000)

    # --- create an assessment: Ctrl+N, the country typed, Enter ------------------------------------
    def fill_new_dialog():
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, QDialog) or not dlg.isAncestorOf(QApplication.focusWidget()):
            QTimer.singleShot(20, fill_new_dialog)  # until the dialog is up and has the focus
            return
        type_text("Ghana")
        for popup in dlg.findChildren(QComboBox):
            popup.hidePopup()
        completer = QApplication.focusWidget().completer() if hasattr(QApplication.focusWidget(), "completer") else None
        if completer is not None and completer.popup().isVisible():
            QTest.keyClick(completer.popup(), Qt.Key.Key_Return)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        if dlg.isVisible():  # the first Enter took the completion
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_new_dialog)
    key(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: win.session is not None, timeout=5000)
    assert win.session.assessment.country == "GHA"
    win.activateWindow()  # the window manager's part when a dialog closes (offscreen has none)
    qtbot.waitUntil(lambda: win.view is not None and QApplication.activeWindow() is win
                    and QApplication.focusWidget() is not None, timeout=3000)
    view = win.view

    # --- Ctrl+J from the top of S0 stops on its first unanswered question --------------------------
    key(qtbot, Qt.Key.Key_L, CTRL)
    key(qtbot, Qt.Key.Key_Home)
    key(qtbot, Qt.Key.Key_J, CTRL)
    first = next(k for k in view._position_order() if not win.session.answer(k).is_answered)
    assert view.current_key.split(".")[0] == first.split(".")[0]

    # --- typing in the navigator starts a find; it does not jump to another section or tab ---------
    section, tab = view.page.section, view.tabs.currentIndex()
    key(qtbot, Qt.Key.Key_L, CTRL)
    type_text("g")
    assert view.find_bar.isVisible() and view.find_bar.edit.text() == "g"
    assert (view.page.section, view.tabs.currentIndex()) == (section, tab)
    key(qtbot, Qt.Key.Key_Escape)
    assert not view.find_bar.isVisible()

    # --- dates: ISO, then the locale's short format; the calendar opens on the reference date -----
    start = nav_to(qtbot, win, "s0_mission_start")
    assert isinstance(QApplication.focusWidget().parentWidget(), DateField)
    type_text("2026-05-11")
    key(qtbot, Qt.Key.Key_Return)
    assert stored(win, "s0_mission_start").value == "2026-05-11"
    assert start.row.editor.edit.edit.text() == "2026-05-11"
    end = nav_to(qtbot, win, "s0_mission_end")
    loc = QLocale()
    typed = loc.toString(QDate(2026, 5, 15), _formats(loc)[0])
    type_text(typed)
    key(qtbot, Qt.Key.Key_Return)
    assert stored(win, "s0_mission_end").value == "2026-05-15", typed
    assert end.row.editor.edit.edit.text() == "2026-05-15"  # shown as stored
    ref = nav_to(qtbot, win, "s0_reference_date")
    field = ref.row.editor.edit
    key(qtbot, Qt.Key.Key_F4)  # the calendar (Alt+Down is the next section)
    assert view.page.section.id == "S0"
    cal = field.popup()
    assert cal is not None and cal.selectedDate().year() >= 2000, "the calendar opens near today, never at 1900"
    key(qtbot, Qt.Key.Key_Escape)
    assert field.popup() is None and stored(win, "s0_reference_date").status == EMPTY
    type_text("15.13.2026")  # not a date: said inline, the text kept, nothing stored
    key(qtbot, Qt.Key.Key_Return)
    assert not ref.row.message.isHidden() and field.edit.text() == "15.13.2026"
    assert stored(win, "s0_reference_date").status == EMPTY
    field.edit.selectAll()
    type_text("2026-05-15")
    key(qtbot, Qt.Key.Key_Return)
    assert stored(win, "s0_reference_date").value == "2026-05-15"

    # --- a number and a text -------------------------------------------------------------------------
    nav_to(qtbot, win, "s0_n_interviews")
    type_text("12")
    key(qtbot, Qt.Key.Key_Return)
    assert stored(win, "s0_n_interviews").value == 12
    nav_to(qtbot, win, "s0_lead_institution")
    type_text("Ghana Statistical Service")
    key(qtbot, Qt.Key.Key_Tab)  # leaving the box commits
    assert stored(win, "s0_lead_institution").value == "Ghana Statistical Service"

    # --- radio choices: Space picks, arrows move the choice as in Qt's own views ----------------------
    policy = nav_to(qtbot, win, "s2_policy")
    codes = [c.code for c in policy.item.field.choices]
    key(qtbot, Qt.Key.Key_Space)
    assert stored(win, "s2_policy").value == codes[0]
    key(qtbot, Qt.Key.Key_Right if len(codes) and policy.row.editor.buttons[codes[1]].x() > 0 else Qt.Key.Key_Down)
    assert stored(win, "s2_policy").value == codes[1]
    # a checklist: Space ticks the box in focus
    nav_to(qtbot, win, "s2_bodies")
    key(qtbot, Qt.Key.Key_Space)
    bodies = win.questionnaire.item("s2_bodies").field.choices
    assert stored(win, "s2_bodies").value == [bodies[0].code]
    # a rating
    nav_to(qtbot, win, "s2_need_a")
    key(qtbot, Qt.Key.Key_Space)
    assert stored(win, "s2_need_a").status == ANSWERED
    # a year: Up from "no answer" gives this year, not 1900
    nav_to(qtbot, win, "s6a_last_census_year")
    key(qtbot, Qt.Key.Key_Up)
    y = stored(win, "s6a_last_census_year")
    assert y.status == ANSWERED and y.value >= dt.date.today().year - 1 or not view.page.widgets[
        "s6a_last_census_year"].row.message.isHidden()

    # --- a grid: type-to-edit keeps the first key; F4 opens a cell's list (Alt+Down: next section) -----
    stats = nav_to(qtbot, win, "s1_statistics")
    grid = stats.grid
    item = win.questionnaire.item("s1_statistics")
    rows = [r.code for r in item.rows]
    cols = [c.id for c in item.columns]
    assert grid.hasFocus() and grid.currentIndex() == grid.grid_model.index(0, 0)
    avail = item.columns[0]
    yes_label = next(c for c in avail.choices if c.code == "yes").label
    first_letter = win.session.text(yes_label)[0]
    type_text(first_letter)  # opens the editor with that choice already picked
    key(qtbot, Qt.Key.Key_Return)
    assert stored(win, f"s1_statistics.{rows[0]}.available").value == "yes"
    key(qtbot, Qt.Key.Key_Down)  # the next row, same column
    key(qtbot, Qt.Key.Key_F4)
    editor = grid.delegate.editor
    assert isinstance(editor, QComboBox) and editor.view().isVisible(), "F4 opens the cell's drop-down"
    assert view.page.section.id == "S1"
    key(qtbot, Qt.Key.Key_Down, times=editor.findData("no"))  # in the open list
    key(qtbot, Qt.Key.Key_Return)  # picks "no", closes the list and saves it: one Enter
    assert stored(win, f"s1_statistics.{rows[1]}.available").value == "no"
    assert grid.hasFocus() and grid.currentIndex() == grid.grid_model.index(1, 0)

    # --- Shift+F10: "don't know" on the intended cell; a cell that is not asked refuses -------------
    target = rows.index("returning") if "returning" in rows else 2
    for _ in range(target - 1):
        key(qtbot, Qt.Key.Key_Down)
    assert grid.currentIndex() == grid.grid_model.index(target, 0)
    before = dict(win.session.sheet.answers)
    key(qtbot, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = grid.menu
    assert isinstance(menu, QMenu) and menu.isVisible()
    cell = grid.visualRect(grid.currentIndex())
    assert menu.geometry().top() >= grid.viewport().mapToGlobal(cell.topLeft()).y(), "the menu opens at the cell"
    assert menu.activeAction() is not None and "know" in menu.activeAction().text()
    QTest.keyClick(menu, Qt.Key.Key_Return)
    QApplication.processEvents()
    dk_key = f"s1_statistics.{rows[target]}.available"
    assert stored(win, dk_key).status == DONT_KNOW
    changed = {k for k, a in win.session.sheet.answers.items() if before.get(k) != a}
    assert changed == {dk_key}, f"only the intended cell changes, not {changed - {dk_key}}"
    # the "definition" cell of that row is not asked (nothing available): Shift+F10 refuses
    key(qtbot, Qt.Key.Key_Right, times=cols.index("definition"))
    assert not grid.grid_model.flags(grid.currentIndex()) & Qt.ItemFlag.ItemIsEditable
    grid.menu = None
    key(qtbot, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert grid.menu is None and not stats.message.isHidden() and "not asked" in stats.message.text()
    assert stored(win, f"s1_statistics.{rows[target]}.definition").status == EMPTY
    # undo the don't know
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert stored(win, dk_key).status == EMPTY

    # --- a matrix cell: Ctrl+2, arrows, Enter into its fields, Space -----------------------------------
    key(qtbot, Qt.Key.Key_2, CTRL)
    assert view.matrix.table.hasFocus()
    key(qtbot, Qt.Key.Key_Right)
    pq, src = view.matrix.panel.coords
    key(qtbot, Qt.Key.Key_Return)
    exists_key = f"{win.questionnaire.matrix_item().id}.{pq}.{src}.exists"
    assert view.matrix.panel.rows[exists_key].isAncestorOf(QApplication.focusWidget())
    key(qtbot, Qt.Key.Key_Space)
    assert stored(win, exists_key).status == ANSWERED
    # ... and its review: Ctrl+R, arrows, Tab into the note, Enter
    key(qtbot, Qt.Key.Key_R, CTRL)
    panel = view.matrix.panel
    assert QApplication.focusWidget() is panel.review.combo
    key(qtbot, Qt.Key.Key_End)  # disputed
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.review.note
    type_text("the census asked citizenship")
    key(qtbot, Qt.Key.Key_Return)
    review = win.store.reviews(win.session.assessment_id)[f"{win.questionnaire.matrix_item().id}.{pq}.{src}"]
    assert (review.status, review.note) == ("disputed", "the census asked citizenship")

    # --- export: Ctrl+E --------------------------------------------------------------------------------
    out = tmp_path / "ghana.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    key(qtbot, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: out.is_file() and not win.runner.busy and not win.runner.tasks, timeout=60000)
    assert out.stat().st_size > 5000
