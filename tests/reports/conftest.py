"""The reports rendered once per test session and shared by the modules that read them: the demo
report in English, French and Spanish (tests/conftest.py's demo_report), the blank
questionnaire in French, Arabic, Chinese and Russian and a partly filled Senegal assessment in
French; each with WeasyPrint's laid-out document for the layout checks, the PDF file and its text
for everything else."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader


@dataclass
class Rendered:
    ctx: object             # the ReportContext
    doc: object             # WeasyPrint's laid-out document (page boxes)
    path: Path | None       # None: laid out only (lay_out)
    reader: PdfReader | None
    pages: list[str]        # each page's text (pypdf)
    progress: list[float] | None = None  # what its progress reported, in order (demo reports)

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    @property
    def flat(self) -> str:
        """The whole text on one line, words hyphenated at a line end joined (the soft hyphen)."""
        return re.sub(r"\s+", " ", self.text.replace("\xad\n", ""))


def render(ctx, out: Path) -> Rendered:
    """The report pipeline (reports/pdf.py) with the charts drawn first, keeping WeasyPrint's document."""
    from capacity_app.reports import pdf

    fetcher, charts = pdf.prepare_charts(ctx)
    html = pdf.render_html(ctx, charts, pdf.register_watermark(ctx, fetcher))
    doc = pdf.write_document(html, out, fetcher, step=lambda f, m: None, what="the report",
                             attachments=ctx.attachments, pdf_identifier=ctx.generated_iso.encode())
    reader = PdfReader(out)
    return Rendered(ctx, doc, out, reader, [p.extract_text() for p in reader.pages])


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

    return Rendered(ctx, doc, None, None, ["\n".join(texts(page._page_box)) for page in doc.pages])


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
    """``reports(lang)``: the session's demo report in ``lang`` (tests/conftest.py's demo_report,
    rendered once) with its laid-out document, reader and page texts."""
    done: dict[str, Rendered] = {}

    def get(lang: str) -> Rendered:
        if lang not in done:
            r = demo_report(lang)
            reader = PdfReader(r.path)
            done[lang] = Rendered(r.ctx, r.doc, r.path, reader, [p.extract_text() for p in reader.pages], r.progress)
        return done[lang]

    return get


@pytest.fixture(scope="session")
def blanks(tmp_path_factory):
    """``blanks(lang)``: the blank questionnaire in ``lang``, once per session: the French one
    rendered to PDF (its text read back), the others laid out only (the layout checks read
    WeasyPrint's boxes)."""
    from capacity_app.services.reports import build_report_context

    done: dict[str, Rendered] = {}

    def get(lang: str) -> Rendered:
        if lang not in done:
            ctx = build_report_context(None, None, None, lang, blank=True)
            done[lang] = (render(ctx, tmp_path_factory.mktemp("blank") / f"blank-{lang}.pdf") if lang == "fr"
                          else lay_out(ctx))
        return done[lang]

    return get


@pytest.fixture(scope="session")
def blank_fr(blanks) -> Rendered:
    return blanks("fr")


@pytest.fixture(scope="session")
def partial_fr(tmp_path_factory) -> Rendered:
    """Senegal, a few answers given: a provisional score, no plan, one "don't know"."""
    from capacity_app.services.assessments import create_assessment, open_store, questionnaire_for, record_answer
    from capacity_app.services.reports import build_report_context

    d = tmp_path_factory.mktemp("partial")
    with open_store(d / "p.sqlite3", backup_dir=d / "b") as st:
        q = questionnaire_for()
        a = create_assessment(st, q, country="SEN", round=2026, mission_start="2026-03-02", mission_end="2026-03-06")
        record_answer(st, q, a.id, "s2_policy", "yes")
        record_answer(st, q, a.id, "s5_strategy", "yes")
        record_answer(st, q, a.id, "s2_need_a", 3)
        record_answer(st, q, a.id, "s2_need_l", status="dont_know")
        ctx = build_report_context(st, q, a.id, "fr")
    return render(ctx, d / "partial-fr.pdf")
