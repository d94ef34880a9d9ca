"""The reports rendered once per test session and shared by the modules that read them: the demo
report in English, French and Spanish (tests/conftest.py's demo_report), the blank questionnaire
and a partly filled Senegal assessment in French, each as its context, its PDF file and its pages' text.

WeasyPrint's laid-out documents (about 240,000 objects each) and pypdf's parsed readers (about
175,000 once every page's text is extracted) are not kept for the session: a worker holding a dozen
of them made every full collection of the cyclic collector take 1.5 s instead of 0.1 s, in every
later test of that worker (the GUI tests collect at each module's end, tests/gui/conftest.py). The
layout checks lay their documents out for their own module (test_report_layout.py's ``layouts``),
and :attr:`Rendered.reader` reads the PDF again where a test needs its objects."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader


@dataclass
class Rendered:
    ctx: object             # the ReportContext
    doc: object             # WeasyPrint's laid-out document (page boxes); None once released (render)
    path: Path | None       # None: laid out only (lay_out)
    pages: list[str]        # each page's text (pypdf, or the boxes' text when laid out only)
    progress: list[float] | None = None  # what its progress reported, in order (demo reports)

    @property
    def reader(self) -> PdfReader | None:
        """The PDF read again: a new reader at each call (bind it once where a test compares its objects)."""
        return PdfReader(self.path) if self.path is not None else None

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    @property
    def flat(self) -> str:
        """The whole text on one line, words hyphenated at a line end joined (the soft hyphen)."""
        return re.sub(r"\s+", " ", self.text.replace("\xad\n", ""))


def render(ctx, out: Path) -> Rendered:
    """The report pipeline (reports/pdf.py) with the charts drawn first; WeasyPrint's document is
    not kept (this file's docstring)."""
    from capacity_app.reports import pdf

    fetcher, charts = pdf.prepare_charts(ctx)
    html = pdf.render_html(ctx, charts, pdf.register_watermark(ctx, fetcher))
    pdf.write_document(html, out, fetcher, step=lambda f, m: None, what="the report",
                       attachments=ctx.attachments, pdf_identifier=ctx.generated_iso.encode())
    pages = [p.extract_text() for p in PdfReader(out).pages]
    return Rendered(ctx, None, out, pages)


def lay_out(ctx) -> Rendered:
    """The same HTML laid out as reports/pdf.write_document lays it out, with no PDF written (a
    third of a blank's time): WeasyPrint's document, and each page's text read from its boxes."""
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    from capacity_app.reports import pdf
    from capacity_app.reports.format import report_dir

    fetcher, charts = pdf.prepare_charts(ctx)
    html = pdf.render_html(ctx, charts, pdf.register_watermark(ctx, fetcher))
    pdf.load_weasyprint()
    doc = HTML(string=html, base_url=report_dir().as_uri() + "/", url_fetcher=fetcher).render(
        font_config=FontConfiguration(), pdf_variant=pdf.PDF_VARIANT)

    def texts(box):
        if getattr(box, "text", None):
            yield box.text
        for child in getattr(box, "children", ()) or ():
            yield from texts(child)

    return Rendered(ctx, doc, None, ["\n".join(texts(page._page_box)) for page in doc.pages])


@pytest.fixture(scope="session")
def demo(demo_db):
    """(store, questionnaire, assessment) of the session's demo database (tests/conftest.py), read-only."""
    from capacity_app.services.assessments import get_assessment, open_store, questionnaire_for

    path, aid = demo_db
    store = open_store(path, readonly=True)
    a = get_assessment(store, aid)
    yield store, questionnaire_for(a), a
    store.close()


@pytest.fixture(scope="session")
def reports(demo_report):
    """``reports(lang)``: the demo report in ``lang`` (tests/conftest.py's demo_report, rendered
    and read once per test run) with its page texts."""
    done: dict[str, Rendered] = {}

    def get(lang: str) -> Rendered:
        if lang not in done:
            r = demo_report(lang)
            done[lang] = Rendered(r.ctx, None, r.path, r.pages, r.progress)
        return done[lang]

    return get


@pytest.fixture(scope="session")
def blank_fr(tmp_path_factory) -> Rendered:
    """The blank questionnaire in French, rendered to PDF (its text read back)."""
    from capacity_app.services.reports import build_report_context

    ctx = build_report_context(None, None, None, "fr", blank=True)
    return render(ctx, tmp_path_factory.mktemp("blank") / "blank-fr.pdf")


@pytest.fixture(scope="session")
def partial_fr(make_once) -> Rendered:
    """Senegal, a few answers given: a provisional score, no plan, one "don't know" (made once per
    test run, tests/conftest.py's made_once)."""
    import json
    import pickle

    def make(d: Path) -> None:
        from capacity_app.services.assessments import create_assessment, open_store, questionnaire_for, record_answer
        from capacity_app.services.reports import build_report_context

        with open_store(d / "p.sqlite3", backup_dir=d / "b") as st:
            q = questionnaire_for()
            a = create_assessment(st, q, country="SEN", round=2026, mission_start="2026-03-02",
                                  mission_end="2026-03-06")
            record_answer(st, q, a.id, "s2_policy", "yes")
            record_answer(st, q, a.id, "s5_strategy", "yes")
            record_answer(st, q, a.id, "s2_need_a", 3)
            record_answer(st, q, a.id, "s2_need_l", status="dont_know")
            ctx = build_report_context(st, q, a.id, "fr")
        r = render(ctx, d / "partial-fr.pdf")
        (d / "ctx.pickle").write_bytes(pickle.dumps(ctx))
        (d / "pages.json").write_text(json.dumps(r.pages))

    d = make_once("partial-fr", make)
    ctx = pickle.loads((d / "ctx.pickle").read_bytes())  # this run's own file
    return Rendered(ctx, None, d / "partial-fr.pdf", json.loads((d / "pages.json").read_text()))


@pytest.fixture(scope="module")
def layouts(demo_db, partial_fr):
    """``layouts(which)``: the report named ``which`` (a demo report's language, "partial" or
    "blank-<lang>") laid out as reports/pdf.write_document lays it out (no PDF written), once for
    the module that asks and released at its end: a laid-out document kept for the session slows
    every later full collection of the worker (this file's docstring)."""
    from capacity_app.services.assessments import open_store
    from capacity_app.services.reports import build_report_context

    done: dict = {}

    def get(which: str):
        if which not in done:
            if which == "partial":
                ctx = partial_fr.ctx
            elif which.startswith("blank-"):
                ctx = build_report_context(None, None, None, which.split("-")[1], blank=True)
            else:
                path, aid = demo_db
                with open_store(path, readonly=True) as store:
                    ctx = build_report_context(store, None, aid, which)
            done[which] = lay_out(ctx)
        return done[which]

    yield get
    done.clear()
