"""The plan's verbs of ``capacity-app actions``: list (``actions ID``), add, edit, remove, finance
and request. The package's ``__init__`` adds them to the group."""
from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import click

from ..said import LanguageChoice
from ...domain.plan.actions import Action, new_action_id
from ...domain.plan.cost import amount_text
from ...domain.plan.request import request_to_plain
from ...domain.texts import text  # a refusal in English, from its cli.* entry (cli/said.py)
from ...services.assessments import ServiceError, get_assessment, questionnaire_for
from ...services.plan import actions as plans
from ..said import language, say
from ..text import shown
from .options import JSON, edited, field_options, find_action, parse_rate_option, parse_signatory
from .output import plan_json, print_plan, rate_text, show, warn


@click.command("list")
@click.argument("assessment_id")
@JSON
@click.option("--draft", is_flag=True,
              help="First add an action for each recommendation the scoring picks that the plan "
                   "does not have yet (owners and dates left to fill in).")
@click.option("--lang", type=LanguageChoice(), default=None,
              help="Language of the drafted titles and of the changes since the validation.")
@click.pass_obj
def list_cmd(obj, assessment_id: str, as_json: bool, draft: bool, lang: str | None) -> None:
    """The plan: each action with its responsible institutions, timeline, resources, milestone,
    priority, status, strategy objective and costs; the totals, the financing gap and the
    validation record."""
    lang = lang or language()
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
        click.echo(say("shown.plan.drafted_one" if len(added) == 1 else "shown.plan.drafted", n=len(added)))
    print_plan(state, lang)


@click.command("add")
@click.argument("assessment_id")
@field_options
@click.option("--at", "at", type=int, help="Its number in the plan (default: last).")
@JSON
@click.pass_obj
def add_cmd(obj, assessment_id: str, at: int | None, as_json: bool, **fields: Any) -> None:
    """Add an action (a title at least); prints its id."""
    if not (fields.get("title") or "").strip():
        raise ServiceError(text("cli.plan.give_title"))
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        currency = plans.plan_finance(store, a.id).currency
        new = edited(Action("new", ""), fields, currency, plans.action_plan(store, a.id),
                      plans.plan_finance(store, a.id))
        saved = plans.add_action(store, questionnaire_for(a), a.id, replace(new, id=new_action_id()),
                                 position=None if at is None else max(0, at - 1))
    warn(saved.warnings)
    show(obj, a.id, as_json, saved.action.id)


@click.command("edit")
@click.argument("assessment_id")
@click.argument("action")
@field_options
@JSON
@click.pass_obj
def edit_cmd(obj, assessment_id: str, action: str, as_json: bool, **fields: Any) -> None:
    """Change fields of one action (those given; the others stay)."""
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        old = find_action(plans.action_plan(store, a.id), action)
        if not any(v not in (None, (), False) for v in fields.values()):
            raise ServiceError(text("cli.plan.nothing_to_change"))
        finance = plans.plan_finance(store, a.id)
        new = edited(old, fields, finance.currency, plans.action_plan(store, a.id), finance)
        saved = plans.update_action(store, questionnaire_for(a), a.id, new)
    warn(saved.warnings)
    show(obj, a.id, as_json, say("shown.plan.saved", n=saved.action.position + 1, title=saved.action.title))


@click.command("remove")
@click.argument("assessment_id")
@click.argument("action")
@JSON
@click.pass_obj
def remove_cmd(obj, assessment_id: str, action: str, as_json: bool) -> None:
    """Remove one action from the plan."""
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        old = find_action(plans.action_plan(store, a.id), action)
        plans.remove_action(store, a.id, old.id)
    show(obj, a.id, as_json, say("shown.plan.removed", title=old.title))


@click.command("finance")
@click.argument("assessment_id")
@click.option("--currency", help="The plan's currency, ISO 4217 (\"\": the country's).")
@click.option("--rate", "rates", multiple=True,
              help="An exchange rate, repeatable: CODE=UNITS_PER_USD@DATE[; SOURCE], e.g. "
                   "\"XOF=605.25@2026-05-01; UN operational rate of exchange\".")
@click.option("--remove-rate", "remove", multiple=True, help="Remove the rate of a currency (its code).")
@JSON
@click.pass_obj
def finance_cmd(obj, assessment_id: str, currency: str | None, rates: tuple[str, ...],
                remove: tuple[str, ...], as_json: bool) -> None:
    """The plan's currency and exchange rates to the US dollar (shown without options)."""
    parsed = [parse_rate_option(r) for r in rates]
    with obj.store(readonly=currency is None and not rates and not remove) as store:
        a = get_assessment(store, assessment_id)
        if currency is not None or parsed or remove:
            plans.set_plan_finance(store, a.id, currency=currency, rates=parsed, remove_rates=remove)
            warn(plans.rate_warnings(store, a.id))
        f = plans.plan_finance(store, a.id)
    if as_json:
        show(obj, a.id, True)
        return
    click.echo(say("shown.plan.currency", currency=f.currency or say("shown.plan.not_set")))
    for r in f.rates:
        click.echo(shown(say("shown.plan.rate_on", rate=rate_text(r), date=r.date)
                         + (f" ({r.source})" if r.source else "")))


@click.command("request")
@click.argument("assessment_id")
@click.option("--committed-by", help="The institution that commits the national budget's part of the plan "
                                     "(e.g. \"Ministry of Finance\"; \"\": not said).")
@click.option("--signatory", "signatories", multiple=True,
              help="One who signs the funding request, repeatable (replaces the list): \"government; NAME; TITLE\", "
                   "\"finance; NAME; TITLE\" (the ministry of finance) or \"partner=PARTNER; NAME; TITLE\" "
                   "(PARTNER as the plan's cost lines name it).")
