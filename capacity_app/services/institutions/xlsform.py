"""The questionnaire as an XLSForm for ODK Central and KoboToolbox: the whole
questionnaire, or one institution's part, of one assessment (exchange/institutions/xlsform.py writes it)."""
from __future__ import annotations

from pathlib import Path

from ...domain.answers import ANSWERED
from ...domain.languages import LANGUAGES
from ...domain.institutions.asked import institution_label
from ...domain.questionnaire import Questionnaire, Text
from ...exchange.institutions.xlsform import (Form, FormSpec, Part, XLSFormError, build_form, whole, write_converted,
                                              write_xlsform)
from ...storage.store import Store
from ..assessments import questionnaire_for
from ..base import ServiceError, check_language, get_assessment
from .asked import institution_items
from ..outputs import check_output_folder, check_store_output

# the form's own labels, from the report's fixed texts (the blank questionnaire's cover)
_TEXTS = {"respondent": "blank_respondent", "position": "blank_position", "institution": "institution"}


def form_texts() -> dict[str, dict[str, str]]:
    from ...reports.format import all_strings

    strings = all_strings()
    return {name: {lang: strings[key].get(lang) or strings[key]["en"] for lang in LANGUAGES}
            for name, key in _TEXTS.items()}


def institution_part(store: Store, q: Questionnaire, assessment_id: int, institution: str) -> tuple[Part, Text | None]:
    """The part of the questionnaire ``institution`` is asked in this assessment (the officer's
    changes included: services.institutions) and its name (a text per language); the notes of the
    sections it is asked come along. Refused, one line, for an institution the questionnaire does
    not know or one asked nothing."""
    units = institution_items(store, q, assessment_id, institution)
    if not units:
        raise ServiceError(f"{institution}: this institution is asked no question in this assessment "
                           "(capacity-app institutions gives it some)")
    asked: dict[str, None] = {}
    rows: dict[str, list[str]] = {}
    cells: list[tuple[str, str]] = []
    for u in units:
        asked[u.item.id] = None
        if u.row is not None:
            rows.setdefault(u.item.id, []).append(u.row.code)
        elif u.policy_question is not None and u.source is not None:
            cells.append((u.policy_question.code, u.source.code))
    sections = {u.section_id for u in units}
    items = tuple(it.id for it in q.items() if it.id in asked or (it.type == "note" and it.section_id in sections))
    part = Part(items=items, rows={k: tuple(v) for k, v in rows.items()}, cells=tuple(cells))
    return part, institution_label(q, institution)


def build(store: Store, assessment_id, *, institution: str | None = None, lang: str = "en") -> Form:
    """The form of one assessment (reads only)."""
    check_language(lang)
    a = get_assessment(store, assessment_id)
    q = questionnaire_for(a)
    if institution:
        part, name = institution_part(store, q, a.id, institution)
    else:
        part, name = whole(q), None
    known = {k: ans.value for k, ans in store.answers(a.id).items() if ans.status == ANSWERED}
    spec = FormSpec(assessment_uid=a.uid, title=q.title, lang=lang, institution=institution or "",
                    institution_name=name, known=known, texts=form_texts())
    try:
        return build_form(q, part, spec)
    except XLSFormError as exc:
        raise ServiceError(str(exc)) from None


def export_xlsform(store: Store, assessment_id, out_path, *, institution: str | None = None, lang: str = "en",
                   progress=None, cancelled=None) -> tuple[Path, list[str]]:
    """Write the XLSForm of one assessment (the whole questionnaire, or ``institution``'s part) at
    ``out_path``, once pyxform has converted it; returns the path and the warnings: the
    translation's, then pyxform's."""
    check_store_output(out_path, store, "the form")
    form = build(store, assessment_id, institution=institution, lang=lang)
    try:
        done = write_converted(form, out_path, progress, cancelled)
    except XLSFormError as exc:
        raise ServiceError(str(exc)) from None
    return done.path, [*form.warnings, *done.warnings]


def export_xlsforms(store: Store, assessment_id, folder, *, lang: str = "en", progress=None,
                    cancelled=None) -> list[Path]:
    """Write into ``folder`` the XLSForm of the whole questionnaire and one per institution asked
    something (``<country>_<round>_xlsform_<institution|all>.xlsx``), each checked by pyxform; a job
    (``fn(progress, cancelled)``): a cancel removes the forms it wrote and raises ``Cancelled``.
    Refused whole, one line, before anything is written when a form cannot be made."""
    from ...domain.institutions.asked import institution_codes
    from ...jobs import Cancelled, check, report, scaled

    a = get_assessment(store, assessment_id)
    q = questionnaire_for(a)
    folder = Path(folder)
    check_output_folder(folder, store.path, store.backup_dir, "the forms")
    names = [""] + [i for i in institution_codes(q) if institution_items(store, q, a.id, i)]
    report(progress, 0.0, "making the forms")
    forms = []
    for inst in names:  # every form made (and refused) before one is written
        check(cancelled)
        forms.append((inst, build(store, a.id, institution=inst or None, lang=lang)))
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    try:
        for n, (inst, form) in enumerate(forms):
            out = folder / f"{a.country}_{a.round}_xlsform_{inst or 'all'}.xlsx"
            check_store_output(out, store, "the form")
            part = scaled(progress, 0.05 + 0.95 * n / len(forms), 0.05 + 0.95 * (n + 1) / len(forms))
            try:
                write_xlsform(form, out, part, cancelled)
            except XLSFormError as exc:
                raise ServiceError(f"{out.name}: {exc}") from None
            written.append(out)
    except (Cancelled, ServiceError):
        for p in written:
            p.unlink(missing_ok=True)
        raise
    report(progress, 1.0, "written")
    return written
