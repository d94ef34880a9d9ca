"""A policy question not yet assessed (no source of it described: every expected cell "don't know")
has no availability, gap or priority (methodology.md, 2.5): ``score`` says so, and so must the
aggregation, which counted it as availability 0 in every mean of its region and the world, and the
comparison of two rounds, which read "availability 0 → 0, unchanged" where a gap was found."""
from __future__ import annotations

from dataclasses import replace

import pytest

from capacity_app.catalog.loader import load_bundled
from capacity_app.domain.answers import DONT_KNOW, Answer
from capacity_app.domain.scoring.compare import compare_rounds
from capacity_app.domain.scoring.engine import score
from capacity_app.exchange.aggregate.extract import _pq_score
from capacity_app.services.demo import demo_answers

M_CELLS = ("s3_matrix.M.HHS.exists", "s3_matrix.M.CEN.exists")


@pytest.fixture(scope="module")
def rounds():
    q = load_bundled()
    answers = {a.key: a for a in demo_answers(q)}
    unknown = dict(answers)
    for key in M_CELLS:
        unknown[key] = Answer(key, None, DONT_KNOW)
    before = score(q, unknown, "2025-06-30")
    after = score(q, answers, "2025-06-30")
    return before, after


def test_the_question_is_not_assessed_in_the_first_round(rounds):
    before, after = rounds
    assert not before.policy_questions["M"].assessed and after.policy_questions["M"].assessed
    assert before.policy_questions["M"].to_dict()["availability"] is None


def test_the_aggregation_draws_no_figure_from_it(rounds):
    before, after = rounds
    pq = _pq_score(before.policy_questions["M"])
    assert (pq.availability, pq.gap, pq.priority) == (None, None, None)
    assert pq.need == before.policy_questions["M"].need and pq.gap_type == "not_assessed"
    found = after.policy_questions["M"]
    assert _pq_score(found).availability == found.availability


def test_two_rounds_say_the_question_was_assessed_for_the_first_time(rounds):
    before, after = rounds
    m = compare_rounds(before, after).policy_questions["M"]
    assert m["availability"]["before"] is None and m["gap"]["before"] is None
    assert m["availability"]["after"] == after.policy_questions["M"].availability
    assert m["trend"] == "assessed" and m["trend_label"] == "assessed for the first time"
    back = compare_rounds(after, before).policy_questions["M"]
    assert back["trend"] == "unassessed" and back["availability"]["after"] is None
    same = compare_rounds(after, replace(after)).policy_questions["M"]
    assert same["trend"] == "unchanged"


def test_an_sdg_row_compiled_globally_is_so_whatever_its_answer():
    """10.7.4 is compiled at global level: not scored, whatever the answer (methodology.md, 2.4); left
    blank, its status read "unknown" and the aggregation counted it so beside five countries'
    "compiled globally" (a UNSD reader's finding)."""
    q = load_bundled()
    answers = {a.key: a for a in demo_answers(q)}
    key = "s4_sdg.sdg_10_7_4.produced"
    blank = {k: a for k, a in answers.items() if k != key}
    for given in (answers, blank, {**blank, key: Answer(key, None, DONT_KNOW)}):
        assert score(q, given, "2025-06-30").sdg["sdg_10_7_4"].status == "not_applicable"
    assert score(q, blank, "2025-06-30").sdg["sdg_10_7_3"].status != "not_applicable"   # a row asked: as answered
