"""Documents as evidence: attach a file (the statistics law, a census report, a
data-sharing memorandum) to a question, a grid row, a matrix cell or an action; list, detach, and
write a private copy for the system viewer. The window, the command line (``capacity-app attach``,
``documents``, ``detach``) and a package import (``services.packages``) write through here.

A document is data: it is read as bytes, bounded in size before it is read, hashed and stored; the
tool never opens, parses or runs it (``domain.documents``).
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.dates import checked_stamp
from ..domain import documents as dd
from ..files import InputFileError, open_regular, process_folder, remove_stale_folders
from ..storage.db import StorageError
from ..storage.store import Store
from .base import ServiceError, editable, get_assessment, storage_refusal
from .changes import Changes
from .outputs import database_file

if TYPE_CHECKING:
    from ..domain.questionnaire import Questionnaire

VIEW_PREFIX = "capacity-app-document-"


@dataclass(frozen=True)
class Attached:
    """A document attached: the attachment as stored, and the changes to publish."""

    attachment: dd.Attachment
    assessment_id: int

    @property
    def changes(self) -> Changes:
        return changes_of(self.assessment_id, self.attachment.target)


def changes_of(assessment_id: int, *targets: str) -> Changes:
    return Changes(int(assessment_id), frozenset(targets), documents=True)


def target_of(store: Store, q: Questionnaire, assessment_id: int, item_id: str) -> str:
    """The target ``item_id`` names: a question's id (a whole grid's too), a grid row ``ITEM.ROW``, a matrix cell
    ``ITEM.PQ.SOURCE`` (an answer key inside one names its row or cell), or ``action:<id>`` (an
    action of the assessment's plan); a refusal saying what can be named otherwise."""
    item_id = item_id.strip()
    named = item_id if len(item_id) <= 80 else item_id[:77] + "..."  # as typed, in a line of its own size
    action_id = dd.action_of(item_id)
    if action_id is not None:
        if not any(a.id == action_id for a in store.action_plan(int(assessment_id))):
            raise ServiceError(f"{named}: the action plan of assessment {assessment_id} has no such action")
        return item_id
    unit = dd.answer_target(q, item_id)
    if unit is None:
        item = q.item(item_id.split(".")[0])
        if item is not None and item.type == "matrix":
            raise ServiceError(f"{named}: attach to a matrix cell ({item.id}.A.CEN)")
        raise ServiceError(f"{named}: unknown item id (name a question's id, a grid row ITEM.ROW, a matrix "
                           "cell ITEM.PQ.SOURCE or an action action:ID)")
    return unit


def read_file(path: str | Path) -> tuple[str, bytes]:
    """The safe name and the bytes of a file to attach, refused (one line) when it is not a regular
    file, not an allowed kind or too large; its size is checked before a byte is read."""
    p = Path(path)
    name = dd.safe_name(p.name)
    problem = dd.kind_problem(name)
    if problem:
        raise ServiceError(f"{p.name}: {problem}")
    try:  # opened once, checked with fstat on what was opened
        with open_regular(p) as fh:
            problem = dd.size_problem(os.fstat(fh.fileno()).st_size)
            if problem:
                raise ServiceError(f"{p.name}: {problem}")
            content = fh.read(dd.MAX_DOCUMENT + 1)
    except InputFileError as exc:
        raise ServiceError(str(exc)) from None
    except OSError as exc:
        raise ServiceError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    problem = dd.size_problem(len(content))  # changed since it was measured
    if problem:
        raise ServiceError(f"{p.name}: {problem}")
    return name, content


def attach_file(store: Store, q: Questionnaire, assessment_id: Any, item_id: str, path: str | Path) -> Attached:
    """Attach the file at ``path`` to the target ``item_id`` names (:func:`target_of`), by the
    operator, now, in one transaction with its history row. Refused on a final assessment, for a
    kind not allowed, beyond the size limits, or when the same content is already attached there."""
    a = editable(store, assessment_id)
    target = target_of(store, q, a.id, item_id)
    what = database_file(path, store.path, store.backup_dir)
    if what is not None:  # it would carry every assessment of this machine with one of them
        what = what if what == "a backup of the database" else "the database or one of its files"
        raise ServiceError(f"{Path(path).name}: is {what}; it is never attached as a document")
    name, content = read_file(path)
    return attach_bytes(store, a.id, target, name, content)


def attach_bytes(store: Store, assessment_id: int, target: str, name: str, content: bytes,
                 operator: str | None = None, at: str | None = None) -> Attached:
    """Attach ``content`` under ``name`` to a checked ``target`` (``operator`` and ``at`` kept when
    given: a package import). The name is made safe; kind and sizes are checked here."""
    a = editable(store, assessment_id)
    name = dd.safe_name(name)
    problem = dd.kind_problem(name)
    if problem:
        raise ServiceError(f"{name}: {problem}")
    if at:  # the one rule for a time from outside
        try:
            checked_stamp(at)
        except ValueError as exc:
            raise ServiceError(f"{name}: {exc}") from None
    sha = hashlib.sha256(content).hexdigest()
    try:
        here = store.attachments(a.id)
        same = next((x for x in here if x.sha256 == sha and x.target == target), None)
        if same is not None:
            raise ServiceError(f"{name}: this document is already attached to {target} (as {same.name}, "
                               f"SHA-256 {same.short_hash})")
        used = store.documents_size(a.id)
        problem = dd.size_problem(len(content), 0 if any(x.sha256 == sha for x in here) else used)
        if problem:
            raise ServiceError(f"{name}: {problem}")
        if len(here) >= dd.MAX_ATTACHMENTS:
            raise ServiceError(f"{name}: assessment {a.id} already has {len(here)} attachments (the limit)")
        stored = store.attach_document(a.id, target, sha, None if store.has_document(sha) else content, name,
                                       dd.media_type(name), operator=operator, at=at)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return Attached(stored, a.id)


def list_documents(store: Store, assessment_id: Any, target: str | None = None) -> list[dd.Attachment]:
    """The assessment's attachments (one target's when given), in the order they were made."""
    a = get_assessment(store, assessment_id)
    try:
        return store.attachments(a.id, target)
    except StorageError as exc:
        raise storage_refusal(exc) from None


def find_attachment(store: Store, assessment_id: int, attachment: Any) -> dd.Attachment:
    """An attachment named by its id, or by its document's SHA-256 (or its first 8+ hexadecimal
    digits) when one attachment of the assessment holds it."""
    text = str(attachment).strip().lower()
    found: list[dd.Attachment] = []
    rows = store.attachments(int(assessment_id))
    if text.isdigit():
        found = [x for x in rows if x.id == int(text)]
    if not found and len(text) >= 8 and all(c in "0123456789abcdef" for c in text):
        found = [x for x in rows if x.sha256.startswith(text)]
    if not found:
        raise ServiceError(f"assessment {assessment_id} has no attachment {attachment} (see: capacity-app documents "
                           f"{assessment_id})")
    if len(found) > 1:
        raise ServiceError(f"{attachment} names {len(found)} attachments of assessment {assessment_id}: give the "
                           "attachment's id")
    return found[0]


def detach(store: Store, assessment_id: Any, attachment: Any) -> Attached:
    """Remove an attachment (its id, or its document's hash); the document's bytes go with the
    last attachment that names them. One transaction with its history row; refused on a final
    assessment."""
    a = editable(store, assessment_id)
    try:
        found = find_attachment(store, a.id, attachment)
        removed = store.detach_document(a.id, found.id)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return Attached(removed, a.id)


def viewing_copy(store: Store, assessment_id: Any, attachment: Any) -> Path:
    """A private read-only copy of an attached document for the system viewer: a new folder only
    this user can enter (removed by a later start when this process is gone), the file under its
    safe name. The tool itself never opens it."""
    a = get_assessment(store, assessment_id)
    try:
        found = find_attachment(store, a.id, attachment)
        content = store.document_content(found.sha256)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    if hashlib.sha256(content).hexdigest() != found.sha256:
        raise ServiceError(f"{found.name}: the stored document does not match its SHA-256 (damaged database?)")
    remove_stale_folders(VIEW_PREFIX)
    try:
        folder = process_folder(VIEW_PREFIX)  # mkdtemp: 0700
        out = folder / dd.safe_name(found.name)
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(content)
        os.chmod(out, 0o400)
    except OSError as exc:
        raise ServiceError(f"{found.name}: a copy to view could not be written ({exc.strerror or exc})") from None
    return out


__all__ = ["Attached", "attach_bytes", "attach_file", "changes_of", "detach", "find_attachment", "list_documents",
           "read_file", "target_of", "viewing_copy"]
