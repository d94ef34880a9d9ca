"""A minimal streaming .xlsx writer for the consolidated workbook.

openpyxl (even write-only) spends ~40 µs per cell; a 200-country long table has millions of cells.
Here a row is one f-string, sheets stream to temporary files, and the zip is assembled at the
end, so memory stays flat and writing costs ~1 µs per cell. Rows and cells carry no ``r``
attribute (optional in the SpreadsheetML schema; openpyxl, pandas and calamine read them in
order, see tests/exchange/test_xlsxstream.py), so
worker processes can render rows without knowing where they will land. Every string is an inline
string (never a formula), escaped for XML, with characters XML cannot carry written as _xHHHH_.

Rows may also arrive deflated already (:func:`deflate_rows`, in the worker that rendered them):
a worksheet part is then a chain of raw deflate segments, each ended by a sync flush (byte-aligned,
never final, no back-reference into another), the last one finished; its CRC-32 is combined from
the segments' (:func:`crc32_combine`). The main process copies compressed bytes instead of
compressing again what the workers could compress side by side.

The zip container is written here too (:class:`_ZipWriter`: local headers, one raw deflate stream
per member, the central directory, zip64 records when a size or offset needs them), because
zipfile's public API compresses what it is given and cannot take a member compressed already; the
only other way was writing zipfile's private fields. Measured (200 workbooks, 7 farm-bench pairs on
a loaded machine): compressing the 189 MB Answers part again in the main process instead costs 3.6 %
more CPU, and its deflate (0.78 s on one core here) runs alone at the end, once the workers are
done: more than the aggregation's 10x margin over pandas allows."""
from __future__ import annotations

import datetime as _dt
import io
import math
import os
import re
import shutil
import struct
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any
from collections.abc import Iterable

from ...files import replace_atomically as _replace
from ..workbook.codec import escape_text

# XML escapes of cell text and of attribute values (xml.sax.saxutils.escape would import urllib and
# http.client: about 15 ms of every command's start-up)
_XML_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_XML_ATTRIBUTE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})

_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
STYLE_BOLD, STYLE_DECIMAL = 1, 2
# Rows a sheet holds in Excel (and LibreOffice, which drops the rest): a sheet made with
# ``add_sheet(name, continued=True)`` goes on in "name (2)", "name (3)" … (tests patch this)
MAX_ROWS = 1_048_576


_PLAIN = re.compile(r"[&<>\x00-\x1f\ud800-\udfff\ufffe\uffff]|_x")


def _esc(s: str) -> str:
    if _PLAIN.search(s) is None:
        return s
    return escape_text(s).translate(_XML_TEXT)


def cell_xml(v: Any, style: int = 0) -> str:
    if v.__class__ is str and v and not style:  # the common case first
        return f'<c t="inlineStr"><is><t xml:space="preserve">{_esc(v)}</t></is></c>'
    s = f' s="{style}"' if style else ""
    if v is None or v == "":
        return f"<c{s}/>" if s else "<c/>"
    if isinstance(v, bool):
        v = "yes" if v else "no"
    elif isinstance(v, int):
        return f"<c{s}><v>{v}</v></c>"
    elif isinstance(v, float):
        if not math.isfinite(v):
            return f"<c{s}/>"
        return f"<c{s}><v>{v!r}</v></c>"
    elif isinstance(v, (_dt.date, _dt.datetime)):
        v = v.isoformat()
    elif not isinstance(v, str):
        v = str(v)
    return f'<c t="inlineStr"{s}><is><t xml:space="preserve">{_esc(v)}</t></is></c>'


def row_xml(values: Iterable[Any], style: int = 0) -> str:
    return "<row>" + "".join(cell_xml(v, style) for v in values) + "</row>"


