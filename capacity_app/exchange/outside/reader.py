"""Reading a workbook: one XML parser (expat, through the standard library) with its limits built
in, the only reader of every part the importer and the aggregator use.

There is no second opinion to agree with: what this module reads is what the application sees.
The parts are found as Excel finds them (``_rels/.rels`` → the workbook → its relationships →
sheets, shared strings and styles; part names compared without regard to case; any name or
extension), the XML is read by namespace, not by prefix (the Transitional and the Strict
SpreadsheetML namespaces alike), attributes in either quote and with any spaces, cell references
in either case, and cells and rows with or without their reference. Every limit
(:class:`~.safety.Limits`) is enforced while reading — cells, rows, columns, text once shared
strings are expanded, references into the shared strings — so nothing is ever allocated beyond
them, and anything that could be read in two ways (a cell given twice or out of order, an element
where no value can be, a number spelled outside the XML Schema's grammar) is refused naming the
cell. The archive itself is checked first (:mod:`.safety`)."""
from __future__ import annotations

import datetime as _dt
import re
import xml.parsers.expat as _expat
from dataclasses import dataclass, field
from posixpath import normpath as _normpath
from typing import Any
from urllib.parse import unquote

from ...domain.celltext import unescape_text
from .safety import DEFAULT_LIMITS, MB, CheckedArchive, Limits, UnsafeWorkbook, check_file

_SEP = "\x01"  # between a namespace and a local name: a character XML text can never hold
_MAIN = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",  # Transitional
         "http://purl.oclc.org/ooxml/spreadsheetml/main")  # Strict
_OFFICE_REL = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
               "http://purl.oclc.org/ooxml/officeDocument/relationships")
_PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CORE_PROPERTIES = _PACKAGE_REL + "/metadata/core-properties"
_DCTERMS = "http://purl.org/dc/terms/"


def _names(local: str) -> frozenset[str]:
    return frozenset(ns + _SEP + local for ns in _MAIN)


def _rel_types(local: str) -> frozenset[str]:
    return frozenset(f"{ns}/{local}" for ns in _OFFICE_REL)


_OFFICE_DOCUMENT = _rel_types("officeDocument")
_WORKSHEET = _rel_types("worksheet")
_SHARED_STRINGS = _rel_types("sharedStrings")
_STYLES = _rel_types("styles")
_R_ID = frozenset(ns + _SEP + "id" for ns in _OFFICE_REL)

# A cell holds at most 32,767 characters (Excel); escaped, one character may take seven
# ("_x000D_"): a text longer than this in the XML cannot be a cell's.
CELL_CHARS = 32_767
RAW_CELL_CHARS = 7 * CELL_CHARS
_FEED = 1 << 20  # bytes handed to the parser at a time (a cancel is seen between them)


def column_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def column_name(index: int) -> str:
    s = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        s = chr(65 + rem) + s
    return s


_COLUMNS = {column_name(i): i for i in range(16_384)}  # A..XFD, Excel's columns
_REF_RE = re.compile(r"([A-Za-z]{1,3})([0-9]{1,7})")
# xsd:double as Excel writes it (no "INF", "NaN", digit separators or non-ASCII digits)
_NUMBER_RE = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]{1,4})?")
_WS = " \t\r\n"


class _Stop(Exception):
    """Raised inside a parser callback to stop reading with a reason (a refusal)."""

    def __init__(self, reason: str, cell: str = ""):
        super().__init__(reason)
        self.reason = reason
        self.cell = cell


def _parser() -> Any:
    p = _expat.ParserCreate(namespace_separator=_SEP)
    p.buffer_text = True
    p.buffer_size = 1 << 16
    return p


def _feed(p, data: bytes, cancelled=None) -> None:
    from ... import jobs

    for at in range(0, len(data), _FEED):
        jobs.check(cancelled)
        p.Parse(data[at:at + _FEED], False)
    p.Parse(b"", True)


def _local(name: str) -> str:
    return name.rpartition(_SEP)[2]


def _ns(name: str) -> str:
    return name.rpartition(_SEP)[0]


# --- small parts: the package and workbook relationships, the workbook, the styles ---------------

def _walk(data: bytes, visit, budget: int, text=None) -> None:
    """Call ``visit(path, attrs)`` for every element, ``path`` the tuple of (namespace, local name)
    from the root down to it (and ``text(path, data)`` for the text inside it); at most ``budget``
    elements."""
    p = _parser()
    stack: list[tuple[str, str]] = []
    count = 0

    def start(name, attrs):
        nonlocal count
        count += 1
        if count > budget:
            raise _Stop(f"more than {budget:,} XML elements")
        ns, _, local = name.rpartition(_SEP)
        stack.append((ns, local))
        visit(stack, attrs)

    def end(_name):
        stack.pop()

    p.StartElementHandler = start
    p.EndElementHandler = end
    if text is not None:
        p.CharacterDataHandler = lambda data: text(stack, data)
    _feed(p, data)


@dataclass(frozen=True)
class _Relationship:
    type: str
    target: str  # the member name, resolved
    external: bool


def _relationships(archive: CheckedArchive, source: str, limits: Limits) -> dict[str, _Relationship]:
    """The relationships of part ``source`` ("" for the package), by Id, targets resolved to
    member names as Excel resolves them (relative to the source's folder, or absolute)."""
    folder, _, base = source.rpartition("/")
    rels_name = f"{folder + '/' if folder else ''}_rels/{base}.rels"
    member = archive.find(rels_name)
    if member is None:
        return {}
    out: dict[str, _Relationship] = {}

    def visit(path, attrs):
        if len(path) != 2 or path[1] != (_PACKAGE_REL, "Relationship") or path[0] != (_PACKAGE_REL, "Relationships"):
            return
        rid, typ, target = attrs.get("Id", ""), attrs.get("Type", ""), attrs.get("Target", "")
        if rid in out:
            raise _Stop(f"two relationships have the id {rid[:40]!r}")
        external = attrs.get("TargetMode", "Internal") == "External"
        if not external:
            target = unquote(target)
            target = target[1:] if target.startswith("/") else (f"{folder}/{target}" if folder else target)
            target = _normpath(target).lstrip("/") if target else ""
        out[rid] = _Relationship(typ, target, external)

    _read_small(archive, member, visit, limits)
    return out


def _read_small(archive: CheckedArchive, member: str, visit, limits: Limits, text=None) -> None:
    data = archive.parts.get(member)
    if data is None:
        raise UnsafeWorkbook(archive.path, f"the workbook is damaged (part {member} is not XML)")
    try:
        _walk(data, visit, limits.max_cells, text)
    except _Stop as stop:
        raise UnsafeWorkbook(archive.path, f"the workbook is damaged (part {member}: {stop.reason})") from None
    except (_expat.ExpatError, LookupError) as exc:  # LookupError: an encoding expat does not know
        raise UnsafeWorkbook(archive.path, f"the workbook is damaged (part {member} is not well-formed "
                                           f"XML: {_expat_reason(exc)})") from None


def _expat_reason(exc: Exception) -> str:
    if not isinstance(exc, _expat.ExpatError):
        return str(exc)  # an encoding the parser does not know
    return f"{_expat.errors.messages.get(exc.code, 'error')} at line {exc.lineno}, column {exc.offset + 1}"


# Built-in number formats that show a date or a time (ECMA-376 18.8.30, with the East Asian ones)
_DATE_FORMAT_IDS = frozenset(range(14, 23)) | frozenset(range(27, 37)) | frozenset(range(45, 48)) \
    | frozenset(range(50, 59))
