"""Scoring rules, one test per rule, with values computed by hand (docs/methodology.md)."""
from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from capacity_app.catalog.loader import load_questionnaire
from capacity_app.domain.answers import ANSWERED, DONT_KNOW, NOT_APPLICABLE, Answer
from capacity_app.domain.scoring import (
    TEXTS, Recommendation, band_for, compare_rounds, score,
)

FIXTURE = Path(__file__).parent / "fixtures" / "scoring_questionnaire.yaml"
REF = "2026-05-15"


@pytest.fixture(scope="module")
def q():
    return load_questionnaire(FIXTURE)


def answers(**values) -> dict[str, Answer]:
    """answers(**{"s5_strategy": "yes", "s2_need_a": DK}) with DK / NA markers."""
    out = {}
    for key, v in values.items():
        if v is DK:
            out[key] = Answer(key, None, DONT_KNOW)
        elif v is NA:
            out[key] = Answer(key, None, NOT_APPLICABLE)
        else:
            out[key] = Answer(key, v, ANSWERED)
    return out


DK = object()
NA = object()

FIT_CENSUS = {"exists": "yes", "variables": "yes", "tabulated": "yes", "periodicity": "ten_years",
              "latest_year": 2020, "timeliness": "le12", "disaggregation": ["sex", "age", "origin"],
              "accessibility": "online", "aligned": "yes"}


def cell(pq: str, src: str, **fields) -> dict:
    return {f"s3_matrix.{pq}.{src}.{k}": v for k, v in fields.items()}


def run(q, lang="en", weights=None, recs=None, ref=REF, **flat):
    return score(q, answers(**flat), ref, weights, lang, recs)


# --- cell levels ----------------------------------------------------------------------------------

def test_fit_census_cell_is_level_3(q):
    r = run(q, **cell("D", "CEN", **FIT_CENSUS))
    c = r.cells["D.CEN"]
    assert c.level == 3 and c.relevance == "main"
    assert "→ level 3" in c.reasons[-1]


def test_census_older_than_ten_years_is_level_1_with_the_reason(q):
    r = run(q, **cell("D", "CEN", **{**FIT_CENSUS, "latest_year": 2011}))
    c = r.cells["D.CEN"]
    assert c.level == 1
    assert "Census 2011: older than 10 years at reference date 15 May 2026 → recency shortfall → level 1" in c.reasons
    assert c.caps == {"recency": 1}


def test_census_exactly_ten_years_old_is_still_recent(q):
    assert run(q, **cell("D", "CEN", **{**FIT_CENSUS, "latest_year": 2016})).cells["D.CEN"].level == 3


def test_age_is_counted_from_the_reference_date_not_today(q):
    flat = cell("D", "CEN", **{**FIT_CENSUS, "latest_year": 2011})
    assert run(q, ref="2020-12-31", **flat).cells["D.CEN"].level == 3
    assert run(q, ref="2022-01-01", **flat).cells["D.CEN"].level == 1


def test_flow_needs_annual_data(q):
    r = run(q, **cell("A", "CEN", **{**FIT_CENSUS, "latest_year": 2025}))
    c = r.cells["A.CEN"]
    assert c.level == 2
    assert any("a flow needs annual or continuous data" in x for x in c.reasons)


def test_flow_older_than_two_years_is_level_1(q):
    fields = {**FIT_CENSUS, "periodicity": "continuous", "latest_year": 2023}
    assert run(q, **cell("A", "BOR", **fields)).cells["A.BOR"].level == 1
    fields["latest_year"] = 2024
    assert run(q, **cell("A", "BOR", **fields)).cells["A.BOR"].level == 3


def test_survey_for_a_stock_within_five_years(q):
    fields = {**FIT_CENSUS, "periodicity": "two_to_five", "latest_year": 2020}
    assert run(q, **cell("D", "HHS", **fields)).cells["D.HHS"].level == 1  # 6 years
    fields["latest_year"] = 2021
    assert run(q, **cell("D", "HHS", **fields)).cells["D.HHS"].level == 3  # 5 years
    fields["periodicity"] = "ten_years"
    assert run(q, **cell("D", "HHS", **fields)).cells["D.HHS"].level == 2  # irregular for a survey


@pytest.mark.parametrize("field,value,level", [
    ("exists", "no", 0), ("exists", "planned", 0), ("variables", "no", 0), ("variables", "partly", 2),
    ("tabulated", "no", 1), ("periodicity", "one_off", 1), ("timeliness", "gt24", 2),
    ("timeliness", "m13_24", 3), ("disaggregation", ["sex", "origin"], 2),
    ("disaggregation", ["sex", "age", "migratory_status"], 3), ("accessibility", "internal", 1),
    ("accessibility", "on_request", 2), ("aligned", "no", 1), ("aligned", "partly", 2),
])
def test_each_field_rule(q, field, value, level):
    assert run(q, **cell("D", "CEN", **{**FIT_CENSUS, field: value})).cells["D.CEN"].level == level


