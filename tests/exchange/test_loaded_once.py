"""tests/exchange/exchange_helpers.LoadedOnce, which lets several tests edit one openpyxl load of a
workbook, reaches into openpyxl's cells (``ws._cells``, ``cell._value``, ``cell._style``; openpyxl is
held to 3.1 in pyproject.toml): each file it saves must be, part for part, the file a fresh load,
the same edit and a save give, and the edits before it must leave no trace. Checked here for the
kinds of edit the tests make (a value over a value, a number, a formula, an empty cell filled, a
sheet unprotected), one after the other on the same load, so that an openpyxl that keeps its cells
otherwise fails here rather than making the import tests read files no program would write."""
from __future__ import annotations

import zipfile

import openpyxl

from exchange_helpers import LoadedOnce

EDITS = [  # each kind of edit the tests make; the second also unprotects the Answers sheet
    {("Metadata", "B5"): "0.9.0", ("Answers", "E3"): 1, ("Answers", "H4"): "Strategy adopted in June.",
     ("Metadata", "B3"): "9", ("Answers", "E6"): None},
    {("Answers", "E5"): "=1+1", ("Answers", "M2339"): "a cell the export left empty"},
]


def _parts(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:  # the modification time aside
        return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}


def test_each_save_is_a_fresh_loads(rich, tmp_path):
    source = rich[2]
    once = LoadedOnce(source)
    for i, cells in enumerate(EDITS + EDITS[:1]):  # the first again: the others left nothing behind
        shared = once.save_edited(tmp_path / f"shared-{i}.xlsx", cells, unprotect=("Answers",) if i == 1 else ())
        book = openpyxl.load_workbook(source)
        for (sheet, ref), value in cells.items():
            book[sheet][ref] = value
        if i == 1:
            book["Answers"].protection.sheet = False
        book.save(tmp_path / f"fresh-{i}.xlsx")
        assert _parts(shared) == _parts(tmp_path / f"fresh-{i}.xlsx"), cells
