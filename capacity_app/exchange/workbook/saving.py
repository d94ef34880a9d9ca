"""Saving the exchange workbook: openpyxl's own save, with each sheet's cells (``<sheetData>``)
written as text here instead of one lxml element per cell. The bytes are the ones openpyxl writes
(every other part of the file is openpyxl's own): the same XML, the same cell style numbers in the
same order; a sheet holding a cell this writer does not know (a formula, a date, rich text, a
comment, a hyperlink) is written by openpyxl as a whole. openpyxl's writing of the demo's 27,000
cells was 45 % of its export: the save 232 -> about 85 ms of processor time (docs/performance.md,
benchmarks/bench_export.py; why not XlsxWriter: docs/decisions.md).

openpyxl's internals used here (``ExcelWriter.write_worksheet`` as 3.1 writes it, ``WorksheetWriter``'s
``write_rows`` and its ``xf`` stream, ``ws._cells``, ``cell._value``, ``cell._style``, the
workbook's ``_cell_styles``) are pinned by the openpyxl range in pyproject.toml and held by
tests/exchange/test_cells_styles.py, which compares this save with openpyxl's byte for byte."""
from __future__ import annotations

import datetime
import re
from collections import defaultdict
from io import BytesIO
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl.compat import safe_string
from openpyxl.compat.numbers import NUMERIC_TYPES
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter

_EMPTY = b"<sheetData></sheetData>"  # what the sheet's writer leaves, filled in afterwards
_NUMBERS = NUMERIC_TYPES  # int, float, Decimal (a plan's amounts), bool: written by safe_string as openpyxl does


class _Unknown(Exception):
    """A cell this writer does not write as openpyxl would: the sheet is openpyxl's."""


def save(wb, path) -> None:
    """``wb.save(path)``, faster (module docstring)."""
    archive = ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True)
    wb.properties.modified = datetime.datetime.now(tz=datetime.UTC).replace(tzinfo=None)
    _Writer(wb, archive).save()


class _Writer(ExcelWriter):
    def write_worksheet(self, ws):  # openpyxl 3.1's, the sheet written in memory
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        writer = _SheetWriter(ws, out=BytesIO())
        writer.write()
        ws._rels = writer._rels
        xml = writer.read()
        if writer.cells is not None:
            assert xml.count(_EMPTY) == 1, "openpyxl's sheet writer changed"
            xml = xml.replace(_EMPTY, b"<sheetData>" + writer.cells + b"</sheetData>", 1)
        self._archive.writestr(ws.path[1:], xml)
        self.manifest.append(ws)


class _SheetWriter(WorksheetWriter):
    cells: bytes | None = None

    def write_rows(self):
        try:
            self.cells = sheet_data(self.ws)
        except _Unknown:
            self.cells = None
            return super().write_rows()
        xf = self.xf.send(True)
        with xf.element("sheetData"):
            pass
        self.xf.send(None)


_LETTERS: dict[int, str] = {}
_SPECIAL = re.compile("[&<>\r]")  # what lxml writes as a reference in a text (the rest past ASCII: encode())


def _letter(col: int) -> str:
    s = _LETTERS.get(col)
    if s is None:
        s = _LETTERS[col] = get_column_letter(col)
    return s


def _attr(v) -> str:
    return str(v).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def sheet_data(ws) -> bytes:
    """The inside of ``ws``'s ``<sheetData>`` as openpyxl's writer (lxml) writes it: rows in order,
    a row's cells in order, a cell with no value and no style left out, text as an inline string
    (``xml:space="preserve"`` when it starts or ends with a space), every letter past ASCII as a
    character reference; the cell styles numbered as openpyxl numbers them (``_cell_styles.add``
    in the order the cells are written). Raises :class:`_Unknown` for a cell it does not write."""
    add = ws.parent._cell_styles.add
    numbers: dict[bytes, int] = {}  # a style's bytes -> its number: add() hashes the StyleArray twice a cell
    dims = ws.row_dimensions
    rows: dict[int, list] = defaultdict(list)
    for (r, _c), cell in sorted(ws._cells.items()):
        rows[r].append(cell)
    for r in dims.keys() - rows.keys():
        rows[r] = []
    out: list[str] = []
    put = out.append
    letters = _LETTERS
    special = _SPECIAL.search
    for r, cells in sorted(rows.items()):
        dim = dims.get(r)
        if dim is None:
            put(f'<row r="{r}">')
        else:
            attrs = {"r": f"{r}"}
            attrs.update(dim)
            put("<row " + " ".join(f'{k}="{_attr(v)}"' for k, v in attrs.items()) + ">")
        for cell in cells:
            try:
                if cell._comment is not None or cell._hyperlink is not None:
                    raise _Unknown
            except AttributeError:  # a merged cell: neither
                pass
            v = cell._value
            st = cell._style
            styled = st is not None and any(st)
            if v is None and not styled:
                continue
            col = cell.column
            letter = letters.get(col) or _letter(col)
            if styled:
                key = st.tobytes()
                number = numbers.get(key)
                if number is None:  # its first cell of the sheet: numbered as openpyxl numbers it
                    number = numbers[key] = add(st)
                head = f'<c r="{letter}{r}" s="{number}"'
            else:
                head = f'<c r="{letter}{r}"'
            dt = cell.data_type
            if dt == "s":
                if v is None or v == "":
                    put(f'{head} t="inlineStr"></c>')
                elif type(v) is str:
                    edge = v[0].isspace() or v[-1].isspace()  # v != v.strip(), without the copy
                    if special(v) is not None:
                        v = v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
                    if edge:
                        put(f'{head} t="inlineStr"><is><t xml:space="preserve">{v}</t></is></c>')
                    else:
                        put(f'{head} t="inlineStr"><is><t>{v}</t></is></c>')
                else:
                    raise _Unknown  # rich text
            elif dt == "n" or dt == "b":
                if v is None or v == "":
                    put(f'{head} t="{dt}"></c>')
                elif isinstance(v, _NUMBERS):
                    put(f'{head} t="{dt}"><v>{safe_string(v)}</v></c>')
                else:
                    raise _Unknown
            else:
                raise _Unknown  # a formula, a date, an error
        put("</row>")
    return "".join(out).encode("ascii", "xmlcharrefreplace")
