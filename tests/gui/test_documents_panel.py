"""Documents as evidence in the window: under a question's comment and evidence,
*Attach document…* (the file dialog), the list with name, size and hash, *Open* (the system viewer
on a private read-only copy) and *Remove*, by the keyboard too; a refusal said in one line; a
final assessment lets documents be opened, not attached or removed."""
from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from capacity_app.services.team.signoff import sign_off

from test_answering import item_widget

LAW = b"%PDF-1.4\n% statistics law\n%%EOF\n"


def test_attach_open_remove(opened, qtbot, tmp_path, monkeypatch):
    win = opened
    aid = win.session.assessment_id
    law = tmp_path / "Statistics law.pdf"
    law.write_bytes(LAW)
    chosen = [str(law)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (chosen[0], "")))
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url) or True))
    w = item_widget(win, "s2_need_a")
    w.more.click()
    panel = w.comments.documents
    assert panel.list.isHidden() and panel.attach.isEnabled() and panel.open.isHidden()
    panel.attach.click()
    assert panel.list.count() == 1 and not panel.list.isHidden()
    text = panel.list.item(0).text()
    assert "Statistics law.pdf" in text and hashlib.sha256(LAW).hexdigest()[:12] in text
    assert [a.target for a in win.store.attachments(aid)] == ["s2_need_a"]
    # a kind not allowed: refused in one line, nothing attached
    exe = tmp_path / "setup.exe"
    exe.write_bytes(b"MZ")
    chosen[0] = str(exe)
    panel.attach.click()
    assert not panel.message.isHidden() and ".exe" in panel.message.text() and panel.list.count() == 1
    # Open: the system viewer gets a private copy, never the database's bytes in place
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert len(urls) == 1 and urls[0].isLocalFile()
    copy = urls[0].toLocalFile()
    assert copy.endswith("Statistics law.pdf") and open(copy, "rb").read() == LAW and copy != str(law)
    assert panel.message.isHidden()
    # Remove, by the keyboard (Delete on the list)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert panel.list.count() == 0 and win.store.attachments(aid) == []
    # keyboard reachable: the buttons take the focus by Tab
    assert all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in (panel.attach, panel.open, panel.remove))


def test_a_final_assessment_opens_documents_but_keeps_them(opened, tmp_path, monkeypatch, fill_to_validate):
    win = opened
    aid = win.session.assessment_id
    law = tmp_path / "law.pdf"
    law.write_bytes(LAW)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(law), "")))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    w = item_widget(win, "s2_need_a")
    w.more.click()
    panel = w.comments.documents
    panel.attach.click()
    fill_to_validate(win.store, aid)  # known enough to be validated
    win.writes.run(sign_off, win.store, aid, name="A. Mensah", position="Director-General", institution="KNBS",
                   date="2026-06-12")
    assert win.session.read_only
    assert not panel.attach.isEnabled() and not panel.remove.isEnabled() and panel.open.isEnabled()
    assert panel.open_selected()
    assert not panel.remove_selected() and len(win.store.attachments(aid)) == 1


