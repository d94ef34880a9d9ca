"""The answers to questions the questionnaire version no longer asks, in the window: Edit ▸
Archived answers… lists, read-only, the answers an assessment carried to a newer questionnaire
version (or an import of an older workbook) kept aside — the question's id, the version that asked
it, its text where known, the value as shown, the comment and when it was archived — the columns of
the workbook's Archived answers sheet and the report's annex (``services.versions.archived_rows_of``).
Nothing here changes them: they are kept as they were given."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ...services.base import ServiceError
from ...services.versions import archived_rows_of
from ..numbers import when_text
from ..widgets.lines import WrappedLines
from ..writing import isolated

COL_KEY, COL_VERSION, COL_QUESTION, COL_VALUE, COL_COMMENT, COL_AT = range(6)


class ArchivedDialog(QDialog):
    """The assessment's archived answers, one line each, in the order archived."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("archivedDialog")
        self.setWindowTitle(self.tr("Archived answers"))
        box = QVBoxLayout(self)
        intro = QLabel(self.tr("Answers to questions this questionnaire version no longer asks: kept in the "
                               "assessment as they were given, exported on the workbook's Archived answers "
                               "sheet and printed in the report's annex. They are not scored."), self)
        intro.setWordWrap(True)
        box.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("archivedAnswers")
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(WrappedLines(self.tree))
        self.tree.setHeaderLabels([self.tr("Question id"), self.tr("Asked in version"), self.tr("Question"),
                                   self.tr("Value"), self.tr("Comment"), self.tr("Archived on")])
        self.tree.setAccessibleName(self.tr("Archived answers, in the order archived"))
        box.addWidget(self.tree, 1)
        self.empty = QLabel(self.tr("No answer is archived: every answer has its question in this "
                                    "questionnaire version."), self)
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        box.addWidget(self.empty)
        box.addStretch(0)  # with no list, the two lines stay together at the top (they floated apart)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.refresh()
        self.resize(900, 440)
        self.tree.setFocus()

    def refresh(self) -> None:
        """The lines as the database holds them now."""
        self.tree.clear()
        s = self.session
        try:
            rows = archived_rows_of(s.store, s.assessment_id, s.q, s.lang)
        except ServiceError:
            rows = []
        unknown = self.tr("not recorded")
        for r in rows:
            it = QTreeWidgetItem([isolated(r.key), isolated(r.version) if r.version else unknown, r.question,
                                  r.value, r.comment, isolated(when_text(r.archived_at)) if r.archived_at
                                  else unknown])
            for col in (COL_QUESTION, COL_VALUE, COL_COMMENT):
                it.setToolTip(col, it.text(col))
            self.tree.addTopLevelItem(it)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        for col in (COL_KEY, COL_VERSION, COL_AT):
            self.tree.resizeColumnToContents(col)
        self.empty.setVisible(not rows)
        self.tree.setVisible(bool(rows))


def open_archived(session, parent: QWidget) -> ArchivedDialog:
    """Edit ▸ Archived answers…: the dialog, non-modal, deleted when closed."""
    dlg = ArchivedDialog(session, parent.window())
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()
    return dlg


__all__ = ["ArchivedDialog", "open_archived"]
