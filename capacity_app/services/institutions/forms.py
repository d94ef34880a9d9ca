"""Institutions' workbooks out, their replies back as proposals.

:func:`export_institution_workbook` writes one institution's fillable workbook (only its questions,
in the assessment's language, what the mission already knows filled in, its request's cover);
:func:`export_institution_workbooks` one per institution into a folder, as a background job.
:func:`read_reply_untrusted` reads a returned file in a process with a memory and a time limit
(``exchange.isolation``), :func:`import_reply` matches it to its assessment and form and stores
every value as a proposal (``services.proposals``): a wrong institution's file, an old form, a
protected cell edited or a value outside its list is one line, and nothing is stored."""
from __future__ import annotations

import datetime as _dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ... import jobs
from ...catalog import countries
from ...domain.institutions import asked as di
from ...domain.languages import codes_text, LANGUAGES
from ...domain.mission import institution_named
from ...domain.institutions.proposals import NewProposal
from ...domain.questionnaire import Questionnaire, tr
from ...exchange.institutions import reply as _reply
from ...exchange.workbook.importer import ImportPlan, WorkbookError
from ...exchange.institutions.form import FORMAT, FORMAT_VERSION, FormData, build_rows
from ...exchange.institutions.workbook import write_institution_workbook
from ...exchange.outside.isolation import ChildFailed, run_isolated
from ...storage.db import StorageError
from ...storage.store import Store
from ..assessments import questionnaire_for
from ..base import ServiceError, get_assessment, storage_refusal
from .asked import assignment, check_institution, requests
from ..outputs import check_output_folder, check_store_output
from .proposals import Received, add_proposals

LANGUAGE_SETTING = "language"
InstitutionReply = _reply.InstitutionReply


def assessment_language(store: Store, assessment_id: Any, lang: str | None = None) -> str:
    """``lang`` when given, else the assessment's language (its settings' ``language``), else the
    language its reports are written in (the Preferences' report language), else English; refused
    when it is not one of the application's languages."""
    a = get_assessment(store, assessment_id)
    try:
        report_lang = store.preference("report_lang", None)
    except StorageError:
        report_lang = None
    chosen = lang or str(a.settings.get(LANGUAGE_SETTING) or report_lang or "en")
    if chosen not in LANGUAGES:
        raise ServiceError(f"unknown language {chosen[:10]!r} ({codes_text()})")
    return chosen


def build_form(store: Store, q: Questionnaire, assessment_id: Any, institution: str, lang: str) -> FormData:
    """What ``institution``'s workbook holds (database reads only; plain data out)."""
    check_institution(q, institution)
    a = get_assessment(store, assessment_id)
    try:
        items = di.institution_items(q, assignment(store, q, a.id), institution)
        answers = store.answers(a.id)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    if not items:
        raise ServiceError(f"{institution} is asked nothing in assessment {a.id}: give it questions first "
                           f"(capacity-app institutions {a.id} --institution {institution} --assign S6C)")
    rows = build_rows(q, items, answers, lang)
    req = requests(store, q, a.id).get(institution)
    c = countries.lookup(a.country)
    country = countries.localized_name(c, lang) if c else a.country
    keys = "\n".join(r.key for r in rows if r.key)
    meta = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "assessment_uid": a.uid, "country": a.country,
        "round": str(a.round), "questionnaire_id": q.id, "questionnaire_version": q.version,
        "questionnaire_hash": q.content_hash, "institution": institution, "language": lang,
        "form": hashlib.sha256(f"{a.uid}\n{institution}\n{q.version}\n{keys}".encode()).hexdigest()[:16],
        "made_at": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
    }
    # its own name first, its kind as its description ("Migración Colombia — autoridad migratoria")
    label = institution_named(q, answers, institution, lang) or tr(di.institution_label(q, institution), lang) \
        or institution
    return FormData(meta, lang, label, country, a.title or f"{a.country} {a.round}",
                    req.values() if req else {}, rows)


def export_institution_workbook(store: Store, assessment_id: Any, institution: str, out_path, *,
                                lang: str | None = None, progress=None, cancelled=None) -> Path:
    """Write ``institution``'s fillable workbook of the assessment to ``out_path`` (``lang``: the
    assessment's language by default)."""
    a = get_assessment(store, assessment_id)
    lang = assessment_language(store, a.id, lang)
    check_store_output(out_path, store, "the workbook")
    q = questionnaire_for(a)
    form = build_form(store, q, a.id, institution, lang)
    return write_institution_workbook(form, out_path, progress, cancelled)


def workbook_name(store: Store, assessment_id: Any, institution: str) -> str:
    """The file name of an institution's workbook: country, round, institution."""
    a = get_assessment(store, assessment_id)
    return f"{a.country}-{a.round}-{institution}.xlsx"


