"""The reports rendered once per test run and shared by the modules that read them: the demo
report in each language (tests/conftest.py's demo_report), the blank questionnaire in each language
and a partly filled Senegal assessment in French, each as its context, its PDF file, its pages' text
and the findings of the layout checks (tests/layout_checks.py) on the document as it was laid out.

WeasyPrint's laid-out documents (about 240,000 objects each) and pypdf's parsed readers (about
175,000 once every page's text is extracted) are not kept for the session: a worker holding a dozen
of them made every full collection of the cyclic collector take 1.5 s instead of 0.1 s, in every
later test of that worker (the GUI tests collect at each module's end, tests/gui/conftest.py). The
layout is checked while the document exists, in the render itself, so no report is laid out twice;
:attr:`Rendered.reader` reads the PDF again where a test needs its objects."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from made_reports import write_checked
from pypdf import PdfReader


@dataclass
class Rendered:
    ctx: object             # the ReportContext
    path: Path | None       # the PDF
    pages: list[str]        # each page's text (pypdf's, read by tests/pdf_text.py)
    layout: dict            # tests/layout_checks.py's findings on the laid-out document
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
    and read once per test process) with its page texts."""
    done: dict[str, Rendered] = {}

    def get(lang: str) -> Rendered:
        if lang not in done:
            r = demo_report(lang)
            done[lang] = Rendered(r.ctx, r.path, r.pages, r.layout, r.progress)
        return done[lang]

    return get


def _made(make_once, name: str, ctx_of) -> Rendered:
    """The report ``ctx_of(folder)`` asks for, written to ``<name>.pdf`` once per test process
    (tests/conftest.py's made_once) and read here: its context, pages' text and layout findings."""
    from made_reports import keep, kept

    def make(d: Path) -> None:
        ctx = ctx_of(d)
        keep(d, d / f"{name}.pdf", ctx, layout=write_checked(ctx, d / f"{name}.pdf"))

    d = make_once(name, make, across_workers=True)
    ctx, read = kept(d)
    return Rendered(ctx, d / f"{name}.pdf", read["pages"], read["layout"])


@pytest.fixture(scope="session")
def blank_fr(make_once) -> Rendered:
    """The blank questionnaire in French, rendered to PDF (its text read back), once per test process."""
    def ctx_of(_d: Path):
        from capacity_app.services.reports import build_report_context

        return build_report_context(None, None, None, "fr", blank=True)

    return _made(make_once, "blank-fr", ctx_of)


@pytest.fixture(scope="session")
def partial_fr(make_once) -> Rendered:
    """Senegal, a few answers given: a provisional score, no plan, one "don't know" (made once per
    test process, tests/conftest.py's made_once)."""
    def ctx_of(d: Path):
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
            return build_report_context(st, q, a.id, "fr")

    return _made(make_once, "partial-fr", ctx_of)


@pytest.fixture(scope="session")
def layouts(reports, partial_fr, blank_fr, make_once):
    """``layouts(which)``: the report named ``which`` (a demo report's language, "partial" or
    "blank-<lang>") with the findings of the layout checks on its laid-out document: the shared
    renders' own (demo reports, partial, the blanks, each written once per run)."""
    from capacity_app.services.reports import build_report_context

    done: dict = {}

    def get(which: str) -> Rendered:
        if which not in done:
            if which == "partial":
                done[which] = partial_fr
            elif which == "blank-fr":
                done[which] = blank_fr
            elif which.startswith("blank-"):  # written once per run: tests/generated reads its words' boxes too
                lang = which.split("-")[1]
                done[which] = _made(make_once, which, lambda _d: build_report_context(None, None, None, lang, blank=True))
            else:
                done[which] = reports(which)
        return done[which]

    return get
