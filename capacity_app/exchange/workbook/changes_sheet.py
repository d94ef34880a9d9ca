"""The exchange workbook's "Changes" sheet (the team merge): one row per answer with a
history, who made its current version and when (the operator recorded with the change, on the
machine where it was made, carried from workbook to workbook), its row check, and the row checks
of the versions it descends from, newest first.

An import reads it to merge a colleague's workbook three ways (``services.imports``): an answer
whose version here is one the workbook's descends from takes the workbook's (with its author);
one whose workbook version is one this database's descends from is left alone (the sender did not
change it since); one changed on both sides since is a conflict, shown with both names and times.
A workbook without the sheet (written before it existed) is imported as before. A separate sheet,
not more Answers columns: the aggregation, which reads a workbook as the import does, leaves it
unread (``importer.plan_from_workbook(changes=False)``), so it costs the aggregation nothing, and
the Answers columns stay as they were for every reader.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from ...domain.celltext import text_problem
from ...domain.dates import checked_stamp
from .cells import StyleCache, protect_table, put_styled, write_header
from .codec import text_of
from .format import CHANGES, CHANGES_COLUMNS, canonical_header, column_letter

KEY, BY, AT, CHECK, EARLIER = CHANGES_COLUMNS
_WIDTHS = (28, 24, 26, 28, 60)
BY_MAX = 200
EARLIER_READ_MAX = 64  # versions read per answer (the application writes at most 32)
_CHECK = re.compile(r"[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}\Z")


@dataclass(frozen=True)
class ChangeRow:
    """One answer's row: who made its current version, when (UTC, ISO 8601), its row check and
    the row checks of its earlier versions (newest first)."""

    key: str
    by: str
    at: str
    check: str
    earlier: tuple[str, ...] = ()


def write_changes(ws: Any, rows: Sequence[ChangeRow]) -> None:
    """Fill the openpyxl worksheet ``ws``: header, one row per answer, every cell locked (written
    by the application, read back by the import)."""
    from openpyxl.styles import Font

    write_header(ws, CHANGES_COLUMNS, _WIDTHS)
    small = Font(color="808080", size=8)
    cache = StyleCache(ws.parent)
    styles = []
    for name in CHANGES_COLUMNS:
        attrs: dict[str, Any] = {"number_format": "@"}
        if name in (CHECK, EARLIER):
            attrs["font"] = small
        styles.append(cache.pair(**attrs))
    cache.close()
    for r, row in enumerate(rows, 2):
        values = (row.key, row.by, row.at, row.check, " ".join(row.earlier))
        for c, (v, (style, quoted)) in enumerate(zip(values, styles, strict=True), 1):
            put_styled(ws, r, c, v, style, quoted)
    ws.freeze_panes = "B2"
    protect_table(ws)
    ws.auto_filter.ref = f"A1:{column_letter(len(CHANGES_COLUMNS))}{max(len(rows) + 1, 2)}"


@dataclass
class ChangesRead:
    """The Changes sheet as read: per answer key, its :class:`ChangeRow`, and its row."""

    changes: dict[str, ChangeRow] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)


def _when(text: str) -> str:
    return checked_stamp(text, naive=True)  # the years every later comparison can compute


def read_changes(wb: Any, known: Collection[str]) -> tuple[ChangesRead | None, list[tuple[str, str, str]]]:
    """The Changes sheet of ``wb`` (``exchange.reader.Workbook``) and every problem as (sheet,
    cell, reason); None without the sheet. ``known``: the answer keys of the questionnaire."""
    if CHANGES not in wb.sheet_names:
        return None, []
    problems: list[tuple[str, str, str]] = []

    def add(cell: str, reason: str) -> None:
        if len(problems) < 1000:
            problems.append((CHANGES, cell, reason))

    for ref in wb.formula_cells(CHANGES):
        add(ref, "contains a formula; formulas are never evaluated (this sheet is written by the application)")
    for ref, error in wb.error_cells(CHANGES):
        add(ref, f"holds the spreadsheet error {error}, not a value (this sheet is written by the application)")
    if problems:
        return None, problems
    rows = wb.rows(CHANGES)
    from .vocab import workbook_language  # its labels looked at first

    header = list(canonical_header([text_of(v).strip() for v in (rows[0] if rows else [])], CHANGES_COLUMNS,
                                   workbook_language(wb)))
    for i, name in enumerate(CHANGES_COLUMNS):
        got = header[i] if i < len(header) else ""
        if got != name:
            add(f"{column_letter(i + 1)}1", f"expected the column {name!r} here, found {got[:40]!r} "
                                            "(columns cannot be moved or renamed)")
            return None, problems
    n = len(CHANGES_COLUMNS)
    read = ChangesRead()
    for r, row in enumerate(rows[1:], 2):
        cells = [text_of(v).strip() for v in (list(row) + [""] * n)[:n]]
        if not any(cells):
            continue
        v = dict(zip(CHANGES_COLUMNS, cells, strict=True))

        def at(column: str, row_number: int = r) -> str:
            return f"{column_letter(CHANGES_COLUMNS.index(column) + 1)}{row_number}"

        key = v[KEY]
        if key not in known:
            add(at(KEY), f"{key[:60]!r} is not an answer key of this questionnaire")
            continue
        if key in read.rows:
            add(at(KEY), f"{key} appears twice (rows {read.rows[key]} and {r})")
            continue
        read.rows[key] = r
        bad = False
        problem = text_problem(v[BY], "name of who changed the answer", BY_MAX)
        if problem:
            add(at(BY), problem)
            bad = True
        stamp = v[AT]
        if stamp:
            try:
                stamp = _when(stamp)
            except ValueError as exc:
                add(at(AT), f"the time of the change must be a date and time such as 2026-03-01T10:00:00+00:00: "
                            f"{exc}")
                bad = True
        if not _CHECK.match(v[CHECK]):
            add(at(CHECK), "the row check was changed (this sheet is written by the application)")
            bad = True
        earlier = tuple(v[EARLIER].split())
        if len(earlier) > EARLIER_READ_MAX or not all(_CHECK.match(c) for c in earlier):
            add(at(EARLIER), "the earlier versions were changed (this sheet is written by the application)")
            bad = True
        if not bad:
            read.changes[key] = ChangeRow(key, v[BY], stamp, v[CHECK], earlier)
    return (None if problems else read), problems


__all__ = ["ChangeRow", "ChangesRead", "read_changes", "write_changes"]
