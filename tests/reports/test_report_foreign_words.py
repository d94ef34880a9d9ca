"""Words in another script than the report's are hyphenated in their own language (an
editor read "Departme|nt" in the Russian report's S6C registers table: the document's Russian
patterns know no Latin word, and the fallback cut it anywhere). reports/bidi.py marks each text of
the document written in one other hyphenated script with a ``<span lang>``: English (or the
assessment's own language) for Latin, Russian for Cyrillic; the words are never changed."""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

import pymupdf
import pyphen
import pytest
from markupsafe import Markup

from capacity_app.reports.bidi import foreign_language, html_scripts_marked, isolate, scripts_marked
from capacity_app.reports.format import report_dir

LATIN = re.compile(r"^[A-Za-z]+$")


def test_a_text_in_another_script_is_marked_with_its_language():
    assert scripts_marked("Consular Department, Ministry (1.2)", "ru") == Markup(
        '<span lang="en">Consular Department, Ministry (1.2)</span>')
    assert scripts_marked("Consular Department", "ar") == Markup('<span lang="en">Consular Department</span>')
    assert scripts_marked("Консульский отдел", "en") == Markup('<span lang="ru">Консульский отдел</span>')
    assert scripts_marked("Trade & Industry <x>", "zh", "fr") == Markup(
        '<span lang="fr">Trade &amp; Industry &lt;x&gt;</span>')   # the assessment's language, escaped
    assert foreign_language("Ministry of Labour", "zh", "ar") == "en"  # not a Latin-script language: English


def test_the_documents_own_script_short_words_and_mixed_texts_are_left_as_they_are():
    assert scripts_marked("Consular Department", "en") == "Consular Department"
    assert scripts_marked("Консульский отдел", "ru") == "Консульский отдел"
    assert scripts_marked("ID, IOM; NSO", "ru") == "ID, IOM; NSO"        # nothing to hyphenate
    assert scripts_marked("国家统计局", "ru") == "国家统计局"
    # a name inside a sentence of the document's language: a span starting inside a line is where
    # WeasyPrint cuts its first word (Kozea/WeasyPrint#1614), so the name moves to the next line whole
    assert type(scripts_marked("Цель: NSDS, objective 1.3: skilled staff", "ru")) is str


def test_only_the_text_between_tags_is_marked():
    html = ('<html lang="ru"><head><title>Departments</title><style>p { content: "Department"; }</style>'
            '<meta name="author" content="Statistics Office"></head><body>'
            '<td class="st st-partially_meets" title="Department">Consular Department &amp; Office</td>'
            '<td>Отдел Department</td></body></html>')
    out = html_scripts_marked(html, "ru")
    assert out == html.replace('<td class="st st-partially_meets" title="Department">',
                               '<td class="st st-partially_meets" title="Department" lang="en">')
    # a text beside other elements gets a span of its own; the words and entities are kept as they are
    assert html_scripts_marked("<p><b>Итого:</b> Consular &amp; Department<br>Отдел</p>", "ru") == (
        '<p><b>Итого:</b><span lang="en"> Consular &amp; Department</span><br>Отдел</p>')
    assert html_scripts_marked("<p>Department<br>x</p>", "ru") == '<p><span lang="en">Department</span><br>x</p>'



def _render(html: str) -> str:
    import weasyprint

    from capacity_app.reports.pdf import make_fetcher

    pdf = weasyprint.HTML(string=html, base_url=report_dir().as_uri() + "/", url_fetcher=make_fetcher()).write_pdf()
    with pymupdf.open(stream=pdf) as doc:
        return doc[0].get_text()


@pytest.mark.parametrize("lang", ["ar", "zh"])
def test_an_english_name_in_a_narrow_column_is_hyphenated_in_english(lang):
    """A narrow column of the report's stylesheet in an Arabic and a Chinese document (a small
    document, not the whole report): "Depart‐ment", where it broke "Departme|nt" unmarked."""
    cell = isolate("Consular Department, Ministry of Foreign Affairs", lang)  # as the templates print it
    html = (f'<html lang="{lang}" dir="{"rtl" if lang == "ar" else "ltr"}"><head><link rel="stylesheet" '
            f'href="report.css"></head><body><table class="grid"><colgroup><col style="width: 16mm"><col>'
            f'</colgroup><tbody><tr><td>{cell}</td><td>x</td></tr></tbody></table></body></html>')
    text = _render(html_scripts_marked(html, lang))
    assert "Depart\u2010\nment" in text or "Depart\xad\nment" in text, text
    unmarked = _render(html)
    assert "Depart\u2010" not in unmarked and "Department" not in unmarked   # cut where it did not fit