@pytest.mark.parametrize("field,level", [("variables", 0), ("tabulated", 1),
                                         ("periodicity", 1), ("latest_year", 1), ("timeliness", 2),
                                         ("disaggregation", 2), ("accessibility", 1), ("aligned", 1)])
def test_dont_know_counts_as_the_least_favourable_answer_but_is_no_evidence(q, field, level):
    flat = cell("D", "CEN", **{**FIT_CENSUS, field: DK})
    r = run(q, s2_need_d=3, **flat)
    c = r.cells["D.CEN"]
    assert c.level == level
    assert f"s3_matrix.D.CEN.{field}" in [f.key for f in r.follow_up]
    # the cap keeps the level down, but it is not a shortfall the answers show: no action
    factor = {"tabulated": "tabulation", "latest_year": "recency", "disaggregation": "breakdown",
              "accessibility": "access", "aligned": "alignment"}.get(field, field)
    assert c.unknown == {factor}
    p = r.policy_questions["D"]
    assert p.limiting == [factor] and p.unconfirmed == [factor] and p.confirmed == []


def test_a_cell_whose_existence_is_not_known_is_not_described(q):
    for state in (DK, None):
        flat = cell("D", "CEN", **{**FIT_CENSUS, "exists": state})
        if state is None:
            del flat["s3_matrix.D.CEN.exists"]
        r = run(q, s2_need_d=3, **flat)
        assert r.cells["D.CEN"].level is None
        p = r.policy_questions["D"]
        assert not p.assessed and p.gap is None and p.priority is None and p.rank is None
        assert p.gap_type == "not_assessed" and p.limiting == []


def test_cells_not_started_are_not_assessed_and_earn_nothing(q):
    r = run(q, **cell("D", "CEN", **FIT_CENSUS))
    assert r.cells["A.BOR"].level is None and not r.policy_questions["A"].assessed
    # three questions, none rated (weight 2 each): only D is answerable (3 of 3); A and I count 0
    assert r.sections["S3"].score == pytest.approx(100 * 2 * 3 / (3 * 2 * 3))
    assert "s3_matrix.A.BOR.exists" in [f.key for f in r.follow_up if f.status == "empty"]
    assert "I.HHS" not in r.cells  # neither expected nor started
    r = run(q, **cell("I", "HHS", exists="no"))
    assert r.cells["I.HHS"].level == 0 and r.cells["I.HHS"].relevance is None


# --- policy questions -------------------------------------------------------------------------

def test_need_availability_gap_priority_and_disaggregation_type(q):
    flat = {**cell("D", "CEN", **{**FIT_CENSUS, "disaggregation": ["sex", "origin"]}), "s2_need_d": 3}
    p = run(q, **flat).policy_questions["D"]
    assert (p.need, p.availability, p.gap, p.priority) == (3, 2, 1, 3)
    assert p.gap_type == "disaggregation" and p.best_sources == ["CEN"]
    # written as the arithmetic it is, no function name (zh 8, ru 22, ar 5)
    assert "gap = need − availability = 3 − 2 = 1 (never below 0); priority = need × gap = 3 × 1 = 3" in p.reasons
    assert p.limiting == ["breakdown"]


def test_reporting_gap_when_held_back_by_timeliness(q):
    flat = {**cell("D", "CEN", **{**FIT_CENSUS, "timeliness": "gt24"}), "s2_need_d": 3}
    p = run(q, **flat).policy_questions["D"]
    assert (p.availability, p.gap, p.priority, p.gap_type) == (2, 1, 3, "reporting")
    assert p.limiting == ["timeliness"]


def test_gap_and_priority_agree_no_gap_no_priority_no_rank(q):
    flat = {**cell("D", "CEN", **{**FIT_CENSUS, "timeliness": "gt24"}), "s2_need_d": 2}
    r = run(q, **flat)
    p = r.policy_questions["D"]
    assert (p.availability, p.gap, p.priority, p.gap_type, p.rank) == (2, 0, 0, "none", None)
    assert p.limiting == ["timeliness"]  # limiting factors for every question, gap or not
    assert "D" not in r.ranked


def test_data_and_processing_gaps(q):
    r = run(q, s2_need_a=2, **cell("A", "BOR", exists="no"), **cell("I", "CEN", **{**FIT_CENSUS, "tabulated": "no"}),
            s2_need_i=3)
    a, i = r.policy_questions["A"], r.policy_questions["I"]
    assert (a.availability, a.gap, a.priority, a.gap_type, a.quick_win) == (0, 2, 4, "data", False)
    assert a.limiting == ["exists"]  # the border records do not exist
    assert (i.availability, i.gap, i.priority, i.gap_type, i.quick_win) == (1, 2, 6, "processing_access", True)
    assert i.limiting == ["tabulation"]
    assert r.ranked[:2] == ["I", "A"]


