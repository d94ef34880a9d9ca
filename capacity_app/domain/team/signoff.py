"""The national statistics office's sign-off of an assessment, as plain data and pure
rules.

"Validate for the national statistics office" records who validated the assessment for the office
(name, position, institution) and on which date, and moves the assessment to final: read-only until
it is reopened, and reopening records why. The record of an assessment is the list of these events
in order (``SignOffEvent``: a validation or a reopening); the sign-off that stands is the last
validation while the assessment is final (:func:`standing`).
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from . import review as rv
from ..celltext import text_problem
from ..editorial import percent

VALIDATED, REOPENED, REVIEWED = "validated", "reopened", "reviewed"
EVENT_KINDS = (VALIDATED, REOPENED, REVIEWED)
NAME_MAX = 200         # a person's name, a position, an institution
REASON_MAX = 2_000     # why an assessment was reopened


@dataclass(frozen=True)
class SignOff:
    """A validation for the national statistics office: who (``name``, ``position``,
    ``institution``) and the date of the validation (``date``, YYYY-MM-DD, as the person gave it);
    ``at`` and ``operator``: when and by whom it was recorded in this database."""

    name: str
    position: str
    institution: str
    date: str
    at: str = ""
    operator: str = ""
    # what stood open when it was validated: ((kind, count), ...) of OPEN_KINDS, in that
    # order, only those above zero; empty when nothing did (or for a validation recorded before)
    open_points: tuple[tuple[str, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "position": self.position, "institution": self.institution,
                               "date": self.date, "at": self.at, "operator": self.operator}
        if self.open_points:
            out["open"] = dict(self.open_points)
        return out


@dataclass(frozen=True)
class SignOffEvent:
    """One event of an assessment's sign-off record: a validation or the supervisor's review
    sign-off (``signoff`` set: who signed) or a reopening (``reason`` set), when and by whom it was
    recorded."""

    kind: str
    at: str
    operator: str = ""
    signoff: SignOff | None = None
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "at": self.at, "operator": self.operator}
        if self.signoff is not None:
            out.update({k: v for k, v in self.signoff.to_dict().items() if k not in ("at", "operator")})
        if self.kind == REOPENED:
            out["reason"] = self.reason
        return out


# what may stand open when an assessment is validated, in the order they are told
NOT_REVIEWED, DISPUTED, MISSING_DOCUMENTS, PROVISIONAL = "not_reviewed", "disputed", "missing_documents", "provisional"
NO_REVIEW_SIGNOFF = "no_review_signoff"  # validated without the supervisor's review sign-off standing
OPEN_KINDS = (NOT_REVIEWED, DISPUTED, MISSING_DOCUMENTS, PROVISIONAL, NO_REVIEW_SIGNOFF)


@dataclass(frozen=True)
class Readiness:
    """What an assessment's validation rests on, read before it is validated: the
    completeness of the primary questions (``completeness``, percent as shown, one decimal) against
    the method's threshold (``threshold``, percent), the answers given (``answers``, review units)
    and, of them, those not reviewed, needing follow-up or disputed; the units whose evidence cites
    a document none is attached for (``missing_documents``); and whether the score has no band
    (``provisional``, with the engine's ``provisional_reasons``).

    Below the threshold, or with a follow-up open, it is refused (:meth:`refusal`); otherwise it
    may be validated, with what stands open (:meth:`open_points`) written into the record."""

    completeness: float
    threshold: float
    answers: int = 0
    not_reviewed: int = 0
    follow_up: int = 0
    disputed: int = 0
    missing_documents: tuple[str, ...] = ()
    provisional: bool = False
    provisional_reasons: tuple[str, ...] = ()
    # the supervisor's review sign-off that stands (:func:`standing_review`), None when none does;
    # ``reviewed_known`` False when the caller did not read the record (then nothing is said of it)
    reviewed: SignOff | None = None
    reviewed_known: bool = False

    @property
    def complete_enough(self) -> bool:
        return self.completeness >= self.threshold

    def refusal(self) -> str | None:
        """Why it cannot be validated (one line, English: the services' language), or None."""
        why = []
        if not self.complete_enough:
            why.append(f"only {percent(self.completeness, 'en', 1)} of the primary questions are known "
                       f"(the method asks at least {percent(self.threshold, 'en', 0)})")
        if self.follow_up:
            why.append(f"{self.follow_up} answer{'s' if self.follow_up != 1 else ''} still "
                       f"need{'' if self.follow_up != 1 else 's'} follow-up")
        return "; ".join(why) or None

    def review_refusal(self) -> str | None:
        """Why the supervisor cannot sign the reviews off yet (one line, English), or None: every
        answer given must be reviewed and no follow-up stand open (disputed answers are recorded)."""
        if not self.answers:
            return "nothing is answered yet: there is nothing to review"
        why = []
        if self.not_reviewed:
            why.append(f"{self.not_reviewed} of {self.answers} answers are not reviewed")
        if self.follow_up:
            why.append(f"{self.follow_up} answer{'s' if self.follow_up != 1 else ''} still "
                       f"need{'' if self.follow_up != 1 else 's'} follow-up")
        return "; ".join(why) or None

    def review_open_points(self) -> tuple[tuple[str, int], ...]:
        """What stands open and is written into the review sign-off's record."""
        return tuple((k, n) for k, n in self.open_points() if k != NO_REVIEW_SIGNOFF)

    def open_points(self) -> tuple[tuple[str, int], ...]:
        """What stands open and is written into the validation's record: counts above zero."""
        counts = {NOT_REVIEWED: self.not_reviewed, DISPUTED: self.disputed,
                  MISSING_DOCUMENTS: len(self.missing_documents), PROVISIONAL: int(self.provisional),
                  NO_REVIEW_SIGNOFF: int(self.reviewed_known and self.reviewed is None)}
        return tuple((k, counts[k]) for k in OPEN_KINDS if counts[k] > 0)

    def to_dict(self) -> dict[str, Any]:
        return {"completeness": self.completeness, "threshold": self.threshold, "answers": self.answers,
                "not_reviewed": self.not_reviewed, "follow_up": self.follow_up, "disputed": self.disputed,
                "missing_documents": list(self.missing_documents), "provisional": self.provisional,
                "provisional_reasons": list(self.provisional_reasons), "refused": self.refusal() or "",
                "reviews_signed_off": self.reviewed.to_dict() if self.reviewed is not None else None,
                "review_signoff_refused": self.review_refusal() or ""}


def readiness(q: Any, answers: Any, reviews: Any, attached: Any, *, completeness: float, threshold: float,
              provisional: bool = False, provisional_reasons: Sequence[str] = (),
              events: Sequence[SignOffEvent] | None = None) -> Readiness:
    """The readiness of an assessment (``q`` its questionnaire, ``answers`` by key, ``reviews`` by
    unit, ``attached`` the targets documents are attached to) with the scoring engine's figures;
    ``events`` its sign-off record (the supervisor's review sign-off that stands is read from it)."""
    cov = rv.coverage(q, answers, reviews)
    attached = set(attached)
    cited = []
    for unit in rv.answered_units(q, answers):
        if unit in attached:
            continue
        if any(e.kind == "document" and e.text.strip()
               for key in rv.unit_keys(q, unit) if key in answers for e in answers[key].evidence):
            cited.append(unit)
    return Readiness(completeness, threshold, cov.total, cov.not_reviewed, cov.follow_up, cov.disputed,
                     tuple(cited), provisional, tuple(provisional_reasons),
                     standing_review(events) if events is not None else None, events is not None)


def open_points_json(points: Sequence[tuple[str, int]]) -> str:
    """What stood open at a validation as the record stores it (JSON object; "" for nothing)."""
    return json.dumps(dict(points), sort_keys=False, separators=(",", ":")) if points else ""


def open_points_from(value: Any) -> tuple[tuple[str, int], ...]:
    """The open points read back (a JSON text or a mapping); anything else read as none."""
    if isinstance(value, str):
        try:
            value = json.loads(value) if value.strip() else {}
        except ValueError:
            return ()
    if not isinstance(value, dict):
        return ()
    return tuple((k, int(value[k])) for k in OPEN_KINDS
                 if isinstance(value.get(k), int) and not isinstance(value.get(k), bool) and 0 < value[k] < 10**7)


def standing(events: Sequence[SignOffEvent], status: str) -> SignOff | None:
    """The sign-off that stands: the last validation, while the assessment is final and was not
    reopened since (a final assessment set final without one, or reopened, has none)."""
    from ..assessment import FINAL

    acts = [e for e in events if e.kind != REVIEWED]
    if status != FINAL or not acts or acts[-1].kind != VALIDATED:
        return None
    return acts[-1].signoff


def last_validation(events: Sequence[SignOffEvent]) -> SignOff | None:
    """The last validation recorded, standing or since reopened: a new validation starts from it."""
    for e in reversed(events):
        if e.kind == VALIDATED and e.signoff is not None:
            return e.signoff
    return None


def standing_review(events: Sequence[SignOffEvent]) -> SignOff | None:
    """The supervisor's review sign-off that stands: the last one recorded, unless the
    assessment was reopened after it (a reopening withdraws both the validation and the review
    sign-off it rested on); None when none stands."""
    for e in reversed(events):
        if e.kind == REOPENED:
            return None
        if e.kind == REVIEWED and e.signoff is not None:
            return e.signoff
    return None


def last_review(events: Sequence[SignOffEvent]) -> SignOff | None:
    """The last review sign-off recorded, standing or withdrawn: a new one starts from it."""
    for e in reversed(events):
        if e.kind == REVIEWED and e.signoff is not None:
            return e.signoff
    return None


@dataclass(frozen=True)
class AnswerChange:
    """An answer changed since the first validation: its value and status then (``before``, None:
    not answered) and now (``after``), the last change's time and who made it."""

    key: str
    before: Any
    after: Any
    at: str
    operator: str


def changes_since_validation(history: Sequence[dict[str, Any]]) -> tuple[str, list[AnswerChange]]:
    """When the assessment was first validated ("" when never) and the answers whose value or status
    changed since (``history``: the history rows as ``Store.history`` gives them, any order), in
    the order of their first change; an answer changed and changed back is not one."""
    rows = sorted(history, key=lambda r: r["id"])
    first = next((r for r in rows if r["field"] == "signoff" and isinstance(r["new"], dict)
                  and r["new"].get("kind") == VALIDATED), None)
    if first is None:
        return "", []
    changed: dict[str, AnswerChange] = {}
    for r in rows:
        if r["id"] <= first["id"] or r["field"] != "value" or not r["key"]:
            continue
        was = changed.get(r["key"])
        changed[r["key"]] = AnswerChange(r["key"], r["old"] if was is None else was.before, r["new"], r["at"],
                                         r["operator"])
    return str(first["new"].get("at") or first["at"]), [c for c in changed.values() if c.before != c.after]


RECORD_CHARS = 30_000  # the workbook's record in one cell (a cell holds 32,767 characters)


def record_json(events: Sequence[SignOffEvent], changed: Sequence[str]) -> str:
    """The sign-off record as the workbook's Metadata carries it (field ``signoff_record``, issue
    49): every validation and reopening (``events``, oldest first, with what stood open and why it
    was reopened) and the answer keys changed since the first validation (``changed``); "" when
    the assessment was never validated or reopened. Longer than a cell holds, the oldest events
    and the last keys are left out, and ``events_left_out`` / ``changed_left_out`` say how many."""
    if not events:
        return ""
    kept_events, kept_keys = list(events), list(changed)
    while True:
        out: dict[str, Any] = {"events": [e.to_dict() for e in kept_events],
                               "changed_since_first_validation": kept_keys}
        if len(kept_events) < len(events):
            out["events_left_out"] = len(events) - len(kept_events)
        if len(kept_keys) < len(changed):
            out["changed_left_out"] = len(changed) - len(kept_keys)
        text = json.dumps(out, ensure_ascii=False, separators=(",", ":"))
        if len(text) <= RECORD_CHARS or (len(kept_events) <= 1 and not kept_keys):
            return text
        if len(kept_keys) > 50 or len(kept_events) <= 1:
            kept_keys = kept_keys[:len(kept_keys) // 2]
        else:
            kept_events = kept_events[1:]


def date_problem(text: str) -> str | None:
    """Why ``text`` is not the date of a validation (YYYY-MM-DD, a real day), or None."""
    try:
        _dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        return f"the date of the validation must be a date such as 2026-06-12 (YYYY-MM-DD), got {text[:40]!r}"
    if len(text) != 10:
        return f"the date of the validation must be written YYYY-MM-DD, got {text[:40]!r}"
    return None


def signoff_problem(s: SignOff) -> str | None:
    """Why a sign-off cannot be recorded (a field missing, too long, not text, a date that is
    not one), or None."""
    for value, what in ((s.name, "name of the person who validates"), (s.position, "position"),
                        (s.institution, "institution")):
        if not value.strip():
            return f"the {what} is required to validate for the national statistics office"
        bad = text_problem(value, what, NAME_MAX)
        if bad:
            return bad
        if "\n" in value or "\r" in value:
            return f"the {what} must be on one line"
    return date_problem(s.date)


def review_signoff_problem(s: SignOff) -> str | None:
    """Why the supervisor's review sign-off cannot be recorded (name or position missing, a field
    too long or not one line, a date that is not one), or None; the institution may be empty."""
    for value, what in ((s.name, "name of the supervisor who signs the reviews off"), (s.position, "position"),
                        (s.institution, "institution")):
        if not value.strip():
            if what == "institution":
                continue
            return f"the {what} is required to sign the reviews off"
        bad = text_problem(value, what, NAME_MAX)
        if bad:
            return bad
        if "\n" in value or "\r" in value:
            return f"the {what} must be on one line"
    problem = date_problem(s.date)
    return problem.replace("of the validation", "of the review sign-off") if problem else None


def signoff_json(s: SignOff | None) -> str:
    """A sign-off as the workbook's Metadata carries it (field ``signoff``): JSON, or "" for none."""
    if s is None:
        return ""
    return json.dumps(s.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def signoff_from_json(text: str, review: bool = False) -> tuple[SignOff | None, str | None]:
    """The sign-off a workbook carries (:func:`signoff_json`), and why it cannot be read (None when
    it can, or when there is none); ``review``: the supervisor's review sign-off (its institution
    may be empty)."""
    text = (text or "").strip()
    if not text:
        return None, None
    if len(text) > 4 * NAME_MAX + 400:
        return None, "the sign-off is longer than any the application writes"
    try:
        value = json.loads(text)
    except ValueError:
        return None, "the sign-off is not what the application writes (JSON): do not edit it"
    fields = ("name", "position", "institution", "date", "at", "operator")
    if not isinstance(value, dict) or set(value) - {"open"} != set(fields) or \
            not all(isinstance(value[f], str) for f in fields):
        return None, "the sign-off is not what the application writes (name, position, institution, date, at, operator)"
    points = open_points_from(value.get("open", {}))
    if "open" in value and (not isinstance(value["open"], dict) or len(points) != len(value["open"])):
        return None, "the sign-off's open points are not what the application writes"
    s = SignOff(value["name"], value["position"], value["institution"], value["date"], value["at"], value["operator"],
                points)
    problem = (review_signoff_problem(s) if review else signoff_problem(s)) or \
        text_problem(s.operator, "operator", NAME_MAX) or text_problem(s.at, "time of the sign-off", 40)
    return (None, f"{'review sign-off' if review else 'sign-off'}: {problem}") if problem else (s, None)


SIGNATURES_CHECK = "signatures_check"  # the workbook's Metadata field


def signatures_check(assessment_uid: str, answers_sha256: str, signoff: str, review_signoff: str,
                     plan_validation: str) -> str:
    """The check a workbook carries of its signatures (Metadata ``signatures_check``): a
    SHA-256 over the assessment, the answers' checksum as exported (``answers_sha256``: what the
    signatures cover), the sign-off and the review sign-off as the Metadata carries them
    (:func:`signoff_json`) and the plan's validation record (its canonical JSON, "" for none).
    Recomputed on import from what the file holds: a sign-off, a review sign-off or a validation
    edited outside the application, or answers changed under them, no longer give it. Not a
    secret: anyone who reads this code can compute it, so it detects an edit made with a
    spreadsheet, not a forger who recomputes it (docs/workbook-format.md)."""
    text = json.dumps(["capacity-signatures/1", assessment_uid, answers_sha256, signoff, review_signoff,
                       plan_validation], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def signoff_text(s: SignOff, what: str = "validated") -> str:
    """A sign-off in full, for the import's differences: who, position, institution, the date
    they gave, and when and by whom it was recorded — never cut."""
    where = f", {s.institution}" if s.institution else ""
    recorded = f"; recorded {s.at}" + (f" by {s.operator}" if s.operator else "") if s.at else ""
    return f"{what} by {s.name} ({s.position}{where}) on {s.date}{recorded}"


def reason_problem(reason: str) -> str | None:
    """Why ``reason`` cannot be recorded as the reason for reopening, or None."""
    if not reason.strip():
        return "a final assessment is reopened only with a reason (what must change, and why)"
    return text_problem(reason, "reason for reopening", REASON_MAX)


__all__ = ["DISPUTED", "EVENT_KINDS", "MISSING_DOCUMENTS", "NOT_REVIEWED", "NO_REVIEW_SIGNOFF", "OPEN_KINDS",
           "PROVISIONAL", "REOPENED", "REVIEWED", "VALIDATED", "last_review", "review_signoff_problem",
           "standing_review", "AnswerChange", "Readiness", "SignOff", "SignOffEvent", "changes_since_validation",
           "date_problem", "last_validation", "record_json", "open_points_from", "open_points_json",
           "readiness", "reason_problem", "signoff_from_json", "signoff_json", "signoff_problem", "signoff_text",
           "SIGNATURES_CHECK", "signatures_check", "standing"]
