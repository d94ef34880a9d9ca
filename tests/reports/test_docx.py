"""The report as a Word document: the demo's .docx in the six languages, written from the
very context its PDF was made from (tests/conftest.py's demo_report), read back with python-docx
and its XML; and converted by LibreOffice (skipped when it is not installed)."""
from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import unicodedata
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from capacity_app.domain.languages import LANGUAGES
from sample import sample

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def norm(text: str) -> str:
    """Text as both documents spell it once the invisible is gone: isolates, marks, soft hyphens,
    zero-width spaces and word joiners dropped, every kind of space one space."""
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf" and ch != "\u00ad")
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()


@pytest.fixture(scope="module")
def docx_of(reports, tmp_path_factory):
    """``docx_of(lang)``: (path, python-docx Document, the PDF's Rendered) of the demo in ``lang``."""
    import docx

    from capacity_app.reports.docx import render_report_docx

    made: dict = {}
    folder = tmp_path_factory.mktemp("docx")

    def get(lang: str):
        if lang not in made:
            r = reports(lang)
            # the contents' page numbers: the shared PDF's (its layout's anchors), as pdf.report_pages reads them
            path = render_report_docx(r.ctx, folder / f"demo-{lang}.docx", pages=r.layout.get("anchors"))
            made[lang] = (path, docx.Document(str(path)), r)
        return made[lang]

    return get


def headings(doc) -> list[tuple[int, str]]:
    """(level, text) of the document's headings: Heading 1-3 and Heading 2 Unlisted (a section the
    contents leave out)."""
    from capacity_app.reports.docx import UNLISTED_HEADING

    out = []
    for p in doc.paragraphs:
        m = re.fullmatch(r"Heading (\d)", p.style.name)
        if m or p.style.name == UNLISTED_HEADING:
            out.append((int(m.group(1)) if m else 2, norm(p.text)))
    return out


def outline_level(p) -> int | None:
    """A paragraph's outline level (1-9; None: body text), as Word and Writer read it: the
    paragraph's own ``w:outlineLvl``, else its style's, else the style it is based on, and so on."""
    el, style = p._p.find(f"{W}pPr/{W}outlineLvl"), p.style
    while el is None and style is not None:
        el = style.element.find(f"{W}pPr/{W}outlineLvl")
        style = style.base_style
    level = int(el.get(f"{W}val")) + 1 if el is not None else None
    return level if level is not None and level <= 9 else None


def contents_written(doc) -> list[tuple[int, str]]:
    """(level, text) of the entries the contents field was saved with (styles toc 1 and toc 2)."""
    return [(int(p.style.name[-1]), norm(p.text.rsplit("\t", 1)[0]))
            for p in doc.paragraphs if p.style.name in ("toc 1", "toc 2")]


def contents_field_lists(doc) -> list[tuple[int, str]]:
    """(level, text) of the headings the contents' page references point at, in the entries' order:
    each entry's PAGEREF field names a bookmark, and the heading that bears it (its outline level
    as Word and Writer read it) is what Word and LibreOffice compute the entry's page from."""
    from docx.text.paragraph import Paragraph

    body = doc.element.body
    marks = {b.get(f"{W}name"): b.getparent() for b in body.iter(f"{W}bookmarkStart")}
    refs = [re.fullmatch(r" PAGEREF (\S+) \\h ", t.text)[1] for t in body.iter(f"{W}instrText")
            if "PAGEREF" in t.text]
    return [(outline_level(p), norm(p.text)) for p in (Paragraph(marks[name], doc) for name in refs)]


def pdf_outline(pdf) -> list[tuple[int, str]]:
    """(level, title) of the PDF's bookmarks, in order, each title normalized."""
    from pdf_text import outline

    return [(level, norm(title)) for level, title in outline(pdf)]


def body_paragraphs(doc):
    """Every paragraph element of the body, tables' cells included."""
    return list(doc.element.body.iter(f"{W}p"))


@pytest.mark.parametrize("lang", sample(LANGUAGES))
def test_headings_equal_the_pdfs_outline_in_order(docx_of, lang):
    _, doc, r = docx_of(lang)
    got = headings(doc)
    assert got == pdf_outline(r.path)
    assert got[0][0] == 1
    for (a, _), (b, _) in zip(got, got[1:], strict=False):
        assert b <= a + 1, "a heading level skipped"


@pytest.mark.parametrize("lang", sample(LANGUAGES))
def test_tables_and_totals_are_the_models(docx_of, lang):
    _, doc, r = docx_of(lang)
    from capacity_app.reports.typography import typeset

    ctx = r.ctx

    from capacity_app.reports.budget import UserText

    def shown(text: str) -> str:  # as every printed text is typeset (the templates' finalize), the user's as typed
        return norm(text if type(text) is UserText else typeset(text, lang))

    cells = [[norm(c.text) for c in row.cells] for t in doc.tables for row in t.rows]
    flat_pdf = norm(r.text.replace("\xad\n", ""))
    # the policy-question table: one row per question with the need, availability and gap printed
    for row in ctx.pq_rows:
        assert [shown(row.code), shown(row.label), shown(row.need), shown(row.availability), shown(row.gap)] in [
            c[:5] for c in cells]
    # the costed plan: each total line as the PDF prints it
    costs = ctx.plan_record.costs
    assert costs is not None
    for m in (costs.total, *costs.by_year):
        line = [shown(m.label), shown(m.cost), shown(m.secured), shown(m.gap)]
        assert line in [c[:4] for c in cells]
        for value in line[1:]:
            assert value in flat_pdf
    # a table's header rows (its first rows) are repeated on each page it runs onto
    tables = list(doc.element.body.iter(f"{W}tbl"))
    assert len(tables) == len(doc.tables)
    with_header = 0
    for t in tables:
        flags = [tr.find(f"{W}trPr/{W}tblHeader") is not None for tr in t.iterchildren(f"{W}tr")]
        assert flags == sorted(flags, reverse=True), "a header row after a body row"
        with_header += flags[0]
    assert with_header >= 10


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_numbers_right_aligned(docx_of, lang):
    _, doc, r = docx_of(lang)
    styles = {row.cells[2].paragraphs[0].style.name for t in doc.tables for row in t.rows[1:]
              if len(row.cells) == 7 and norm(row.cells[0].text) in {x.code for x in r.ctx.pq_rows}}
    assert styles == {"Report Table Number"}
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    assert doc.styles["Report Table Number"].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.RIGHT


