"""``capacity-app actions``: the costed action plan of an assessment, listed, drafted from the
recommendations, edited field by field, costed, and validated.

    capacity-app actions ID [--json] [--draft]                 the plan (``actions list``)
    capacity-app actions add ID --title "..." [fields]         a new action
    capacity-app actions edit ID ACTION [fields]               change any field of one action
    capacity-app actions remove ID ACTION
    capacity-app actions finance ID [--currency XOF] [--rate "XOF=605.25@2026-05-01"]
    capacity-app actions validate ID --date ... --event ... --institution ... --approved-by ... --position ...
    capacity-app actions compare ID [--with OTHER_ID]          against another round: done, late, dropped, spent
    capacity-app actions progress set|value|remove|show ...    the plan followed per period (cli/progress.py)
    capacity-app actions progress send|receive|proposals|accept|reject ...   from the institutions (progress_replies.py)

The results chain above the actions (overall objective, outcomes, indicators, each action's
outcome) has its own verbs, in :mod:`.results`: ``actions results``, ``actions objective``,
``actions outcome add|edit|remove``, ``actions indicator add|edit|remove``, ``actions link``.

ACTION is the action's number in the plan (1, 2 ...), its id, or the id's first characters (at
least four). Every command takes ``--json`` and prints the whole plan as JSON (amounts as decimal
text); an error is one line and exit code 2.
"""
from __future__ import annotations

import json
import re
from dataclasses import replace
from decimal import Decimal
from collections.abc import Sequence
from typing import Any

import click

from ..domain.plan.achieved import Outcome
from ..domain.plan.actions import ACTION_STATUSES, Action, new_action_id
from ..domain.languages import LANGUAGES
from ..domain.plan.budget import Matrix
from ..domain.plan.cost import (
    CONVERTED_PLACES,
    COST_CATEGORIES,
    FUNDING_SOURCES,
    PIPELINE_STATUSES,
    Cost,
    CostError,
    Finance,
    PlanTotals,
    Rate,
    Total,
    amount_text,
    basis_amount,
    canonical,
    convert,
    normalise_currency,
    parse_amount,
    parse_quantity,
    parse_rate,
    pipeline_secured,
    rate_to_plain,
    conversion_targets,
    rounded,
)
from ..domain.plan.results import chain_to_plain
from ..domain.plan.request import ROLES, Signatory, request_to_plain
from ..domain.plan.validation import change_words, split_funding_progress, value_change_text, validation_to_plain
from ..services.plan import actions as plans
from ..services.assessments import ServiceError, get_assessment, questionnaire_for
from ..services.rounds import plan_rounds
from ..storage.actionplan import plain
from .text import shown

_PRIORITY = {1: "high", 2: "medium", 3: "low"}
_PRIORITY_IN = {"1": 1, "2": 2, "3": 3, "high": 1, "medium": 2, "low": 3}
_PARTS = {"what": "what is to be done", "who": "responsible institutions", "when": "timeline",
          "cost": "cost", "priority": "priority", "title": "title", "results": "results framework",
          "risks": "risks and assumptions", "sdg_target": "SDG target", "dependencies": "dependencies on other actions",
          "categories": "cost categories", "bases": "cost bases", "sustainability": "sustainability"}
_FUNDING = {"national": "national budget", "partner": "development partner", "other": "other source"}
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
              'line itself. '
              'Without CURRENCY, the plan\'s currency.')


def action_dict(a: Action) -> dict[str, Any]:
    d = plain(a)
    assert d is not None
    return d


# --- output ----------------------------------------------------------------------------------

def _money(amount: Decimal, currency: str) -> str:
    from ..reports.money import format_money

    return format_money(amount, currency, "en")


def sums_text(d: dict[str, Decimal]) -> str:
    """Amounts of several currencies as the command line prints them ("nothing" for none)."""
    return " + ".join(_money(v, c) for c, v in sorted(d.items())) or "nothing"


def _usd(t: Total, which: str) -> str:
    if not t.in_usd:
        return ""
    value = t.cost_usd if which == "cost" else t.gap_usd
    return f" ({_money(rounded(value), 'USD')})"


def _total_json(t: Total) -> dict[str, Any]:
    return {
        "cost": {c: amount_text(v) for c, v in sorted(t.cost.items())},
        "secured": {c: amount_text(v) for c, v in sorted(t.secured.items())},
        "financing_gap": {c: amount_text(v) for c, v in sorted(t.gap.items())},
        "executed": {c: amount_text(v) for c, v in sorted(t.executed.items())},
        "planned_where_executed": {c: amount_text(v) for c, v in sorted(t.planned_of_executed.items())},
        "cost_usd": amount_text(rounded(t.cost_usd, 2)) if t.in_usd else None,
        "financing_gap_usd": amount_text(rounded(t.gap_usd, 2)) if t.in_usd else None,
        "lines": t.lines, "lines_in_usd": t.usd_lines,
    }


