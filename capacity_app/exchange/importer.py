"""Importing an exchange workbook: read and check everything first (:func:`read_workbook`, no
database writes), show what would change (:func:`diff_import`), then write it all in one
transaction (:func:`apply_import`)."""
from __future__ import annotations

import datetime as _dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import jobs
from ..catalog import countries
from ..domain.answers import (
    ANSWERED, DONT_KNOW, EMPTY, NOT_APPLICABLE, TEXT_MAX, Answer, AnswerSheet, Evidence, ValueError_,
    check_value, coerce_text,
)
from ..domain.assessment import STATUSES, Assessment, Institution
from ..domain.questionnaire import Questionnaire
from . import format as F
from .mapping import Chain, MappingError, find_chain, load_mappings
from .reader import Workbook
from .safety import DEFAULT_LIMITS, Limits, UnsafeWorkbook

MAX_REPORTED = 20


class WorkbookError(Exception):
    """A refused workbook. The message names the file, sheet, cell and reason; ``problems`` holds
    every problem found as (sheet, cell, reason)."""

    user_error = True

    def __init__(self, path, problems: list[tuple[str, str, str]]):
        self.path = str(path)
        self.problems = problems
        sheet, cell, reason = problems[0]
        where = f"{sheet}!{cell}: " if sheet and cell else (f"{sheet}: " if sheet else "")
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(f"{self.path}: {where}{reason}{more}")

    @property
    def sheet(self) -> str:
        return self.problems[0][0]

    @property
    def cell(self) -> str:
        return self.problems[0][1]

    @property
    def reason(self) -> str:
        return self.problems[0][2]


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
    warnings: list[str] = field(default_factory=list)

    @property
    def checksum_ok(self) -> bool:
        return self.checksum_expected == self.checksum_actual


@dataclass(frozen=True)
class Difference:
    """One change an import would make, or one cell edited outside the application."""

    kind: str  # "changed" | "added" | "removed" | "edited_outside" | "metadata"
    key: str
    cell: str  # e.g. "Answers!H12" ("" when the row is not in the file)
    what: str  # value | comment | evidence | field name
    old: Any = None
    new: Any = None

    def describe(self) -> str:
        where = f"{self.cell} " if self.cell else ""
        if self.kind == "edited_outside":
            return f"{where}({self.key}) {self.what} edited outside the application"
        if self.kind == "metadata":
            return f"{self.what}: {_show(self.old)} -> {_show(self.new)}"
        return f"{where}{self.key} {self.what}: {_show(self.old)} -> {_show(self.new)}"


def _show(v: Any) -> str:
    if v is None or v == "":
        return "(empty)"
    s = ", ".join(map(str, v)) if isinstance(v, (list, tuple)) else str(v)
    return s if len(s) <= 80 else s[:77] + "..."


# --- reading -----------------------------------------------------------------------------------

_TRUE = {"yes", "y", "x", "true", "1", "oui", "sí", "si"}
_FALSE = {"", "no", "n", "false", "0", "non"}


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

    def fail(self, sheet: str, cell: str, reason: str):
        self.add(sheet, cell, reason)
        raise WorkbookError(self.path, self.items)


def _cell(col: int, row: int) -> str:
    return f"{F.column_letter(col + 1)}{row + 1}"


def _str(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, (_dt.datetime,)):
        return v.date().isoformat() if v.time() == _dt.time() else v.isoformat()
    if isinstance(v, _dt.date):
        return v.isoformat()
    return str(v)


def read_metadata(wb: Workbook, problems: _Problems) -> tuple[dict[str, Any], dict[str, str]]:
    if F.METADATA not in wb.sheet_names:
        problems.fail(F.METADATA, "", "the sheet is missing (is this a capacity-app workbook?)")
    for ref in wb.formula_cells(F.METADATA):
        problems.add(F.METADATA, ref, "contains a formula; formulas are never evaluated (type the value)")
    _refuse_error_cells(wb, F.METADATA, problems)
    problems.raise_if_any()
    rows = wb.rows(F.METADATA)
    header = tuple(_str(v) for v in (rows[0] if rows else [])[:2])
    if header != F.METADATA_COLUMNS:
        problems.fail(F.METADATA, "A1", f"expected the header {' | '.join(F.METADATA_COLUMNS)}")
    meta: dict[str, Any] = {}
    where: dict[str, str] = {}
    for r, row in enumerate(rows[1:], 1):
        name = _str(row[0] if row else "").strip()
        if not name:
            continue
        meta[name] = row[1] if len(row) > 1 else ""
        where[name] = _cell(1, r)
    return meta, where


