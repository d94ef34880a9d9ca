"""A mission team's commands: review answers and list the reviews; validate an
assessment for the national statistics office (sign-off) and reopen it with a reason."""
from __future__ import annotations

import json

import click

from ..domain.dates import local_time
from ..domain.editorial import percent
from ..domain.team.review import NOT_REVIEWED, SET_STATUSES
from ..services.assessments import get_assessment, questionnaire_for
from ..services.team.reviews import review_state, set_review, unit_of, unit_rows
from ..services.team.signoff import readiness, reopen, review_record, sign_off, sign_off_reviews, signoff_record
from .said import coded, language, reasons, say
from .text import shown


def _dump(obj) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=2))


@click.command("review")
@click.argument("assessment_id")
@click.argument("item_id")
@click.option("--status", type=click.Choice((*SET_STATUSES, NOT_REVIEWED)), default=None,
              help="validated, follow_up (needs follow-up), disputed, or not_reviewed (withdraw the review). "
                   "Without it: show the review.")
@click.option("--note", default="", help="Why (a second source to find, what is disputed ...).")
@click.option("--reviewer", default=None, metavar="NAME",
              help="Who reviews (default: the operator of the Preferences).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def review_cmd(obj, assessment_id, item_id, status, note, reviewer, as_json) -> None:
    """Review one answer, by the operator (Preferences) or --reviewer, now: a question's id, a grid row
    (ITEM.ROW, e.g. s0_institutions.nso) or a matrix cell (ITEM.PQ.SOURCE, e.g. s3_matrix.A.CEN);
    an answer key in a row or cell reviews its row or cell. A changed answer is "not reviewed"
    again. Refused on a final assessment."""
    if status is None:
        with obj.store(readonly=True) as store:
            a = get_assessment(store, assessment_id)
            q = questionnaire_for(a)
            unit = unit_of(q, item_id)
            row = next((r for r in unit_rows(store, q, a.id) if r["unit"] == unit),
                       {"unit": unit, "status": NOT_REVIEWED, "changed_since_review": False, "reviewer": "",
                        "at": "", "note": ""})
        if as_json:
            _dump(row)
        else:
            click.echo(_line(row))
        return
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        done = set_review(store, questionnaire_for(a), a.id, item_id, status, note, reviewer)
    if as_json:
        _dump({"unit": done.unit, "status": status, "at": done.at})
    else:
        click.echo(say("shown.team.set_at" if done.at else "shown.team.set", unit=done.unit, status=_status(status),
                       at=local_time(done.at)))


def _status(code: str) -> str:
    """A review's status: its code in English (a script reads it), its label in another language."""
    return coded(code, f"shown.team.status.{code}") if code in (*SET_STATUSES, NOT_REVIEWED) else code


def _line(r: dict) -> str:
    text = say("shown.team.set", unit=r["unit"], status=_status(r["status"]))
    if r["reviewer"] or r["at"]:
        text += say("shown.team.by", reviewer=shown(r["reviewer"] or say("shown.team.unknown")),
                    at=local_time(r["at"]))
    if r["changed_since_review"]:
        text += say("shown.team.changed")
    if r["note"]:
        text += say("shown.team.note", note=shown(r["note"]))
    return text


@click.command("reviews")
@click.argument("assessment_id")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def reviews_cmd(obj, assessment_id, as_json) -> None:
    """Review coverage ("142 of 160 answers validated") and every answer reviewed or given, with
    its review."""
    with obj.store(readonly=True) as store:
        a = get_assessment(store, assessment_id)
        q = questionnaire_for(a)
        state = review_state(store, q, a.id)
        rows = unit_rows(store, q, a.id)
    c = state.coverage
    if as_json:
        _dump({**state.to_dict(), "answers": rows})
        return
    click.echo(say("shown.team.coverage", validated=c.validated, total=c.total, follow_up=c.follow_up,
                   disputed=c.disputed, not_reviewed=c.not_reviewed))
    for r in rows:
        if r["status"] != NOT_REVIEWED or r["changed_since_review"]:
            click.echo("  " + _line(r))


@click.command("signoff")
@click.argument("assessment_id")
@click.option("--name", default=None, help="Who validates for the national statistics office.")
@click.option("--position", default=None, help="Their position (e.g. Director-General).")
@click.option("--institution", default=None, help="Their institution (e.g. the national statistics office).")
@click.option("--date", "date", default=None, metavar="YYYY-MM-DD", help="The date of the validation.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def signoff_cmd(obj, assessment_id, name, position, institution, date, as_json) -> None:
    """Validate an assessment for the national statistics office (name, position, institution,
    date): it becomes final, read-only until reopened with a reason. Without options: show the
    sign-off that stands and every validation and reopening."""
    given = (name, position, institution, date)
    if all(v is None for v in given):
        with obj.store(readonly=True) as store:
            a = get_assessment(store, assessment_id)
            current, events = signoff_record(store, a.id)
            ready = readiness(store, a.id)
        if as_json:
            _dump({"status": a.status, "signoff": current.to_dict() if current else None,
                   "reviews_signed_off": ready.reviewed.to_dict() if ready.reviewed else None,
                   "events": [e.to_dict() for e in events], "readiness": ready.to_dict()})
            return
        _print_signoff(a, current, events, ready)
        return
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        sign_off(store, a.id, name or "", position or "", institution or "", date or "")
        current, _ = signoff_record(store, a.id)
    if as_json:
        _dump({"status": "final", "signoff": current.to_dict() if current else None})
    else:
        click.echo(_head(a, say("shown.team.status_and", status=_astatus("final"),
                                what=say("shown.team.validated_by", who=_who(current)))))


def _print_signoff(a, current, events, ready) -> None:
    """The sign-off that stands, the review sign-off, the readiness and every validation and
    reopening, in the command line's language."""
    lang = language()
    validated = say("shown.team.validated_by", who=_who(current)) if current else say("shown.team.not_validated")
    click.echo(_head(a, say("shown.team.status_and", status=_astatus(a.status), what=validated)))
    click.echo("  " + (say("shown.team.reviews_by", who=_who(ready.reviewed)) if ready.reviewed else
                       say("shown.team.reviews_not")))
    refusal = ready.refusal()
    click.echo("  " + say("shown.team.readiness", known=percent(ready.completeness, lang, 1),
                          needed=percent(ready.threshold, lang, 0), follow_up=ready.follow_up,
                          not_reviewed=ready.not_reviewed, answers=ready.answers, disputed=ready.disputed,
                          missing=len(ready.missing_documents))
               + (say("shown.team.not_yet", refusal=reasons(refusal)) if refusal else ""))
    for e in events:
        text = (say("shown.team.reopened", reason=shown(e.reason)) if e.signoff is None else
                say("shown.team.reviews_by", who=_who(e.signoff)) if e.kind == "reviewed" else
                say("shown.team.validated_by", who=_who(e.signoff)))
        click.echo(say("shown.team.event", at=local_time(e.at), operator=shown(e.operator or say("shown.team.unknown")),
                       text=text))


def _head(a, what: str) -> str:
    """The line "assessment 1 (XVL 2026): ..." in the command line's language."""
    return say("shown.team.assessment", id=a.id, country=a.country, round=a.round, what=what)


def _astatus(code: str) -> str:
    """An assessment's status: its code in English (a script reads it), its label in another
    language (the workbook's, lower case where the language has case)."""
    if language() == "en" or code not in ("draft", "in_progress", "final"):
        return code
    label = say(f"wb.astatus.{code}")
    return label[:1].lower() + label[1:]


def _who(s) -> str:
    if not s:
        return ""
    return say("shown.team.who", names=", ".join(shown(v) for v in (s.name, s.position, s.institution) if v),
               date=s.date)


@click.command("review-signoff")
@click.argument("assessment_id")
@click.option("--name", default=None, help="The supervisor who signs the reviews off (not the laptop's operator).")
@click.option("--position", default=None, help="Their position (e.g. Mission supervisor).")
@click.option("--institution", default="", help="Their institution (optional).")
@click.option("--date", "date", default=None, metavar="YYYY-MM-DD", help="The date of the review sign-off.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def review_signoff_cmd(obj, assessment_id, name, position, institution, date, as_json) -> None:
    """The supervisor's review sign-off: every answer given reviewed and no follow-up
    open, certified by the supervisor named here (the operator is recorded as who entered it). It
    is distinct from the national statistics office's validation (signoff). Without --name: show
    the review sign-off that stands and whether one could be given now."""
    if name is None and position is None and date is None:
        with obj.store(readonly=True) as store:
            a = get_assessment(store, assessment_id)
            current, last = review_record(store, a.id)
            ready = readiness(store, a.id)
        if as_json:
            _dump({"reviews_signed_off": current.to_dict() if current else None,
                   "last": last.to_dict() if last else None, "refused": ready.review_refusal() or ""})
            return
        click.echo(_head(a, say("shown.team.reviews_by", who=_who(current)) if current else
                         say("shown.team.reviews_not_off")))
        refusal = ready.review_refusal()
        if refusal:
            click.echo("  " + say("shown.team.cannot_sign", refusal=reasons(refusal)))
        return
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        sign_off_reviews(store, a.id, name or "", position or "", institution or "", date or "")
        current, _ = review_record(store, a.id)
    if as_json:
        _dump({"reviews_signed_off": current.to_dict() if current else None})
    else:
        click.echo(_head(a, say("shown.team.reviews_by", who=_who(current))))


@click.command("reopen")
@click.argument("assessment_id")
@click.option("--reason", required=True, help="Why it is reopened: what must change (recorded with who and when).")
@click.pass_obj
def reopen_cmd(obj, assessment_id, reason) -> None:
    """Reopen a final assessment (status in progress) with the reason, recorded with who and when."""
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        reopen(store, a.id, reason)
    click.echo(_head(a, f"{_astatus('final')} -> {_astatus('in_progress')}"))


def register(group: click.Group) -> None:
    for cmd in (review_cmd, reviews_cmd, signoff_cmd, review_signoff_cmd, reopen_cmd):
        group.add_command(cmd)
