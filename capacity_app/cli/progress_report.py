"""``capacity-app actions progress summary|measure``: the planning unit's own words in the
implementation report of a period (docs/progress.md).

    capacity-app actions progress summary ID PERIOD [--text TEXT] [--decision TEXT]... [--clear] [--json]
    capacity-app actions progress measure ID ACTION PERIOD --text TEXT [--who WHO] [--by YYYY-MM-DD]
                                     [--remove] [--json]

``summary`` without --text, --decision or --clear prints what is written for the period, with
each action at risk or off track and its measure (or that it has none). ACTION is the action's
number in the plan, its id or the id's first four characters or more. An error is one line and
exit code 2; nothing is written. Lines are in the user's language (cli/said.py).
"""
from __future__ import annotations

import json
from typing import Any

import click

from ..domain.plan.period_report import Measure, PeriodReport, measure_to_plain, report_to_plain
from ..services.assessments import get_assessment
from ..services.plan import actions as plans
from ..services.plan import period_report as words
from ..services.plan import progress as prog
from .actionplan import find_action
from .progress import say
from .text import shown


def _as_json(aid: int, report: PeriodReport, measures: dict[str, Measure]) -> dict[str, Any]:
    return {"assessment": aid, **report_to_plain(report),
            "measures": [measure_to_plain(m) for m in measures.values()]}


def _print(report: PeriodReport, measures: dict[str, Measure], summary: Any) -> None:
    if report.empty:
        click.echo(say("cli.period.none", period=report.period))
    if report.summary:
        first, *rest = report.summary.splitlines()
        click.echo(shown(say("cli.period.summary", period=report.period, text=first)))
        for line in rest:
            click.echo(shown("   " + line))
    for n, d in enumerate(report.decisions, 1):
        click.echo(shown(say("cli.period.decision", n=n, text=d)))
    for r in summary.rows:
        m = measures.get(r.action.id)
        if m is None:
            if r.standing.overall in ("at_risk", "off_track"):
                click.echo(say("cli.period.no_measure", n=r.number, period=report.period,
                               standing=say(f"cli.progress.standing.{r.standing.overall}")))
            continue
        click.echo(shown(say("cli.period.measure", n=r.number, text=m.text)))
        if m.who:
            click.echo(shown("   " + say("cli.period.measure_who", who=m.who)))
        if m.by:
            click.echo("   " + say("cli.period.measure_by", date=m.by))


@click.command("summary")
@click.argument("assessment_id")
@click.argument("period")
@click.option("--text", "body", help="The planning unit's summary of the period (replaces the one written).")
@click.option("--decision", "decisions", multiple=True,
              help="A decision asked of the minister, repeatable, in order (replaces the period's decisions).")
@click.option("--clear", is_flag=True, help="Remove the period's summary and decisions (the history keeps them).")
@click.option("--json", "as_json", is_flag=True, help="Print the period's summary, decisions and measures as JSON.")
@click.pass_obj
def summary_cmd(obj, assessment_id: str, period: str, body: str | None, decisions: tuple[str, ...], clear: bool,
                as_json: bool) -> None:
    """Write the planning unit's summary of a period and the decisions it asks of the minister, as
    the implementation report prints them; without --text, --decision or --clear, show them."""
    writing = clear or body is not None or bool(decisions)
    with obj.store(readonly=not writing) as store:
        a = get_assessment(store, assessment_id)
        if writing:
            old = words.period_words(store, a.id, period).report
            text = "" if clear else (old.summary if body is None else body)
            given = () if clear else (decisions or old.decisions)
            saved = words.record_period_report(store, a.id, period, text, given)
            report = saved.report
        got = words.period_words(store, a.id, period)
        report, measures = got.report, got.measures
        summary = prog.summary(store, a.id, report.period)
    if as_json:
        click.echo(json.dumps(_as_json(a.id, report, measures), ensure_ascii=False, indent=2))
    elif not writing:
        _print(report, measures, summary)
    elif report.empty:
        click.echo(say("cli.period.cleared", period=report.period))
    else:
        click.echo(say("cli.period.saved_one" if len(report.decisions) == 1 else "cli.period.saved",
                       period=report.period, chars=len(report.summary), n=len(report.decisions)))


@click.command("measure")
@click.argument("assessment_id")
@click.argument("action")
@click.argument("period")
@click.option("--text", "body", default=None,
              help="What will be done to bring the action back on track (kept when not given).")
@click.option("--who", default=None, help="Who takes the measure (an institution, a unit, a person; "
                                          "kept when not given, --who \"\" to clear it).")
@click.option("--by", "by", default=None, help="By when, YYYY-MM-DD (kept when not given, --by \"\" to clear it).")
@click.option("--remove", is_flag=True, help="Remove the action's measure for the period (the history keeps it).")
@click.option("--json", "as_json", is_flag=True, help="Print the measure as recorded, as JSON.")
@click.pass_obj
def measure_cmd(obj, assessment_id: str, action: str, period: str, body: str | None, who: str | None,
                by: str | None, remove: bool, as_json: bool) -> None:
    """Write the corrective measure of an action for a period (an action at risk or off track), as
    the implementation report prints it beside the action and its reason; what is not given is
    kept as it was written."""
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        act = find_action(plans.action_plan(store, a.id), action)
        if remove:
            words.remove_measure(store, a.id, act.id, period)
            click.echo(shown(say("cli.period.measure_removed", title=act.title, period=period.strip())))
            return
        was = words.period_words(store, a.id, period).measures.get(act.id)
        saved = words.record_measure(store, a.id, act.id, period,
                                     body if body is not None else (was.text if was else ""),
                                     who if who is not None else (was.who if was else ""),
                                     (by or None) if by is not None else (was.by if was else None))
    if as_json:
        click.echo(json.dumps(measure_to_plain(saved.measure), ensure_ascii=False, indent=2))
        return
    click.echo(shown(say("cli.period.measure_saved", title=act.title, period=saved.measure.period)))


def register(group: click.Group) -> None:
    """Under ``actions progress`` (registered before this module)."""
    actions = group.commands["actions"]
    assert isinstance(actions, click.Group)
    progress = actions.commands["progress"]
    assert isinstance(progress, click.Group)
    for cmd in (summary_cmd, measure_cmd):
        progress.add_command(cmd)


__all__ = ["register"]
