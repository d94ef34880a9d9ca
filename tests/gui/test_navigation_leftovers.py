"""Navigation: Next/Previous gap go to the policy questions the
dashboard ranks as gaps (Next/Previous unanswered keep their own pair); Enter on a dashboard
follow-up row puts the keyboard in the answer's field and Esc goes back to the dashboard."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

TAB_QUESTIONS, TAB_MATRIX, TAB_DASHBOARD = 0, 1, 2


def _wait_scores(qtbot, s, check):
    qtbot.waitUntil(lambda: s.scores is not None and check(s.scores), timeout=5000)


def test_next_and_previous_gap_follow_the_dashboard_ranking(opened, qtbot):
    win = opened
    s, view = win.session, win.view
    a = win.actions_by_name
    assert a["prev_unanswered"].iconText() == "Previous unanswered"  # the toolbar says what it does
    assert a["next_unanswered"].iconText() == "Next unanswered"
    # no need stated: no gap, and the window says so instead of moving
    s.refresh_derived()
    assert view.gap_codes() == []
    a["next_gap"].trigger()
    assert "No policy question has a gap" in win.statusBar().currentMessage()
    # needs at 3 for A and B (S2), and their census described as not existing (rules 3.0: nothing
    # is drawn from a blank, so a question none of whose sources is described has no gap yet)
    s.set_answer("s3_matrix.A.CEN.exists", "no")
    s.set_answer("s3_matrix.B.CEN.exists", "no")
    view.go_to_key("s2_need_a")
    view.page.widgets["s2_need_a"].row.editor.buttons[3].click()
    view.go_to_key("s2_need_b")
    view.page.widgets["s2_need_b"].row.editor.buttons[3].click()
    _wait_scores(qtbot, s, lambda r: len([c for c in view.gap_codes()]) >= 2)
    codes = view.gap_codes()
    ranked = [c for c in s.scores.ranked if s.scores.policy_questions[c].gap or s.scores.policy_questions[c].priority]
    assert codes == ranked and {"A", "B"} <= set(codes)
    view.show_tab(TAB_QUESTIONS)
    a["next_gap"].trigger()  # from the questions: the largest gap first
    assert view.tabs.currentIndex() == TAB_MATRIX
    assert view.matrix.panel.coords[0] == codes[0]
    a["next_gap"].trigger()
    assert view.matrix.panel.coords[0] == codes[1 % len(codes)]
    a["prev_gap"].trigger()
    assert view.matrix.panel.coords[0] == codes[0]
    a["prev_gap"].trigger()  # wraps around to the smallest gap
    assert view.matrix.panel.coords[0] == codes[-1]
    # unanswered navigation is its own pair: it goes to an unanswered question, not a gap
    view.show_tab(TAB_QUESTIONS)
    a["next_unanswered"].trigger()
    assert not s.answer(view.current_key).is_answered


def test_enter_on_a_follow_up_row_focuses_the_field_and_esc_returns(opened, qtbot):
    win = opened
    s, view = win.session, win.view
    dash = view.dashboard
    view.go_to_key("s2_policy")
    view.page.widgets["s2_policy"].row.dk.click()
    _wait_scores(qtbot, s, lambda r: any(x.key == "s2_policy" and x.status == "dont_know" for x in r.follow_up))
    view.show_tab(TAB_DASHBOARD)
    assert "s2_policy" in dash.follow.keys("dont_know")
    dash.follow.setFocus()
    assert dash.follow.select_key("s2_policy")
    qtbot.keyClick(dash.follow, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.tabs.currentIndex() == TAB_QUESTIONS)
    widget = view.page.widgets["s2_policy"]
    focused = QApplication.focusWidget()
    assert focused is not None and widget.isAncestorOf(focused), focused
    assert view.current_key == "s2_policy"
    qtbot.keyClick(focused, Qt.Key.Key_Escape)  # back where the officer came from
    assert view.tabs.currentIndex() == TAB_DASHBOARD
    assert QApplication.focusWidget() is dash.follow and dash.follow.current_key() == "s2_policy"
    # reached otherwise (the navigator), Esc does not jump to the dashboard
    view.go_to_key("s2_policy")
    focused = QApplication.focusWidget()
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    assert view.tabs.currentIndex() == TAB_QUESTIONS


def test_enter_on_a_grid_follow_up_focuses_its_cell(opened, qtbot):
    win = opened
    s, view = win.session, win.view
    dash = view.dashboard
    key = next(k for k in s.sheet.countable_keys(s.q.item("s1_statistics")))
    assert s.dont_know(key)
    _wait_scores(qtbot, s, lambda r: any(x.key == key and x.status == "dont_know" for x in r.follow_up))
    view.show_tab(TAB_DASHBOARD)
    assert key in dash.follow.keys("dont_know")
    assert dash.follow.select_key(key)
    qtbot.keyClick(dash.follow, Qt.Key.Key_Return)
    grid = view.page.widgets["s1_statistics"].grid
    qtbot.waitUntil(lambda: QApplication.focusWidget() is grid)
    item, fld, coords = s.q.resolve_key(key)
    cur = grid.currentIndex()
    assert (cur.row(), cur.column()) == ([r.code for r in item.rows].index(coords[0]),
                                         [c.id for c in item.columns].index(fld.id))
    # Esc in an open editor keeps its meaning first: it closes the editor, the page stays
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: grid.state() == grid.State.EditingState)
    editor = QApplication.focusWidget()
    assert editor is not grid and grid.isAncestorOf(editor)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: grid.state() != grid.State.EditingState)
    assert view.tabs.currentIndex() == TAB_QUESTIONS
    qtbot.keyClick(grid, Qt.Key.Key_Escape)  # the next Esc goes back to the dashboard
    assert view.tabs.currentIndex() == TAB_DASHBOARD


def test_a_grid_deleted_before_its_next_fit_is_not_fitted(opened, qtbot):
    """An import closes and reopens the assessment: a fit the grid asked for (a value changed,
    a section resized) must not run on the deleted table ("Internal C++ object already
    deleted" in GridTable._fit)."""
    import shiboken6
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QWidget

    from capacity_app.gui.questions.grid import GridTable

    win = opened
    s = win.session
    parent = QWidget(win)
    grid = GridTable(s, s.q.item("s1_statistics"), parent)
    model = grid.grid_model
    model.dataChanged.emit(model.index(0, 0), model.index(0, 0))  # asks for a fit later
    grid.horizontalHeader().resizeSection(0, 90)  # and again
    grid.changeEvent(QEvent(QEvent.Type.FontChange))
    assert grid._fit_timer.isActive()
    shiboken6.delete(parent)  # the table goes with its page
    qtbot.wait(50)  # the pending fit is dropped with it: no exception reaches the event loop
    assert not shiboken6.isValid(grid)
