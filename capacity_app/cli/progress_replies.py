"""``capacity-app actions progress send|receive|proposals|accept|reject``: the plan's progress
collected from the institutions that lead its actions, as proposals.

    capacity-app actions progress send ID PERIOD --institution KEY --out F [--lang fr] [--xlsform]
    capacity-app actions progress receive ID FILE [--dry-run] [--take]   the workbook, a Kobo .xlsx or ODK .zip export
    capacity-app actions progress proposals ID [--state open|accepted|rejected|superseded|all] [--json]
    capacity-app actions progress accept ID N [--note TEXT] | --all
    capacity-app actions progress reject ID N [--note TEXT]

KEY names the institution leading actions: its name as the plan gives it, its start or words only
it has ("interior"), the abbreviation in brackets that ends it ("NSOV"), or its row of S0
(``nso``) when S0 gives its own name. An error is one line and exit code 2; a refused file stores
nothing.
"""
from __future__ import annotations

import json
from typing import Any

import click

from ..domain.institutions.proposals import STATES
from ..domain.texts import text
from ..domain.texts import text as en_line   # the English of a line cli/said.py translates
from ..services.assessments import ServiceError, get_assessment
from ..services.plan import progress_replies as pr
from ..domain.plan.actions import ACTION_STATUSES
from .progress import say, warned
from .said import language, translated
from .text import shown


@click.command("send")
@click.argument("assessment_id")
@click.argument("period")
@click.option("--institution", required=True, metavar="KEY",
              help="The institution leading the actions: its name as the plan gives it, its start or words only it "
                   "has (\"Ministry of the Interior\", interior, \"central bank\"), the abbreviation in brackets "
                   "ending it (NSOV), or the code of its S0 row when S0 gives its own name (nso, interior ...).")
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False), help="The workbook to write (.xlsx).")
@click.option("--lang", help="The workbook's language (en, fr, es, ar, zh, ru, pt; default: the assessment's).")
@click.option("--xlsform", is_flag=True, help="Write the same questions as an XLSForm for ODK Central or KoboToolbox "
                                              "(every language of the application, --lang first); its submissions come back with "
                                              "receive (a KoboToolbox .xlsx export).")
@click.pass_obj
def send_cmd(obj, assessment_id: str, period: str, institution: str, out_path: str, lang: str | None,
             xlsform: bool) -> None:
    """Write the progress workbook an institution fills for the actions it leads in PERIOD: each
    action's status, dates and reason, each cost line's money committed, disbursed and spent, each
    indicator of those actions (and of the outcomes they serve) with its value, date and source;
    what is recorded already filled in. Its reply comes back with `actions progress receive`."""
    from ..services.institutions.forms import assessment_language

    with obj.store(readonly=True) as store:
        a = get_assessment(store, assessment_id)
        form = pr.send_progress_workbook(store, a.id, period, institution, out_path,
                                         lang=assessment_language(store, a.id, lang), xlsform=xlsform)
    counts = {k: len(v) for k, v in form.sheets.items()}
    click.echo(shown(text("cli.progress.sent_xlsform" if xlsform else "cli.progress.sent", language(), file=out_path,
                          institution=form.institution_label, period=form.period, actions=counts["actions"],
                          lines=counts["money"], indicators=counts["indicators"])))


def _count(file: str, reply: Any, name: str, default: int) -> int:
    """A count the reply's identity states (``submissions``, ``left_out``), refused in one line
    when it is no count (a hidden sheet edited, its check recomputed)."""
    v = str(reply.meta.get(name, "") or default).strip()
    if not (v.isascii() and v.isdigit() and len(v) <= 9):
        raise ServiceError(en_line("cli.progress.not_a_count", file=file, field=name, value=repr(v[:20])))
    return int(v)


@click.command("receive")
@click.argument("assessment_id")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Check the reply and say what it would propose; store nothing.")
@click.option("--take", is_flag=True, help="Take the reply even when it states an older time than a reply of the "
                                           "institution for the period received before, or states no time unlike "
                                           "it (the officer's choice; said so).")
