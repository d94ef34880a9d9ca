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


def test_the_dialog_settles_what_the_command_line_settles(opened, tmp_path, qtbot):
    """Check files lists the rejected and conflicting files with their reasons; ticking one
    file of a conflict prefers it; the round, final-only, SIDS list, language, PDF and analyst's
    files become the run's options."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "exchange"))
    from exchange_helpers import make_assessment

    from capacity_app.catalog.loader import load_bundled
    from capacity_app.gui.aggregation.dialog import LATEST

    win = opened
    src = tmp_path / "in"
    src.mkdir()
    for name in ("one", "two"):  # two different assessments of Kenya 2025: a conflict
        a = make_assessment(win.store, load_bundled(), "KEN", 2025)
        export_workbook(win.store, a.id, src / f"{name}.xlsx")
    (src / "broken.xlsx").write_bytes(b"not a workbook")
    dlg = dialogs.AggregationDialog(win, lang="fr")
    dlg.add_paths([str(src)])
    dlg.check_files()
    qtbot.waitUntil(lambda: dlg.problems.rowCount() == 3, timeout=90000)
    _wait_idle(qtbot, win)
    rows = {Path(dlg.problems.item(i, 0).text()).name: i for i in range(3)}
    assert dlg.problems.item(rows["broken.xlsx"], 1).text().startswith("Refusé")  # in the labels' language
    assert dlg.problems.item(rows["one.xlsx"], 1).text().startswith("Conflit")
    assert "2 in conflict" in dlg.check_note.text()
    one = dlg.problems.item(rows["one.xlsx"], 0)
    one.setCheckState(dialogs.Qt.CheckState.Checked)
    assert dlg.prefer == [str(src / "one.xlsx")]
    dlg.round.setValue(2025)
    dlg.final_only.setChecked(True)
    dlg.include_provisional.setChecked(True)
    dlg.sids.setCurrentIndex(dlg.sids.findData("ohrlls"))
    dlg.pdf.setChecked(True)
    dlg.bundle.setChecked(True)
    dlg.out.setText(str(tmp_path / "all.xlsx"))
    opts = dlg.options()
    assert opts == {"pdf_out": str(tmp_path / "all.pdf"), "bundle_dir": str(tmp_path / "all-analyst"),
                    "prefer": (str(src / "one.xlsx"),), "round_year": 2025, "status_filter": "final",
                    "include_provisional": True, "period": None, "sids_list": "ohrlls", "lang": "fr"}
    dlg.period.setText(" 2026-H1 ")
    assert dlg.options()["period"] == "2026-H1"
    dlg.period.clear()
    dlg.round.setValue(LATEST)
    assert dlg.options()["round_year"] is None and dlg.round.text() != "1999"
    dlg.final_only.setChecked(False)
    dlg.check_files()  # checked again with the choice: the conflict is settled
    qtbot.waitUntil(lambda: dlg.problems.rowCount() == 2, timeout=90000)
    _wait_idle(qtbot, win)
    statuses = {Path(dlg.problems.item(i, 0).text()).name: dlg.problems.item(i, 1).text() for i in range(2)}
    assert statuses["two.xlsx"].startswith("Remplacé") and "one.xlsx" not in statuses
