"""The assessment package: one zip that carries an assessment whole between machines --
the exchange workbook, the documents attached to its answers and actions, and ``manifest.json``,
the package's first member, which lists every other member with its SHA-256 and size and every
attachment with its target (docs/workbook-format.md, "The assessment package").

A package from outside is checked like a workbook (:mod:`.safety`), before anything is written:
the file's size; the zip directory (member count, declared sizes, total budget, compression ratio,
encryption, links, directories, absolute or ``..`` paths, two names for one member); the manifest
first, read and checked alone; then every member decompressed with a byte counter and its SHA-256
compared with the manifest's. A package whose members and manifest differ in any way (a member
missing, one more, another size or hash) is refused whole, in one line. Documents are never
opened or parsed: their bytes are hashed and kept, nothing more. The workbook is then read as any
workbook is (``services.imports.read_untrusted``, in a process of its own).
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...domain import documents as dd
from ...domain.dates import stamp_problem
from ...domain.texts import text as en_line  # a refusal in English, from its cli.* entry (cli/said.py)
from ...files import InputFileError, open_regular, replace_atomically
from ..outside.safety import DEFAULT_LIMITS as WORKBOOK_LIMITS, zip_directory_problem, zip_method_problem

MB = 1024 * 1024
FORMAT = "capacity-app-package"
VERSION = 1
MANIFEST = "manifest.json"
WORKBOOK = "workbook.xlsx"
DOCUMENTS = "documents/"
_DOCUMENT_NAME = re.compile(r"^documents/([0-9a-f]{64})\.([a-z0-9]{1,5})$")


@dataclass(frozen=True)
class PackageLimits:
    """What a package may hold."""

    max_manifest: int = 4 * MB
    max_workbook: int = WORKBOOK_LIMITS.max_file
    max_document: int = dd.MAX_DOCUMENT
    max_documents: int = dd.MAX_PER_ASSESSMENT  # the documents together
    max_members: int = 2 + dd.MAX_ATTACHMENTS
    max_ratio: float = 100.0  # decompressed / compressed, for members above ratio_floor
    ratio_floor: int = 1 * MB

    @property
    def max_file(self) -> int:
        return self.max_manifest + self.max_workbook + self.max_documents + 1 * MB  # zip headers


DEFAULT_LIMITS = PackageLimits()


class PackageError(Exception):
    """A package refused: ``reason`` is one readable sentence."""

    user_error = True

    def __init__(self, path: Any, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


@dataclass(frozen=True)
class PackedAttachment:
    """An attachment as the manifest carries it."""

    target: str
    sha256: str
    name: str
    media_type: str
    operator: str = ""
    at: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"target": self.target, "sha256": self.sha256, "name": self.name, "media_type": self.media_type,
                "operator": self.operator, "at": self.at}


@dataclass
class CheckedPackage:
    """A package whose every member matched its manifest: the workbook written to ``workbook``
    and each document to a file named by its SHA-256 in the folder given (``documents``: SHA-256 ->
    that file; one document in memory at a time), the attachments, and the assessment the manifest
    names (uid, country, round)."""

    path: str
    workbook: Path
    documents: dict[str, Path] = field(default_factory=dict)
    attachments: list[PackedAttachment] = field(default_factory=list)
    assessment: dict[str, Any] = field(default_factory=dict)

    def content(self, sha256: str) -> bytes:
        """A document's bytes, as checked."""
        return self.documents[sha256].read_bytes()

    def size(self, sha256: str) -> int:
        return self.documents[sha256].stat().st_size