def test_no_source_described_is_not_yet_described_never_missing(q):
    """A question none of whose sources is described is not assessed: no availability, gap,
    priority, rank or action is drawn from the blank (rules 2.0 called it "no source")."""
    r = run(q, recs=LIB, s2_need_a=3)
    a = r.policy_questions["A"]
    assert (a.assessed, a.gap, a.priority, a.rank, a.gap_type, a.limiting) == (False, None, None, None,
                                                                                 "not_assessed", [])
    assert r.recommendations == [] and r.ranked == []
    assert "s3_matrix.A.BOR.exists" in [f.key for f in r.follow_up]


def test_no_gap_when_met_or_not_needed(q):
    r = run(q, s2_need_d=3, s2_need_a=0, **cell("D", "CEN", **FIT_CENSUS), **cell("A", "BOR", exists="no"))
    assert r.policy_questions["D"].gap_type == "none" and r.policy_questions["D"].priority == 0
    assert r.policy_questions["A"].gap_type == "none" and r.policy_questions["A"].priority == 0


def test_need_dont_know_gives_no_gap_and_is_followed_up(q):
    r = run(q, s2_need_a=DK, **cell("A", "BOR", exists="no"))
    p = r.policy_questions["A"]
    assert (p.need, p.gap, p.priority, p.rank, p.gap_type) == (None, None, None, None, "not_rated")
    assert p.gap_type_label == "Need not rated"
    assert "s2_need_a" in [f.key for f in r.follow_up]


def test_need_not_applicable_needs_a_reason_and_keeps_the_floor_weight(q):
    flat = cell("A", "BOR", exists="no")
    without = run(q, s2_need_a=NA, **flat)
    p = without.policy_questions["A"]
    assert (p.need, p.gap_type, p.weight) == (None, "not_rated", 2)  # no reason given: not rated
    assert ("s2_need_a", "no_reason") in [(f.key, f.status) for f in without.follow_up]
    answers_ = {**answers(**flat), "s2_need_a": Answer("s2_need_a", None, NOT_APPLICABLE, "no immigration")}
    r = score(q, answers_, REF)
    p = r.policy_questions["A"]
    assert (p.need, p.gap, p.priority, p.gap_type, p.rank, p.weight) == (0, 0, 0, "none", None, 1)
    assert [(x.key, x.kind, x.comment) for x in r.not_applicable] == [("s2_need_a", "declared", "no immigration")]
    # the floor: A still weighs 1 in S3 (availability 0), so marking it N/A cannot lift S3 to 100
    assert r.sections["S3"].score < 100


def test_not_applicable_where_the_questionnaire_does_not_allow_it_counts_as_blank(q):
    # the fixture allows N/A on need A only: on need D it is ignored (and said)
    r = run(q, s2_need_d=NA, s5_strategy=NA, s5_mandate=1)
    assert r.policy_questions["D"].need is None
    assert r.sections["S5"].score == run(q, s5_mandate=1).sections["S5"].score
    assert any("not applicable" in x and "s5_strategy" in x for x in r.overall_reasons)


def test_unrated_need_is_not_ranked(q):
    r = run(q, s2_need_a=1, **cell("A", "BOR", exists="no"), **cell("D", "CEN", exists="no"))
    assert r.policy_questions["D"].priority is None and r.policy_questions["D"].rank is None
    assert r.ranked == ["A"]


def test_triangulation_needs_two_sources_at_level_2(q):
    two = {**cell("D", "CEN", **FIT_CENSUS),
           **cell("D", "HHS", **{**FIT_CENSUS, "periodicity": "two_to_five", "latest_year": 2024,
                                "timeliness": "gt24"})}
    assert run(q, **two).policy_questions["D"].triangulation is True
    one = {**two, "s3_matrix.D.HHS.tabulated": "no"}
    assert run(q, **one).policy_questions["D"].triangulation is False


def test_ties_broken_by_sdg_indicators_on_the_same_source(q):
    # A and D: need 2, availability 0, priority 4, no quick win; 8.5.2 relies on the census
    # (D's main source), none on border records (A's main source) -> D first
    flat = {"s2_need_a": 2, "s2_need_d": 2, "s4_sdg.sdg_8_5_2.produced": "yes",
            "s4_sdg.sdg_8_5_2.source": "CEN", **cell("A", "HHS", exists="no"), **cell("D", "HHS", exists="no")}
    r = run(q, **flat)
    assert r.ranked == ["D", "A"]
    assert r.policy_questions["D"].rank == 1


# --- sections -------------------------------------------------------------------------------------