@click.pass_obj
def receive_cmd(obj, assessment_id: str, file: str, dry_run: bool, take: bool) -> None:
    """Take an institution's returned progress workbook, or the export of its XLSForm's
    submissions (KoboToolbox's .xlsx, ODK Central's .zip of CSV files), back as proposals (never as
    progress): every row checked as `set` and `value` check it, credited to the institution the
    form was sent to; a refused file stores nothing. A newer reply of the institution supersedes
    its open ones; newer by the time the reply states (the workbook's last save, the submission's
    time), never by the order the files arrive in: an older one received later, or one stating no
    time after one that states it, is set aside (exit code 2) unless --take."""
    reply = pr.read_progress_untrusted(file)
    subs, left = _count(file, reply, "submissions", 1), _count(file, reply, "left_out", 0)
    with obj.store() as store:
        got = pr.receive_progress(store, assessment_id, reply, dry_run=dry_run, take=take)
    who = got.respondent or say("cli.import.no_respondent")
    if subs > 1:
        who += say("cli.progress.submissions", n=subs)
    if left:
        who += say("cli.progress.left_out_one" if left == 1 else "cli.progress.left_out", n=left)
    if got.set_aside:
        raise ServiceError(en_line("cli.progress.older" if got.older else "cli.progress.undated", file=file,
                                   institution=got.institution, who=who, period=got.period,
                                   filled=pr.when_text(got.filled), taken=pr.when_text(got.taken)))
    n = len(got.proposed) if dry_run else len(got.ids)   # stored now: the same reply again proposes none
    proposed = say(("cli.progress.would" if dry_run else "cli.progress.proposed") + ("_one" if n == 1 else ""), n=n)
    click.echo(shown(say("cli.progress.received", file=file, institution=got.institution, who=who, period=got.period,
                         proposed=proposed,
                         earlier=say("cli.progress.earlier", n=got.already) if got.already else "",
                         same=got.same_as_recorded,
                         superseded=say("cli.progress.superseded_one" if got.superseded == 1
                                        else "cli.progress.superseded", n=got.superseded) if got.superseded else "")))
    if got.rejected_before:
        click.echo(shown(say("cli.progress.rejected_before_one" if got.rejected_before == 1
                             else "cli.progress.rejected_before", n=got.rejected_before,
                             command="actions progress proposals ID --state rejected")))
    for w in got.warnings:
        click.echo(shown(warned(w)), err=True)
    if got.replies_line():
        click.echo(shown(translated(got.replies_line())))


def proposal_json(p: Any, recorded: set[str] | frozenset[str] = frozenset()) -> dict[str, Any]:
    kind, _, rest = p.key.partition(":")
    return {"id": p.id, "kind": "action" if kind == "progress" else "indicator", "key": p.key,
            "replaces_recorded": p.key in recorded,
            "period": rest.rsplit(":", 1)[-1], "institution": p.institution, "respondent": p.respondent,
            "proposed": p.value, "source": p.source, "received_at": p.received_at, "state": p.state,
            "decided_at": p.decided_at, "decided_by": p.decided_by, "note": p.note}


def proposal_line(p: Any, number: dict[str, int], recorded: set[str] | frozenset[str] = frozenset(),
                  lang: str = "en") -> str:
    """A proposal as ``proposals`` lists it, in ``lang`` (its values as proposed)."""
    def say_(key: str, **values: Any) -> str:
        return text(key, lang, **values)

    v = p.value or {}
    if p.key.startswith("progress:"):
        status = str(v.get("status", ""))
        status = say_(f"cli.progress.status.{status}") if status in ACTION_STATUSES else status.replace("_", " ")
        what = say_("cli.progress.p_action", n=number.get(str(v.get("action")), "?"), period=v.get("period"),
                    status=status)
        what += "".join(say_(f"cli.progress.p_{k}", date=v[k]) for k in ("started", "completed") if v.get(k))
        for m in v.get("lines") or []:
            money = "; ".join(say_(f"cli.progress.p_{k}", amount=m[k]) for k in ("committed", "disbursed", "spent")
                              if m.get(k) is not None)
            cur = str(m.get("currency", "") or "")
            what += (say_("cli.progress.p_line", line=m.get("line"), money=money, currency=cur) if cur
                     else say_("cli.progress.p_line_bare", line=m.get("line"), money=money))
        if v.get("reason"):
            what += say_("cli.progress.p_reason", reason=v["reason"])
    else:
        what = say_("cli.progress.p_indicator_source" if v.get("source") else "cli.progress.p_indicator",
                    id=v.get("indicator"), period=v.get("period"), value=v.get("value"), date=v.get("date"),
                    source=v.get("source") or "")
    state = "" if p.state == "open" else (say_(f"cli.progress.p_{p.state}") if p.state in STATES else f" [{p.state}]")
    if p.state == "open" and p.key in recorded:
        state = say_("cli.progress.p_replaces")
    return (say_("cli.progress.p_row_respondent", id=p.id, what=what, institution=p.institution,
                 respondent=p.respondent) if p.respondent
            else say_("cli.progress.p_row", id=p.id, what=what, institution=p.institution)) + state