def totals_json(totals: PlanTotals) -> dict[str, Any]:
    return {
        "all": _total_json(totals.all),
        "by_year": {str(y): _total_json(t) for y, t in totals.by_year.items()},
        "by_institution": [{"institution": k, **_total_json(t)} for k, t in totals.by_institution.items()],
        "by_source": [{"funding": f, "funder": n, **_total_json(t)} for (f, n), t in totals.by_source.items()],
        "actions": totals.actions, "costed_actions": totals.costed_actions,
        "dropped_actions": totals.dropped_actions, "currencies_without_rate": list(totals.missing_rates),
    }


def plan_json(aid: int, state: plans.PlanState) -> dict[str, Any]:
    changed = {c.action_id: c for c in state.changes}
    actions = []
    for a in state.actions:
        d = action_dict(a)
        c = changed.get(a.id)
        d["changed_after_validation"] = None if c is None else {"kind": c.kind, "parts": list(c.parts),
                                                                 "named": list(c.named)}
        served = state.results.outcome_of(a.id)
        d["outcome"] = None if served is None else served.id
        actions.append(d)
    return {
        "assessment_id": aid,
        "currency": state.finance.currency,
        "rates": [rate_to_plain(r) for r in state.finance.rates],
        "validation": None if state.validation is None else validation_to_plain(state.validation),
        "changed_since_validation": [{"title": c.title, "what": c.what, "old": c.old, "new": c.new}
                                     for c in state.values],
        "changes_after_validation": [{"action_id": c.action_id, "title": c.title, "kind": c.kind,
                                      "parts": list(c.parts), "named": list(c.named)} for c in state.changes],
        "totals": totals_json(state.totals),
        "results": chain_to_plain(state.results),
        "budgets": budgets_json(state),
        "funding_request": request_to_plain(state.request),
        "actions": actions,
    }


def _matrix_json(m: Matrix) -> dict[str, Any]:
    return {"rows": list(m.rows), "columns": list(m.columns), "currencies": list(m.currencies),
            "cells": {code: [{"row": r, "column": c, "amount": amount_text(v)} for (r, c), v in m.cells[code].items()]
                      for code in m.currencies},
            "row_totals": {code: {r: amount_text(v) for r, v in m.row_totals[code].items()} for code in m.currencies},
            "column_totals": {code: {c: amount_text(v) for c, v in m.column_totals[code].items()}
                              for code in m.currencies},
            "total": {code: amount_text(v) for code, v in m.total.items()}}


def budgets_json(state: plans.PlanState) -> dict[str, Any]:
    """The budgets a donor reads as data: exact (converted lines are kept to a millionth, so a
    cell is its exact sum and the totals add up with no rounding difference)."""
    from ..domain.plan import budget

    acts, f = state.actions, state.finance
    exact = {code: CONVERTED_PLACES for code in {*conversion_targets(f), *(c.currency for a in acts for c in a.costs)}}
    return {
        "by_category": _matrix_json(budget.by_category(acts, f, exact)),
        "by_year_and_category": _matrix_json(budget.year_by_category(acts, f, exact)),
        "by_year_and_source": _matrix_json(budget.year_by_source(acts, f, exact)),
        "partners": {p: {"currency": budget.partner_currency(p, acts), **_matrix_json(budget.partner_budget(p, acts, f, exact))}
                     for p in budget.partners(acts)},
        "co_financing": [{"funding": s.source[0], "funder": s.source[1], "cost": amount_text(s.cost),
                          "percent": amount_text(s.percent), "unsecured": amount_text(s.unsecured)}
                         for s in budget.shares(acts, f)],
        "national_committed_by": state.request.committed_by,
        "taken_over_by_the_national_budget": [
            {"action": t.action, "funder": t.funder, "from_year": t.year, "amount_a_year": amount_text(t.amount),
             "currency": t.currency, "converted": {k: None if v is None else amount_text(v) for k, v in t.converted.items()}}
            for t in budget.takeovers(acts, f)],
    }


