"""Use cases shared by the GUI and the CLI: open a store, create assessments, record answers.

Widgets and commands call these; none of them writes SQL or checks values itself.
"""
from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ..catalog import countries
from ..domain.assessment import (
    ASSESSMENT_STATUSES, FINAL, Assessment, Institution, default_title, institutions_problem, title_problem,
)
from ..domain.celltext import evidence_line, evidence_problem, text_problem, workbook_bytes
from ..domain.dates import iso_date
from ..domain.status import ANSWERED, DONT_KNOW, EMPTY, EVIDENCE_KINDS, NOT_APPLICABLE
from ..domain.texts import text as en_line  # the English of a line cli/said.py translates
from ..paths import default_db_path, pending_move
from ..storage.db import NONE, QUICK, CorruptDatabaseError, NeedsUpgradeError, StorageError, StoreLockedError
from ..storage.core import StoreCore
from .base import AssessmentFinal as AssessmentFinal, NotSaved as NotSaved  # raised here: callers catch them here
from .base import ServiceError, editable, get_assessment, storage_refusal, text_fits, unwritable
from .changes import Changes, WithId

if TYPE_CHECKING:
    from ..domain.answers import Answer, AnswerSheet
    from ..domain.questionnaire import Questionnaire
    from ..storage.store import Store

GIVE_OPTIONS = "--dont-know / --not-applicable / --clear"   # the command line's other ways of answering


def open_store(db_path: str | Path | None = None, *, readonly: bool = False,
               backup_dir: str | Path | None = None, daily_backup: bool = True,
               integrity: str = QUICK, readonly_if_locked: bool = False,
               readonly_if_unwritable: bool = False, operator: str | None = None, core: bool = False) -> Store:
    """Open (create, upgrade) a database. ``integrity``: how much of the file is checked first
    (``storage.db.check_file``); the window asks for "light" and runs the full check in the
    background. ``readonly_if_locked``: a command that only reads but would store what it derives
    (``list`` keeps the summaries it computes) opens for writing when it can, and read-only when
    the window (or another writer) holds the lock: the lock guards writers only.
    ``readonly_if_unwritable``: a database that cannot be written (:func:`unwritable`) is opened
    read-only instead of refused (the window: the officer can still read it, export its workbooks
    and reports, and move the data folder); ``store.readonly`` tells. ``operator``: who the writes
    are credited to (the command line's ``--operator``); None: the name the preferences hold.
    ``core``: the store's core alone (``storage.core``: the list and the preferences; the rest is
    imported when first used, or at ``store.full()``), for the window's first view."""
    if not db_path and pending_move():  # the default database: a move chosen in Preferences happens first
        from .settings import apply_pending_move  # Preferences' service: loaded for a move only

        apply_pending_move()
    path = Path(db_path) if db_path else default_db_path()
    if readonly_if_unwritable and not readonly and unwritable(path):
        readonly = True
    if readonly_if_locked and not readonly and not path.exists():
        readonly = True  # a command that only reads creates no database, nor its folder
    if readonly_if_locked and not readonly:
        try:
            return open_store(path, backup_dir=backup_dir, daily_backup=daily_backup, integrity=integrity,
                              operator=operator, core=core)
        except (StoreLockedError, CorruptDatabaseError):
            readonly = True
    opener: type[StoreCore] = StoreCore  # a core behaves as the full store: its parts load at first use
    if not core:
        from ..storage.store import Store

        opener = Store
    try:
        store = opener(path, readonly=readonly, backup_dir=backup_dir, daily_backup=daily_backup,
                      integrity=integrity, operator=operator)
    except CorruptDatabaseError as exc:
        if not readonly:
            raise  # a writer: refused, naming the command that restores the last good backup
        # a reader: the damaged database read as it is, read-only, and said so (store.damaged)
        store = opener(path, readonly=True, backup_dir=backup_dir, daily_backup=False, integrity=NONE,
                      operator=operator)
        store.mark_damaged(exc.detail)
    except NeedsUpgradeError:
        # a reading command is the first to open a database of an earlier schema: upgrade it
        # once (after its pre-migration backup), as the window or any writing command would;
        # a file or folder that cannot be written cannot be upgraded (nor backed up beside it)
        if unwritable(path):
            raise StorageError(en_line("cli.db.upgrade_read_only", path=path)) from None
        StoreCore(path, backup_dir=backup_dir, daily_backup=False, integrity=integrity).close()
        store = opener(path, readonly=True, backup_dir=backup_dir, daily_backup=daily_backup,
                      integrity=integrity, operator=operator)
    if backup_dir is None and not readonly:
        pref = store.preference("backup_dir")
        if pref:
            store.backup_dir = Path(pref)
    if core:
        store._become_full = _become_full
    return cast("Store", store)  # a core: the full store from the first use of one of its parts