def is_package(path: Any) -> bool:
    """Whether ``path`` names a package: by its extension (a workbook is .xlsx), or by its
    content when a package was renamed .xlsx: a zip whose first member is ``manifest.json``, as
    the application writes it (only that member's local header is read here: a hostile file's
    zip directory is left to the checks that bound it)."""
    if str(path).lower().endswith(".zip"):
        return True
    try:
        with open_regular(path) as fh:
            head = fh.read(30 + len(MANIFEST))
    except (InputFileError, OSError):
        return False
    return (len(head) == 30 + len(MANIFEST) and head[:4] == b"PK\x03\x04"
            and int.from_bytes(head[26:28], "little") == len(MANIFEST) and head[30:] == MANIFEST.encode())


def document_member(sha256: str, name: str) -> str:
    ext = dd.extension(name)
    return f"{DOCUMENTS}{sha256}.{ext}"


# --- writing -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class PackedDocument:
    """A document to write into a package: the name it was attached under (its extension names the
    member), its SHA-256 and size as stored, and how to read its bytes (one document in memory at
    a time while the package is written)."""

    name: str
    sha256: str
    size: int
    read: Callable[[], bytes]


def write_package(out_path: Any, workbook: Path, documents: Iterable[PackedDocument],
                  attachments: Iterable[PackedAttachment], assessment: Mapping[str, Any]) -> Path:
    """Write the package: the manifest first, then the workbook (the file at ``workbook``), then
    the documents, each read when it is written and checked against its SHA-256 and size (a
    document whose bytes differ leaves no package); written to a temporary file and moved into
    place."""
    wb = Path(workbook).read_bytes()
    docs = sorted({d.sha256: d for d in documents}.values(), key=lambda d: d.sha256)
    names = [document_member(d.sha256, d.name) for d in docs]
    members = [{"name": WORKBOOK, "sha256": hashlib.sha256(wb).hexdigest(), "size": len(wb)}]
    members += [{"name": n, "sha256": d.sha256, "size": d.size} for n, d in zip(names, docs, strict=True)]
    manifest = {
        "format": FORMAT, "version": VERSION,
        "created_at": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "assessment": dict(assessment),
        "members": members,
        "attachments": [a.to_dict() for a in attachments],
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")

    def build(tmp: str) -> None:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(_info(MANIFEST), text)
            zf.writestr(_info(WORKBOOK), wb)
            for d, name in zip(docs, names, strict=True):
                content = d.read()
                if len(content) != d.size or hashlib.sha256(content).hexdigest() != d.sha256:
                    raise PackageError(out_path, f"the stored document {d.name} does not match its SHA-256 "
                                                 "(damaged database?); no package written")
                zf.writestr(_info(name), content)
                del content

    return replace_atomically(build, out_path, "the package")


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))  # the same package from the same content
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


# --- checking ----------------------------------------------------------------------------------

def _unsafe_name(name: str) -> str | None:
    if not name or "\\" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return "an absolute path or a path with '\\'"
    parts = name.split("/")
    if any(p in ("", ".", "..") for p in parts):
        return "a path with '..', '.' or an empty part"
    if any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in name):
        return "a control character in its name"
    return None


def _folder_entry(info: zipfile.ZipInfo) -> bool:
    return (info.filename.endswith("/") and info.file_size == 0 and _unsafe_name(info.filename[:-1]) is None
            and not (info.create_system == 3 and stat.S_IFMT(info.external_attr >> 16) not in (0, stat.S_IFDIR))
            and not info.flag_bits & 0x1)