def _cost_text(c: Cost) -> str:
    who = _FUNDING[c.funding] if not c.funder else (
        c.funder if c.funding == "partner" else f"other: {c.funder}")
    out = f"{c.year} {_money(c.amount, c.currency)} {who}, {'secured' if c.secured else 'not secured'}"
    if c.pipeline:
        out += f" ({c.pipeline})"
    if c.unit_cost is not None and c.quantity is not None:
        out += f", {_money(c.unit_cost, c.currency)} × {amount_text(c.quantity)}"
    if c.category:
        out += f", {c.category.replace('_', ' ')}"
    if c.recurrent:
        out += ", recurrent"
    if c.takeover_year is not None and c.takeover_amount is not None:
        out += f", taken over by the national budget from {c.takeover_year}: {_money(c.takeover_amount, c.currency)} a year"
    if c.executed is not None:
        out += f", executed {_money(c.executed, c.currency)}"
    return out


def _print(state: plans.PlanState, lang: str = "en") -> None:
    v = state.validation
    if v is None:
        click.echo("Not validated: a proposed plan.")
    else:
        click.echo(shown(f"Validated on {v.date} at {v.event}, approved by {v.approved_by}, {v.position}"
                         f" (present: {'; '.join(v.institutions)})."))
        if v.entered_by or v.version:
            click.echo(shown(f"Recorded by {v.entered_by or 'an unnamed operator'}; plan version {v.version or 'unknown'}."))
        amended, progress = split_funding_progress(state.changes, state.values)
        if state.changes or amended:
            click.echo(f"Changed since the validation: {len(state.changes)} action"
                       f"{'s' if len(state.changes) != 1 else ''}.")
        for vc in amended:  # --lang: each change in that language, amounts, rates and dates as it writes them
            line = value_change_text(vc) if lang == "en" else change_words(vc, lang)
            click.echo(shown(f"  changed since the validation: {line}"))
        for vc in progress:  # progress in financing, no amendment: the stage's label, never its code
            click.echo(shown(f"  funding progress since the validation: {change_words(vc, lang)}"))
    if state.results.objective:
        click.echo(shown(f"Overall objective: {state.results.objective} ({len(state.results.outcomes)} outcomes; "
                         "actions results ID for the whole chain)"))
    f = state.finance
    rates = "; ".join(f"USD 1 = {r.currency} {amount_text(r.per_usd)} ({r.date}{', ' + r.source if r.source else ''})"
                      for r in f.rates)
    click.echo(shown(f"Currency: {f.currency or 'not set'}" + (f"; {rates}" if rates else "")))
    if not state.actions:
        click.echo("No actions in the plan (draft them with --draft, or add one with 'actions add').")
        return
    changed = {c.action_id: c for c in state.changes}
    for i, a in enumerate(state.actions, 1):
        when = " – ".join(x for x in (a.start or "", a.end or "") if x) or "no dates"
        owners = "; ".join(a.institutions) or "NO OWNER"
        pq = f" ({', '.join(a.policy_questions)})" if a.policy_questions else ""
        star = "* " if a.priority_action else ""
        click.echo(f"{i:>3}. {star}[{_PRIORITY.get(a.priority, a.priority)}, {a.status}] {shown(a.title)}{pq}")
        click.echo(f"     id {a.id}; owners: {shown(owners)}; {when}")
        served = state.results.outcome_of(a.id)
        if served is not None:
            click.echo(shown(f"     outcome {state.results.outcome_number(served.id)}: {served.name}"))
        for label, text in (("strategy", a.strategy), ("resources", a.resources), ("milestone", a.milestone),
                            ("SDG target", a.sdg_target), ("indicator", a.indicator), ("baseline", a.baseline),
                            ("target", a.target), ("means of verification", a.verification),
                            ("risks and assumptions", a.risks)):
            if text:
                click.echo(f"     {label}: {shown(text)}")
        if a.depends_on:
            number = {x.id: n for n, x in enumerate(state.actions, 1)}
            click.echo(shown("     depends on: " + "; ".join(
                f"action {number[d]} ({state.actions[number[d] - 1].title})" if d in number else d for d in a.depends_on)))
        for c in a.costs:
            click.echo(f"     cost: {shown(_cost_text(c))}")
        ch = changed.get(a.id)
        if ch is not None:
            what = ", ".join(_PARTS[p] for p in ch.named or ch.parts)
            click.echo(f"     CHANGED AFTER VALIDATION ({ch.kind}{': ' + what if what else ''})")
    for ch in state.changes:
        if ch.kind == "removed":
            click.echo(shown(f"     REMOVED AFTER VALIDATION: {ch.title}"))
    t = state.totals.all
    if t.lines:
        click.echo(f"Total cost {sums_text(t.cost)}{_usd(t, 'cost')}; secured {sums_text(t.secured)}; "
                   f"financing gap {sums_text(t.gap)}{_usd(t, 'gap')}.")
        if state.totals.missing_rates:
            click.echo(f"No exchange rate to the US dollar for {', '.join(state.totals.missing_rates)}.")


