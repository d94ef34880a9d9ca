"""``capacity-app actions progress``: the plan followed after its funding, per reporting period
(a year "2026" or a half-year "2026-H1"), kept apart from the plan the government validated.

    capacity-app actions progress set ID ACTION PERIOD --status in_progress [--started D] [--completed D]
                                     [--reason TEXT] [--line "1: committed=..; disbursed=..; spent=..; note=.."]
                                     [--replace]
    capacity-app actions progress value ID INDICATOR PERIOD --value 36 --date 2026-12-01 [--source TEXT] [--replace]
    capacity-app actions progress remove ID ACTION PERIOD
    capacity-app actions progress show ID [PERIOD] [--json]     each action's status, standing and money
    capacity-app actions progress send|receive|proposals|accept|reject ...   collected from the institutions
                                     leading the actions, as proposals (cli/progress_replies.py)

ACTION is the action's number in the plan, its id or the id's first four characters or more. An
error is one line and exit code 2; nothing is written.
"""
from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

import click

from ..domain.plan.actions import ACTION_STATUSES
from ..domain.plan.cost import amount_text
from ..domain.plan.overrun import SPENT_OVER_DISBURSED, overrun_text
from ..domain.plan.results import value_text
from ..domain.plan.progress_fields import ENTRY_FIELDS, LATER_ENTRY_FIELDS
from ..domain.plan.progress import (
    MONEY_KINDS,
    ActionProgress,
    IndicatorValue,
    LineMoney,
    PeriodSummary,
    ProgressError,
    parse_value,
    progress_to_plain,
    value_to_plain,
)
from ..services.assessments import ServiceError, get_assessment
from ..services.plan import actions as plans
from ..services.plan import progress as prog
from ..domain.texts import text
from .actionplan import find_action
from .said import say, translated
from .text import shown

_LINE_HELP = ('Money of one cost line in the period, repeatable: "LINE: committed=AMOUNT; disbursed=AMOUNT; '
              'spent=AMOUNT[; note=TEXT]" (LINE: the line\'s number in the action, from 1; amounts in the '
              'line\'s currency, digits with a point for decimals; any of the three may be left out). Spent above '
              'disbursed to date (this period and those before it added up) needs a note saying why.')
_LINE_HEAD = re.compile(r"\s*(\d{1,3})\s*:(.*)", re.DOTALL)


def parse_line(text: str) -> LineMoney:
    """A cost line's money from the command line's form (see ``--line``)."""
    m = _LINE_HEAD.fullmatch(text)
    if not m:
        raise ServiceError(f"line {text[:60]!r}: start with the cost line's number and a colon, "
                           "e.g. \"1: disbursed=40000; spent=8000\"")
    fields: dict[str, Any] = {}
    for part in (p.strip() for p in m.group(2).split(";")):
        if not part:
            continue
        name, _, value = (x.strip() for x in part.partition("="))
        if name not in (*MONEY_KINDS, "note") or not _:
            raise ServiceError(f"line {m.group(1)}: {part[:40]!r} is not committed=, disbursed=, spent= or note=")
        if name in fields:
            raise ServiceError(f"line {m.group(1)}: {name} is given twice")
        fields[name] = value
    try:
        money = {k: parse_value(fields[k], f"amount {k}") for k in MONEY_KINDS if k in fields}
    except ProgressError as exc:
        raise ServiceError(f"line {m.group(1)}: {exc}") from None
    return LineMoney(int(m.group(1)), "", note=fields.get("note", ""), **money)


def _money(d: dict[str, Decimal]) -> str:
    return ", ".join(f"{amount_text(v)} {c}" for c, v in sorted(d.items())) or "-"


