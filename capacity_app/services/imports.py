"""Importing a workbook, as services: what an import would change (:func:`diff_import`) and
applying it (:func:`apply_import`: a pre-import backup, then one transaction whose answer writes
leave history rows through the store). Reading and checking the file is
``exchange.importer.read_workbook`` (plain data, no database)."""
from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..domain.answers import Answer
from ..domain.celltext import workbook_text_problem
from ..domain.dates import checked_stamp
from ..domain.assessment import ASSESSMENT_STATUSES, FINAL, IN_PROGRESS, Assessment, is_default_title
from ..domain.mission import INSTITUTIONS, record_fields
from ..domain.questionnaire import Questionnaire
from ..domain.values import archived_entries
from ..exchange.workbook import codec
from ..exchange.workbook.format import is_meaningful, row_check
from ..exchange.workbook import importer as _importer
from ..exchange.workbook.importer import ImportPlan, WorkbookError
from ..exchange.outside.isolation import ChildFailed, run_isolated
from ..storage.actionplan import plan_checks
from ..storage.clock import now_iso
from ..storage.store import Store
from ..domain.texts import text as en_line  # the English of a line cli/said.py translates
from .assessments import follow_s0, questionnaire_for, set_status
from .base import AssessmentFinal, ServiceError
from .changes import Changes
from .differences import Difference, question_wording
from .provenance import EARLIER_MAX, Provenance, answer_plain, provenance_of, provenances
from .team.reviews import is_review_key, merged_reviews, review_differences


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


def read_untrusted(path, questionnaire: Questionnaire, progress=None, cancelled=None, *,
                   mappings=None) -> ImportPlan:
    """Read and check a workbook from outside (``exchange.importer.read_workbook``) in a child
    process with a memory and a time limit (``exchange.isolation``): whatever the file holds,
    this process gets a plan or a :class:`WorkbookError`, never an end. The window's import and
    the command line's read this way."""
    try:
        return run_isolated(_importer.read_workbook, str(path), questionnaire, path=str(path),
                            progress=progress, cancelled=cancelled, mappings=mappings)
    except ChildFailed as exc:
        raise WorkbookError(str(path), [("", "", exc.reason)]) from None


def diff_import(store: Store, plan: ImportPlan, q: Questionnaire | None = None) -> list[Difference]:
    """What the import would change in the assessment with the same uid (nothing when it does
    not exist yet), one line per change, then every cell edited outside the application that
    changes nothing (checksum mismatch). Values are shown as the workbook's Code cell holds them
    (:func:`codec.status_text`); the cell named is the one that changed (a comment's is in the
    Comment column). An answer the database changed after the workbook's export time is marked
    ``newer_here``. ``q`` is the questionnaire the plan was read against (the bundled one by
    default)."""
    out: list[Difference] = []
    q = q if q is not None else questionnaire_for()
    existing = store.find_assessment(plan.uid) if plan.uid else None
    listed: set[tuple[str, str]] = set()
    if existing is not None:
        changed_at = last_changes(store, existing)
        exported = _exported_at(plan)
        stored = store.answers(existing.id)
        out.extend(_record_differences(plan, q, existing, stored))
        out.extend(_answer_differences(store, plan, q, existing, stored, changed_at, exported, listed))
        if getattr(plan, "action_plan", None) is not None:
            out.extend(_action_differences(store, plan, existing, changed_at, exported))
        if getattr(plan, "reviews", None) is not None:
            # the Review sheet (exchange/review_sheet): a review changed here since the export is kept
            out.extend(review_differences(store.reviews(existing.id), plan.reviews))
        out.extend(_progress_differences(store, plan, existing))
    for c in carried_signatures(store, plan):  # who, position, when and what: in full
        # a new assessment's signature whose check holds arrives with everything else it brings;
        # one over an assessment here, or without a check that holds, is always said
        if existing is not None or c.state != CHECKED:
            out.append(Difference("signature", "", "Metadata", c.what, None, c.line(), check=c.state,
                                  signed=c.text))
    for e in plan.edited:
        if (e.key, e.part) in listed or (e.part == "row" and any(k == e.key for k, _ in listed)):
            continue  # told on the line of the change it makes
        out.append(Difference("edited_outside", e.key, f"{e.sheet}!{e.cell}" if e.cell else e.sheet, e.part))
    return out


def _record_differences(plan: ImportPlan, q: Questionnaire, existing: Assessment,
                        stored: dict[str, Answer]) -> list[Difference]:
    """The assessment's own record: restored from the trash, its metadata, its institutions."""
    out: list[Difference] = []
    if existing.deleted:  # applying restores it: never silently
        out.append(Difference("restore", f"{existing.id} ({existing.uid})", "", "trash"))
    for name in _METADATA:
        old, new = getattr(existing, name), (_title(plan, existing) if name == "title" else getattr(plan, name))
        if old != new:
            out.append(Difference("metadata", "", "", name, old, new))
    # the record on both sides as it stands once it follows its S0 grid (follow_s0): the import
    # leaves it so, and a record behind its own grid (written before it followed S0, or by a
    # script) is no change anyone made
    follows = record_fields(q, {a.key: a for a in plan.answers},
                            replace(existing, institutions=tuple(plan.institutions)), keys=[INSTITUTIONS + "."])
    here = record_fields(q, stored, existing, keys=[INSTITUTIONS + "."])
    old_inst = _institutions(here.get("institutions", existing.institutions))
    new_inst = _institutions(follows.get("institutions", plan.institutions))
    if old_inst != new_inst:
        out.append(Difference("metadata", "", "", "institutions", old_inst, new_inst))
    return out