def table_rows_xml(rows: Iterable[list[Any]], styles: list[int], exact: Iterable[int] = ()) -> str:
    """A table's rows as sheet XML, each cell in its column's style; the columns ``exact`` (of
    unrounded figures) keep the 15 significant digits a spreadsheet holds (the CSV files keep all)."""
    exact = list(exact)
    out = []
    for row in rows:
        for i in exact:
            if isinstance(row[i], float):
                row = row[:i] + [float(f"{row[i]:.15g}")] + row[i + 1:]
        out.append("<row>" + "".join(cell_xml(v, s) for v, s in zip(row, styles, strict=True)) + "</row>")
    return "".join(out)


def deflated_table_file(path: str) -> tuple[bytes, int, int]:
    """:func:`table_rows_xml` deflated (:func:`deflate_rows`, for :meth:`Sheet.copy_deflated`) of
    the (rows, styles, exact) the main process pickled to ``path``, a file of its own run's private
    folder: a table rendered by an idle worker of the aggregation's pool. The rows come as a file,
    never through the pool's queue (``isolation.Pool.submit``: a large argument there can hang a
    broken pool)."""
    import pickle

    with open(path, "rb") as fh:
        rows, styles, exact = pickle.load(fh)
    return deflate_rows(table_rows_xml(rows, styles, exact).encode("utf-8"))


def row_xml_numbers(values: Iterable[Any]) -> str:
    """Like :func:`row_xml`, floats shown with one decimal."""
    return "<row>" + "".join(cell_xml(v, STYLE_DECIMAL if isinstance(v, float) else 0)
                             for v in values) + "</row>"


COMPRESS_LEVEL = 1  # the consolidated workbook's: 3x faster than zlib's default, 10% larger


def deflate_rows(xml: bytes, level: int = COMPRESS_LEVEL) -> tuple[bytes, int, int]:
    """Rendered rows as one raw deflate segment for :meth:`Sheet.copy_deflated`: (the segment,
    the CRC-32 and the length of ``xml``)."""
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    return c.compress(xml) + c.flush(zlib.Z_SYNC_FLUSH), zlib.crc32(xml), len(xml)


def _gf2_times(mat: list[int], vec: int) -> int:
    out, i = 0, 0
    while vec:
        if vec & 1:
            out ^= mat[i]
        vec >>= 1
        i += 1
    return out


def _gf2_square(mat: list[int]) -> list[int]:
    return [_gf2_times(mat, mat[n]) for n in range(32)]


_CRC_ZEROS: list[list[int]] = []  # [k]: the operator that appends 2**k zero bytes to a CRC-32


def _crc_zeros(k: int) -> list[int]:
    while len(_CRC_ZEROS) <= k:
        if _CRC_ZEROS:
            _CRC_ZEROS.append(_gf2_square(_CRC_ZEROS[-1]))
        else:
            m = [0xEDB88320] + [1 << n for n in range(31)]  # one zero bit
            for _ in range(3):  # two, four, eight zero bits: one zero byte
                m = _gf2_square(m)
            _CRC_ZEROS.append(m)
    return _CRC_ZEROS[k]


def crc32_combine(crc1: int, crc2: int, len2: int) -> int:
    """The CRC-32 of A + B from crc32(A), crc32(B) and len(B) (zlib's crc32_combine, which
    Python's zlib module does not expose)."""
    k = 0
    while len2:
        if len2 & 1:
            crc1 = _gf2_times(_crc_zeros(k), crc1)
        len2 >>= 1
        k += 1
    return crc1 ^ crc2