MINISTRY = "Ministry of Labour and Social Protection (Department of Employment)"
MIXED = (MINISTRY, f"وزارة العمل {MINISTRY} والحماية", f"دائرة الإحصاءات العامة {MINISTRY}",
         "مسح العمالة والبطالة (Employment and Unemployment Survey) لعام 2023")


def _arabic_cells(width_mm: int) -> bytes:
    """A narrow first column of the report's stylesheet in an Arabic document, its cells printed
    as the report prints a text (bidi.isolate_foreign in the templates' finalize, the ``bidi``
    filter, pdf.render_html's passes)."""
    import weasyprint

    from capacity_app.reports.bidi import inline_runs_breakable, isolate_foreign, isolates_as_spans
    from capacity_app.reports.pdf import make_fetcher

    rows = "".join(f"<tr><td>{isolate(isolate_foreign(t, 'ar'), 'ar')}</td><td>x</td></tr>" for t in MIXED)
    html = ('<html lang="ar" dir="rtl"><head><link rel="stylesheet" href="report.css"></head><body>'
            f'<table class="grid"><colgroup><col style="width: {width_mm}mm"><col></colgroup>'
            f'<tbody>{rows}</tbody></table></body></html>')
    html = inline_runs_breakable(html_scripts_marked(isolates_as_spans(html), "ar"))
    return weasyprint.HTML(string=html, base_url=report_dir().as_uri() + "/", url_fetcher=make_fetcher()).write_pdf()


def _hyphenated_latin_words(pdf: bytes) -> list[tuple[str, float]]:
    """(the word, its size) of every Latin word a line of ``pdf`` ends hyphenated: the piece at the
    line's end and the leftmost Latin word of the next line (where a left-to-right run goes on)."""
    out = []
    with pymupdf.open(stream=pdf) as doc:
        for block in doc[0].get_text("dict")["blocks"]:
            lines = [[s for s in ln["spans"] if s["text"].strip()] for ln in block.get("lines", [])]
            for line, after in zip(lines, lines[1:], strict=False):
                ends = [w for s in line for w in s["text"].split() if w.endswith(("\u2010", "\xad"))]
                nexts = sorted(((s["bbox"][0], s["text"].split()[0], s["size"]) for s in after
                                if re.match(r"[A-Za-z]", s["text"].strip())), key=lambda x: x[0])
                if ends and nexts and LATIN.match(ends[0][:-1].lstrip("(")):
                    out.append((ends[0][:-1] + re.match(r"[A-Za-z)]*", nexts[0][1])[0], nexts[0][2]))
    return out


def test_a_run_inside_a_right_to_left_line_may_break_before_its_first_word():
    from capacity_app.reports.bidi import ZWSP, inline_runs_breakable

    html = ('<td><span dir="ltr" lang="en">Ministry</span></td><td>العمل <span dir="ltr" class="inl" '
            'lang="en">Ministry of Labour</span> <span dir="ltr" class="inl"><b>x</b></span></td>')
    out = inline_runs_breakable(html)
    assert out == html.replace('class="inl" lang="en">', f'class="inl" lang="en">{ZWSP}')  # a cell's start: as it was
    assert inline_runs_breakable(out) == out
    box = '<td class="tick"><span class="bx"><span dir="ltr" class="inl">☐ 1</span></span></td>'
    assert inline_runs_breakable(box) == box   # a blank's box (nowrap) is never broken inside


def test_a_currency_code_tied_to_its_figure_is_never_made_breakable():
    """An Arabic amount, "\u200f260,931\xa0USD" (its code a left-to-right run after a no-break
    space): a break before the code's run printed "260,931" at the end of one line of the partner's
    cover and "USD" at the start of the next (a donor reader's finding)."""
    from capacity_app.reports.bidi import ZWSP, inline_runs_breakable

    for tie in ("\xa0", "\u202f", "\u2060"):
        amount = f'<td>منها \u200f\u2066260,931\u2069{tie}<span dir="ltr" class="inl">USD</span> مضمونة</td>'
        assert inline_runs_breakable(amount) == amount
    spaced = '<td>منها <span dir="ltr" class="inl">USD</span></td>'
    assert ZWSP in inline_runs_breakable(spaced)


