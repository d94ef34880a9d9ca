"""``capacity-app actions``: the plan's results chain — the overall objective, the
outcomes, the indicators of every level and the outcome each action serves.

    capacity-app actions results ID [--json]                             the chain as a logframe
    capacity-app actions objective ID [TEXT] [--assumptions TEXT]        the overall objective
    capacity-app actions outcome add ID --name TEXT [--assumptions TEXT]
    capacity-app actions outcome edit ID OUTCOME [--name TEXT] [--assumptions TEXT]
    capacity-app actions outcome remove ID OUTCOME
    capacity-app actions indicator add ID (--objective | --outcome OUTCOME | --action ACTION) --name TEXT
                     [--unit TEXT] [--baseline VALUE --baseline-year YEAR] [--target YEAR=VALUE ...]
                     [--verification TEXT]
    capacity-app actions indicator edit ID INDICATOR [the same fields]
    capacity-app actions indicator remove ID INDICATOR
    capacity-app actions link ID ACTION OUTCOME                          ("none": no outcome)

OUTCOME is the outcome's id (O1) or number (1); INDICATOR its id (I1); ACTION the action's number,
id or the id's first four characters. Each verb takes ``--json`` and prints the whole plan with
its chain; an error is one line and exit code 2.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import click

from ..domain.plan.result_fields import LATER_FIELDS, ResultField, fields_of
from ..domain.plan.results import Indicator, ResultsChain, chain_to_plain, field_text, targets_text, value_text
from ..domain.texts import TEXTS
from ..services.assessments import ServiceError, get_assessment
from ..services.plan import actions as plans
from ..services.plan import results as chains
from .actionplan import actions_group, find_action, plan_json
from .said import language, say
from .text import shown

_JSON = click.option("--json", "as_json", is_flag=True, help="Print the whole plan and its results chain as JSON.")


def find_outcome(chain: ResultsChain, ref: str) -> str:
    """The id of the outcome ``ref`` names: its id (O1) or its number (1)."""
    ref = ref.strip()
    if chain.outcome(ref) is not None:
        return ref
    if ref.isdigit() and 1 <= int(ref) <= len(chain.outcomes):
        return chain.outcomes[int(ref) - 1].id
    known = ", ".join(o.id for o in chain.outcomes) or "none yet: add one with 'actions outcome add'"
    raise ServiceError(f"no outcome {ref[:40]!r}: give its id or number (the outcomes: {known})")


def print_chain(chain: ResultsChain, titles: dict[str, str]) -> None:
    """The chain as a logframe in text: objective, outcomes, outputs, each with its indicators."""
    def indicators(level: str, parent: str = "") -> None:
        for i in chain.indicators_of(level, parent):
            unit = f" ({i.unit})" if i.unit else ""
            base = (say("shown.results.baseline", value=value_text(i.baseline), year=i.baseline_year)
                    if i.baseline is not None else "")
            targets = say("shown.results.targets", targets=targets_text(i.targets)) if i.targets else ""
            verif = say("shown.results.verified", text=i.verification) if i.verification else ""
            click.echo(shown("      " + say("shown.results.indicator", id=i.id, name=i.name,
                                            rest=f"{unit}{base}{targets}{verif}{_later(i)}")))

    click.echo(shown(_objective(chain)))
    if chain.assumptions:
        click.echo(shown("      " + say("shown.results.assumptions", text=chain.assumptions)))
    indicators("objective")
    for n, o in enumerate(chain.outcomes, 1):
        click.echo(shown(say("shown.results.outcome", n=n, id=o.id, name=o.name)))
        if o.assumptions:
            click.echo(shown("      " + say("shown.results.assumptions", text=o.assumptions)))
        for f in LATER_FIELDS:
            if f.record == "outcome" and _said(f, o):
                click.echo(shown("      " + say("shown.plan.labelled", label=_what(f), text=_said(f, o))))
        indicators("outcome", o.id)
        for number, (aid, title) in enumerate(titles.items(), 1):
            if chain.outcome_of(aid) == o:
                click.echo(shown("   " + say("shown.results.output", n=number, title=title)))
                indicators("output", aid)
    unlinked = [(n, t) for n, (aid, t) in enumerate(titles.items(), 1) if chain.outcome_of(aid) is None]
    if unlinked:
        click.echo(say("shown.results.unlinked", numbers=", ".join(str(n) for n, _ in unlinked)))


def _objective(chain: ResultsChain) -> str:
    """"Overall objective: …" in the command line's language."""
    return say("shown.results.objective_line", objective=chain.objective or say("shown.results.not_given"))


