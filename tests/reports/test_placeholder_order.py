"""Every placeholder order a language needs, in every output: the footer of a Russian
report written "{pages}: стр. {page}" (the counters reversed) in a real Word report and in the PDF's
running foot as WeasyPrint lays it out; a translation's format spec or attribute access never
reaches Python's formatter."""
from __future__ import annotations

import re
import tracemalloc
from dataclasses import replace

import pytest

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
REORDERED = "{pages}: стр. {page}"


@pytest.fixture(scope="module")
def ru_ctx(demo_db):
    """The demo's Russian report context with its footer's counters reversed."""
    from capacity_app.services.assessments import open_store
    from capacity_app.services.reports import build_report_context

    path, aid = demo_db
    with open_store(path, readonly=True) as store:
        ctx = build_report_context(store, None, aid, "ru")
    return replace(ctx, s={**ctx.s, "page_footer": REORDERED})


@pytest.mark.slow  # the Russian demo report: make reliability (tests/sample.py)
def test_a_reordered_footer_in_a_real_russian_word_report(ru_ctx, reports, tmp_path):
    import docx

    from capacity_app.reports.docx import render_report_docx

    # the contents' pages of the shared Russian render (the footer's order changes none of them)
    doc = docx.Document(str(render_report_docx(ru_ctx, tmp_path / "ru.docx", pages=reports("ru").layout.get("anchors"))))
    foot = doc.sections[0].footer.part.element
    seen = []  # the footer's words and fields in their order
    for el in foot.iter(f"{W}fldSimple", f"{W}t"):
        if el.tag == f"{W}fldSimple":
            seen.append(el.get(f"{W}instr").strip())
        elif el.getparent().getparent().tag != f"{W}fldSimple":
            seen.append(el.text)
    assert seen[:3] == ["NUMPAGES", ": стр. ", "PAGE"]


def test_a_reordered_footer_in_the_pdfs_running_foot(ru_ctx):
    """The report's own <head> (report.css, the language's style), two pages laid out."""
    from weasyprint import HTML

    from capacity_app.reports import pdf
    from capacity_app.reports.format import report_dir
    from layout_checks import page_texts

    html = pdf.render_html(ru_ctx, {}, "")
    assert "counter(pages) string(pageof) counter(page)" in html
    head = html[:html.index("<body")]
    body = '<body class="report"><p>один</p><p style="break-before: page">два</p><p style="break-before: page">три</p></body></html>'
    pdf.load_weasyprint()
    doc = HTML(string=head + body, base_url=report_dir().as_uri() + "/", url_fetcher=pdf.make_fetcher()).render()
    texts = page_texts(doc)
    assert len(texts) == 3
    assert re.search(r"3\s*:\s*стр\.\s*2", texts[1]), texts[1]


def test_an_arabic_footer_reordered_goes_to_its_mirrored_box():
    from capacity_app.reports.bidi import lang_style, page_footer

    before, between, after, order = page_footer("{pages} / صفحة {page}")
    assert (before, between, after, order) == ("", " / صفحة ", "", ("pages", "page"))
    css = str(lang_style("ar", order))
    assert re.search(r"@bottom-right \{ content: string\(pagelabel\) counter\(pages\) string\(pageof\) counter\(page\)", css)
    assert page_footer("Page {page} of {pages}") == ("Page ", " of ", "", ("page", "pages"))
    assert page_footer("Стр. {page}") == ("", " / ", "", ("page", "pages"))  # never shipped: still a footer


def test_a_format_spec_in_a_shipped_sentence_is_never_applied(monkeypatch):
    """The attacker's Russian sentence with `{src:>999999999}` (2 GB through str.format) and
    `{src.__class__.__mro__}` (Python's internals in a score's explanation)."""
    from capacity_app.domain import texts

    monkeypatch.setitem(texts.CATALOGUES, "ru", {
        "cell.not_assessed": {"en": "{src}: not assessed yet", "ru": "{src}: {src:>999999999} {src.__class__.__mro__}"}})
    tracemalloc.start()
    try:
        out = texts.text("cell.not_assessed", "ru", src="ПЕРЕПИСЬ")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert out == "ПЕРЕПИСЬ: {src:>999999999} {src.__class__.__mro__}"
    assert "object" not in out and peak < 1_000_000
