"""Core commands: questionnaire, new, list, answers, set, status, comment, evidence, check, gui, demo.

What only one command uses and costs to load is imported by that command (the questionnaire's
loader and its text form, the demo with its reports and workbook): ``list`` loads neither the
questionnaire nor the report model."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from ..catalog.countries import lookup
from ..domain.assessment import ASSESSMENT_STATUSES
from ..domain.dates import local_time
from ..domain.editorial import percent as editorial_percent
from .said import LanguageChoice
from ..domain.rounding import percent, round_half_up
from ..domain.status import EVIDENCE_KINDS
from ..paths import default_db_path, default_questionnaire_path
from ..services.assessments import (
    ServiceError, add_evidence, answer_rows, edit_metadata, get_assessment, new_assessment, questionnaire_for,
    record_text, set_comment, set_status,
)
from ..services.summaries import summaries
from ..services.versions import scored_under_other_rules
from .said import language, said, say
from .text import shown
from ..storage.db import BackupInfo, all_backups, check_file, owner_check, restore_backup
from ..domain.texts import TEXTS
from ..domain.texts import text as en_line  # the English of a line cli/said.py translates


def described(b: BackupInfo) -> str:
    """Which backup ``b`` is, in the command line's language: its kind, number, schema version and
    time (local), as ``BackupInfo.describe`` says it in English."""
    kind = f"cli.backup.kind_{b.reason.replace('-', '_')}"
    if kind not in TEXTS:  # a kind of backup no entry names
        return b.describe()
    key = "shown.backups.which" + ("_no" if b.sequence else "") + ("_schema" if b.schema is not None else "")
    return say(key, kind=say(kind), n=b.sequence, schema=b.schema, time=f"{b.created.astimezone():%Y-%m-%d %H:%M}")


def _dump(obj) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=2))


@click.group("questionnaire")
def questionnaire_group() -> None:
    """Validate or show questionnaire files."""


@questionnaire_group.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=False))
def questionnaire_validate(paths: tuple[str, ...]) -> None:
    """Check questionnaire files (default: the bundled one) and their translations. Exit 0, or 2
    with one line per problem as FILE:LINE: item-id: message. A catalogued language (ar, zh, ru)
    whose texts are missing or empty is named with the count: an error when none of its texts is
    left (its catalogue emptied), a warning when some are (English shows for them)."""
    from ..catalog.loader import check_questionnaire, translation_gaps

    failed = False
    for p in paths or (str(default_questionnaire_path()),):
        q, errors = check_questionnaire(p)
        for e in errors:
            said(str(e))
        if errors:
            failed = True
            continue
        assert q is not None  # check_questionnaire gives a questionnaire when it finds no error
        emptied = False
        for gap in translation_gaps(p):
            where = f"{p}: translations/{gap.lang}.yaml"
            if gap.translated == 0:
                emptied = True
                said(en_line("cli.translations_none", where=where, language=gap.lang, n=len(gap.missing), total=gap.total))
            else:
                said(en_line("cli.translations_some", where=where, language=gap.lang, n=len(gap.missing), total=gap.total,
                          first=gap.missing[0]))
        if emptied:
            failed = True
            continue
        n = sum(1 for _ in q.items())
        click.echo(say("shown.core.questionnaire_ok", file=p, id=q.id, version=q.version, sections=len(q.sections),
                       items=n))
    if failed:
        sys.exit(2)


@questionnaire_group.command("show")
@click.option("--lang", type=LanguageChoice(), default=None,
              help="Print one language (default: all languages in JSON, English in text).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def questionnaire_show(lang: str | None, as_json: bool) -> None:
    """Show the bundled questionnaire."""
    from ..catalog.loader import load_bundled
    from ..catalog.serialize import questionnaire_to_dict, questionnaire_to_text

    q = load_bundled()
    if as_json:
        _dump(questionnaire_to_dict(q, lang))
    else:
        click.echo(questionnaire_to_text(q, lang or "en"))


@click.command("new")
@click.option("--country", required=True, help="ISO 3166-1 alpha-3 code, e.g. KEN.")
@click.option("--round", "round_", required=True, type=int, help="Assessment round (year).")
@click.option("--title", default=None)
@click.option("--mission-start", default="", help="YYYY-MM-DD")
@click.option("--mission-end", default="", help="YYYY-MM-DD")
@click.option("--reference-date", default="", help="YYYY-MM-DD (date the answers describe)")
@click.pass_obj
def new_cmd(obj, country, round_, title, mission_start, mission_end, reference_date) -> None:
    """Create an assessment; prints its id."""
    q = questionnaire_for()
    with obj.store() as store:
        created = new_assessment(store, q, country=country, round=round_, title=title,
                                 mission_start=mission_start, mission_end=mission_end,
                                 reference_date=reference_date)
    click.echo(created.id)


@click.command("edit")
@click.argument("assessment_id")
@click.option("--title", default=None, help="The assessment's title (empty: the default title).")
@click.option("--round", "round_", default=None, help="Assessment round (year).")
@click.option("--country", default=None, help="ISO 3166-1 alpha-3 code, e.g. KEN.")
@click.pass_obj
def edit_cmd(obj, assessment_id, title, round_, country) -> None:
    """Change an assessment's title, round or country (the mission's dates and the institutions
    met are section S0's answers: `set`)."""
    with obj.store() as store:
        changes = edit_metadata(store, assessment_id, title=title, round=round_, country=country)
    click.echo(say("shown.core.edited" if changes.metadata else "shown.core.edit_nothing", id=changes.assessment_id))


