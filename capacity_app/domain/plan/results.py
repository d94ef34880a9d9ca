"""The plan's results chain: a programme a donor can fund, not a list of actions (pure).

The chain reads as the EU's logical framework and the World Bank's results framework read it:
one **overall objective** (impact), a few **outcomes** (specific objectives) the plan is to reach,
and the actions as **outputs**, each linked to the outcome it serves (:class:`Link`). Every level
has its **indicators** (:class:`Indicator`): a name and unit, a baseline (a value and its year),
a target for each year of the plan (:class:`Target`, IATI's result indicator periods), the means
of verification; the overall objective and each outcome carry their **assumptions** (an output's
are its action's risks and assumptions).

An indicator has a stable id and its targets are keyed by year, so a measured value per year can
be attached to ``(indicator id, year)`` later without changing what is here. Values are
``Decimal`` in one spelling (``cost.canonical``), never a float.

Edits are pure functions from a chain to a new chain (``add_outcome``, ``edit_indicator``,
``link`` ...), each raising :class:`ResultsError` with one sentence naming what is wrong; the
whole chain is checked against the plan's actions and years by :func:`chain_problem`, the one
check every entry point (window, workbook, command line) goes through.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from ..celltext import text_problem
from .cost import canonical
from .result_fields import INDICATOR_FIELDS, NAME_MAX, OUTCOME_FIELDS, RESULTS_TEXT_MAX, ResultField
from ..texts import text as en_line  # a refusal in English, from its entry (domain/retold.py says it again)

LEVELS = ("objective", "outcome", "output")
OUTCOMES_MAX = 12           # a programme has a few outcomes, never a list of wishes
INDICATORS_MAX = 300        # over the whole chain
INDICATORS_PER_ITEM_MAX = 10
TARGETS_MAX = 30            # one per year of the plan
# NAME_MAX (an objective's, an outcome's or an indicator's name), RESULTS_TEXT_MAX (means of
# verification, assumptions) and UNIT_MAX: with the fields they limit, in result_fields.py
ID_MAX = 64
VALUE_DIGITS = 15
VALUE_DECIMALS = 6
YEAR_MIN, YEAR_MAX = 1950, 2100

_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
_VALUE_RE = re.compile(r"-?\d+(?:\.\d+)?")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")


class ResultsError(ValueError):
    """A results chain or an edit of it that cannot stand; one sentence naming what is wrong."""

    user_error = True


@dataclass(frozen=True)
class Target:
    """The value an indicator should reach in ``year``."""

    year: int
    value: Decimal


@dataclass(frozen=True)
class Indicator:
    """An objectively verifiable indicator of one level of the chain. ``parent``: "" for the
    overall objective, the outcome's id, or the action's id for an output."""

    id: str
    level: str
    parent: str
    name: str
    unit: str = ""
    baseline: Decimal | None = None
    baseline_year: int | None = None
    targets: tuple[Target, ...] = ()
    verification: str = ""

    def target_in(self, year: int) -> Decimal | None:
        return next((t.value for t in self.targets if t.year == year), None)


@dataclass(frozen=True)
class Outcome:
    """An outcome (specific objective) of the programme and the assumptions it rests on."""

    id: str
    name: str
    assumptions: str = ""


@dataclass(frozen=True)
class Link:
    """An action (an output) serves this outcome."""

    action: str
    outcome: str


@dataclass(frozen=True)
class ResultsChain:
    """The whole chain of one plan; outcomes and indicators in their order, links by action."""

    objective: str = ""
    assumptions: str = ""
    outcomes: tuple[Outcome, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    links: tuple[Link, ...] = ()

    @property
    def is_empty(self) -> bool:
        return self == ResultsChain()

    def outcome(self, outcome_id: str) -> Outcome | None:
        return next((o for o in self.outcomes if o.id == outcome_id), None)

    def outcome_number(self, outcome_id: str) -> int | None:
        """The outcome's number as the logframe prints it (1, 2 ...)."""
        return next((i for i, o in enumerate(self.outcomes, 1) if o.id == outcome_id), None)

    def outcome_of(self, action_id: str) -> Outcome | None:
        """The outcome ``action_id`` serves (None: not linked)."""
        link = next((x for x in self.links if x.action == action_id), None)
        return None if link is None else self.outcome(link.outcome)

    def indicators_of(self, level: str, parent: str = "") -> tuple[Indicator, ...]:
        return tuple(i for i in self.indicators if i.level == level and i.parent == parent)

    def indicator(self, indicator_id: str) -> Indicator | None:
        return next((i for i in self.indicators if i.id == indicator_id), None)

    def years(self) -> tuple[int, ...]:
        """Every year a target is set for, in order (the results framework's columns)."""
        return tuple(sorted({t.year for i in self.indicators for t in i.targets}))