def _refuse_error_cells(wb: Workbook, sheet: str, problems: "_Problems") -> None:
    for ref, error in wb.error_cells(sheet):
        problems.add(sheet, ref, f"holds the spreadsheet error {error}, not a value (type the value, "
                                 "or clear the cell to leave the answer empty)")


def read_workbook(path, questionnaire: Questionnaire, progress=None, cancelled=None, *,
                  mappings=None, limits: Limits = DEFAULT_LIMITS) -> ImportPlan:
    """Read and check a workbook completely; no database access. Raises :class:`WorkbookError`
    naming file, sheet, cell and reason."""
    _progress(progress, 0.0, "checking the file")
    try:
        wb = Workbook(str(path), limits)
    except UnsafeWorkbook as exc:
        raise WorkbookError(str(path), [("", "", exc.reason)]) from None
    with wb:
        return plan_from_workbook(wb, questionnaire, progress, cancelled, mappings=mappings)


def plan_from_workbook(wb: Workbook, q: Questionnaire, progress=None, cancelled=None, *,
                       mappings=None) -> ImportPlan:
    path = wb.path
    file_sha = hashlib.sha256(wb.checked.data).hexdigest()
    _check(cancelled)
    problems = _Problems(path)
    meta, where = read_metadata(wb, problems)
    chain = _check_meta(meta, where, q, problems, mappings)
    problems.raise_if_any()
    _progress(progress, 0.2, "reading answers")
    if F.ANSWERS not in wb.sheet_names:
        problems.fail(F.ANSWERS, "", "the sheet is missing")
    for ref in wb.formula_cells(F.ANSWERS):
        problems.add(F.ANSWERS, ref, "contains a formula; formulas are never evaluated "
                                     "(type the value instead)")
    _refuse_error_cells(wb, F.ANSWERS, problems)
    problems.raise_if_any()
    try:
        rows = wb.rows(F.ANSWERS)
    except UnsafeWorkbook as exc:
        problems.fail(F.ANSWERS, "", exc.reason)
    _check(cancelled)
    expected = _str(meta.get("answers_sha256")).strip().lower()
    plan_answers, raw_answers, cells, edited, report = _read_answers(rows, q, chain, problems, cancelled,
                                                                     expected)
    problems.raise_if_any()
    _progress(progress, 0.8, "checking values")
    _check_constraints(q, plan_answers, cells, problems)
    problems.raise_if_any()
    actual = F.answers_checksum(raw_answers)
    warnings = []
    if expected != actual and not edited:
        edited.append(EditedCell(F.METADATA, where.get("answers_sha256", ""), "", "row"))
        warnings.append("the checksum does not match, but no single answer row differs: rows were "
                        "deleted or row checks edited outside the application")
    if expected == actual:
        edited = []  # row checks are only advisory when the whole checksum holds
    if _str(meta.get("questionnaire_version")) == q.version and \
            _str(meta.get("questionnaire_hash")) not in ("", q.content_hash):
        warnings.append("the questionnaire text differs from this application's (same version, "
                        "different content hash)")
    c = countries.lookup(_str(meta.get("country_iso3")))
    inst = []
    for line in _str(meta.get("institutions")).splitlines():
        if line.strip():
            name, _, role = line.partition(" | ")
            inst.append(Institution(name.strip(), role.strip()))
    _progress(progress, 1.0, "read")
    return ImportPlan(
        path=path, file_sha256=file_sha, meta={k: _str(v) for k, v in meta.items()},
        uid=_str(meta.get("assessment_uid")).strip(), country=c.iso3, m49=c.m49 or _str(meta.get("m49")),
        round=int(float(meta.get("round"))), title=_str(meta.get("title")),
        status=_str(meta.get("status")) or "draft",
        mission_start=_str(meta.get("mission_start")), mission_end=_str(meta.get("mission_end")),
        reference_date=_str(meta.get("reference_date")), institutions=tuple(inst),
        questionnaire_id=_str(meta.get("questionnaire_id")),
        questionnaire_version=_str(meta.get("questionnaire_version")), target_version=q.version,
        answers=plan_answers, cells=cells, checksum_expected=expected, checksum_actual=actual,
        edited=edited, mapping=report, warnings=warnings)


