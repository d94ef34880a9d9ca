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
