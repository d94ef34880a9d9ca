"""The funding request in the window: the Action plan tab's *Funding request…* edits who
commits the national part and the signatories through the session's writes (a refusal in one
line under the fields, nothing written, what was typed kept); *Funding request for a partner…*
writes one partner's edition in a worker process, with progress and cancel, as the report is."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog

from capacity_app.domain.plan.cost import Cost
from capacity_app.domain.plan.request import Signatory
from capacity_app.gui.plan import request as request_gui
from capacity_app.services.plan import actions as plans
from capacity_app.services.reports import plan_partners


def _view(win):
    view = win.view
    view.tabs.setCurrentWidget(view.action_plan)
    return view.action_plan


def _with_partner(win, partner="European Union"):
    """The open assessment's plan with one action, one line paid by ``partner`` and one national."""
    v = _view(win)
    v.new_action()
    aid = win.session.assessment_id
    action = plans.action_plan(win.store, aid)[0]
    costs = (Cost(2027, Decimal("48000"), "EUR", funding="partner", funder=partner),
             Cost(2027, Decimal("1000000"), "XOF", funding="national"))
    plans.update_action(win.store, win.session.q, aid, action.__class__(**{**action.__dict__, "costs": costs}))
    return v


def _tab_chain(start, n):
    out, w = [start], start
    for _ in range(n):
        w = w.nextInFocusChain()
        while not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or not w.isEnabled():
            w = w.nextInFocusChain()
        out.append(w)
    return out


def test_the_record_is_saved_through_the_services_and_a_refusal_is_one_line(opened, qtbot, monkeypatch):
    win = opened
    v = _with_partner(win)
    aid = win.session.assessment_id
    seen = []

    def run(dlg):
        seen.append(dlg)
        dlg.f_committed.setText("Ministry of Finance and Economic Planning")
        dlg.add_button.click()
        row = dlg.rows[-1]
        row.name.setText("Mr Daniel Okafor")
        row.title.setText("Minister of Planning")
        assert not row.partner.isEnabled()  # only a partner's signatory names a partner
        dlg.add_button.click()
        partner = dlg.rows[-1]
        partner.role.setCurrentIndex(partner.role.findData("partner"))
        assert partner.partner.isEnabled() and partner.partner.currentText() == "European Union"
        partner.name.setText("Mr Johan Lindqvist")
        # the title left empty: refused in one line under the fields, nothing written, the dialog stays
        dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert dlg.result() != QDialog.DialogCode.Accepted
        assert not dlg.error.isHidden() and "title" in dlg.error.text() and "\n" not in dlg.error.text()
        assert plans.funding_request(win.store, aid).committed_by == ""
        assert partner.name.text() == "Mr Johan Lindqvist"  # what was typed stays
        # keyboard: Tab walks the institution, each row's fields along the row, then Add and Save
        chain = _tab_chain(dlg.f_committed, 6)
        assert chain[:6] == [dlg.f_committed, row.role, row.name, row.title, row.remove, partner.role]
        partner.title.setText("Head of the EU Delegation")
        dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert dlg.result() == QDialog.DialogCode.Accepted and dlg.error.isHidden()
        return dlg.result()

    monkeypatch.setattr(request_gui.FundingRequestDialog, "exec", run)
    assert v.request_button.text() and v.request_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    # Tab reaches both from the plan's own buttons, as the eye reads them (two by two)
    assert _tab_chain(v.results_button, 3) == [v.results_button, v.validate_button, v.request_button,
                                               v.partner_button]
    v.request_button.click()
    assert seen
    r = plans.funding_request(win.store, aid)
    assert r.committed_by == "Ministry of Finance and Economic Planning"
    assert [(s.role, s.name, s.title, s.partner) for s in r.signatories] == [
        ("government", "Mr Daniel Okafor", "Minister of Planning", ""),
        ("partner", "Mr Johan Lindqvist", "Head of the EU Delegation", "European Union")]

    # opened again: the record as stored; a row removed is saved without it
    def again(dlg):
        assert dlg.f_committed.text() == "Ministry of Finance and Economic Planning"
        assert [row.name.text() for row in dlg.rows] == ["Mr Daniel Okafor", "Mr Johan Lindqvist"]
        dlg.rows[0].remove.click()
        assert len(dlg.rows) == 1
        dlg.save()
        return dlg.result()

    monkeypatch.setattr(request_gui.FundingRequestDialog, "exec", again)
    v.request_button.click()
    assert [s.name for s in plans.funding_request(win.store, aid).signatories] == ["Mr Johan Lindqvist"]