def _answer_differences(store: Store, plan: ImportPlan, q: Questionnaire, existing: Assessment,
                        stored: dict[str, Answer], changed_at: dict[str, tuple[_dt.datetime, str]], exported: _dt.datetime | None,
                        listed: set[tuple[str, str]]) -> list[Difference]:
    """The answers' changes, key by key, each marked ``newer_here`` when this database changed it
    since the export; the (key, part) pairs they report as edited outside go into ``listed``."""
    out: list[Difference] = []
    edited = {(e.key, e.part) for e in plan.edited}
    row_checks = getattr(plan, "row_checks", None) or {}
    old_answers = {k: a for k, a in stored.items() if is_meaningful(a)}
    new_answers = {a.key: a for a in plan.answers}
    merge = merge_states(store, existing.id, plan, stored) if getattr(plan, "changes", None) is not None \
        else None
    settled = settled_versions(existing)
    for key in sorted(set(old_answers) | set(new_answers)):
        o, n = old_answers.get(key), new_answers.get(key)
        stamp = changed_at.get(key)
        team: dict[str, Any] = {}
        if merge is not None:
            merged = _merge_mark(merge.get(key), settled.get(key, ()))
            if merged is None:
                continue
            newer, team = merged
        else:
            written = row_checks.get(key) or None
            if written is not None:
                # the row as exported is known (its Row check): the database changed this answer
                # since the export exactly when it no longer matches it (the workbook's own edit
                # of the row is no change here)
                newer = row_check(o) != written
            else:  # no row check to go by: the time of the last change against the export time
                newer = stamp is not None and (exported is None or stamp[0] > exported)
        mark = {"newer_here": newer, "changed_at": stamp[1] if newer and stamp else "",
                "old_answer": o, "new_answer": n, **team}
        for d in _answer_changes(plan, key, o, n, _shown_by(q, key), mark):
            part = d.what if d.what in ("comment", "evidence") else "value"
            outside = (key, part) in edited or (key, "row") in edited
            if outside:
                listed.add((key, part))
            out.append(replace(d, edited_outside=outside) if outside else d)
    return out


def _merge_mark(state: MergeState | None, settled: tuple[str, ...]) -> tuple[bool, dict[str, Any]] | None:
    """The team merge's view of one answer (three ways, by the versions each side descends from):
    (newer here, the marks of its lines), or None when it is no difference to show."""
    if state is None:
        return None  # the same here and there
    if state.kind == UNCHANGED_THERE and state.theirs.check in settled:
        return None  # a conflict settled here against this very version: not again
    # a conflict, or the sender did not change it since (stale: kept, taken only when named)
    return state.kind != TAKE, {"by": state.theirs.by, "at": state.theirs.at, "here_by": state.ours.by,
                                "here_at": state.ours.at, "conflict": state.kind == CONFLICT,
                                "stale": state.kind == UNCHANGED_THERE}


def _answer_changes(plan: ImportPlan, key: str, o: Answer | None, n: Answer | None,
                    shown: Callable[[Answer | None], Any], mark: dict[str, Any]) -> list[Difference]:
    """One answer's lines: added, removed, or its value, comment and evidence each changed."""
    def cell_of(what: str) -> str:
        cell_at = getattr(plan.cells, "at", None)
        if cell_at is not None:
            return cell_at(key, what) or ""
        return plan.cells.get(key, "")

    if o is None:
        return [Difference("added", key, cell_of("value"), "value", None, shown(n), **mark)]
    if n is None:
        return [Difference("removed", key, cell_of("value"), "value", shown(o), None, **mark)]
    found: list[Difference] = []
    if (o.status, o.value) != (n.status, n.value):
        found.append(Difference("changed", key, cell_of("value"), "value", shown(o), shown(n), **mark))
    if (o.comment or "") != (n.comment or ""):
        found.append(Difference("changed", key, cell_of("comment"), "comment", o.comment, n.comment, **mark))
    if [(e.kind, e.text) for e in o.evidence] != [(e.kind, e.text) for e in n.evidence]:
        found.append(Difference("changed", key, cell_of("evidence"), "evidence",
                                codec.encode_evidence(o.evidence), codec.encode_evidence(n.evidence), **mark))
    return found


def _action_differences(store: Store, plan: ImportPlan, existing: Assessment,
                        changed_at: dict[str, tuple[_dt.datetime, str]],
                        exported: _dt.datetime | None) -> list[Difference]:
    """The Action plan sheet's changes (exchange/actionplan_sheet). An action (or the plan's order,
    currency, validation) changed here after the export is protected like an answer: by content,
    its fingerprint as exported (Metadata plan_checks) against the plan here now; a workbook
    written before those: its export time decides."""
    from .plan.actions import plan_differences

    actions, finance = store.action_plan(existing.id), store.plan_finance(existing.id)
    validation, results = store.plan_validation(existing.id), store.results_chain(existing.id)
    request = store.plan_request(existing.id)
    exported_checks = getattr(plan, "plan_checks", None)
    checks_here = plan_checks(actions, finance, validation, results, request) if exported_checks is not None else {}
    out: list[Difference] = []
    for d in plan_differences(actions, plan.action_plan, finance, validation, results, request):
        stamp = changed_at.get(d.key)
        if exported_checks is not None:
            newer = checks_here.get(d.key) != exported_checks.get(d.key)
        else:
            newer = stamp is not None and (exported is None or stamp[0] > exported)
        if newer:
            d = replace(d, newer_here=True, changed_at=stamp[1] if stamp is not None else "")
        out.append(d)
    return out


def _money_text(e: Any) -> str:
    """A progress entry as the import's line shows it: each cost line's money committed /
    disbursed / spent first (what a line cut at its width must not lose), then its status and dates
    (codes and figures only: the same in every language)."""
    if e is None:
        return ""
    tail = " ".join(x for x in (e.status, e.started or "", e.completed or "") if x)
    money = "; ".join(f"{m.line}: {m.currency} " + " / ".join("-" if v is None else str(v) for v in
                                                              (m.committed, m.disbursed, m.spent))
                      for m in e.lines)
    return f"{money}; {tail}" if money else tail


@dataclass(frozen=True)
class _Differing:
    """What a workbook's progress sheets bring that differs from this database, each with the
    entry here it would replace (None: new): the one comparison the preview and the write share."""

    entries: list[tuple[Any, Any]]
    values: list[tuple[Any, Any]]
    reports: list[tuple[Any, Any]]
    measures: list[tuple[Any, Any]]