def _check_meta(meta, where, q: Questionnaire, problems: _Problems, mappings) -> Chain | None:
    def cell(name):
        return where.get(name, "B?")

    fmt = _str(meta.get("format")).strip()
    if fmt != F.FORMAT_NAME:
        problems.fail(F.METADATA, cell("format"), f"not a capacity-app assessment workbook "
                                                  f"(format is {fmt or 'missing'})")
    version = _str(meta.get("format_version")).strip()
    if version not in F.SUPPORTED_FORMAT_VERSIONS:
        problems.fail(F.METADATA, cell("format_version"),
                      f"workbook format version {version or '(missing)'} is not supported "
                      f"(this application reads version {', '.join(F.SUPPORTED_FORMAT_VERSIONS)})")
    for name in F.METADATA_FIELD_NAMES:
        if name not in meta:
            problems.add(F.METADATA, "", f"the field {name} is missing")
    problems.raise_if_any()
    qid = _str(meta.get("questionnaire_id")).strip()
    if qid != q.id:
        problems.fail(F.METADATA, cell("questionnaire_id"),
                      f"the workbook answers questionnaire {qid!r}, not {q.id!r}")
    qv = _str(meta.get("questionnaire_version")).strip()
    try:
        chain = find_chain(q.id, qv, q.version, mappings if mappings is not None else load_mappings())
    except MappingError as exc:
        problems.fail(F.METADATA, cell("questionnaire_version"), str(exc))
    if chain is None:
        problems.fail(F.METADATA, cell("questionnaire_version"),
                      f"questionnaire version {qv} cannot be imported: no declared mapping to "
                      f"version {q.version} (assessments/mappings)")
    uid = _str(meta.get("assessment_uid")).strip()
    if not uid or len(uid) > 64 or not all(ch.isalnum() or ch in "-_" for ch in uid):
        problems.add(F.METADATA, cell("assessment_uid"), "the assessment identifier is missing or malformed")
    if countries.lookup(_str(meta.get("country_iso3"))) is None:
        problems.add(F.METADATA, cell("country_iso3"), f"unknown country code {_str(meta.get('country_iso3'))!r}")
    try:
        rnd = float(meta.get("round"))
        if not rnd.is_integer() or not 1990 <= rnd <= 2100:
            raise ValueError
    except (TypeError, ValueError):
        problems.add(F.METADATA, cell("round"), f"round must be a year, got {_str(meta.get('round'))!r}")
    status = _str(meta.get("status"))
    if status and status not in STATUSES:
        problems.add(F.METADATA, cell("status"), f"status must be one of {', '.join(STATUSES)}")
    for name in ("mission_start", "mission_end", "reference_date"):
        v = _str(meta.get(name))
        if v:
            try:
                _dt.date.fromisoformat(v)
            except ValueError:
                problems.add(F.METADATA, cell(name), f"{name} must be a date YYYY-MM-DD, got {v!r}")
    return chain


def _flag(v: Any, sheet: str, col: int, row: int, problems: _Problems, name: str) -> bool:
    if v == "" or v is None:
        return False
    s = _str(v).strip().lower()
    if s in _TRUE:
        return True
    if s in _FALSE:
        return False
    problems.add(sheet, _cell(col, row), f"{name}: write 'yes' or leave empty, got {_str(v)[:40]!r}")
    return False


def _coerce(fld, raw: Any, key: str) -> Any:
    """A typed value from a cell value (calamine types), or raise ValueError_."""
    if isinstance(raw, bool):
        raw = "TRUE" if raw else "FALSE"
    if isinstance(raw, (_dt.datetime, _dt.date)):
        if fld.type != "date":
            raise ValueError_(key, f"expected {fld.type.replace('_', ' ')}, got a date")
        return (raw.date() if isinstance(raw, _dt.datetime) else raw).isoformat()
    if isinstance(raw, (_dt.time, _dt.timedelta)):
        raise ValueError_(key, f"expected {fld.type.replace('_', ' ')}, got a time")
    if isinstance(raw, (int, float)):
        if fld.type in ("integer", "year", "rating"):
            if isinstance(raw, float) and not raw.is_integer():
                raise ValueError_(key, f"expected a whole number, got {raw!r}")
            return int(raw)
        if fld.type == "decimal":
            return float(raw)
        raw = _str(raw)  # a number typed in a text or choice cell
    text = str(raw)
    if fld.type in ("select_one", "date"):
        text = text.strip()
    if fld.type == "select_one":
        return text
    if fld.type == "select_multiple" and text.strip() == F.NONE_SELECTED:
        return []
    return coerce_text(fld, text, key)


