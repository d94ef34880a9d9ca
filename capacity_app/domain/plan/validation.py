"""The validation of the action plan as a recorded fact, and what changed since (pure).

A :class:`Validation` records that the government approved the plan: the date, the event (a
validation workshop ...), the institutions present, and who approved it (name and position). It
also keeps the plan as it was approved, one :class:`ValidatedAction` per action (id, title and a
fingerprint of each part a person agrees to: what, who, when, cost and priority), so that any
later edit is listed as a change after validation (:func:`changes_since`) wherever the plan is
shown, and the plan travels in a workbook with the same record.

Progress is not a change of the plan: the status (planned, in progress, done, dropped), the
funding becoming secured and the amounts executed leave the fingerprint as it is. Nor is the
priority-action flag (an action chosen for the plan at a glance, the planning unit's internal
marker): the priority part holds the action's priority alone, and a fingerprint stored with the
flag still matches whichever way the flag is set now (:func:`_priority_then`).
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .actions import ACTIONS_MAX, ID_MAX, TITLE_MAX
from .action_fields import APPROVED, PARTS, part_fields
from .fields import ACTION_TEXTS, BY_NAME, COST_BY_NAME, COST_FIELDS, COST_PARTS, RESULT_TEXTS
from ..assessment import INSTITUTION_TEXT_MAX
from ..celltext import text_problem
from ..dates import iso_date
from .cost import Finance, amount_text, cost_to_plain, plan_totals, rate_to_plain
from .result_fields import fields_of
from .results import ResultsChain, field_text, unmeasured_outcomes
from ..texts import text as en_line  # a refusal in English, from its entry (domain/retold.py says it again)

if TYPE_CHECKING:
    from .actions import Action

EVENT_MAX = 500
NAME_MAX = 200
INSTITUTIONS_PRESENT_MAX = 100
# the parts of an action a validation agrees to, in the order they are named (action_fields.PARTS)
# a change named as what it is, read from the plan approved against the plan now: within
# "what" the title, results framework, risks and SDG target (what is left: "what"); within "when"
# the timeline and the dependencies; within "cost" the amounts (year, amount, currency, who pays:
# "cost"), the cost categories, the cost bases and the sustainability
# (and each other text an action declares, named after itself)
RESULTS_KEYS = RESULT_TEXTS
_VALIDATED_TEXTS = tuple(f.name for f in ACTION_TEXTS if f.validated)
_OWN_NAMED = tuple(f.name for f in ACTION_TEXTS if f.validated and f.printed != "results")
NAMED_PARTS = ("title", "what", "results", *_OWN_NAMED, "who", "when", "dependencies", *COST_PARTS, "priority")
# a cost line's fields by the part of a change they are named in (domain.plan.fields): the head of a
# line's fingerprint ("cost": year, amount, currency, who pays), its sustainability, and the fields
# declared after the first ones, each a part of its own (in the fingerprint only when set)
_COST_OF_PART = {p: tuple(f.name for f in COST_FIELDS if f.validated and f.named == p) for p in COST_PARTS}
_OWN_COST = tuple(n for p in COST_PARTS if p not in ("cost", "categories", "bases", "sustainability")
                  for n in _COST_OF_PART[p])

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
    entered_by: str = ""        # the operator who recorded it
    version: str = ""           # the digest of the plan approved (:func:`plan_version`)
    approved: Mapping[str, Any] | None = None  # the plan as approved (:func:`approved_plan`)


@dataclass(frozen=True)
class PlanChange:
    """An action added, changed or removed since the validation; ``parts`` that changed (of
    :data:`PARTS`) for a change."""

    action_id: str
    title: str
    kind: str  # added | changed | removed
    parts: tuple[str, ...] = ()
    # the change named as what it is (of NAMED_PARTS; () for added, removed): derived from parts and
    # the plan approved, so left out of equality
    named: tuple[str, ...] = field(default=(), compare=False)


def _digest(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def _plain(value: object) -> object:
    """A field's value as a fingerprint or a record holds it (a tuple as a list)."""
    return list(value) if isinstance(value, tuple) else value


def _part_values(a: Action, part: str, given: Mapping[str, Any] | None = None) -> list[object]:
    """The values of the fields declared in ``part`` of the fingerprint, in its order (a field
    declared ``later`` only when set); ``given``: values to use instead of ``a``'s."""
    out: list[object] = []
    for f in part_fields(part):
        value = _plain(given[f.name] if given and f.name in given else getattr(a, f.name))
        if not (f.later and not value):
            out.append(value)
    return out


def _parts(a: Action) -> dict[str, object]:
    """Each part of ``a`` a validation agrees to: its declared fields (``action_fields``), the
    texts declared to count (what: only when given, so an action without them keeps the fingerprint
    it had before them) and the cost lines."""
    out: dict[str, object] = {}
    for part in PARTS:
        if part == "cost":
            out[part] = [_cost_part(c) for c in a.costs]
            continue
        values = _part_values(a, part)
        donor = _donor_part(a) if part == "what" else None
        if donor:
            values.append(donor)
        # "who": its one field's list itself, as every recorded fingerprint holds it
        out[part] = values[0] if part == "who" else values
    return out


