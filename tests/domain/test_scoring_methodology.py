"""The worked example and the second case of docs/methodology.md, computed with the bundled
questionnaire and library: if this test changes, the document must change with it."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from capacity_app.catalog.loader import load_bundled
from capacity_app.catalog.recommendations import load_bundled_recommendations
from capacity_app.domain.answers import ANSWERED, NOT_APPLICABLE, Answer
from capacity_app.domain.scoring import default_weights, score

from profiles import weak_profile

DOC = (Path(__file__).resolve().parents[2] / "docs" / "methodology.md").read_text(encoding="utf-8")

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


def _score(q, weights=None, lang="en"):
    answers = {k: Answer(k, v, ANSWERED) for k, v in {**EXAMPLE, "s0_reference_date": "2026-05-15"}.items()}
    return score(q, answers, "", weights, lang, load_bundled_recommendations())


def _section(title: str) -> str:
    return DOC.split(title, 1)[1].split("\n## ", 1)[0]


def test_worked_example(questionnaire):
    r = _score(questionnaire)
    assert r.reference_date == "2026-05-15" and r.rules_version == "3.0"
    assert {k: r.cells[k].level for k in ("D.CEN", "D.POP", "D.HHS", "A.BOR")} == \
        {"D.CEN": 1, "D.POP": 0, "D.HHS": 2, "A.BOR": 1}
    assert r.cells["D.CEN"].caps == {"recency": 1}
    d, a = r.policy_questions["D"], r.policy_questions["A"]
    assert (d.availability, d.gap, d.priority, d.gap_type, d.limiting) == (2, 1, 3, "disaggregation", ["breakdown"])
    assert d.fitness == "shortfall" and d.shortfalls[0] == "breakdown" and d.shortfalls[1].startswith("S1, ") and "availability not confirmed" in d.shortfalls[1]
    assert (a.availability, a.gap, a.priority, a.gap_type, a.quick_win, a.limiting) == \
        (1, 1, 2, "processing_access", True, ["tabulation", "access"])
    assert r.ranked == ["D", "A"]
    assert all(p.gap_type == "not_assessed" and p.rank is None and not p.assessed
               for c, p in r.policy_questions.items() if c not in "AD")
    assert r.sections["S3"].score == pytest.approx(100 * 8 / 93)
    assert r.sections["S5"].score == pytest.approx(100 * (0.5 + 1 + 0 + 0.5 + 0 + 2 / 3) / 6)
    assert r.sections["S6A"].score == pytest.approx(100 * (2 / 3) / 6)
    assert {k for k, s in r.sections.items() if s.score is None} == {
        "S1", "S2", "S4", "S6B", "S6C", "S7", "S8", "S9", "S10", "S11", "S12"}
    assert r.weights == default_weights(questionnaire) and sum(r.weights.values()) == 104
    assert r.overall == pytest.approx((15 * 100 * 8 / 93 + 3 * 100 * (8 / 3) / 6 + 6 * 100 * (2 / 3) / 6) / 104)
    assert r.overall_shown == 3.2
    assert r.completeness == pytest.approx((15 * 4 / 83 + 3 * 1 + 6 * 2 / 6) / 104)
    assert r.completeness_shown == 5.5 and r.provisional and r.band is None
    assert r.no_band == ["incomplete", "section_incomplete"]
    assert [x.id for x in r.recommendations] == [
        "census_core_questions", "census_update_estimates", "migration_statistics_plan", "add_key_breakdowns",
        "register_statistical_access", "register_use_for_statistics", "publish_by_migratory_status",
        "border_flow_statistics"]
    assert [x.priority for x in r.recommendations] == [7, 6, 5, 3, 2, 2, 2, 2]
    assert all(x.answers for x in r.recommendations)


def test_the_second_case_the_weak_answer_profile(questionnaire):
    r = score(questionnaire, weak_profile(questionnaire), "", None, "en", load_bundled_recommendations())
    shown = {k: s.shown for k, s in r.sections.items()}
    assert (shown["S1"], shown["S3"], shown["S6C"], shown["S7"], shown["S6A"]) == (95.0, 52.2, 0.0, 37.5, 100.0)
    assert all(v == 100.0 for k, v in shown.items() if k not in ("S1", "S3", "S6C", "S7", "S2"))
    assert r.sections["S3"].score == pytest.approx(100 * 36 / 69)
    assert r.overall == pytest.approx((12 * 95 + 15 * 3600 / 69 + 22 * 100 + 3 * 100 + 6 * 100 + 5 * 100 + 0
                                       + 8 * 37.5 + 6 * 100 + 4 * 100 + 4 * 100 + 7 * 100 + 2 * 100) / 104)
    assert r.overall_shown == 78.1 and r.completeness_shown == 86.3
    assert (r.sections["S3"].known, r.sections["S3"].primary) == (4, 83)
    assert r.band is None and r.no_band == ["section_incomplete"]
    # the variants of the document: "no" instead of "not applicable", "does not exist" instead of
    # "don't know": the same figure
    honest = dict(weak_profile(questionnaire))
    for k, a in list(honest.items()):
        if a.status == NOT_APPLICABLE and not k.startswith("s2_need"):
            honest[k] = Answer(k, "none" if k.startswith("s7_") else "no", ANSWERED)
        elif k.startswith("s3_matrix.") and a.status != ANSWERED:
            honest[k] = Answer(k, "no", ANSWERED)
    h = score(questionnaire, honest, "", None, "en", load_bundled_recommendations())
    assert h.overall_shown == 78.1 and h.band == "meets"


def test_the_documentation_shows_the_numbers_the_tool_computes(questionnaire):
    assert DOC.startswith("# Scoring methodology (rules version 3.0)")
    r = _score(questionnaire)
    example = _section("## 14. Worked example")
    for shown in (f"= **{r.sections['S3'].shown}**", f"= **{r.sections['S5'].shown}**",
                  f"= **{r.sections['S6A'].shown}**", f"= **{r.overall_shown}**",
                  f"= **{r.completeness_shown} %**", "priority = 3 × 1 = **3**", "priority = 2 × 1 = **2**",
                  "→ recency → **1**", "origin missing → breakdown → **2**", "Σ = 104"):
        assert shown in example, shown
    weak = score(questionnaire, weak_profile(questionnaire), "", None, "en", load_bundled_recommendations())
    second = _section("## 15. Second case")
    for sid in ("S1", "S3", "S6C", "S7"):
        assert f"**{weak.sections[sid].shown}**" in second, sid
    assert f"= **{weak.overall_shown}**" in second and f"= **{weak.completeness_shown} %**" in second
    # the weights table is the code's
    table = _section("## 7. Overall score")
    for sid, w in default_weights(questionnaire).items():
        row = re.search(rf"^\| {sid} [^|]*\| \**(\d+)\** \|", table, re.M)
        assert row and int(row.group(1)) == w, sid
    for name in ("TASC", "SPI", "ODIN", "ADAPT", "UN Recommendations", "17.18.2", "17.18.3", "17.18.1",
                 "Revision 1 (1998)", "(2021)"):
        assert name in _section("## 1. What the method rests on"), name
    assert "## 13. Known limits" in DOC and "## References" in DOC


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_reasons_use_the_languages_decimal_comma(questionnaire, lang):
    """The arithmetic in the reasons reads like the report around it: "8,43 sur 12", never a
    decimal point in French or Spanish (the English reasons keep theirs)."""
    r = _score(questionnaire, lang=lang)
    en = _score(questionnaire)
    reasons = [x for s in r.sections.values() for x in s.reasons] + list(r.overall_reasons)
    assert reasons and not [x for x in reasons if re.search(r"\d\.\d", x)]
    en_reasons = [x for s in en.sections.values() for x in s.reasons] + list(en.overall_reasons)
    assert any(re.search(r"\d\.\d", x) for x in en_reasons)
    assert any(re.search(r"\d,\d", x) for x in reasons)


def test_the_bundled_questionnaire_is_the_one_documented():
    q = load_bundled()
    assert sum(default_weights(q).values()) == 104


def _with(extra: dict, status: dict | None = None) -> dict:
    """The worked example's answers with ``extra`` answered (``status``: key -> another status)."""
    values = {**EXAMPLE, "s0_reference_date": "2026-05-15", **extra}
    return {k: Answer(k, None if (status or {}).get(k) else v, (status or {}).get(k, ANSWERED))
            for k, v in values.items()}


