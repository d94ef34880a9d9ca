"""Three columns an outside reader found cut in the demo's reports, each as wide as what it holds:
the procurement plan's dates kept whole, their column widened to the widest date ("من 15 كانون
الثاني/ | يناير 2027" was cut in Arabic, reports/plan/donors.py); a grid's column no row fills left
out with its header (the mission chapter's empty "Name of the institution" printed its header as
"Name / of the / institu- / tion", reports/annex.py); the results framework's level column as wide
as the language's longest level label asks ("Конкрет-ная цель", "Непосред-ственный" in the Russian
partner's edition, reports/plan/results.py). Contexts and HTML for the rule; the PDFs the session
renders anyway (tests/reports/conftest.py) for ink over ink, one page each."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

EU = "European Union"


def _html(ctx) -> str:
    from capacity_app.reports.pdf import render_html

    return render_html(ctx, {"sections": "data:x", "pq": "data:y"}, typed=True)


def _table(html: str, anchor: str) -> str:
    start = html.index(f'id="{anchor}"')
    return html[start:html.index("</table>", start)]


def _page(pdf: Path, n: int, out: Path) -> Path:
    """Page ``n`` (from 0) of ``pdf`` alone, for the ink check."""
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter()
    w.add_page(PdfReader(pdf).pages[n])
    w.write(out)
    return out


@pytest.fixture(scope="module")
def editions(demo):
    """The demo's EU edition in Russian, Arabic, French and English: contexts only."""
    from capacity_app.services.reports import build_report_context

    store, q, a = demo
    return {lang: build_report_context(store, q, a.id, lang, partner=EU) for lang in ("ru", "ar", "fr", "en")}


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_procurement_plans_dates_are_kept_whole_in_a_column_as_wide_as_the_widest(editions, lang):
    from capacity_app.reports.measure import text_mm
    from capacity_app.reports.plan.donors import PROC_DATES_MM

    d = editions[lang].edition.donors
    assert d.packages
    dates = [x for p in d.packages for x in p.dates.amounts]
    assert len(dates) == 2 * len(d.packages) and all(" " not in x and "\u00a0" in x for x in dates)
    widest = max(text_mm(x, 8.0) + 3.0 for x in dates)
    if lang == "ar":   # "15 كانون الثاني/يناير 2027": wider than the column's own 26 mm
        assert widest <= d.dates_mm < widest + 0.1 and d.dates_mm > PROC_DATES_MM
    else:
        assert d.dates_mm in (0.0, pytest.approx(widest, abs=0.1))
    # what the dates take, the estimate gives back: as wide as its widest amount, never the 33 mm of old
    assert max(text_mm(p.amount, 8.0) + 3.0 for p in d.packages) <= d.estimate_mm <= 33.0
    table = _table(_html(editions[lang]), "plan-procurement")
    assert f"width: {d.dates_mm or 26}mm" in table and f"width: {d.estimate_mm}mm" in table
    spans = re.findall(r'<span class="amount">([^<]*)</span>', table)
    assert all(x in spans for x in dates)   # each date one unbroken, unhyphenated span


def test_the_country_reports_procurement_plan_in_arabic_prints_nothing_over_anything(reports, tmp_path):
    from generated.invariants import word_problems

    r = reports("ar")
    d = r.ctx.funding.donors
    assert d.dates_mm > 26.0
    n = next(i for i, t in enumerate(r.pages) if str(r.ctx.s["donor_proc_intro"])[:20] in t)
    assert word_problems(_page(r.path, n, tmp_path / "proc.pdf")) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_grid_column_no_row_fills_is_left_out_with_its_header(reports, lang, tmp_path):
    from capacity_app.domain.questionnaire import tr
    from generated.invariants import word_problems

    r = reports(lang)
    q_item = next(i for sec in _questionnaire().sections for i in sec.items if i.id == "s0_institutions")
    heads = {c.id: tr(c.label, lang) for c in q_item.columns}
    grid = next(b for area in r.ctx.context_parts for b in area.blocks
                if b.kind == "grid" and b.title == tr(q_item.label, lang))
    # the demo names no institution in its own column: left out; the two it fills printed
    assert grid.columns == [heads["interviewed"], heads["role"]]
    assert all(len(x.cells) == 2 and x.cells[1] for x in grid.lines)
    assert heads["name"] not in r.flat
    n = next(i for i, t in enumerate(r.pages) if heads["role"] in t)
    assert word_problems(_page(r.path, n, tmp_path / "grid.pdf")) == []


def _questionnaire():
    from capacity_app.services.assessments import questionnaire_for

    return questionnaire_for()


def test_a_filled_column_still_prints_and_a_grid_no_row_fills_keeps_its_headers():
    from capacity_app.reports.annex import _filled
    from capacity_app.reports.model import GridLine

    lines = [GridLine("NSO", ["Yes", "", "Director"]), GridLine("Bank", ["Yes", "Central Bank", ""])]
    assert _filled(["Interviewed", "Name", "Role"], lines) == (["Interviewed", "Name", "Role"], lines)
    cols, kept = _filled(["Interviewed", "Name", "Role"], [GridLine("NSO", ["Yes", "", "Director"])])
    assert cols == ["Interviewed", "Role"] and kept == [GridLine("NSO", ["Yes", "Director"])]
    assert _filled(["A", "B"], []) == (["A", "B"], [])


@pytest.mark.parametrize("lang", ["ru", "fr", "ar", "en"])
def test_the_results_frameworks_level_column_holds_its_longest_label_unbroken(editions, lang):
    from capacity_app.reports.measure import text_mm, widest_unbroken_mm

    rc = editions[lang].edition.results
    labels = [f.level for f in rc.framework]
    assert labels
    words = widest_unbroken_mm(labels, 8.0)
    assert rc.level_mm >= min(36.0, words + 3.0) and 20.0 <= rc.level_mm <= 36.0
    assert rc.level_mm >= min(36.0, max(text_mm(x, 8.0) for x in labels) * 1.2 / 3 + 3.0)
    if lang == "ru":   # "Непосредственный", "(конечный результат) 1": wider than the 20 mm of old
        assert rc.level_mm > 20.0
    html = _html(editions[lang])
    start = html.index('<table class="grid framework">')
    table = html[start:html.index("</table>", start)]
    assert f'<col class="c-lvl" style="width: {rc.level_mm}mm">' in table
    assert table.count('<td class="lvl">') == len(labels)   # labels break at their spaces only (plan.css)