def _assessment_dict(a, completion: float | None = None) -> dict:
    c = lookup(a.country)
    d = {
        "id": a.id, "uid": a.uid, "country": a.country, "country_name": c.name if c else a.country,
        "m49": a.m49, "round": a.round, "title": a.title, "status": a.status,
        "mission_start": a.mission_start, "mission_end": a.mission_end,
        "reference_date": a.reference_date,
        "institutions": [{"name": i.name, "role": i.role} for i in a.institutions],
        "questionnaire_id": a.questionnaire_id, "questionnaire_version": a.questionnaire_version,
        "created_at": a.created_at, "updated_at": a.updated_at,
    }
    if completion is not None:
        # the one rounding, from the unrounded share: the figure of `score`, the report and the dashboard
        d["completion"] = round_half_up(completion, 3)
        d["completion_percent"] = percent(completion, 1)
    return d


@click.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.option("--trash", is_flag=True, help="List the assessments in the trash.")
@click.pass_obj
def list_cmd(obj, as_json: bool, trash: bool) -> None:
    """List assessments."""
    with obj.store(readonly_if_locked=True) as store:
        earlier = scored_under_other_rules(store)  # read before they are derived again
        # stored summaries: only those missing or out of date are derived (and stored)
        rows = []
        for listed in summaries(store, only_deleted=trash):
            assert listed.summary is not None  # summaries() derives every missing one
            rows.append((listed.assessment, listed.summary.completion))
            was = earlier.get(listed.assessment.id)
            if was is not None:
                s = listed.summary
                click.echo(f"capacity-app: #{listed.assessment.id}: {was.beside(s.overall, s.band, language())}",
                           err=True)
    if as_json:
        _dump([_assessment_dict(a, completion) for a, completion in rows])
        return
    if not rows:
        click.echo(say("shown.core.none_in_trash" if trash else "shown.core.none"))
        return
    lines = []
    lang = language()
    for a, completion in rows:
        # the completeness of the scoring result, as the window's list and dashboard and the report show it
        done = ("     –" if completion is None else f"{percent(completion, 1):5.1f}%" if lang == "en"
                else editorial_percent(percent(completion, 1), lang, 1).rjust(6))
        lines.append(f"{a.id:>4}  {a.country}  {a.round}  {status_word(a.status):<11} {done}  {shown(a.title)}")
    click.echo("\n".join(lines))  # one write, not one a line


