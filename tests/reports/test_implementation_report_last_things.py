"""The implementation report of a half-year, the last things a planning unit would not present
(reports/plan/progress.py, reports/money.py, progress.html.j2, reports/docx.py):

- an amount inside a Russian sentence names its currency, declined after a preposition that governs
  the genitive ("из бюджета в размере 3 208 871 марокканского дирхама", never "в размере 3 208 871
  марокканский дирхам", nor the ISO code in one sentence and the name in the next), in the form its
  figure takes elsewhere ("израсходовано 1 661 364 марокканских дирхама"); Arabic keeps the counted noun's forms, which follow the figure alone
  ("3,208,871 درهمًا مغربيًا", "732,500 درهم مغربي");
- a half-year's Committed column counts the year's commitments to the half-year's end ("Committed
  in 2026"), said under the table in every language: a commitment recorded in the first half no
  longer reads "0" in the second, and every column still adds up as printed (a single partner's
  row without a total under it);
- the Word copy's overruns table takes the PDF's column widths, each amount whole on a line;
- the owners, the titles and the funders' names in the report's tables are marked as typed, so that
  the report's language never hyphenates them (the owners one a line).

The half-year's plan of test_implementation_report_first_year (a survey module committed in full in
the first half, its line overrun)."""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

import pytest
from test_implementation_report_first_year import ACTIONS, CHAIN, ENTRIES, FINANCE, TODAY, VALUES

from capacity_app.domain.plan.progress import period_summary
from capacity_app.reports.format import load_strings

D = Decimal
LANGS = ("en", "fr", "es", "pt", "ru", "ar", "zh")
OWNERS = ("High Commission for Planning (HCP)", "Ministry of Economy and Finance")


def report(lang: str, period: str = "2026-H2", actions=ACTIONS):
    from capacity_app.reports.plan.progress import progress_report

    summary = period_summary(actions, ENTRIES, period, TODAY, VALUES, CHAIN)
    return progress_report(summary, lang, load_strings(lang), finance=FINANCE, entries=ENTRIES, values=VALUES,
                           chain=CHAIN)


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u2066", "").replace("\u2069", "").split())


def sentences(r) -> list[str]:
    return [flat(x) for x in (*r.achieved, *r.above_plan, *(k for o in r.overruns for k in o.kinds))]


# --- amounts inside sentences ----------------------------------------------------------------------------

def test_a_russian_amount_after_a_preposition_takes_the_genitive():
    """One convention in every sentence: the currency's name, declined after a preposition that
    governs the genitive (a planning unit read "MAD" in one sentence and the name in the next)."""
    from capacity_app.reports.money import Amount, fill_money

    said = sentences(report("ru"))
    text = " ".join(said)
    assert "израсходовано 115 000 марокканских дирхамов из годового бюджета в размере 450 000 марокканских дирхамов (26 %)" in text
    assert "превышают бюджет статьи в размере 250 000 марокканских дирхамов (118 %)" in text
    assert not re.search(r"\bMAD\b", text), said
    # the Morocco plan's figures: "3 208 871 марокканский дирхам" after "в размере" was the defect
    template = load_strings("ru")["progress_exec_half"]
    line = flat(fill_money(template, "ru", period="второе полугодие 2026 года", budget=Amount(D(3208871), "MAD"),
                           spent=Amount(D(1661364), "MAD"), disbursed=Amount(D(732500), "MAD"),
                           spent_rate="52 %", disbursed_rate="23 %"))
    assert ("израсходовано 1 661 364 марокканских дирхама из годового бюджета в размере 3 208 871 марокканского "
            "дирхама (52 %); выплачено 732 500 марокканских дирхамов") in line, line
    assert "марокканский дирхам" not in line and "MAD" not in line


def test_an_arabic_amount_keeps_the_counted_noun_its_figure_takes():
    from capacity_app.reports.money import Amount, fill_money, money_in_words

    assert flat(money_in_words(D(3208871), "MAD", "ar")) == "3,208,871 درهمًا مغربيًا"     # 11–99: accusative
    assert flat(money_in_words(D(732500), "MAD", "ar")) == "732,500 درهم مغربي"           # hundreds: genitive
    assert flat(money_in_words(D(5), "MAD", "ar")) == "5 دراهم مغربية"                    # 3–10: plural
    template = load_strings("ar")["progress_exec_half"]
    line = flat(fill_money(template, "ar", period="النصف الثاني من عام 2026", budget=Amount(D(3208871), "MAD"),
                           spent=Amount(D(1661364), "MAD"), disbursed=Amount(D(732500), "MAD"),
                           spent_rate="52", disbursed_rate="23"))
    assert "البالغة 3,208,871 درهمًا مغربيًا" in line and "MAD" not in line, line
    said = sentences(report("ar"))
    assert any("درهم مغربي" in x for x in said) and not any("MAD" in x for x in said), said


@pytest.mark.parametrize("lang", LANGS)
def test_no_language_writes_a_code_in_a_sentence(lang):
    assert not any(re.search(r"\bMAD\b", x) for x in sentences(report(lang)))