@click.command("proposals")
@click.argument("assessment_id")
@click.option("--state", default="open", type=click.Choice([*STATES, "all"]), help="Which proposals (default: open).")
@click.option("--json", "as_json", is_flag=True, help="Print them as JSON.")
@click.pass_obj
def proposals_cmd(obj, assessment_id: str, state: str, as_json: bool) -> None:
    """The progress proposed by the institutions, with the number to accept or reject each by."""
    with obj.store(readonly=True) as store:
        a = get_assessment(store, assessment_id)
        rows = pr.plan_proposals(store, a.id, None if state == "all" else state)
        number = {x.id: n for n, x in enumerate(store.action_plan(a.id), 1)}
        recorded = pr.recorded_keys(store, a.id)
    if as_json:
        click.echo(json.dumps({"assessment": a.id, "proposals": [proposal_json(p, recorded) for p in rows]},
                              ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo(say(f"cli.progress.none_{state}", id=a.id))
    for p in rows:
        click.echo(shown(proposal_line(p, number, recorded, language())))


@click.command("accept")
@click.argument("assessment_id")
@click.argument("number", required=False)
@click.option("--all", "every", is_flag=True, help="Accept every open proposal (refused while two institutions differ).")
@click.option("--note", default="", help="Why (kept in the history).")
@click.pass_obj
def accept_cmd(obj, assessment_id: str, number: str | None, every: bool, note: str) -> None:
    """Record a proposal as the progress of its period (N: its number in `proposals`), replacing
    what was recorded (the history keeps it), checked again as `set` and `value` check it."""
    if every == (number is not None):
        raise ServiceError(en_line("cli.progress.number_or_all"))
    with obj.store() as store:
        if every:
            done: list[Any] = pr.accept_all(store, assessment_id)
        else:
            pr.accept(store, assessment_id, number, note)
            done = [number]
        warnings = [w for d in done for w in pr.proposal_warnings(store, assessment_id, d)]
    for w in dict.fromkeys(warnings):
        click.echo(shown(warned(w)), err=True)
    key = "cli.progress.accepted_none" if not done else ("cli.progress.accepted_one" if len(done) == 1
                                                         else "cli.progress.accepted")
    click.echo(shown(say(key, n=len(done), ids=", ".join(str(d) for d in done))))


@click.command("reject")
@click.argument("assessment_id")
@click.argument("number")
@click.option("--note", default="", help="Why (kept in the history).")
@click.pass_obj
def reject_cmd(obj, assessment_id: str, number: str, note: str) -> None:
    """Set a proposal aside (nothing recorded; the history keeps it)."""
    with obj.store() as store:
        pr.reject(store, assessment_id, number, note)
    click.echo(shown(text("cli.progress.rejected", language(), n=number)))


def register(group: click.Group) -> None:
    """Under ``actions progress`` (registered before this module)."""
    actions = group.commands["actions"]
    assert isinstance(actions, click.Group)
    progress = actions.commands["progress"]
    assert isinstance(progress, click.Group)
    for cmd in (send_cmd, receive_cmd, proposals_cmd, accept_cmd, reject_cmd):
        progress.add_command(cmd)


__all__ = ["proposal_json", "register"]
