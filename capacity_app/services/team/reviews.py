"""Reviewing answers: a supervisor marks each answer validated, needing follow-up or
disputed, with a note (``domain.review``); the window, the command line (``capacity-app review``)
and an import write through here. A review stands while the answer is the one reviewed: a changed
answer is "not reviewed" again."""
from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ...domain.team import review as rv
from ...storage.clock import now_iso
from ...storage.db import StorageError
from ...storage.store import Store
from ..base import ServiceError, editable, get_assessment, storage_refusal, text_kept_within
from ..changes import Changes
from ..differences import Difference

if TYPE_CHECKING:
    from ...domain.answers import Answer
    from ...exchange.workbook.review_sheet import ReviewsRead
    from ...domain.questionnaire import Questionnaire


@dataclass(frozen=True)
class Reviewed:
    """A review written: the unit, the review as stored (None: back to not reviewed), when, and
    the changes to publish."""

    unit: str
    review: rv.Review | None
    at: str
    assessment_id: int

    @property
    def changes(self) -> Changes:
        return Changes(self.assessment_id, frozenset({self.unit}), reviews=True)


def unit_of(q: Questionnaire, key: str) -> str:
    """The review unit ``key`` names (a question, a grid row or cell, a matrix cell or field), or a
    refusal saying what can be reviewed."""
    unit = rv.review_unit(q, key)
    if unit is None:
        item = q.item(key.split(".")[0])
        if item is not None and item.type == "grid":
            first = item.rows[0].code if item.rows else "ROW"
            raise ServiceError(f"{key}: review a grid row by row ({item.id}.{first})")
        if item is not None and item.type == "matrix":
            raise ServiceError(f"{key}: review the matrix cell by cell ({item.id}.A.CEN)")
        raise ServiceError(f"{key}: unknown item id (review a question's id, a grid row ITEM.ROW or a "
                           "matrix cell ITEM.PQ.SOURCE)")
    return unit


def set_review(store: Store, q: Questionnaire, assessment_id: Any, key: str, status: str, note: str = "",
               reviewer: str | None = None) -> Reviewed:
    """Record the review of the answer ``key`` names (its unit: :func:`unit_of`) by ``reviewer``
    (the operator by default), now, with a history row: ``status`` validated, follow_up or
    disputed, or not_reviewed (the review withdrawn). Refused on a final assessment (read-only
    until reopened)."""
    unit = unit_of(q, key)
    note = (note or "").strip()
    reviewer = None if reviewer is None else reviewer.strip()
    problem = rv.review_problem(status, note, reviewer or "")
    if problem:
        raise ServiceError(f"{unit}: {problem}")
    a = editable(store, assessment_id)
    try:
        fingerprint = rv.unit_fingerprint(q, store.answers(a.id), unit)
        with text_kept_within(store, a.id):  # whatever is accepted can be exported
            saved = store.save_review(a.id, unit, status, note, fingerprint, reviewer=reviewer or None)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return Reviewed(unit, saved, saved.at if saved is not None else "", a.id)


def validate_section(store: Store, q: Questionnaire, assessment_id: Any, section_id: str) -> Changes:
    """Validate at once every answer of a section that is not reviewed yet: those
    needing follow-up or disputed stay as they are. One transaction, a history row per review.
    Refused on a final assessment."""
    a = editable(store, assessment_id)
    if q.section(section_id) is None:
        raise ServiceError(f"{section_id[:20]!r}: no such section")
    try:
        answers = store.answers(a.id)
        current = store.reviews(a.id)
        stamp, who = now_iso(), store.operator
        done = dict(current)
        units = []
        for unit in rv.answered_units(q, answers):
            item = q.item(unit.split(".")[0])
            if item is None or item.section_id != section_id:
                continue
            fingerprint = rv.unit_fingerprint(q, answers, unit)
            if rv.effective(current.get(unit), fingerprint) != rv.NOT_REVIEWED:
                continue
            done[unit] = rv.Review(unit, rv.VALIDATED, who, stamp, "", fingerprint)
            units.append(unit)
        if units:
            store.replace_reviews(a.id, done.values(), note=f"section {section_id} validated")
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return replace(Changes(a.id, frozenset(units)), reviews=True)


@dataclass(frozen=True)
class ReviewState:
    """An assessment's reviews as read: the stored reviews, the coverage over the answers given
    and the units to follow up (disputed, then needing follow-up)."""

    reviews: dict[str, rv.Review]
    coverage: rv.Coverage
    follow_up: list[rv.UnitReview]

    def to_dict(self) -> dict[str, Any]:
        return {"coverage": self.coverage.to_dict(),
                "follow_up": [{"unit": u.unit, "status": u.status, "reviewer": u.review.reviewer if u.review else "",
                               "at": u.review.at if u.review else "", "note": u.review.note if u.review else ""}
                              for u in self.follow_up]}