# --- values --------------------------------------------------------------------------------------

def parse_value(text: object, what: str = "value") -> Decimal:
    """An indicator's value from its plain decimal spelling ("12", "-3.5", "87.25"; a Decimal or
    an int as it is), canonical. Never a float. Raises :class:`ResultsError` naming ``what``."""
    if isinstance(text, (bool, float)):
        raise ResultsError(f"the {what} must be given as a decimal number, not {type(text).__name__}")
    if isinstance(text, (int, Decimal)):
        d = Decimal(text)
    else:
        s = str(text).strip()
        if not _VALUE_RE.fullmatch(s):
            raise ResultsError(en_line("cli.results.not_number", what=what, value=repr(s[:40])))
        try:
            d = Decimal(s)
        except InvalidOperation:  # pragma: no cover - the pattern admits only decimals
            raise ResultsError(f"the {what} {s[:40]!r} is not a number") from None
    return check_value(d, what)


def check_value(d: Decimal, what: str = "value") -> Decimal:
    """``d`` canonical, or :class:`ResultsError`: not finite, too many digits or decimals."""
    if not isinstance(d, Decimal) or not d.is_finite():
        raise ResultsError(f"the {what} is not a number")
    d = canonical(d)
    exp = d.as_tuple().exponent
    decimals = -exp if isinstance(exp, int) and exp < 0 else 0
    if decimals > VALUE_DECIMALS:
        raise ResultsError(f"the {what} {value_text(d)} has {decimals} decimals: at most {VALUE_DECIMALS}")
    if len(d.as_tuple().digits) > VALUE_DIGITS:
        raise ResultsError(f"the {what} {value_text(d)} has more than {VALUE_DIGITS} digits")
    return d


def value_text(d: Decimal) -> str:
    """The canonical spelling ("45", "87.5", "-3"), as stored and exported."""
    return format(canonical(d), "f")


def parse_year(text: object, what: str = "year") -> int:
    """A year from ``2027`` (text or int), or :class:`ResultsError`."""
    s = str(text).strip()
    if isinstance(text, bool) or not re.fullmatch(r"\d{4}", s):
        raise ResultsError(en_line("cli.results.not_year", what=what, value=repr(s[:20])))
    year = int(s)
    if not YEAR_MIN <= year <= YEAR_MAX:
        raise ResultsError(en_line("cli.results.year_range", what=what, value=year, min=YEAR_MIN, max=YEAR_MAX))
    return year


def parse_targets(text: str) -> tuple[Target, ...]:
    """Targets written ``2027=40; 2028=55`` (as the command line and the workbook write them)."""
    out: list[Target] = []
    for part in (p.strip() for p in str(text).split(";")):
        if not part:
            continue
        year, sep, value = part.partition("=")
        if not sep:
            raise ResultsError(en_line("cli.results.target_form", target=repr(part[:40])))
        y = parse_year(year, en_line("cli.what.target_year"))
        out.append(Target(y, parse_value(value, en_line("cli.what.target_for", year=y))))
    return tuple(out)


def parse_field(f: ResultField, typed: Any) -> Any:
    """A declared field's value from what a person typed (the command line, the window, a workbook
    cell's text): a value or a year "" as not set, the targets ``2027=40; 2028=55`` (or
    :class:`Target`s), a text as it is; :class:`ResultsError` naming the field."""
    if f.kind in ("value", "year"):
        if typed is None or typed == "":
            return None
        return parse_value(typed, f.what) if f.kind == "value" else parse_year(typed, f.what)
    if f.kind == "targets":
        return parse_targets(typed) if isinstance(typed, str) else tuple(typed)
    return "" if typed is None else typed


def field_text(f: ResultField, value: Any) -> str:
    """A declared field's value as plain text ("" when not set): a value its decimal spelling, a
    year its digits, the targets ``2027=40; 2028=55``, a text as it is (the command line, the
    window's cells, the differences since the validation, the donors' workbook)."""
    if value is None:
        return ""
    if f.kind == "value":
        return value_text(value)
    if f.kind == "targets":
        return targets_text(value)
    return str(value)


