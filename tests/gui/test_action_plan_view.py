"""The Action plan tab: add, edit (saved on leaving a field), pick an institution, refuse bad input
without losing it, reorder and remove from the keyboard, undo through the window's undo stack."""
from __future__ import annotations

from PySide6.QtCore import Qt

from capacity_app.domain.assessment import Institution
from capacity_app.services import actionplan as plans


def _view(win):
    view = win.view
    view.tabs.setCurrentWidget(view.action_plan)
    return view.action_plan


def _stored(win):
    return plans.action_plan(win.store, win.session.assessment_id)


def test_add_edit_undo(opened, qtbot):
    win = opened
    v = _view(win)
    assert not v.empty.isHidden() and v.table.rowCount() == 0
    v.new_action()
    assert [a.title for a in _stored(win)] == ["New action"]
    assert v.f_title.hasFocus() or v.f_title.isEnabled()
    v.f_title.setText("Add migration questions to the census")
    v.f_title.editingFinished.emit()
    v.f_start.setText("2027q1")
    v.f_start.editingFinished.emit()
    v.f_status.setCurrentIndex(v.f_status.findData("in_progress"))
    v.f_status.activated.emit(v.f_status.currentIndex())
    a = _stored(win)[0]
    assert (a.title, a.start, a.status) == ("Add migration questions to the census", "2027-Q1", "in_progress")
    assert v.table.item(0, 0).text() == a.title and v.table.item(0, 2).text() == "2027-Q1"
    stack = win.session.undo_stack
    stack.undo()  # the status
    assert _stored(win)[0].status == "planned" and v.f_status.currentData() == "planned"
    stack.undo()
    stack.undo()
    assert _stored(win)[0].title == "New action"
    stack.undo()  # the addition itself
    assert _stored(win) == [] and v.table.rowCount() == 0
    stack.redo()
    assert [x.title for x in _stored(win)] == ["New action"]


def test_bad_input_is_refused_and_kept_in_the_form(opened, qtbot):
    win = opened
    v = _view(win)
    v.new_action()
    v.f_start.setText("2027-Q3")
    v.f_end.setText("2027-Q1")
    v.f_end.editingFinished.emit()
    assert not v.error.isHidden() and "before the start" in v.error.text()
    assert v.f_end.text() == "2027-Q1"  # kept, to be corrected
    assert _stored(win)[0].end is None
    v.f_title.setText("   ")
    v.f_title.editingFinished.emit()
    assert "no title" in v.error.text() and _stored(win)[0].title == "New action"
    v.f_title.setText("Fixed")
    v.f_end.setText("2027-Q4")
    v.f_end.editingFinished.emit()
    assert v.error.isHidden()
    assert (_stored(win)[0].title, _stored(win)[0].end) == ("Fixed", "2027-Q4")
    v.f_pqs.setText("A, zz")
    v.f_pqs.editingFinished.emit()
    assert "policy question 'ZZ' does not exist" in v.error.text()


def test_institutions_picked_from_the_assessment(opened, qtbot):
    win = opened
    aid = win.session.assessment_id
    win.store.update_assessment(aid, institutions=(Institution("KNBS", "lead"),
                                                   Institution("Ministry of Interior")))
    v = _view(win)
    v._fill_pick()
    v.new_action()
    assert [v.pick.itemText(i) for i in range(1, v.pick.count())] == ["KNBS", "Ministry of Interior"]
    v._pick_institution(2)
    v._pick_institution(1)
    v._pick_institution(2)  # already there: not twice
    assert _stored(win)[0].institutions == ("Ministry of Interior", "KNBS")
    v.f_institutions.setPlainText("KNBS\nA typed one")
    v.f_institutions.focusLost.emit()
    assert _stored(win)[0].institutions == ("KNBS", "A typed one")
    assert v.table.item(0, 1).text() == "KNBS; A typed one"


def test_keyboard_reorder_and_remove(opened, qtbot):
    win = opened
    v = _view(win)
    q, aid = win.questionnaire, win.session.assessment_id
    for t in ("One", "Two", "Three"):
        plans.add_action(win.store, q, aid, title=t)
    v.reload()
    v.table.setFocus()
    v.select(_stored(win)[2].id)
    qtbot.keyClick(v.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [a.title for a in _stored(win)] == ["One", "Three", "Two"]
    assert v.current().title == "Three"
    qtbot.keyClick(v.table, Qt.Key.Key_Delete)
    assert [a.title for a in _stored(win)] == ["One", "Two"]
    win.session.undo_stack.undo()
    assert [a.title for a in _stored(win)] == ["One", "Three", "Two"]
    win.session.undo_stack.undo()
    assert [a.title for a in _stored(win)] == ["One", "Two", "Three"]
    qtbot.keyClick(v.table, Qt.Key.Key_Insert)
    assert len(_stored(win)) == 4
