"""``capacity-app actions``: the action plan of an assessment, listed or drafted from the
recommendations the scoring picks."""
from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

import click

from ..domain.actionplan import Action
from ..domain.languages import LANGUAGES
from ..services.actionplan import action_plan, draft_from_recommendations
from ..services.assessments import get_assessment, questionnaire_for
from .text import shown

_PRIORITY = {1: "high", 2: "medium", 3: "low"}


def action_dict(a: Action) -> dict[str, Any]:
    d = asdict(a)
    d["policy_questions"] = list(a.policy_questions)
    d["institutions"] = list(a.institutions)
    return d


def _print(actions: list[Action]) -> None:
    if not actions:
        click.echo("No actions in the plan (draft them with --draft, or add them in the window).")
        return
    for i, a in enumerate(actions, 1):
        when = " – ".join(x for x in (a.start or "", a.end or "") if x) or "no dates"
        owners = "; ".join(a.institutions) or "NO OWNER"
        pq = f" ({', '.join(a.policy_questions)})" if a.policy_questions else ""
        click.echo(f"{i:>3}. [{_PRIORITY.get(a.priority, a.priority)}, {a.status}] {shown(a.title)}{pq}")
        click.echo(f"     owners: {shown(owners)}; {when}")
        if a.resources:
            click.echo(f"     resources: {shown(a.resources)}")
        if a.milestone:
            click.echo(f"     milestone: {shown(a.milestone)}")


@click.command("actions")
@click.argument("assessment_id")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--draft", is_flag=True,
              help="First add an action for each recommendation the scoring picks that the plan "
                   "does not have yet (owners and dates left to fill in).")
@click.option("--lang", type=click.Choice(LANGUAGES), default="en",
              help="Language of the drafted titles.")
@click.pass_obj
def actions_cmd(obj, assessment_id: str, as_json: bool, draft: bool, lang: str) -> None:
    """The action plan of an assessment: each action with its responsible institutions,
    timeline, resources, milestone, priority and status."""
    with obj.store(readonly=not draft) as store:
        a = get_assessment(store, assessment_id)
        added: tuple[Action, ...] = ()
        if draft:
            added = draft_from_recommendations(store, questionnaire_for(a), a.id, lang).actions
        plan = action_plan(store, a.id)
    if as_json:
        out: dict[str, Any] = {"assessment_id": a.id, "actions": [action_dict(x) for x in plan]}
        if draft:
            out["drafted"] = [x.id for x in added]
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    if draft:
        click.echo(f"Drafted {len(added)} action{'s' if len(added) != 1 else ''} from the recommendations.")
    _print(plan)


def register(group: click.Group) -> None:
    group.add_command(actions_cmd)
