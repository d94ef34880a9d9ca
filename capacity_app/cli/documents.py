"""Documents as evidence: attach a file to a question, a grid row, a matrix cell or an
action; list an assessment's documents with their SHA-256; detach one."""
from __future__ import annotations

import json
import sys

import click

from ..domain.assessment import FINAL
from ..domain.dates import local_time
from ..domain.documents import KINDS_TEXT, MAX_DOCUMENT, MAX_PER_ASSESSMENT, MB, size_amount
from ..domain.editorial import number
from ..domain.texts import text
from ..services.assessments import get_assessment, questionnaire_for
from ..services.documents import attach_file, detach, list_documents
from ..services.packages import (
    attach_package_documents, documents_with_import, is_package, opened_package, plan_documents,
)
from .said import language, say
from .text import shown


def size_text(size: int) -> str:
    """A document's size in the command line's language (``documents.size_amount``)."""
    unit, n = size_amount(size)
    return say(f"shown.size.{unit.lower()}", n=number(n, language(), 1 if unit == "MB" else 0))


@click.command("attach")
@click.argument("assessment_id")
@click.argument("item_id")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def attach_cmd(obj, assessment_id, item_id, file, as_json) -> None:
    """Attach FILE as evidence to a question's id (a whole grid's too), a grid row (ITEM.ROW, e.g. s0_institutions.nso),
    a matrix cell (ITEM.PQ.SOURCE, e.g. s3_matrix.A.CEN) or an action (action:ID); prints the
    document's SHA-256. Allowed kinds: """
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        done = attach_file(store, questionnaire_for(a), a.id, item_id, file).attachment
    if as_json:
        click.echo(json.dumps(done.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(say("shown.documents.attached", sha256=done.sha256, name=shown(done.name),
                       size=size_text(done.size), target=done.target, id=done.id))


attach_cmd.help = (attach_cmd.help or "") + (f"{KINDS_TEXT}; at most {MAX_DOCUMENT // MB} MB per document and "
                                              f"{MAX_PER_ASSESSMENT // MB} MB per assessment. Refused on a final "
                                              "assessment.")


@click.command("documents")
@click.argument("assessment_id")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def documents_cmd(obj, assessment_id, as_json) -> None:
    """List the documents attached to an assessment: attachment id, target, name, size, SHA-256,
    who attached it and when."""
    with obj.store(readonly=True) as store:
        a = get_assessment(store, assessment_id)
        rows = list_documents(store, a.id)
    if as_json:
        click.echo(json.dumps([r.to_dict() for r in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo(say("shown.documents.none", id=a.id, country=a.country, round=a.round))
        return
    for r in rows:
        click.echo(f"{r.id:>4}  {r.target}  {shown(r.name)}  {size_text(r.size)}  {r.sha256}  "
                   f"{shown(r.operator or say('shown.documents.unknown'))}, {local_time(r.at)}")


@click.command("detach")
@click.argument("assessment_id")
@click.argument("attachment")
@click.pass_obj
def detach_cmd(obj, assessment_id, attachment) -> None:
    """Remove an attachment (its id, or its document's SHA-256 or first 8+ digits, as `documents`
    lists them). Refused on a final assessment."""
    with obj.store() as store:
        a = get_assessment(store, assessment_id)
        gone = detach(store, a.id, attachment).attachment
    click.echo(say("shown.documents.detached", name=shown(gone.name), sha256=gone.sha256[:12], target=gone.target))


# --- the assessment package in `import` (cli/exchange.py calls these) ---------------------------

def open_package(file: str):
    """For ``import FILE.zip``: the package checked whole (refused in one line, nothing written),
    its workbook unpacked in a private folder removed when the command ends; None for a workbook."""
    if not is_package(file):
        return None
    return click.get_current_context().with_resource(opened_package(file))


def package_documents(store, q, package, plan):
    """The package's documents checked against its workbook and this database (None: a workbook)."""
    return None if package is None else plan_documents(store, q, package, plan)


def import_hook(package, documents):
    """The package's missing documents attached in the workbook's import transaction
    (``apply_import(then=...)``); None for a workbook or when nothing is missing."""
    return None if package is None else documents_with_import(package, documents)


def finish_package(store, package, documents, assessment, *, dry_run: bool = False, imported: bool = False,
                   reopen: bool = False) -> None:
    """Attach the package's documents missing here (a dry run says how many would be) when its
    workbook matched the database; after its workbook was imported (``imported``: they were
    attached in the import's transaction, :func:`import_hook`) only say so. Into a final
    assessment the workbook did not change, refused: reopen it first."""
    if package is None or documents is None:
        return
    if not documents.add or dry_run:
        refused = documents.add and assessment is not None and assessment.status == FINAL and not reopen
        click.echo(_t("docs_line", what=_planned(documents), tail=_t("docs_refused") if refused else
                      _t("docs_would") if dry_run and documents.add else ""))
        return
    if imported:  # attached in the import's transaction
        click.echo(_attached(documents))
        return
    if assessment.status == FINAL and not reopen:
        click.echo("capacity-app: " + _t("docs_final", id=assessment.id, country=assessment.country,
                                         round=assessment.round, n=len(documents.add)), err=True)
        sys.exit(2)
    attach_package_documents(store, assessment.id, package, documents, reopen=reopen)
    if assessment.status == FINAL:
        click.echo(_t("reopened", id=assessment.id))
    click.echo(_attached(documents))


def _t(key: str, **values: object) -> str:
    """The import's line ``cli.import.KEY`` in the command line's language (cli/said.language)."""
    return text(f"cli.import.{key}", language(), **values)


def _present(documents) -> str:
    return _t("docs_present", n=documents.present) if documents.present else ""


def _planned(documents) -> str:
    """What a package's documents would do here (services.packages.DocumentsPlan.describe), said."""
    if documents.add:
        return _t("docs_to_attach", n=len(documents.add), before=_present(documents))
    return _t("docs_all_present", n=documents.present) if documents.present else _t("docs_none")


def _attached(documents) -> str:
    return _t("docs_attached", n=len(documents.add), before=_present(documents))


def register(group: click.Group) -> None:
    for cmd in (attach_cmd, documents_cmd, detach_cmd):
        group.add_command(cmd)
