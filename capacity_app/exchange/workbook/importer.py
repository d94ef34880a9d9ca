"""Reading an exchange workbook into plain data: :func:`read_workbook` checks everything (file
safety, metadata, every answer cell through :mod:`.codec`, mappings between questionnaire versions,
constraints) and returns an :class:`ImportPlan`. No database access here: what an import would
change and applying it are services (``services.imports``)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Any, NoReturn

from ... import jobs
from ...catalog import countries
from ...domain.answers import ANSWERED, Answer, AnswerSheet, AnswerValueError, canonical_answers, check_value
from ...domain.assessment import (
    Institution,
    default_title,
    institutions_problem,
    is_default_title,
    is_default_title_in_any_language,
    title_problem,
)
from ...domain.dates import checked_stamp, iso_date
from ...domain.numtext import plain_number
from ...domain.questionnaire import Questionnaire
from . import codec, vocab
from .format import (
    ANSWERS,
    ANSWERS_COLUMNS,
    FORMAT_NAME,
    METADATA,
    METADATA_COLUMNS,
    METADATA_FIELD_NAMES,
    METADATA_OPTIONAL,
    ROW_CHECK_PARTS,
    SUPPORTED_FORMAT_VERSIONS,
    answers_checksum,
    canonical_header,
    column_letter,
    is_meaningful,
    row_check,
)
from .codec import AnswerCells, is_blank as _blank, text_of as _str
from .mapping import Chain, MappingError, digest_known, find_chain, load_mappings
from ..outside.reader import Workbook
from ..outside.safety import DEFAULT_LIMITS, Limits, UnsafeWorkbook
from ...domain.texts import text as en_line  # the English of a line cli/said.py translates

class WorkbookError(Exception):
    """A refused workbook. The message names the file, sheet, cell and reason; ``problems`` holds
    every problem found as (sheet, cell, reason)."""

    user_error = True

    def __init__(self, path, problems: list[tuple[str, str, str]]):
        self.path = str(path)
        self.problems = problems
        sheet, cell, reason = problems[0]
        where = f"{sheet}!{cell}: " if sheet and cell else (f"{sheet}: " if sheet else "")
        more = en_line("cli.wb.more_problems", n=len(problems) - 1) if len(problems) > 1 else ""
        super().__init__(f"{self.path}: {where}{reason}{more}")

    def __reduce__(self):  # sent back whole from the reading process
        return (WorkbookError, (self.path, self.problems))

    @property
    def sheet(self) -> str:
        return self.problems[0][0]

    @property
    def cell(self) -> str:
        return self.problems[0][1]

    @property
    def reason(self) -> str:
        return self.problems[0][2]


def _year(v) -> float:
    """The Metadata round as a number: a number cell, or text in the plain spelling (``2_026``,
    ``NaN`` are no year; ``float()`` took them); ValueError otherwise."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return float(v)
    return plain_number(_str(v))


@dataclass(frozen=True)
class EditedCell:
    """A cell whose content differs from what the application exported."""

    sheet: str
    cell: str
    key: str
    part: str  # value | comment | evidence | row


@dataclass
class MappingReport:
    chain: str
    kept: list[str] = field(default_factory=list)  # keys carried unchanged
    recoded: list[tuple[str, str, Any, Any]] = field(default_factory=list)  # (old key, new key, old, new)
    archived: list[dict] = field(default_factory=list)  # canonical answers without a place


@dataclass
class ImportPlan:
    path: str
    file_sha256: str
    meta: dict[str, Any]
    uid: str
    country: str
    m49: str
    round: int
    title: str
    status: str
    mission_start: str
    mission_end: str
    reference_date: str
    institutions: tuple[Institution, ...]
    questionnaire_id: str
    questionnaire_version: str  # of the file
    target_version: str  # of this application's questionnaire
    answers: list[Answer]  # mapped and validated, keys of the target version
    cells: dict[str, str]  # answer key (target) -> "Answers!H12" (value cell)
    checksum_expected: str
    checksum_actual: str
    edited: list[EditedCell] = field(default_factory=list)
    mapping: MappingReport | None = None
    # answer key -> the Row check the application wrote at the export (same questionnaire version
    # only): what the row held when exported, to tell whether the database changed it since
    row_checks: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    action_plan: Any = None  # actionplan_sheet.ActionPlanRead; None: no Action plan sheet (plan kept)
    # the action plan's parts as exported, by fingerprint (storage.actionplan.plan_checks); None:
    # a workbook written before they were (its export time decides, as it used to)
    plan_checks: dict[str, str] | None = None
    reviews: Any = None  # review_sheet.ReviewsRead; None: no Review sheet (the reviews kept)
    # progress_sheet.ProgressRead: the plan's progress; None: no progress sheets, or no
    # Action plan sheet to check them against (the progress here kept)
    progress: Any = None
    # period_report_sheet.PeriodWordsRead: the planning unit's summaries, decisions and corrective
    # measures; None: neither sheet, or no Action plan sheet (what the database holds is kept)
    period_words: Any = None
    signoff: Any = None  # domain.signoff.SignOff the workbook carries (Metadata signoff), or None
    review_signoff: Any = None  # the supervisor's review sign-off it carries (Metadata review_signoff), or None
    # changes_sheet.ChangesRead: who made each answer's version and the versions it descends from
    # (the team merge); None: no Changes sheet, or a workbook of another questionnaire version
    # (its row checks are of other keys): imported as before
    changes: Any = None
    # the answers to questions the questionnaire no longer asks, as the Archived answers sheet holds
    # them (archive_sheet.read_archived); None: a workbook without the sheet
    archived: list[dict] | None = None

    @property
    def checksum_ok(self) -> bool:
        return self.checksum_expected == self.checksum_actual