def summary_json(aid: int, s: PeriodSummary) -> dict[str, Any]:
    return {
        "assessment": aid, "period": s.period, "as_of": s.as_of.isoformat(), "counts": s.counts,
        "actions": [{"number": r.number, "id": r.action.id, "title": r.action.title, "status": r.status,
                     "reported": r.entry is not None, "standing": r.standing.overall,
                     "timeline": r.standing.timeline, "money": r.standing.money,
                     "elapsed": None if r.standing.elapsed is None else str(round(r.standing.elapsed, 4)),
                     "entry": None if r.entry is None else progress_to_plain(r.entry),
                     "in_period": {k: {c: amount_text(v) for c, v in d.items()} for k, d in r.in_period.items()},
                     "to_date": {k: {c: amount_text(v) for c, v in d.items()} for k, d in r.to_date.items()},
                     "overruns": [{"line": o.line, "kind": o.kind, "currency": o.currency,
                                   "amount": amount_text(o.amount), "limit": amount_text(o.limit),
                                   "text": overrun_text(o, r.number)} for o in r.overruns]}
                    for r in s.rows],
        "partners": [{"funding": f, "funder": n, "currency": c, **{k: amount_text(v) for k, v in row.items()}}
                     for (f, n, c), row in s.by_partner.items()],
        "totals": {c: {k: amount_text(v) for k, v in t.items()} for c, t in s.totals.items()},
        "indicator_values": [value_to_plain(v) for v in s.values],
        "indicators": [{"id": r.indicator.id, "level": r.indicator.level, "parent": r.indicator.parent,
                        "name": r.indicator.name, "target": None if r.target is None else value_text(r.target),
                        "value": None if r.value is None else value_text(r.value.value),
                        "standing": r.standing or "not_judged"} for r in s.indicators],
    }


def status_word(status: str) -> str:
    """An action's status (planned, in_progress, done, dropped) in the command line's language."""
    return say(f"cli.progress.status.{status}") if status in ACTION_STATUSES else status.replace("_", " ")


def warned(line: str) -> str:
    """A warning a service wrote in English (an overrun), in the command line's language."""
    return say("cli.progress.warning", text=translated(line))


def _sums(row: dict[str, Decimal]) -> dict[str, str]:
    return {k: amount_text(row[k]) for k in ("pledged", *MONEY_KINDS)}


def _print(s: PeriodSummary) -> None:
    c = s.counts
    click.echo(say("cli.progress.head_one" if len(s.unreported) == 1 else "cli.progress.head", period=s.period,
                   date=s.as_of.isoformat(), on_track=c["on_track"], at_risk=c["at_risk"], off_track=c["off_track"],
                   not_judged=c["not_judged"], unreported=len(s.unreported)))
    for r in s.rows:
        click.echo(shown(say("cli.progress.row" if r.entry else "cli.progress.row_plan", number=r.number,
                             title=r.action.title, status=status_word(r.status),
                             standing=say(f"cli.progress.standing.{r.standing.overall}"))))
        if r.entry and r.entry.reason:
            click.echo(shown("   " + say("cli.progress.reason", reason=r.entry.reason)))
        for f in LATER_ENTRY_FIELDS if r.entry else ():   # a field declared later, as "what: value"
            if getattr(r.entry, f.name):
                click.echo(shown("   " + say("shown.plan.labelled", label=say(f.what_key),
                                                text=getattr(r.entry, f.name))))
        if any(r.in_period.values()):
            click.echo("   " + say("cli.progress.money", **{k: _money(r.in_period[k]) for k in MONEY_KINDS}))
        quoted = {o.line for o in r.overruns if o.kind == SPENT_OVER_DISBURSED}  # its sentence quotes the note
        for m in r.entry.lines if r.entry else ():
            if m.note.strip() and m.line not in quoted:
                click.echo(shown("   " + say("cli.progress.line_note", line=m.line, note=m.note.strip())))
        for o in r.overruns:
            click.echo(shown("   " + say("cli.progress.overrun", text=translated(overrun_text(o, r.number)))))
    # a half-year's lines name what each figure counts: its year's pledges, its own money
    half = {"year": s.period[:4], "period": s.period} if "-H" in s.period else {}
    for (funding, funder, cur), row in s.by_partner.items():
        who = funder or say(f"cli.progress.funding.{funding}")
        click.echo(shown(say("cli.progress.partner_half" if half else "cli.progress.partner", who=who, currency=cur,
                             **half, **_sums(row))))
    for cur, t in s.totals.items():
        click.echo(say("cli.progress.total_half" if half else "cli.progress.total", currency=cur, **half, **_sums(t)))
    for i in s.indicators:
        key = {(True, True): "indicator", (False, True): "indicator_no_target", (True, False): "indicator_no_value",
               (False, False): "indicator_nothing"}[(i.target is not None, i.value is not None)]
        click.echo(shown(say(f"cli.progress.{key}", id=i.indicator.id, name=i.indicator.name,
                             target="" if i.target is None else value_text(i.target),
                             value="" if i.value is None else value_text(i.value.value),
                             date="" if i.value is None else i.value.date,
                             standing=say(f"cli.progress.standing.{i.standing or 'not_judged'}"))))
    chained = {i.indicator.id for i in s.indicators}
    for v in s.values:
        if v.indicator_id not in chained:
            click.echo(shown(say("cli.progress.indicator_outside_source" if v.source else "cli.progress.indicator_outside",
                                 id=v.indicator_id, value=value_to_plain(v)["value"], date=v.date, source=v.source)))


