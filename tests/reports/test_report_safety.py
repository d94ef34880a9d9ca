"""Hostile answers are printed literally; rendering reads no file outside resources/ and opens no
socket (checked with an audit hook); the URL fetcher refuses everything but bundled resources."""
import sys
from pathlib import Path

import pytest
from pdf_text import page_texts
from pypdf import PdfReader

HOSTILE = '<link rel="attachment" href="file:///etc/passwd"><img src="http://127.0.0.1:9/x.png">'
HOSTILE_URL = "file:///etc/hostname"
HOSTILE_HTTP = "http://127.0.0.1:9/steal"


@pytest.fixture
def hostile(store, questionnaire):
    from capacity_app.domain.assessment import Institution
    from capacity_app.services.assessments import add_evidence, create_assessment, record_answer

    a = create_assessment(store, questionnaire, country="KEN", round=2026,
                          title="<script>alert(1)</script> <b>title</b>",
                          institutions=[Institution('<iframe src="file:///etc/passwd">', "role <i>x</i>")])
    record_answer(store, questionnaire, a.id, "s0_lead_institution", HOSTILE,
                  comment=f'see {HOSTILE_URL} and <a href="{HOSTILE_HTTP}">x</a>')
    record_answer(store, questionnaire, a.id, "s2_need_a", 3)
    add_evidence(store, questionnaire, a.id, "s2_need_a", "url", HOSTILE_HTTP)
    add_evidence(store, questionnaire, a.id, "s0_lead_institution", "document",
                 '<object data="file:///etc/passwd"></object>')
    return a


def test_hostile_text_is_literal_and_nothing_is_fetched(store, questionnaire, hostile, tmp_path):
    from capacity_app.reports import pdf as pdfmod
    from capacity_app.services.reports import build_report_context, render_report_pdf

    ctx = build_report_context(store, questionnaire, hostile.id, "en")
    html = pdfmod.render_html(ctx)
    assert '<link rel="attachment"' not in html and "&lt;link rel=&#34;attachment&#34;" in html  # literal, as typed
    assert "<script>" not in html and "<iframe" not in html

    opened, connects, active = [], [], [True]

    def hook(event, args):
        if not active[0]:
            return
        if event == "open" and args and isinstance(args[0], (str, bytes, Path)):
            opened.append(str(args[0]))
        elif event == "socket.connect":
            connects.append(args)

    out = tmp_path / "hostile.pdf"
    timings = {}
    sys.addaudithook(hook)  # hooks cannot be removed: the lists stop mattering after the test
    try:
        pdfmod.render_report_pdf(ctx, out, timings=timings)
    finally:
        active[0] = False  # audit hooks cannot be removed: silence it for later tests
        done = list(opened), list(connects)
    files, sockets = done
    assert sockets == []
    assert not [f for f in files if "passwd" in f or "hostname" in f]
    assert timings["refused"] == []  # nothing outside resources was even requested

    reader = PdfReader(out)
    text = "".join(page_texts(out)).replace("\n", "")
    assert 'href="file:///etc/passwd"' in text  # printed, as typed (the user's text)
    assert HOSTILE_URL in text and HOSTILE_HTTP in text
    assert "<script>alert(1)</script>" in text
    assert list(reader.attachments) == ["assessment.json"]
    assert render_report_pdf  # the service wrapper is the same renderer


def test_fetcher_serves_only_resources(tmp_path):
    from weasyprint.urls import FatalURLFetchingError  # noqa: F401 - API present in WeasyPrint 70

    from capacity_app.reports.fetcher import FetchRefused, SafeFetcher

    root = tmp_path / "resources"
    (root / "report").mkdir(parents=True)
    (root / "report" / "a.css").write_text("p{}")
    secret = tmp_path / "secret.txt"
    secret.write_text("secret")
    (root / "report" / "link.css").symlink_to(secret)
    f = SafeFetcher(root)
    assert f.fetch((root / "report" / "a.css").as_uri()).read() == b"p{}"
    for url in (secret.as_uri(), (root / "report" / "link.css").as_uri(),
                (root / "report").as_uri() + "/../../secret.txt", "file:///etc/passwd",
                "http://127.0.0.1:9/x", "https://example.org/x.css", "ftp://example.org/x",
                "data:text/css;base64,cHt9", (root / "report" / "missing.css").as_uri(), root.as_uri()):
        with pytest.raises(FetchRefused):
            f.fetch(url)
    assert len(f.refused) == 10
    mine = f.allow_data("image/svg+xml", b"<svg xmlns='http://www.w3.org/2000/svg'/>")
    assert f.fetch(mine).read().startswith(b"<svg")


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_render_failure_is_one_line(tmp_path, store, questionnaire, hostile, kind):
    """A report into a folder that does not exist: one line, said before the charts and the layout
    (not seconds later), nothing made."""
    from capacity_app.services import reports
    from capacity_app.services.assessments import ServiceError

    ctx = reports.build_report_context(store, questionnaire, hostile.id, "en")
    render = reports.render_report_pdf if kind == "pdf" else reports.render_report_docx
    steps: list = []
    with pytest.raises(ServiceError) as err:
        render(ctx, tmp_path / "no-such-folder" / f"r.{kind}", progress=lambda f, m: steps.append(m))
    assert "\n" not in str(err.value) and "does not exist" in str(err.value)
    assert steps == [] and not (tmp_path / "no-such-folder").exists()


def test_cancel_leaves_nothing(tmp_path, store, questionnaire, hostile):
    from capacity_app.services.reports import build_report_context, render_report_pdf
    from capacity_app.jobs import Cancelled

    ctx = build_report_context(store, questionnaire, hostile.id, "en")
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 4  # cancel while the PDF is being written

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        render_report_pdf(ctx, out / "r.pdf", cancelled=cancelled)
    assert len(calls) == 5 and list(out.iterdir()) == []