# --- reading -----------------------------------------------------------------------------------

class _Problems:
    def __init__(self, path: str):
        self.path = path
        self.items: list[tuple[str, str, str]] = []

    def add(self, sheet: str, cell: str, reason: str) -> None:
        if len(self.items) < 1000:
            self.items.append((sheet, cell, reason))

    def raise_if_any(self) -> None:
        if self.items:
            raise WorkbookError(self.path, self.items)

    def fail(self, sheet: str, cell: str, reason: str) -> NoReturn:
        self.add(sheet, cell, reason)
        raise WorkbookError(self.path, self.items)


def _cell(col: int, row: int) -> str:
    return f"{column_letter(col + 1)}{row + 1}"


def read_metadata(wb: Workbook, problems: _Problems) -> tuple[dict[str, Any], dict[str, str]]:
    if METADATA not in wb.sheet_names:
        problems.fail(METADATA, "", "the sheet is missing (is this a capacity-app workbook?)")
    for ref in wb.formula_cells(METADATA):
        problems.add(METADATA, ref, "contains a formula; formulas are never evaluated (type the value)")
    _refuse_error_cells(wb, METADATA, problems)
    problems.raise_if_any()
    rows = wb.rows(METADATA)
    # the language the workbook says it is in (its field names are keys, never translated): the
    # header's labels in it looked at first
    header = canonical_header([_str(v) for v in (rows[0] if rows else [])[:2]], METADATA_COLUMNS,
                              vocab.workbook_language(wb))
    if header != METADATA_COLUMNS:
        problems.fail(METADATA, "A1", f"expected the header {' | '.join(METADATA_COLUMNS)}")
    meta: dict[str, Any] = {}
    where: dict[str, str] = {}
    for r, row in enumerate(rows[1:], 1):
        name = _str(row[0] if row else "").strip()
        if not name:
            continue
        meta[name] = row[1] if len(row) > 1 else ""
        where[name] = _cell(1, r)
    return meta, where


def _refuse_error_cells(wb: Workbook, sheet: str, problems: _Problems) -> None:
    for ref, error in wb.error_cells(sheet):
        problems.add(sheet, ref, f"holds the spreadsheet error {error}, not a value (type the value, "
                                 "or clear the cell to leave the answer empty)")


def read_workbook(path, questionnaire: Questionnaire, progress=None, cancelled=None, *,
                  mappings=None, limits: Limits = DEFAULT_LIMITS) -> ImportPlan:
    """Read and check a workbook completely; no database access. Raises :class:`WorkbookError`
    naming file, sheet, cell and reason."""
    jobs.report(progress, 0.0, "checking the file")
    try:
        with Workbook(str(path), limits) as wb:
            return plan_from_workbook(wb, questionnaire, progress, cancelled, mappings=mappings)
    except UnsafeWorkbook as exc:  # the file, or one of its sheets, refused by the reader
        raise WorkbookError(str(path), [(exc.sheet, exc.cell, exc.reason)]) from None