_KNOWN_KEYS: dict[tuple, frozenset] = {}


def _known_keys(q: Questionnaire) -> frozenset:
    k = (q.id, q.version, q.content_hash)
    if k not in _KNOWN_KEYS:
        _KNOWN_KEYS[k] = frozenset(key for key, _, _ in q.all_keys())
    return _KNOWN_KEYS[k]


def _blank(v: Any) -> bool:
    return v is None or v == "" or (isinstance(v, str) and not v.strip())


def _read_answers(rows, q: Questionnaire, chain: Chain, problems: _Problems, cancelled, expected_sum: str):
    """(answers for the target version, raw answers as written, value cells, edited cells, report)."""
    sheet = F.ANSWERS
    header = tuple(_str(v) for v in (rows[0] if rows else []))
    expected = F.ANSWERS_COLUMNS
    if header[:len(expected)] != expected:
        bad = next((i for i in range(len(expected)) if i >= len(header) or header[i] != expected[i]), 0)
        problems.fail(sheet, _cell(bad, 0), f"expected the column {expected[bad]!r} here "
                                            "(the Answers columns were changed)")
    col = {name: i for i, name in enumerate(expected)}
    c_key, c_code, c_dk, c_na = col["Answer key"], col["Code"], col["Don't know"], col["Not applicable"]
    c_comment, c_ev, c_check = col["Comment"], col["Evidence"], col["Row check"]
    width = len(expected)
    identity = chain is None or not chain.steps
    known = _known_keys(q)
    report = None if identity else MappingReport(chain.describe())
    plan: dict[str, Answer] = {}
    raw: dict[str, Answer] = {}
    cells: dict[str, str] = {}
    checks: list[tuple] = []  # (row, key, written check, field, raw answer) for the row checks
    seen: dict[str, int] = {}
    for r in range(1, len(rows)):
        if r % 1000 == 0:
            _check(cancelled)
        row = rows[r]
        if len(row) < width:
            row = list(row) + [""] * (width - len(row))

        def cell(c_i, r=r):
            return _cell(c_i, r)

        key = row[c_key]
        key = key.strip() if isinstance(key, str) else _str(key).strip()
        if not key:
            if any(not _blank(v) for v in row[:width]):
                problems.add(sheet, cell(c_key), "the answer key is empty but the row holds values")
            continue
        if key in seen:
            problems.add(sheet, cell(c_key), f"{key} appears twice (rows {seen[key] + 1} and {r + 1})")
            continue
        seen[key] = r
        code, dk_v, na_v, comment_v, ev_v = row[c_code], row[c_dk], row[c_na], row[c_comment], row[c_ev]
        if identity and key in known and (code == "" or code is None) and _blank(dk_v) \
                and _blank(na_v) and comment_v == "" and _blank(ev_v):
            checks.append((r, key, row[c_check], None))  # the common case: nothing answered
            continue
        new_key = key if identity else chain.carry(key, None)[0]
        resolved = q.resolve_key(new_key) if new_key is not None else None
        dk = _flag(dk_v, sheet, c_dk, r, problems, "Don't know")
        na = _flag(na_v, sheet, c_na, r, problems, "Not applicable")
        comment = _str(comment_v)
        if len(comment) > TEXT_MAX:
            problems.add(sheet, cell(c_comment), f"the comment is longer than {TEXT_MAX} characters")
        evidence = ()
        if not _blank(ev_v):
            try:
                evidence = tuple(Evidence(k, t) for k, t in F.evidence_from_text(_str(ev_v)))
            except ValueError as exc:
                problems.add(sheet, cell(c_ev), str(exc))
        if new_key is not None and resolved is None:
            problems.add(sheet, cell(c_key), f"{key}: unknown answer key for questionnaire "
                                             f"{q.id} {q.version}")
            continue
        value = None
        status = EMPTY
        if dk and na:
            problems.add(sheet, cell(c_dk), "both Don't know and Not applicable are marked")
            continue
        fld = resolved[1] if resolved else None
        # whitespace is a value only for text answers (a stray space elsewhere means empty)
        has_value = not (code is None or code == "" or (
            isinstance(code, str) and not code.strip() and (fld is None or fld.type != "text")))
        if has_value and (dk or na):
            problems.add(sheet, cell(c_code), "a value is given and Don't know / Not applicable is "
                                              "marked too: keep only one")
            continue
        if has_value:
            if fld is None:  # archived key: keep the value as given
                value = code if isinstance(code, (int, float, str)) else _str(code)
            else:
                try:
                    value = _coerce(fld, code, key)
                except ValueError_ as exc:
                    problems.add(sheet, cell(c_code), f"{key}: {exc.message}")
                    continue
            status = ANSWERED
        elif dk:
            status = DONT_KNOW
            if fld is not None and not fld.dont_know:
                problems.add(sheet, cell(c_dk), f"{key}: 'don't know' is not accepted for this item")
        elif na:
            status = NOT_APPLICABLE
            if fld is not None and not fld.not_applicable:
                problems.add(sheet, cell(c_na), f"{key}: 'not applicable' is not accepted for this item")
        raw_ans = None if (status == EMPTY and not comment and not evidence) else \
            Answer(key, value, status, comment, evidence)
        if raw_ans is not None and status == ANSWERED and fld is not None:
            if identity:
                try:  # the value as the application stores it (choice lists in their order)
                    raw_ans = Answer(key, check_value(fld, value, key), status, comment, evidence)
                except ValueError_ as exc:
                    problems.add(sheet, cell(c_code), f"{key}: {exc.message}")
                    continue
            else:
                raw_ans = _normalised(fld, raw_ans, key)
        checks.append((r, key, row[c_check], raw_ans))
        if raw_ans is None:
            continue
        raw[key] = raw_ans
        if identity:
            plan[key] = raw_ans
            cells[key] = (c_code, r)
            continue
        if new_key is None:
            report.archived.append(F_canonical(raw_ans))
            continue
        mapped_value = chain.carry(key, raw_ans.value)[1]
        if status == ANSWERED:
            try:
                mapped_value = check_value(fld, mapped_value, new_key)
            except ValueError_ as exc:
                problems.add(sheet, cell(c_code), f"{key}: {exc.message}")
                continue
        if new_key != key or mapped_value != raw_ans.value:
            report.recoded.append((key, new_key, raw_ans.value, mapped_value))
        else:
            report.kept.append(key)
        plan[new_key] = Answer(new_key, mapped_value, status, comment, evidence)
        cells[new_key] = (c_code, r)
    edited: list[EditedCell] = []
    if F.answers_checksum(raw) != expected_sum:
        # only then is it worth hashing every row: name the cells that changed since the export
        for r, key, written, raw_ans in checks:
            written = _str(written).strip()
            now = F.row_check(raw_ans)
            if written == now:
                continue
            w_parts, n_parts = written.split("-"), now.split("-")
            for i, (part, cols) in enumerate(F.ROW_CHECK_PARTS):
                if len(w_parts) != len(n_parts) or w_parts[i] != n_parts[i]:
                    edited.append(EditedCell(sheet, _cell(col[cols[0]], r), key, part))
    return list(plan.values()), raw, _CellNames(sheet, cells), edited, report


