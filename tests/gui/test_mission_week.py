"""A mission team's week in the window (issue 49): the traps the officers met, each with real key
events where the keyboard is concerned."""
from __future__ import annotations

from test_answering import item_widget

from capacity_app.services import documents as documents_service


def test_the_comment_and_evidence_counter_counts_documents(opened, tmp_path):
    win = opened
    law = tmp_path / "law.pdf"
    law.write_bytes(b"%PDF-1.4\n%%EOF\n")
    w = item_widget(win, "s2_need_a")
    assert w.more.text() == "Comment and evidence"
    win.writes.run(documents_service.attach_file, win.store, win.session.q, win.session.assessment_id, "s2_need_a", law)
    win.flush_view()
    w = item_widget(win, "s2_need_a")
    w.refresh()
    assert w.more.text() == "Comment and evidence (1 document)"
    assert win.session.set_comment("s2_need_a", "seen at the ministry")
    law2 = tmp_path / "decree.pdf"
    law2.write_bytes(b"%PDF-1.4\n% decree\n%%EOF\n")
    win.writes.run(documents_service.attach_file, win.store, win.session.q, win.session.assessment_id, "s2_need_a", law2)
    w.refresh()
    assert w.more.text() == "Comment and evidence (comment, 2 documents)"


def _active(win, qtbot):
    from PySide6.QtWidgets import QApplication

    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=3000)


def test_ctrl_e_says_the_documents_stay_behind_and_offers_the_package(opened, qtbot, tmp_path, monkeypatch):
    """Issue 49: the workbook export (Ctrl+E) of an assessment with a document attached warns and
    offers the package; Enter takes the package, which carries the document."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QFileDialog

    from capacity_app.exchange.package import check_package
    from capacity_app.services.documents import attach_bytes

    win = opened
    _active(win, qtbot)
    aid = win.session.assessment_id
    attach_bytes(win.store, aid, "s2_need_a", "law.pdf", b"%PDF-1.4\n%%EOF\n")
    out = tmp_path / "KEN_2026.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    QTest.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.flows.package_offer is not None, timeout=3000)
    box = win.flows.package_offer
    assert "1 document attached as evidence" in box.text() and "does not carry documents" in box.text()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box, timeout=3000)
    box.activateWindow()
    qtbot.waitUntil(lambda: box.isAncestorOf(QApplication.focusWidget()), timeout=3000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the package, the default
    qtbot.waitUntil(lambda: out.exists() and not win.runner.busy and not win.runner.tasks, timeout=60000)
    (tmp_path / "check").mkdir()
    checked = check_package(out, tmp_path / "check")
    assert [a.target for a in checked.attachments] == ["s2_need_a"]


def test_without_documents_the_workbook_is_exported_at_once(opened, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    win = opened
    out = tmp_path / "KEN_2026.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    win.actions_by_name["export"].trigger()
    assert win.flows.package_offer is None
    qtbot.waitUntil(lambda: out.exists() and not win.runner.busy and not win.runner.tasks, timeout=60000)
