"""The first start on a database: the operator's name, recorded with every change in the answer
history, is asked once (and stays editable in Preferences). Skipped, it is not asked again."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from ...services import settings as prefs
from ...services.assessments import ServiceError
from ..service_text import service_text

ASKED_KEY = "asked/operator"  # QSettings: the question was shown once (answered or skipped)


def should_ask(store, settings) -> bool:
    """No operator recorded in the database and the question never shown on this computer."""
    if store.readonly or settings.value(ASKED_KEY, False) in (True, "true", "1", 1):
        return False
    return not prefs.preferences(store).operator


class OperatorDialog(QDialog):
    """Asks the operator's name; ``save()`` stores it through the services (Preferences keep it)."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.changes = None
        self.setWindowTitle(self.tr("Welcome"))
        intro = QLabel(self.tr("Your name is recorded with every change you make, so that a mission "
                               "team can tell who answered what. You can change it later in "
                               "File ▸ Preferences."), self)
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("operatorName")
        self.name.setAccessibleName(self.tr("Operator name"))
        self.name.setPlaceholderText(self.tr("your name"))
        label = QLabel(self.tr("&Your name:"), self)
        label.setBuddy(self.name)
        self.message = QLabel(self)
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        later = buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setAccessibleName(self.tr("Skip: ask nothing now"))
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        for w in (intro, label, self.name, self.message, buttons):
            box.addWidget(w)
        self.resize(460, 200)

    def save(self) -> None:
        """Store the name typed (empty: nothing stored). Raises ServiceError."""
        name = self.name.text().strip()
        if not name:
            return
        self.changes = prefs.save_preferences(self.store, replace(prefs.preferences(self.store), operator=name))

    def _on_ok(self) -> None:
        try:
            self.save()
        except ServiceError as exc:
            self.message.setText(service_text(str(exc)))
            self.message.setVisible(True)
            return
        self.accept()


def ask_operator(window) -> bool:
    """Ask once, on the window's first start on a database without an operator. Returns whether
    the dialog was shown."""
    if not should_ask(window.store, window.settings):
        return False
    dlg = OperatorDialog(window.store, window)
    accepted = dlg.exec()
    window.settings.setValue(ASKED_KEY, True)
    window.settings.sync()
    if accepted and dlg.changes is not None:
        window.writes.publish(dlg.changes)
    if window.stack.currentWidget() is window.home:  # not an assessment reopened meanwhile
        window.home.focus_start()  # the keyboard on the list (or "New…"), not on the last button
    return True
