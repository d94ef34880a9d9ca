"""The assessment package: ``export ID --package FILE.zip`` writes the exchange workbook,
the documents attached to the assessment and a manifest with the SHA-256 of each
(``exchange.package``); ``import FILE.zip`` checks the package whole (nothing written when it is
refused), imports its workbook exactly as a workbook is imported (``services.imports``), then
attaches its documents.

The documents of a package join those of the assessment here: an attachment the package carries
(the same content on the same target) is added when it is missing, one made here is kept. They are
attached as the import's own write, whatever the assessment's status the workbook set (a final
assessment's package carries its evidence), in one transaction with a history row each.
"""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import documents as dd
from ..domain.assessment import FINAL, IN_PROGRESS
from ..exchange.workbook.package import (
    WORKBOOK,
    CheckedPackage,
    PackageError,
    PackedAttachment,
    PackedDocument,
    check_package,
    is_package,
    write_package,
)
from ..exchange.workbook.importer import WorkbookError
from ..exchange.outside.isolation import ChildFailed, run_isolated
from ..files import OutputError, process_folder, refused_output, remove_stale_folders
from ..storage.db import StorageError
from ..storage.store import Store
from .assessments import set_status
from .base import ServiceError, get_assessment, storage_refusal
from .changes import Changes
from .exchange import export_workbook
from .imports import read_untrusted
from .outputs import check_store_output

if TYPE_CHECKING:
    from ..domain.questionnaire import Questionnaire
    from ..exchange.workbook.importer import ImportPlan

PREFIX = "capacity-app-package-"


def export_package(store: Store, assessment_id: Any, out_path: Any, *, lang: str = "en", progress=None,
                   cancelled=None) -> Path:
    """Write the assessment's package at ``out_path`` (.zip): its exchange workbook (as ``export
    --xlsx`` writes it), every document attached to it once, and the manifest. A long job
    (``jobs``): ``progress`` and ``cancelled`` go to the workbook's writing."""
    a = get_assessment(store, assessment_id)
    out = Path(out_path)
    if out.suffix.lower() != ".zip":
        raise ServiceError(f"{out.name}: an assessment package is a .zip file")
    check_store_output(out, store, "the package")
    remove_stale_folders(PREFIX)
    folder = process_folder(PREFIX)
    try:
        try:
            workbook = export_workbook(store, a.id, folder / "workbook.xlsx", lang=lang, progress=progress,
                                       cancelled=cancelled)
        except OutputError as exc:  # the private folder's disk: named as the package
            if not exc.reason:
                raise
            raise refused_output(out, exc.reason, "the package") from None
        try:
            rows = store.attachments(a.id)
            documents = {r.sha256: PackedDocument(r.name, r.sha256, r.size, partial(store.document_content, r.sha256))
                         for r in reversed(rows)}  # the first attachment's name names the member
            packed = [PackedAttachment(r.target, r.sha256, r.name, r.media_type, r.operator, r.at) for r in rows]
            return write_package(out, workbook, documents.values(), packed,
                                 {"uid": a.uid, "country": a.country, "round": a.round, "title": a.title})
        except StorageError as exc:
            raise storage_refusal(exc) from None
        except PackageError as exc:
            raise ServiceError(str(exc)) from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def check_untrusted(path: Any, folder: Path) -> CheckedPackage:
    """:func:`exchange.package.check_package` in a child process with a memory and a time limit
    (``exchange.isolation``, as a workbook is read): a package from outside is parsed there, never
    in this process (the window's or the command line's); whatever it holds, this process gets a
    checked package or a :class:`PackageError`."""
    try:
        return run_isolated(check_package, str(path), folder, path=str(path), job=False)
    except ChildFailed as exc:  # the child's refusal names the file already: not twice
        raise PackageError(path, exc.reason.removeprefix(f"{path}: ")) from None


@contextmanager
def opened_package(path: Any) -> Iterator[CheckedPackage]:
    """The package at ``path`` checked whole (:func:`exchange.package.check_package`; a refusal is
    a :class:`ServiceError` in one line), its workbook unpacked in a private temporary folder
    removed on leaving."""
    remove_stale_folders(PREFIX)
    folder = process_folder(PREFIX)
    try:
        try:
            checked = check_untrusted(path, folder)
        except PackageError as exc:
            raise ServiceError(str(exc)) from None
        yield checked
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def read_package_workbook(package: CheckedPackage, q: Questionnaire, progress=None, cancelled=None) -> ImportPlan:
    """The package's workbook read as any workbook is (``read_untrusted``: in a process of its
    own); a refusal names the package and its workbook, not the private folder it was unpacked in."""
    try:
        return read_untrusted(package.workbook, q, progress, cancelled)
    except WorkbookError as exc:
        raise WorkbookError(f"{package.path} ({WORKBOOK})", exc.problems) from None


