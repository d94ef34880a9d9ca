"""Tab goes through a question's controls in reading order, its comment and evidence included: the
comment panel opened from the keyboard takes the note (no keyboard trap), and what is typed there
never ticks an answer of the next question."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from capacity_app.domain.answers import EMPTY


def key(k, mods=Qt.KeyboardModifier.NoModifier):
    w = QApplication.focusWidget()
    assert w is not None, "no widget has the keyboard focus"
    QTest.keyClick(w, k, mods)
    QApplication.processEvents()


def _focus_chain(start, n):
    """The widgets Tab reaches from ``start``, ``n`` of them, by pressing Tab."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _ in range(n):
        key(Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_a_question_with_its_comment_open_is_walked_in_reading_order(opened, qtbot):
    win = opened
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=3000)
    view = win.view
    assert view.go_to_key("s2_need_a")
    view.page.ensure_built()
    w = view.page.widgets["s2_need_a"]
    nxt = view.page.widgets["s2_need_b"]
    buttons = list(w.row.editor.buttons.values())
    buttons[2].setFocus(Qt.FocusReason.TabFocusReason)
    # the rating, "don't know", then the button that opens the comment
    for _ in range(10):
        if QApplication.focusWidget() is w.more:
            break
        key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is w.more
    key(Qt.Key.Key_Space)  # opens "Comment and evidence": the keyboard lands in the comment box
    assert w.comments is not None and w.comments.isVisible()
    assert QApplication.focusWidget() is w.comments.comment
    QTest.keyClicks(w.comments.comment, "  two spaces, then words  ")
    key(Qt.Key.Key_Tab)
    w.comments.flush()
    answers = win.store.answers(win.session.assessment_id)
    assert answers["s2_need_a"].comment == "  two spaces, then words  "
    assert "s2_need_b" not in answers or answers["s2_need_b"].status == EMPTY  # nothing ticked
    # the review beside the button -> comment -> evidence kind -> evidence text -> Add evidence ->
    # Attach document… -> the next question
    panel = w.comments
    chain = _focus_chain(w.more, 7)
    assert chain[:6] == [w.review.combo, panel.comment, panel.kind, panel.text, panel.add, panel.documents.attach]
    assert nxt.isAncestorOf(chain[6]), chain[6]
    # Shift+Tab walks back the same way
    panel.add.setFocus(Qt.FocusReason.TabFocusReason)
    for expected in (panel.text, panel.kind, panel.comment, w.review.combo, w.more):
        key(Qt.Key.Key_Backtab)
        assert QApplication.focusWidget() is expected
    # with evidence, its list and Remove take their turn in reading order
    panel.text.setText("Census 2019 questionnaire")
    panel.add.click()
    chain = _focus_chain(w.more, 8)
    assert chain == [w.review.combo, panel.comment, panel.evidence, panel.kind, panel.text, panel.add, panel.remove,
                     panel.documents.attach]
    # with a document, its list, Open and Remove document follow Attach document… in reading order
    law = w.window().store.path.parent / "law.pdf"
    law.write_bytes(b"%PDF-1.4 law")
    panel.documents.ask_file = lambda: str(law)
    assert panel.documents.attach_document()
    docs = panel.documents
    chain = _focus_chain(panel.remove, 5)
    assert chain == [docs.list, docs.attach, docs.open, docs.remove, chain[4]] and nxt.isAncestorOf(chain[4])


def test_a_wide_grid_row_form_follows_its_button(opened, qtbot):
    win = opened
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=3000)
    view = win.view
    assert view.go_to_key("s1_statistics")
    view.page.ensure_built()
    w = view.page.widgets["s1_statistics"]
    w.grid.setCurrentIndex(w.grid.grid_model.index(0, 0))
    w.form_button.setFocus(Qt.FocusReason.TabFocusReason)
    key(Qt.Key.Key_Space)
    assert w.form is not None and w.form.isVisible()
    key(Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert w.form.isAncestorOf(focused), focused
    assert w.form.fields[0].isAncestorOf(focused)  # the first column's editor
