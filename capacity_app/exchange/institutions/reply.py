"""Reading an institution's returned workbook with the one bounded reader
(``reader.Workbook``), into plain data: which form it is (assessment, institution, questionnaire,
language), who answered (the cover's respondent cells), and each value the institution gave where
it differs from what was sent, or comes with a comment. No database here: the service
(``services.institution_forms``) matches the reply to its assessment and stores the values as
proposals.

Everything is checked before anything is taken: the form's identity (``_form``, with its check),
its format version, every row's protected cells (key, section, question, explanation: a check per
row), nothing written outside the answer cells, each answer read as its field's value (a label of
its list, a number in range, a date). The first problem refuses the whole file, naming the cell
(:class:`~.importer.WorkbookError`)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ... import jobs
from ...domain.answers import AnswerValueError, check_value
from ...domain.celltext import text_problem
from ...domain.texts import text as en_line  # the English of a line cli/said.py translates
from ...domain.institutions.proposals import COMMENT_MAX
from ...domain.questionnaire import Questionnaire
from ...domain.status import ANSWERED, DONT_KNOW
from .form import (
    COL_ANSWER,
    COL_COMMENT,
    COL_DONT_KNOW,
    COL_HELP,
    COL_KEY,
    COL_QUESTION,
    COL_SECTION,
    FORM_SHEET,
    FORMAT,
    FORMAT_VERSION,
    HEADER_ROW,
    CellRefused,
    form_check,
    read_cell,
    row_check,
)
from ..workbook.importer import ImportPlan, WorkbookError, plan_from_workbook
from .texts import TEXTS
from ..outside.reader import Workbook, column_index, column_name
from ..outside.safety import DEFAULT_LIMITS, Limits, UnsafeWorkbook

MAX_ROW = 1_048_576  # the last row of a sheet
# what a "don't know" cell may hold: the word in any of the six languages, or a mark
_DONT_KNOW = {v.casefold() for v in TEXTS["dont_know"].values()} | {"x", "✓", "yes"}


@dataclass(frozen=True)
class ReplyValue:
    """One value of a reply: ``key``, ``status`` (answered or dont_know), ``value`` (checked for its
    field's type and list), the respondent's ``comment``, and the ``cell`` it was read from."""

    key: str
    status: str
    value: Any
    comment: str
    cell: str


@dataclass(frozen=True)
class InstitutionReply:
    """A returned institution workbook read and checked: its ``meta`` (the ``_form`` identity), the
    respondent and their position, the values given (:class:`ReplyValue`), and how many answer cells
    were left as sent."""

    path: str
    meta: dict[str, str]
    respondent: str
    role: str
    values: list[ReplyValue] = field(default_factory=list)
    unchanged: int = 0

    @property
    def institution(self) -> str:
        return self.meta.get("institution", "")

    @property
    def uid(self) -> str:
        return self.meta.get("assessment_uid", "")


def is_institution_form(sheet_names: list[str]) -> bool:
    return FORM_SHEET in sheet_names


def read_reply(path, q: Questionnaire, progress=None, cancelled=None,
               limits: Limits = DEFAULT_LIMITS) -> InstitutionReply | None:
    """The reply in ``path`` read and checked, or None when the workbook is no institution form (an
    exchange workbook, say); a refused file raises :class:`WorkbookError` naming sheet, cell and
    reason."""
    jobs.report(progress, 0.0, "checking the file")
    try:
        with Workbook(str(path), limits) as wb:
            jobs.check(cancelled)
            if not is_institution_form(wb.sheet_names):
                return None
            return _read(wb, q)
    except UnsafeWorkbook as exc:
        raise WorkbookError(str(path), [(exc.sheet, exc.cell, exc.reason)]) from None


def read_reply_or_plan(path, q: Questionnaire, progress=None, cancelled=None, *, mappings=None,
                       limits: Limits = DEFAULT_LIMITS) -> InstitutionReply | ImportPlan:
    """An institution's reply (:func:`read_reply`) or, for any other workbook, the exchange
    workbook's plan (``importer.plan_from_workbook``): the file opened and its archive checked
    once, whichever it is. A refused file raises :class:`WorkbookError`."""
    jobs.report(progress, 0.0, "checking the file")
    try:
        with Workbook(str(path), limits) as wb:
            jobs.check(cancelled)
            if is_institution_form(wb.sheet_names):
                return _read(wb, q)
            return plan_from_workbook(wb, q, progress, cancelled, mappings=mappings)
    except UnsafeWorkbook as exc:
        raise WorkbookError(str(path), [(exc.sheet, exc.cell, exc.reason)]) from None


def refused(path: str, sheet: str, cell: str, reason: str) -> WorkbookError:
    return WorkbookError(path, [(sheet, cell, reason)])


def cell_at(rows: list[list[Any]], row: int, col: int) -> Any:
    """The value at 1-based (row, col), '' when there is none."""
    if 1 <= row and 1 <= col and row - 1 < len(rows):
        r = rows[row - 1]
        if col - 1 < len(r):
            v = r[col - 1]
            return "" if v is None else v
    return ""


def cell_text(v: Any) -> str:
    return v if isinstance(v, str) else ("" if v is None or v == "" else str(v))


def _form(wb: Workbook) -> tuple[dict[str, str], dict[int, tuple[str, str, str]]]:
    path = wb.path
    rows = wb.rows(FORM_SHEET)
    pairs = [(cell_text(cell_at(rows, i, 1)), cell_text(cell_at(rows, i, 2))) for i in range(1, len(rows) + 1)]
    pairs = [p for p in pairs if p != ("", "")]
    if not pairs or pairs[-1][0] != "check" or form_check(pairs[:-1]) != pairs[-1][1]:
        raise refused(path, FORM_SHEET, "", en_line("cli.form_edited"))
    meta: dict[str, str] = {}
    rows_by_number: dict[int, tuple[str, str, str]] = {}
    for k, v in pairs[:-1]:
        if k.startswith("row."):
            number = k[4:]
            key, check, sent = (v.split("\x1d") + ["", "", ""])[:3]
            # a row of a sheet (Excel's last is 1,048,576), and the sent value as it was written
            if not (number.isascii() and number.isdigit() and HEADER_ROW < int(number) <= MAX_ROW) \
                    or not _json_ok(sent):
                raise refused(path, FORM_SHEET, "", "the form's hidden identity sheet is not one this application "
                                                    "wrote (a row it names cannot be)")
            rows_by_number[int(number)] = (key, check, sent)
        else:
            meta[k] = v
    if meta.get("format") != FORMAT:
        raise refused(path, FORM_SHEET, "", "not an institution form of capacity-app")
    if meta.get("format_version") != FORMAT_VERSION:
        raise refused(path, FORM_SHEET, "", f"a form of version {meta.get('format_version', '?')[:10]!r}, which this "
                                            f"version of capacity-app does not read (it reads {FORMAT_VERSION})")
    return meta, rows_by_number


def _json_ok(text: str) -> bool:
    if not text:
        return True
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def respondent_of(wb: Workbook, meta: dict[str, str]) -> tuple[str, str]:
    """The respondent and role typed on a returned form's cover, in the cells its hidden form sheet names
    (the questionnaire's and the plan's progress forms alike)."""
    cover = meta.get("sheet.cover", "")
    if cover not in wb.sheet_names:
        raise refused(wb.path, cover, "", "the cover sheet is missing or was renamed")
    rows = wb.rows(cover)
    out = []
    for name in ("cell.respondent", "cell.role"):
        ref = meta.get(name, "")
        letters = "".join(ch for ch in ref if ch.isascii() and ch.isalpha())
        digits = "".join(ch for ch in ref if ch.isascii() and ch.isdigit())
        ok = letters and digits and len(letters) <= 3 and len(digits) <= 7
        value = cell_at(rows, int(digits), column_index(letters.upper()) + 1) if ok else ""
        out.append(" ".join(cell_text(value).split())[:200])
    return out[0], out[1]


def _read(wb: Workbook, q: Questionnaire) -> InstitutionReply:
    path = wb.path
    meta, form_rows = _form(wb)
    lang = meta.get("language", "en")
    sheet = meta.get("sheet.questions", "")
    if sheet not in wb.sheet_names:
        raise refused(path, sheet, "", "the questions sheet is missing or was renamed")
    for bad_sheet in (sheet, meta.get("sheet.cover", "")):
        formulas = wb.formula_cells(bad_sheet) if bad_sheet in wb.sheet_names else []
        if formulas:
            raise refused(path, bad_sheet, formulas[0], "a formula: type the value itself")
    respondent, role = respondent_of(wb, meta)
    rows = wb.rows(sheet)
    values: list[ReplyValue] = []
    unchanged = 0
    last = max(len(rows), max(form_rows, default=0))
    for n in range(HEADER_ROW + 1, last + 1):
        protected = [cell_text(cell_at(rows, n, c)) for c in (COL_KEY, COL_SECTION, COL_QUESTION, COL_HELP)]
        entry = form_rows.get(n)
        filled = [c for c in (COL_ANSWER, COL_DONT_KNOW, COL_COMMENT) if cell_text(cell_at(rows, n, c)).strip()]
        if entry is None:
            if protected[0]:
                raise refused(path, sheet, f"A{n}", "a row was added or moved: rows must stay as they were sent")
            if filled:
                raise refused(path, sheet, f"{column_name(filled[0] - 1)}{n}",
                              "a value outside the answer cells (only the yellow cells are read)")
            continue
        key, check, sent = entry
        if protected[0] != key or row_check(*protected) != check:
            col = COL_QUESTION if protected[0] == key else COL_KEY
            raise refused(path, sheet, f"{column_name(col - 1)}{n}",
                          "a protected cell was changed (the question, its section or explanation, or the row's "
                          "place): send back the file as it was sent, with only the yellow cells filled")
        v = _value(q, key, rows, n, sent, lang, path, sheet)
        if v is None:
            unchanged += 1
        elif isinstance(v, ReplyValue):
            values.append(v)
    return InstitutionReply(path, meta, respondent, role, values, unchanged)


def _value(q: Questionnaire, key: str, rows, n: int, sent: str, lang: str, path: str, sheet: str
           ) -> ReplyValue | None | bool:
    """The row's value (None: left as sent; False: left empty), or a refusal naming the cell."""
    resolved = q.resolve_key(key)
    if resolved is None:
        raise refused(path, sheet, f"A{n}", f"{key[:80]!r} is not a question of this questionnaire (an old form?)")
    fld = resolved[1]
    raw = cell_at(rows, n, COL_ANSWER)
    dk = cell_text(cell_at(rows, n, COL_DONT_KNOW)).strip()
    comment = cell_text(cell_at(rows, n, COL_COMMENT)).strip()
    too_long = text_problem(comment, "comment", COMMENT_MAX) if comment else None
    if too_long:  # said with its cell, as every refusal of a reply (the key alone before)
        raise refused(path, sheet, f"{column_name(COL_COMMENT - 1)}{n}", too_long)
    answer_cell = f"{column_name(COL_ANSWER - 1)}{n}"
    sent_value = None
    sent_raw = json.loads(sent) if sent else None
    if sent_raw is not None:
        try:
            sent_value = read_cell(fld, sent_raw, lang, key)
        except CellRefused:
            sent_value = None
    if dk:
        if dk.casefold() not in _DONT_KNOW:
            word = TEXTS["dont_know"].get(lang) or TEXTS["dont_know"]["en"]
            raise refused(path, sheet, f"{column_name(COL_DONT_KNOW - 1)}{n}",
                          f"{dk[:40]!r} is not {word!r} (leave it empty or "
                          "choose it from the list)")
        given = _has(raw)
        if given and _decoded(fld, raw, lang, key, path, sheet, answer_cell) != sent_value:
            raise refused(path, sheet, answer_cell, "an answer and \"don't know\" both given: keep one of them")
        return ReplyValue(key, DONT_KNOW, None, comment, f"{column_name(COL_DONT_KNOW - 1)}{n}")
    if not _has(raw):
        if comment:
            raise refused(path, sheet, f"{column_name(COL_COMMENT - 1)}{n}",
                          "a comment without an answer: give the answer, or choose \"don't know\"")
        return None if sent_raw is None else False
    value = _decoded(fld, raw, lang, key, path, sheet, answer_cell)
    if value == sent_value and not comment:
        return None
    return ReplyValue(key, ANSWERED, value, comment, answer_cell)


def _has(raw: Any) -> bool:
    return not (raw is None or (isinstance(raw, str) and not raw.strip()))


def _decoded(fld, raw: Any, lang: str, key: str, path: str, sheet: str, cell: str) -> Any:
    """The cell's value, checked as every answer is (type, range, list), or a refusal naming it."""
    try:
        return check_value(fld, read_cell(fld, raw, lang, key), key, lang)
    except CellRefused as exc:
        raise refused(path, sheet, cell, str(exc)) from None
    except AnswerValueError as exc:
        raise refused(path, sheet, cell, exc.message) from None


__all__ = ["InstitutionReply", "ReplyValue", "is_institution_form", "read_reply", "read_reply_or_plan"]