@click.command("answers")
@click.argument("assessment_id")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def answers_cmd(obj, assessment_id, as_json: bool) -> None:
    """Every answer of an assessment, with flags, comment and evidence; with --json also who made
    its current version and when (changed_by, changed_at: a colleague's change merged from a
    workbook keeps its author; empty when unknown)."""
    with obj.store(readonly=True) as store:
        a = get_assessment(store, assessment_id)
        rows = answer_rows(store, questionnaire_for(a), a.id)
        if as_json:
            from ..services.provenance import provenances

            made = provenances(store, a.id)
            for r in rows:
                p = made.get(r["item_id"])
                r["changed_by"], r["changed_at"] = (p.by, p.at) if p is not None else ("", "")
    if as_json:
        _dump(rows)
        return
    for r in rows:
        flag = (" " + say("shown.core.flag", state=say("state.dont_know")) if r["dont_know"] else
                (" " + say("shown.core.flag", state=say("shown.core.n_a")) if r["not_applicable"] else ""))
        value = "" if r["value"] is None else json.dumps(r["value"], ensure_ascii=False)
        click.echo(f"{r['item_id']} = {shown(value)}{flag}")  # text from a workbook: escaped
        if r["comment"]:
            click.echo("    " + say("shown.core.comment", text=shown(r['comment'])))
        for e in r["evidence"]:
            click.echo("    " + say("shown.core.evidence", kind=e['kind'], text=shown(e['text'])))


@click.command("set")
@click.argument("assessment_id")
@click.argument("item_id")
@click.argument("value", required=False)
@click.option("--comment", default=None, help="Comment to store with the answer.")
@click.option("--dont-know", "status", flag_value="dont_know", help="Record 'don't know'.")
@click.option("--not-applicable", "status", flag_value="not_applicable", help="Record 'not applicable'.")
@click.option("--clear", "status", flag_value="empty", help="Remove the value (keeps comment and evidence).")
@click.pass_obj
def set_cmd(obj, assessment_id, item_id, value, comment, status) -> None:
    """Record one answer (validated). Returns after the answer is committed.

    Grid cells are ITEM.ROW.COLUMN, matrix cells ITEM.PQ.SOURCE.FIELD (e.g. s3_matrix.A.CEN.exists);
    several choices are separated by commas."""
    status = status or "answered"
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        q = questionnaire_for(a)
        if value is None and status == "answered":
            if comment is None:
                from ..services.assessments import GIVE_OPTIONS

                raise ServiceError(f"{item_id}: {en_line('cli.answer.give_value', options=GIVE_OPTIONS)}")
            saved = set_comment(store, q, a.id, item_id, comment)
        else:
            saved = record_text(store, q, a.id, item_id, value, status=status, comment=comment)
    click.echo(say("shown.core.saved", item=saved.key, time=local_time(saved.at)))


@click.command("status")
@click.argument("assessment_id")
@click.argument("status", required=False, type=click.Choice(ASSESSMENT_STATUSES))
@click.option("--reason", default="", help="Why a final assessment is reopened (required to leave final).")
@click.pass_obj
def status_cmd(obj, assessment_id, status, reason) -> None:
    """Show, or set, an assessment's status: draft, in_progress or final.

    Final makes the answers, comments, evidence and action plan read-only until the assessment
    is reopened with a reason (--reason, or capacity-app reopen), and removes the DRAFT mark from
    the report (as in the window). Validating for the national statistics office (who, when) is
    capacity-app signoff."""
    if status is None:
        with obj.store(readonly=True) as store:
            click.echo(get_assessment(store, assessment_id).status)
        return
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        set_status(store, a.id, status, reason)
        click.echo(say("shown.core.status_set", id=a.id, country=a.country, round=a.round, old=status_word(a.status),
                       new=status_word(status)))


@click.command("evidence")
@click.argument("assessment_id")
@click.argument("item_id")
@click.argument("text")
@click.option("--kind", type=click.Choice(EVIDENCE_KINDS), default="document")
@click.pass_obj
def evidence_cmd(obj, assessment_id, item_id, text, kind) -> None:
    """Attach evidence (a document, web address, institution or note) to an item."""
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        added = add_evidence(store, questionnaire_for(a), a.id, item_id, kind, text)
    click.echo(added.id)


