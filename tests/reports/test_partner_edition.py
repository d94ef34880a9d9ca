"""The funding request as a partner reads it (issue 60): ``report --partner``: the lines asked of the
European Union in euros beside the plan's francs and the dollar, the national contribution beside
each action, its budget adding up, co-financing, sustainability, the signature block (government,
ministry of finance, the partner) with the plan's version and validation date; no DRAFT mark once
the government validated the plan, DRAFT before; an unknown partner refused in one line listing the
partners. One PDF and one Word render, their text read back."""
from __future__ import annotations

import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from donor_plan import make_donor_plan

EU = "Union européenne"


@pytest.fixture(scope="module")
def request_store(tmp_path_factory):
    from capacity_app.domain.plan.request import Signatory
    from capacity_app.services.assessments import open_store, questionnaire_for
    from capacity_app.services.demo import create_demo
    from capacity_app.services.plan import actions as plans

    folder = tmp_path_factory.mktemp("request")
    store = open_store(folder / "request.sqlite3", backup_dir=folder / "b")
    a = create_demo(store)
    q = questionnaire_for(a)
    make_donor_plan(store, q, a.id, change=False)
    # a recurrent line the national budget takes over after the Union's funding: changes the plan
    # after its validation, so the validation is recorded again below
    census = store.action(a.id, "don-census")
    eu = replace(census.costs[1], recurrent=True, takeover_year=2028, takeover_amount=Decimal(120_000))
    plans.update_action(store, q, a.id, replace(census, costs=(census.costs[0], eu, census.costs[2])))
    plans.set_funding_request(store, a.id, committed_by="Ministère des Finances et du Budget", signatories=[
        Signatory("government", "Dr Aminata Diallo", "Ministre de l'Économie"),
        Signatory("finance", "Moussa Ndiaye", "Ministre des Finances et du Budget"),
        Signatory("partner", "Jean Dupont", "Chef de la délégation", EU)])
    plans.record_validation(store, a.id, date="2026-06-01", event="Atelier national de validation, Dakar",
                            institutions=("ANSD",), approved_by="Dr Aminata Diallo", position="DG ANSD",
                            today="2026-06-30")
    yield store, q, a, folder
    store.close()


def test_unknown_partner_refused_in_one_line(request_store):
    from capacity_app.services.base import ServiceError
    from capacity_app.services.reports import export_report_pdf

    store, _, a, folder = request_store
    with pytest.raises(ServiceError) as e:
        export_report_pdf(store, a.id, folder / "none.pdf", partner="World Bank")
    assert "\n" not in str(e.value) and EU in str(e.value) and "UNFPA" in str(e.value)
    assert not (folder / "none.pdf").exists()


def test_the_edition_context(request_store):
    from capacity_app.reports.pdf import register_watermark
    from capacity_app.services.reports import build_report_context

    store, q, a, _ = request_store
    ctx = build_report_context(store, q, a.id, "en", partner="union  EUROPÉENNE")  # any case, any spaces
    e = ctx.edition
    assert e.partner == EU and e.currencies == ["EUR", "XOF", "USD"]
    assert [ln.amounts[0] for x in e.actions for ln in x.lines] == ["EUR\u00a0250,000"]
    assert e.actions[0].national == "XOF\u00a018,000,000"
    assert [b.heading for b in e.signatures] == ["For the Government", "For the Ministry of Finance", f"For the partner: {EU}"]
    assert [t.year for t in e.takeovers] == ["2028"]
    assert ctx.draft == "" and register_watermark(ctx, None) == ""  # validated: no DRAFT mark
    assert "validated on 1 June 2026" in ctx.funding.version_line
    assert "Ministère des Finances et du Budget" in ctx.funding.share_note


def test_an_unvalidated_plans_edition_is_draft(request_store):
    from capacity_app.services.plan import actions as plans
    from capacity_app.services.reports import build_report_context

    store, q, a, _ = request_store
    plans.withdraw_validation(store, a.id, "Recorded by mistake")
    try:
        ctx = build_report_context(store, q, a.id, "fr", partner=EU)
        assert ctx.draft == ctx.s["draft_mark"] and "non encore validé" in ctx.funding.version_line
    finally:
        plans.record_validation(store, a.id, date="2026-06-01", event="Atelier national de validation, Dakar",
                                institutions=("ANSD",), approved_by="Dr Aminata Diallo", position="DG ANSD",
                                today="2026-06-30")


def test_the_partner_edition_renders_as_pdf_and_word(request_store):
    import docx
    from pypdf import PdfReader

    from capacity_app.services.reports import export_report_docx, export_report_pdf

    store, _, a, folder = request_store
    pdf = export_report_pdf(store, a.id, folder / "eu.pdf", lang="fr", partner=EU)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split()).replace("\u202f", " ")
    for words in ("Demande de financement — Union européenne", "250 000 EUR", "Contribution nationale",
                  "Pour le Ministère des finances", "Pour le partenaire : Union européenne", "Jean Dupont", "Cofinancement",
                  "Pérennité", "validé le 1er juin 2026", "Ministère des Finances et du Budget"):
        assert words in text, words
    for english in ("Funding request", "National contribution", "Co-financing", "survey operations"):
        assert english not in text, english
    path = export_report_docx(store, a.id, folder / "eu.docx", lang="en", partner=EU)
    d = docx.Document(str(path))
    words = " ".join([p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells])
    for w in ("Funding request — Union européenne", "EUR\u00a0250,000", "For the Ministry of Finance",
              "Moussa Ndiaye", "National contribution", "Co-financing"):
        assert w in words, w
