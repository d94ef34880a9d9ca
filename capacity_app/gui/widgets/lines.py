"""Lines of a tree as a person reads them: a delegate that makes each line as high as its wrapped
cells, and a two-level tree's lines as text (for tests and screen readers). Shared by the import
preview, an answer's history and the comparison of rounds."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QTreeWidget


class WrappedLines(QStyledItemDelegate):
    """A line as high as its cells need at their columns' widths: a value that wraps (a conflict's
    choices in Arabic) pushed the name and time under it out of its cell, cut."""

    def sizeHint(self, option, index):
        hint = super().sizeHint(option, index)
        tree = self.parent()
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text or not isinstance(tree, QTreeWidget):
            return hint
        width = tree.columnWidth(index.column()) - 12  # the cell's margins
        if index.data(Qt.ItemDataRole.CheckStateRole) is not None:  # the box beside the text
            width -= tree.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 8
        needed = option.fontMetrics.boundingRect(QRect(0, 0, max(20, width), 100_000),
                                                 int(Qt.TextFlag.TextWordWrap), str(text)).height() + 6
        return QSize(hint.width(), max(hint.height(), needed))


def tree_lines(tree: QTreeWidget, columns: int) -> list[list[str]]:
    """A two-level tree's lines as shown: each heading as a one-column line, then its rows."""
    out: list[list[str]] = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        if top is None:
            continue
        out.append([top.text(0)])
        for j in range(top.childCount()):
            ch = top.child(j)
            if ch is not None:
                out.append([ch.text(c) for c in range(columns)])
    return out
