"""``capacity-app import``: a workbook, an assessment package, an institution's reply or an ODK
Central / KoboToolbox submissions export taken back, checked whole before anything is written.
(``export`` and ``aggregate`` are in :mod:`.exchange`.)"""
from __future__ import annotations

import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

import click

from ..domain.dates import local_time
from ..paths import default_db_path
from ..services.assessments import open_store, questionnaire_for
from ..services.exchange import apply_import, diff_import, final_refusal
from ..services.packages import read_package_workbook
from ..services.institutions.submissions import import_submissions, read_untrusted_submissions
from ..domain.values import archived_rows
from ..services.imports import archive_added, carried_signatures, conflicts, newer_here, question_wording, signature_refusal
from .documents import finish_package, import_hook, open_package, package_documents
from ..domain.texts import text
from .said import language, translated
from .text import shown


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--yes", is_flag=True, help="Apply an update of an existing assessment after "
                                          "printing the differences.")
@click.option("--dry-run", is_flag=True, help="Check the file and print what would change; write nothing.")
@click.option("--overwrite-newer", is_flag=True,
              help="Also replace answers changed in the database after the workbook was exported "
                   "(refused otherwise).")
@click.option("--reopen", is_flag=True,
              help="Reopen a final assessment (status in progress) to import into it (refused otherwise).")
@click.option("--institution", "institution", default=None, metavar="KEY",
              help="An institution's reply: refused unless it is the form sent to KEY.")
@click.option("--prefer", type=click.Choice(["theirs", "ours", "both"]), default=None,
              help="Settle every conflict (an answer changed both here and in the workbook since their common "
                   "version): theirs takes the workbook's, ours keeps this database's, both keeps this database's "
                   "value with the comments (each signed) and evidence of both sides (refused otherwise).")
@click.option("--accept-signatures", is_flag=True,
              help="Take the sign-offs and plan validation a workbook carries without a check (an older "
                   "workbook), each printed in full first (refused otherwise; one whose check fails is "
                   "always refused).")
@click.pass_obj
def import_cmd(obj, file: str, yes: bool, dry_run: bool, overwrite_newer: bool, reopen: bool,
               institution: str | None, prefer: str | None, accept_signatures: bool) -> None:
    """Import a workbook: check everything, print the differences, then create the assessment
    (same identifier) or, with --yes, update the existing one. All or nothing. An answer changed
    in the database after the workbook's export time is never reverted without --overwrite-newer;
    a colleague's workbook is merged answer by answer (each change with who made it), and an
    answer both changed since their common version is a conflict, never settled without
    --prefer theirs|ours; a final assessment is never changed without --reopen; a signature
    (sign-off, plan validation) is printed in full, refused when its check fails, and taken
    without a check only with --accept-signatures."""
    q = questionnaire_for()
    if _import_submissions(obj, file, q, dry_run, institution):  # an ODK Central or KoboToolbox export: proposals
        return
    package = open_package(file)  # FILE.zip: the package checked whole first, its workbook unpacked
    # in a process of its own: no file can end this one; an institution's reply is recognised in
    # the same read, and its values become proposals, never answers
    plan = read_package_workbook(package, q) if package else _institution_reply(obj, file, q, institution, dry_run)
    if plan is None:
        return
    _echo_read(file, plan)
    # a dry run only reads: it works while the window holds the writer's lock, and on a laptop
    # with no database yet it compares with an empty one, made in a folder of its own
    with _dry_run_store(obj) if dry_run else obj.store() as store:
        existing = store.find_assessment(plan.uid)
        documents = package_documents(store, q, package, plan)  # refused here: nothing written
        changes = _echo_differences(q, diff_import(store, plan, q), existing)
        added = _echo_archive_added(q, store, plan)
        if existing is not None and not changes and not added:
            click.echo(_t("no_change"))
            finish_package(store, package, documents, existing, dry_run=dry_run, reopen=reopen)
            return
        clashes = conflicts(changes)
        # the team merge: an answer the workbook holds an earlier version of (its sender did not
        # change it since) is kept, replaced only with --overwrite-newer; it does not stop --yes
        later = newer_here(changes)
        stale = [d for d in later if d.stale]
        newer = [d for d in later if not d.conflict and not d.stale]
        final = final_refusal(existing)
        if dry_run:
            _echo_dry_run(q, final, clashes, stale, newer, reopen=reopen, prefer=prefer,
                          overwrite_newer=overwrite_newer)
            refusal = signature_refusal(carried_signatures(store, plan), Path(plan.path).name, accept_signatures)
            if refusal:
                click.echo(shown(_t("would_refuse", refusal=translated(refusal))))
            finish_package(store, package, documents, existing, dry_run=True, reopen=reopen)
            click.echo(_t("dry_run"))
            return
        _refuse_unless_chosen(q, existing, final, clashes, newer, yes=yes, reopen=reopen, prefer=prefer,
                              overwrite_newer=overwrite_newer)
        taken = {d.key for d in clashes} if prefer == "theirs" else set()
        both = {d.key for d in clashes} if prefer == "both" else set()  # comment and evidence merged
        if overwrite_newer:
            taken |= {d.key for d in newer} | {d.key for d in stale}
        a = apply_import(store, plan, q, overwrite=frozenset(taken), reopen=reopen, both=frozenset(both),
                         then=import_hook(package, documents), accept_signatures=accept_signatures).assessment
        finish_package(store, package, documents, a, imported=True)
    click.echo(_t("updated" if existing is not None else "created", id=a.id, uid=a.uid))
    if added:  # the Archived answers sheet's rows this import added, counted
        click.echo(_t("archived_added", n=len(added)))
    if existing is not None and stale and not overwrite_newer:
        click.echo(_t("kept_stale", n=len(stale)))


