"""The worked example of docs/methodology.md, computed with the bundled questionnaire and library:
if this test changes, the example in the documentation must change with it."""
from __future__ import annotations

import pytest

from capacity_app.catalog.recommendations import load_bundled_recommendations
from capacity_app.domain.answers import ANSWERED, Answer
from capacity_app.domain.scoring import score

FIT = {"exists": "yes", "variables": "yes", "tabulated": "yes"}
EXAMPLE = {
    "s2_need_a": 2, "s2_need_d": 3,
    **{f"s3_matrix.D.CEN.{k}": v for k, v in {**FIT, "periodicity": "ten_years", "latest_year": 2011,
                                               "timeliness": "m13_24", "accessibility": "online", "aligned": "yes",
                                               "disaggregation": ["sex", "age", "origin", "subnational"]}.items()},
    "s3_matrix.D.POP.exists": "no",
    **{f"s3_matrix.D.HHS.{k}": v for k, v in {**FIT, "periodicity": "two_to_five", "latest_year": 2023,
                                               "timeliness": "le12", "disaggregation": ["sex", "age"],
                                               "accessibility": "online", "aligned": "yes"}.items()},
    **{f"s3_matrix.A.BOR.{k}": v for k, v in {**FIT, "tabulated": "no", "periodicity": "continuous",
                                               "latest_year": 2025, "timeliness": "le12",
                                               "disaggregation": ["sex", "age", "origin"],
                                               "accessibility": "internal", "aligned": "partly"}.items()},
    "s5_strategy": "partly", "s5_in_nsds": "yes", "s5_needs_assessment": "no", "s5_funded": "partly",
    "s5_monitored": "no", "s5_legal_mandate": 2,
    "s6a_last_census_year": 2011, "s6a_topics": ["birth_country", "citizenship"],
}


def _score(q, weights=None):
    answers = {k: Answer(k, v, ANSWERED) for k, v in EXAMPLE.items()}
    return score(q, answers, "2026-05-15", weights, "en", load_bundled_recommendations())


def test_worked_example(questionnaire):
    r = _score(questionnaire)
    assert {k: r.cells[k].level for k in ("D.CEN", "D.POP", "D.HHS", "A.BOR")} == \
        {"D.CEN": 1, "D.POP": 0, "D.HHS": 2, "A.BOR": 1}
    d, a = r.policy_questions["D"], r.policy_questions["A"]
    assert (d.availability, d.gap, d.priority, d.gap_type) == (2, 1, 3, "disaggregation")
    assert (a.availability, a.gap, a.priority, a.gap_type, a.quick_win) == (1, 1, 4, "processing_access", True)
    assert r.ranked == ["A", "D"]
    assert r.sections["S3"].score == pytest.approx(200 / 7)
    assert r.sections["S5"].score == pytest.approx(100 * (0.5 + 1 + 0 + 0.5 + 0 + 2 / 3) / 6)
    assert r.sections["S6A"].score == pytest.approx(100 / 3)
    assert {k for k, s in r.sections.items() if s.score is not None} == {"S3", "S5", "S6A"}
    assert round(r.overall, 1) == 35.4 and r.provisional and r.band is None  # few items answered
    assert round(_score(questionnaire, {"S3": 2}).overall, 1) == 33.7
    assert [x.id for x in r.recommendations] == [
        "census_core_questions", "census_update_estimates", "register_statistical_access",
        "tabulate_existing_sources", "border_flow_statistics", "publish_by_migratory_status",
        "add_key_breakdowns"]
    assert [x.priority for x in r.recommendations] == [7, 6, 4, 4, 4, 3, 3]