def test_section_points_with_choice_scores_and_ratings(q):
    r = run(q, s5_strategy="partly", s5_funded="fully", s5_mandate=2)
    s = r.sections["S5"]
    # 0.5 + 1 + 2/3 = 2.1667 of 3
    assert s.points == pytest.approx(0.5 + 1 + 2 / 3)
    assert s.max_points == 3
    assert s.score == pytest.approx(72.22, abs=0.01)


def test_a_follow_up_closed_by_a_no_earns_nothing(q):
    r = run(q, s5_strategy="no", s5_funded="fully", s5_mandate=2)
    # s5_funded is hidden when there is no strategy: no strategy, no funded strategy (0 of 1)
    assert r.sections["S5"].max_points == 3
    assert r.sections["S5"].score == pytest.approx(100 * (2 / 3) / 3)
    # so a better strategy answer never lowers the section, even with the follow-up left blank
    partly = run(q, s5_strategy="partly", s5_mandate=2).sections["S5"].score
    assert partly >= r.sections["S5"].score


def test_declared_not_applicable_blank_and_dont_know_score_zero(q):
    # "no census in this country" is the country's own statement: it earns nothing (0 of 1);
    # census topics left blank earn 0 of 1
    r = run(q, s6a_last_census_year=NA, s6a_tables_published="yes")
    s = r.sections["S6A"]
    assert (s.points, s.max_points, s.not_applicable, s.score) == (1, 3, 1, pytest.approx(100 / 3))
    r = run(q, s6a_last_census_year=DK, s6a_tables_published="yes")
    s = r.sections["S6A"]
    assert (s.points, s.max_points, s.dont_know, s.score) == (1, 3, 1, pytest.approx(100 / 3))
    blank = run(q, s6a_tables_published="yes").sections["S6A"]
    assert (blank.points, blank.max_points, blank.score) == (s.points, s.max_points, s.score)
    assert {"s6a_last_census_year", "s6a_topics"} <= {f.key for f in run(q, s6a_tables_published="yes").follow_up}


def test_census_rules_of_section_6a(q):
    r = run(q, s6a_last_census_year=2011, s6a_topics=["birth_country", "citizenship"], s6a_tables_published="partly")
    s = r.sections["S6A"]
    # recency 0 + core topics 2/3 + tables 0.5 = 1.1667 of 3
    assert s.score == pytest.approx(100 * (2 / 3 + 0.5) / 3)
    codes = {f.code for f in r.findings}
    assert {"s6a_old_census", "s6a_core_missing"} <= codes
    assert any("census of 2011: more than 10 years old" in x for x in s.reasons)


def test_s1_rows_with_recency_definition_and_breakdowns(q):
    flat = {"s1_statistics.imm_stock_birth.available": "yes", "s1_statistics.imm_stock_birth.year": 2010,
            "s1_statistics.imm_stock_birth.definition": "birth",
            "s1_statistics.imm_stock_birth.breakdowns": ["sex"],
            "s1_statistics.imm_stock_birth.publication": "online",
            "s1_statistics.imm_flow.available": "no"}
    r = run(q, **flat)
    s = r.sections["S1"]
    # stock row: available 1, publication 1, recency 0 (16 > 10), definition 1, sex/age 0.5 -> 3.5/5
    # flow row: not available -> 0; remittances row not answered -> 0 (blank earns nothing)
    assert s.points == pytest.approx(0.7)
    assert s.max_points == 3
    assert s.score == pytest.approx(70 / 3)
    codes = [f.code for f in r.findings]
    assert "s1_old_stock" in codes and "s1_breakdown" in codes and "s1_not_available" in codes


def test_s6b_survey_rows_with_recency(q):
    r = run(q, **{"s6b_surveys.lfs.exists": "yes", "s6b_surveys.lfs.migration_questions": "partly",
                  "s6b_surveys.lfs.last_year": 2019, "s6b_surveys.migration.exists": "yes",
                  "s6b_surveys.migration.migration_questions": "yes", "s6b_surveys.migration.last_year": 2022})
    s = r.sections["S6B"]
    # LFS: exists 1, questions 0.5, recency 0 (7 > 5) -> 1.5/3; migration survey: 1, 1, 1 -> 1
    assert s.points == pytest.approx(0.5 + 1)
    assert s.max_points == 2 and s.score == pytest.approx(75.0)


def test_s3_is_the_need_weighted_answerability_of_the_policy_questions(q):
    flat = {**cell("D", "CEN", **FIT_CENSUS), **cell("D", "HHS", **{**FIT_CENSUS, "tabulated": "no"}),
            **cell("A", "BOR", **{**FIT_CENSUS, "periodicity": "continuous", "latest_year": 2025,
                                 "accessibility": "internal"}),
            "s2_need_d": 3, "s2_need_a": 1, "s2_need_i": 0}
    s = run(q, **flat).sections["S3"]
    # D: need 3, availability 3; A: need 1, availability 1; I: need 0, still weighs 1 (the floor),
    # not assessed, so availability 0
    assert s.score == pytest.approx(100 * (3 * 3 + 1 * 1 + 1 * 0) / (3 * (3 + 1 + 1)))
    assert s.reasons[0] == "need-weighted availability of 3 policy questions: (1×1 + 3×3 + 1×0) = 10 of 15 → 66.7"


