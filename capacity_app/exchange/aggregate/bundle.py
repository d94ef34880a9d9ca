"""The analyst's files of an aggregation, written from the same tables as the workbook
(``aggregate_tables``) into one folder:

- ``csv/<table>.csv``: one table a file, UTF-8 (no byte-order mark), a header of variable names,
  numbers unrounded where the column says so, M49 and other codes as text; plus ``memberships.csv``
  (one row per country and group of the roll-ups: nothing to split) and ``answers.csv``;
- ``data_dictionary.csv``: every variable of every table with its label, description, type and
  the labels of its codes, in the run's language;
- ``stata/<table>.dta`` (Stata 15) and ``spss/<table>.sav``: the same tables with variable labels,
  coded columns as numbers with value labels (pyreadstat), Stata-safe names (the CSV's). The
  Answers table (long free text) is in the CSV only.

Text that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is written with a
leading apostrophe in the CSV files, so a spreadsheet opening them never runs it as a formula."""
from __future__ import annotations

import csv
import io
import math
import re
import shutil
import tempfile
import zlib
from pathlib import Path
from typing import IO, Any

from ... import jobs
from ...catalog.aggregate_texts import label, text
from .format import COLUMNS, Column
from .groups import GROUP, GROUPINGS
from .model import AggregateReport
from .tables import CODED, FLAGS, Table, answers_iter
from ..workbook.codec import unescape_text
from ..outside.reader import _xml_text

STATISTICAL = ("files", "summary", "key_facts", "rounds", "regions", "regions_pq", "trends", "pq", "matrix", "sdg",
               "sdg_groups", "implementation", "implementation_groups", "partner_funds", "partner_funds_groups")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
STATA_LABEL_MAX = 80


def _csv(path: Path, header: list[str], rows) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerow(header)
        _csv_rows(fh, rows)


def _csv_rows(fh: IO[str], rows) -> None:
    """``rows`` as CSV lines on ``fh`` (a text file opened with ``newline=""``), each text that a
    spreadsheet would run as a formula behind an apostrophe."""
    starts = _FORMULA_START
    w = csv.writer(fh)
    for row in rows:
        w.writerow([("'" + v if v.startswith(starts) else v) if v.__class__ is str else "" if v is None else v
                    for v in row])


def _kind(col: Column, values: list[Any]) -> str:
    if col.var in CODED or col.var in FLAGS:
        return "code"
    have = [v for v in values if v is not None and v != ""]
    if have and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in have):
        return "integer" if all(isinstance(v, int) for v in have) else "number"
    return "text"


def _value_labels(var: str, lang: str) -> dict[int | float, str]:
    if var in FLAGS:
        return {0: text("flag.0", lang), 1: text("flag.1", lang)}
    kind, codes = CODED[var]
    from ...domain.labels import band_label, gap_type_label, sdg_status_label

    named = {"band": band_label, "gap_type": gap_type_label, "sdg_status": sdg_status_label}
    return {i: (named[kind](c, lang) if kind in named else label(kind, c, lang)) for i, c in enumerate(codes, 1)}


def _codes_text(var: str, lang: str) -> str:
    if var in FLAGS:
        return "; ".join(f"{k} = {v}" for k, v in _value_labels(var, lang).items())
    codes = CODED[var][1]
    return "; ".join(f"{c} = {lbl}" for c, lbl in zip(codes, _value_labels(var, lang).values(), strict=True))


def memberships(rep: AggregateReport) -> list[list[Any]]:
    """(iso3, round, grouping, group code) for every country of the roll-ups and group (a country
    left out of the score roll-ups by its provisional score too: its plan and money are in them)."""
    out = [(r.country, r.record.round, grouping, code)
           for r in sorted(rep.plan_rounds, key=lambda r: r.country) for grouping, code in r.scores.memberships()]
    order = {g: i for i, g in enumerate(GROUPINGS)}
    out.sort(key=lambda x: (order[x[2]], x[3] if x[2] != GROUP else f"~{x[3]}", x[0]))
    return [list(x) for x in out]


# The three cells xlsxstream.cell_xml writes for the Answers rows (no style): empty, a number, a
# text; a segment made only of rows of these is read by two expressions (a whole segment checked in
# one pass, then its cells listed), any other by the XML parser.
_CELL = r'<c/>|<c><v>([^<]*)</v></c>|<c t="inlineStr"><is><t xml:space="preserve">([^<]*)</t></is></c>'
_SEGMENT_RE = re.compile(r'(?:<row>(?:<c/>|<c><v>[^<]*</v></c>|<c t="inlineStr"><is><t xml:space="preserve">[^<]*</t></is></c>)*'
                         r"</row>)*")