def plan_from_workbook(wb: Workbook, q: Questionnaire, progress=None, cancelled=None, *,
                       mappings=None, changes: bool = True) -> ImportPlan:
    """The plan of an open workbook (:func:`read_workbook`). ``changes`` False leaves unread the
    sheets only a merge into a database uses, the Changes, Archived answers and Review sheets
    (``plan.changes``, ``plan.archived`` and ``plan.reviews`` None): the aggregation, which never
    merges, neither reads nor checks them (the Review sheet was 8 % of its instructions a file)."""
    path = wb.path
    file_sha = hashlib.sha256(wb.checked.data).hexdigest()
    jobs.check(cancelled)
    problems = _Problems(path)
    meta, where = read_metadata(wb, problems)
    chain = _check_meta(meta, where, q, problems, mappings)
    problems.raise_if_any()
    jobs.report(progress, 0.2, "reading answers")
    rows = _answers_rows(wb, problems, cancelled)
    jobs.check(cancelled)
    expected = _str(meta.get("answers_sha256")).strip().lower()
    plan_answers, _raw, cells, edited, report, row_checks, actual = _read_answers(
        rows, q, chain, problems, cancelled, expected, _str(meta.get("language")).strip())
    problems.raise_if_any()
    jobs.report(progress, 0.8, "checking values")
    _check_constraints(q, plan_answers, cells, problems)
    problems.raise_if_any()
    warnings = []
    if expected != actual and not edited:
        edited.append(EditedCell(METADATA, where.get("answers_sha256", ""), "", "row"))
        warnings.append("the checksum does not match, but no single answer row differs: rows were "
                        "deleted or row checks edited outside the application")
    if expected == actual:
        edited = []  # row checks are only advisory when the whole checksum holds
    made_under = _str(meta.get("questionnaire_version")).strip()
    digest = _str(meta.get("questionnaire_hash")).strip()
    if digest and not digest_known(q.id, made_under, digest, q.version, q.content_hash):
        warnings.append("the questionnaire text differs from this application's (same version, "
                        "different content hash)" if made_under == q.version else
                        f"the questionnaire text differs from the one released as {made_under[:20]} "
                        "(a content hash not recorded for it in assessments/versions.yaml)")
    c = countries.lookup(_str(meta.get("country_iso3")))
    assert c is not None  # _check_meta refused an unknown country
    inst = _institutions(meta, where, problems)
    action_plan, reviews, team = _other_sheets(wb, q, chain, changes, problems, warnings)
    plan_progress, period_words = _progress_sheets(wb, action_plan, problems)
    archived = _archived_sheet(wb, problems) if changes else None  # the aggregation leaves it unread
    from ...domain.team.signoff import signoff_from_json

    signoff, signoff_problem = signoff_from_json(_str(meta.get("signoff")))
    if signoff_problem:
        problems.add(METADATA, where.get("signoff", ""), signoff_problem)
    review_signoff, review_problem = signoff_from_json(_str(meta.get("review_signoff")), review=True)
    if review_problem:
        problems.add(METADATA, where.get("review_signoff", ""), review_problem)
    problems.raise_if_any()
    jobs.report(progress, 1.0, "read")
    return ImportPlan(
        path=path, file_sha256=file_sha, meta={k: _str(v) for k, v in meta.items()},
        uid=_str(meta.get("assessment_uid")).strip(), country=c.iso3, m49=c.m49 or _str(meta.get("m49")),
        round=int(_year(meta["round"])), title=_str(meta.get("title")),
        status=_str(meta.get("status")) or "draft",
        mission_start=_str(meta.get("mission_start")), mission_end=_str(meta.get("mission_end")),
        reference_date=_str(meta.get("reference_date")), institutions=tuple(inst),
        questionnaire_id=_str(meta.get("questionnaire_id")),
        questionnaire_version=_str(meta.get("questionnaire_version")), target_version=q.version,
        answers=plan_answers, cells=cells, checksum_expected=expected, checksum_actual=actual,
        edited=edited, mapping=report, warnings=warnings, action_plan=action_plan, row_checks=row_checks,
        progress=plan_progress, period_words=period_words,
        plan_checks=_plan_checks(meta), reviews=reviews, signoff=signoff, changes=team,
        review_signoff=review_signoff, archived=archived)


def _archived_sheet(wb: Workbook, problems: _Problems) -> list[dict] | None:
    """The Archived answers sheet's answers (None without it), each problem added to ``problems``."""
    from .archive_sheet import read_archived

    archived, found = read_archived(wb)
    for sheet, cell, reason in found:
        problems.add(sheet, cell, reason)
    return archived


def _answers_rows(wb: Workbook, problems: _Problems, cancelled) -> list[list[Any]]:
    """The Answers sheet's rows (the columns only a person reads, Question, Value label ..., are
    checked but not kept), refused whole when it is missing or holds a formula or an error."""
    if ANSWERS not in wb.sheet_names:
        problems.fail(ANSWERS, "", "the sheet is missing")
    answers = wb.sheet(ANSWERS, cancelled, skip=_ANSWERS_NOT_READ)
    for ref in answers.formulas:
        problems.add(ANSWERS, ref, "contains a formula; formulas are never evaluated "
                                     "(type the value instead)")
    _refuse_error_cells(wb, ANSWERS, problems)
    problems.raise_if_any()
    return answers.rows


