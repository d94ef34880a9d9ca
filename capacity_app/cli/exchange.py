"""Workbook commands: export, aggregate (``import``, which takes a workbook, a package or an
institution's reply back, is in :mod:`.exchange_import`)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .said import LanguageChoice, say, translated
from ..paths import default_db_path
from .text import shown


def _progress_printer(quiet: bool):
    if quiet:
        return None
    state = {"last": -1}

    def progress(fraction: float, message: str) -> None:
        pct = int(fraction * 100)
        if pct // 10 != state["last"] // 10:
            state["last"] = pct
            click.echo(f"  {pct:3d}% {translated(message)}", err=True)

    return progress


@click.command("export")
@click.argument("assessment_id")
@click.option("--xlsx", "out", default=None, type=click.Path(dir_okay=False),
              help="Workbook to write (.xlsx).")
@click.option("--package", "package", default=None, type=click.Path(dir_okay=False),
              help="Assessment package to write (.zip): the workbook, the documents attached and a manifest "
                   "with the SHA-256 of each; `import` takes it back whole.")
@click.option("--xlsform", "xlsform", default=None, type=click.Path(dir_okay=False),
              help="XLSForm to write (.xlsx) for ODK Central or KoboToolbox: the questionnaire, or with "
                   "--institution that institution's part, checked by pyxform before it is written.")
@click.option("--institution", "institution", default=None, metavar="KEY",
              help="Only the questions of this institution (a row code of the S0 institutions grid: nso, interior, "
                   "foreign, labour, central_bank, civil_registry, other): with --xlsform its XLSForm, with --xlsx "
                   "its fillable workbook (`capacity-app institutions ID` says who is asked what).")
@click.option("--institutions", "institutions_dir", default=None, type=click.Path(file_okay=False),
              help="One fillable workbook per institution asked something, into this folder.")
@click.option("--lang", type=LanguageChoice(), default=None,
              help="Label language (default: English; an institution's workbook: the assessment's language).")
@click.pass_obj
def export_cmd(obj, assessment_id, out: str | None, package: str | None, xlsform: str | None,
               institution: str | None, institutions_dir: str | None, lang: str | None) -> None:
    """Export an assessment as the UNSD exchange workbook (--xlsx), as an assessment package
    with its documents (--package), or as an XLSForm for ODK and Kobo (--xlsform); or the
    questions sent to an institution before the mission (--institution KEY --xlsx FILE, or
    --institutions FOLDER for all of them), whose reply `import` takes back as proposals."""
    if xlsform is None and (institution is not None or institutions_dir is not None):
        _export_institutions(obj, assessment_id, out, package, institution, institutions_dir, lang)
        return
    lang = lang or "en"
    if [out, package, xlsform].count(None) != 2 or institutions_dir is not None:
        click.echo("capacity-app: " + say("shown.export.give_one"), err=True)
        sys.exit(2)
    if xlsform is not None:
        from ..services.institutions.xlsform import export_xlsform

        with obj.store(readonly=True) as store:
            path, warnings = export_xlsform(store, assessment_id, Path(xlsform), institution=institution, lang=lang)
        for w in warnings:
            click.echo(shown(say("cli.import.warning", text=translated(w))), err=True)
        click.echo(say("shown.export.wrote", path=path))
        return
    # each command imports what it uses (the aggregation none of the export's modules)
    from ..services.documents import list_documents
    from ..services.exchange import export_workbook
    from ..services.packages import export_package
    from ..services.versions import archived_answers

    left = 0  # documents attached that the workbook leaves behind
    with obj.store(readonly=True) as store:
        if package is not None:
            path = export_package(store, assessment_id, Path(package), lang=lang)
        else:
            path = export_workbook(store, assessment_id, Path(out or ""), lang=lang)
            left = len(list_documents(store, assessment_id))
        archived = archived_answers(store.assessment(int(assessment_id)))
    click.echo(say("shown.export.wrote", path=path))
    if archived:  # an export never drops them without a word
        click.echo(say("shown.export.archived_one" if len(archived) == 1 else "shown.export.archived", n=len(archived),
                       keys=shown(", ".join(archived[:4])) + (" …" if len(archived) > 4 else "")), err=True)
    if package is None and left:  # the workbook carries no document
        click.echo(say("shown.export.left_one" if left == 1 else "shown.export.left", n=left,
                       command=f"capacity-app export {shown(str(assessment_id))} --package FILE.zip"), err=True)


def _export_institutions(obj, assessment_id, out: str | None, package: str | None, institution: str | None,
                         folder: str | None, lang: str | None) -> None:
    from ..services.institutions.forms import export_institution_workbook, export_institution_workbooks

    if package is not None or (institution is not None) == (folder is not None) or (institution and not out) \
            or (folder and out):
        click.echo("capacity-app: " + say("shown.export.give_institution"), err=True)
        sys.exit(2)
    with obj.store(readonly=True) as store:
        if institution is not None:
            paths = [export_institution_workbook(store, assessment_id, institution, Path(out or ""), lang=lang)]
        else:
            paths = export_institution_workbooks(store, assessment_id, Path(folder or ""), lang=lang)
    for p in paths:
        click.echo(say("shown.export.wrote", path=p))


@click.command("aggregate")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--xlsx", "out", required=True, type=click.Path(dir_okay=False),
              help="Consolidated workbook to write.")
@click.option("--pdf", "pdf_out", default=None, type=click.Path(dir_okay=False),
              help="Also write a cross-country PDF summary.")
@click.option("--bundle", "bundle_dir", default=None, type=click.Path(file_okay=False),
              help="Also write the analyst's files into this folder: CSV tables with a data dictionary, "
                   "Stata (.dta) and SPSS (.sav) files.")
@click.option("--prefer", multiple=True, metavar="UID|FILE",
              help="Settle a conflict (two assessments of one country and round): use this assessment "
                   "uid or file. May be given several times.")
@click.option("--round", "round_year", type=int, default=None, metavar="YEAR",
              help="Roll up this round of each country (default: each country's latest round).")
@click.option("--status", "status_filter", type=click.Choice(["any", "final"]), default="any",
              help="final: only final assessments enter the roll-ups (default any: drafts and assessments in "
                   "progress count, flagged).")
@click.option("--include-provisional", is_flag=True,
              help="Count provisional scores (no band: completeness below 80 % or no valid reference date) in the "
                   "roll-ups and trends; each roll-up then says how many it holds (default: listed, left out).")
@click.option("--sids-list", "sids_list", type=click.Choice(["m49", "ohrlls"]), default="m49",
              help="The list of Small Island Developing States: the UN M49 list (default) or the UN-OHRLLS list.")
@click.option("--period", default=None, metavar="PERIOD",
              help="The reporting period of the implementation sheets: a year (2026) or a half-year (2026-H1) "
                   "(default: the latest year a country of the roll-ups reports progress for).")
@click.option("--lang", type=LanguageChoice(), default="en", help="Language of the labels.")
@click.option("--quiet", is_flag=True, help="No progress lines.")
@click.pass_obj
def aggregate_cmd(obj, paths, out: str, pdf_out: str | None, bundle_dir: str | None, prefer: tuple[str, ...],
                  round_year: int | None, status_filter: str, include_provisional: bool, sids_list: str, lang: str,
                  quiet: bool, period: str | None = None) -> None:
    """Consolidate country workbooks (files or folders) into one cross-country workbook: one
    assessment per country in the roll-ups, scores recomputed from the answers."""
    from ..services.aggregation import aggregate

    rep = aggregate([Path(p) for p in paths], Path(out), pdf_out=Path(pdf_out) if pdf_out else None,
                    bundle_dir=Path(bundle_dir) if bundle_dir else None,
                    progress=_progress_printer(quiet), db_path=obj.db_path or default_db_path(),
                    prefer=prefer, round_year=round_year, status_filter=status_filter, sids_list=sids_list,
                    lang=lang, include_provisional=include_provisional, period=period)
    _print_aggregated(rep, bundle_dir)


def _print_aggregated(rep, bundle_dir: str | None) -> None:
    """The aggregation's warnings, the files not taken and what it did, in the command line's language."""
    for w in rep.warnings:
        click.echo(shown(say("cli.import.warning", text=translated(w))))
    for f in rep.files:
        if f.status != "accepted":
            status = say(f"shown.aggregate.status.{f.status}") if f.status in _FILE_STATUSES else f.status
            click.echo(shown(say("shown.aggregate.file", status=status, path=f.path, reason=translated(f.reason))))
    outputs = [str(rep.out_xlsx)] + ([str(rep.out_pdf)] if rep.out_pdf else []) + ([str(bundle_dir)] if bundle_dir else [])
    left_out = rep.provisional_left_out
    counted = [r for r in rep.used if r.provisional]
    provisional = (say("shown.aggregate.counted", n=len(counted)) if counted else
                   say("shown.aggregate.not_counted", n=len(left_out),
                       which=", ".join(f"{r.country} {r.record.round}" for r in left_out)) if left_out else "")
    in_rollups = say("shown.aggregate.countries_one" if len(rep.used) == 1 else "shown.aggregate.countries",
                     n=len(rep.used))
    click.echo(say("shown.aggregate.done", accepted=rep.accepted, rejected=rep.rejected, superseded=rep.superseded,
                   conflicts=rep.conflicts, countries=in_rollups, provisional=provisional,
                   outputs=", ".join(outputs)))
    if rep.period:
        click.echo(say("shown.aggregate.implementation", period=rep.period, date=rep.as_of))


# the statuses of a file not taken into the roll-ups (exchange/aggregate/model.py), said by
# shown.aggregate.status.<status>
_FILE_STATUSES = ("rejected", "superseded", "conflict")


def register(group: click.Group) -> None:
    for cmd in (export_cmd, aggregate_cmd):
        group.add_command(cmd)