def _differing(store: Store, plan: ImportPlan, aid: int) -> _Differing:
    """The workbook's progress entries, indicator values, period summaries and corrective measures
    that differ from the ones here (what is here and not in the workbook is never removed)."""
    out = _Differing([], [], [], [])
    progress = getattr(plan, "progress", None)
    if progress is not None:
        here = {(e.action_id, e.period): e for e in store.action_progress(aid)}
        # a field declared later whose column the workbook lacks stays as it is here
        kept = [progress.kept(e, here.get((e.action_id, e.period))) for e in progress.entries]
        out.entries.extend((e, here.get((e.action_id, e.period))) for e in kept
                           if here.get((e.action_id, e.period)) != e)
        values = {(v.indicator_id, v.period): v for v in store.indicator_values(aid)}
        out.values.extend((v, values.get((v.indicator_id, v.period))) for v in progress.values
                          if values.get((v.indicator_id, v.period)) != v)
    words = getattr(plan, "period_words", None)
    if words is not None:
        out.reports.extend((r, store.period_report(aid, r.period)) for r in words.reports
                           if store.period_report(aid, r.period) != r)
        measures = {(m.action_id, m.period): m for m in store.corrective_measures(aid)}
        out.measures.extend((m, measures.get((m.action_id, m.period))) for m in words.measures
                            if measures.get((m.action_id, m.period)) != m)
    return out


def _progress_differences(store: Store, plan: ImportPlan, existing: Assessment) -> list[Difference]:
    """The progress, indicator values, period summaries and corrective measures the import writes,
    a line each, so that an import bringing only these is not told "no change" and left unapplied."""
    found = _differing(store, plan, existing.id)
    rows = plan.progress.rows if getattr(plan, "progress", None) is not None else {}
    out = []
    for e, old in found.entries:
        row = rows.get((e.action_id, e.period))
        out.append(Difference("changed", "", f"Plan progress!A{row}" if row else "Plan progress", "progress",
                              _money_text(old) or None, _money_text(e)))
    out += [Difference("changed", "", "Indicator values", "indicator value",
                       None if old is None else f"{old.value} ({old.date})",
                       f"{v.indicator_id} {v.period}: {v.value} ({v.date})") for v, old in found.values]
    out += [Difference("changed", "", "Period reports", "period report", old.summary if old is not None else None,
                       f"{r.period}: {r.summary}") for r, old in found.reports]
    out += [Difference("changed", "", "Corrective measures", "corrective measure",
                       old.text if old is not None else None, f"{m.action_id[:12]} {m.period}: {m.text}")
            for m, old in found.measures]
    return out


TAKE, UNCHANGED_THERE, CONFLICT = "take", "unchanged_there", "conflict"


@dataclass(frozen=True)
class MergeState:
    """One answer that differs between this database and a workbook with a Changes sheet:
    ``kind`` TAKE (the workbook's version descends from this database's: apply it),
    UNCHANGED_THERE (this database's descends from the workbook's: the sender did not change it
    since, nothing to apply) or CONFLICT (both changed it since their common version), with each
    side's :class:`~.provenance.Provenance` (who made its version, when)."""

    kind: str
    ours: Provenance
    theirs: Provenance


def theirs_provenance(plan: ImportPlan, key: str, answer: Answer | None) -> Provenance:
    """The workbook's version of ``key`` as its Changes sheet tells it. A row edited in the
    spreadsheet after the export (its content no longer the row check written) is a version of its
    own, made by no one the workbook names, from the version exported."""
    now = row_check(answer)
    row = plan.changes.changes.get(key) if plan.changes is not None else None
    written = (getattr(plan, "row_checks", None) or {}).get(key) or ""
    if row is not None and row.check == now:
        return Provenance(row.by, row.at, now, row.earlier)
    if row is not None:  # edited in the spreadsheet since the export
        return Provenance("", "", now, (row.check, *row.earlier))
    # no history on the sender's side: the version exported, if the spreadsheet changed it
    return Provenance("", "", now, (written,) if written and written != now else ())


def merge_states(store: Store, assessment_id: int, plan: ImportPlan,
                 stored: dict[str, Answer] | None = None) -> dict[str, MergeState]:
    """Each answer that differs between the assessment here and the workbook (by content),
    with what the team merge makes of it (:class:`MergeState`)."""
    stored = stored if stored is not None else store.answers(assessment_id)
    here = {k: a for k, a in stored.items() if is_meaningful(a)}
    there = {a.key: a for a in plan.answers}
    provs = provenances(store, assessment_id, stored)
    out: dict[str, MergeState] = {}
    for key in set(here) | set(there):
        o, n = here.get(key), there.get(key)
        if row_check(o) == row_check(n):
            continue
        ours, theirs = provenance_of(provs, key, o), theirs_provenance(plan, key, n)
        if n is None and not theirs.by and not theirs.earlier and key not in plan.changes.changes:
            # the workbook simply does not have it (no version, no history there): nothing was done
            # there that could replace this database's answer ("take theirs for all")
            out[key] = MergeState(UNCHANGED_THERE, ours, theirs)
            continue
        if theirs.descends_from(ours.check):
            kind = TAKE
        elif ours.descends_from(theirs.check):
            kind = UNCHANGED_THERE
        else:
            kind = CONFLICT
        out[key] = MergeState(kind, ours, theirs)
    return out


SETTLED = "settled_conflicts"  # the assessment's settings: {answer key: [workbook versions settled against]}
SETTLED_MAX = 8  # versions remembered per answer


def settled_versions(assessment: Assessment) -> dict[str, tuple[str, ...]]:
    """The workbook versions (row checks) each answer's conflict was settled against here: an
    import that keeps this database's answer, or both, remembers the workbook's version, and a
    later import of that version shows nothing about it."""
    raw = (assessment.settings or {}).get(SETTLED) or {}
    if not isinstance(raw, dict):
        return {}
    return {str(k): tuple(str(c) for c in v if isinstance(c, str)) for k, v in raw.items() if isinstance(v, list)}


MERGED_COMMENT_MAX = 30_000  # a merged comment still fits a workbook's cell


def _signed(text: str, p: Provenance) -> str:
    who = p.by or "unknown person"
    return f"{text}\n— {who}, {p.at[:16].replace('T', ' ')}" if p.at else f"{text}\n— {who}"


