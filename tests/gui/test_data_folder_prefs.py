"""Preferences: the data folder shown whole, what a new one does said before saving, and saving
records the move in the settings file (the database is moved before the next open)."""
from __future__ import annotations

from capacity_app.gui import dialogs
from capacity_app.gui.widgets import unsaved  # where Preferences' closing asks (close_or_ask)
from capacity_app.paths import read_settings
from capacity_app.services import settings as prefs


def test_a_new_data_folder_is_explained_and_recorded(window, tmp_path, qtbot):
    dlg = dialogs.PreferencesDialog(window.store, window.settings, window)
    qtbot.addWidget(dlg)
    assert dlg.data_dir.text() == str(prefs.data_folder())
    assert "are in this folder" in dlg.folder_note.text()
    target = tmp_path / "shared" / "data"
    dlg.data_dir.setText(str(target))
    assert "move to" in dlg.folder_note.text() and str(target) in dlg.folder_note.text()
    dlg.data_dir.setText("relative")
    assert "whole path" in dlg.folder_note.text()
    dlg.data_dir.setText(str(target))
    dlg._on_ok()
    assert dlg.result() == dialogs.QDialog.DialogCode.Accepted
    assert dlg.folder_change is not None and dlg.folder_change.action == "move"
    assert read_settings()["pending_move"]["to"] == str(target)
    assert not window.settings.contains("data_folder")  # no second place that says where the data is


def test_each_label_s_key_reaches_its_field(window, qtbot):
    """Keyboard only: Alt+ the underlined letter of every label of Preferences puts the cursor in
    its field, those with a Browse… button beside them too (the data folder, the backup folder,
    the Word template: the key went to the row holding both, which takes no focus)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

    dlg = dialogs.PreferencesDialog(window.store, window.settings, window)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    labelled = [lab for lab in dlg.findChildren(QLabel) if lab.buddy() is not None and "&" in lab.text()]
    assert len(labelled) == 6
    for lab in labelled:
        letter = lab.text()[lab.text().index("&") + 1]
        qtbot.keyClick(dlg, letter.lower(), Qt.KeyboardModifier.AltModifier)
        focused = dlg.focusWidget()
        assert isinstance(focused, (QLineEdit, QComboBox)) and focused is lab.buddy(), (lab.text(), focused)


def test_escape_asks_before_dropping_what_was_typed(window, qtbot, monkeypatch):
    """A Word template typed and Escape pressed: asked first (Cancel keeps the dialog and the
    text, Discard closes it, Save saves as OK does); opened and closed untouched: no question."""
    from PySide6.QtCore import Qt

    asked: list[str] = []
    answers = ["cancel", "discard"]
    monkeypatch.setattr(unsaved, "ask_unsaved", lambda _parent, what: asked.append(what) or answers.pop(0))
    dlg = dialogs.PreferencesDialog(window.store, window.settings, window)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.word_template.setText("/home/amina/Modèles/ONU.docx")
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert asked == ["The preferences typed are not saved."] and dlg.isVisible()
    assert dlg.word_template.text() == "/home/amina/Modèles/ONU.docx"
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not dlg.isVisible()
    untouched = dialogs.PreferencesDialog(window.store, window.settings, window)
    qtbot.addWidget(untouched)
    untouched.show()
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not untouched.isVisible()
