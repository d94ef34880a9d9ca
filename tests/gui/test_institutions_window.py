"""Questions sent to the institutions and their replies in the window: the workbooks
written from the window in the background, a reply imported as proposals (no answer changes), the
proposals beside the current answer with conflicts marked, accept, edit, reject and accept all."""
from __future__ import annotations

import openpyxl

from capacity_app.domain.institutions.proposals import NewProposal
from capacity_app.exchange.institutions.form import COL_ANSWER
from capacity_app.gui.institutions.dialogs import ProposalsDialog, SendDialog, write_workbooks
from capacity_app.services.institutions import proposals as sp
from capacity_app.services.institutions.forms import export_institution_workbook


def _idle(win, qtbot):
    qtbot.waitUntil(lambda: not win.runner.busy and not win.runner.tasks, timeout=120_000)


def test_send_dialog_and_workbooks_in_the_background(opened, qtbot, tmp_path):
    aid = opened.session.assessment_id
    dlg = SendDialog(opened, aid)
    qtbot.addWidget(dlg)
    assert dlg.table.rowCount() == 7 and len(dlg.chosen()) == 7
    dlg.editors["deadline"][1].setText("2026-12-01")
    dlg.editors["contact"][1].setText("A. Mwangi")
    dlg.folder.setText(str(tmp_path / "forms"))
    dlg._accept()
    assert opened.store.institution_requests(aid)["interior"].deadline == "2026-12-01"
    dlg.editors["deadline"][1].setText("soon")
    dlg._accept()
    assert not dlg.message.isHidden() and "date" in dlg.message.text()
    write_workbooks(opened, aid, str(tmp_path / "forms"), ["interior", "labour"], "fr")
    _idle(opened, qtbot)
    assert sorted(p.name for p in (tmp_path / "forms").iterdir()) == ["KEN-2026-interior.xlsx", "KEN-2026-labour.xlsx"]


def test_a_reply_imported_and_decided_in_the_window(opened, qtbot, tmp_path):
    win = opened
    aid = win.session.assessment_id
    q = win.questionnaire
    sent = export_institution_workbook(win.store, aid, "interior", tmp_path / "i.xlsx")
    wb = openpyxl.load_workbook(sent)
    rows = {r[0].value: r for r in wb["Questions"].iter_rows(min_row=2) if r[0].value}
    rows["s6c_registers.pop.exists"][COL_ANSWER - 1].value = "Yes"
    rows["s1_statistics.refugees.available"][COL_ANSWER - 1].value = "Yes"
    rows["s6c_registers.entry_exit.exists"][COL_ANSWER - 1].value = "No"
    wb["Cover"]["B13"] = "Beatrice Otieno"
    wb.save(tmp_path / "reply.xlsx")
    win.import_workbook(str(tmp_path / "reply.xlsx"))
    _idle(win, qtbot)
    assert "no answer changed" in win.statusBar().currentMessage()
    assert win.store.answer(aid, "s6c_registers.pop.exists").value is None
    sp.add_proposals(win.store, q, aid, [NewProposal("s1_statistics.refugees.available", "nso", "answered", "no")], "nso")
    dlg = ProposalsDialog(win, aid)
    qtbot.addWidget(dlg)
    assert dlg.table.rowCount() == 4
    assert "Answers on which institutions disagree: 1." in dlg.summary.text()
    keys = [p.key for p in dlg.proposals]
    assert keys[:2] == ["s1_statistics.refugees.available"] * 2  # side by side
    dlg.select_key("s6c_registers.pop.exists")
    assert dlg.accept_selected()
    assert win.store.answer(aid, "s6c_registers.pop.exists").value == "yes"
    assert win.session is not None and win.session.sheet.get("s6c_registers.pop.exists").value == "yes"
    dlg.select_key("s6c_registers.entry_exit.exists")
    assert dlg.edit_selected("yes")
    assert win.store.answer(aid, "s6c_registers.entry_exit.exists").value == "yes"
    dlg.institution.setCurrentIndex(dlg.institution.findData("interior"))
    assert not dlg.accept_all()  # the NSO disagrees on the refugees: refused, nothing accepted
    assert "settle them one by one" in dlg.message.text()
    nso = next(p for p in dlg.proposals if p.institution == "nso")
    dlg.select_proposal(nso)  # by range: selectRow follows the keyboard modifiers an earlier test left
    assert dlg.reject_selected()
    assert dlg.accept_all()
    assert win.store.answer(aid, "s1_statistics.refugees.available").value == "yes"
    assert dlg.table.rowCount() == 0


def test_a_question_says_it_has_proposals(opened, qtbot):
    """Beside the answer's History…: "Proposed by institutions: 1…" while a proposal is open, gone
    once it is decided; it opens the proposals with the question's selected."""
    win = opened
    aid = win.session.assessment_id
    from capacity_app.gui.questions.page import ItemWidget

    widget = ItemWidget(win.session, win.questionnaire.item("s6a_next_census_year"), win)
    qtbot.addWidget(widget)
    assert widget.proposals.isHidden()
    done = win.writes.run(sp.add_proposals, win.store, win.questionnaire, aid,
                          [NewProposal("s6a_next_census_year", "nso", "answered", 2030)], "nso.xlsx")
    assert not widget.proposals.isHidden() and "1" in widget.proposals.text()
    win.runner.show_dialogs = False
    widget.open_proposals()
    win.writes.run(sp.reject, win.store, aid, list(done.ids))
    assert widget.proposals.isHidden()


def test_the_proposals_name_the_institution_by_its_own_name(opened, qtbot):
    """The dialog's column *Institution* and its choice of institution read the name S0
    gives first, the kind as its description ("Migración Colombia — Migration authority"); the kind
    alone while none is given, and the name a reply brings once it is accepted."""
    win = opened
    aid = win.session.assessment_id
    name_key, key = "s0_institutions.interior.name", "s6c_registers.pop.exists"
    sp.add_proposals(win.store, win.questionnaire, aid,
                     [NewProposal(name_key, "interior", "answered", "Migración Colombia"),
                      NewProposal(key, "interior", "answered", "yes", "", "B. Otieno")], "interior.xlsx")
    dlg = ProposalsDialog(win, aid)
    qtbot.addWidget(dlg)
    column = [str(h) for h in dlg.HEADERS].index("Institution")
    interior = dlg.institution.findData("interior")
    assert [dlg.table.item(r, column).text() for r in range(2)] == ["Migration authority"] * 2
    assert dlg.institution.itemText(interior) == "Migration authority"
    dlg.select_key(name_key)
    assert dlg.accept_selected()
    assert [p.key for p in dlg.proposals] == [key]
    assert dlg.table.item(0, column).text() == "Migración Colombia — Migration authority"
    assert dlg.institution.itemText(interior) == "Migración Colombia — Migration authority"
    dlg.select_key(key)
    assert dlg.accept_selected()
    assert [e.text for e in win.store.answer(aid, key).evidence] == ["Migración Colombia — Migration authority (B. Otieno)"]
    dlg.show_decided.setChecked(True)
    assert {dlg.table.item(r, column).text() for r in range(dlg.table.rowCount())} \
        == {"Migración Colombia — Migration authority"}
