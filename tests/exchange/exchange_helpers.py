"""Helpers for the exchange tests (imported by name: the tests folders are not packages)."""
import sqlite3
from pathlib import Path

from capacity_app.domain.answers import (
    ANSWERED, DONT_KNOW, NOT_APPLICABLE, Answer, AnswerSheet, AnswerValueError, Evidence,
)

TRICKY_TEXTS = [
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "+33 1 23 45 67",
    "-5 percent",
    "@SUM(A1:A2)",
    "\tstarts with a tab",
    "\rstarts with a carriage return",
    "line one\r\nline two\nline three",
    "00123",
    "Ünïcödé: Côte d'Ivoire, São Tomé, 中文, العربية, 🙂",
    "control \x01\x02\x1f characters and _x000D_ literal",
    "x" * 5000,
    "\t",
    " ",
    "\r",
]


def _sample_value(fld, key):
    t = fld.type
    if t == "select_one":
        return fld.choices[-1].code
    if t == "select_multiple":
        return [c.code for c in fld.choices[:2]]
    if t == "rating":
        return 2
    if t == "year":
        return 2019 if fld.minimum is None or fld.minimum <= 2019 else int(fld.minimum)
    if t == "integer":
        return int(fld.minimum or 0) + 7
    if t == "decimal":
        return float(fld.minimum or 0) + 2.75
    if t == "date":
        return "2026-05-12"
    return "sample text"


def enrich(q, answers: dict) -> dict:
    """Demo answers plus: every field type answered, don't know / not applicable flags, and the
    tricky texts in text answers, comments and evidence."""
    out = dict(answers)
    sheet = AnswerSheet(q, out)
    seen_types = {q.resolve_key(k)[1].type for k, a in out.items()
                  if a.status == ANSWERED and q.resolve_key(k)}
    texts = list(TRICKY_TEXTS)
    for key, fld, _ in q.all_keys():
        if key in out:
            continue
        if fld.type == "text" and texts:
            out[key] = Answer(key, texts.pop(0), ANSWERED, "", ())
            continue
        if fld.type not in seen_types:
            v = _sample_value(fld, key)
            try:
                v = sheet.validate(key, v)
            except AnswerValueError:
                continue
            out[key] = Answer(key, v, ANSWERED, "", ())
            sheet.put(out[key])
            seen_types.add(fld.type)
    dk = next(k for k, f, _ in q.all_keys() if k not in out and f.dont_know)
    out[dk] = Answer(dk, None, DONT_KNOW, "=1+1 should stay text", (Evidence("note", "back\\slash\nand newline"),))
    na = next((k for k, f, _ in q.all_keys() if k not in out and f.not_applicable), None)
    if na:
        out[na] = Answer(na, None, NOT_APPLICABLE, "\t", ())
    # comments and evidence only (status empty)
    free = next(k for k, f, _ in q.all_keys() if k not in out)
    out[free] = Answer(free, None, "empty", TRICKY_TEXTS[6], (Evidence("url", "https://example.org/a?b=1"),
                                                            Evidence("institution", "Ministère de l'Intérieur")))
    return out


def make_store(path: Path):
    from capacity_app.services.assessments import open_store

    return open_store(path, backup_dir=path.parent / "backups")


def make_assessment(store, q, country="KEN", round=2025, answers=None):
    from capacity_app.services.assessments import create_assessment
    from capacity_app.services.demo import demo_answers

    a = create_assessment(store, q, country=country, round=round, mission_start="2025-03-01",
                          mission_end="2025-03-05", reference_date="2025-03-05")
    base = {x.key: x for x in (answers if answers is not None else demo_answers(q))}
    store.replace_answers(a.id, list(base.values()), note="test")
    return store.assessment(a.id)



def sheet_rows(path, name) -> list[dict]:
    """A sheet's rows as {header: value} (tests/workbook_values.py), each header given as its column's
    key whatever the workbook's language (exchange/format.canonical_header)."""
    from capacity_app.exchange.workbook.format import SHEET_COLUMNS, canonical_header
    from workbook_values import sheet_values

    rows = sheet_values(path, name)
    header = canonical_header(rows[0], SHEET_COLUMNS.get(name, ())) if name in SHEET_COLUMNS else rows[0]
    return [dict(zip(header, r, strict=False)) for r in rows[1:]]


class LoadedOnce:
    """One openpyxl load of a workbook (its full mode: a spreadsheet program's open) serving the
    edits of several tests, each of a few cells (a load of the exported workbook costs about twice a
    save's processor time). :meth:`save_edited` sets the cells, saves the test's own file, then
    puts back what the edit and the save changed (each cell's value, type and style, a cell it
    made, sheet protection, openpyxl's column outline level kept from the last save): each file
    saved is, part for part, the one a fresh load, the same edit and a save give (compared when
    this was written, the files' modification time aside). An edit beyond setting cells (rows
    added, a sheet removed) loads the workbook afresh instead."""

    def __init__(self, path: Path):
        import openpyxl

        self.book = openpyxl.load_workbook(path)
        self._cells = {ws.title: len(ws._cells) for ws in self.book.worksheets}

    def save_edited(self, dst: Path, cells: dict[tuple[str, str], object], unprotect: tuple[str, ...] = ()) -> Path:
        """``dst``: the workbook with ``cells`` ((sheet, reference) -> value) set and the sheets
        ``unprotect`` names unprotected, as a person would edit it."""
        from copy import copy

        from openpyxl.utils.cell import coordinate_to_tuple

        book = self.book
        # a look-up through ws.cell() past the loaded cells would make cells every later save writes
        assert {ws.title: len(ws._cells) for ws in book.worksheets} == self._cells, "cells made outside an edit"
        kept, made = [], []
        for (sheet, ref), value in cells.items():
            ws, at = book[sheet], coordinate_to_tuple(ref)
            if at in ws._cells:
                cell = ws._cells[at]
                kept.append((cell, cell._value, cell.data_type, copy(cell._style)))
            else:  # an empty cell the export did not write: made here, removed after the save
                made.append((ws, at))
            ws[ref] = value
        protected = [(book[name].protection, book[name].protection.sheet) for name in unprotect]
        # openpyxl's save keeps each sheet's column outline level for the next save: put back too
        outlines = [(ws, ws.sheet_format.outlineLevelCol, ws.column_dimensions.max_outline) for ws in book.worksheets]
        for protection, _ in protected:
            protection.sheet = False
        try:
            book.save(dst)
        finally:
            for cell, value, data_type, style in kept:
                cell._value, cell.data_type, cell._style = value, data_type, style
            for ws, at in made:
                del ws._cells[at]
            for protection, was in protected:
                protection.sheet = was
            for ws, level, most in outlines:
                ws.sheet_format.outlineLevelCol, ws.column_dimensions.max_outline = level, most
        return dst


def dump(db: Path) -> str:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def plan_sheet_file(path: Path, actions, edit=None) -> Path:
    """A workbook whose only sheet is the Action plan of ``actions`` as the export writes it, then
    changed by ``edit(ws)`` (a spreadsheet user's edit), saved at ``path``."""
    import openpyxl

    from capacity_app.exchange.workbook.actionplan_sheet import write_action_plan
    from capacity_app.exchange.workbook.format import ACTION_PLAN

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = ACTION_PLAN
    write_action_plan(ws, actions)
    if edit:
        edit(ws)
    wb.save(path)
    return path