def check_package(path: Any, folder: Path, limits: PackageLimits = DEFAULT_LIMITS) -> CheckedPackage:
    """Check the package at ``path`` whole (see the module's text) and write its workbook into
    ``folder``; raise :class:`PackageError` naming the first reason it is refused."""
    p = Path(path)
    try:  # opened once, a regular file checked on what was opened
        fh = open_regular(p)
    except InputFileError as exc:
        raise PackageError(p, exc.reason) from None
    with fh:
        size = os.fstat(fh.fileno()).st_size
        if size > limits.max_file:
            raise PackageError(p, f"the package is too large ({size / MB:.0f} MB; the limit is "
                                  f"{limits.max_file / MB:.0f} MB)")
        if size == 0:
            raise PackageError(p, "the file is empty")
        try:
            head = fh.read(4)
            if head == b"PK\x05\x06":  # a zip's end record alone
                raise PackageError(p, "the package is empty (a zip archive without members)")
            if head != b"PK\x03\x04":
                raise PackageError(p, "not an assessment package (not a zip archive)")
            # the member count and the member list's size from the end records, before the list is read
            problem = zip_directory_problem(fh, size, limits.max_members + 16)
            if problem:
                raise PackageError(p, problem)
            fh.seek(0)
            zf = zipfile.ZipFile(fh)
        except PackageError:
            raise
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, NotImplementedError) as exc:
            raise PackageError(p, f"the package is damaged or truncated (zip: {exc})") from None
        with zf:
            return _check(p, zf, Path(folder), limits)


def _check(p: Path, zf: zipfile.ZipFile, folder: Path, limits: PackageLimits) -> CheckedPackage:
    """The package's members checked (names, kinds, sizes), its manifest read and held against
    them, each member unpacked into ``folder`` once its size and SHA-256 match the manifest."""
    infos = _checked_members(p, zf.infolist(), limits)
    # written first; found wherever it is (a package unpacked and zipped again by a zip tool that
    # orders its members by name: the same content)
    head = next((i for i in infos if i.filename == MANIFEST), None)
    if head is None:
        if any(i.filename == "[Content_Types].xml" for i in infos):
            raise PackageError(p, "an Excel workbook, not an assessment package (import it under its .xlsx name)")
        raise PackageError(p, en_line("cli.package.no_manifest"))  # the name MANIFEST
    infos = [head] + [i for i in infos if i is not head]
    if head.file_size > limits.max_manifest:
        raise PackageError(p, en_line("cli.package.manifest_large", size=f"{head.file_size / MB:.0f}"))
    manifest = _manifest(p, _read(zf, head, p, limits.max_manifest))
    listed = {m["name"]: m for m in manifest["members"]}
    present = [i.filename for i in infos[1:]]
    extra = [n for n in present if n not in listed]
    if extra:
        raise PackageError(p, f"member {extra[0]} is not in the manifest")
    missing = [n for n in listed if n not in present]
    if missing:
        raise PackageError(p, f"member {missing[0]} of the manifest is missing")
    out = CheckedPackage(str(p), folder / (_stem(p) + ".xlsx"), assessment=manifest["assessment"])
    _unpack(p, zf, infos[1:], listed, folder, limits, out)
    for a in manifest["attachments"]:
        if a.sha256 not in out.documents:
            raise PackageError(p, f"the manifest attaches a document it does not hold ({a.sha256[:12]})")
    attached = {a.sha256 for a in manifest["attachments"]}
    loose = [sha for sha in out.documents if sha not in attached]
    if loose:
        raise PackageError(p, f"document {loose[0][:12]} is attached to nothing in the manifest")
    out.attachments = manifest["attachments"]
    return out


