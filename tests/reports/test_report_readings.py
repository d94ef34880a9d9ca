"""The report as three countries' ministries read it (docs/country-readings.md): no two
values of a stacked cell read as one phrase, no policy question named by a letter alone, every
subtotal labelled as what it covers. Read on the HTML (reports/pdf.render_html), no layout."""
from __future__ import annotations

import re

import pytest

from capacity_app.reports.chapters import pq_titled
from capacity_app.reports.format import load_strings

LANGS = ("en", "fr", "es", "ar", "zh", "ru")


@pytest.fixture(scope="module")
def demo_html(demo_db):
    """The demo report's HTML in each language (built once for the module)."""
    from capacity_app.reports.pdf import render_html
    from capacity_app.services.assessments import open_store
    from capacity_app.services.reports import build_report_context

    path, aid = demo_db
    out = {}
    with open_store(path, readonly=True) as store:
        for lang in ("es", "ar"):
            ctx = build_report_context(store, None, aid, lang)
            out[lang] = (ctx, render_html(ctx))
    return out


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_a_policy_question_in_a_list_is_named_by_its_short_title(questionnaire):
    for lang in LANGS:
        for p in questionnaire.policy_questions:
            named = pq_titled(questionnaire, p.code, lang)
            assert named.startswith(f"{p.code}. ") and len(named) > len(p.code) + 3, (lang, named)


def test_serves_never_names_a_policy_question_by_its_letter_alone(demo_html):
    ctx, html = demo_html["es"]
    served = [a.serves for a in ctx.plan.actions if a.pqs]
    assert served
    for text in served:  # "J. flujos de emigración y L. flujos de retorno", never "J y L"
        assert not re.search(r"(?<![\w.])[A-O](?: y |, |$)", text), text
    assert "Sirve a: " in _text(html)


def test_priority_and_status_sit_apart_with_their_labels(demo_html):
    for lang in ("es", "ar"):
        ctx, html = demo_html[lang]
        s = load_strings(lang)
        # the full plan's last cell: "Prioridad: alta" then, on its own line, "Estado: prevista"
        status_label = re.escape(s["plan_status"])
        prio_label = re.escape(s["plan_part_priority"].capitalize())
        cells = re.findall(r'<span class="lbl">' + prio_label + r'[^<]*</span>[^<]*<br><span class="small">'
                           r'<span class="lbl">' + status_label, html)
        assert len(cells) >= len(ctx.plan.actions), lang


def test_the_glance_total_says_what_it_covers_and_the_plan_total_is_the_plans(demo_html):
    ctx, html = demo_html["es"]
    text = _text(html)
    r = ctx.plan_record
    assert r.glance_total is not None
    assert r.glance_total.label in ("Total de las acciones prioritarias", "Total de las acciones más urgentes presentadas")
    assert "Total de estas acciones" not in text
    assert r.costs is not None and all(t.total.label == "Total del plan" for t in r.costs.tables)


def test_the_glance_total_of_the_most_urgent_actions_is_not_called_the_priority_actions():
    from decimal import Decimal

    from capacity_app.domain.plan.actions import Action
    from capacity_app.domain.plan.cost import Cost, Finance
    from capacity_app.reports.plan.chapter import glance_rows, glance_total
    from capacity_app.reports.model import PlanAction

    s = load_strings("es")
    actions = [Action("a", "Survey", costs=(Cost(2027, Decimal("1000"), "USD"),))]
    rows = [PlanAction(order=1, title="Survey", text="", owners="", owners_agreed=False, timeline="", resources="",
                       milestone="", priority="", status="", serves="", urgency=2, open=True, pqs=(), chosen=False,
                       changed="", strategy="", cost="")]
    finance = Finance("USD")
    glance = glance_rows(actions, rows, finance, "es", s)
    ranked, _ = glance_total(actions, glance, finance, "es", s, priority=False)
    chosen, _ = glance_total(actions, glance, finance, "es", s)
    assert ranked is not None and ranked.label == "Total de las acciones más urgentes presentadas"
    assert chosen is not None and chosen.label == "Total de las acciones prioritarias"
