"""Writing the consolidated workbook of an aggregation (its tables: ``aggregate_tables``; layout:
``aggregate_format``; documented in docs/workbook-format.md).

Every sheet has a bold, frozen header row with a filter; sheet names and headers are in the run's
language; rounded scores are shown with one decimal, unrounded ones and counts as they are. The long
``Answers`` table is copied as rendered by the workers (spooled, deflated bytes), so memory stays
flat."""
from __future__ import annotations

from pathlib import Path
from typing import IO

from .format import COLUMNS
from .model import AggregateReport
from .tables import Table, answers_iter, style_of
from .xlsxstream import StreamWorkbook, cell_xml, replace_atomically

# column widths by variable name (others: by the header's length)
WIDTHS = {"file": 44, "reason": 50, "detail": 50, "country_name": 28, "group": 34, "country_list": 40,
          "question": 50, "comment": 30, "evidence": 30, "value": 24, "value_label": 30, "pq_label": 50,
          "indicator_label": 50, "source_label": 36, "label": 50, "description": 80, "uid": 38, "sha256": 20,
          "rollup_note_label": 36, "status_label": 30, "band_label": 24, "gap_type_label": 24,
          "sdg_status_label": 30, "field_label": 36}


def _widths(table: Table, lang: str) -> list[float]:
    return [WIDTHS.get(c.var, min(max(len(c.header(lang)) + 2, 7), 24)) for c in table.columns]


def write_workbook(rep: AggregateReport, made: list[Table], spool: IO[bytes], run_dir: Path) -> None:
    """``made``: the run's tables (``aggregate_tables.tables``), the codebook last."""
    lang = rep.lang
    out = rep.out_xlsx
    assert out is not None  # a read-only run writes nothing
    out.parent.mkdir(parents=True, exist_ok=True)
    answers = Table("answers", list(COLUMNS["answers"]))
    with StreamWorkbook(run_dir) as book:
        for table in made + [answers]:  # the codebook is the last of ``made``; Answers after it
            sheet = book.add_sheet(table.name(lang), continued=table.sheet == "answers")
            sheet.header([c.header(lang) for c in table.columns], _widths(table, lang))
            if table.sheet == "answers":
                for r in answers_iter(rep):
                    sheet.copy_deflated(spool, *r.span, r.n_rows)
                continue
            styles = [style_of(c) for c in table.columns]
            exact = [i for i, c in enumerate(table.columns) if c.var.endswith("_exact")]
            for row in table.rows:
                for i in exact:  # the 15 significant digits a spreadsheet keeps (the CSV files keep all)
                    if isinstance(row[i], float):
                        row = row[:i] + [float(f"{row[i]:.15g}")] + row[i + 1:]
                sheet.write_xml("<row>" + "".join(cell_xml(v, s) for v, s in zip(row, styles, strict=True)) + "</row>")
        replace_atomically(book.save, out)
