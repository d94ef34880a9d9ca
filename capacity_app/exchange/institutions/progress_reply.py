"""Reading an institution's returned progress workbook (written by ``progress_form``)
with the one bounded reader, into plain data: which form it is (assessment, institution it was
sent to, period, language), who answered, and every row's open cells read (a status from its
list, a date, an amount, a text), each marked changed or not against what was sent.

Everything is checked before anything is taken, as a questionnaire reply is
(``institution_reply``): the ``_form`` identity and its check, the format version, every row's
protected cells (a check per row), no row added and nothing written outside the yellow cells, no
formula, each open cell readable as what its column takes. The first problem refuses the whole
file, naming the cell (:class:`~..workbook.importer.WorkbookError`). Whether the values may be
recorded (the period, the plan's cost lines, spent above disbursed, the action's lead) is the
service's check, the one ``actions progress set`` and ``value`` make."""
from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from ... import jobs
from ...domain.celltext import text_problem
from ...domain.texts import text as en_line  # the English of a line cli/said.py translates
from ...domain.plan.cost import canonical
from ...domain.plan.progress_fields import FORM_FIELDS
from ..outside.reader import Workbook, column_name
from ..outside.safety import DEFAULT_LIMITS, Limits, UnsafeWorkbook
from ..workbook.importer import WorkbookError
from .form import form_check, row_check
from .progress_form import FORM_SHEET, FORMAT, FORMAT_VERSION, HEADER_ROW, SHEETS, TEXT_MAX, plain
from .progress_texts import status_of_label, text
from .reply import cell_at, cell_text, refused, respondent_of

MAX_ROW = 1_048_576
# the form's columns read as dates and as numbers (their fields' kinds, domain/plan/progress_fields.py)
_DATES = tuple(c for c, f in FORM_FIELDS.items() if f.kind == "date")
_AMOUNTS = tuple(c for c, f in FORM_FIELDS.items() if f.kind in ("amount", "value"))


@dataclass(frozen=True)
class ReplyRow:
    """One row of a reply: its sheet (``code``), ``key``, the open cells' values read (None: empty)
    with their cells (``Sheet!F3``), what was sent, and whether anything differs from it."""

    code: str
    key: str
    values: tuple[Any, ...]
    cells: tuple[str, ...]
    sent: tuple[Any, ...]
    changed: bool


@dataclass(frozen=True)
class ProgressReply:
    path: str
    meta: dict[str, str]
    respondent: str
    role: str
    rows: dict[str, list[ReplyRow]] = field(default_factory=dict)

    @property
    def institution(self) -> str:
        return self.meta.get("institution", "")

    @property
    def period(self) -> str:
        return self.meta.get("period", "")

    @property
    def uid(self) -> str:
        return self.meta.get("assessment_uid", "")


def is_progress_form(wb: Workbook) -> bool:
    """Whether an opened workbook is a progress form (its ``_form`` sheet says so)."""
    if FORM_SHEET not in wb.sheet_names:
        return False
    return any(len(r) > 1 and r[0] == "format" and r[1] == FORMAT for r in wb.rows(FORM_SHEET)[:3])


def read_progress_reply(path, progress=None, cancelled=None, limits: Limits = DEFAULT_LIMITS) -> ProgressReply:
    """The reply in ``path`` read and checked; a refused file raises :class:`WorkbookError` naming
    the sheet, the cell and the reason (another kind of workbook included)."""
    jobs.report(progress, 0.0, "checking the file")
    try:
        with Workbook(str(path), limits) as wb:
            jobs.check(cancelled)
            if not is_progress_form(wb):
                raise refused(str(path), "", "", "not a progress form of capacity-app (the workbook an institution "
                                                 "is sent by 'actions progress send')")
            return _read(wb)
    except UnsafeWorkbook as exc:
        raise WorkbookError(str(path), [(exc.sheet, exc.cell, exc.reason)]) from None


