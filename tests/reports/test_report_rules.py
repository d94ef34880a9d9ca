"""What rules 3.0 changes in the report, checked on the report's context and its HTML
(no PDF): one figure everywhere, what the data can answer split into fit for purpose and with a
shortfall (never a question its own evidence contradicts), areas not yet assessed, every "not
applicable" listed with its reason, the custom-weights figure labelled, the glossary's priority on
the engine's one scale, the provisional note giving the engine's reasons."""
from __future__ import annotations

import pytest

from capacity_app.catalog.recommendations import load_bundled_recommendations
from capacity_app.domain.answers import ANSWERED, DONT_KNOW, Answer
from capacity_app.domain.scoring import score
from capacity_app.reports.build import assemble_context
from capacity_app.reports.format import fmt_percent, fmt_score
from capacity_app.reports.pdf import render_html
from capacity_app.services.demo import demo_answers

CHARTS = {"sections": "data:x", "pq": "data:y"}


def _context(q, answers, lang="en", weights=None):
    r = score(q, answers, "", weights, lang, load_bundled_recommendations())
    return r, assemble_context(q, None, answers, r, lang)


@pytest.fixture(scope="module")
def demo():
    from capacity_app.catalog.loader import load_bundled

    return {a.key: a for a in demo_answers(load_bundled())}


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_one_figure_and_what_the_data_can_answer(questionnaire, demo, lang):
    r, ctx = _context(questionnaire, demo, lang)
    sm = ctx.summary
    assert sm.score == fmt_score(r.overall_shown, lang) and sm.completeness == fmt_percent(r.completeness, lang, 1)
    assert sm.band_label == r.band_label and not sm.provisional
    by = {p.fitness: [c for c, x in r.policy_questions.items() if x.fitness == p.fitness]
          for p in r.policy_questions.values()}
    assert [x.split(".")[0] for x in sm.can_fit] == by.get("fit", [])
    assert [x.split(".")[0] for x in sm.can_shortfall] == by.get("shortfall", [])
    assert [x.split(".")[0] for x in sm.cannot_answer] == by.get("cannot", [])
    # a shortfall is named; I (citizens abroad) is not fit for purpose while S1 says "don't know"
    assert all(" — " in x for x in sm.can_shortfall)
    assert demo["s1_statistics.citizens_abroad.available"].status == DONT_KNOW
    assert not any(x.startswith("I.") for x in sm.can_fit)
    # the section table and the readings print the engine's figure, one decimal
    for x in ctx.section_scores:
        assert x.score == fmt_score(r.sections[x.id].shown, lang) if r.sections[x.id].shown is not None else "–"
    html = render_html(ctx, CHARTS)
    assert fmt_score(r.overall_shown, lang) in html


def test_the_glossary_gives_the_engines_priority(questionnaire, demo):
    _, ctx = _context(questionnaire, demo)
    priority = dict(ctx.glossary)["Priority"]
    assert priority.startswith("Need × gap") and "3 − availability" not in priority


def test_every_not_applicable_is_listed_with_its_reason(questionnaire, demo):
    answers = dict(demo)
    answers["s6c_registers.pop.exists"] = Answer("s6c_registers.pop.exists", None, "not_applicable",
                                                 "no population register: the census is the source")
    r, ctx = _context(questionnaire, answers)
    assert len(ctx.not_applicable) == len(r.not_applicable) > 0
    row = next(n for n in ctx.not_applicable if "Population register" in n.label)
    assert row.section == "S6C" and "by design" in row.reason and row.comment.startswith("no population register")
    html = render_html(ctx, CHARTS)
    assert "with their reasons" in html and "no population register: the census is the source" in html


def test_the_custom_weights_figure_is_labelled_and_has_no_band(questionnaire, demo):
    r, ctx = _context(questionnaire, demo, weights={"S3": 30})
    plain = _context(questionnaire, demo)[1]
    assert ctx.summary.score == plain.summary.score and ctx.summary.band_label == plain.summary.band_label
    assert ctx.summary.custom.startswith("With the weights set for this assessment: "
                                         f"{fmt_score(r.custom_overall, 'en')} out of 100 (Custom weights: no band)")
    assert "(S3 30)" in ctx.methodology[-1] and "Custom weights: no band" in ctx.methodology[-1]
    assert plain.summary.custom == "" and not any("no band" in m for m in plain.methodology)


def test_a_partly_filled_assessment_reads_as_provisional(questionnaire):
    answers = {k: Answer(k, v, ANSWERED) for k, v in {
        "s0_reference_date": "2026-05-15", "s5_strategy": "partly", "s2_need_a": 3,
        "s3_matrix.A.BOR.exists": "yes", "s3_matrix.A.BOR.variables": "yes"}.items()}
    r, ctx = _context(questionnaire, answers)
    sm = ctx.summary
    assert sm.provisional and r.no_band_reasons and all(x in sm.provisional_note for x in r.no_band_reasons)
    labels = {x.id: x.band_label for x in ctx.section_scores}
    assert labels["S7"] == "Not yet assessed" and labels["S5"] == "Provisional: no band yet"
    assert len(sm.not_assessed) == 14 and sm.can_fit == []
    # the border cell rests on fields not stated: its level is marked, and no action is drawn
    cell = ctx.heatmap.rows[0].cells[[s.code for s in questionnaire.sources].index("BOR")]
    assert cell.text == "1*" and ctx.heatmap.note
    assert not any("A" in a.pqs for a in ctx.plan.actions)
    html = render_html(ctx, CHARTS)
    assert 'class="big provisional"' in html and "Not yet assessed (no source described)" in html
