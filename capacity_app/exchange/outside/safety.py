"""Opening an untrusted .xlsx archive safely: the checks of the file and of the zip, before any
XML is read.

Checks, in order: file size; the zip directory (member count, declared sizes, total budget,
compression ratio, encryption, two names for one part); then every member is decompressed with a
byte counter and its CRC checked (so lying headers are caught), and XML members are refused when
they declare a DOCTYPE or an ENTITY (no entity expansion, ever) or are not UTF-8. What the cells
hold is read by :mod:`.reader`, one parser with its limits built in, from the very bytes checked
here."""
from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field

# the zip's end records, read before its member list, are files.py's: shared with the
# Word template's reader (reports/docx.py), which may not import exchange
from ...files import DIRECTORY_ENTRY_MAX as DIRECTORY_ENTRY_MAX, InputFileError, open_regular, zip_directory_problem, \
    zip_method_problem

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """What a workbook may hold. The archive's limits are checked here, the others while the
    reader reads (:mod:`.reader`): whatever the spelling of the XML, nothing is read beyond them."""

    max_file: int = 50 * MB  # the .xlsx itself
    max_members: int = 500
    max_member: int = 64 * MB  # one decompressed member
    max_total: int = 160 * MB  # all decompressed members together
    max_ratio: float = 100.0  # decompressed / compressed, for members above ratio_floor
    # above any part an export writes (its text within domain.celltext.WORKBOOK_TEXT_MAX, 16 MB,
    # beside the questionnaire's): an assessment's own repetitive text compresses 128 times and
    # more, and must import again; max_member and max_total bound what is inflated
    ratio_floor: int = 32 * MB
    max_cell_text: int = 64 * MB  # characters of the cells read, shared strings expanded
    max_cells: int = 2_000_000  # cell elements read, all sheets together
    max_rows: int = 20_000  # a value below this row is refused (exchange sheets hold a few thousand)
    max_columns: int = 52  # a value right of column AZ is refused
    max_shared_strings: int = 2_000_000  # entries of the shared-string table


DEFAULT_LIMITS = Limits()


class UnsafeWorkbook(Exception):
    """The file was refused; ``reason`` is one readable sentence, ``sheet`` and ``cell`` say where
    ("Answers", "G12") when the reason is about a sheet or one of its cells."""

    user_error = True

    def __init__(self, path, reason: str, sheet: str = "", cell: str = ""):
        self.path = str(path)
        self.reason = reason
        self.sheet = sheet
        self.cell = cell
        where = f"{sheet}!{cell}: " if sheet and cell else f"{sheet}: " if sheet else ""
        super().__init__(f"{path}: {where}{reason}")

    def __reduce__(self):  # sent back whole from a reading process
        return (UnsafeWorkbook, (self.path, self.reason, self.sheet, self.cell))


@dataclass
class CheckedArchive:
    """An archive whose every member passed the checks; ``parts`` holds the decompressed bytes of
    the XML members (by name), ``data`` the file itself."""

    path: str
    data: bytes
    parts: dict[str, bytes] = field(default_factory=dict)
    folded: dict[str, str] = field(default_factory=dict)  # casefolded name -> name

    def find(self, name: str) -> str | None:
        """The member a part name designates: part names are compared without regard to case
        (Open Packaging Conventions), as Excel resolves them."""
        return self.folded.get(name.casefold())


def check_file(path, limits: Limits = DEFAULT_LIMITS) -> CheckedArchive:
    """Read ``path`` and run every archive check; raise :class:`UnsafeWorkbook` naming the reason."""
    import os

    try:  # opened once, checked with fstat on what was opened: a FIFO or a device is never read
        with open_regular(path) as fh:
            size = os.fstat(fh.fileno()).st_size
            if size == 0:
                raise UnsafeWorkbook(path, "the file is empty")
            if size > limits.max_file:
                raise UnsafeWorkbook(path, f"the file is too large ({size / MB:.1f} MB; the limit is "
                                           f"{limits.max_file / MB:.0f} MB)")
            data = fh.read(limits.max_file + 1)
    except InputFileError as exc:
        reason = {"is a folder, not a file": "is a folder, not a workbook"}.get(exc.reason, exc.reason)
        if reason.endswith("not a regular file"):
            reason += " (a pipe or a device?), not a workbook"
        raise UnsafeWorkbook(path, reason) from None
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


