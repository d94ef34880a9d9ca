"""What was typed is never discarded without asking.

A dialog whose fields hold input not yet saved asks, when it is closed (Escape, *Close*, the
window's close button) or when it is about to load other data over the input (another reporting
period): *Save*, *Discard* or *Cancel*, the same three answers as every desktop program. Saving is
also Ctrl+S in every dialog that saves (:func:`save_shortcut`): a key that does not depend on the
interface language, where a button's Alt letter does (*Save* is Alt+S in English, *Enregistrer*
Alt+E in French).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved(parent: QWidget, what: str) -> str:
    """Ask what becomes of the input not yet saved (``what``: what it is, one sentence in the
    interface language): :data:`SAVE`, :data:`DISCARD` or :data:`CANCEL` (Escape, or the box
    closed, is *Cancel*: nothing is lost by a key pressed twice)."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Unsaved", "Not saved yet"), what,
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("unsavedBox")
    box.setInformativeText(QCoreApplication.translate("Unsaved", "Save before going on?"))
    box.button(QMessageBox.StandardButton.Save).setText(QCoreApplication.translate("Unsaved", "&Save"))
    box.button(QMessageBox.StandardButton.Discard).setText(QCoreApplication.translate("Unsaved", "&Discard"))
    box.button(QMessageBox.StandardButton.Cancel).setText(QCoreApplication.translate("Unsaved", "Cancel"))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return SAVE
    return DISCARD if answer == QMessageBox.StandardButton.Discard else CANCEL


def close_or_ask(dialog: QDialog, changed: bool, what: str, close: Callable[[], None],
                 save: Callable[[], object] | None = None) -> None:
    """Escape, *Cancel* or the window's close button: ``close`` (the dialog's own reject) at once
    when nothing differs from what the dialog opened with; else asked (``what``: what it is, one
    sentence): *Save* is ``save`` (the dialog's OK, ``accept``, unless given), which closes only when
    what was typed is accepted (told under the fields otherwise), *Discard* closes, *Cancel* keeps
    the dialog and what was typed."""
    if not changed:
        close()
        return
    answer = ask_unsaved(dialog, what)
    if answer == SAVE:
        (save or dialog.accept)()
    elif answer == DISCARD:
        close()


def save_shortcut(dialog: QWidget, save: Callable[[], object]) -> QShortcut:
    """Ctrl+S (the platform's Save key) saves from anywhere in ``dialog``, in every language."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), dialog)
    shortcut.activated.connect(save)
    return shortcut


__all__ = ["CANCEL", "DISCARD", "SAVE", "ask_unsaved", "close_or_ask", "save_shortcut"]