@click.option("--no-signatories", is_flag=True, help="Remove every signatory.")
@click.option("--donors", "donors_file", metavar="FILE",
              help="The risk matrix, the indicators' details (frequency, responsibility, disbursement-linked "
                   "amounts) and the procurement plan from a JSON file written as --json prints them (\"-\": "
                   "standard input); each of risks, indicators and procurement the file holds replaces the one "
                   "stored (an empty list removes it), the others stay.")
@JSON
@click.pass_obj
def request_cmd(obj, assessment_id: str, committed_by: str | None, signatories: tuple[str, ...],
                no_signatories: bool, donors_file: str | None, as_json: bool) -> None:
    """The funding request's own record: who commits the national part, who signs, and what the
    donors' formats ask beyond the budget: the risk matrix, the results framework's details of each
    indicator and the procurement plan (shown without options)."""
    from ...services.plan import donors

    parsed = [parse_signatory(x) for x in signatories]
    data = read_json_file(donors_file) if donors_file is not None else None
    if donors_file is not None and not isinstance(data, dict):  # null, a list: said, never taken as no file
        raise ServiceError(text("cli.donors.file_shape", "en", command=donors.COMMAND, keys=", ".join(donors.PARTS)))
    change = committed_by is not None or bool(parsed) or no_signatories or data is not None
    with obj.store(readonly=not change) as store:
        a = get_assessment(store, assessment_id)
        if data is None and (committed_by is not None or parsed or no_signatories):
            plans.set_funding_request(store, a.id, committed_by=committed_by,
                                      signatories=parsed if parsed or no_signatories else None)
        if data is not None:  # with who commits and signs, one write: all of it or nothing
            donors.set_from_plain(store, a.id, data, committed_by=committed_by,
                                  signatories=parsed if parsed or no_signatories else None)
        r = plans.funding_request(store, a.id)
        actions = plans.action_plan(store, a.id)
    if as_json:
        click.echo(json.dumps(request_to_plain(r), ensure_ascii=False, indent=2))
        return
    click.echo(shown(say("cli.request.committed", who=r.committed_by or say("cli.request.not_said"))))
    for x in r.signatories:
        role = say("cli.request.as_partner", partner=x.partner) if x.role == "partner" else \
            say(f"cli.request.as.{x.role}")
        click.echo(shown(say("cli.request.signatory", role=role, name=x.name, title=x.title)))
    for line in donor_lines(r, actions):
        click.echo(shown(line))


def donor_lines(r: Any, actions: list[Action]) -> list[str]:
    """The risk matrix, the indicators' details and the procurement plan, a line each, in the
    command line's language, each code said by its label (the workbook's and the report's)."""
    from ...domain.plan.budget import partner_currency

    out = [say("cli.request.risk", risk=k.risk, likelihood=say(f"wb.likelihood.{k.likelihood}"),
               impact=say(f"wb.impact.{k.impact}"), mitigation=k.mitigation, owner=k.owner) for k in r.risks]
    for d in r.indicators:
        line = say("cli.request.indicator", indicator=d.indicator, frequency=say(f"wb.freq.{d.frequency}"),
                   who=d.responsibility)
        if d.dli_amount is not None:
            amount = f"{amount_text(d.dli_amount)} {partner_currency(d.dli_partner, actions) or ''}".strip()
            line += say("cli.request.dli", amount=amount, partner=d.dli_partner)
        out.append(line)
    out += [say("cli.request.package", description=p.description, method=say(f"wb.method.{p.method}"),
                amount=f"{amount_text(p.amount)} {p.currency}", start=p.start, end=p.end,
                review=say(f"wb.review.{p.review}")) for p in r.procurement]
    return out


DONORS_FILE_MAX = 8 * 1024 * 1024  # bytes: many times what the largest record allowed takes as JSON


def read_json_file(name: str) -> Any:
    """A JSON file's content (``-``: standard input; UTF-8 with or without its byte-order mark), or
    a one-line refusal: a FIFO, a device or a folder is never read, a file over
    :data:`DONORS_FILE_MAX` bytes nor a JSON nested deeper than Python's stack allows."""
    import sys

    from ...domain.texts import text
    from ...files import InputFileError, read_regular

    mb = DONORS_FILE_MAX // (1024 * 1024)
    try:
        raw = sys.stdin.buffer.read(DONORS_FILE_MAX + 1) if name == "-" else read_regular(name, DONORS_FILE_MAX)
    except InputFileError as exc:
        if "too large" in exc.reason or "regular file" in exc.reason:
            key = "cli.donors.file_large" if "too large" in exc.reason else "cli.donors.file_special"
            raise ServiceError(text(key, "en", file=name, mb=mb)) from None
        reason = "FileNotFoundError" if exc.reason == "no such file" else "OSError"
        raise ServiceError(text("cli.donors.file_read", "en", file=name, reason=reason)) from None
    if len(raw) > DONORS_FILE_MAX:
        raise ServiceError(text("cli.donors.file_large", "en", file=name, mb=mb))
    try:
        return json.loads(raw.decode("utf-8-sig"), parse_constant=_no_constant)
    except RecursionError:
        raise ServiceError(text("cli.donors.file_deep", "en", file=name)) from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise ServiceError(text("cli.donors.file_read", "en", file=name, reason=type(exc).__name__)) from None


def _no_constant(word: str) -> Any:
    """NaN and Infinity, which Python's json takes and JSON does not: refused as not JSON."""
    raise ValueError(f"not JSON: {word}")


__all__ = ["add_cmd", "edit_cmd", "finance_cmd", "list_cmd", "remove_cmd", "request_cmd"]
