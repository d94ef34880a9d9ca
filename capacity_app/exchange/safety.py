"""Opening untrusted .xlsx files safely, before any parser sees them.

Checks, in order: file size; the zip directory (member count, declared sizes, total budget,
compression ratio, encryption); then every member is actually decompressed with a byte counter and
CRC check (so lying headers are caught), XML parts are refused when they declare a DOCTYPE or an
ENTITY (no entity expansion, ever) or are not UTF-8, and formula cells are located so that a
reader can refuse them. The parser (calamine) then reads the very bytes that were checked."""
from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_file: int = 50 * MB  # the .xlsx itself
    max_members: int = 500
    max_member: int = 64 * MB  # one decompressed member
    max_total: int = 160 * MB  # all decompressed members together
    max_ratio: float = 100.0  # decompressed / compressed, for members above ratio_floor
    ratio_floor: int = 1 * MB
    max_cell_text: int = 64 * MB  # characters of cell text once shared strings are expanded
    max_cells: int = 2_000_000  # cells of type "shared string", all sheets together


DEFAULT_LIMITS = Limits()


class UnsafeWorkbook(Exception):
    """The file was refused before parsing; ``reason`` is one readable sentence."""

    user_error = True

    def __init__(self, path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


@dataclass
class CheckedWorkbook:
    path: str
    data: bytes
    sheet_parts: dict[str, str] = field(default_factory=dict)  # sheet name -> zip member
    formulas: dict[str, list[str]] = field(default_factory=dict)  # sheet name -> cell refs
    errors: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # sheet -> (ref, "#N/A")

    def formula_cells(self, sheet: str) -> list[str]:
        return self.formulas.get(sheet, [])

    def error_cells(self, sheet: str) -> list[tuple[str, str]]:
        """(cell ref, error text) of the cells holding a spreadsheet error value such as #N/A:
        a reader sees them as empty cells, so they must be refused, never read as "no answer"."""
        return self.errors.get(sheet, [])


_DANGEROUS = (b"<!DOCTYPE", b"<!ENTITY")
# a formula element, with or without a namespace prefix (<f>, <x:f ...>)
_FORMULA_RE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
_CELL_RE = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?c\b[^>]*?\br="([A-Z]{1,3}[0-9]{1,7})"')
# a cell of type "e" (an error value: #N/A, #DIV/0!, #REF! ...) and its value; found from the
# attribute (a literal, fast to search), the cell's reference from its start tag
_ERROR_CELL = b't="e"'
_ERROR_CELL_RE = re.compile(rb't="e"[^>]*>\s*<(?:[A-Za-z_][\w.-]*:)?v>([^<]{0,40})<')
_REF_ATTR_RE = re.compile(rb'\br="([A-Z]{1,3}[0-9]{1,7})"')
# a row start tag and whether the row is empty (self-closing, or closed at once): LibreOffice writes
# an empty <row r="1048576"> after a row deletion; an empty row holds no cell and is harmless
_ROW_RE = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?row\b[^>]*?\br="([0-9]+)"[^>]*?(/?)>'
                     rb'(\s*</(?:[A-Za-z_][\w.-]*:)?row>)?')
# shared strings: one <si> entry each; a cell of type "s" refers to one by index
_SI_RE = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?si[\s>/]')
_SST_ROOT_RE = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?sst[\s>/]')
_SHARED_CELL = b't="s"'
_SHARED_CELL_RE = re.compile(rb't="s"[^>]*>\s*<(?:[A-Za-z_][\w.-]*:)?v>\s*([0-9]{1,9})\s*<')
_XML_DECL_RE = re.compile(rb'^\s*<\?xml[^>]*?encoding\s*=\s*["\']([A-Za-z0-9._-]+)["\']')
_TAIL = 4096
MAX_FORMULA_REFS = 100
# A reader builds a dense grid up to the farthest cell: one cell at XFD1048576 would ask for
# 17 billion. Exchange sheets are a few thousand rows and a dozen columns wide.
MAX_ROW = 20_000
MAX_COL = "AZ"  # 52 columns
# No leading \b: a pattern that starts with a literal is searched 5x faster (the preceding byte is
# checked in _far_reference instead); this scan reads every byte of every worksheet.
_FAR_RE = re.compile(rb'r="(?:[A-Z]{3,}[0-9]+|[B-Z][A-Z][0-9]+|[A-Z]{1,2}[0-9]{5,}|[0-9]{5,})"')
_WORD_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
_CHUNK = 256 * 1024