def merged_answer(key: str, ours: Answer | None, theirs: Answer | None, ours_by: Provenance,
                  theirs_by: Provenance) -> Answer | None:
    """Both sides kept: this database's value and status, the two comments one after the
    other each signed with its author and time (one holding the other: the longer), and the
    evidence of both (this side's first, each item once)."""
    if ours is None or theirs is None:
        return ours or theirs
    a, b = (ours.comment or "").strip(), (theirs.comment or "").strip()
    if not a or b in a:
        comment = a or b
    elif not b or a in b:
        comment = b
    else:
        comment = _signed(a, ours_by) + "\n\n" + _signed(b, theirs_by)
        if len(comment) > MERGED_COMMENT_MAX:
            comment = comment[:MERGED_COMMENT_MAX - 1] + "…"
    seen = {(e.kind, e.text) for e in ours.evidence}
    evidence = tuple(ours.evidence) + tuple(replace(e, id=None) for e in theirs.evidence
                                            if (e.kind, e.text) not in seen)
    return replace(ours, comment=comment, evidence=evidence)


def conflicts(differences) -> list[Difference]:
    """The answers both sides changed since their common version (one line per key)."""
    return _first_per_key(d for d in differences if d.conflict)


def _first_per_key(differences) -> list[Difference]:
    """The first of ``differences`` of each key, in their order."""
    first: dict[str, Difference] = {}
    for d in differences:
        first.setdefault(d.key, d)
    return list(first.values())


def section_of(q: Questionnaire, key: str) -> str:
    """The section id an answer key belongs to ("" when unknown)."""
    item = q.item(key.split(".")[0])
    return item.section_id if item is not None else ""


def _aware(stamp: str) -> _dt.datetime | None:
    """A stored or exported time stamp as an aware datetime: the store writes UTC with its offset
    (storage.clock, since the migration); a stamp without an offset (a workbook exported
    before it) is read as this computer's local time, as it was written."""
    try:
        checked_stamp(stamp, naive=True)  # never the calendar's edge
        t = _dt.datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return None
    return t if t.tzinfo is not None else t.astimezone()


def _exported_at(plan: ImportPlan) -> _dt.datetime | None:
    """The workbook's export time (None when missing or unreadable: every change here is then
    treated as newer, the safe side)."""
    t = _aware(str(plan.meta.get("exported_at", "") or "").strip())
    return t


def last_changes(store: Store, assessment: Assessment) -> dict[str, tuple[_dt.datetime, str]]:
    """For each answer key, when the database last changed it (value, comment or evidence): the
    latest history row, as (the latest moment it can have happened, the stamp as stored). A
    change that came from importing a workbook counts at that workbook's export time (its
    content is that old), so re-importing an edited copy of the same export is not "newer"."""
    note = (assessment.settings or {}).get("imported_from") or {}
    imported_exported = _aware(str(note.get("exported_at", "")))
    kept = set(note.get("kept_newer") or ())  # that import left these as they were here
    import_stamp = ""
    out: dict[str, tuple[_dt.datetime, str]] = {}
    for row in store.history(assessment.id):  # newest first
        key, at = row["key"], str(row["at"])
        if not key:
            if not import_stamp and row["field"] == "assessment" and isinstance(row["new"], dict) \
                    and str(row["new"].get("replaced_answers", "")).startswith("import "):
                import_stamp = at
            continue
        if key in out:
            continue
        t = _aware(at)
        if t is None:
            continue
        if imported_exported is not None and at == import_stamp and key not in kept:
            out[key] = (imported_exported, at)
        else:  # stamps have whole seconds: the change may have happened up to a second later
            out[key] = (t + _dt.timedelta(seconds=1) - _dt.timedelta(microseconds=1), at)
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


def newer_here(differences) -> list[Difference]:
    """The differences that would revert an answer changed in the database after the workbook
    was exported (one per key)."""
    return _first_per_key(d for d in differences if d.newer_here)


def _is_action_key(key: str) -> bool:
    return key.startswith(("action_plan", "action:"))


def _keep_actions(current, read, keep: frozenset[str] | set[str]) -> list:
    """The plan to store when the database's newer actions are kept: the workbook's actions,
    except that an action named in ``keep`` ("action:<id>") stays as it is here (changed, removed
    or still present although the workbook dropped it), and ``"action_plan"`` in ``keep`` keeps
    this database's order (actions only in the workbook after it)."""
    here = {x.id: x for x in current}
    kept_ids = {k.split(":", 1)[1] for k in keep if k.startswith("action:")}
    out = []
    for x in read:
        if x.id in kept_ids:
            if x.id in here:  # changed here since the export: this database's version
                out.append(here[x.id])
            continue  # removed here since the export: stays removed
        out.append(x)
    listed = {x.id for x in out}
    for i, x in enumerate(current):  # dropped by the workbook, changed here: kept in its place
        if x.id in kept_ids and x.id not in listed:
            out.insert(min(i, len(out)), x)
            listed.add(x.id)
    if "action_plan" in keep:  # the order set here since the export
        rank = {x.id: i for i, x in enumerate(current)}
        out.sort(key=lambda x: rank.get(x.id, len(rank)))
    return out


def _carry_review_signoff(store: Store, assessment_id: int, plan: ImportPlan) -> None:
    """The supervisor's review sign-off a workbook carries, recorded as it was (who, the
    date, when and by whom it was entered) unless this database already has it."""
    from ..domain.team.signoff import REVIEWED

    s = getattr(plan, "review_signoff", None)
    if s is None:
        return
    if all(e.signoff != s for e in store.signoff_events(assessment_id) if e.kind == REVIEWED):
        store.record_review_signoff(assessment_id, s)


def _carry_signoff(store: Store, assessment_id: int, plan: ImportPlan) -> None:
    """The national statistics office's validation a final workbook carries, recorded as it was
    (who, the date, when and by whom it was recorded) when the assessment is final after the
    import and that validation is not already the one standing here (an assessment reopened to
    take the import stays in progress: no validation is carried)."""
    from ..domain.team.signoff import standing

    s = getattr(plan, "signoff", None)
    if s is None or plan.status != FINAL or store.assessment(assessment_id).status != FINAL:
        return
    if standing(store.signoff_events(assessment_id), FINAL) != s:
        store.record_signoff(assessment_id, s, FINAL)


