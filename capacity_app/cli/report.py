"""``capacity-app report``: the ministry PDF report, the same report as a Word document, or the
blank questionnaire."""
from __future__ import annotations

import click

from .said import LanguageChoice, say
from ..paths import default_db_path
from ..services.assessments import ServiceError
from ..services.outputs import check_output_path
from ..services.reports import export_report_files, export_report_pdf


@click.command("report")
@click.argument("assessment_id", required=False)
@click.option("--pdf", "pdf_path", type=click.Path(dir_okay=False), help="Where to write the PDF.")
@click.option("--docx", "docx_path", type=click.Path(dir_okay=False),
              help="Where to write the report as a Word document (.docx) the ministry can edit.")
@click.option("--template", "template", type=click.Path(dir_okay=False),
              help="A Word document (.docx) whose styles the Word report uses (default: the word_template "
                   "preference, else the bundled template; docs/word-report.md).")
@click.option("--lang", type=LanguageChoice(), default="en", help="Report language.")
@click.option("--blank", is_flag=True,
              help="The blank questionnaire for institutions to prepare (no answers needed; ID optional).")
@click.option("--progress", "period", metavar="PERIOD",
              help="The implementation report of one reporting period (2026 or 2026-H1) instead: each action's "
                   "status, standing and reason, the money by partner, the indicators measured (docs/progress.md).")
@click.option("--attach-workbook", is_flag=True,
              help="Also attach the exchange workbook (.xlsx) to the PDF (the JSON data is always attached).")
@click.option("--partner", help="A partner's edition of the funding request: the lines that partner is asked "
                                "to fund, in its currency, with the national contribution and its signatories "
                                "(its name as the plan's cost lines give it).")
@click.pass_obj
def report_cmd(obj, assessment_id, pdf_path, docx_path, template, lang, blank, period, attach_workbook,
               partner) -> None:
    """Write the report of assessment ID: a PDF (PDF/A-3, with its data attached), a Word document
    (--docx, its data inside), or both; with --progress PERIOD, the plan's implementation report."""
    if not pdf_path and not docx_path:
        raise ServiceError("give --pdf FILE, --docx FILE or both")
    if period is not None:
        if blank or assessment_id is None:
            raise ServiceError("the implementation report (--progress) is of an assessment: give its id, not --blank")
        _progress_report(obj, assessment_id, period, pdf_path, docx_path, template, lang)
        return
    if docx_path and blank:
        raise ServiceError("the blank questionnaire is printed as a PDF only (use --pdf)")
    if template and not docx_path:
        raise ServiceError("--template is for the Word document (--docx)")
    if partner is not None and blank:
        raise ServiceError("--partner is an edition of an assessment's funding request, not of the blank questionnaire")
    if assessment_id is None and not blank:
        raise ServiceError("give an assessment id (see `capacity-app list`), or --blank")
    if assessment_id is None:  # blank questionnaire: no database needed (but never written over it)
        check_output_path(pdf_path, obj.db_path or default_db_path(), what="the report")
        click.echo(say("shown.core.wrote", file=export_report_pdf(None, None, pdf_path, lang=lang, blank=True)))
        return
    with obj.store(readonly=True) as store:
        if blank:
            click.echo(say("shown.core.wrote", file=export_report_pdf(store, assessment_id, pdf_path, lang=lang,
                                                                  blank=True)))
            return
        for out in export_report_files(store, assessment_id, pdf_path=pdf_path, docx_path=docx_path, lang=lang,
                                       template=template, include_workbook=attach_workbook, partner=partner):
            click.echo(say("shown.core.wrote", file=out))


def _progress_report(obj, assessment_id, period, pdf_path, docx_path, template, lang) -> None:
    if template and not docx_path:
        raise ServiceError("--template is for the Word document (--docx)")
    with obj.store(readonly=True) as store:
        for out in export_report_files(store, assessment_id, pdf_path=pdf_path, docx_path=docx_path, lang=lang,
                                       template=template, period=period):
            click.echo(say("shown.core.wrote", file=out))


def register(group: click.Group) -> None:
    group.add_command(report_cmd)
