"""*Progress…* on the action plan: a period chosen, an action's status, reason and the
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


def test_what_the_earlier_plan_achieved(store, questionnaire, qtbot):
    from capacity_app.domain.plan.progress import ActionProgress
    from capacity_app.gui.plan.progress import AchievedDialog
    from capacity_app.services.plan import actions as plans
    from capacity_app.services.plan import progress as prog
    from capacity_app.services.rounds import start_next_round

    view, year = _view(store, questionnaire)
    (a,) = plans.action_plan(store, view.aid)
    plans.update_action(store, questionnaire, view.aid, __import__("dataclasses").replace(a, policy_questions=("A",)))
    prog.record_progress(store, view.aid, ActionProgress(a.id, str(year - 1), "dropped", reason="no census"))
    alone = AchievedDialog(store, questionnaire, view.aid)
    qtbot.addWidget(alone)
    assert "no earlier round" in alone.intro.text() and alone.tree.topLevelItemCount() == 0
    new = start_next_round(store, questionnaire, view.aid, round=year + 1).id
    dlg = AchievedDialog(store, questionnaire, new)
    qtbot.addWidget(dlg)
    top = dlg.tree.topLevelItem(0)
    assert top.text(0) == "1. Census questions" and top.text(1) == f"Dropped ({year - 1})" and top.text(2) == "no census"
    assert top.childCount() == 1 and top.child(0).text(0).startswith("A ")


def test_indicator_values_typed_saved_and_refused(store, questionnaire, qtbot):
    """The results chain's indicators in the period: the year's target shown, the value, date and
    source typed and saved through the services, the standing by the rule, a bad date refused in
    one line with nothing of that row written, the Indicators tab reached with Alt+D."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from capacity_app.domain.plan.progress import indicator_standing
    from capacity_app.gui.plan.progress import ProgressDialog
    from capacity_app.services.plan import actions as plans
    from capacity_app.services.plan import results as chains

    view, year = _view(store, questionnaire)
    last = year - 1
    (a,) = plans.action_plan(store, view.aid)
    chains.set_objective(store, view.aid, "Migration statistics that answer the policy questions")
    outcome = chains.add_outcome(store, view.aid, "Census data on migration published").id
    chains.link_action(store, view.aid, a.id, outcome)
    objective = chains.add_indicator(store, view.aid, "objective", "", "Policy questions answered", unit="%",
                                     baseline="20", baseline_year=str(last - 1), targets=f"{last}=60").id
    chains.add_indicator(store, view.aid, "outcome", outcome, "Tables published", baseline="0",
                         baseline_year=str(last - 1), targets=f"{last}=4")
    output = chains.add_indicator(store, view.aid, "output", a.id, "Questions tested", baseline="0",
                                  baseline_year=str(last - 1), targets=f"{last}=10").id
    dlg = ProgressDialog(view.store, view.aid, view.session.writes)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.period.setCurrentText(str(last))
    table = dlg.indicator_table
    assert table.rowCount() == 3
    assert table.horizontalHeaderItem(2).text() == f"Target {last}"
    assert [table.item(r, 2).text() for r in range(3)] == ["60", "4", "10"]
    assert table.item(0, 0).text().startswith("Overall objective: Policy questions answered (%)")
    assert table.item(2, 0).text().startswith("Output of action 1: ")
    assert table.item(0, 6).text() == "Not judged"
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg, timeout=3000)
    dlg.period.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert dlg.tabs.currentWidget() is table and QApplication.focusWidget() is table   # straight into it
    table.item(0, 3).setText("45")
    table.item(0, 4).setText(f"{last}-11-30")
    table.item(0, 5).setText("Labour force survey")
    table.item(2, 3).setText("10")
    table.item(2, 4).setText(f"{last}-10-01")
    dlg.save()
    assert dlg.error.text() == ""
    values = {v.indicator_id: v for v in store.indicator_values(view.aid)}
    assert (values[objective].value, values[objective].date, values[objective].source, values[objective].period) \
        == (D(45), f"{last}-11-30", "Labour force survey", str(last))
    assert values[output].value == D(10)
    expected = {"on_track": "On track", "at_risk": "At risk", "off_track": "Off track"}
    assert table.item(0, 6).text() == expected[indicator_standing(D(60), D(45), D(20))] == "At risk"
    assert table.item(2, 6).text() == "On track"
    assert dlg.actions_table.item(0, 3).text() == "On track" or store.action_progress(view.aid) == []
    # a date that is not a date: refused in one line, nothing of that row written, the others kept
    table.item(0, 3).setText("58")
    table.item(0, 4).setText("30/11/" + str(last))
    dlg.save()
    assert dlg.error.text() and "\n" not in dlg.error.text()
    assert {v.indicator_id: v.value for v in store.indicator_values(view.aid)}[objective] == D(45)
    assert table.item(0, 3).text() == "58"          # what was typed is kept to be corrected
    # a value not a number: told, nothing written
    table.item(0, 4).setText(f"{last}-11-30")
    table.item(0, 3).setText("many")
    dlg.save()
    assert "not a number" in dlg.error.text()
    assert {v.indicator_id: v.value for v in store.indicator_values(view.aid)}[objective] == D(45)
    # the validated plan untouched
    assert plans.plan_state(store, view.aid).changes == ()


