"""The implementation report of a half-year as a planning unit presents it to its minister, the last
defects it found (reports/plan/progress.py, progress.html.j2, reports/docx.py): each indicator's
series headed by its half-years in words, never the stored codes ("H1 2026", "1-е полугодие
2026 г.", "النصف الأول 2026", not "2026-H1"); a half-year's execution rates said to be of the year's
budget; a done action says when it was completed, never a share of its time elapsed; a cost line
with several overruns one row naming each, its reason once; the Word copy's contents a page
reference to each heading's bookmark, which Word and LibreOffice compute on their own layout.

The half-year's plan of test_implementation_report_first_year (a survey module done on 20 November
2026, its one cost line spent and disbursed above its budget and disbursed above its commitment)."""
from __future__ import annotations

import re
from dataclasses import replace
from html import unescape

import pytest
from test_implementation_report_first_year import ACTIONS, CHAIN, ENTRIES, FINANCE, TODAY, VALUES

from capacity_app.domain.plan.overrun import overrun_text
from capacity_app.domain.plan.progress import period_summary
from capacity_app.reports.format import load_strings

LANGS = ("en", "fr", "es", "pt", "ru", "ar", "zh")
HEADS = {"en": ("H1 2026", "H2 2026"), "fr": ("1er semestre 2026", "2e semestre 2026"),
         "es": ("1.er semestre de 2026", "2.º semestre de 2026"), "pt": ("1.º semestre de 2026", "2.º semestre de 2026"),
         "ru": ("1-е полугодие 2026 г.", "2-е полугодие 2026 г."), "ar": ("النصف الأول 2026", "النصف الثاني 2026"),
         "zh": ("2026年上半年", "2026年下半年")}


def report(lang: str, actions=ACTIONS):
    from capacity_app.reports.plan.progress import progress_report

    summary = period_summary(actions, ENTRIES, "2026-H2", TODAY, VALUES, CHAIN)
    return progress_report(summary, lang, load_strings(lang), finance=FINANCE, entries=ENTRIES, values=VALUES,
                           chain=CHAIN)


@pytest.mark.parametrize("lang", LANGS)
def test_the_series_is_headed_by_each_half_year_in_words(lang):
    from capacity_app.domain.editorial import period_head

    heads = report(lang).series_periods
    assert tuple(h.replace("\u00a0", " ") for h in heads) == HEADS[lang]
    # a narrow column breaks a head at a space, never between a year and its word ("2026 г.")
    assert all(re.search(r"\d{4}(\u00a0г\.)?$|^\d{4}年", h) for h in heads), heads
    assert lang != "ru" or all(" 2026" in h and "2026 " not in h for h in heads)
    assert period_head("2026", lang) == "2026" and period_head("2026-Q3", lang) == "2026-Q3"


@pytest.mark.parametrize("lang", LANGS)
def test_a_half_year_s_rates_are_said_to_be_of_the_year_s_budget(lang):
    s = load_strings(lang)
    r = report(lang)
    period = [t for t in r.rates if t.anchor in ("progress-rates-actions", "progress-rates-partners")]
    to_date = [t for t in r.rates if t not in period]
    assert len(period) == 2 and len(to_date) == 2
    for t in period:
        assert t.columns[0] == s["progress_next_budget"].replace("{year}", "2026")
        assert t.columns[3:] == (s["progress_disbursed_rate_year"], s["progress_spent_rate_year"])
    assert all(t.columns == () for t in to_date)       # since the plan began: the budget to date, the report's heads
    said = s["progress_exec_half"].split("{")[0].strip()
    assert any(x.startswith(said) for x in r.achieved) if said else True
    if lang == "en":
        assert ("Budget executed in the second half of 2026: 115,000 Moroccan dirhams spent of the year's budget of "
                "450,000 Moroccan dirhams (26%)") in " ".join(" ".join(r.achieved).split())


def test_a_year_s_rates_keep_the_report_s_heads():
    from capacity_app.reports.plan.progress import progress_report

    summary = period_summary(ACTIONS, ENTRIES, "2026", TODAY)
    r = progress_report(summary, "en", load_strings("en"), finance=FINANCE, entries=ENTRIES)
    assert all(t.columns == () for t in r.rates)
    assert not any("year's budget" in x for x in r.achieved)


@pytest.mark.parametrize(("lang", "when"), [("en", "20 November 2026"), ("ru", "20 ноября 2026 года"),
                                            ("ar", "20 تشرين الثاني/نوفمبر 2026")])
