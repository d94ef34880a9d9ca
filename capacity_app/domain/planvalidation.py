"""The validation of the action plan as a recorded fact, and what changed since (pure).

A :class:`Validation` records that the government approved the plan: the date, the event (a
validation workshop ...), the institutions present, and who approved it (name and position). It
also keeps the plan as it was approved, one :class:`ValidatedAction` per action (id, title and a
fingerprint of each part a person agrees to: what, who, when, cost and priority), so that any
later edit is listed as a change after validation (:func:`changes_since`) wherever the plan is
shown, and the plan travels in a workbook with the same record.

Progress is not a change of the plan: the status (planned, in progress, done, dropped), the
funding becoming secured and the amounts executed leave the fingerprint as it is.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .actionplan import ACTIONS_MAX, ID_MAX, TITLE_MAX
from .assessment import INSTITUTION_TEXT_MAX
from .celltext import text_problem
from .dates import iso_date
from .plancost import Finance, amount_text, plan_totals

if TYPE_CHECKING:
    from .actionplan import Action

EVENT_MAX = 500
NAME_MAX = 200
INSTITUTIONS_PRESENT_MAX = 100
# the parts of an action a validation agrees to, in the order they are named
PARTS = ("what", "who", "when", "cost", "priority")

_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
_FINGERPRINT_RE = re.compile(";".join(f"{p}=[0-9a-f]{{10}}" for p in PARTS))


class ValidationError(ValueError):
    """A validation record that cannot be stored; one sentence naming the field."""

    user_error = True


@dataclass(frozen=True)
class ValidatedAction:
    """An action as the validation approved it: its id, title then, and fingerprint."""

    id: str
    title: str
    fingerprint: str


@dataclass(frozen=True)
class Validation:
    """The plan approved on ``date`` (ISO) at ``event``, with ``institutions`` present, by
    ``approved_by`` (a person's name) in ``position``; ``actions``: the plan as approved."""

    date: str
    event: str
    institutions: tuple[str, ...]
    approved_by: str
    position: str
    actions: tuple[ValidatedAction, ...] = ()


@dataclass(frozen=True)
class PlanChange:
    """An action added, changed or removed since the validation; ``parts`` that changed (of
    :data:`PARTS`) for a change."""

    action_id: str
    title: str
    kind: str  # added | changed | removed
    parts: tuple[str, ...] = ()


def _digest(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def _parts(a: Action) -> dict[str, object]:
    return {
        "what": [a.title, list(a.policy_questions), a.strategy, a.resources, a.milestone],
        "who": list(a.institutions),
        "when": [a.start, a.end],
        "cost": [[c.year, amount_text(c.amount), c.currency, c.funding, c.funder] for c in a.costs],
        "priority": [a.priority, a.priority_action],
    }


def fingerprint(a: Action) -> str:
    """``what=…;who=…;when=…;cost=…;priority=…``: a short digest of each part of the action a
    validation agrees to (the same on every machine; status, secured and executed left out)."""
    return ";".join(f"{k}={_digest(v)}" for k, v in _parts(a).items())


def _split(fp: str) -> dict[str, str]:
    return dict(p.split("=", 1) for p in fp.split(";") if "=" in p)


def snapshot(actions: Iterable[Action]) -> tuple[ValidatedAction, ...]:
    """The plan as a validation records it."""
    return tuple(ValidatedAction(a.id, a.title, fingerprint(a)) for a in actions)


def changes_since(validation: Validation | None, actions: Sequence[Action]) -> tuple[PlanChange, ...]:
    """What changed in the plan since ``validation`` (none without one), in the plan's order,
    then the actions removed in the validated order."""
    if validation is None:
        return ()
    before = {v.id: v for v in validation.actions}
    out: list[PlanChange] = []
    for a in actions:
        v = before.get(a.id)
        if v is None:
            out.append(PlanChange(a.id, a.title, "added"))
            continue
        old, new = _split(v.fingerprint), _split(fingerprint(a))
        parts = tuple(p for p in PARTS if old.get(p) != new.get(p))
        if parts:
            out.append(PlanChange(a.id, a.title, "changed", parts))
    ids = {a.id for a in actions}
    out.extend(PlanChange(v.id, v.title, "removed") for v in validation.actions if v.id not in ids)
    return tuple(out)


GAPS_LISTED_MAX = 12  # the refusal names this many gaps, then says how many more


def validation_gaps(actions: Sequence[Action], finance: Finance, date: str, *, today: str,
                    not_before: str = "") -> list[str]:
    """What keeps the plan from being validated on ``date`` (ISO), one short phrase each, or [].

    Every action still to be done (planned or in progress) needs an owner, a start and an end and
    at least one cost line; every cost line's currency needs its rate to the US dollar (and the
    plan's currency too), so that the totals approved are whole; the date cannot be after
    ``today`` nor before ``not_before`` (the assessment's mission)."""
    gaps: list[str] = []
    for n, a in enumerate(actions, 1):
        if a.status not in ("planned", "in_progress"):
            continue
        missing = [what for what, ok in (("owner", a.institutions), ("start", a.start), ("end", a.end),
                                         ("cost", a.costs)) if not ok]
        if missing:
            gaps.append(f"action {n} ({_short(a.title)}) has no {', no '.join(missing)}")
    missing_rates = plan_totals(actions, finance).missing_rates
    if missing_rates:
        gaps.append(f"no exchange rate to the US dollar for {', '.join(missing_rates)} "
                    "(add it: capacity-app actions finance ID --rate CODE=UNITS_PER_USD@YYYY-MM-DD, "
                    "or Currency and rates in the window)")
    if date > today:
        gaps.append(f"the validation date {date} is in the future (today is {today}): record it once it has happened")
    if not_before and date < not_before:
        gaps.append(f"the validation date {date} is before the assessment's mission ({not_before})")
    return gaps


def gaps_text(gaps: Sequence[str]) -> str:
    """The refusal in one line: the first :data:`GAPS_LISTED_MAX` gaps, then how many more."""
    shown = list(gaps[:GAPS_LISTED_MAX])
    if len(gaps) > GAPS_LISTED_MAX:
        shown.append(f"and {len(gaps) - GAPS_LISTED_MAX} more")
    return "the plan cannot be validated yet: " + "; ".join(shown)


def _short(title: str) -> str:
    t = " ".join(title.split())
    return t if len(t) <= 60 else t[:59] + "…"


def validation_to_plain(v: Validation) -> dict[str, object]:
    return {"date": v.date, "event": v.event, "institutions": list(v.institutions),
            "approved_by": v.approved_by, "position": v.position,
            "actions": [{"id": a.id, "title": a.title, "fingerprint": a.fingerprint} for a in v.actions]}


def validation_from_plain(d: Mapping[str, Any]) -> Validation:
    return Validation(str(d.get("date") or ""), str(d.get("event") or ""),
                      tuple(str(x) for x in d.get("institutions") or ()), str(d.get("approved_by") or ""),
                      str(d.get("position") or ""),
                      tuple(ValidatedAction(str(a.get("id") or ""), str(a.get("title") or ""),
                                            str(a.get("fingerprint") or ""))
                            for a in d.get("actions") or ()))


def _line(value: str, what: str, limit: int, *, required: bool = True) -> str:
    s = " ".join(str(value or "").split())
    if required and not s:
        raise ValidationError(f"the validation needs {what}")
    if _CONTROL_RE.search(s):
        raise ValidationError(f"{what} holds a control character")
    bad = text_problem(s, what, limit)
    if bad:
        raise ValidationError(bad)
    return s


def validated_action_problem(va: ValidatedAction) -> str | None:
    """Why a validated action (as a workbook carries it) is not one this application wrote."""
    if not va.id or len(va.id) > ID_MAX or _CONTROL_RE.search(va.id):
        return f"the validated action id {va.id[:40]!r} is not an id"
    if not _FINGERPRINT_RE.fullmatch(va.fingerprint or ""):
        return (f"the fingerprint of validated action {va.id[:40]!r} is not one this application "
                "writes (do not edit it)")
    return text_problem(va.title, "validated action's title", TITLE_MAX)


def validate_validation(v: Validation) -> Validation:
    """``v`` as stored (texts trimmed, date normalised), or :class:`ValidationError` naming the
    field. The validated actions need not match the plan (an action may have been added or removed
    since), but each must be well formed."""
    try:
        date = iso_date(str(v.date or ""))
    except ValueError as e:
        raise ValidationError(f"the validation date: {e}") from None
    if date < "2000-01-01":
        raise ValidationError(f"the validation date {date} is before 2000")
    event = _line(v.event, "the event (e.g. a national validation workshop)", EVENT_MAX)
    names: list[str] = []
    for n in v.institutions:
        n = _line(n, "an institution's name", INSTITUTION_TEXT_MAX, required=False)
        if n and n not in names:
            names.append(n)
    if not names:
        raise ValidationError("the validation needs the institutions present")
    if len(names) > INSTITUTIONS_PRESENT_MAX:
        raise ValidationError(f"at most {INSTITUTIONS_PRESENT_MAX} institutions present")
    who = _line(v.approved_by, "the name of the person who approved the plan", NAME_MAX)
    position = _line(v.position, "the position of the person who approved the plan", NAME_MAX)
    if len(v.actions) > ACTIONS_MAX:
        raise ValidationError(f"the validation lists {len(v.actions):,} actions: a plan holds at most {ACTIONS_MAX}")
    seen: set[str] = set()
    for va in v.actions:
        bad = validated_action_problem(va)
        if bad:
            raise ValidationError(bad)
        if va.id in seen:
            raise ValidationError(f"the validated action {va.id[:40]!r} is listed twice")
        seen.add(va.id)
    return Validation(date, event, tuple(names), who, position, tuple(v.actions))


__all__ = ["PARTS", "PlanChange", "ValidatedAction", "Validation", "ValidationError",
           "changes_since", "fingerprint", "gaps_text", "validation_gaps", "snapshot", "validate_validation", "validated_action_problem",
           "validation_from_plain",
           "validation_to_plain"]
