"""The aggregation dialog keeps its files and output after a cancel, writes to a whole path (a
bare name goes next to the inputs), clears its hint once a folder is added, and the notice says
what was accepted, rejected (with the reasons) and superseded."""
from __future__ import annotations

from pathlib import Path

from capacity_app.gui import dialogs
from capacity_app.services.exchange import export_workbook


def _wait_idle(qtbot, win, timeout=90000):
    qtbot.waitUntil(lambda: not win.runner.busy and not win.runner.tasks, timeout=timeout)


def test_aggregation_keeps_state_and_tells_what_it_left_out(opened, tmp_path, qtbot, monkeypatch):
    win = opened
    src = tmp_path / "in"
    src.mkdir()
    export_workbook(win.store, win.session.assessment_id, src / "kenya.xlsx")
    (src / "broken.xlsx").write_bytes(b"not a workbook")
    calls = []

    def first(dlg):
        calls.append("first")
        dlg._on_ok()  # nothing added yet: the hint shows
        assert not dlg.message.isHidden() and "Add at least one" in dlg.message.text()
        dlg.add_paths([str(src)])
        assert dlg.message.isHidden()  # the hint is gone once a folder is added
        dlg.out.setText("all-countries")
        return False  # cancelled

    monkeypatch.setattr(dialogs.AggregationDialog, "exec", first)
    win.aggregate_workbooks()
    assert calls == ["first"]

    def second(dlg):
        calls.append("second")
        assert dlg.paths() == [str(src)] and dlg.out.text() == "all-countries"  # kept after the cancel
        dlg._on_ok()
        assert dlg.out.text() == str(src / "all-countries.xlsx")  # shown whole
        return dlg.result() == dialogs.QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.AggregationDialog, "exec", second)
    win.aggregate_workbooks()
    _wait_idle(qtbot, win)
    out = src / "all-countries.xlsx"
    assert out.is_file(), win.statusBar().currentMessage()
    assert not (Path.cwd() / "all-countries.xlsx").exists()
    message, details = win.flows.last_aggregation
    assert str(out) in message and "1 accepted, 1 rejected, 0 superseded" in message
    assert "Rejected:" in details and "broken.xlsx" in details