def test_a_done_action_says_when_it_was_completed_not_the_time_elapsed(lang, when):
    survey, register = report(lang).actions
    assert survey.completed.replace("\u00a0", " ").strip("\u2066\u2067\u2068\u2069") == when
    assert survey.elapsed == ""
    assert register.completed == "" and register.elapsed      # in progress: its share of time elapsed


@pytest.mark.parametrize("lang", LANGS)
def test_one_row_per_overrun_cost_line_each_overrun_named_the_reason_once(lang):
    s = load_strings(lang)
    summary = period_summary(ACTIONS, ENTRIES, "2026-H2", TODAY)
    found = summary.rows[0].overruns
    assert len(found) == 3                                 # spent and disbursed above the budget, above committed
    (row,) = report(lang).overruns
    assert row.text == s["progress_overrun_line"].replace("{line}", "1")
    assert len(row.kinds) == 3 and row.note == s["progress_no_reason"]
    if lang == "en":
        for o, words in zip(found, row.kinds, strict=True):   # the words of every other path, each
            path = overrun_text(o, 1).split(":", 1)[1]
            words = words.replace("\u00a0", " ")             # an amount tied whole in its cell
            assert re.sub(r"Moroccan dirhams|[\d,\s%()]", "", words) == re.sub(r"[\d\s%()]|MAD|;.*", "", path)


@pytest.fixture(scope="module")
def pages(demo_db):
    """The half-year's report (its survey a priority action) in the demo's context, as HTML and as
    the Word copy's XML, in English and Russian."""
    from capacity_app.reports.pdf import render_html
    from capacity_app.services.assessments import open_store
    from capacity_app.services.reports import progress_report_context

    actions = (replace(ACTIONS[0], priority_action=True), ACTIONS[1])
    out = {}
    with open_store(demo_db[0], readonly=True) as store:
        for lang in ("en", "ru"):
            ctx = progress_report_context(store, demo_db[1], "2026", lang, today=TODAY)
            out[lang] = replace(ctx, progress=report(lang, actions))
    return {lang: (ctx, render_html(ctx)) for lang, ctx in out.items()}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_pages_say_it(pages, lang):
    s = load_strings(lang)
    _ctx, page = pages[lang]
    text = " ".join(unescape(re.sub(r"<[^>]+>", " ", page)).replace("\u00a0", " ").replace("\u2019", "'").split())
    assert "2026-H1" not in text and "2026-H2" not in text
    heads = re.findall(r'<th class="num" style="hyphens: manual">([^<]*)</th>', page)   # never hyphenated
    assert [h.replace("\u00a0", " ") for h in heads] == list(HEADS[lang])
    assert all(h in text for h in HEADS[lang])
    assert s["progress_completed"] in text and s["progress_timeline"] not in text
    assert text.count(s["progress_overrun_line"].replace("{line}", "1")) == 1
    assert s["progress_spent_rate_year"] in text


def test_the_word_copy_s_contents_are_page_references_to_the_headings(pages, tmp_path):
    """Each entry of the contents links to a bookmark its heading bears, its page a PAGEREF field
    to it saved with the PDF's page; no entry points at a bookmark no heading bears."""
    from docx import Document

    from capacity_app.reports.docx import render_report_docx

    ctx, _ = pages["en"]
    path = render_report_docx(ctx, tmp_path / "en.docx", pages={"progress-summary": 3, "progress-execution": 5})
    body = Document(str(path)).element.body
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    marks = {b.get(f"{w}name"): b.getparent() for b in body.iter(f"{w}bookmarkStart")}
    refs = [re.fullmatch(r" PAGEREF (\S+) \\h ", t.text)[1] for t in body.iter(f"{w}instrText")]
    assert refs and not any("TOC" in t.text for t in body.iter(f"{w}instrText"))
    for name in refs:
        heading = marks[name]
        style = heading.find(f"{w}pPr/{w}pStyle").get(f"{w}val")
        assert style.startswith("Heading"), (name, style)
    entries = [p for p in body.iter(f"{w}p") if any(f"PAGEREF {refs[0]} " in t.text for t in p.iter(f"{w}instrText"))]
    (first,) = entries
    assert "".join(t.text for t in first.iter(f"{w}t")).endswith("3")   # the PDF's page, saved
    assert first.find(f"{w}hyperlink").get(f"{w}anchor") == refs[0]