def check_file(path, limits: Limits = DEFAULT_LIMITS) -> CheckedWorkbook:
    """Read ``path`` and run every check; raise :class:`UnsafeWorkbook` naming the reason."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise UnsafeWorkbook(path, "no such file") from None
    except OSError as exc:
        raise UnsafeWorkbook(path, f"cannot be read ({exc.strerror})") from None
    if p.is_dir():
        raise UnsafeWorkbook(path, "is a folder, not a workbook")
    if size == 0:
        raise UnsafeWorkbook(path, "the file is empty")
    if size > limits.max_file:
        raise UnsafeWorkbook(path, f"the file is too large ({size / MB:.1f} MB; the limit is "
                                   f"{limits.max_file / MB:.0f} MB)")
    try:
        with open(p, "rb") as fh:
            data = fh.read(limits.max_file + 1)
    except OSError as exc:
        raise UnsafeWorkbook(path, f"cannot be read ({exc.strerror})") from None
    return check_bytes(data, str(path), limits)


_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a Compound File (old .xls, or an encrypted .xlsx)
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


def _not_a_zip_reason(data: bytes) -> str:
    """What a file that is not a zip archive most probably is, in words a person can act on."""
    if data.startswith(_OLE2_MAGIC):
        # Excel saves a password-protected workbook as a Compound File holding an "EncryptedPackage"
        # stream (names are UTF-16 in the directory); an old binary workbook holds "Workbook"/"Book"
        if "EncryptedPackage".encode("utf-16-le") in data:
            return ("the workbook is protected with a password (an encrypted Excel file); open it, "
                    "remove the password (File > Info > Protect Workbook) and save it again as .xlsx")
        return ("an old Excel 97-2003 .xls workbook (or another Office binary file); open it and save "
                "it as Excel Workbook (.xlsx)")
    return "not an Excel .xlsx workbook (the file is not a zip archive; an old .xls or a damaged file?)"


def check_bytes(data: bytes, path: str, limits: Limits = DEFAULT_LIMITS) -> CheckedWorkbook:
    if len(data) > limits.max_file:
        raise UnsafeWorkbook(path, f"the file is too large (the limit is {limits.max_file / MB:.0f} MB)")
    if not data.startswith(b"PK"):
        raise UnsafeWorkbook(path, _not_a_zip_reason(data))
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError,
            NotImplementedError) as exc:  # NotImplementedError: a mangled "version needed" field
        raise UnsafeWorkbook(path, f"the workbook is damaged or truncated (zip: {exc})") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.max_members:
            raise UnsafeWorkbook(path, f"too many parts in the archive ({len(infos)}; the limit is "
                                       f"{limits.max_members})")
        names = {i.filename for i in infos}
        if len(names) != len(infos):
            raise UnsafeWorkbook(path, "the archive holds two parts with the same name")
        if "mimetype" in names and "xl/workbook.xml" not in names:
            try:
                mime = zf.read("mimetype")[:100] if zf.getinfo("mimetype").file_size < 200 else b""
            except (zipfile.BadZipFile, zlib.error, OSError, ValueError, NotImplementedError):
                mime = b""
            if mime.startswith(_ODS_MIME):
                raise UnsafeWorkbook(path, "an OpenDocument spreadsheet (.ods, e.g. from LibreOffice) "
                                           "renamed .xlsx; open it and save it as Excel 2007-365 (.xlsx)")
            if mime.startswith(b"application/vnd.oasis.opendocument"):
                raise UnsafeWorkbook(path, "an OpenDocument file, not an Excel .xlsx workbook")
        for required in ("[Content_Types].xml", "xl/workbook.xml"):
            if required not in names:
                raise UnsafeWorkbook(path, f"not an Excel .xlsx workbook ({required} is missing)")
        total = 0
        for i in infos:
            if i.flag_bits & 0x1:
                raise UnsafeWorkbook(path, "the workbook is encrypted or password-protected; "
                                           "save it without a password")
            if i.file_size > limits.max_member:
                raise UnsafeWorkbook(path, f"part {i.filename} is too large when decompressed "
                                           f"({i.file_size / MB:.0f} MB; possible zip bomb)")
            if i.file_size > limits.ratio_floor and i.file_size > limits.max_ratio * max(i.compress_size, 1):
                raise UnsafeWorkbook(path, f"part {i.filename} is compressed {i.file_size / max(i.compress_size, 1):.0f} "
                                           f"times (limit {limits.max_ratio:.0f}; possible zip bomb)")
            total += i.file_size
            if total > limits.max_total:
                raise UnsafeWorkbook(path, f"the decompressed workbook would exceed "
                                           f"{limits.max_total / MB:.0f} MB (possible zip bomb)")
        checked = CheckedWorkbook(path, data)
        scans: dict[str, _Scan] = {}
        actual_total = 0
        for i in infos:
            scan = _scan_member(zf, i, path, limits, actual_total)
            actual_total += scan.size
            scans[i.filename] = scan
        checked.sheet_parts = _sheet_parts(zf, path)
        _check_shared_strings(zf, scans, path, limits)
    for sheet, part in checked.sheet_parts.items():
        sheet_scan = scans.get(part)
        if sheet_scan is None:
            continue
        if sheet_scan.formulas:
            checked.formulas[sheet] = sheet_scan.formulas
        if sheet_scan.errors:
            checked.errors[sheet] = sheet_scan.errors
        if sheet_scan.far:
            raise UnsafeWorkbook(path, f"sheet {sheet} has a cell or row at {sheet_scan.far}, beyond "
                                       f"column {MAX_COL} or row {MAX_ROW} (refused: too large to read)")
    return checked


@dataclass
class _Scan:
    """What one pass over a decompressed member found."""

    size: int = 0
    formulas: list[str] = field(default_factory=list)  # cell refs
    errors: list[tuple[str, str]] = field(default_factory=list)  # (cell ref, error text)
    far: str = ""  # the first cell or non-empty row beyond the reading limits
    si_starts: list[int] = field(default_factory=list)  # offsets of <si> entries (shared strings)
    shared_cells: int = 0  # cells of type "s" (references into the shared strings)


def _check_shared_strings(zf: zipfile.ZipFile, scans: dict[str, _Scan], path: str, limits: Limits) -> None:
    """Refuse a workbook whose cells would expand to more text than ``limits.max_cell_text``.

    A cell of type "s" holds only an index into the shared-string table, and a reader makes one
    string per cell: one 900 KB string referenced by 4,670 cells asks for 4 GB from a 0.7 MB file,
    far beyond what the compression-ratio checks see. An entry's size is bounded by its bytes in the
    table (markup and escapes included, so never less than its characters). The cheap bound (cells
    × longest entry) settles ordinary files; only above it are the cells' indices read, in a second
    pass over the parts that hold such cells."""
    tables = [[b - a for a, b in zip(scan.si_starts, scan.si_starts[1:] + [scan.size], strict=True)]
              for scan in scans.values() if scan.si_starts]
    longest = max((max(t) for t in tables), default=0)
    cells = sum(scan.shared_cells for scan in scans.values())
    if cells > limits.max_cells:
        raise UnsafeWorkbook(path, f"the workbook has more than {limits.max_cells:,} text cells "
                                   "(refused: too large to read)")
    if cells * longest <= limits.max_cell_text:
        return
    # indices resolve against one table only; with several (an odd or hostile file) every
    # reference counts as the longest entry
    sizes = tables[0] if len(tables) == 1 else []
    total = 0
    for name, scan in scans.items():
        if not scan.shared_cells:
            continue
        read = 0
        for index in _shared_indices(zf, zf.getinfo(name)):
            read += 1
            total += sizes[index] if index < len(sizes) else longest
        total += max(0, scan.shared_cells - read) * longest  # cells the pattern could not read
        if total > limits.max_cell_text:
            raise UnsafeWorkbook(path, f"part {name}: its cells repeat shared text to more than "
                                       f"{limits.max_cell_text / MB:.0f} MB (refused: possible "
                                       "shared-string bomb)")


def _shared_indices(zf: zipfile.ZipFile, info: zipfile.ZipInfo):
    """The shared-string index of every cell of type "s" in one (already checked) part."""
    tail = b""
    with zf.open(info) as fh:
        while True:
            chunk = fh.read(_CHUNK)
            if not chunk:
                return
            buf = tail + chunk
            fresh = len(tail)
            for m in _SHARED_CELL_RE.finditer(buf):
                if m.end() > fresh:
                    yield int(m.group(1))
            tail = buf[-_TAIL:]


def _scan_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: str, limits: Limits,
                 done: int) -> _Scan:
    name = info.filename
    # any XML part may be a worksheet (the relationships decide), so every XML part is scanned
    is_xml = name.endswith((".xml", ".rels", ".vml")) or name == "[Content_Types].xml"
    scan = _Scan()
    n = 0
    tail = b""
    sst = False
    try:
        with zf.open(info) as fh:
            first = True
            last = False
            while not last:
                chunk = fh.read(_CHUNK)
                if not chunk:
                    if not tail:
                        break
                    last = True  # one more look at the tail, now that nothing follows it
                n += len(chunk)
                if n > info.file_size or n > limits.max_member or done + n > limits.max_total:
                    raise UnsafeWorkbook(path, f"part {name} decompresses to more than it declares "
                                               "(possible zip bomb)")
                if not is_xml:
                    continue
                if first:
                    head = chunk[:4]
                    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
                        raise UnsafeWorkbook(path, f"part {name} is not UTF-8 XML")
                    decl = _XML_DECL_RE.match(chunk[:200].lstrip(b"\xef\xbb\xbf"))
                    if decl and decl.group(1).lower() not in (b"utf-8", b"utf8"):
                        raise UnsafeWorkbook(path, f"part {name} is not UTF-8 XML "
                                                   f"(declares {decl.group(1).decode('ascii', 'replace')})")
                    first = False
                    sst = _SST_ROOT_RE.search(chunk, 0, 1024) is not None  # the shared-string table
                buf = tail + chunk
                base = n - len(buf)  # offset of buf[0] in the part
                fresh = len(tail)  # matches ending inside the tail were seen with the previous chunk
                if not last:
                    for bad in _DANGEROUS:
                        if bad in buf:
                            raise UnsafeWorkbook(
                                path, f"part {name} contains an XML {bad[2:].decode()} declaration "
                                      "(refused: entity expansion is never allowed)")
                if not scan.far:
                    scan.far = _far_reference(buf, last)
                if last:
                    break
                for m in _formula_elements(buf):
                    if m.end() <= fresh:
                        continue
                    if len(scan.formulas) >= MAX_FORMULA_REFS:
                        break  # enough to refuse the file and name cells
                    cells = list(_CELL_RE.finditer(buf, max(0, m.start() - _TAIL), m.start()))
                    scan.formulas.append(cells[-1].group(1).decode() if cells else "?")
                # occurrences of a literal that are not wholly inside the tail are new
                if buf.count(_ERROR_CELL) > tail.count(_ERROR_CELL) and len(scan.errors) < MAX_FORMULA_REFS:
                    for m in _ERROR_CELL_RE.finditer(buf):
                        if m.end() <= fresh or len(scan.errors) >= MAX_FORMULA_REFS:
                            continue
                        ref = _REF_ATTR_RE.search(buf, max(0, buf.rfind(b"<", 0, m.start())), m.start())
                        scan.errors.append((ref.group(1).decode() if ref else "?",
                                            m.group(1).decode("utf-8", "replace").strip() or "#ERROR"))
                if sst:
                    scan.si_starts.extend(base + m.start() for m in _SI_RE.finditer(buf) if m.end() > fresh)
                scan.shared_cells += buf.count(_SHARED_CELL) - tail.count(_SHARED_CELL)
                tail = buf[-_TAIL:]
    except UnsafeWorkbook:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise UnsafeWorkbook(path, f"the workbook is damaged (part {name}: {exc})") from None
    if n != info.file_size:
        raise UnsafeWorkbook(path, f"the workbook is damaged (part {name} is shorter than declared)")
    scan.size = n
    return scan


def _formula_elements(buf: bytes) -> list[re.Match]:
    """The matches of ``_FORMULA_RE.finditer(buf)``, in order, found from the literals "<f" and
    ":f" (``bytes.find`` is several times faster than the pattern, which starts at every "<": about
    5 ms per 1.5 MB worksheet).

    A namespaced element's only possible start is the last "<" before its ":f" (a prefix holds no
    "<"), where ``_FORMULA_RE`` must match and end just after that ":f"; matches never overlap
    (each holds one "<"), so the two lists merged by position are exactly the pattern's."""
    found: dict[int, re.Match] = {}
    i = buf.find(b"<f")
    while i >= 0:
        m = _FORMULA_RE.match(buf, i)  # "<f-x:f>" is namespaced: found here and from ":f"
        if m is not None:
            found[i] = m
        i = buf.find(b"<f", i + 2)
    # linear on hostile input: the last "<" is carried forward (each byte looked at once), and each
    # start is tried once (":f:f:f…" after one long name would otherwise rescan the name each time)
    last_lt, seen_to, tried, tried_m = -1, 0, -1, None
    i = buf.find(b":f")
    while i >= 0:
        j = buf.rfind(b"<", seen_to, i)
        if j >= 0:
            last_lt = j
        seen_to = i
        if last_lt >= 0 and last_lt not in found:
            if last_lt != tried:
                tried, tried_m = last_lt, _FORMULA_RE.match(buf, last_lt)
            if tried_m is not None and tried_m.end() == i + 3:
                found[last_lt] = tried_m
        i = buf.find(b":f", i + 2)
    return [found[k] for k in sorted(found)]


