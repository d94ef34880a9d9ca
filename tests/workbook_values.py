"""The tests' reading of a workbook's cell values, for the tests that check values only.

python-calamine reads the demo's exchange workbook about twenty times faster than openpyxl, even
openpyxl's read-only mode, which still builds every style. A test that checks styles, alignment,
data validations, column widths, protection or comments still loads the workbook in openpyxl's
full mode. The values are given as openpyxl gives them (``iter_rows(values_only=True)``): an empty
cell is None, a whole number an int (calamine reads every number as a float), each row as a tuple
from column A, as many rows as the sheet's used area from row 1. Three differences stay: a date cell
is a ``datetime.date`` or ``datetime.datetime`` as the cell holds it; a text's escaped control
character (``_x000D_``) is read as the character itself, as a spreadsheet program shows it; a
formula cell gives the value stored with it (None when the writer stored none), never the formula:
a test that checks no cell is a formula reads the cells' types in openpyxl.

Imported by name (``from workbook_values import sheet_values``): pytest puts tests/ on the path
through tests/conftest.py."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


def _value(v):
    if v == "":
        return None
    if type(v) is float and v.is_integer():
        return int(v)
    return v


def _book(path):
    from python_calamine import CalamineWorkbook

    return CalamineWorkbook.from_path(str(path))


def _rows(book, name) -> list[tuple]:
    return [tuple(_value(v) for v in row) for row in book.get_sheet_by_name(name).to_python(skip_empty_area=False)]


def sheet_names(path: str | Path) -> list[str]:
    """The workbook's sheet names in their order."""
    return list(_book(path).sheet_names)


def sheet_values(path: str | Path, name: str) -> list[tuple]:
    """One sheet's rows of values."""
    return _rows(_book(path), name)


def book_values(path: str | Path, keep: Callable[[str], bool] = lambda name: True) -> dict[str, list[tuple]]:
    """Every sheet's rows of values (of the sheets whose name ``keep`` keeps), by sheet name in the
    workbook's order."""
    book = _book(path)
    return {name: _rows(book, name) for name in book.sheet_names if keep(name)}