# --- signatures carried by a workbook -------------------------------------------------

CHECKED, UNCHECKED, BROKEN = "checked", "unchecked", "broken"


@dataclass(frozen=True)
class CarriedSignature:
    """A signature an import would record here: the national statistics office's validation
    (``sign-off``), the supervisor's ``review sign-off`` or the ``plan validation``; ``text`` says
    who, position, when and what, in full; ``state``: CHECKED (the workbook's signatures check
    holds over it and the answers as imported), UNCHECKED (a workbook written before it carried
    one) or BROKEN (the check does not hold: the signature, or the answers it covers, edited
    outside the application), with ``why``."""

    what: str
    text: str
    state: str
    why: str = ""

    def line(self) -> str:
        marks = {CHECKED: "its check holds",
                 UNCHECKED: "NO CHECK (a workbook written before signatures carried one): taken only if you accept it",
                 BROKEN: f"REFUSED: {self.why}"}
        return f"{self.text} [{marks[self.state]}]"


def _signatures_state(plan: ImportPlan) -> tuple[str, str]:
    """(state, why) of the workbook's signatures check (:func:`~..domain.team.signoff.signatures_check`)."""
    from ..domain.plan.validation import record_json as validation_json
    from ..domain.team.signoff import SIGNATURES_CHECK, signatures_check

    given = str(plan.meta.get(SIGNATURES_CHECK, "") or "").strip()
    if not given:
        return UNCHECKED, ""
    read = getattr(plan, "action_plan", None)
    validation = read.validation if read is not None and read.has_record else None
    meta = plan.meta
    expected = signatures_check(plan.uid, str(meta.get("answers_sha256", "")), str(meta.get("signoff", "")),
                                str(meta.get("review_signoff", "")), validation_json(validation))
    if expected != given:
        return BROKEN, en_line("cli.sig.check_edited")
    if not plan.checksum_ok:
        return BROKEN, en_line("cli.sig.answers_changed")
    return CHECKED, ""


def carried_signatures(store: Store, plan: ImportPlan) -> list[CarriedSignature]:
    """The signatures importing ``plan`` would record here (none already here), each in full with
    the state of the workbook's check over them."""
    from ..domain.plan.validation import validation_in_full
    from ..domain.team.signoff import REVIEWED, signoff_text, standing
    from .plan.actions import plan_record

    existing = store.find_assessment(plan.uid) if plan.uid else None
    events = store.signoff_events(existing.id) if existing is not None else []
    found: list[tuple[str, str]] = []
    s = getattr(plan, "signoff", None)
    if s is not None and plan.status == FINAL and (existing is None or existing.status != FINAL) \
            and standing(events, FINAL) != s:
        found.append(("sign-off", signoff_text(s, "validated for the national statistics office")))
    r = getattr(plan, "review_signoff", None)
    if r is not None and all(e.signoff != r for e in events if e.kind == REVIEWED):
        found.append(("review sign-off", signoff_text(r, "reviews signed off")))
    read = getattr(plan, "action_plan", None)
    if read is not None and read.has_record and read.validation is not None:
        here = store.plan_validation(existing.id) if existing is not None else None
        if plan_record(here) != plan_record(read.validation):
            found.append(("plan validation", validation_in_full(read.validation)))
    if not found:
        return []
    state, why = _signatures_state(plan)
    return [CarriedSignature(what, text, state, why) for what, text in found]


def signature_refusal(carried: list[CarriedSignature], name: str, accept_signatures: bool) -> str | None:
    """Why an import carrying ``carried`` is refused (one line), or None: a signature whose check
    does not hold always; one without a check unless the person accepts it (``accept_signatures``)."""
    for c in carried:
        if c.state == BROKEN:
            return en_line("cli.signature_broken", name=name, what=c.what, detail=c.text, why=c.why)
    unchecked = [c for c in carried if c.state == UNCHECKED]
    if unchecked and not accept_signatures:
        c = unchecked[0]
        more = en_line("cli.sig.more", n=len(unchecked) - 1) if len(unchecked) > 1 else ""
        return en_line("cli.signature_unchecked", name=name, what=c.what, detail=c.text, more=more)
    return None


def final_refusal(existing: Assessment | None) -> str | None:
    """Why an import into ``existing`` is refused unless the person reopens it: a final assessment
    is read-only (``services.base.editable``), and a workbook is no way around that."""
    if existing is None or existing.status != FINAL:
        return None
    return f"assessment {existing.id} ({existing.country} {existing.round}) is final (read-only until reopened)"


def _refused_final(existing: Assessment) -> AssessmentFinal:
    return AssessmentFinal(f"{final_refusal(existing)}: nothing imported; reopen it (status in progress) to "
                           "import into it")


