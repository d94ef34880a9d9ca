"""A mission team's week in the window: the traps the officers met, each with real key
events where the keyboard is concerned."""
from __future__ import annotations

import pytest
from test_answering import item_widget

from capacity_app.services import documents as documents_service


def test_the_comment_and_evidence_counter_counts_documents(opened, tmp_path):
    win = opened
    law = tmp_path / "law.pdf"
    law.write_bytes(b"%PDF-1.4\n%%EOF\n")
    w = item_widget(win, "s2_need_a")
    assert w.more.text() == "Comment and evidence"
    win.writes.run(documents_service.attach_file, win.store, win.session.q, win.session.assessment_id, "s2_need_a", law)
    win.flush_view()
    w = item_widget(win, "s2_need_a")
    w.refresh()
    assert w.more.text() == "Comment and evidence (1 document)"
    assert win.session.set_comment("s2_need_a", "seen at the ministry")
    law2 = tmp_path / "decree.pdf"
    law2.write_bytes(b"%PDF-1.4\n% decree\n%%EOF\n")
    win.writes.run(documents_service.attach_file, win.store, win.session.q, win.session.assessment_id, "s2_need_a", law2)
    w.refresh()
    assert w.more.text() == "Comment and evidence (comment, 2 documents)"


def _active(win, qtbot):
    from PySide6.QtWidgets import QApplication

    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=3000)


def test_ctrl_e_says_the_documents_stay_behind_and_offers_the_package(opened, qtbot, tmp_path, monkeypatch):
    """The workbook export (Ctrl+E) of an assessment with a document attached warns and
    offers the package; Enter takes the package, which carries the document."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QFileDialog

    from capacity_app.exchange.workbook.package import check_package
    from capacity_app.services.documents import attach_bytes

    win = opened
    _active(win, qtbot)
    aid = win.session.assessment_id
    attach_bytes(win.store, aid, "s2_need_a", "law.pdf", b"%PDF-1.4\n%%EOF\n")
    out = tmp_path / "KEN_2026.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    QTest.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.flows.package_offer is not None, timeout=3000)
    box = win.flows.package_offer
    assert "1 document attached as evidence" in box.text() and "does not carry documents" in box.text()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box, timeout=3000)
    box.activateWindow()
    qtbot.waitUntil(lambda: box.isAncestorOf(QApplication.focusWidget()), timeout=3000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the package, the default
    qtbot.waitUntil(lambda: out.exists() and not win.runner.busy and not win.runner.tasks, timeout=60000)
    (tmp_path / "check").mkdir()
    checked = check_package(out, tmp_path / "check")
    assert [a.target for a in checked.attachments] == ["s2_need_a"]


def test_without_documents_the_workbook_is_exported_at_once(opened, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    win = opened
    out = tmp_path / "KEN_2026.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    win.actions_by_name["export"].trigger()
    assert win.flows.package_offer is None
    qtbot.waitUntil(lambda: out.exists() and not win.runner.busy and not win.runner.tasks, timeout=60000)


@pytest.fixture(scope="module")
def comment_clash(tmp_path_factory):
    """The supervisor's database and the officer's workbook: both wrote s2_policy's comment since the
    common version, the officer changed s2_need_b; the supervisor answered s2_need_a alone."""
    from capacity_app.services import assessments as svc
    from capacity_app.services.exchange import apply_import, diff_import, export_workbook, read_workbook

    q = svc.questionnaire_for()
    d = tmp_path_factory.mktemp("clash")

    def db(name, who):
        store = svc.open_store(d / name, backup_dir=d / f"{name}-backups")
        store.operator = who
        return store

    sup = db("sup.sqlite3", "Supervisor Kamau")
    a = svc.create_assessment(sup, q, country="KEN", round=2026)
    svc.record_answer(sup, q, a.id, "s2_policy", "partly")
    svc.record_answer(sup, q, a.id, "s2_need_b", 2)
    base = export_workbook(sup, a.id, d / "base.xlsx")
    officer = db("officer.sqlite3", "Officer Wanjiru")
    mine = apply_import(officer, read_workbook(base, q), q).assessment
    svc.record_answer(officer, q, mine.id, "s2_policy", "partly", comment="Cabinet approval expected in July.")
    svc.record_answer(officer, q, mine.id, "s2_need_b", 1)
    book = export_workbook(officer, mine.id, d / "officer.xlsx")
    officer.close()
    svc.record_answer(sup, q, a.id, "s2_policy", "partly", comment="No budget line yet.")
    svc.record_answer(sup, q, a.id, "s2_need_a", 3)
    plan = read_workbook(book, q)
    diffs = diff_import(sup, plan, q)
    existing = sup.find_assessment(plan.uid)
    sup.close()
    return q, plan, diffs, existing


def test_a_comment_conflict_keeps_both_by_keyboard(qtbot, comment_clash, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from capacity_app.gui.import_preview import COL_NOTE, COL_QUESTION, KEY_ROLE, ImportPreviewDialog

    q, plan, diffs, existing = comment_clash
    dlg = ImportPreviewDialog(plan.path, plan, diffs, q, "en", existing)
    qtbot.addWidget(dlg)
    tree = dlg.tree
    items = {tree.topLevelItem(i).child(j).data(COL_QUESTION, KEY_ROLE): tree.topLevelItem(i).child(j)
             for i in range(tree.topLevelItemCount()) for j in range(tree.topLevelItem(i).childCount())}
    clash = items["s2_policy"]
    assert clash.text(COL_NOTE).startswith("Keep both") and dlg.both() == frozenset()
    dlg.show()
    tree.setFocus()
    tree.setCurrentItem(clash)
    QTest.keyClick(tree, Qt.Key.Key_B)
    assert dlg.both() == {"s2_policy"} and dlg.overwrite() == frozenset()
    QTest.keyClick(tree, Qt.Key.Key_Space)  # the workbook's instead: one or the other
    assert dlg.overwrite() == {"s2_policy"} and dlg.both() == frozenset()
    dlg.both_all.click()
    assert dlg.both() == {"s2_policy"} and dlg.overwrite() == frozenset()
    dlg.take_all.click()  # theirs for all conflicts
    assert dlg.overwrite() == {"s2_policy"} and dlg.both() == frozenset()


def _grid_at(win, qtbot, item_id="s1_statistics"):
    from PySide6.QtWidgets import QApplication

    _active(win, qtbot)
    grid = item_widget(win, item_id).grid
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus, timeout=3000)
    grid.setCurrentIndex(grid.grid_model.index(0, 0))
    assert QApplication.focusWidget() is grid
    return grid


def test_down_after_typing_in_a_grid_cell_moves_to_the_next_row_and_changes_nothing(opened, qtbot):
    """"y" typed in a cell, then Down (meant for the next row) changed the open choice to
    "No" and saved it. Down now saves "Yes" and moves to the row below, whose answer stays empty."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    win = opened
    grid = _grid_at(win, qtbot)
    item = win.session.q.item("s1_statistics")
    rows = [r.code for r in item.rows]
    QTest.keyClicks(QApplication.focusWidget(), "y")
    QApplication.processEvents()
    assert grid.state() == grid.State.EditingState
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    QApplication.processEvents()
    stored = lambda r: win.store.answer(win.session.assessment_id, f"s1_statistics.{r}.available")  # noqa: E731
    assert stored(rows[0]).value == "yes" and stored(rows[1]).value is None
    assert grid.currentIndex() == grid.grid_model.index(1, 0) and grid.hasFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)  # and back up: nothing changes either
    QApplication.processEvents()
    assert grid.currentIndex() == grid.grid_model.index(0, 0) and stored(rows[0]).value == "yes"