def _show(obj, aid: int, as_json: bool, message: str = "") -> None:
    with obj.store(readonly=True) as store:
        state = plans.plan_state(store, aid)
    if as_json:
        click.echo(json.dumps(plan_json(aid, state), ensure_ascii=False, indent=2))
        return
    if message:
        click.echo(shown(message))
    else:
        _print(state)


# --- parsing ---------------------------------------------------------------------------------

def _warn(warnings: Sequence[str]) -> None:
    """Saved, but implausible: each warning on standard error, "Warning: …" (exit status 0)."""
    for w in warnings:
        click.echo(shown(f"Warning: {w}"), err=True)


def find_action(plan: list[Action], ref: str) -> Action:
    """The action ``ref`` names: its number in the plan, its id, or a unique start of its id."""
    ref = ref.strip()
    if ref.isdigit() and 1 <= int(ref) <= len(plan) and not any(a.id == ref for a in plan):
        return plan[int(ref) - 1]
    exact = [a for a in plan if a.id == ref]
    if exact:
        return exact[0]
    starts = [a for a in plan if len(ref) >= 4 and a.id.startswith(ref)]
    if len(starts) == 1:
        return starts[0]
    if len(starts) > 1:
        raise ServiceError(f"{ref!r} starts the ids of {len(starts)} actions: give more of the id")
    raise ServiceError(f"no action {ref[:40]!r} in the plan: give its number (1 to {len(plan)}), "
                       "its id, or the id's first four characters or more")


_COST_HEAD = re.compile(r"\s*(\d{4})\s*=\s*([^\s;]+)\s*([A-Za-z]{3})?\s*")


def parse_cost(text: str, currency: str | None, finance: Finance | None = None) -> Cost:
    """A cost line from the command line's form (see ``--cost``)."""
    parts = [p.strip() for p in text.split(";")]
    m = _COST_HEAD.fullmatch(parts[0])
    if not m:
        raise ServiceError(f"cost {text[:60]!r}: start with YEAR=AMOUNT [CURRENCY], "
                           "e.g. 2027=45000000 XOF")
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
        raise ServiceError(f"cost {text[:60]!r}: {exc}") from None
    if not code:
        raise ServiceError(f"cost {text[:60]!r}: give the currency (the plan has none: set it with "
                           "'actions finance ID --currency CODE')")
    funding, funder, secured, executed = "national", "", False, None
    category = pipeline = ""
    said_secured = recurrent = False
    takeover_year: int | None = None
    takeover_amount: Decimal | None = None
    for p in parts[1:]:
        if not p:
            continue
        key, _, value = p.partition("=")
        key = key.strip().lower()
        if key in FUNDING_SOURCES:
            funding, funder = key, value.strip()
        elif key == "secured" and not value:
            secured = said_secured = True
        elif key.replace(" ", "_") in COST_CATEGORIES and not value:
            category = key.replace(" ", "_")
        elif key in PIPELINE_STATUSES and not value:
            pipeline = key
        elif key == "recurrent" and not value:
            recurrent = True
        elif key == "takeover":
            takeover_year, takeover_amount = _takeover(value, text, code, finance)
        elif key == "executed":
            try:
                executed = parse_amount(value, "amount executed")
            except CostError as exc:
                raise ServiceError(f"cost {text[:60]!r}: {exc}") from None
        else:
            raise ServiceError(f"cost {text[:60]!r}: {p[:30]!r} is not one of national, "
                               "partner=NAME, other[=TEXT], secured, executed=AMOUNT, a cost category "
                               f"({', '.join(COST_CATEGORIES)}), a pipeline status ({', '.join(PIPELINE_STATUSES)}), "
                               "recurrent or takeover=YEAR:AMOUNT")
    if pipeline and not said_secured:
        secured = pipeline_secured(pipeline, secured)
    return Cost(year, amount, code, funding, funder, secured, executed, category, unit_cost, quantity, pipeline,
                recurrent, takeover_year, takeover_amount)