def _institutions(meta: dict[str, Any], where: dict[str, str], problems: _Problems) -> list[Institution]:
    """The Metadata's institutions, one "name | role" a line, checked."""
    inst = []
    for line in _str(meta.get("institutions")).splitlines():
        if line.strip():
            name, _, role = line.partition(" | ")
            inst.append(Institution(name.strip(), role.strip()))
    problem = institutions_problem(inst)
    if problem:
        problems.fail(METADATA, where.get("institutions", ""), problem)
    return inst


def _other_sheets(wb: Workbook, q: Questionnaire, chain: Chain, changes: bool, problems: _Problems,
                  warnings: list[str]) -> tuple[Any, Any, Any]:
    """(action plan, reviews, the team's changes): the sheets read after the answers, their
    problems added to ``problems`` and their warnings to ``warnings``; without ``changes`` the
    reviews and the changes are None (unread)."""
    from .actionplan_sheet import read_action_plan
    from .review_sheet import read_reviews

    action_plan, plan_problems = read_action_plan(wb, {p.code for p in q.policy_questions})
    for sheet, cell, reason in plan_problems:
        problems.add(sheet, cell, reason)
    reviews = None
    if changes:
        reviews, review_problems, review_warnings = read_reviews(wb, q, same_version=chain is None or not chain.steps)
        for sheet, cell, reason in review_problems:
            problems.add(sheet, cell, reason)
        warnings.extend(review_warnings)
    team = None
    if changes and (chain is None or not chain.steps):
        from .changes_sheet import read_changes

        known = _known_keys(q) | {it.id for it in q.items() if it.type in codec.COMMENT_ONLY_ITEMS}
        team, change_problems = read_changes(wb, known)
        for sheet, cell, reason in change_problems:
            problems.add(sheet, cell, reason)
    return action_plan, reviews, team


def _progress_sheets(wb: Workbook, action_plan: Any, problems: _Problems) -> tuple[Any, Any]:
    """The Plan progress and Indicator values sheets, and the Period reports and Corrective measures
    sheets, checked against the plan the workbook carries (none without an Action plan sheet: what
    the database holds is then kept)."""
    if action_plan is None:
        return None, None
    from .period_report_sheet import read_period_words
    from .progress_sheet import read_progress

    progress, found = read_progress(wb, action_plan.actions, chain=action_plan.results)
    words, said = read_period_words(wb, action_plan.actions)
    for sheet, cell, reason in (*found, *said):
        problems.add(sheet, cell, reason)
    return progress, words


# what _read_answers reads of a row (its header is read whole)
_ANSWERS_READ = ("Answer key", "Code", "Don't know", "Not applicable", "Comment", "Evidence", "Row check")
_ANSWERS_NOT_READ = frozenset(i for i, name in enumerate(ANSWERS_COLUMNS) if name not in _ANSWERS_READ)


def _plan_checks(meta: dict[str, Any]) -> dict[str, str] | None:
    """The Metadata's plan_checks (a JSON object of short fingerprints), None when absent or not
    readable (an edited value protects nothing less: the export time then decides)."""
    import json

    text = _str(meta.get("plan_checks")).strip()
    if not text or len(text) > 2_000_000:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        return None
    return value


def format_refusal(version: str) -> str:
    """Why a workbook of format ``version`` is not read: made by a newer version of capacity-app
    (a whole number above the newest this one reads), or not a format at all."""
    newest = max(int(v) for v in SUPPORTED_FORMAT_VERSIONS)
    if version.isascii() and version.isdigit() and len(version) <= 6 and int(version) > newest:
        return en_line("cli.newer_workbook", format=int(version), newest=newest)
    return (f"workbook format version {version[:20] or '(missing)'} is not supported "
            f"(this application reads version {', '.join(SUPPORTED_FORMAT_VERSIONS)})")


def _same_m49(known: str, written: str) -> bool:
    """Whether the M49 code written in a workbook's Metadata is the country's (leading zeros or not:
    a spreadsheet may have made "012" the number 12); True when either is empty (a user-assigned
    code has none; an older workbook may not give it)."""
    written = written.strip()
    if not known or not written:
        return True
    if written.endswith(".0"):   # a number a spreadsheet wrote as a float
        written = written[:-2]
    return written.isdigit() and int(written) == int(known)