def _priority_then(a: Action) -> tuple[str, ...]:
    """The digests a validation may hold for the priority part of ``a`` unchanged: the one written
    now (its priority alone) and those written before the priority-action flag was left out (its
    priority with the flag set or not). The flag marks an action for the plan at a glance, the
    planning unit's own choice, not what the government validated: a stored validation stays
    valid, and no migration rewrites it."""
    return _digest([a.priority]), _digest([a.priority, True]), _digest([a.priority, False])


def _donor_part(a: Action) -> dict[str, str]:
    """The texts of ``a`` a validation approves (the results framework, risks, SDG target and each
    text declared so: ``domain.plan.fields``) that are given; an empty one is left out, so a
    validation recorded before a text was declared still holds."""
    return {f.name: getattr(a, f.name) for f in ACTION_TEXTS if f.validated and getattr(a, f.name)}


def _cost_part(c: Any) -> list[object]:
    plain = cost_to_plain(c)
    out: list[object] = [plain[k] for k in _COST_OF_PART["cost"]]
    if c.category or c.unit_cost is not None:  # the cost basis, when given (the pipeline is progress)
        out.append([c.category, None if c.unit_cost is None else amount_text(c.unit_cost),
                    None if c.quantity is None else amount_text(c.quantity)])
    sustained = _sustainability(plain)
    if sustained:  # only when said: a line without it keeps its fingerprint
        out.append(sustained)
    own = {k: plain[k] for k in _OWN_COST if k in plain}
    if own:  # a field declared later, likewise only when set
        out.append(own)
    return out


def _sustainability(c: Mapping[str, Any]) -> dict[str, Any]:
    return {k: c[k] for k in _COST_OF_PART["sustainability"] if c.get(k) not in (None, False)}


def fingerprint(a: Action) -> str:
    """``what=…;who=…;when=…;cost=…;priority=…``: a short digest of each part of the action a
    validation agrees to (the same on every machine; status, secured, executed and the
    priority-action flag left out)."""
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
    approved = {x.get("id"): x for x in (validation.approved or {}).get("actions") or () if isinstance(x, Mapping)}
    out: list[PlanChange] = []
    for a in actions:
        v = before.get(a.id)
        if v is None:
            out.append(PlanChange(a.id, a.title, "added"))
            continue
        old, new = _split(v.fingerprint), _split(fingerprint(a))
        parts = tuple(p for p in PARTS if old.get(p) != new.get(p)
                      and not (p == "priority" and old.get(p) in _priority_then(a)))
        if parts:
            out.append(PlanChange(a.id, a.title, "changed", parts, named_parts(parts, old, approved.get(a.id), a)))
    ids = {a.id for a in actions}
    out.extend(PlanChange(v.id, v.title, "removed") for v in validation.actions if v.id not in ids)
    return tuple(out)


def named_parts(parts: Sequence[str], old_fp: Mapping[str, str], was: Mapping[str, Any] | None,
                a: Action) -> tuple[str, ...]:
    """The parts of ``a`` that changed (``parts``, of :data:`PARTS`) named as what they are (of
    :data:`NAMED_PARTS`), read from ``was``, the action as the validation approved it; ``parts``
    as they are without that record (a validation recorded before the plan approved was kept)."""
    if was is None:
        return tuple(parts)
    now = _approved_action(a)
    named: list[str] = []
    for part in parts:
        if part != "cost":
            named += _part_named(part, old_fp, was, now, a)
    if "what" in parts:
        if any(str(was.get(k) or "") != str(now.get(k) or "") for k in RESULTS_KEYS):
            named.append("results")
        named += [k for k in _OWN_NAMED if str(was.get(k) or "") != str(now.get(k) or "")]
    if "cost" in parts:
        named += _cost_named(was.get("costs") or [], now["costs"])
    return tuple(p for p in NAMED_PARTS if p in named) or tuple(parts)


def _part_named(part: str, old_fp: Mapping[str, str], was: Mapping[str, Any], now: Mapping[str, Any],
                a: Action) -> list[str]:
    """The names of what changed in ``part`` of ``a`` (one that changed), by its declared fields'
    ``named``: a part named one way is named so; a name whose fields the plan approved keeps
    (``approved``) when their values then and now differ; a name whose fields it does not keep
    (policy questions, strategy, resources, milestone: "what") when the part's fingerprint, with
    the kept fields' values as approved, still differs from the one approved."""
    fields = part_fields(part)
    names = tuple(dict.fromkeys(f.named for f in fields))
    if len(names) == 1:
        return list(names)
    out = []
    for name in names:
        group = [f for f in fields if f.named == name]
        if all(f.approved for f in group):
            if any(_recorded(was.get(f.name)) != _recorded(now.get(f.name)) for f in group):
                out.append(name)
            continue
        rest = _part_values(a, part, {f.name: was.get(f.name) for f in fields if f.approved})
        donor = {k: v for k, v in was.items() if k in _VALIDATED_TEXTS and v} if part == "what" else None
        if donor:
            rest.append(donor)
        if _digest(rest) != old_fp.get(part):
            out.append(name)
    return out


