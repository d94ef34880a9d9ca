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
    uncompressed: int = 0

    def formula_cells(self, sheet: str) -> list[str]:
        return self.formulas.get(sheet, [])


_DANGEROUS = (b"<!DOCTYPE", b"<!ENTITY")
# a formula element, with or without a namespace prefix (<f>, <x:f ...>)
_FORMULA_RE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
_CELL_RE = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?c\b[^>]*?\br="([A-Z]{1,3}[0-9]{1,7})"')
_XML_DECL_RE = re.compile(rb'^\s*<\?xml[^>]*?encoding\s*=\s*["\']([A-Za-z0-9._-]+)["\']')
_TAIL = 4096
MAX_FORMULA_REFS = 100
# A reader builds a dense grid up to the farthest cell: one cell at XFD1048576 would ask for
# 17 billion. Exchange sheets are a few thousand rows and a dozen columns wide.
MAX_ROW = 20_000
MAX_COL = "AZ"  # 52 columns
_FAR_RE = re.compile(rb'\br="(?:[A-Z]{3,}[0-9]+|[B-Z][A-Z][0-9]+|[A-Z]{1,2}[0-9]{5,}|[0-9]{5,})"')
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


def check_bytes(data: bytes, path: str, limits: Limits = DEFAULT_LIMITS) -> CheckedWorkbook:
    if len(data) > limits.max_file:
        raise UnsafeWorkbook(path, f"the file is too large (the limit is {limits.max_file / MB:.0f} MB)")
    if not data.startswith(b"PK"):
        raise UnsafeWorkbook(path, "not an Excel .xlsx workbook (the file is not a zip archive; "
                                   "an old .xls or a damaged file?)")
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
        formulas_by_part: dict[str, list[str]] = {}
        far_by_part: dict[str, str] = {}
        actual_total = 0
        for i in infos:
            n, refs, far = _scan_member(zf, i, path, limits, actual_total)
            actual_total += n
            if refs:
                formulas_by_part[i.filename] = refs
            if far:
                far_by_part[i.filename] = far
        checked.uncompressed = actual_total
        checked.sheet_parts = _sheet_parts(zf, path)
    for sheet, part in checked.sheet_parts.items():
        if part in formulas_by_part:
            checked.formulas[sheet] = formulas_by_part[part]
        if part in far_by_part:
            raise UnsafeWorkbook(path, f"sheet {sheet} has a cell or row at {far_by_part[part]}, beyond "
                                       f"column {MAX_COL} or row {MAX_ROW} (refused: too large to read)")
    return checked


def _scan_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: str, limits: Limits,
                 done: int) -> tuple[int, list[str], str]:
    name = info.filename
    is_xml = name.endswith((".xml", ".rels", ".vml")) or name == "[Content_Types].xml"
    # any XML part may be a worksheet (the relationships decide), so formulas are located in all
    is_sheet = is_xml
    refs: list[str] = []
    far = ""
    n = 0
    tail = b""
    try:
        with zf.open(info) as fh:
            first = True
            while True:
                chunk = fh.read(_CHUNK)
                if not chunk:
                    break
                n += len(chunk)
                if n > info.file_size or n > limits.max_member or done + n > limits.max_total:
                    raise UnsafeWorkbook(path, f"part {name} decompresses to more than it declares "
                                               "(possible zip bomb)")
                if is_xml:
                    if first:
                        head = chunk[:4]
                        if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
                            raise UnsafeWorkbook(path, f"part {name} is not UTF-8 XML")
                        decl = _XML_DECL_RE.match(chunk[:200].lstrip(b"\xef\xbb\xbf"))
                        if decl and decl.group(1).lower() not in (b"utf-8", b"utf8"):
                            raise UnsafeWorkbook(path, f"part {name} is not UTF-8 XML "
                                                       f"(declares {decl.group(1).decode('ascii', 'replace')})")
                        first = False
                    buf = tail + chunk
                    for bad in _DANGEROUS:
                        if bad in buf:
                            raise UnsafeWorkbook(
                                path, f"part {name} contains an XML {bad[2:].decode()} declaration "
                                      "(refused: entity expansion is never allowed)")
                    if is_sheet and not far:
                        for m in _FAR_RE.finditer(buf):
                            ref = m.group(0)[3:-1].decode()
                            if ref.isdigit():
                                if int(ref) > MAX_ROW:
                                    far = f"row {ref}"
                                    break
                                continue
                            digits = ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                            letters = ref[:len(ref) - len(digits)]
                            if len(letters) > 2 or (len(letters) == 2 and letters > MAX_COL) \
                                    or int(digits) > MAX_ROW:
                                far = ref
                                break
                    if is_sheet:
                        for m in _FORMULA_RE.finditer(buf):
                            if m.end() <= len(tail):
                                continue  # already seen in the previous chunk
                            if len(refs) >= MAX_FORMULA_REFS:
                                break  # enough to refuse the file and name cells
                            cells = list(_CELL_RE.finditer(buf, max(0, m.start() - _TAIL), m.start()))
                            refs.append(cells[-1].group(1).decode() if cells else "?")
                    tail = buf[-_TAIL:]
    except UnsafeWorkbook:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise UnsafeWorkbook(path, f"the workbook is damaged (part {name}: {exc})") from None
    if n != info.file_size:
        raise UnsafeWorkbook(path, f"the workbook is damaged (part {name} is shorter than declared)")
    return n, refs, far


def _sheet_parts(zf: zipfile.ZipFile, path: str) -> dict[str, str]:
    """Sheet name -> worksheet part, from workbook.xml and its relationships (defusedxml)."""
    from defusedxml import ElementTree as ET

    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    ns_rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    try:
        wb = ET.fromstring(zf.read("xl/workbook.xml"))
        rels_xml = zf.read("xl/_rels/workbook.xml.rels") if "xl/_rels/workbook.xml.rels" in zf.namelist() else b""
        rels = ET.fromstring(rels_xml) if rels_xml else None
    except Exception as exc:  # defusedxml and ParseError subclasses
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
    sheets = wb.find(f"{ns_main}sheets")
    for s in (sheets if sheets is not None else ()):
        rid = s.get(f"{ns_rel}id")
        if s.get("name") is not None and rid in targets:
            out[s.get("name")] = targets[rid]
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
