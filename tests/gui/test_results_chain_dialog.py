"""The plan's results chain in the window: the Action plan tab's *Results chain…* opens
a dialog of real widgets; the objective, an outcome, an indicator with its baseline and yearly
targets and each action's outcome are saved through the session's writes; a bad entry is refused
in one line under the fields, nothing written."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog

from capacity_app.gui.plan import results as results_gui
from capacity_app.services.plan import actions as plans
from capacity_app.services.plan import results as chains


def _view(win):
    view = win.view
    view.tabs.setCurrentWidget(view.action_plan)
    return view.action_plan


def _chain(win):
    return chains.results_chain(win.store, win.session.assessment_id)


def test_the_chain_edited_in_the_window(opened, qtbot, monkeypatch):
    win = opened
    v = _view(win)
    v.new_action()
    aid = win.session.assessment_id
    action = plans.action_plan(win.store, aid)[0]
    plans.update_action(win.store, win.session.q, aid, action.__class__(**{**action.__dict__, "start": "2026-Q1",
                                                                           "end": "2028-Q4"}))
    opened_dialogs = []

    def run(dlg):
        opened_dialogs.append(dlg)
        dlg.f_objective.setText("Policy informed by official migration statistics")
        dlg.f_objective.editingFinished.emit()
        dlg.add_outcome_button.click()
        dlg.outcomes.item(0, 1).setText("Census measures migration")
        assert [o.name for o in _chain(win).outcomes] == ["Census measures migration"]
        dlg.f_measures.setCurrentIndex(dlg.f_measures.findData("outcome:O1"))
        dlg.add_indicator_button.click()
        row = dlg.indicators.rowCount() - 1
        dlg.indicators.item(row, 2).setText("Census tables published")
        dlg.indicators.item(row, 6).setText("2027=6; 2028=12")
        dlg.indicators.item(row, 4).setText("0")  # waits for its year
        dlg.indicators.item(row, 5).setText("2025")
        combo = dlg.links.cellWidget(0, 1)
        combo.setCurrentIndex(combo.findData("O1"))
        combo.activated.emit(combo.currentIndex())
        # a target year outside the plan's years: one line, nothing written
        dlg.indicators.item(row, 6).setText("2035=1")
        assert not dlg.error.isHidden() and "outside the plan's years" in dlg.error.text()
        assert "\n" not in dlg.error.text()
        # the outcome cannot go while an action serves it
        dlg.outcomes.selectRow(0)
        dlg.remove_outcome_button.click()
        assert "served by action 1" in dlg.error.text()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(results_gui.ResultsChainDialog, "exec", run)
    assert v.results_button.text()
    v.results_button.click()
    assert opened_dialogs
    chain = _chain(win)
    assert chain.objective == "Policy informed by official migration statistics"
    i = chain.indicators[0]
    assert (i.level, i.parent, i.name, str(i.baseline), i.baseline_year) == (
        "outcome", "O1", "Census tables published", "0", 2025)
    assert [(t.year, str(t.value)) for t in i.targets] == [(2027, "6"), (2028, "12")]
    assert chain.outcome_of(plans.action_plan(win.store, aid)[0].id).id == "O1"
