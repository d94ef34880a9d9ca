"""The exchange workbook's "Review" sheet: one row per answer given or reviewed (a
question, a grid row, a matrix cell: ``domain.review``), with its review (validated, follow_up or
disputed; empty: not reviewed), the reviewer, when and a note. Written by the export, read back by
the import; a supervisor may review in the spreadsheet (the Review column has a drop-down list).

"Answer check" is the fingerprint of the answer the review judged (a review of an answer changed
since, here or in the spreadsheet, stays "not reviewed" after the import); "Row check" is the
review as exported, so that an import can tell a review changed in the database since the export
from one changed in the workbook. A workbook without the sheet (written before it existed) leaves
the reviews in the database as they are.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ...domain.celltext import text_problem
from ...domain.dates import checked_stamp
from ...domain.team.review import NOTE_MAX, REVIEWER_MAX, SET_STATUSES, Review, review_unit
from ...domain.questionnaire import Questionnaire
from .cells import StyleCache, protect_table, put_styled, write_header
from .codec import text_of
from .format import REVIEW, REVIEW_COLUMNS, canonical_header, column_letter

UNIT, QUESTION, STATUS, REVIEWER, REVIEWED_AT, NOTE, ANSWER_CHECK, ROW_CHECK = REVIEW_COLUMNS
_WIDTHS = (24, 60, 12, 22, 24, 50, 18, 18)
_EDITABLE = (STATUS, REVIEWER, REVIEWED_AT, NOTE)


@dataclass(frozen=True)
class ReviewRow:
    """One row of the sheet: the unit, its wording, and its review (None: not reviewed)."""

    unit: str
    question: str
    review: Review | None = None


def review_check(r: Review | None) -> str:
    """A short hash of a review as exported (status, reviewer, time, note, answer judged)."""
    parts = None if r is None else [r.status, r.reviewer, r.at, r.note, r.answer_check]
    text = json.dumps(parts, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def write_reviews(ws: Any, rows: Sequence[ReviewRow]) -> None:
    """Fill the openpyxl worksheet ``ws`` (header, one row per unit, the Review drop-down; the
    columns a person does not edit locked)."""
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    write_header(ws, REVIEW_COLUMNS, _WIDTHS)
    unlocked = Protection(locked=False)
    grey = PatternFill("solid", fgColor="F2F2F2")
    wrap = Alignment(wrap_text=True, vertical="top")
    small = Font(color="808080", size=8)
    last = max(len(rows) + 1, 2)
    for i, name in enumerate(REVIEW_COLUMNS, 1):
        if name in _EDITABLE:
            ws.column_dimensions[column_letter(i)].protection = unlocked
    cache = StyleCache(ws.parent)
    styles = []
    for name in REVIEW_COLUMNS:
        attrs: dict[str, Any] = {"number_format": "@"}
        if name in _EDITABLE:
            attrs["protection"] = unlocked
        else:
            attrs["fill"] = grey
        if name in (QUESTION, NOTE):
            attrs["alignment"] = wrap
        if name in (ANSWER_CHECK, ROW_CHECK):
            attrs["font"] = small
        styles.append(cache.pair(**attrs))
    cache.close()
    for r, row in enumerate(rows, 2):
        rev = row.review
        values = (row.unit, row.question, rev.status if rev else "", rev.reviewer if rev else "",
                  rev.at if rev else "", rev.note if rev else "", rev.answer_check if rev else "", review_check(rev))
        for c, (v, (style, quoted)) in enumerate(zip(values, styles, strict=True), 1):
            put_styled(ws, r, c, v, style, quoted)
    col = {name: column_letter(i) for i, name in enumerate(REVIEW_COLUMNS, 1)}
    status = DataValidation(type="list", formula1=f'"{",".join(SET_STATUSES)}"', allow_blank=True,
                            showErrorMessage=True, errorTitle="Review",
                            error="validated, follow_up or disputed (empty: not reviewed)")
    status.add(f"{col[STATUS]}2:{col[STATUS]}{last}")
    ws.add_data_validation(status)
    ws.freeze_panes = "C2"
    protect_table(ws)
    ws.auto_filter.ref = f"A1:{column_letter(len(REVIEW_COLUMNS))}{last}"


@dataclass
class ReviewsRead:
    """The reviews a workbook carries: per unit listed, its review (None: not reviewed), the
    review as exported (``exported``: its Row check) and its row."""

    reviews: dict[str, Review | None] = field(default_factory=dict)
    exported: dict[str, str] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)

    def cell(self, unit: str, column: str = STATUS) -> str:
        r = self.rows.get(unit)
        return f"{REVIEW}!{column_letter(REVIEW_COLUMNS.index(column) + 1)}{r}" if r else ""


def _when(text: str) -> str:
    """A time stamp as ISO 8601 (a date alone, or with its time); ValueError when it is not one."""
    checked_stamp(text, naive=True)  # the years every later comparison can compute
    t = _dt.datetime.fromisoformat(text)
    return t.isoformat(timespec="seconds") if (t.hour, t.minute, t.second) != (0, 0, 0) or "T" in text \
        else t.date().isoformat()


def _review_fields(v: dict[str, str], at: Any, add: Any) -> tuple[str, str, str, str, str, bool]:
    """(status, note, reviewer, time, answer check, whether any was refused) of a Review row,
    each checked (a refusal reported through ``add`` at the cell ``at(column)`` names)."""
    status = v[STATUS].strip()
    note, reviewer = v[NOTE].strip(), v[REVIEWER].strip()
    stamp = v[REVIEWED_AT].strip()
    answer_check = v[ANSWER_CHECK].strip()
    bad = False
    if status and status not in SET_STATUSES:
        add(at(STATUS), f"the review must be one of {', '.join(SET_STATUSES)} (empty: not reviewed), "
                        f"got {status[:40]!r}")
        bad = True
    for column, text, limit, what in ((NOTE, note, NOTE_MAX, "review note"),
                                      (REVIEWER, reviewer, REVIEWER_MAX, "reviewer's name")):
        problem = text_problem(text, what, limit)
        if problem:
            add(at(column), problem)
            bad = True
    if stamp:
        try:
            stamp = _when(stamp)
        except ValueError as exc:
            add(at(REVIEWED_AT), f"the time of the review must be a date and time such as "
                                 f"2026-03-01T10:00:00+00:00: {exc}")
            bad = True
    if answer_check and (len(answer_check) > 64 or not all(c in "0123456789abcdef" for c in answer_check)):
        add(at(ANSWER_CHECK), "the answer check was changed (do not edit it)")
        bad = True
    return status, note, reviewer, stamp, answer_check, bad


def read_reviews(wb: Any, q: Questionnaire, same_version: bool = True
                 ) -> tuple[ReviewsRead | None, list[tuple[str, str, str]], list[str]]:
    """The reviews in the workbook ``wb`` (``exchange.reader.Workbook``), every problem as
    (sheet, cell, reason), and warnings. None when the workbook has no Review sheet (the reviews
    are then left as they are). A unit unknown to a workbook of another questionnaire version is
    dropped with a warning; to one of this version it is a problem."""
    if REVIEW not in wb.sheet_names:
        return None, [], []
    problems: list[tuple[str, str, str]] = []
    warnings: list[str] = []

    def add(cell: str, reason: str) -> None:
        if len(problems) < 1000:
            problems.append((REVIEW, cell, reason))

    for ref in wb.formula_cells(REVIEW):
        add(ref, "contains a formula; formulas are never evaluated (type the value instead)")
    for ref, error in wb.error_cells(REVIEW):
        add(ref, f"holds the spreadsheet error {error}, not a value (type the value, or clear the cell)")
    if problems:
        return None, problems, warnings
    rows = wb.rows(REVIEW)
    from .vocab import workbook_language  # its labels looked at first

    header = list(canonical_header([text_of(v).strip() for v in (rows[0] if rows else [])], REVIEW_COLUMNS,
                                   workbook_language(wb)))
    for i, name in enumerate(REVIEW_COLUMNS):
        got = header[i] if i < len(header) else ""
        if got != name:
            add(f"{column_letter(i + 1)}1", f"expected the column {name!r} here, found {got!r} "
                                            "(columns cannot be moved or renamed)")
            return None, problems, warnings
    n = len(REVIEW_COLUMNS)
    read = ReviewsRead()
    for r, row in enumerate(rows[1:], 2):
        cells = [v if v.__class__ is str else text_of(v) for v in (list(row) + [""] * n)[:n]]
        v = dict(zip(REVIEW_COLUMNS, cells, strict=True))
        if not any(x.strip() for x in cells):
            continue

        def at(column: str, row_number: int = r) -> str:
            return f"{column_letter(REVIEW_COLUMNS.index(column) + 1)}{row_number}"

        unit = v[UNIT].strip()
        if review_unit(q, unit) != unit:
            if same_version:
                add(at(UNIT), f"{unit[:60]!r} is not an answer of this questionnaire (a question's id, a grid "
                              "row ITEM.ROW or a matrix cell ITEM.PQ.SOURCE)")
            elif len(warnings) < 100:
                warnings.append(f"the review of {unit[:60]} is dropped: no such answer in this questionnaire version")
            continue
        if unit in read.rows:
            add(at(UNIT), f"{unit} appears twice (rows {read.rows[unit]} and {r})")
            continue
        status, note, reviewer, stamp, answer_check, bad = _review_fields(v, at, add)
        read.rows[unit] = r
        if bad:
            continue
        read.reviews[unit] = Review(unit, status, reviewer, stamp, note, answer_check) if status else None
        read.exported[unit] = v[ROW_CHECK].strip()
    return (None if problems else read), problems, warnings


__all__ = ["ReviewRow", "ReviewsRead", "read_reviews", "review_check", "write_reviews"]
