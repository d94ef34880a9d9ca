"""The report for a screen reader and a text extractor: the structure tree and the marked content of
the written PDF (pypdf's objects and text extraction, the objects read one by one through
tests/pdf_text.py's PdfFile), on the session's renders (conftest.py). A PDF/UA validator (veraPDF) needs
Java and a download this machine does not allow; these tests hold what it would check first."""
from __future__ import annotations

import re

import pytest
from pdf_text import PdfFile


def _marked_text(page) -> list[tuple[str, str]]:
    """(innermost marked-content tag, text) for every piece of text drawn on ``page``."""
    stack: list[str] = []
    out: list[tuple[str, str]] = []

    def before(op, args, cm, tm):
        if op in (b"BDC", b"BMC"):
            stack.append(str(args[0]).lstrip("/"))
        elif op == b"EMC" and stack:
            stack.pop()

    def text(t, cm, tm, font, size):
        if t.strip():
            out.append((stack[-1] if stack else "", t))

    page.extract_text(visitor_operand_before=before, visitor_text=text)
    return out


def _struct_elements(pdf: PdfFile):
    """Every structure element of the tree, depth first: (type, element), the element an object
    number (:func:`_element` gives its pypdf object) or, not held in an object of its own, the
    pypdf object itself. Read with PyMuPDF's key access (PdfFile.kids, the /S), not a pypdf object
    for each of the tree's 12,000 elements; pypdf's objects where a /K or /S is anything else."""
    todo: list = [pdf.root["/StructTreeRoot"].raw_get("/K")]
    while todo:
        k = todo.pop()
        if hasattr(k, "idnum"):
            k = k.idnum
        if type(k) is int:  # an object number (a pypdf number, an MCID, is no int but a subclass)
            kids = pdf.kids(k)
            kind, name = pdf.doc.xref_get_key(k, "S")
            if kids is not None and kind == "name" and "#" not in name:
                yield name, k
                todo.extend(reversed(kids))
                continue
            k = pdf.object(k)
        if isinstance(k, list):
            todo.extend(reversed(k))
        elif isinstance(k, dict) and "/S" in k:
            yield str(k["/S"]), (k.indirect_reference.idnum if k.indirect_reference is not None else k)
            if "/K" in k:
                todo.append(k.raw_get("/K"))


def _element(pdf: PdfFile, element):
    return pdf.object(element) if type(element) is int else element


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_running_heads_and_footers_are_pagination_artifacts(reports, lang):
    r = reports(lang)
    # pypdf's extraction of the page (a PageObject over objects read one by one: a PdfReader
    # parses whole object streams for the page's fonts, most of a second)
    with PdfFile(r.path) as pdf:
        page = pdf.pypdf_page(4)
        pieces = _marked_text(page)
        data = page.get_contents().get_data()
    label = {"en": "Page 5 of", "fr": "Page 5 sur"}[lang]
    heads = [(tag, t) for tag, t in pieces if label in t or r.ctx.generated in t]
    assert heads and {tag for tag, _ in heads} == {"Artifact"}
    assert any(tag == "Span" for tag, _ in pieces)  # the body is structured content
    assert b"/Artifact" in data and b"/Pagination" in data


def test_the_draft_mark_is_never_text(reports):
    """The watermark is the pages' background image, in outlines: no DRAFT/PROJET letters in any
    page's text, and no structure element for it."""
    for lang, word in (("en", "DRAFT"), ("fr", "PROJET")):
        r = reports(lang)
        assert r.ctx.draft == word
        letters = r"\s*".join(word)
        assert not any(re.search(letters, t) or re.search(letters[::-1].replace("*s\\", "\\s*"), t) for t in r.pages)
        with PdfFile(r.path) as pdf:  # pypdf's objects, read one by one (a PdfReader parses whole object streams)
            assert all(pdf.resources(i).get("/XObject") for i in range(len(pdf)))


def test_the_cover_title_is_the_first_h1_and_headings_are_tagged(reports):
    with PdfFile(reports("fr").path) as pdf:
        elements = list(_struct_elements(pdf))
        kinds = [k for k, _ in elements]
        assert "/H1" in kinds and "/H2" in kinds and "/H3" in kinds
        first_h1 = _element(pdf, next(e for k, e in elements if k == "/H1"))
        assert first_h1.raw_get("/Pg").idnum == pdf.page_xref(0)  # the cover's page object itself
        assert pdf.root["/Lang"] == "fr"


def test_charts_say_what_they_show(reports):
    with PdfFile(reports("en").path) as pdf:
        figures = [_element(pdf, e) for k, e in _struct_elements(pdf) if k == "/Figure"]
        alts = [str(e["/Alt"]) for e in figures if "/Alt" in e]
    assert len(alts) == 2
    sections, pq = alts
    assert "Highest:" in sections and "Lowest:" in sections and re.search(r"\d", sections)
    assert "Largest gaps:" in pq and "need 3" in pq
    assert "Bar chart of the score of each section" not in sections  # not the chart's type only


def test_words_hyphenated_at_a_line_end_extract_whole(reports):
    """The hyphen the layout adds at a line end is a soft hyphen in the text layer (ISO 32000-1,
    14.8.2.2.3): removing it with the line break gives back the word; no U+2010 anywhere."""
    for lang in ("en", "fr", "es"):
        text = reports(lang).text
        assert "\u2010" not in text
        assert text.count("\xad\n") > 10, lang
        assert text.count("\xad") == text.count("\xad\n")  # only ever at a line end
        joined = re.findall(r"(\w+)\xad\n(\w+)", text)
        assert all(len(a) >= 3 and len(b) >= 3 for a, b in joined), [j for j in joined if min(map(len, j)) < 3]


def test_hyphenation_breaks_english_where_a_reader_expects(reports):
    text = reports("en").text
    for bad in ("statist\xad\nics", "Subn\xad\national", "Intern\xad\nal", "reinteg\xad\nrated", "re\xad\nsponsible"):
        assert bad not in text
    assert "existe-\nt-elle" not in reports("fr").text
