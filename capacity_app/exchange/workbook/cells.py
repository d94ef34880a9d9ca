"""Writing one cell or a header row of an openpyxl worksheet the way every sheet of the exchange
workbook does: text is always text (never a formula), escaped where XML cannot carry it, and refused
before anything is written when it would not fit one cell. Used by export.py, actionplan_sheet.py, review_sheet.py and changes_sheet.py."""
from __future__ import annotations

import re
from functools import lru_cache
import unicodedata
from collections.abc import Callable, Sequence
from copy import copy
from typing import Any

from ...domain.celltext import CELL_MAX
from ...domain.texts import text as en_line  # a refusal in English, from its cli.* entry (cli/said.py)
from .codec import escape_text, text_of
from .format import YES, column_headed, column_label, column_letter


# a text starting with one of these is marked "quote prefix": Excel keeps it text even when edited
RISKY_START = ("=", "+", "-", "@", "\t", "\r", "\n")


class ExportError(Exception):
    """A workbook that cannot be written without losing text; nothing was written."""

    user_error = True


def escaped(ws, row: int, col: int, value: str) -> str:
    """``value`` as the cell stores it; refused (before anything is written) when it would not fit
    one cell: openpyxl and Excel cut a longer cell, which an import would then take as an edit."""
    text = escape_text(value)
    if len(text) > CELL_MAX:
        raise ExportError(en_line("cli.wb.cell_too_long", cell=f"{ws.title}!{column_letter(col)}{row}",
                                  n=len(text), most=CELL_MAX))
    return text


_Cell: Any = None  # openpyxl's Cell, imported with the first cell made (openpyxl loads with the work needing it)


def _put_value(ws, row: int, col: int, value: Any, style=None):
    """The cell at (row, col) holding ``value``: strings always text, never formulas, control
    characters escaped; True as the "yes" mark; given the cell style ``style`` (a StyleArray of
    :class:`StyleCache`, copied) when one is given.

    What ``ws.cell(row, col)`` and the ``value`` setter do, without their checks on a text already
    escaped (:func:`escaped`: no character openpyxl refuses, no longer than a cell holds) and with
    its cell made with its style (openpyxl's ``Cell(..., style_array=)``): the cells of an export
    are made 2x faster (the internals used are held as :class:`StyleCache`'s)."""
    global _Cell
    if not 0 < row < 1048577 or col < 1:
        raise ValueError(f"no cell at row {row}, column {col}")
    if _Cell is None:
        from openpyxl.cell.cell import Cell as _Cell
    cells = ws._cells
    c = cells.get((row, col))
    if c is None:
        c = cells[(row, col)] = _Cell(ws, row, col, style_array=style)
        if row > ws._current_row:
            ws._current_row = row
    elif style is not None:
        c._style = copy(style)
    kind = type(value)
    if kind is str:
        c._value = escaped(ws, row, col, value)
        c.data_type = "s"
    elif kind is bool:
        c._value = YES if value else ""
        c.data_type = "s"
    elif kind is int or kind is float:
        c._value = value
        c.data_type = "n"
    elif isinstance(value, str):
        c.value = escaped(ws, row, col, value)
        c.data_type = "s"
    else:
        c.value = value
    return c


def _risky(value: Any) -> bool:
    return isinstance(value, str) and value[:1] in RISKY_START


def write_text(ws, row: int, col: int, value: Any):
    """Write a cell; strings are always text, never formulas, control characters escaped."""
    c = _put_value(ws, row, col, value)
    if _risky(value):
        c.quotePrefix = True  # Excel keeps it text even when the cell is edited
    return c


def write_header(ws, columns, widths=None, row: int = 1) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="1F4E79")
    made: dict[tuple, Any] = {}  # the cell's style as written -> as headed: set once, then copied (StyleCache)
    for i, name in enumerate(columns, 1):
        c = write_text(ws, row, i, name)
        key = tuple(c._style) if c._style is not None else ()
        if key in made:
            c._style = copy(made[key])
            continue
        c.font = bold
        c.fill = fill
        c.alignment = Alignment(vertical="center", wrap_text=True)
        made[key] = copy(c._style)
    if widths:
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[column_letter(i)].width = w
    ws.freeze_panes = ws.cell(row=row + 1, column=1)


OVERRUN_FILL = "F8CBAD"   # a money cell above what its line should have (domain.plan.overrun)