def test_overall_is_the_weighted_mean_with_the_documented_weights(q):
    flat = {"s5_strategy": "partly", "s5_funded": "fully", "s5_mandate": 2, "s6a_last_census_year": 2011,
            "s6a_topics": ["birth_country", "citizenship"], "s6a_tables_published": "partly"}
    s5, s6a = 100 * (0.5 + 1 + 2 / 3) / 3, 100 * (2 / 3 + 0.5) / 3
    r = run(q, **flat)
    # documented weights: the number of primary units of each section; S2 (demand) 0; sections
    # not yet assessed count 0
    assert r.weights == {"S1": 3, "S2": 0, "S3": 3, "S4": 3, "S5": 2, "S6A": 3, "S6B": 2, "S6C": 2, "S9": 1,
                         "S10": 2}
    assert r.overall == pytest.approx((2 * s5 + 3 * s6a) / 21)
    assert r.sections["S1"].score is None and not r.sections["S1"].assessed
    assert r.provisional and r.band is None and r.custom_weights is None and r.custom_overall is None
    assert any(x.startswith("not yet assessed, counted 0: S1, S3, S4, S6B, S6C, S9, S10") for x in r.overall_reasons)
    assert run(q).overall is None and run(q).band is None


def test_custom_weights_give_a_labelled_figure_and_never_a_band(q):
    flat = {"s5_strategy": "partly", "s5_funded": "fully", "s5_mandate": 2, "s6a_last_census_year": 2011,
            "s6a_topics": ["birth_country", "citizenship"], "s6a_tables_published": "partly"}
    s5, s6a = 100 * (0.5 + 1 + 2 / 3) / 3, 100 * (2 / 3 + 0.5) / 3
    only = {sid: 0 for sid in ("S1", "S2", "S3", "S4", "S6B", "S6C", "S9", "S10")}
    default = run(q, **flat)
    r = run(q, weights={**only, "S5": 1, "S6A": 1}, **flat)
    # the headline figure and band are those of the documented weights, whatever is stored
    assert r.overall == default.overall and r.weights == default.weights and r.band is None
    assert r.custom_overall == pytest.approx((s5 + s6a) / 2) and r.custom_overall_shown == 55.6
    assert r.custom_weights["S5"] == 1 and r.custom_weights["S3"] == 0
    d = r.to_dict()
    assert d["custom_weights"] == {"weights": r.custom_weights, "overall": 55.6, "label": "Custom weights: no band"}
    assert any("with the assessment's own weights" in x and "55.6 — Custom weights: no band" in x
               for x in r.overall_reasons)
    r = run(q, weights={**only, "S5": 3, "S6A": 1}, **flat)
    assert r.custom_overall == pytest.approx((3 * s5 + s6a) / 4)
    # weights equal to the documented ones are not custom
    assert run(q, weights=dict(default.weights), **flat).custom_weights is None


@pytest.mark.parametrize("value,band", [(0, "requires_further_progress"), (39.94, "requires_further_progress"),
                                        (39.96, "partially_meets"), (69.9, "partially_meets"), (70, "meets"),
                                        (89.9, "meets"), (90, "fully_meets"), (100, "fully_meets")])
def test_bands(value, band):
    assert band_for(value) == band


# --- SDG, findings, follow-up ------------------------------------------------------------------

def test_sdg_status(q):
    p = "s4_sdg."
    r = run(q, **{p + "sdg_10_7_1.produced": "yes", p + "sdg_10_7_1.identifies_migrants": "yes",
                  p + "sdg_10_7_1.published": "no", p + "sdg_8_5_2.produced": "yes",
                  p + "sdg_8_5_2.published": "yes", p + "sdg_17_3_2.produced": "no"})
    assert r.sdg["sdg_10_7_1"].status == "quick_win"
    assert r.sdg["sdg_10_7_1"].number == "10.7.1" and r.sdg["sdg_10_7_1"].label == "Recruitment cost"
    assert r.sdg["sdg_8_5_2"].status == "published"
    assert r.sdg["sdg_17_3_2"].status == "not_produced"
    r = run(q, **{p + "sdg_10_7_1.produced": "yes", p + "sdg_10_7_1.identifies_migrants": "yes",
                  p + "sdg_8_5_2.produced": "yes", p + "sdg_8_5_2.identifies_migrants": "no"})
    assert r.sdg["sdg_10_7_1"].status == "identifies_migrants"
    assert r.sdg["sdg_8_5_2"].status == "produced"
    assert r.sdg["sdg_17_3_2"].status == "unknown"