def _what(f: ResultField) -> str:
    """A declared field as a line names it: its word (``what``) in English, its label (``wb.col.<header>``)
    in another language."""
    return f.what if language() == "en" or f.label_key not in TEXTS else say(f.label_key)


def _said(f: ResultField, record: object) -> str:
    """A field declared after the first ones in words ("" when not set)."""
    return field_text(f, getattr(record, f.name))


def _later(i: Indicator) -> str:
    """``; what: value`` for each field of an indicator declared after the first ones that is set."""
    return "".join("; " + say("shown.plan.labelled", label=_what(f), text=_said(f, i)) for f in LATER_FIELDS
                   if f.record == "indicator" and _said(f, i))


def _field_options(record: str, *, edit: bool) -> Callable[[Any], Any]:
    """The options of the fields ``record`` declares (``domain.plan.result_fields``), in their
    order: ``--name`` (required to add an outcome), each text, value and year as it is typed, the
    targets as ``--target YEAR=VALUE`` (repeatable) and ``--no-targets``."""
    options = []
    for f in fields_of(record):
        said = f.edit_help if edit and f.edit_help else f.help
        if f.kind == "targets":
            options += [click.option(f.option, f.name, multiple=True, help=said),
                        click.option("--no-targets", is_flag=True, help="Remove every target.")]
        else:
            required = record == "outcome" and f.kind == "name" and not edit
            options.append(click.option(f.option, f.name, required=required, help=said))

    def decorate(fn: Any) -> Any:
        for opt in reversed(options):
            fn = opt(fn)
        return fn

    return decorate


def _done(obj: Any, aid: int, as_json: bool, message: str) -> None:
    with obj.store(readonly=True) as store:
        state = plans.plan_state(store, aid)
    if as_json:
        click.echo(json.dumps(plan_json(aid, state), ensure_ascii=False, indent=2))
    else:
        click.echo(shown(message))


@actions_group.command("results")
@click.argument("assessment_id")
@_JSON
@click.pass_obj
def results_cmd(obj: Any, assessment_id: str, as_json: bool) -> None:
    """The plan's results chain: the overall objective, the outcomes, the actions as outputs, and
    the indicators of each with baseline, yearly targets and means of verification."""
    with obj.store(readonly=True) as store:
        a = get_assessment(store, assessment_id)
        state = plans.plan_state(store, a.id)
    if as_json:
        click.echo(json.dumps(chain_to_plain(state.results), ensure_ascii=False, indent=2))
        return
    print_chain(state.results, {x.id: x.title for x in state.actions})


@actions_group.command("objective")
@click.argument("assessment_id")
@click.argument("text", required=False)
@click.option("--assumptions", help="The assumptions the overall objective rests on.")
@_JSON
@click.pass_obj
def objective_cmd(obj: Any, assessment_id: str, text: str | None, assumptions: str | None, as_json: bool) -> None:
    """The overall objective (impact) the plan contributes to (shown without TEXT)."""
    with obj.store(readonly=text is None and assumptions is None) as store:
        a = get_assessment(store, assessment_id)
        chain = chains.results_chain(store, a.id)
        if text is not None or assumptions is not None:
            chains.set_objective(store, a.id, chain.objective if text is None else text, assumptions)
            chain = chains.results_chain(store, a.id)
    _done(obj, a.id, as_json, _objective(chain))


@actions_group.group("outcome")
def outcome_group() -> None:
    """The outcomes (specific objectives) the plan's actions serve: add, edit, remove."""


@outcome_group.command("add")
@click.argument("assessment_id")
@_field_options("outcome", edit=False)
@_JSON
@click.pass_obj
def outcome_add(obj: Any, assessment_id: str, name: str, as_json: bool, **f: Any) -> None:
    """Add an outcome (prints its id)."""
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        saved = chains.add_outcome(store, a.id, name, **f)
    _done(obj, a.id, as_json, saved.id)


@outcome_group.command("edit")
@click.argument("assessment_id")
@click.argument("outcome")
@_field_options("outcome", edit=True)
@_JSON
@click.pass_obj
def outcome_edit(obj: Any, assessment_id: str, outcome: str, as_json: bool, **f: Any) -> None:
    """Change an outcome's wording or assumptions."""
    if all(v is None for v in f.values()):
        raise ServiceError("nothing to change: give " + " or ".join(x.option for x in fields_of("outcome")))
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        oid = find_outcome(chains.results_chain(store, a.id), outcome)
        chains.edit_outcome(store, a.id, oid, **f)
    _done(obj, a.id, as_json, say("shown.results.saved_outcome", id=oid))