def test_a_choice_picked_from_the_list_is_saved_with_one_enter(opened, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    win = opened
    grid = _grid_at(win, qtbot)
    QTest.keyClick(grid, Qt.Key.Key_F4)
    editor = grid.delegate.editor
    qtbot.waitUntil(lambda: editor.view().isVisible(), timeout=3000)
    for _ in range(editor.findData("no")):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()
    row = win.session.q.item("s1_statistics").rows[0].code
    assert win.store.answer(win.session.assessment_id, f"s1_statistics.{row}.available").value == "no"
    assert grid.state() != grid.State.EditingState


def test_alt_down_from_an_open_cell_changes_section_and_keeps_the_choice(opened, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    win = opened
    _grid_at(win, qtbot)
    section = win.view.page.section
    QTest.keyClicks(QApplication.focusWidget(), "y")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()
    assert win.view.page.section is not section
    row = win.session.q.item("s1_statistics").rows[0].code
    assert win.store.answer(win.session.assessment_id, f"s1_statistics.{row}.available").value == "yes"


def test_a_rating_is_picked_with_a_digit_and_arrows_select(opened, qtbot):
    """Digits did not pick a rating and arrows moved without selecting."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    win = opened
    _active(win, qtbot)
    w = item_widget(win, "s2_need_a")
    editor = w.row.editor
    first = editor.focus_target()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus, timeout=3000)
    stored = lambda: win.store.answer(win.session.assessment_id, "s2_need_a")  # noqa: E731
    assert stored().value is None
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    assert stored().value == 2 and editor.buttons[2].hasFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert stored().value == 3 and editor.buttons[3].hasFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert stored().value == 2


def test_a_choice_radio_selects_with_arrows_and_digits_and_shows_its_focus(opened, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from capacity_app.gui.widgets.editors import ChoiceRadios

    win = opened
    _active(win, qtbot)
    w = item_widget(win, "s2_policy")
    editor = w.row.editor
    assert isinstance(editor, ChoiceRadios)
    codes = list(editor.buttons)
    first = editor.buttons[codes[0]]
    win.view.tree.setFocus()  # the navigator: the radio button without the focus
    qtbot.waitUntil(lambda: not first.hasFocus(), timeout=3000)
    unfocused = first.grab().toImage()
    first.setFocus(Qt.FocusReason.OtherFocusReason)  # as when the page puts the focus there
    qtbot.waitUntil(first.hasFocus, timeout=3000)
    assert first.grab().toImage() != unfocused, "no focus shown on the radio button"
    stored = lambda: win.store.answer(win.session.assessment_id, "s2_policy")  # noqa: E731
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert stored().value == codes[1]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
    assert stored().value == codes[0]


def test_find_searches_the_words_of_the_questions_and_puts_the_focus_on_the_match(opened, qtbot):
    """"open data portal" found nothing (ids only), and after Enter the next keys went
    nowhere. Now every word counts (the section's title, the question, its help, choices and the
    answers given) and the focus is on the match's editor."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    win = opened
    _active(win, qtbot)
    assert win.session.set_answer("s8_portal", "https://stat.example/migration")
    QTest.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = win.view.find_bar
    qtbot.waitUntil(bar.edit.hasFocus, timeout=3000)
    QTest.keyClicks(bar.edit, "open data portal")
    assert bar.matches and bar.matches[0] == "s8_portal"
    QTest.keyClick(bar.edit, Qt.Key.Key_Return)
    QApplication.processEvents()
    page_item = win.view.page.widgets["s8_portal"]
    focus = QApplication.focusWidget()
    assert focus is not None and page_item.isAncestorOf(focus), focus
    bar.edit.clear()
    QTest.keyClicks(bar.edit, "stat.example")  # an answer's text
    assert bar.matches == ["s8_portal"]


def test_the_navigator_follows_the_focus(opened, qtbot):
    """Tab into the next question; the navigator's row is that question's."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    win = opened
    _active(win, qtbot)
    view = win.view
    start = item_widget(win, "s2_need_a")
    start.row.editor.focus_target().setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: start.isAncestorOf(QApplication.focusWidget()), timeout=3000)
    for _ in range(30):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QApplication.processEvents()
        if not start.isAncestorOf(QApplication.focusWidget()):
            break
    w = QApplication.focusWidget()
    while w is not None and not (w.objectName() == "item" and hasattr(w, "item")):
        w = w.parentWidget()
    assert w is not None and w.item.id != "s2_need_a"
    assert view.nav.node(view.tree.currentIndex())[1].id == w.item.id


def test_ctrl_j_inside_a_grid_goes_to_its_next_unanswered_cell(opened, qtbot):
    """Ctrl+J from a grid's cell skipped the grid's other unanswered cells."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    win = opened
    grid = _grid_at(win, qtbot)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert grid.hasFocus() and grid.currentIndex() != grid.grid_model.index(0, 0)
    assert grid.currentIndex().row() == 0 or grid.currentIndex().column() == 0


def test_text_is_saved_at_every_short_pause(opened, qtbot):
    """A title typed 0.3 s before a power cut was gone (saved 0.7 s after the last key)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from capacity_app.gui.widgets.editors import TYPING_SAVE_MS, TextBox

    assert TYPING_SAVE_MS <= 300
    win = opened
    _active(win, qtbot)
    w = item_widget(win, "s8_portal")
    assert isinstance(w.row.editor, TextBox)
    edit = w.row.editor.edit
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(edit.hasFocus, timeout=3000)
    QTest.keyClicks(QApplication.focusWidget(), "https://stat.example")
    qtbot.wait(TYPING_SAVE_MS + 60)  # a short pause, the focus still there
    assert edit.hasFocus()
    assert win.store.answer(win.session.assessment_id, "s8_portal").value == "https://stat.example"


def test_an_answers_history_and_restore_this_value(opened, qtbot):
    """The window showed no answer's history. Now History… lists each version (who,
    when, value) and Restore this value writes the chosen one again (undoable)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from capacity_app.gui.questions.history import COL_VALUE, COL_WHO

    win = opened
    _active(win, qtbot)
    win.store.operator = "Officer Wanjiru"
    assert win.session.set_answer("s2_need_a", 2)
    win.store.operator = "Officer Otieno"
    assert win.session.set_answer("s2_need_a", 3)
    w = item_widget(win, "s2_need_a")
    w.row.editor.focus_target().setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: w.isAncestorOf(QApplication.focusWidget()), timeout=3000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dlg = w.history_dialog
    assert dlg is not None
    qtbot.waitUntil(dlg.isVisible, timeout=3000)
    rows = [(dlg.tree.topLevelItem(i).text(COL_WHO), dlg.tree.topLevelItem(i).text(COL_VALUE))
            for i in range(dlg.tree.topLevelItemCount())]
    assert rows[0][0] == "Officer Otieno" and rows[0][1].startswith("3")
    assert rows[1][0] == "Officer Wanjiru" and rows[1][1].startswith("2")
    dlg.activateWindow()
    dlg.tree.setFocus()
    qtbot.waitUntil(dlg.tree.hasFocus, timeout=3000)
    QTest.keyClick(dlg.tree, Qt.Key.Key_Down)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # restores the selected version
    assert win.store.answer(win.session.assessment_id, "s2_need_a").value == 2
    assert dlg.tree.topLevelItem(0).text(COL_VALUE).startswith("2")  # the restore is a version too
    win.session.undo_stack.undo()
    assert win.store.answer(win.session.assessment_id, "s2_need_a").value == 3
    dlg.close()


def test_validate_a_sections_reviews_then_f8_finds_the_next_not_reviewed(opened, qtbot, fill_to_validate):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from capacity_app.domain.team import review as rv

    win = opened
    _active(win, qtbot)
    aid = win.session.assessment_id
    for key, value in (("s2_need_a", 2), ("s2_need_b", 1), ("s2_need_c", 3)):
        assert win.session.set_answer(key, value)
    win.session.set_review("s2_need_b", rv.FOLLOW_UP, "ask the ministry again")
    item_widget(win, "s2_need_a")
    assert win.view.page.section.id == "S2"
    win.window_actions.by_name["validate_section"].trigger()
    reviews = win.store.reviews(aid)
    assert reviews["s2_need_a"].status == rv.VALIDATED and reviews["s2_need_c"].status == rv.VALIDATED
    assert reviews["s2_need_b"].status == rv.FOLLOW_UP  # a follow-up stays
    assert win.session.set_answer("s8_portal", "https://stat.example")  # answered, not reviewed
    QTest.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_F8)
    QApplication.processEvents()
    assert win.view.current_key == "s8_portal"
    assert win.view.page.widgets["s8_portal"].isAncestorOf(QApplication.focusWidget())  # on its review