def test_sdg_partly_published_and_not_measured_on_persons(q):
    """A "partly" answer prints as partly published, never as published; an indicator not
    measured on persons (disaggregation not applicable) prints as produced, not as a gap."""
    from capacity_app.domain.scoring import sdg_status_label

    p = "s4_sdg."
    given = {p + "sdg_8_5_2.produced": "yes", p + "sdg_8_5_2.identifies_migrants": "yes",
             p + "sdg_8_5_2.published": "partly", p + "sdg_17_3_2.produced": "yes",
             p + "sdg_17_3_2.identifies_migrants": NA}
    r = run(q, **given)
    assert r.sdg["sdg_8_5_2"].status == "partly_published"
    assert r.sdg["sdg_17_3_2"].status == "produced_not_applicable"
    assert r.sdg["sdg_8_5_2"].status_label == "Partly published by migratory status"
    assert r.sdg["sdg_17_3_2"].status_label == "Produced (disaggregation not applicable)"
    for lang in ("fr", "es", "ar", "ru", "zh"):
        r = run(q, lang=lang, **given)
        assert r.sdg["sdg_8_5_2"].status_label not in ("", sdg_status_label("published", lang))
        assert r.sdg["sdg_17_3_2"].status_label not in ("", sdg_status_label("produced", lang))


def test_survey_register_coordination_and_exchange_findings(q):
    r = run(q, **{"s6b_surveys.lfs.exists": "yes", "s6b_surveys.lfs.migration_questions": "no",
                  "s6b_surveys.migration.exists": "no", "s6c_registers.entry_exit.exists": "yes",
                  "s6c_registers.entry_exit.access": "none", "s6c_registers.entry_exit.used": "no",
                  "s9_mechanism": "none", "s2_profile": ["origin"], "s10_exchange": "no", "s10_mirror": "no"})
    codes = [f.code for f in r.findings]
    for c in ("s6b_no_survey", "s6c_no_access", "s6c_not_used", "s9_no_mechanism", "s10_origin_no_exchange"):
        assert c in codes
    r = run(q, **{"s6b_surveys.lfs.exists": "yes", "s6b_surveys.lfs.migration_questions": "yes",
                  "s6b_surveys.lfs.last_year": 2019, "s2_profile": ["destination"], "s10_exchange": "no",
                  "s10_mirror": "no"})
    codes = [f.code for f in r.findings]
    assert "s6b_old_survey" in codes and "s6b_no_survey" not in codes
    assert "s10_origin_no_exchange" not in codes  # not a country of origin


def test_rules_whose_items_are_absent_are_skipped(q):
    from dataclasses import replace

    bare = replace(q, sections=tuple(s for s in q.sections if s.id in ("S2", "S3")), _items={})
    r = score(bare, answers(s2_need_a=3, s9_mechanism="none", **cell("A", "BOR", exists="no")), REF)
    assert set(r.sections) == {"S2", "S3"} and r.sdg == {} and r.findings == []
    assert r.policy_questions["A"].priority == 9


def test_follow_up_lists_dont_know_in_questionnaire_order(q):
    r = run(q, s6a_last_census_year=DK, s2_need_a=DK, s5_strategy=DK)
    dk = [f for f in r.follow_up if f.status == "dont_know"]
    assert [f.key for f in dk] == ["s2_need_a", "s5_strategy", "s6a_last_census_year"]
    assert dk[0].section == "S2"
    keys = [f.key for f in r.follow_up]
    assert keys.index("s1_statistics.imm_stock_birth.available") < keys.index("s2_need_a")


# --- recommendations ----------------------------------------------------------------------------

LIB = [
    Recommendation("census_topics", {"en": "Census topics", "fr": "Thèmes", "es": "Temas"},
                   {"en": "Add them", "fr": "Les ajouter", "es": "Añadirlos"},
                   findings=("s6a_core_missing",), section="S6A", priority=7),
    Recommendation("tabulate", {"en": "Tabulate", "fr": "Tabuler", "es": "Tabular"},
                   {"en": "t", "fr": "t", "es": "t"}, limiting=("tabulation", "access")),
    Recommendation("mirror", {"en": "Mirror data", "fr": "Données miroirs", "es": "Datos espejo"},
                   {"en": "m", "fr": "m", "es": "m"}, limiting=("exists", "variables"), policy_questions=("I",)),
    Recommendation("borders", {"en": "Borders", "fr": "Frontières", "es": "Fronteras"},
                   {"en": "b", "fr": "b", "es": "b"}, limiting=("exists", "variables"), sources=("BOR",)),
]