def _form(wb: Workbook) -> tuple[dict[str, str], dict[tuple[str, int], tuple[str, str, str]]]:
    rows = wb.rows(FORM_SHEET)
    pairs = [(cell_text(cell_at(rows, i, 1)), cell_text(cell_at(rows, i, 2))) for i in range(1, len(rows) + 1)]
    pairs = [p for p in pairs if p != ("", "")]
    if not pairs or pairs[-1][0] != "check" or form_check(pairs[:-1]) != pairs[-1][1]:
        raise refused(wb.path, FORM_SHEET, "", en_line("cli.form_edited"))
    meta: dict[str, str] = {}
    lines: dict[tuple[str, int], tuple[str, str, str]] = {}
    for k, v in pairs[:-1]:
        if k.startswith("row."):
            code, _, number = k[4:].partition(".")
            key, check, sent = (v.split("\x1d") + ["", "", ""])[:3]
            if code not in SHEETS or not (number.isascii() and number.isdigit()
                                          and HEADER_ROW < int(number) <= MAX_ROW):
                raise refused(wb.path, FORM_SHEET, "", "the form's hidden identity sheet is not one this application "
                                                       "wrote (a row it names cannot be)")
            lines[(code, int(number))] = (key, check, sent)
        else:
            meta[k] = v
    if meta.get("format_version") != FORMAT_VERSION:
        raise refused(wb.path, FORM_SHEET, "", f"a form of version {meta.get('format_version', '?')[:10]!r}, which "
                                               f"this version of capacity-app does not read (it reads {FORMAT_VERSION})")
    return meta, lines


def _read(wb: Workbook) -> ProgressReply:
    meta, lines = _form(wb)
    respondent, role = respondent_of(wb, meta)
    for code in ("cover", *SHEETS):
        name = meta.get(f"sheet.{code}", "")
        if name not in wb.sheet_names:
            raise refused(wb.path, name, "", "a sheet is missing or was renamed: send back the file as it was sent")
        formulas = wb.formula_cells(name)
        if formulas:
            raise refused(wb.path, name, formulas[0], "a formula: type the value itself")
    out: dict[str, list[ReplyRow]] = {}
    for code in SHEETS:
        out[code] = _sheet(wb, meta, lines, code)
    # the time the workbook was last saved, as it says (the reply's own content: services.plan.
    # progress_replies decides by it which of two replies is the newer)
    return ProgressReply(wb.path, {**meta, "filled_at": saved_time(wb.modified())}, respondent, role, out)


def _sheet(wb: Workbook, meta: dict[str, str], lines, code: str) -> list[ReplyRow]:
    name = meta[f"sheet.{code}"]
    rows = wb.rows(name)
    protected, opened = SHEETS[code]
    numbers = [n for (c, n) in lines if c == code]
    last = max(len(rows), max(numbers, default=0))
    out = []
    for n in range(HEADER_ROW + 1, last + 1):
        shown = [cell_text(cell_at(rows, n, c)) for c in range(1, len(protected) + 1)]
        filled = [c for c in range(len(protected) + 1, len(protected) + len(opened) + 1)
                  if cell_text(cell_at(rows, n, c)).strip()]
        entry = lines.get((code, n))
        if entry is None:
            if any(shown):
                raise refused(wb.path, name, f"A{n}", "a row was added or moved: rows must stay as they were sent")
            if filled:
                raise refused(wb.path, name, f"{column_name(filled[0] - 1)}{n}",
                              "a value outside the yellow cells (only they are read)")
            continue
        key, check, sent = entry
        if shown[0] != key or row_check(key, shown[1], "\x1f".join(shown[2:]), "") != check:
            raise refused(wb.path, name, f"{column_name(1 if shown[0] == key else 0)}{n}",
                          "a protected cell was changed (the action, cost line or indicator, or the row's place): "
                          "send back the file as it was sent, with only the yellow cells filled")
        out.append(_row(wb.path, name, code, key, rows, n, sent, meta.get("language", "en")))
    return out