def _become_full(store: StoreCore) -> None:
    """A core opened by :func:`open_store` made the full store, in place (``StoreCore.full``)."""
    from ..storage.store import Store  # the store's parts: imported once the window's list is drawn

    store.__class__ = Store


def questionnaire_for(assessment: Assessment | None = None, languages: Iterable[str] = ()) -> Questionnaire:
    """The questionnaire an assessment is answered against (the bundled one), with the catalogues
    of ``languages`` read and checked (QuestionnaireError naming a problem of one: said before
    anything is written); every other language's catalogue is read when first asked for."""
    # PyYAML and the loader (about 20 ms): the window shows before the questionnaire loads
    from ..catalog.loader import load_bundled, require_languages

    return require_languages(load_bundled(), languages)


def with_languages(q: Questionnaire, languages: Iterable[str]) -> Questionnaire:
    """``q`` with the catalogues of ``languages`` read and checked now (QuestionnaireError naming
    each problem of one): the window's language, before its texts are drawn."""
    from ..catalog.loader import require_languages

    return require_languages(q, languages)


def create_assessment(store: Store, q: Questionnaire, *, country: str, round: int,
                      title: str | None = None, mission_start: str = "", mission_end: str = "",
                      reference_date: str = "", institutions: Iterable[Institution] = (),
                      interviewed: Mapping[str, str] | None = None,
                      status: str = "draft", lang: str = "en") -> Assessment:
    """A new assessment whose mission facts are S0's answers (``domain.mission``): the dates given
    and the institutions ``interviewed`` (S0 grid row code -> respondent's role) are recorded as
    answers of section S0, with the assessment, in one transaction; the record follows them. Free
    ``institutions`` named like an S0 row count as that row; the others stay on the record. A refused
    date says why in ``lang`` (S0's own checks, as when the officer corrects it there)."""
    from ..domain import mission  # start-up: see load_sheet()

    c = countries.lookup(country)
    if c is None:
        raise ServiceError(f"unknown country code {country!r} (use an ISO 3166-1 alpha-3 code such as KEN)")
    try:
        round = int(round)
    except (TypeError, ValueError):
        raise ServiceError(f"round must be a year, got {round!r}") from None
    if not 1990 <= round <= 2100:
        raise ServiceError(f"round must be a year between 1990 and 2100, got {round}")
    dates = {}
    for name, value in (("mission start", mission_start), ("mission end", mission_end),
                        ("reference date", reference_date)):
        try:  # normalised: week dates (2026-W01-1) and the like are stored as YYYY-MM-DD
            dates[name] = iso_date(value) if value else ""
        except ValueError as exc:
            raise ServiceError(f"{name}: {exc}") from None
    mission_start, mission_end, reference_date = dates.values()
    institutions = tuple(institutions)
    problem = institutions_problem(institutions)
    if problem:
        raise ServiceError(problem)
    rows, extras = mission.split_institutions(q, institutions)
    for code, role in (interviewed or {}).items():  # a role typed wins; none keeps a named one's
        rows[code] = role or rows.get(code, "")
    values = _mission_answers(q, reference_date, mission_start, mission_end, rows, lang)
    if mission_start and mission_end and mission_end < mission_start:  # S0's own check, if it has none
        raise ServiceError("the mission ends before it starts")
    recorded = mission.institutions_interviewed(q, values, _blank(institutions=tuple(extras)))
    problem = institutions_problem(recorded)
    if problem:
        raise ServiceError(problem)
    title = title or default_title(c.name, round)
    problem = title_problem(title)  # what every output holds
    if problem:
        raise ServiceError(problem)
    try:
        with store.transaction():
            a = store.create_assessment(
                country=c.iso3, m49=c.m49, round=round, title=title, questionnaire_id=q.id,
                questionnaire_version=q.version, mission_start=mission_start, mission_end=mission_end,
                reference_date=reference_date, institutions=recorded, status=status)
            for key, answer in values.items():
                store.save_answer(a.id, key, answer.status, answer.value)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return store.assessment(a.id)