def apply_import(store: Store, plan: ImportPlan, q: Questionnaire | None = None, *,
                 overwrite: bool | frozenset[str] | set[str] = False, reopen: bool = False,
                 then: Callable[[Store, Assessment], Any] | None = None,
                 both: frozenset[str] | set[str] = frozenset(), accept_signatures: bool = False) -> Imported:
    """Create the assessment (same uid) or replace the answers of the existing one, all in one
    transaction, after a backup. On any error the database is unchanged. ``then(store,
    assessment)`` runs last inside that transaction (a package's documents: attached with its
    workbook or not at all).

    An answer the database changed after the workbook's export time (``Difference.newer_here``)
    is kept as it is in the database, unless ``overwrite`` is True (every such answer takes the
    workbook's value) or a set naming the keys that do. With a workbook's Changes sheet (the team
    merge) those are the conflicts and the answers the workbook holds an earlier version of
    (``Difference.stale``: its sender did not change them since); True takes the conflicts, a
    stale answer only when its key is named (a colleague's workbook taken as a whole never puts
    back what another colleague changed since).

    A final assessment is refused (:class:`AssessmentFinal`, :func:`final_refusal`) unless
    ``reopen``, the person's explicit choice: it is then reopened the one way
    (``services.assessments.set_status``, in progress) in the import's transaction, and stays in
    progress whatever status the workbook gives (reopening is what was chosen; finalising again is
    the team's act, not a file's).

    ``both`` names answers whose two sides are kept: this database's value with both
    comments, each signed with its author and time, and the evidence of both
    (:func:`merged_answer`), a version made now by the operator that descends from both. Taking
    the workbook's values for all (``overwrite`` True) never empties an answer the workbook simply
    does not have; a conflict settled here (ours kept, or both) is remembered and not shown again
    for the same workbook version."""
    before = store.find_assessment(plan.uid) if plan.uid else None
    if before is not None and before.status == FINAL and not reopen:  # no pre-import backup either
        raise _refused_final(before)
    refusal = signature_refusal(carried_signatures(store, plan), Path(plan.path).name, accept_signatures)
    if refusal:  # a signature never arrives unchecked and unseen
        raise ServiceError(refusal)
    choice = _ImportChoice.of(tuple(diff_import(store, plan, q)), overwrite, both)
    differences = choice.differences
    store.backup("pre-import")
    note = _import_note(plan, choice.keep)
    sent_by_key = {x.key: x for x in plan.answers}
    team_settled = {key: theirs_provenance(plan, key, sent_by_key.get(key)).check
                    for key in choice.settled_here | choice.both} if getattr(plan, "changes", None) is not None else {}
    with store.transaction():
        found = store.find_assessment(plan.uid)
        text_before = store.text_bytes(found.id) if found is not None else 0
        existing, reopened = _reopened(store, plan, reopen)
        a = _saved_record(store, plan, existing, reopened, note, team_settled)
        keep = _write_answers(store, plan, a, existing, choice)
        if getattr(plan, "action_plan", None) is not None:  # a workbook without the sheet keeps the plan
            _write_action_plan(store, plan, a, existing, keep)
        if getattr(plan, "progress", None) is not None:  # a workbook without the sheets keeps the progress
            _write_progress(store, plan, a)
        if getattr(plan, "period_words", None) is not None:  # nor those of the planning unit's words
            _write_period_words(store, plan, a)
        if getattr(plan, "reviews", None) is not None:  # a workbook without the sheet keeps the reviews
            store.replace_reviews(a.id, merged_reviews(q if q is not None else questionnaire_for(),
                                                       store.reviews(a.id), plan.reviews, store.answers(a.id), keep),
                                  note=f"import {Path(plan.path).name}")
        # the record's mission facts (dates, institutions) follow the S0 answers just written
        follow_s0(store, q if q is not None else questionnaire_for(), a.id)
        _carry_review_signoff(store, a.id, plan)
        _carry_signoff(store, a.id, plan)
        text_after = store.text_bytes(a.id)  # what is imported can be exported again
        too_much = workbook_text_problem(text_after) if text_after > text_before else None
        if too_much:
            raise ServiceError(f"{Path(plan.path).name}: nothing imported: {too_much}")
        if then is not None:
            then(store, store.assessment(a.id))
    saved = store.assessment(a.id)
    keys = frozenset(d.key for d in differences if d.key) if existing is not None else \
        frozenset(x.key for x in plan.answers)
    changes = Changes(saved.id, keys, answers=True, metadata=True, scores=True, listing=True,
                      actions=getattr(plan, "action_plan", None) is not None,
                      reviews=getattr(plan, "reviews", None) is not None, documents=then is not None)
    return Imported(saved, existing is None, differences, changes)


@dataclass(frozen=True)
class _ImportChoice:
    """What an import takes and keeps among the answers this database changed since the export:
    ``keep`` stays as it is here, ``both`` keeps both sides, ``settled_here`` are the conflicts
    settled by keeping ours; ``differences`` are those applied (the kept ones left out)."""

    differences: tuple[Difference, ...]
    keep: frozenset[str]
    both: frozenset[str]
    settled_here: frozenset[str]

    @classmethod
    def of(cls, differences: tuple[Difference, ...], overwrite: bool | frozenset[str] | set[str],
           both: frozenset[str] | set[str]) -> _ImportChoice:
        newer = {d.key for d in differences if d.newer_here}
        stale = {d.key for d in differences if d.stale}  # the sender's earlier version: never taken as a whole
        absent = {d.key for d in differences if d.kind == "removed" and d.what == "value"}  # not in the workbook
        both = set(both) & {d.key for d in differences if d.newer_here and not d.stale}
        take = (newer - stale - absent) if overwrite is True else (newer & set(overwrite or ()))
        take -= both
        keep = newer - take - both
        settled_here = {d.key for d in differences if d.conflict} & keep  # a conflict settled: ours kept
        applied = tuple(d for d in differences if not (d.key in keep and d.newer_here))
        return cls(applied, frozenset(keep), frozenset(both), frozenset(settled_here))


def _import_note(plan: ImportPlan, keep: frozenset[str]) -> dict[str, Any]:
    """The ``imported_from`` note kept in the assessment's settings: the file, when, and what it held."""
    note: dict[str, Any] = {
        "file": Path(plan.path).name, "sha256": plan.file_sha256,
        "at": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "exported_at": str(plan.meta.get("exported_at", "") or ""),
        "questionnaire_version": plan.questionnaire_version,
        "checksum_ok": plan.checksum_ok, "edited_cells": len(plan.edited),
    }
    if keep:
        note["kept_newer"] = sorted(keep)
    return note


def _reopened(store: Store, plan: ImportPlan, reopen: bool) -> tuple[Assessment | None, bool]:
    """The assessment the import goes into (None: a new one), reopened if it is final and the
    person chose to; (it, whether it was reopened)."""
    existing = store.find_assessment(plan.uid)
    if existing is None or existing.status != FINAL:
        return existing, False
    if not reopen:  # finalised since the check before the backup (another window, the command line)
        raise _refused_final(existing)
    # the reason recorded with the reopening (services.signoff): this import
    set_status(store, existing.id, IN_PROGRESS, reason=f"reopened to import {Path(plan.path).name}")
    return store.assessment(existing.id), True