class Sheet:
    def __init__(self, name: str, folder: Path, index: int):
        self.name = name
        self.index = index
        self.path = folder / f"sheet{index}.xml.part"
        self._fh = open(self.path, "w", encoding="utf-8", newline="")
        # segments deflated elsewhere: (bytes of plain XML before it in the part file, file,
        # offset, compressed length, CRC-32, length)
        self.deflated: list[tuple[int, Any, int, int, int, int]] = []
        self.widths: list[float] = []
        self.freeze = False
        self.columns = 0  # of the header row: the filter spans them
        self.width = 0  # the widest row: the header's, or a wider row appended (rows written as XML: the header's)
        self.rows = 0

    @property
    def dimension_ref(self) -> str:
        """The range the sheet's cells span ("A1:O5000"; "A1" when it is empty), written first
        in the sheet: a reader (openpyxl's read-only mode, pandas) takes it instead of reading
        every row to find it. Rows written as XML (:meth:`write_xml`, :meth:`copy_from`,
        :meth:`copy_deflated`) are never wider than the header."""
        return f"A1:{_column(self.width)}{self.rows}" if self.rows and self.width else "A1"

    @property
    def filter_ref(self) -> str:
        """The range of the header's filter ("A1:K12"), or "" without a header."""
        return f"A1:{_column(self.columns)}{max(self.rows, 1)}" if self.freeze and self.columns else ""

    def header(self, columns: Iterable[str], widths: Iterable[float] = ()) -> None:
        columns = list(columns)
        self.widths = list(widths)
        self.freeze = True
        self.columns = len(columns)
        self.width = max(self.width, self.columns)
        self.write_xml(row_xml(columns, STYLE_BOLD))

    def append(self, values: Iterable[Any]) -> None:
        values = list(values)
        self.width = max(self.width, len(values))
        self.write_xml(row_xml_numbers(values))

    def write_xml(self, rows_xml: str, count: int = 1) -> None:
        self._fh.write(rows_xml)
        self.rows += count

    def copy_from(self, fh, length: int, count: int) -> None:
        """Append ``length`` bytes of already rendered rows read from a binary file."""
        self._fh.flush()
        raw = self._fh.buffer
        left = length
        while left > 0:
            chunk = fh.read(min(left, 1024 * 1024))
            if not chunk:
                break
            raw.write(chunk)
            left -= len(chunk)
        raw.flush()
        self.rows += count

    def copy_deflated(self, fh, offset: int, length: int, crc: int, size: int, count: int) -> None:
        """Append rows deflated by :func:`deflate_rows`, ``length`` bytes at ``offset`` of the
        binary file ``fh`` (read when the workbook is saved: keep it open until then)."""
        self._fh.flush()
        self.deflated.append((os.fstat(self._fh.fileno()).st_size, fh, offset, length, crc, size))  # appended only
        self.rows += count

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.close()


class ContinuedSheet:
    """A sheet that continues on a new sheet ("Answers (2)", with the same header) before it
    passes :data:`MAX_ROWS` rows: no row is ever beyond what a spreadsheet shows."""

    def __init__(self, book: StreamWorkbook, name: str):
        self.book = book
        self.name = name
        self.parts = [book._new_sheet(name)]
        self._header: tuple[list[str], list[float]] | None = None

    @property
    def rows(self) -> int:
        return sum(p.rows for p in self.parts)

    def header(self, columns: Iterable[str], widths: Iterable[float] = ()) -> None:
        self._header = (list(columns), list(widths))
        self.parts[-1].header(*self._header)

    def _room(self) -> Sheet:
        """The sheet the next row goes to, a new one when the current one is full."""
        if self.parts[-1].rows >= MAX_ROWS:
            part = self.book._new_sheet(f"{self.name} ({len(self.parts) + 1})")
            if self._header is not None:
                part.header(*self._header)
            self.parts.append(part)
        return self.parts[-1]

    def append(self, values: Iterable[Any]) -> None:
        self._room().append(values)

    def write_xml(self, rows_xml: str, count: int = 1) -> None:
        if count == 1 or self.parts[-1].rows + count <= MAX_ROWS:
            self._room().write_xml(rows_xml, count)
            return
        self._split(rows_xml.encode("utf-8"))

    def copy_from(self, fh, length: int, count: int) -> None:
        if self.parts[-1].rows + count <= MAX_ROWS:
            self.parts[-1].copy_from(fh, length, count)
            return
        self._split(fh.read(length))

    def copy_deflated(self, fh, offset: int, length: int, crc: int, size: int, count: int) -> None:
        if self.parts[-1].rows + count <= MAX_ROWS:
            self.parts[-1].copy_deflated(fh, offset, length, crc, size, count)
            return
        fh.seek(offset)  # the sheet fills up within these rows: split them as plain XML
        self._split(zlib.decompressobj(-15).decompress(fh.read(length)))

    def _split(self, data: bytes) -> None:
        # rendered rows end with "</row>", which cell text cannot hold (escaped "&lt;")
        rows = data.split(b"</row>")[:-1]
        i = 0
        while i < len(rows):
            part = self._room()
            take = rows[i:i + MAX_ROWS - part.rows]
            chunk = b"</row>".join(take) + b"</row>"
            part.copy_from(io.BytesIO(chunk), len(chunk), len(take))
            i += len(take)

    def close(self) -> None:
        for p in self.parts:
            p.close()


