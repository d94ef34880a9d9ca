"""*Progress…* on the action plan (issue 61): a period chosen, an action's status, reason and the
money of its cost lines typed and saved through the services, the standing shown by the rule, a
refusal told under the tables with nothing written, and the validated plan left as it was."""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from types import SimpleNamespace

D = Decimal


def _view(store, questionnaire):
    from capacity_app.domain.plan.cost import Cost
    from capacity_app.gui.bus import ChangeBus
    from capacity_app.gui.writes import Writes
    from capacity_app.services import assessments as svc
    from capacity_app.services.plan import actions as plans

    aid = svc.new_assessment(store, questionnaire, country="KEN", round=2025).id
    year = _dt.date.today().year
    plans.add_action(store, questionnaire, aid, title="Census questions", institutions=("NSO",),
                     start=f"{year - 1}-Q1", end=f"{year}-Q4",
                     costs=(Cost(year - 1, D(40000), "USD", "partner", "IOM", True),))
    bus = ChangeBus()
    return SimpleNamespace(store=store, aid=aid, session=SimpleNamespace(writes=Writes(bus))), year


def test_progress_typed_saved_and_refused(store, questionnaire, qtbot):
    from capacity_app.gui.plan.progress import ProgressDialog
    from capacity_app.services.plan import actions as plans

    view, year = _view(store, questionnaire)
    before = plans.plan_state(store, view.aid)
    dlg = ProgressDialog(view.store, view.aid, view.session.writes)
    qtbot.addWidget(dlg)
    dlg.period.setCurrentText(str(year - 1))
    assert dlg.actions_table.rowCount() == 1 and dlg.money_table.rowCount() == 1
    dlg.actions_table.cellWidget(0, 1).setCurrentIndex(1)          # in progress
    dlg.actions_table.item(0, 2).setText("the census office's budget came late")
    dlg.money_table.item(0, 3).setText("40000")
    dlg.money_table.item(0, 4).setText("8000")
    dlg.save()
    assert dlg.error.text() == ""
    (entry,) = store.action_progress(view.aid)
    assert (entry.period, entry.status, entry.reason) == (str(year - 1), "in_progress",
                                                          "the census office's budget came late")
    assert (entry.lines[0].disbursed, entry.lines[0].spent) == (D(40000), D(8000))
    assert dlg.actions_table.item(0, 3).text() in ("On track", "At risk", "Off track")
    # more spent than disbursed, without a note: refused, told, nothing written
    dlg.money_table.item(0, 4).setText("50000")
    dlg.save()
    assert "add a note saying why" in dlg.error.text()
    assert store.action_progress(view.aid)[0].lines[0].spent == D(8000)
    after = plans.plan_state(store, view.aid)
    assert after.actions == before.actions and after.changes == ()
