"""Who answers what: the questions sent to each institution before the mission.

The defaults come from ``assessments/institutions.yaml`` (``catalog.institutions``); the officer
changes them per assessment (:func:`assign`: a section, question, grid row or matrix cell given to
or taken from an institution; stored with the assessment, a history row each) and says what each
request's cover tells the institution (:func:`set_request`: by when, whom to contact).
:func:`institution_items` is the one list an institution's workbook, its XLSForm and the import of
its reply are made from."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...catalog.institutions import InstitutionMapError, load_bundled_institution_map
from ...domain.institutions import asked as di
from ...domain.institutions import request_fields as rf
from ...domain.celltext import text_problem
from ...domain.dates import iso_date
from ...domain.mission import institution_named
from ...domain.questionnaire import Questionnaire, tr
from ...storage.db import StorageError
from ...storage.proposals import Request
from ...storage.store import Store
from ..base import ServiceError, editable, get_assessment, storage_refusal
from ..changes import Changes

CONTACT_MAX, REQUEST_NOTE_MAX = rf.CONTACT_MAX, rf.REQUEST_NOTE_MAX


def defaults(q: Questionnaire) -> di.InstitutionMap:
    """The bundled defaults checked against ``q`` (an empty map when ``q`` has no such file), or a
    refusal naming the first problem of the file."""
    try:
        return load_bundled_institution_map(q)
    except InstitutionMapError as exc:
        raise ServiceError(f"assessments/institutions.yaml: {exc.errors[0]}") from None


def assignment(store: Store, q: Questionnaire, assessment_id: Any) -> di.Assignment:
    """Who is asked what in the assessment: the defaults and the officer's changes."""
    a = get_assessment(store, assessment_id)
    try:
        return di.Assignment(defaults(q), store.institution_overrides(a.id))
    except StorageError as exc:
        raise storage_refusal(exc) from None


def check_institution(q: Questionnaire, institution: str) -> str:
    """``institution`` when the questionnaire knows it (an S0 institution row code), else a
    refusal listing those it knows."""
    codes = di.institution_codes(q)
    if institution not in codes:
        shown = repr(institution[:40])
        raise ServiceError(f"{shown} is not an institution of section S0 (one of {', '.join(codes)})")
    return institution


def institution_items(store: Store, q: Questionnaire, assessment_id: Any,
                      institution: str) -> list[di.InstitutionItem]:
    """The units ``institution`` is asked in the assessment, in questionnaire order, each with its
    answer keys (``domain.institutions.institution_items`` on :func:`assignment`)."""
    check_institution(q, institution)
    return di.institution_items(q, assignment(store, q, assessment_id), institution)


def assign(store: Store, q: Questionnaire, assessment_id: Any, target: str, institution: str,
           assigned: bool | None) -> Changes:
    """Give ``target`` (a section id ``S6C``, a question id, a grid row ``ITEM.ROW`` or a matrix
    cell ``s3_matrix.PQ.SOURCE``) to ``institution`` (True), take it away (False) or go back to
    the defaults (None), with a history row. Refused on a final assessment."""
    check_institution(q, institution)
    if di.target_kind(q, target) is None:
        raise ServiceError(f"{target[:80]!r}: name a section (S6C), a question (s5_strategy), a grid row "
                           "(s6c_registers.pop) or a matrix cell (s3_matrix.A.BOR)")
    a = editable(store, assessment_id)
    try:
        changed = store.save_override(a.id, target, institution, assigned)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return Changes(a.id, frozenset({target}) if changed else frozenset(), proposals=changed)


def requests(store: Store, q: Questionnaire, assessment_id: Any) -> dict[str, Request]:
    """What each institution's request says (by when, whom to contact); institutions without one
    are absent."""
    a = get_assessment(store, assessment_id)
    try:
        return store.institution_requests(a.id)
    except StorageError as exc:
        raise storage_refusal(exc) from None


def set_request(store: Store, q: Questionnaire, assessment_id: Any, institution: str, **values: str) -> Changes:
    """Record what ``institution``'s request says on its cover: each field of
    ``request_fields.REQUEST_FIELDS`` by its name (``deadline``: an ISO date, or empty; whom to
    ``contact``; a ``note``), one not given empty. Refused on a final assessment, or for a name no
    field has."""
    check_institution(q, institution)
    unknown = sorted(set(values) - set(rf.REQUEST_NAMES))
    if unknown:
        raise ServiceError(f"{unknown[0][:40]!r} is not a field of a request (one of {', '.join(rf.REQUEST_NAMES)})")
    checked = {f.name: _checked(f, institution, values.get(f.name, "")) for f in rf.REQUEST_FIELDS}
    a = editable(store, assessment_id)
    try:
        store.save_request(a.id, institution, checked)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return Changes(a.id, frozenset({institution}), proposals=True)


def _checked(f: rf.RequestField, institution: str, value: str) -> str:
    """``value`` of the field ``f`` stripped and checked: a date as YYYY-MM-DD, a text within its
    limit; else a refusal naming the field."""
    value = value.strip()
    if f.kind == "date":
        if value:
            try:
                value = iso_date(value)
            except ValueError as exc:
                raise ServiceError(f"{f.what}: {exc}") from None
        return value
    problem = text_problem(value, f.what, f.limit) if f.limit else text_problem(value, f.what)
    if problem:
        raise ServiceError(f"{institution}: {problem}")
    return value


@dataclass(frozen=True)
class InstitutionSummary:
    """One institution as the command line and the window list it: its key, label, how many
    units it is asked, and its request."""

    institution: str
    label: str
    units: int
    request: Request | None

    def to_dict(self) -> dict[str, Any]:
        return {"institution": self.institution, "label": self.label, "units": self.units,
                "request": self.request.to_dict() if self.request else None}


def summaries(store: Store, q: Questionnaire, assessment_id: Any, lang: str = "en") -> list[InstitutionSummary]:
    """Every institution of S0, in order, with how many units it is asked and its request; each
    labelled by its own name first and its kind (S0, ``domain.mission.named``), its kind alone when
    S0 gives no name."""
    a = assignment(store, q, assessment_id)
    counts = di.coverage(q, a)
    reqs = requests(store, q, assessment_id)
    try:
        answers = store.answers(get_assessment(store, assessment_id).id)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return [InstitutionSummary(code, institution_named(q, answers, code, lang) or tr(di.institution_label(q, code), lang),
                               counts.get(code, 0), reqs.get(code))
            for code in di.institution_codes(q)]


__all__ = ["InstitutionSummary", "assign", "assignment", "check_institution", "defaults", "institution_items",
           "requests", "set_request", "summaries"]
