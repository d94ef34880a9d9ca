"""The full report's funding request prints what the donors' formats ask beyond the budget
(reports/plan/donors.py, donors.html.j2): the EU's indicative budget by outcome and implementation
modality (a block per currency, by the one rounding rule), the risk matrix with the actions by their number in the
plan, the results framework's data source, frequency, responsibility, end target and
disbursement-linked amount of each indicator, and the procurement plan with its total per currency;
in the report's language, the codes as labels. Contexts and HTML only (the layout tests render the
demo's PDF)."""
from __future__ import annotations

import re

import pytest

from capacity_app.domain.placeholders import fill

from capacity_app.domain.plan.request import FundingRequest
from capacity_app.reports.format import load_strings
from capacity_app.reports.plan.donors import donor_record


def _html(ctx):
    from capacity_app.reports.pdf import render_html

    return render_html(ctx, {"sections": "data:x", "pq": "data:y"})


def _words(html: str, anchor: str) -> str:
    start = html.index(f'id="{anchor}"')
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html[start:html.index("</table>", start)]))


@pytest.mark.parametrize("lang", ["en", "fr", "zh"])
def test_the_demo_prints_each_structure(demo, lang):
    from capacity_app.services.reports import build_report_context

    store, q, a = demo
    ctx = build_report_context(store, q, a.id, lang)
    d = ctx.funding.donors
    assert len(d.risks) == 4 and d.risks[-1].actions == ctx.s["donor_whole_plan"]
    assert [r.no for r in d.risks] == ["1", "2", "3", "4"]
    linked = [f for f in d.framework if f.dli != "–"]
    assert len(linked) == 1 and re.sub(r"\D", "", linked[0].dli) == "20000"
    # the level names the outcome or the action as the logframe numbers it, not only the group
    # ("Action 2" never broken before its number)
    pdo, im = ctx.s["donor_pdo"], ctx.s["donor_intermediate"]
    outcome, action = (fill(ctx.s[k], n=1).replace(" ", "\u00a0") for k in ("plan_rf_outcome", "plan_rf_output"))
    levels = [f.level for f in d.framework]
    assert levels[0] == pdo and f"{pdo} · {outcome}" in levels and f"{im} · {action}" in levels
    assert levels == sorted(levels, key=lambda v: v.startswith(im))   # the intermediate results last
    assert len(d.packages) == 4 and len(d.package_total) == 3   # EUR, USD and XOF packages
    [eu] = d.eu_budgets            # the European Union's lines give their implementation modality
    assert len(eu.blocks) == 3 and len(eu.columns) == 2 and len(eu.blocks[0].rows) == 2   # an outcome, communication
    for b in eu.blocks:
        assert b.rows[0].label.startswith(ctx.s["donor_eu_outcome"].split("{")[0])
    html = _html(ctx)
    for anchor in ("plan-risks", "plan-results-framework", "plan-procurement"):
        assert _words(html, anchor)   # its heading's anchor, then its table
    if lang == "fr":
        words = _words(html, "plan-procurement").replace("\u2019", "'")
        assert "Sélection fondée sur la qualité et le coût (SFQC)" in words and "préalable" in words
        assert "élevé" in _words(html, "plan-risks")
        assert "semestrielle" in _words(html, "plan-results-framework")


def test_nothing_is_printed_without_structures(demo):
    store, q, a = demo
    assert donor_record([], FundingRequest("Ministry"), None, "en", load_strings("en")) is None


@pytest.mark.parametrize("lang, likelihood, impact", [
    ("pt", ("baixa", "média", "elevada"), ("baixo", "médio", "elevado")),
    ("fr", ("faible", "moyenne", "élevée"), ("faible", "moyen", "élevé")),
    ("es", ("baja", "media", "alta"), ("bajo", "medio", "alto")),
    ("ru", ("низкая", "средняя", "высокая"), ("низкое", "среднее", "высокое")),
    ("en", ("low", "medium", "high"), ("low", "medium", "high")),
])
def test_a_risks_likelihood_agrees_with_its_column_apart_from_its_impact(lang, likelihood, impact):
    """"Probabilidade", "probabilité", "probabilidad" are feminine where "impacto", "impact" are
    not: the same level is written in each column's gender."""
    from capacity_app.domain.plan.donors import Risk
    from capacity_app.reports.plan.donors import risk_rows

    levels = ("low", "medium", "high")
    request = FundingRequest("Ministry", risks=tuple(Risk(f"R{n}", v, v, "M", "O") for n, v in enumerate(levels)))
    rows = risk_rows(request, [], lang, load_strings(lang))
    assert tuple(r.likelihood for r in rows) == likelihood and tuple(r.impact for r in rows) == impact
