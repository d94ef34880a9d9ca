"""What cannot be changed is shown, not edited: a final assessment (the status control: draft /
in progress / final, shared with the command line and the workbook) is read-only until reopened;
a database that cannot be written opens read-only, says so, and still lets the officer read, export
the workbook and move the data folder."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from capacity_app.services import assessments as svc

from test_answering import item_widget
from workbook_values import sheet_values

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reliability"))
from scenarios_outputs import freeze, read_only_folder  # the reliability suite's helper


def _choose_status(win, code):
    combo = win.view.status.combo
    combo.setCurrentIndex(combo.findData(code))
    combo.activated.emit(combo.currentIndex())


def test_final_in_the_window_is_read_only_until_reopened(opened, qtbot, tmp_path):
    win = opened
    aid = win.session.assessment_id
    view = win.view
    assert view.status.combo.currentData() == "draft" and view.read_only_banner.isHidden()
    w = item_widget(win, "s2_need_a")
    w.row.editor.buttons[2].click()
    _choose_status(win, "final")
    assert svc.get_assessment(win.store, aid).status == "final"
    # read-only, and the window says why and what to do
    assert not view.read_only_banner.isHidden()
    assert "final" in view.read_only_banner.text() and "In progress" in view.read_only_banner.text()
    assert not w.row.editor.isEnabled() and not w.row.dk.isEnabled()
    w.more.click()
    assert w.comments.comment.isReadOnly() and not w.comments.add.isEnabled()
    grid = item_widget(win, "s1_statistics").grid
    assert not grid.grid_model.flags(grid.grid_model.index(0, 0)) & grid.grid_model.flags(
        grid.grid_model.index(0, 0)).ItemIsEditable
    view.tabs.setCurrentWidget(view.action_plan)
    assert not view.action_plan.new_button.isEnabled() and not view.action_plan.draft_button.isEnabled()
    view.matrix.panel.show_cell("A", "CEN")
    assert not any(r.editor.isEnabled() for r in view.matrix.panel.rows.values())
    # the workbook carries the status (as the command line shows it)
    from capacity_app.services.exchange import export_workbook

    book = export_workbook(win.store, aid, tmp_path / "final.xlsx")
    meta = sheet_values(book, "Metadata")
    # (its label in the workbook's language, read back as the code)
    from capacity_app.exchange.workbook import vocab

    assert any(r[0] == "status" and vocab.code_of(vocab.ASSESSMENT_STATUS, str(r[1]), "en") == "final"
               for r in meta)
    # reopened, with a reason (asked, then recorded): editable again
    _choose_status(win, "in_progress")
    dlg = view.status.reopen_dialog
    dlg.accept()  # no reason: refused, the dialog stays open and says why
    assert dlg.isVisible() and "a reason is required" in dlg.error.text() and win.session.read_only
    dlg.reason.setPlainText("the ministry of labour sent its 2025 figures")
    dlg.accept()
    assert not dlg.isVisible()
    assert win.store.signoff_events(aid)[-1].reason == "the ministry of labour sent its 2025 figures"
    assert view.read_only_banner.isHidden() and w.row.editor.isEnabled()
    w.row.editor.buttons[3].click()
    assert win.store.answer(aid, "s2_need_a").value == 3


def test_the_report_loses_its_draft_mark_when_final(store, questionnaire):
    from capacity_app.services.reports import build_report_context

    a = svc.create_assessment(store, questionnaire, country="KEN", round=2026)
    for status, marked in (("in_progress", True), ("final", False)):
        svc.set_status(store, a.id, status)
        ctx = build_report_context(store, questionnaire, a.id, "fr")
        assert bool(ctx.draft) is marked, status
        assert not marked or ctx.draft == "PROJET"


@pytest.fixture
def frozen_db(tmp_path, questionnaire):
    """A database in a folder made read-only (a read-only mount as root), with one assessment."""
    with read_only_folder(tmp_path / "ro") as folder:
        if folder is None:
            pytest.skip("a read-only folder cannot be arranged here")
        db = folder / "capacity.sqlite3"
        with svc.open_store(db) as store:
            aid = svc.create_assessment(store, questionnaire, country="KEN", round=2026).id
            svc.record_answer(store, questionnaire, aid, "s2_need_a", 2)
        if not freeze(folder):
            pytest.skip("the folder could not be made read-only")
        yield db, aid


def test_a_database_that_cannot_be_written_opens_read_only_and_exports(
        frozen_db, qtbot, qsettings, questionnaire, tmp_path, monkeypatch):
    from capacity_app.gui.window.main_window import MainWindow

    db, aid = frozen_db
    with pytest.raises(Exception):  # noqa: B017 - as before: the writer's lock file cannot be made
        svc.open_store(db)
    store = svc.open_store(db, integrity="light", readonly_if_unwritable=True)
    try:
        assert store.readonly
        win = MainWindow(store, questionnaire, qsettings)
        win.runner.show_dialogs = False
        qtbot.addWidget(win)
        win.show()
        assert not win.banner.isHidden() and "open read-only" in win.banner.text()
        assert "move the data folder" in win.banner.text()
        for name in ("new", "import", "duplicate", "delete"):
            assert not win.actions_by_name[name].isEnabled(), name
        assert not win.home.buttons["new"].isEnabled()
        assert win.open_assessment(aid)
        w = item_widget(win, "s2_need_a")
        assert w.row.editor.buttons[2].isChecked() and not w.row.editor.isEnabled()
        assert win.view.read_only_banner.isHidden()  # said once, above the window
        assert not win.view.status.combo.isEnabled()
        for name in ("export", "report"):
            assert win.actions_by_name[name].isEnabled(), name
        out = tmp_path / "out" / "kenya.xlsx"
        out.parent.mkdir()
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
        win.actions_by_name["export"].trigger()
        qtbot.waitUntil(lambda: not win.runner.busy and not win.runner.tasks, timeout=60000)
        assert out.is_file(), win.statusBar().currentMessage()
        win.close()
        assert not win.isVisible()  # nothing was typed, nothing to ask about
        win.runner.shutdown()
    finally:
        store.close()


def test_the_data_folder_moves_out_of_a_read_only_folder(frozen_db, tmp_path, monkeypatch, questionnaire):
    from capacity_app.paths import read_settings, write_settings
    from capacity_app.services import settings as prefs

    db, aid = frozen_db
    monkeypatch.delenv("CAPACITY_APP_DATA", raising=False)
    monkeypatch.setenv("CAPACITY_APP_CONFIG", str(tmp_path / "config" / "settings.json"))
    write_settings({"data_folder": str(db.parent)})
    change = prefs.request_data_folder(tmp_path / "writable")
    assert change.action == "move"
    said = prefs.apply_pending_move()
    assert "copied the database" in said and "read-only" in said, said
    assert read_settings()["data_folder"] == str(tmp_path / "writable")
    with svc.open_store() as store:  # the default database, now where it can be written
        assert not store.readonly and store.answer(aid, "s2_need_a").value == 2
        svc.record_answer(store, questionnaire, aid, "s2_need_a", 3)
    assert db.is_file()  # the read-only copy stays where it was