class _CellNames(dict):
    """answer key -> "Answers!H12", the names computed on demand (most are never needed)."""

    def __init__(self, sheet: str, coords: dict):
        super().__init__()
        self._sheet = sheet
        self._coords = coords

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
    except ValueError_:
        return a


def F_canonical(a: Answer) -> dict:
    return {"key": a.key, "status": a.status, "value": a.value, "comment": a.comment,
            "evidence": [{"kind": e.kind, "text": e.text} for e in a.evidence]}


def _check_constraints(q: Questionnaire, answers: list[Answer], cells, problems) -> None:
    """Constraints that relate answers to each other (types and choices are already checked)."""
    sheet = None
    for a in answers:
        if a.status != ANSWERED:
            continue
        fld = q.resolve_key(a.key)[1]
        if not fld.constraint:
            continue
        if sheet is None:
            sheet = AnswerSheet.of(q, answers)
        msg = sheet.constraint_error(a.key, a.value)
        if msg:
            s, _, c = cells.get(a.key, f"{F.ANSWERS}!").partition("!")
            problems.add(s, c, f"{a.key}: {msg}")


# --- differences and applying -----------------------------------------------------------------

def diff_import(store, plan: ImportPlan) -> list[Difference]:
    """What the import would change in the assessment with the same uid (nothing when it does
    not exist yet), then every cell edited outside the application (checksum mismatch)."""
    out: list[Difference] = []
    existing = store.find_assessment(plan.uid) if plan.uid else None
    if existing is not None:
        for name, new in (("title", plan.title), ("round", plan.round), ("status", plan.status),
                          ("mission_start", plan.mission_start), ("mission_end", plan.mission_end),
                          ("reference_date", plan.reference_date), ("country", plan.country)):
            old = getattr(existing, name)
            if old != new:
                out.append(Difference("metadata", "", "", name, old, new))
        old_answers = {k: a for k, a in store.answers(existing.id).items() if F.is_meaningful(a)}
        new_answers = {a.key: a for a in plan.answers}
        for key in sorted(set(old_answers) | set(new_answers)):
            o, n = old_answers.get(key), new_answers.get(key)
            cell = plan.cells.get(key, "")
            if o is None:
                out.append(Difference("added", key, cell, "value", None, _shown(n)))
                continue
            if n is None:
                out.append(Difference("removed", key, cell, "value", _shown(o), None))
                continue
            if (o.status, o.value) != (n.status, n.value):
                out.append(Difference("changed", key, cell, "value", _shown(o), _shown(n)))
            if (o.comment or "") != (n.comment or ""):
                out.append(Difference("changed", key, cell, "comment", o.comment, n.comment))
            if [(e.kind, e.text) for e in o.evidence] != [(e.kind, e.text) for e in n.evidence]:
                out.append(Difference("changed", key, cell, "evidence",
                                      F.evidence_to_text(o.evidence), F.evidence_to_text(n.evidence)))
    for e in plan.edited:
        out.append(Difference("edited_outside", e.key, f"{e.sheet}!{e.cell}" if e.cell else e.sheet, e.part))
    return out