def _recorded(value: object) -> object:
    """A field's value in the plan approved, compared: a list (None as no list)."""
    return list(value or []) if isinstance(value, (list, tuple)) or value is None else value


def _cost_named(old: Sequence[Mapping[str, Any]], new: Sequence[Mapping[str, Any]]) -> list[str]:
    """What changed in an action's cost lines: the amounts, categories, bases, sustainability."""
    def view(lines: Sequence[Mapping[str, Any]], keys: Sequence[str]) -> list[tuple[Any, ...]]:
        return [tuple(c.get(k) for k in keys) for c in lines]

    out = []
    for part, keys in _COST_OF_PART.items():  # "cost", "categories", "bases", "sustainability", a later field's
        if (part == "sustainability" and [_sustainability(c) for c in old] != [_sustainability(c) for c in new]
                or part != "sustainability" and view(old, keys) != view(new, keys)):
            out.append(part)
    return out


GAPS_LISTED_MAX = 12  # the refusal names this many gaps, then says how many more


def validation_gaps(actions: Sequence[Action], finance: Finance, date: str, *, today: str,
                    not_before: str = "", chain: ResultsChain | None = None) -> list[str]:
    """What keeps the plan from being validated on ``date`` (ISO), one short phrase each, or [].

    Every action still to be done (planned or in progress) needs an owner, a start and an end and
    at least one cost line; every cost line's currency needs its rate to the US dollar (and the
    plan's currency too), so that the totals approved are whole; the date cannot be after
    ``today`` nor before ``not_before`` (the assessment's mission); every outcome of the results
    ``chain`` needs an indicator (a programme a donor funds is measured)."""
    gaps: list[str] = []
    for n, a in enumerate(actions, 1):
        if a.status not in ("planned", "in_progress"):
            continue
        missing = [en_line(f"cli.gap.no_{what}") for what, ok in (("owner", a.institutions), ("start", a.start),
                                                                    ("end", a.end), ("cost", a.costs)) if not ok]
        if missing:
            gaps.append(en_line("cli.gap.action", n=n, title=_short(a.title), lacks=", ".join(missing)))
    if chain is not None:
        gaps.extend(unmeasured_outcomes(chain))
    missing_rates = plan_totals(actions, finance).missing_rates
    if missing_rates:
        gaps.append(en_line("cli.gap.rate", codes=", ".join(missing_rates),
                            command="capacity-app actions finance ID --rate CODE=UNITS_PER_USD@YYYY-MM-DD"))
    if date > today:
        gaps.append(en_line("cli.gap.future", date=date, today=today))
    if not_before and date < not_before:
        gaps.append(en_line("cli.gap.before_mission", date=date, mission=not_before))
    return gaps


def gaps_text(gaps: Sequence[str]) -> str:
    """The refusal in one line: the first :data:`GAPS_LISTED_MAX` gaps, then how many more."""
    shown = list(gaps[:GAPS_LISTED_MAX])
    if len(gaps) > GAPS_LISTED_MAX:
        shown.append(en_line("cli.gap.more", n=len(gaps) - GAPS_LISTED_MAX))
    return en_line("cli.validation.gaps", gaps="; ".join(shown))


def _short(title: str) -> str:
    t = " ".join(title.split())
    return t if len(t) <= 60 else t[:59] + "…"


def validation_to_plain(v: Validation) -> dict[str, object]:
    out: dict[str, object] = {
        "date": v.date, "event": v.event, "institutions": list(v.institutions),
        "approved_by": v.approved_by, "position": v.position,
        "actions": [{"id": a.id, "title": a.title, "fingerprint": a.fingerprint} for a in v.actions]}
    if v.entered_by:
        out["entered_by"] = v.entered_by
    if v.version:
        out["version"] = v.version
    if v.approved is not None:
        out["approved"] = dict(v.approved)
    return out


