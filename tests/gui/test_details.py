"""Assessment details…: the title, round and country edited from the window with the
keyboard only (Ctrl+Shift+D from the list and from the open assessment), the same limits and
one-line refusals as ``capacity-app edit``, the title's length said as it is typed, nothing saved
while a refusal stands."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog

from capacity_app.domain.assessment import TITLE_MAX
from capacity_app.gui import details
from capacity_app.gui.widgets import unsaved  # where the details' closing asks (close_or_ask)
from capacity_app.services.assessments import create_assessment, get_assessment, set_status

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _drive(qtbot, steps, seen):
    """Run ``steps(dlg)`` once the modal dialog is shown; never leave it open."""

    def drive():
        dlg = details.last_dialog
        if dlg is None or not dlg.isVisible():
            QTimer.singleShot(20, drive)
            return
        seen["dialog"] = dlg
        try:
            steps(dlg)
        finally:
            if dlg.isVisible():
                seen["left_open"] = dlg.message.text()
                QDialog.reject(dlg)  # closed without the question a typed change asks

    details.last_dialog = None
    QTimer.singleShot(20, drive)


def test_keyboard_only_from_the_list_title_round_country(window, questionnaire, qtbot):
    a = create_assessment(window.store, questionnaire, country="KEN", round=2026)
    window.home.refresh()
    table = window.home.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    assert window.home.current_id() == a.id
    seen: dict = {}

    def steps(dlg):
        seen["focus"] = dlg.focusWidget() is dlg.title
        qtbot.keyClick(dlg.title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dlg.title, "Kenya, March mission 2027")
        seen["length"] = dlg.length.text()
        qtbot.keyClick(dlg.title, Qt.Key.Key_Tab)  # to the round
        focused = dlg.focusWidget()
        seen["on_round"] = focused is dlg.round
        qtbot.keyClick(focused, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(focused, "2027")
        qtbot.keyClick(focused, Qt.Key.Key_Tab)  # to the country
        focused = dlg.focusWidget()
        seen["on_country"] = dlg.country.isAncestorOf(focused) or focused is dlg.country
        qtbot.keyClick(focused, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(focused, "UGA")
        for _ in range(2):  # Enter takes the completer's first match if its list is open, then saves
            if dlg.isVisible():
                qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_Return)

    _drive(qtbot, steps, seen)
    qtbot.keyClick(table, Qt.Key.Key_D, CTRL_SHIFT)
    qtbot.waitUntil(lambda: "dialog" in seen, timeout=5000)
    assert "left_open" not in seen, seen
    assert seen["focus"] and seen["on_round"] and seen["on_country"]
    assert seen["length"] == f"25 of {TITLE_MAX} characters"
    b = get_assessment(window.store, a.id)
    assert (b.title, b.round, b.country) == ("Kenya, March mission 2027", 2027, "UGA")
    assert "saved" in window.statusBar().currentMessage().lower()


def test_a_title_no_output_holds_is_said_as_typed_and_refused(opened, qtbot, monkeypatch):
    window = opened
    asked: list[str] = []
    monkeypatch.setattr(unsaved, "ask_unsaved", lambda _parent, what: asked.append(what) or "discard")
    aid = window.session.assessment_id
    before = get_assessment(window.store, aid)
    seen: dict = {}

    def steps(dlg):
        qtbot.keyClick(dlg.title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        dlg.title.insert("x" * (TITLE_MAX + 5))  # pasted: no silent cut
        seen["length"] = dlg.length.text()
        seen["ok"] = dlg.buttons.buttons()[0].isEnabled()
        seen["message"] = dlg.message.text()
        qtbot.keyClick(dlg.title, Qt.Key.Key_Return)  # refused: the dialog stays open
        seen["still_open"] = dlg.isVisible()
        qtbot.keyClick(dlg.title, Qt.Key.Key_Backspace)
        for _ in range(5):
            qtbot.keyClick(dlg.title, Qt.Key.Key_Backspace)
        seen["fixed_length"] = dlg.length.text()
        seen["fixed_message"] = dlg.message.isHidden()
        qtbot.keyClick(dlg.title, Qt.Key.Key_Escape)

    _drive(qtbot, steps, seen)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL_SHIFT)
    qtbot.waitUntil(lambda: "dialog" in seen, timeout=5000)
    assert "left_open" not in seen, seen
    assert seen["length"] == f"{TITLE_MAX + 5} of {TITLE_MAX} characters"
    assert not seen["ok"] and seen["still_open"]
    assert seen["message"] == f"the title is longer than {TITLE_MAX} characters ({TITLE_MAX + 5}): shorten it"
    assert "\n" not in seen["message"]
    assert seen["fixed_length"] == f"{TITLE_MAX - 1} of {TITLE_MAX} characters" and seen["fixed_message"]
    assert get_assessment(window.store, aid).title == before.title  # Escape: nothing saved
    assert asked == ["The assessment's details typed are not saved."]  # once asked, then discarded


def test_the_services_refusal_is_shown_in_the_dialog(window, questionnaire, qtbot):
    a = create_assessment(window.store, questionnaire, country="KEN", round=2026)
    create_assessment(window.store, questionnaire, country="KEN", round=2027)
    dlg = details.AssessmentDetailsDialog(window.store, a.id, "en", window, writes=window.writes)
    qtbot.addWidget(dlg)
    dlg.round.setValue(2027)  # the country has that round already: the service says so, as to the CLI
    dlg._on_ok()
    assert not dlg.saved and not dlg.message.isHidden() and "\n" not in dlg.message.text()
    assert "2027" in dlg.message.text()
    dlg.round.setValue(2026)
    dlg.country.setEditText("ABC")
    dlg.title.setText("Fine")
    dlg._on_ok()
    assert not dlg.saved and "ABC" in dlg.message.text()
    assert get_assessment(window.store, a.id).title == a.title


def test_final_assessment_is_refused_in_one_line(window, questionnaire, qtbot):
    a = create_assessment(window.store, questionnaire, country="KEN", round=2026)
    set_status(window.store, a.id, "final")
    dlg = details.AssessmentDetailsDialog(window.store, a.id, "en", window, writes=window.writes)
    qtbot.addWidget(dlg)
    dlg.title.setText("New title")
    dlg._on_ok()
    assert not dlg.saved and "final" in dlg.message.text() and "\n" not in dlg.message.text()


def test_what_was_typed_is_never_dropped_without_asking(window, questionnaire, qtbot, monkeypatch):
    """Escape, Cancel or the close button with a changed title, round or country asks first:
    Cancel keeps the dialog and the typing, Save saves as the Save button does, Discard closes;
    unchanged, the dialog closes at once. Ctrl+S saves in every interface language."""
    a = create_assessment(window.store, questionnaire, country="KEN", round=2026)
    answers: list[str] = []
    asked: list[str] = []
    monkeypatch.setattr(unsaved, "ask_unsaved", lambda _parent, what: asked.append(what) or (answers.pop(0) if answers else "discard"))

    def opened_dialog():
        dlg = details.AssessmentDetailsDialog(window.store, a.id, "en", window, writes=window.writes)
        qtbot.addWidget(dlg)
        dlg.show()
        dlg.activateWindow()
        qtbot.waitUntil(dlg.isActiveWindow, timeout=2000)
        return dlg

    dlg = opened_dialog()
    qtbot.keyClick(dlg.title, Qt.Key.Key_Escape)  # nothing changed: closed, nothing asked
    assert not dlg.isVisible() and asked == []
    dlg = opened_dialog()
    dlg.title.setText("Kenya, typed and kept")
    answers.append("cancel")
    qtbot.keyClick(dlg.title, Qt.Key.Key_Escape)
    assert dlg.isVisible() and dlg.title.text() == "Kenya, typed and kept" and len(asked) == 1
    answers.append("save")
    dlg.reject()  # the Cancel button and the close button reject too
    assert not dlg.isVisible() and dlg.saved
    assert get_assessment(window.store, a.id).title == "Kenya, typed and kept"
    dlg = opened_dialog()
    dlg.round.setValue(2030)
    answers.append("discard")
    dlg.reject()
    assert not dlg.isVisible() and not dlg.saved and get_assessment(window.store, a.id).round == 2026
    dlg = opened_dialog()
    dlg.title.setText("Kenya, saved with the keyboard")
    qtbot.keyClick(dlg.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dlg.isVisible() and dlg.saved and len(asked) == 3
    assert get_assessment(window.store, a.id).title == "Kenya, saved with the keyboard"