_DURATION_FORMAT_IDS = frozenset({46})  # [h]:mm:ss


def format_kind(code: str) -> str:
    """"date", "duration" or "" for a number format code: its first section shows a date part
    (d, m, y), a time part (h, s) or an elapsed time ([h], [m], [s]) outside quotes, escapes and
    other brackets (ECMA-376 18.8.31)."""
    i = 0
    n = len(code)
    while i < n:
        ch = code[i]
        if ch == ";":
            return ""
        if ch in "\\_*":
            i += 2
            continue
        if ch == '"':
            j = code.find('"', i + 1)
            i = n if j < 0 else j + 1
            continue
        if ch == "[":
            j = code.find("]", i + 1)
            inner = code[i + 1:(n if j < 0 else j)].lower()
            if inner and inner[0] in "hms" and inner == inner[0] * len(inner):
                return "duration"
            i = n if j < 0 else j + 1
            continue
        if ch in "dmyhsDMYHS":
            return "date"
        if ch in "aA" and (code[i:i + 5].upper() == "AM/PM" or code[i:i + 3].upper() == "A/P"):
            return "date"
        i += 1
    return ""


def _styles(archive: CheckedArchive, member: str | None, limits: Limits) -> dict[int, str]:
    """Cell style index -> "date" | "duration", for the styles whose number format shows one."""
    if member is None:
        return {}
    formats: dict[int, str] = {}
    xfs: list[int] = []

    def visit(path, attrs):
        if len(path) != 3 or path[0][1] != "styleSheet" or path[0][0] not in _MAIN:
            return
        parent, elem = path[1][1], path[2][1]
        if parent == "numFmts" and elem == "numFmt":
            try:
                formats[int(attrs.get("numFmtId", ""))] = format_kind(attrs.get("formatCode", ""))
            except ValueError:
                raise _Stop("a number format has no valid id") from None
        elif parent == "cellXfs" and elem == "xf":
            try:
                xfs.append(int(attrs.get("numFmtId", "0")))
            except ValueError:
                raise _Stop("a cell style has no valid number format id") from None

    _read_small(archive, member, visit, limits)
    out = {}
    for i, fmt in enumerate(xfs):
        kind = formats.get(fmt)
        if kind is None:
            kind = "duration" if fmt in _DURATION_FORMAT_IDS else "date" if fmt in _DATE_FORMAT_IDS else ""
        if kind:
            out[i] = kind
    return out


# --- shared strings --------------------------------------------------------------------------------

def _shared_strings(archive: CheckedArchive, member: str | None, limits: Limits) -> list[str]:
    """The shared-string table: each entry's text (its runs joined, phonetic runs left out),
    decoded; at most ``limits.max_shared_strings`` entries and ``limits.max_cell_text`` characters."""
    if member is None:
        return []
    data = archive.parts.get(member)
    if data is None:
        raise UnsafeWorkbook(archive.path, f"the workbook is damaged (part {member} is not XML)")
    p = _parser()
    strings: list[str] = []
    parts: list[str] = []
    text: list[str] = []
    stack: list[str] = []
    total = 0
    si = _names("si")
    t = _names("t")
    r = _names("r")
    sst = _names("sst")

    def start(name, attrs):
        depth = len(stack)
        stack.append(name)
        if depth == 0:
            if name not in sst:
                raise _Stop("this is not a shared-string table")
        elif depth == 1:
            if name in si:
                if len(strings) >= limits.max_shared_strings:
                    raise _Stop(f"more than {limits.max_shared_strings:,} shared strings")
                parts.clear()
        elif name in t and (depth == 2 or (depth == 3 and stack[2] in r)) and stack[1] in si:
            text.clear()
            p.CharacterDataHandler = text.append

    def end(name):
        nonlocal total
        stack.pop()
        depth = len(stack)
        if p.CharacterDataHandler is not None and name in t:
            p.CharacterDataHandler = None
            s = "".join(text)
            if len(s) > RAW_CELL_CHARS:
                raise _Stop(f"shared string {len(strings)} is longer than a cell holds ({CELL_CHARS:,} "
                            "characters; possible shared-string bomb)")
            parts.append(s)
        elif depth == 1 and name in si:
            s = "".join(parts)
            if "_x" in s:
                s = unescape_text(s)
            total += len(s)
            if total > limits.max_cell_text:
                raise _Stop(f"the shared strings hold more than {limits.max_cell_text / MB:.0f} MB of text")
            strings.append(s)

    p.StartElementHandler = start
    p.EndElementHandler = end
    try:
        _feed(p, data)
    except _Stop as stop:
        raise UnsafeWorkbook(archive.path, f"part {member}: {stop.reason} (refused)") from None
    except (_expat.ExpatError, LookupError) as exc:  # LookupError: an encoding expat does not know
        raise UnsafeWorkbook(archive.path, f"the workbook is damaged (part {member} is not well-formed "
                                           f"XML: {_expat_reason(exc)})") from None
    return strings


# --- dates ------------------------------------------------------------------------------------

_EPOCH_1900 = _dt.datetime(1899, 12, 31)
_EPOCH_1904 = _dt.datetime(1904, 1, 1)
_SERIAL_MAX = 2_958_465  # 9999-12-31


def serial_value(serial: float, kind: str, date1904: bool) -> Any:
    """A date, date and time, time of day or elapsed time from a spreadsheet serial number."""
    if kind == "duration":
        return _dt.timedelta(days=serial)
    if not 0 <= serial <= _SERIAL_MAX:
        raise ValueError(f"{serial:.6g} is not a date this spreadsheet can show")
    if date1904:
        moment = _EPOCH_1904 + _dt.timedelta(days=serial)
    else:
        # Excel counts a 29 February 1900 that never was (serial 60): days after it are one less
        moment = _EPOCH_1900 + _dt.timedelta(days=serial - (1 if serial >= 60 else 0))
    moment = moment.replace(microsecond=round(moment.microsecond / 1000) * 1000 % 1_000_000)
    if serial < 1 and not date1904:
        return moment.time()
    if moment.time() == _dt.time():
        return moment.date()
    return moment


def _iso_value(text: str) -> Any:
    """A cell of type "d" (ISO 8601 text, Strict OOXML's dates)."""
    s = text.strip(_WS)
    if len(s) > 40:
        raise ValueError("not an ISO 8601 date")
    moment = _dt.datetime.fromisoformat(s.replace("Z", "+00:00") if s.endswith("Z") else s)
    if moment.tzinfo is not None:
        moment = moment.replace(tzinfo=None)
    return moment.date() if moment.time() == _dt.time() else moment


# --- the worksheet ---------------------------------------------------------------------------------

@dataclass
class SheetRead:
    """What one sheet holds: its rows (a dense grid from A1, '' for an empty cell, every row as
    wide as the widest), the cells holding a formula, and the cells holding an error value."""

    rows: list[list[Any]] = field(default_factory=list)
    formulas: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)


MAX_LISTED = 100  # formula and error cells named (enough to refuse a file and point at it)


@dataclass
class _Budget:
    """What the workbook's reading has used so far, all sheets together."""

    cells: int = 0
    text: int = 0


