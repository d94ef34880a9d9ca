"""``capacity-app actions validate`` and ``actions compare``: the government's validation of the
plan (recorded, withdrawn, its history) and the plan of an earlier round against a later one.
Commands of the ``actions`` group (the package :mod:`capacity_app.cli.actionplan` adds them to it)."""
from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import click

from ...domain.plan.achieved import Outcome
from ...domain.plan.cost import amount_text
from ...domain.plan.validation import validation_to_plain
from ...domain.texts import text  # a refusal in English, from its cli.* entry (cli/said.py)
from ...services.assessments import ServiceError, get_assessment
from ...services.plan import actions as plans
from ...services.rounds import plan_rounds
from ..said import say
from ..text import shown
from .options import JSON
from .output import show, sums_text


@click.command("validate")
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
@JSON
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
            message = say("shown.plan.withdrawn")
        else:
            missing = [name for name, v in (("--date", date), ("--event", event),
                                            ("--institution", institutions), ("--approved-by", approved_by),
                                            ("--position", position)) if not v]
            if missing:
                raise ServiceError(text("cli.plan.validation_needs", options=", ".join(missing)))
            plans.record_validation(store, a.id, date=date or "", event=event or "",
                                    institutions=institutions, approved_by=approved_by or "",
                                    position=position or "")
            n = len(plans.action_plan(store, a.id))
            message = say("shown.plan.recorded_validated_one" if n == 1 else "shown.plan.recorded_validated", n=n)
    show(obj, a.id, as_json, message)


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
        click.echo(say("shown.plan.never_validated"))
    for e in events:
        who = e.operator or say("shown.plan.unnamed")
        if e.validation is None:
            click.echo(shown(say("shown.plan.history_withdrawn_reason" if e.reason else "shown.plan.history_withdrawn",
                                 at=e.at, who=who, reason=e.reason)))
            continue
        v = e.validation
        click.echo(shown(say("shown.plan.history_" + ("revalidated" if e.kind == "revalidated" else "validated"),
                             at=e.at, date=v.date, event=v.event, approved_by=v.approved_by, position=v.position,
                             who=v.entered_by or who, version=v.version or say("shown.plan.unknown_version"))))


@click.command("compare")
@click.argument("assessment_id")
@click.option("--with", "other", metavar="OTHER_ID", help="The other round (default: the previous one).")
@JSON
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
    click.echo(say("cli.compare.head", round=r.earlier.round, id=r.earlier.id, later=r.later.round,
                   later_id=r.later.id, date=r.later.effective_reference_date))
    for name, acts in groups:
        click.echo(say(f"cli.compare.{name}", n=len(acts)))
        for a in acts:
            end = name == "late" and a.end
            click.echo(shown("  - " + (say("cli.compare.ended", title=a.title, end=a.end) if end else a.title)))
    if r.spent:
        click.echo(say("cli.compare.spent", spent=sums_text(r.spent), planned=sums_text(r.planned),
                       cost=sums_text(r.cost)))
    else:
        click.echo(say("cli.compare.no_spending"))


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


__all__ = ["compare_cmd", "validate_cmd"]
