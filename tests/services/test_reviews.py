"""services.reviews: a review by the operator with its history row and Changes, refused on a final
assessment, and "not reviewed" again when the answer changes by any path."""
from __future__ import annotations

import pytest

from capacity_app.domain.team.review import DISPUTED, FOLLOW_UP, NOT_REVIEWED, VALIDATED
from capacity_app.services import assessments as svc
from capacity_app.services.base import AssessmentFinal, ServiceError
from capacity_app.services.team.reviews import review_state, set_review, unit_rows


@pytest.fixture
def aid(store, questionnaire):
    a = svc.create_assessment(store, questionnaire, country="KEN", round=2026)
    svc.record_answer(store, questionnaire, a.id, "s2_need_a", 3)
    svc.record_answer(store, questionnaire, a.id, "s3_matrix.A.CEN.exists", "yes")
    return a.id


def test_review_with_changes_and_history(store, questionnaire, aid):
    store.operator = "A. Supervisor"
    done = set_review(store, questionnaire, aid, "s3_matrix.A.CEN.exists", DISPUTED, "  census asked citizenship ")
    assert done.unit == "s3_matrix.A.CEN" and done.review.note == "census asked citizenship"
    assert done.changes.reviews and done.changes.keys == {"s3_matrix.A.CEN"} and done.changes.assessment_id == aid
    assert not done.changes.answers  # scores are not derived again for a review
    h = store.history(aid, "s3_matrix.A.CEN")[0]
    assert h["field"] == "review" and h["new"]["status"] == DISPUTED and h["operator"] == "A. Supervisor"
    state = review_state(store, questionnaire, aid)
    assert state.coverage.total == 2 and state.coverage.disputed == 1
    assert [u.unit for u in state.follow_up] == ["s3_matrix.A.CEN"]


def test_a_changed_answer_goes_back_to_not_reviewed(store, questionnaire, aid):
    set_review(store, questionnaire, aid, "s2_need_a", VALIDATED)
    assert review_state(store, questionnaire, aid).coverage.validated == 1
    svc.set_comment(store, questionnaire, aid, "s2_need_a", "a comment does not undo it")
    assert review_state(store, questionnaire, aid).coverage.validated == 1
    svc.record_answer(store, questionnaire, aid, "s2_need_a", 2)
    state = review_state(store, questionnaire, aid)
    assert state.coverage.validated == 0 and state.coverage.not_reviewed == 2
    row = next(r for r in unit_rows(store, questionnaire, aid) if r["unit"] == "s2_need_a")
    assert row["status"] == NOT_REVIEWED and row["changed_since_review"] and row["at"]
    # by another path too: the answers replaced as a whole (an import, a round copy)
    set_review(store, questionnaire, aid, "s2_need_a", FOLLOW_UP)
    from capacity_app.domain.answers import Answer

    store.replace_answers(aid, [Answer("s2_need_a", 1, "answered")])
    assert review_state(store, questionnaire, aid).coverage.follow_up == 0


def test_refusals(store, questionnaire, aid):
    with pytest.raises(ServiceError, match="by row"):
        set_review(store, questionnaire, aid, "s0_institutions", VALIDATED)
    with pytest.raises(ServiceError, match="unknown item id"):
        set_review(store, questionnaire, aid, "nope", VALIDATED)
    with pytest.raises(ServiceError, match="review status must be one of"):
        set_review(store, questionnaire, aid, "s2_need_a", "approved")
    with pytest.raises(ServiceError, match="longer than"):
        set_review(store, questionnaire, aid, "s2_need_a", DISPUTED, "x" * 5000)
    svc.set_status(store, aid, "final")
    with pytest.raises(AssessmentFinal, match="is final"):
        set_review(store, questionnaire, aid, "s2_need_a", VALIDATED)
    assert store.reviews(aid) == {}

