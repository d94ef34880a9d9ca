"""``capacity-app actions donor-workbook``: the tables a programme manager pastes into a donor's
templates (services/plan/donor_workbook.py). The package's ``__init__`` adds it to the group."""
from __future__ import annotations

import click

from ..said import LanguageChoice
from ...services.assessments import get_assessment
from ..text import shown


@click.command("donor-workbook")
@click.argument("assessment_id")
@click.option("--partner", required=True,
              help="The development partner, as the plan's cost lines name it (e.g. \"European Union\").")
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False),
              help="The workbook to write (.xlsx); replaced whole, or left as it was when writing fails.")
@click.option("--lang", type=LanguageChoice(), default="en", help="Language of the sheets and their headers.")
@click.pass_obj
def donor_workbook_cmd(obj, assessment_id: str, partner: str, out_path: str, lang: str) -> None:
    """The partner's own workbook: its indicative budget by outcome and implementation modality (a
    sheet per currency, the figures of the funding request), the logframe, the risk matrix, the
    results framework (yearly and end targets, frequency, data source, responsibility, the amounts
    its disbursement-linked indicators release) and the procurement plan of the packages its lines
    fund. User text is written as text, never as a formula."""
    from ...domain.texts import text
    from ...services.plan.donor_workbook import write_donor_workbook

    with obj.store(readonly=True) as store:
        a = get_assessment(store, assessment_id)
        path = write_donor_workbook(store, a.id, partner, out_path, lang)
    click.echo(shown(text("cli.donors.workbook_written", "en", file=str(path), partner=partner)))


__all__ = ["donor_workbook_cmd"]