def test_a_grid_row_with_an_open_but_blank_follow_up(questionnaire):
    """Section 14.1: S1's annual immigration flow marked available, its follow-ups left blank."""
    recs = load_bundled_recommendations()
    before = score(questionnaire, _with({}), "", None, "en", recs)
    after = score(questionnaire, _with({"s1_statistics.imm_flow.available": "yes"}), "", None, "en", recs)
    s1 = after.sections["S1"]
    # available 1 + publication 0 + recency 0 + definition 0 + breakdowns 0, over 5 units: 0.2 of 1
    assert (s1.points, s1.max_points, s1.known, s1.primary) == (pytest.approx(0.2), 12, 1, 12)
    assert s1.shown == 1.7 and before.sections["S1"].score is None
    opened = [f.key for f in after.follow_up if f.key.startswith("s1_statistics.imm_flow.")]
    assert sorted(opened) == ["s1_statistics.imm_flow.breakdowns", "s1_statistics.imm_flow.definition",
                              "s1_statistics.imm_flow.publication", "s1_statistics.imm_flow.year"]
    assert all(f.status == "empty" for f in after.follow_up if f.key in opened)
    assert after.completeness == pytest.approx((12 * 1 / 12 + 15 * 4 / 83 + 3 * 3 / 3 + 6 * 2 / 6) / 104)
    assert (before.overall_shown, after.overall_shown) == (3.2, 3.4)
    # "no" closes the row: 0 points, nothing to follow up, the same completeness as "yes"
    no = score(questionnaire, _with({"s1_statistics.imm_flow.available": "no"}), "", None, "en", recs)
    assert no.sections["S1"].points == 0 and no.completeness == after.completeness
    assert not [f for f in no.follow_up if f.key.startswith("s1_statistics.imm_flow.")]
    example = _section("### 14.1")
    for shown in ("0.2 of 1", f"**{s1.shown}**", f"**{after.overall_shown}**"):
        assert shown in example, shown