def _check_meta(meta, where, q: Questionnaire, problems: _Problems, mappings) -> Chain:
    def cell(name):
        return where.get(name, "B?")

    fmt = _str(meta.get("format")).strip()
    if fmt != FORMAT_NAME:
        problems.fail(METADATA, cell("format"), f"not a capacity-app assessment workbook (format is {fmt})" if fmt
                      else "not a capacity-app assessment workbook (its format is not given)")
    version = _str(meta.get("format_version")).strip()
    if version not in SUPPORTED_FORMAT_VERSIONS:
        problems.fail(METADATA, cell("format_version"), format_refusal(version))
    for name in METADATA_FIELD_NAMES:
        if name not in meta and name not in METADATA_OPTIONAL:
            problems.add(METADATA, "", f"the field {name} is missing")
    problems.raise_if_any()
    qid = _str(meta.get("questionnaire_id")).strip()
    if qid != q.id:
        problems.fail(METADATA, cell("questionnaire_id"),
                      f"the workbook answers questionnaire {qid!r}, not {q.id!r}")
    qv = _str(meta.get("questionnaire_version")).strip()
    try:
        chain = find_chain(q.id, qv, q.version, mappings if mappings is not None else load_mappings())
    except MappingError as exc:
        problems.fail(METADATA, cell("questionnaire_version"), str(exc))
    if chain is None:
        problems.fail(METADATA, cell("questionnaire_version"),
                      f"questionnaire version {qv} cannot be imported: no declared mapping to "
                      f"version {q.version} (assessments/mappings)")
    uid = _str(meta.get("assessment_uid")).strip()
    if not uid or len(uid) > 64 or not all(ch.isalnum() or ch in "-_" for ch in uid):
        problems.add(METADATA, cell("assessment_uid"), "the assessment identifier is missing or malformed")
    found = countries.lookup(_str(meta.get("country_iso3")))
    if found is None:
        problems.add(METADATA, cell("country_iso3"), f"unknown country code {_str(meta.get('country_iso3'))!r}")
    elif not _same_m49(found.m49, _str(meta.get("m49"))):
        problems.add(METADATA, cell("country_iso3"), en_line("cli.wb.country_m49", code=found.iso3,
                                                             m49=_str(meta.get("m49")).strip()[:8]))
    try:
        rnd = _year(meta.get("round"))
        if not rnd.is_integer() or not 1990 <= rnd <= 2100:
            raise ValueError
    except (TypeError, ValueError):
        problems.add(METADATA, cell("round"), f"round must be a year, got {_str(meta.get('round'))!r}")
    lang = _str(meta.get("language")).strip()
    try:  # its label in any of the six languages, or its code
        meta["status"] = vocab.code_of(vocab.ASSESSMENT_STATUS, _str(meta.get("status")), lang) or ""
    except ValueError as exc:
        problems.add(METADATA, cell("status"), str(exc))
    dates = {}
    for name in ("mission_start", "mission_end", "reference_date"):
        v = _str(meta.get(name))
        if v:
            try:
                dates[name] = meta[name] = iso_date(v)  # normalised (a week date, 20260101)
            except ValueError as exc:
                problems.add(METADATA, cell(name), f"{name}: {exc}")
    bad_title = title_problem(_str(meta.get("title")))
    if bad_title:
        problems.add(METADATA, cell("title"), bad_title)
    else:
        _default_title_back(meta)
    exported = _str(meta.get("exported_at")).strip()
    if exported:
        try:
            checked_stamp(exported, naive=True)  # a time every later comparison can compute
        except ValueError as exc:
            problems.add(METADATA, cell("exported_at"), f"exported_at: {exc}")
    if "mission_start" in dates and "mission_end" in dates and dates["mission_end"] < dates["mission_start"]:
        problems.add(METADATA, cell("mission_end"), f"the mission ends ({dates['mission_end']}) before it "
                                                    f"starts ({dates['mission_start']})")
    return chain


def _default_title_back(meta: dict[str, Any]) -> None:
    """The default title as a workbook in another language writes it ("République de Veloria :
    évaluation des capacités ..., 2026") read back as the default title as stored (English, the
    country's name from the country table); a title typed by a person is left as it is."""
    title = _str(meta.get("title"))
    c = countries.lookup(_str(meta.get("country_iso3")))
    try:
        rnd = int(_year(meta.get("round")))
    except (TypeError, ValueError, OverflowError):
        return
    lang = _str(meta.get("language")).strip()
    if c is not None and not is_default_title(title, rnd) and is_default_title_in_any_language(title, rnd, lang):
        meta["title"] = default_title(c.name, rnd)


_KNOWN_KEYS: dict[tuple, frozenset] = {}