def export_institution_workbooks(store: Store, assessment_id: Any, folder, *, institutions: list[str] | None = None,
                                 lang: str | None = None, progress=None, cancelled=None) -> list[Path]:
    """One workbook per institution asked something (or per ``institutions``) into ``folder``,
    named by :func:`workbook_name`; a job (progress, cancel: the files already written stay, the one
    being written is never left half-written)."""
    a = get_assessment(store, assessment_id)
    q = questionnaire_for(a)
    lang = assessment_language(store, a.id, lang)
    folder = Path(folder)
    check_output_folder(folder, store.path, store.backup_dir, "the institutions' workbooks")
    counts = di.coverage(q, assignment(store, q, a.id))
    chosen = institutions if institutions is not None else [k for k, n in counts.items() if n]
    for i in chosen:
        check_institution(q, i)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for n, inst in enumerate(chosen):
        jobs.check(cancelled)
        part = jobs.scaled(progress, n / max(1, len(chosen)), (n + 1) / max(1, len(chosen)))
        written.append(export_institution_workbook(store, a.id, inst, folder / workbook_name(store, a.id, inst),
                                                   lang=lang, progress=part, cancelled=cancelled))
    jobs.report(progress, 1.0, "saved")
    return written


def read_reply_untrusted(path, q: Questionnaire, progress=None, cancelled=None) -> _reply.InstitutionReply | None:
    """A returned file read and checked in a child process with a memory and a time limit: the
    reply, None when the workbook is no institution form, or :class:`WorkbookError` (one line)."""
    try:
        return run_isolated(_reply.read_reply, str(path), q, path=str(path), progress=progress, cancelled=cancelled)
    except ChildFailed as exc:
        raise WorkbookError(str(path), [("", "", exc.reason)]) from None


def read_reply_or_plan_untrusted(path, q: Questionnaire, progress=None, cancelled=None
                                 ) -> _reply.InstitutionReply | ImportPlan:
    """:func:`read_reply_untrusted` and the exchange workbook's read (``services.imports.read_untrusted``)
    in one: an institution's reply, or any other workbook's import plan, from one read of the file
    in a child process with a memory and a time limit (an import reads it once, not twice)."""
    try:
        return run_isolated(_reply.read_reply_or_plan, str(path), q, path=str(path), progress=progress,
                            cancelled=cancelled)
    except ChildFailed as exc:
        raise WorkbookError(str(path), [("", "", exc.reason)]) from None


@dataclass(frozen=True)
class ReplyImported:
    """A reply imported (or, ``dry_run``, checked): the assessment, institution, respondent, the
    proposals (new, already there) and the answer cells left as sent."""

    assessment_id: int
    institution: str
    respondent: str
    proposals: int
    already: int
    unchanged: int
    received: Received | None

    @property
    def changes(self):
        from ..changes import Changes

        return self.received.changes if self.received is not None else Changes(self.assessment_id)


def match_reply(store: Store, reply: _reply.InstitutionReply, institution: str | None = None):
    """The assessment a reply belongs to and its questionnaire, or a refusal in one line: an
    assessment not in this database, another institution's file than the one expected, a form made
    for another version of the questionnaire."""
    where = Path(reply.path).name
    a = store.find_assessment(reply.uid) if reply.uid else None
    if a is None:
        raise ServiceError(f"{where}: a reply for an assessment not in this database ({reply.meta.get('country', '?')} "
                           f"{reply.meta.get('round', '?')}); nothing was imported")
    if a.deleted_at:
        raise ServiceError(f"{where}: a reply for assessment {a.id} ({a.country} {a.round}), which is in the trash: "
                           "restore it first; nothing was imported")
    q = questionnaire_for(a)
    if institution is not None and institution != reply.institution:
        raise ServiceError(f"{where}: this is the form sent to {reply.institution!r}, not to {institution!r} "
                           "(the wrong institution's file?); nothing was imported")
    check_institution(q, reply.institution)
    if reply.meta.get("questionnaire_version") != a.questionnaire_version or \
            reply.meta.get("questionnaire_id") != q.id:
        raise ServiceError(f"{where}: an old form (questionnaire {reply.meta.get('questionnaire_version', '?')[:20]}, "
                           f"the assessment now uses {a.questionnaire_version}): send {reply.institution} a new "
                           "form; nothing was imported")
    return a, q


def import_reply(store: Store, reply: _reply.InstitutionReply, *, institution: str | None = None,
                 dry_run: bool = False) -> ReplyImported:
    """Store every value of a checked reply as a proposal credited to its institution and
    respondent (``dry_run``: check only). All or nothing; no answer changes."""
    a, q = match_reply(store, reply, institution)
    respondent = reply.respondent + (f", {reply.role}" if reply.role else "")
    new = [NewProposal(v.key, reply.institution, v.status, v.value, v.comment, respondent[:200]) for v in reply.values]
    source = f"{Path(reply.path).name} (form {reply.meta.get('form', '?')} of {reply.meta.get('made_at', '?')})"
    lang = reply.meta.get("language", "en")
    if dry_run:
        from .proposals import check_proposal

        for n in new:
            check_proposal(q, n, lang if lang in LANGUAGES else "en")
        return ReplyImported(a.id, reply.institution, respondent, len(new), 0, reply.unchanged, None)
    received = add_proposals(store, q, a.id, new, source[:300], lang if lang in LANGUAGES else "en")
    return ReplyImported(a.id, reply.institution, respondent, len(received.ids), received.unchanged,
                         reply.unchanged, received)


__all__ = ["ReplyImported", "assessment_language", "build_form", "export_institution_workbook",
           "export_institution_workbooks", "import_reply", "match_reply", "read_reply_or_plan_untrusted", "read_reply_untrusted", "workbook_name"]