def targets_text(targets: Iterable[Target]) -> str:
    """``2027=40; 2028=55``: what :func:`parse_targets` reads."""
    return "; ".join(f"{t.year}={value_text(t.value)}" for t in targets)


# --- the plan's years ----------------------------------------------------------------------------

def plan_years(actions: Iterable[Any]) -> tuple[int, int] | None:
    """The first and last year of the plan: its actions' timelines (start and end) and their cost
    lines' years; None when the plan has none yet. ``actions``: ``actions.Action``-like."""
    years: list[int] = []
    for a in actions:
        for when in (a.start, a.end):
            if when:
                years.append(int(str(when)[:4]))
        years.extend(int(c.year) for c in a.costs)
    return (min(years), max(years)) if years else None


# --- checks --------------------------------------------------------------------------------------

def _text(value: object, what: str, limit: int, *, single_line: bool = False,
          required: bool = False) -> str | None:
    if not isinstance(value, str):
        return f"the {what} must be text"
    if required and not value.strip():
        return f"the {what} is empty: give it a name"
    if single_line and _CONTROL_RE.search(value):
        return f"the {what} holds a line break or control character: keep it on one line"
    return text_problem(value, what, limit)


def _id_problem(value: object, what: str) -> str | None:
    if not isinstance(value, str) or not _ID_RE.fullmatch(value) or len(value) > ID_MAX:
        return f"the {what} id {str(value)[:40]!r} must be 1 to {ID_MAX} letters, digits, '_', '.' or '-'"
    return None


def _texts_problem(record: object, fields: tuple[ResultField, ...]) -> str | None:
    """Why one of the texts ``fields`` declares of ``record`` cannot be stored (the first), or None."""
    for f in fields:
        if f.is_text:
            bad = _text(getattr(record, f.name), f.what, f.limit, single_line=f.one_line, required=f.kind == "name")
            if bad:
                return bad
    return None


def outcome_problem(o: Outcome) -> str | None:
    """Why one outcome cannot be stored, or None."""
    return _id_problem(o.id, "outcome") or _texts_problem(o, OUTCOME_FIELDS)


def indicator_problem(i: Indicator, years: tuple[int, int] | None = None) -> str | None:
    """Why one indicator cannot be stored, or None. ``years``: the plan's first and last year
    (None: the targets' years are not checked against the plan)."""
    bad = _id_problem(i.id, "indicator") or _texts_problem(i, INDICATOR_FIELDS)
    if bad:
        return bad
    label = f"indicator {_short(i.name)!r}"
    if i.level not in LEVELS:
        return f"the level of {label} must be one of {', '.join(LEVELS)}, got {str(i.level)[:20]!r}"
    if (i.level == "objective") != (i.parent == ""):
        return f"{label}: only an indicator of the overall objective has no outcome or action"
    if (i.baseline is None) != (i.baseline_year is None):
        return f"{label}: give the baseline's value and its year together"
    try:
        values = [(f"baseline of {label}", i.baseline)] if i.baseline is not None else []
        values += [(f"target of {label} for {t.year}", t.value) for t in i.targets]
        for what, v in values:
            if check_value(v, what) != v:
                return f"the {what} is not written in its one spelling ({value_text(v)})"
        if i.baseline_year is not None:
            parse_year(i.baseline_year, f"baseline year of {label}")
        for t in i.targets:
            parse_year(t.year, f"target year of {label}")
    except ResultsError as exc:
        return str(exc)
    return _targets_problem(i, label, years)


def _targets_problem(i: Indicator, label: str, years: tuple[int, int] | None) -> str | None:
    if len(i.targets) > TARGETS_MAX:
        return f"{label} has {len(i.targets)} targets: at most {TARGETS_MAX}, one per year"
    seen: set[int] = set()
    for t in i.targets:
        if t.year in seen:
            return f"{label} has two targets for {t.year}: give one per year"
        seen.add(t.year)
        if i.baseline_year is not None and i.baseline_year > t.year:
            return (f"the baseline year {i.baseline_year} of {label} is after its target year {t.year}: "
                    "a baseline is where it stands before")
        if years is not None and not years[0] <= t.year <= years[1]:
            return (f"the target year {t.year} of {label} is outside the plan's years "
                    f"({years[0]}–{years[1]})")
    if [t.year for t in i.targets] != sorted(seen):
        return f"the targets of {label} are not in the order of their years"
    return None