def _echo_read(file: str, plan) -> None:
    """What was read: the assessment, its answers and questionnaire, the reader's warnings and,
    for a workbook of an earlier questionnaire, what its mapping kept, recoded and archived."""
    click.echo(_t("read", file=shown(file), country=plan.country, round=plan.round, n=len(plan.answers),
                  version=shown(plan.questionnaire_version)))
    for w in plan.warnings:
        click.echo(_t("warning", text=shown(translated(w))))
    if plan.mapping is not None:
        m = plan.mapping
        click.echo(_t("mapped", chain=m.chain, kept=len(m.kept), recoded=len(m.recoded), archived=len(m.archived)))
        for old_key, new_key, old, new in m.recoded:
            click.echo("  " + shown(_t("recoded", old_key=old_key, new_key=new_key, old=repr(old), new=repr(new))))
        for entry in m.archived:
            click.echo("  " + shown(_t("archived", code=entry['key'], value=repr(entry['value']))))


def _echo_archive_added(q, store, plan) -> list:
    """The answers of the workbook's Archived answers sheet the import adds (those an earlier
    questionnaire's mapping archives are told with the mapping), a line each: the question id
    with the version that asked it, the value as shown; returns them."""
    rows = archived_rows(archive_added(store, plan, mapped=False), q, language())
    for row in rows:
        code = f"{row.key} ({row.version})" if row.version else row.key
        click.echo("  " + shown(_t("archived", code=code, value=row.value)))
    return rows


def _echo_differences(q, diffs: list, existing) -> list:
    """The cells edited outside the application, then (for an existing assessment) each
    difference; returns the differences that change something."""
    outside = [d for d in diffs if d.kind == "edited_outside"]
    changes = [d for d in diffs if d.kind != "edited_outside"]
    if outside:
        click.echo(_t("outside", n=len(outside)))
        for d in outside:
            click.echo(f"  {shown(_described(q, d))}")
    if existing is not None:
        click.echo(_t("exists", id=existing.id, uid=existing.uid, n=len(changes)))
        for d in changes:
            click.echo(f"  {shown(_described(q, d))}")  # text from the workbook: escaped
    else:  # a new assessment: the signatures it would carry, in full
        for d in changes:
            if d.kind == "signature":
                click.echo(f"  {shown(_described(q, d))}")
    return changes


def _echo_dry_run(q, final: str | None, clashes: list, stale: list, newer: list, *, reopen: bool,
                  prefer: str | None, overwrite_newer: bool) -> None:
    """What the import would do with a final assessment, the conflicts, the answers the sender did
    not change since and those changed here after the export, given the options."""
    if final:
        click.echo(_t("final_reopen" if reopen else "final_refused", final=translated(final)))
    if clashes:
        click.echo(_t("conflicts", count=_conflict_count(clashes), choice=_t(f"prefer_{prefer or 'none'}")))
        for d in clashes:
            click.echo("  " + shown(_t("conflict_line", wording=question_wording(q, d.key, language()), code=d.key,
                                       ours=_side(d.old, d.here_by, d.here_at), theirs=_side(d.new, d.by, d.at))))
    if stale:
        click.echo(_t("stale", n=len(stale), then=_t("then_replaced" if overwrite_newer else "then_kept")))
    if newer:
        click.echo(_t("newer", n=len(newer), then=_t("then_replaced" if overwrite_newer else "then_refused")))


def _refuse_unless_chosen(q, existing, final: str | None, clashes: list, newer: list, *, yes: bool, reopen: bool,
                          prefer: str | None, overwrite_newer: bool) -> None:
    """End with one line (exit 2) when the import would change what the options do not allow:
    an existing assessment without --yes, a final one without --reopen, conflicts without
    --prefer, answers changed here after the export without --overwrite-newer."""
    if existing is not None and not yes:
        click.echo("capacity-app: " + _t("exists_no_yes"), err=True)
        sys.exit(2)
    if final and not reopen:
        click.echo("capacity-app: " + _t("final_nothing", final=translated(final)), err=True)
        sys.exit(2)
    if clashes and prefer is None:
        click.echo("capacity-app: " + _t("conflicts_nothing", count=_conflict_count(clashes)), err=True)
        sys.exit(2)
    if newer and not overwrite_newer:
        first = newer[0]
        others = _t("and_others", n=len(newer) - 1) if len(newer) > 1 else ""
        click.echo("capacity-app: " + shown(_t("newer_nothing", wording=question_wording(q, first.key, language()),
                                               code=first.key, others=others, at=local_time(first.changed_at))),
                   err=True)
        sys.exit(2)