def _known_keys(q: Questionnaire) -> frozenset:
    k = (q.id, q.version, q.content_hash)
    if k not in _KNOWN_KEYS:
        _KNOWN_KEYS[k] = frozenset(key for key, _, _ in q.all_keys())
    return _KNOWN_KEYS[k]


# per process, per questionnaire (by its content hash; never id(q): a later object may reuse it): the answer a row
# holding only a Code gives, decoded and checked, by (answer key, the cell value's type, the value);
# an aggregation's files answer the same codes again and again. Bounded; values that are lists are
# not kept (an Answer is frozen, a list in it is not).
_DECODED: dict[tuple[str, str, str], dict[tuple, Answer]] = {}
_MEMO_MAX = 20_000
_MEMO_TYPES = (str, float, int, bool)


def _answers_columns(rows, problems: _Problems, lang: str = "en") -> dict[str, int]:
    """The Answers sheet's columns by name, once its header is checked (in any language, the
    workbook's ``lang`` looked at first)."""
    expected = ANSWERS_COLUMNS
    header = canonical_header([_str(v) for v in (rows[0] if rows else [])], expected, lang)
    if header[:len(expected)] != expected:
        bad = next((i for i in range(len(expected)) if i >= len(header) or header[i] != expected[i]), 0)
        problems.fail(ANSWERS, _cell(bad, 0), f"expected the column {expected[bad]!r} here "
                                              "(the Answers columns were changed)")
    return {name: i for i, name in enumerate(expected)}


def _evidence_beyond(rows, r: int, key: str, col: dict[str, int], ev_v: Any) -> tuple[Any, int]:
    """(the evidence of row ``r`` joined with the rows below that continue it, the last such row;
    ``r`` when none does)."""
    c_key, c_ev = col["Answer key"], col["Evidence"]
    continued = r
    nxt = r + 1
    while nxt < len(rows):
        following = rows[nxt]
        k = following[c_key] if c_key < len(following) else ""
        if k != key and (k.strip() if k.__class__ is str else _str(k).strip()) != key:
            break  # the next answer's row (nearly always), settled without a call
        if not _continues(following, key, col):
            break
        ev_v = f"{_str(ev_v)}\n{_str(following[c_ev])}"
        continued = nxt
        nxt += 1
    return ev_v, continued


def _row_key(row: list, r: int, c_key: int, width: int, seen: dict[str, int], problems: _Problems) -> str | None:
    """The answer key of row ``r``, recorded in ``seen``; None for a row without one or whose key
    an earlier row has (reported when it is not an empty row)."""
    key = row[c_key]
    key = key.strip() if isinstance(key, str) else _str(key).strip()
    if not key:
        if any(not _blank(v) for v in row[:width]):
            problems.add(ANSWERS, _cell(c_key, r), "the answer key is empty but the row holds values")
        return None
    if key in seen:
        problems.add(ANSWERS, _cell(c_key, r), f"{key} appears twice (rows {seen[key] + 1} and {r + 1})")
        return None
    seen[key] = r
    return key


_REFUSED = object()  # a row whose problems are reported: nothing of it is read


def _decoded_row(q: Questionnaire, chain: Chain, identity: bool, key: str, cells: AnswerCells, r: int,
                 col: dict[str, int], problems: _Problems, lang: str = "en") -> tuple[Any, str | None, Any]:
    """(the row's answer as written, None when it says nothing, or _REFUSED; its key in the target
    version, None when archived; the target field): the row decoded and its value checked."""
    sheet = ANSWERS
    new_key = key if identity else chain.carry(key, None)[0]
    resolved = q.resolve_key(new_key) if new_key is not None else None
    fld = resolved[1] if resolved else None
    whole = q.item(new_key) if resolved is None and new_key is not None else None
    comment_only = whole is not None and whole.type in codec.COMMENT_ONLY_ITEMS
    answer, errors = codec.decode_answer(fld, key, cells, comment_only=comment_only, lang=lang)
    for err in errors:
        problems.add(sheet, _cell(col[err.column], r), err.message)
    if new_key is not None and resolved is None and not comment_only:
        problems.add(sheet, _cell(col["Answer key"], r), f"{key}: unknown answer key for questionnaire "
                                                         f"{q.id} {q.version}")
        return _REFUSED, new_key, fld
    if errors:
        return _REFUSED, new_key, fld
    raw_ans = None if not is_meaningful(answer) else answer
    if raw_ans is not None and answer.status == ANSWERED and fld is not None:
        if identity:
            try:  # the value as the application stores it (choice lists in their order)
                stored = check_value(fld, answer.value, key)
                if stored is not answer.value:
                    raw_ans = replace(raw_ans, value=stored)
            except AnswerValueError as exc:
                problems.add(sheet, _cell(col["Code"], r), f"{key}: {exc.message}")
                return _REFUSED, new_key, fld
        else:
            raw_ans = _normalised(fld, raw_ans, key)
    return raw_ans, new_key, fld


