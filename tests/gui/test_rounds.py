"""Next round… as a dialog, driven from the keyboard only: the list, the dialog (round, reference
date, Enter), the new round's dashboard with the previous round beside each score, and the compare
view (changes only); a round the country already has is refused in the dialog."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer

from capacity_app.gui import rounds
from capacity_app.services.assessments import create_assessment, record_answer


def _first_round(window, questionnaire):
    q = questionnaire
    a = create_assessment(window.store, q, country="KEN", round=2026, reference_date="2026-03-01")
    for key, value in (("s0_reference_date", "2026-03-01"), ("s2_policy", "yes"), ("s2_need_a", 3)):
        record_answer(window.store, q, a.id, key, value)
    window.home.refresh()
    return a


def test_keyboard_only_next_round_then_compare(window, questionnaire, qtbot):
    old = _first_round(window, questionnaire)
    table = window.home.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    assert window.home.current_id() == old.id
    seen = {}

    def drive():
        dlg = rounds.last_dialog
        if dlg is None or not dlg.isVisible():
            QTimer.singleShot(20, drive)  # not open yet
            return
        seen["dialog"] = dlg
        try:
            seen["round"] = dlg.round.value()  # the next free round
            seen["reference"] = dlg.reference.iso()  # the old mission's dates are not carried
            qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClicks(dlg.focusWidget(), "2028")
            qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_Tab)
            qtbot.keyClicks(dlg.focusWidget(), "2028-04-30")
            qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_Return)
        finally:
            if dlg.isVisible():  # never leave a modal dialog open in a test
                seen["left_open"] = dlg.message.text()
                dlg.reject()

    rounds.last_dialog = None
    QTimer.singleShot(20, drive)
    qtbot.keyClick(table, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)  # Ne&xt round…
    qtbot.waitUntil(lambda: "dialog" in seen, timeout=5000)
    assert "left_open" not in seen, seen
    assert (seen["round"], seen["reference"]) == (2027, None)
    new = next(a for a in window.store.assessments() if a.round == 2028)
    assert (new.reference_date, new.mission_start) == ("2028-04-30", "")
    assert window.store.answer(new.id, "s2_policy").value == "yes"
    assert "2028" in window.statusBar().currentMessage()
    assert window.home.current_id() == new.id
    # a change in the new round, then open it and look at the dashboard
    record_answer(window.store, questionnaire, new.id, "s2_policy", "no")
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.session is not None and window.session.assessment_id == new.id
    view = window.view
    view.tabs.setCurrentWidget(view.dashboard)
    dash = view.dashboard
    qtbot.waitUntil(lambda: dash.compare.isVisible(), timeout=10000)
    assert "2026" in dash.previous.text() and "2026" in dash.compare.text()
    assert dash.sections.previous and dash.sections.previous_round == "2026"
    assert "(round 2026:" in dash.sections.accessibleDescription()
    dash.compare.setFocus()
    qtbot.keyClick(dash.compare, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dash.compare_dialog is not None and dash.compare_dialog.isVisible(), timeout=10000)
    cmp = dash.compare_dialog
    assert "2026" in cmp.windowTitle() and "2028" in cmp.windowTitle()
    assert cmp.result_ is not None
    assert cmp.result_.comparison.rules_version in cmp.rules.text()
    lines = cmp.lines()
    assert lines and lines[0][0].startswith("Regressions")  # s2_policy yes -> no: a regression only
    assert all(len(ln) == 1 or ln[1] != ln[2] for ln in lines)  # changed items only
    qtbot.keyClick(cmp.tree, Qt.Key.Key_Escape)
    assert not cmp.isVisible()


def test_a_round_already_taken_is_refused_in_the_dialog(window, questionnaire, qtbot):
    old = _first_round(window, questionnaire)
    create_assessment(window.store, questionnaire, country="KEN", round=2027)
    dlg = rounds.NextRoundDialog(window.store, questionnaire, old.id, "en", window)
    qtbot.addWidget(dlg)
    assert dlg.round.value() == 2028  # the first free round is offered
    dlg.round.setValue(2027)
    dlg._on_ok()
    assert dlg.created is None and not dlg.message.isHidden()
    assert "already has an assessment for round 2027" in dlg.message.text()
    assert sorted(a.round for a in window.store.assessments()) == [2026, 2027]


def test_home_delete_key_trash_toggle_and_selection(window, questionnaire, qtbot):
    a = _first_round(window, questionnaire)
    b = create_assessment(window.store, questionnaire, country="SEN", round=2026)
    window.home.refresh()
    window.home.select_id(b.id)
    window.home.table.setFocus()
    qtbot.keyClick(window.home.table, Qt.Key.Key_Delete)
    assert [r.assessment.id for r in window.home.model.rows] == [a.id]
    assert window.home.current_id() == a.id  # a row stays selected: the buttons act on it
    assert window.home.buttons["duplicate"].isEnabled()
    window.home.buttons["trash"].click()
    assert window.home.trash_mode and window.home.buttons["trash"].text().replace("&", "") == "Back to the list"
    assert window.home.current_id() == b.id
    window.home.buttons["trash"].click()
    assert window.home.buttons["trash"].text().replace("&", "") == "Show trash"