# --- a half-year's commitments -------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_a_half_year_s_committed_column_counts_the_year_to_its_end(lang):
    from capacity_app.domain.placeholders import fill

    s = load_strings(lang)
    r = report(lang)
    assert r.money_columns[2] == fill(s["progress_committed_year"], year="2026")
    assert r.committed_note and "{" not in r.committed_note and "2026" in r.committed_note
    (row,) = r.money                          # the national budget alone: no total row repeating it
    amount = re.compile(r"\d[\d\s,.\u00a0\u202f]*\d")
    committed = amount.search(row.cells[1])[0]
    assert re.sub(r"\D", "", committed) == "250000", row  # committed in the first half, still standing
    assert [re.sub(r"\D", "", amount.search(c)[0]) for c in row.cells] == ["450000", "250000", "95000", "115000"]
    by_action = {m.number: m.cells for m in r.action_money}
    assert re.sub(r"\D", "", by_action[1][1]) == "250000"


@pytest.mark.parametrize("lang", ["en", "ar", "ru"])
def test_an_action_s_page_reads_its_commitments_as_the_tables_do(lang):
    """A priority action's own money table counts its commitments as the money by action does (the
    year to the half-year's end), never "0" beside 250,000 in the tables; its share of disbursed
    money spent is said to be to date and joined with the language's own semicolon."""
    from capacity_app.domain import editorial

    r = report(lang)
    page = next(a for a in r.actions if a.number == 1)
    by_action = {m.number: m.cells for m in r.action_money}
    committed = [cells[0] for _, cells in page.money]
    assert [re.sub(r"\D", "", c) for c in committed] == [re.sub(r"\D", "", by_action[1][1])], (committed, by_action[1])
    if ";" in page.absorbed or "؛" in page.absorbed:
        assert editorial.semicolon_list(["a", "b"], lang)[1:-1] in page.absorbed, page.absorbed


def test_the_first_half_and_a_year_keep_their_own_commitments():
    h1 = report("en", "2026-H1")
    assert h1.money_columns[2] == "Committed in 2026" and "250,000" in h1.money[0].cells[1]
    year = report("en", "2026")
    assert year.money_columns[2] == "Committed" and year.committed_note == ""
    assert "250,000" in year.money[0].cells[1]


def test_the_note_is_printed_under_both_tables(pages):
    from html import unescape

    ctx, html = pages["fr"]
    text = flat(unescape(re.sub(r"<[^>]+>|\u200b", "", html)))
    assert text.count("Engagé en 2026") == 4, text     # the two tables' heads, the note under each
    assert text.count(flat(ctx.progress.committed_note)) == 2


# --- the pages: typed names, the Word copy's overruns -------------------------------------------------

@pytest.fixture(scope="module")
def pages(demo_db):
    """The half-year's report, its survey owned by two institutions, in the demo's context: French
    as the PDF lays it out (the typed spans) and Russian."""
    from capacity_app.reports.pdf import render_html
    from capacity_app.services.assessments import open_store
    from capacity_app.services.reports import progress_report_context

    actions = (replace(ACTIONS[0], institutions=OWNERS), ACTIONS[1])
    out = {}
    with open_store(demo_db[0], readonly=True) as store:
        for lang in ("fr", "ru"):
            ctx = progress_report_context(store, demo_db[1], "2026", lang, today=TODAY)
            out[lang] = replace(ctx, progress=report(lang, actions=actions))
    return {lang: (ctx, render_html(ctx, typed=True)) for lang, ctx in out.items()}


def test_owners_and_titles_are_marked_typed(pages):
    ctx, html = pages["fr"]
    typed = set(re.findall(r'<span class="typed"[^>]*>\u200b?([^<]*)</span>', html))
    (first, *_) = ctx.progress.actions
    assert tuple(first.owners) == OWNERS
    assert set(OWNERS) <= typed, typed
    assert str(first.title) in typed
    row = html[html.index(">" + OWNERS[0]):html.index(OWNERS[1])]
    assert "<br>" in row and ";" not in row      # one a line (test_implementation_report_typography)


def test_the_word_overruns_table_takes_the_pdf_s_widths(pages):
    from lxml import html

    from capacity_app.paths import resources_dir
    from capacity_app.reports.docx import COLUMNS_MM, TWIPS_PER_MM, W, _Builder, open_template

    css = (resources_dir() / "report" / "plan.css").read_text(encoding="utf-8")
    pdf = {k: float(v) for k, v in re.findall(r"col\.(c-o\w+)\s*\{\s*width:\s*([\d.]+)mm", css)}
    assert COLUMNS_MM["overruns"] == (pdf["c-oaction"], None, pdf["c-onote"])   # the PDF's widths, one source each
    ctx, page = pages["ru"]
    table = re.search(r'<table class="grid overruns">.*?</table>', page, re.S)[0]
    b = _Builder(open_template(None), ctx, {})
    tbl = b.table(html.fromstring(table))
    grid = [int(g.get(f"{W}w")) for g in tbl.iter(f"{W}gridCol")]
    assert sum(grid) == b.text_width
    assert abs(grid[0] - 42 * TWIPS_PER_MM) < 2 and abs(grid[2] - 45 * TWIPS_PER_MM) < 2, grid
    assert grid[1] > b.text_width * 0.45, grid                      # the sentences' column the widest
    # each amount whole on a line: its figure and its currency's name tied by no-break spaces
    text = "".join(t.text for t in tbl.iter(f"{W}t"))
    assert "295\u00a0000\u00a0марокканских\u00a0дирхамов" in text, text