def _shown(a: Answer | None) -> Any:
    if a is None:
        return None
    if a.status == DONT_KNOW:
        return "don't know"
    if a.status == NOT_APPLICABLE:
        return "not applicable"
    if a.status == EMPTY:
        return None
    return a.value


def apply_import(store, plan: ImportPlan) -> Assessment:
    """Create the assessment (same uid) or replace the answers of the existing one, all in one
    transaction, after a backup. On any error the database is unchanged."""
    store.backup("pre-import")
    settings_note = {
        "file": Path(plan.path).name, "sha256": plan.file_sha256,
        "at": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "questionnaire_version": plan.questionnaire_version,
        "checksum_ok": plan.checksum_ok, "edited_cells": len(plan.edited),
    }
    with store.transaction():
        existing = store.find_assessment(plan.uid)
        if existing is None:
            settings = {"imported_from": settings_note}
            if plan.mapping and plan.mapping.archived:
                settings["archived_answers"] = plan.mapping.archived
            a = store.create_assessment(
                country=plan.country, m49=plan.m49, round=plan.round, title=plan.title,
                questionnaire_id=plan.questionnaire_id, questionnaire_version=plan.target_version,
                mission_start=plan.mission_start, mission_end=plan.mission_end,
                reference_date=plan.reference_date, institutions=plan.institutions,
                settings=settings, status=plan.status if plan.status in STATUSES else "draft",
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
                status=plan.status if plan.status in STATUSES else existing.status,
                questionnaire_version=plan.target_version, settings=settings)
            if existing.deleted:
                store.restore_assessment(existing.id)
        store.replace_answers(a.id, plan.answers, note=f"import {Path(plan.path).name}")
    return store.assessment(a.id)


def _progress(progress, fraction: float, message: str) -> None:
    if progress is not None:
        progress(fraction, message)


def _check(cancelled) -> None:
    jobs.check(cancelled)