_CELLS_RE = re.compile(rf"{_CELL}|(</row>)")


def _number(text: str) -> int | float:
    n = float(text)
    return int(n) if n.is_integer() and "." not in text and "e" not in text.lower() else n


def _text(t: str) -> str:
    t = _xml_text(t)  # as the XML parser gives it
    return unescape_text(t) if "_x" in t else t


def _rows_of(xml: str):
    """The rows of one worker's segment, each a list of its cells' values."""
    if _SEGMENT_RE.fullmatch(xml) is None:
        yield from _rows_parsed(xml)
        return
    out: list[Any] = []
    for v, t, end in _CELLS_RE.findall(xml):
        if end:
            yield out
            out = []
        elif v:
            out.append(_number(v))
        else:  # a text: most hold no reference, no carriage return and no escape
            out.append(t if "&" not in t and "_x" not in t and "\r" not in t else _text(t))


def _rows_parsed(xml: str):
    """:func:`_rows_of` through the XML parser (a segment in any other spelling)."""
    import xml.etree.ElementTree as ET

    for row in ET.fromstring(f"<d>{xml}</d>").iter("row"):
        out: list[Any] = []
        for c in row:
            v = c.find("v")
            if v is not None and v.text is not None:
                out.append(_number(v.text))
                continue
            t = c.find("is/t")
            out.append(unescape_text(t.text or "") if t is not None else "")
        yield out


def _answers_lines(data: bytes) -> bytes:
    """One file's Answers rows (its deflated sheet XML as spooled, this run's own output: plain
    cells) as the lines of ``answers.csv``."""
    xml = zlib.decompressobj(-15).decompress(data).decode("utf-8")
    if not xml:
        return b""
    out = io.StringIO(newline="")
    _csv_rows(out, _rows_of(xml))
    return out.getvalue().encode("utf-8")


class AnswersLines:
    """The lines of ``answers.csv`` made file by file while the files are read (the main process
    otherwise only waits for the workers then) into a temporary file ``fh``, then copied into
    ``answers.csv`` in the Summary's order: the same bytes as made at the end, where they took
    most of the analyst files' time, alone on one core."""

    def __init__(self, fh: IO[bytes]):
        self.fh = fh
        self.spans: dict[int, tuple[int, int]] = {}  # id(file record) -> (offset, length) in fh

    def add(self, record: object, data: bytes) -> None:
        """The lines of ``record``'s rows (``data``: its deflated sheet XML as spooled)."""
        lines = _answers_lines(data)
        offset = self.fh.seek(0, 2)
        self.fh.write(lines)
        self.spans[id(record)] = (offset, len(lines))

    def lines_of(self, r: Any, spool: IO[bytes]) -> bytes:
        """The lines of the country round ``r``: made while reading, else from ``spool`` now."""
        span = self.spans.get(id(r.record))
        if span is None:
            return _spooled_lines(r, spool)
        self.fh.seek(span[0])
        return self.fh.read(span[1])


def _spooled_lines(r: Any, spool: IO[bytes]) -> bytes:
    offset, length, _crc, _size = r.span
    spool.seek(offset)
    return _answers_lines(spool.read(length))


def _write_answers(path: Path, header: list[str], rep: AggregateReport, spool: IO[bytes],
                   made: AnswersLines | None, cancelled: jobs.CancelCheck) -> None:
    """``answers.csv``: its header, then each country round's lines in the Summary's order."""
    _csv(path, header, ())
    with open(path, "ab") as out:
        for r in answers_iter(rep):
            jobs.check(cancelled)
            out.write(made.lines_of(r, spool) if made is not None else _spooled_lines(r, spool))


