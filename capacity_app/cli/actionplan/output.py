"""What ``capacity-app actions`` prints: the plan as text and as JSON (its totals, budgets and
funding request), a cost line in words, and the warnings of a write. The commands are in
the package :mod:`capacity_app.cli.actionplan`."""
from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import click

from ...domain.plan.actions import Action
from ...domain.plan.budget import Matrix
from ...domain.plan.cost import (
    CONVERTED_PLACES,
    Cost,
    PlanTotals,
    Total,
    amount_text,
    conversion_targets,
    rate_to_plain,
    rounded,
)
from ...domain.plan.fields import ACTION_TEXTS, BY_NAME, COST_BY_NAME, COST_FIELDS, CostField
from ...domain.plan.request import request_to_plain
from ...domain.plan.results import chain_to_plain
from ...domain.plan.validation import change_words, split_funding_progress, value_change_text, validation_to_plain
from ...services.plan import actions as plans
from ...storage.actionplan import plain
from ..said import say
from ..text import shown

_PRIORITY = {1: "high", 2: "medium", 3: "low"}
_PARTS = {"what": "what is to be done", "who": "responsible institutions", "when": "timeline",
          "cost": "cost", "priority": "priority", "title": "title", "results": "results framework",
          "risks": "risks and assumptions", "sdg_target": "SDG target", "dependencies": "dependencies on other actions",
          "categories": "cost categories", "bases": "cost bases", "sustainability": "sustainability"}
_FUNDING = {"national": "national budget", "partner": "development partner", "other": "other source"}


def action_dict(a: Action) -> dict[str, Any]:
    d = plain(a)
    assert d is not None
    return d


def _money(amount: Decimal, currency: str) -> str:
    from ...reports.money import format_money

    return format_money(amount, currency, "en")


def sums_text(d: dict[str, Decimal]) -> str:
    """Amounts of several currencies as the command line prints them ("nothing" for none)."""
    return " + ".join(_money(v, c) for c, v in sorted(d.items())) or say("cli.plan.nothing")


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
        "results_changed_since_validation": [{"title": c.title, "what": c.what, "old": c.old, "new": c.new}
                                             for c in state.results_changes],
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
    from ...domain.plan import budget

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
    return out + "".join(f", {f.what} {_said(f, getattr(c, f.name), c.currency)}" for f in COST_FIELDS
                         if not f.worded and getattr(c, f.name) not in (None, False, ""))


def _said(f: CostField, value: Any, currency: str) -> str:
    """A field declared after a line's first ones as its line says it: an amount with its currency,
    a code with spaces, a yes as "yes", a text as it is."""
    if f.kind == "amount":
        return _money(value, currency)
    if f.kind == "bool":
        return "yes"
    if f.kind == "quantity":
        return amount_text(value)
    return str(value).replace("_", " ") if f.kind == "choice" else str(value)


def print_plan(state: plans.PlanState, lang: str = "en") -> None:
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
        for vc in state.results_changes:  # an outcome or indicator, and each field declared to count
            click.echo(shown(f"  results chain changed since the validation: {value_change_text(vc)}"))
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
                            *((f.what, getattr(a, f.name)) for f in ACTION_TEXTS)):
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
            what = ", ".join(_PARTS.get(p) or (BY_NAME[p] if p in BY_NAME else COST_BY_NAME[p]).what
                             for p in ch.named or ch.parts)
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


def show(obj, aid: int, as_json: bool, message: str = "") -> None:
    with obj.store(readonly=True) as store:
        state = plans.plan_state(store, aid)
    if as_json:
        click.echo(json.dumps(plan_json(aid, state), ensure_ascii=False, indent=2))
        return
    if message:
        click.echo(shown(message))
    else:
        print_plan(state)


def warn(warnings: Sequence[str]) -> None:
    """Saved, but implausible: each warning on standard error, "Warning: …" (exit status 0)."""
    for w in warnings:
        click.echo(shown(f"Warning: {w}"), err=True)


__all__ = ["action_dict", "budgets_json", "plan_json", "print_plan", "show", "sums_text", "totals_json", "warn"]