class StreamWorkbook:
    """Sheets written row by row to temporary files; :meth:`save` assembles the .xlsx."""

    def __init__(self, folder: str | Path | None = None):
        self._dir = Path(tempfile.mkdtemp(prefix="xlsx-", dir=folder))
        self.sheets: list[Sheet] = []

    def add_sheet(self, name: str, continued: bool = False) -> Any:
        """A sheet written row by row; ``continued``: one that goes on in "name (2)" … rather
        than pass :data:`MAX_ROWS` rows (a :class:`ContinuedSheet`)."""
        return ContinuedSheet(self, name) if continued else self._new_sheet(name)

    def _new_sheet(self, name: str) -> Sheet:
        s = Sheet(name, self._dir, len(self.sheets) + 1)
        self.sheets.append(s)
        return s

    def save(self, path: str | Path, compresslevel: int = COMPRESS_LEVEL) -> None:
        with open(path, "wb") as fh:
            z = _ZipWriter(fh, compresslevel)
            for name, text in (("[Content_Types].xml", self._content_types()), ("_rels/.rels", _ROOT_RELS),
                               ("docProps/app.xml", _APP), ("xl/workbook.xml", self._workbook()),
                               ("xl/_rels/workbook.xml.rels", self._workbook_rels()), ("xl/styles.xml", _STYLES)):
                z.begin(name)
                z.deflate(text.encode("utf-8"))
                z.end()
            for s in self.sheets:
                s.close()
                tail = f'<autoFilter ref="{s.filter_ref}"/>' if s.filter_ref else ""
                z.begin(f"xl/worksheets/sheet{s.index}.xml", zip64=True)
                z.deflate(self._sheet_head(s).encode("utf-8"))
                with open(s.path, "rb") as plain:
                    def plain_to(pos: int) -> None:
                        while plain.tell() < pos:
                            z.deflate(plain.read(min(pos - plain.tell(), 4 * 1024 * 1024)))

                    for at, seg_fh, offset, length, seg_crc, seg_size in s.deflated:
                        plain_to(at)
                        z.copy_deflated(seg_fh, offset, length, seg_crc, seg_size)
                    plain_to(os.fstat(plain.fileno()).st_size)
                z.deflate(f"</sheetData>{tail}</worksheet>".encode())
                z.end()
            z.close()

    def close(self) -> None:
        for s in self.sheets:
            s.close()
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> StreamWorkbook:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- parts ---------------------------------------------------------------------------------
    def _sheet_head(self, s: Sheet) -> str:
        view = ('<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
                'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" '
                'sqref="A2"/></sheetView></sheetViews>') if s.freeze else ""
        cols = ""
        if s.widths:
            cols = "<cols>" + "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
                                      for i, w in enumerate(s.widths, 1)) + "</cols>"
        return f"{_HEAD}<dimension ref=\"{s.dimension_ref}\"/>{view}<sheetFormatPr defaultRowHeight=\"15\"/>{cols}<sheetData>"

    def _content_types(self) -> str:
        sheets = "".join(
            f'<Override PartName="/xl/worksheets/sheet{s.index}.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for s in self.sheets)
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.'
                'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType='
                '"application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
                '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
                'officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/app.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
                f"{sheets}</Types>")

    def _workbook(self) -> str:
        sheets = "".join(f'<sheet name="{s.name.translate(_XML_ATTRIBUTE)}" sheetId="{s.index}" '
                         f'r:id="rId{s.index}"/>' for s in self.sheets)
        names = "".join(  # the filters' ranges, as Excel and LibreOffice expect them
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
            f"'{s.name.replace(chr(39), chr(39) * 2).translate(_XML_TEXT)}'!"
            f"{_absolute(s.filter_ref)}</definedName>"
            for i, s in enumerate(self.sheets) if s.filter_ref)
        defined = f"<definedNames>{names}</definedNames>" if names else ""
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://'
                'schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.'
                'openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/>'
                f"</bookViews><sheets>{sheets}</sheets>{defined}</workbook>")

    def _workbook_rels(self) -> str:
        rels = "".join(f'<Relationship Id="rId{s.index}" Type="http://schemas.openxmlformats.org/'
                       f'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{s.index}.xml"/>'
                       for s in self.sheets)
        n = len(self.sheets) + 1
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http:'
                f'//schemas.openxmlformats.org/package/2006/relationships">{rels}<Relationship '
                f'Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                'relationships/styles" Target="styles.xml"/></Relationships>')


_ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://'
              'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type='
              '"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
              'Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.'
              'org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
              '</Relationships>')
_APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.'
        'openxmlformats.org/officeDocument/2006/extended-properties"><Application>capacity-app'
        '</Application></Properties>')
_STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.'
           'openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" '
           'formatCode="0.0"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/>'
           '</font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill>'
           '<patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
           '</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border>'
           '</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
           '</cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" '
           'xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
           '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
           '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
           '</cellStyles></styleSheet>')


class _ZipWriter:
    """The zip container of a workbook (PKWARE's APPNOTE.TXT 6.3), written to a seekable file: per
    member a local header (a worksheet's with a zip64 field, as zipfile's ``force_zip64`` writes it:
    its size is not known before it is written), one raw
    deflate stream made of plain data deflated here and segments deflated elsewhere, then the local
    header's CRC and sizes patched in; at the end the central directory, with zip64 records when a
    size, an offset or the number of members passes the classic fields. Every member is dated as
    zipfile dates a member it writes (the local time, two-second steps)."""

    _LOCAL = struct.Struct("<IHHHHHIIIHH")
    _CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
    _LIMIT = 0xFFFFFFFF  # a size or offset from here on goes in a zip64 field (tests lower it)
    _MARK = 0xFFFFFFFF  # what the classic field then holds

    def __init__(self, fh, level: int):
        self.fh = fh
        self.level = level
        self.entries: list[tuple[bytes, int, int, int, int, bool]] = []  # name, CRC, sizes, offset, zip64
        t = time.localtime()
        self.dos_time = (t.tm_hour << 11) | (t.tm_min << 5) | (t.tm_sec // 2)
        self.dos_date = ((t.tm_year - 1980) << 9) | (t.tm_mon << 5) | t.tm_mday
        self._c: Any = None

    def begin(self, name: str, zip64: bool = False) -> None:
        self._name, self._offset, self._zip64 = name.encode("ascii"), self.fh.tell(), zip64
        self._crc = self._plain = self._deflated = 0
        self._c = None
        self._local_header()

    def _local_header(self) -> None:
        if self._zip64:
            extra, sizes, version = struct.pack("<HHQQ", 1, 16, self._plain, self._deflated), (self._MARK,) * 2, 45
        elif self._plain >= self._MARK or self._deflated >= self._MARK:
            raise OSError(f"{self._name.decode()}: 4 GB or more in a member begun without zip64")
        else:
            extra, sizes, version = b"", (self._deflated, self._plain), 20
        self.fh.write(self._LOCAL.pack(0x04034B50, version, 0, 8, self.dos_time, self.dos_date, self._crc,
                                       *sizes, len(self._name), len(extra)))
        self.fh.write(self._name + extra)

    def _write(self, data: bytes) -> None:
        self.fh.write(data)
        self._deflated += len(data)

    def deflate(self, data: bytes) -> None:
        """Plain data, deflated here (one stream until the next segment deflated elsewhere)."""
        if self._c is None:
            self._c = zlib.compressobj(self.level, zlib.DEFLATED, -15)
        self._crc, self._plain = zlib.crc32(data, self._crc), self._plain + len(data)
        self._write(self._c.compress(data))

    def copy_deflated(self, fh, offset: int, length: int, crc: int, size: int) -> None:
        """A segment deflated elsewhere (:func:`deflate_rows`): ``length`` bytes at ``offset`` of
        ``fh``, the deflated form of ``size`` bytes whose CRC-32 is ``crc``."""
        if self._c is not None:  # what was deflated here ends on a byte boundary, not final
            self._write(self._c.flush(zlib.Z_SYNC_FLUSH))
            self._c = None
        fh.seek(offset)
        left = length
        while left > 0:
            chunk = fh.read(min(left, 1024 * 1024))
            if not chunk:
                raise OSError(f"{self._name.decode()}: a deflated segment is shorter than recorded")
            self._write(chunk)
            left -= len(chunk)
        self._crc, self._plain = crc32_combine(self._crc, crc, size), self._plain + size

    def end(self) -> None:
        """Finish the member's stream and patch its local header."""
        c = self._c if self._c is not None else zlib.compressobj(self.level, zlib.DEFLATED, -15)
        self._write(c.flush(zlib.Z_FINISH))
        self._c = None
        here = self.fh.tell()
        self.fh.seek(self._offset)
        self._local_header()
        self.fh.seek(here)
        self.entries.append((self._name, self._crc, self._deflated, self._plain, self._offset, self._zip64))

    def close(self) -> None:
        """The central directory and the end records."""
        start = self.fh.tell()
        for name, crc, deflated, plain, offset, zip64 in self.entries:
            big = [v for v in (plain, deflated, offset) if v >= self._LIMIT]
            extra = struct.pack(f"<HH{len(big)}Q", 1, 8 * len(big), *big) if big else b""
            version = 45 if zip64 or big else 20
            self.fh.write(self._CENTRAL.pack(
                0x02014B50, (3 << 8) | version, version, 0, 8, self.dos_time, self.dos_date, crc,
                self._MARK if deflated >= self._LIMIT else deflated, self._MARK if plain >= self._LIMIT else plain,
                len(name), len(extra), 0, 0, 0, 0o600 << 16, self._MARK if offset >= self._LIMIT else offset))
            self.fh.write(name + extra)
        end = self.fh.tell()
        count, size = len(self.entries), end - start
        zip64 = count >= 0xFFFF or size >= self._LIMIT or start >= self._LIMIT
        if zip64:
            self.fh.write(struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, (3 << 8) | 45, 45, 0, 0, count, count,
                                      size, start))
            self.fh.write(struct.pack("<IIQI", 0x07064B50, 0, end, 1))
        self.fh.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, *(2 * (0xFFFF if zip64 else count,)),
                                  self._MARK if zip64 else size, self._MARK if zip64 else start, 0))


def _column(index: int) -> str:
    """1 -> A, 27 -> AA."""
    out = ""
    while index:
        index, r = divmod(index - 1, 26)
        out = chr(65 + r) + out
    return out


def _absolute(ref: str) -> str:
    """"A1:K12" -> "$A$1:$K$12"."""
    return ":".join(re.sub(r"([A-Z]+)(\d+)", r"$\1$\2", part) for part in ref.split(":"))


def replace_atomically(build, out_path: str | Path) -> Path:
    """Run ``build(tmp_path)`` then os.replace the result onto ``out_path``."""
    return _replace(build, out_path, "the workbook")
