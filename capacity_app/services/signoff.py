"""The national statistics office's sign-off (issue 32): "validate for the national statistics
office" records who validated the assessment (name, position, institution) and on which date, and
moves it to final; a final assessment is read-only (``services.base.editable``) until it is
reopened, with the reason recorded. The window, the command line (``capacity-app signoff`` /
``reopen``), ``services.assessments.set_status`` and an import write through here."""
from __future__ import annotations

from typing import Any

from ..domain.assessment import FINAL, IN_PROGRESS
from ..domain.signoff import SignOff, SignOffEvent, reason_problem, signoff_problem, standing
from ..storage.db import StorageError
from ..storage.store import Store
from .base import AssessmentFinal, ServiceError, get_assessment, storage_refusal
from .changes import Changes


def sign_off(store: Store, assessment_id: Any, name: str, position: str, institution: str,
             date: str) -> Changes:
    """Validate the assessment for the national statistics office: the sign-off recorded (now, by
    the operator) and the status final, in one transaction with one history row. Refused when a
    field is missing or wrong, when the assessment is in the trash or already final."""
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


__all__ = ["reopen", "sign_off", "signoff_record"]