@pytest.mark.parametrize("lang", sample(LANGUAGES))
def test_images_have_the_pdfs_alt_text(docx_of, lang):
    path, doc, r = docx_of(lang)
    props = list(doc.element.body.iter(f"{WP}docPr"))
    assert len(props) == 2
    from capacity_app.reports.typography import typeset

    assert [norm(p.get("descr")) for p in props] == [norm(typeset(r.ctx.chart_alt[n], lang)) for n in ("sections", "pq")]
    with zipfile.ZipFile(path) as z:
        pngs = [n for n in z.namelist() if n.startswith("word/media/")]
        assert len(pngs) == 2 and all(z.read(n)[:8] == b"\x89PNG\r\n\x1a\n" for n in pngs)


@pytest.mark.parametrize("lang", sample(LANGUAGES))
def test_language_fields_toc_and_no_spacing_paragraphs(docx_of, lang):
    from capacity_app.reports.docx import lang_tag

    path, doc, _ = docx_of(lang)
    lang_el = doc.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    # a Chinese document's Latin text is English, its Chinese characters Chinese (w:eastAsia)
    assert lang_el.get(f"{W}val") == lang_tag(lang if lang != "zh" else "en")
    assert lang_el.get(f"{W}eastAsia") == "zh-CN"
    assert doc.core_properties.language == lang_tag(lang)
    assert doc.settings.element.find(f"{W}updateFields").get(f"{W}val") == "true"
    instr = "".join(t.text for t in doc.element.body.iter(f"{W}instrText"))
    assert "PAGEREF" in instr and "TOC" not in instr
    # the contents carry the PDF's page numbers as their page references' saved results (what a
    # converter that computes no field prints), after a tab with a dotted leader, each the page of
    # its chapter in the PDF; Word and LibreOffice compute them on their own layout
    entries = [p for p in doc.paragraphs if p.style.name in ("toc 1", "toc 2")]
    anchors = docx_of(lang)[2].layout["anchors"]
    assert len(entries) >= 8
    numbers = [int(p.text.rsplit("\t", 1)[1]) for p in entries]
    assert numbers == sorted(numbers) and numbers[0] == anchors["summary"] and numbers[-1] <= max(anchors.values())
    assert all(p.paragraph_format.tab_stops[0].leader is not None for p in entries)
    # no empty paragraph used as spacing in the body (a cell's own paragraph may be empty; two
    # tables in a row have the paragraph between them Word needs to keep them apart)
    gap = doc.styles["Report Table Gap"].style_id
    for p in doc.element.body.iterchildren(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")  # none: a section break's own paragraph
        if style is not None and style.get(f"{W}val") == gap:
            assert p.getprevious().tag == p.getnext().tag == f"{W}tbl" and not p.findall(f"{W}r")
            continue
        assert "".join(t.text or "" for t in p.iter(f"{W}t")).strip() or p.find(f".//{W}drawing") is not None \
            or p.find(f".//{W}fldChar") is not None or p.find(f"{W}pPr/{W}sectPr") is not None  # a section's end
    body = list(doc.element.body)
    assert not any(a.tag == b.tag == f"{W}tbl" for a, b in zip(body, body[1:], strict=False)), "tables Word would join"
    # page numbers and the running head
    section = doc.sections[0]
    footer = section.footer.part.element
    assert {f.get(f"{W}instr").strip() for f in footer.iter(f"{W}fldSimple")} == {"PAGE", "NUMPAGES"}
    head = norm("".join(t.text for t in section.header.part.element.iter(f"{W}t")))
    assert norm(docx_of(lang)[2].ctx.country) in head


@pytest.mark.parametrize("lang", sample(LANGUAGES))
def test_the_contents_field_lists_what_it_was_saved_with(docx_of, lang):
    """Each entry of the contents refers to the heading it names, at its level, the PDF's: the
    chapters and the sections the PDF lists under them (the findings' areas, the annexes), never
    the summary's, the context's or the plan's sections."""
    _, doc, r = docx_of(lang)
    written = contents_written(doc)
    assert contents_field_lists(doc) == written
    assert {level for level, _ in written} == {1, 2}
    outline = pdf_outline(r.path)
    assert all(entry in outline for entry in written)
    assert any(level == 2 and (2, text) not in written for level, text in headings(doc))  # some left out


def test_arabic_right_to_left(docx_of):
    _, doc, _ = docx_of("ar")
    paragraphs = body_paragraphs(doc)
    assert paragraphs and all(p.find(f"{W}pPr/{W}bidi") is not None for p in paragraphs)
    tables = list(doc.element.body.iter(f"{W}tbl"))
    assert tables and all(t.find(f"{W}tblPr/{W}bidiVisual") is not None for t in tables)
    assert doc.element.body.sectPr.find(f"{W}bidi") is not None
    lang = doc.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert lang.get(f"{W}bidi") == "ar-SA"
    rtl_runs = [r for r in doc.element.body.iter(f"{W}r") if r.find(f"{W}rPr/{W}rtl") is not None]
    assert len(rtl_runs) > 500
    # one complex-script font holding the letters and the punctuation beside them, named by every
    # style, never a theme's (a colon or a « drawn over the lam-alef in LibreOffice)
    from capacity_app.reports.docx import ARABIC_FONT

    fonts = list(doc.styles.element.iter(f"{W}rFonts"))
    assert not any(f.get(f"{W}cstheme") for f in fonts)
    assert {f.get(f"{W}cs") for f in fonts} - {None} == {ARABIC_FONT}
    normal = doc.styles["Normal"].element.find(f"{W}pPr/{W}spacing")
    assert normal.get(f"{W}lineRule") == "exact" and int(normal.get(f"{W}line")) >= 20 * 10
    # no style slants Arabic: the template's Subtitle (the cover's) was italic for complex scripts,
    # and Writer drew the Arabic subtitle slanted
    assert not list(doc.styles.element.iter(f"{W}iCs"))
    assert any(r.find(f"{W}rPr/{W}rtl") is not None for p in body_paragraphs(doc)
               if p.find(f"{W}pPr/{W}pStyle") is not None
               and p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "Subtitle" for r in p.iter(f"{W}r"))
    # a left-to-right document has none of it
    _, en, _ = docx_of("en")
    assert not any(p.find(f"{W}pPr/{W}bidi") is not None for p in body_paragraphs(en))


@pytest.mark.parametrize("lang", sample(["ar", "ru"]))
def test_english_words_of_an_arabic_or_russian_report_carry_their_language(docx_of, lang):
    """The PDF's language marks (hyphenated in English, reports/bidi.html_scripts_marked)
    are Word's run language: the text is the same, Word hyphenates and checks it in English."""
    _, doc, _ = docx_of(lang)
    english = {"".join(t.text or "" for t in r.iter(f"{W}t")) for r in doc.element.body.iter(f"{W}r")
               if (tag := r.find(f"{W}rPr/{W}lang")) is not None and tag.get(f"{W}val") == "en-GB"}
    assert any("Consular Department" in t for t in english)
    assert not any(re.search("[\u0621-\u064a\u0400-\u04ff]", t) for t in english)  # letters: "؛" may join names


def test_isolates_are_written_as_direction_marks(docx_of):
    """LibreOffice broke the Arabic demo's lines holding the PDF's isolates a few letters
    after the break it chose ("records (r / eleases a year", "0.9227 EU / R"): the Word document
    carries direction marks instead, in its body, headers and footers (what is laid out: an image's
    alternative text, read aloud, keeps the PDF's); the order they give is held by
    tests/reports/test_docx_bidi.py."""
    path, _, _ = docx_of("ar")
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n).decode() for n in z.namelist() if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", n)}
    texts = {n: "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)) for n, xml in parts.items()}
    assert not [n for n, text in texts.items() if re.search("[\u2066-\u2069]", text)]
    # an area's code in its heading, left to right between the right-to-left paragraph's marks
    assert "\u200f\u200eS1\u200e\u200f." in texts["word/document.xml"]


def test_chinese_quotation_marks_are_in_the_east_asian_font(docx_of):
    """“不适用” (Annex D's heading): the quotation marks in a run naming the East Asian font, which
    LibreOffice would draw in the Latin one and a PDF's text would then read out of order."""
    _, doc, _ = docx_of("zh")
    marks = [r for r in doc.element.body.iter(f"{W}r")
             if any(q in "".join(t.text or "" for t in r.iter(f"{W}t")) for q in "“”")]
    assert marks
    for r in marks:
        fonts = r.find(f"{W}rPr/{W}rFonts")
        assert fonts is not None and fonts.get(f"{W}ascii") == fonts.get(f"{W}eastAsia") == "SimSun", \
            "".join(t.text for t in r.iter(f"{W}t"))


def test_chinese_east_asian_font_and_language(docx_of):
    _, doc, _ = docx_of("zh")
    rpr = doc.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    assert rpr.find(f"{W}rFonts").get(f"{W}eastAsia")
    assert rpr.find(f"{W}lang").get(f"{W}eastAsia") == "zh-CN"


def test_draft_mark_and_validation_state(docx_of, tmp_path):
    import docx

    from capacity_app.reports.docx import render_report_docx

    path, doc, r = docx_of("fr")
    with zipfile.ZipFile(path) as z:
        headers = "".join(z.read(n).decode() for n in z.namelist() if re.fullmatch(r"word/header\d+\.xml", n))
    assert r.ctx.draft == "PROJET" and headers.count('string="PROJET"') >= 2  # the cover's page and the others
    text = norm("\n".join(c.text for t in doc.tables for row in t.rows for c in row.cells))
    assert norm(r.ctx.cover.status) in text and norm(r.ctx.plan_record.cover_line) in text
    final = render_report_docx(replace(r.ctx, draft=""), tmp_path / "final.docx", pages=r.layout.get("anchors"))
    with zipfile.ZipFile(final) as z:
        headers = "".join(z.read(n).decode() for n in z.namelist() if re.fullmatch(r"word/header\d+\.xml", n))
    assert "v:textpath" not in headers
    assert docx.Document(str(final)).paragraphs


def test_a_validated_plans_sections_carry_no_draft_mark(docx_of):
    """As the PDF (page planvalid): the demo is in progress, so its pages carry DRAFT, but
    the government validated its plan: the plan's chapter and Annex F are sections of their own
    whose header carries no mark, the others DRAFT."""
    _, doc, r = docx_of("en")
    assert r.ctx.draft and r.ctx.plan_valid
    marked = ['v:textpath' in section.header.part.element.xml for section in doc.sections]
    assert marked == [True, False, True, False]
    first_of_plan = norm(r.ctx.s["recommendations"])
    sections: list[list[str]] = [[]]
    for p in doc.element.body.iterchildren(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        if style is not None and style.get(f"{W}val") in ("Heading1", "Heading2", "Heading2Unlisted"):
            sections[-1].append(norm("".join(t.text for t in p.iter(f"{W}t"))))
        if p.find(f"{W}pPr/{W}sectPr") is not None:
            sections.append([])
    assert sections[1][0] == first_of_plan and sections[3] == [norm(r.ctx.s["annex_plan"])]


def test_funding_tables_keep_to_one_page(docx_of):
    """The Word copy read through LibreOffice: a budget, co-financing, sustainability or
    signature table is never split (each row kept with the next, the last with the rounding note
    under it: a Total row alone at the top of a page, its header left behind, was seen), and a
    table's title stays with it."""
    _, doc, r = docx_of("en")
    body = doc.element.body
    # the tables kept whole (each row also kept with the next), not those whose rows alone never
    # split (the logframe, the results framework: docx._UNSPLIT_ROWS)
    kept = [t for t in body.iterchildren(f"{W}tbl")
            if t.find(f"{W}tr/{W}trPr/{W}cantSplit") is not None
            and t.find(f"{W}tr/{W}tc/{W}p/{W}pPr/{W}keepNext") is not None]
    assert len(kept) >= 8  # three budgets in two currencies, co-financing, sustainability, two signatures
    for t in kept:
        rows = t.findall(f"{W}tr")
        assert all(tr.find(f"{W}trPr/{W}cantSplit") is not None for tr in rows)
        assert all(p.find(f"{W}pPr/{W}keepNext") is not None for tr in rows[:-1] for p in tr.iter(f"{W}p"))
    titles = [p for p in body.iterchildren(f"{W}p") if p.getnext() is not None and p.getnext().tag == f"{W}tbl"
              and "Cost by year and cost category" in "".join(x.text for x in p.iter(f"{W}t"))]
    assert titles and all(p.find(f"{W}pPr/{W}keepNext") is not None for p in titles)
    rounding = [p for p in body.iterchildren(f"{W}p") if "Rounding difference" in "".join(x.text for x in p.iter(f"{W}t"))]
    for p in rounding:  # the table above it kept with it
        last_row = p.getprevious().findall(f"{W}tr")[-1]
        assert all(q.find(f"{W}pPr/{W}keepNext") is not None for q in last_row.iter(f"{W}p"))


def test_a_list_inside_an_item_is_kept(tmp_path):
    """An outcome's indicators under the outcome (the partner's edition's programme): List Bullet 2."""
    from lxml import html

    import docx

    from capacity_app.reports.docx import STYLES, _Builder, open_template

    assert "List Bullet 2" in STYLES
    doc = open_template(None)
    ctx = type("Ctx", (), {"lang": "en", "draft": "", "plan_draft": "", "plan_valid": False})()
    b = _Builder(doc, ctx, {})
    tree = html.fromstring("<section><ul><li>Outcome 1<ul><li>Indicator A</li><li>Indicator B</li></ul></li>"
                           "<li>Outcome 2</li></ul></section>")
    b.blocks(tree)
    doc.save(str(tmp_path / "l.docx"))
    shown = [(p.style.name, p.text) for p in docx.Document(str(tmp_path / "l.docx")).paragraphs if p.text]
    assert shown == [("List Bullet", "Outcome 1"), ("List Bullet 2", "Indicator A"), ("List Bullet 2", "Indicator B"),
                     ("List Bullet", "Outcome 2")]


@pytest.mark.parametrize("boxes, kept", [(5, True), (7, False)])
def test_the_signature_boxes_are_kept_together_on_one_page(tmp_path, boxes, kept):
    """A funding request with five signatories (two for the government, the ministry of finance,
    the European Union, the World Bank) read through LibreOffice: the partner's box stood alone
    on the next page, the heading and the government's boxes left behind. Each box is now kept
    with the next one and with the gap between them, the block on one page while six fit; more
    break between boxes, each box still whole."""
    from lxml import html

    from capacity_app.reports.docx import _Builder, open_template

    doc = open_template(None)
    ctx = type("Ctx", (), {"lang": "en", "draft": "", "plan_draft": "", "plan_valid": False})()
    box = ('<table class="signature"><thead><tr><th colspan="2">For the Government</th></tr></thead><tbody>'
           + "".join(f"<tr><th>{k}</th><td>x</td></tr>" for k in ("Name", "Title", "Date", "Signature"))
           + "</tbody></table>")
    _Builder(doc, ctx, {}).blocks(html.fromstring(f'<section><div class="signatures">{box * boxes}</div></section>'))
    body = doc.element.body
    tables = list(body.iterchildren(f"{W}tbl"))
    gaps = [t.getnext() for t in tables[:-1]]
    assert len(tables) == boxes and all(g.tag == f"{W}p" for g in gaps)
    for t in tables:   # each box whole
        rows = t.findall(f"{W}tr")
        assert all(p.find(f"{W}pPr/{W}keepNext") is not None for tr in rows[:-1] for p in tr.iter(f"{W}p"))
    last_rows = [t.findall(f"{W}tr")[-1] for t in tables]
    assert all((p.find(f"{W}pPr/{W}keepNext") is not None) == kept for tr in last_rows[:-1] for p in tr.iter(f"{W}p"))
    assert all((g.find(f"{W}pPr/{W}keepNext") is not None) == kept for g in gaps)
    assert all(p.find(f"{W}pPr/{W}keepNext") is None for p in last_rows[-1].iter(f"{W}p"))


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_table_whose_amounts_overflow_the_line_shrinks_until_they_fit(lang):
    """A plan's totals in the trillions in six columns ("1 799 314 421 107 291") took more
    than the line at the tables' size, the columns were squeezed in proportion and LibreOffice broke
    the amounts inside their digits ("1 127 303 265 750 96 / 7"); now the table's type shrinks until
    every amount fits its column whole, as the PDF's does. A narrow table keeps the tables' size."""
    from lxml import html

    from capacity_app.reports.docx import CELL_PADDING_TWIPS, TABLE_PT, W as W_, _Builder, open_template

    amount = "1\u202f799\u202f314\u202f421\u202f107\u202f291"
    head = "".join(f"<th class='num'>Co\u00fbt (XOF) {i}</th>" for i in range(6))
    rows = "".join(f"<tr><td>Total du plan</td>{('<td class=num>' + amount + '</td>') * 6}</tr>" for _ in range(3))
    ctx = type("Ctx", (), {"lang": lang, "draft": "", "plan_draft": "", "plan_valid": False})()
    b = _Builder(open_template(None), ctx, {})
    wide = b.table(html.fromstring(f"<table><thead><tr><th>Par monnaie</th>{head}</tr></thead><tbody>{rows}</tbody></table>"))
    narrow = b.table(html.fromstring(f"<table><tbody><tr><td>Total</td><td class=num>{amount}</td></tr></tbody></table>"))
    sizes = {r.find(f"{W_}rPr/{W_}sz").get(f"{W_}val") for r in wide.iter(f"{W_}r")}
    assert len(sizes) == 1 and 10 <= int(sizes.pop()) < TABLE_PT * 2
    pt = int(next(wide.iter(f"{W_}sz")).get(f"{W_}val")) / 2
    cols = [int(g.get(f"{W_}w")) for g in wide.iter(f"{W_}gridCol")]
    assert sum(cols) == b.text_width
    assert all(w >= b.unbroken_twips(amount, True, True, pt) + CELL_PADDING_TWIPS for w in cols[1:])
    for r in wide.iter(f"{W_}r"):  # ECMA-376's order of a run's properties: sizes before direction and language
        names = [c.tag.removeprefix(W_) for c in r.find(f"{W_}rPr")]
        assert names.index("sz") + 1 == names.index("szCs")
        assert all(names.index("szCs") < names.index(t) for t in ("rtl", "lang") if t in names)
    assert next(narrow.iter(f"{W_}sz"), None) is None


def _builder(lang: str):
    from capacity_app.reports.docx import _Builder, open_template

    ctx = type("Ctx", (), {"lang": lang, "draft": "", "plan_draft": "", "plan_valid": False})()
    return _Builder(open_template(None), ctx, {})


def test_long_text_that_may_wrap_never_shrinks_a_table():
    """The review: a text cell's longest word is capped at a quarter of the line (it breaks),
    a cap that does not shrink with the type, so four columns of 50-character addresses took the
    table to 5 pt; now only what may not wrap (amounts, words under the cap) shrinks it. Beside
    such text, amounts keep their whole width; a table with more columns than the line has room
    for their margins is laid out, not divided by zero."""
    from lxml import html

    from capacity_app.reports.docx import CELL_PADDING_TWIPS, W as W_

    url = "https://stat.example.gov/migration/census-2024/table-07-annex"  # 50 characters and more
    b = _builder("en")
    cells = f"<td>{url}</td>" * 4
    plain = b.table(html.fromstring(f"<table><tbody><tr>{cells}</tr><tr>{cells}</tr></tbody></table>"))
    assert next(plain.iter(f"{W_}sz"), None) is None  # the tables' own size
    assert sum(int(g.get(f"{W_}w")) for g in plain.iter(f"{W_}gridCol")) == b.text_width
    amount = "1\u202f799\u202f314\u202f421\u202f107\u202f291"
    row = f"<tr><td>{url}</td><td>{url}</td>{('<td class=num>' + amount + '</td>') * 4}</tr>"
    mixed = b.table(html.fromstring(f"<table><tbody>{row}{row}</tbody></table>"))
    size = next(mixed.iter(f"{W_}sz"), None)
    pt = int(size.get(f"{W_}val")) / 2 if size is not None else 8.5
    cols = [int(g.get(f"{W_}w")) for g in mixed.iter(f"{W_}gridCol")]
    assert sum(cols) == b.text_width
    assert all(w >= b.unbroken_twips(amount, False, True, pt) + CELL_PADDING_TWIPS for w in cols[2:])
    for cells in ("<td colspan=80>x</td>", "<td></td>" * 80):  # no piece measured; empty pieces
        many = b.table(html.fromstring(f"<table><tbody><tr>{cells}</tr></tbody></table>"))
        assert len(list(many.iter(f"{W_}gridCol"))) == 80


def test_a_number_column_is_as_narrow_as_its_heading_needs():
    """A reader of the Word copies: the "No." column of the plan's tables took a share of the line
    by the length of its heading ("Plan no." 19 mm beside two columns of text) and squeezed the
    action column; like the PDF's, it is its heading's longest word wide, the rest for the text."""
    from lxml import html

    from capacity_app.reports.docx import CELL_PADDING_TWIPS, W as W_

    b = _builder("en")
    text = "Agree statistical access to residence-permit and border records with the ministry"
    rows = "".join(f"<tr><td class=num>{n}</td><td>{text}</td><td>{text}</td></tr>" for n in (1, 2, 12))
    head = "<thead><tr><th>Plan no.</th><th>Action</th><th>Responsible</th></tr></thead>"
    table = b.table(html.fromstring(f"<table>{head}<tbody>{rows}<tr><td></td><td>Total</td><td></td></tr></tbody></table>"))
    cols = [int(g.get(f"{W_}w")) for g in table.iter(f"{W_}gridCol")]
    assert sum(cols) == b.text_width
    assert cols[0] == b.unbroken_twips("Plan no.", True, True) + CELL_PADDING_TWIPS, cols  # "Plan" / "no."
    assert cols[0] < 10 * 1440 / 25.4 and cols[1] > 5 * cols[0]
    # a column of codes or words keeps its share; a table of numbers alone shares the line evenly
    coded = b.table(html.fromstring(f"<table>{head}<tbody>{rows.replace('>12<', '>A<')}</tbody></table>"))
    assert int(next(coded.iter(f"{W_}gridCol")).get(f"{W_}w")) > cols[0]
    figures = b.table(html.fromstring("<table><tbody><tr><td>1</td><td>2</td></tr></tbody></table>"))
    assert [int(g.get(f"{W_}w")) for g in figures.iter(f"{W_}gridCol")] == [b.text_width // 2] * 2


def test_a_final_assessment_marks_only_an_unvalidated_plans_pages(reports, tmp_path):
    """As the PDF: the assessment final, the plan not validated: the action plan's chapter and
    Annex F are sections of their own whose header carries the DRAFT mark; the others none."""
    import docx

    from capacity_app.reports.docx import render_report_docx

    ctx = reports("en").ctx
    ctx = replace(ctx, draft="", plan=replace(ctx.plan, proposed=True))
    assert ctx.plan_draft == "DRAFT" and ctx.plan_record.annex
    doc = docx.Document(str(render_report_docx(ctx, tmp_path / "plan.docx", pages=reports("en").layout.get("anchors"))))
    marked = ['v:textpath' in section.header.part.element.xml for section in doc.sections]
    assert marked == [False, True, False, True]
    headings_by_section: list[list[str]] = [[]]  # the headings 1 and 2 of each section
    for p in doc.element.body.iterchildren(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        if style is not None and style.get(f"{W}val") in ("Heading1", "Heading2", "Heading2Unlisted"):
            headings_by_section[-1].append(norm("".join(t.text for t in p.iter(f"{W}t"))))
        if p.find(f"{W}pPr/{W}sectPr") is not None:
            headings_by_section.append([])
    s = ctx.s
    assert headings_by_section[1][0] == norm(s["recommendations"])
    assert headings_by_section[2][0] == norm(s["annexes"])
    assert headings_by_section[3] == [norm(s["annex_plan"])]
    assert not any(p.find(f"{W}pPr/{W}sectPr") is not None for p in doc.element.body.iter(f"{W}p")
                   if p.getparent().tag == f"{W}tc")


def test_the_data_is_carried_as_the_pdf_carries_it(docx_of):
    from capacity_app.reports.docx import read_data

    path, _, r = docx_of("en")
    (item,) = read_data(path)
    attached = next(a for a in r.ctx.attachments if a.mime == "application/json")
    assert item["name"] == "assessment.json" and item["data"] == json.loads(attached.payload())
    with zipfile.ZipFile(path) as z:
        rels = z.read("word/_rels/document.xml.rels").decode()
        assert "relationships/customXml" in rels
        assert any(n.startswith("customXml/itemProps") for n in z.namelist())


def test_user_text_xml_cannot_carry_is_replaced_not_refused(reports, tmp_path):
    """A control character (NUL, ESC, a form feed) in user text: the document is written and
    opens, the character shown as U+FFFD (python-docx/lxml refused the whole document before)."""
    import docx

    from capacity_app.reports.docx import render_report_docx

    ctx = reports("en").ctx
    cover = replace(ctx.cover, title="Mission\x00 report\x1b\x0c one\ufffe")
    hostile = replace(ctx, cover=cover, author="Office\x07 of \x01statistics", author_shown="Office\x07 of \x01statistics")
    out = render_report_docx(hostile, tmp_path / "hostile.docx", pages=reports("en").layout.get("anchors"))
    doc = docx.Document(str(out))
    text = "\n".join(p.text for p in doc.paragraphs) + "\n".join(
        c.text for t in doc.tables for row in t.rows for c in row.cells)
    assert "Mission\ufffd report\ufffd\ufffd one\ufffd" in text
    assert "Office\ufffd of \ufffdstatistics" in text
    assert doc.core_properties.author == "Office\ufffd of \ufffdstatistics"


def test_arabic_in_a_french_report_names_the_arabic_face_upright_and_unspaced(reports, tmp_path):
    """The ministry editor's session: a French report whose cover subtitle is an Arabic
    name typed by the user ("وزارة الخارجية وشؤون المغتربين") printed by LibreOffice with its
    letters and dots over one another, slanted by the italic Subtitle style: the document's
    complex-script font is Arial (Liberation Sans, no Arabic). Such a run is right to left, names
    the Arabic face, and is neither italic nor spaced; a Latin run next to it is unchanged."""
    from capacity_app.reports.docx import ARABIC_FONT, render_report_docx

    ctx = reports("fr").ctx
    arabic = "وزارة الخارجية وشؤون المغتربين"
    # the contents' page numbers of the shared French PDF (not laid out again for a new title on
    # the cover): what is checked is the runs' properties in document.xml, not page numbers
    out = render_report_docx(replace(ctx, cover=replace(ctx.cover, title=arabic)), tmp_path / "fr-ar.docx",
                             pages=reports("fr").layout.get("anchors"))
    with zipfile.ZipFile(out) as z:
        body = z.read("word/document.xml").decode()
    runs = re.findall(r"<w:r>(?:(?!</w:r>).)*?" + re.escape(arabic) + r"</w:t></w:r>", body)
    assert runs, "the Arabic subtitle is not one run"
    run = runs[0][runs[0].rindex("<w:r>"):]
    assert f'w:cs="{ARABIC_FONT}"' in run and "<w:rtl/>" in run
    assert '<w:i w:val="0"/>' in run and '<w:iCs w:val="0"/>' in run and '<w:spacing w:val="0"/>' in run
    latin = re.findall(r"<w:r>(?:<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:t[^>]*>[A-Za-zÉé][^<]*</w:t></w:r>", body)
    assert latin and not any(ARABIC_FONT in r or "<w:rtl/>" in r for r in latin)


def test_a_ministrys_template_styles_are_used_and_missing_ones_added(reports, tmp_path):
    import docx
    from docx.shared import Pt

    from capacity_app.reports.docx import STYLES, UNLISTED_HEADING, render_report_docx

    theirs = docx.Document()
    theirs.styles["Heading 1"].font.size = Pt(21)
    theirs.styles["Heading 2"].font.size = Pt(15)
    theirs.add_paragraph("a letterhead line the report replaces")
    theirs.save(str(tmp_path / "ministry.docx"))
    out = render_report_docx(reports("en").ctx, tmp_path / "r.docx", template=tmp_path / "ministry.docx",
                             pages=reports("en").layout.get("anchors"))
    doc = docx.Document(str(out))
    assert doc.styles["Heading 1"].font.size == Pt(21)
    assert {s.name for s in doc.styles} >= set(STYLES)
    unlisted = doc.styles[UNLISTED_HEADING]  # added, based on their Heading 2 (their size), at level 3
    assert unlisted.base_style.name == "Heading 2" and unlisted.base_style.font.size == Pt(15)
    assert unlisted.element.find(f"{W}pPr/{W}outlineLvl").get(f"{W}val") == "2"
    assert "letterhead" not in "\n".join(p.text for p in doc.paragraphs)


def test_a_template_that_is_no_word_document_is_refused_in_one_line(reports, tmp_path):
    from capacity_app.reports.docx import render_report_docx
    from capacity_app.reports.pdf import ReportError

    bad = tmp_path / "template.docx"
    bad.write_text("not a zip")
    with pytest.raises(ReportError) as e:
        render_report_docx(reports("en").ctx, tmp_path / "r.docx", template=bad, pages=reports("en").layout.get("anchors"))
    assert "\n" not in str(e.value) and "template" in str(e.value)
    assert not (tmp_path / "r.docx").exists()


def test_cancel_leaves_nothing(reports, tmp_path):
    """Cancelled while the document is built (after its fourth step), nothing is left. The pages
    of the shared PDF are given, as the other tests here give them: the PDF laid out again to read
    them (no cancel is checked during that layout) would change nothing in what is checked."""
    from capacity_app import jobs
    from capacity_app.reports.docx import render_report_docx

    seen: list[float] = []
    with pytest.raises(jobs.Cancelled):
        render_report_docx(reports("en").ctx, tmp_path / "r.docx", progress=lambda f, m: seen.append(f),
                           cancelled=lambda: len(seen) > 3, pages=reports("en").layout.get("anchors"))
    assert len(seen) == 4 and list(tmp_path.iterdir()) == []


def test_cli_writes_the_word_document(cli_run, tmp_path):
    """A partly filled assessment (nothing answered, a title with mixed scripts) in Spanish."""
    import docx

    r = cli_run("new", "--country", "SEN", "--round", "2026", "--title", "Évaluation — تقييم 評估")
    assert r.exit_code == 0, r.output
    out = tmp_path / "r.docx"
    r = cli_run("report", "1", "--docx", str(out), "--lang", "es")
    assert r.exit_code == 0, r.output
    doc = docx.Document(str(out))
    assert any("Évaluation — تقييم 評估" in p.text for p in doc.paragraphs)
    r = cli_run("report", "1", "--pdf", str(tmp_path / "r.pdf"), "--template", str(out))
    assert r.exit_code != 0 and "--template is for the Word document" in r.output
    r = cli_run("report", "1")
    assert r.exit_code != 0 and "--docx" in r.output
    r = cli_run("report", "--blank", "--docx", str(tmp_path / "blank.docx"))
    assert r.exit_code != 0 and "PDF only" in r.output and not (tmp_path / "blank.docx").exists()
    r = cli_run("report", "1", "--docx", str(tmp_path / "t.docx"), "--template", str(tmp_path / "none.docx"))
    assert r.exit_code != 0 and "is not a file" in r.output and not (tmp_path / "t.docx").exists()


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (soffice): the conversion check needs it")
@pytest.mark.parametrize("lang", sample(["fr", "ar", "zh"], {"ar"}))  # French: tests/generated/test_french_amounts.py
def test_libreoffice_converts_it_and_the_text_matches(docx_of, lang, tmp_path):
    """The Word report as LibreOffice prints it, beside the PDF: the same headings, the
    contents with page numbers, every amount of the tables whole on one line, no word over another
    and none off the page (tests/generated/invariants.py, on the converted PDF)."""
    from generated.invariants import word_report_problems

    path, doc, r = docx_of(lang)
    contents = len([p for p in doc.paragraphs if p.style.name in ("toc 1", "toc 2")])
    pages: list[str] = []  # the print's text, read once by the checks
    problems = word_report_problems(path, tmp_path, contents, report=r.path, pages=pages)
    cut = [p for p in problems if p.startswith("word cut across lines")]
    assert [p for p in problems if p not in cut] == []
    if lang == "ar":
        _arabic_print_reads_in_order(pages, doc, r)
    else:
        _print_holds_the_headings_and_total(pages, doc, r)
    if cut and lang == "ar":
        # a known defect, named in docs/word-report.md: LibreOffice 7.4 breaks one Latin code of
        # the Arabic demo's by-currency table ('53,000 EUR (1 USD = 0.9227 EUR)': "EU / R") where
        # the cell's line is one no-break rate too long, instead of at the space before the rate;
        # every other check of the print above holds, and the test passes once the break is gone
        pytest.xfail(f"LibreOffice cuts a Latin code in the Arabic print: {cut}")
    assert cut == []


def _print_holds_the_headings_and_total(pages, doc, r) -> None:
    """A left-to-right print (its ``pages``' text): every heading and the plan's total in the converted text."""
    assert len(pages) > 20
    squeezed = norm(" ".join(pages)).replace(" ", "")
    for _, title in headings(doc):
        assert title.replace(" ", "") in squeezed, title
    assert norm(r.ctx.plan_record.costs.total.cost).replace(" ", "") in squeezed


def _arabic_print_reads_in_order(pages, doc, r) -> None:
    """An Arabic print (its ``pages``' text): its headings' words and the plan's total in the converted text."""
    assert len(pages) > 20
    text = norm(" ".join(pages))
    costs = r.ctx.plan_record.costs
    # Arabic: a PDF's text comes out in the order it is drawn, its letters as the font's glyphs map
    # back (hamza forms, ligatures): word by word, on the letters' skeleton, nearly all of them
    text = skeleton(text)
    words = [skeleton(w) for _, title in headings(doc) for w in title.split() if skeleton(w)]
    missing = [w for w in words if w not in text]
    assert len(missing) <= len(words) // 50, missing
    assert re.sub(r"\D", "", costs.total.cost) in re.sub(r"\D", "", text)


def test_the_headings_check_sees_a_heading_missing_or_moved(tmp_path):
    """What word_report_problems reads of the headings: the bookmarks of two PDFs, level and title
    in order, their isolates aside; a heading left out or at another level is a problem."""
    import weasyprint

    from generated.invariants import outline_problems

    def pdf(name: str, body: str) -> Path:
        weasyprint.HTML(string=f"<html><body>{body}</body></html>").write_pdf(tmp_path / name)
        return tmp_path / name

    report = pdf("report.pdf", "<h1>Summary</h1><h2>\u2066S1\u2069. Census</h2><h1>Annexes</h1>")
    assert outline_problems(report, pdf("same.pdf", "<h1>Summary</h1><h2>S1. Census</h2><h1>Annexes</h1>")) == []
    assert outline_problems(report, pdf("fewer.pdf", "<h1>Summary</h1><h1>Annexes</h1>"))
    assert outline_problems(report, pdf("level.pdf", "<h1>Summary</h1><h1>S1. Census</h1><h1>Annexes</h1>"))


def test_the_word_check_sees_a_latin_word_cut_with_no_hyphen(tmp_path):
    """What word_report_problems reads of the words: a Latin word of the document whose end starts
    the next line, no hyphen before it, no word itself ("Consular D" / "epartment)"); a line
    broken between two words is no problem."""
    import docx
    import weasyprint

    from generated.invariants import split_words

    d = docx.Document()
    d.add_paragraph("Консульский департамент МИД (Consular Department) — 2 500 records")
    d.save(str(tmp_path / "r.docx"))

    def printed(css: str) -> Path:
        weasyprint.HTML(string=f"<p style='width: 14mm; font: 10pt sans-serif; {css}'>МИД (Consular Department) "
                        "— 2 500 records</p>").write_pdf(tmp_path / "p.pdf")
        return tmp_path / "p.pdf"

    assert split_words(tmp_path / "r.docx", printed("overflow-wrap: anywhere")) == ["Consul / ar", "Depart / ment"]
    assert split_words(tmp_path / "r.docx", printed("")) == []


def skeleton(text: str) -> str:
    """Arabic letters without their marks, hamza forms and punctuation (what survives a PDF's text)."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if unicodedata.category(c) != "Mn")
    text = unicodedata.normalize("NFKC", text).translate(str.maketrans("أإآٱ", "اااا"))
    return re.sub(r"[\W\u0621]", "", text)


def _system_python_with_uno():
    for exe in ("/usr/bin/python3", shutil.which("python3")):
        if exe and subprocess.run([exe, "-c", "import uno"], capture_output=True).returncode == 0:
            return exe
    return None


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (soffice): the editing check needs it")
def test_an_editor_rewrites_the_summary_updates_the_contents_and_prints(docx_of, tmp_path):
    """As a ministry editor in LibreOffice Writer: the summary's first paragraph rewritten, the
    table of contents updated, saved as .docx and printed: the edit is in both, the contents have
    page numbers, the headings keep their styles, the data part survives."""
    import docx
    from pdf_text import page_texts

    from capacity_app.reports.docx import read_data

    py = _system_python_with_uno()
    if py is None:
        pytest.skip("LibreOffice's Python bridge (uno) is not installed")
    path, doc, r = docx_of("en")
    edit = "The national statistics office rewrote this summary in its own voice."
    out_docx, out_pdf = tmp_path / "edited.docx", tmp_path / "edited.pdf"
    with socket.socket() as free:  # a port no other LibreOffice listens on
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    done = subprocess.run([py, str(Path(__file__).with_name("lo_edit_docx.py")), str(path), str(out_docx),
                           str(out_pdf), r.ctx.s["summary"], edit, str(tmp_path / "lo-profile"), str(port)],
                          capture_output=True, text=True, timeout=300)
    assert out_docx.is_file() and out_pdf.is_file(), done.stdout + done.stderr
    assert done.stdout.strip() == "0"  # no index: the contents are page references, computed as laid out
    edited = docx.Document(str(out_docx))
    assert any(p.text == edit for p in edited.paragraphs)
    assert norm(r.ctx.summary.reading) not in [norm(p.text) for p in edited.paragraphs]
    assert headings(edited) == headings(doc)
    assert read_data(out_docx)[0]["data"] == read_data(path)[0]["data"]
    pages = page_texts(out_pdf)
    assert edit in norm(" ".join(pages))
    contents = next(p for p in pages if r.ctx.s["contents"] in p)
    assert re.search(re.escape(r.ctx.s["summary"]) + r"[ .]*\d+", contents)  # its page number


@pytest.mark.slow  # LibreOffice started and the document laid out: about 10 s a language
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (soffice): the check needs it")
@pytest.mark.parametrize("lang", ["en", pytest.param("fr", marks=pytest.mark.xfail(
    strict=True, reason="LibreOffice 7.4 prints no line for the heading S7 after S6C's last table (the "
                        "paragraph is in the document, bookmark or not): the entry's page is right, its heading unseen"))])
def test_the_contents_as_libreoffice_prints_them_give_each_heading_s_own_page(docx_of, lang, tmp_path):
    """The Word copy printed by LibreOffice (a headless conversion, which updates no index): each
    entry of the contents, the PDF's, with the page its heading is on in LibreOffice's own layout,
    which takes fewer pages than the PDF (the PDF's page numbers, saved in a contents field, were
    printed there as they were, and were wrong)."""
    from generated.invariants import converted_by_libreoffice
    from pdf_text import page_texts

    path, doc, r = docx_of(lang)
    printed = page_texts(converted_by_libreoffice(path, tmp_path))
    pages = [norm(p) for p in printed]
    first = next(i for i, p in enumerate(pages) if norm(r.ctx.s["contents"]) in p)
    listed = {}
    for line in printed[first].splitlines():
        m = re.fullmatch(r"\s*(.+?)\s*\.{3,}\s*(\d+)\s*", norm(line))
        if m:
            listed[m[1]] = int(m[2])
    written = contents_written(doc)
    assert len(listed) >= len(written) - 1, (listed, written)
    def solid(text: str) -> str:   # a heading broken across lines, hyphenated or not, read whole
        return re.sub(r"[\s\-\u2010]", "", text)

    for title, page in listed.items():
        assert solid(title) in solid(pages[page - 1]), (title, page)   # the heading is on the page the contents say


def test_a_plan_in_three_currencies_with_long_mixed_script_names(demo, reports, tmp_path):
    """Generated content, not the demo's: a costed plan in three currencies, owners and funders
    with long names in Latin, Arabic and Chinese, a 300-character institution on the cover, in
    Arabic: the document opens, the cost tables print the model's rows and totals, every column
    keeps a width, the long names are there whole (as the context bounds them)."""
    from decimal import Decimal

    import docx

    from capacity_app.domain.plan.actions import Action
    from capacity_app.domain.plan.cost import Cost, Finance, Rate
    from capacity_app.reports.build import assemble_context
    from capacity_app.reports.docx import render_report_docx
    from capacity_app.reports.budget import UserText
    from capacity_app.reports.typography import typeset
    from capacity_app.services.scoring import score_assessment

    store, q, a = demo
    long_name = "Ministère de l'Intérieur et de la Décentralisation — وزارة الداخلية واللامركزية — 内政部 " * 4
    actions = [Action(id=f"a{i}", title=f"{long_name[:80]} {i}", institutions=(long_name, "INSD"),
                      costs=(Cost(2026 + i, Decimal("1234567.89") * (i + 1), code, "partner", long_name[:120], i % 2 == 0),
                             Cost(2027 + i, Decimal("1000") * (i + 3), "XOF", "national", "", True)),
                      position=i, priority_action=i < 2)
               for i, code in enumerate(["EUR", "USD", "JPY"])]
    finance = Finance("XOF", (Rate("EUR", Decimal("655.957"), "2026-05-01"), Rate("JPY", Decimal("4.1"), "2026-05-01"),
                              Rate("XOF", Decimal("0.0016"), "2026-05-01")))
    a = replace(a, institutions=[replace(a.institutions[0], name=long_name * 2)] + list(a.institutions[1:]))
    ctx = assemble_context(q, a, store.answers(a.id), score_assessment(store, q, a.id, lang="ar"), "ar",
                           action_plan=actions, plan_finance=finance)
    costs = ctx.plan_record.costs
    assert costs is not None
    # the contents' page numbers of the Arabic demo: this test reads the cost tables, not the contents
    doc = docx.Document(str(render_report_docx(ctx, tmp_path / "three.docx", pages=reports("ar").layout.get("anchors"))))
    rows = [[norm(c.text) for c in row.cells] for t in doc.tables for row in t.rows]
    for m in (*costs.by_year, *costs.by_source, costs.total):
        assert [norm(x if type(x) is UserText else typeset(x, "ar"))  # the user's text as typed
                for x in (m.label, m.cost, m.secured, m.gap)] in [r[:4] for r in rows]
    width = doc.sections[0].page_width.twips - doc.sections[0].left_margin.twips - doc.sections[0].right_margin.twips
    for t in doc.element.body.iter(f"{W}tbl"):
        cols = [int(g.get(f"{W}w")) for g in t.iter(f"{W}gridCol")]
        assert min(cols) >= 200 and abs(sum(cols) - width) <= len(cols)
    cover = norm(" ".join(c.text for c in doc.tables[1].columns[0].cells))
    assert norm(ctx.cover.institutions[0].name) in cover  # the user's text as typed


def test_the_offices_template_as_a_preference(tmp_path):
    """The word_template preference (Preferences dialog, services.settings): a .docx that exists,
    used by every Word report of the database; anything else refused in one line, nothing saved."""
    import docx
    from docx.shared import Pt

    from capacity_app.services import settings as prefs
    from capacity_app.services.assessments import create_assessment, open_store, questionnaire_for
    from capacity_app.services.base import ServiceError
    from capacity_app.services.reports import export_report_docx

    theirs = docx.Document()
    theirs.styles["Heading 1"].font.size = Pt(23)
    theirs.save(str(tmp_path / "office.docx"))
    (tmp_path / "office.txt").write_text("not Word")
    with open_store(tmp_path / "t.sqlite3", backup_dir=tmp_path / "b") as store:
        a = create_assessment(store, questionnaire_for(), country="SEN", round=2026)
        for bad in (tmp_path / "office.txt", tmp_path / "gone.docx", tmp_path):
            with pytest.raises(ServiceError, match="Word template"):
                prefs.save_preferences(store, prefs.Preferences("Amina", "fr", "", str(bad)))
        assert prefs.preferences(store).word_template == ""
        prefs.save_preferences(store, prefs.Preferences("Amina", "fr", "", str(tmp_path / "office.docx")))
        assert prefs.preferences(store).word_template == str(tmp_path / "office.docx")
        out = export_report_docx(store, a.id, tmp_path / "r.docx", lang="fr")
        assert docx.Document(str(out)).styles["Heading 1"].font.size == Pt(23)
        (tmp_path / "office.docx").unlink()  # moved away since: refused, not silently replaced
        with pytest.raises(ServiceError, match="word_template preference"):
            export_report_docx(store, a.id, tmp_path / "r2.docx", lang="fr")