def _title(plan: ImportPlan, existing: Assessment) -> str:
    """The title an import gives ``existing``: the workbook's, but this database's own when both are
    the default title of the round (a workbook in another language writes the default title in its
    language and the importer reads it back as the default with the country table's name: the
    same title, which no import changes)."""
    if is_default_title(plan.title, plan.round) and is_default_title(existing.title, plan.round):
        return existing.title
    return plan.title


def merged_archive(kept: Any, new: list[Any]) -> list[Any]:
    """The answers archived before (a carry to a newer questionnaire, an earlier import) and those
    this import archives: every earlier one kept, an answer archived again under the same key
    replaced by the newer entry. Never fewer than before."""
    earlier = [e for e in kept if isinstance(e, dict)] if isinstance(kept, list) else []
    again = {str(e.get("key", "")) for e in new if isinstance(e, dict)}
    return [e for e in earlier if str(e.get("key", "")) not in again] + list(new)


def added_archive(kept: Any, read: list[Any] | None) -> list[Any]:
    """The answers archived here and those of a workbook's Archived answers sheet (``read``) that are
    not archived here under their key: an archived answer here is never replaced, only added to."""
    earlier = [e for e in kept if isinstance(e, dict)] if isinstance(kept, list) else []
    here = {str(e.get("key", "")) for e in earlier}
    return earlier + [e for e in archived_entries(read) if e["key"] not in here]


def archive_added(store: Store, plan: ImportPlan, *, mapped: bool = True) -> list[dict[str, Any]]:
    """The archived answers applying ``plan`` would add to its assessment, in order: those of the
    workbook's Archived answers sheet not archived here under their key (:func:`added_archive`),
    then (``mapped``) those the import of an earlier questionnaire's workbook archives, each with the
    version that asked it. What the previews list; nothing is written."""
    existing = store.find_assessment(plan.uid) if plan.uid else None
    kept = existing.settings.get("archived_answers") if existing is not None else []
    here = len(added_archive(kept, None))
    added = added_archive(kept, plan.archived)[here:]
    if mapped and plan.mapping and plan.mapping.archived:
        again = {str(e.get("key", "")) for e in plan.mapping.archived}
        added = [e for e in added if e["key"] not in again] + [
            {**e, "version": plan.questionnaire_version} for e in archived_entries(plan.mapping.archived)]
    return added


def _archive(plan: ImportPlan, kept: Any) -> list[Any] | None:
    """The assessment's archived answers after this import (None: as they are): the workbook's
    Archived answers sheet added (:func:`added_archive`), then the answers this import archives
    merged (:func:`merged_archive`), each with the version that asked it and when it was archived."""
    archive = added_archive(kept, plan.archived)
    if plan.mapping and plan.mapping.archived:
        when = now_iso()
        return merged_archive(archive, [{**e, "version": plan.questionnaire_version, "archived_at": when}
                                        for e in plan.mapping.archived])
    return archive if len(archive) > len(added_archive(kept, None)) else None


def _saved_record(store: Store, plan: ImportPlan, existing: Assessment | None, reopened: bool,
                  note: dict[str, Any], team_settled: dict[str, str]) -> Assessment:
    """The assessment's record as the workbook gives it: created, or updated (and restored from the
    trash), with the import's note and the conflicts settled here remembered in its settings."""
    if existing is None:
        settings: dict[str, Any] = {"imported_from": note}
        archive = _archive(plan, [])
        if archive:
            settings["archived_answers"] = archive
        return store.create_assessment(
            country=plan.country, m49=plan.m49, round=plan.round, title=plan.title,
            questionnaire_id=plan.questionnaire_id, questionnaire_version=plan.target_version,
            mission_start=plan.mission_start, mission_end=plan.mission_end,
            reference_date=plan.reference_date, institutions=plan.institutions,
            settings=settings, status=plan.status if plan.status in ASSESSMENT_STATUSES else "draft",
            uid=plan.uid)
    settings = dict(existing.settings)
    settings["imported_from"] = note
    if team_settled:  # conflicts settled here: not shown again for these workbook versions
        remembered = {k: list(v) for k, v in settled_versions(existing).items()}
        for key, check in team_settled.items():
            remembered[key] = list(dict.fromkeys((*remembered.get(key, []), check)))[-SETTLED_MAX:]
        settings[SETTLED] = remembered
    archive = _archive(plan, existing.settings.get("archived_answers"))
    if archive is not None:
        settings["archived_answers"] = archive
    a = store.update_assessment(
        existing.id, title=_title(plan, existing), round=plan.round, country=plan.country, m49=plan.m49,
        mission_start=plan.mission_start, mission_end=plan.mission_end,
        reference_date=plan.reference_date, institutions=plan.institutions,
        status=plan.status if plan.status in ASSESSMENT_STATUSES and not reopened else existing.status,
        questionnaire_version=plan.target_version, settings=settings)
    if existing.deleted:
        store.restore_assessment(existing.id)
    return a


def _write_answers(store: Store, plan: ImportPlan, a: Assessment, existing: Assessment | None,
                   choice: _ImportChoice) -> frozenset[str]:
    """Replace the assessment's answers with the workbook's, this database's newer ones kept and
    both sides merged where chosen; with a Changes sheet (the team merge), who made each version
    taken is recorded too. Returns the keys kept as they are here."""
    keep: set[str] = set(choice.keep)
    both = choice.both
    answers = {x.key: x for x in plan.answers}
    current = store.answers(a.id)
    team = getattr(plan, "changes", None) is not None
    if team and existing is not None:  # the team merge: an answer no difference lists stays as it is here
        listed_keys = {d.key for d in choice.differences}
        keep |= {k for k in set(answers) | {k for k, x in current.items() if is_meaningful(x)}
                 if k not in listed_keys and row_check(current.get(k)) != row_check(answers.get(k))}
    if keep:  # the database's newer answers stay as they are (value, comment and evidence)
        for key in (k for k in keep if not _is_action_key(k) and not is_review_key(k)):
            if key in current and is_meaningful(current[key]):
                answers[key] = current[key]
            else:
                answers.pop(key, None)
    ours = provenances(store, a.id, current) if team and (choice.settled_here or both) else {}
    sent = {x.key: x for x in plan.answers}
    for key in both:  # both sides kept: comment and evidence merged, this database's value
        mine = provenance_of(ours, key, current.get(key))
        theirs = theirs_provenance(plan, key, sent.get(key)) if team else Provenance("", "", "")
        merged = merged_answer(key, current.get(key), sent.get(key), mine, theirs)
        if merged is None:
            answers.pop(key, None)
        else:
            answers[key] = merged
    since = store.history_mark()
    store.replace_answers(a.id, list(answers.values()), note=f"import {Path(plan.path).name}")
    if team:  # who made each version taken, and what it replaced (services.provenance)
        store.record_origins(a.id, _origins(store, plan, answers, current, ours, choice), since)
    return frozenset(keep)


