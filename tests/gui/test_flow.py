"""The wrapping line of a question's foot (gui/questions/flow.py): never wider than its widest widget, the
last widget under the others when the line is too narrow, mirrored right to left."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from capacity_app.gui.questions.flow import FlowLayout


def _line(qtbot, direction=Qt.LayoutDirection.LeftToRight):
    host = QWidget()
    host.setLayoutDirection(direction)
    qtbot.addWidget(host)
    flow = FlowLayout(host)
    a, b = QPushButton("Comment and supporting evidence", host), QPushButton("History…", host)
    last = QLineEdit(host)
    last.setMinimumWidth(220)
    for w in (a, b, last):
        flow.addWidget(w)
    host.show()
    return host, flow, (a, b, last)


def test_its_minimum_is_its_widest_widget_and_the_last_one_takes_the_rest(qtbot):
    host, flow, (a, b, last) = _line(qtbot)
    widths = [flow.itemAt(i).minimumSize().width() for i in range(flow.count())]
    assert flow.minimumSize().width() == max(widths) < sum(widths)  # not the line's: the widest's
    host.resize(1000, 200)
    qtbot.waitUntil(lambda: last.geometry().right() >= 990)
    assert max(a.y(), b.y(), last.y()) < min(a.geometry().bottom(), b.geometry().bottom())  # one line
    assert b.x() > a.geometry().right() and last.x() > b.geometry().right()


def test_too_narrow_it_wraps_and_grows_downwards(qtbot):
    host, flow, (a, b, last) = _line(qtbot)
    wide = flow.heightForWidth(1000)
    narrow = a.sizeHint().width() + b.sizeHint().width() + 20
    assert flow.heightForWidth(narrow) > wide
    host.resize(narrow, 300)
    qtbot.waitUntil(lambda: last.y() > a.geometry().bottom())
    assert last.width() <= narrow and last.x() == 0  # a line of its own, the whole width


def test_right_to_left_it_is_mirrored(qtbot):
    host, flow, (a, b, last) = _line(qtbot, Qt.LayoutDirection.RightToLeft)
    host.resize(1000, 200)
    qtbot.waitUntil(lambda: a.geometry().right() >= 990)
    assert a.x() > b.x() > last.x()  # the first widget on the right


def test_it_owns_its_items_the_qt_way(qtbot):
    """``itemAt`` is None past the end, ``takeAt`` removes and returns the item, a widget deleted
    leaves the line, and the items go with the layout."""
    import shiboken6

    host, flow, (a, b, last) = _line(qtbot)
    assert flow.count() == 3 and flow.itemAt(3) is None and flow.takeAt(3) is None and flow.itemAt(-1) is None
    assert [flow.itemAt(i).widget() for i in range(3)] == [a, b, last]
    b.deleteLater()
    qtbot.waitUntil(lambda: flow.count() == 2)
    assert [flow.itemAt(i).widget() for i in range(2)] == [a, last]
    taken = flow.takeAt(0)
    assert taken.widget() is a and flow.count() == 1
    kept = flow.itemAt(0)
    shiboken6.delete(flow)
    assert not shiboken6.isValid(kept)  # deleted with the layout, as Qt's own layouts do


def test_it_keeps_its_items_when_pyside_forgets_the_ones_qt_made(qtbot):
    """Asking a widget for its neighbour in the focus chain makes PySide take the answer (here the
    window) for that widget's child; when that widget goes, PySide marks every object Qt made under
    the window deleted, the items Qt made for a layout's widgets among them. The line keeps items of
    its own making: it still measures and places its widgets (it crashed the window)."""
    import shiboken6
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    host = QWidget()
    qtbot.addWidget(host)
    box = QVBoxLayout(host)
    flow = FlowLayout()  # as a question's foot: filled, then put in the question's layout
    a, b = QPushButton("Comment and supporting evidence", host), QPushButton("History…", host)
    for w in (a, b):
        flow.addWidget(w)
    box.addLayout(flow)
    gone = QLabel(host)
    assert gone.nextInFocusChain() is host  # PySide now takes the window for the label's child
    shiboken6.delete(gone)
    assert all(shiboken6.isValid(flow.itemAt(i)) for i in range(flow.count()))
    assert flow.heightForWidth(1000) < flow.heightForWidth(a.sizeHint().width() + 10)
    host.resize(1000, 200)
    host.show()
    qtbot.waitUntil(lambda: b.x() > a.geometry().right())


def test_its_height_for_a_width_follows_its_widgets(qtbot):
    """The height kept for the last width asked is measured again once a widget is hidden, shown
    or added (a page's layout asks for it again for every widget it lays out)."""
    host, flow, (a, b, last) = _line(qtbot)
    narrow = a.sizeHint().width() + b.sizeHint().width() + 20
    wrapped = flow.heightForWidth(narrow)
    assert flow.heightForWidth(narrow) == wrapped  # kept
    last.hide()
    assert flow.heightForWidth(narrow) < wrapped  # the line under the buttons gone
    last.show()
    assert flow.heightForWidth(narrow) == wrapped
    extra = QLineEdit(host)
    extra.setMinimumWidth(narrow)
    flow.addWidget(extra)
    extra.show()  # (a widget made after its window is shown is hidden until shown)
    assert flow.heightForWidth(narrow) > wrapped  # one widget more, as wide as the line: a line more


def test_heights_asked_at_widths_in_turn_are_measured_once_each(qtbot, monkeypatch):
    """A page's layout asks a question's foot its height at two or three widths in turn, for every
    widget it lays out: each width is measured once until a widget changes, not again each time the
    other one was asked in between (about 500 measures going to a question twenty items down a
    section not yet shown, against 150)."""
    host, flow, (a, b, last) = _line(qtbot)
    measured: list[int] = []
    real = FlowLayout._arrange
    monkeypatch.setattr(FlowLayout, "_arrange", lambda self, rect, *, move: (
        None if move else measured.append(rect.width())) or real(self, rect, move=move))
    narrow, wide = a.sizeHint().width() + b.sizeHint().width() + 20, 1000
    heights = [flow.heightForWidth(w) for w in (narrow, wide) * 4]
    assert heights == [heights[0], heights[1]] * 4 and heights[0] > heights[1]
    assert measured == [narrow, wide]
    last.hide()
    assert flow.heightForWidth(narrow) < heights[0] and measured == [narrow, wide, narrow]  # measured anew