def _checked_members(p: Path, infos: list[zipfile.ZipInfo], limits: PackageLimits) -> list[zipfile.ZipInfo]:
    """The package's members, each a safely named plain file, not encrypted, not compressed
    beyond the limits (folder entries that carry nothing left aside); else a PackageError."""
    if len(infos) > limits.max_members + 16:
        raise PackageError(p, f"too many members ({len(infos)}; the limit is {limits.max_members})")
    # a folder's own entry ('documents/', as zip tools add when a package is unpacked and zipped
    # again) carries nothing: left aside when it is empty and safely named, refused otherwise
    infos = [i for i in infos if not _folder_entry(i)]
    if not infos:
        raise PackageError(p, "the package is empty")
    if len(infos) > limits.max_members:
        raise PackageError(p, f"too many members ({len(infos)}; the limit is {limits.max_members})")
    seen: set[str] = set()
    total = 0
    for i in infos:
        if i.filename.endswith("/"):
            raise PackageError(p, f"member {i.filename[:80]!r} is a folder that holds data or is named unsafely "
                                  "(a package holds files only)")
        bad = _unsafe_name(i.filename)
        if bad:
            raise PackageError(p, f"member {i.filename!r} is refused: {bad}")
        method = zip_method_problem(i)
        if method:
            raise PackageError(p, method)
        if i.filename.casefold() in seen:
            raise PackageError(p, f"two members are named {i.filename!r}")
        seen.add(i.filename.casefold())
        mode = i.external_attr >> 16
        if i.is_dir() or stat.S_ISDIR(mode):
            raise PackageError(p, f"member {i.filename!r} is a folder (a package holds files only)")
        if i.create_system == 3 and stat.S_IFMT(mode) not in (0, stat.S_IFREG):  # Unix: a link, a device...
            raise PackageError(p, f"member {i.filename!r} is a link or a special file")
        if i.flag_bits & 0x1:
            raise PackageError(p, "the package is encrypted or password-protected")
        if i.file_size > limits.ratio_floor and i.file_size > limits.max_ratio * max(i.compress_size, 1):
            raise PackageError(p, f"member {i.filename} is compressed {i.file_size / max(i.compress_size, 1):.0f} "
                                  f"times (limit {limits.max_ratio:.0f}; possible zip bomb)")
        total += i.file_size
    if total > limits.max_manifest + limits.max_workbook + limits.max_documents:
        raise PackageError(p, f"the package would decompress to {total / MB:.0f} MB (possible zip bomb)")
    return infos


def _unpack(p: Path, zf: zipfile.ZipFile, members: list[zipfile.ZipInfo], listed: dict[str, Any], folder: Path,
            limits: PackageLimits, out: CheckedPackage) -> None:
    """Each member after the manifest read within its limit, held against its manifest entry and
    written: the workbook to ``out.workbook``, a document into ``folder`` under its SHA-256."""
    documents_total = 0
    for i in members:
        entry = listed[i.filename]
        limit = limits.max_workbook if i.filename == WORKBOOK else limits.max_document
        if i.file_size != entry["size"] or entry["size"] > limit:
            raise PackageError(p, f"member {i.filename} does not match the manifest (size {i.file_size}, "
                                  f"listed {entry['size']}; the limit is {limit / MB:.0f} MB)")
        content = _read(zf, i, p, limit)
        if hashlib.sha256(content).hexdigest() != entry["sha256"]:
            raise PackageError(p, f"member {i.filename} does not match the manifest (its SHA-256 differs)")
        if i.filename != WORKBOOK:
            documents_total += len(content)
            if documents_total > limits.max_documents:
                raise PackageError(p, f"the documents take more than {limits.max_documents / MB:.0f} MB")
        target = out.workbook if i.filename == WORKBOOK else folder / entry["sha256"]
        try:
            target.write_bytes(content)
        except OSError as exc:
            raise PackageError(p, f"member {i.filename} could not be unpacked ({exc.strerror or exc})") from None
        if i.filename != WORKBOOK:
            out.documents[entry["sha256"]] = target
        del content


def _stem(p: Path) -> str:
    stem = dd.safe_name(p.stem)
    return stem if stem and stem != "document" else "package"


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo, p: Path, limit: int) -> bytes:
    """A member decompressed with a byte counter (never more than it declares, nor ``limit``)."""
    chunks = []
    n = 0
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(256 * 1024)
                if not chunk:
                    break
                n += len(chunk)
                if n > info.file_size or n > limit:
                    raise PackageError(p, f"member {info.filename} decompresses to more than it declares "
                                          "(possible zip bomb)")
                chunks.append(chunk)
    except PackageError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise PackageError(p, f"the package is damaged (member {info.filename}: {exc})") from None
    if n != info.file_size:
        raise PackageError(p, f"the package is damaged (member {info.filename} is shorter than declared)")
    return b"".join(chunks)


