"""Workbook exchange use cases: export and import (read, diff, apply); the aggregation of many
workbooks is ``services.aggregation`` (which needs none of the export's modules).

``build_export`` reads the database and the scores and encodes every answer with
``exchange.codec``; the writing, reading and aggregation live in ``capacity_app.exchange`` and never
touch the GUI's store. Import differences and applying are ``services.imports`` (re-exported here)."""
from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any

from .. import __version__
from ..catalog import countries
from ..domain.team import review as rv
from ..domain.answers import ANSWERED, Answer
from ..domain.assessment import default_title_in, is_default_title
from ..domain.labels import gap_type_label
from ..domain.editorial import code_colon_name, enumeration, semicolon_list
from ..domain.plan.validation import record_json as validation_record_json
from ..domain.team.signoff import (
    SIGNATURES_CHECK,
    changes_since_validation,
    record_json,
    signatures_check,
    signoff_json,
    standing,
    standing_review,
)
from ..domain.questionnaire import Questionnaire, tr
from ..domain.values import archived_entries, archived_rows
from ..domain.scoring import ScoreResult
from ..exchange.workbook import codec
from ..exchange.workbook.format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    RecommendationRow,
    ScoreRow,
    answers_checksum,
    canonical_json,
    is_meaningful,
    row_check,
)
from ..exchange.workbook import export as _export
from ..exchange.workbook import importer as _importer
from ..exchange.workbook.export import AnswerRow, ExportData
from ..exchange.workbook.format import scores_checksum
from ..exchange.workbook.importer import ImportPlan, WorkbookError
from ..exchange.workbook.review_sheet import ReviewRow
from ..exchange.workbook.changes_sheet import ChangeRow
from ..storage.actionplan import plan_checks
from ..storage.store import Store
from .assessments import questionnaire_for
from .base import check_language, get_assessment
from .imports import Difference, Imported, apply_import, diff_import, final_refusal, read_untrusted
from .outputs import check_store_output
from .scoring import score_assessment


# re-exported as they are: one Cancelled type (capacity_app.jobs) runs through every layer, and the
# GUI's worker process finds write_workbook by its registered name (services.workers.tasks.WORKERS)
write_workbook = _export.write_workbook
read_workbook = _importer.read_workbook


# --- export ----------------------------------------------------------------------------------

def _exported(q: Questionnaire, key: str) -> bool:
    """An answer key of this questionnaire, or a grid, the matrix or a note as a whole."""
    if q.resolve_key(key) is not None:
        return True
    item = q.item(key)
    return item is not None and item.type in codec.COMMENT_ONLY_ITEMS


def _plan_parts(store: Store, aid: int, data: ExportData) -> None:
    """The action plan, its money settings and validation, its results chain and its
    progress."""
    data.actions = store.action_plan(aid)
    data.finance = store.plan_finance(aid)
    data.validation, data.results = store.plan_validation(aid), store.results_chain(aid)
    data.request = store.plan_request(aid)
    data.progress = store.action_progress(aid)
    data.indicator_values = store.indicator_values(aid)
    data.period_reports = store.period_reports(aid)
    data.measures = store.corrective_measures(aid)


def _signature_meta(store: Store, a: Any, meta: dict[str, Any], validation: Any) -> None:
    """The Metadata's sign-offs, their record, and the check over them, the plan's validation and
    the answers they cover (docs/workbook-format.md, *Signatures*)."""
    events = store.signoff_events(a.id)
    meta["signoff"] = signoff_json(standing(events, a.status))
    meta["review_signoff"] = signoff_json(standing_review(events))
    meta["signoff_record"] = record_json(events, [c.key for c in changes_since_validation(store.history(a.id))[1]]
                                         if events else [])
    meta[SIGNATURES_CHECK] = signatures_check(a.uid, str(meta["answers_sha256"]), str(meta["signoff"]),
                                              str(meta["review_signoff"]), validation_record_json(validation))


