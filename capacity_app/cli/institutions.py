"""Questions sent to the institutions and their replies: who is asked what
(``institutions``), the proposals their replies brought and the officer's decisions
(``proposals``). The workbook itself is written by ``export ID --institution KEY --xlsx FILE`` and
read back by ``import FILE``."""
from __future__ import annotations

import json

import click

from ..domain.dates import local_time
from ..domain.institutions.proposals import OPEN, STATES
from ..domain.institutions.request_fields import LISTED_FIELDS, REQUEST_FIELDS
from ..services.assessments import get_assessment, questionnaire_for
from ..services.institutions import asked as si
from ..services.institutions import proposals as sp
from .said import coded, say
from .text import shown


# what an answer or a proposal is when it is not a value: the answer states' words
_STATUS = {"dont_know": "state.dont_know", "not_applicable": "state.not_applicable", "empty": "shown.inst.not_answered"}


def _state_word(status: str) -> str:
    return say(_STATUS[status]) if status in _STATUS else status


def _dump(obj) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=2))


def _request_options(command):
    """The options of a request's fields (``request_fields.REQUEST_FIELDS``), in their order; each
    given one is kept, the others left as they are."""
    for f in reversed(REQUEST_FIELDS):
        command = click.option(f.option, f.name, default=None, metavar=f.metavar or None, help=f.help)(command)
    return command


@click.command("institutions")
@click.argument("assessment_id")
@click.option("--institution", "institution", default=None, metavar="KEY",
              help="One institution (an S0 row code: nso, interior, foreign, labour, central_bank, "
                   "civil_registry, other): list the questions it is asked.")
@click.option("--assign", "give", multiple=True, metavar="TARGET",
              help="Give a section (S6C), question (s5_strategy), grid row (s6c_registers.pop) or matrix cell "
                   "(s3_matrix.A.BOR) to --institution. Repeatable.")
@click.option("--unassign", "take", multiple=True, metavar="TARGET", help="Take a TARGET from --institution.")
@click.option("--default", "reset", multiple=True, metavar="TARGET",
              help="Back to the defaults of assessments/institutions.yaml for TARGET and --institution.")
