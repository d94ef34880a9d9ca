"""The plan's dialogs fitted to the screen they open on (the officer's walk at 1280x720):
tables whose name and text columns share the width the others leave, their long texts wrapped and
each row as tall as its text; a dialog never taller or wider than the screen's free area."""
from __future__ import annotations

import unicodedata

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QTableWidget, QWidget

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
        """Two pixels taller than the wrapped text: the current cell's focus frame (app.qss) is
        drawn inside it, and without that room its last line became an ellipsis ("citing official …")."""
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 2)


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
