"""What ``capacity-app actions`` prints: the plan as text and as JSON (its totals, budgets and
funding request), a cost line in words, and the warnings of a write. The commands are in
the package :mod:`capacity_app.cli.actionplan`."""
from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import click

from ...domain.editorial import bracketed, comma
from ...domain.plan.actions import ACTION_STATUSES, Action
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
from ...domain.plan.action_fields import SHOWN
from ...domain.plan.fields import ACTION_TEXTS, BY_NAME, COST_BY_NAME, COST_FIELDS, CostField
from ...domain.plan.request import request_to_plain
from ...domain.plan.results import chain_to_plain
from ...domain.plan.validation import change_words, split_funding_progress, value_change_text, validation_to_plain
from ...services.plan import actions as plans
from ...storage.actionplan import plain
from ...domain.texts import TEXTS
from ..said import language, say, translated
from ..text import shown

_PRIORITY = {1: "high", 2: "medium", 3: "low"}  # said by the entries wb.level.<word>
# what changed in an action after the validation, said by the entries cli.plan.part.<name>
_PARTS = ("what", "who", "when", "cost", "priority", "title", "results", "risks", "sdg_target", "dependencies",
          "categories", "bases", "sustainability")

def action_dict(a: Action) -> dict[str, Any]:
    d = plain(a)
    assert d is not None
    return d


def _money(amount: Decimal, currency: str) -> str:
    from ...reports.money import format_money

    return format_money(amount, currency, language())


def rate_text(r: Any) -> str:
    """An exchange rate, "USD 1 = XOF 605.25", as the command line's language writes it (a terminal's
    line: no bidirectional isolates around it)."""
    lang = language()
    if lang == "en":
        return f"USD 1 = {r.currency} {amount_text(r.per_usd)}"
    from ...reports.money import format_rate

    return format_rate(r.per_usd, r.currency, lang).replace("\u2066", "").replace("\u2069", "")


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
    """A cost line in words, in the command line's language."""
    who = say(f"wb.funding.{c.funding}") if not c.funder else (
        c.funder if c.funding == "partner" else say("shown.plan.other_funder", funder=c.funder))
    out = say("shown.plan.cost_secured" if c.secured else "shown.plan.cost_not_secured", year=c.year,
              amount=_money(c.amount, c.currency), who=who)
    lang = language()
    if c.pipeline:  # its funding stage: the label of wb.pipe.<code>
        stage = say(f"wb.pipe.{c.pipeline}") if f"wb.pipe.{c.pipeline}" in TEXTS else c.pipeline
        out += f" ({stage})" if lang == "en" else bracketed(stage, lang)
    if c.unit_cost is not None and c.quantity is not None:
        out += f"{comma(lang)}{_money(c.unit_cost, c.currency)} × {amount_text(c.quantity)}"
    if c.category:
        key = f"wb.cat.{c.category}"
        out += comma(lang) + (say(key) if key in TEXTS else c.category.replace('_', ' '))
    if c.recurrent:
        out += say("shown.plan.recurrent")
    if c.takeover_year is not None and c.takeover_amount is not None:
        out += say("shown.plan.takeover", year=c.takeover_year, amount=_money(c.takeover_amount, c.currency))
    if c.executed is not None:
        out += say("shown.plan.executed", amount=_money(c.executed, c.currency))
    return out + "".join(f"{comma(lang)}{_what(f)} {_said(f, getattr(c, f.name), c.currency)}" for f in COST_FIELDS
                         if not f.worded and getattr(c, f.name) not in (None, False, ""))


def _what(f: Any) -> str:
    """A declared field as a line names it: its word (``what``) in English, its label (``wb.col.<header>``)
    in another language."""
    return f.what if language() == "en" or f.label_key not in TEXTS else say(f.label_key)

def _said(f: CostField, value: Any, currency: str) -> str:
    """A field declared after a line's first ones as its line says it: an amount with its currency,
    a code with spaces, a yes as "yes", a text as it is."""
    if f.kind == "amount":
        return _money(value, currency)
    if f.kind == "bool":
        return say("wb.change.yes")
    if f.kind == "quantity":
        return amount_text(value)
    return str(value).replace("_", " ") if f.kind == "choice" else str(value)