def test_recommendations_are_picked_and_ordered_from_the_ranked_gaps(q):
    flat = {"s2_need_a": 3, "s2_need_i": 2, "s6a_topics": ["birth_country"],
            **cell("D", "CEN", **{**FIT_CENSUS, "tabulated": "no"}), "s2_need_d": 3,
            **cell("A", "BOR", exists="no"), **cell("I", "MIR", exists="planned")}
    r = run(q, recs=LIB, lang="fr", **flat)
    # A: border records do not exist, priority 3 × 3 = 9; D: not tabulated, 3 × 2 = 6;
    # I: mirror data only planned, 2 × 2 = 4
    assert r.ranked == ["A", "D", "I"]
    ids = [x.id for x in r.recommendations]
    assert ids == ["borders", "census_topics", "tabulate", "mirror"]
    by_id = {x.id: x for x in r.recommendations}
    assert by_id["borders"].priority == 9 and by_id["borders"].policy_questions == ["A"]
    assert by_id["census_topics"].priority == 7 and by_id["census_topics"].section == "S6A"
    assert by_id["mirror"].policy_questions == ["I"] and by_id["mirror"].gap_type == "data"
    assert by_id["tabulate"].title == "Tabuler" and by_id["tabulate"].policy_questions == ["D"]
    # every recommendation names what it answers
    assert by_id["tabulate"].answers == ["question D : lacune 2, priorité 6, limitée par : tabulation"]
    assert by_id["census_topics"].answers[0].startswith("thèmes de base absents du recensement : ")


def test_no_recommendation_without_need_or_gap(q):
    flat = {**cell("D", "CEN", **{**FIT_CENSUS, "tabulated": "no"})}
    assert run(q, recs=LIB, **flat).recommendations == []  # D not rated
    assert run(q, recs=LIB, s2_need_d=1, **flat).recommendations == []  # need 1 met by level 1


# --- explanations and texts ----------------------------------------------------------------------

def test_reasons_in_each_language(q):
    flat = cell("D", "CEN", **{**FIT_CENSUS, "latest_year": 2011})
    assert "niveau 1" in run(q, lang="fr", **flat).cells["D.CEN"].reasons[0]
    assert "nivel 1" in run(q, lang="es", **flat).cells["D.CEN"].reasons[0]
    r = run(q, lang="es", s2_need_a=2, **cell("A", "BOR", exists="no"))
    assert r.policy_questions["A"].gap_type_label == "Brecha de datos"


def test_every_text_has_three_languages_with_the_same_placeholders():
    """English in texts.py, French and Spanish from their catalogues (read as the engine reads them)."""
    import capacity_app.catalog  # noqa: F401  (gives domain.texts its catalogue reader)
    from capacity_app.domain.texts import catalogue

    fmt = string.Formatter()
    for key, entry in TEXTS.items():
        assert set(entry) == {"en"}, key
        texts = [entry["en"]] + [catalogue(lang)[key][lang] for lang in ("fr", "es")]
        names = [{f for _, f, _, _ in fmt.parse(t) if f} for t in texts]
        assert names[0] == names[1] == names[2], key


def test_every_number_has_reasons(q):
    flat = {"s2_need_a": 2, "s5_strategy": "yes", **cell("A", "BOR", exists="no")}
    d = run(q, **flat).to_dict()
    for det in d["section_details"].values():
        assert det["reasons"]
    for p in d["policy_questions"].values():
        assert p["reasons"]
    assert d["cells"]["A.BOR"]["reasons"] == ["Border records: the source does not exist → level 0"]


# --- round comparison ----------------------------------------------------------------------------

def test_compare_rounds_flags_improvements_and_regressions(q):
    before = run(q, s2_need_d=3, s5_strategy="yes", **cell("D", "CEN", **{**FIT_CENSUS, "tabulated": "no"}))
    after = run(q, s2_need_d=3, s5_strategy="partly", **cell("D", "CEN", **FIT_CENSUS))
    c = compare_rounds(before, after).to_dict()
    assert c["cells"]["D.CEN"] | {"trend_label": None} == {"before": 1, "after": 3, "trend": "improved",
                                                             "trend_label": None, "delta": 2}
    assert c["policy_questions"]["D"]["gap"] == {"before": 2, "after": 0, "delta": -2}
    assert c["policy_questions"]["D"]["trend"] == "improved"
    # S5: strategy 1 of 3 (funding and mandate blank) -> 0.5 of 3
    assert c["sections"]["S5"]["trend"] == "regressed" and c["sections"]["S5"]["delta"] == -16.6
    assert {"kind": "section", "key": "S5", "before": 33.3, "after": 16.7} in c["regressions"]
    assert c["rules_version"] == "3.0"
    assert any(x["key"] == "D.CEN" for x in c["improvements"])


