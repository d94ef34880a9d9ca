"""Edit ▸ Archived answers… (capacity_app/gui/questions/archived.py): the answers to questions the
questionnaire version no longer asks, listed read-only with the columns of the workbook's sheet, the
list focused when it opens (the keyboard reaches it through the Edit menu's letter), an empty
assessment saying there is none."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog

from capacity_app.gui.questions.archived import COL_AT, COL_COMMENT, COL_KEY, COL_QUESTION, COL_VALUE, COL_VERSION

ARCHIVE = [
    {"key": "s4_sdg.sdg_17_18_1.produced", "status": "answered", "value": "yes", "comment": "from the 2024 yearbook",
     "evidence": [], "version": "1.1.0", "archived_at": "2026-05-01T09:00:00+00:00"},
    {"key": "s9_gone", "status": "not_applicable", "value": None, "comment": "", "evidence": []},
]


def _dialog(win, qtbot):
    action = win.window_actions.by_name["archived"]
    edit = [a.menu() for a in win.menuBar().actions() if a.menu() is not None and action in a.menu().actions()]
    assert edit and "&" in action.text() and action.isEnabled()  # in a menu, with its letter
    action.trigger()
    qtbot.waitUntil(lambda: win.findChild(QDialog, "archivedDialog") is not None, timeout=5000)
    return win.findChild(QDialog, "archivedDialog")


def test_the_archived_answers_are_listed_read_only(opened, qtbot):
    win = opened
    aid = win.view.session.assessment_id
    a = win.store.assessment(aid)
    win.store.update_assessment(aid, settings={**a.settings, "archived_answers": ARCHIVE})
    dlg = _dialog(win, qtbot)
    tree = dlg.tree
    assert tree.topLevelItemCount() == 2 and not dlg.empty.isVisibleTo(dlg)
    first, second = tree.topLevelItem(0), tree.topLevelItem(1)
    assert "s4_sdg.sdg_17_18_1.produced" in first.text(COL_KEY) and "1.1.0" in first.text(COL_VERSION)
    assert first.text(COL_QUESTION) and first.text(COL_VALUE) and "2026" in first.text(COL_AT)
    assert first.text(COL_COMMENT) == "from the 2024 yearbook"
    assert second.text(COL_VALUE) == "not applicable" and second.text(COL_VERSION) == "not recorded"
    assert dlg.focusWidget() is tree  # the list takes the keys as the dialog opens
    assert win.store.assessment(aid).settings["archived_answers"] == ARCHIVE  # nothing changed
    dlg.reject()


def test_an_assessment_without_archived_answers_says_so(opened, qtbot):
    dlg = _dialog(opened, qtbot)
    assert dlg.tree.topLevelItemCount() == 0 and dlg.empty.isVisibleTo(dlg) and not dlg.tree.isVisibleTo(dlg)
    dlg.reject()
