"""tests/pdf_text.py reads a PDF's text as pypdf's extract_text does, character for character: on
the shared English and Arabic demo reports (right-to-left text, soft hyphens, tables), already
rendered and read for the other tests. While it was written it gave the same pages on the demo
report in the six languages, the blank questionnaire in French, Arabic and Chinese, the aggregate
summary and the Word report printed by LibreOffice (English and Arabic). Its content-stream
operations (PdfFile.operations) are pypdf's ContentStream operations on the English report's cover
and chart page."""
import pytest
from pdf_text import PdfFile, outline, page_texts
from pypdf import PdfReader
from pypdf.generic import BooleanObject, ContentStream, DecodedStreamObject, NullObject


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_pages_read_as_pypdf_reads_them(demo_report, lang):
    r = demo_report(lang)
    reader = PdfReader(r.path)
    assert r.pages == page_texts(r.path)  # what the tests read
    # pypdf's own reading on a third of the pages, spread over the whole report (cover, contents,
    # every kind of page), the first pages whole: pypdf takes 4-6 s a report, ten times this reader
    pick = sorted(set(range(4)) | set(range(4, len(reader.pages), 3)) | {len(reader.pages) - 1})
    assert [r.pages[i] for i in pick] == [reader.pages[i].extract_text() for i in pick]


def test_bookmarks_as_pypdf_walks_them(demo_report):
    r = demo_report("en")
    out: list[tuple[int, str]] = []

    def walk(items, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                out.append((level, item.title))

    walk(PdfReader(r.path).outline, 1)
    assert outline(r.path) == out
    assert {1, 2} <= {level for level, _ in out}  # nested bookmarks compared too


def _plain(x):
    """A pypdf operand as PdfFile.operations gives it: a string's raw bytes, a number a float, a
    name a str, an array a list, a dictionary a dict."""
    if isinstance(x, (bytes, str)) and hasattr(x, "original_bytes"):
        return bytes(x.original_bytes)
    if isinstance(x, BooleanObject):
        return x.value
    if isinstance(x, NullObject):
        return None
    if isinstance(x, list):
        return [_plain(i) for i in x]
    if isinstance(x, dict):
        return {str(k): _plain(v) for k, v in x.items()}
    return str(x) if isinstance(x, str) else float(x)


def test_operations_as_pypdf_gives_them(demo_report):
    """The cover (text in marked content: BDC with an MCID, BMC, EMC, Tf, TJ, fills, the
    background's Do) and the page drawing the most form XObjects (a chart: strokes, dashes, text
    render modes), compared whole with pypdf's ContentStream of the same decoded content (one
    stream a page: a PdfReader's page gives the same bytes, after parsing the page tree's object
    streams): pypdf takes about 4 s on a report's 64 pages, PdfFile a few tenths;
    structure_problems and the scripts' glyph check read them."""
    with PdfFile(demo_report("en").path) as pdf:
        chart = max(range(len(pdf)), key=lambda i: pdf.doc[i].read_contents().count(b" Do"))
        pick = [0, chart]
        mine = [pdf.operations(i) for i in pick]
        assert all(len(pdf.doc[i].get_contents()) == 1 for i in pick)
        data = [DecodedStreamObject() for _ in pick]
        for stream, i in zip(data, pick, strict=True):
            stream.set_data(pdf.doc[i].read_contents())
    theirs = [[([] if op == b"INLINE IMAGE" else [_plain(a) for a in args], op)
               for args, op in ContentStream(stream, None).operations] for stream in data]
    assert mine == theirs
    kinds = {op for page in theirs for _, op in page}
    assert {b"BDC", b"BMC", b"EMC", b"Tf", b"TJ", b"Tm", b"Do", b"cm", b"re", b"S", b"d"} <= kinds
    assert sum(op == b"Do" for _, op in theirs[1]) > 5  # the chart's forms
    assert any(op == b"BDC" and isinstance(args[1], dict) and "/MCID" in args[1] for page in theirs for args, op in page)
