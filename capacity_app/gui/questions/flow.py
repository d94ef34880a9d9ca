"""A line of widgets that wraps onto the next line when the window is narrow (Qt's own "Flow Layout"
example, with the last widget taking the rest of its line and right-to-left languages mirrored).

A question's foot ("Comment and evidence", "History…", the review) is one line at 1366 px; in
Russian at 1024 px the three together are wider than the page, and a box layout would make the
whole window wider instead. Here the layout's minimum is its widest single widget and
its height follows its width (``heightForWidth``), so the review moves under the buttons rather
than pushing the page off the screen.

The layout owns its items as Qt's layouts do: ``addItem`` keeps the item, ``takeAt`` removes and
returns it (Qt deletes it: a widget deleted leaves the line), ``itemAt`` is None past the end, and
the items are deleted with the layout. A widget's item is one the layout makes itself: the item
Qt made for it (``QLayout.addWidget``) has a Python handle that PySide marks deleted when a widget
it was once attached to goes (all the handles of the C++ objects under that widget are), and a
line kept that handle crashed the window the next time it was measured."""
from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget, QWidgetItem


def _delete_items(items: list[QLayoutItem], _layout=None) -> None:
    """The items of a layout being deleted, deleted with it (as a C++ layout's destructor does)."""
    for item in items:
        if shiboken6.isValid(item):
            shiboken6.delete(item)
    items.clear()


class FlowLayout(QLayout):
    """Items left to right (right to left in Arabic), wrapping; the last item (``greedy``) takes the
    rest of its line when its minimum fits there, else a line of its own."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6, greedy_last: bool = True) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._greedy_last = greedy_last
        # the heights for the widths asked, until the items change (Qt's box layouts keep theirs
        # the same way): a page's layout asks again for every widget it lays out, and at two or
        # three widths in turn (keeping the last one only measured again at nearly every question)
        self._hfw: dict[int, int] = {}
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)
        self.destroyed.connect(partial(_delete_items, self._items))

    # QLayout's item protocol
    def addItem(self, item: QLayoutItem) -> None:
        """Keep ``item``; a widget's in an item of the layout's own making (see the module's note),
        the one Qt made deleted."""
        widget = item.widget()
        if widget is not None and not shiboken6.createdByPython(item):
            own = QWidgetItem(widget)
            own.setAlignment(item.alignment())
            shiboken6.delete(item)
            item = own
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        h = self._hfw.get(width)
        if h is None:
            if len(self._hfw) >= 8:  # (the window resized: widths come and go)
                self._hfw.clear()
            h = self._hfw[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return h

    def invalidate(self) -> None:
        """An item was added, taken, shown, hidden or resized: measured again when next asked."""
        self._hfw.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one line."""
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self.spacing() * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """The widest single item: everything else wraps."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in ``rect`` (only measure unless ``move``); returns the height used."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        shown = self._shown()
        gap = self.spacing()
        lines: list[list[tuple[QLayoutItem, int]]] = [[]]
        x = 0
        for n, item in enumerate(shown):
            greedy = self._greedy_last and n == len(shown) - 1
            want = max(item.minimumSize().width(), 0 if greedy else item.sizeHint().width())
            start = x + (gap if lines[-1] else 0)
            if lines[-1] and start + want > area.width():
                lines.append([])
                start = 0
            width = max(area.width() - start, want) if greedy else min(want, area.width())
            lines[-1].append((item, width))
            x = start + width
        y = area.y()
        host = self.parentWidget()
        direction = host.layoutDirection() if host is not None else Qt.LayoutDirection.LeftToRight
        for line in lines:
            if not line:
                continue
            height = max(i.sizeHint().height() for i, _ in line)
            if move:
                x = area.x()
                for item, width in line:
                    box = QRect(QPoint(x, y), QSize(min(width, area.width()), height))
                    item.setGeometry(QStyle.visualRect(direction, area, box))
                    x += width + gap
            y += height + gap
        return max(0, y - gap - area.y()) + m.top() + m.bottom()


__all__ = ["FlowLayout"]
