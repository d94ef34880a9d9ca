"""Writing the consolidated workbook of an aggregation (its tables: ``aggregate_tables``; layout:
``aggregate_format``; documented in docs/workbook-format.md).

Every sheet has a bold, frozen header row with a filter; sheet names and headers are in the run's
language; rounded scores are shown with one decimal, unrounded ones and counts as they are. The long
``Answers`` table is copied as rendered by the workers (spooled, deflated bytes), so memory stays
flat."""
from __future__ import annotations

from pathlib import Path
from typing import IO, TYPE_CHECKING

from .format import COLUMNS
from .model import AggregateReport
from .tables import Table, answers_iter, style_of
from .xlsxstream import StreamWorkbook, deflated_table_file, replace_atomically, table_rows_xml

if TYPE_CHECKING:
    from concurrent.futures import Future

    from ..outside.isolation import Pool

# column widths by variable name (others: by the header's length)
WIDTHS = {"file": 44, "reason": 50, "detail": 50, "country_name": 28, "group": 34, "country_list": 40,
          "question": 50, "comment": 30, "evidence": 30, "value": 24, "value_label": 30, "pq_label": 50,
          "indicator_label": 50, "source_label": 36, "label": 50, "description": 80, "uid": 38, "sha256": 20,
          "rollup_note_label": 36, "status_label": 30, "band_label": 24, "gap_type_label": 24,
          "sdg_status_label": 30, "field_label": 36}


def _widths(table: Table, lang: str) -> list[float]:
    return [WIDTHS.get(c.var, min(max(len(c.header(lang)) + 2, 7), 24)) for c in table.columns]


# a table of at least this many cells may be rendered by a worker of the run's pool, idle once
# every file is read (with 200 countries the matrix and the codebook, each on a worker of its own),
# while this process renders the others: the write no longer runs on one core alone
OFFLOAD_CELLS = 20_000


def write_workbook(rep: AggregateReport, made: list[Table], spool: IO[bytes], run_dir: Path,
                   pool: Pool | None = None) -> None:
    """``made``: the run's tables (``aggregate_tables.tables``), the codebook last. ``pool``: the
    run's worker pool, idle once every file is read: its workers render and deflate the largest
    tables while this process writes the others (None, or a pool that fails: all here)."""
    lang = rep.lang
    out = rep.out_xlsx
    assert out is not None  # a read-only run writes nothing
    out.parent.mkdir(parents=True, exist_ok=True)
    answers = Table("answers", list(COLUMNS["answers"]))
    layout = {id(t): ([style_of(c) for c in t.columns],
                      [i for i, c in enumerate(t.columns) if c.var.endswith("_exact")]) for t in made}
    elsewhere = _offloaded(made, layout, pool, run_dir)
    with StreamWorkbook(run_dir) as book:
        for table in made + [answers]:  # the codebook is the last of ``made``; Answers after it
            sheet = book.add_sheet(table.name(lang), continued=table.sheet == "answers")
            sheet.header([c.header(lang) for c in table.columns], _widths(table, lang))
            if table.sheet == "answers":
                for r in answers_iter(rep):
                    sheet.copy_deflated(spool, *r.span, r.n_rows)
                continue
            rendered = _result(elsewhere.get(id(table)))
            if rendered is None:
                sheet.write_xml(table_rows_xml(table.rows, *layout[id(table)]), len(table.rows))
                continue
            data, crc, size = rendered
            offset = spool.seek(0, 2)
            spool.write(data)
            sheet.copy_deflated(spool, offset, len(data), crc, size, len(table.rows))
        replace_atomically(book.save, out)


def _offloaded(made: list[Table], layout: dict, pool: Pool | None, run_dir: Path) -> dict[int, Future]:
    """The largest tables' rendering handed to the pool (by ``id`` of the table), one for each
    worker, largest first, each table's rows pickled to a file of ``run_dir`` (the run's private
    folder) whose path alone goes through the pool's queue; none when there is no pool or it takes
    nothing (shut down, broken)."""
    import pickle

    if pool is None:
        return {}
    big = sorted((t for t in made if len(t.rows) * len(t.columns) >= OFFLOAD_CELLS),
                 key=lambda t: -len(t.rows) * len(t.columns))[:pool.size]  # one each: this process renders the rest meanwhile
    futures: dict[int, Future] = {}
    for t in big:
        path = run_dir / f"table-{t.sheet}.pickle"
        try:
            with open(path, "wb") as fh:
                pickle.dump((t.rows, *layout[id(t)]), fh, protocol=pickle.HIGHEST_PROTOCOL)
            futures[id(t)] = pool.submit(deflated_table_file, str(path))
        except Exception:  # noqa: BLE001 - a pool that cannot take work (or no room to hand it over): rendered here
            break
    return futures


def _result(future: Future | None) -> tuple[bytes, int, int] | None:
    """What the pool rendered, or None (not offloaded, or the worker failed: rendered here)."""
    if future is None:
        return None
    try:
        return future.result()
    except Exception:  # noqa: BLE001 - a worker ended (out of memory, killed): the rows are ours, rendered here
        return None
