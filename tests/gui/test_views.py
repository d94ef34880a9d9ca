"""Matrix cells and scores, dashboard, find, next unanswered, language, background tasks."""
from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication



def stored(win, key):
    return win.store.answer(win.session.assessment_id, key)


def test_matrix_cell_editing_changes_scores(opened, qtbot):
    win = opened
    view = win.view
    view.show_tab(1)
    mv = view.matrix
    mv.select("A", "BOR")
    panel = mv.panel
    assert panel.coords == ("A", "BOR")
    idx = mv.model.index(0, [s.code for s in win.questionnaire.sources].index("BOR"))
    assert mv.model.data(idx, Qt.ItemDataRole.UserRole + 1) == "main"
    assert mv.model.data(idx).startswith("●")
    key = "s3_matrix.A.BOR."
    # rules 3.0: without a reference date the age of the data is not judged (recency capped at 1)
    assert win.session.set_answer("s0_reference_date", "2026-05-15")
    win.session.refresh_derived()
    before = mv.model.data(idx, Qt.ItemDataRole.UserRole)
    assert panel.rows[key + "variables"].isHidden()
    panel.rows[key + "exists"].editor.buttons["yes"].click()
    assert not panel.rows[key + "variables"].isHidden(), "cell fields appear once the source exists"
    for fid, code in (("variables", "yes"), ("tabulated", "yes"), ("periodicity", "continuous"),
                      ("timeliness", "le12"), ("accessibility", "online"), ("aligned", "yes")):
        ed = panel.rows[key + fid].editor
        choice = code if code in getattr(ed, "buttons", {}) or fid in ("variables", "tabulated", "aligned") else ed.fld.choices[0].code
        if hasattr(ed, "buttons"):
            ed.buttons[choice].click()
        else:
            ed.combo.setCurrentIndex(ed.combo.findData(choice))
            ed.combo.activated.emit(ed.combo.currentIndex())
        assert stored(win, key + fid).value == choice
    panel.rows[key + "latest_year"].editor.spin.setValue(2025)
    for box in panel.rows[key + "disaggregation"].editor.boxes.values():
        box.click()
    qtbot.waitUntil(lambda: mv.model.data(idx, Qt.ItemDataRole.UserRole) is not None and mv.model.data(idx, Qt.ItemDataRole.UserRole) != before,
                    timeout=3000)
    level = mv.model.data(idx, Qt.ItemDataRole.UserRole)
    assert level >= 2
    assert str(level) in mv.model.data(idx)
    assert "Derived level" in panel.level.text()
    # undo the last change re-scores too
    pq_a = win.session.scores.policy_questions["A"].availability
    assert pq_a >= level
    panel.rows[key + "exists"].editor.buttons["no"].click()
    qtbot.waitUntil(lambda: mv.model.data(idx, Qt.ItemDataRole.UserRole) in (0, None), timeout=3000)
    assert panel.rows[key + "variables"].isHidden()
    win.undo_action.trigger()
    qtbot.waitUntil(lambda: mv.model.data(idx, Qt.ItemDataRole.UserRole) == level, timeout=3000)


def test_matrix_keyboard_navigation(opened, qtbot):
    win = opened
    win.view.show_tab(1)
    mv = win.view.matrix
    mv.select("A", "CEN")
    table = mv.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert mv.panel.coords == ("A", win.questionnaire.sources[1].code)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert mv.panel.coords == ("B", win.questionnaire.sources[1].code)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    focused = win.focusWidget()
    assert focused is not None and mv.panel.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    assert win.focusWidget() is table
    assert win.settings.value("last/item") == f"s3_matrix.B.{win.questionnaire.sources[1].code}"