def follow_s0(store: Store, q: Questionnaire, assessment_id: int) -> Changes | None:
    """Bring the record's mission facts (dates, institutions) in line with all of S0's answers,
    after answers were replaced as a whole (a round copied, a workbook imported). Returns the
    changes, or None when the record already agreed."""
    from ..domain import mission  # start-up: see load_sheet()

    try:
        with store.transaction():
            aid = int(assessment_id)
            fields = mission.record_fields(q, store.answers(aid), store.assessment(aid))
            if fields:
                store.update_assessment(aid, **fields)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return Changes.of_assessment(aid, scores=True) if fields else None


def _blank(**fields: Any) -> Assessment:
    return Assessment(0, "", "", "", 0, "", "", "", **fields)


def _mission_answers(q: Questionnaire, reference_date: str, mission_start: str, mission_end: str,
                     interviewed: Mapping[str, str], lang: str = "en") -> dict[str, Answer]:
    """The S0 answers of a new assessment's facts, each validated as the officer's own would be."""
    from ..domain.answers import Answer, AnswerSheet, AnswerValueError  # start-up: see load_sheet()
    from ..domain import mission

    try:
        pairs = mission.s0_values(q, reference_date=reference_date, mission_start=mission_start,
                                  mission_end=mission_end, interviewed=interviewed)
    except ValueError as exc:
        raise ServiceError(str(exc)) from None
    sheet = AnswerSheet(q, {})
    out = {}
    for key, value in pairs:
        try:
            value = sheet.validate(key, value, lang)
        except AnswerValueError as exc:
            raise ServiceError(str(exc)) from None
        out[key] = Answer(key, value, ANSWERED)
        sheet.put(out[key])
    return out


def set_status(store: Store, assessment_id: Any, status: str, reason: str = "") -> Changes:
    """Mark an assessment draft, in progress or final (``domain.assessment.ASSESSMENT_STATUSES``),
    with a history row (who, when, the old and new status), as the window, the command line
    (``capacity-app status``) and the workbook's Metadata sheet read it.

    Final means: the answers, comments, evidence and action plan are read-only (every write of them
    is refused with :class:`AssessmentFinal`) until the assessment is reopened, and the report no
    longer carries the DRAFT mark. Reopening a final assessment takes a ``reason``, recorded with
    it (``services.signoff.reopen``); the national statistics office's validation, which moves an
    assessment to final with who validated it and when, is ``services.signoff.sign_off``."""
    if status not in ASSESSMENT_STATUSES:
        raise ServiceError(f"status must be one of {', '.join(ASSESSMENT_STATUSES)}, got {status!r}")
    a = get_assessment(store, assessment_id)
    if a.status == status:
        return Changes(a.id)
    if a.status == FINAL:
        from .team.signoff import reopen  # the one way out of final: with its reason

        return reopen(store, a.id, reason, status)
    try:
        store.update_assessment(a.id, status=status)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return Changes.of_assessment(a.id)


