"""The funding request as a partner reads it: ``report --partner``: the lines asked of the
European Union in euros beside the plan's francs and the dollar, the national contribution beside
each action, its budget adding up, co-financing, sustainability, the signature block (government,
ministry of finance, the partner) with the plan's version and validation date; no DRAFT mark once
the government validated the plan, DRAFT before; an unknown partner refused in one line listing the
partners. One PDF and one Word render, their text read back; the Word copy printed by LibreOffice
adds up as the PDF does."""
from __future__ import annotations

import re
import shutil
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
        Signatory("government", "Awa Ba", "Directrice générale de l'ANSD"),   # the co-implementing agency
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
    # the national contribution in the partner's currency first, then the plan's and the dollar
    assert e.actions[0].national.split(" · ")[1] == "XOF\u00a018,000,000"
    assert [x[:3] for x in e.actions[0].national.split(" · ")] == e.currencies
    # every signatory, in the order typed; the finance ministry under the name the country gives it
    assert [(b.heading, b.name) for b in e.signatures] == [
        ("For the Government", "Dr Aminata Diallo"), ("On behalf of: Ministère des Finances et du Budget", "Moussa Ndiaye"),
        ("For the Government", "Awa Ba"), (f"For the partner: {EU}", "Jean Dupont")]
    full = build_report_context(store, q, a.id, "en").funding.signatures
    assert [b.name for b in full] == ["Dr Aminata Diallo", "Moussa Ndiaye", "Awa Ba"]
    assert [t.year for t in e.takeovers] == ["2028"]
    assert ctx.draft == "" and register_watermark(ctx, None) == ""  # validated: no DRAFT mark
    assert "validated on 1 June 2026" in ctx.funding.version_line
    assert "Ministère des Finances et du Budget" in ctx.funding.share_note


def test_each_action_asked_names_its_outcome_and_output_indicators(tmp_path):
    """Read as a funding committee reads it: the demo's edition for the European Union
    listed the action's lines and money but not what it buys; each action asked now names the
    outcome it serves and its output indicators, with baseline and yearly targets."""
    from capacity_app.services.assessments import open_store, questionnaire_for
    from capacity_app.services.demo import create_demo
    from capacity_app.services.reports import build_report_context

    with open_store(tmp_path / "demo.sqlite3", backup_dir=tmp_path / "b") as store:
        a = create_demo(store)
        (asked,) = build_report_context(store, questionnaire_for(a), a.id, "fr", partner="European Union").edition.actions
    assert asked.outcome.startswith("Objectif spécifique (effet) 1\u00a0: Residence-permit and border-crossing records")
    assert [o.replace("\u00a0", " ").replace("\u202f;", ";") for o in asked.outputs] == [
        "Yearly tables on residence permits and border crossings produced (tables); Valeur de référence : 0 (2025); "
        "Valeurs cibles : 6 (2027) et 10 (2028)"]


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
    from pdf_text import page_texts

    from capacity_app.services.reports import export_report_docx, export_report_pdf

    store, _, a, folder = request_store
    pdf = export_report_pdf(store, a.id, folder / "eu.pdf", lang="fr", partner=EU)
    text = " ".join(" ".join(page_texts(pdf)).split()).replace("\u202f", " ")
    for words in ("Demande de financement — Union européenne", "250 000 EUR", "Contribution nationale",
                  "Au nom de : Ministère des Finances et du Budget", "Pour le partenaire : Union européenne",
                  "Jean Dupont", "Awa Ba", "Directrice générale de l'ANSD", "Cofinancement",
                  "Pérennité", "validé le 1er juin 2026", "Ministère des Finances et du Budget"):
        assert words in text, words
    for english in ("Funding request", "National contribution", "Co-financing", "survey operations"):
        assert english not in text, english
    path = export_report_docx(store, a.id, folder / "eu.docx", lang="en", partner=EU)
    d = docx.Document(str(path))
    words = " ".join([p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells])
    for w in ("Funding request — Union\u00a0européenne", "EUR\u00a0250,000", "On behalf of: Ministère des Finances et du Budget",
              "Moussa Ndiaye", "Awa Ba", "National contribution", "Co-financing"):
        assert w in words, w


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
_CELLS = re.compile(r" {2,}")  # pdftotext -layout: columns apart by two spaces or more, digits by one


