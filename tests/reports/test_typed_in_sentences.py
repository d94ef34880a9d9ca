"""A typed value glued into one of the report's sentences is still the user's: the priority
actions' owners (institution names joined into a list), the plan's validation sentence (its event,
who approved it, the institutions present), a cost line's funder and the cover's "Prepared by" office carry the typed marking in the
Spanish report's HTML, so that the Spanish patterns never hyphenate an English name
("Bu-reau") inside them (reports/budget.with_user_parts, with_user_text)."""
from __future__ import annotations

import re

import pytest

TYPED = re.compile(r'<span class="typed">\u200b?(.*?)</span>', re.S)


OFFICE = "UN Statistics Division; Demographic Statistics Section"


@pytest.fixture(scope="module")
def spanish(demo):
    """The demo's Spanish report, prepared by a typed office (the operator's institution)."""
    from unittest import mock

    from capacity_app.reports.pdf import render_html
    from capacity_app.services import reports
    from capacity_app.services.reports import build_report_context

    store, q, a = demo
    with mock.patch.object(reports, "_author", lambda store, answers: OFFICE):
        ctx = build_report_context(store, q, a.id, "es")
    return ctx, render_html(ctx, typed=True)


def _untyped(html: str) -> str:
    """The body's text outside the typed spans (tags and attributes dropped)."""
    body = html[html.index("<body"):]
    return re.sub(r"<[^>]+>", " ", TYPED.sub(" ", body))


def test_owners_and_the_validation_sentence_are_marked_typed(spanish):
    from capacity_app.reports.typography import TYPED_CLOSE, TYPED_OPEN

    ctx, html = spanish
    plan = ctx.plan
    lists = [r.owners for r in plan.actions if r.owners_agreed and ";" in str(r.owners)]
    assert lists, "the demo's plan has actions of several owners"
    rest = _untyped(html)
    typed = set(TYPED.findall(html))
    for owners in lists:  # each name of the list marked, the list's own "; " not: never the list unmarked
        assert len(owners.parts) >= 2, owners
        assert all(name in typed for name in owners.parts), owners
        assert str(owners) not in rest, owners
    # the validation sentence (the chapter's opening): its typed parts are marked inside it
    intro = str(plan.intro)
    assert "validado" in intro, intro
    assert getattr(plan.intro, "parts", ()), "the validation sentence carries its typed parts"
    for part in plan.intro.parts:
        for word in re.findall(r"[A-Za-z]{6,}", part):
            assert not re.search(rf"\b{word}\b", _sentence_rest(html, intro[:20])), word
    assert TYPED_OPEN not in html and TYPED_CLOSE not in html


def _sentence_rest(html: str, start: str) -> str:
    """The untyped text of the paragraph that starts with ``start``."""
    i = html.index(start)
    para = html[html.rfind("<p", 0, i):html.index("</p>", i)]
    return re.sub(r"<[^>]+>", " ", TYPED.sub(" ", para))


def test_the_covers_typed_office_is_marked_typed(spanish):
    """The cover's "Elaborado por <office>": the office the operator typed is marked as typed (an
    English name never hyphenated by the Spanish patterns, its ";" never spaced by a French pass)."""
    ctx, html = spanish
    assert ctx.author == OFFICE
    assert OFFICE in TYPED.findall(html)
    assert OFFICE not in _untyped(html)
    head = html[html.index(str(ctx.s["prepared_by"])):]
    assert TYPED.search(head[:400]), head[:400]