# the elements of a worksheet the reader knows, by local name (in either SpreadsheetML namespace)
_K_ROW, _K_C, _K_V, _K_F, _K_IS, _K_T, _K_R, _K_RPH, _K_SHEETDATA, _K_WORKSHEET = range(1, 11)
_KINDS = {name: kind for local, kind in (("row", _K_ROW), ("c", _K_C), ("v", _K_V), ("f", _K_F), ("is", _K_IS),
                                         ("t", _K_T), ("r", _K_R), ("rPh", _K_RPH), ("sheetData", _K_SHEETDATA),
                                         ("worksheet", _K_WORKSHEET))
          for name in _names(local)}
_CELL_TYPES = frozenset({"n", "s", "str", "inlineStr", "b", "e", "d"})
_NO_COLUMNS: frozenset[int] = frozenset()


def _read_sheet(data: bytes, sheet: str, strings: list[str], styles: dict[int, str], date1904: bool,
                limits: Limits, budget: _Budget, skip: frozenset[int] = _NO_COLUMNS,
                cancelled=None) -> SheetRead:
    """One pass of expat over a worksheet part: a measured hot loop, kept whole. Every
    cell of a workbook not in the plain spelling (one saved by a spreadsheet program) goes through
    its callbacks: the demo's Answers sheet (1.5 MB) takes 60 ms here, twice the plain reading. The
    levels are its callbacks: the sheet (``before``, ``after``), a row and a cell (``inside``, by
    depth) and a cell's text (``begin_text``, ``end_text``); they share their state as closure
    variables, the fastest Python has (an object's attributes would add a lookup to every access).

    The callbacks are the hot path (every cell of every workbook aggregated goes through them):
    start tags are handled in Python; end tags are only counted, by a list's append called from C
    (the depth of an element is the starts minus the ends since the last row), except the end of
    a value's text, whose handler is put in place at the value's start. ``skip``: columns whose
    text is not read after the first row (their cells are still checked: place, type, formula,
    error)."""
    p = _parser()
    out = SheetRead()
    rows = out.rows
    formulas = out.formulas
    errors = out.errors
    max_rows, max_cols = limits.max_rows, limits.max_columns
    max_cells, max_text = limits.max_cells, limits.max_cell_text
    cols = _COLUMNS
    kinds = _KINDS.get
    ends: list[str] = []
    ends_append = ends.append
    text: list[str] = []
    # state, as plain local variables of the closures below (the fastest Python has)
    base = 0  # open elements at the last reset (the last row's start)
    starts = 0  # elements started since
    cells = budget.cells  # elements read, the workbook's sheets together
    room = max_cells - cells  # elements this row may still start
    text_total = budget.text
    in_text = False
    k3 = k4 = k5 = 0  # the kinds of the open elements at depths 3, 4 and 5 (cell, value, run)
    row_no = 0
    row_txt = ""
    row_len = 0
    row: list[Any] = []
    placed = True
    col = -1
    skipping = _NO_COLUMNS
    keep = True
    ctype: str | None = None
    cstyle: str | None = None
    cref = ""
    text_kind = 0  # what the text being read is: 1 <v>, 2 inline text, 3 a phonetic run's
    inline: list[str] = []  # the runs of an inline string's text
    inline_len = 0
    rich_at: tuple[list, int] | None = None  # the cell of a text in runs, joined when the cell is over
    has_value = False

    def ref() -> str:
        return cref.upper() if cref else f"{column_name(col)}{row_no}" if col >= 0 else f"A{max(row_no, 1)}"

    def finish_rich() -> None:
        """The runs of a rich text joined once (joined at every run, a cell of many one-character
        runs would take quadratic time)."""
        nonlocal rich_at
        assert rich_at is not None
        cells_row, at = rich_at
        joined = "".join(inline)
        cells_row[at] = unescape_text(joined) if "_x" in joined else joined
        rich_at = None

    def end_text(name) -> None:
        nonlocal in_text, text_total, has_value, placed, inline_len, rich_at
        ends_append(name)
        p.EndElementHandler = ends_append
        in_text = False
        s = text[0] if len(text) == 1 else "".join(text)
        if len(s) > RAW_CELL_CHARS:
            raise _Stop(_TOO_LONG, ref())
        has_value = True
        if text_kind == 1:  # <v>
            if ctype == "e":
                if len(errors) < MAX_LISTED:
                    errors.append((ref(), s.strip(_WS)[:40] or "#ERROR"))
                return
            if ctype == "inlineStr":
                raise _Stop("a value in an inline-string cell (its text belongs in <is>)", ref())
            value = _v_value(ctype, s, cstyle, strings, styles, date1904, ref)
            if value is None:
                return
            if value.__class__ is str:
                text_total += len(value)
                if text_total > max_text:
                    raise _Stop(_TEXT_BOMB.format(max_text / MB), ref())
        elif text_kind == 2:
            inline.append(s)
            text_total += len(s)
            if text_total > max_text:
                raise _Stop(_TEXT_BOMB.format(max_text / MB), ref())
            if len(inline) > 1:  # a text in runs: placed by its first run, joined at the cell's end
                inline_len += len(s)
                if inline_len > RAW_CELL_CHARS:
                    raise _Stop(_TOO_LONG, ref())
                rich_at = (row, col)
                return
            inline_len = len(s)
            value = unescape_text(s) if "_x" in s else s
        else:  # a phonetic run's text: not the cell's
            return
        if col >= max_cols or row_no > max_rows:
            raise _Stop(f"a value at {ref()}, beyond column {column_name(max_cols - 1)} or row "
                        f"{max_rows:,} (refused: too large to read)", ref())
        if not placed:
            while len(rows) < row_no - 1:
                rows.append([])
            rows.append(row)
            placed = True
        n = len(row)
        if col < n:
            row[col] = value
        else:
            if col > n:
                row.extend([""] * (col - n))
            row.append(value)

    def begin_text(kind: int) -> None:
        nonlocal in_text, text_kind
        text_kind = kind
        in_text = True
        text.clear()
        p.EndElementHandler = end_text

    def inside(name, attrs) -> None:
        """An element started inside sheetData, by its depth: a row (2), a cell (3), a cell's value
        or inline text (4), a rich text's run (5, 6). A measured hot loop (see above)."""
        nonlocal base, starts, cells, room, in_text, k3, k4, k5, row_no, row_txt, row_len, row, \
            placed, col, skipping, keep, ctype, cstyle, cref, has_value
        depth = base + starts - len(ends)
        starts += 1
        if in_text:
            raise _Stop("an element inside a cell's text", ref())
        if starts > room:
            raise _Stop(f"the sheets hold more than {max_cells:,} cell elements (refused: too large "
                        "to read)", ref())
        k = kinds(name, 0)
        if depth == 4:
            k4 = k
            if k3 != _K_C:
                return  # inside a row's extension list
            if k == _K_V:
                if keep or ctype == "e":
                    if has_value:
                        raise _Stop("a cell with two values", ref())
                    begin_text(1)
            elif k == _K_IS:
                if ctype != "inlineStr":
                    raise _Stop("inline text in a cell that is not of type inlineStr", ref())
                if has_value:
                    raise _Stop("a cell with two values", ref())
                inline.clear()
            elif k == _K_F:
                if len(formulas) < MAX_LISTED:
                    formulas.append(ref())
            elif _local(name) != "extLst":
                raise _Stop(f"an element {_local(name)[:40]!r} inside a cell", ref())
            return
        if depth == 3:
            k3 = k
            if rich_at is not None:
                finish_rich()
            if k == _K_C:
                r = attrs.get("r")
                if r is None:
                    col += 1
                    cref = ""
                else:
                    c = cols.get(r[:-row_len]) if r.endswith(row_txt) else None
                    if c is None:
                        c = _cell_column(r, row_no)
                    cref = r
                    if c <= col:
                        raise _Stop("a cell given twice, or out of order", ref())
                    col = c
                if col >= 16_384:
                    raise _Stop("a cell beyond the last column a spreadsheet has (XFD)", ref())
                ctype = attrs.get("t")
                cstyle = attrs.get("s")
                has_value = False
                keep = col not in skipping
                if ctype is not None and ctype not in _CELL_TYPES:
                    raise _Stop(f"a cell of an unknown type {ctype[:20]!r}", ref())
            elif _local(name) != "extLst":
                raise _Stop(f"an element {_local(name)[:40]!r} inside a row", ref())
            return
        if depth >= 5:
            if k3 != _K_C or k4 != _K_IS:
                return  # inside an extension list, or a formula
            if depth == 5:
                k5 = k
                if k == _K_T:
                    if keep:
                        begin_text(2)
                elif k != _K_R and k != _K_RPH and _local(name) not in ("phoneticPr", "extLst"):
                    raise _Stop(f"an element {_local(name)[:40]!r} inside a cell's text", ref())
            elif depth == 6:
                if k5 == _K_R:
                    if k == _K_T:
                        if keep:
                            begin_text(2)
                    elif _local(name) != "rPr":
                        raise _Stop(f"an element {_local(name)[:40]!r} inside a cell's text", ref())
                elif k5 == _K_RPH and k == _K_T:
                    begin_text(3)
            return
        if depth == 2:
            if k != _K_ROW:
                raise _Stop(f"an element {_local(name)[:40]!r} where a row belongs", ref())
            if rich_at is not None:
                finish_rich()
            # a new row: the elements counted so far are settled
            cells += starts - 1
            room = max_cells - cells
            base = 2  # worksheet and sheetData; the row is the one element started since
            starts = 1
            ends.clear()
            r = attrs.get("r")
            if r is None:
                row_no += 1
                row_txt = str(row_no)
            else:
                t = r.strip(_WS)
                if not t.isdigit() or not t.isascii() or len(t) > 7 or int(t) <= row_no or int(t) > 1_048_576:
                    raise _Stop(f"a row numbered {r[:20]!r} after row {row_no}", f"A{row_no + 1}")
                row_no = int(t)
                row_txt = t if t == r else str(row_no)
            row_len = len(row_txt)
            row = []
            placed = False
            col = -1
            cref = ""
            skipping = skip if row_no > 1 else _NO_COLUMNS
            return
        # depth 1: an element after sheetData (the cells are over); depth 0 cannot be here
        if rich_at is not None:
            finish_rich()
        p.StartElementHandler = after

    outer_starts = 0

    def before(name, attrs) -> None:
        nonlocal outer_starts, base, starts
        depth = outer_starts - len(ends)
        outer_starts += 1
        k = kinds(name, 0)
        if depth == 0:
            if k != _K_WORKSHEET:
                raise _Stop("the part is not a worksheet")
        elif depth == 1 and k == _K_SHEETDATA:
            ends.clear()
            base, starts = 2, 0
            p.StartElementHandler = inside

    def after(name, attrs) -> None:
        if kinds(name, 0) == _K_SHEETDATA:
            raise _Stop("the sheet has two lists of cells (sheetData)")

    p.StartElementHandler = before
    p.EndElementHandler = ends_append
    p.CharacterDataHandler = text.append
    try:
        try:
            _feed(p, data, cancelled)
        finally:
            budget.cells, budget.text = cells + starts, text_total
    except _Stop as stop:
        raise UnsafeWorkbook("", stop.reason, sheet, stop.cell) from None
    except (_expat.ExpatError, LookupError) as exc:  # LookupError: an encoding expat does not know
        why = _expat_reason(exc)
        raise UnsafeWorkbook("", f"the sheet is damaged near {ref()} (not well-formed XML: {why})" if row_no
                             else f"the sheet is damaged (not well-formed XML: {why})", sheet) from None
    if p.StartElementHandler is before:
        raise UnsafeWorkbook("", "the sheet holds no cells (no sheetData: is it a worksheet?)", sheet)
    if rich_at is not None:  # the last cell of a sheet with nothing after sheetData
        finish_rich()
    width = max((len(r) for r in rows), default=0)
    for r in rows:
        if len(r) < width:
            r.extend([""] * (width - len(r)))
    return out