def print_plan(state: plans.PlanState, lang: str | None = None) -> None:
    """The plan as text, in ``lang`` (default: the command line's language): its validation and the
    changes since, its objective and currency, each action, the totals."""
    lang = lang or language()
    _print_validation(state, lang)
    if state.results.objective:
        n = len(state.results.outcomes)
        click.echo(shown(say("shown.plan.objective_one" if n == 1 else "shown.plan.objective",
                             objective=state.results.objective, n=n)))
    f = state.finance
    rates = "; ".join(f"{rate_text(r)} ({r.date}{', ' + r.source if r.source else ''})"
                      for r in f.rates)
    currency = f.currency or say("shown.plan.not_set")
    click.echo(shown(say("shown.plan.currency_rates", currency=currency, rates=rates) if rates
                     else say("shown.plan.currency", currency=currency)))
    if not state.actions:
        click.echo(say("shown.plan.no_actions"))
        return
    changed = {c.action_id: c for c in state.changes}
    for i, a in enumerate(state.actions, 1):
        _print_action(state, i, a, changed.get(a.id))
    for ch in state.changes:
        if ch.kind == "removed":
            click.echo(shown("     " + say("shown.plan.removed_after", title=ch.title)))
    t = state.totals.all
    if t.lines:
        click.echo(say("shown.plan.total", cost=sums_text(t.cost), cost_usd=_usd(t, 'cost'),
                       secured=sums_text(t.secured), gap=sums_text(t.gap), gap_usd=_usd(t, 'gap')))
        if state.totals.missing_rates:
            click.echo(say("shown.plan.no_rate", currencies=", ".join(state.totals.missing_rates)))


def _print_validation(state: plans.PlanState, lang: str) -> None:
    """The validation record and what changed since it (each change in ``lang``)."""
    v = state.validation
    if v is None:
        click.echo(say("shown.plan.proposed"))
        return
    click.echo(shown(say("shown.plan.validated", date=v.date, event=v.event, approved_by=v.approved_by,
                         position=v.position, institutions="; ".join(v.institutions))))
    if v.entered_by or v.version:
        click.echo(shown(say("shown.plan.recorded", who=v.entered_by or say("shown.plan.unnamed"),
                             version=v.version or say("shown.plan.unknown_version"))))
    amended, progress = split_funding_progress(state.changes, state.values)
    if state.changes or amended:
        n = len(state.changes)
        click.echo(say("shown.plan.changed_one" if n == 1 else "shown.plan.changed", n=n))
    for vc in amended:  # --lang: each change in that language, amounts, rates and dates as it writes them
        line = value_change_text(vc) if lang == "en" else change_words(vc, lang)
        click.echo(shown("  " + say("shown.plan.changed_value", line=line)))
    for vc in progress:  # progress in financing, no amendment: the stage's label, never its code
        click.echo(shown("  " + say("shown.plan.funding_progress", line=change_words(vc, lang))))
    for vc in state.results_changes:  # an outcome or indicator, and each field declared to count
        line = value_change_text(vc) if lang == "en" else change_words(vc, lang)
        click.echo(shown("  " + say("shown.plan.results_changed", line=line)))


def _print_action(state: plans.PlanState, i: int, a: Action, ch: Any) -> None:
    """Action number ``i``: its head, owners and dates, outcome, texts, dependencies, costs and
    its change after the validation (``ch``, None when none)."""
    when = " – ".join(x for x in (a.start or "", a.end or "") if x) or say("shown.plan.no_dates")
    owners = "; ".join(a.institutions) or say("shown.plan.no_owner")
    pq = f" ({', '.join(a.policy_questions)})" if a.policy_questions else ""
    star = "* " if a.priority_action else ""
    priority = say(f"wb.level.{_PRIORITY[a.priority]}") if a.priority in _PRIORITY else a.priority
    status = a.status if language() == "en" or a.status not in ACTION_STATUSES else say(f"cli.progress.status.{a.status}")
    click.echo(f"{i:>3}. {star}[{priority}{comma(language())}{status}] {shown(a.title)}{pq}")
    click.echo("     " + say("shown.plan.ids", id=a.id, owners=shown(owners), when=when))
    served = state.results.outcome_of(a.id)
    if served is not None:
        click.echo(shown("     " + say("shown.plan.outcome", n=state.results.outcome_number(served.id),
                                       name=served.name)))
    for label, text in (*((say(f.shown), getattr(a, f.name)) for f in SHOWN),
                        *((_what(f), getattr(a, f.name)) for f in ACTION_TEXTS)):
        if text:
            click.echo("     " + say("shown.plan.labelled", label=label, text=shown(text)))
    if a.depends_on:
        number = {x.id: n for n, x in enumerate(state.actions, 1)}
        click.echo(shown("     " + say("shown.plan.depends", actions="; ".join(
            say("shown.plan.depends_action", n=number[d], title=state.actions[number[d] - 1].title)
            if d in number else d for d in a.depends_on))))
    for c in a.costs:
        click.echo("     " + say("shown.plan.cost", line=shown(_cost_text(c))))
    if ch is not None:
        what = comma(language()).join(say(f"shown.plan.part.{p}") if p in _PARTS else
                         _what(BY_NAME[p] if p in BY_NAME else COST_BY_NAME[p]) for p in ch.named or ch.parts)
        kind = say(f"shown.plan.kind_{ch.kind}") if ch.kind in ("added", "changed", "removed") else ch.kind
        click.echo("     " + say("shown.plan.changed_after_what" if what else "shown.plan.changed_after",
                                 kind=kind, what=what))

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
        click.echo(shown(say("cli.progress.warning", text=translated(w))), err=True)


__all__ = ["action_dict", "budgets_json", "plan_json", "print_plan", "rate_text", "show", "sums_text", "totals_json", "warn"]
