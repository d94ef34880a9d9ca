"""tests/pdf_text.py reads a PDF's text as pypdf's extract_text does, character for character: on
the shared English and Arabic demo reports (right-to-left text, soft hyphens, tables), already
rendered and read for the other tests. While it was written it gave the same pages on the demo
report in the six languages, the blank questionnaire in French, Arabic and Chinese, the aggregate
summary and the Word report printed by LibreOffice (English and Arabic)."""
import pytest
from pdf_text import outline, page_texts
from pypdf import PdfReader


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
