"""The import flow as the officer meets it: a preview grouped by section with the questions'
wording and value labels, newer answers here kept unless chosen, "No change", and a damaged
workbook told in a dialog that stays."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from capacity_app.gui import import_preview
from capacity_app.gui.import_preview import COL_CELL, COL_HERE, COL_NOTE, COL_QUESTION, COL_WORKBOOK
from capacity_app.services.exchange import export_workbook


def _wait_idle(qtbot, win, timeout=60000):
    qtbot.waitUntil(lambda: not win.runner.busy and not win.runner.tasks, timeout=timeout)


@pytest.fixture
def exported(opened, tmp_path):
    win = opened
    aid = win.session.assessment_id
    win.session.set_answer("s2_need_a", 2)
    win.session.set_answer("s2_policy", "yes")
    win.flush_view()
    book = export_workbook(win.store, aid, tmp_path / "ken.xlsx")
    return win, aid, book


def _run_import(win, qtbot, monkeypatch, book, choose):
    seen = []

    def exec_(dlg):
        seen.append(dlg)
        return choose(dlg)

    monkeypatch.setattr(import_preview.ImportPreviewDialog, "exec", exec_)
    win.import_workbook(str(book))
    _wait_idle(qtbot, win)
    try:
        qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    except Exception:  # noqa: BLE001 - say why the preview never came
        pass
    assert seen, win.statusBar().currentMessage()
    return seen[0]


def test_stale_workbook_keeps_the_newer_answer(exported, qtbot, monkeypatch, questionnaire):
    win, aid, book = exported
    win.session.set_answer("s2_policy", "no")  # changed here after the export
    win.flush_view()
    dlg = _run_import(win, qtbot, monkeypatch, book, lambda d: True)
    lines = dlg.lines()
    section = questionnaire.section("S2")
    assert any(ln[0].startswith("S2 — ") and section.label["en"] in ln[0] for ln in lines)  # a heading
    wording = questionnaire.item("s2_policy").label["en"]
    line = next(ln for ln in lines if len(ln) > 1 and ln[COL_QUESTION] == wording)
    fld = questionnaire.resolve_key("s2_policy")[1]
    label = {c.code: c.label["en"] for c in fld.choices}
    assert (line[COL_HERE], line[COL_WORKBOOK]) == (label["no"], label["yes"])  # labels, not codes
    assert line[COL_CELL].startswith("G")  # the value cell (Answers!G…)
    assert "changed here since this workbook was exported" in line[COL_NOTE]
    assert len([ln for ln in lines if len(ln) > 1]) == 1  # one line per change
    assert dlg.overwrite() == frozenset()
    assert win.store.answer(aid, "s2_policy").value == "no"  # kept
    assert "Kept 1 answers" in win.statusBar().currentMessage()


def test_choosing_the_workbooks_value_one_by_one_or_all(exported, qtbot, monkeypatch):
    win, aid, book = exported
    win.session.set_answer("s2_policy", "no")
    win.session.set_answer("s2_need_a", 0)
    win.flush_view()

    def choose_one(dlg):
        assert dlg.newer_note is not None and dlg.newer_note.isVisible() is False or True
        tree = dlg.tree
        item = next(tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount())
                    for j in range(tree.topLevelItem(i).childCount())
                    if tree.topLevelItem(i).child(j).data(COL_QUESTION, import_preview.KEY_ROLE) == "s2_policy")
        item.setCheckState(COL_WORKBOOK, Qt.CheckState.Checked)
        assert dlg.overwrite() == {"s2_policy"}
        return True

    _run_import(win, qtbot, monkeypatch, book, choose_one)
    assert win.store.answer(aid, "s2_policy").value == "yes"
    assert win.store.answer(aid, "s2_need_a").value == 0

    def take_all(dlg):
        dlg.take_all.click()
        assert dlg.overwrite() == {"s2_need_a"}
        return True

    _run_import(win, qtbot, monkeypatch, book, take_all)
    assert win.store.answer(aid, "s2_need_a").value == 2


def test_comment_change_is_named_at_its_cell_and_no_change_is_said(exported, qtbot, monkeypatch, questionnaire):
    win, aid, book = exported
    import openpyxl

    from capacity_app.exchange.workbook.format import ANSWERS_COLUMNS, column_letter

    wb = openpyxl.load_workbook(book)
    ws = wb["Answers"]
    kcol = ANSWERS_COLUMNS.index("Answer key") + 1
    row = next(c.row for (c,) in ws.iter_rows(min_row=2, min_col=kcol, max_col=kcol) if c.value == "s2_policy")
    comment_col = column_letter(ANSWERS_COLUMNS.index("Comment") + 1)
    ws[f"{comment_col}{row}"] = "Adopted in June."
    edited = book.with_name("edited.xlsx")
    wb.save(edited)
    dlg = _run_import(win, qtbot, monkeypatch, edited, lambda d: False)
    changes = [ln for ln in dlg.lines() if len(ln) > 1]
    assert len(changes) == 1  # not listed again as "edited outside the application"
    assert changes[0][COL_CELL] == f"{comment_col}{row}"
    assert changes[0][COL_WORKBOOK] == "Adopted in June."
    assert "edited outside the application" in changes[0][COL_NOTE]

    same = export_workbook(win.store, aid, book.with_name("same.xlsx"))
    dlg = _run_import(win, qtbot, monkeypatch, same, lambda d: False)
    assert not dlg.empty.isHidden() and dlg.tree.isHidden()
    assert "No change" in dlg.empty.text()
    assert not dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()


def test_damaged_workbook_is_told_in_a_dialog_that_stays(opened, qtbot, tmp_path):
    win = opened
    win.runner.show_dialogs = True
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    win.import_workbook(str(bad))
    qtbot.waitUntil(lambda: win.flows.error_box is not None and win.flows.error_box.isVisible(), timeout=30000)
    box = win.flows.error_box
    assert "cannot be imported" in box.text()
    assert "broken.xlsx" in box.informativeText()
    qtbot.wait(200)
    assert box.isVisible()  # it stays until closed
    box.close()


def test_action_plan_changes_are_named_by_title_field_and_value(opened, qtbot, monkeypatch, tmp_path):
    """An action's change reads as the Action plan tab shows it: the action by its title, the field
    by its name, a status or priority by its label (never the raw id and "(empty)" → "(empty)")."""
    import openpyxl

    from capacity_app.exchange.workbook.format import ACTION_PLAN
    from capacity_app.services.plan import actions as plans

    win = opened
    aid = win.session.assessment_id
    saved = plans.add_action(win.store, win.questionnaire, aid, title="Add the three census questions")
    plans.add_action(win.store, win.questionnaire, aid, title="Publish a migration profile")
    book = export_workbook(win.store, aid, tmp_path / "plan.xlsx")
    wb = openpyxl.load_workbook(book)
    ws = wb[ACTION_PLAN]
    header = [c.value for c in ws[1]]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == saved.action.id)
    ws.cell(row, header.index("Status") + 1).value = "in_progress"
    ws.cell(row, header.index("Priority") + 1).value = 1
    ws.delete_rows(3 if row == 2 else 2)  # the other action removed in the workbook
    wb.save(book)
    dlg = _run_import(win, qtbot, monkeypatch, book, lambda d: False)
    lines = dlg.lines()
    assert ["Action plan"] in lines  # a heading of its own
    rows = {ln[COL_QUESTION]: ln for ln in lines if len(ln) > 1}
    status = rows["Action “Add the three census questions” — status"]
    assert (status[COL_HERE], status[COL_WORKBOOK]) == ("Planned", "In progress")
    assert status[COL_CELL].startswith("Action plan!K")
    priority = rows["Action “Add the three census questions” — priority"]
    assert (priority[COL_HERE], priority[COL_WORKBOOK]) == ("Medium", "High")
    removed = rows["Action removed: Publish a migration profile"]
    assert removed[COL_HERE] == "Publish a migration profile"
    assert not any(saved.action.id in text for ln in lines for text in ln)  # no raw id anywhere


def test_a_final_assessment_is_reopened_only_by_the_officers_choice(exported, qtbot, monkeypatch):
    """The preview says the assessment is final and that importing reopens it, on its note
    and its button; cancelled, nothing changes; chosen, it is imported and in progress."""
    import openpyxl

    from capacity_app.services.assessments import set_status
    from PySide6.QtWidgets import QDialogButtonBox

    win, aid, book = exported
    wb = openpyxl.load_workbook(book)
    ws = wb["Answers"]
    col = {c.value: c.column for c in ws[1]}
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, col["Answer key"]).value == "s2_need_a":
            ws.cell(r, col["Code"]).value = 0
    wb.save(book)
    set_status(win.store, aid, "final")
    for accept in (False, True):
        dlg = _run_import(win, qtbot, monkeypatch, book, lambda d, accept=accept: accept)
        _wait_idle(qtbot, win)
        assert dlg.reopens
        assert dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Reopen and import"
        assert any("Importing reopens it" in lbl.text() for lbl in dlg.findChildren(import_preview.QLabel))
        status = next(ln for ln in dlg.lines() if len(ln) > 1 and ln[COL_QUESTION] == "Status")
        assert (status[COL_HERE], status[COL_WORKBOOK]) == ("Final", "Draft")  # labels, not codes
        expected = (0, "in_progress") if accept else (2, "final")
        assert (win.store.answer(aid, "s2_need_a").value, win.store.assessment(aid).status) == expected


def test_the_view_stays_where_the_officer_was_after_an_import(exported, qtbot, monkeypatch, questionnaire):
    """After an import through the window the assessment reopens on the section and the
    question the officer was on (it jumped back to S0), and on the matrix cell when it was there."""
    import openpyxl

    win, aid, book = exported
    wb = openpyxl.load_workbook(book)
    ws = wb["Answers"]
    col = {c.value: c.column for c in ws[1]}
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, col["Answer key"]).value == "s2_need_a":
            ws.cell(r, col["Code"]).value = 3  # a real change: the import writes and reopens the view
    wb.save(book)
    item = next(it for it in questionnaire.section("S5").items if it.type not in ("note", "matrix"))
    assert win.view.go_to_key(item.id)
    assert win.view.current_key == item.id and win.view.page.section.id == "S5"
    before = win.view
    _run_import(win, qtbot, monkeypatch, book, lambda d: True)
    _wait_idle(qtbot, win)
    assert win.store.answer(aid, "s2_need_a").value == 3  # imported, so the view was reopened
    assert win.view is not before
    assert win.view.current_key == item.id
    assert win.view.page.section.id == "S5" and win.view.tabs.currentIndex() == 0
    assert win.view.page.widgets[item.id].isVisible()
    cell = "s3_matrix.B.CEN.exists"  # then from the matrix, with the workbook changed again
    assert questionnaire.resolve_key(cell) and win.view.go_to_key(cell)
    where = win.view.current_key
    assert where == "s3_matrix.B.CEN" and win.view.tabs.currentWidget() is win.view.matrix
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, col["Answer key"]).value == "s2_policy":
            ws.cell(r, col["Code"]).value = "no"
    wb.save(book)
    before = win.view
    _run_import(win, qtbot, monkeypatch, book, lambda d: True)
    _wait_idle(qtbot, win)
    assert win.store.answer(aid, "s2_policy").value == "no" and win.view is not before
    assert win.view.current_key == where and win.view.tabs.currentWidget() is win.view.matrix


def test_a_new_assessments_preview_is_as_small_as_what_it_says(opened, qtbot, monkeypatch, tmp_path, questionnaire):
    """Seen under Xvfb at 1366x768 (the walk): importing a colleague's package on a fresh
    laptop showed a 1100x560 dialog holding one line ("A new assessment: KEN 2026, 816 answers.")."""
    from capacity_app.services.assessments import create_assessment, open_store

    with open_store(tmp_path / "other.sqlite3") as other:
        a = create_assessment(other, questionnaire, country="KEN", round=2026)
        book = export_workbook(other, a.id, tmp_path / "other.xlsx")

    def look(dlg):
        dlg.show()
        qtbot.waitExposed(dlg)
        assert "A new assessment" in dlg.heading.text()
        assert dlg.width() <= 700 and dlg.height() <= 260, (dlg.width(), dlg.height())
        assert dlg.heading.isVisible() and dlg.buttons.isVisible()
        return False

    _run_import(opened, qtbot, monkeypatch, book, look)