def test_custom_weights_that_leave_a_section_out(questionnaire):
    """Section 14.2: the worked example with S3 weighted 0 by the assessment."""
    r = _score(questionnaire, weights={"S3": 0})
    assert r.custom_weights["S3"] == 0 and sum(r.custom_weights.values()) == 89
    assert r.custom_overall == pytest.approx((3 * 100 * (8 / 3) / 6 + 6 * 100 * (2 / 3) / 6) / 89)
    assert r.custom_overall_shown == 2.2
    # the headline, the completeness and the band rules keep the documented weights
    assert (r.overall_shown, r.completeness_shown, r.band, r.no_band) == (3.2, 5.5, None, ["incomplete", "section_incomplete"])
    d = r.to_dict()["custom_weights"]
    assert d["overall"] == 2.2 and d["weights"]["S3"] == 0.0
    example = _section("### 14.2")
    assert "= **2.2**" in example and "200 ÷ 89" in example


def test_nothing_scored_has_no_score_no_band_and_is_not_provisional(questionnaire):
    """Section 3: with nothing known there is no overall score, so nothing is provisional."""
    for answers in ({}, {"s0_reference_date": Answer("s0_reference_date", "2026-05-15", ANSWERED)}):
        d = score(questionnaire, answers, "", None, "en", []).to_dict()
        assert (d["overall"], d["band"], d["band_label"], d["provisional"], d["no_band"], d["no_band_reasons"]) == \
            (None, None, "", False, [], [])


def test_not_applicable_in_completeness(questionnaire):
    """Section 2.4: fixed and checked "not applicable" leave completeness (neither known nor
    asked); a declared one is a known primary question that earns nothing."""
    recs = load_bundled_recommendations()
    plain = score(questionnaire, _with({}), "", None, "en", recs)
    assert plain.sections["S4"].primary == 22  # 25 indicators, 3 compiled globally (fixed)
    # checked: mirror data for a country that is not one of origin
    profile = {"s2_profile": ["destination"]}
    na = {"s10_mirror": "x"}
    checked = score(questionnaire, _with({**profile, **na}, {"s10_mirror": NOT_APPLICABLE}), "", None, "en", recs)
    answered = score(questionnaire, _with({**profile, "s10_mirror": "yes"}), "", None, "en", recs)
    assert checked.sections["S10"].primary == answered.sections["S10"].primary == 3
    assert checked.completeness == answered.completeness
    # the same answer where the profile does not bear it out: refused, scored as a blank
    origin = score(questionnaire, _with({"s2_profile": ["origin"], **na}, {"s10_mirror": NOT_APPLICABLE}),
                   "", None, "en", recs)
    assert (origin.sections["S10"].known, origin.sections["S10"].primary) == (0, 4)
    # declared: a register that does not exist by design
    key = "s6c_registers.pop.exists"
    declared = score(questionnaire, _with({key: "x"}, {key: NOT_APPLICABLE}), "", None, "en", recs)
    s6c = declared.sections["S6C"]
    assert (s6c.known, s6c.primary, s6c.points) == (1, 10, 0)
