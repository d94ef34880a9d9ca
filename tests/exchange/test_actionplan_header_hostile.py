"""Hostile headers of the exchange workbook's "Action plan" sheet, whose columns are found by name:
each workbook is either read exactly (the same plan as written) or refused at its cell in one line,
with nothing read. Workbooks are written with openpyxl, as a spreadsheet would leave them."""
from __future__ import annotations

import unicodedata

import openpyxl
import pytest

from capacity_app.domain.plan.actions import Action
from capacity_app.exchange.outside.reader import Workbook
from capacity_app.exchange.workbook.actionplan_sheet import read_action_plan, write_action_plan
from capacity_app.exchange.workbook.format import ACTION_PLAN, column_label

from exchange_helpers import plan_sheet_file, make_assessment, make_store

PQS = {"A", "B"}
PLAN = [
    Action("a1", "Census questions", None, ("A",), ("NSO",), "2026-Q3", "2027-06-30", "two weeks of TA",
           "tables out", 1, "in_progress", 0, indicator="Tables published", baseline="0 (2026)",
           target="12 (2028)", risks="Budget kept", sdg_target="17.18"),
    Action("b2", "Publish a profile", None, (), ("Ministry",), None, None, "", "", 3, "done", 1),
]


def _write(path, edit=None, actions=PLAN):
    return plan_sheet_file(path, actions, edit)


def _read(path):
    with Workbook(str(path)) as wb:
        return read_action_plan(wb, PQS)


def _header(ws, name):
    """The 1-based column whose header is ``name``."""
    return [c.value for c in ws[1]].index(name) + 1


def _set(name, value):
    return lambda ws: setattr(ws.cell(1, _header(ws, name)), "value", value)


@pytest.mark.parametrize("edit", [
    _set("Risks and assumptions", "Risks and\nassumptions"),                 # a line break typed (Alt+Enter)
    _set("Title", "   Title  "),                                             # spaces around
    _set("Title", "\tTitle\u00a0"),                                          # a tab, a no-break space
    _set("Indicator", "Indi\u200bcator"),                                    # a zero-width space inside
    _set("Id", "\ufeffId"),                                                  # a byte order mark pasted in
    _set("Title", "Tit\u00adle"),                                            # a soft hyphen
    _set("Title", unicodedata.normalize("NFD", column_label("Title", "fr"))),  # "Intitulé" decomposed
    _set("Status", unicodedata.normalize("NFD", column_label("Status", "es"))),
    _set("Title", column_label("Title", "ar")),                              # Arabic, right to left
    _set("Status", "\u200f" + column_label("Status", "ar") + "\u200e"),     # with direction marks
    lambda ws: setattr(ws.column_dimensions["O"], "hidden", True),           # a hidden column
    lambda ws: [setattr(ws.column_dimensions[c], "hidden", True) for c in "BCDEFGH"],
], ids=["newline", "spaces", "tab-nbsp", "zero-width", "bom", "soft-hyphen", "nfd-fr", "nfd-es", "arabic", "arabic-marks",
        "hidden", "hidden-many"])
def test_a_header_written_differently_reads_the_same_plan(tmp_path, edit):
    read, problems = _read(_write(tmp_path / "h.xlsx", edit))
    assert problems == [] and read.actions == PLAN


@pytest.mark.parametrize("edit, cell, words", [
    # the same column named in two languages: two columns for one field
    (lambda ws: ws.cell(1, 30, column_label("Title", "fr")), "AD1", "'Title' is there twice (columns B and AD)"),
    (lambda ws: ws.cell(1, 30, column_label("Indicator", "zh")), "AD1", "'Indicator' is there twice"),
    # the same column named in two languages in one cell
    (_set("Title", "Title / Intitulé"), "B1", "expected the column 'Title' here, found 'Title / Intitulé'"),
    # a column of another sheet
    (_set("Milestone", "Amount"), "I1", "expected the column 'Milestone' here, found 'Amount'"),
    (_set("Milestone", "Action id"), "I1", "found 'Action id'"),
    (lambda ws: ws.cell(1, 30, "Action id"), "AD1", "'Action id' is not one of this sheet's"),
    (lambda ws: ws.cell(1, 30, "Question key"), "AD1", "'Question key' is not one of this sheet's"),
    # a formula instead of a header
    (_set("Title", '="Title"'), "B1", "contains a formula"),
    (_set("Status", "=K2"), "K1", "contains a formula"),
    # a zero-width character alone is no header: the column it stood for is missing
    (_set("Title", "\u200b"), "B1", "the column 'Title' is missing"),
    # a header that only looks like one: a Cyrillic "Т", a no-break hyphen
    (_set("Title", "\u0422itle"), "B1", "found 'Тitle'"),
])
def test_a_header_that_cannot_be_placed_is_refused_at_its_cell(tmp_path, edit, cell, words):
    read, problems = _read(_write(tmp_path / "r.xlsx", edit))
    assert read is None and problems and problems[0][1] == cell and words in problems[0][2], problems
    assert all("\n" not in p[2] for p in problems)


