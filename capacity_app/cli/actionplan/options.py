"""What ``capacity-app actions`` reads from its options: an action named by number or id, a cost
line, an exchange rate, a signatory, and the fields of an action (the options ``add`` and
``edit`` share). The commands are in the package :mod:`capacity_app.cli.actionplan`."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

import click

from ...domain.plan.actions import ACTION_STATUSES, Action
from ...domain.plan.cost import (
    COST_CATEGORIES,
    FUNDING_SOURCES,
    PIPELINE_STATUSES,
    YEAR_MAX,
    YEAR_MIN,
    Cost,
    CostError,
    Finance,
    Rate,
    basis_amount,
    canonical,
    convert,
    normalise_currency,
    parse_amount,
    parse_quantity,
    parse_rate,
    pipeline_secured,
    rounded,
)
from ...domain.plan.request import ROLES, Signatory
from ...domain.plan.fields import ACTION_TEXTS, COST_FIELDS, TEXT_NAMES
from ...domain.texts import text as en_line  # a refusal in English, from its cli.* entry (cli/said.py)
from ...services.assessments import ServiceError

_PRIORITY_IN = {"1": 1, "2": 2, "3": 3, "high": 1, "medium": 2, "low": 3}
_COST_HELP = ('A cost line, repeatable (replaces the action\'s lines): "YEAR=AMOUNT [CURRENCY]'
              '[; national | partner=NAME | other[=TEXT]][; secured][; executed=AMOUNT][; CATEGORY]'
              '[; PIPELINE]", e.g. "2027=45000000 XOF; partner=IOM; committed; survey_operations". '
              'AMOUNT: digits, a point for decimals, or the cost basis UNIT_COSTxQUANTITY '
              '("1500000x12": the unit cost times the quantity). CATEGORY: staff, consultants, equipment, '
              'travel, training or survey_operations. PIPELINE: identified, pledged, committed or disbursed '
              '(committed and disbursed are secured). Sustainability: "recurrent" for a recurrent cost, and '
              '"takeover=YEAR:AMOUNT [CURRENCY]" when the national budget takes a partner\'s recurrent line over '
              'from YEAR (after the partner\'s last funded year) for AMOUNT a year, in the line\'s currency or, '
              'with CURRENCY (the plan\'s, say), converted into it at the plan\'s rates; never more than the '
              'line itself. The EU\'s indicative budget: "modality=MODALITY" (grants, procurement, indirect_entity, '
              'indirect_country or budget_support) and, for a line kept apart from the outcomes, "eu=LINE" '
              '(evaluation, audit, communication, contingencies or indirect_costs). '
              'Without CURRENCY, the plan\'s currency.')
# and what it says of each field a cost line declares after the first ones (domain.plan.fields)
_COST_HELP += "".join(f" {f.help}" for f in COST_FIELDS if f.help)


def find_action(plan: list[Action], ref: str) -> Action:
    """The action ``ref`` names: its number in the plan, its id, or a unique start of its id."""
    ref = ref.strip()
    # "٣" is action 3; "²" (a digit int() refuses) and 5,000 digits (int()'s limit) are no number
    if ref.isdecimal() and len(ref) <= 6 and 1 <= int(ref) <= len(plan) and not any(a.id == ref for a in plan):
        return plan[int(ref) - 1]
    exact = [a for a in plan if a.id == ref]
    if exact:
        return exact[0]
    starts = [a for a in plan if len(ref) >= 4 and a.id.startswith(ref)]
    if len(starts) == 1:
        return starts[0]
    if len(starts) > 1:
        raise ServiceError(en_line("cli.plan.ambiguous_id", ref=repr(ref), n=len(starts)))
    raise ServiceError(en_line("cli.plan.no_action", ref=repr(ref[:40]), last=len(plan)))


_COST_HEAD = re.compile(r"\s*(\d{4})\s*=\s*([^\s;]+)\s*([A-Za-z]{3})?\s*")


def parse_cost(text: str, currency: str | None, finance: Finance | None = None) -> Cost:
    """A cost line from the command line's form (see ``--cost``)."""
    parts = [p.strip() for p in text.split(";")]
    m = _COST_HEAD.fullmatch(parts[0])
    if not m:
        raise ServiceError(en_line("cli.plan.cost_head", cost=repr(text[:60])))
    year, amount_s, code = int(m.group(1)), m.group(2), m.group(3)
    unit_cost = quantity = None
    try:
        basis = _BASIS.fullmatch(amount_s)
        if basis:
            unit_cost, quantity = parse_amount(basis.group(1), "unit cost"), parse_quantity(basis.group(2))
            amount = basis_amount(unit_cost, quantity)
        else:
            amount = parse_amount(amount_s)
        code = normalise_currency(code) if code else currency
    except CostError as exc:
        raise ServiceError(en_line("cli.plan.cost_problem", cost=repr(text[:60]), problem=exc)) from None
    if not code:
        raise ServiceError(en_line("cli.plan.cost_currency", cost=repr(text[:60]),
                                   command="actions finance ID --currency CODE"))
    said: dict[str, Any] = {"year": year, "amount": amount, "currency": code, "unit_cost": unit_cost,
                            "quantity": quantity}
    for p in parts[1:]:
        if p:
            said.update(_cost_part(p, text, said, finance))
    if said.get("pipeline") and "secured" not in said:
        said["secured"] = pipeline_secured(said["pipeline"], False)
    return Cost(**said)


