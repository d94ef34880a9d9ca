"""The speed measures of the report pipeline keep the output whole: charts drawn when
WeasyPrint fetches them are the charts of the eager path and are drawn once, a chart that cannot be
drawn stops the report (never a PDF without it), and the capped Flate level still writes a
readable PDF with its attachment."""
from __future__ import annotations

import zlib

import pytest

from capacity_app.reports import charts as charts_mod


@pytest.fixture(scope="module")
def demo_ctx(demo):
    from capacity_app.services.reports import build_report_context

    store, q, a = demo
    return build_report_context(store, q, a.id, "fr")


@pytest.fixture(scope="module")
def small_ctx(partial_fr):
    """The partly filled Senegal assessment in French the reports' tests share (conftest.py's
    partial_fr): both charts (every section, every policy question) in a report of 30 pages
    instead of the demo's 67. What the two renders below check (each chart drawn once and served,
    a failed chart stopping the report) is the same at any length: the charts are drawn once per
    report whatever follows them, and the failure is raised after the layout, before anything is
    written."""
    from capacity_app.reports.charts import chart_names

    assert chart_names(partial_fr.ctx.chart) == ["sections", "pq"]
    return partial_fr.ctx


def test_chart_names_follow_the_data(demo_ctx):
    assert charts_mod.chart_names(None) == [] and charts_mod.draw_charts(None) == {}
    assert charts_mod.chart_names(demo_ctx.chart) == ["sections", "pq"]
    drawn = charts_mod.draw_charts(demo_ctx.chart)
    assert sorted(drawn) == ["pq", "sections"]
    assert drawn["sections"] == charts_mod.section_scores_svg(demo_ctx.chart)  # stable ids
    assert "<!DOCTYPE" not in drawn["pq"] and "Report Sans" in drawn["pq"]


def test_the_report_draws_each_chart_once_and_serves_it(small_ctx, tmp_path, monkeypatch):
    from capacity_app.reports import pdf

    calls = []
    real = pdf.draw_charts
    monkeypatch.setattr(pdf, "draw_charts", lambda data: calls.append(1) or real(data))
    timings: dict = {}
    pdf.render_report_pdf(small_ctx, tmp_path / "r.pdf", timings=timings)
    assert calls == [1] and timings["refused"] == []
    # the same two images as the eager path's HTML (the layout tests use that one)
    html = pdf.render_html(small_ctx, pdf.prepare_charts(small_ctx)[1])
    assert html.count('src="data:image/svg+xml;base64,') == 2


def test_a_chart_that_cannot_be_drawn_stops_the_report(small_ctx, tmp_path, monkeypatch):
    from capacity_app.reports import pdf

    def broken(data):
        raise ValueError("no chart today")

    monkeypatch.setattr(pdf, "draw_charts", broken)
    out = tmp_path / "r.pdf"
    with pytest.raises(pdf.ReportError, match="no chart today"):
        pdf.render_report_pdf(small_ctx, out)
    assert list(tmp_path.iterdir()) == []  # nothing written, no temporary file left


def test_deferred_urls_are_served_once_registered_and_only_then():
    from capacity_app.reports.fetcher import FetchRefused
    from capacity_app.reports.pdf import make_fetcher

    fetcher = make_fetcher()
    calls = []
    url = fetcher.allow_deferred("image/svg+xml", "sections", lambda: calls.append(1) or b"<svg/>")
    with pytest.raises(FetchRefused):
        fetcher.fetch(url.replace("sections", "other"))
    assert calls == []  # nothing drawn before WeasyPrint asks
    first, second = fetcher.fetch(url), fetcher.fetch(url)
    assert first.read() == second.read() == b"<svg/>" and first.content_type == "image/svg+xml"
    assert calls == [1]  # produced once, then served from memory


def test_flate_level_is_capped_and_the_pdf_reads(reports):
    import json

    import pydyf
    import pymupdf

    from capacity_app.reports.pdf import FLATE_LEVEL, _CappedZlib, cap_flate_level

    cap_flate_level()
    cap_flate_level()  # installed once, never wrapped twice
    assert isinstance(pydyf.zlib, _CappedZlib) and not isinstance(pydyf.zlib._zlib, _CappedZlib)
    data = b"BT /F1 9 Tf (population census register) Tj ET\n" * 2000
    c = pydyf.zlib.compressobj(level=9)
    assert c.compress(data) + c.flush() == zlib.compress(data, FLATE_LEVEL)
    c = pydyf.zlib.compressobj(level=1)  # lower levels are left alone
    assert c.compress(data) + c.flush() == zlib.compress(data, 1)
    # written through the same pipeline (write_document): its pages' text was read back from the
    # decompressed streams (tests/pdf_text.py); MuPDF opens it with no repair, its attachment inflates
    fr = reports("fr")
    with pymupdf.open(fr.path) as doc:
        assert not doc.is_repaired
        assert doc.page_count == len(fr.pages) > 20 and all(text.strip() for text in fr.pages[1:])
        assert doc.embfile_names() == ["assessment.json"]
        assert json.loads(doc.embfile_get("assessment.json"))


def test_a_pdf_report_loads_neither_the_word_copy_nor_the_workbook(tmp_path):
    """The report command's modules leave the Word copy (python-docx, lxml) and the exchange
    workbook (openpyxl and the workbook's sheets) to the reports that ask for them: a PDF report's
    process never imports them (about a tenth of a second of its start)."""
    import os
    import subprocess
    import sys

    unwanted = ["capacity_app.reports.docx", "capacity_app.exchange.workbook.export",
                "capacity_app.services.exchange", "docx", "openpyxl"]
    code = ("import sys; import capacity_app.cli.report, capacity_app.services.reports; "
            "print([m for m in sys.argv[1].split() if m in sys.modules])")
    r = subprocess.run([sys.executable, "-c", code, " ".join(unwanted)], capture_output=True, text=True,
                       env=dict(os.environ, CAPACITY_APP_DATA=str(tmp_path)), timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"


def test_the_templates_environment_is_made_once():
    """One jinja2 environment a process: the templates the first report loads stay compiled for the
    next render of the process (the Word copy, the warm worker's report after its preload)."""
    from capacity_app.reports.pdf import TEMPLATE, template_env

    assert template_env() is template_env()
    assert template_env().get_template(TEMPLATE) is template_env().get_template(TEMPLATE)
