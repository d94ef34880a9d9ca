"""Round over round on the dashboard and in the compare view; the dashboard's section bars are
clickable with tooltips, and with nothing answered it claims no "No gap"."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from capacity_app.gui.plan.compare import CompareDialog
from capacity_app.services.assessments import create_assessment, record_answer
from capacity_app.services.rounds import start_next_round


def _dashboard(window):
    view = window.view
    view.tabs.setCurrentWidget(view.dashboard)
    return view.dashboard


def test_zero_answers_claim_no_gap_and_offer_no_compare(opened, qtbot):
    dash = _dashboard(opened)
    html = dash.gaps.toPlainText()
    assert "No gap between needs and availability" not in html
    assert "No answers yet" in html
    assert not dash.compare.isVisible()  # no previous round


def test_section_bar_click_goes_to_the_section(opened, qtbot):
    dash = _dashboard(opened)
    chart = dash.sections
    qtbot.waitUntil(lambda: bool(chart.rows), timeout=5000)
    went = []
    dash.navigate.connect(went.append)
    sid = chart.rows[1][0]
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(20, 4 + chart.row_height * 1 + chart.row_height // 2))
    sec = opened.session.q.section(sid)
    assert went == [sec.items[0].id]


def test_compare_view_lists_improvements_and_names_both_rounds(window, questionnaire, qtbot):
    q = questionnaire
    a = create_assessment(window.store, q, country="KEN", round=2026)
    record_answer(window.store, q, a.id, "s2_policy", "no")
    b = start_next_round(window.store, q, a.id, round=2027).id
    record_answer(window.store, q, b, "s2_policy", "yes")
    dlg = CompareDialog(window.store, q, b, None, "fr", window)
    qtbot.addWidget(dlg)
    assert "2026" in dlg.heading.text() and "2027" in dlg.heading.text()
    lines = dlg.lines()
    heads = [ln[0] for ln in lines if len(ln) == 1]
    assert heads and heads[0].startswith("Improvements")  # English strings: no catalogue loaded here
    assert all(ln[1] != ln[2] for ln in lines if len(ln) == 3)
    went = []
    dlg.navigate.connect(went.append)
    dlg.tree.setCurrentItem(dlg.tree.topLevelItem(0).child(0))
    qtbot.keyClick(dlg.tree, Qt.Key.Key_Return)
    assert went and not dlg.isVisible()


def test_compare_view_says_why_it_cannot_compare(window, questionnaire, qtbot):
    a = create_assessment(window.store, questionnaire, country="KEN", round=2026)
    dlg = CompareDialog(window.store, questionnaire, a.id, None, "en", window)
    qtbot.addWidget(dlg)
    assert dlg.result_ is None and "no earlier round" in dlg.rules.text()


def test_compare_view_tells_the_plan_done_dropped_late_and_spent(window, questionnaire, qtbot):
    from dataclasses import replace
    from decimal import Decimal

    from capacity_app.domain.plan.cost import Cost
    from capacity_app.services.plan import actions as plans

    q = questionnaire
    a = create_assessment(window.store, q, country="KEN", round=2026)
    for title, end in (("Census questions", "2026-Q4"), ("Survey", "2026-Q3"), ("Profile", None)):
        plans.add_action(window.store, q, a.id, title=title, end=end, costs=(Cost(2026, Decimal(1000), "KES"),))
    b = start_next_round(window.store, q, a.id, round=2027, reference_date="2027-05-01").id
    census, survey, profile = plans.action_plan(window.store, b)
    plans.update_action(window.store, q, b, replace(census, status="done", costs=(
        replace(census.costs[0], executed=Decimal(800)),)))
    plans.update_action(window.store, q, b, replace(profile, status="dropped"))
    dlg = CompareDialog(window.store, q, b, None, "en", window)
    qtbot.addWidget(dlg)
    lines = dlg.lines()
    assert ["Action plan (4)"] in lines
    assert ["Done since round 2026: Census questions", "", "Done"] in lines
    assert ["Dropped since round 2026: Profile", "", "Dropped"] in lines
    assert ["Late (end passed) since round 2026: Survey", "", "2026-Q3"] in lines
    assert ["Cost executed against cost planned, on the lines with spending entered", "KES\u00a01,000",
            "KES\u00a0800"] in lines


def test_compare_view_and_earlier_plan_read_the_progress_of_the_last_plan(window, questionnaire, qtbot):
    """Two half-years of progress on the plan, then the next round: the window's comparison tells
    the actions done, dropped and late and the money spent from the progress reports, as *Earlier
    plan…* does; a gap not scored is said in words, never "None"."""
    from decimal import Decimal

    from capacity_app.domain.plan.cost import Cost
    from capacity_app.domain.plan.progress import ActionProgress, LineMoney
    from capacity_app.gui.plan.progress import AchievedDialog
    from capacity_app.services.plan import actions as plans
    from capacity_app.services.plan import progress as prog

    q, store = questionnaire, window.store
    a = create_assessment(store, q, country="KEN", round=2025)
    made = [plans.add_action(store, q, a.id, title=title, start="2026-Q1", end=end, policy_questions=pqs,
                             costs=(Cost(2026, Decimal(1000), "KES"),)).action
            for title, end, pqs in (("Census questions", "2026-Q2", ("A",)), ("Survey", "2026-Q4", ()),
                                    ("Profile", "2026-Q2", ()))]
    census, survey, profile = made
    for entry in (ActionProgress(census.id, "2026-H1", "in_progress", lines=(LineMoney(1, "KES", disbursed=Decimal(500),
                                                                                     spent=Decimal(300)),)),
                  ActionProgress(census.id, "2026-H2", "done", lines=(LineMoney(1, "KES", disbursed=Decimal(400),
                                                                              spent=Decimal(400)),)),
                  ActionProgress(survey.id, "2026-H2", "in_progress"),
                  ActionProgress(profile.id, "2026-H1", "dropped", reason="no budget")):
        prog.record_progress(store, a.id, entry, today="2027-01-15")
    b = start_next_round(store, q, a.id, round=2027, reference_date="2027-05-01").id
    dlg = CompareDialog(store, q, b, None, "en", window)
    qtbot.addWidget(dlg)
    lines = dlg.lines()
    assert ["Done since round 2025: Census questions", "", "Done"] in lines
    assert ["Dropped since round 2025: Profile", "", "Dropped"] in lines
    assert ["Late (end passed) since round 2025: Survey", "", "2026-Q4"] in lines
    assert ["Cost executed against cost planned, on the lines with spending entered", "KES\u00a01,000",
            "KES\u00a0700"] in lines
    earlier = AchievedDialog(store, q, b)
    qtbot.addWidget(earlier)
    top = earlier.tree.topLevelItem(0)
    assert top.text(1) == "Done (2026-H2)" and earlier.tree.topLevelItem(2).text(1) == "Dropped (2026-H1)"
    assert top.child(0).text(1) == "not scored → not scored"
    shown = [it.text(col) for i in range(earlier.tree.topLevelItemCount())
             for it in (earlier.tree.topLevelItem(i), *[earlier.tree.topLevelItem(i).child(k)
                                                        for k in range(earlier.tree.topLevelItem(i).childCount())])
             for col in range(3)]
    assert not any("None" in t for t in shown)
