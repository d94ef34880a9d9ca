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
    assert {f.level for f in d.framework} == {ctx.s["donor_pdo"], ctx.s["donor_intermediate"]}
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
