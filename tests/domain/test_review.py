"""Review units, fingerprints, coverage and the follow-up list (domain.review): a review stands
only while the answer is the one reviewed."""
from __future__ import annotations

import pytest

from capacity_app.domain.answers import Answer
from capacity_app.domain.team.review import (
    DISPUTED,
    FOLLOW_UP,
    NOT_REVIEWED,
    VALIDATED,
    Review,
    answered_units,
    coverage,
    effective,
    review_problem,
    review_unit,
    to_follow_up,
    unit_fingerprint,
    unit_keys,
    units,
)


@pytest.mark.parametrize("key, unit", [
    ("s2_need_a", "s2_need_a"),
    ("s0_institutions.nso", "s0_institutions.nso"),
    ("s0_institutions.nso.interviewed", "s0_institutions.nso"),
    ("s3_matrix.A.CEN", "s3_matrix.A.CEN"),
    ("s3_matrix.A.CEN.exists", "s3_matrix.A.CEN"),
    ("s0_institutions", None),          # a whole grid: by row
    ("s3_matrix", None),                # the whole matrix: by cell
    ("s3_matrix.Z.CEN", None),
    ("s0_institutions.nowhere", None),
    ("s0_institutions.nso.nothing", None),
    ("s2_need_a.x", None),
    ("nope", None),
    ("", None),
])
def test_review_unit(questionnaire, key, unit):
    assert review_unit(questionnaire, key) == unit


def test_units_cover_every_answer_key_once(questionnaire):
    q = questionnaire
    all_units = list(units(q))
    assert len(all_units) == len(set(all_units))
    from_keys = [k for u in all_units for k in unit_keys(q, u)]
    assert sorted(from_keys) == sorted(k for k, _, _ in q.all_keys())
    assert all(review_unit(q, u) == u for u in all_units)


def test_fingerprint_follows_values_not_comments(questionnaire):
    q = questionnaire
    a = {"s3_matrix.A.CEN.exists": Answer("s3_matrix.A.CEN.exists", "yes", "answered")}
    f = unit_fingerprint(q, a, "s3_matrix.A.CEN")
    commented = {"s3_matrix.A.CEN.exists": Answer("s3_matrix.A.CEN.exists", "yes", "answered", "a comment")}
    assert unit_fingerprint(q, commented, "s3_matrix.A.CEN") == f
    other_cell = {**a, "s3_matrix.B.CEN.exists": Answer("s3_matrix.B.CEN.exists", "no", "answered")}
    assert unit_fingerprint(q, other_cell, "s3_matrix.A.CEN") == f
    changed = {"s3_matrix.A.CEN.exists": Answer("s3_matrix.A.CEN.exists", "no", "answered")}
    assert unit_fingerprint(q, changed, "s3_matrix.A.CEN") != f
    dont_know = {"s3_matrix.A.CEN.exists": Answer("s3_matrix.A.CEN.exists", None, "dont_know")}
    assert unit_fingerprint(q, dont_know, "s3_matrix.A.CEN") not in (f, unit_fingerprint(q, {}, "s3_matrix.A.CEN"))
    blank = {"s3_matrix.A.CEN.exists": Answer("s3_matrix.A.CEN.exists", None, "empty", "only a comment")}
    assert unit_fingerprint(q, blank, "s3_matrix.A.CEN") == unit_fingerprint(q, {}, "s3_matrix.A.CEN")


def test_a_changed_answer_is_not_reviewed_again(questionnaire):
    q = questionnaire
    a = {"s2_need_a": Answer("s2_need_a", 3, "answered")}
    r = Review("s2_need_a", VALIDATED, "Sup", "2026-03-01T10:00:00+00:00", "", unit_fingerprint(q, a, "s2_need_a"))
    assert effective(r, unit_fingerprint(q, a, "s2_need_a")) == VALIDATED
    a2 = {"s2_need_a": Answer("s2_need_a", 2, "answered")}
    assert effective(r, unit_fingerprint(q, a2, "s2_need_a")) == NOT_REVIEWED
    assert effective(None, "x") == NOT_REVIEWED
    # back to the value reviewed: the review stands again
    assert effective(r, unit_fingerprint(q, dict(a), "s2_need_a")) == VALIDATED


def test_coverage_and_follow_up(questionnaire):
    q = questionnaire
    answers = {k: Answer(k, v, s) for k, v, s in [
        ("s2_need_a", 3, "answered"), ("s2_need_b", None, "dont_know"),
        ("s0_institutions.nso.interviewed", "yes", "answered"), ("s0_institutions.nso.role", "lead", "answered"),
        ("s3_matrix.A.CEN.exists", "yes", "answered"),
        ("s2_need_c", None, "empty"),  # a comment only: not an answer given
    ]}
    assert answered_units(q, answers) == ["s0_institutions.nso", "s2_need_a", "s2_need_b", "s3_matrix.A.CEN"]

    def rev(unit, status, check=None):
        return Review(unit, status, "S", "t", "n", unit_fingerprint(q, answers, unit) if check is None else check)

    reviews = {r.unit: r for r in [rev("s2_need_a", VALIDATED), rev("s2_need_b", DISPUTED),
                                    rev("s0_institutions.nso", VALIDATED, "stale"),
                                    rev("s3_matrix.A.CEN", FOLLOW_UP), rev("s2_need_c", FOLLOW_UP)]}
    c = coverage(q, answers, reviews)
    assert (c.total, c.validated, c.disputed, c.follow_up, c.not_reviewed) == (4, 1, 1, 1, 1)
    assert c.to_dict()["answers"] == 4
    follow = to_follow_up(q, answers, reviews)
    assert [(u.unit, u.status) for u in follow][0] == ("s2_need_b", DISPUTED)
    assert {u.unit for u in follow} == {"s2_need_b", "s3_matrix.A.CEN", "s2_need_c"}
    assert [u.status for u in follow] == [DISPUTED, FOLLOW_UP, FOLLOW_UP]


def test_review_problem():
    assert review_problem(VALIDATED, "") is None
    assert review_problem("approved", "") and "validated" in review_problem("approved", "")
    assert "longer than" in review_problem(DISPUTED, "x" * 5000)
    assert "half of a character pair" in review_problem(DISPUTED, "a\ud800b")