def _mapped(chain: Chain, report: MappingReport, key: str, new_key: str | None, fld: Any, raw_ans: Answer,
            r: int, c_code: int, problems: _Problems) -> Answer | None:
    """The answer of an earlier questionnaire version carried to the target version (recorded in
    ``report``: archived, recoded or kept), or None when it is archived or refused."""
    if new_key is None:
        report.archived.append(canonical_answers({key: raw_ans})[0])
        return None
    mapped_value = chain.carry(key, raw_ans.value)[1]
    if raw_ans.status == ANSWERED and fld is not None:
        try:
            mapped_value = check_value(fld, mapped_value, new_key)
        except AnswerValueError as exc:
            problems.add(ANSWERS, _cell(c_code, r), f"{key}: {exc.message}")
            return None
    if new_key != key or mapped_value != raw_ans.value:
        report.recoded.append((key, new_key, raw_ans.value, mapped_value))
    else:
        report.kept.append(key)
    return Answer(new_key, mapped_value, raw_ans.status, raw_ans.comment, raw_ans.evidence)


def _edited_cells(checks: list[tuple], col: dict[str, int]) -> list[EditedCell]:
    """The cells changed since the export: each row's check written at the export against the
    answer read now."""
    edited: list[EditedCell] = []
    for r, key, written, raw_ans in checks:
        written = _str(written).strip()
        now = row_check(raw_ans)
        if written == now:
            continue
        w_parts, n_parts = written.split("-"), now.split("-")
        for i, (part, cols) in enumerate(ROW_CHECK_PARTS):
            if len(w_parts) != len(n_parts) or w_parts[i] != n_parts[i]:
                edited.append(EditedCell(ANSWERS, _cell(col[cols[0]], r), key, part))
    return edited


def _read_answers(rows, q: Questionnaire, chain: Chain, problems: _Problems, cancelled, expected_sum: str,
                  lang: str = "en"):
    """(answers for the target version, raw answers as written, value cells, edited cells, report,
    the Row check written at the export per key).

    A measured hot loop (every row of every workbook aggregated): the rows that say nothing and
    those holding only a Code already decoded in this process are settled inline; the others are
    decoded (:func:`_decoded_row`) and, from an earlier questionnaire version, carried to the
    target version (:func:`_mapped`)."""
    col = _answers_columns(rows, problems, lang)
    c_key, c_code, c_dk, c_na = col["Answer key"], col["Code"], col["Don't know"], col["Not applicable"]
    c_comment, c_ev, c_check = col["Comment"], col["Evidence"], col["Row check"]
    width = len(ANSWERS_COLUMNS)
    identity = chain is None or not chain.steps
    known = _known_keys(q)
    report = None if identity else MappingReport(chain.describe())
    plan: dict[str, Answer] = {}
    raw: dict[str, Answer] = {}
    cells: dict[str, tuple[int, int]] = {}  # answer key -> (column, row) of its value cell
    checks: list[tuple] = []  # (row, key, written check, raw answer) for the row checks
    seen: dict[str, int] = {}
    # only for a questionnaire loaded from its files (one built in code has no content hash)
    decoded = _DECODED.setdefault((q.id, q.version, q.content_hash), {}) if q.content_hash else {}
    continued = 0  # rows up to here continue an earlier row's evidence (joined with it)
    for r in range(1, len(rows)):
        if r % 1000 == 0:
            jobs.check(cancelled)
        if r <= continued:
            continue
        row = rows[r]
        if len(row) < width:
            row = list(row) + [""] * (width - len(row))
        key = _row_key(row, r, c_key, width, seen, problems)
        if key is None:
            continue
        code, dk_v, na_v, comment_v = row[c_code], row[c_dk], row[c_na], row[c_comment]
        ev_v, continued = _evidence_beyond(rows, r, key, col, row[c_ev])
        if identity and (code == "" or code is None) and (dk_v == "" or _blank(dk_v)) \
                and (na_v == "" or _blank(na_v)) and comment_v == "" and (ev_v == "" or _blank(ev_v)) \
                and key in known:
            checks.append((r, key, row[c_check], None))  # the common case: nothing answered
            continue
        memo = None
        if identity and dk_v == "" and na_v == "" and comment_v == "" and ev_v == "" \
                and code.__class__ in _MEMO_TYPES:
            # a row holding only a Code: decoded and checked once per key and value in a process
            memo = (key, code.__class__, code)
            known_answer = decoded.get(memo)
            if known_answer is not None:
                checks.append((r, key, row[c_check], known_answer))
                raw[key] = plan[key] = known_answer
                cells[key] = (c_code, r)
                continue
        raw_ans, new_key, fld = _decoded_row(q, chain, identity, key, AnswerCells(code, dk_v, na_v, comment_v, ev_v),
                                             r, col, problems, lang)
        if raw_ans is _REFUSED:
            continue
        checks.append((r, key, row[c_check], raw_ans))
        if raw_ans is None:
            continue
        raw[key] = raw_ans
        if identity:
            plan[key] = raw_ans
            cells[key] = (c_code, r)
            if memo is not None and raw_ans.value.__class__ is not list:  # never a value one could change
                if len(decoded) >= _MEMO_MAX:
                    decoded.clear()
                decoded[memo] = raw_ans
            continue
        assert report is not None  # made whenever the chain has steps
        carried = _mapped(chain, report, key, new_key, fld, raw_ans, r, c_code, problems)
        if carried is not None:
            plan[carried.key] = carried
            cells[carried.key] = (c_code, r)
    actual_sum = answers_checksum(raw)
    # only when the checksum differs is it worth hashing every row: name the cells that changed
    edited = _edited_cells(checks, col) if actual_sum != expected_sum else []
    parts = {"value": c_code, "comment": c_comment, "evidence": c_ev}
    written_checks = {key: (w if w.__class__ is str else _str(w)).strip() for _r, key, w, _a in checks} \
        if identity else {}
    return list(plan.values()), raw, _CellNames(ANSWERS, cells, parts), edited, report, written_checks, actual_sum