def edit_metadata(store: Store, assessment_id: Any, *, title: str | None = None, round: Any = None,
                  country: str | None = None) -> Changes:
    """Change an assessment's title, round or country (None: unchanged), checked as `new` checks
    them (one rule for every entry), in one transaction with its history row. The
    mission's dates and the institutions met are section S0's answers (``set``; the record follows
    them). Refused on a final assessment."""
    a = editable(store, assessment_id)
    fields: dict[str, Any] = {}
    if title is not None:
        known = countries.lookup(a.country)
        title = title.strip() or default_title(known.name if known else a.country, a.round)
        problem = title_problem(title)
        if problem:
            raise ServiceError(problem)
        if title != a.title:
            fields["title"] = title
    if round is not None:
        try:
            year = int(str(round).strip()) if len(str(round)) <= 6 else 0
        except ValueError:
            year = 0
        if not 1990 <= year <= 2100:
            raise ServiceError(f"round must be a year between 1990 and 2100, got {str(round)[:20]!r}")
        if year != a.round:
            fields["round"] = year
    if country is not None:
        c = countries.lookup(country)
        if c is None:
            raise ServiceError(f"unknown country code {country[:20]!r} (use an ISO 3166-1 alpha-3 code such as KEN)")
        if c.iso3 != a.country:
            fields["country"], fields["m49"] = c.iso3, c.m49
    if not fields:
        return Changes(a.id)
    if "round" in fields or "country" in fields:  # one assessment per country and round (services/rounds.py)
        country, rnd = fields.get("country", a.country), fields.get("round", a.round)
        for other in store.assessments():
            if other.id != a.id and other.country == country and int(other.round) == int(rnd):
                raise ServiceError(f"{country} already has an assessment for round {rnd} (id {other.id}, "
                                   f"{other.title}): open it, or choose another round")
    try:
        store.update_assessment(a.id, **fields)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return Changes.of_listing(a.id)


def load_sheet(store: Store, q: Questionnaire, assessment_id: int) -> AnswerSheet:
    # start-up: the answer and questionnaire models (about 10 ms) load when an assessment opens
    from ..domain.answers import AnswerSheet

    return AnswerSheet(q, store.answers(assessment_id))


@dataclass(frozen=True)
class Saved:
    key: str
    at: str
    answer: Answer
    assessment_id: int | None = None
    metadata: bool = False  # the record's mission facts followed an S0 answer

    @property
    def changes(self) -> Changes:
        changes = Changes.of_answers(int(self.assessment_id or 0), self.key)
        return replace(changes, metadata=True) if self.metadata else changes


def record_answer(store: Store, q: Questionnaire, assessment_id: int, key: str, value: Any = None, *,
                  status: str = ANSWERED, comment: str | None = None, lang: str = "en",
                  sheet: AnswerSheet | None = None) -> Saved:
    """Validate and commit one answer. Returns only after the commit.

    ``status`` is ``answered`` (with a value), ``dont_know``, ``not_applicable`` or ``empty``
    (clears the value, keeps comment and evidence). ``sheet`` (optional) is kept up to date."""
    from ..domain import mission
    from ..domain.answers import Answer, AnswerValueError  # start-up: see load_sheet()

    resolved = q.resolve_key(key)
    if resolved is None:
        raise ServiceError(f"{key}: {en_line('cli.answer.unknown')}")
    item, fld, _ = resolved
    editable(store, assessment_id)
    sheet = sheet if sheet is not None else load_sheet(store, q, assessment_id)
    if status == ANSWERED:
        try:
            value = sheet.validate(key, value, lang)
        except AnswerValueError as exc:
            raise ServiceError(str(exc)) from None
        if key == mission.REFERENCE_DATE:  # never before the data it judges (scoring rules 3.0)
            from ..domain.scoring.engine import reference_date_refusal

            why_not = reference_date_refusal(q, sheet.answers, str(value), lang)
            if why_not:
                raise ServiceError(f"{key}: {why_not}")
    elif status == DONT_KNOW:
        if not fld.dont_know:
            raise ServiceError(f"{key}: {en_line('cli.answer.no_dont_know')}")
        value = None
    elif status == NOT_APPLICABLE:
        from ..domain.applicability import na_refusal  # only where the questionnaire allows it

        why_not = na_refusal(q, sheet.answers, key, lang)
        if why_not:
            raise ServiceError(f"{key}: {why_not}")
        value = None
    elif status == EMPTY:
        value = None
    else:
        raise ServiceError(f"{key}: unknown answer status {status!r}")
    _check_comment(key, comment)
    prev = sheet.get(key)  # the sheet mirrors the store: no second read needed
    saved = Answer(key, value, status, prev.comment if comment is None else comment, prev.evidence)
    total = text_fits(store, assessment_id, _answer_bytes(saved), _answer_bytes(prev))
    follows = False
    try:
        with store.transaction():
            at = store.save_answer(assessment_id, key, status, value, comment)
            if mission.is_mission_key(key):  # the record follows S0's facts, in the same transaction
                fields = mission.record_fields(q, {**sheet.answers, key: saved},
                                               store.assessment(int(assessment_id)), [key])
                if fields:
                    store.update_assessment(int(assessment_id), **fields)
                    follows = True
            if total is not None:  # measured here: the next write need not measure it all again
                store.text_bytes_now(assessment_id, total)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    sheet.put(saved)
    return Saved(key, at, saved, int(assessment_id), metadata=follows)