def write_bundle(rep: AggregateReport, made: list[Table], spool: IO[bytes], folder: Path,
                 cancelled: jobs.CancelCheck = None, answers: AnswersLines | None = None) -> list[Path]:
    """Write the bundle into ``folder`` (created; files of an earlier bundle there are replaced)
    from the run's tables ``made``; returns the files written. Built in a temporary folder beside
    it and moved in at the end, so a cancelled or failed run leaves no half bundle. ``answers``:
    the lines of ``answers.csv`` made while the files were read (else made here from ``spool``)."""
    lang = rep.lang
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".bundle-", dir=folder.parent))
    try:
        (work / "csv").mkdir()
        dictionary: list[list[Any]] = []
        for t in made:
            jobs.check(cancelled)
            _csv(work / "csv" / f"{t.sheet}.csv", [c.var for c in t.columns], t.rows)
            for i, c in enumerate(t.columns):
                kind = _kind(c, [row[i] for row in t.rows])
                dictionary.append([t.sheet, c.var, c.header(lang), c.description(lang), kind,
                                   _codes_text(c.var, lang) if kind == "code" else ""])
        mem_cols = ["iso3", "round", "grouping", "group_code"]
        _csv(work / "csv" / "memberships.csv", mem_cols, memberships(rep))
        for var in mem_cols:
            col = next(c for c in COLUMNS["regions" if var in ("grouping", "group_code") else "summary"] if c.var == var)
            dictionary.append(["memberships", var, col.header(lang), col.description(lang),
                               "code" if var == "grouping" else "text" if var != "round" else "integer",
                               _codes_text(var, lang) if var == "grouping" else ""])
        jobs.check(cancelled)
        answers_table = Table("answers", list(COLUMNS["answers"]))
        _write_answers(work / "csv" / "answers.csv", [c.var for c in answers_table.columns], rep, spool, answers,
                       cancelled)
        for c in answers_table.columns:
            dictionary.append(["answers", c.var, c.header(lang), c.description(lang),
                               "code" if c.var in CODED else "text", _codes_text(c.var, lang) if c.var in CODED else ""])
        dict_cols = ["table", "variable", "label", "description", "type", "codes"]
        _csv(work / "data_dictionary.csv", dict_cols, dictionary)
        _statistical_files(made, work, lang, cancelled)
        if folder.exists():
            for sub in ("csv", "stata", "spss", "data_dictionary.csv"):
                p = folder / sub
                if p.is_dir():
                    shutil.rmtree(p)
                elif p.exists():
                    p.unlink()
        folder.mkdir(parents=True, exist_ok=True)
        for p in work.iterdir():
            p.replace(folder / p.name)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return sorted(p for p in folder.rglob("*") if p.is_file())


def _frame(t: Table):
    """The table as a pandas frame for pyreadstat: coded columns as numbers (value labels), number
    columns as floats, the rest as text."""
    import pandas as pd  # type: ignore[import-untyped]  # pyreadstat's frames; only for these files

    data: dict[str, Any] = {}
    for i, c in enumerate(t.columns):
        values = [row[i] for row in t.rows]
        if c.var in FLAGS:
            data[c.var] = [float(v) if v is not None else math.nan for v in values]
        elif c.var in CODED:
            index = {code: n for n, code in enumerate(CODED[c.var][1], 1)}
            data[c.var] = [float(index[str(v)]) if v in index else math.nan for v in values]
        elif _kind(c, values) in ("integer", "number"):
            data[c.var] = [math.nan if v is None or v == "" else float(v) for v in values]
        else:
            data[c.var] = ["" if v is None else str(v) for v in values]
    return pd.DataFrame(data, columns=[c.var for c in t.columns])


def _statistical_files(made: list[Table], work: Path, lang: str, cancelled: jobs.CancelCheck) -> None:
    import pyreadstat

    (work / "stata").mkdir()
    (work / "spss").mkdir()
    for t in made:
        if t.sheet not in STATISTICAL:
            continue
        jobs.check(cancelled)
        df = _frame(t)
        labels: dict[str, str | None] = {c.var: c.header(lang) for c in t.columns}
        value_labels: dict[str, dict[int | float, str]] = {
            c.var: _value_labels(c.var, lang) for c in t.columns if c.var in CODED or c.var in FLAGS}
        name = t.name(lang)
        pyreadstat.write_dta(df, str(work / "stata" / f"{t.sheet}.dta"), file_label=name[:80],
                             column_labels={k: (v or "")[:STATA_LABEL_MAX] for k, v in labels.items()},
                             variable_value_labels=value_labels, version=15)
        pyreadstat.write_sav(df, str(work / "spss" / f"{t.sheet}.sav"), file_label=name[:64], column_labels=labels,
                             variable_value_labels=value_labels)