_TOO_LONG = f"the cell holds more than {CELL_CHARS:,} characters (a cell's limit)"
_TEXT_BOMB = ("the cells read hold more than {:.0f} MB of text once shared strings are expanded "
              "(refused: possible shared-string bomb)")


def _v_value(ctype: str | None, s: str, cstyle: str | None, strings: list[str], styles: dict[int, str],
             date1904: bool, ref) -> Any:
    """The value of a cell's ``<v>`` text by the cell's type (not "e", not "inlineStr"); None for
    an empty number (``<v></v>``, as a writer leaves a formula it did not compute)."""
    if ctype is None or ctype == "n":
        if not s:
            return None
        value = _number(s, ref)
        if cstyle is not None and styles:
            kind = styles.get(_style_index(cstyle))
            if kind:
                try:
                    return serial_value(value, kind, date1904)
                except (ValueError, OverflowError) as exc:
                    raise _Stop(str(exc), ref()) from None
        return value
    if ctype == "s":
        index = s.strip(_WS)
        if not index.isdigit() or not index.isascii() or len(index) > 10:
            raise _Stop(f"the shared-string reference {s[:20]!r} is not a number", ref())
        i = int(index)
        if i >= len(strings):
            raise _Stop(f"refers to shared string {i:,}, but the workbook has {len(strings):,}", ref())
        return strings[i]
    if ctype == "b":
        b = s.strip(_WS)
        if b not in ("0", "1", "true", "false"):
            raise _Stop(f"a true/false cell holds {s[:20]!r}", ref())
        return b in ("1", "true")
    if ctype == "d":
        try:
            return _iso_value(s)
        except ValueError:
            raise _Stop(f"{s[:40]!r} is not an ISO 8601 date", ref()) from None
    # "str": the text a formula gave (the formula itself is reported)
    return unescape_text(s) if "_x" in s else s


def _number(s: str, ref) -> float:
    """A number cell's value: xsd:double as spreadsheets write it, finite, never a negative zero."""
    if _NUMBER_RE.fullmatch(s) is None:
        t = s.strip(_WS)
        if _NUMBER_RE.fullmatch(t) is None:
            shown = s if len(s) <= 24 else s[:20] + "…"
            raise _Stop(f"{shown!r} is not a number (write digits, one '.' and an optional exponent)", ref())
        s = t
    value = float(s)
    if value == 0.0 and s.lstrip(_WS).startswith("-"):
        raise _Stop("-0 is not a number a spreadsheet writes (a negative zero): write 0", ref())
    if value in (_INF, -_INF):
        raise _Stop(f"the number {s.strip(_WS)[:12]}… is too large", ref())
    return value


_INF = float("inf")


# --- the plain spelling, read without a callback per element --------------------------------------
#
# Nearly every workbook spells its cells one way (Excel, LibreOffice, openpyxl and this application
# all write <c r="B2" s="3" t="s"><v>7</v></c>, rows as <row r="2" ...>, the SpreadsheetML namespace
# as the default one, declared at the root). For that spelling a regular expression reads a sheet
# about three times faster than expat's callbacks, and it reads exactly what the parser reads: the
# tokens must cover sheetData's content with nothing left over (one unknown byte and the plain
# reading gives up), the XML around sheetData is checked by expat, and every value goes through the
# same conversions. Whatever is not plain — another spelling, a formula, rich text, an entity the
# plain reading does not decode, a value it would refuse — is read by the parser above, which gives
# the result or the refusal. ``tests/exchange/test_reader.py`` holds the two to one answer.

