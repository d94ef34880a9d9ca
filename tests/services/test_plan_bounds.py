"""An action's timeline far outside its plan (a start in 1900 typed for a 2026 plan) is saved with
a warning that names the plan's bounds; a timeline inside them says nothing."""
from __future__ import annotations

from dataclasses import replace

from capacity_app.services import assessments as svc
from capacity_app.services.plan import actions as plans


def test_a_start_in_1900_is_said_with_the_bounds(store, questionnaire):
    aid = svc.new_assessment(store, questionnaire, country="KEN", round=2026).id
    saved = plans.add_action(store, questionnaire, aid, title="Census questions", start="1900-Q1", end="2027-Q4")
    assert saved.warnings == ("the action starts in 1900, outside the plan's bounds (2021–2046: the assessment's "
                              "round 2026 less 5 years to 20 years after it): check the year",)
    fixed = plans.update_action(store, questionnaire, aid, replace(saved.action, start="2026-Q1", end="2099-Q4"))
    assert fixed.warnings and "ends in 2099" in fixed.warnings[0]
    fine = plans.update_action(store, questionnaire, aid, replace(saved.action, start="2026-Q1", end="2030-Q4"))
    assert fine.warnings == ()