def test_a_run_inside_a_box_is_never_made_breakable_whatever_the_box_classes():
    """bidi.inline_runs_breakable skips a run inside a span whose class list holds "bx" (a blank's
    box, white-space: nowrap) by the class, not by the exact tag ``<span class="bx">``: another
    class beside it, single quotes, other attributes, a tag between the box and the run, or "bx" on
    the run itself leave the run whole; a run after the box closes is made breakable."""
    from capacity_app.reports.bidi import ZWSP, inline_runs_breakable

    run = '<span dir="ltr" class="inl">☐ 1</span>'
    boxes = [f'<span class="bx">{run}</span>',
             f'<span class="tick bx">{run}</span>',
             f'<span class="bx wide">{run}</span>',
             f"<span lang='ar' class='x  bx	z'>{run}</span>",
             f'<span class="bx"><b><span lang="ar">{run}</span></b></span>',
             f'<span class="bx"><span class="other"></span>{run}</span>',
             '<span dir="ltr" class="inl bx">☐ 2</span>']
    for box in boxes:
        html = f'<td class="tick">{box}</td>'
        assert inline_runs_breakable(html) == html, box
    not_boxes = [f'<span class="bxx">{run}</span>', f'<span class="box">{run}</span>',
                 f'<span class="bx"></span>{run}', f'<span data-x="bx">{run}</span>']
    for html in not_boxes:
        out = inline_runs_breakable(html)
        assert out == html.replace('class="inl">', f'class="inl">{ZWSP}'), html
        assert out.count(ZWSP) == 1 and inline_runs_breakable(out) == out


@pytest.mark.parametrize("width_mm", [16, 22, 30, 40])
def test_an_english_word_in_an_arabic_cell_is_hyphenated_only_where_it_cannot_fit_a_line(width_mm):
    """"Min‐ / istry", "Depart‐ / ment" in narrow Arabic cells: an English word inside an
    Arabic text starts the next line whole where it does not fit the rest of its line; it is
    hyphenated only where it is wider than the cell's line (1.5 mm of padding on each side)."""
    from capacity_app.reports.measure import text_mm

    room = width_mm - 3.0
    found = _hyphenated_latin_words(_arabic_cells(width_mm))
    fitting = [(w, round(text_mm(w, size), 1)) for w, size in found if text_mm(w, size) < room - 0.3]
    assert fitting == [], f"hyphenated where it fits a {room} mm line: {fitting}"
    if width_mm == 16:
        assert found   # the check read real breaks: "(Department" is wider than 13 mm


def _texts(value):
    """Every text of the report's context (its words: what the PDF may print)."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _texts(getattr(value, f.name))
    elif isinstance(value, Mapping):
        for k, v in value.items():
            yield from _texts(k)
            yield from _texts(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _texts(v)


@pytest.mark.slow  # the Russian demo report: make reliability (tests/sample.py)
def test_no_latin_word_is_cut_without_a_hyphen_in_the_russian_report(demo_report):
    """The Russian demo report's text (read on its PDF: tests/reports/test_report_hyphenation.py's
    line breaks): every Latin word broken at a line end is hyphenated where the US English patterns
    allow (as report.css hyphenates English), none is cut without a hyphen (S6C, the plan's
    milestones: "Departme|nt", "Surve|y")."""
    from test_report_hyphenation import line_breaks

    russian = demo_report("ru")
    texts = " ".join(_texts(russian.ctx)).lower()
    words = set(re.findall(r"[a-z]+", texts))
    patterns = pyphen.Pyphen(lang="en_US", left=3, right=3)
    wrong, cut, hyphenated = [], [], 0
    for page, end, start, hyphen in line_breaks(russian.path):
        head = re.sub(r"^[^A-Za-z]+", "", end)
        tail = re.match(r"[A-Za-z]*", start)[0]
        if not head or not tail or not LATIN.match(head):
            continue
        word = head + tail
        if hyphen and f"{head}-{tail}".lower() in texts:
            continue         # the text's own hyphen ("Data-sharing")
        if hyphen:
            hyphenated += 1
            if len(head) not in patterns.positions(word.lower()):
                wrong.append(f"p. {page}: {head}-{tail}")
        elif tail[0].islower() and word.lower() in words and not (head.lower() in words and tail.lower() in words):
            cut.append(f"p. {page}: {head} | {tail}")
    assert hyphenated > 20           # the check read real breaks of English words
    assert wrong == [] and cut == []


def test_an_indicator_s_english_unit_keeps_its_brackets_in_an_arabic_line():
    """In an Arabic logframe cell, an English indicator's name and unit were two isolates with the
    brackets between them, paired across a line break: "Census migration tables published (" over
    "(tables؛ خط الأساس" (a donor reader's finding). One isolate holds both, brackets inside."""
    from decimal import Decimal

    from capacity_app.domain.plan.results import Indicator, Target
    from capacity_app.reports.format import load_strings
    from capacity_app.reports.plan.results import indicator_line

    i = Indicator("I1", "output", "a1", "Census migration tables published", "tables", Decimal(0), 2025,
                  (Target(2027, Decimal(12)),))
    line = indicator_line(i, "ar", load_strings("ar"))
    assert "Census migration tables published (tables)" in line
    assert line.index("(tables)") < line.index("خط الأساس")
    assert "Census migration tables published (tables)" in indicator_line(i, "en", load_strings("en"))