def _takeover(value: str, text: str, line_currency: str, finance: Finance | None) -> tuple[int, Decimal]:
    """``YEAR:AMOUNT [CURRENCY]`` of a cost line's takeover by the national budget: an amount in
    another currency than the line's (the plan's, say) converted into the line's at the plan's
    rates, as the takeover is stored in the line's currency."""
    year, sep, amount = value.partition(":")
    if not sep or not year.strip().isdigit():
        raise ServiceError(f"cost {text[:60]!r}: write the takeover as takeover=YEAR:AMOUNT [CURRENCY], "
                           "e.g. takeover=2029:12000000")
    words = amount.split()
    try:
        typed = parse_amount(words[0] if words else "", "amount taken over a year")
        code = normalise_currency(words[1]) if len(words) == 2 else line_currency
        if len(words) > 2:
            raise CostError("write the amount taken over a year as AMOUNT [CURRENCY]")
    except CostError as exc:
        raise ServiceError(f"cost {text[:60]!r}: {exc}") from None
    if code == line_currency:
        return int(year.strip()), typed
    converted = None if finance is None else convert(typed, code, line_currency, finance)
    if converted is None:
        raise ServiceError(f"cost {text[:60]!r}: the takeover is in {code} and the line in {line_currency}, and the "
                           f"plan has no rate for both: give it in {line_currency}, or the rate "
                           "(actions finance ID --rate)")
    return int(year.strip()), canonical(rounded(converted, 2))


_BASIS = re.compile(r"([0-9_.]+)\s*[xX×*]\s*([0-9_.]+)")


_RATE = re.compile(r"\s*([A-Za-z]{3})\s*=\s*([^\s@;]+)\s*@\s*([^\s;]+)\s*(?:;\s*(.*))?")


def parse_rate_option(text: str) -> Rate:
    m = _RATE.fullmatch(text)
    if not m:
        raise ServiceError(f"rate {text[:60]!r}: write CODE=UNITS_PER_USD@DATE[; SOURCE], "
                           "e.g. \"XOF=605.25@2026-05-01; UN operational rate\"")
    try:
        return Rate(m.group(1).upper(), parse_rate(m.group(2)), m.group(3), (m.group(4) or "").strip())
    except CostError as exc:
        raise ServiceError(f"rate {text[:60]!r}: {exc}") from None


def _priority(value: str) -> int:
    p = _PRIORITY_IN.get(value.strip().lower())
    if p is None:
        raise ServiceError(f"priority {value!r}: high, medium or low (1, 2 or 3)")
    return p


def _status(value: str) -> str:
    s = value.strip().lower().replace("-", "_").replace(" ", "_")
    if s not in ACTION_STATUSES:
        raise ServiceError(f"status {value!r}: one of {', '.join(ACTION_STATUSES)}")
    return s


def _edited(a: Action, f: dict[str, Any], currency: str | None, plan: Sequence[Action] = (),
            finance: Finance | None = None) -> Action:
    """``a`` with the options given (None: not given); ``plan``: the actions a dependency may name."""
    changes: dict[str, Any] = {}
    for name in ("indicator", "baseline", "target", "verification", "risks", "sdg_target"):
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


def _field_options(fn):
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
        click.option("--indicator", help="Results framework: the indicator of the action's result."),
        click.option("--baseline", help="Results framework: the indicator's value now (with its year)."),
        click.option("--target", help="Results framework: the value the action should reach (with its year)."),
        click.option("--verification", help="Results framework: the means of verification (where the "
                                            "value will be read, e.g. the census report)."),
        click.option("--risks", help="Risks and assumptions (what the result depends on)."),
        click.option("--depends-on", "depends_on",
                     help="The actions to be done first: their numbers or ids, e.g. \"1, 3\" (\"\" clears)."),
        click.option("--sdg-target", "sdg_target", help="The SDG target the action serves, e.g. 17.18 (\"\" clears)."),
        click.option("--cost", "costs", multiple=True, help=_COST_HELP),
        click.option("--no-costs", is_flag=True, help="Remove every cost line."),
    ]
    for opt in reversed(options):
        fn = opt(fn)
    return fn


_JSON = click.option("--json", "as_json", is_flag=True, help="Print the whole plan as JSON.")


# --- commands --------------------------------------------------------------------------------

