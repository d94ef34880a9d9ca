"""*Institutions' replies…* in the Progress dialog: a workbook sent on the task runner,
the reply received as proposals, one accepted through the services (recorded), one rejected, a
refused file told in one line with nothing stored; every control reachable from the keyboard."""
from __future__ import annotations

import shutil
from types import SimpleNamespace

from workbook_values import sheet_names


def _session(demo_db, tmp_path, qtbot):
    from capacity_app.gui.bus import ChangeBus
    from capacity_app.gui.tasks import TaskRunner
    from capacity_app.gui.writes import Writes
    from capacity_app.services.assessments import open_store

    path, aid = demo_db
    shutil.copy(path, tmp_path / "demo.sqlite3")
    store = open_store(tmp_path / "demo.sqlite3", backup_dir=tmp_path / "backups")
    runner = TaskRunner(None, max_threads=1, spawns=False)
    runner.show_dialogs = False
    return SimpleNamespace(store=store, assessment_id=aid, writes=Writes(ChangeBus()), runner=runner)


def pr_open(s):
    from capacity_app.services.plan import progress_replies as pr

    return pr.plan_proposals(s.store, s.assessment_id)


def test_send_receive_accept_and_reject_in_the_window(demo_db, tmp_path, qtbot, monkeypatch):
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    from capacity_app.gui.plan.progress import ProgressDialog
    from capacity_app.gui.plan.progress_replies import ProgressRepliesDialog

    s = _session(demo_db, tmp_path, qtbot)
    try:
        progress = ProgressDialog(s.store, s.assessment_id, s.writes, session=s)
        qtbot.addWidget(progress)
        assert progress.replies_button.text().replace("&", "").startswith("Institutions")
        dlg = ProgressRepliesDialog(s, "2026")
        qtbot.addWidget(dlg)
        for label in (dlg.period_label, dlg.institution_label, dlg.lang_label):
            assert "&" in label.text() and label.buddy() is not None
        for b in (dlg.send_button, dlg.receive_button, dlg.accept_button, dlg.accept_all_button, dlg.reject_button):
            assert "&" in b.text()
        dlg.institution.setCurrentText("National Statistics Office of Veloria (NSOV)")
        out = tmp_path / "nso.xlsx"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
        dlg.send()
        qtbot.waitUntil(lambda: out.exists() and "Written" in dlg.message.text(), timeout=20000)
        form = tmp_path / "nso-form.xlsx"          # the same as an XLSForm for ODK or Kobo
        dlg.xlsform.setChecked(True)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(form), ""))
        dlg.send()
        qtbot.waitUntil(lambda: form.exists() and "nso-form" in dlg.message.text(), timeout=20000)
        assert "survey" in sheet_names(form)
        unit = s.store.action_plan(s.assessment_id)[2]
        wb = openpyxl.load_workbook(out)
        row = next(r for r in wb.worksheets[1].iter_rows(min_row=2) if r[0].value == unit.id)
        row[7].value = "Posts advertised"
        row = next(r for r in wb.worksheets[3].iter_rows(min_row=2) if r[0].value == "I11")
        row[5].value, row[6].value = 1, "2026-11-01"
        wb.save(tmp_path / "reply.xlsx")
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "reply.xlsx"), ""))
        dlg.receive()
        qtbot.waitUntil(lambda: dlg.table.rowCount() == 2, timeout=20000)
        assert "2 proposed" in dlg.message.text()
        assert s.store.action_progress(s.assessment_id, unit.id)[0].reason != "Posts advertised"
        dlg.table.selectRow(0)
        dlg.accept_selected()
        assert dlg.message.text() == "" and dlg.table.rowCount() == 1
        assert s.store.action_progress(s.assessment_id, unit.id)[0].reason == "Posts advertised"
        dlg.reject_selected()
        assert dlg.table.rowCount() == 0 and not dlg.accept_button.isEnabled()
        assert "I11" not in {v.indicator_id for v in s.store.indicator_values(s.assessment_id) if v.period == "2026"}
        # a file that is no reply: one line, nothing stored
        (tmp_path / "bad.xlsx").write_text("no workbook")
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "bad.xlsx"), ""))
        dlg.receive()
        qtbot.waitUntil(lambda: "bad.xlsx" in dlg.message.text(), timeout=20000)
        assert "\n" not in dlg.message.text() and dlg.table.rowCount() == 0
        # a reply last saved in May, received after the one saved today: older, set aside and said
        import re
        import zipfile

        wb = openpyxl.load_workbook(out)
        row = next(r for r in wb.worksheets[1].iter_rows(min_row=2) if r[0].value == unit.id)
        row[7].value = "Written in May"
        wb.save(tmp_path / "may.xlsx")
        with zipfile.ZipFile(tmp_path / "may.xlsx") as z:
            parts = {i.filename: z.read(i) for i in z.infolist()}
        parts["docProps/core.xml"] = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-05-03T08:00:00Z",
                                            parts["docProps/core.xml"])
        with zipfile.ZipFile(tmp_path / "may.xlsx", "w") as z:
            for member, data in parts.items():
                z.writestr(member, data)
        from PySide6.QtWidgets import QMessageBox

        asked: list[str] = []

        def answer(button):
            return lambda _parent, _title, text, *a, **k: asked.append(text) or button

        monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "may.xlsx"), ""))
        dlg.receive()
        qtbot.waitUntil(lambda: "is older than" in dlg.message.text(), timeout=20000)
        assert "filled 2026-05-03 08:00:00 UTC" in dlg.message.text() and "nothing stored" in dlg.message.text()
        assert dlg.table.rowCount() == 0 and pr_open(s) == []
        assert len(asked) == 1 and "Take this reply all the same?" in asked[0]
        # the officer's way out: taken all the same when the question is answered yes, and said so
        monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
        dlg.receive()
        qtbot.waitUntil(lambda: "taken on your word" in dlg.message.text(), timeout=20000)
        assert len(asked) == 2 and dlg.table.rowCount() == 1
        assert [p.value["reason"] for p in pr_open(s)] == ["Written in May"]
    finally:
        s.runner.wait()
        s.store.close()
