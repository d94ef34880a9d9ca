"""The supervisor's review of each answer, as plain data and pure rules.

What is reviewed is an *answer* as a person reads one: a question's answer, one row of a grid, one
cell of the policy question × source matrix (its "review unit": ``s2_need_a``,
``s0_institutions.nso``, ``s3_matrix.A.CEN``). A review says validated, needs follow-up or disputed,
by whom, when, with a note; it holds the fingerprint of the answer it judged (status and value of
every field of the unit), so a review stands only while the answer is the one reviewed: a changed
answer is "not reviewed" again, whatever path changed it (the window, the command line, an import, a
round copied), and no write needs code of its own for it.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..celltext import text_problem
from ..status import EMPTY

if TYPE_CHECKING:
    from ..answers import Answer
    from ..questionnaire import Questionnaire

NOT_REVIEWED, VALIDATED, FOLLOW_UP, DISPUTED = "not_reviewed", "validated", "follow_up", "disputed"
REVIEW_STATUSES = (NOT_REVIEWED, VALIDATED, FOLLOW_UP, DISPUTED)
# what a person sets (not reviewed is what remains when none is, or when the answer changed)
SET_STATUSES = (VALIDATED, FOLLOW_UP, DISPUTED)
# the reviews the follow-up lists name
TO_FOLLOW_UP = (DISPUTED, FOLLOW_UP)
NOTE_MAX = 4_000
REVIEWER_MAX = 200


@dataclass(frozen=True)
class Review:
    """A review as stored: ``unit`` (a review unit key), ``status`` (one of :data:`SET_STATUSES`),
    ``reviewer`` (the operator's name), ``at`` (when, as the store writes time stamps), ``note``
    and ``answer_check`` (:func:`unit_fingerprint` of the answer it judged)."""

    unit: str
    status: str
    reviewer: str = ""
    at: str = ""
    note: str = ""
    answer_check: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"unit": self.unit, "status": self.status, "reviewer": self.reviewer, "at": self.at,
                "note": self.note, "answer_check": self.answer_check}


def review_unit(q: Questionnaire, key: str) -> str | None:
    """The review unit of an answer key, or the unit itself: a simple item's id, a grid's
    ``item.row``, the matrix's ``item.pq.source``. None for anything else (a whole grid, a note, an
    unknown key)."""
    parts = key.split(".")
    item = q.item(parts[0])
    if item is None or item.type == "note":
        return None
    if item.type == "grid":
        if len(parts) in (2, 3) and item.row(parts[1]) is not None and \
                (len(parts) == 2 or item.column(parts[2]) is not None):
            return ".".join(parts[:2])
        return None
    if item.type == "matrix":
        if len(parts) in (3, 4) and q.policy_question(parts[1]) is not None and q.source(parts[2]) is not None \
                and (len(parts) == 3 or (q.matrix is not None and q.matrix.field(parts[3]) is not None)):
            return ".".join(parts[:3])
        return None
    return item.id if len(parts) == 1 else None


def unit_keys(q: Questionnaire, unit: str) -> list[str]:
    """The answer keys a unit holds, in display order."""
    parts = unit.split(".")
    item = q.item(parts[0])
    if item is None:
        return []
    if item.type == "grid":
        return [f"{unit}.{c.id}" for c in item.columns]
    if item.type == "matrix":
        return [f"{unit}.{f.id}" for f in (q.matrix.fields if q.matrix is not None else ())]
    return [unit]


def units(q: Questionnaire) -> Iterator[str]:
    """Every review unit of the questionnaire, in its order."""
    for item in q.items():
        if item.type == "grid":
            yield from (f"{item.id}.{r.code}" for r in item.rows)
        elif item.type == "matrix":
            yield from (f"{item.id}.{pq.code}.{src.code}" for pq in q.policy_questions for src in q.sources)
        elif item.type != "note":
            yield item.id


def unit_wording(q: Questionnaire, unit: str, lang: str = "en") -> str:
    """A unit as a person reads it: the question; a grid's question and row; the matrix's policy
    question and source ("A. Stock of immigrants — CEN: Population census")."""
    from ..questionnaire import tr

    parts = unit.split(".")
    item = q.item(parts[0])
    if item is None:
        return unit
    if item.type == "grid" and len(parts) >= 2:
        row = item.row(parts[1])
        return f"{tr(item.label, lang)} — {tr(row.label, lang) if row else parts[1]}"
    if item.type == "matrix" and len(parts) >= 3:
        pq, src = q.policy_question(parts[1]), q.source(parts[2])
        return (f"{parts[1]}. {tr(pq.label, lang) if pq else ''} — "
                f"{parts[2]}: {tr(src.label, lang) if src else ''}")
    return tr(item.label, lang)


def unit_fingerprint(q: Questionnaire, answers: Mapping[str, Answer], unit: str) -> str:
    """A short hash of what the unit answers (status and value of each of its keys given): what a
    review judged. Comments and evidence are not part of it (a typo corrected in a comment does not
    undo a validation)."""
    given = []
    for key in unit_keys(q, unit):
        a = answers.get(key)
        if a is not None and a.status != EMPTY:
            given.append([key, a.status, a.value])
    import hashlib  # OpenSSL's library loads with the first fingerprint, not with the window

    text = json.dumps(given, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def answered_units(q: Questionnaire, answers: Mapping[str, Answer]) -> list[str]:
    """The units with at least one answer given (a value, don't know or not applicable), in the
    questionnaire's order: what review coverage counts."""
    found = set()
    for key, a in answers.items():
        if a.status != EMPTY:
            unit = review_unit(q, key)
            if unit is not None:
                found.add(unit)
    return [u for u in units(q) if u in found]


def effective(review: Review | None, fingerprint: str) -> str:
    """The status a unit has now: its review's, while the answer is the one reviewed; else not
    reviewed."""
    if review is None or review.answer_check != fingerprint:
        return NOT_REVIEWED
    return review.status


@dataclass(frozen=True)
class UnitReview:
    """A unit's review as shown: the status now, the review (None: never reviewed) and whether the
    answer changed since it was reviewed (the review then no longer stands)."""

    unit: str
    status: str
    review: Review | None = None
    changed_since: bool = False


def unit_review(q: Questionnaire, answers: Mapping[str, Answer], reviews: Mapping[str, Review],
                unit: str) -> UnitReview:
    r = reviews.get(unit)
    if r is None:
        return UnitReview(unit, NOT_REVIEWED)
    status = effective(r, unit_fingerprint(q, answers, unit))
    return UnitReview(unit, status, r, changed_since=status == NOT_REVIEWED)


@dataclass(frozen=True)
class Coverage:
    """Review coverage over the answers given: how many are validated, need follow-up, are
    disputed or are not reviewed (``total`` answers given)."""

    total: int = 0
    validated: int = 0
    follow_up: int = 0
    disputed: int = 0

    @property
    def not_reviewed(self) -> int:
        return self.total - self.validated - self.follow_up - self.disputed

    def to_dict(self) -> dict[str, int]:
        return {"answers": self.total, "validated": self.validated, "follow_up": self.follow_up,
                "disputed": self.disputed, "not_reviewed": self.not_reviewed}


def coverage(q: Questionnaire, answers: Mapping[str, Answer], reviews: Mapping[str, Review]) -> Coverage:
    counts = dict.fromkeys(SET_STATUSES, 0)
    given = answered_units(q, answers)
    for unit in given:
        r = reviews.get(unit)
        if r is not None:
            status = effective(r, unit_fingerprint(q, answers, unit))
            if status in counts:
                counts[status] += 1
    return Coverage(len(given), counts[VALIDATED], counts[FOLLOW_UP], counts[DISPUTED])


def to_follow_up(q: Questionnaire, answers: Mapping[str, Answer], reviews: Mapping[str, Review]
                 ) -> list[UnitReview]:
    """The units whose review stands at disputed or needs follow-up (answered or not), disputed
    first, each in the questionnaire's order."""
    standing = []
    for unit in units(q):
        r = reviews.get(unit)
        if r is not None and r.status in TO_FOLLOW_UP:
            shown = unit_review(q, answers, reviews, unit)
            if shown.status in TO_FOLLOW_UP:
                standing.append(shown)
    return [u for s in TO_FOLLOW_UP for u in standing if u.status == s]


def review_problem(status: str, note: str, reviewer: str = "") -> str | None:
    """Why a review cannot be stored, or None."""
    if status not in REVIEW_STATUSES:
        return f"review status must be one of {', '.join(SET_STATUSES)} (or {NOT_REVIEWED}), got {status!r}"
    bad = text_problem(note, "review note", NOTE_MAX)
    if bad:
        return bad
    return text_problem(reviewer, "reviewer's name", REVIEWER_MAX)


def reviews_by_unit(rows: Iterable[Review]) -> dict[str, Review]:
    return {r.unit: r for r in rows}


__all__ = [
    "DISPUTED", "FOLLOW_UP", "NOT_REVIEWED", "REVIEW_STATUSES", "SET_STATUSES", "TO_FOLLOW_UP", "VALIDATED",
    "Coverage", "Review", "UnitReview", "answered_units", "coverage", "effective", "review_problem",
    "review_unit", "reviews_by_unit", "to_follow_up", "unit_fingerprint", "unit_keys", "unit_review", "unit_wording",
    "units",
]
