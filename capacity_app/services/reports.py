"""The PDF report use case:

* :func:`build_report_context` reads the database and the scores (about 0.1 s for the demo) and
  returns a plain :class:`~capacity_app.reports.model.ReportContext`;
* :func:`render_report_pdf` lays it out and writes the PDF (seconds; no database, safe in a worker;
  WeasyPrint and matplotlib are imported there, never at start-up);
* :func:`export_report_pdf` does both on an open store (CLI, ``capacity-app demo``);
* :func:`export_report_from_database` does both from a database file opened read-only: the GUI
  runs it in a worker process, so nothing of the export runs on the window's thread;
* :func:`export_report_docx` and :func:`export_report_docx_from_database`: the same report as a
  Word document, from the same context (``reports/docx.py``; python-docx imported there).
"""
from __future__ import annotations

import datetime as _dt
import os
import tempfile
from pathlib import Path
from typing import Any

from .. import __version__, jobs
from ..catalog.loader import require_languages
from ..domain.languages import codes_text, LANGUAGES
from ..domain.mission import own_name
from ..domain.questionnaire import Questionnaire
from ..domain.team.signoff import changes_since_validation, standing
from ..reports.build import assemble_context, json_attachment
from ..reports.format import fmt_score, load_strings
from ..reports.model import AttachmentData
from ..reports.pdf import ReportError, anchor_pages
from ..reports.plan.progress import achieved, progress_report
from ..reports.pdf import render_report_pdf as _render
from ..storage.store import Store
from .assessments import open_store, questionnaire_for
from .base import ServiceError, get_assessment
from .outputs import check_store_output
from .plan.progress import summary as progress_summary
from .rounds import plan_achieved, previous_round
from .scoring import score_assessment
from .versions import earlier_score


def _lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ServiceError(f"unknown report language {lang!r} ({codes_text()})")
    return lang


def _scores(store: Store, q: Questionnaire, assessment_id: int, lang: str):
    return score_assessment(store, q, assessment_id, lang=lang)  # typed: the report reads its fields