def _amount(cell: str) -> Decimal:
    """A table cell as pdftotext gives it ("31,485,857", "31 485 857", "XOF 1,000", "–") as a number."""
    cell = re.sub(r"[A-Z]{3}", "", cell).replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    if cell in ("–", "-", ""):
        return Decimal(0)
    if "%" in cell:
        return Decimal(cell.replace("%", "").replace(",", "."))
    return Decimal(cell.replace(",", "").replace(".", ""))


def _tables(text: str, heads: tuple[str, ...]) -> list[tuple[str, list[list[Decimal]]]]:
    """Each table whose header line starts with one of ``heads``: (its header, the rows' numbers
    up to and with its Total row); a label's wrapped line (no number) is skipped."""
    out: list[tuple[str, list[list[Decimal]]]] = []
    rows: list[list[Decimal]] | None = None
    for line in text.splitlines():
        if line.strip().startswith(heads):
            rows = []
            out.append((line.strip(), rows))
            continue
        if rows is None:
            continue
        cells = _CELLS.split(line.strip())
        if len(cells) < 2 or not re.search(r"\d|–", cells[-1]):
            continue
        rows.append([_amount(c) for c in cells[1:]])
        if cells[0] == "Total":
            rows = None
    return out


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (soffice): the conversion check needs it")
def test_the_word_edition_printed_by_libreoffice_adds_up(request_store, tmp_path):
    """The Union's edition as Word, opened and printed by LibreOffice, read back with
    pdftotext: every budget table (the partner's lines by year and category in XOF, USD and EUR)
    adds up along its rows and columns to the totals printed, co-financing's costs, shares (100.0 %)
    and unsecured parts add up, the lines are in euros, and no word of it is English."""
    import subprocess

    from generated.invariants import converted_by_libreoffice, word_problems

    from capacity_app.services.reports import export_report_docx

    store, _, a, _ = request_store
    path = export_report_docx(store, a.id, tmp_path / "eu-fr.docx", lang="fr", partner=EU)
    pdf = converted_by_libreoffice(path, tmp_path)
    assert word_problems(pdf) == []
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True,
                          text=True).stdout
    budgets = _tables(text, ("Catégorie (en ",))
    assert [h.split("(en ")[1][:3] for h, _ in budgets] == ["XOF", "USD", "EUR"]
    for head, rows in budgets:
        assert len(rows) >= 2, head
        for row in rows:
            assert sum(row[:-1]) == row[-1], (head, row)  # each row to its total
        *body, total = rows
        assert [sum(col) for col in zip(*body, strict=True)] == total, head  # each column to the Total row
    # co-financing in the partner's currency first, then the plan's and the dollar, each adding up
    shares = _tables(text, ("Source de financement",))
    assert [re.search(r"\((EUR|XOF|USD)\)", h).group(1) for h, _ in shares] == ["EUR", "XOF", "USD"]
    for _head, rows in shares:
        *body, total = rows
        assert [sum(col) for col in zip(*body, strict=True)] == total and total[1] == Decimal("100.0"), rows
    assert "Montant (EUR)" in text and "250 000 EUR" in text.replace("\u202f", " ").replace("\u00a0", " ")
    for english in ("Funding request", "National contribution", "Co-financing", "Total requested", "Sustainability"):
        assert english not in text, english


def test_the_budgets_rounding_rule_follows_the_budget_table(request_store):
    """Review of the edition printed the budgets' rounding rule with no budget table
    above it (the partner asks for nothing the table could hold)."""
    from capacity_app.reports.pdf import render_html
    from capacity_app.services.reports import build_report_context

    store, q, a, _ = request_store
    ctx = build_report_context(store, q, a.id, "en", partner=EU)
    rule = ctx.funding.budget_rule
    assert ctx.edition.budget is not None and rule in render_html(ctx, {"sections": "data:x", "pq": "data:y"})
    ctx.edition = replace(ctx.edition, budget=None)
    assert rule not in render_html(ctx, {"sections": "data:x", "pq": "data:y"})