def test_a_partner_no_longer_in_the_plan_is_kept_and_refused_naming_the_partners(opened, qtbot):
    win = opened
    _with_partner(win)
    aid = win.session.assessment_id
    plans.set_funding_request(win.store, aid, signatories=[Signatory("partner", "Ms A", "Director", "European Union")])
    action = plans.action_plan(win.store, aid)[0]
    costs = tuple(c if c.funding != "partner" else c.__class__(**{**c.__dict__, "funder": "World Bank"})
                  for c in action.costs)
    plans.update_action(win.store, win.session.q, aid, action.__class__(**{**action.__dict__, "costs": costs}))
    dlg = request_gui.FundingRequestDialog(win, win.session, plan_partners(win.store, aid), [])
    qtbot.addWidget(dlg)
    row = dlg.rows[0]
    assert [row.partner.itemText(i) for i in range(row.partner.count())] == ["World Bank", "European Union"]
    assert row.partner.currentText() == "European Union"  # as stored, never silently replaced
    dlg.save()
    assert dlg.error.text() == "European Union funds no line of the plan; the partners are: World Bank"
    row.partner.setCurrentIndex(0)
    dlg.save()
    assert dlg.error.isHidden()
    assert plans.funding_request(win.store, aid).signatories[0].partner == "World Bank"


@pytest.mark.slow  # make reliability (tests/sample.py)
def test_partner_edition_written_in_a_worker_process_with_cancel(opened, qtbot, monkeypatch, tmp_path):
    import docx

    win = opened
    v = _with_partner(win)
    assert plan_partners(win.store, win.session.assessment_id) == ["European Union"]
    out = tmp_path / "eu.docx"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: asked.append(a) or (str(out), "")))

    def choose_word(dlg):
        assert [dlg.partner.itemText(i) for i in range(dlg.partner.count())] == ["European Union"]
        assert dlg.pdf.isChecked()
        assert _tab_chain(dlg.partner, 2) == [dlg.partner, dlg.pdf, dlg.docx]
        dlg.docx.setChecked(True)
        dlg.accept()
        return dlg.result()

    monkeypatch.setattr(request_gui.PartnerEditionDialog, "exec", choose_word)
    v.partner_button.click()
    assert asked and "European_Union" in asked[0][2]
    task = win.runner.tasks[0]
    assert task.fn == "export_report_docx_from_database" and task.process
    assert task.kwargs["partner"] == "European Union"
    qtbot.waitUntil(lambda: not win.runner.busy and not win.runner.tasks, timeout=120000)
    assert task.error_details is None, task.error_details
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "European Union" in text
    assert "eu.docx" in win.statusBar().currentMessage()

    # the PDF: queued as the report is, then cancelled: said in the status bar, no file left
    pdf = tmp_path / "eu.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(pdf), "")))
    monkeypatch.setattr(request_gui.PartnerEditionDialog, "exec", lambda dlg: (dlg.accept(), dlg.result())[1])
    v.partner_button.click()
    task = win.runner.tasks[0]
    assert task.fn == "export_report_from_database" and task.kwargs["partner"] == "European Union"
    task.cancel()
    qtbot.waitUntil(lambda: not win.runner.busy and not win.runner.tasks, timeout=60000)
    assert "cancelled" in win.statusBar().currentMessage()
    assert not pdf.exists()


def test_no_partner_no_edition(opened, qtbot):
    win = opened
    dlg = request_gui.PartnerEditionDialog(win, [])
    qtbot.addWidget(dlg)
    assert not dlg.none.isHidden()
    assert not dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


@pytest.mark.parametrize("role", ["government", "finance", "partner"])
def test_role_labels_are_words(role):
    assert request_gui.role_label(role) and request_gui.role_label(role) != role
