"""No dialog of the action plan loses what was typed: closed (Escape, *Cancel*/*Close*, the close
button) with input that differs from what it opened with, it asks Save / Discard / Cancel; *Cancel*
keeps it open with the input, *Discard* closes writing nothing, *Save* writes through the services
and closes; nothing typed, it closes at once without asking."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDialog

from capacity_app.gui.plan import dialogs as plan_dialogs
from capacity_app.gui.plan import request as request_gui
from capacity_app.gui.plan import results as results_gui
from capacity_app.services.plan import actions as plans
from capacity_app.services.plan import results as chains


def _view(win):
    win.view.tabs.setCurrentWidget(win.view.action_plan)
    return win.view.action_plan


def _answer(monkeypatch, module, answer):
    """``ask_unsaved`` of ``module`` answering ``answer``; the sentences it was asked, in a list."""
    asked: list[str] = []

    def ask(_parent, what):
        asked.append(what)
        return answer
    from capacity_app.gui.widgets import unsaved

    # a dialog that closes through unsaved.close_or_ask asks there; the others ask in their module
    monkeypatch.setattr(unsaved if module is plan_dialogs else module, "ask_unsaved", ask)
    return asked


def _shown(qtbot, dlg):
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_cost_line_typed_is_asked_for(opened, qtbot, monkeypatch):
    win = opened
    v = _view(win)
    v.new_action()
    asked = _answer(monkeypatch, plan_dialogs, "cancel")
    quiet = _shown(qtbot, plan_dialogs.CostLineDialog(v, None, "KES", 2027))
    quiet.reject()
    assert not quiet.isVisible() and asked == []
    d = _shown(qtbot, plan_dialogs.CostLineDialog(v, None, "KES", 2027))
    d.amount.setText("5000")
    d.reject()
    assert asked == ["The cost line typed is not saved."] and d.isVisible() and d.amount.text() == "5000"
    _answer(monkeypatch, plan_dialogs, "save")
    d.amount.setText("12x")          # refused: stays open, told, the text kept
    d.reject()
    assert d.isVisible() and not d.error.isHidden() and d.amount.text() == "12x"
    _answer(monkeypatch, plan_dialogs, "discard")
    d.reject()
    assert not d.isVisible() and d.result() == QDialog.DialogCode.Rejected and d.cost() is None
    _answer(monkeypatch, plan_dialogs, "save")

    def typed(dlg):
        dlg.show()
        dlg.amount.setText("5000")
        dlg.reject()
        assert not dlg.isVisible()
        return dlg.result()
    monkeypatch.setattr(plan_dialogs.CostLineDialog, "exec", typed)
    v.add_cost()
    assert [c.amount for c in plans.action_plan(win.store, win.session.assessment_id)[0].costs] == [Decimal(5000)]


def test_exchange_rates_typed_are_asked_for(opened, qtbot, monkeypatch):
    win = opened
    v = _view(win)
    aid = win.session.assessment_id
    asked = _answer(monkeypatch, plan_dialogs, "cancel")
    quiet = _shown(qtbot, plan_dialogs.FinanceDialog(v, v.state.finance, "KES"))
    quiet.reject()
    assert not quiet.isVisible() and asked == []

    def typed(dlg):
        dlg.show()
        dlg._add_rate()
        for c, text in enumerate(("KES", "129.35", "2026-03-01", "UN operational rate")):
            dlg.rates.item(0, c).setText(text)
        dlg.reject()
        return dlg

    d = typed(_shown(qtbot, plan_dialogs.FinanceDialog(v, v.state.finance, "KES")))
    assert asked == ["The exchange rates typed are not saved."] and d.isVisible() and d.rates.rowCount() == 1
    _answer(monkeypatch, plan_dialogs, "discard")
    d.reject()
    assert not d.isVisible() and d.finance() is None
    monkeypatch.setattr(plan_dialogs.FinanceDialog, "exec", lambda dlg: typed(dlg).result())
    v.finance_dialog()                 # discarded: nothing written
    assert plans.plan_finance(win.store, aid).rates == ()
    _answer(monkeypatch, plan_dialogs, "save")
    v.finance_dialog()
    assert plans.plan_finance(win.store, aid).rates[0].per_usd == Decimal("129.35")


def test_validation_typed_is_asked_for(opened, qtbot, monkeypatch):
    from capacity_app.domain.plan.cost import Cost, Rate

    win = opened
    v = _view(win)
    q, aid = win.questionnaire, win.session.assessment_id
    plans.set_plan_finance(win.store, aid, rates=[Rate("KES", Decimal("129.35"), "2026-03-01")])
    plans.add_action(win.store, q, aid, title="Census", institutions=("KNBS",), start="2026-Q1", end="2026-Q4",
                     costs=(Cost(2026, Decimal(1000), "KES"),))
    v.reload()
    asked = _answer(monkeypatch, plan_dialogs, "cancel")
    quiet = _shown(qtbot, plan_dialogs.ValidationDialog(v, None, ["KNBS"]))
    quiet.reject()
    assert not quiet.isVisible() and asked == []
    d = _shown(qtbot, plan_dialogs.ValidationDialog(v, None, ["KNBS"]))
    d.event_edit.setText("National validation workshop")
    d.reject()
    assert asked == ["The validation typed is not saved."] and d.isVisible()
    assert d.event_edit.text() == "National validation workshop"
    _answer(monkeypatch, plan_dialogs, "discard")
    d.reject()
    assert not d.isVisible() and d.result() == QDialog.DialogCode.Rejected
    assert not plans.plan_state(win.store, aid).validated

    def typed(dlg):
        dlg.show()
        dlg.date.set_iso("2026-06-12")
        dlg.event_edit.setText("National validation workshop")
        dlg.approved_by.setText("A. Wanjiru")
        dlg.position.setText("Director-General")
        dlg.reject()
        return dlg.result()
    monkeypatch.setattr(plan_dialogs.ValidationDialog, "exec", typed)
    _answer(monkeypatch, plan_dialogs, "save")
    v.validation_dialog()
    state = plans.plan_state(win.store, aid)
    assert state.validated and state.validation.event == "National validation workshop"


def test_results_chain_typed_is_asked_for(opened, qtbot, monkeypatch):
    win = opened
    v = _view(win)
    aid = win.session.assessment_id
    asked = _answer(monkeypatch, results_gui, "cancel")
    quiet = _shown(qtbot, results_gui.ResultsChainDialog(v, win.session))
    quiet.reject()
    assert not quiet.isVisible() and asked == []
    d = _shown(qtbot, results_gui.ResultsChainDialog(v, win.session))
    d.f_objective.setText("Migration statistics that answer the policy questions")
    d.reject()
    assert asked == ["The results chain typed is not saved."] and d.isVisible()
    assert d.f_objective.text() == "Migration statistics that answer the policy questions"
    _answer(monkeypatch, results_gui, "discard")
    d.reject()
    assert not d.isVisible() and chains.results_chain(win.store, aid).objective == ""
    # a refused cell stays typed; Save writes the objective, is refused again and stays open
    d = _shown(qtbot, results_gui.ResultsChainDialog(v, win.session))
    d.add_outcome()
    d.outcomes.item(0, 1).setText("")
    assert d.error.isVisible()
    d.f_objective.setText("Migration statistics")
    _answer(monkeypatch, results_gui, "save")
    d.reject()
    chain = chains.results_chain(win.store, aid)
    assert d.isVisible() and d.error.isVisible() and d.outcomes.item(0, 1).text() == ""
    assert chain.objective == "Migration statistics" and chain.outcomes[0].name == "New outcome"
    d.outcomes.item(0, 1).setText("Census data published")
    d.f_objective.setText("Migration statistics that answer the policy questions")
    d.reject()
    chain = chains.results_chain(win.store, aid)
    assert not d.isVisible() and chain.objective == "Migration statistics that answer the policy questions"
    assert chain.outcomes[0].name == "Census data published"


def test_funding_request_typed_is_asked_for(opened, qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    win = opened
    v = _view(win)
    aid = win.session.assessment_id
    asked = _answer(monkeypatch, request_gui, "cancel")
    quiet = _shown(qtbot, request_gui.FundingRequestDialog(v, win.session, [], ["KNBS"]))
    quiet.reject()
    assert not quiet.isVisible() and asked == []
    d = _shown(qtbot, request_gui.FundingRequestDialog(v, win.session, [], ["KNBS"]))
    d.f_committed.setText("KNBS")
    d.reject()
    assert asked == ["The funding request typed is not saved."] and d.isVisible() and d.f_committed.text() == "KNBS"
    _answer(monkeypatch, request_gui, "discard")
    d.reject()
    assert not d.isVisible() and plans.funding_request(win.store, aid).committed_by == ""
    d = _shown(qtbot, request_gui.FundingRequestDialog(v, win.session, [], ["KNBS"]))
    d.f_committed.setText("KNBS")
    _answer(monkeypatch, request_gui, "save")
    d.reject()
    assert not d.isVisible() and plans.funding_request(win.store, aid).committed_by == "KNBS"
    # Ctrl+S saves without closing through the question
    d = _shown(qtbot, request_gui.FundingRequestDialog(v, win.session, [], ["KNBS"]))
    d.f_committed.setText("Ministry of Finance")
    d.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is d, timeout=3000)
    d.f_committed.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert plans.funding_request(win.store, aid).committed_by == "Ministry of Finance"
