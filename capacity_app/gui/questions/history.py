"""A question's history in the window: every version of its answers — the value or the
comment, who gave it and when, newest first (``services.history``) — and *Restore this value*,
which writes the chosen version again as any answer is written (through the session: saved at
once, undoable, with its own history row). Opened from the question's *History…* button."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ...domain.answers import ANSWERED, DONT_KNOW, NOT_APPLICABLE

from ...domain.questionnaire import tr
from ...domain.scoring.sections import answer_label
from ...services.base import ServiceError
from ...services.history import Version, answer_history
from ..widgets.editors import format_value
from ..widgets.lines import WrappedLines
from ..numbers import when_text
from ..writing import isolated

COL_WHEN, COL_WHO, COL_WHAT, COL_VALUE = range(4)


class HistoryDialog(QDialog):
    """The versions of one question's answers, and the one chosen written again."""

    def __init__(self, session, item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.item_id = item_id
        self.setObjectName("historyDialog")
        item = session.q.item(item_id)
        self.setWindowTitle(self.tr("History of the answer"))
        box = QVBoxLayout(self)
        title = QLabel(tr(item.label, session.lang) if item is not None else item_id, self)
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(title)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        # a long value (a comment) wraps in its column rather than end in "…"
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(WrappedLines(self.tree))  # each line as high as its wrapped value
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Value")])
        self.tree.setAccessibleName(self.tr("Versions of the answer, newest first"))
        box.addWidget(self.tree, 1)
        self.empty = QLabel(self.tr("No change recorded yet."), self)
        self.empty.setObjectName("hint")
        box.addWidget(self.empty)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore = QPushButton(self.tr("&Restore this value"), self)
        self.restore.setObjectName("restoreVersion")
        self.buttons.addButton(self.restore, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)
        self.restore.clicked.connect(self.restore_current)
        self.tree.currentItemChanged.connect(lambda *_a: self._enable())
        self.tree.itemActivated.connect(lambda *_a: self.restore_current())
        self.versions: list[Version] = []
        self.refresh()
        self.resize(760, 420)
        self._fit_columns()
        self.tree.setFocus()

    def _fit_columns(self) -> None:
        """When, who and what as wide as their text in the language (a day written out in Arabic
        takes 220 px), at most a third of the dialog each; the value the rest, wrapped."""
        for col in (COL_WHEN, COL_WHO, COL_WHAT):
            self.tree.resizeColumnToContents(col)
            self.tree.setColumnWidth(col, min(self.tree.columnWidth(col) + 8, max(120, self.width() // 3)))
        self.tree.doItemsLayout()  # the rows as high as their wrapped values at these widths

    def _value_text(self, v: Version) -> str:
        if v.field == "comment":
            return v.comment.replace("\n", " ") if v.comment else self.tr("(empty)")
        if v.status == DONT_KNOW:
            return self.tr("Don't know")
        if v.status == NOT_APPLICABLE:
            return self.tr("Not applicable")
        if v.status != ANSWERED or v.value is None:
            return self.tr("(empty)")
        resolved = self.session.q.resolve_key(v.key)
        return format_value(resolved[1], v.value, self.session.lang) if resolved else str(v.value)

    def refresh(self) -> None:
        self.tree.clear()
        try:
            self.versions = answer_history(self.session.store, self.session.assessment_id, self.item_id)
        except ServiceError:
            self.versions = []
        for v in self.versions:
            what = answer_label(self.session.q, v.key, self.session.lang) if v.key != self.item_id else ""
            what = f"{what} — " if what else ""
            what += self.tr("comment") if v.field == "comment" else self.tr("value")
            # the day written out and the time to the minute, as the status bar and the list
            it = QTreeWidgetItem([isolated(when_text(v.at)), v.operator or self.tr("unknown person"), what,
                                  self._value_text(v)])
            it.setToolTip(COL_VALUE, it.text(COL_VALUE))
            self.tree.addTopLevelItem(it)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self.empty.setVisible(not self.versions)
        self.tree.setVisible(bool(self.versions))
        self._enable()

    def _enable(self) -> None:
        self.restore.setEnabled(self.tree.currentItem() is not None and not self.session.read_only)

    def current(self) -> Version | None:
        it = self.tree.currentItem()
        return self.versions[self.tree.indexOfTopLevelItem(it)] if it is not None else None

    def restore_current(self) -> bool:
        """Write the chosen version again (its value and status, or its comment)."""
        v = self.current()
        if v is None or self.session.read_only:
            return False
        done = (self.session.set_comment(v.key, v.comment) if v.field == "comment"
                else self.session.set_answer(v.key, v.value, v.status))
        if done:
            self.refresh()
        return bool(done)


def open_history(session, item_id: str, parent: QWidget) -> HistoryDialog:
    dlg = HistoryDialog(session, item_id, parent.window())
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()
    return dlg


__all__ = ["HistoryDialog", "open_history"]