def build_export(store: Store, q: Questionnaire, assessment_id: int, lang: str = "en") -> ExportData:
    """Read everything a workbook shows (database reads only; plain data out)."""
    a = get_assessment(store, assessment_id)
    stored = store.answers(a.id)
    answers = {k: v for k, v in stored.items() if _exported(q, k) and is_meaningful(v)}
    c = countries.lookup(a.country)
    country_name = countries.localized_name(c, lang) if c else a.country
    meta = {
        "format": FORMAT_NAME, "format_version": FORMAT_VERSION,
        "questionnaire_id": q.id, "questionnaire_version": q.version,
        "questionnaire_hash": q.content_hash, "app_version": __version__,
        "assessment_uid": a.uid, "country_iso3": a.country, "country_name": country_name,
        "title": shown_title(a.title, a.round, country_name, lang),
        "m49": a.m49 or (c.m49 if c else ""), "region": c.region if c else "",
        "sub_region": c.sub_region if c else "", "round": int(a.round), "status": a.status,
        "mission_start": a.mission_start, "mission_end": a.mission_end,
        "reference_date": a.reference_date,
        "institutions": "\n".join(f"{i.name} | {i.role}" if i.role else i.name for i in a.institutions),
        "language": lang,
        "exported_at": _dt.datetime.now(_dt.UTC).isoformat(timespec="milliseconds"),
        "operator": store.operator or "", "answer_count": len(answers),
        "answers_sha256": answers_checksum(answers),
    }
    rows: list[AnswerRow] = []
    pq_label = {p.code: tr(p.label, lang) for p in q.policy_questions}
    src_label = {s.code: tr(s.label, lang) for s in q.sources}
    of_field: dict[int, tuple] = {}  # id(field) -> (allowed text, validation, as text); q keeps its fields
    for item in q.items():
        whole = answers.get(item.id) if item.type in codec.COMMENT_ONLY_ITEMS else None
        if whole is not None:  # a comment or evidence on the grid, matrix or note as a whole
            cells = codec.encode_answer(None, whole)
            rows.append(AnswerRow(
                section=item.section_id, key=item.id, item=item.id, question=tr(item.label, lang),
                row="", field="", type=item.type, code=None, value_label="", dont_know="",
                not_applicable="", comment=cells.comment, evidence=cells.evidence,
                allowed="comment and evidence only", check=row_check(whole)))
        for key, fld, coords in q.keys(item):
            ans: Answer | None = answers.get(key)
            if item.type == "grid":
                row_obj = item.row(coords[0])
                question, row_label = tr(item.label, lang), tr(row_obj.label, lang) if row_obj else ""
                field_label = tr(fld.label, lang)
            elif item.type == "matrix":
                question = f"{coords[0]}. {pq_label.get(coords[0], '')}"
                row_label = code_colon_name(coords[1], src_label.get(coords[1], ""), lang)
                field_label = tr(fld.label, lang)
            else:
                question, row_label, field_label = tr(item.label, lang), "", ""
            value = ans.value if ans is not None and ans.status == ANSWERED else None
            cells = codec.encode_answer(fld, ans)
            per_field = of_field.get(id(fld))
            if per_field is None:  # a grid's field on each of its rows: what it allows said once
                per_field = of_field[id(fld)] = (codec.allowed_text(fld, lang), codec.validation_of(fld),
                                                 fld.type not in codec.NUMBER_TYPES)
            rows.append(AnswerRow(
                section=item.section_id, key=key, item=item.id, question=question, row=row_label,
                field=field_label, type=fld.type, code=cells.code,
                value_label=codec.value_label(fld, value, lang),
                dont_know=cells.dont_know, not_applicable=cells.not_applicable,
                comment=cells.comment, evidence=cells.evidence,
                allowed=per_field[0], check=row_check(ans), validation=per_field[1], as_text=per_field[2]))
    data = ExportData(
        meta=meta, lang=lang, answers=rows,
        sections=[(s.id, tr(s.label, lang)) for s in q.sections],
        policy_questions=[(p.code, tr(p.label, lang)) for p in q.policy_questions],
        sources=[(s.code, tr(s.label, lang)) for s in q.sources],
        matrix_main={f"{pq}.{src}" for (pq, src), rel in (q.matrix.relevance.items() if q.matrix else ())
                     if rel == "main"},
    )
    fill_scores(data, score_assessment(store, q, a.id, lang=lang, answers=stored), q, lang)
    meta["scores_sha256"] = scores_checksum(data.score_rows)
    _plan_parts(store, a.id, data)
    meta["plan_checks"] = canonical_json(plan_checks(data.actions, data.finance, data.validation, data.results,
                                                        data.request))
    _signature_meta(store, a, meta, data.validation)
    data.reviews = review_rows(q, stored, store.reviews(a.id), lang)
    data.changes = change_rows(q, store, a.id, stored)
    data.archived = archived_entries((a.settings or {}).get("archived_answers"))  # with their rows:
    data.archived_rows = archived_rows(data.archived, q, lang)  # the Archived answers sheet
    return data


