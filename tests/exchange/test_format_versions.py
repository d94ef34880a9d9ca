"""Workbook format versions: the format is raised whenever what the workbook writes
changes (2: coded cells written as labels; 3: the funding request's record in Plan validation; 4: the
planning unit's summaries, decisions and corrective measures), this version reads formats 1 to 4 — the fixture
workbooks below were written by earlier versions of capacity-app and are never regenerated — and
a workbook of a newer format is refused in one line that says so."""
from pathlib import Path

import openpyxl
import pytest

from capacity_app.exchange.workbook.format import FORMAT_VERSION, SUPPORTED_FORMAT_VERSIONS
from capacity_app.exchange.workbook.importer import WorkbookError, format_refusal
from capacity_app.services.exchange import apply_import, export_workbook, read_workbook

from exchange_helpers import make_store
from workbook_values import sheet_values

FIXTURES = Path(__file__).resolve().parent / "fixtures"
# (file, what made it, its format, its status cell as written)
MADE_EARLIER = [
    ("workbook-f1-codes-q1.2.0.xlsx", "before codes", "1", "in_progress"),
    ("workbook-f1-labels-fr-q1.2.0.xlsx", "six-language labels under format 1", "1", "En cours"),
    ("workbook-f2-labels-es-q1.2.1.xlsx", "labels under format 2", "2", "En curso"),
]


def _meta(path: Path) -> dict:
    return {r[0]: r[1] for r in sheet_values(path, "Metadata")[1:]}


@pytest.mark.parametrize(("name", "made", "fmt", "status"), MADE_EARLIER)
def test_every_format_this_version_knows_imports_whole(name, made, fmt, status, qn, tmp_path):
    path = FIXTURES / name
    meta = _meta(path)
    assert (meta["format_version"], meta["status"]) == (fmt, status), made
    plan = read_workbook(path, qn)
    assert plan.status == "in_progress" and plan.warnings == [], made
    store = make_store(tmp_path / "in.sqlite3")
    try:
        a = apply_import(store, plan).assessment
        assert a.status == "in_progress"
        assert store.answer(a.id, "s2_need_a").value == 2 and store.answer(a.id, "s0_n_interviews").value == 12
    finally:
        store.close()


def test_an_export_writes_the_newest_format(qn, tmp_path):
    assert FORMAT_VERSION == "4" and SUPPORTED_FORMAT_VERSIONS == ("1", "2", "3", "4")
    store = make_store(tmp_path / "out.sqlite3")
    try:
        plan = read_workbook(FIXTURES / MADE_EARLIER[0][0], qn)
        a = apply_import(store, plan).assessment
        out = export_workbook(store, a.id, tmp_path / "out.xlsx", lang="en")
    finally:
        store.close()
    assert _meta(out)["format_version"] == FORMAT_VERSION


def test_a_newer_format_is_refused_in_one_line(qn, tmp_path):
    wb = openpyxl.load_workbook(FIXTURES / MADE_EARLIER[0][0])
    ws = wb["Metadata"]
    ws.protection.sheet = False
    ws["B3"] = "5"
    wb.save(tmp_path / "newer.xlsx")
    with pytest.raises(WorkbookError) as exc:
        read_workbook(tmp_path / "newer.xlsx", qn)
    line = str(exc.value)
    assert "Metadata!B3: made by a newer version of capacity-app (workbook format 5; this version reads up to 4)" \
        in line and "\n" not in line.strip()


def test_refusals_name_what_is_wrong():
    assert format_refusal("12") == ("made by a newer version of capacity-app (workbook format 12; this version "
                                    "reads up to 4): update capacity-app to import it")
    assert "workbook format version 0 is not supported" in format_refusal("0")
    assert "workbook format version x2 is not supported" in format_refusal("x2")
    assert "(missing)" in format_refusal("")
