"""The implementation report's last typographic defects, read on Morocco's plan in Russian and Arabic
(reports/money.py, reports/typography.py, reports/pdf.py, progress.html.j2, plan.css, report.css):

- an amount in an overrun's sentence, its figure and its currency's name ("295 000 марокканских
  дирхамов"), is never hyphenated nor broken across lines: no-break spaces alone did not stop WeasyPrint
  hyphenating "мароккан-ских"; each is a ``<span class="amount">`` in every language, and the PDF's
  text holds every amount of the report on one line;
- a table's head breaks between its words, never inside one ("Израсходо-вано", "Выпла-чено от
  годового бюджета"): the narrow columns are as wide as their heads' longest word (the next period's
  status column as its statuses' too);
- an action's institutions are printed one a line, in the PDF and in the Word copy, never joined by
  the list's separator ("؛" between two English names wrapped them around each other in Arabic).

The half-year's plan of test_implementation_report_first_year (a survey module whose line is
overrun by 295,000 MAD spent), its survey owned by two institutions, in the demo's context."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest
from test_implementation_report_first_year import ACTIONS, CHAIN, ENTRIES, FINANCE, TODAY, VALUES

from capacity_app.domain.plan.progress import period_summary
from capacity_app.reports.format import load_strings

LANGS = ("en", "fr", "es", "pt", "ru", "ar", "zh")
OWNERS = ("High Commission for Planning (HCP)", "Ministry of Economy and Finance")
# what takes no room and is no break: isolates, direction marks, the zero width space
_INVISIBLE = re.compile("[\u200b-\u200f\u2066-\u2069]")


@pytest.fixture(scope="module")
def contexts(demo_db):
    """The report's context in each language, the small plan's progress, its survey a priority action."""
    from capacity_app.reports.plan.progress import progress_report
    from capacity_app.services.assessments import open_store
    from capacity_app.services.reports import progress_report_context

    actions = (replace(ACTIONS[0], institutions=OWNERS, priority_action=True), ACTIONS[1])
    summary = period_summary(actions, ENTRIES, "2026-H2", TODAY, VALUES, CHAIN)
    out = {}
    with open_store(demo_db[0], readonly=True) as store:
        for lang in LANGS:
            ctx = progress_report_context(store, demo_db[1], "2026", lang, today=TODAY)
            progress = progress_report(summary, lang, load_strings(lang), finance=FINANCE, entries=ENTRIES,
                                       values=VALUES, chain=CHAIN)
            out[lang] = replace(ctx, progress=progress)
    return out


@pytest.fixture(scope="module")
def pdfs(contexts, tmp_path_factory):
    """The Russian and French PDFs' text, a page after another (pypdf's lines: "\\xad\\n" where a word
    is hyphenated)."""
    from pdf_text import page_texts

    from capacity_app.services.reports import render_report_pdf

    folder = tmp_path_factory.mktemp("impl-typography")
    return {lang: "\n".join(page_texts(render_report_pdf(contexts[lang], folder / f"{lang}.pdf")))
            for lang in ("ru", "fr")}


def _amounts(ctx) -> list[str]:
    return [a for o in ctx.progress.overruns for k in o.kinds for a in k.amounts]


# --- amounts whole -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_each_overrun_amount_is_a_span_kept_whole(contexts, lang):
    from capacity_app.reports.pdf import render_html

    ctx = contexts[lang]
    amounts = _amounts(ctx)
    assert len(amounts) >= 2 and all(re.search(r"\d", a) for a in amounts), amounts
    html = render_html(ctx, typed=True)
    spans = [_INVISIBLE.sub("", x) for x in re.findall(r'<span class="amount">(.*?)</span>', html)]
    for a in amounts:
        assert _INVISIBLE.sub("", a) in spans, (a, spans)
    # the Word copy's HTML carries no mark nor span, its amounts' no-break spaces hold them
    plain = render_html(ctx)
    assert 'class="amount"' not in plain and not re.search("[\ufdd0-\ufdd3]", plain)


def test_the_amount_span_is_never_broken_nor_hyphenated():
    from capacity_app.paths import resources_dir

    css = (resources_dir() / "report" / "report.css").read_text(encoding="utf-8")
    rule = re.search(r"span\.amount\s*\{([^}]*)\}", css)[1]
    assert "white-space: nowrap" in rule and "hyphens: none" in rule


def test_a_typed_mark_never_opens_an_amount_span():
    from capacity_app.reports.typography import AMOUNT_OPEN, amount_spans, marks_shown

    assert marks_shown(f"a{AMOUNT_OPEN}b") == "a[U+FDD2]b"
    assert amount_spans(f'<td title="{AMOUNT_OPEN}x">y</td>', True) == '<td title="x">y</td>'


@pytest.mark.parametrize("lang", ["ru", "fr"])
def test_no_amount_of_the_pdf_is_cut_across_lines(contexts, pdfs, lang):
    ctx, text = contexts[lang], pdfs[lang]
    p = ctx.progress
    cells = [v for t in (p.money, p.action_money) for m in t for v in m.cells]
    printed = [*_amounts(ctx), *(v for v in cells if re.search(r"\d", v))]
    assert any(re.search(r"марокканских", a) for a in printed) or lang != "ru"
    for a in printed:
        # each space of the amount a space on the same line: never a line's end, never a hyphen
        pattern = r"[ \u00a0\u202f]".join(re.escape(w) for w in _INVISIBLE.sub("", a).replace("\u202f", " ")
                                          .replace("\u00a0", " ").split(" "))
        assert re.search(pattern, text), (a, text)
    assert "мароккан\xad" not in text and "марокканс\xad" not in text


# --- the heads ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["ru", "fr"])
def test_no_table_head_is_hyphenated(contexts, pdfs, lang):
    s, p = contexts[lang].s, contexts[lang].progress
    heads = [*p.rate_columns, *p.money_columns, *(h for t in p.rates for h in t.columns),
             *(s[k] for k in ("progress_disbursed", "progress_spent", "progress_currency", "progress_led",
                              "progress_with_report", "progress_without_report", "progress_note_or_reason",
                              "progress_overrun", "plan_status", "progress_standing")),
             *(a.status for a in p.next_actions)]       # and the next period's statuses ("выполня-ется")
    words = {w for h in heads for w in re.findall(r"\w+", str(h)) if len(w) >= 7}
    assert "Израсходовано" in words or lang != "ru"
    cut = {a + b for a, b in re.findall(r"(\w+)\xad\n(\w+)", pdfs[lang])}
    assert not cut & words, cut & words
    # nor broken without a hyphen where the column is too narrow for it ("Обязательств / а")
    broken = {a + b for a, b in re.findall(r"(\w+)\n(\w+)", pdfs[lang])}
    assert not broken & words, broken & words


def test_the_narrow_columns_are_as_wide_as_their_heads_longest_word(contexts):
    from capacity_app.reports.measure import widest_unbroken_mm
    from capacity_app.reports.pdf import render_html

    ctx = contexts["ru"]
    html = render_html(ctx)
    table = re.search(r'<table class="grid money rates">.*?</table>', html, re.S)[0]
    widths = [float(x) for x in re.findall(r'<col style="width: ([\d.]+)mm">', table)]
    heads = [re.sub(r"<[^>]+>", "", x) for x in re.findall(r'<th class="num">(.*?)</th>', table)]
    assert len(widths) == len(heads) == 5
    for w, h in zip(widths, heads, strict=True):
        assert w >= widest_unbroken_mm([h], 8.0, bold=True) + 3.0, (h, w)
    assert widths[2] > 23       # "Израсходовано" is wider than the amount's 23 mm
    # the next period's status column: as wide as its statuses' longest word ("запланирована")
    nxt = re.search(r'<table class="grid money next">.*?</table>', html, re.S)[0]
    status = float(re.findall(r'<col[^>]*?width: ([\d.]+)mm', nxt)[0])
    statuses = [a.status for a in ctx.progress.next_actions]
    assert statuses and status >= max(widest_unbroken_mm([x], 8.0, bold=True) for x in statuses) + 3.0, (statuses, status)


# --- the owners one a line ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["ar", "fr", "zh"])
def test_the_owners_are_printed_one_a_line(contexts, lang):
    from lxml import html as lxml_html

    from capacity_app.reports.docx import W, _Builder, open_template
    from capacity_app.reports.pdf import render_html

    ctx = contexts[lang]
    (first, *_) = ctx.progress.actions
    assert tuple(first.owners) == OWNERS
    page = re.sub("[\u2066-\u2069]", "", render_html(ctx))
    between = re.escape(OWNERS[0]) + r"(.{0,80}?)" + re.escape(OWNERS[1])
    joins = re.findall(between, page, re.S)
    assert len(joins) == 2, joins                   # the actions' table and the priority action's sheet
    for j in joins:
        assert re.fullmatch(r"(?:</span>)?<br>(?:<span[^>]*>)?", j), j     # a line break, no separator
    # the Word copy: a break between the two names in the cell
    table = re.search(r'<table class="grid plan">.*?</table>', page, re.S)[0]
    tbl = _Builder(open_template(None), ctx, {}).table(lxml_html.fromstring(table))
    cell = next(tc for tc in tbl.iter(f"{W}tc") if OWNERS[1] in "".join(t.text for t in tc.iter(f"{W}t")))
    runs = [("BR" if r.find(f"{W}br") is not None else "") + "".join(t.text for t in r.iter(f"{W}t"))
            for r in cell.iter(f"{W}r")]
    text = "|".join(runs)
    assert re.search(re.escape(OWNERS[0]) + r"[\u2066-\u2069]*\|BR[\u2066-\u2069]*\|?[\u2066-\u2069]*"
                     + re.escape(OWNERS[1]), text) or f"{OWNERS[0]}|BR|{OWNERS[1]}" in text, text