@click.group("progress")
def progress_group() -> None:
    """The plan followed after its funding, per reporting period (2026 or 2026-H1): set an action's
    status, dates, reason and money committed, disbursed and spent per cost line; record an
    indicator's value; show the period with each action on track, at risk or off track by the
    written rule (docs/methodology.md). Progress never amends the validated plan.

    Collected from the institutions leading the actions: send writes an institution's workbook for
    a period, receive takes its reply back as proposals, proposals lists them, accept records one
    (or --all), reject sets one aside (docs/progress.md)."""


def _entry_options(command: Any) -> Any:
    """The options of an entry's declared fields (``domain.plan.progress_fields``), in their order:
    the status required, a date None when not given, a text "" (a field declared later too)."""
    for f in reversed(ENTRY_FIELDS):
        helped = f.help.format(statuses=", ".join(ACTION_STATUSES))
        if f.kind == "status":
            command = click.option(f.option, f.name, required=True, help=helped)(command)
        elif f.kind == "date":
            command = click.option(f.option, f.name, help=helped)(command)
        else:
            command = click.option(f.option, f.name, default="", help=helped)(command)
    return command


@progress_group.command("set")
@click.argument("assessment_id")
@click.argument("action")
@click.argument("period")
@_entry_options
@click.option("--line", "lines", multiple=True, help=_LINE_HELP)
@click.option("--replace", is_flag=True, help="Replace the period's entry already recorded (the history keeps it).")
@click.option("--json", "as_json", is_flag=True, help="Print the entry as recorded, as JSON.")
@click.pass_obj
def set_cmd(obj, assessment_id: str, action: str, period: str, lines: tuple[str, ...], replace: bool,
            as_json: bool, **fields: Any) -> None:
    """Record an action's progress for a period."""
    fields["status"] = fields["status"].strip().lower().replace(" ", "_")
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        act = find_action(plans.action_plan(store, a.id), action)
        entry = ActionProgress(act.id, period, lines=tuple(parse_line(t) for t in lines), **fields)
        saved = prog.record_progress(store, a.id, entry, replace=replace)
    for w in saved.warnings:
        click.echo(shown(warned(w)), err=True)
    if as_json:
        click.echo(json.dumps(progress_to_plain(saved.entry), ensure_ascii=False, indent=2))
        return
    key = "cli.progress." + ("replaced" if saved.replaced else "recorded") + ("_one" if len(saved.entry.lines) == 1 else "")
    click.echo(shown(say(key, title=act.title, period=saved.entry.period, n=len(saved.entry.lines))))