def _answer_bytes(answer: Any) -> int:
    """An answer's value and comment as the workbook text they take (the value as stored)."""
    value = answer.value if answer.status == ANSWERED else None
    shown = "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)
    return workbook_bytes(shown) + workbook_bytes(answer.comment or "")


def record_text(store: Store, q: Questionnaire, assessment_id: int, key: str, text: str | None, *,
                status: str = ANSWERED, comment: str | None = None, lang: str = "en") -> Saved:
    """Like :func:`record_answer`, with the value typed as text (command line)."""
    from ..domain.answers import AnswerValueError, coerce_text  # start-up: see load_sheet()

    value = None
    if status == ANSWERED:
        resolved = q.resolve_key(key)
        if resolved is None:
            raise ServiceError(f"{key}: {en_line('cli.answer.unknown')}")
        if text is None:
            raise ServiceError(f"{key}: {en_line('cli.answer.give_value', options=GIVE_OPTIONS)}")
        try:
            value = coerce_text(resolved[1], text, key)
        except AnswerValueError as exc:
            raise ServiceError(str(exc)) from None
    return record_answer(store, q, assessment_id, key, value, status=status, comment=comment, lang=lang)


def _check_comment(key: str, comment: str | None) -> None:
    """The domain's limits on a comment (the same as an import applies)."""
    if comment is not None:
        too_long = text_problem(comment, "comment")
        if too_long:
            raise ServiceError(f"{key}: {too_long}")


def set_comment(store: Store, q: Questionnaire, assessment_id: int, key: str, comment: str) -> Saved:
    if q.resolve_key(key) is None and q.item(key) is None:
        raise ServiceError(f"{key}: {en_line('cli.answer.unknown')}")
    _check_comment(key, comment)
    editable(store, assessment_id)
    try:
        old = store.answer(assessment_id, key).comment or ""
    except StorageError as exc:
        raise storage_refusal(exc) from None
    total = text_fits(store, assessment_id, workbook_bytes(comment), workbook_bytes(old))
    try:
        with store.transaction():
            at = store.set_comment(assessment_id, key, comment)
            if total is not None:
                store.text_bytes_now(assessment_id, total)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return Saved(key, at, store.answer(assessment_id, key), int(assessment_id))


def add_evidence(store: Store, q: Questionnaire, assessment_id: int, key: str, kind: str, text: str) -> WithId:
    """Attach evidence to an item or answer key; returns the new evidence id and the changes."""
    if q.resolve_key(key) is None and q.item(key) is None:
        raise ServiceError(f"{key}: {en_line('cli.answer.unknown')}")
    if kind not in EVIDENCE_KINDS:
        raise ServiceError(f"evidence kind must be one of {', '.join(EVIDENCE_KINDS)}")
    if not text.strip():
        raise ServiceError("evidence needs a text (document title, web address or institution)")
    editable(store, assessment_id)
    try:
        count = len(store.answer(assessment_id, key).evidence)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    bad = evidence_problem(kind, text.strip(), count)
    if bad:
        raise ServiceError(f"{key}: {bad}")
    total = text_fits(store, assessment_id, workbook_bytes(evidence_line(kind, text.strip())) + 1)
    try:
        with store.transaction():
            eid = store.add_evidence(assessment_id, key, kind, text.strip())
            if total is not None:
                store.text_bytes_now(assessment_id, total)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return WithId(eid, Changes.of_answers(assessment_id, key))