def test_dashboard_updates_as_answers_change(opened, qtbot):
    win = opened
    s = win.session
    dash = win.view.dashboard
    win.view.show_tab(2)  # a hidden dashboard only catches up when shown
    s.refresh_derived()
    assert dash.overall.text() != ""
    win.view.go_to_key("s2_need_a")
    win.view.page.widgets["s2_need_a"].row.editor.buttons[3].click()
    win.view.page.widgets["s2_policy"].row.dk.click()
    # rules 3.0: nothing is drawn from a blank; with its main source described as absent, A has a gap
    assert s.set_answer("s3_matrix.A.BOR.exists", "no")
    # rules 2.0: blanks are listed for follow-up too, so wait for the "don't know" itself
    qtbot.waitUntil(lambda: s.scores is not None and any(r.key == "s2_policy" and r.status == "dont_know"
                                                         for r in s.scores.follow_up), timeout=3000)
    win.view.show_tab(2)
    assert "s2_policy" in dash.follow.keys("dont_know")
    qtbot.waitUntil(lambda: "A." in dash.gaps.toPlainText(), timeout=3000)  # need 3, nothing available: a ranked gap
    assert dash.pqs.rows[0][1] == 3 and dash.pqs.rows[0][3] == 3
    assert any(sc is not None for _i, _l, sc in dash.sections.rows)
    # Enter on a follow-up goes to the item
    assert dash.follow.select_key("s2_policy")
    dash.follow.itemActivated.emit(dash.follow.currentItem(), 0)
    assert win.view.tabs.currentIndex() == 0
    assert win.view.current_key == "s2_policy"
    dash.grab()  # the charts paint without error


def test_find_over_text_ids_and_comments(opened, qtbot):
    win = opened
    win.session.set_comment("s5_strategy", "The zebra crossing plan")
    win.actions_by_name["find"].trigger()
    bar = win.view.find_bar
    assert not bar.isHidden()
    assert bar.edit.hasFocus()
    qtbot.keyClicks(bar.edit, "zebra")
    assert bar.matches == ["s5_strategy"]
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert win.view.page.section.id == "S5"
    assert win.view.current_key == "s5_strategy"
    bar.edit.clear()
    qtbot.keyClicks(bar.edit, "s2_need_")
    assert len(bar.matches) == 15
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert win.view.current_key == "s2_need_b"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert win.view.current_key == "s2_need_a"
    bar.edit.clear()
    qtbot.keyClicks(bar.edit, "migration policy")  # question text
    assert "s2_policy" in bar.matches
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert bar.isHidden()


def test_next_and_previous_unanswered(opened, qtbot):
    win = opened
    view = win.view
    view.go_to_key("s2_policy")
    first = view.go_unanswered(1)
    assert first is not None and first != "s2_policy"
    order = view._position_order()
    assert order.index(first) > order.index("s2_policy")
    win.session.dont_know(first)
    second = view.go_unanswered(1)
    assert second != first and order.index(second) > order.index(first)
    back = view.go_unanswered(-1)
    assert back is not None and order.index(back) < order.index(second) and back != first


def test_language_switch_relabels_everything(opened, qtbot):
    win = opened
    win.view.go_to_key("s2_policy")
    before = win.view.page.widgets["s2_policy"].title.text()
    win.set_language("fr")
    after = win.view.page.widgets["s2_policy"].title.text()
    assert after != before and "politique" in after
    radios = win.view.page.widgets["s2_policy"].row.editor.buttons
    assert radios["yes"].text() == "Oui"
    assert win.settings.value("language") == "fr"
    win.set_language("es")
    assert "política" in win.view.page.widgets["s2_policy"].title.text()
    assert win.view.nav.index_of_section("S2").data().startswith("S2  Necesidades")


def test_task_runner_progress_cancel_and_close(window, qtbot):
    from capacity_app.jobs import check, report

    runner = window.runner
    seen = []

    def work(n, progress=None, cancelled=None):
        for i in range(n):
            report(progress, i / n, f"step {i}")
        return n * 2

    with qtbot.waitSignal(runner.ended, timeout=5000):
        runner.run("work", work, 5, on_done=seen.append)
    assert seen == [10]
    started = threading.Event()

    def forever(progress=None, cancelled=None):
        started.set()
        while True:
            check(cancelled)
            time.sleep(0.005)

    cancelled = []
    runner.run("forever", forever, on_cancel=lambda: cancelled.append(True))
    assert started.wait(5)
    assert runner.busy
    window.close()  # cancels, says so and returns to the event loop; closes once the work stopped
    assert window.statusBar().currentMessage() == "Stopping background work…"
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert not runner.busy
    assert runner.pool.activeThreadCount() == 0  # no thread left running
    qtbot.waitUntil(lambda: cancelled == [True], timeout=3000)

    errors = []

    def broken(progress=None, cancelled=None):
        raise ValueError("the file is damaged")

    with qtbot.waitSignal(runner.ended, timeout=5000):
        runner.run("broken", broken, on_error=errors.append)
    assert errors == ["the file is damaged"]


