"""The scoring service and the ``score`` command on a real database with the demo assessment."""
from __future__ import annotations

import json
import shutil

import pytest

from capacity_app.domain.scoring import compare_rounds
from capacity_app.services.assessments import (
    ServiceError, create_assessment, duplicate_as_next_round, open_store, record_answer,
)
from capacity_app.services.demo import create_demo
from capacity_app.services.scoring import compare_assessments, score_assessment, set_weights
from workbook_values import sheet_values


@pytest.fixture
def store(request, db_path):
    """Each test's own store; for a test of the demo, a copy of the demo's database (made once per
    test process: tests/conftest.py, demo_db) rather than the demo created again in an empty one
    for every test (create_demo itself: tests/catalog/test_demo.py). A test that writes, writes
    to its copy only."""
    if "demo" in request.fixturenames:
        shutil.copy(request.getfixturevalue("demo_db")[0], db_path)
    s = open_store(db_path)
    yield s
    s.close()


@pytest.fixture
def demo(store, demo_db):
    """The demo assessment in the test's store, as create_demo returns it."""
    return store.assessment(demo_db[1])


def test_demo_scores_follow_the_contract_and_are_plausible(store, questionnaire, demo):
    d = score_assessment(store, questionnaire, demo.id).to_dict()
    assert 20 <= d["overall"] <= 80
    assert d["band"]["code"] in ("requires_further_progress", "partially_meets", "meets")
    assert d["completeness"] >= 0.8 and d["provisional"] is False
    assert d["reference_date"] == demo.effective_reference_date == "2026-05-15"
    assert set(d["sections"]) == {s.id for s in questionnaire.sections if s.scored}
    assert set(d["policy_questions"]) == {p.code for p in questionnaire.policy_questions}
    # ranked: exactly the questions with a need and a gap
    assert set(d["ranked"]) == {c for c, p in d["policy_questions"].items() if p["priority"]}
    assert 3 <= len(d["ranked"]) < 15
    assert all(p["rank"] is None and p["gap_type"] in ("none", "not_rated")
               for c, p in d["policy_questions"].items() if c not in d["ranked"])
    prios = [d["policy_questions"][c]["priority"] for c in d["ranked"]]
    assert prios == sorted(prios, reverse=True)
    assert d["recommendations"] and all(r["title"] and r["text"] for r in d["recommendations"])
    urgency = [r["priority"] for r in d["recommendations"]]
    assert urgency == sorted(urgency, reverse=True)
    assert d["sdg"] and set(d["sdg"].values()) <= {"produced", "identifies_migrants", "published", "quick_win",
                                                   "not_produced", "unknown", "not_applicable",
                                                   "partly_published", "produced_not_applicable"}
    assert all(r["answers"] for r in d["recommendations"])  # each names the finding it answers
    assert d["follow_up"]
    json.dumps(d)  # JSON-ready


@pytest.mark.parametrize("lang,word", [("fr", "niveau"), ("es", "nivel")])
def test_demo_explanations_in_french_and_spanish(store, questionnaire, demo, lang, word):
    d = score_assessment(store, questionnaire, demo.id, lang=lang).to_dict()
    levels = [r for c in d["cells"].values() for r in c["reasons"]]
    assert any(word in r for r in levels)
    assert d["band"]["label"] != score_assessment(store, questionnaire, demo.id).to_dict()["band"]["label"]
    for r in d["recommendations"]:
        assert r["title"]


