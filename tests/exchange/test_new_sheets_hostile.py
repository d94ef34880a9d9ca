"""The exchange workbook's newer sheets attacked as they are read on import: Period reports,
Corrective measures and Archived answers. A year in Arabic-Indic or full-width digits is the same
period (before: a second period of its own, which no report read); a decision numbered "²" or with
5,000 digits, a stored answer nested 10,000 deep, a period after today are refused naming the
cell; a stored answer cut over thousands of rows is read in time that grows with the rows, not
their square (before: 9 s for 500 rows, minutes for a sheet within the reader's limits). The README
sheet names every sheet the workbook has; the import says how many archived answers it added."""
from __future__ import annotations

import json
import time

import pytest
from test_period_report_sheet import MEASURES, REPORTS, _read, _write

from capacity_app.domain.plan.period_report import PeriodReport
from capacity_app.exchange.workbook import archive_sheet
from capacity_app.exchange.workbook.format import ARCHIVED_COLUMNS, CORRECTIVE_MEASURES, PERIOD_REPORTS


def _problems(tmp_path, edit):
    read, problems = _read(_write(tmp_path / "w.xlsx", REPORTS, MEASURES, edit))
    return read, {cell: reason for _sheet, cell, reason in problems}


@pytest.mark.parametrize("year", ["\u0662\u0660\u0662\u0667", "\uff12\uff10\uff12\uff17", " 2027 "])
def test_a_year_in_any_digits_is_one_period(tmp_path, year):
    def edit(wb):
        wb[PERIOD_REPORTS].append([year, "", "Typed with another keyboard"])
        wb[CORRECTIVE_MEASURES].append(["a1", "", year + "-H1", "Hire", "NSO", "2027-06-30"])

    read, said = _problems(tmp_path, edit)
    assert said == {}
    assert PeriodReport("2027", "Typed with another keyboard") in read.reports
    assert [m.period for m in read.measures if m.text == "Hire"] == ["2027-H1"]


def test_the_same_period_in_two_spellings_is_said_twice(tmp_path):
    def edit(wb):
        wb[PERIOD_REPORTS].append(["\u0662\u0660\u0662\u0666", "", "Again, in Arabic-Indic digits"])

    read, said = _problems(tmp_path, edit)
    assert read is None and "has this row already" in said["B7"]


@pytest.mark.parametrize("number, words", [
    ("\u00b2", "the decision's number must be"),       # before: ValueError out of the reader
    ("1" * 5000, "the decision's number must be"),     # before: ValueError (int's digit limit)
    ("1e400", "the decision's number must be"),
    ("-1", "the decision's number must be"),
])
def test_a_hostile_decision_number_is_refused_naming_its_cell(tmp_path, number, words):
    def edit(wb):
        wb[PERIOD_REPORTS].append(["2027", number, "A decision"])

    read, said = _problems(tmp_path, edit)
    assert read is None and words in said["B7"]


def test_a_period_after_today_or_text_with_controls_is_refused(tmp_path):
    def edit(wb):
        wb[PERIOD_REPORTS].append(["2031", "", "The clock moved"])
        wb[PERIOD_REPORTS].append(["2027", "", "a\u202eb _x001B_"])

    read, said = _problems(tmp_path, edit)
    assert read is None and "has not begun" in said["A7"] and "control character U+001B" in said["C8"]


def _archived_rows(pieces: list[str], key="s1.q1"):
    stored, kv = ARCHIVED_COLUMNS.index(archive_sheet.STORED), ARCHIVED_COLUMNS.index(archive_sheet.KEY)
    rows = [list(ARCHIVED_COLUMNS)]
    for piece in pieces:
        row = [""] * len(ARCHIVED_COLUMNS)
        row[kv], row[stored] = key, piece
        rows.append(row)
    return rows


def test_a_stored_answer_cut_over_thousands_of_rows_is_read_in_linear_time():
    piece = archive_sheet.PIECE
    rows = _archived_rows(['"' + "a" * (piece - 1)] + ["a" * piece] * 3000)   # 48 MB, never closed
    started = time.perf_counter()
    grouped = archive_sheet._grouped(rows)
    assert time.perf_counter() - started < 3          # before: about 5 minutes
    assert [r for r, _v, _p in grouped] == [2] and len(grouped[0][2]) == 3001


def test_two_archived_answers_of_one_key_ending_on_a_piece_boundary_stay_two():
    piece = archive_sheet.PIECE
    first = json.dumps({"status": "answered", "value": "x" * (piece - 100)})
    first = first[:-1] + " " * (piece - len(first)) + "}"   # whole JSON, exactly one piece long
    assert len(first) == piece and json.loads(first)
    second = json.dumps({"status": "dont_know", "value": None})
    grouped = archive_sheet._grouped(_archived_rows([first, second]))
    assert [(r, "".join(p)) for r, _v, p in grouped] == [(2, first), (3, second)]