def test_to_dict_follows_the_contract(q):
    d = run(q, s2_need_a=2).to_dict()
    for key in ("overall", "band", "sections", "section_details", "policy_questions", "ranked", "cells",
                "sdg", "sdg_details", "recommendations", "follow_up", "weights", "rules_version",
                "reference_date"):
        assert key in d
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", d["reference_date"])
    assert set(d["section_details"]["S5"]) >= {"score", "label", "points", "max_points", "dont_know",
                                               "not_applicable", "weight", "reasons"}
    assert set(d["policy_questions"]["A"]) >= {"label", "need", "availability", "gap", "priority", "gap_type",
                                               "gap_type_label", "triangulation", "quick_win", "best_sources",
                                               "rank", "reasons"}


# --- codes and labels, defined once next to the engine ------------------------------------------

def test_band_thresholds_are_the_band_boundaries():
    from capacity_app.domain.scoring import BAND_THRESHOLDS, BANDS

    assert len(BAND_THRESHOLDS) == len(BANDS) - 1
    for lower, band in zip(BAND_THRESHOLDS, BANDS[1:], strict=True):
        assert band_for(lower) == band
        assert band_for(lower - 0.06) != band


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar", "ru", "zh"])
def test_every_code_has_a_distinct_label_in_every_language(lang):
    from capacity_app.domain.scoring import (
        BANDS, GAP_TYPES, SDG_STATUSES, band_label, gap_type_label, sdg_status_label,
    )

    for codes, label in ((BANDS, band_label), (GAP_TYPES, gap_type_label), (SDG_STATUSES, sdg_status_label)):
        labels = [label(c, lang) for c in codes]
        assert all(labels) and len(set(labels)) == len(codes)
        if lang != "en":
            assert labels != [label(c, "en") for c in codes]
        assert label(None, lang) == ""


def test_result_carries_the_labels_of_its_codes(q):
    from capacity_app.domain.scoring import band_label, gap_type_label, sdg_status_label

    r = run(q, lang="fr", **{"s2_need_a": 2, "s4_sdg.sdg_10_7_1.produced": "yes"})
    assert r.band_label == band_label(r.band, "fr", r.provisional)
    assert all(p.gap_type_label == gap_type_label(p.gap_type, "fr") for p in r.policy_questions.values())
    assert all(x.status_label == sdg_status_label(x.status, "fr") for x in r.sdg.values())


def test_follow_up_items_are_typed_and_keep_their_json_shape(q):
    from capacity_app.domain.scoring import FollowUpItem

    r = run(q, s2_need_a=DK)
    assert all(isinstance(f, FollowUpItem) for f in r.follow_up)
    i = [f.key for f in r.follow_up].index("s2_need_a")
    assert r.to_dict()["follow_up"][i] == {"key": "s2_need_a", "label": r.follow_up[i].label, "section": "S2",
                                           "status": "dont_know"}
    assert r.to_dict()["follow_up"][0]["status"] == "empty"


def test_shown_scores_are_the_exported_ones(q):
    r = run(q, s5_strategy="partly", s5_funded="fully", s5_mandate=2,
            s6a_last_census_year=2011, s6a_topics=["birth_country", "citizenship"], s6a_tables_published="partly")
    d = r.to_dict()
    # (2 × 72.22 + 3 × 38.89) ÷ 21 = 12.43
    assert r.overall != r.overall_shown == d["overall"] == 12.4
    assert {k: v.shown for k, v in r.sections.items()} == d["sections"]
    assert d["sections"]["S5"] == 72.2 and d["sections"]["S1"] is None
    assert d["completeness_percent"] == r.completeness_shown


def test_one_answer_gives_a_provisional_score_without_band(q):
    r = run(q, s5_strategy="yes")
    assert r.overall < 10 and r.provisional and r.band is None
    assert 0 < r.completeness < 0.8
    d = r.to_dict()
    assert d["band"] is None and d["provisional"] is True and d["completeness"] == round(r.completeness, 3)
    assert d["no_band"] == ["incomplete", "section_incomplete"]
    assert d["band_label"] == r.band_label and "Provisional" in r.band_label
    assert "Provisoire" in run(q, lang="fr", s5_strategy="yes").band_label
    assert "Provisional" in run(q, lang="es", s5_strategy="yes").band_label
    empty = run(q)
    assert empty.overall is None and not empty.provisional and empty.completeness == 0


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar", "ru"])
def test_the_sdg_indicator_count_follows_the_sources_it_does_not_count(lang):
    """"… rely on these sources: 3 (six sources)" read as three sources (zh 45, ru 22)."""
    from capacity_app.domain.texts import text

    assert text("pq.sdg_links", lang, count="3", sources="CEN, HHS").endswith("): 3") or \
        text("pq.sdg_links", lang, count="3", sources="CEN, HHS").endswith(") : 3")
