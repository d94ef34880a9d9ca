"""Fast checks for outputs and the command line; the same
scenarios run in the reliability report (tools/reliability_report.py)."""
from __future__ import annotations

import os
import sqlite3
import stat

import pytest
import scenarios_outputs as O
from scenarios import make_database


# --- item 1: no output onto the database, its side files or its backups ------------------------

def test_outputs_onto_the_database_its_side_files_and_backups_are_refused(tmp_path):
    out = O.scenario_output_onto_database(tmp_path)
    assert out["ok"], out["problems"]
    assert out["refused"] == out["tried"] > 50


def test_the_service_check_names_each_protected_path(tmp_path):
    from capacity_app.services.outputs import OutputRefused, check_output_path, refusal

    db = tmp_path / "data" / "capacity.sqlite3"
    make_database(db, n_answers=1)
    preferred = tmp_path / "chosen"
    O.set_backup_preference(db, preferred)
    for target, words in ((db, "is the database"), (str(db) + "-wal", "-wal file"),
                          (str(db) + "-shm", "-shm file"), (str(db) + ".lock", "lock file"),
                          (db.parent / "backups" / "x.xlsx", "backup folder"),
                          (preferred / "x.pdf", "backup folder")):
        reason = refusal(target, db)
        assert reason is not None and words in reason and str(target) in reason, (target, reason)
        with pytest.raises(OutputRefused):
            check_output_path(target, db)
    assert refusal(tmp_path / "fine.xlsx", db) is None
    assert check_output_path(tmp_path / "new" / "fine.xlsx", db).parent.is_dir()


# --- item 18: how outputs are written -----------------------------------------------------------

def test_outputs_take_the_umask_and_never_replace_links_or_special_files(tmp_path):
    out = O.scenario_output_files(tmp_path)
    assert out["ok"], out["problems"]


def test_replace_atomically_keeps_the_umask(tmp_path):
    from capacity_app.files import replace_atomically

    old = os.umask(0o027)
    try:
        path = replace_atomically(lambda tmp: open(tmp, "wb").write(b"x"), tmp_path / "o.bin")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


# --- item 15: one-line refusals -------------------------------------------------------------------

def test_bad_command_lines_and_unwritable_backups_are_one_line_refusals(tmp_path):
    out = O.scenario_cli_refusals(tmp_path)
    assert out["ok"], out["problems"]


def test_a_daily_backup_that_cannot_be_written_is_skipped_with_a_warning(tmp_path, capsys):
    from capacity_app.services.assessments import open_store

    db = tmp_path / "capacity.sqlite3"
    make_database(db, n_answers=2)
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    O.set_backup_preference(db, blocker / "backups")
    with open_store(db) as store:  # the first daily backup is due
        assert store.assessments()
    err = capsys.readouterr().err
    assert "warning" in err and "daily backup was skipped" in err and str(blocker) in err


# --- item 16: database paths and read-only folders ----------------------------------------------

def test_database_folders_with_percent_question_mark_and_hash_open_as_themselves(tmp_path):
    out = O.scenario_database_paths(tmp_path, opens=2)
    assert out["ok"], out["problems"]


def test_file_uri_quotes_what_sqlite_would_read(tmp_path):
    from capacity_app.storage.db import file_uri

    uri = file_uri(tmp_path / "a%20b?c#d" / "x.sqlite3", mode="ro")
    assert uri.endswith("/a%2520b%3Fc%23d/x.sqlite3?mode=ro") and uri.startswith("file:///")
    folder = tmp_path / "a%20b?c#d"
    folder.mkdir()
    conn = sqlite3.connect(uri.replace("mode=ro", "mode=rwc"), uri=True)
    conn.execute("CREATE TABLE t(x)")
    conn.close()
    assert (folder / "x.sqlite3").exists()


# --- item 19: the backup-folder preference -------------------------------------------------------

def test_the_backup_folder_preference_holds_for_every_backup_and_restore(tmp_path):
    out = O.scenario_backup_folder_preference(tmp_path)
    assert out["ok"], out["problems"]


def test_the_window_refuses_to_export_report_or_aggregate_onto_its_database(tmp_path, qtbot, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog

    from capacity_app.catalog.loader import load_bundled
    from capacity_app.gui import dialogs
    from capacity_app.gui.window.app import make_app
    from capacity_app.gui.window.main_window import MainWindow
    from capacity_app.services.assessments import create_assessment, open_store
    from scenarios import db_digest

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    make_app()
    settings = QSettings(str(tmp_path / "qsettings" / "capacity-app.ini"), QSettings.Format.IniFormat)
    q = load_bundled()
    db = tmp_path / "capacity.sqlite3"
    store = open_store(db)
    win = MainWindow(store, q, settings)
    win.runner.show_dialogs = False
    qtbot.addWidget(win)
    try:
        win.show()
        a = create_assessment(store, q, country="KEN", round=2026)
        win.home.refresh()
        assert win.open_assessment(a.id)
        before = db_digest(db)
        for target in (db, tmp_path / "backups" / "r.pdf"):
            monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, t=target, **k: (str(t), "")))
            for action in ("export", "report"):
                win.statusBar().clearMessage()
                win.flows.export_workbook() if action == "export" else win.flows.export_report()
                message = win.statusBar().currentMessage()
                assert str(target) in message and ("database" in message), (action, message)
                assert not win.runner.busy and not win.runner.tasks
        src = tmp_path / "in"
        src.mkdir()

        def fill(dlg):
            dlg.add_paths([str(src)])
            dlg.out.setText(str(db) + "-wal")
            dlg._on_ok()
            return dlg.result() == dialogs.QDialog.DialogCode.Accepted

        monkeypatch.setattr(dialogs.AggregationDialog, "exec", fill)
        win.statusBar().clearMessage()
        win.aggregate_workbooks()
        assert "-wal file" in win.statusBar().currentMessage()
        assert not win.runner.busy and not win.runner.tasks
        assert db_digest(db) == before and not (tmp_path / "backups" / "r.pdf").exists()
    finally:
        win.close()
        win.runner.shutdown()
        if not store.closed:
            store.close()