@_request_options
@click.option("--lang", default="en", help="Language of the labels.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def institutions_cmd(obj, assessment_id, institution, give, take, reset, lang, as_json, **request) -> None:
    """Which institution is asked what before the mission. Without --institution: every institution
    of section S0 with the number of questions, grid rows and matrix cells it is asked and its
    request. With it: the list of what it is asked; --assign, --unassign and --default change that
    for this assessment only (a history row each), --deadline, --contact and --note say what its
    request's cover tells it. Refused on a final assessment."""
    given = {name: value for name, value in request.items() if value is not None}
    writes = give or take or reset or given
    if writes and institution is None:
        options = ", ".join(("--assign", "--unassign", "--default", *(f.option for f in REQUEST_FIELDS)))
        raise click.UsageError(say("cli.institutions.need_one", options=options))
    if writes:
        with obj.store() as store:
            a = get_assessment(store, assessment_id)
            q = questionnaire_for(a)
            for targets, assigned in ((give, True), (take, False), (reset, None)):
                for t in targets:
                    si.assign(store, q, a.id, t, institution, assigned)
            if given:
                current = si.requests(store, q, a.id).get(institution)
                si.set_request(store, q, a.id, institution, **{**(current.values() if current else {}), **given})
    with obj.store(readonly=True) as store:
        a = get_assessment(store, assessment_id)
        q = questionnaire_for(a)
        if institution is None:
            rows = si.summaries(store, q, a.id, lang)
            if as_json:
                _dump([r.to_dict() for r in rows])
                return
            for r in rows:
                listed = {f.name: getattr(r.request, f.name) for f in LISTED_FIELDS} if r.request else {}
                extra = ""
                if any(listed.values()):
                    extra = say("shown.inst.request", **{name: shown(v) or "?" for name, v in listed.items()})
                click.echo(f"{r.institution:15} {r.units:4d}  {shown(r.label)}{extra}")
            return
        items = si.institution_items(store, q, a.id, institution)
    from ..domain.team.review import unit_wording

    if as_json:
        _dump([{"unit": i.unit, "section": i.section_id, "keys": [k for k, _f, _c in i.keys]} for i in items])
        return
    for i in items:
        click.echo(f"{i.section_id:4} {i.unit:32} {shown(unit_wording(q, i.unit, lang))[:100]}")
    click.echo(say("shown.inst.asked", n=len(items), institution=institution))


@click.command("proposals")
@click.argument("assessment_id")
@click.option("--institution", default=None, metavar="KEY", help="Only this institution's.")
@click.option("--state", type=click.Choice(STATES), default=None, help="Only those open, accepted, rejected or superseded.")
@click.option("--accept", "accept_ids", multiple=True, metavar="ID", help="Accept proposal ID (repeatable).")
@click.option("--accept-edited", "edited", nargs=2, default=None, metavar="ID VALUE",
              help="Accept proposal ID with VALUE instead of the proposed one.")
@click.option("--reject", "reject_ids", multiple=True, metavar="ID", help="Reject proposal ID (repeatable).")
@click.option("--accept-all", "accept_all", is_flag=True,
              help="Accept every open proposal of --institution (refused while another institution's differs).")
@click.option("--reject-all", "reject_all", is_flag=True, help="Reject every open proposal of --institution.")
@click.option("--note", default="", help="Why (kept with the decision).")
@click.option("--lang", default="en", help="Language of the labels.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def proposals_cmd(obj, assessment_id, institution, state, accept_ids, edited, reject_ids, accept_all, reject_all,
                  note, lang, as_json) -> None:
    """The values institutions proposed (their replies imported with `import FILE`), each beside
    who proposed it; none changes an answer until accepted. --accept, --accept-edited and
    --reject decide one; --accept-all and --reject-all every open one of --institution. An
    accepted value becomes the answer, and its history says whose it was."""
    if (accept_all or reject_all) and institution is None:
        raise click.UsageError(say("cli.institutions.need_one", options="--accept-all, --reject-all"))
    if accept_ids or edited or reject_ids or accept_all or reject_all:
        with obj.store() as store:
            a = get_assessment(store, assessment_id)
            q = questionnaire_for(a)
            for pid in accept_ids:
                done = sp.accept(store, q, a.id, pid, note=note, lang=lang)
                click.echo(say("shown.inst.accepted", id=pid, keys=", ".join(done.keys)))
            if edited:
                done = sp.accept_edited(store, q, a.id, edited[0], text=edited[1], note=note, lang=lang)
                click.echo(say("shown.inst.accepted_edited", id=shown(edited[0]), keys=", ".join(done.keys)))
            if reject_ids:
                ch = sp.reject(store, a.id, reject_ids, note=note)
                click.echo(say("shown.inst.rejected_one" if len(reject_ids) == 1 else "shown.inst.rejected",
                               n=len(reject_ids), keys=", ".join(sorted(ch.keys))))
            if accept_all:
                done = sp.accept_institution(store, q, a.id, institution, lang=lang)
                click.echo(say("shown.inst.accepted_all", n=len(done.ids), institution=institution))
            if reject_all:
                ch = sp.reject_institution(store, q, a.id, institution, note=note)
                click.echo(say("shown.inst.rejected_all", institution=institution, n=len(ch.keys)))
        return
    with obj.store(readonly=True) as store:
        a = get_assessment(store, assessment_id)
        q = questionnaire_for(a)
        rows = sp.list_proposals(store, a.id, state=state, institution=institution)
        answers = store.answers(a.id)
        clashes = sp.conflicts(store, a.id)
    if as_json:
        _dump([{**p.to_dict(), "conflict": p.key in clashes and p.state == OPEN} for p in rows])
        return
    from ..domain.values import display_text

    for p in rows:
        resolved = q.resolve_key(p.key)
        proposed = display_text(resolved[1], p.value, lang) if resolved and p.status == "answered" else \
            _state_word(p.status)
        cur = answers.get(p.key)
        now = (display_text(resolved[1], cur.value, lang) if resolved and cur is not None and cur.status == "answered"
               else _state_word(cur.status if cur is not None else "empty"))
        mark = say("shown.inst.conflict") if p.key in clashes and p.state == OPEN else ""
        who = p.institution + (f" ({p.respondent})" if p.respondent else "")
        click.echo(say("shown.inst.row", id=p.id, state=coded(p.state, f"shown.inst.state.{p.state}") if p.state in STATES else p.state,
                       mark=mark,
                       item=p.key, proposed=shown(proposed), now=shown(now), who=shown(who),
                       at=local_time(p.received_at), source=shown(p.source)))
    if not rows:
        click.echo(say("shown.inst.none"))


def register(group: click.Group) -> None:
    for cmd in (institutions_cmd, proposals_cmd):
        group.add_command(cmd)
