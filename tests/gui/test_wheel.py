"""The mouse wheel changes a drop-down, a spin box or a slider only when it has the focus: scrolling
the page over an S1 row form's "Main source" or an action's priority leaves the saved answer as it
was, and the page scrolls instead (gui/widgets/wheel.py)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QPushButton, QScrollArea, QSlider, QSpinBox,
                               QVBoxLayout, QWidget)

from capacity_app.gui.widgets.wheel import WheelGuard
from capacity_app.services.plan import actions as plans


@pytest.fixture
def opened(opened, qtbot, qapp):
    """The window's guard is installed a moment after it is made (start-up leaves Qt's namespace
    unread): wait for it."""
    qtbot.waitUntil(lambda: qapp.findChild(WheelGuard, "wheelGuard") is not None, timeout=3000)
    return opened


def wheel(widget: QWidget, steps: int = -1) -> QWheelEvent:
    """One notch of the wheel over the middle of ``widget`` (down when ``steps`` < 0), given to
    its window as the window system gives it: Qt then sends it to the widget under the pointer."""
    root = widget.window()
    centre = QPointF(widget.mapTo(root, widget.rect().center()))
    under = root.childAt(centre.toPoint())
    assert under is widget or widget.isAncestorOf(under), f"{widget} is not under the pointer ({under})"
    e = QWheelEvent(centre, QPointF(root.mapToGlobal(centre)), QPoint(0, 0), QPoint(0, 120 * steps),
                    Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(root.windowHandle(), e)
    return e


def into_view(widget: QWidget) -> None:
    """``widget`` scrolled into view in each scroll area it is in, as the officer sees it before
    turning the wheel over it: once the window has laid out what it just opened (a row form lays
    its questions out when the event loop next turns, before anything is painted)."""
    QApplication.processEvents()
    w = widget.parentWidget()
    while w is not None:
        if isinstance(w, QScrollArea):
            w.ensureWidgetVisible(widget, 0, 40)
        w = w.parentWidget()


def _row_form(win):
    assert win.view.go_to_key("s1_statistics")
    win.view.page.ensure_built()
    w = win.view.page.widgets["s1_statistics"]
    w.grid.setCurrentIndex(w.grid.grid_model.index(0, 0))
    w.open_form()
    return w.form


def test_an_unfocused_drop_down_keeps_its_answer_and_the_page_scrolls(opened, qtbot):
    win = opened
    win.resize(1024, 600)
    win.session.set_answer("s1_statistics.imm_stock_birth.available", "yes")
    win.session.set_answer("s1_statistics.imm_stock_birth.source", "CEN")
    form = _row_form(win)
    source = next(f for f in form.fields if f.key.endswith(".source"))
    combo = source.editor.combo
    assert combo.currentData() == "CEN"
    win.view.page.setFocus()
    bar = win.view.page.scroll_bar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    into_view(combo)
    before = bar.value()
    e = wheel(combo, -1 if before < bar.maximum() else 1)
    assert e.isAccepted()
    assert combo.currentData() == "CEN"
    assert not combo.hasFocus(), "the wheel never gives it the focus"
    key = "s1_statistics.imm_stock_birth.source"
    assert win.store.answer(win.session.assessment_id, key).value == "CEN"
    assert bar.value() != before, "the wheel scrolls the page instead"
    # the officer who clicked or tabbed into it may still use the wheel
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo)
    assert combo.currentData() != "CEN"
    assert win.store.answer(win.session.assessment_id, key).value == combo.currentData()


def test_a_spin_box_and_an_action_priority_need_the_focus(opened, qtbot):
    win = opened
    win.session.set_answer("s1_statistics.imm_stock_birth.available", "yes")
    win.session.set_answer("s1_statistics.imm_stock_birth.year", 2020)
    form = _row_form(win)
    spin = next(f for f in form.fields if f.key.endswith(".year")).editor.spin
    win.view.page.setFocus()
    into_view(spin)
    wheel(spin.lineEdit())  # over the spin box's text
    wheel(spin, 1)
    assert spin.value() == 2020
    assert win.store.answer(win.session.assessment_id, "s1_statistics.imm_stock_birth.year").value == 2020
    # an action's priority (High stays High)
    view = win.view
    view.tabs.setCurrentWidget(view.action_plan)
    plan = view.action_plan
    plan.new_action()
    plan.f_priority.setCurrentIndex(plan.f_priority.findData(1))
    plan.f_priority.activated.emit(plan.f_priority.currentIndex())
    plan.table.setFocus()
    into_view(plan.f_priority)
    wheel(plan.f_priority)
    assert plan.f_priority.currentData() == 1
    assert plans.action_plan(win.store, win.session.assessment_id)[0].priority == 1


def test_every_drop_down_spin_box_and_slider_is_guarded(opened, qtbot):
    """Whatever the window or a dialog makes later (a language box, a slider) is guarded: the wheel
    over it, unfocused, changes nothing and leaves the focus where it was."""
    win = opened
    extra = QWidget(win)  # made after the guard, on top of the window's middle
    extra.setGeometry(200, 150, 300, 200)
    box = QVBoxLayout(extra)
    made = [QComboBox(), QSpinBox(), QSlider(Qt.Orientation.Horizontal)]
    for w in made:
        box.addWidget(w)
    made[0].addItems(["a", "b"])
    extra.show()
    extra.raise_()
    dialog = QDialog(win)  # a window made after the guard
    inner = QVBoxLayout(dialog)
    in_dialog = [QComboBox(), QSpinBox()]
    in_dialog[0].addItems(["a", "b"])
    ok = QPushButton("OK")
    for w in (*in_dialog, ok):
        inner.addWidget(w)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    ok.setFocus()
    for w in (*made, *in_dialog):
        qtbot.waitUntil(lambda w=w: w.isVisible(), timeout=2000)
        before = w.currentIndex() if isinstance(w, QComboBox) else w.value()
        wheel(w)
        wheel(w, 1)
        assert (w.currentIndex() if isinstance(w, QComboBox) else w.value()) == before, w
        assert not w.hasFocus(), w
    dialog.close()


def test_f4_opens_a_focused_drop_down_and_alt_down_changes_section(opened, qtbot):
    """The keyboard opens every drop-down of the window (the assessment's
    status, a review, an evidence's kind), and Alt+Down / Alt+Up always change section.
    Both hold: F4 opens the list, Alt+Down goes to the next section from the drop-down too."""
    win = opened
    assert win.view.go_to_key("s2_policy")
    w = win.view.page.widgets["s2_policy"]
    w.more.click()
    combos = [win.view.status.combo, w.comments.kind, *[c for c in w.findChildren(QComboBox)
                                                          if c.isVisible() and c is not w.comments.kind]]
    assert len(combos) >= 3  # the status, the evidence's kind, the review
    for combo in combos:
        combo.setFocus()
        qtbot.waitUntil(combo.hasFocus, timeout=2000)
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_F4)
        qtbot.waitUntil(combo.view().isVisible, timeout=2000)
        assert win.view.page.section.id == "S2", combo.accessibleName()  # still in S2
        combo.hidePopup()
        assert combo.currentIndex() == before  # opened, nothing chosen
    combos[0].setFocus()
    qtbot.waitUntil(combos[0].hasFocus, timeout=2000)
    qtbot.keyClick(combos[0], Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: win.view.page.section.id == "S3", timeout=2000)  # the next section
    assert not combos[0].view().isVisible()


def test_in_a_dialog_alt_down_on_a_drop_down_opens_its_list(opened, qtbot):
    """A dialog has no sections: Alt+Down on its focused drop-down opens the list, even where the
    dialog has a command on Alt+Down of its own (the drop-down, focused, is asked first)."""
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtTest import QTest

    dialog = QDialog(opened)
    box = QVBoxLayout(dialog)
    combo = QComboBox()
    combo.addItems(["a", "b"])
    box.addWidget(QPushButton("OK"))
    box.addWidget(combo)
    fired = []
    command = QAction(dialog)
    command.setShortcut(QKeySequence("Alt+Down"))
    command.triggered.connect(lambda: fired.append(1))
    dialog.addAction(command)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=2000)
    QTest.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(combo.view().isVisible, timeout=2000)
    assert fired == []
    combo.hidePopup()
    dialog.close()