class PlanGroup(click.Group):
    """``actions ID`` (no sub-command) lists the plan, as it always has."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["list", *args]
        return super().parse_args(ctx, args)


@click.group("actions", cls=PlanGroup)
def actions_group() -> None:
    """The costed action plan of an assessment: list it (actions ID), draft it from the
    recommendations, add, edit or remove actions (every field), set the currency and exchange
    rates, and record the government's validation; then follow it per reporting period
    (actions progress set, value, remove, show), apart from the plan validated, and collect it from
    the institutions leading the actions (actions progress send, receive, proposals, accept, reject).

    Its results chain, a programme a donor funds: the overall objective (actions objective ID
    TEXT), the outcomes (actions outcome add|edit|remove), the indicators of the objective, each
    outcome and each action's output with baseline, yearly targets and means of verification
    (actions indicator add|edit|remove), the outcome each action serves (actions link ID ACTION
    OUTCOME), and the whole chain as a logframe (actions results ID)."""


@actions_group.command("list")
@click.argument("assessment_id")
@_JSON
@click.option("--draft", is_flag=True,
              help="First add an action for each recommendation the scoring picks that the plan "
                   "does not have yet (owners and dates left to fill in).")
@click.option("--lang", type=click.Choice(LANGUAGES), default="en",
              help="Language of the drafted titles and of the changes since the validation.")
@click.pass_obj
def list_cmd(obj, assessment_id: str, as_json: bool, draft: bool, lang: str) -> None:
    """The plan: each action with its responsible institutions, timeline, resources, milestone,
    priority, status, strategy objective and costs; the totals, the financing gap and the
    validation record."""
    added: tuple[Action, ...] = ()
    with obj.store(readonly=not draft) as store:
        a = get_assessment(store, assessment_id)
        if draft:
            added = plans.draft_from_recommendations(store, questionnaire_for(a), a.id, lang).actions
        state = plans.plan_state(store, a.id)
    if as_json:
        out = plan_json(a.id, state)
        if draft:
            out["drafted"] = [x.id for x in added]
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    if draft:
        click.echo(f"Drafted {len(added)} action{'s' if len(added) != 1 else ''} from the recommendations.")
    _print(state, lang)


@actions_group.command("add")
@click.argument("assessment_id")
@_field_options
@click.option("--at", "at", type=int, help="Its number in the plan (default: last).")
@_JSON
@click.pass_obj
def add_cmd(obj, assessment_id: str, at: int | None, as_json: bool, **fields: Any) -> None:
    """Add an action (a title at least); prints its id."""
    if not (fields.get("title") or "").strip():
        raise ServiceError("give the action a --title")
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        currency = plans.plan_finance(store, a.id).currency
        new = _edited(Action("new", ""), fields, currency, plans.action_plan(store, a.id),
                      plans.plan_finance(store, a.id))
        saved = plans.add_action(store, questionnaire_for(a), a.id, replace(new, id=new_action_id()),
                                 position=None if at is None else max(0, at - 1))
    _warn(saved.warnings)
    _show(obj, a.id, as_json, saved.action.id)


@actions_group.command("edit")
@click.argument("assessment_id")
@click.argument("action")
@_field_options
@_JSON
@click.pass_obj
def edit_cmd(obj, assessment_id: str, action: str, as_json: bool, **fields: Any) -> None:
    """Change fields of one action (those given; the others stay)."""
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        old = find_action(plans.action_plan(store, a.id), action)
        if not any(v not in (None, (), False) for v in fields.values()):
            raise ServiceError("nothing to change: give at least one field option (see --help)")
        finance = plans.plan_finance(store, a.id)
        new = _edited(old, fields, finance.currency, plans.action_plan(store, a.id), finance)
        saved = plans.update_action(store, questionnaire_for(a), a.id, new)
    _warn(saved.warnings)
    _show(obj, a.id, as_json, f"Saved action {saved.action.position + 1}: {saved.action.title}")


@actions_group.command("remove")
@click.argument("assessment_id")
@click.argument("action")
@_JSON
@click.pass_obj
def remove_cmd(obj, assessment_id: str, action: str, as_json: bool) -> None:
    """Remove one action from the plan."""
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        old = find_action(plans.action_plan(store, a.id), action)
        plans.remove_action(store, a.id, old.id)
    _show(obj, a.id, as_json, f"Removed: {old.title}")


@actions_group.command("finance")
@click.argument("assessment_id")
@click.option("--currency", help="The plan's currency, ISO 4217 (\"\": the country's).")
@click.option("--rate", "rates", multiple=True,
              help="An exchange rate, repeatable: CODE=UNITS_PER_USD@DATE[; SOURCE], e.g. "
                   "\"XOF=605.25@2026-05-01; UN operational rate of exchange\".")
@click.option("--remove-rate", "remove", multiple=True, help="Remove the rate of a currency (its code).")
@_JSON
@click.pass_obj
def finance_cmd(obj, assessment_id: str, currency: str | None, rates: tuple[str, ...],
                remove: tuple[str, ...], as_json: bool) -> None:
    """The plan's currency and exchange rates to the US dollar (shown without options)."""
    parsed = [parse_rate_option(r) for r in rates]
    with obj.store(readonly=currency is None and not rates and not remove) as store:
        a = get_assessment(store, assessment_id)
        if currency is not None or parsed or remove:
            plans.set_plan_finance(store, a.id, currency=currency, rates=parsed, remove_rates=remove)
            _warn(plans.rate_warnings(store, a.id))
        f = plans.plan_finance(store, a.id)
    if as_json:
        _show(obj, a.id, True)
        return
    click.echo(f"Currency: {f.currency or 'not set'}")
    for r in f.rates:
        click.echo(shown(f"USD 1 = {r.currency} {amount_text(r.per_usd)} on {r.date}"
                         + (f" ({r.source})" if r.source else "")))


