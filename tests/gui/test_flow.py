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