def chain_problem(chain: ResultsChain, action_ids: Collection[str] | None = None,
                  years: tuple[int, int] | None = None) -> str | None:
    """Why ``chain`` cannot stand, in one sentence, or None. ``action_ids``: the plan's actions
    (None: links and outputs not checked against them); ``years``: the plan's first and last year
    (None: targets not checked against them)."""
    bad = (_text(chain.objective, "overall objective", NAME_MAX, single_line=True)
           or _text(chain.assumptions, "overall objective's assumptions", RESULTS_TEXT_MAX))
    if bad:
        return bad
    if len(chain.outcomes) > OUTCOMES_MAX:
        return f"{len(chain.outcomes)} outcomes: a programme has at most {OUTCOMES_MAX}"
    outcome_ids: set[str] = set()
    for o in chain.outcomes:
        bad = outcome_problem(o)
        if bad:
            return bad
        if o.id in outcome_ids:
            return f"the outcome id {o.id!r} is used twice"
        outcome_ids.add(o.id)
    return (_indicators_problem(chain, outcome_ids, action_ids, years)
            or _links_problem(chain, outcome_ids, action_ids))


def _indicators_problem(chain: ResultsChain, outcome_ids: set[str], action_ids: Collection[str] | None,
                        years: tuple[int, int] | None) -> str | None:
    if len(chain.indicators) > INDICATORS_MAX:
        return f"{len(chain.indicators)} indicators: a chain has at most {INDICATORS_MAX}"
    seen: set[str] = set()
    per_item: dict[tuple[str, str], int] = {}
    for i in chain.indicators:
        bad = indicator_problem(i, years)
        if bad:
            return bad
        if i.id in seen:
            return f"the indicator id {i.id!r} is used twice"
        seen.add(i.id)
        if i.level == "objective" and not chain.objective.strip():
            return f"indicator {_short(i.name)!r} measures the overall objective, which is not given yet"
        if i.level == "outcome" and i.parent not in outcome_ids:
            return f"indicator {_short(i.name)!r} measures outcome {i.parent[:40]!r}, which does not exist"
        if i.level == "output" and action_ids is not None and i.parent not in action_ids:
            return f"indicator {_short(i.name)!r} measures action {i.parent[:40]!r}, which is not in the plan"
        key = (i.level, i.parent)
        per_item[key] = per_item.get(key, 0) + 1
        if per_item[key] > INDICATORS_PER_ITEM_MAX:
            return f"more than {INDICATORS_PER_ITEM_MAX} indicators for one {i.level}: keep the few that matter"
    return None


def _links_problem(chain: ResultsChain, outcome_ids: set[str], action_ids: Collection[str] | None) -> str | None:
    linked: set[str] = set()
    for x in chain.links:
        bad = _id_problem(x.action, "action")
        if bad:
            return bad
        if x.action in linked:
            return f"action {x.action[:40]!r} is linked to two outcomes: an output serves one"
        linked.add(x.action)
        if x.outcome not in outcome_ids:
            return f"action {x.action[:40]!r} is linked to outcome {x.outcome[:40]!r}, which does not exist"
        if action_ids is not None and x.action not in action_ids:
            return f"outcome {x.outcome[:40]!r} is linked to action {x.action[:40]!r}, which is not in the plan"
    return None


_SPACES = re.compile(r"[ \t\r\n\f\v]+")


def _one_line(value: object) -> str:
    """A name on one line: runs of ordinary white space as one space, trimmed. A no-break space
    the user typed (a French amount, "N\u00b0\u00a024") is kept: ``str.split`` would fold it too."""
    return _SPACES.sub(" ", str(value)).strip(" ")