def shown_title(title: str, round: int, country_name: str, lang: str) -> str:
    """The title a workbook in ``lang`` shows: the one made when none was typed as the language
    writes it (the report's cover does too; the importer reads it back as that default title),
    a title the user typed as typed."""
    if lang != "en" and is_default_title(title, round):
        return default_title_in(country_name, round, lang)
    return title


def change_rows(q: Questionnaire, store: Store, assessment_id: int, stored) -> list[ChangeRow]:
    """The Changes sheet (the team merge): each answer with a history here, who made its current
    version and when, and the versions it descends from, in the questionnaire's order."""
    from .provenance import provenances

    provs = provenances(store, assessment_id, stored)
    order: list[str] = []
    for item in q.items():  # as the Answers sheet: a grid or matrix as a whole first, then its keys
        if item.type in codec.COMMENT_ONLY_ITEMS:
            order.append(item.id)
        order.extend(key for key, _f, _c in q.keys(item))
    return [ChangeRow(k, p.by, p.at, p.check, p.earlier) for k in dict.fromkeys(order)
            if (p := provs.get(k)) is not None]


def review_rows(q: Questionnaire, answers, reviews, lang: str = "en") -> list[ReviewRow]:
    """The Review sheet: every unit answered or reviewed, in the questionnaire's order."""
    wanted = set(rv.answered_units(q, answers)) | set(reviews)
    return [ReviewRow(u, rv.unit_wording(q, u, lang), reviews.get(u)) for u in rv.units(q) if u in wanted]


def fill_scores(data: ExportData, result: ScoreResult, q: Questionnaire, lang: str) -> None:
    """Score rows, matrix levels and recommendations from the scoring engine's typed result."""
    # labels, not codes, in the language (the Kind column keeps its codes: what a reader matches);
    # reasons joined with the language's semicolon (domain/editorial.py)
    rows = [ScoreRow("overall", "", result.band_label, _num(result.overall_shown), status=result.band_label or "")]
    for sid, sec in result.sections.items():
        qsec = q.section(sid)
        label = sec.label or (tr(qsec.label, lang) if qsec else sid)
        rows.append(ScoreRow("section", sid, label, _num(sec.shown), notes=semicolon_list(sec.reasons, lang)))
    for letter, pq in result.policy_questions.items():
        rows.append(ScoreRow("policy_question", letter, pq.label, need=_num(pq.need),
                               availability=_num(pq.availability if pq.assessed else None),  # as the JSON
                               gap=_num(pq.gap), priority=_num(pq.priority),
                               gap_type=pq.gap_type_label, rank=pq.rank,
                               notes=semicolon_list(pq.reasons, lang)))
    for code, sdg in result.sdg.items():
        rows.append(ScoreRow("sdg", code, sdg.label, status=sdg.status_label, notes=""))
    data.score_rows = rows
    data.matrix_levels = {k: c.level for k, c in result.cells.items()}
    data.recommendation_rows = [
        RecommendationRow(r.priority, r.id, r.title, r.text, gap_type_label(r.gap_type, lang), r.section,
                          enumeration(r.policy_questions, lang))
        for r in result.recommendations]


def _num(v: Any) -> Any:
    if v is None or isinstance(v, bool):
        return None
    return float(v) if isinstance(v, (int, float)) else None


def export_workbook(store: Store, assessment_id: int, out_path, *, lang: str = "en",
                    progress=None, cancelled=None) -> Path:
    """Export one assessment as the UNSD exchange workbook."""
    check_language(lang)
    a = get_assessment(store, assessment_id)
    check_store_output(out_path, store, "the workbook")
    q = questionnaire_for(a, (lang,))
    data = build_export(store, q, a.id, lang)
    return write_workbook(data, out_path, progress, cancelled)


__all__ = [
    "build_export", "write_workbook", "export_workbook", "read_workbook", "read_untrusted", "diff_import",
    "apply_import", "final_refusal", "ImportPlan", "Difference", "Imported", "WorkbookError", "ExportData",
]