@dataclass
class ReadPackage:
    """A package checked whole and its workbook read (the window's import): the plan, the package
    and the private folder its workbook was unpacked into, removed by :meth:`close`."""

    plan: ImportPlan
    package: CheckedPackage
    folder: Path

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def read_package(path: Any, q: Questionnaire, progress=None, cancelled=None) -> ReadPackage:
    """Check the package at ``path`` whole (a refusal: :class:`ServiceError`, one line) and read its
    workbook as any workbook is read (``services.imports.read_untrusted``: in a process of its own)."""
    remove_stale_folders(PREFIX)
    folder = process_folder(PREFIX)
    try:
        try:
            checked = check_untrusted(path, folder)
        except PackageError as exc:
            raise ServiceError(str(exc)) from None
        plan = read_package_workbook(checked, q, progress, cancelled)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return ReadPackage(plan, checked, folder)


@dataclass(frozen=True)
class DocumentsPlan:
    """What a package's documents will do to the assessment: the attachments to add (the others
    are there already)."""

    add: tuple[PackedAttachment, ...]
    present: int

    def describe(self) -> str:
        return (f"{len(self.add)} documents to attach" + (f" ({self.present} attached already)" if self.present else "")
                if self.add else f"the {self.present} documents are attached already" if self.present else
                "no documents")


def plan_documents(store: Store, q: Questionnaire, package: CheckedPackage, plan: ImportPlan) -> DocumentsPlan:
    """Check the package's documents against the workbook it carries and this database, before
    anything is written: the manifest names the workbook's assessment, every target is a question,
    grid row, matrix cell or an action of the plan, the sizes stay within the assessment's limit.
    A refusal is a :class:`ServiceError` in one line."""
    where = Path(package.path).name
    uid = str(package.assessment.get("uid", ""))
    if uid != plan.uid:
        raise ServiceError(f"{where}: the manifest names assessment {uid[:40]!r}, the workbook {plan.uid!r}; "
                           "nothing imported")
    existing = store.find_assessment(plan.uid) if plan.uid else None
    actions = {a.id for a in (plan.action_plan.actions if plan.action_plan is not None else ())}
    if existing is not None:
        actions |= {a.id for a in store.action_plan(existing.id)}
    for a in package.attachments:
        action_id = dd.action_of(a.target)
        if (action_id is not None and action_id not in actions) or \
                (action_id is None and dd.answer_target(q, a.target) != a.target):
            raise ServiceError(f"{where}: document {a.name} is attached to {a.target[:80]!r}, which is not a question, "
                               "grid row, matrix cell or action of this assessment; nothing imported")
    here = store.attachments(existing.id) if existing is not None else []
    have = {(x.target, x.sha256) for x in here}
    add = tuple(a for a in package.attachments if (a.target, a.sha256) not in have)
    known = {x.sha256 for x in here}
    new_bytes = sum(package.size(sha) for sha in {a.sha256 for a in add} - known)
    used = store.documents_size(existing.id) if existing is not None else 0
    if used + new_bytes > dd.MAX_PER_ASSESSMENT:
        raise ServiceError(f"{where}: the assessment's documents would take {(used + new_bytes) / dd.MB:.1f} MB; the "
                           f"limit is {dd.MAX_PER_ASSESSMENT // dd.MB} MB per assessment; nothing imported")
    if len(here) + len(add) > dd.MAX_ATTACHMENTS:
        raise ServiceError(f"{where}: more than {dd.MAX_ATTACHMENTS} attachments; nothing imported")
    return DocumentsPlan(add, len(package.attachments) - len(add))


def attach_package_documents(store: Store, assessment_id: int, package: CheckedPackage,
                             documents: DocumentsPlan, *, reopen: bool = False) -> Changes:
    """Attach the documents :func:`plan_documents` found missing, each as the package gives it (its
    name, who attached it and when), in one transaction with a history row each. Into a final
    assessment (its workbook changed nothing) only with ``reopen``, the person's choice: reopened
    (in progress, the package named as the reason) in the same transaction."""
    aid = int(assessment_id)
    try:
        with store.transaction():
            if reopen and get_assessment(store, aid).status == FINAL:
                set_status(store, aid, IN_PROGRESS, reason=f"reopened to import {Path(package.path).name}")
            for a in documents.add:
                content = None if store.has_document(a.sha256) else package.content(a.sha256)
                store.attach_document(aid, a.target, a.sha256, content, a.name, a.media_type,
                                      operator=a.operator, at=a.at or None)  # an unnamed author stays unknown
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return Changes(aid, frozenset(a.target for a in documents.add), documents=True)


def documents_with_import(package: CheckedPackage, documents: DocumentsPlan | None):
    """For ``services.imports.apply_import(then=...)``: the package's missing documents attached
    inside the import's own transaction (its workbook and its documents, or nothing: a failure
    or a kill between them leaves no assessment without its evidence); None when none are missing."""
    if documents is None or not documents.add:
        return None

    def then(store: Store, assessment) -> None:
        attach_package_documents(store, assessment.id, package, documents)

    return then


__all__ = ["DocumentsPlan", "ReadPackage", "attach_package_documents", "documents_with_import", "export_package", "is_package",
           "opened_package", "plan_documents", "read_package", "read_package_workbook"]
