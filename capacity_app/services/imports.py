"""Importing a workbook, as services: what an import would change (:func:`diff_import`) and
applying it (:func:`apply_import`: a pre-import backup, then one transaction whose answer writes
leave history rows through the store). Reading and checking the file is
``exchange.importer.read_workbook`` (plain data, no database)."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.answers import Answer
from ..domain.assessment import ASSESSMENT_STATUSES, Assessment
from ..domain.questionnaire import Questionnaire
from ..exchange import codec
from ..exchange.format import is_meaningful
from ..exchange.importer import ImportPlan
from ..storage.store import Store
from .assessments import questionnaire_for
from .changes import Changes


@dataclass(frozen=True)
class Difference:
    """One change an import would make, or one cell edited outside the application."""

    kind: str  # "changed" | "added" | "removed" | "edited_outside" | "metadata" | "restore"
    key: str
    cell: str  # e.g. "Answers!H12" ("" when the row is not in the file)
    what: str  # value | comment | evidence | field name
    old: Any = None
    new: Any = None

    def describe(self) -> str:
        where = f"{self.cell} " if self.cell else ""
        if self.kind == "edited_outside":
            return f"{where}({self.key}) {self.what} edited outside the application"
        if self.kind == "restore":
            return f"assessment {self.key} is in the trash: it will be restored"
        if self.kind == "metadata":
            return f"{self.what}: {_show(self.old)} -> {_show(self.new)}"
        return f"{where}{self.key} {self.what}: {_show(self.old)} -> {_show(self.new)}"


def _show(v: Any) -> str:
    if v is None or v == "":
        return "(empty)"
    s = str(v)
    return s if len(s) <= 80 else s[:77] + "..."


@dataclass(frozen=True)
class Imported:
    """What :func:`apply_import` did: the assessment as saved, whether it was created, the
    differences it applied (as :func:`diff_import` listed them) and the changes to publish."""

    assessment: Assessment
    created: bool
    differences: tuple[Difference, ...]
    changes: Changes

    @property
    def id(self) -> int:
        return self.assessment.id


_METADATA = ("title", "round", "status", "mission_start", "mission_end", "reference_date", "country")


def diff_import(store: Store, plan: ImportPlan, q: Questionnaire | None = None) -> list[Difference]:
    """What the import would change in the assessment with the same uid (nothing when it does
    not exist yet), then every cell edited outside the application (checksum mismatch). Values
    are shown as the workbook's Code cell holds them (:func:`codec.status_text`); ``q`` is the
    questionnaire the plan was read against (the bundled one by default)."""
    out: list[Difference] = []
    q = q if q is not None else questionnaire_for()
    existing = store.find_assessment(plan.uid) if plan.uid else None
    if existing is not None:
        if existing.deleted:  # applying restores it: never silently
            out.append(Difference("restore", f"{existing.id} ({existing.uid})", "", "trash"))
        for name in _METADATA:
            old, new = getattr(existing, name), getattr(plan, name)
            if old != new:
                out.append(Difference("metadata", "", "", name, old, new))
        old_inst, new_inst = _institutions(existing.institutions), _institutions(plan.institutions)
        if old_inst != new_inst:
            out.append(Difference("metadata", "", "", "institutions", old_inst, new_inst))
        old_answers = {k: a for k, a in store.answers(existing.id).items() if is_meaningful(a)}
        new_answers = {a.key: a for a in plan.answers}
        for key in sorted(set(old_answers) | set(new_answers)):
            o, n = old_answers.get(key), new_answers.get(key)
            shown = _shown_by(q, key)
            stamp = changed_at.get(key)
            newer = stamp is not None and (exported is None or stamp[0] > exported)
            mark = {"newer_here": newer, "changed_at": stamp[1] if newer and stamp else "",
                    "old_answer": o, "new_answer": n}
            found: list[Difference] = []
            if o is None:
                found.append(Difference("added", key, cell_of(key, "value"), "value", None, shown(n), **mark))
            elif n is None:
                found.append(Difference("removed", key, cell_of(key, "value"), "value", shown(o), None, **mark))
            else:
                if (o.status, o.value) != (n.status, n.value):
                    found.append(Difference("changed", key, cell_of(key, "value"), "value", shown(o), shown(n),
                                            **mark))
                if (o.comment or "") != (n.comment or ""):
                    found.append(Difference("changed", key, cell_of(key, "comment"), "comment", o.comment,
                                            n.comment, **mark))
                if [(e.kind, e.text) for e in o.evidence] != [(e.kind, e.text) for e in n.evidence]:
                    found.append(Difference("changed", key, cell_of(key, "evidence"), "evidence",
                                            codec.encode_evidence(o.evidence), codec.encode_evidence(n.evidence),
                                            **mark))
            for d in found:
                part = d.what if d.what in ("comment", "evidence") else "value"
                outside = (key, part) in edited or (key, "row") in edited
                if outside:
                    listed.add((key, part))
                out.append(replace(d, edited_outside=outside) if outside else d)
    if existing is not None and getattr(plan, "action_plan", None) is not None:
        from .actionplan import plan_differences  # the Action plan sheet (exchange/actionplan_sheet)

        out.extend(plan_differences(store.action_plan(existing.id), plan.action_plan))
    for e in plan.edited:
        if (e.key, e.part) in listed or (e.part == "row" and any(k == e.key for k, _ in listed)):
            continue  # told on the line of the change it makes
        out.append(Difference("edited_outside", e.key, f"{e.sheet}!{e.cell}" if e.cell else e.sheet, e.part))
    return out


def _institutions(institutions) -> str:
    """Institutions as the Metadata sheet writes them ('name | role', here joined by '; ')."""
    return "; ".join(f"{i.name} | {i.role}" if i.role else i.name for i in institutions)


def _shown_by(q: Questionnaire, key: str):
    resolved = q.resolve_key(key)
    fld = resolved[1] if resolved else None

    def shown(a: Answer | None) -> Any:
        return codec.status_text(a, fld)

    return shown


def apply_import(store: Store, plan: ImportPlan, q: Questionnaire | None = None) -> Imported:
    """Create the assessment (same uid) or replace the answers of the existing one, all in one
    transaction, after a backup. On any error the database is unchanged."""
    differences = tuple(diff_import(store, plan, q))
    store.backup("pre-import")
    settings_note = {
        "file": Path(plan.path).name, "sha256": plan.file_sha256,
        "at": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "questionnaire_version": plan.questionnaire_version,
        "checksum_ok": plan.checksum_ok, "edited_cells": len(plan.edited),
    }
    with store.transaction():
        existing = store.find_assessment(plan.uid)
        if existing is None:
            settings: dict[str, Any] = {"imported_from": settings_note}
            if plan.mapping and plan.mapping.archived:
                settings["archived_answers"] = plan.mapping.archived
            a = store.create_assessment(
                country=plan.country, m49=plan.m49, round=plan.round, title=plan.title,
                questionnaire_id=plan.questionnaire_id, questionnaire_version=plan.target_version,
                mission_start=plan.mission_start, mission_end=plan.mission_end,
                reference_date=plan.reference_date, institutions=plan.institutions,
                settings=settings, status=plan.status if plan.status in ASSESSMENT_STATUSES else "draft",
                uid=plan.uid)
        else:
            settings = dict(existing.settings)
            settings["imported_from"] = settings_note
            if plan.mapping and plan.mapping.archived:
                settings["archived_answers"] = plan.mapping.archived
            a = store.update_assessment(
                existing.id, title=plan.title, round=plan.round, country=plan.country, m49=plan.m49,
                mission_start=plan.mission_start, mission_end=plan.mission_end,
                reference_date=plan.reference_date, institutions=plan.institutions,
                status=plan.status if plan.status in ASSESSMENT_STATUSES else existing.status,
                questionnaire_version=plan.target_version, settings=settings)
            if existing.deleted:
                store.restore_assessment(existing.id)
        answers = {x.key: x for x in plan.answers}
        if keep:  # the database's newer answers stay as they are (value, comment and evidence)
            current = store.answers(a.id)
            for key in keep:
                if key in current and is_meaningful(current[key]):
                    answers[key] = current[key]
                else:
                    answers.pop(key, None)
        store.replace_answers(a.id, list(answers.values()), note=f"import {Path(plan.path).name}")
        if getattr(plan, "action_plan", None) is not None:  # a workbook without the sheet keeps the plan
            store.replace_action_plan(a.id, plan.action_plan.actions, note=f"import {Path(plan.path).name}")
    saved = store.assessment(a.id)
    keys = frozenset(d.key for d in differences if d.key) if existing is not None else \
        frozenset(x.key for x in plan.answers)
    changes = Changes(saved.id, keys, answers=True, metadata=True, scores=True, listing=True,
                      actions=getattr(plan, "action_plan", None) is not None)
    return Imported(saved, existing is None, differences, changes)


__all__ = ["Difference", "Imported", "diff_import", "apply_import"]