def _row(path: str, sheet: str, code: str, key: str, rows, n: int, sent: str, lang: str) -> ReplyRow:
    protected, opened = SHEETS[code]
    values, cells = [], []
    for j, col in enumerate(opened):
        i = len(protected) + 1 + j
        ref = f"{column_name(i - 1)}{n}"
        cells.append(f"{sheet}!{ref}")
        try:
            values.append(read_open(col, cell_at(rows, n, i), lang))
        except ValueError as exc:
            raise refused(path, sheet, ref, str(exc)) from None
    try:
        was = tuple(_normal(v) for v in json.loads(sent or "[]"))
    except (ValueError, TypeError):
        raise refused(path, FORM_SHEET, "", "the form's hidden identity sheet is not one this application wrote") \
            from None
    now = tuple(_normal(plain(v)) for v in values)
    return ReplyRow(code, key, tuple(values), tuple(cells), was, now != was)


def saved_time(stamp: str) -> str:
    """A time a reply states (a workbook's last save, a submission's) in UTC as
    ``YYYY-MM-DDTHH:MM:SSZ`` (a time without a zone taken as UTC, as the platforms and openpyxl
    write it); "" when it is none: unreadable, or out of range once in UTC (``0001-01-01T00:00:00+01:00``,
    ``9999-12-31T23:59:59-01:00``), or before the year 1000 (no reply's, and its year would not
    compare as text)."""
    text = str(stamp or "").strip()
    try:
        t = _dt.datetime.fromisoformat(text[:-1] + "+00:00" if text[-1:] in "zZ" and text else text)
        if t.tzinfo is not None:
            t = t.astimezone(_dt.UTC).replace(tzinfo=None)
    except (ValueError, OverflowError):
        return ""
    return t.strftime("%Y-%m-%dT%H:%M:%SZ") if t.year >= 1000 else ""


# the widest exponent an amount or value may be written with (1e30 is beyond any budget): converting
# 1e1000000 to its digits kept the reading process busy until its time limit
EXPONENT_MAX = 30


def _in_range(d: Decimal) -> bool:
    return d.is_finite() and d.adjusted() <= EXPONENT_MAX and d.as_tuple().exponent >= -EXPONENT_MAX  # type: ignore[operator]


def _normal(v: Any) -> Any:
    """A value as sent or read, in one spelling (an amount's canonical text; one out of range kept
    as written, never expanded)."""
    if isinstance(v, str):
        try:
            d = Decimal(v)
        except InvalidOperation:
            return v.strip()
        return str(canonical(d)) if _in_range(d) else v
    return v


def read_open(col: str, raw: Any, lang: str) -> Any:
    """An open cell's value: a status's code, a date as ISO text, an amount or value as a Decimal,
    a text; None when empty. ValueError (the reason, for a person) when it is none of these."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if col == "col.status":
        code = status_of_label(cell_text(raw))
        if code is None:
            labels = ", ".join(text(f"status.{s}", lang) for s in ("planned", "in_progress", "done", "dropped"))
            raise ValueError(en_line("cli.reply.not_status", value=repr(cell_text(raw)[:40]), labels=labels))
        return code
    if col in _DATES:
        if isinstance(raw, (_dt.date, _dt.datetime)):
            return raw.isoformat()[:10]
        if isinstance(raw, str):
            return raw.strip()
        raise ValueError(en_line("cli.reply.not_date", value=repr(raw)))
    if col in _AMOUNTS:
        if isinstance(raw, bool) or isinstance(raw, (_dt.date, _dt.datetime)):
            raise ValueError(f"{cell_text(raw)[:40]!r} is not a number")
        try:
            d = Decimal(repr(raw)) if isinstance(raw, (int, float)) else \
                Decimal(raw.strip().replace(" ", "").replace("\u00a0", ""))
        except InvalidOperation:
            raise ValueError(en_line("cli.reply.not_number_write", value=repr(raw.strip()[:40]))) from None
        if not d.is_finite():
            raise ValueError(f"{cell_text(raw).strip()[:40]!r} is not a number")
        if not _in_range(d):
            raise ValueError(en_line("cli.reply.out_of_range", value=repr(cell_text(raw).strip()[:40]), n=EXPONENT_MAX))
        return canonical(d)
    s = cell_text(raw).strip()
    bad = text_problem(s, "text", TEXT_MAX)
    if bad:
        raise ValueError(bad)
    return s


__all__ = ["ProgressReply", "ReplyRow", "is_progress_form", "read_open", "read_progress_reply", "saved_time"]
