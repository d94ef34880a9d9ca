"""Documents as evidence, as plain data and pure rules: what may be attached (kinds by
extension, sizes), a file name made safe to store, show and write back, and the targets a document
supports.

A document is kept once per content (its SHA-256); an *attachment* links it to one target of an
assessment: a question (its item id), a grid row (``ITEM.ROW``), a matrix cell
(``s3_matrix.PQ.SOURCE``) -- the review units of :mod:`.review`, and a whole grid -- or an action of the plan
(``action:<id>``). A document is data: the tool never opens, parses or runs it; its media type is
guessed from the extension alone, and the system viewer opens a private copy on request.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .team.review import review_unit

if TYPE_CHECKING:
    from .questionnaire import Questionnaire

MB = 1024 * 1024
MAX_DOCUMENT = 25 * MB  # one document
MAX_PER_ASSESSMENT = 250 * MB  # the distinct documents attached to one assessment, together
MAX_NAME = 120  # characters of a stored file name, its extension included
MAX_ATTACHMENTS = 1_000  # attachments of one assessment (a package's member count follows)
ACTION_PREFIX = "action:"

# what may be attached, by extension, with the media type each is given (never read from the file)
MEDIA_TYPES: dict[str, str] = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ppt": "application/vnd.ms-powerpoint",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "rtf": "application/rtf",
    "txt": "text/plain",
    "csv": "text/csv",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "tif": "image/tiff",
    "tiff": "image/tiff",
}
KINDS_TEXT = ", ".join(MEDIA_TYPES)

# control characters, bidirectional controls, zero-width and other invisible format characters
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]")
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')  # not allowed in a Windows file name
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$", re.IGNORECASE)
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def extension(name: str) -> str:
    """The extension of ``name``, lower case, without the dot ("" when none)."""
    base = name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    return base.rsplit(".", 1)[-1].lower() if "." in base.strip(".") else ""


def media_type(name: str) -> str:
    """The media type of an allowed kind, from the extension alone (application/octet-stream else)."""
    return MEDIA_TYPES.get(extension(name), "application/octet-stream")


def safe_name(name: str) -> str:
    """``name`` made safe to store, show and write as a file name on any system: its last path
    part only; control, bidirectional and invisible characters removed; characters Windows refuses
    replaced by "_"; spaces collapsed; no leading or trailing dots and spaces; a reserved device
    name (CON, NUL, COM1...) prefixed with "_"; at most :data:`MAX_NAME` characters, the extension
    kept. An empty result is "document" (with the extension)."""
    text = unicodedata.normalize("NFC", str(name))
    text = re.split(r"[/\\]", text)[-1]
    text = re.sub(r"[\t\n\r\v\f\x1c-\x1f\x85\u2028\u2029]", " ", text)
    text = _INVISIBLE.sub("", text)
    text = _FORBIDDEN.sub("_", text)
    # trailing dots first (Windows drops them): "report.PDF." is read as "report.PDF", so that
    # sanitising it again finds the same extension
    text = " ".join(text.split()).rstrip(". ").lstrip(" ")
    stem, dot, ext = text.rpartition(".")
    if not dot or not re.fullmatch(r"[0-9A-Za-z]{1,10}", ext):
        stem, ext = text, ""
    ext = ext.lower()
    stem = stem.strip(". ")
    if not stem:
        stem = "document"
    if _RESERVED.match(stem.split(".")[0]):
        stem = "_" + stem
    room = MAX_NAME - (len(ext) + 1 if ext else 0)
    stem = stem[: max(room, 1)].rstrip(". ") or "document"
    return f"{stem}.{ext}" if ext else stem


def kind_problem(name: str) -> str | None:
    """Why a file of this name may not be attached (its kind), or None."""
    ext = extension(name)
    if ext not in MEDIA_TYPES:
        what = f".{ext} files" if ext else "a file without an extension"
        return f"{what} cannot be attached (allowed: {KINDS_TEXT})"
    return None


def size_problem(size: int, used: int = 0) -> str | None:
    """Why a document of ``size`` bytes may not join an assessment whose distinct documents
    already take ``used`` bytes, or None."""
    if size <= 0:
        return "the file is empty"
    if size > MAX_DOCUMENT:
        return f"the file is {size / MB:.1f} MB; the limit is {MAX_DOCUMENT // MB} MB per document"
    if used + size > MAX_PER_ASSESSMENT:
        return (f"the assessment's documents would take {(used + size) / MB:.1f} MB; the limit is "
                f"{MAX_PER_ASSESSMENT // MB} MB per assessment")
    return None


def is_sha256(text: str) -> bool:
    """Whether ``text`` is a SHA-256 digest as stored (64 lower-case hexadecimal digits)."""
    return bool(_HEX64.match(text))


def answer_target(q: Questionnaire, key: str) -> str | None:
    """The answer target ``key`` names: a question's id (a whole grid's too: the window's comment
    and evidence panel is the grid's), a grid row ``ITEM.ROW``, a matrix cell ``ITEM.PQ.SOURCE``;
    an answer key inside a row or cell names its row or cell. None for anything else."""
    unit = review_unit(q, key)
    if unit is not None:
        return unit
    item = q.item(key)
    return item.id if item is not None and item.type == "grid" else None


def action_target(action_id: str) -> str:
    return f"{ACTION_PREFIX}{action_id}"


def action_of(target: str) -> str | None:
    """The action id an ``action:<id>`` target names, or None."""
    return target[len(ACTION_PREFIX):] if target.startswith(ACTION_PREFIX) else None


@dataclass(frozen=True)
class Attachment:
    """A document attached to a target of an assessment: ``id`` (the attachment's, for removing
    it), ``target`` (a review unit or ``action:<id>``), the document's ``sha256`` and ``size``,
    the ``name`` it was attached under (:func:`safe_name`), its ``media_type`` (by extension),
    who attached it (``operator``) and when (``at``, UTC with its offset)."""

    id: int
    target: str
    sha256: str
    name: str
    size: int
    media_type: str
    operator: str = ""
    at: str = ""

    @property
    def short_hash(self) -> str:
        return self.sha256[:12]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "target": self.target, "sha256": self.sha256, "name": self.name,
                "size": self.size, "media_type": self.media_type, "operator": self.operator, "at": self.at}


def size_amount(size: int) -> tuple[str, int | float]:
    """A size as a person reads it, one rule for the window, the report and the command line: its
    unit ("bytes", "KB" or "MB") and how many (whole bytes; whole kilobytes, at least one;
    megabytes to one decimal). Each says it in its own words and figures."""
    if size < 1024:
        return "bytes", size
    if size < MB:
        return "KB", max(1, round(size / 1024))
    return "MB", round(size / MB, 1)


__all__ = ["ACTION_PREFIX", "Attachment", "KINDS_TEXT", "MAX_ATTACHMENTS", "MAX_DOCUMENT", "MAX_NAME",
           "MAX_PER_ASSESSMENT", "MEDIA_TYPES", "action_of", "action_target", "answer_target", "extension", "is_sha256",
           "kind_problem", "media_type", "safe_name", "size_amount", "size_problem"]