def validate_chain(chain: ResultsChain, action_ids: Collection[str] | None = None,
                   years: tuple[int, int] | None = None) -> ResultsChain:
    """``chain`` as stored (text trimmed, targets by year, indicators in the chain's order, links
    by action), or :class:`ResultsError`. ``action_ids`` in the plan's order when a sequence."""
    clean = ResultsChain(
        objective=_one_line(chain.objective), assumptions=str(chain.assumptions).strip(),
        outcomes=tuple(replace(o, **_cleaned(o, OUTCOME_FIELDS)) for o in chain.outcomes),
        indicators=_in_order(tuple(replace(i, **_cleaned(i, INDICATOR_FIELDS)) for i in chain.indicators),
                             chain.outcomes, action_ids),
        links=tuple(sorted(chain.links, key=lambda x: x.action)))
    problem = chain_problem(clean, action_ids, years)
    if problem:
        raise ResultsError(problem)
    return clean


def _cleaned(record: object, fields: tuple[ResultField, ...]) -> dict[str, Any]:
    """The fields of ``record`` as stored: a one-line text's runs of white space as one space,
    trimmed; a text of several lines trimmed (None: empty); the targets in the order of their years."""
    out: dict[str, Any] = {}
    for f in fields:
        v = getattr(record, f.name)
        if f.is_text and v is None:
            out[f.name] = ""
        elif f.one_line:
            out[f.name] = _one_line(v)
        elif f.kind == "text":
            out[f.name] = str(v).strip()
        elif f.kind == "targets":
            out[f.name] = tuple(sorted(v, key=lambda t: t.year))
    return out


def _in_order(indicators: tuple[Indicator, ...], outcomes: Sequence[Outcome],
              action_ids: Collection[str] | None) -> tuple[Indicator, ...]:
    """The indicators in the chain's order, as the logframe and the workbook list them: the
    overall objective's, then each outcome's in the outcomes' order, then each output's in the
    plan's order (``action_ids`` as a sequence; otherwise the order they came in), each group in
    the order given."""
    outcome_rank = {o.id: n for n, o in enumerate(outcomes)}
    action_rank: dict[str, int] = ({a: n for n, a in enumerate(action_ids)}
                                   if isinstance(action_ids, Sequence) else {})
    for i in indicators:
        if i.level == "output":
            action_rank.setdefault(i.parent, len(action_rank) + 10**6)

    def key(i: Indicator) -> tuple[int, int]:
        if i.level == "objective":
            return (0, 0)
        if i.level == "outcome":
            return (1, outcome_rank.get(i.parent, len(outcome_rank)))
        return (2, action_rank.get(i.parent, 0))

    return tuple(sorted(indicators, key=key))


def unmeasured_outcomes(chain: ResultsChain) -> list[str]:
    """What keeps the chain from being validated, one phrase each: every outcome needs at least
    one indicator (a donor funds what can be measured)."""
    return [en_line("cli.gap.outcome", n=n, title=_short(o.name))
            for n, o in enumerate(chain.outcomes, 1) if not chain.indicators_of("outcome", o.id)]


# --- edits ---------------------------------------------------------------------------------------

def next_id(prefix: str, taken: Iterable[str]) -> str:
    """The first free id ``prefix1``, ``prefix2`` ... (outcomes "O", indicators "I")."""
    used = set(taken)
    n = 1
    while f"{prefix}{n}" in used:
        n += 1
    return f"{prefix}{n}"


def set_objective(chain: ResultsChain, objective: str, assumptions: str | None = None) -> ResultsChain:
    """The overall objective (and its assumptions when given). Emptying it is refused while
    indicators measure it."""
    if not objective.strip() and chain.indicators_of("objective"):
        raise ResultsError(en_line("cli.results.objective"))
    return replace(chain, objective=objective,
                   assumptions=chain.assumptions if assumptions is None else assumptions)


def add_outcome(chain: ResultsChain, name: str, assumptions: str = "", outcome_id: str | None = None,
                **more: Any) -> ResultsChain:
    """``name`` added at the end (a new id "O<n>" unless ``outcome_id``); ``more``: the fields
    declared after the first ones (``domain.plan.result_fields``)."""
    oid = outcome_id or next_id("O", (o.id for o in chain.outcomes))
    if chain.outcome(oid) is not None:
        raise ResultsError(en_line("cli.results.outcome_exists", id=repr(oid)))
    return replace(chain, outcomes=(*chain.outcomes, Outcome(oid, name, assumptions, **more)))


def edit_outcome(chain: ResultsChain, outcome_id: str, name: str | None = None,
                 assumptions: str | None = None, **more: Any) -> ResultsChain:
    """The outcome with the fields given changed (None: as it is)."""
    old = _outcome(chain, outcome_id)
    given = {k: v for k, v in {"name": name, "assumptions": assumptions, **more}.items() if v is not None}
    new = replace(old, **given)
    return replace(chain, outcomes=tuple(new if o.id == outcome_id else o for o in chain.outcomes))