def test_the_window_imports_a_package_with_its_documents(opened, qtbot, tmp_path, monkeypatch):
    """File > Import workbook… takes an assessment package (.zip): its workbook through the same
    preview, then its documents attached; a package that does not match its manifest is refused
    in the import's dialog, nothing written."""
    import zipfile

    from capacity_app.gui import import_preview
    from capacity_app.services.assessments import open_store
    from capacity_app.services.documents import attach_bytes
    from capacity_app.services.packages import export_package

    win = opened
    other = tmp_path / "colleague.sqlite3"
    from capacity_app.services.assessments import create_assessment, questionnaire_for

    with open_store(other) as store:  # a colleague's database
        a = create_assessment(store, questionnaire_for(), country="SEN", round=2026)
        attach_bytes(store, a.id, "s2_need_a", "law.pdf", LAW)
        attach_bytes(store, a.id, "s3_matrix.A.CEN", "table.csv", b"a,b\n1,2\n")
        pkg = export_package(store, a.id, tmp_path / "senegal.zip")
    seen = []
    monkeypatch.setattr(import_preview.ImportPreviewDialog, "exec", lambda dlg: seen.append(dlg) or True)
    win.import_workbook(str(pkg))
    qtbot.waitUntil(lambda: bool(seen) and not win.runner.busy and not win.runner.tasks, timeout=60000)
    qtbot.waitUntil(lambda: win.session is not None and win.session.assessment.country == "SEN", timeout=30000)
    here = win.store.attachments(win.session.assessment_id)
    assert sorted((x.target, x.name) for x in here) == [("s2_need_a", "law.pdf"), ("s3_matrix.A.CEN", "table.csv")]
    assert "Documents attached: 2" in win.statusBar().currentMessage()
    # a tampered package: refused before any preview
    bad = tmp_path / "tampered.zip"
    with zipfile.ZipFile(pkg) as zin, zipfile.ZipFile(bad, "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            zout.writestr(name, data + b"x" if name.startswith("documents/") else data)
    seen.clear()
    before = len(win.store.history(win.session.assessment_id))
    win.import_workbook(str(bad))
    qtbot.waitUntil(lambda: not win.runner.busy and not win.runner.tasks, timeout=60000)
    assert not seen and "does not match the manifest" in win.statusBar().currentMessage()
    assert len(win.store.history(win.session.assessment_id)) == before


def test_an_action_of_the_plan_takes_documents(opened, tmp_path, monkeypatch):
    from capacity_app.services.plan import actions as plans

    win = opened
    aid = win.session.assessment_id
    law = tmp_path / "budget memo.pdf"
    law.write_bytes(LAW)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(law), "")))
    plans.add_action(win.store, win.questionnaire, aid, title="One")
    view = win.view
    view.tabs.setCurrentWidget(view.action_plan)
    v = view.action_plan
    v.reload()
    assert not v.f_documents.attach.isEnabled() or v.current() is not None
    v.select(v.current_id() or plans.action_plan(win.store, aid)[0].id)
    action = v.current()
    assert v.f_documents.target == f"action:{action.id}" and v.f_documents.attach.isEnabled()
    v.f_documents.attach.click()
    assert [(x.target, x.name) for x in win.store.attachments(aid)] == [(f"action:{action.id}", "budget memo.pdf")]
    assert v.f_documents.list.count() == 1


def test_a_matrix_cell_takes_documents(opened, tmp_path, monkeypatch):
    win = opened
    aid = win.session.assessment_id
    table = tmp_path / "census table 3.csv"
    table.write_bytes(b"year,migrants\n2020,1200\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(table), "")))
    view = win.view
    view.show_tab(1)
    view.matrix.select("A", "CEN")
    panel = view.matrix.panel.documents
    assert panel.target == "s3_matrix.A.CEN" and panel.attach.isEnabled()
    panel.attach.click()
    assert [(x.target, x.name) for x in win.store.attachments(aid)] == [("s3_matrix.A.CEN", "census table 3.csv")]
    view.matrix.select("B", "CEN")
    assert view.matrix.panel.documents.target == "s3_matrix.B.CEN" and panel.list.count() == 0
    view.matrix.select("A", "CEN")
    assert panel.list.count() == 1


def test_file_export_assessment_package(opened, qtbot, tmp_path, monkeypatch):
    """File > Export assessment package… writes the workbook, the documents and the manifest."""
    from capacity_app.exchange.workbook.package import check_package
    from capacity_app.services.documents import attach_bytes

    win = opened
    aid = win.session.assessment_id
    attach_bytes(win.store, aid, "s2_need_a", "law.pdf", LAW)
    out = tmp_path / "out" / "KEN_2026.zip"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    action = win.actions_by_name["package"]
    assert action.isEnabled() and "&" in action.text()
    action.trigger()
    qtbot.waitUntil(lambda: out.exists() and not win.runner.busy and not win.runner.tasks, timeout=60000)
    checked = check_package(out, tmp_path)
    assert [checked.content(s) for s in checked.documents] == [LAW]
    assert [a.target for a in checked.attachments] == ["s2_need_a"]
    assert checked.assessment["uid"] == win.session.assessment.uid
