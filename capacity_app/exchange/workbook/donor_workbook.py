"""The donors' own workbook: the tables a programme manager pastes into a donor's template (the EU
Action Document's budget, logframe and risks, the World Bank's results framework and procurement
plan), written as plain sheets of a header row and value rows.

What the sheets hold, in the user's language, is made by ``services.plan.donor_workbook`` (the
figures by the report's rounding rule); this module only writes them: text always as text, never a
formula (``cells.write_text``: escaped, a text starting with = + - @ marked as text), amounts as
number cells, the file replaced whole or not at all."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from ...domain.languages import is_rtl
from ...files import replace_atomically
from .cells import read_right_to_left, write_header, write_text
from .saving import save

SHEET_NAME_MAX = 31     # what Excel allows a sheet's name
_NOT_IN_NAMES = str.maketrans({c: " " for c in "[]:*?/\\"})


@dataclass(frozen=True)
class Table:
    """One sheet: its ``title`` (its name, shortened to what Excel allows), an optional ``lead``
    line above the table, the ``header`` and the ``rows`` (text, numbers, Decimal amounts), each
    column's width, which rows are totals (bold) and the ``notes`` under the table (the sentences
    the partner's edition prints under it: plain text, a row each)."""

    title: str
    header: Sequence[str]
    rows: Sequence[Sequence[Any]]
    widths: Sequence[float] = ()
    lead: str = ""
    totals: frozenset[int] = field(default_factory=frozenset)   # indexes of ``rows`` printed bold
    notes: Sequence[str] = ()


def sheet_name(title: str, taken: set[str]) -> str:
    """``title`` as a sheet's name: without the characters Excel refuses, at most 31 characters,
    unique in the workbook (a number added)."""
    base = " ".join(title.translate(_NOT_IN_NAMES).split())[:SHEET_NAME_MAX].strip() or "Sheet"
    name, n = base, 2
    while name.casefold() in taken:
        tail = f" ({n})"
        name, n = base[:SHEET_NAME_MAX - len(tail)] + tail, n + 1
    taken.add(name.casefold())
    return name


def _fill(ws: Any, t: Table) -> None:
    from openpyxl.styles import Alignment, Font

    first = 1
    if t.lead:
        write_text(ws, 1, 1, t.lead).font = Font(bold=True)
        first = 3
    write_header(ws, t.header, t.widths or None, row=first)
    wrap = Alignment(wrap_text=True, vertical="top")
    bold = Font(bold=True)
    for r, row in enumerate(t.rows, first + 1):
        for c, v in enumerate(row, 1):
            cell = write_text(ws, r, c, v)
            if isinstance(v, Decimal):
                exp = v.as_tuple().exponent
                places = -exp if isinstance(exp, int) and exp < 0 else 0
                cell.number_format = "#,##0" + ("." + "0" * places if places else "")
            elif isinstance(v, str):
                cell.number_format = "@"
                cell.alignment = wrap
            if r - first - 1 in t.totals:
                cell.font = bold
    below = first + len(t.rows) + 2   # a blank row between the table and its notes
    for r, note in enumerate(t.notes, below):
        write_text(ws, r, 1, str(note)).number_format = "@"   # text, never a formula


def write_tables(tables: Sequence[Table], out_path: str | Path, lang: str = "en") -> Path:
    """The workbook of ``tables``, one sheet each, at ``out_path`` (right to left in Arabic)."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.worksheets[0])
    taken: set[str] = set()
    for t in tables:
        ws = wb.create_sheet(sheet_name(t.title, taken))
        _fill(ws, t)
        if is_rtl(lang):
            ws.sheet_view.rightToLeft = True
            read_right_to_left(ws)
    wb.properties.creator = "capacity-app"
    return replace_atomically(lambda tmp: save(wb, tmp), Path(out_path), "the workbook")


__all__ = ["SHEET_NAME_MAX", "Table", "sheet_name", "write_tables"]
