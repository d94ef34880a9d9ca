"""Alt+Down / Alt+Up always change section in the window, wherever the keyboard is: a
date field (it opened the calendar), a drop-down (the assessment's status, a review, an evidence's
kind opened their lists), a number, a year, a text, a comment, radio buttons, check boxes, a grid
cell's open editor. F4 opens a list or a calendar there. In a dialog, which has no sections,
Alt+Down still opens a drop-down's list or a date field's calendar. Real key events throughout
(QTest sends the shortcut override first, as a keyboard does)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox

from capacity_app.gui.widgets.datefield import DateField
from capacity_app.gui.widgets.editors import FieldEditor

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def win(opened, qtbot):
    opened.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened, timeout=3000)
    return opened


def _alt(qtbot, widget, key) -> None:
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window(), timeout=2000)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    QTest.keyClick(QApplication.focusWidget(), key, ALT)
    QApplication.processEvents()


def _one_editor_of_each_kind(win):
    """(section id, item id, editor class) for the first shown editor of each class on the
    question pages."""
    seen, out = set(), []
    for section in win.questionnaire.sections:
        for item in section.items:
            if not win.view.go_to_key(item.id):
                continue
            w = win.view.page.widgets.get(item.id)
            editor = getattr(getattr(w, "row", None), "editor", None)
            if not isinstance(editor, FieldEditor) or type(editor) in seen or not editor.isEnabled():
                continue
            target = editor.focus_target()
            if target is None or not target.isVisibleTo(win):
                continue
            seen.add(type(editor))
            out.append((section.id, item.id, type(editor).__name__))
    return out


def test_alt_down_and_up_change_section_from_every_kind_of_editor(win, qtbot):
    kinds = _one_editor_of_each_kind(win)
    names = {k for _s, _i, k in kinds}
    assert {"DateEdit", "TextBox", "NumberEdit", "YearSpin", "ChoiceRadios", "RatingRadios", "Checklist"} <= names, names
    ids = [s.id for s in win.questionnaire.sections]
    for section_id, item_id, kind in kinds:
        assert win.view.go_to_key(item_id)
        target = win.view.page.widgets[item_id].row.editor.focus_target()
        _alt(qtbot, target, Qt.Key.Key_Down)
        after = ids[(ids.index(section_id) + 1) % len(ids)]
        assert win.view.page.section.id == after, f"Alt+Down in {kind} ({item_id}) stayed in {section_id}"
        if isinstance(target.parentWidget(), DateField):
            assert target.parentWidget().popup() is None  # no calendar opened on the way
        assert win.view.go_to_key(item_id)
        _alt(qtbot, win.view.page.widgets[item_id].row.editor.focus_target(), Qt.Key.Key_Up)
        before = ids[(ids.index(section_id) - 1) % len(ids)]
        assert win.view.page.section.id == before, f"Alt+Up in {kind} ({item_id}) stayed in {section_id}"


def test_alt_down_from_a_date_field_changes_section_and_f4_opens_the_calendar(win, qtbot):
    assert win.view.go_to_key("s0_mission_start")
    field = win.view.page.widgets["s0_mission_start"].row.editor.edit
    assert isinstance(field, DateField)
    field.edit.setFocus()
    qtbot.waitUntil(field.edit.hasFocus, timeout=2000)
    QTest.keyClick(field.edit, Qt.Key.Key_F4)
    assert field.popup() is not None and win.view.page.section.id == "S0"
    QTest.keyClick(field.popup(), Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert field.popup() is None
    _alt(qtbot, field.edit, Qt.Key.Key_Down)
    assert win.view.page.section.id != "S0" and field.popup() is None
    assert "F4" in field.edit.toolTip()


def test_alt_down_from_the_windows_drop_downs_and_a_comment_changes_section(win, qtbot):
    """The assessment's status, the evidence's kind, a review's status, the comment box."""
    assert win.view.go_to_key("s2_policy")
    w = win.view.page.widgets["s2_policy"]
    w.more.click()
    controls = [win.view.status.combo, w.comments.kind,
                *[c for c in w.findChildren(QComboBox) if c.isVisible() and c is not w.comments.kind]]
    controls += [w.comments.comment, w.comments.text]  # the comment box, the evidence's text
    for control in controls:
        assert win.view.go_to_key("s2_policy")
        if not control.isVisibleTo(win):
            w = win.view.page.widgets["s2_policy"]
            w.more.click()
        _alt(qtbot, control, Qt.Key.Key_Down)
        assert win.view.page.section.id == "S3", control.accessibleName() or control.objectName()
        if isinstance(control, QComboBox):
            assert not control.view().isVisible()  # its list stayed shut
        QTest.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_Up, ALT)
        QApplication.processEvents()
        assert win.view.page.section.id == "S2"
    status = win.view.status.combo
    status.setFocus()
    qtbot.waitUntil(status.hasFocus, timeout=2000)
    QTest.keyClick(status, Qt.Key.Key_F4)
    qtbot.waitUntil(status.view().isVisible, timeout=2000)  # F4 opens the list
    status.hidePopup()


def test_in_a_dialog_alt_down_still_opens_a_list_and_a_calendar(win, qtbot):
    """The review sign-off dialog: no section to change, so Alt+Down opens the date's calendar."""
    from capacity_app.gui.team.signoff import ReviewSignOffDialog

    dlg = ReviewSignOffDialog(win)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg, timeout=3000)
    section = win.view.page.section
    _alt(qtbot, dlg.date.edit, Qt.Key.Key_Down)
    assert dlg.date.popup() is not None and win.view.page.section is section
    dlg.date._popup.hide()
    dlg.reject()
