"""User text is data in the window too: a direction override in an answer, an action's
title or owner, an evidence line or an assessment's title is shown as a mark where the window lists
it ("[RLO]USD 50,000[PDF]"), never obeyed ("000,05 DSU"), and stored as typed."""
from __future__ import annotations

from dataclasses import replace

from capacity_app.services.plan import actions as plans
from capacity_app.services import assessments as svc

ATTACK = "\u202eUSD 50,000\u202c"
SHOWN = "\u2068[RLO]USD 50,000[PDF]\u2069"  # isolated: read in its own direction in any window


def test_a_grid_cell_shows_an_override_as_a_mark(opened, questionnaire):
    from capacity_app.gui.questions.grid import GridModel

    item = questionnaire.item("s0_institutions")
    col = next(i for i, c in enumerate(item.columns) if c.type == "text")
    model = GridModel(opened.session, item)
    index = model.index(0, col)
    opened.session.set_answer(model.key(index), ATTACK)
    opened.flush_view()
    assert model.data(index) == SHOWN
    assert opened.store.answer(opened.session.assessment_id, model.key(index)).value == ATTACK  # as typed


def test_the_action_plan_table_shows_overrides_as_marks(opened, questionnaire):
    aid = opened.session.assessment_id
    saved = plans.add_action(opened.store, questionnaire, aid, title="Train the census office")
    plans.update_action(opened.store, questionnaire, aid, replace(saved.action, title=ATTACK,
                                                                  institutions=(f"{ATTACK} office",)))
    opened.close_assessment(remember=False)  # written by the service: the view reads it on opening
    opened.open_assessment(aid)
    table = opened.view.action_plan.table
    assert table.item(0, 0).text() == SHOWN and table.item(0, 0).toolTip() == SHOWN
    assert table.item(0, 1).text() == "\u2068[RLO]USD 50,000[PDF] office\u2069"
    assert plans.action_plan(opened.store, aid)[0].title == ATTACK


def test_the_list_of_assessments_shows_a_titles_override_as_a_mark(window, questionnaire):
    from capacity_app.gui.home import TOOL_TIP

    a = svc.create_assessment(window.store, questionnaire, country="KEN", round=2026, title=ATTACK)
    window.home.refresh(derive=False)
    model = window.home.model
    row = next(r for r in range(model.rowCount()) if model.assessment(r).id == a.id)
    assert model.data(model.index(row, 0), TOOL_TIP) == SHOWN


def test_an_evidence_line_shows_an_override_as_a_mark(opened, qtbot):
    from capacity_app.gui.questions.comments import CommentPanel

    opened.session.set_answer("s2_need_a", 2)
    assert opened.session.add_evidence("s2_need_a", "note", ATTACK)
    opened.flush_view()
    panel = CommentPanel(opened.session, "s2_need_a")
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.evidence.item(0).text().endswith(f"] {SHOWN}")