def _workbook_attachment(store: Store, q: Questionnaire, assessment_id: int, lang: str, description: str):
    """The exchange workbook as a deferred attachment: the export data is read now (database),
    the xlsx is written at render time (no database). The workbook's modules load here, with
    ``--attach-workbook`` only: a report without it never imports them (0.1 s of its start)."""
    from ..exchange.workbook.export import write_workbook
    from . import exchange

    data = exchange.build_export(store, q, assessment_id, lang)

    def produce() -> bytes:
        fd, tmp = tempfile.mkstemp(suffix=".xlsx")
        os.close(fd)
        try:
            write_workbook(data, Path(tmp))
            return Path(tmp).read_bytes()
        finally:
            os.unlink(tmp)

    return AttachmentData("assessment.xlsx", description, produce,
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def build_report_context(store: Store | None, questionnaire: Questionnaire | None, assessment_id: Any,
                         lang: str = "en", blank: bool = False, *, include_workbook: bool = False,
                         partner: str | None = None):
    """Read everything the report needs. ``assessment_id`` may be None for a blank questionnaire.

    The JSON data (assessment, answers, scores) is always attached to the PDF; the exchange
    workbook is attached too with ``include_workbook`` (it adds ~0.5 s of openpyxl work).
    ``partner``: a partner's edition of the funding request (refused in one line, naming the
    partners, when no line of the plan is funded by it)."""
    _lang(lang)
    a = get_assessment(store, assessment_id) if store is not None and assessment_id is not None else None
    if a is None and not blank:
        raise ServiceError("a report needs an assessment id (or use --blank)")
    # the report's language's catalogues read and checked first: a problem of one is said before
    # anything is built
    q = require_languages(questionnaire, (lang,)) if questionnaire else questionnaire_for(a, (lang,))
    s = load_strings(lang)
    if blank:
        return assemble_context(q, a, {}, None, lang, blank=True, app_version=__version__)
    assert store is not None and a is not None  # read from the store above
    plan = store.action_plan(a.id)
    partner = known_partner(plan, partner)
    answers = store.answers(a.id)
    scores = _scores(store, q, a.id, lang)
    attachments = [json_attachment(a, answers, scores, q, __version__, s["attachment_json"])]
    events = store.signoff_events(a.id)
    changed_since = changes_since_validation(store.history(a.id))[1] if events else []
    if include_workbook:
        attachments.append(_workbook_attachment(store, q, a.id, lang, s["attachment_xlsx"]))
    ctx = assemble_context(q, a, answers, scores, lang, app_version=__version__,
                           generated=_dt.date.today(), attachments=attachments,
                           action_plan=plan, author=_author(store, answers),
                           plan_finance=store.plan_finance(a.id), plan_validation=store.plan_validation(a.id),
                           reviews=store.reviews(a.id),
                           signoff=standing(events, a.status), signoff_events=events,
                           changed_since=changed_since, documents=store.attachments(a.id),
                           plan_history=store.plan_validation_history(a.id),
                           plan_results=store.results_chain(a.id),
                           plan_request=store.plan_request(a.id), partner=partner)
    ctx.achieved = _achieved(store, q, a, lang, s)
    was = earlier_score(store, a.id)  # stored under earlier scoring rules: both figures
    if was is not None:
        ctx.earlier_score = was.beside(scores.overall_shown, scores.band, lang, lambda x: fmt_score(x, lang))
    return ctx


def _achieved(store: Store, q: Questionnaire, a: Any, lang: str, s: Any) -> Any:
    """What the previous round's plan achieved, when there is a previous round with a
    plan; None otherwise (the report then prints nothing of it)."""
    earlier = previous_round(store, a)
    if earlier is None or not store.action_plan(earlier.id):
        return None
    try:
        done = plan_achieved(store, q, a.id, earlier.id, lang)
    except ServiceError:
        return None
    return achieved(int(done.earlier.round), done.outcomes, lang, s)


def plan_partners(store: Store, assessment_id: Any) -> list[str]:
    """The development partners the plan's cost lines name, in the order of their first line: the
    partners a partner's edition can be written for."""
    from ..domain.plan.budget import partners

    return partners(store.action_plan(get_assessment(store, assessment_id).id))


def known_partner(plan, partner: str | None) -> str | None:
    """``partner`` as the plan's cost lines name it (any case, spaces trimmed), None for the
    report; a ServiceError listing the partners when no line of the plan is funded by it."""
    from ..domain.plan.budget import partners

    if partner is None:
        return None
    names = partners(plan)
    wanted = " ".join(partner.split()).casefold()
    found = next((p for p in names if p.casefold() == wanted), None)
    if found is None:
        listed = "; ".join(names) if names else "none: no cost line of the plan names a partner"
        raise ServiceError(f"no line of the plan is funded by {partner[:80]!r}; the partners are: {listed}")
    return found


def _author(store: Store, answers) -> str:
    """The report's author: the operator's institution when the preferences give it, else the
    mission's lead institution (S0), else the national statistical office's own name given in S0's
    grid, else "" (the cover then leaves its "Prepared by" line out: a ministry's report is never
    prepared by the application, which the document's metadata names as its generator only)."""
    inst = str(store.preference("operator_institution", "") or "").strip()
    if inst:
        return inst
    lead = answers.get("s0_lead_institution")
    if lead is not None and isinstance(lead.value, str) and lead.value.strip():
        return str(lead.value).strip()
    return own_name(answers, "nso")


def render_report_pdf(context, out_path, progress=None, cancelled=None, *, pages: dict | None = None) -> Path:
    """Pure rendering (no database). Raises jobs.Cancelled on cancel (nothing left behind) and
    ServiceError with one readable line when the PDF cannot be written. ``pages``, when given, is
    filled with the page of each anchor of the PDF as laid out (what the Word copy's contents page
    prints: :func:`render_report_docx`'s ``pages``), so that writing both lays the report out once."""
    laid_out = None if pages is None else (lambda document: pages.update(anchor_pages(document)))
    try:
        return _render(context, Path(out_path), progress, cancelled, laid_out=laid_out)
    except ReportError as exc:
        raise ServiceError(str(exc)) from None


def export_report_pdf(store: Store | None, assessment_id: Any, out_path, *, lang: str = "en", blank: bool = False,
                      progress=None, cancelled=None, include_workbook: bool = False, partner: str | None = None) -> Path:
    """Write the report (or the blank questionnaire) of one assessment to ``out_path``.
    ``store`` may be None for a blank questionnaire without an assessment."""
    if store is not None:
        check_store_output(out_path, store, "the report")
    jobs.report(progress, 0.0, "reading")
    ctx = build_report_context(store, None, assessment_id, lang, blank, include_workbook=include_workbook,
                               partner=partner)
    jobs.check(cancelled)
    return render_report_pdf(ctx, out_path, progress, cancelled)


def export_report_from_database(db_path, assessment_id: Any, out_path, *, lang: str = "en",
                                progress=None, cancelled=None, include_workbook: bool = False,
                                partner: str | None = None) -> Path:
    """The GUI's report export, run in a worker process: open the database file read-only (the
    window keeps its own writer connection; every answer is already committed), read the
    assessment and its scores, and render. Nothing of it runs on the window's thread.
    ``partner``: that partner's edition of the funding request (as :func:`export_report_pdf`)."""
    with open_store(db_path, readonly=True) as store:
        return export_report_pdf(store, assessment_id, out_path, lang=lang, progress=progress,
                                 cancelled=cancelled, include_workbook=include_workbook, partner=partner)


def render_report_docx(context, out_path, progress=None, cancelled=None, *, template=None,
                       pages: dict | None = None) -> Path:
    """The Word document of ``context`` (no database); refusals as :func:`render_report_pdf`'s.
    ``pages``: the same report's PDF pages of its anchors (None: laid out here to read them).
    reports/docx.py (python-docx, lxml) loads here, when a Word copy is asked."""
    from ..reports.docx import render_report_docx as _render_docx

    try:
        return _render_docx(context, Path(out_path), progress, cancelled, template=template, pages=pages or None)
    except ReportError as exc:
        raise ServiceError(str(exc)) from None


def export_report_docx(store: Store, assessment_id: Any, out_path, *, lang: str = "en", template=None,
                       progress=None, cancelled=None, partner: str | None = None) -> Path:
    """Write the report of one assessment as a Word document to ``out_path``, its styles from
    ``template`` (a .docx; None: the ``word_template`` preference when it names a file, else the
    bundled template; docs/word-report.md)."""
    check_store_output(out_path, store, "the report")
    if template is None:
        template = word_template(store)
    elif not Path(template).is_file():
        raise ServiceError(f"the Word template {template} is not a file")
    jobs.report(progress, 0.0, "reading")
    ctx = build_report_context(store, None, assessment_id, lang, partner=partner)
    jobs.check(cancelled)
    return render_report_docx(ctx, out_path, progress, cancelled, template=template)


def export_report_files(store: Store, assessment_id: Any, *, pdf_path=None, docx_path=None, lang: str = "en",
                        template=None, include_workbook: bool = False, partner: str | None = None,
                        period: str | None = None) -> list[Path]:
    """The report as a PDF, a Word document or both (``report --pdf F --docx G``; with ``period``
    the implementation report of that period). With both, the report is laid out once: the PDF is
    written first and hands the pages of its chapters to the Word copy's contents page, which would
    otherwise lay the same report out again to read them. Returns the files written."""
    for path in (pdf_path, docx_path):
        if path:
            check_store_output(path, store, "the report")
    if docx_path:
        if template is None:
            template = word_template(store)
        elif not Path(template).is_file():
            raise ServiceError(f"the Word template {template} is not a file")

    def context(workbook: bool):
        if period is not None:
            return progress_report_context(store, assessment_id, period, lang)
        return build_report_context(store, None, assessment_id, lang, include_workbook=workbook, partner=partner)

    written: list[Path] = []
    pages: dict[str, int] = {}
    ctx = context(include_workbook)
    if pdf_path:
        written.append(render_report_pdf(ctx, pdf_path, pages=pages if docx_path else None))
    if docx_path:
        if include_workbook and pdf_path:  # the Word copy carries its data as its own attachments
            ctx = context(False)
        written.append(render_report_docx(ctx, docx_path, template=template, pages=pages or None))
    return written


def word_template(store: Store) -> str | None:
    """The ministry's Word template the ``word_template`` preference names, None when it names
    none (a preference naming a file that is gone is refused: the report would not look as agreed)."""
    name = str(store.preference("word_template", "") or "").strip()  # Preferences (services.settings)
    if not name:
        return None
    if not Path(name).is_file():
        raise ServiceError(f"the Word template {name} (the word_template preference) is not a file")
    return name


def export_report_docx_from_database(db_path, assessment_id: Any, out_path, *, lang: str = "en",
                                     progress=None, cancelled=None, partner: str | None = None) -> Path:
    """The GUI's Word export, run in a worker process (as :func:`export_report_from_database`)."""
    with open_store(db_path, readonly=True) as store:
        return export_report_docx(store, assessment_id, out_path, lang=lang, progress=progress,
                                  cancelled=cancelled, partner=partner)


# --- the implementation report (report ID --progress PERIOD) ----------------------------------

def progress_report_context(store: Store, assessment_id: Any, period: str, lang: str = "en", *,
                            today: str | _dt.date | None = None) -> Any:
    """The report context of the implementation report of ``period``: the assessment's cover and
    the plan's validation record, and ``progress`` (``reports.plan.progress``), which makes the
    document that report."""
    from dataclasses import replace as _replace

    a = get_assessment(store, assessment_id)
    s = progress_summary(store, a.id, period, today=today)
    ctx = build_report_context(store, None, a.id, lang)
    # the plan's currency and rates (the execution rates in one currency), every entry (the partners'
    # execution since the plan began) and every value with the chain (each indicator's series)
    # and the planning unit's own words: its summary, the decisions asked, each action's measure
    report = progress_report(s, lang, ctx.s, finance=store.plan_finance(a.id), entries=store.action_progress(a.id),
                             values=store.indicator_values(a.id), chain=store.results_chain(a.id),
                             words=store.period_report(a.id, s.period),
                             measures={m.action_id: m for m in store.corrective_measures(a.id, s.period)})
    # it reports on the plan the government validated, not on the assessment: a DRAFT only while
    # the plan is not validated, whatever the assessment's own status
    draft = "" if store.plan_validation(a.id) is not None else ctx.s["draft_mark"]
    return _replace(ctx, progress=report, title=f"{ctx.country}: {report.title}", subject=report.title,
                    draft=draft)


def export_progress_pdf(store: Store, assessment_id: Any, period: str, out_path: Any, *, lang: str = "en",
                        progress: Any = None, cancelled: Any = None) -> Any:
    """Write the implementation report of ``period`` as a PDF (the report's one pipeline)."""
    check_store_output(out_path, store, "the report")
    return render_report_pdf(progress_report_context(store, assessment_id, period, lang), out_path, progress, cancelled)


def export_progress_docx(store: Store, assessment_id: Any, period: str, out_path: Any, *, lang: str = "en",
                         template: Any = None, progress: Any = None, cancelled: Any = None) -> Any:
    """The same report as a Word document (its styles from ``template``, as the country report's)."""
    check_store_output(out_path, store, "the report")
    return render_report_docx(progress_report_context(store, assessment_id, period, lang), out_path, progress,
                              cancelled, template=template if template is not None else word_template(store))


__all__ = ["build_report_context", "plan_partners", "known_partner", "render_report_pdf", "export_report_pdf", "export_report_from_database",
           "render_report_docx", "export_report_docx", "export_report_docx_from_database", "word_template",
           "export_report_files",
           "export_progress_pdf", "export_progress_docx", "progress_report_context"]