@actions_group.command("request")
@click.argument("assessment_id")
@click.option("--committed-by", help="The institution that commits the national budget's part of the plan "
                                     "(e.g. \"Ministry of Finance\"; \"\": not said).")
@click.option("--signatory", "signatories", multiple=True,
              help="One who signs the funding request, repeatable (replaces the list): \"government; NAME; TITLE\", "
                   "\"finance; NAME; TITLE\" (the ministry of finance) or \"partner=PARTNER; NAME; TITLE\" "
                   "(PARTNER as the plan's cost lines name it).")
@click.option("--no-signatories", is_flag=True, help="Remove every signatory.")
@_JSON
@click.pass_obj
def request_cmd(obj, assessment_id: str, committed_by: str | None, signatories: tuple[str, ...],
                no_signatories: bool, as_json: bool) -> None:
    """The funding request's own record: who commits the national part, who signs (shown without
    options)."""
    parsed = [parse_signatory(x) for x in signatories]
    change = committed_by is not None or bool(parsed) or no_signatories
    with obj.store(readonly=not change) as store:
        a = get_assessment(store, assessment_id)
        if change:
            plans.set_funding_request(store, a.id, committed_by=committed_by,
                                      signatories=parsed if parsed or no_signatories else None)
        r = plans.funding_request(store, a.id)
    if as_json:
        click.echo(json.dumps(request_to_plain(r), ensure_ascii=False, indent=2))
        return
    click.echo(shown(f"National part committed by: {r.committed_by or 'not said'}"))
    for x in r.signatories:
        role = f"partner ({x.partner})" if x.role == "partner" else x.role
        click.echo(shown(f"Signatory, {role}: {x.name}, {x.title}"))


def parse_signatory(text: str) -> Signatory:
    """``ROLE[=PARTNER]; NAME; TITLE`` as ``--signatory`` takes it."""
    parts = [p.strip() for p in text.split(";")]
    role, _, partner = parts[0].partition("=")
    role = role.strip().lower()
    if role not in ROLES or len(parts) != 3:
        raise ServiceError(f"signatory {text[:60]!r}: write ROLE; NAME; TITLE, ROLE one of government, finance "
                           "or partner=PARTNER, e.g. \"finance; A. Diallo; Minister of Finance\"")
    return Signatory(role, parts[1], parts[2], partner.strip())


@actions_group.command("validate")
@click.argument("assessment_id")
@click.option("--date", help="The day the plan was validated (YYYY-MM-DD).")
@click.option("--event", help="Where: e.g. \"National validation workshop, Veloria City\".")
@click.option("--institution", "institutions", multiple=True, help="An institution present, repeatable.")
@click.option("--approved-by", help="The name of the person who approved the plan.")
@click.option("--position", help="That person's position.")
@click.option("--withdraw", is_flag=True, help="Remove the validation record (with --reason).")
@click.option("--reason", help="Why the validation is withdrawn (required with --withdraw; kept in the history).")
@click.option("--history", is_flag=True, help="List every validation record the plan has had: recorded, "
                                              "replaced by a new validation, withdrawn (with the reason), "
                                              "when and by whom.")
@_JSON
@click.pass_obj
def validate_cmd(obj, assessment_id: str, date: str | None, event: str | None,
                 institutions: tuple[str, ...], approved_by: str | None, position: str | None,
                 withdraw: bool, reason: str | None, history: bool, as_json: bool) -> None:
    """Record the government's validation of the plan as it is now (a later edit of an action is
    then listed as a change after validation), withdraw it, or list the records it has had (a new
    validation keeps the earlier record in the history)."""
    if history:
        _history(obj, assessment_id, as_json)
        return
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        if withdraw:
            plans.withdraw_validation(store, a.id, reason or "")
            message = "The validation record is withdrawn: the plan is proposed again."
        else:
            missing = [name for name, v in (("--date", date), ("--event", event),
                                            ("--institution", institutions), ("--approved-by", approved_by),
                                            ("--position", position)) if not v]
            if missing:
                raise ServiceError(f"a validation needs {', '.join(missing)}")
            plans.record_validation(store, a.id, date=date or "", event=event or "",
                                    institutions=institutions, approved_by=approved_by or "",
                                    position=position or "")
            n = len(plans.action_plan(store, a.id))
            message = f"The plan of {n} action{'s' if n != 1 else ''} is recorded as validated."
    _show(obj, a.id, as_json, message)