def _manifest(p: Path, raw: bytes) -> dict[str, Any]:
    """The manifest read and checked alone: its shape, every member's name, hash and size, every
    attachment's fields."""
    def bad(why: str) -> PackageError:
        return PackageError(p, en_line("cli.package.invalid", why=why))

    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise bad(en_line("cli.package.not_json")) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise bad(en_line("cli.package.format", format=FORMAT))
    if type(data.get("version")) is not int or data["version"] != VERSION:  # true is no version
        raise bad(en_line("cli.package.version", version=repr(str(data.get("version"))[:20]), ours=VERSION))
    assessment = data.get("assessment")
    members = data.get("members")
    attachments = data.get("attachments")
    if not isinstance(assessment, dict) or not isinstance(members, list) or not isinstance(attachments, list):
        raise bad(en_line("cli.package.missing"))
    names: set[str] = set()
    for m in members:
        if not (isinstance(m, dict) and isinstance(m.get("name"), str) and isinstance(m.get("sha256"), str)
                and type(m.get("size")) is int and m["size"] >= 0 and dd.is_sha256(m["sha256"])):
            raise bad(en_line("cli.package.member_fields"))
        name = m["name"]
        if name in names:
            raise bad(en_line("cli.package.twice", name=repr(name)))
        names.add(name)
        if name != WORKBOOK:
            found = _DOCUMENT_NAME.match(name)
            if not found:
                raise bad(en_line("cli.package.member_name", name=repr(name[:80]), workbook=WORKBOOK,
                                  documents="documents/<sha256>.<ext>"))
            if found.group(1) != m["sha256"]:
                raise bad(en_line("cli.package.not_sha", name=name))
            if found.group(2) not in dd.MEDIA_TYPES:
                raise bad(en_line("cli.package.kind", name=name))
            if m["size"] == 0:  # as attach refuses an empty file
                raise bad(en_line("cli.package.empty", name=name))
    if WORKBOOK not in names:
        raise bad(en_line("cli.package.no_workbook"))  # the name WORKBOOK
    packed: list[PackedAttachment] = []
    pairs: set[tuple[str, str]] = set()
    for a in attachments:
        fields = ("target", "sha256", "name", "media_type", "operator", "at")
        if not isinstance(a, dict) or not all(isinstance(a.get(f, ""), str) for f in fields) or \
                not dd.is_sha256(a.get("sha256", "")) or not a.get("target"):
            raise bad(en_line("cli.package.attachment_fields"))
        long = next((f for f in fields if len(a.get(f, "")) > (200 if f == "target" else 1000)), None)
        if long:
            raise bad(en_line("cli.package.long_field", field=long, n=200 if long == "target" else 1000))
        name = dd.safe_name(a.get("name", ""))
        if dd.kind_problem(name):
            raise bad(en_line("cli.package.attachment_problem", name=repr(name[:80]), problem=dd.kind_problem(name)))
        if (a["target"], a["sha256"]) in pairs:
            raise bad(en_line("cli.package.attachment_twice", name=repr(name[:80]), target=repr(a["target"][:80])))
        pairs.add((a["target"], a["sha256"]))
        problem = stamp_problem(a["at"]) if a.get("at") else None
        if problem:
            raise bad(en_line("cli.package.time", name=repr(name[:80]), at=repr(a["at"][:40]), problem=problem))
        packed.append(PackedAttachment(a["target"], a["sha256"], name, dd.media_type(name),
                                       a.get("operator", ""), a.get("at", "")))
    return {"assessment": assessment, "members": members, "attachments": packed}


__all__ = ["CheckedPackage", "DEFAULT_LIMITS", "MANIFEST", "PackageError", "PackageLimits", "PackedAttachment",
           "PackedDocument", "WORKBOOK", "check_package", "document_member", "is_package", "write_package"]
