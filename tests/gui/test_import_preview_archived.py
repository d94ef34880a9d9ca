"""The import preview lists the archived answers an import would add (the workbook's Archived answers
sheet: answers to questions the questionnaire version no longer asks), a line each with the question
id, the value as shown and the version that asked it, counted above the list: an import that adds
only those is no "No change"."""
from __future__ import annotations

from types import SimpleNamespace

from capacity_app.gui.import_preview import COL_NOTE, COL_QUESTION, COL_WORKBOOK, ImportPreviewDialog

ARCHIVED = [
    {"key": "s9_gone", "status": "dont_know", "value": None, "comment": "", "evidence": [], "version": "1.1.0",
     "question": {"en": "A question of old"}},
    {"key": "s9_count", "status": "answered", "value": 12, "comment": "", "evidence": []},
]
PLAN = SimpleNamespace(country="KEN", round=2026, answers=[], warnings=[], action_plan=None)
HERE = SimpleNamespace(country="KEN", round=2026, id=3, status="in_progress")


def _dialog(qtbot, questionnaire, archived):
    dlg = ImportPreviewDialog("ken.xlsx", PLAN, [], questionnaire, "en", HERE, archived=archived)
    qtbot.addWidget(dlg)
    return dlg


def test_the_archived_answers_it_adds_are_listed_and_counted(qtbot, questionnaire):
    dlg = _dialog(qtbot, questionnaire, ARCHIVED)
    lines = dlg.lines()
    assert lines[0] == ["Archived answers"]
    gone, count = lines[1:]
    assert gone[COL_QUESTION] == "s9_gone — A question of old" and gone[COL_WORKBOOK] == "don't know"
    assert gone[COL_NOTE] == "archived answer, asked by questionnaire version 1.1.0"
    assert count[COL_QUESTION] == "s9_count" and count[COL_WORKBOOK] == "12"
    assert "not recorded" in count[COL_NOTE]
    assert "adds" in dlg.archived_note.text() and ": 2 (listed below)" in dlg.archived_note.text()
    assert dlg.empty.isHidden() and not dlg.tree.isHidden()
    assert dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()


def test_without_any_nothing_is_added_to_the_preview(qtbot, questionnaire):
    dlg = _dialog(qtbot, questionnaire, [])
    assert dlg.archived_note is None and dlg.tree.isHidden() and not dlg.empty.isHidden()
    assert not dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()