# the parts of --cost after its head: a field by its word ("executed=AMOUNT", "secured" alone for a
# yes), or a code of its own written bare (a funding source, a category, a pipeline status)
_BY_OPTION = {f.option: f for f in COST_FIELDS if f.option}
_BARE = {code: f for f in COST_FIELDS if not f.option and f.kind == "choice" for code in f.choices}


def _cost_part(p: str, text: str, said: dict[str, Any], finance: Finance | None) -> dict[str, Any]:
    """The fields one part of ``--cost`` sets (``said``: the line's fields said so far)."""
    key, _, value = p.partition("=")
    key = key.strip().lower()
    bare = _BARE.get(key.replace(" ", "_"))
    if key in FUNDING_SOURCES:  # the funding source, its =NAME the partner or other source
        return {"funding": key, "funder": value.strip()}
    if bare is not None and not value:
        return {bare.name: key.replace(" ", "_")}
    f = _BY_OPTION.get(key)
    if f is not None and f.kind == "bool" and not value:
        return {f.name: True}
    if key == "takeover":
        takeover_year, takeover_amount = _takeover(value, text, said["currency"], finance)
        return {"takeover_year": takeover_year, "takeover_amount": takeover_amount}
    if f is None or f.kind == "bool":
        raise ServiceError(en_line("cli.plan.cost_part", cost=repr(text[:60]), part=repr(p[:30]),
                                   categories=", ".join(COST_CATEGORIES), pipeline=", ".join(PIPELINE_STATUSES)))
    try:  # checked with the line (domain.plan.cost): a code, a text
        if f.kind == "amount":
            return {f.name: parse_amount(value, f.what)}
        if f.kind == "quantity":
            return {f.name: parse_quantity(value)}
        if f.kind == "year" and not (value.strip().isdecimal() and len(value.strip()) <= 4):
            raise CostError(en_line("cli.cost.year", got=repr(value.strip()[:20]), low=YEAR_MIN, high=YEAR_MAX))
    except CostError as exc:
        raise ServiceError(en_line("cli.plan.cost_problem", cost=repr(text[:60]), problem=exc)) from None
    return {f.name: int(value.strip()) if f.kind == "year" else value.strip()}


def _takeover(value: str, text: str, line_currency: str, finance: Finance | None) -> tuple[int, Decimal]:
    """``YEAR:AMOUNT [CURRENCY]`` of a cost line's takeover by the national budget: an amount in
    another currency than the line's (the plan's, say) converted into the line's at the plan's
    rates, as the takeover is stored in the line's currency."""
    year, sep, amount = value.partition(":")
    if not sep or not year.strip().isdigit():
        raise ServiceError(en_line("cli.plan.takeover_form", cost=repr(text[:60])))
    words = amount.split()
    try:
        typed = parse_amount(words[0] if words else "", "amount taken over a year")
        code = normalise_currency(words[1]) if len(words) == 2 else line_currency
        if len(words) > 2:
            raise CostError(en_line("cli.plan.takeover_amount"))
    except CostError as exc:
        raise ServiceError(en_line("cli.plan.cost_problem", cost=repr(text[:60]), problem=exc)) from None
    if code == line_currency:
        return int(year.strip()), typed
    converted = None if finance is None else convert(typed, code, line_currency, finance)
    if converted is None:
        raise ServiceError(en_line("cli.plan.takeover_rate", cost=repr(text[:60]), code=code, line=line_currency,
                                   command="actions finance ID --rate"))
    return int(year.strip()), canonical(rounded(converted, 2))


_BASIS = re.compile(r"([0-9_.]+)\s*[xX×*]\s*([0-9_.]+)")


_RATE = re.compile(r"\s*([A-Za-z]{3})\s*=\s*([^\s@;]+)\s*@\s*([^\s;]+)\s*(?:;\s*(.*))?")


def parse_rate_option(text: str) -> Rate:
    m = _RATE.fullmatch(text)
    if not m:
        raise ServiceError(en_line("cli.plan.rate_form", rate=repr(text[:60])))
    try:
        return Rate(m.group(1).upper(), parse_rate(m.group(2)), m.group(3), (m.group(4) or "").strip())
    except CostError as exc:
        raise ServiceError(en_line("cli.plan.rate_problem", rate=repr(text[:60]), problem=exc)) from None