def _institution_reply(obj, file: str, q, institution: str | None, dry_run: bool):
    """FILE read once: an institution's returned workbook is imported here as proposals (None
    returned); any other workbook's import plan is returned. Any problem is one line and nothing is
    stored."""
    from ..services.institutions.forms import InstitutionReply, import_reply, read_reply_or_plan_untrusted

    reply = read_reply_or_plan_untrusted(file, q)
    if not isinstance(reply, InstitutionReply):
        if institution is not None:
            click.echo("capacity-app: " + _t("not_a_form", file=shown(file)), err=True)
            sys.exit(2)
        return reply
    with _dry_run_store(obj) if dry_run else obj.store() as store:
        done = import_reply(store, reply, institution=institution, dry_run=dry_run)
    who = shown(done.respondent) or _t("no_respondent")
    click.echo(_t("reply_dry" if dry_run else "reply", file=shown(file), institution=done.institution, who=who,
                  id=done.assessment_id, n=done.proposals, unchanged=done.unchanged,
                  already=_t("already_proposed", n=done.already) if done.already else ""))
    click.echo(_t("dry_run") if dry_run else _t("reply_next", id=done.assessment_id))
    return None


def _import_submissions(obj, file: str, q, dry_run: bool, institution: str | None) -> bool:
    """``import FILE`` of an ODK Central / KoboToolbox submissions export: every value a proposal
    credited to its institution and respondent (no answer changes); False for another file."""
    if Path(file).suffix.lower() not in (".csv", ".zip", ".xlsx", ".xlsm"):
        return False
    plan = read_untrusted_submissions(file, q)
    if plan is None:
        return False
    click.echo(_t("export_one" if len(plan.submissions) == 1 else "export_many", file=shown(file),
                  platform=plan.platform, version=shown(plan.form_version), n=len(plan.submissions),
                  values=plan.value_count))
    for w in plan.warnings:
        click.echo(shown(_t("warning", text=translated(w))))
    with _dry_run_store(obj) if dry_run else obj.store() as store:
        result = import_submissions(store, file, plan, dry_run=dry_run, institution=institution)
    assert result is not None
    for inst, n in sorted(result.by_institution().items()):
        click.echo("  " + _t("proposals_one" if n == 1 else "proposals_many", institution=inst, n=n))
    for line in result.several_replies():  # the newest reply of an institution taken
        click.echo(translated(shown(f"  {line}")))
    if result.same_as_answer:
        click.echo("  " + _t("same_as_answer", n=result.same_as_answer))
    if dry_run:
        click.echo(_t("dry_run"))
    else:
        click.echo(_t("stored", id=result.assessment_id, n=result.stored,
                      already=_t("already_there", n=result.unchanged) if result.unchanged else ""))
    return True


@contextmanager
def _dry_run_store(obj):
    """The database a dry run reads: the one given, read-only; when there is none yet, an empty
    one in a temporary folder removed afterwards (nothing is written where the database would be)."""
    path = Path(obj.db_path) if obj.db_path else default_db_path()
    if path.exists():
        with obj.store(readonly=True) as store:
            yield store
        return
    click.echo(_t("no_database", path=shown(str(path))), err=True)
    with tempfile.TemporaryDirectory(prefix="capacity-dry-run-") as folder:
        with open_store(Path(folder) / "empty.sqlite3", backup_dir=Path(folder) / "backups",
                        daily_backup=False) as store:
            yield store


def _t(key: str, **values: object) -> str:
    """The import's line ``cli.import.KEY`` in the command line's language (cli/said.language)."""
    return text(f"cli.import.{key}", language(), **values)


def _described(q, d) -> str:
    """A difference in the command line's language, a signature's English said again in it."""
    lang = language()
    return d.describe(q, lang, said=lambda line: translated(line, lang))


def _conflict_count(clashes) -> str:
    return _t("conflict_one" if len(clashes) == 1 else "conflict_many", n=len(clashes))


def _side(value, by: str, at: str) -> str:
    """One side of a conflict: its value, who made it and when."""
    lang = language()
    v = text("diff.empty", lang) if value is None or value == "" else str(value)
    return _t("side", value=v[:77] + "..." if len(v) > 80 else v, by=by or text("diff.unknown", lang),
              at=local_time(at) or _t("time_unknown"))


def register(group: click.Group) -> None:
    group.add_command(import_cmd)
