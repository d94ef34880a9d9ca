"""The documents attached as evidence in the report: a table at the end of Annex C in the
report's language (name, what it supports, size, the SHA-256's first 12 characters, who and when),
in the questionnaire's order then the plan's; none without documents."""
from __future__ import annotations

import hashlib

import pytest

from capacity_app.catalog.recommendations import load_bundled_recommendations
from capacity_app.domain.plan.actions import Action
from capacity_app.domain.documents import Attachment
from capacity_app.domain.scoring import score
from capacity_app.reports.build import assemble_context
from capacity_app.reports.pdf import render_html
from capacity_app.services.demo import demo_answers

CHARTS = {"sections": "data:x", "pq": "data:y"}
LAW = hashlib.sha256(b"law").hexdigest()
TABLE = hashlib.sha256(b"table").hexdigest()


@pytest.fixture(scope="module")
def demo():
    from capacity_app.catalog.loader import load_bundled

    q = load_bundled()
    answers = {a.key: a for a in demo_answers(q)}
    attachments = [
        Attachment(1, "action:census", LAW, "Statistics law <2019>.pdf", 1_572_864, "application/pdf", "B. Officer",
                   "2026-03-02T09:00:00+00:00"),
        Attachment(2, "s3_matrix.A.CEN", TABLE, "census table.csv", 2_048, "text/csv", "A. Supervisor",
                   "2026-03-01T10:00:00+00:00"),
        Attachment(3, "s2_need_a", LAW, "Statistics law <2019>.pdf", 1_572_864, "application/pdf", "",
                   "2026-03-01T11:00:00+00:00"),
    ]
    return q, answers, attachments


@pytest.mark.parametrize("lang, heading, size, action, unknown", [
    ("en", "Documents attached as evidence", "1.5 MB", "Action: Census questions", "(not recorded)"),
    # the sentence quoting the user's title is typeset around it already (budget.with_user_text)
    ("fr", "Documents joints comme justificatifs", "1,5 Mo", "Action\u00a0: Census questions", "(non enregistré)"),
    ("es", "Documentos adjuntos como evidencia", "1,5 MB", "Acción: Census questions", "(no registrado)"),
])
def test_the_documents_annex(demo, lang, heading, size, action, unknown):
    q, answers, attachments = demo
    r = score(q, answers, "", None, lang, load_bundled_recommendations())
    plan = [Action(id="census", title="Census questions")]
    ctx = assemble_context(q, None, answers, r, lang, documents=attachments, action_plan=plan)
    rows = ctx.documents
    # the questionnaire's order (S2 before S3), the plan's actions last
    assert [d.section for d in rows] == ["S2", "S3", ""] and rows[-1].target == action
    assert rows[1].target.startswith("A.") and "CEN" in rows[1].target or "census" in rows[1].target.lower()
    assert rows[0].sha256 == LAW[:12] and rows[0].size == size and rows[1].size.startswith("2")
    assert unknown in rows[0].attached and "A. Supervisor" in rows[1].attached
    html = render_html(ctx, CHARTS)
    assert heading in html and LAW[:12] in html and LAW[:13] not in html
    assert "Statistics law &lt;2019&gt;.pdf" in html and "<2019>" not in html  # a name is text
    assert html.index(heading) < html.index('id="annex-fu"')  # in Annex C


def test_no_documents_no_table(demo):
    q, answers, _ = demo
    r = score(q, answers, "", None, "en", load_bundled_recommendations())
    ctx = assemble_context(q, None, answers, r, "en")
    assert ctx.documents == []
    assert "annex-documents" not in render_html(ctx, CHARTS)


@pytest.mark.parametrize("lang", ["ar", "zh", "ru"])
def test_the_catalogued_languages_translate_the_annex(demo, lang):
    from capacity_app.reports.format import load_strings

    s = load_strings(lang)
    en = load_strings("en")
    for key in ("documents_heading", "documents_intro", "documents_supports", "documents_by", "documents_action"):
        assert s[key] and s[key] != en[key], (lang, key)
    q, answers, attachments = demo
    r = score(q, answers, "", None, lang, load_bundled_recommendations())
    ctx = assemble_context(q, None, answers, r, lang, documents=attachments[1:])
    assert s["documents_heading"] in render_html(ctx, CHARTS)
