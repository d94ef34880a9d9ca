"""Workbook export and import, PDF report and aggregation through the GUI's task runner,
against the real exchange and report services."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from capacity_app.gui import dialogs, import_preview


@pytest.fixture
def demo_window(window):
    from capacity_app.services.demo import create_demo

    a = create_demo(window.store)
    window.home.refresh()
    window.open_assessment(a.id)
    return window


def _wait_idle(qtbot, win, timeout=60000):
    qtbot.waitUntil(lambda: not win.runner.busy and not win.runner.tasks, timeout=timeout)


def test_export_then_import_workbook(demo_window, tmp_path, qtbot, monkeypatch):
    win = demo_window
    out = tmp_path / "veloria.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    assert win.actions_by_name["export"].isVisible()
    win.actions_by_name["export"].trigger()
    _wait_idle(qtbot, win)
    assert out.is_file() and out.stat().st_size > 5000, win.statusBar().currentMessage()
    assert "Workbook written" in win.statusBar().currentMessage()
    # change an answer after the export; the preview shows it as newer here, and choosing the
    # workbook's value undoes it
    aid = win.session.assessment_id
    old = win.store.answer(aid, "s2_policy").value
    new = "no" if old != "no" else "yes"
    win.session.set_answer("s2_policy", new)
    shown = []

    def confirm(dlg):
        shown.append(dlg.lines())
        dlg.take_all.click()
        return True

    monkeypatch.setattr(import_preview.ImportPreviewDialog, "exec", confirm)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(out), "")))
    win.actions_by_name["import"].trigger()
    _wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert any("changed here since this workbook was exported" in " ".join(ln) for ln in shown[0])
    assert win.store.answer(aid, "s2_policy").value == old
    assert win.session is not None and win.session.assessment_id == aid
    assert win.session.answer("s2_policy").value == old  # the reopened view shows the imported answer
    assert len(win.store.assessments()) == 1


def test_import_cancelled_at_preview_changes_nothing(demo_window, tmp_path, qtbot, monkeypatch):
    win = demo_window
    out = tmp_path / "v.xlsx"
    from capacity_app.services.exchange import export_workbook

    export_workbook(win.store, win.session.assessment_id, out)
    win.session.set_answer("s2_need_a", 0)
    monkeypatch.setattr(import_preview.ImportPreviewDialog, "exec", lambda dlg: False)
    win.import_workbook(str(out))
    _wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: "nothing was changed" in win.statusBar().currentMessage(), timeout=5000)
    assert win.store.answer(win.session.assessment_id, "s2_need_a").value == 0


def test_aggregation_dialog_runs_in_background(demo_window, tmp_path, qtbot, monkeypatch):
    win = demo_window
    from capacity_app.services.exchange import export_workbook

    src = tmp_path / "in"
    src.mkdir()
    export_workbook(win.store, win.session.assessment_id, src / "veloria.xlsx")
    out = tmp_path / "aggregate.xlsx"

    def fill(dlg):
        dlg.add_paths([str(src)])
        dlg.out.setText(str(out))
        dlg._on_ok()
        return dlg.result() == dialogs.QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.AggregationDialog, "exec", fill)
    win.aggregate_workbooks()
    _wait_idle(qtbot, win, 90000)
    assert out.is_file(), win.statusBar().currentMessage()


def test_pdf_report_runs_off_the_gui_thread_and_cancels_cleanly(demo_window, tmp_path, qtbot, monkeypatch):
    """The worker process reads the database (read-only) and renders; the officer keeps
    answering meanwhile; cancelling leaves no file behind. (A full render takes several seconds
    on a loaded machine: benchmarks/bench_gui_stall.py renders one to completion.)"""
    win = demo_window
    out = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    win.actions_by_name["report"].trigger()
    assert win.runner.busy
    task = win.runner.tasks[0]
    assert task.fn == "export_report_from_database" and task.process  # a registered worker, by name
    win.session.set_answer("s2_need_o", 1)  # the GUI thread is free while the report renders
    assert win.store.answer(win.session.assessment_id, "s2_need_o").value == 1
    task.cancel()
    _wait_idle(qtbot, win, 60000)
    assert "cancelled" in win.statusBar().currentMessage()
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report") or p.suffix == ".part"] == []


def test_workbook_export_cancelled_in_the_worker_process_is_a_cancel(demo_window, tmp_path, qtbot, monkeypatch):
    """The export runs in a worker process; a cancel reaches the job there as the one Cancelled
    type and comes back as a cancel (not as an error turned into one), leaving no file."""
    win = demo_window
    out = tmp_path / "veloria.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    win.actions_by_name["export"].trigger()
    task = win.runner.tasks[0]
    assert task.fn == "write_workbook" and task.process
    task.cancel()
    _wait_idle(qtbot, win, 60000)
    assert "Export cancelled" in win.statusBar().currentMessage()
    assert task.error_details is None, task.error_details  # the worker reported a cancel, not an error
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".veloria")] == []  # no temporary file


def test_worker_process_tasks_are_named_never_introspected(window):
    from capacity_app.gui.tasks import Task
    from capacity_app.services.exchange import write_workbook

    with pytest.raises(TypeError):
        Task("export", write_workbook, process=True)  # a function object: refused
    with pytest.raises(KeyError):
        Task("export", "no_such_worker", process=True)
    assert Task("export", "write_workbook", process=True).worker == "capacity_app.services.exchange:write_workbook"


def test_a_written_file_can_be_opened_or_shown_in_its_folder(demo_window, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    win = demo_window
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    out = tmp_path / "report.pdf"
    out.write_bytes(b"%PDF-1.7")
    win.runner.show_dialogs = True
    try:
        win.offer_result(str(out), "Report written")
    finally:
        win.runner.show_dialogs = False
    box = win.result_box
    assert box.isVisible() and not box.isModal()  # the officer can keep working
    assert "Report written" in win.statusBar().currentMessage()
    buttons = {b.text().replace("&", ""): b for b in box.buttons()}
    buttons["Open"].click()
    assert opened[-1].isLocalFile() and opened[-1].toLocalFile() == str(out.resolve())
    win.offer_result(str(out), "again")  # dialogs off: the status bar only
    win.runner.show_dialogs = True
    try:
        win.offer_result(str(out), "Report written")
    finally:
        win.runner.show_dialogs = False
    {b.text().replace("&", ""): b for b in win.result_box.buttons()}["Show in folder"].click()
    assert opened[-1].toLocalFile() == str(tmp_path.resolve())
    assert not win.open_local(str(tmp_path / "missing.pdf"))  # nothing to open: a message, no call
    assert len(opened) == 2


def test_the_list_derives_missing_summaries_off_the_gui_thread(window, questionnaire, qtbot, monkeypatch):
    """Missing summaries are computed by the task runner on a read-only connection of its own,
    a few rows per task; the window's thread only stores them (the one writer) and shows them."""
    import threading

    from capacity_app.gui import home as home_mod
    from capacity_app.services import summaries
    from capacity_app.services.assessments import create_assessment, record_answer

    ids = []
    for i in range(home_mod.DERIVE_CHUNK + 3):  # more than one task's worth
        a = create_assessment(window.store, questionnaire, country="SEN", round=2000 + i)
        record_answer(window.store, questionnaire, a.id, "s6a_last_census_year", 2019)  # a scored question
        ids.append(a.id)
    threads = []
    real = summaries.compute_summary
    monkeypatch.setattr(summaries, "compute_summary",
                        lambda store, aid, q=None: threads.append((threading.current_thread(), store.readonly))
                        or real(store, aid, q))
    home = window.home
    home.refresh()
    assert any(r.completion is None for r in home.model.rows)  # the list shows before the figures
    qtbot.waitUntil(lambda: all(r.completion is not None for r in home.model.rows) and not home.runner.busy,
                    timeout=60000)
    assert len(threads) == len(ids)
    assert all(t is not threading.main_thread() and readonly for t, readonly in threads)
    # one answer each: scored (rules 2.0) but provisional, so derived with no band
    assert all(r.completion > 0 and r.overall is not None and r.band == "" for r in home.model.rows)
    listed = summaries.listing(window.store)
    assert all(r.summary is not None for r in listed)  # stored by the window: the next list reads them


@pytest.mark.slow  # make reliability (tests/sample.py)
def test_word_report_is_written_by_a_worker_process_beside_the_pdf(opened, tmp_path, qtbot, monkeypatch):
    """"Save as Word document…": in the File menu next to the PDF report, run as the PDF
    is (a registered worker process, the GUI thread free), the .docx written and offered (of a
    fresh assessment: the demo's Word copy is tests/reports/test_docx.py's)."""
    import docx

    win = opened
    menu_actions = [a.objectName() for a in win.menuBar().actions()[0].menu().actions()]
    assert menu_actions.index("action_report_docx") == menu_actions.index("action_report") + 1
    assert win.actions_by_name["report_docx"].isEnabled()
    out = tmp_path / "report.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    win.actions_by_name["report_docx"].trigger()
    task = win.runner.tasks[0]
    assert task.fn == "export_report_docx_from_database" and task.process
    _wait_idle(qtbot, win, 120000)
    assert task.error_details is None, task.error_details
    assert "report.docx" in win.statusBar().currentMessage()
    assert any(p.style.name == "Heading 1" for p in docx.Document(str(out)).paragraphs)