def _typed(store, questionnaire, qtbot):
    from capacity_app.gui.plan.progress import ProgressDialog

    view, year = _view(store, questionnaire)
    dlg = ProgressDialog(view.store, view.aid, view.session.writes)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.period.setCurrentText(str(year - 1))
    dlg.actions_table.cellWidget(0, 1).setCurrentIndex(1)          # in progress
    dlg.money_table.item(0, 3).setText("40000")
    return view, year, dlg


def _answer(monkeypatch, answer, asked):
    import capacity_app.gui.plan.progress as mod

    def ask(parent, what):
        asked.append(what)
        return answer
    monkeypatch.setattr(mod, "ask_unsaved", ask)


def test_escape_with_typed_progress_asks_and_cancel_keeps_it(store, questionnaire, qtbot, monkeypatch):
    """What was typed is never lost to Escape: asked; Cancel keeps the dialog and the input."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view, year, dlg = _typed(store, questionnaire, qtbot)
    asked: list[str] = []
    _answer(monkeypatch, "cancel", asked)
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    assert asked == [f"The progress typed for {year - 1} is not saved."]
    assert dlg.isVisible() and dlg.money_table.item(0, 3).text() == "40000"
    assert store.action_progress(view.aid) == []


def test_escape_then_save_records_it_and_closes(store, questionnaire, qtbot, monkeypatch):
    view, year, dlg = _typed(store, questionnaire, qtbot)
    _answer(monkeypatch, "save", [])
    dlg.reject()
    assert not dlg.isVisible()
    (entry,) = store.action_progress(view.aid)
    assert entry.period == str(year - 1) and entry.lines[0].disbursed == D(40000)


def test_discard_closes_without_writing_and_nothing_typed_closes_without_asking(store, questionnaire, qtbot,
                                                                                 monkeypatch):
    view, _year, dlg = _typed(store, questionnaire, qtbot)
    asked: list[str] = []
    _answer(monkeypatch, "discard", asked)
    dlg.reject()
    assert not dlg.isVisible() and store.action_progress(view.aid) == [] and len(asked) == 1
    from capacity_app.gui.plan.progress import ProgressDialog

    quiet = ProgressDialog(view.store, view.aid, view.session.writes)
    qtbot.addWidget(quiet)
    quiet.show()
    quiet.reject()
    assert not quiet.isVisible() and len(asked) == 1


def test_ctrl_s_saves_in_every_language_s_window(store, questionnaire, qtbot):
    """Ctrl+S does not depend on the button's letter (Alt+S in English, Alt+E in French)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    view, year, dlg = _typed(store, questionnaire, qtbot)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg, timeout=3000)
    dlg.money_table.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (entry,) = store.action_progress(view.aid)
    assert entry.period == str(year - 1) and not dlg.dirty()


def test_another_period_typed_asks_first_and_cancel_keeps_the_period_and_input(store, questionnaire, qtbot,
                                                                                monkeypatch):
    view, year, dlg = _typed(store, questionnaire, qtbot)
    asked: list[str] = []
    _answer(monkeypatch, "cancel", asked)
    dlg.period.setCurrentText(str(year))
    assert asked and dlg.period.currentText() == str(year - 1) and dlg.loaded_period == str(year - 1)
    assert dlg.money_table.item(0, 3).text() == "40000"


def test_a_year_typed_stays_a_year_and_half_typed_text_loads_nothing(store, questionnaire, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view, year, dlg = _typed(store, questionnaire, qtbot)
    dlg.save()
    line = dlg.period.lineEdit()
    line.selectAll()
    QTest.keyClicks(line, str(year - 1)[:3])          # "202": no period yet, nothing reloaded
    assert dlg.loaded_period == str(year - 1) and dlg.error.text() == ""
    line.selectAll()
    QTest.keyClicks(line, str(year - 1))
    QTest.keyClick(line, Qt.Key.Key_Return)
    assert dlg.period.currentText() == str(year - 1) and dlg.loaded_period == str(year - 1)
    line.selectAll()
    QTest.keyClicks(line, f"{year - 1}-H1")
    assert dlg.loaded_period == f"{year - 1}-H1"


def test_a_tab_s_letter_on_the_tab_showing_takes_the_keyboard_into_its_table(store, questionnaire, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    _view_, _year, dlg = _typed(store, questionnaire, qtbot)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg, timeout=3000)
    assert dlg.tabs.currentWidget() is dlg.actions_table
    dlg.period.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.actions_table, timeout=2000)


def test_saving_on_close_with_an_overrun_keeps_the_dialog_open_on_its_warning(store, questionnaire, qtbot,
                                                                               monkeypatch):
    """The overrun a save records is read before the dialog closes: no warning goes unread."""
    view, year, dlg = _typed(store, questionnaire, qtbot)
    dlg.money_table.item(0, 3).setText("90000")          # disbursed 90,000 on a line of 40,000
    _answer(monkeypatch, "save", [])
    dlg.reject()
    assert dlg.isVisible() and "above the line's budget of 40000" in dlg.notice.text()
    assert store.action_progress(view.aid)[0].lines[0].disbursed == D(90000)
    dlg.reject()                                           # nothing typed since: closes at once
    assert not dlg.isVisible()
