"""The documents attached as evidence to a question, a grid, a grid row, a matrix cell or an action
: their list (name, size, the first 12 characters of the SHA-256, who and when), *Attach
document…* (a file dialog), *Open* (the system viewer on a private read-only copy: the application
never opens a document itself) and *Remove*; every button reachable by the keyboard, Enter on a
document opens it. Writes go through ``session.writes`` (gui/writes.py); a refusal is shown under
the list in the interface language."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from ..domain import documents as dd
from ..domain.celltext import neutral_direction
from ..services import documents as doc_svc
from ..services.base import ServiceError
from .numbers import decimal_text, when_text
from .service_text import service_text
from .writes import Refused
from .writing import isolated


class DocumentsPanel(QWidget):
    """The documents attached to ``target`` of the session's assessment (an answer target or
    ``action:<id>``; :meth:`set_target` changes it)."""

    def __init__(self, session, target: str, parent=None, compact: bool = False):
        """``compact``: Open and Remove document on a line of their own (the matrix's narrow cell
        panel)."""
        super().__init__(parent)
        self.session = session
        self.target = target
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 2, 0, 0)
        box.setSpacing(4)
        self.list = QListWidget(self)
        self.list.setObjectName("documents")
        self.list.setAccessibleName(self.tr("Documents attached to %s") % target)
        self.list.itemActivated.connect(lambda _it: self.open_selected())
        # a narrow form (the action plan's) elides the middle of a line, never a scroll bar over it
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        box.addWidget(self.list)
        row = QHBoxLayout()
        self.attach = QPushButton(self.tr("Attach document…"), self)
        self.attach.setObjectName("attachDocument")
        self.attach.setToolTip(self.tr("Keep a file with this answer as evidence (PDF, office documents, tables, "
                                       "images; at most %1 MB)").replace("%1", str(dd.MAX_DOCUMENT // dd.MB)))
        self.open = QPushButton(self.tr("Open"), self)
        self.open.setObjectName("openDocument")
        self.open.setAccessibleName(self.tr("Open the selected document"))
        self.remove = QPushButton(self.tr("Remove document"), self)
        self.remove.setObjectName("removeDocument")
        self.remove.setAccessibleName(self.tr("Remove the selected document"))
        for button in (self.attach, self.open, self.remove):
            button.setAutoDefault(True)  # Return clicks the one with the focus, as Space does
        row.addWidget(self.attach)
        row.addStretch(1)
        if compact:
            box.addLayout(row)
            row = QHBoxLayout()
        row.addWidget(self.open)
        row.addWidget(self.remove)
        if compact:
            row.addStretch(1)
        box.addLayout(row)
        self.message = QLabel(self)
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        box.addWidget(self.message)
        self.attach.clicked.connect(self.attach_document)
        self.open.clicked.connect(self.open_selected)
        self.remove.clicked.connect(self.remove_selected)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self.list.currentRowChanged.connect(lambda _r: self._enable())
        session.readOnlyChanged.connect(lambda _why: self._enable())
        session.bus.changed.connect(self._on_changed)
        self.copies: list[Path] = []  # the viewing copies handed to the system viewer
        self.refresh()

    # --- reading ----------------------------------------------------------------------------------
    def set_target(self, target: str) -> None:
        """Show the documents of another target ("" for none: the action plan with no action selected)."""
        if target != self.target:
            self.target = target
            self.list.setAccessibleName(self.tr("Documents attached to %s") % target)
            self._show("")
            self.refresh()

    def attachments(self) -> list[dd.Attachment]:
        if not self.target:
            return []
        try:
            return doc_svc.list_documents(self.session.store, self.session.assessment_id, self.target)
        except ServiceError:
            return []

    def refresh(self) -> None:
        keep = self.list.currentRow()
        self.list.clear()
        rows = self.attachments()
        for a in rows:
            who = a.operator or self.tr("unknown")
            # each part isolated: right to left, "x.pdf — 14 bytes" read "14 — x.pdf bytes" and the
            # date 2026-11-24 read 24-11-2026 beside the Arabic words
            line = " — ".join((isolated(neutral_direction(a.name)), self.size_text(a.size), isolated(a.short_hash),
                               self.tr("%1, %2").replace("%1", isolated(neutral_direction(who)))
                               .replace("%2", isolated(when_text(a.at)))))
            it = QListWidgetItem(line)
            it.setData(Qt.ItemDataRole.UserRole, a.id)
            it.setToolTip(f"{line}\nSHA-256 {a.sha256}\n{a.media_type}")
            self.list.addItem(it)
        if rows:
            self.list.setCurrentRow(min(max(keep, 0), len(rows) - 1))
        self.list.setFixedHeight(min(4, max(1, len(rows))) * (self.list.fontMetrics().lineSpacing() + 4) + 8)
        self.list.setVisible(bool(rows))
        self.open.setVisible(bool(rows))
        self.remove.setVisible(bool(rows))
        self._enable()

    def size_text(self, size: int) -> str:
        """A size in the interface's words and figures."""
        unit, n = dd.size_amount(size)
        if unit == "bytes":
            return self.tr("%1 bytes").replace("%1", str(n))
        if unit == "KB":
            return self.tr("%1 KB").replace("%1", str(n))
        return self.tr("%1 MB").replace("%1", decimal_text(n, 1))

    def _enable(self) -> None:
        why = self.session.read_only
        selected = self.list.currentItem() is not None
        self.attach.setEnabled(not why and bool(self.target))
        self.remove.setEnabled(not why and selected)
        self.open.setEnabled(selected)

    def _on_changed(self, changes) -> None:
        if getattr(changes, "documents", False) and changes.assessment_id in (None, self.session.assessment_id):
            self.refresh()

    def _selected_id(self) -> int | None:
        it = self.list.currentItem()
        return None if it is None else int(it.data(Qt.ItemDataRole.UserRole))

    def _show(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    # --- actions ----------------------------------------------------------------------------------
    def ask_file(self) -> str:
        """The file to attach, from the file dialog (its folder remembered), or ""."""
        settings = QSettings()
        folder = str(settings.value("last/attach_folder", "") or Path.home())
        kinds = " ".join(f"*.{k}" for k in dd.MEDIA_TYPES)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach document"), folder,
                                              self.tr("Documents (%1)").replace("%1", kinds))
        if path:
            settings.setValue("last/attach_folder", str(Path(path).parent))
        return path or ""

    def attach_document(self) -> bool:
        path = self.ask_file()
        if not path:
            return False
        s = self.session
        done = s.writes.run(doc_svc.attach_file, s.store, s.q, s.assessment_id, self.target, path, key=self.target)
        if isinstance(done, Refused):
            self._show(done.message)
            return False
        self._show("")
        self.refresh()
        self.list.setCurrentRow(self.list.count() - 1)
        self.list.setFocus()
        return True

    def open_selected(self) -> bool:
        """Open the selected document with the system viewer, on a private read-only copy."""
        aid = self._selected_id()
        if aid is None:
            return False
        try:
            copy = doc_svc.viewing_copy(self.session.store, self.session.assessment_id, aid)
        except ServiceError as exc:
            self._show(service_text(str(exc)))
            return False
        self.copies.append(copy)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            self._show(self.tr("No program on this computer opens %1.").replace("%1", copy.name))
            return False
        self._show("")
        return True

    def remove_selected(self) -> bool:
        aid = self._selected_id()
        if aid is None or self.session.read_only:
            return False
        s = self.session
        done = s.writes.run(doc_svc.detach, s.store, s.assessment_id, aid, key=self.target)
        if isinstance(done, Refused):
            self._show(done.message)
            return False
        self._show("")
        self.refresh()
        return True
