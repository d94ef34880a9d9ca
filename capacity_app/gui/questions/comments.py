"""A question's comment and evidence: the panel under "Comment and evidence" (a comment saved
shortly after typing stops and when the box is left; evidence added and removed one by one), kept
as typed and marked when the database could not take it; the documents attached to the question
under them (gui/documents.py)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication, QComboBox, QHBoxLayout, QLabel, QLineEdit, QListView, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout, QWidget,
)

from ...domain.answers import EVIDENCE_KINDS
from ...domain.celltext import neutral_direction
from ..documents import DocumentsPanel
from ..widgets.editors import TYPING_SAVE_MS, PlainText, message_row
from ..session import comment_key, evidence_key
from ..writing import isolated


class EvidenceList(QListWidget):
    """The evidence entries, each wrapped to the panel's width (a web address or a ministry's full
    name never makes the page scroll sideways), as tall as its first four entries need."""

    SHOWN = 4

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def fit_height(self) -> None:
        self.doItemsLayout()
        rows = [self.visualItemRect(self.item(i)).height() for i in range(min(self.SHOWN, self.count()))]
        line = self.fontMetrics().lineSpacing() + 4
        self.setFixedHeight(sum(max(r, line) for r in rows or [line]) + 2 * self.frameWidth() + 4)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.count() and event.size().width() != event.oldSize().width():
            self.fit_height()


class CommentPanel(QWidget):
    """Comment box and evidence list for one key (an item id for grids and simple items)."""

    def __init__(self, session, key: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.key = key
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 0)
        box.setSpacing(4)
        self.comment = PlainText(self, least=2, most=12)
        self.comment.setObjectName("comment")
        self.comment.setPlaceholderText(self.tr("Comment (who said what, caveats, follow-up)"))
        self.comment.setAccessibleName(self.tr("Comment on %s") % key)
        box.addWidget(self.comment)
        self.evidence = EvidenceList(self)
        self.evidence.setObjectName("evidence")
        self.evidence.setAccessibleName(self.tr("Evidence for %s") % key)
        box.addWidget(self.evidence)
        row = QHBoxLayout()
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Evidence kind"))
        names = {"document": self.tr("Document"), "url": self.tr("Web address"),
                 "institution": self.tr("Institution"), "note": self.tr("Note")}
        for k in EVIDENCE_KINDS:
            self.kind.addItem(names.get(k, k), k)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Document title, web address or institution"))
        self.text.setAccessibleName(self.tr("Evidence text"))
        self.add = QPushButton(self.tr("Add evidence"), self)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.setAccessibleName(self.tr("Remove selected evidence"))
        for w in (self.kind, self.text, self.add, self.remove):
            row.addWidget(w)
        row.setStretch(1, 1)
        box.addLayout(row)
        for button in (self.add, self.remove):
            button.setAutoDefault(True)  # Return clicks the one with the focus, as Space does
        # evidence typed and left without being added is said under the field, never dropped unseen
        self.unadded = QLabel(self)
        self.unadded.setObjectName("fieldError")
        self.unadded.setWordWrap(True)
        self.unadded.setVisible(False)
        box.addWidget(self.unadded)
        self.text.installEventFilter(self)
        # the files kept as evidence: gui/documents.py
        self.documents = DocumentsPanel(session, key, self)
        box.addWidget(self.documents)
        self.message, self.retry, note = message_row(self)
        box.addLayout(note)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_SAVE_MS)  # saved at every pause
        self._timer.timeout.connect(self.flush)
        self.comment.textChanged.connect(self._on_comment_changed)
        self.comment.focusLost.connect(self.flush)
        self.add.clicked.connect(self._on_add_clicked)
        self.text.returnPressed.connect(self._on_add_clicked)
        self.text.textChanged.connect(lambda t: None if t.strip() else self.unadded.setVisible(False))
        self.remove.clicked.connect(self._on_remove_clicked)
        self.retry.clicked.connect(self._on_retry_clicked)
        session.failed.connect(self._on_session_failed)
        session.accepted.connect(self._on_session_accepted)
        session.readOnlyChanged.connect(self._apply_read_only)
        self._apply_read_only(session.read_only)
        self._loading = False
        self.refresh()

    def _apply_read_only(self, why: str) -> None:
        """Read-only: the comment and evidence are read (and copied), not changed."""
        self.comment.setReadOnly(bool(why))
        for w in (self.kind, self.text, self.add, self.remove):
            w.setEnabled(not why)

    def refresh(self) -> None:
        a = self.session.answer(self.key)
        kept = self.session.unsaved.get(comment_key(self.key))
        comment = kept.value if kept is not None else a.comment  # a comment not saved stays as typed
        self._loading = True
        if self.comment.toPlainText() != comment:
            self.comment.setPlainText(comment)
        self._loading = False
        self.evidence.clear()
        for e in a.evidence:
            it = QListWidgetItem(f"[{self.kind.itemText(max(0, self.kind.findData(e.kind)))}] "
                                 f"{neutral_direction(e.text)}")  # an override shown, not obeyed
            it.setData(Qt.ItemDataRole.UserRole, e.id)
            self.evidence.addItem(it)
        self.evidence.fit_height()
        self.evidence.setVisible(bool(a.evidence))
        self.remove.setVisible(bool(a.evidence))
        self.retry.setVisible(any(k in self.session.unsaved for k in self._keys()))

    def _keys(self) -> tuple[str, str]:
        return comment_key(self.key), evidence_key(self.key)

    def _on_session_failed(self, key: str, message: str) -> None:
        if key in self._keys():
            self.message.setText(message)
            self.message.setVisible(True)
            self.retry.setVisible(key in self.session.unsaved)

    def _on_session_accepted(self, key: str) -> None:
        if key in self._keys():
            self.message.setVisible(False)
            self.retry.setVisible(any(k in self.session.unsaved for k in self._keys()))

    def _on_retry_clicked(self) -> None:
        for k in self._keys():
            kept = self.session.unsaved.get(k)
            if kept is not None and kept.retry():
                self.session.forget(k)
                if k == evidence_key(self.key) and self.text.text().strip() == str(kept.value).strip():
                    self.text.clear()  # the evidence typed is now in the list
        self.refresh()

    def _on_comment_changed(self) -> None:
        if not self._loading:
            self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        text = self.comment.toPlainText()
        kept = self.session.unsaved.get(comment_key(self.key))
        if kept is not None and kept.value == text:
            return  # already kept, not saved: tried again with "Try again" or on close
        if text != self.session.answer(self.key).comment:
            self.session.set_comment(self.key, text)
        elif kept is not None:
            self.session.forget(comment_key(self.key))  # typed back to what is stored

    def _on_add_clicked(self) -> None:
        if self.session.add_evidence(self.key, self.kind.currentData(), self.text.text()):
            self.text.clear()
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(0, self, self.tell_unadded)  # once the focus has landed
        return super().eventFilter(watched, event)

    def tell_unadded(self) -> None:
        """Text typed in the evidence field and left for another control than *Add evidence* is
        not evidence yet: said under the field (Enter or *Add evidence* adds it)."""
        typed = self.text.text().strip()
        left = QApplication.focusWidget() not in (self.text, self.add)
        if typed and left:
            self.unadded.setText(self.tr("“%1” is not added yet: Enter in its field or Add evidence adds it.")
                                 .replace("%1", isolated(neutral_direction(typed))))
        self.unadded.setVisible(bool(typed) and left)

    def _on_remove_clicked(self) -> None:
        it = self.evidence.currentItem()
        if it is not None and self.session.remove_evidence(self.key, int(it.data(Qt.ItemDataRole.UserRole))):
            self.refresh()