def test_weights_are_stored_with_the_assessment_and_used(store, questionnaire, demo):
    before = score_assessment(store, questionnaire, demo.id)
    set_weights(store, questionnaire, demo.id, {"S3": 5})
    assert store.assessment(demo.id).settings["weights"] == {"S3": 5.0}
    after = score_assessment(store, questionnaire, demo.id)
    # the headline score and band keep the documented weights; the assessment's own weights give
    # a second figure, labelled "custom weights", never a band
    assert after.weights == before.weights and after.overall == before.overall and after.band == before.band
    w = after.custom_weights
    assert w["S3"] == 5 and w["S2"] == 0 and w["S1"] == 12 and w["S6A"] == 6  # the rest documented
    scored = {k: s for k, s in after.sections.items() if s.score is not None}
    expected = sum(s.score * w[k] for k, s in scored.items()) / sum(w[k] for k in scored)
    assert after.custom_overall == pytest.approx(expected)
    assert after.custom_overall != pytest.approx(before.overall)
    with pytest.raises(ServiceError, match="not a scored section"):
        set_weights(store, questionnaire, demo.id, {"S0": 2})
    with pytest.raises(ServiceError, match="between 0 and 100"):
        set_weights(store, questionnaire, demo.id, {"S1": -1})


def test_unknown_assessment_and_language_are_readable_errors(store, questionnaire, demo):
    with pytest.raises(ServiceError, match="no assessment with id 99"):
        score_assessment(store, questionnaire, 99)
    with pytest.raises(ServiceError, match="language must be one of"):
        score_assessment(store, questionnaire, demo.id, lang="de")


def test_round_comparison_of_two_rounds(store, questionnaire, demo):
    nxt = duplicate_as_next_round(store, questionnaire, demo.id)
    record_answer(store, questionnaire, nxt.id, "s3_matrix.A.RES.tabulated", "yes")
    record_answer(store, questionnaire, nxt.id, "s3_matrix.A.RES.accessibility", "online")
    record_answer(store, questionnaire, nxt.id, "s2_requests", "no")
    c = compare_assessments(store, questionnaire, nxt.id, demo.id).to_dict()  # order does not matter
    assert c["cells"]["A.RES"]["before"] < c["cells"]["A.RES"]["after"]
    assert c["cells"]["A.RES"]["trend"] == "improved"
    assert c["sections"]["S2"]["trend"] == "regressed"
    assert any(x["key"] == "S2" for x in c["regressions"])
    other = create_assessment(store, questionnaire, country="KEN", round=2026)
    with pytest.raises(ServiceError, match="not of the same country"):
        compare_assessments(store, questionnaire, demo.id, other.id)
    same = compare_rounds(score_assessment(store, questionnaire, demo.id),
                          score_assessment(store, questionnaire, demo.id)).to_dict()
    assert same["improvements"] == [] and same["regressions"] == []


