"""The action plan's domain: validation and its limits, drafting from recommendations (the comparison
of rounds: tests/domain/test_achieved.py)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from capacity_app.domain.plan.actions import (
    ACTIONS_MAX,
    ACTION_TEXT_MAX,
    TITLE_MAX,
    Action,
    ActionError,
    draft_actions,
    normalise_when,
    period_bounds,
    priority_from_score,
    validate_action,
    validate_plan,
)
from capacity_app.domain.scoring.model import PickedRecommendation, ScoreResult

PQS = {"A", "B", "C"}


def result(recs, lang="en") -> ScoreResult:
    return ScoreResult(None, None, "", {}, {}, [], {}, {}, recs, [], [], {}, "2026-05-15", lang)


def rec(rid, priority=6, pqs=("A",), title=None):
    return PickedRecommendation(rid, title or f"Do {rid}", "text", "data", "S3", list(pqs), priority)


def test_quarter_and_date_forms():
    assert normalise_when(" 2027q1 ") == "2027-Q1"
    assert normalise_when("2027 Q4") == "2027-Q4"
    assert normalise_when("20270315") == "2027-03-15"
    assert normalise_when("") is None and normalise_when(None) is None
    for bad in ("2027-Q5", "next year", "2027-13-01", "46023"):
        with pytest.raises(ValueError):
            normalise_when(bad)
    assert [d.isoformat() for d in period_bounds("2027-Q4")] == ["2027-10-01", "2027-12-31"]
    assert [d.isoformat() for d in period_bounds("2027-Q1")] == ["2027-01-01", "2027-03-31"]


def test_validate_normalises():
    a = validate_action(Action("x1", "  Train staff ", None, ("A", "A", " B"),
                               ("NSO  Stats", "NSO Stats", ""), "2027q1", "2027-06-30",
                               " money ", " ok ", 1, "planned", 0), PQS)
    assert a.title == "Train staff" and a.policy_questions == ("A", "B")
    assert a.institutions == ("NSO Stats",) and a.start == "2027-Q1" and a.resources == "money"


@pytest.mark.parametrize("change, words", [
    ({"title": "   "}, "no title"),
    ({"title": "a\nb"}, "one line"),
    ({"title": "x\x07y"}, "control character"),
    ({"title": "t" * (TITLE_MAX + 1)}, "longer than"),
    ({"resources": "r" * (ACTION_TEXT_MAX + 1)}, "resources needed is longer"),
    ({"milestone": "m" * (ACTION_TEXT_MAX + 1)}, "milestone is longer"),
    ({"milestone": "\x01" * ACTION_TEXT_MAX}, None),  # control characters fit a cell escaped
    ({"milestone": "a\ud800b"}, "half of a character pair"),
    ({"policy_questions": ("Z",)}, "policy question 'Z' does not exist"),
    ({"institutions": ("   ",)}, None),  # blank names are dropped, not an error
    ({"start": "2027-Q3", "end": "2027-Q2"}, "before the start"),
    ({"start": "2027-06-30", "end": "2027-Q2"}, None),  # same quarter's last day: fine
    ({"start": "soon"}, "the start: expected a date"),
    ({"end": "2027-02-30"}, "the end: expected a date"),
    ({"priority": 0}, "priority must be 1"),
    ({"priority": True}, "priority must be 1"),
    ({"status": "finished"}, "status must be one of"),
    ({"id": "bad id!"}, "action id"),
    ({"id": ""}, "action id"),
])
def test_problems_named(change, words):
    a = replace(Action("a1", "Title"), **change)
    if words is None:
        validate_action(a, PQS)
        return
    with pytest.raises(ActionError) as e:
        validate_action(a, PQS)
    assert words in str(e.value)


def test_plan_duplicate_ids_and_size():
    with pytest.raises(ActionError, match="used twice"):
        validate_plan([Action("a", "One"), Action("a", "Two")])
    with pytest.raises(ActionError, match="at most"):
        validate_plan([Action(f"a{i}", "t") for i in range(ACTIONS_MAX + 1)])
    plan = validate_plan([Action("b", "Two", position=9), Action("a", "One", position=4)])
    assert [(a.id, a.position) for a in plan] == [("b", 0), ("a", 1)]
    with pytest.raises(ActionError, match=r"action 2 \('Empty'\)|action 2"):
        validate_plan([Action("a", "One"), Action("b", "Empty", start="x")])


def test_draft_from_recommendations_skips_existing():
    ids = iter(["n1", "n2", "n3"])
    r = result([rec("r1", 9), rec("r2", 3, ("A", "B")), rec("r3", 1, ())])
    have = [Action("old", "Mine", "r2", position=4)]
    drafted = draft_actions(r, "en", have, new_id=lambda: next(ids))
    assert [(a.id, a.recommendation_id, a.priority, a.position) for a in drafted] == [
        ("n1", "r1", 1, 5), ("n2", "r3", 3, 6)]
    assert all(a.institutions == () and a.status == "planned" for a in drafted)
    assert drafted[0].title == "Do r1" and drafted[0].policy_questions == ("A",)
    with pytest.raises(ValueError, match="scored in 'en'"):
        draft_actions(r, "fr")
    with pytest.raises(ValueError, match="unknown language"):
        draft_actions(r, "de")
    assert [priority_from_score(p) for p in (9, 6, 5, 3, 2, 0)] == [1, 1, 2, 2, 3, 3]

