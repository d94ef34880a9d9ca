"""Preferences: the data folder shown whole, what a new one does said before saving, and saving
records the move in the settings file (the database is moved before the next open)."""
from __future__ import annotations

from capacity_app.gui import dialogs
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