def mark_overrun(cell, said) -> None:
    """Mark a money cell above what its line should have to date: a light red fill and the
    overruns' sentences as its comment (nothing when ``said`` is empty). Workbooks are read back
    by their values only, so the mark changes nothing that is read."""
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    if said:
        cell.fill = PatternFill("solid", fgColor=OVERRUN_FILL)
        cell.comment = Comment("\n".join(said), "capacity-app", width=320, height=120)


def protect_table(ws) -> None:
    """Protect a sheet of rows (Answers, Review, Changes) as every such sheet is: its cells locked
    unless written unlocked, while filtering, sorting and resizing columns and rows stay allowed."""
    ws.protection.sheet = True
    ws.protection.autoFilter = False
    ws.protection.sort = False
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


class StyleCache:
    """Style arrays built once and copied onto cells: setting font/fill/protection attribute by
    attribute on tens of thousands of cells is what makes openpyxl slow (each assignment hashes the
    style and looks it up in the workbook's lists). ``get(**attrs)`` -> the cell style (openpyxl's
    ``cell._style``, a StyleArray) those attributes make; :func:`put_styled` puts it on a cell.
    openpyxl's internals used here (``_style``, a copyable StyleArray) are pinned by the openpyxl
    range in pyproject.toml and held by tests/exchange/test_cells_styles.py; measured on the Review and
    Changes sheets: the demo's export 500 -> 418 ms."""

    def __init__(self, wb) -> None:
        self._scratch = wb.create_sheet("_styles")
        self._wb = wb
        self._cache: dict = {}

    def get(self, **attrs):
        key = tuple(sorted((k, repr(v)) for k, v in attrs.items()))
        if key not in self._cache:
            c = self._scratch.cell(row=1, column=1)
            c._style = type(c._style)()
            for k, v in attrs.items():
                setattr(c, k, v)
            self._cache[key] = copy(c._style)
        return self._cache[key]

    def pair(self, **attrs) -> tuple:
        """(the style ``attrs`` make, the same with ``quotePrefix``): :func:`put_styled`'s two."""
        return self.get(**attrs), self.get(quotePrefix=True, **attrs)

    def close(self) -> None:
        self._wb.remove(self._scratch)


def put_styled(ws, row: int, col: int, value: Any, style, style_quoted=None) -> None:
    """:func:`write_text` with the cell style ``style`` (from :class:`StyleCache`), or
    ``style_quoted`` (the same with ``quotePrefix``) for a text starting as a formula would."""
    if style_quoted is not None and isinstance(value, str) and value[:1] in RISKY_START:
        style = style_quoted
    _put_value(ws, row, col, value, style)


# --- mixed direction in a right-to-left workbook -------------------------------------------
FSI, PDI = "\u2068", "\u2069"


def isolated(part: Any, lang: str) -> Any:
    """A part the workbook composes into a text of its own (a funder's name, a currency code, a year
    put into an Arabic label of the Plan totals sheet) in a FIRST STRONG ISOLATE … POP DIRECTIONAL
    ISOLATE when ``lang`` is written right to left, so that a Latin name keeps its own order with
    its brackets whole inside the Arabic around it ("(World Bank (IDA" without it) and the spaces
    around it stay outside; as it is in a left-to-right language, or when it is not a text. Only
    for text the import never reads: a cell read back holds what the user typed."""
    from ...domain.languages import is_rtl

    if not isinstance(part, str) or not part or not is_rtl(lang) or part.startswith(FSI):
        return part
    return f"{FSI}{part}{PDI}"


_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")  # Hebrew, Arabic, Syriac, Thaana, N'Ko …