def test_the_navigator_shows_each_sections_share_answered(opened):
    from PySide6.QtCore import Qt

    win = opened
    nav = win.view.nav
    idx = nav.index_of_section("S2").siblingAtColumn(1)
    done, total = win.session.completion()["S2"]
    assert nav.data(idx) == "0%" and done == 0  # UN English (domain/editorial.percent)
    assert win.session.set_answer("s2_need_a", 2)
    done, total = win.session.completion()["S2"]
    assert nav.data(idx) == f"{round(100 * done / total)}%"
    assert nav.data(idx, Qt.ItemDataRole.AccessibleTextRole) == f"{done} of {total} answered"


def test_the_navigator_lists_unanswered_not_reviewed_or_follow_up_questions(opened, qtbot):
    from PySide6.QtCore import QModelIndex

    from capacity_app.domain.team import review as rv

    win = opened
    view = win.view
    nav, tree = view.nav, view.tree
    assert win.session.set_answer("s2_need_a", 2)
    assert win.session.set_answer("s2_need_b", 1)
    win.session.set_review("s2_need_b", rv.FOLLOW_UP, "ask again")

    def listed(item_id):
        idx = nav.index_of_item(item_id)
        return not tree.isRowHidden(idx.row(), idx.parent()) and not tree.isRowHidden(idx.parent().row(),
                                                                                       QModelIndex())

    combo = view.filter
    combo.setCurrentIndex(combo.findData("unanswered"))
    assert not listed("s2_need_a") and listed("s2_need_c")
    combo.setCurrentIndex(combo.findData("not_reviewed"))
    assert listed("s2_need_a") and not listed("s2_need_b") and not listed("s2_need_c")
    combo.setCurrentIndex(combo.findData("follow_up"))
    assert listed("s2_need_b") and not listed("s2_need_a")
    assert win.session.set_answer("s2_need_c", 3)  # the list follows the answers
    combo.setCurrentIndex(combo.findData(""))
    assert listed("s2_need_a") and listed("s2_need_c")