def check_bytes(data: bytes, path: str, limits: Limits = DEFAULT_LIMITS) -> CheckedArchive:
    if len(data) > limits.max_file:
        raise UnsafeWorkbook(path, f"the file is too large (the limit is {limits.max_file / MB:.0f} MB)")
    if not data.startswith(b"PK"):
        raise UnsafeWorkbook(path, _not_a_zip_reason(data))
    problem = zip_directory_problem(io.BytesIO(data), len(data), limits.max_members)
    if problem:
        raise UnsafeWorkbook(path, problem.replace("too many members", "too many parts in the archive"))
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
        checked = CheckedArchive(path, data)
        for i in infos:
            folded = i.filename.casefold()
            if folded in checked.folded:
                # two names for one part: readers differ on which one they take
                raise UnsafeWorkbook(path, "the archive holds two parts with the same name"
                                     + ("" if checked.folded[folded] == i.filename else
                                        f" ({checked.folded[folded]} and {i.filename}, which differ "
                                        "only in case)"))
            checked.folded[folded] = i.filename
        names = set(checked.folded.values())
        if "mimetype" in names and checked.find("xl/workbook.xml") is None:
            try:
                mime = zf.read("mimetype")[:100] if zf.getinfo("mimetype").file_size < 200 else b""
            except (zipfile.BadZipFile, zlib.error, OSError, ValueError, NotImplementedError):
                mime = b""
            if mime.startswith(_ODS_MIME):
                raise UnsafeWorkbook(path, "an OpenDocument spreadsheet (.ods, e.g. from LibreOffice) "
                                           "renamed .xlsx; open it and save it as Excel 2007-365 (.xlsx)")
            if mime.startswith(b"application/vnd.oasis.opendocument"):
                raise UnsafeWorkbook(path, "an OpenDocument file, not an Excel .xlsx workbook")
        if checked.find("[Content_Types].xml") is None:
            raise UnsafeWorkbook(path, "not an Excel .xlsx workbook ([Content_Types].xml is missing)")
        total = 0
        for i in infos:
            method = zip_method_problem(i)
            if method:
                raise UnsafeWorkbook(path, method)
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
        done = 0
        for i in infos:
            content = _read_member(zf, i, path, limits, done)
            done += len(content)
            if _is_xml(i.filename, content):
                _check_xml(content, i.filename, path)
                checked.parts[i.filename] = content
    return checked


def _is_xml(name: str, content: bytes) -> bool:
    """Whether a member may be read as XML: any member could be a worksheet (the relationships
    decide, whatever its name), so every member that starts like XML counts, whatever its name."""
    head = content[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<") or name.endswith((".xml", ".rels", ".vml"))


_DANGEROUS = (b"<!DOCTYPE", b"<!ENTITY")
# the XML declaration's encoding, in either quotes, with spaces around "=" (XML 1.0, [23]-[24])
_XML_DECL_RE = re.compile(rb'<\?xml\s[^>]*?encoding\s*=\s*(["\'])([^"\'>]*)\1')


def _check_xml(content: bytes, name: str, path: str) -> None:
    """No DTD (so no entity, internal or external, is ever expanded) and UTF-8 only. XML names
    are case-sensitive: a DTD can only be spelled ``<!DOCTYPE``."""
    head = content[:4]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
        raise UnsafeWorkbook(path, f"part {name} is not UTF-8 XML")
    decl = _XML_DECL_RE.match(content[:200].lstrip(b"\xef\xbb\xbf"))
    if decl and decl.group(2).lower() not in (b"utf-8", b"utf8"):
        raise UnsafeWorkbook(path, f"part {name} is not UTF-8 XML "
                                   f"(declares {decl.group(2).decode('ascii', 'replace')[:40]})")
    # both hold "!", looked for first: a one-byte search is a C memchr, a longer one a slower loop
    # (an XML part rarely holds "!": 1.5 ms a workbook of 2 MB)
    for bad in _DANGEROUS if b"!" in content else ():
        if bad in content:
            raise UnsafeWorkbook(path, f"part {name} contains an XML {bad[2:].decode()} declaration "
                                       "(refused: entity expansion is never allowed)")


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: str, limits: Limits, done: int) -> bytes:
    """The member decompressed, in one read of at most one byte more than it may hold (zipfile
    stops at the size its header declares and then checks the CRC: a lying header cannot make it
    larger). One read: a part read in pieces was joined again, a copy of every byte."""
    name = info.filename
    room = min(info.file_size, limits.max_member, limits.max_total - done)
    try:
        with zf.open(info) as fh:
            content = fh.read(max(room, 0) + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise UnsafeWorkbook(path, f"the workbook is damaged (part {name}: {exc})") from None
    n = len(content)
    if n > info.file_size or n > limits.max_member or done + n > limits.max_total:
        raise UnsafeWorkbook(path, f"part {name} decompresses to more than it declares (possible zip bomb)")
    if n != info.file_size:
        raise UnsafeWorkbook(path, f"the workbook is damaged (part {name} is shorter than declared)")
    return content