def _history(obj, assessment_id: str, as_json: bool) -> None:
    with obj.store(readonly=True) as store:
        a = get_assessment(store, assessment_id)
        events = plans.validation_history(store, a.id)
    if as_json:
        click.echo(json.dumps([{"kind": e.kind, "at": e.at, "operator": e.operator, "reason": e.reason,
                                "validation": None if e.validation is None else validation_to_plain(e.validation)}
                               for e in events], ensure_ascii=False, indent=2))
        return
    if not events:
        click.echo("The plan has never been validated.")
    for e in events:
        who = e.operator or "an unnamed operator"
        if e.validation is None:
            click.echo(shown(f"{e.at}: validation withdrawn by {who}" + (f": {e.reason}" if e.reason else "")))
            continue
        v = e.validation
        verb = "validated again (the earlier record replaced, kept here)" if e.kind == "revalidated" else "validated"
        click.echo(shown(f"{e.at}: {verb} on {v.date} at {v.event}, approved by {v.approved_by}, {v.position}; "
                         f"recorded by {v.entered_by or who}; plan version {v.version or 'unknown'}"))


@actions_group.command("compare")
@click.argument("assessment_id")
@click.option("--with", "other", metavar="OTHER_ID", help="The other round (default: the previous one).")
@_JSON
@click.pass_obj
def compare_cmd(obj, assessment_id: str, other: str | None, as_json: bool) -> None:
    """The earlier round's plan against the later round: its actions done, dropped, late (still
    open past their end at the later round's reference date), new or gone since, and the money
    spent to date, read from the earlier plan's progress reports as `actions achieved` reads them
    (an action's last report, else the plan's status; the money its reports say was spent, else
    the amount executed on its cost lines)."""
    with obj.store(readonly=True) as store:
        r = plan_rounds(store, assessment_id, other)
    c = r.comparison
    groups = (("done", c.done_since), ("dropped", c.dropped_since), ("late", c.late), ("still_open", c.still_open),
              ("new", c.new), ("removed", c.removed), ("already_done", c.already_done))
    if as_json:
        click.echo(json.dumps(_compare_json(r, groups), ensure_ascii=False, indent=2))
        return
    click.echo(f"Round {r.earlier.round} (assessment {r.earlier.id}) -> round {r.later.round} "
               f"(assessment {r.later.id}, reference date {r.later.effective_reference_date})")
    words = {"done": "Done since", "dropped": "Dropped since", "late": "Late (still open, end passed)",
             "still_open": "Still open", "new": "New in this round", "removed": "No longer in the plan",
             "already_done": "Done before"}
    for name, acts in groups:
        click.echo(f"{words[name]}: {len(acts)}")
        for a in acts:
            end = f" (end {a.end})" if name == "late" and a.end else ""
            click.echo(shown(f"  - {a.title}{end}"))
    if r.spent:
        click.echo(f"Spent to date: {sums_text(r.spent)} of {sums_text(r.planned)} planned on those lines "
                   f"(the plan costs {sums_text(r.cost)}).")
    else:
        click.echo("No spending recorded yet (no progress report gives money spent, no cost line an amount "
                   "executed).")


def _compare_json(r: Any, groups: Sequence[tuple[str, Sequence[Any]]]) -> dict[str, Any]:
    def item(a: Any) -> dict[str, Any]:
        d = {"id": a.id, "title": a.title, "status": a.status, "end": a.end}
        if isinstance(a, Outcome):  # an action of the earlier plan, as read from its progress reports
            d.update(period=a.period, late=a.late, spent={k: amount_text(v) for k, v in sorted(a.spent.items())})
        return d

    return {"earlier": {"id": r.earlier.id, "round": r.earlier.round},
            "later": {"id": r.later.id, "round": r.later.round, "reference_date": r.later.effective_reference_date},
            **{name: [item(a) for a in acts] for name, acts in groups},
            "executed": {k: amount_text(v) for k, v in sorted(r.spent.items())},
            "planned_where_executed": {k: amount_text(v) for k, v in sorted(r.planned.items())},
            "cost": {k: amount_text(v) for k, v in sorted(r.cost.items())}}


def register(group: click.Group) -> None:
    group.add_command(actions_group)


__all__ = ["action_dict", "find_action", "parse_cost", "plan_json", "register", "totals_json"]
