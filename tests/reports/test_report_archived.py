"""The answers to questions the questionnaire version no longer asks in the report: one table at the
end of Annex C, "Answers to questions no longer asked", in every language of the report (its heading
and columns from resources/report/strings*.yaml), each with the version that asked it, the answer as
given, its comment and the day it was archived; none without archived answers. (The template's HTML
is checked here: a PDF of its own takes 10 s; the table is of the classes every annex table uses.)"""
from __future__ import annotations

import pytest

from capacity_app.catalog.recommendations import load_bundled_recommendations
from capacity_app.domain.assessment import Assessment
from capacity_app.domain.languages import LANGUAGES
from capacity_app.domain.scoring import score
from capacity_app.reports.build import assemble_context
from capacity_app.reports.format import load_strings
from capacity_app.reports.pdf import render_html
from capacity_app.services.demo import demo_answers

CHARTS = {"sections": "data:x", "pq": "data:y"}
ARCHIVE = [
    {"key": "s4_sdg.sdg_17_18_1.produced", "status": "answered", "value": "yes", "comment": "from <the> yearbook",
     "evidence": [], "version": "1.1.0", "archived_at": "2026-05-01T09:00:00+00:00"},
    {"key": "s9_gone", "status": "dont_know", "value": None, "comment": "", "evidence": []},
]


@pytest.fixture(scope="module")
def demo():
    from capacity_app.catalog.loader import load_bundled

    q = load_bundled()
    answers = {a.key: a for a in demo_answers(q)}
    return q, answers


def _assessment(q, archived):
    return Assessment(1, "u-1", "KEN", "404", 2026, "", q.id, q.version, settings={"archived_answers": archived})


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_annex_lists_the_archived_answers_in_each_language(demo, lang):
    q, answers = demo
    r = score(q, answers, "", None, lang, load_bundled_recommendations())
    ctx = assemble_context(q, _assessment(q, ARCHIVE), answers, r, lang)
    first, second = ctx.archived
    assert first.key == ARCHIVE[0]["key"] and "1.1.0" in first.version and "2026" in first.archived
    assert first.question  # the S4 grid's question, still in the questionnaire
    assert (second.version, second.archived, second.question) == ("", "", "")
    s = load_strings(lang)
    for key in ("archived_heading", "archived_intro", "archived_key", "archived_value", "archived_on"):
        assert s[key] and (lang == "en" or s[key] != load_strings("en")[key]), (lang, key)
    html = render_html(ctx, CHARTS)
    heading = s["archived_heading"]
    assert heading in html and html.index('id="annex-answers"') < html.index(heading) < html.index('id="annex-fu"')
    assert "from &lt;the&gt; yearbook" in html and s["archived_unknown"] in html


def test_no_archived_answer_no_table(demo):
    q, answers = demo
    r = score(q, answers, "", None, "en", load_bundled_recommendations())
    ctx = assemble_context(q, _assessment(q, []), answers, r, "en")
    assert ctx.archived == [] and 'id="annex-archived"' not in render_html(ctx, CHARTS)