@progress_group.command("value")
@click.argument("assessment_id")
@click.argument("indicator")
@click.argument("period")
@click.option("--value", "value", required=True, help="The value measured (digits, a point for decimals).")
@click.option("--date", required=True, help="When it was measured, YYYY-MM-DD.")
@click.option("--source", default="", help="Where the value comes from (survey, register, report).")
@click.option("--replace", is_flag=True, help="Replace the period's value already recorded (the history keeps it).")
@click.pass_obj
def value_cmd(obj, assessment_id: str, indicator: str, period: str, value: str, date: str, source: str,
              replace: bool) -> None:
    """Record an indicator's value measured for a period (INDICATOR: its id in the results chain)."""
    try:
        number = parse_value(value, f"value of indicator {indicator[:40]}")
    except ProgressError as exc:
        raise ServiceError(str(exc)) from None
    with obj.store() as store:
        saved = prog.record_indicator_value(store, assessment_id, IndicatorValue(indicator, period, number, date, source),
                                            replace=replace)
    click.echo(shown(say("cli.progress.value_replaced" if saved.replaced else "cli.progress.value_recorded",
                         id=saved.value.indicator_id, period=saved.value.period)))


@progress_group.command("remove")
@click.argument("assessment_id")
@click.argument("action")
@click.argument("period")
@click.pass_obj
def remove_cmd(obj, assessment_id: str, action: str, period: str) -> None:
    """Remove an action's progress for a period (the history keeps it)."""
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        act = find_action(plans.action_plan(store, a.id), action)
        prog.remove_progress(store, a.id, act.id, period)
    click.echo(shown(say("cli.progress.removed", title=act.title, period=period.strip())))


