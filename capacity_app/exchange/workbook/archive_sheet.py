"""The exchange workbook's "Archived answers" sheet: the answers to questions the questionnaire
version no longer asks (an assessment carried to a newer version, an import of an older workbook),
kept in the assessment (``archived_answers`` in its settings) and carried from workbook to workbook,
never dropped by an export.

One row per archived answer, in the order archived: its key, the questionnaire version that asked
it, the question's text in the workbook's language where known, the value as shown, the comment,
when it was archived, and the stored answer (JSON, ASCII only) that the import reads back with the
key, the version, the comment and the time. A stored answer longer than a cell holds continues on
the rows just below it (the same key, only ``Stored answer`` filled). Written by the application,
every cell locked; an import adds the answers archived here that the assessment does not have
archived already, and never replaces one (``services.imports``).
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from ...domain.celltext import text_problem
from ...domain.dates import checked_stamp
from ...domain.values import ArchivedRow
from .cells import StyleCache, protect_table, put_styled, write_header
from .codec import text_of
from .format import ARCHIVED, ARCHIVED_COLUMNS, canonical_header, column_letter

KEY, VERSION, QUESTION, VALUE, COMMENT, AT, STORED = ARCHIVED_COLUMNS
_WIDTHS = (28, 12, 48, 30, 40, 26, 30)
SHOWN = frozenset({KEY, VERSION, COMMENT, AT})  # what the import reads besides the stored answer
IN_COLUMNS = ("key", "version", "comment", "archived_at")  # an entry's fields that have a column
# a stored answer's piece per cell: 16,000 characters escape (``_xHHHH_`` taking 13) to less than a
# cell holds, wherever the cut falls (each cell is escaped and read back on its own)
PIECE = 16_000
KEY_MAX, VERSION_MAX, STORED_MAX = 200, 40, 50_000_000
STATUSES = ("answered", "dont_know", "not_applicable", "empty")
_KEY = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-*]*\Z")


def stored_text(entry: dict[str, Any]) -> str:
    """An archived answer's fields that have no column of their own, as JSON (ASCII, keys sorted)."""
    rest = {k: v for k, v in entry.items() if k not in IN_COLUMNS}
    return json.dumps(rest, ensure_ascii=True, sort_keys=True, separators=(",", ":"))


def write_archived(ws: Any, entries: Sequence[dict[str, Any]], rows: Sequence[ArchivedRow]) -> None:
    """Fill the openpyxl worksheet ``ws``: header, one row per archived answer (``entries`` as
    stored, ``rows`` as shown in the workbook's language, in the same order), every cell locked."""
    from openpyxl.styles import Alignment, Font

    write_header(ws, ARCHIVED_COLUMNS, _WIDTHS)
    cache = StyleCache(ws.parent)
    wrap = Alignment(wrap_text=True, vertical="top")
    styles = [cache.pair(number_format="@", **({"font": Font(color="808080", size=8)} if name == STORED
                                                 else {"alignment": wrap}))
              for name in ARCHIVED_COLUMNS]
    cache.close()
    r = 2
    for entry, row in zip(entries, rows, strict=True):
        stored = stored_text(entry)
        pieces = [stored[i:i + PIECE] for i in range(0, len(stored), PIECE)] or [""]
        values = (row.key, row.version, row.question, row.value, row.comment, row.archived_at, pieces[0])
        for c, (v, (style, quoted)) in enumerate(zip(values, styles, strict=True), 1):
            put_styled(ws, r, c, v, style, quoted)
        for piece in pieces[1:]:
            r += 1
            put_styled(ws, r, 1, row.key, *styles[0])
            put_styled(ws, r, len(ARCHIVED_COLUMNS), piece, *styles[-1])
        r += 1
    ws.freeze_panes = "B2"
    protect_table(ws)
    ws.auto_filter.ref = f"A1:{column_letter(len(ARCHIVED_COLUMNS))}{max(r - 1, 2)}"


def _scalar(v: Any) -> bool:
    return v is None or isinstance(v, (str, int, float, bool))


def stored_problem(stored: Any) -> str | None:
    """Why a stored answer read back is not one the application writes, or None."""
    if not isinstance(stored, dict):
        return "is not a stored answer"
    if stored.get("status") not in STATUSES:
        return "has no answer status"
    value = stored.get("value")
    if not (_scalar(value) or (isinstance(value, list) and all(_scalar(v) for v in value))):
        return "holds a value of no answer"
    evidence = stored.get("evidence", [])
    if not isinstance(evidence, list) or not all(
            isinstance(e, dict) and isinstance(e.get("kind"), str) and isinstance(e.get("text"), str)
            for e in evidence):
        return "holds evidence the application does not write"
    question = stored.get("question", {})
    if not isinstance(question, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                                 for k, v in question.items()):
        return "holds question texts the application does not write"
    if any(k in stored for k in IN_COLUMNS):
        return "repeats a field that has its own column"
    return None


def _header_problem(rows: list, lang: str = "en") -> tuple[str, str] | None:
    header = list(canonical_header([text_of(v).strip() for v in (rows[0] if rows else [])], ARCHIVED_COLUMNS, lang))
    for i, name in enumerate(ARCHIVED_COLUMNS):
        got = header[i] if i < len(header) else ""
        if got != name:
            return (f"{column_letter(i + 1)}1", f"expected the column {name!r} here, found {got[:40]!r} "
                                                "(columns cannot be moved or renamed)")
    return None


