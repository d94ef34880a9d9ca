"""Documents as evidence (schema step m008_documents): reading, and the writes of :class:`Store`.

A document's bytes are stored once per content (``documents``, keyed by SHA-256); an attachment
links one to a target of an assessment. Each write is one committed transaction with its history
row (``field`` "document", ``key`` ``document:<target>``, old and new as plain data: the attachment
without its id). A document that no attachment names any more is removed in the same transaction as its
last attachment. Names, kinds, sizes and targets must already be checked (``services.documents``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .clock import now_iso
from .db import StorageError
from .part import StorePart

if TYPE_CHECKING:
    from ..domain.documents import Attachment

_COLUMNS = "id, target, sha256, name, size, media_type, operator, at"


def _attachment(*row: Any) -> Attachment:
    """An attachment from its row (the documents' domain module loads with the first one: the
    window's first view shows none)."""
    from ..domain.documents import Attachment

    return Attachment(*row)


def history_key(target: str) -> str:
    """The history rows' key of a target's documents: ``document:<target>``, apart from the answer's
    own key (attaching a document changes no answer: an import's "changed here since the export"
    reads the answers' rows)."""
    return f"document:{target}"


def attachment_plain(a: Attachment | None) -> dict[str, Any] | None:
    """An attachment as its history row records it."""
    if a is None:
        return None
    return {"sha256": a.sha256, "name": a.name, "size": a.size, "media_type": a.media_type,
            "operator": a.operator, "at": a.at}


class DocumentStore(StorePart):
    """The documents part of :class:`~capacity_app.storage.store.Store` (a mixin)."""

    def attachments(self, assessment_id: int, target: str | None = None) -> list[Attachment]:
        """The assessment's attachments (of one target when given), in the order they were made."""
        sql = f"SELECT {_COLUMNS} FROM attachments WHERE assessment_id = ?"
        args: list[Any] = [int(assessment_id)]
        if target is not None:
            sql += " AND target = ?"
            args.append(target)
        return [_attachment(*r) for r in self.db.execute(sql + " ORDER BY id", args).fetchall()]

    def attachment(self, assessment_id: int, attachment_id: int) -> Attachment | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM attachments WHERE assessment_id = ? AND id = ?",
                              [int(assessment_id), int(attachment_id)]).fetchone()
        return None if row is None else _attachment(*row)

    def documents_size(self, assessment_id: int) -> int:
        """The bytes of the distinct documents attached to the assessment."""
        row = self.db.execute("SELECT coalesce(sum(size), 0) FROM documents WHERE sha256 IN"
                              " (SELECT sha256 FROM attachments WHERE assessment_id = ?)",
                              [int(assessment_id)]).fetchone()
        return int(row[0])

    def has_document(self, sha256: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE sha256 = ?", [sha256]).fetchone() is not None

    def document_content(self, sha256: str) -> bytes:
        """A document's bytes (StorageError when no document has this hash)."""
        row = self.db.execute("SELECT content FROM documents WHERE sha256 = ?", [sha256]).fetchone()
        if row is None:
            raise StorageError(f"no document with SHA-256 {sha256}")
        return bytes(row[0])

    def attach_document(self, assessment_id: int, target: str, sha256: str, content: bytes | None, name: str,
                        media_type: str, operator: str | None = None, at: str | None = None) -> Attachment:
        """Attach the document ``sha256`` to ``target``, in one transaction with its history row;
        its bytes ``content`` are stored when no document has this hash yet (``content`` may be
        None when it is known to be stored). ``operator`` and ``at`` given (an import) are kept
        (``operator`` "": an author nobody named, kept unknown); None, they are the operator and now."""
        aid = int(assessment_id)
        self.assessment(aid)
        stamp = now_iso()
        who = self.operator if operator is None else operator
        when = at or stamp
        with self.transaction():
            row = self.db.execute("SELECT size FROM documents WHERE sha256 = ?", [sha256]).fetchone()
            if row is None:
                if content is None:
                    raise StorageError(f"no document with SHA-256 {sha256}")
                self.db.execute("INSERT INTO documents (sha256, size, content, created_at) VALUES (?, ?, ?, ?)",
                                [sha256, len(content), content, stamp])
                size = len(content)
            else:
                size = int(row[0])
            cur = self.db.execute(
                "INSERT INTO attachments (assessment_id, target, sha256, name, size, media_type, operator, at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [aid, target, sha256, name, size, media_type, who, when])
            if cur.lastrowid is None:
                raise StorageError("the database gave no id for the new attachment")
            new = _attachment(cur.lastrowid, target, sha256, name, size, media_type, who, when)
            self._history(aid, history_key(target), "document", None, attachment_plain(new), stamp)
            self._touch(aid, stamp)
        return new

    def detach_document(self, assessment_id: int, attachment_id: int) -> Attachment:
        """Remove an attachment (and its document when no other attachment names it), in one
        transaction with its history row. Returns the attachment removed."""
        aid = int(assessment_id)
        stamp = now_iso()
        with self.transaction():
            old = self.attachment(aid, attachment_id)
            if old is None:
                raise StorageError(f"assessment {aid} has no attachment {attachment_id}")
            self.db.execute("DELETE FROM attachments WHERE id = ?", [old.id])
            self.db.execute("DELETE FROM documents WHERE sha256 = ? AND NOT EXISTS"
                            " (SELECT 1 FROM attachments WHERE sha256 = ?)", [old.sha256, old.sha256])
            self._history(aid, history_key(old.target), "document", attachment_plain(old), None, stamp)
            self._touch(aid, stamp)
        return old


__all__ = ["DocumentStore", "attachment_plain", "history_key"]