def test_navigator_says_not_assessed_until_a_policy_question_has_a_matrix_answer(opened, qtbot):
    """A new assessment has no green "ok" on its policy questions; one matrix answer for A makes
    A assessed (gap or ok), the others stay "not assessed"; the legend names the four markers."""
    from capacity_app.gui.questions.models import _marker

    win = opened
    s = win.session
    nav = win.view.nav
    s.refresh_derived()
    nav.refresh()
    for p in win.questionnaire.policy_questions:
        idx = nav.index_of_pq(p.code)
        assert nav.data(idx.siblingAtColumn(1), Qt.ItemDataRole.AccessibleTextRole) == "not assessed", p.code
        assert nav.data(idx, Qt.ItemDataRole.DecorationRole) is _marker("none")
    s.set_answer("s2_need_a", 3)
    s.set_answer("s3_matrix.A.CEN.exists", "no")
    s.refresh_derived()
    nav.refresh()
    a = nav.index_of_pq("A")
    assert nav.data(a.siblingAtColumn(1), Qt.ItemDataRole.AccessibleTextRole) != "not assessed"
    assert nav.data(a, Qt.ItemDataRole.DecorationRole) in (_marker("gap"), _marker("ok"))
    assert nav.data(nav.index_of_pq("B").siblingAtColumn(1), Qt.ItemDataRole.AccessibleTextRole) == "not assessed"
    legend = win.view.legend.text()
    assert all(word in legend for word in ("gap", "needs work", "fine", "not assessed"))


def test_a_rescoring_tells_the_navigator_the_rows_that_changed_only(opened, qtbot):
    """After an answer the navigator is derived again, and its view told of the rows whose shown
    data changed (the section's completion, the item's tick), not of all 300: each row it is told
    of it measures again, which held the window some 60 ms after every answer."""
    win = opened
    s, nav, tree = win.session, win.view.nav, win.view.tree
    tree.expandAll()
    s.refresh_derived()
    nav.refresh()
    QApplication.processEvents()
    def texts(index):
        return index.data(), index.siblingAtColumn(1).data()

    rows_of = {}  # every row: a section, an item, a policy question
    for r in range(nav.rowCount()):
        group = nav.index(r, 0)
        for index in [group] + [nav.index(i, 0, group) for i in range(nav.rowCount(group))]:
            rows_of[(index.internalId(), index.row())] = index
    shown = {key: texts(index) for key, index in rows_of.items()}  # what the view shows of each
    told = []
    nav.dataChanged.connect(lambda first, last, *_: told.append((first.internalId(), first.row(), last.row())))
    s.set_answer("s2_need_a", 3)
    s.refresh_derived()
    nav.refresh()
    rows = {(i, r) for i, first, last in told for r in range(first, last + 1)}
    changed = {key for key, index in rows_of.items() if texts(index) != shown[key]}
    assert changed and changed <= rows  # every row whose text changed is told
    assert len(rows) <= 3 * len(changed) + 3, rows  # and hardly any other
    item = nav.index_of_item("s2_need_a")
    assert (item.internalId(), item.row()) in rows


def test_enter_on_the_navigator_moves_into_the_question(opened, qtbot):
    win = opened
    view = win.view
    view.focus_navigator()
    idx = view.nav.index_of_item("s2_policy")
    view.tree.setCurrentIndex(idx)
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    w = view.page.widgets["s2_policy"]
    qtbot.waitUntil(lambda: w.isAncestorOf(QApplication.focusWidget()), timeout=3000)
    # a section row: its first question
    view.focus_navigator()
    view.tree.setCurrentIndex(view.nav.index_of_section("S5"))
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    first = next(it.id for it in win.questionnaire.section("S5").items if it.type != "note")
    qtbot.waitUntil(lambda: view.page.widgets.get(first) is not None
                    and view.page.widgets[first].isAncestorOf(QApplication.focusWidget()), timeout=3000)