@outcome_group.command("remove")
@click.argument("assessment_id")
@click.argument("outcome")
@_JSON
@click.pass_obj
def outcome_remove(obj: Any, assessment_id: str, outcome: str, as_json: bool) -> None:
    """Remove an outcome and its indicators (refused while actions serve it)."""
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        oid = find_outcome(chains.results_chain(store, a.id), outcome)
        chains.remove_outcome(store, a.id, oid)
    _done(obj, a.id, as_json, say("shown.results.removed_outcome", id=oid))


@actions_group.group("indicator")
def indicator_group() -> None:
    """The indicators of the overall objective, the outcomes and the actions' outputs: add, edit, remove."""


@indicator_group.command("add")
@click.argument("assessment_id")
@click.option("--objective", "of_objective", is_flag=True, help="An indicator of the overall objective.")
@click.option("--outcome", help="An indicator of this outcome (its id or number).")
@click.option("--action", help="An indicator of this action's output (its number or id).")
@_field_options("indicator", edit=False)
@_JSON
@click.pass_obj
def indicator_add(obj: Any, assessment_id: str, of_objective: bool, outcome: str | None, action: str | None,
                  as_json: bool, no_targets: bool, **f: Any) -> None:
    """Add an indicator (prints its id)."""
    if [of_objective, outcome is not None, action is not None].count(True) != 1:
        raise ServiceError("say what the indicator measures: one of --objective, --outcome OUTCOME, --action ACTION")
    if not (f["name"] or "").strip():
        raise ServiceError("give the indicator a --name")
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        if outcome is not None:
            level, parent = "outcome", find_outcome(chains.results_chain(store, a.id), outcome)
        elif action is not None:
            level, parent = "output", find_action(plans.action_plan(store, a.id), action).id
        else:
            level, parent = "objective", ""
        f["targets"] = "; ".join(f["targets"])
        saved = chains.add_indicator(store, a.id, level, parent, f.pop("name"), **f)
    _done(obj, a.id, as_json, saved.id)


@indicator_group.command("edit")
@click.argument("assessment_id")
@click.argument("indicator")
@_field_options("indicator", edit=True)
@_JSON
@click.pass_obj
def indicator_edit(obj: Any, assessment_id: str, indicator: str, as_json: bool, no_targets: bool, **f: Any) -> None:
    """Change fields of one indicator (those given; the others stay)."""
    targets = "" if no_targets else ("; ".join(f.pop("targets")) or None)
    f.pop("targets", None)
    if targets is None and all(v is None for v in f.values()):
        raise ServiceError("nothing to change: give at least one field option (see --help)")
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        chains.edit_indicator(store, a.id, indicator.strip(), targets=targets, **f)
    _done(obj, a.id, as_json, say("shown.results.saved_indicator", id=indicator.strip()))


@indicator_group.command("remove")
@click.argument("assessment_id")
@click.argument("indicator")
@_JSON
@click.pass_obj
def indicator_remove(obj: Any, assessment_id: str, indicator: str, as_json: bool) -> None:
    """Remove one indicator."""
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        chains.remove_indicator(store, a.id, indicator.strip())
    _done(obj, a.id, as_json, say("shown.results.removed_indicator", id=indicator.strip()))


@actions_group.command("link")
@click.argument("assessment_id")
@click.argument("action")
@click.argument("outcome")
@_JSON
@click.pass_obj
def link_cmd(obj: Any, assessment_id: str, action: str, outcome: str, as_json: bool) -> None:
    """Link an action (an output) to the outcome it serves ("none": to no outcome)."""
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        act = find_action(plans.action_plan(store, a.id), action)
        none = outcome.strip().lower() in ("", "none")
        oid = None if none else find_outcome(chains.results_chain(store, a.id), outcome)
        chains.link_action(store, a.id, act.id, oid)
    _done(obj, a.id, as_json, say("shown.results.serves" if oid else "shown.results.serves_none", title=act.title[:60],
                                  id=oid))


def register(group: click.Group) -> None:
    """The verbs are commands of ``actions`` (registered by :mod:`.actionplan`)."""


__all__ = ["find_outcome", "print_chain", "register"]
