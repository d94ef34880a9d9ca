"""What every service uses: the refusal a person reads (:class:`ServiceError` and its kinds), the
service error a storage failure becomes, and the assessment looked up by its id (and checked
editable). A leaf of ``services/``: it imports no other service, so that every service can import it
(docs/architecture.md; the import-linter contracts in pyproject.toml hold the no-circle rule)."""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.assessment import FINAL, Assessment
from ..domain.celltext import workbook_text_problem
from ..domain.languages import LANGUAGES, codes_text
from ..domain.texts import text as _text
from ..storage.db import StorageError
from ..storage.core import WriteError

if TYPE_CHECKING:
    from ..storage.store import Store


class ServiceError(Exception):
    """A refused request, with a message meant for a person; ``field``: the field of an entry it is
    about, when the check names one (a workbook's reader names the cell from it)."""

    field: str = ""


def check_language(lang: str) -> None:
    """Refuse a labels' language the application does not have, in one line naming those it has."""
    if lang not in LANGUAGES:
        raise ServiceError(f"unknown language {lang!r} ({codes_text()})")


class NotSaved(ServiceError):
    """A write the database could not take (a read-only folder, a full disk, a removed drive, a
    file busy in another program): nothing was written, and the same write may succeed later. The
    window keeps what was typed, marked "not saved" with ``reason`` in plain words (one of
    ``storage.store.WriteError.REASONS``), and offers to try again."""

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason


class AssessmentFinal(ServiceError):
    """A change refused because the assessment is final (read-only until it is reopened)."""


def storage_refusal(exc: StorageError) -> ServiceError:
    """The service error a storage failure becomes: :class:`NotSaved` when the write may succeed
    later (``storage.store.WriteError``), else a plain refusal."""
    if isinstance(exc, WriteError):
        return NotSaved(str(exc), exc.reason)
    return ServiceError(str(exc))


def unwritable(path: Path) -> bool:
    """True when the database file at ``path`` exists but cannot be written: the file, or the
    folder that holds it (where the lock and journal files go), is read-only — a read-only drive
    or share, a folder whose permissions changed."""
    return path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def get_assessment(store: Store, assessment_id: Any) -> Assessment:
    text = str(assessment_id)
    try:
        if len(text) > 18:  # an id this long is no id (and never echoed whole)
            raise ValueError
        aid = int(assessment_id)
    except (TypeError, ValueError):
        shown = repr(text[:40]) + (f"... ({len(text)} characters)" if len(text) > 40 else "")
        raise ServiceError(f"assessment id must be a number, got {shown}") from None
    try:
        return store.assessment(aid)
    except StorageError as exc:
        raise storage_refusal(exc) from None


def editable(store: Store, assessment_id: Any) -> Assessment:
    """The assessment, when its answers, comments, evidence and action plan may change: a final
    assessment is read-only until it is reopened (:func:`set_status`)."""
    a = get_assessment(store, assessment_id)
    if a.status == FINAL:
        raise AssessmentFinal(_text("cli.answer.final", "en", id=a.id, country=a.country, round=a.round))
    return a


def text_fits(store: Store, assessment_id: Any, added: int, removed: int = 0) -> int | None:
    """Refuse a write that adds ``added`` bytes of workbook text (``domain.celltext.workbook_bytes``)
    in place of ``removed`` when the assessment's text would then be more than a workbook carries
    (each value within its own limit, a filled assessment made a workbook no import
    could read). A write that adds nothing is never refused by it. Returns the total the write
    leaves (for ``store.text_bytes_now`` once it is written), None when it adds nothing."""
    if added <= removed:
        return None
    try:
        total = store.text_bytes(int(assessment_id)) + added - removed
    except StorageError as exc:
        raise storage_refusal(exc) from None
    problem = workbook_text_problem(total)
    if problem:
        raise ServiceError(problem)
    return total


@contextmanager
def text_kept_within(store: Store, assessment_id: Any) -> Iterator[None]:
    """The writes made inside, in one transaction, refused whole (rolled back) when they leave the
    assessment with more text than a workbook carries and more than it had: for writes that
    replace many things at once (the action plan, its validation)."""
    before = store.text_bytes(int(assessment_id))
    with store.transaction():
        yield
        after = store.text_bytes(int(assessment_id))
        problem = workbook_text_problem(after) if after > before else None
        if problem:
            raise ServiceError(problem)
