"""The national statistics office's sign-off of an assessment (issue 32), as plain data and pure
rules.

"Validate for the national statistics office" records who validated the assessment for the office
(name, position, institution) and on which date, and moves the assessment to final: read-only until
it is reopened, and reopening records why. The record of an assessment is the list of these events
in order (``SignOffEvent``: a validation or a reopening); the sign-off that stands is the last
validation while the assessment is final (:func:`standing`).
"""
from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .celltext import text_problem

VALIDATED, REOPENED = "validated", "reopened"
EVENT_KINDS = (VALIDATED, REOPENED)
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

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "position": self.position, "institution": self.institution,
                "date": self.date, "at": self.at, "operator": self.operator}


@dataclass(frozen=True)
class SignOffEvent:
    """One event of an assessment's sign-off record: a validation (``signoff`` set) or a
    reopening (``reason`` set), when and by whom it was recorded."""

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


def standing(events: Sequence[SignOffEvent], status: str) -> SignOff | None:
    """The sign-off that stands: the last validation, while the assessment is final and was not
    reopened since (a final assessment set final without one, or reopened, has none)."""
    from .assessment import FINAL

    if status != FINAL or not events or events[-1].kind != VALIDATED:
        return None
    return events[-1].signoff


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


def signoff_json(s: SignOff | None) -> str:
    """A sign-off as the workbook's Metadata carries it (field ``signoff``): JSON, or "" for none."""
    if s is None:
        return ""
    return json.dumps(s.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def signoff_from_json(text: str) -> tuple[SignOff | None, str | None]:
    """The sign-off a workbook carries (:func:`signoff_json`), and why it cannot be read (None when
    it can, or when there is none)."""
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
    if not isinstance(value, dict) or set(value) != set(fields) or not all(isinstance(value[f], str) for f in fields):
        return None, "the sign-off is not what the application writes (name, position, institution, date, at, operator)"
    s = SignOff(*(value[f] for f in fields))
    problem = signoff_problem(s) or text_problem(s.operator, "operator", NAME_MAX) or \
        text_problem(s.at, "time of the sign-off", 40)
    return (None, f"sign-off: {problem}") if problem else (s, None)


def reason_problem(reason: str) -> str | None:
    """Why ``reason`` cannot be recorded as the reason for reopening, or None."""
    if not reason.strip():
        return "a final assessment is reopened only with a reason (what must change, and why)"
    return text_problem(reason, "reason for reopening", REASON_MAX)


__all__ = ["EVENT_KINDS", "REOPENED", "VALIDATED", "SignOff", "SignOffEvent", "date_problem", "reason_problem",
           "signoff_from_json", "signoff_json", "signoff_problem", "standing"]