def _origins(store: Store, plan: ImportPlan, answers: dict[str, Answer], current: dict[str, Answer],
             ours: dict[str, Provenance], choice: _ImportChoice) -> dict[str, dict[str, Any]]:
    """The team merge's record of each version written: who made it, when, what it descends from
    and what it replaced; a conflict settled by keeping ours descends from the workbook's too."""
    origins = {}
    sent = {x.key: x for x in plan.answers}
    for key in choice.settled_here:  # the version kept now descends from the workbook's too: settled
        mine, theirs = provenance_of(ours, key, current.get(key)), theirs_provenance(plan, key, sent.get(key))
        if mine.descends_from(theirs.check) or row_check(answers.get(key)) != mine.check:
            continue
        earlier = list(dict.fromkeys((theirs.check, *mine.earlier, *theirs.earlier)))
        origins[key] = {"by": mine.by, "at": mine.at, "check": mine.check, "earlier": earlier,
                        "prev": answer_plain(current.get(key))}
    for key in choice.both:  # a version of its own, made now here, descending from both sides
        mine, theirs = provenance_of(ours, key, current.get(key)), theirs_provenance(plan, key, sent.get(key))
        check = row_check(answers.get(key))
        earlier = [c for c in dict.fromkeys((mine.check, theirs.check, *mine.earlier, *theirs.earlier))
                   if c != check][:EARLIER_MAX]
        origins[key] = {"by": store.operator, "at": now_iso(), "check": check, "earlier": earlier,
                        "prev": answer_plain(current.get(key))}
    for key in set(answers) | set(current):
        if key in choice.both:
            continue
        new_a, old_a = answers.get(key), current.get(key)
        if row_check(new_a) == row_check(old_a if old_a is not None and is_meaningful(old_a) else None):
            continue
        theirs = theirs_provenance(plan, key, new_a)
        origins[key] = {"by": theirs.by, "at": theirs.at, "check": theirs.check,
                        "earlier": list(theirs.earlier), "prev": answer_plain(old_a)}
    return origins


def _write_action_plan(store: Store, plan: ImportPlan, a: Assessment, existing: Assessment | None,
                       keep: frozenset[str]) -> None:
    """The workbook's action plan, with the fields it does not carry and the actions kept here;
    then its currency, rates and validation record."""
    from .plan.actions import apply_plan_record, with_uncarried_fields

    actions = with_uncarried_fields(store.action_plan(a.id), plan.action_plan)
    if existing is not None and any(_is_action_key(k) for k in keep):
        actions = _keep_actions(store.action_plan(a.id), actions, keep)
    store.replace_action_plan(a.id, actions, note=f"import {Path(plan.path).name}")
    apply_plan_record(store, a.id, plan.action_plan, keep)


def _check_values_against_chain(store: Store, plan: ImportPlan, a: Assessment) -> None:
    """A workbook without a Results sheet keeps the chain here: its indicator values must name
    indicators of that chain (the Indicator values sheet was checked against none)."""
    chain = store.results_chain(a.id)
    for v in plan.progress.values:
        if chain.indicator(v.indicator_id) is None:
            known = ", ".join(i.id for i in chain.indicators) or "none yet"
            raise ServiceError(f"{Path(plan.path).name}: nothing imported: the Indicator values sheet gives a "
                               f"value for indicator {v.indicator_id[:40]!r}, which the plan's results chain does "
                               f"not have (its indicators: {known})")


def _write_progress(store: Store, plan: ImportPlan, a: Assessment) -> None:
    """The workbook's progress entries and indicator values, each written with its
    history row where it differs from the one here (the one replaced kept in the history); an entry
    here the workbook does not have is kept, never removed by an import."""
    from ..domain.plan.progress import overlapping

    here = {(e.action_id, e.period): e for e in store.action_progress(a.id)}
    merged = {**here, **{(e.action_id, e.period): e for e in plan.progress.entries}}
    for e in plan.progress.entries:
        clash = overlapping(merged.values(), e)
        if clash is not None:
            raise ServiceError(f"{Path(plan.path).name}: nothing imported: the Plan progress sheet reports "
                               f"{e.period} for an action that has its progress for {clash.period} here, which "
                               "overlaps: report a year or its half-years, not both")
    found = _differing(store, plan, a.id)
    for e, _ in found.entries:
        store.save_progress(a.id, e)
    if plan.action_plan is None or plan.action_plan.results is None:
        _check_values_against_chain(store, plan, a)
    for v, _ in found.values:
        store.save_indicator_value(a.id, v)


def _write_period_words(store: Store, plan: ImportPlan, a: Assessment) -> None:
    """The workbook's period summaries with their decisions and its corrective measures, each
    written with its history row where it differs from the one here (the one replaced kept in the
    history); what is here and not in the workbook is kept, never removed by an import."""
    found = _differing(store, plan, a.id)
    for r, _ in found.reports:
        store.save_period_report(a.id, r)
    for m, _ in found.measures:
        store.save_measure(a.id, m)


__all__ = ["BROKEN", "CHECKED", "UNCHECKED", "CarriedSignature", "carried_signatures", "signature_refusal",
           "CONFLICT", "Difference", "Imported", "MergeState", "TAKE", "UNCHANGED_THERE", "apply_import", "conflicts",
           "archive_added", "diff_import", "final_refusal", "last_changes", "merge_states", "merged_answer", "newer_here",
           "question_wording", "section_of", "settled_versions", "theirs_provenance"]