def _cut(pieces: list[str]) -> bool:
    """Whether the stored answer read so far may go on in the next row: the writer cuts it in whole
    pieces of PIECE, so only a chain of whole pieces may (whether it is whole JSON already is told
    once per chain, by :func:`_split`: asking at every row took 9 s for 500 rows, time growing as
    the square of the rows)."""
    return len(pieces[-1]) == PIECE


def _split(r: int, v: dict[str, str], pieces: list[str], rows: list[int]) -> list[tuple[int, dict[str, str], list[str]]]:
    """A chain of whole pieces cut where a stored answer ends at a piece's end (the rows after it,
    holding only the same key and a piece, begin another archived answer of that key): the JSON
    read once, from its start, for each answer it holds."""
    out: list[tuple[int, dict[str, str], list[str]]] = []
    decoder = json.JSONDecoder()
    while len(pieces) > 1:
        text = "".join(pieces)
        try:
            end = decoder.raw_decode(text)[1]
        except (ValueError, RecursionError):
            break
        if end >= len(text) or end % PIECE:
            break
        k = end // PIECE
        out.append((r, v, pieces[:k]))
        r, pieces, rows = rows[k], pieces[k:], rows[k:]
        v = {**{c: "" for c in ARCHIVED_COLUMNS}, KEY: v[KEY], STORED: pieces[0]}
    out.append((r, v, pieces))
    return out


def _grouped(rows: list) -> list[tuple[int, dict[str, str], list[str]]]:
    """(row number, the row's cells by column, the stored answer's pieces) per archived answer: a
    row holding only its key and a stored answer's piece continues the one above with that key when
    that one's stored answer is cut (whole pieces so far, not JSON on its own)."""
    n = len(ARCHIVED_COLUMNS)
    chains: list[tuple[int, dict[str, str], list[str], list[int]]] = []
    for r, row in enumerate(rows[1:], 2):
        cells = [text_of(v) for v in (list(row) + [""] * n)[:n]]
        if not any(c.strip() for c in cells):
            continue
        v = dict(zip(ARCHIVED_COLUMNS, cells, strict=True))
        if chains and v[KEY] == chains[-1][1][KEY] and v[STORED] and _cut(chains[-1][2]) and not any(
                v[c].strip() for c in ARCHIVED_COLUMNS if c not in (KEY, STORED)):
            chains[-1][2].append(v[STORED])
            chains[-1][3].append(r)
            continue
        chains.append((r, v, [v[STORED]], [r]))
    return [entry for chain in chains for entry in _split(*chain)]


def _entry(r: int, v: dict[str, str], pieces: list[str], add) -> dict[str, Any] | None:
    """The archived answer of one row (with its continuation), or None after saying why not."""
    def at(column: str) -> str:
        return f"{column_letter(ARCHIVED_COLUMNS.index(column) + 1)}{r}"

    key, version, comment, stamp = v[KEY].strip(), v[VERSION].strip(), v[COMMENT], v[AT].strip()
    bad = False
    if len(key) > KEY_MAX or not _KEY.match(key):
        add(at(KEY), f"{key[:60]!r} is not an answer key (this sheet is written by the application)")
        bad = True
    if len(version) > VERSION_MAX or (version and not re.match(r"[0-9A-Za-z.\-+]+\Z", version)):
        add(at(VERSION), f"{version[:40]!r} is not a questionnaire version")
        bad = True
    problem = text_problem(comment, "comment") if comment else None
    if problem:
        add(at(COMMENT), problem)
        bad = True
    if stamp:
        try:
            stamp = checked_stamp(stamp, naive=True)
        except ValueError as exc:
            add(at(AT), f"the time it was archived must be a date and time such as 2026-03-01T10:00:00+00:00: {exc}")
            bad = True
    text = "".join(pieces)
    try:
        stored = json.loads(text) if len(text) <= STORED_MAX else None
    except (ValueError, RecursionError):  # a stored answer nested 10,000 deep is no stored answer
        stored = None
    problem = stored_problem(stored)
    if problem:
        add(at(STORED), f"the stored answer {problem} (this sheet is written by the application)")
        bad = True
    if bad or not isinstance(stored, dict):
        return None
    entry: dict[str, Any] = {"key": key, **stored, "comment": comment}
    if version:
        entry["version"] = version
    if stamp:
        entry["archived_at"] = stamp
    return entry


def read_archived(wb: Any) -> tuple[list[dict[str, Any]] | None, list[tuple[str, str, str]]]:
    """The archived answers of ``wb`` (``exchange.reader.Workbook``), as stored, in order, and every
    problem as (sheet, cell, reason); None without the sheet (a workbook written before it)."""
    if ARCHIVED not in wb.sheet_names:
        return None, []
    problems: list[tuple[str, str, str]] = []

    def add(cell: str, reason: str) -> None:
        if len(problems) < 1000:
            problems.append((ARCHIVED, cell, reason))

    for ref in wb.formula_cells(ARCHIVED):
        add(ref, "contains a formula; formulas are never evaluated (this sheet is written by the application)")
    for ref, error in wb.error_cells(ARCHIVED):
        add(ref, f"holds the spreadsheet error {error}, not a value (this sheet is written by the application)")
    if problems:
        return None, problems
    rows = wb.rows(ARCHIVED)
    from .vocab import workbook_language

    wrong = _header_problem(rows, workbook_language(wb))  # its labels looked at first
    if wrong:
        add(*wrong)
        return None, problems
    entries = [e for r, v, pieces in _grouped(rows) if (e := _entry(r, v, pieces, add)) is not None]
    return (None if problems else entries), problems


__all__ = ["read_archived", "stored_text", "write_archived"]