def remove_outcome(chain: ResultsChain, outcome_id: str, action_numbers: Mapping[str, int] | None = None
                   ) -> ResultsChain:
    """Without the outcome and its indicators; refused while actions serve it (naming them by
    their number in the plan, ``action_numbers``)."""
    _outcome(chain, outcome_id)
    serving = [x.action for x in chain.links if x.outcome == outcome_id]
    if serving:
        names = ", ".join(str((action_numbers or {}).get(a, a)) for a in serving)
        raise ResultsError(en_line("cli.results.served" if len(serving) > 1 else "cli.results.served_one",
                                   id=repr(outcome_id), names=names))
    return replace(chain, outcomes=tuple(o for o in chain.outcomes if o.id != outcome_id),
                   indicators=tuple(i for i in chain.indicators
                                    if not (i.level == "outcome" and i.parent == outcome_id)))


def add_indicator(chain: ResultsChain, indicator: Indicator) -> ResultsChain:
    """``indicator`` added at the end (a new id "I<n>" when its id is "")."""
    ind = indicator if indicator.id else replace(indicator, id=next_id("I", (i.id for i in chain.indicators)))
    if chain.indicator(ind.id) is not None:
        raise ResultsError(en_line("cli.results.indicator_exists", id=repr(ind.id)))
    return replace(chain, indicators=(*chain.indicators, ind))


def edit_indicator(chain: ResultsChain, indicator_id: str, **fields: Any) -> ResultsChain:
    """The indicator with ``fields`` changed (any of :class:`Indicator`'s but its id)."""
    old = chain.indicator(indicator_id)
    if old is None:
        raise ResultsError(en_line("cli.results.no_indicator", id=repr(indicator_id)))
    if "id" in fields:
        raise ResultsError(en_line("cli.results.id_fixed"))
    new = replace(old, **fields)
    return replace(chain, indicators=tuple(new if i.id == indicator_id else i for i in chain.indicators))


def remove_indicator(chain: ResultsChain, indicator_id: str) -> ResultsChain:
    if chain.indicator(indicator_id) is None:
        raise ResultsError(en_line("cli.results.no_indicator", id=repr(indicator_id)))
    return replace(chain, indicators=tuple(i for i in chain.indicators if i.id != indicator_id))


def link(chain: ResultsChain, action_id: str, outcome_id: str | None) -> ResultsChain:
    """``action_id`` serves ``outcome_id`` (None or "": no outcome)."""
    if outcome_id:
        _outcome(chain, outcome_id)
    links = [x for x in chain.links if x.action != action_id]
    if outcome_id:
        links.append(Link(action_id, outcome_id))
    return replace(chain, links=tuple(sorted(links, key=lambda x: x.action)))


def without_action(chain: ResultsChain, action_id: str) -> ResultsChain:
    """The chain once ``action_id`` leaves the plan: its link and its output indicators gone."""
    return replace(chain, links=tuple(x for x in chain.links if x.action != action_id),
                   indicators=tuple(i for i in chain.indicators
                                    if not (i.level == "output" and i.parent == action_id)))


def _outcome(chain: ResultsChain, outcome_id: str) -> Outcome:
    o = chain.outcome(outcome_id)
    if o is None:
        known = ", ".join(x.id for x in chain.outcomes) or en_line("cli.request.none_yet")
        raise ResultsError(en_line("cli.results.no_outcome", id=repr(str(outcome_id)[:40]), known=known))
    return o


def _short(text: str) -> str:
    t = " ".join(text.split())
    return t if len(t) <= 50 else t[:49] + "…"


# --- plain data (storage history rows, the command line's JSON) -----------------------------------

def chain_to_plain(chain: ResultsChain) -> dict[str, Any]:
    return {
        "objective": chain.objective, "assumptions": chain.assumptions,
        "outcomes": [{"id": o.id, **fields_to_plain(o, OUTCOME_FIELDS)} for o in chain.outcomes],
        "indicators": [indicator_to_plain(i) for i in chain.indicators],
        "links": [{"action": x.action, "outcome": x.outcome} for x in chain.links]}