def _far_reference(buf: bytes, last: bool) -> str:
    """The first cell reference, or non-empty row, beyond ``MAX_COL`` / ``MAX_ROW`` in ``buf``."""
    for m in _FAR_RE.finditer(buf):
        if m.start() > 0 and buf[m.start() - 1] in _WORD_BYTES:
            continue  # part of a longer attribute name ("attr=..."), not a cell or row reference
        ref = m.group(0)[3:-1].decode()
        if ref.isdigit():
            if int(ref) <= MAX_ROW:
                continue
            # a row number: harmless when the row is empty (<row r=".."/> or <row r=".."></row>)
            row = _ROW_RE.match(buf, buf.rfind(b"<", 0, m.start()))
            if row is not None and row.group(1) == ref.encode() and (row.group(2) or row.group(3)):
                continue
            if row is not None and row.end() >= len(buf) - 16 and not last:
                continue  # the row's end is in the next chunk: decided there (the overlap repeats it)
            if row is None and not last and m.end() >= len(buf) - 1024:
                continue
            return f"row {ref}"
        digits = ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        letters = ref[:len(ref) - len(digits)]
        if len(letters) > 2 or (len(letters) == 2 and letters > MAX_COL) or int(digits) > MAX_ROW:
            return ref
    return ""


def _sheet_parts(zf: zipfile.ZipFile, path: str) -> dict[str, str]:
    """Sheet name -> worksheet part, from workbook.xml and its relationships (defusedxml)."""
    from defusedxml import ElementTree as ET

    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    ns_rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    try:
        wb = ET.fromstring(zf.read("xl/workbook.xml"))
        rels_xml = zf.read("xl/_rels/workbook.xml.rels") if "xl/_rels/workbook.xml.rels" in zf.namelist() else b""
        rels = ET.fromstring(rels_xml) if rels_xml else None
    except Exception as exc:  # noqa: BLE001 - defusedxml's refusals and ParseError subclasses
        raise UnsafeWorkbook(path, f"the workbook is damaged (xl/workbook.xml: {exc})") from None
    targets = {}
    if rels is not None:
        for r in rels:
            t = r.get("Target", "")
            if t.startswith("/"):
                t = t[1:]
            else:
                t = str(PurePosixPath("xl") / t)
            targets[r.get("Id")] = _normpath(t)
    out = {}
    seen: set[str] = set()
    sheets = wb.find(f"{ns_main}sheets")
    for s in (sheets if sheets is not None else ()):
        name = s.get("name")
        if name is None:
            continue
        # Excel compares sheet names without regard to case; two sheets of one name (one of them
        # hidden, say) would let a reader and the checks above look at different parts
        if name.casefold() in seen:
            raise UnsafeWorkbook(path, f"the workbook has two sheets named {name!r} (refused: it is "
                                       "not clear which one to read; rename or delete one)")
        seen.add(name.casefold())
        rid = s.get(f"{ns_rel}id")
        if rid in targets:
            out[name] = targets[rid]
    return out


def _normpath(p: str) -> str:
    parts: list[str] = []
    for seg in p.split("/"):
        if seg == "..":
            if parts:
                parts.pop()
        elif seg not in ("", "."):
            parts.append(seg)
    return "/".join(parts)