def test_merged_header_cells_hide_a_column_and_are_refused(tmp_path):
    """Merging B1:C1 leaves C1 empty: the recommendation's column has no header (refused at C1);
    merged over a later column whose cells hold text, that text is under no header."""
    read, problems = _read(_write(tmp_path / "m.xlsx", lambda ws: ws.merge_cells("B1:C1")))
    assert read is None and problems[0][1] == "C1" and "'Recommendation' is missing" in problems[0][2], problems

    def merged_over_sdg(ws):
        ws.merge_cells(start_row=1, start_column=_header(ws, "Depends on"), end_row=1,
                       end_column=_header(ws, "Depends on") + 1)

    read, problems = _read(_write(tmp_path / "n.xlsx", merged_over_sdg))
    assert read is None and problems[0][1] == "T2" and "under no column's header" in problems[0][2], problems


def test_a_header_row_of_16000_columns(tmp_path):
    """A header far to the right (column 16,000) is refused at its cell as too large to read, in
    one line; a header row formatted (bold, no value) as far is read as the plan."""
    from capacity_app.exchange.outside.safety import UnsafeWorkbook
    from openpyxl.styles import Font

    with pytest.raises(UnsafeWorkbook) as refused:
        _read(_write(tmp_path / "w.xlsx", lambda ws: ws.cell(1, 16_000, "Notes")))
    assert "WQJ1" in str(refused.value) and "\n" not in str(refused.value)

    def far_blanks(ws):
        for col in (*range(1, 16_000, 97), 16_000):
            ws.cell(1, col).font = Font(bold=True)

    read, problems = _read(_write(tmp_path / "b.xlsx", far_blanks))
    assert problems == [] and read.actions == PLAN


def test_an_empty_sheet_is_refused_and_a_header_alone_is_an_empty_plan(tmp_path):
    def emptied(ws):
        ws.delete_rows(1, ws.max_row)

    read, problems = _read(_write(tmp_path / "e.xlsx", emptied))
    assert read is None and problems[0][1] == "A1" and "the column 'Id' is missing" in problems[0][2], problems
    read, problems = _read(_write(tmp_path / "h.xlsx", lambda ws: ws.delete_rows(2, ws.max_row)))
    assert problems == [] and read.actions == []


def test_the_same_file_read_and_imported_twice(tmp_path, qn):
    """Read twice, the same plan and places; imported twice, the second import changes nothing."""
    from capacity_app.services.exchange import apply_import, diff_import, export_workbook, read_workbook
    from capacity_app.services.plan import actions as plans

    store = make_store(tmp_path / "s.sqlite3")
    try:
        aid = make_assessment(store, qn, answers=[]).id  # the plan alone: fast
        plans.replace_plan(store, qn, aid, PLAN)
        out = export_workbook(store, aid, tmp_path / "plan.xlsx")
        wb = openpyxl.load_workbook(out)
        ws = wb[ACTION_PLAN]
        ws.cell(2, _header(ws, "Indicator")).value = "Tables and a report published"
        ws.cell(1, _header(ws, "Title")).value = " " + column_label("Title", "fr") + "\u200b"
        wb.save(tmp_path / "edited.xlsx")
        first, second = read_workbook(tmp_path / "edited.xlsx", qn), read_workbook(tmp_path / "edited.xlsx", qn)
        assert first.action_plan.actions == second.action_plan.actions
        assert first.action_plan.places == second.action_plan.places
        apply_import(store, first, overwrite=True)
        assert [d for d in diff_import(store, second) if d.key.startswith("action")] == []
        apply_import(store, second, overwrite=True)
        assert store.action_plan(aid)[0].indicator == "Tables and a report published"
        assert [a.title for a in store.action_plan(aid)] == [a.title for a in PLAN]
    finally:
        store.close()


def test_a_formula_in_the_header_is_refused_in_the_user_s_language(tmp_path):
    from capacity_app.domain.retold import retold

    _, problems = _read(_write(tmp_path / "f.xlsx", _set("Indicator", '=UPPER("indicator")')))
    assert problems[0][1] == "N1"
    assert retold(problems[0][2], "fr").startswith("contient une formule")
    assert retold(problems[0][2], "ar").startswith("تحتوي على صيغة")


def test_a_refused_header_names_the_column_as_the_workbook_s_language_heads_it(tmp_path):
    """In a French workbook the column refused is named by its French header ("Étape clé"), not by
    the English key the user never saw; the sentence is then said in the user's language."""
    from capacity_app.domain.retold import retold
    from capacity_app.exchange.workbook.format import METADATA

    def french(path, edit):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = ACTION_PLAN
        write_action_plan(ws, PLAN, "fr")
        for cell in ws[1]:  # headed in French, as the export heads a French workbook
            cell.value = column_label(cell.value, "fr")
        edit(ws)
        meta = wb.create_sheet(METADATA)
        meta.append(["Field", "Value"])
        meta.append(["language", "fr"])
        wb.save(path)
        return path

    _, problems = _read(french(tmp_path / "fr.xlsx", _set(column_label("Milestone", "fr"), "Jalons")))
    assert problems[0][1] == "I1" and "expected the column 'Étape clé' here, found 'Jalons'" in problems[0][2]
    assert retold(problems[0][2], "fr").startswith("la colonne 'Étape clé' était attendue ici")
    _, problems = _read(french(tmp_path / "tw.xlsx", lambda ws: ws.cell(1, 30, "Title")))
    assert problems[0][1] == "AD1" and f"'{column_label('Title', 'fr')}' is there twice" in problems[0][2]
