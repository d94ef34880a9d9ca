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
    answers = {k: Answer(k, v, ANSWERED) for k, v in {**EXAMPLE, "s0_reference_date": "2026-05-15"}.items()}
    return score(q, answers, "", weights, "en", load_bundled_recommendations())


def test_worked_example(questionnaire):
    r = _score(questionnaire)
    assert r.reference_date == "2026-05-15"
    assert {k: r.cells[k].level for k in ("D.CEN", "D.POP", "D.HHS", "A.BOR")} == \
        {"D.CEN": 1, "D.POP": 0, "D.HHS": 2, "A.BOR": 1}
    assert r.cells["D.CEN"].caps == {"recency": 1}
    d, a = r.policy_questions["D"], r.policy_questions["A"]
    assert (d.availability, d.gap, d.priority, d.gap_type, d.limiting) == (2, 1, 3, "disaggregation", ["breakdown"])
    assert (a.availability, a.gap, a.priority, a.gap_type, a.quick_win, a.limiting) == \
        (1, 1, 2, "processing_access", True, ["tabulation", "access"])
    assert r.ranked == ["D", "A"]
    assert all(p.gap_type == "not_rated" and p.rank is None for c, p in r.policy_questions.items() if c not in "AD")
    assert r.sections["S3"].score == pytest.approx(100 * 8 / 93)
    assert r.sections["S5"].score == pytest.approx(100 * (0.5 + 1 + 0 + 0.5 + 0 + 2 / 3) / 6)
    assert r.sections["S6A"].score == pytest.approx(100 * (2 / 3) / 6)
    assert {k: s.score for k, s in r.sections.items() if k not in ("S3", "S5", "S6A")} == \
        {k: 0 for k in r.sections if k not in ("S3", "S5", "S6A")}
    assert r.weights["S2"] == 0 and r.weights["S3"] == 2 and r.weights["S6B"] == pytest.approx(1 / 3)
    assert r.overall == pytest.approx((2 * 100 * 8 / 93 + 100 * (8 / 3) / 6 + 100 * (2 / 3) / 6 / 3) / 12)
    assert round(r.overall, 1) == 5.4
    assert r.completeness == pytest.approx((1 + 2 * 4 / 83 + (2 / 6) / 3) / 12)
    assert round(100 * r.completeness) == 10 and r.provisional and r.band is None
    assert [x.id for x in r.recommendations] == [
        "census_core_questions", "census_update_estimates", "migration_statistics_plan", "add_key_breakdowns",
        "register_statistical_access", "register_use_for_statistics", "publish_by_migratory_status",
        "border_flow_statistics"]
    assert [x.priority for x in r.recommendations] == [7, 6, 5, 3, 2, 2, 2, 2]
    assert all(x.answers for x in r.recommendations)


def test_the_documentation_shows_the_numbers_the_tool_computes(questionnaire):
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "methodology.md").read_text(encoding="utf-8")
    assert "# Scoring methodology (rules version 2.0)" in doc
    r = _score(questionnaire)
    example = doc.split("## 12. Worked example", 1)[1]
    for shown in (f"= **{r.sections['S3'].shown}**", f"= **{r.sections['S5'].shown}**",
                  f"= **{r.sections['S6A'].shown}**", f"= **{r.overall_shown}**",
                  f"= **{round(100 * r.completeness)} %**", "priority = 3 × 1 = **3**", "priority = 2 × 1 = **2**",
                  "→ recency → **1**", "origin missing → breakdown → **2**"):
        assert shown in example, shown
    for name in ("TASC", "SPI", "ODIN", "ADAPT", "UN Recommendations"):
        assert name in doc.split("## 11. Why these choices", 1)[1], name


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_reasons_use_the_languages_decimal_comma(questionnaire, lang):
    """The arithmetic in the reasons reads like the report around it: "8,43 sur 12", never a
    decimal point in French or Spanish (the English reasons keep theirs)."""
    import re

    answers = {k: Answer(k, v, ANSWERED) for k, v in {**EXAMPLE, "s0_reference_date": "2026-05-15"}.items()}
    r = score(questionnaire, answers, "", None, lang, load_bundled_recommendations())
    en = score(questionnaire, answers, "", None, "en", load_bundled_recommendations())
    reasons = [x for s in r.sections.values() for x in s.reasons] + list(r.overall_reasons)
    assert reasons and not [x for x in reasons if re.search(r"\d\.\d", x)]
    en_reasons = [x for s in en.sections.values() for x in s.reasons] + list(en.overall_reasons)
    assert any(re.search(r"\d\.\d", x) for x in en_reasons)
    assert any(re.search(r"\d,\d", x) for x in reasons)