@click.command("check")
@click.option("--restore", is_flag=True, help="Replace a damaged database by its newest good backup.")
@click.option("--backup-dir", type=click.Path(file_okay=False), default=None,
              help="Where the backups are (default: the backup-folder preference, when the database "
                   "can still be read, and the backups folder next to it).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def check_cmd(obj, restore: bool, backup_dir: str | None, as_json: bool) -> None:
    """Integrity check and backup status of the database."""
    path = Path(obj.db_path) if obj.db_path else default_db_path()
    names = 1
    if path.exists():
        owner_check(path)  # another program's file: refused untouched (nor restored over)
        names = os.stat(path).st_nlink
    status = check_file(path) if path.exists() else "missing"
    # every folder (the backup-folder preference, the default one next to the database), every
    # kind of backup (daily, pre-import, pre-migration), newest first by their sequence
    backups = all_backups(path, Path(backup_dir) if backup_dir else None)
    restored = restored_which = None
    restored_line = ""
    if restore:
        if status == "ok":
            click.echo(say("shown.core.healthy", path=path))
        else:
            good = next((b for b in backups if check_file(b.path) == "ok"), None)
            if good is None:
                said(f"capacity-app: {en_line('cli.core.no_good_backup', path=path)}")
                sys.exit(2)
            skipped = backups.index(good)
            restore_backup(path, good.path)
            restored = str(good.path)
            restored_which = (f"{good.describe()}, the newest good backup"
                              + (f" ({skipped} newer ones are damaged)" if skipped else ""))  # the JSON's
            restored_line = say("shown.core.restored_damaged" if skipped else "shown.core.restored", which=described(good),
                                n=skipped, path=good.path)
            status = check_file(path)
    info = {
        "database": str(path), "integrity": status,
        "backups": [{"path": str(b.path), "reason": b.reason, "created": b.created.isoformat(timespec="seconds"),
                     "sequence": b.sequence, "size": b.size} for b in backups],
        "restored_from": restored, "restored_backup": restored_which,
    }
    if as_json:
        _dump(info)
    else:
        _print_check(path, status, restored_line, backups)
    if names > 1:  # SQLite keeps one journal per name: what is committed under one is lost to the other
        said(f"capacity-app: {en_line('cli.core.hard_links', path=path, n=names)}")
    if status not in ("ok", "missing") or names > 1:
        sys.exit(2)


def _print_check(path: Path, status: str, restored_line: str, backups: list) -> None:
    """``check``'s lines for a person: the database, its integrity, a restore, the backups."""
    click.echo(say("shown.core.check_database", path=path))
    click.echo(say("shown.core.check_integrity", status=status))
    if restored_line:
        click.echo(restored_line)
    if backups:
        b = backups[0]
        click.echo(say("shown.core.check_backups", n=len(backups), which=described(b), folder=b.path.parent))
    else:
        click.echo(say("shown.core.check_no_backups"))


def status_word(status: str) -> str:
    """An assessment's status: its code in English (as ``status`` prints it), its label in another language."""
    if language() == "en" or status not in ASSESSMENT_STATUSES:
        return status
    return say(f"wb.astatus.{status}").lower()


@click.command("gui")
@click.option("--exit-after-show", is_flag=True, help="Open the main window, paint it once, exit 0.")
@click.pass_obj
def gui_cmd(obj, exit_after_show: bool) -> None:
    """Start the desktop application."""
    from ..gui.window.app import run_gui  # PySide6 (about 0.1 s): loaded by this command only

    sys.exit(run_gui(obj.db_path, exit_after_show=exit_after_show))


@click.command("demo")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False))
@click.option("--lang", type=LanguageChoice(), default="en")
@click.pass_obj
def demo_cmd(obj, out_dir: str, lang: str) -> None:
    """Create the demo assessment (fictional Republic of Veloria, XVL) and write its exports to OUT."""
    from ..services.demo import create_demo, write_demo_outputs  # the reports and the workbook

    with obj.store() as store:
        a = create_demo(store)
        written = write_demo_outputs(store, a.id, Path(out_dir), lang)
    click.echo(say("shown.core.demo_created", id=a.id))
    for p in written:
        click.echo(say("shown.core.wrote", file=p))


def register(group: click.Group) -> None:
    for cmd in (questionnaire_group, new_cmd, edit_cmd, list_cmd, answers_cmd, set_cmd, status_cmd, evidence_cmd,
                check_cmd, gui_cmd, demo_cmd):
        group.add_command(cmd)