class _Sheet:
    """The reader's workbook, as far as read_archived asks it."""

    sheet_names = [archive_sheet.ARCHIVED]

    def __init__(self, rows):
        self._rows = rows

    def formula_cells(self, _name):
        return []

    def error_cells(self, _name):
        return []

    def rows(self, _name):
        return self._rows


def test_a_stored_answer_nested_ten_thousand_deep_is_refused_naming_its_cell():
    rows = _archived_rows(["[" * 10_000 + "]" * 10_000])     # before: RecursionError out of the reader
    got, problems = archive_sheet.read_archived(_Sheet(rows))
    assert got is None and [(c, "is not a stored answer" in r) for _s, c, r in problems] == [("G2", True)]


def test_the_readme_names_every_sheet_the_workbook_has(rich):
    import openpyxl

    from capacity_app.exchange.workbook.export import readme_lines
    from capacity_app.exchange.workbook.format import SHEET_ORDER

    _db, _aid, path = rich
    names = openpyxl.load_workbook(path, read_only=True).sheetnames
    for lang in ("en", "fr", "ru", "ar", "zh"):
        said = " ".join(readme_lines(lang))
        missing = [n for n in [*names, *SHEET_ORDER] if n != "README" and n not in said]
        assert missing == [], (lang, missing)


def test_the_import_says_how_many_archived_answers_it_added(qn, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from capacity_app.cli import main
    from capacity_app.services import assessments as svc
    from capacity_app.services.exchange import export_workbook
    from exchange_helpers import make_store
    from test_archived_sheet import ARCHIVE

    store = make_store(tmp_path / "a.sqlite3")
    try:
        a = svc.create_assessment(store, qn, country="KEN", round=2026)
        store.update_assessment(a.id, settings={**a.settings, "archived_answers": ARCHIVE})
        out = export_workbook(store, a.id, tmp_path / "a.xlsx")
    finally:
        store.close()
    db = tmp_path / "fresh.sqlite3"
    monkeypatch.setenv("CAPACITY_APP_LANG", "fr")
    r = CliRunner().invoke(main, ["--db", str(db), "import", str(out), "--yes"])
    assert r.exit_code == 0, r.output
    assert "réponses archivées ajoutées (à des questions que ce questionnaire ne pose plus) : 2" in r.output
    monkeypatch.setenv("CAPACITY_APP_LANG", "en")      # again: all are archived here already, none added
    r = CliRunner().invoke(main, ["--db", str(db), "import", str(out), "--yes"])
    assert r.exit_code == 0 and "archived answers added" not in r.output, r.output


@pytest.mark.parametrize("sheet, column, value", [
    ("Action costs", "Year", "\u00b2"),              # before: ValueError out of the reader (int() refuses "²")
    ("Action costs", "Year", "2" * 5000),            # before: ValueError (int()'s digit limit)
    ("Action costs", "Taken over from", "9" * 5000),
    ("Procurement plan", "Cost line", "\u00b2"),
    ("Plan progress", "Cost line", "1" * 5000),
])
def test_a_number_no_int_reads_is_refused_naming_its_cell(rich, qn, tmp_path, sheet, column, value):
    import openpyxl

    from capacity_app.exchange.workbook.importer import WorkbookError
    from capacity_app.services.exchange import read_workbook

    _db, _aid, path = rich
    wb = openpyxl.load_workbook(path)
    if sheet not in wb.sheetnames or wb[sheet].max_row < 2:
        pytest.skip(f"the demo's workbook has no row in {sheet}")
    ws = wb[sheet]
    header = [c.value for c in ws[1]]
    if column not in header:
        pytest.skip(f"{sheet} has no column {column}")
    ws.cell(2, header.index(column) + 1, value)
    out = tmp_path / "edited.xlsx"
    wb.save(out)
    with pytest.raises(WorkbookError) as got:
        read_workbook(out, qn)
    assert any(s == sheet for s, _c, _r in got.value.problems), got.value.problems
    assert "\n" not in str(got.value) and "Traceback" not in str(got.value)


def test_a_measure_s_deadline_outside_the_plan_s_bounds_is_refused_naming_its_cell_and_the_bounds(tmp_path):
    """The plan runs 2026 to 2027: a deadline from 2021-01-01 to 2032-12-31 is taken (before: 1900
    taken, 9999-12-31 said to be 'not a date')."""
    def edit(wb):
        wb[CORRECTIVE_MEASURES].append(["a1", "", "2026-H1", "Hire", "NSO", "1900-01-01"])
        wb[CORRECTIVE_MEASURES].append(["a2", "", "2026-H1", "Hire", "NSO", "9999-12-31"])

    read, said = _problems(tmp_path, edit)
    assert read is None
    for cell, date in (("F4", "1900-01-01"), ("F5", "9999-12-31")):
        assert f"({date}) is outside the plan's bounds, 2021-01-01 to 2032-12-31" in said[cell], said