def record_json(v: Validation | None) -> str:
    """The validation record as a workbook carries it (date, event, institutions present, who
    approved and their position, the actions approved with their fingerprints; not who entered it
    nor the plan approved, which stay in the database that recorded it), as canonical JSON: what
    the workbook's signatures check covers; "" for none."""
    if v is None:
        return ""
    plain = {k: x for k, x in validation_to_plain(v).items() if k not in ("entered_by", "version", "approved")}
    return json.dumps(plain, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def validation_in_full(v: Validation) -> str:
    """A validation record in one line, never cut (the import's differences): when, at
    which event, who approved it and their position, the institutions present, how many actions."""
    present = "; ".join(v.institutions) or "no institution named"
    return (f"validated on {v.date} at {v.event}, approved by {v.approved_by} ({v.position}); "
            f"present: {present}; {len(v.actions)} actions approved")


# --- the plan as approved, and every difference since, with its old and new value -------------

def approved_plan(actions: Sequence[Action], finance: Finance) -> dict[str, Any]:
    """The plan as a validation approves it, as JSON-ready data: every action (owners, timeline,
    each cost line), the currency, every rate and the totals (cost, secured, gap in each currency
    and converted into the plan's currency and the dollar, exact decimal text)."""
    totals = plan_totals(actions, finance).all
    conv = {code: {"cost": amount_text(c.cost), "secured": amount_text(c.secured), "gap": amount_text(c.gap),
                   "left_out": sum(c.left_out.values())} for code, c in totals.converted.items()}
    return {
        "currency": finance.currency,
        "rates": [rate_to_plain(r) for r in finance.rates],
        "actions": [_approved_action(a) for a in actions],
        "totals": {"cost": {k: amount_text(v) for k, v in totals.cost.items()},
                   "gap": {k: amount_text(v) for k, v in totals.gap.items()}, "converted": conv},
    }


def _approved_action(a: Action) -> dict[str, Any]:
    out: dict[str, Any] = {"id": a.id, **{f.name: _plain(getattr(a, f.name)) for f in APPROVED if not f.later},
                           "costs": [cost_to_plain(c) for c in a.costs]}
    out.update(_donor_part(a))  # the results framework and SDG target approved, when given
    for f in APPROVED:  # a field declared later, when given (the dependencies)
        if f.later and getattr(a, f.name):
            out[f.name] = _plain(getattr(a, f.name))
    return out


def plan_version(approved: Mapping[str, Any]) -> str:
    """A short digest of the plan approved: which version of the plan a record covers."""
    return _digest(approved)


# the fields of an action's approved record whose changes are listed with old and new values
DONOR_KEYS = _VALIDATED_TEXTS


@dataclass(frozen=True)
class ValueChange:
    """One difference since the validation: ``what`` (amount, currency, secured, funding, line,
    rate, action, total) in ``title`` (an action's, or "" for the plan), old and new values as
    plain text ("" when added or removed); ``action_id`` the action's id ("" for the plan's own
    change), which counts the change to its action whatever the titles look like."""

    title: str
    what: str
    old: str
    new: str
    action_id: str = ""


# a line's funding secured or moved to another stage (IATI's pipeline) since the validation: progress
# in financing the plan approved, not an amendment of it (docs/funding-request.md); the fingerprint
# leaves them out, and the lists show them apart from the changes
FUNDING_PROGRESS = ("secured", "pipeline")


# the changes whose values are the officers' own text, printed as typed (never read as an amount,
# a date or a code: a title "GIS 2030" is no money)
FREE_TEXT = ("title", "dependencies", *DONOR_KEYS)


def _line_key(c: Mapping[str, Any]) -> tuple[Any, ...]:
    return (c.get("year"), c.get("funding"), c.get("funder"))


def _money(amount: Any, currency: Any) -> str:
    return f"{currency} {amount}"


def _source(c: Mapping[str, Any]) -> str:
    return str(c.get("funding")) + (f": {c.get('funder')}" if c.get("funder") else "")


def value_changes(validation: Validation | None, actions: Sequence[Action], finance: Finance) -> tuple[ValueChange, ...]:
    """Every difference between the plan approved (stored in ``validation``) and the plan now,
    with old and new values: actions added or removed, and per cost line (matched by year and
    funding source, else by order) its amount, currency, secured status, funding source; lines
    added or removed; the plan's currency and each rate; the totals. () without a validation or
    with a record made before the plan approved was stored."""
    if validation is None or validation.approved is None:
        return ()
    old = validation.approved
    now = approved_plan(actions, finance)
    out: list[ValueChange] = []
    before = {a["id"]: a for a in old.get("actions") or ()}
    after = {a["id"]: a for a in now["actions"]}
    for a in now["actions"]:
        b = before.get(a["id"])
        if b is None:
            out.append(ValueChange(a["title"], "action", "", "added", str(a["id"])))
            continue
        mine = _action_changes(a["title"], b, a) + _line_changes(a["title"], b.get("costs") or [], a["costs"])
        for name in DONOR_KEYS:  # the results framework, SDG target and risks approved, against now
            if str(b.get(name) or "") != str(a.get(name) or ""):
                mine.append(ValueChange(a["title"], name, str(b.get(name) or ""), str(a.get(name) or "")))
        if list(b.get("depends_on") or []) != list(a.get("depends_on") or []):  # by title, never by number
            mine.append(ValueChange(a["title"], "dependencies", _titles(b.get("depends_on"), before, after),
                                    _titles(a.get("depends_on"), after, before)))
        out.extend(replace(v, action_id=str(a["id"])) for v in mine)
    for b in old.get("actions") or ():
        if b["id"] not in after:
            out.append(ValueChange(b["title"], "action", "present", "", str(b["id"])))
    if old.get("currency") != now["currency"]:
        out.append(ValueChange("", "plan currency", str(old.get("currency") or ""), str(now["currency"] or "")))
    old_rates = {r["currency"]: r for r in old.get("rates") or ()}
    new_rates = {r["currency"]: r for r in now["rates"]}
    for code in sorted(set(old_rates) | set(new_rates)):
        o, n = old_rates.get(code), new_rates.get(code)
        text_o = f"USD 1 = {code} {o['per_usd']} ({o['date']})" if o else ""
        text_n = f"USD 1 = {code} {n['per_usd']} ({n['date']})" if n else ""
        if text_o != text_n:
            out.append(ValueChange("", "rate", text_o, text_n))
    if out:
        for code, t in now["totals"]["converted"].items():
            o = (old.get("totals") or {}).get("converted", {}).get(code)
            for which in ("cost", "gap"):
                if o is None or o.get(which) != t[which]:
                    out.append(ValueChange("", f"total {which}", _money(o[which], code) if o else "",
                                           _money(t[which], code)))
    return tuple(out)


def results_changes(was: ResultsChain | None, now: ResultsChain) -> tuple[ValueChange, ...]:
    """Every difference between the results chain the validation approved (``was``; None: no
    validation, or the chain it approved not known) and the chain now, with old and new values:
    an outcome or an indicator added or removed (``what`` "outcome" or "indicator", its id and name
    the value), and each field a change of which counts (``domain.plan.result_fields``,
    ``validated``), titled "indicator I3", named as the field's ``named`` ("means of
    verification", "data source URL"). The overall objective and the links are left out."""
    if was is None:
        return ()
    out: list[ValueChange] = []
    for record, old, new in (("outcome", was.outcomes, now.outcomes), ("indicator", was.indicators, now.indicators)):
        before = {x.id: x for x in old}
        after = {x.id: x for x in new}
        for x in new:
            b = before.get(x.id)
            if b is None:
                out.append(ValueChange("", record, "", f"{x.id} {x.name}"))
                continue
            out.extend(ValueChange(f"{record} {x.id}", f.named, field_text(f, getattr(b, f.name)),
                                   field_text(f, getattr(x, f.name)))
                       for f in fields_of(record)
                       if f.validated and field_text(f, getattr(b, f.name)) != field_text(f, getattr(x, f.name)))
        out.extend(ValueChange("", record, f"{x.id} {x.name}", "") for x in old if x.id not in after)
    return tuple(out)


def _timeline(a: Mapping[str, Any]) -> str:
    """An action's timeline as plain text: "2027-Q1 – 2027-Q4" (either may be empty)."""
    return f"{a.get('start') or ''} – {a.get('end') or ''}" if a.get("start") or a.get("end") else ""


def _action_changes(title: str, was: Mapping[str, Any], now: Mapping[str, Any]) -> list[ValueChange]:
    """The title, the timeline and the responsible institutions approved, against now: a change
    named "title", "timeline" or "responsible institutions" in the summary is listed with its values."""
    out: list[ValueChange] = []
    if str(was.get("title") or "") != str(now.get("title") or ""):
        out.append(ValueChange(title, "title", str(was.get("title") or ""), str(now.get("title") or "")))
    if _timeline(was) != _timeline(now):
        out.append(ValueChange(title, "timeline", _timeline(was), _timeline(now)))
    then, sure = list(was.get("institutions") or []), list(now.get("institutions") or [])
    if then != sure:  # one a line: a name may hold "; " itself, and is printed as typed
        out.append(ValueChange(title, "institutions", "\n".join(then), "\n".join(sure)))
    return out


def _titles(ids: Any, first: Mapping[str, Any], then: Mapping[str, Any]) -> str:
    """The titles of the actions ``ids`` ("; " between), looked up in ``first`` then ``then``."""
    out = []
    for i in ids or ():
        a = first.get(i) or then.get(i)
        out.append(str(a["title"]) if a else str(i))
    return "; ".join(out)


def _basis(c: Mapping[str, Any]) -> str:
    if c.get("unit_cost") is None:
        return ""
    return f"{_money(c['unit_cost'], c['currency'])} x {c.get('quantity')}"


def _sustained(c: Mapping[str, Any]) -> str:
    """A line's sustainability as plain text: "recurrent", "recurrent; from 2029 XOF 1000 a year"."""
    if not c.get("recurrent"):
        return ""
    if c.get("takeover_year") is None:
        return "recurrent"
    return f"recurrent; from {c['takeover_year']} {_money(c['takeover_amount'], c['currency'])} a year"


def _line_changes(title: str, old: Sequence[Mapping[str, Any]], new: Sequence[Mapping[str, Any]]) -> list[ValueChange]:
    out: list[ValueChange] = []
    rest = list(old)
    pairs: list[tuple[Mapping[str, Any] | None, Mapping[str, Any] | None]] = []
    unmatched: list[Mapping[str, Any]] = []
    for c in new:
        m = next((o for o in rest if o == c), None) or next((o for o in rest if _line_key(o) == _line_key(c)), None)
        if m is not None:
            rest.remove(m)
            pairs.append((m, c))
        else:
            unmatched.append(c)
    for c in unmatched:  # then by order among the lines left
        pairs.append((rest.pop(0) if rest else None, c))
    pairs.extend((o, None) for o in rest)
    for o, n in pairs:
        if o is None and n is not None:
            out.append(ValueChange(title, "line", "", f"{n['year']} {_money(n['amount'], n['currency'])} {_source(n)}"))
        elif n is None and o is not None:
            out.append(ValueChange(title, "line", f"{o['year']} {_money(o['amount'], o['currency'])} {_source(o)}", ""))
        elif o is not None and n is not None and o != n:
            where = f"{title} ({n['year']})"
            if o["amount"] != n["amount"] or o["currency"] != n["currency"]:
                out.append(ValueChange(where, "amount", _money(o["amount"], o["currency"]),
                                       _money(n["amount"], n["currency"])))
            if o.get("secured") != n.get("secured"):
                out.append(ValueChange(where, "secured", "yes" if o.get("secured") else "no",
                                       "yes" if n.get("secured") else "no"))
            if (o.get("pipeline") or "") != (n.get("pipeline") or ""):
                out.append(ValueChange(where, "pipeline", str(o.get("pipeline") or ""), str(n.get("pipeline") or "")))
            if (o.get("category") or "") != (n.get("category") or ""):
                out.append(ValueChange(where, "category", str(o.get("category") or ""), str(n.get("category") or "")))
            if _basis(o) != _basis(n):
                out.append(ValueChange(where, "basis", _basis(o), _basis(n)))
            if _sustained(o) != _sustained(n):
                out.append(ValueChange(where, "sustainability", _sustained(o), _sustained(n)))
            if _source(o) != _source(n):
                out.append(ValueChange(where, "funding", _source(o), _source(n)))
            if o.get("year") != n.get("year"):
                out.append(ValueChange(title, "year", str(o.get("year")), str(n.get("year"))))
            out += [ValueChange(where, k, str(o.get(k) or ""), str(n.get(k) or "")) for k in _OWN_COST
                    if str(o.get(k) or "") != str(n.get(k) or "")]  # a field declared later, by its name
    return out


def split_funding_progress(changes: Sequence[PlanChange], values: Sequence[ValueChange]
                           ) -> tuple[tuple[ValueChange, ...], tuple[ValueChange, ...]]:
    """``values`` as (the amendments of the plan approved, the funding's progress): a line's funding
    secured or moved to another stage is progress (:data:`FUNDING_PROGRESS`), and so are the totals
    when nothing else changed (the financing gap the funding alone moved)."""
    progress = tuple(v for v in values if v.what in FUNDING_PROGRESS)
    amend = tuple(v for v in values if v.what not in FUNDING_PROGRESS)
    if not changes and all(v.what.startswith("total") for v in amend):
        return (), progress + amend
    return amend, progress


def value_change_text(c: ValueChange) -> str:
    """One change as the command line and the workbook list it: "Census (2027): amount KES 1000 → KES 2000"."""
    head = f"{c.title}: " if c.title else ""
    if c.what in BY_NAME or c.what in _OWN_COST:  # a declared field, named by its label ("SDG target", never "sdg_target")
        c = ValueChange(c.title, field_words(c.what, "en"), c.old, c.new)
    if c.what == "institutions":  # stored one a line
        c = ValueChange(c.title, c.what, c.old.replace("\n", "; "), c.new.replace("\n", "; "))
    if not c.old:
        return f"{head}{c.what} added: {c.new}" if c.what != "action" else f"{head}added"
    if not c.new:
        return f"{head}{c.what} removed: {c.old}" if c.what != "action" else f"{head}removed"
    return f"{head}{c.what} {c.old} → {c.new}"


_MONEY_RE = re.compile(r"([A-Z]{3}) (\d+(?:\.\d+)?)")
_RATE_RE = re.compile(r"USD 1 = ([A-Z]{3}) (\d+(?:\.\d+)?) \((\d{4}-\d\d-\d\d)\)")
_LINE_RE = re.compile(r"(\d{4}) ([A-Z]{3}) (\d+(?:\.\d+)?) (.*)")
_SUSTAINED_RE = re.compile(r"recurrent; from (\d{4}) ([A-Z]{3}) (\d+(?:\.\d+)?) a year")
_BASIS_RE = re.compile(r"([A-Z]{3}) (\d+(?:\.\d+)?) x (\d+(?:\.\d+)?)")
_CODE_AFTER = ("fr", "es", "ru")  # "45 000 000 XOF" as these languages write an amount; "XOF 45,000,000" else


def _money_words(code: str, digits: str, lang: str, most: int = 8) -> str:
    from ..editorial import number

    places = min(len(digits.split(".")[1]) if "." in digits else 0, most)
    n = number(Decimal(digits), lang, places)
    return f"{n}\u00a0{code}" if lang in _CODE_AFTER else f"{code}\u00a0{n}"


def _value_words(text: str, what: str, lang: str) -> str:
    """An old or new value of a change in ``lang``: amounts and rates in its digits, dates in its
    words, yes/no, funding sources and stages in its terms; the user's own text as typed."""
    from ..editorial import date_long
    from ..texts import text as t

    if what in FREE_TEXT:  # the officers' own words, as typed
        return text
    if what == "secured" and text in ("yes", "no"):
        return t(f"wb.change.{text}", lang)
    if what == "pipeline" and text in ("identified", "pledged", "committed", "disbursed"):
        return t(f"wb.pipe.{text}", lang)
    if what == "category" and text:
        return t(f"wb.cat.{text}", lang)
    if what == "institutions":
        from ..editorial import semicolon_list

        return semicolon_list(text.split("\n"), lang)
    if what == "timeline" and " – " in text:
        from ..editorial import open_period_range

        start, _, end = text.partition(" – ")
        return open_period_range(start, end, lang)
    m = _SUSTAINED_RE.fullmatch(text)
    if what == "sustainability" and m:
        return t("wb.sust.takeover", lang, year=m.group(1), amount=_money_words(m.group(2), m.group(3), lang))
    if what == "sustainability" and text == "recurrent":
        return t("wb.sust.recurrent", lang)
    m = _BASIS_RE.fullmatch(text)
    if what == "basis" and m:
        from ..editorial import number

        return f"{_money_words(m.group(1), m.group(2), lang)} × {number(Decimal(m.group(3)), lang, 8)}"
    if what == "funding":
        funding, _, funder = text.partition(": ")
        if funding == "partner":
            return t("wb.totals.partner", lang, name=funder)
        if funding == "other":
            return t("wb.totals.other_named", lang, name=funder) if funder else t("wb.totals.other", lang)
        if funding == "national":
            return t("wb.totals.national", lang)
        return text
    m = _RATE_RE.fullmatch(text)
    if m:
        when = date_long(_dt.date.fromisoformat(m.group(3)), lang)
        return f"{_money_words('USD', '1', lang)} = {_money_words(m.group(1), m.group(2), lang)} ({when})"
    m = _MONEY_RE.fullmatch(text)
    if m:  # a total converted is kept to a millionth: read to the cent
        return _money_words(m.group(1), m.group(2), lang, 2 if what.startswith("total") else 8)
    m = _LINE_RE.fullmatch(text)
    if m and what == "line":
        return f"{m.group(1)}, {_money_words(m.group(2), m.group(3), lang)}, {_value_words(m.group(4), 'funding', lang)}"
    return text


def field_words(name: str, lang: str) -> str:
    """A declared text of an action or field of a cost line (``domain.plan.fields``) named within a sentence in ``lang``:
    its label, lower case first ("website", "site web") unless it starts with an acronym."""
    from ..texts import text as t

    label = t((BY_NAME[name] if name in BY_NAME else COST_BY_NAME[name]).label_key, lang)
    return label if label[1:2].isupper() else label[:1].lower() + label[1:]


def change_words(c: ValueChange, lang: str) -> str:
    """One difference since the validation in ``lang`` (the workbook's notes): what changed, the
    value approved and the value now, amounts, rates and dates as the language writes them."""
    from ..texts import TEXTS, text as t

    if c.what == "action":
        return t("wb.change.action_added" if not c.old else "wb.change.action_removed", lang, title=c.title)
    key = c.what.replace(" ", "_")
    what = t(f"wb.what.{key}", lang) if f"wb.what.{key}" in TEXTS else field_words(key, lang)
    head = t("wb.change.head", lang, title=c.title) if c.title else ""
    if not head:
        what = what[:1].upper() + what[1:]
    old, new = _value_words(c.old, c.what, lang), _value_words(c.new, c.what, lang)
    kind = "added" if not c.old else "removed" if not c.new else "changed"
    return t(f"wb.change.{kind}", lang, head=head, what=what, old=old, new=new)


def validation_from_plain(d: Mapping[str, Any]) -> Validation:
    approved = d.get("approved")
    return Validation(str(d.get("date") or ""), str(d.get("event") or ""),
                      tuple(str(x) for x in d.get("institutions") or ()), str(d.get("approved_by") or ""),
                      str(d.get("position") or ""),
                      tuple(ValidatedAction(str(a.get("id") or ""), str(a.get("title") or ""),
                                            str(a.get("fingerprint") or ""))
                            for a in d.get("actions") or ()),
                      str(d.get("entered_by") or ""), str(d.get("version") or ""),
                      approved if isinstance(approved, Mapping) else None)


@dataclass(frozen=True)
class ValidationEvent:
    """One entry of the plan's validation history, oldest first: ``kind`` "validated" (a first
    record, or one after a withdrawal), "revalidated" (a record replacing another, which the
    history keeps) or "withdrawn" (with its ``reason``); when it was written (``at``) and by whom
    (the ``operator`` of the computer), the record itself (None for a withdrawal)."""

    kind: str
    at: str
    operator: str
    validation: Validation | None = None
    reason: str = ""


def validation_events(rows: Iterable[tuple[Any, Any, str, str]]) -> tuple[ValidationEvent, ...]:
    """The validation history from its history rows (old, new, at, operator as stored, plain
    data), oldest first."""
    out: list[ValidationEvent] = []
    for old, new, at, operator in rows:
        if isinstance(new, Mapping) and "date" in new:
            kind = "revalidated" if isinstance(old, Mapping) and "date" in old else "validated"
            out.append(ValidationEvent(kind, str(at), str(operator or ""), validation_from_plain(new)))
        else:
            reason = str(new.get("withdrawn_because") or "") if isinstance(new, Mapping) else ""
            out.append(ValidationEvent("withdrawn", str(at), str(operator or ""), None, reason))
    return tuple(out)


def _line(value: str, what: str, limit: int, *, required: bool = True) -> str:
    s = " ".join(str(value or "").split())
    if required and not s:
        raise ValidationError(en_line("cli.validation.needs", what=what))
    if _CONTROL_RE.search(s):
        raise ValidationError(en_line("cli.validation.control", what=what))
    bad = text_problem(s, what, limit)
    if bad:
        raise ValidationError(bad)
    return s


def validated_action_problem(va: ValidatedAction) -> str | None:
    """Why a validated action (as a workbook carries it) is not one this application wrote."""
    if not va.id or len(va.id) > ID_MAX or _CONTROL_RE.search(va.id):
        return en_line("cli.validation.not_id", id=repr(va.id[:40]))
    if not _FINGERPRINT_RE.fullmatch(va.fingerprint or ""):
        return en_line("cli.validation.fingerprint", id=repr(va.id[:40]))
    return text_problem(va.title, "validated action's title", TITLE_MAX)


def validate_validation(v: Validation) -> Validation:
    """``v`` as stored (texts trimmed, date normalised), or :class:`ValidationError` naming the
    field. The validated actions need not match the plan (an action may have been added or removed
    since), but each must be well formed."""
    try:
        date = iso_date(str(v.date or ""))
    except ValueError as e:
        raise ValidationError(en_line("cli.validation.date", detail=e)) from None
    if date < "2000-01-01":
        raise ValidationError(en_line("cli.validation.before_2000", date=date))
    event = _line(v.event, en_line("cli.what.validation_event"), EVENT_MAX)
    names: list[str] = []
    for n in v.institutions:
        n = _line(n, en_line("cli.what.validation_institution"), INSTITUTION_TEXT_MAX, required=False)
        if n and n not in names:
            names.append(n)
    if not names:
        raise ValidationError(en_line("cli.validation.no_institutions"))
    if len(names) > INSTITUTIONS_PRESENT_MAX:
        raise ValidationError(en_line("cli.validation.institutions_max", n=INSTITUTIONS_PRESENT_MAX))
    who = _line(v.approved_by, en_line("cli.what.validation_approver"), NAME_MAX)
    position = _line(v.position, en_line("cli.what.validation_position"), NAME_MAX)
    if len(v.actions) > ACTIONS_MAX:
        raise ValidationError(en_line("cli.validation.too_many", n=f"{len(v.actions):,}", max=ACTIONS_MAX))
    seen: set[str] = set()
    for va in v.actions:
        bad = validated_action_problem(va)
        if bad:
            raise ValidationError(bad)
        if va.id in seen:
            raise ValidationError(en_line("cli.validation.twice", id=repr(va.id[:40])))
        seen.add(va.id)
    return Validation(date, event, tuple(names), who, position, tuple(v.actions), " ".join(str(v.entered_by).split()),
                      v.version, v.approved)


__all__ = ["FREE_TEXT", "FUNDING_PROGRESS", "split_funding_progress", "NAMED_PARTS", "named_parts", "change_words", "ValidationEvent", "validation_events", "PARTS", "PlanChange", "ValidatedAction", "Validation", "ValidationError",
           "changes_since", "fingerprint", "gaps_text", "validation_gaps", "ValueChange", "approved_plan",
           "plan_version", "results_changes", "value_change_text", "value_changes", "snapshot", "validate_validation", "validated_action_problem",
           "validation_from_plain",
           "validation_to_plain"]