def indicator_to_plain(i: Indicator) -> dict[str, Any]:
    return {"id": i.id, "level": i.level, "parent": i.parent, **fields_to_plain(i, INDICATOR_FIELDS)}


def field_to_plain(f: ResultField, v: Any) -> Any:
    """One field's value as plain data: a value as its decimal text, the targets as a list."""
    if f.kind == "value":
        return None if v is None else value_text(v)
    if f.kind == "targets":
        return [{"year": t.year, "value": value_text(t.value)} for t in v]
    return v


def field_from_plain(f: ResultField, v: Any) -> Any:
    """What :func:`field_to_plain` wrote (missing: not set)."""
    if f.kind == "value":
        return None if v is None else Decimal(str(v))
    if f.kind == "year":
        return None if v is None else int(v)
    if f.kind == "targets":
        return tuple(Target(int(t["year"]), Decimal(str(t["value"]))) for t in v or ())
    return str(v or "")


def fields_to_plain(record: object, fields: tuple[ResultField, ...]) -> dict[str, Any]:
    """The declared fields of ``record`` in their order; one declared after the first ones only
    when set (a chain without it keeps its plain data, and its history, as before)."""
    return {f.name: field_to_plain(f, getattr(record, f.name)) for f in fields
            if f.first or getattr(record, f.name) not in ("", None, ())}


def chain_from_plain(d: Mapping[str, Any]) -> ResultsChain:
    """What :func:`chain_to_plain` wrote (not checked: :func:`validate_chain` does)."""
    return ResultsChain(
        objective=str(d.get("objective") or ""), assumptions=str(d.get("assumptions") or ""),
        outcomes=tuple(Outcome(str(o["id"]), **_fields_from_plain(o, OUTCOME_FIELDS)) for o in d.get("outcomes") or ()),
        indicators=tuple(indicator_from_plain(i) for i in d.get("indicators") or ()),
        links=tuple(Link(str(x["action"]), str(x["outcome"])) for x in d.get("links") or ()))


def _fields_from_plain(d: Mapping[str, Any], fields: tuple[ResultField, ...]) -> dict[str, Any]:
    return {f.name: field_from_plain(f, d.get(f.name)) for f in fields}


def indicator_from_plain(d: Mapping[str, Any]) -> Indicator:
    return Indicator(id=str(d["id"]), level=str(d["level"]), parent=str(d.get("parent") or ""),
                     **_fields_from_plain(d, INDICATOR_FIELDS))


def with_fields_of(chain: ResultsChain, here: ResultsChain, fields: Iterable[tuple[str, str]]) -> ResultsChain:
    """``chain`` with the ``fields`` ((record, name): those a workbook sent before they were
    declared has no column for) of each outcome and indicator taken from ``here`` when it has the
    same id (left as they are here, never cleared by the import)."""
    fields = tuple(fields)
    if not fields:
        return chain

    def kept(record: str, x: Any, before: Any) -> Any:
        names = [n for r, n in fields if r == record]
        return x if before is None or not names else replace(x, **{n: getattr(before, n) for n in names})

    return replace(chain, outcomes=tuple(kept("outcome", o, here.outcome(o.id)) for o in chain.outcomes),
                   indicators=tuple(kept("indicator", i, here.indicator(i.id)) for i in chain.indicators))


def outputs_in_order(chain: ResultsChain, action_ids: Sequence[str]) -> list[tuple[str, str | None]]:
    """Each action of the plan (its order) with the outcome it serves (None: not linked)."""
    by_action = {x.action: x.outcome for x in chain.links}
    return [(a, by_action.get(a)) for a in action_ids]


__all__ = [
    "INDICATORS_MAX", "LEVELS", "OUTCOMES_MAX", "Indicator", "Link", "Outcome", "ResultsChain", "ResultsError",
    "Target", "add_indicator", "add_outcome", "chain_from_plain", "chain_problem", "chain_to_plain",
    "check_value", "edit_indicator", "edit_outcome", "indicator_from_plain", "indicator_problem",
    "indicator_to_plain", "link", "next_id", "outcome_problem", "outputs_in_order", "field_text", "parse_field", "parse_targets",
    "parse_value", "parse_year", "plan_years", "remove_indicator", "remove_outcome", "set_objective",
    "targets_text", "unmeasured_outcomes", "validate_chain", "value_text", "with_fields_of", "without_action",
]