def _priority(value: str) -> int:
    p = _PRIORITY_IN.get(value.strip().lower())
    if p is None:
        raise ServiceError(en_line("cli.plan.priority", value=repr(value)))
    return p


def _status(value: str) -> str:
    s = value.strip().lower().replace("-", "_").replace(" ", "_")
    if s not in ACTION_STATUSES:
        raise ServiceError(en_line("cli.plan.status", value=repr(value), statuses=", ".join(ACTION_STATUSES)))
    return s


def edited(a: Action, f: dict[str, Any], currency: str | None, plan: Sequence[Action] = (),
            finance: Finance | None = None) -> Action:
    """``a`` with the options given (None: not given); ``plan``: the actions a dependency may name."""
    changes: dict[str, Any] = {}
    for name in TEXT_NAMES:  # each text an action declares (domain.plan.fields), by its option
        if f[name] is not None:
            changes[name] = f[name]
    if f["depends_on"] is not None:
        refs = [r for r in f["depends_on"].replace(";", ",").split(",") if r.strip()]
        changes["depends_on"] = tuple(find_action(list(plan), r).id for r in refs)
    if f["title"] is not None:
        changes["title"] = f["title"]
    if f["owners"]:
        changes["institutions"] = tuple(f["owners"])
    if f["no_owners"]:
        changes["institutions"] = ()
    for name in ("start", "end"):
        if f[name] is not None:
            changes[name] = f[name] or None
    for name in ("resources", "milestone", "strategy"):
        if f[name] is not None:
            changes[name] = f[name]
    if f["recommendation"] is not None:
        changes["recommendation_id"] = f["recommendation"] or None
    if f["pq"] is not None:
        changes["policy_questions"] = tuple(p.strip().upper() for p in f["pq"].replace(";", ",").split(",")
                                            if p.strip())
    if f["priority"] is not None:
        changes["priority"] = _priority(f["priority"])
    if f["status"] is not None:
        changes["status"] = _status(f["status"])
    if f["priority_action"] is not None:
        changes["priority_action"] = f["priority_action"]
    if f["costs"]:
        changes["costs"] = tuple(parse_cost(c, currency, finance) for c in f["costs"])
    if f["no_costs"]:
        changes["costs"] = ()
    return replace(a, **changes)


def field_options(fn):
    options = [
        click.option("--title", help="What is to be done (one line)."),
        click.option("--owner", "owners", multiple=True,
                     help="A responsible institution, repeatable (replaces the list; the first one leads)."),
        click.option("--no-owners", is_flag=True, help="No responsible institution yet."),
        click.option("--start", help="Start: YYYY-MM-DD or a quarter such as 2027-Q1 (\"\" clears)."),
        click.option("--end", help="End: YYYY-MM-DD or a quarter such as 2027-Q4 (\"\" clears)."),
        click.option("--resources", help="Resources or technical assistance needed."),
        click.option("--milestone", help="Milestone or indicator of success."),
        click.option("--strategy", help="The NSDS or national strategy objective the action serves."),
        click.option("--recommendation", help="The recommendation id it comes from (\"\" clears)."),
        click.option("--pq", help="Policy questions it serves, e.g. \"A, C\" (\"\" clears)."),
        click.option("--priority", help="high, medium or low (1, 2, 3)."),
        click.option("--status", help=f"One of {', '.join(ACTION_STATUSES)}."),
        click.option("--priority-action/--no-priority-action", "priority_action", default=None,
                     help="One of the few priority actions the team chose (the plan at a glance)."),
        click.option("--depends-on", "depends_on",
                     help="The actions to be done first: their numbers or ids, e.g. \"1, 3\" (\"\" clears)."),
        *(click.option(f.option, f.name, help=f.help) for f in ACTION_TEXTS),
        click.option("--cost", "costs", multiple=True, help=_COST_HELP),
        click.option("--no-costs", is_flag=True, help="Remove every cost line."),
    ]
    for opt in reversed(options):
        fn = opt(fn)
    return fn


JSON = click.option("--json", "as_json", is_flag=True, help="Print the whole plan as JSON.")


def parse_signatory(text: str) -> Signatory:
    """``ROLE[=PARTNER]; NAME; TITLE`` as ``--signatory`` takes it."""
    parts = [p.strip() for p in text.split(";")]
    role, _, partner = parts[0].partition("=")
    role = role.strip().lower()
    if role not in ROLES or len(parts) != 3:
        raise ServiceError(f"signatory {text[:60]!r}: write ROLE; NAME; TITLE, ROLE one of government, finance "
                           "or partner=PARTNER, e.g. \"finance; A. Diallo; Minister of Finance\"")
    return Signatory(role, parts[1], parts[2], partner.strip())


__all__ = ["JSON", "field_options", "edited", "find_action", "parse_cost", "parse_rate_option", "parse_signatory"]
