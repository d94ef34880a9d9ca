"""The national statistics office's sign-off: "validate for the national statistics
office" records who validated the assessment (name, position, institution) and on which date, and
moves it to final; a final assessment is read-only (``services.base.editable``) until it is
reopened, with the reason recorded. The window, the command line (``capacity-app signoff`` /
``reopen``), ``services.assessments.set_status`` and an import write through here.

A validation is a checked act: :func:`readiness` reads what it would rest on
(completeness against the method's threshold, answers not reviewed, follow-ups, disputed answers,
documents cited as evidence and not attached); below the threshold or with a follow-up open it is
refused, otherwise what stands open is written into the validation's record (and so the report's
cover and the workbook)."""
from __future__ import annotations

from typing import Any

from ...catalog.loader import load_bundled
from ...domain.assessment import FINAL, IN_PROGRESS
from ...domain.labels import COMPLETENESS_THRESHOLD
from ...domain.questionnaire import Questionnaire
from ...domain.team.signoff import (
    Readiness,
    SignOff,
    SignOffEvent,
    last_review,
    last_validation,
    readiness as _readiness,
    reason_problem,
    review_signoff_problem,
    signoff_problem,
    standing,
    standing_review,
)
from ...storage.db import StorageError
from ...storage.store import Store
from ..base import AssessmentFinal, ServiceError, get_assessment, storage_refusal
from ..changes import Changes
from ..scoring import score_assessment


def readiness(store: Store, assessment_id: Any, questionnaire: Questionnaire | None = None,
              lang: str = "en") -> Readiness:
    """What a validation of the assessment would rest on now: the window's sign-off
    dialog shows it, ``capacity-app signoff --check`` prints it, :func:`sign_off` checks it."""
    a = get_assessment(store, assessment_id)
    q = questionnaire or load_bundled()
    try:
        answers = store.answers(a.id)
        reviews = store.reviews(a.id)
        attached = {d.target for d in store.attachments(a.id)}
        events = store.signoff_events(a.id)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    scores = score_assessment(store, q, a.id, lang)
    return _readiness(q, answers, reviews, attached, completeness=scores.completeness_shown,
                      threshold=round(100 * COMPLETENESS_THRESHOLD, 1), provisional=scores.provisional,
                      provisional_reasons=scores.no_band_reasons, events=events)


def sign_off_reviews(store: Store, assessment_id: Any, name: str, position: str, institution: str,
                     date: str, *, questionnaire: Questionnaire | None = None) -> Changes:
    """The supervisor's review sign-off, distinct from the national statistics office's
    validation: the supervisor named here (never the laptop's operator, who is recorded as who
    entered it) certifies that every answer given was reviewed; what stands open (disputed answers,
    documents cited and not attached, a provisional score) is written into the record. One
    transaction with one history row; the status stays. Refused when a field is missing or wrong,
    the assessment is in the trash or final, nothing is answered, an answer is not reviewed or a
    follow-up is open."""
    a = get_assessment(store, assessment_id)
    s = SignOff(" ".join(name.split()), " ".join(position.split()), " ".join(institution.split()), date.strip())
    problem = review_signoff_problem(s)
    if problem:
        raise ServiceError(problem)
    if a.deleted:
        raise ServiceError(f"assessment {a.id} is in the trash: restore it to sign its reviews off")
    if a.status == FINAL:
        raise AssessmentFinal(f"assessment {a.id} ({a.country} {a.round}) is final: the reviews are signed off "
                              "before the validation; reopen it (with a reason) to sign them off again")
    ready = readiness(store, a.id, questionnaire)
    refused = ready.review_refusal()
    if refused:
        raise ServiceError(f"the reviews of assessment {a.id} ({a.country} {a.round}) cannot be signed off yet: "
                           f"{refused}")
    s = SignOff(s.name, s.position, s.institution, s.date, open_points=ready.review_open_points())
    try:
        store.record_review_signoff(a.id, s)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return Changes.of_assessment(a.id)




def sign_off(store: Store, assessment_id: Any, name: str, position: str, institution: str,
             date: str, *, questionnaire: Questionnaire | None = None) -> Changes:
    """Validate the assessment for the national statistics office: the sign-off recorded (now, by
    the operator) with what stands open (:func:`readiness`) and the status final, in one transaction
    with one history row. Refused when a field is missing or wrong, when the assessment is in the
    trash or already final, below the method's completeness threshold or with a follow-up open."""
    a = get_assessment(store, assessment_id)
    s = SignOff(" ".join(name.split()), " ".join(position.split()), " ".join(institution.split()), date.strip())
    problem = signoff_problem(s)
    if problem:
        raise ServiceError(problem)
    if a.deleted:
        raise ServiceError(f"assessment {a.id} is in the trash: restore it to validate it")
    if a.status == FINAL:
        raise AssessmentFinal(f"assessment {a.id} ({a.country} {a.round}) is already final: reopen it (with a "
                              "reason) to validate it again")
    ready = readiness(store, a.id, questionnaire)
    refused = ready.refusal()
    if refused:
        raise ServiceError(f"assessment {a.id} ({a.country} {a.round}) cannot be validated yet: {refused}")
    s = SignOff(s.name, s.position, s.institution, s.date, open_points=ready.open_points())
    try:
        store.record_signoff(a.id, s, FINAL)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return Changes.of_assessment(a.id)


def reopen(store: Store, assessment_id: Any, reason: str, status: str = IN_PROGRESS) -> Changes:
    """Reopen a final assessment (status ``status``, in progress by default) with the reason,
    recorded with who and when in one transaction with one history row. Refused without a reason
    or when the assessment is not final."""
    a = get_assessment(store, assessment_id)
    if a.status != FINAL:
        raise ServiceError(f"assessment {a.id} ({a.country} {a.round}) is not final: nothing to reopen")
    if status == FINAL:
        raise ServiceError("reopening sets the status to draft or in progress")
    reason = reason.strip()
    problem = reason_problem(reason)
    if problem:
        raise ServiceError(f"assessment {a.id} is final: {problem}")
    try:
        store.record_reopening(a.id, reason, status)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return Changes.of_assessment(a.id)


def signoff_record(store: Store, assessment_id: Any) -> tuple[SignOff | None, list[SignOffEvent]]:
    """The sign-off that stands (None: not validated, or reopened since) and every validation and
    reopening, oldest first."""
    a = get_assessment(store, assessment_id)
    try:
        events = store.signoff_events(a.id)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return standing(events, a.status), events


def review_record(store: Store, assessment_id: Any) -> tuple[SignOff | None, SignOff | None]:
    """The supervisor's review sign-off that stands (None: none, or withdrawn by a reopening) and
    the last one recorded (a new one starts from it)."""
    a = get_assessment(store, assessment_id)
    try:
        events = store.signoff_events(a.id)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return standing_review(events), last_review(events)


__all__ = ["last_validation", "readiness", "reopen", "review_record", "sign_off", "sign_off_reviews",
           "signoff_record"]