def test_score_command(cli_run, questionnaire):
    from capacity_app.services.assessments import open_store

    with open_store(cli_run.db) as s:
        aid = create_demo(s).id
    r = cli_run("score", aid, "--json")
    assert r.exit_code == 0, r.output
    d = json.loads(r.output)
    assert d["band"]["code"] and d["ranked"] and d["recommendations"]
    r = cli_run("score", aid, "--lang", "es")
    assert r.exit_code == 0 and "Recomendaciones, las más urgentes primero" in r.output
    assert "nivel" in r.output and "Puntuación global" in r.output
    assert d["reference_date"] == "2026-05-15" and d["completeness"] >= 0.8 and d["provisional"] is False
    r = cli_run("score", aid)
    assert "Overall" in r.output and "Policy questions, by priority" in r.output
    assert "Recommendations, most urgent first" in r.output
    assert f"Completeness {d['completeness_percent']:.1f}%" in r.output and "     ← question " in r.output
    r = cli_run("score", "42")
    assert r.exit_code == 2 and "no assessment with id 42" in r.output
    with open_store(cli_run.db) as s:
        from capacity_app.services.assessments import duplicate_as_next_round as dup

        nxt = dup(s, questionnaire, aid).id
    r = cli_run("score", nxt, "--compare", aid, "--json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["overall"]["trend"] == "unchanged"
    r = cli_run("score", nxt, "--compare", aid, "--lang", "fr")
    assert r.exit_code == 0 and "améliorations : 0, reculs : 0" in r.output


def test_weights_command(cli_run):
    from capacity_app.services.assessments import open_store

    with open_store(cli_run.db) as s:
        aid = create_demo(s).id
    r = cli_run("weights", aid, "S3=2", "S8=0.5", "--json")
    assert r.exit_code == 0, r.output
    w = json.loads(r.output)
    assert w["S3"] == 2 and w["S8"] == 0.5 and w["S1"] == 12
    custom = json.loads(cli_run("score", aid, "--json").output)["custom_weights"]
    assert custom["weights"]["S3"] == 2 and custom["label"] == "Custom weights: no band"
    r = cli_run("weights", aid)
    assert "S3   2" in r.output
    r = cli_run("weights", aid, "S3")
    assert r.exit_code == 2 and "SECTION=WEIGHT" in r.output
    r = cli_run("weights", aid, "--reset", "--json")
    assert json.loads(r.output)["S3"] == 15 and json.loads(r.output)["S2"] == 0  # the documented weights


def test_score_answers_in_memory_matches_the_stored_assessment(store, questionnaire, demo):
    from capacity_app.services.scoring import score_answers

    mem = score_answers(questionnaire, store.answers(demo.id), demo.effective_reference_date, lang="fr")
    assert mem.to_dict() == score_assessment(store, questionnaire, demo.id, lang="fr").to_dict()


def test_derive_gives_the_form_its_completion_and_scores(store, questionnaire, demo):
    """What the open assessment's form shows, from answers in memory: completion per item and per
    section (the domain's AnswerSheet), the scores of score_answers, or why scoring failed."""
    from capacity_app.domain.answers import AnswerSheet
    from capacity_app.services.scoring import derive, score_answers

    answers = store.answers(demo.id)
    d = derive(questionnaire, answers, demo.effective_reference_date, None, "en")
    sheet = AnswerSheet(questionnaire, dict(answers))
    assert d.items == sheet.completion_by_item() and d.sections == sheet.completion_by_section()
    assert d.scores is not None and d.score_error == "" and d.score_ms > 0
    assert d.scores.to_dict() == score_answers(questionnaire, answers, demo.effective_reference_date).to_dict()
    quick = derive(questionnaire, answers, demo.effective_reference_date, None, "en", with_scores=False)
    assert quick.scores is None and quick.sections == d.sections
    refused = derive(questionnaire, answers, demo.effective_reference_date, None, "xx")  # an unknown language
    assert refused.scores is None and refused.score_error and refused.sections == d.sections


def test_workbook_score_rows_are_named_and_read_the_typed_result(store, questionnaire, demo):
    """The Scores and Recommendations sheets are built from the ScoreResult's fields into rows
    whose field names are the sheet's columns (no positional tuples, no JSON dict)."""
    from capacity_app.exchange.workbook.format import (
        RECOMMENDATIONS_COLUMNS,
        RecommendationRow,
        SCORES_COLUMNS,
        ScoreRow,
    )
    from capacity_app.services.exchange import build_export

    def names(columns):
        return tuple(c.lower().replace(" ", "_") for c in columns)

    assert ScoreRow._fields == names(SCORES_COLUMNS)
    assert RecommendationRow._fields == names(RECOMMENDATIONS_COLUMNS)
    result = score_assessment(store, questionnaire, demo.id, lang="fr")
    data = build_export(store, questionnaire, demo.id, "fr")
    assert all(isinstance(r, ScoreRow) for r in data.score_rows)
    assert all(isinstance(r, RecommendationRow) for r in data.recommendation_rows)
    by = {(r.kind, r.code): r for r in data.score_rows}
    overall = by[("overall", "")]
    # labels, not codes; reasons joined by the language's semicolon (domain/editorial.py)
    assert (overall.label, overall.score, overall.status) == (result.band_label, result.overall_shown, result.band_label)
    for sid, sec in result.sections.items():
        assert by[("section", sid)].score == sec.shown and by[("section", sid)].notes == "\u202f; ".join(sec.reasons)
    for code, pq in result.policy_questions.items():
        row = by[("policy_question", code)]
        assert (row.need, row.availability, row.gap, row.priority, row.gap_type, row.status, row.rank) == (
            pq.need, pq.availability, pq.gap, pq.priority, pq.gap_type_label, "", pq.rank)
    for code, sdg in result.sdg.items():
        assert (by[("sdg", code)].status, by[("sdg", code)].notes) == (sdg.status_label, "")
    assert [kind for kind, _ in by] == ["overall"] + ["section"] * len(result.sections) + [
        "policy_question"] * len(result.policy_questions) + ["sdg"] * len(result.sdg)
    assert data.matrix_levels == {k: c.level for k, c in result.cells.items()}
    assert [(r.id, r.priority, r.recommendation) for r in data.recommendation_rows] == [
        (r.id, r.priority, r.text) for r in result.recommendations]


def test_score_json_is_the_result_to_dict(cli_run, questionnaire):
    """``score --json`` prints ``to_dict()`` unchanged; the text output reads the typed result."""
    from capacity_app.services.assessments import open_store
    from capacity_app.services.demo import create_demo

    with open_store(cli_run.db) as s:  # the demo's database (its outputs: tests/cli/test_cli_contract.py)
        assert create_demo(s).id == 1
        expected = score_assessment(s, questionnaire, 1, lang="es").to_dict()
    out = cli_run("score", "1", "--json", "--lang", "es")
    assert json.loads(out.output) == json.loads(json.dumps(expected))
    text = cli_run("score", "1", "--lang", "es").output
    assert expected["band"]["label"] in text.splitlines()[0]
    assert all(f["label"] in text for f in expected["follow_up"])


# --- rules 2.0: reference date, not applicable, provisional scores -----------------------------------

def test_the_reference_date_is_the_answer_in_s0_and_never_guessed(store, questionnaire):
    from capacity_app.domain.status import ANSWERED

    a = create_assessment(store, questionnaire, country="KEN", round=2026, reference_date="2026-05-15")
    record_answer(store, questionnaire, a.id, "s6a_last_census_year", 2009)
    r = score_assessment(store, questionnaire, a.id)
    if store.answers(a.id).get("s0_reference_date") is None or \
            store.answers(a.id)["s0_reference_date"].status != ANSWERED:
        # not answered (whatever the record says): said, not guessed, and no band
        assert r.reference_date == "" and r.provisional
        assert any("no reference date" in x for x in r.overall_reasons)
        assert not [f for f in r.findings if f.code == "s6a_old_census"]
    record_answer(store, questionnaire, a.id, "s0_reference_date", "2012-01-01")
    r = score_assessment(store, questionnaire, a.id)
    assert r.reference_date == "2012-01-01" and r.to_dict()["reference_date"] == "2012-01-01"
    assert not [f for f in r.findings if f.code == "s6a_old_census"]  # 2009 is 3 years old in 2012
    record_answer(store, questionnaire, a.id, "s0_reference_date", "2026-05-15")
    r = score_assessment(store, questionnaire, a.id)
    assert [f.code for f in r.findings if f.code == "s6a_old_census"] == ["s6a_old_census"]


def test_not_applicable_is_refused_where_the_questionnaire_does_not_allow_it(store, questionnaire):
    from capacity_app.domain.status import NOT_APPLICABLE

    a = create_assessment(store, questionnaire, country="KEN", round=2026)
    with pytest.raises(ServiceError, match="not accepted for this question"):
        record_answer(store, questionnaire, a.id, "s5_strategy", status=NOT_APPLICABLE)
    with pytest.raises(ServiceError, match="only in the rows"):
        record_answer(store, questionnaire, a.id, "s4_sdg.sdg_8_5_2.identifies_migrants", status=NOT_APPLICABLE)
    record_answer(store, questionnaire, a.id, "s4_sdg.sdg_9_c_1.identifies_migrants", status=NOT_APPLICABLE)
    record_answer(store, questionnaire, a.id, "s4_sdg.sdg_10_7_2.produced", status=NOT_APPLICABLE)
    # mirror data: not applicable only when the profile does not include country of origin
    record_answer(store, questionnaire, a.id, "s2_profile", ["origin", "destination"])
    with pytest.raises(ServiceError, match="country of origin"):
        record_answer(store, questionnaire, a.id, "s10_mirror", status=NOT_APPLICABLE)
    record_answer(store, questionnaire, a.id, "s2_profile", ["destination"])
    record_answer(store, questionnaire, a.id, "s10_mirror", status=NOT_APPLICABLE)
    # registers absent by design, need ratings, new sources and matrix cells may be N/A
    for key in ("s6c_registers.pop.exists", "s2_need_l", "s7_new_sources.payments.use", "s3_matrix.A.POP.exists"):
        record_answer(store, questionnaire, a.id, key, status=NOT_APPLICABLE)


def test_one_answer_is_provisional_without_band_in_json_and_text(store, questionnaire, cli_run):
    a = create_assessment(store, questionnaire, country="KEN", round=2026)
    record_answer(store, questionnaire, a.id, "s0_reference_date", "2026-05-15")
    record_answer(store, questionnaire, a.id, "s2_policy", "yes")
    r = score_assessment(store, questionnaire, a.id)
    assert r.overall is None or (r.provisional and r.band is None)
    record_answer(store, questionnaire, a.id, "s5_strategy", "yes")
    r = score_assessment(store, questionnaire, a.id)
    d = r.to_dict()
    assert d["band"] is None and d["provisional"] is True and d["completeness"] < 0.8
    assert d["overall"] < 10  # one answer earns little: every blank earns nothing
    for lang, word in (("en", "Provisional"), ("fr", "Provisoire"), ("es", "Provisional")):
        assert word in score_assessment(store, questionnaire, a.id, lang).band_label


def test_an_assessment_scored_under_rules_1_is_compared_under_the_current_rules(store, questionnaire, demo):
    from dataclasses import replace

    nxt = duplicate_as_next_round(store, questionnaire, demo.id)
    c = compare_assessments(store, questionnaire, demo.id, nxt.id)
    assert c.to_dict()["rules_version"] == "3.0" == c.before.rules_version == c.after.rules_version
    old = replace(score_assessment(store, questionnaire, demo.id), rules_version="1.0")
    with pytest.raises(ValueError, match="different rules"):
        compare_rounds(old, score_assessment(store, questionnaire, nxt.id))


def test_the_report_the_workbook_and_the_json_agree_on_every_figure(store, questionnaire, demo, tmp_path):
    """One rounding (rules 3.0): the overall score, every section score and every policy question's
    figures are the same in ``score --json``, the workbook's Scores sheet and the report."""
    from capacity_app.reports.format import fmt_score
    from capacity_app.services.exchange import export_workbook
    from capacity_app.services.reports import build_report_context

    d = score_assessment(store, questionnaire, demo.id).to_dict()
    path = export_workbook(store, demo.id, tmp_path / "demo.xlsx")
    rows = sheet_values(path, "Scores")  # the values only, as openpyxl gives them (tests/workbook_values.py)
    head = list(rows[0])
    from capacity_app.exchange.workbook import vocab  # the Kind column's labels, read back as codes

    by = {(vocab.code_of(vocab.SCORE_KIND, r[head.index("Kind")]), r[head.index("Code")] or ""):
          dict(zip(head, r, strict=False)) for r in rows[1:]}
    assert by[("overall", "")]["Score"] == d["overall"] and by[("overall", "")]["Label"] == d["band_label"]
    for sid, v in d["sections"].items():
        assert by[("section", sid)]["Score"] == v, sid
    for code, p in d["policy_questions"].items():
        row = by[("policy_question", code)]
        assert (row["Need"], row["Availability"], row["Gap"], row["Priority"]) == (
            p["need"], p["availability"], p["gap"], p["priority"]), code
    ctx = build_report_context(store, questionnaire, demo.id, "en")
    assert ctx.summary.score == fmt_score(d["overall"], "en")
    assert {x.id: x.value for x in ctx.section_scores} == d["sections"]
