"""The national statistics office's sign-off record in the report: on the cover, the
supervisor's review sign-off that stands and the validation that stands, each with what stood open
when it was given, or the last validation withdrawn (when, by whom, why); in Annex D, every validation and reopening in order and the answers changed
since the first validation, with their value then and now."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..domain.answers import DONT_KNOW, NOT_APPLICABLE
from ..domain.placeholders import fill
from ..domain.questionnaire import Questionnaire
from ..domain.scoring.sections import answer_label
from ..domain.team.signoff import (
    NO_REVIEW_SIGNOFF,
    PROVISIONAL,
    REOPENED,
    REVIEWED,
    VALIDATED,
    AnswerChange,
    SignOff,
    SignOffEvent,
    standing_review,
)
from .annex import value_text
from .budget import bounded_name, bounded_text, with_user_text
from .format import Strings, fmt_date, fmt_list, plural
from .model import ChangeRow, ValidationRecord


def _day(at: str) -> str:
    return at[:10]


def validated_text(v: SignOff, lang: str, s: Strings) -> str:
    return fill(s["signoff_cover_line"], 
        date=fmt_date(v.date, lang), name=bounded_text(v.name, lang, s),
        position=bounded_text(v.position, lang, s), institution=bounded_text(v.institution, lang, s))


def open_text(v: SignOff, lang: str, s: Strings, line: str = "signoff_open_line") -> str:
    """"Open when it was validated: 12 answers not reviewed, 1 disputed; the score is provisional"."""
    parts = [s[f"signoff_open_{kind}"] if kind in (PROVISIONAL, NO_REVIEW_SIGNOFF)
             else plural(s[f"signoff_open_{kind}"], n, lang) for kind, n in v.open_points]
    return fill(s[line], items=fmt_list(parts, lang)) if parts else ""


def reviewed_text(v: SignOff, lang: str, s: Strings) -> str:
    """The supervisor's review sign-off: "Reviews signed off on 11 June 2026 by Grace
    Kamau, Mission supervisor" (its institution when given)."""
    key = "review_signoff_line_institution" if v.institution else "review_signoff_line"
    return with_user_text(s[key], lang, date=fmt_date(v.date, lang), name=bounded_text(v.name, lang, s),
                    position=bounded_text(v.position, lang, s), institution=bounded_text(v.institution, lang, s))


def reopened_text(e: SignOffEvent, lang: str, s: Strings) -> str:
    return fill(s["signoff_reopened_line"], date=fmt_date(_day(e.at), lang),
                                             operator=bounded_name(e.operator) or s["signoff_someone"],
                                             reason=bounded_text(e.reason, lang, s))


def cover_lines(standing: SignOff | None, events: Sequence[SignOffEvent], lang: str, s: Strings) -> dict[str, str]:
    """The cover's validation line, what stood open, and the last reopening when no validation
    stands since (the ``Cover`` fields ``signoff``, ``signoff_open``, ``reopened``)."""
    out = {"signoff": "", "signoff_open": "", "reopened": "", "reviewed": "", "reviewed_open": ""}
    review = standing_review(events)
    if review is not None:
        out["reviewed"] = reviewed_text(review, lang, s)
        out["reviewed_open"] = open_text(review, lang, s, "review_signoff_open_line")
    if standing is not None:
        out["signoff"] = validated_text(standing, lang, s)
        out["signoff_open"] = open_text(standing, lang, s)
    else:
        acts = [e for e in events if e.kind != REVIEWED]
        if acts and acts[-1].kind == REOPENED:
            out["reopened"] = reopened_text(acts[-1], lang, s)
    return out


def _state(q: Questionnaire, key: str, state: Any, lang: str, s: Strings) -> str:
    if not isinstance(state, dict) or state.get("status") in (None, "", "empty"):
        return s["signoff_change_empty"]
    if state.get("status") == DONT_KNOW:
        return s["dont_know"]
    if state.get("status") == NOT_APPLICABLE:
        return s["not_applicable"]
    resolved = q.resolve_key(key)
    if resolved is None or state.get("value") is None:
        return s["signoff_change_empty"]
    return value_text(resolved[1], state["value"], lang, s)


def validation_record(q: Questionnaire, events: Sequence[SignOffEvent], changes: Sequence[AnswerChange],
                      lang: str, s: Strings) -> ValidationRecord | None:
    """The record printed in Annex D, or None when the assessment was never validated."""
    if not any(e.kind == VALIDATED for e in events):
        return None
    lines = []
    for e in events:
        if e.kind == VALIDATED and e.signoff is not None:
            line = validated_text(e.signoff, lang, s)
            more = open_text(e.signoff, lang, s)
            lines.append(f"{line}. {more}." if more else f"{line}.")
        elif e.kind == REVIEWED and e.signoff is not None:
            line = reviewed_text(e.signoff, lang, s)
            more = open_text(e.signoff, lang, s, "review_signoff_open_line")
            lines.append(f"{line}. {more}." if more else f"{line}.")
        elif e.kind == REOPENED:
            lines.append(reopened_text(e, lang, s))
    first = next(e for e in events if e.kind == VALIDATED)
    rows = []
    for c in changes:
        item = q.item(c.key.split(".")[0])
        rows.append(ChangeRow(item.section_id if item is not None else "", answer_label(q, c.key, lang),
                              _state(q, c.key, c.before, lang, s), _state(q, c.key, c.after, lang, s),
                              fill(s["signoff_change_by"], operator=bounded_name(c.operator) or s["signoff_someone"],
                                                            date=fmt_date(_day(c.at), lang))))
    intro = fill(s["signoff_changes_intro" if rows else "signoff_changes_none"],
        date=fmt_date(first.signoff.date if first.signoff is not None and first.signoff.date else _day(first.at), lang))
    return ValidationRecord(lines, intro, rows)


__all__ = ["cover_lines", "open_text", "reopened_text", "reviewed_text", "validated_text", "validation_record"]