def read_right_to_left(ws) -> int:
    """Give every text cell of ``ws`` (a sheet of a right-to-left workbook) holding a right-to-left
    letter (Arabic, with or without English names in brackets) the reading order right to left
    (``readingOrder="2"``: Excel and LibreOffice otherwise take a cell's first strong letter for
    its direction, so a comment that starts "(Department of Statistics) دائرة" or "2026 …" is laid
    out left to right, its brackets and full stop on the wrong side). A text cell with no such
    letter (a code, a currency, a date, an English name) keeps its own reading order, which lays
    "2026-Q3" out as written, and starts at the right as the Arabic ones do when it has no
    alignment of its own (LibreOffice put "JOD" at its cell's left edge, against the Arabic of the
    next column: "JODالميزانية الوطنية"). The cell keeps its other alignment (wrapping,
    vertical); each alignment is made once (openpyxl's style lists, as :class:`StyleCache`).
    Returns the number of cells read right to left."""
    from openpyxl.styles import Alignment
    from openpyxl.styles.cell_style import StyleArray

    wb = ws.parent
    made: dict[tuple[int, bool], int] = {}
    search = _RTL_LETTER.search
    n = 0
    # the cells there are, row by row as ws.iter_rows() gives them, without it making a cell at every
    # empty place of the sheet's rectangle (12,600 in the demo's Arabic export, each then skipped by the save)
    for _place, c in sorted(ws._cells.items()):
        v = c.value
        if not isinstance(v, str) or not v or v.isspace():
            continue
        rtl = search(v) is not None
        n += rtl
        old = c._style if c._style is not None else StyleArray()  # a cell given no style
        akey = (old.alignmentId, rtl)
        if akey not in made:
            a = wb._alignments[old.alignmentId]
            if not rtl and a.horizontal not in (None, "general"):
                made[akey] = old.alignmentId
            else:
                made[akey] = wb._alignments.add(Alignment(
                    horizontal=a.horizontal if rtl else "right", vertical=a.vertical, wrap_text=a.wrap_text,
                    shrink_to_fit=a.shrink_to_fit, indent=a.indent, text_rotation=a.text_rotation,
                    relativeIndent=a.relativeIndent, justifyLastLine=a.justifyLastLine,
                    readingOrder=2 if rtl else a.readingOrder))
        if made[akey] != old.alignmentId:
            style = copy(old)
            style.alignmentId = made[akey]
            c._style = style
    return n


# --- finding a sheet's columns by their headers -----------------------------------------------

def header_text(v: Any) -> str:
    """A header cell as it is matched with the columns' labels: composed (NFC: an "é" typed as "e"
    and an accent is the same label), without the characters that show nothing (a zero-width space,
    a byte order mark, a soft hyphen pasted in with the label), and spaces and line breaks as one
    space."""
    t = unicodedata.normalize("NFC", "yes" if v is True else "" if v is False else text_of(v))
    return " ".join("".join(ch for ch in t if unicodedata.category(ch) != "Cf").split())


@lru_cache(maxsize=4096)
def _column_of(got: str, columns: tuple[str, ...], languages: tuple[str, ...]) -> str | None:
    """The column of ``columns`` whose header ``got`` is (``format.column_headed``, the labels
    looked at in the order of ``languages``), None when it heads none of them; kept for the
    languages of the moment: every workbook of a language repeats the same headers
    (``format._label_in`` keeps the labels)."""
    return column_headed(got, columns, header_text, languages)


def find_columns(rows: Sequence[Sequence[Any]], add: Callable[[str, str, str], None], sheet: str,
                 columns: Sequence[str], first: Sequence[str], lang: str = "en") -> dict[str, int] | None:
    """Where each of ``columns`` of ``sheet`` is (1-based), found by its header (the first of
    ``rows``) in any language and any order; None, the problem told to ``add(sheet, cell, reason)``,
    when a header is not one of the sheet's, is there twice, or one of the ``first`` columns (those
    every workbook has had) is missing, the column named as the workbook's language ``lang`` heads
    it. A later column a workbook leaves out is not in the answer."""
    header = [header_text(x) for x in (rows[0] if rows else [])]
    from ...domain.languages import languages_from

    # the workbook's own language first, then English and the others (a language dropped in
    # later: another key)
    known, languages = tuple(columns), languages_from(lang)

    def column_of(got: str) -> str | None:
        return _column_of(got, known, languages)

    def named(column: str) -> str:
        return repr(column_label(column, lang))

    places: dict[str, int] = {}
    strange: list[tuple[int, str]] = []
    for i, got in enumerate(header, 1):
        if not got:
            continue
        key = column_of(got)
        if key is None:
            strange.append((i, got))
        elif key in places:
            add(sheet, f"{column_letter(i)}1", en_line("cli.wb.column_twice", column=named(key),
                                                       first=column_letter(places[key]), second=column_letter(i)))
            return None
        else:
            places[key] = i
    missing = [c for c in columns if c not in places and (c in first or strange)]
    if strange:
        i, got = strange[0]
        add(sheet, f"{column_letter(i)}1",
            en_line("cli.wb.column_expected", column=named(missing[0]), got=repr(got)) if missing else
            en_line("cli.wb.column_unknown", got=repr(got)))
        return None
    if missing:
        gap = next((i for i, got in enumerate(header, 1) if not got), len(header) + 1)  # a header cleared
        add(sheet, f"{column_letter(gap)}1", en_line("cli.wb.column_missing", column=named(missing[0])))
        return None
    return places
