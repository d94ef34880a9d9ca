"""Reviewing answers in the window, keyboard only: Ctrl+R (or Tab) into a question's
review, arrows choose, the note typed; a grid's review follows its current row; the matrix's cell
panel reviews the cell; the dashboard shows coverage and the disputed answers first in its
follow-up list; a changed answer reads "Not reviewed" with what its review was; a final
assessment shows the reviews read-only and the service refuses them."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from capacity_app.domain.team.review import DISPUTED, FOLLOW_UP, NOT_REVIEWED, VALIDATED


def key(k, mods=Qt.KeyboardModifier.NoModifier, text=""):
    w = QApplication.focusWidget()
    assert w is not None, "no widget has the keyboard focus"
    QTest.keyClick(w, k, mods)
    QApplication.processEvents()


def _activate(win, qtbot):
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=3000)


def test_review_a_question_by_keyboard(opened, qtbot):
    win = opened
    _activate(win, qtbot)
    win.store.operator = "A. Supervisor"
    view = win.view
    assert view.go_to_key("s2_need_a")
    w = view.page.widgets["s2_need_a"]
    assert win.session.set_answer("s2_need_a", 3)
    key(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # Ctrl+R: into this answer's review
    assert QApplication.focusWidget() is w.review.combo
    key(Qt.Key.Key_Down)  # not reviewed -> validated
    aid = win.session.assessment_id
    r = win.store.reviews(aid)["s2_need_a"]
    assert (r.status, r.reviewer) == (VALIDATED, "A. Supervisor")
    assert w.review.note.isVisible() and "A. Supervisor" in w.review.info.text()
    key(Qt.Key.Key_Down)  # -> needs follow-up
    key(Qt.Key.Key_Tab)  # the note
    assert QApplication.focusWidget() is w.review.note
    QTest.keyClicks(w.review.note, "ask the ministry of labour")
    key(Qt.Key.Key_Return)
    r = win.store.reviews(aid)["s2_need_a"]
    assert (r.status, r.note) == (FOLLOW_UP, "ask the ministry of labour")
    # the answer changes: not reviewed, saying what the review was
    assert win.session.set_answer("s2_need_a", 2)
    assert w.review.combo.currentData() == NOT_REVIEWED
    assert "changed after it was marked for follow-up by A. Supervisor" in w.review.info.text()
    assert not w.review.note.isVisible()


def test_a_grid_row_and_a_matrix_cell(opened, qtbot):
    win = opened
    _activate(win, qtbot)
    view = win.view
    assert view.go_to_key("s0_institutions.labour.interviewed")
    w = view.page.widgets["s0_institutions"]
    assert w.review.unit == "s0_institutions.labour"
    assert win.session.set_answer("s0_institutions.labour.interviewed", "yes")
    assert win.session.set_answer("s3_matrix.B.CEN.exists", "yes")
    assert "Ministry" in w.review.label.text() or "labour" in w.review.label.text().lower()
    assert win.session.set_review("s0_institutions.labour", DISPUTED, "not met")
    assert view.go_to_key("s3_matrix.B.CEN.exists")
    panel = view.matrix.panel
    assert panel.review.unit == "s3_matrix.B.CEN"
    key(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is panel.review.combo
    key(Qt.Key.Key_End)  # the last status: disputed
    aid = win.session.assessment_id
    assert win.store.reviews(aid)["s3_matrix.B.CEN"].status == DISPUTED
    # the dashboard: coverage, and the disputed answers first in the follow-up list
    view.show_tab(2)
    dash = view.dashboard
    qtbot.waitUntil(lambda: "Review:" in dash.review.text(), timeout=3000)
    assert dash.follow.keys("disputed") == ["s0_institutions.labour", "s3_matrix.B.CEN"]
    assert dash.review.text() == "Review: 0 of 2 answers validated · disputed: 2"
    # Enter on a disputed row opens its cell in the matrix
    assert dash.follow.select_key("s3_matrix.B.CEN")
    dash.follow.setFocus()
    key(Qt.Key.Key_Return)
    assert view.tabs.currentWidget() is view.matrix and panel.review.unit == "s3_matrix.B.CEN"


def test_a_final_assessment_shows_reviews_read_only(opened, qtbot):
    win = opened
    view = win.view
    assert win.session.set_review("s2_need_a", VALIDATED)
    assert win.session.set_status("final") is None  # None: done (else the refusal)
    w = view.page.widgets.get("s2_need_a") or (view.go_to_key("s2_need_a") and view.page.widgets["s2_need_a"])
    assert not w.review.combo.isEnabled() and w.review.note.isReadOnly()
    assert not win.session.set_review("s2_need_a", DISPUTED)
    assert win.store.reviews(win.session.assessment_id)["s2_need_a"].status == VALIDATED