@progress_group.command("show")
@click.argument("assessment_id")
@click.argument("period", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the period's summary as JSON (amounts as decimal text).")
@click.pass_obj
def show_cmd(obj, assessment_id: str, period: str | None, as_json: bool) -> None:
    """The period (default: the last one reported): each action's status, reason and standing, the
    money by partner (pledged, committed, disbursed, spent) and its totals, the indicator values."""
    with obj.store(readonly=True) as store:
        a = get_assessment(store, assessment_id)
        periods = prog.reported_periods(store, a.id)
        if period is None and not periods:
            raise ServiceError(text("cli.progress.nothing_yet", "en", id=a.id,
                                    command="capacity-app actions progress set ID ACTION PERIOD --status ..."))
        s = prog.summary(store, a.id, period or periods[-1])
    if as_json:
        click.echo(json.dumps(summary_json(a.id, s), ensure_ascii=False, indent=2))
    else:
        _print(s)


# --- carried into the next round -------------------------------------------------------------

# a gap's trend between the rounds, each said by its entry cli.achieved.trend.<code>
_TRENDS = ("improved", "regressed", "unchanged", "new", "gone", "assessed", "unassessed")


def achieved_json(r: Any) -> dict[str, Any]:
    """What the earlier plan achieved as JSON: each action as read once (its outcome, late, money
    spent to date), the same reading as ``actions compare --json``; a gap not scored is null."""
    def money(d: dict[str, Decimal]) -> dict[str, str]:
        return {k: amount_text(v) for k, v in sorted(d.items())}

    return {"earlier": {"id": r.earlier.id, "round": r.earlier.round}, "later": {"id": r.later.id, "round": r.later.round},
            "actions": [{"number": o.number, "title": o.title, "outcome": o.outcome, "period": o.period,
                         "reason": o.reason, "late": o.late, "end": o.end, "spent": money(o.spent),
                         "gaps": [{"policy_question": g.code, "label": g.label,
                                   "gap_before": g.gap_before, "gap_after": g.gap_after,
                                   "availability_before": g.availability_before,
                                   "availability_after": g.availability_after, "trend": g.trend}
                                  for g in o.gaps]} for o in r.outcomes],
            "spent": money(r.reading.spent), "planned_where_spent": money(r.reading.planned)}


@click.command("achieved")
@click.argument("assessment_id")
@click.option("--with", "other", metavar="OTHER_ID", help="The earlier round (default: the previous one).")
@click.option("--json", "as_json", is_flag=True, help="Print it as JSON.")
@click.pass_obj
def achieved_cmd(obj, assessment_id: str, other: str | None, as_json: bool) -> None:
    """What the earlier round's plan achieved: each of its actions with its outcome (its last
    progress report, else the plan's status), whether it is late, the money spent on it to date
    and the reason, beside the gaps it targeted and their gap and availability then and now; the
    same reading as `actions compare`."""
    from ..services.assessments import questionnaire_for
    from ..services.rounds import plan_achieved
    from .actionplan import sums_text

    with obj.store(readonly=True) as store:
        a = get_assessment(store, assessment_id)
        r = plan_achieved(store, questionnaire_for(a), a.id, other)
    if as_json:
        click.echo(json.dumps(achieved_json(r), ensure_ascii=False, indent=2))
        return
    click.echo(say("cli.achieved.head", round=r.earlier.round, id=r.earlier.id, later=r.later.round,
                   later_id=r.later.id))
    for o in r.outcomes:
        click.echo(shown(say(
            "shown.achieved.row", number=o.number, title=o.title, outcome=status_word(o.outcome),
            when=f" ({o.period})" if o.period else say("cli.achieved.no_report"),
            late=say("cli.achieved.late", end=o.end) if o.late else "",
            spent=say("cli.achieved.spent", spent=sums_text(o.spent)) if o.spent else "")))
        if o.reason:
            click.echo(shown("   " + say("cli.achieved.reason", reason=o.reason)))
        for g in o.gaps:
            click.echo(shown(f"   {g.code} " + say(
                "cli.achieved.gap", label=g.label or "", gap_before=_scored(g.gap_before), gap_after=_scored(g.gap_after),
                availability_before=_scored(g.availability_before), availability_after=_scored(g.availability_after),
                trend=say(f"cli.achieved.trend.{g.trend}") if g.trend in _TRENDS else str(g.trend or ""))))
    c = r.reading
    spent = (say("cli.achieved.spent_to_date", spent=sums_text(c.spent), planned=sums_text(c.planned)) if c.spent
             else say("cli.achieved.no_spending"))
    click.echo(say("cli.achieved.total", done=len(c.done), dropped=len(c.dropped),
                   open=len(c.outcomes) - len(c.done) - len(c.dropped), late=len(c.late), spent=spent))


def _scored(v: Any) -> str:
    """A gap or an availability, "not scored" (in the command line's language) when there is none."""
    return say("cli.achieved.not_scored") if v is None else str(v)


@click.command("next-round")
@click.argument("assessment_id")
@click.option("--round", "rnd", type=int, help="The new round (default: the next one the country does not have).")
@click.option("--reference-date", default="", help="The new round's reference date, YYYY-MM-DD.")
@click.option("--mission-start", default="", help="The new mission's first day, YYYY-MM-DD.")
@click.option("--mission-end", default="", help="The new mission's last day, YYYY-MM-DD.")
@click.option("--carry-dates", is_flag=True, help="Keep the previous round's dates where none is given.")
@click.option("--no-answers", is_flag=True, help="Start with empty answers (institutions, weights and plan carried).")
@click.pass_obj
def next_round_cmd(obj, assessment_id: str, rnd: int | None, reference_date: str, mission_start: str,
                   mission_end: str, carry_dates: bool, no_answers: bool) -> None:
    """Start the country's next round from assessment ID, as the window's *Next round…* does: the
    answers, institutions, weights and action plan copied; prints the new id. Then `actions
    achieved NEW_ID` shows what the earlier plan achieved beside the new scores."""
    from ..services.assessments import questionnaire_for
    from ..services.rounds import start_next_round

    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        made = start_next_round(store, questionnaire_for(a), a.id, round=rnd, reference_date=reference_date,
                                mission_start=mission_start, mission_end=mission_end,
                                copy_answers=not no_answers, carry_dates=carry_dates)
    click.echo(made.id)


def register(group: click.Group) -> None:
    """Under ``actions`` (registered before this module); ``next-round`` at the top."""
    actions = group.commands["actions"]
    assert isinstance(actions, click.Group)
    actions.add_command(progress_group)
    actions.add_command(achieved_cmd)
    group.add_command(next_round_cmd)


__all__ = ["parse_line", "register", "summary_json"]