def review_state(store: Store, q: Questionnaire, assessment_id: Any, answers: dict | None = None) -> ReviewState:
    """The reviews of an assessment with their coverage (``answers``: those already read)."""
    a = get_assessment(store, assessment_id)
    try:
        reviews = store.reviews(a.id)
        answers = answers if answers is not None else store.answers(a.id)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return ReviewState(reviews, rv.coverage(q, answers, reviews), rv.to_follow_up(q, answers, reviews))


def unit_rows(store: Store, q: Questionnaire, assessment_id: Any) -> list[dict[str, Any]]:
    """Every reviewed unit, and every answered one, with its review now (JSON-ready, in the
    questionnaire's order)."""
    a = get_assessment(store, assessment_id)
    answers = store.answers(a.id)
    reviews = store.reviews(a.id)
    wanted = set(rv.answered_units(q, answers)) | set(reviews)
    rows = []
    for unit in rv.units(q):
        if unit not in wanted:
            continue
        shown = rv.unit_review(q, answers, reviews, unit)
        r = shown.review
        rows.append({"unit": unit, "status": shown.status, "changed_since_review": shown.changed_since,
                     "reviewer": r.reviewer if r else "", "at": r.at if r else "", "note": r.note if r else ""})
    return rows


# --- in an import -------------------------------------------------------------------------------
# a review's line in an import's differences is keyed "review:<unit>" (a unit may be an answer key)
REVIEW_PREFIX = "review:"


def review_key(unit: str) -> str:
    return f"{REVIEW_PREFIX}{unit}"


def is_review_key(key: str) -> bool:
    return key.startswith(REVIEW_PREFIX)


def review_text(r: rv.Review | None) -> str:
    """A review in one line (English, as a Difference carries it): "disputed (A. Supervisor,
    2026-03-01T10:00:00+00:00): the note"."""
    if r is None:
        return ""
    who = ", ".join(x for x in (r.reviewer, r.at) if x)
    return f"{r.status}{f' ({who})' if who else ''}{f': {r.note}' if r.note else ''}"


def _same(ours: rv.Review | None, theirs: rv.Review | None) -> bool:
    if ours == theirs:
        return True
    if ours is None or theirs is None or theirs.at:
        return False
    # a review typed in the spreadsheet (no time): the same when it says what ours says
    return (ours.status, ours.reviewer, ours.note) == (theirs.status, theirs.reviewer, theirs.note)


def review_differences(current: Mapping[str, rv.Review], read: ReviewsRead) -> list[Difference]:
    """The reviews an import would change, one line per unit: a review changed here since the
    workbook's export (ours no longer matches its Row check) is marked ``newer_here`` and kept
    unless chosen. A unit the workbook does not list keeps its review."""
    from ...exchange.workbook.review_sheet import review_check  # an import's: not loaded with the window

    out = []
    for unit, theirs in read.reviews.items():
        ours = current.get(unit)
        if _same(ours, theirs):
            continue
        newer = ours is not None and review_check(ours) != read.exported.get(unit, "")
        kind = "added" if ours is None else ("removed" if theirs is None else "changed")
        out.append(Difference(kind, review_key(unit), read.cell(unit), "review", review_text(ours),
                              review_text(theirs), newer_here=newer, changed_at=ours.at if newer and ours else ""))
    return out


def merged_reviews(q: Questionnaire, current: Mapping[str, rv.Review], read: ReviewsRead,
                   answers: Mapping[str, Answer], keep: Collection[str] = ()) -> list[rv.Review]:
    """The reviews after an import: the workbook's where it changed one, except the units named
    in ``keep`` ("review:<unit>"); a review typed in the spreadsheet judges the answer imported
    (its fingerprint taken from ``answers``) and is dated now."""
    out = dict(current)
    stamp = now_iso()
    for unit, theirs in read.reviews.items():
        if review_key(unit) in keep or _same(current.get(unit), theirs):
            continue
        if theirs is None:
            out.pop(unit, None)
            continue
        if not theirs.answer_check:
            theirs = replace(theirs, answer_check=rv.unit_fingerprint(q, answers, unit))
        out[unit] = theirs if theirs.at else replace(theirs, at=stamp)
    return list(out.values())


__all__ = ["ReviewState", "Reviewed", "review_state", "set_review", "unit_of", "unit_rows", "is_review_key", "merged_reviews",
           "validate_section",
           "review_differences", "review_key", "review_text"]
