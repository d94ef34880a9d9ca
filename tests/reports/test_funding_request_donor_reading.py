"""What a donor's reading of a real country's funding request (Moldova's, typed on the command
line, its editions for the European Union and the World Bank in English and Spanish) found and
changed: a unit or a level of the results framework with yearly targets was cut inside a word
("indicator" / "s", "downloa" / "ds a year", "Outcome" / "1"); the logframe's levels in the EU
edition's indicator table left the number of the outcome or the action alone on a line ("Output:
action" / "1"); the Spanish edition called the partner "asociado" in one table and "socio" in the
next, and the outcome "efecto" in the logframe but "resultado" in the EU's indicative budget."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from capacity_app.domain.placeholders import fill
from capacity_app.reports.format import load_strings

_REPORT = Path(__file__).resolve().parents[2] / "resources" / "report"


def _framework_html(level: str, unit: str) -> str:
    """The results framework's table as results.html.j2 writes it (its colgroup taken from the
    template, three years), one row, in a page laid out with the report's own style sheets."""
    source = (_REPORT / "results.html.j2").read_text(encoding="utf-8")
    colgroup = re.search(r'<table class="grid framework"><colgroup>(.*?)\{% for', source)
    assert colgroup, "the framework table's colgroup moved: update this test"
    cols = colgroup[1] + '<col class="c-year" style="width: 12mm">' * 3
    return (
        '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">'
        '<link rel="stylesheet" href="fonts.css"><link rel="stylesheet" href="report.css">'
        '<link rel="stylesheet" href="plan.css"></head><body>'
        f'<table class="grid framework"><colgroup>{cols}</colgroup>'
        '<thead><tr><th>Nivel</th><th>Indicador</th><th>Unidad</th><th class="num">Línea de base</th>'
        '<th class="num">2027</th><th class="num">2028</th><th class="num">2029</th></tr></thead>'
        f'<tbody><tr><td>{level}</td><td>Migration indicators of the SDG framework published</td>'
        f'<td><span class="typed">{unit}</span></td><td class="num">1 500 (2025)</td>'
        '<td class="num">5</td><td class="num">–</td><td class="num">8 000</td></tr></tbody></table></body></html>')


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")
@pytest.mark.parametrize(("level", "unit"), [("Outcome 1", "indicators"), ("Action 5", "downloads a year")])
def test_a_unit_or_a_level_is_never_cut_inside_a_word(level, unit, tmp_path):
    from weasyprint import HTML

    pdf = tmp_path / "framework.pdf"
    HTML(string=_framework_html(level, unit), base_url=str(_REPORT)).write_pdf(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    words = set(re.findall(r"[\w-]+", text))
    for word in (level + " " + unit).split():
        assert word in words, f"{word!r} is cut in the results framework: {text}"


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_the_eu_editions_levels_keep_their_number(demo, lang):
    """In an EU edition the indicator table names its levels as the logframe does, the number held
    to its word by a no-break space ("Output: action\u00a05")."""
    from capacity_app.services.reports import build_report_context

    store, q, a = demo
    ctx = build_report_context(store, q, a.id, lang, partner="European Union")
    d = ctx.edition.donors
    assert d.kind == "eu"
    numbered = [f.level for f in d.framework if re.search(r"\d", f.level)]
    assert numbered, "the EU edition has no outcome's or output's indicator to check"
    output, outcome = (fill(ctx.s[k], n=0).split("0")[0].rstrip() for k in ("plan_lf_output", "plan_lf_outcome"))
    assert any(level.startswith((output, outcome)) for level in numbered)
    for level in numbered:
        assert not re.search(r" \d", level), f"the number can be left alone on a line: {level!r}"


def test_the_spanish_request_names_the_partner_and_the_outcome_one_way():
    es = load_strings("es")
    donor = {k: str(v) for k, v in es.items() if k.startswith(("donor_", "req_"))}
    socio = [k for k, v in donor.items() if re.search(r"\bsocios?\b", v)]
    assert not socio, f"'socio' beside 'asociado' in the same document: {socio}"
    outcome_word = fill(es["plan_rf_outcome"], n=1).split()[0]   # "Efecto", as the logframe says it
    assert fill(es["donor_eu_outcome"], n=1, outcome="x").split()[0] == outcome_word
    assert outcome_word.lower() in es["donor_eu_corner"].lower() and outcome_word.lower() in es["donor_eu_budget"]


def test_each_edition_tells_the_results_chain_in_its_donor_s_words(demo):
    """An EU edition keeps the logframe's words in both tables ("Specific objective (outcome) 1",
    its indicators "with yearly targets" at the logframe's levels); any other partner's (a World
    Bank team's) tells the same chain as a results chain: the development objective, its outcomes
    and the actions as intermediate results, never the EU's "Specific objective (outcome)"."""
    from capacity_app.domain.plan import budget
    from capacity_app.services.reports import build_report_context

    store, q, a = demo
    actions = store.action_plan(a.id)
    other = next(p for p in budget.partners(actions) if not budget.says_modality(p, actions))
    eu = build_report_context(store, q, a.id, "en", partner="European Union")
    assert eu.edition.results.words == "eu"
    lf_outcome = fill(eu.s["plan_lf_outcome"], n=0).split("0")[0].rstrip()
    assert any(r.level.startswith(lf_outcome) for r in eu.edition.results.framework)
    wb = build_report_context(store, q, a.id, "en", partner=other)
    r = wb.edition.results
    assert r.words == "results"
    levels = [row.level for row in r.logframe]
    assert levels[0] == "Development objective" and not any(lf_outcome in x for x in levels)
    assert any(x.startswith("Intermediate result · Action") for x in levels), levels
    assert all(not a.outcome or a.outcome.startswith("Development objective · Outcome") for a in wb.edition.actions)