def remove_evidence(store: Store, assessment_id: int, key: str, evidence_id: int) -> Saved:
    """Remove one evidence entry of ``key`` (refused when it belongs to another answer)."""
    editable(store, assessment_id)
    try:
        current = store.answer(assessment_id, key)
        if all(e.id != evidence_id for e in current.evidence):
            raise ServiceError(f"{key}: no evidence with id {evidence_id} on this item")
        store.remove_evidence(evidence_id)
        return Saved(key, _now(), store.answer(assessment_id, key), int(assessment_id))
    except StorageError as exc:
        raise storage_refusal(exc) from None


def new_assessment(store: Store, q: Questionnaire, **fields: Any) -> WithId:
    """:func:`create_assessment` for the GUI and the command line: the new id and the changes."""
    a = create_assessment(store, q, **fields)
    return WithId(a.id, Changes.of_listing(a.id))


def next_round(store: Store, q: Questionnaire, assessment_id: int, new_round: int | None = None) -> WithId:
    """:func:`duplicate_as_next_round`, returning the new id and the changes."""
    try:
        a = duplicate_as_next_round(store, q, assessment_id, new_round)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return WithId(a.id, Changes.of_listing(a.id, answers=True))


def trash_assessment(store: Store, assessment_id: Any) -> Changes:
    """Move an assessment to the trash (restorable)."""
    a = get_assessment(store, assessment_id)
    try:
        store.delete_assessment(a.id)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return Changes.of_listing(a.id)


def restore_assessment(store: Store, assessment_id: Any) -> Changes:
    """Bring an assessment back from the trash."""
    a = get_assessment(store, assessment_id)
    try:
        store.restore_assessment(a.id)
    except StorageError as exc:
        raise storage_refusal(exc) from None
    return Changes.of_listing(a.id)


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")  # as the store writes them


def duplicate_as_next_round(store: Store, q: Questionnaire, assessment_id: int,
                            new_round: int | None = None) -> Assessment:
    """A new assessment for the same country, pre-filled with the previous round's answers."""
    old = get_assessment(store, assessment_id)
    rnd = new_round or old.round + 1
    for other in store.assessments():  # one assessment per country and round (services/rounds.py)
        if other.country == old.country and int(other.round) == int(rnd):
            raise ServiceError(f"{old.country} already has an assessment for round {rnd} (id {other.id}, "
                               f"{other.title}): open it, or choose another round")
    new = create_assessment(store, q, country=old.country, round=rnd,
                            title=None, institutions=old.institutions)
    previous = store.answers(old.id)
    carried = [a for k, a in previous.items() if q.resolve_key(k) is not None]
    store.replace_answers(new.id, carried, note=f"copied from assessment {old.id}")
    from .plan.actions import copy_plan_to  # the plan goes along, ids and statuses kept

    copy_plan_to(store, old.id, new.id)
    store.update_assessment(new.id, settings={**old.settings, "previous_round": old.uid})
    return store.assessment(new.id)


def answer_rows(store: Store, q: Questionnaire, assessment_id: int, lang: str = "en") -> list[dict]:
    """Every stored answer as a JSON-ready row in questionnaire order."""
    answers = store.answers(assessment_id)
    order = {k: i for i, (k, _, _) in enumerate(q.all_keys())}
    rows = []
    for key in sorted(answers, key=lambda k: (order.get(k, len(order)), k)):
        a = answers[key]
        resolved = q.resolve_key(key)
        rows.append({
            "item_id": key,
            "section": resolved[0].section_id if resolved else "",
            "value": a.value,
            "status": a.status,
            "dont_know": a.status == DONT_KNOW,
            "not_applicable": a.status == NOT_APPLICABLE,
            "comment": a.comment,
            "evidence": [{"kind": e.kind, "text": e.text} for e in a.evidence],
        })
    return rows


__all__ = [
    "Changes",
    "Saved",
    "ServiceError",
    "WithId",
    "add_evidence",
    "answer_rows",
    "create_assessment",
    "follow_s0",
    "duplicate_as_next_round",
    "get_assessment",
    "load_sheet",
    "new_assessment",
    "next_round",
    "open_store",
    "questionnaire_for",
    "record_answer",
    "record_text",
    "remove_evidence",
    "restore_assessment",
    "set_comment",
    "trash_assessment",
]
