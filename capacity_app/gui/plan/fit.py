"""The plan's dialogs fitted to the screen they open on (the officer's walk at 1280x720):
tables whose name and text columns share the width the others leave, their long texts wrapped and
each row as tall as its text; a dialog never taller or wider than the screen's free area."""
from __future__ import annotations

import math
import unicodedata

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QTextLayout, QTextOption
from PySide6.QtWidgets import (QApplication, QHeaderView, QStyle, QStyledItemDelegate, QStyleOptionViewItem,
                               QTableWidget, QWidget)

from ..writing import PDI, isolated


def fit_columns(table: QTableWidget, stretched: tuple[int, ...], *, wrap: bool = True,
                fixed: dict[int, int] | None = None) -> None:
    """The ``stretched`` columns (names, reasons, sources) share the width left by the others, which
    are as wide as their heading or their widest cell; long texts wrap, each row as tall as its
    text: at 1280 px the names read "1. Publish t…" and the headings "lue measur". ``wrap``
    False: one line per row, a long text ended by "…" (a dense grid edited cell by cell);
    ``fixed``: columns of a width the officer may change (column: its first width)."""
    head = table.horizontalHeader()
    for c in range(table.columnCount()):
        head.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch if c in stretched
                                  else QHeaderView.ResizeMode.ResizeToContents)
    for c, width in (fixed or {}).items():
        head.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(c, width)
    table.setWordWrap(wrap)
    if wrap:
        table.setTextElideMode(Qt.TextElideMode.ElideNone)


LRI = "\u2066"


def cell_isolated(text: str) -> str:
    """``text`` isolated for a right-to-left window: in its own direction (FSI) when it holds a
    letter, left to right (LRI) when it holds none: figures and codes ("2027=3; 2029=6" read
    "6=2029 ;3=2027": Qt gives an FSI without a letter the window's direction)."""
    if not text or not QGuiApplication.isRightToLeft():
        return text
    if any(unicodedata.bidirectional(c) in ("L", "R", "AL") for c in text):
        return isolated(text)
    return f"{LRI}{text}{PDI}"


class IsolatedCells(QStyledItemDelegate):
    """Each cell's text shown isolated (FSI…PDI) in a right-to-left window, as typed otherwise: an
    English reason in the Arabic window showed its final full stop at the start of its first line
    ("the ministers cannot sign before it." read ".the ministers…"). Only what is drawn changes:
    what the officer edits and what is saved is the text as typed."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.text = cell_isolated(option.text)

    def sizeHint(self, option, index) -> QSize:
        """Two pixels taller and wider than the text: the current cell's focus frame (app.qss) is
        drawn inside it, and without that room its last line became an ellipsis ("citing official …")
        and a column as wide as its words wrapped the current cell's (Chinese "每年" read "每");
        taller still when its lines are of unequal heights (:meth:`uneven_lines`)."""
        size = super().sizeHint(option, index)
        return QSize(size.width() + 2, size.height() + 2 + self.uneven_lines(option, index))

    def uneven_lines(self, option, index) -> int:
        """The height Qt's drawing wants beyond the text's own. Qt draws a wrapped cell's next line
        only while the lines so far and the last one's height once more fit, supposing each line as
        tall as the one before: a Chinese indicator's first line (its level in a CJK font, 19 px,
        then English words) over an English second line (16 px) was measured 35 px and drawn on one
        line in 37, the rest of the name cut. The lines are laid out here as Qt draws them."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if not opt.text or not opt.features & QStyleOptionViewItem.ViewItemFeature.WrapText:
            return 0
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        width = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget).width() - 2 * margin
        if width <= 0:
            return 0
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.WordWrap)
        text_option.setTextDirection(opt.direction)
        layout = QTextLayout(opt.text.replace("\n", "\u2028"), opt.font)
        layout.setTextOption(text_option)
        heights: list[float] = []
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            heights.append(line.height())
        layout.endLayout()
        wanted = max((sum(heights[:n + 1]) + h for n, h in enumerate(heights[:-1])), default=0.0)
        return max(0, math.ceil(wanted - sum(heights)))


class WrappedTable(QTableWidget):
    """A table whose rows are as tall as their wrapped text in the columns' widths of now: filled
    while its tab was hidden, a row kept the height of a name wrapped a word per line. Its cells
    keep their own direction in a right-to-left window (:class:`IsolatedCells`)."""

    typed_first = False  # True: the keyboard arrives on a cell it can type into (see focusInEvent)

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.setItemDelegate(IsolatedCells(self))

    def focusInEvent(self, e) -> None:
        """With ``typed_first``, the keyboard coming in (Tab, a label's or a tab's letter) lands on
        the current row's first cell that takes typing, never on a name it cannot change: the
        indicator's value and a corrective measure typed at once were lost on the name's cell."""
        super().focusInEvent(e)
        current = self.currentIndex()
        if not self.typed_first or (current.isValid() and current.flags() & Qt.ItemFlag.ItemIsEditable):
            return
        first = max(current.row(), 0)
        for row in (first, *range(self.rowCount())):
            for column in range(self.columnCount()):
                item = self.item(row, column)
                if item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable and not self.isColumnHidden(column):
                    self.setCurrentCell(row, column)
                    return

    def resizeEvent(self, e) -> None:
        super().resizeEvent(e)
        QTimer.singleShot(0, self, self.resizeRowsToContents)   # once the columns have their width; not once gone


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """``dialog`` sized ``width`` x ``height``, or the screen's free area less a margin when smaller
    (the results chain, 760 px tall, put its Close button under a 720 px screen's edge)."""
    screen = dialog.screen()
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, free.width() - 40), min(height, free.height() - 60)
    dialog.resize(width, height)


__all__ = ["IsolatedCells", "cell_isolated", "WrappedTable", "fit_columns", "fit_to_screen"]