_PLAIN = re.compile(
    r'<c r="([A-Z]{1,3})([0-9]{1,7})"(?: s="([0-9]{1,9})")?(?: t="([a-zA-Z]{1,9})")?'
    r'(?:[ \t\r\n]*/>|></c>|>(?:<(v)>([^<]*)</v>|<(is)><t(?: xml:space="preserve")?>([^<]*)</t></is>)</c>)'
    r'|<row((?:[ \t\r\n]+[A-Za-z_][\w.:-]*[ \t\r\n]*=[ \t\r\n]*(?:"[^"<]*"|\'[^\'<]*\'))*)[ \t\r\n]*(/?)>'
    r'|(</row>)|([ \t\r\n]+)|(.)', re.S)
_ROW_R = re.compile(r' r="([0-9]{1,7})"')
_ATTR = re.compile(r'[ \t\r\n]+([A-Za-z_][\w.:-]*)[ \t\r\n]*=[ \t\r\n]*(?:"([^"<]*)"|\'([^\'<]*)\')')
# what the plain reading leaves to the parser: characters XML forbids, "]]>", a reference it does
# not decode (searched in the part's bytes: a few C loops)
_FORBIDDEN = bytes(list(range(0, 9)) + [11, 12] + list(range(14, 32)))
_ALLOWED = bytes(b for b in range(256) if b not in _FORBIDDEN)
# An "&" not starting a reference XML surely allows: a named one, or a decimal one without leading
# zeros of three to six digits (100 to 999,999: every one a character XML allows, but 55xxx to 57xxx,
# around the surrogates #xD800 to #xDFFF, and 65534, 65535, #xFFFE and #xFFFF, left out). Nearly
# every reference a workbook holds is one of these (Latin, Arabic, Cyrillic, Chinese, emoji), each
# passed over in C; the others are looked at one by one (:func:`_references_allowed`).
_UNUSUAL_REFERENCE = re.compile(rb"&(?!#(?!5[5-7][0-9]{3};|6553[45];)[1-9][0-9]{2,5};|amp;|lt;|gt;|quot;|apos;)")
_WELL_FORMED = re.compile(rb"&(?:amp|lt|gt|quot|apos|#([0-9]{1,7})|#x([0-9A-Fa-f]{1,6}));")
# a reference the plain reading decodes, by its name ("amp", "#20013", "#x4E2D"): the one group
# makes ``split`` give text and names in turn
_REFERENCE = re.compile(r"&(amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_PLAIN_CHUNK = 1 << 20  # characters of sheetData read at a time (the token list stays small)


class _NotPlain(Exception):
    """The plain reading gives up: the parser reads the sheet."""


_NONCHARACTER = re.compile(rb"\xef\xbf[\xbe\xbf]")


# The rows of a sheet read with columns skipped (the Answers sheet: most of its text is in columns
# only a person reads) are read a whole row at a time when the row is in the exporter's own shape:
# <row r="N"> with no other attribute, then cells of the first row's columns (the header's) in
# order, each <c r="XN"> (its
# row's number as the row writes it), an optional s="…" and t="…", empty or holding one <v> or one
# <is><t>…</t></is>, nothing between them. The cells of the columns skipped are matched only as
# empty cells or inline strings (anything else in them: the row is read token by token above); the
# others' style, type and text are captured and go through the same checks and conversions as a
# token's. A row not matching exactly is read token by token, so the two readings give the same
# result by construction; ``tests/exchange/test_reader.py`` holds them to it. A cell's alternatives
# exclude each other (after its attributes: "><v>", "><is>", "></c>" or "/>"), so their order changes
# no match: the one a written cell nearly always takes is tried first (about a fifth of the
# expression's time on the Answers sheet, measured).
_FAST_WIDTH = 64  # at most: a row with a cell further right is read token by token
_FAST_ROWS: dict[tuple[frozenset[int], int], tuple[Any, tuple[tuple[int, str, int], ...]]] = {}


def _fast_rows(skip: frozenset[int], width: int) -> tuple[Any, tuple[tuple[int, str, int], ...]]:
    """The regular expression of one row in the exporter's shape for ``skip``, and the columns
    read: (column, letters, index of the cell's group in ``match.groups()``, None when the row has
    no such cell; then its style's, its type's, its value's and its inline text's)."""
    width = min(width, _FAST_WIDTH)
    made = _FAST_ROWS.get((skip, width))
    if made is not None:
        return made
    # Each optional part is an atomic group (``(?>...)``): a cell or an attribute that is there is
    # never given back, since no later part could match it instead (each cell's reference names its
    # own column), so the expression matches what it would match without them, with the same
    # groups (tests/exchange/test_reader_row_expression.py), and the engine keeps no state to
    # backtrack into: 28 % fewer instructions a row. Not the possessive ``?+``: Python 3.11.2's
    # engine lets a failed possessive group move past what it tried (``<c r="E2" s=" t="s">`` was
    # taken for a cell).
    parts = [r'<row r="([0-9]{1,7})">']
    read = []
    group = 1
    for c in range(width):
        x = column_name(c)
        if c in skip:
            parts.append(rf'(?>(?:<c r="{x}\1"(?>(?: s="[0-9]{{1,9}}")?)(?: t="inlineStr"><is><t(?: xml:space="preserve")?>'
                         rf'[^<]*</t></is></c>|(?: t="inlineStr")?(?:></c>|[ \t\r\n]*/>)))?)')
        else:
            parts.append(rf'(?>(<c r="{x}\1"(?>(?: s="([0-9]{{1,9}})")?)(?>(?: t="([a-zA-Z]{{1,9}})")?)'
                         rf'(?:>(?:<v>([^<]*)</v>|<is><t(?: xml:space="preserve")?>([^<]*)</t></is>)</c>'
                         rf'|></c>|[ \t\r\n]*/>))?)')
            read.append((c, x, group))
            group += 5
    parts.append("</row>")
    made = re.compile("".join(parts)).match, tuple(read)
    if len(_FAST_ROWS) >= 32:
        _FAST_ROWS.clear()
    _FAST_ROWS[skip, width] = made
    return made


def _xml_char(code: int) -> bool:
    """Whether XML 1.0 allows the character (production [2])."""
    return code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF


# Character references: a Chinese, Arabic or Russian workbook holds one for nearly every character
# (1.7 million in the 14.6 MB Answers sheet of a generated Chinese assessment, as openpyxl and the
# exporter write them), but few distinct ones (the characters of a language: a few thousand). The
# part's references are checked by one search (:func:`_references_allowed`); a text's are decoded
# with each distinct one decoded once, in Python, and every occurrence found, looked up and joined
# in C (``split``, ``map`` over a dict, ``join``), never a Python call per reference (it took two
# thirds of such a workbook's reading). What is kept is bounded (:data:`_KEPT` names), and so is
# what is made at a time (``_REFERENCE_CHUNK`` characters, cut just after a ";", which a reference
# holds only at its end): a flood of distinct references costs what a call per reference did.
_KEPT = 1 << 14
_REFERENCE_CHUNK = 1 << 18


class _Decoded(dict):
    """The character each reference's name stands for; :class:`_NotPlain` for a character XML
    forbids (the parser refuses it, naming the cell)."""

    def __missing__(self, name: str) -> str:
        code = int(name[2:], 16) if name[1] == "x" else int(name[1:])
        if not _xml_char(code):
            raise _NotPlain
        ch = chr(code)
        if len(self) < _KEPT:
            self[name] = ch
        return ch


_DECODED = _Decoded(_NAMED)


def _decoded(s: str) -> str:
    """``s`` with its references replaced by their characters."""
    get = _DECODED.__getitem__
    out = []
    at, end = 0, len(s)
    while at < end:
        stop = s.find(";", at + _REFERENCE_CHUNK) + 1 or end
        parts = _REFERENCE.split(s if stop - at == end else s[at:stop])
        parts[1::2] = map(get, parts[1::2])  # the text between references, and their characters
        out.append("".join(parts))
        at = stop
    return "".join(out)  # (one piece: itself, not a copy)


def _references_allowed(data: bytes) -> bool:
    """Whether every "&" in ``data`` starts a reference the plain reading decodes (named, or to a
    character: at most seven digits, six hexadecimal) to a character XML allows. Only the unusual
    ones (:data:`_UNUSUAL_REFERENCE`) are looked at; ``tests/exchange/test_reader_references.py``
    holds the answer to that of a check of every reference, for every code point in each spelling."""
    well_formed = _WELL_FORMED.match
    for found in _UNUSUAL_REFERENCE.finditer(data):
        m = well_formed(data, found.start())
        if m is None:
            return False  # "&" alone, an unknown name, too many digits: the parser refuses it
        number, hexadecimal = m.groups()
        if number is not None or hexadecimal is not None:
            if not _xml_char(int(number) if number is not None else int(hexadecimal, 16)):
                return False  # a reference to what XML forbids (&#0;): ill-formed
    return True


def _xml_text(s: str) -> str:
    """Character data as an XML parser gives it: line ends normalised, then references decoded
    (XML's order: ``&#13;`` stays a carriage return, as the parser gives it)."""
    if "\r" in s:
        s = s.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in s:
        s = _decoded(s)
    return s


def _around_sheet_data(data: bytes) -> tuple[int, int, set[str]] | None:
    """Where sheetData's content starts and ends in a worksheet part (byte offsets), when the XML
    around it is plain: one ``<sheetData>`` start tag without attributes, one end tag, the document
    without the content UTF-8 and well-formed with the worksheet as root and sheetData its child in
    a SpreadsheetML namespace (the default one). Also the namespace prefixes declared there."""
    start = data.find(b"<sheetData>")
    # the last end tag (found from the part's end, at once): another one before it, inside the
    # content, is a token the plain reading does not know (it gives up), after it expat refuses
    end = data.rfind(b"</sheetData>")
    if start < 0 or end < start:
        return None
    # a second sheetData, after this one or before it (then with attributes, or a prefix), is seen
    # by expat below; none can be inside: the plain tokens hold none
    first = start + len(b"<sheetData>")
    outside = data[:first] + data[end:]
    try:
        outside.decode("utf-8")
    except UnicodeDecodeError:
        return None
    p = _parser()
    depth = 0
    found = []
    prefixes: dict[str, list[str]] = {}
    in_scope: set[str] = set()

    def begin(name, _attrs):
        nonlocal depth
        ns, _, local = name.rpartition(_SEP)
        if depth == 0 and (ns not in _MAIN or local != "worksheet"):
            raise _NotPlain
        if local == "sheetData" and ns in _MAIN:
            found.append(depth)
            in_scope.update(k for k, v in prefixes.items() if v)
        depth += 1

    def finish(_name):
        nonlocal depth
        depth -= 1

    def declare(prefix, _uri):
        prefixes.setdefault(prefix or "", []).append(_uri)

    def undeclare(prefix):
        prefixes[prefix or ""].pop()

    p.StartElementHandler = begin
    p.EndElementHandler = finish
    p.StartNamespaceDeclHandler = declare
    p.EndNamespaceDeclHandler = undeclare
    try:
        p.Parse(outside, True)
    except (_expat.ExpatError, LookupError, _NotPlain):
        return None
    if found != [1] or prefixes.get("", [None])[-1:] == [None]:
        return None
    return first, end, in_scope


def _plain_document(data: bytes) -> tuple[str, int, int, set[str]]:
    """(the part decoded from sheetData's start to its end, its first and end byte, the namespace
    prefixes in scope) when ``data`` is in the plain spelling; else :class:`_NotPlain`."""
    # (the bytes searched for one byte first: that search is a C memchr, a longer one a slower loop)
    if data.translate(None, _ALLOWED) or (b"&" in data and not _references_allowed(data)):
        raise _NotPlain
    # U+FFFE and U+FFFF, which XML forbids (EF BF BE and EF BF BF in UTF-8), and "]]>"
    if (b"\xef" in data and _NONCHARACTER.search(data)) or (b"]" in data and b"]]>" in data):
        raise _NotPlain
    around = _around_sheet_data(data)
    if around is None:
        raise _NotPlain
    first_byte, end_byte, prefixes = around
    try:  # UTF-8 throughout (cut at two ASCII tags, the parts are valid only if the whole is)
        # (decoded through a view: a copy of the part first costs more than decoding it)
        return str(memoryview(data)[first_byte:end_byte], "utf-8"), first_byte, end_byte, prefixes
    except UnicodeDecodeError:
        raise _NotPlain from None


class _Plain:
    """Where the plain reading is: the row being read and what the sheet has used."""

    __slots__ = ("row_no", "row_txt", "row", "in_row", "col", "skipping", "limit_col", "text_total")

    def __init__(self, text_total: int) -> None:
        self.row_no = 0
        self.row_txt = ""
        self.row: list[Any] = []
        self.in_row = False
        self.col = -1
        self.skipping = _NO_COLUMNS
        self.limit_col = -1  # values right of this column are refused (-1 below the last row read)
        self.text_total = text_total


def _nowhere() -> str:
    raise _NotPlain


def _fast_row(groups: tuple, fast_read: tuple[tuple[int, str, int], ...], st: _Plain, rows: list,
              errors: list, decode_text: bool, strings: list[str], styles: dict[int, str], date1904: bool) -> None:
    """The values of a row matched whole in the exporter's shape, placed in ``rows``."""
    row: list[Any] = []
    row_no, limit_col = st.row_no, st.limit_col
    for column, letters, g in fast_read:
        if groups[g] is None:
            continue  # no cell in this column
        text = groups[g + 4]
        if text is not None:  # an inline string
            if groups[g + 2] != "inlineStr":
                raise _NotPlain
            if decode_text and ("&" in text or "\r" in text):  # (_xml_text's own test, without its call)
                text = _xml_text(text)
            if len(text) > RAW_CELL_CHARS:
                raise _NotPlain
            st.text_total += len(text)
            value = unescape_text(text) if "_x" in text else text
        else:
            text = groups[g + 3]
            ctype = groups[g + 2]
            if text is None:
                if ctype is not None and ctype not in _CELL_TYPES:
                    raise _NotPlain
                continue  # an empty cell
            if ctype == "inlineStr" or (ctype is not None and ctype not in _CELL_TYPES):
                raise _NotPlain
            if decode_text and ("&" in text or "\r" in text):  # (_xml_text's own test, without its call)
                text = _xml_text(text)
            if len(text) > RAW_CELL_CHARS:
                raise _NotPlain
            if ctype == "e":
                if len(errors) < MAX_LISTED:
                    errors.append((f"{letters}{row_no}", text.strip(_WS)[:40] or "#ERROR"))
                continue
            try:
                value = _v_value(ctype, text, groups[g + 1], strings, styles, date1904, _nowhere)
            except _Stop:
                raise _NotPlain from None
            if value is None:
                continue
            if value.__class__ is str:
                st.text_total += len(value)
        if column > limit_col:
            raise _NotPlain
        if not row:
            while len(rows) < row_no - 1:
                rows.append([])
            rows.append(row)
        n = len(row)
        if column > n:
            row.extend([""] * (column - n))
        row.append(value)
    st.row = row


def _plain_row_start(rattrs: str, empty: str, st: _Plain, prefixes: set[str], skip: frozenset[int],
                     max_rows: int, max_cols: int) -> None:
    """A row's start tag read by the tokens: its number, and a new row."""
    if st.in_row:
        raise _NotPlain
    m = _ROW_R.fullmatch(rattrs)
    if m is not None:
        r = m.group(1)
    else:
        attrs = {}
        for name, dq, sq in _ATTR.findall(rattrs):
            if name in attrs or name.startswith("xmlns") or (
                    ":" in name and name.partition(":")[0] not in prefixes):
                raise _NotPlain
            attrs[name] = dq or sq
        r = attrs.get("r")
    if r is None:
        st.row_no += 1
        st.row_txt = str(st.row_no)
    else:
        if not r.isdigit() or not r.isascii() or int(r) <= st.row_no or int(r) > 1_048_576:
            raise _NotPlain
        st.row_no = int(r)
        st.row_txt = r
    st.row = []
    st.col = -1
    st.in_row = not empty
    st.skipping = skip if st.row_no > 1 else _NO_COLUMNS
    st.limit_col = max_cols - 1 if st.row_no <= max_rows else -1


def _plain_tokens(tokens: list, st: _Plain, rows: list, errors: list, decode_text: bool, prefixes: set[str],
                  skip: frozenset[int], limits: Limits, strings: list[str], styles: dict[int, str],
                  date1904: bool) -> None:
    """The rows of ``tokens`` (cells, row starts and ends) read into ``rows``: a measured hot loop
    (the token reading of every sheet not read row by row: a cell's token settled inline)."""
    cols = _COLUMNS
    row, col, skipping, limit_col, text_total = st.row, st.col, st.skipping, st.limit_col, st.text_total
    row_no, row_txt, in_row = st.row_no, st.row_txt, st.in_row
    for letters, digits, cstyle, ctype, v, vtext, is_, itext, rattrs, empty, endrow, space, junk in tokens:
        if letters:
            c = cols.get(letters)
            if c is None or c <= col or not in_row or (digits != row_txt and int(digits) != row_no):
                raise _NotPlain
            col = c
            if v:
                if ctype == "inlineStr" or (ctype and ctype not in _CELL_TYPES):
                    raise _NotPlain
                if c in skipping and ctype != "e":
                    continue
                text = _xml_text(vtext) if decode_text else vtext
                if len(text) > RAW_CELL_CHARS:
                    raise _NotPlain
                if ctype == "e":
                    if len(errors) < MAX_LISTED:
                        errors.append((f"{letters}{row_no}", text.strip(_WS)[:40] or "#ERROR"))
                    continue
                try:
                    value = _v_value(ctype or None, text, cstyle or None, strings, styles, date1904, _nowhere)
                except _Stop:
                    raise _NotPlain from None
                if value is None:
                    continue
                if value.__class__ is str:
                    text_total += len(value)
            elif is_:
                if ctype != "inlineStr":
                    raise _NotPlain
                if c in skipping:
                    continue
                text = _xml_text(itext) if decode_text else itext
                if len(text) > RAW_CELL_CHARS:
                    raise _NotPlain
                text_total += len(text)
                value = unescape_text(text) if "_x" in text else text
            elif ctype and ctype not in _CELL_TYPES:
                raise _NotPlain  # an empty cell of a type the parser refuses
            else:
                continue  # an empty cell
            if c > limit_col:
                raise _NotPlain
            n = len(row)
            if not n:
                while len(rows) < row_no - 1:
                    rows.append([])
                rows.append(row)
            if c > n:
                row.extend([""] * (c - n))
            row.append(value)
        elif endrow:
            if not in_row:
                raise _NotPlain
            in_row = False
        elif space:
            continue
        elif junk:
            raise _NotPlain
        else:  # a row's start tag
            st.in_row, st.row_no = in_row, row_no
            _plain_row_start(rattrs, empty, st, prefixes, skip, limits.max_rows, limits.max_columns)
            row, col, skipping, limit_col = st.row, st.col, st.skipping, st.limit_col
            row_no, row_txt, in_row = st.row_no, st.row_txt, st.in_row
    st.row, st.col, st.text_total, st.row_no, st.row_txt, st.in_row = row, col, text_total, row_no, row_txt, in_row


def _read_plain(data: bytes, sheet: str, strings: list[str], styles: dict[int, str], date1904: bool,
                limits: Limits, budget: _Budget, skip: frozenset[int]) -> SheetRead:
    """A sheet in the plain spelling, read with regular expressions; :class:`_NotPlain` when it
    is not plain (or holds anything the parser would refuse). With columns skipped, rows are read
    one at a time: whole when in the exporter's shape (:func:`_fast_row`, the expression made for
    the first row's width once it is read), else token by token (:func:`_plain_tokens`)."""
    doc, first_byte, end_byte, prefixes = _plain_document(data)
    end = len(doc)
    out = SheetRead()
    st = _Plain(budget.text)
    cells, room = budget.cells, limits.max_cells
    # references and carriage returns are rare: looked for in each text only when the part has any
    decode_text = b"&" in data or b"\r" in data
    rowwise = bool(skip)
    fast = None
    fast_read: tuple[tuple[int, str, int], ...] = ()
    fast_rows = 0  # rows read whole; their cells are counted at the end: all cells less the tokens'
    cells_all = data.count(b"<c ", first_byte, end_byte) if rowwise else 0
    cells_tokens = 0
    misses = 0
    at = 0
    while at < end:
        if rowwise and st.row_no and not st.in_row:
            if fast is None:
                fast, fast_read = _fast_rows(skip, max(len(st.row), max(skip) + 1))
            m = fast(doc, at, end)
            if m is not None:  # a whole row in the exporter's shape (after the first row)
                groups = m.groups()
                n = int(groups[0])
                if n <= st.row_no or n > 1_048_576:
                    raise _NotPlain
                st.row_no = n
                at = m.end()
                fast_rows += 1
                st.limit_col = limits.max_columns - 1 if n <= limits.max_rows else -1
                _fast_row(groups, fast_read, st, out.rows, out.errors, decode_text, strings, styles, date1904)
                if st.text_total > limits.max_cell_text:
                    raise _NotPlain
                continue
            misses += 1  # a row in another shape: read token by token
            if misses > 64:
                rowwise = False
            stop = doc.find("</row>", at, end)
        elif rowwise:  # the first row
            stop = doc.find("</row>", at, end)
        else:
            stop = end if end - at <= _PLAIN_CHUNK else doc.find("</row>", at + _PLAIN_CHUNK)
        stop = end if stop < 0 else min(end, stop + 6)
        tokens = _PLAIN.findall(doc, at, stop)
        if cells_all:
            cells_tokens += doc.count("<c ", at, stop)
        at = stop
        cells += 3 * len(tokens)  # at most three elements a token (<c><is><t>): the budget's bound
        if cells > room:
            raise _NotPlain
        _plain_tokens(tokens, st, out.rows, out.errors, decode_text, prefixes, skip, limits, strings, styles,
                      date1904)
        if st.text_total > limits.max_cell_text:
            raise _NotPlain
    if st.in_row:
        raise _NotPlain
    # the tokens the token reading would count for the rows read whole: their starts and ends, and
    # their cells (those of sheetData less those read as tokens)
    cells += 3 * (2 * fast_rows + cells_all - cells_tokens)
    if cells > room:
        raise _NotPlain
    budget.cells, budget.text = cells, st.text_total
    width = max((len(r) for r in out.rows), default=0)
    for r in out.rows:
        if len(r) < width:
            r.extend([""] * (width - len(r)))
    return out


def _style_index(s: str) -> int:
    try:
        return int(s)
    except ValueError:
        return -1


def _cell_column(r: str, row_no: int) -> int:
    """The column of a cell reference that must be in row ``row_no`` (any case)."""
    m = _REF_RE.fullmatch(r.strip(_WS))
    if m is None:
        raise _Stop(f"{r[:20]!r} is not a cell reference", f"A{row_no}")
    letters, digits = m.group(1).upper(), m.group(2)
    if int(digits) != row_no:
        raise _Stop(f"the cell {r[:20]} is written in row {row_no}", f"{letters}{digits}")
    c = _COLUMNS.get(letters)
    if c is None:
        raise _Stop(f"{r[:20]!r} is beyond the last column a spreadsheet has (XFD)", f"A{row_no}")
    return c


# --- the workbook ------------------------------------------------------------------------------

class Workbook:
    """A workbook opened for reading: the archive checked, its sheets found; each sheet is read
    (once) when first asked for. Use as a context manager."""

    def __init__(self, path, limits: Limits = DEFAULT_LIMITS):
        self.path = str(path)
        self.limits = limits
        self.checked: CheckedArchive = check_file(path, limits)
        self._budget = _Budget()
        self._sheets: dict[str, SheetRead] = {}
        archive = self.checked
        package = _relationships(archive, "", limits)
        main = next((r for r in package.values() if r.type in _OFFICE_DOCUMENT and not r.external), None)
        member = archive.find(main.target) if main is not None else archive.find("xl/workbook.xml")
        if member is None:
            raise UnsafeWorkbook(path, "not an Excel .xlsx workbook ("
                                 + (f"its workbook part {main.target} is missing)" if main else
                                    "xl/workbook.xml is missing)"))
        self.workbook_part = member
        sheets: list[tuple[str, str]] = []  # (name, relationship id)
        props: dict[str, str] = {}

        def visit(stack, attrs):
            depth = len(stack)
            if depth == 1 and (stack[0][0] not in _MAIN or stack[0][1] != "workbook"):
                raise _Stop("its root is not a SpreadsheetML workbook")
            if depth == 2 and stack[1][0] in _MAIN and stack[1][1] == "workbookPr":
                props.update(attrs)
            if depth == 3 and stack[1][0] in _MAIN and stack[1][1] == "sheets" and stack[2] == (stack[1][0], "sheet"):
                rid = next((v for k, v in attrs.items() if k in _R_ID), "")
                sheets.append((attrs.get("name", ""), rid))

        _read_small(archive, member, visit, limits)
        self.date1904 = props.get("date1904", "false").strip().lower() in ("1", "true")
        rels = _relationships(archive, member, limits)
        self.sheet_parts: dict[str, str] = {}
        seen: set[str] = set()
        for name, rid in sheets:
            if not name:
                continue
            # Excel compares sheet names without regard to case; two sheets of one name (one of
            # them hidden, say) would let two readers take different ones
            if name.casefold() in seen:
                raise UnsafeWorkbook(path, f"the workbook has two sheets named {name!r} (refused: it is "
                                           "not clear which one to read; rename or delete one)")
            seen.add(name.casefold())
            rel = rels.get(rid)
            if rel is None or rel.external or rel.type not in _WORKSHEET:
                self.sheet_parts[name] = ""  # a chart sheet, or a sheet without its part
                continue
            self.sheet_parts[name] = archive.find(rel.target) or ""
        self.sheet_names = list(self.sheet_parts)
        # the shared strings and the styles are the workbook's, through its relationships
        sst = next((r for r in rels.values() if r.type in _SHARED_STRINGS and not r.external), None)
        styles = next((r for r in rels.values() if r.type in _STYLES and not r.external), None)
        self._sst_part = archive.find(sst.target) if sst is not None else None
        self._strings: list[str] | None = None
        self._styles_part = archive.find(styles.target) if styles is not None else None
        self._style_kinds: dict[int, str] | None = None

    def sheet(self, name: str, cancelled=None, skip: frozenset[int] = _NO_COLUMNS) -> SheetRead:
        """Sheet ``name`` read (once), or :class:`UnsafeWorkbook` naming the sheet and cell.
        ``skip``: columns whose text is not needed after the header row (left empty)."""
        done = self._sheets.get(name)
        if done is not None:
            return done
        part = self.sheet_parts.get(name)
        if part is None:
            raise UnsafeWorkbook(self.path, "the sheet is missing", name)
        data = self.checked.parts.get(part) if part else None
        if data is None:
            raise UnsafeWorkbook(self.path, "the sheet cannot be read (it is not a worksheet, or its part "
                                            "is missing or not XML)", name)
        if self._strings is None:
            self._strings = _shared_strings(self.checked, self._sst_part, self.limits)
        if self._style_kinds is None:
            self._style_kinds = _styles(self.checked, self._styles_part, self.limits)
        try:
            try:
                read = _read_plain(data, name, self._strings, self._style_kinds, self.date1904,
                                   self.limits, self._budget, skip)
            except _NotPlain:
                read = _read_sheet(data, name, self._strings, self._style_kinds, self.date1904,
                                   self.limits, self._budget, skip, cancelled)
        except UnsafeWorkbook as exc:
            raise UnsafeWorkbook(self.path, exc.reason, exc.sheet, exc.cell) from None
        self._sheets[name] = read
        return read

    def rows(self, name: str) -> list[list[Any]]:
        """Every row of a sheet as Python values (empty cells are ''), text decoded exactly as
        ``codec.escape_text`` wrote it."""
        return self.sheet(name).rows

    def formula_cells(self, name: str) -> list[str]:
        return self.sheet(name).formulas

    def error_cells(self, name: str) -> list[tuple[str, str]]:
        """(cell, error text) of cells holding #N/A, #DIV/0! and the like."""
        return self.sheet(name).errors

    def modified(self) -> str:
        """When the workbook says it was last saved: its core properties' ``dcterms:modified`` as
        written (W3CDTF, ``2026-05-12T09:30:00Z``: Excel, LibreOffice and openpyxl write it at each
        save), found through the package's relationships as Excel finds it; "" when it gives none.
        A time the file states about itself, never the file system's."""
        package = _relationships(self.checked, "", self.limits)
        core = next((r for r in package.values() if r.type == _CORE_PROPERTIES and not r.external), None)
        member = self.checked.find(core.target) if core is not None else None
        if member is None:
            return ""
        found: list[str] = []

        def text(stack, data):
            if len(stack) == 2 and stack[1] == (_DCTERMS, "modified"):
                found.append(data)

        _read_small(self.checked, member, lambda _stack, _attrs: None, self.limits, text)
        return "".join(found).strip()[:64]

    def close(self) -> None:
        self._sheets.clear()
        self._strings = None
        self.checked.parts.clear()
        self.checked.data = b""

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