def _continues(row, key: str, col: dict[str, int]) -> bool:
    """Whether ``row`` continues the evidence of the row of ``key`` above it: the same key, more
    evidence, and nothing else editable (see docs/workbook-format.md, Evidence)."""
    c_key = col["Answer key"]  # nearly every row is the next answer's: settled first, cheaply
    k = row[c_key] if c_key < len(row) else ""
    if k != key and (k.strip() if isinstance(k, str) else _str(k).strip()) != key:
        return False

    def at(name):
        i = col[name]
        return row[i] if i < len(row) else ""

    if _blank(at("Evidence")):
        return False
    return all(_blank(at(name)) for name in ("Code", "Don't know", "Not applicable", "Comment", "Row check"))


class _CellNames(dict):
    """answer key -> "Answers!H12", the names computed on demand (most are never needed)."""

    def __init__(self, sheet: str, coords: dict, parts: dict[str, int] | None = None):
        super().__init__()
        self._sheet = sheet
        self._coords = coords
        self._parts = parts or {}

    def at(self, key: str, part: str = "value") -> str | None:
        """The cell of ``key``'s row that holds ``part`` (value | comment | evidence): a
        comment's change is named at its Comment cell, not at the value's."""
        if key not in self._coords:
            return None
        c, r = self._coords[key]
        return f"{self._sheet}!{_cell(self._parts.get(part, c), r)}"

    def get(self, key, default=None):
        if key in self._coords:
            c, r = self._coords[key]
            return f"{self._sheet}!{_cell(c, r)}"
        return default

    def __getitem__(self, key):
        v = self.get(key)
        if v is None:
            raise KeyError(key)
        return v

    def __contains__(self, key):
        return key in self._coords

    def __iter__(self):
        return iter(self._coords)

    def __len__(self):
        return len(self._coords)

    def items(self):
        return ((k, self.get(k)) for k in self._coords)

    def keys(self):
        return self._coords.keys()


def _normalised(fld, a: Answer | None, key: str) -> Answer | None:
    """The answer as the application would have stored it (choice lists in their order)."""
    if a is None or a.status != ANSWERED or fld is None:
        return a
    try:
        return Answer(a.key, check_value(fld, a.value, key), a.status, a.comment, a.evidence)
    except AnswerValueError:
        return a


def _check_constraints(q: Questionnaire, answers: list[Answer], cells, problems) -> None:
    """Constraints that relate answers to each other (types and choices are already checked)."""
    sheet = None
    for a in answers:
        if a.status != ANSWERED:
            continue
        resolved = q.resolve_key(a.key)
        if resolved is None or not resolved[1].constraint:
            continue
        if sheet is None:
            sheet = AnswerSheet.of(q, answers)
        msg = sheet.constraint_error(a.key, a.value)
        if msg:
            s, _, c = cells.get(a.key, f"{ANSWERS}!").partition("!")
            problems.add(s, c, f"{a.key}: {msg}")
