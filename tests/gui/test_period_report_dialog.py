"""*Write the report…* in *Progress…* (gui/plan/period_report.py): the planning unit's summary, the
decisions asked of the minister (one a line) and a corrective measure per action at risk or off track
typed and saved through the services; a refusal one line in the interface's language with nothing
written and what was typed kept; Escape over input not saved asks; Ctrl+S saves."""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from types import SimpleNamespace

YEAR = _dt.date.today().year
PERIOD = str(YEAR - 1)


def _dialog(store, questionnaire, qtbot):
    from capacity_app.domain.plan.cost import Cost
    from capacity_app.gui.bus import ChangeBus
    from capacity_app.gui.plan.period_report import PeriodReportDialog
    from capacity_app.gui.writes import Writes
    from capacity_app.services import assessments as svc
    from capacity_app.services.plan import actions as plans

    aid = svc.new_assessment(store, questionnaire, country="KEN", round=2025).id
    # never started, half its time gone by the end of the period: at risk or off track
    plans.add_action(store, questionnaire, aid, title="Census questions", institutions=("NSO",),
                     start=f"{YEAR - 1}-Q1", end=f"{YEAR}-Q4",
                     costs=(Cost(YEAR - 1, Decimal(40000), "USD", "partner", "IOM", True),))
    dlg = PeriodReportDialog(store, aid, Writes(ChangeBus()), PERIOD)
    qtbot.addWidget(dlg)
    return SimpleNamespace(aid=aid, action=store.action_plan(aid)[0].id), dlg


def test_typed_saved_and_read_back(store, questionnaire, qtbot):
    from capacity_app.domain.plan.period_report import Measure, PeriodReport

    v, dlg = _dialog(store, questionnaire, qtbot)
    assert dlg.table.rowCount() == 1 and dlg.table.item(0, 0).text() == "1. Census questions"
    assert dlg.table.item(0, 1).text() in ("At risk", "Off track")
    dlg.summary.setPlainText("The census is late.\nThe budget came in May.")
    dlg.decisions.setPlainText("Release the budget\n\nSign the decree\n")
    dlg.table.item(0, 3).setText("Hire two trainers")
    dlg.table.item(0, 4).setText("NSO")
    dlg.table.item(0, 5).setText("2027-03-31")
    assert dlg.dirty() and dlg.save() and dlg.error.text() == "" and not dlg.dirty()
    assert store.period_report(v.aid, PERIOD) == PeriodReport(PERIOD, "The census is late.\nThe budget came in May.",
                                                              ("Release the budget", "Sign the decree"))
    assert store.corrective_measures(v.aid) == [Measure(v.action, PERIOD, "Hire two trainers", "NSO", "2027-03-31")]
    # the three cells emptied: the measure removed
    for column in (3, 4, 5):
        dlg.table.item(0, column).setText("")
    assert dlg.save() and store.corrective_measures(v.aid) == []


def test_a_refusal_in_the_interface_s_language_writes_nothing_and_keeps_the_input(store, questionnaire, qtbot,
                                                                                 monkeypatch):
    from PySide6.QtWidgets import QApplication

    v, dlg = _dialog(store, questionnaire, qtbot)
    monkeypatch.setattr(QApplication.instance(), "capacity_language", "fr", raising=False)
    dlg.summary.setPlainText("Résumé\x00")
    assert not dlg.save()
    assert dlg.error.text() == f"le résumé de {PERIOD} contient le caractère de contrôle U+0000 (refusé)"
    dlg.summary.setPlainText("Résumé")
    dlg.table.item(0, 3).setText("Recruter")
    dlg.table.item(0, 5).setText("31/03/2027")
    assert not dlg.save()
    assert dlg.error.text() == (f"l'échéance de la mesure corrective de l'action 1 pour {PERIOD} n'est pas une date "
                                "AAAA-MM-JJ : '31/03/2027'")
    assert store.corrective_measures(v.aid) == [] and dlg.table.item(0, 5).text() == "31/03/2027"
    assert store.period_report(v.aid, PERIOD).summary == "Résumé"   # the part before it was saved


def test_escape_asks_cancel_keeps_and_ctrl_s_saves(store, questionnaire, qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    import capacity_app.gui.plan.period_report as mod

    v, dlg = _dialog(store, questionnaire, qtbot)
    dlg.show()
    asked = []
    monkeypatch.setattr(mod, "ask_unsaved", lambda parent, what: asked.append(what) or "cancel")
    dlg.decisions.setPlainText("Sign the decree")
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    assert asked == [f"The report of {PERIOD} typed is not saved."] and dlg.isVisible()
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg, timeout=3000)
    dlg.decisions.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert store.period_report(v.aid, PERIOD).decisions == ("Sign the decree",) and not dlg.dirty()
    dlg.reject()
    assert not dlg.isVisible() and len(asked) == 1


def test_the_progress_dialog_opens_it_for_the_period_shown(store, questionnaire, qtbot, monkeypatch):
    import capacity_app.gui.plan.period_report as mod
    from capacity_app.gui.plan.progress import ProgressDialog

    v, first = _dialog(store, questionnaire, qtbot)
    dlg = ProgressDialog(store, v.aid, first.writes)
    qtbot.addWidget(dlg)
    dlg.period.setCurrentText(PERIOD)
    opened = []
    monkeypatch.setattr(mod.PeriodReportDialog, "exec", lambda self: opened.append(self.period) or 0)
    assert dlg.report_button.text() == "&Write the report…"
    dlg.report_button.click()
    assert opened == [PERIOD]
