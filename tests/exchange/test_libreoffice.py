"""The workbooks open in a real spreadsheet program: LibreOffice Calc (headless) reads the export
workbook (openpyxl) and the aggregated workbook (our streaming writer) and writes them back with
every cell unchanged; user text that looks like a formula stays text. Skipped where LibreOffice is
not installed (it is not a dependency of the application)."""
import shutil
from pathlib import Path
import subprocess

import openpyxl
import pytest

from capacity_app.exchange.aggregate.run import aggregate
from capacity_app.services.assessments import record_text
from capacity_app.services.exchange import export_workbook

from exchange_helpers import make_assessment, make_store

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
# LibreOffice with its spreadsheet (Debian's libreoffice-calc-nogui: the Writer alone, which the
# Word report's tests use, cannot open a workbook: "source file could not be loaded")
CALC = SOFFICE is not None and (Path(SOFFICE).resolve().parent / "libsclo.so").exists()
pytestmark = pytest.mark.skipif(not CALC, reason="LibreOffice Calc is not installed")

HOSTILE = '=HYPERLINK("http://example.invalid/x","click")'


def _values(path):
    """(the values of each sheet, trailing empty cells and rows left out; the formula cells as
    (sheet, coordinate)), read in one read-only pass."""
    wb = openpyxl.load_workbook(path, read_only=True)
    out, formulas = {}, []
    try:
        for ws in wb.worksheets:
            rows = []
            for cells in ws.iter_rows():
                formulas.extend((ws.title, c.coordinate) for c in cells
                                if isinstance(c.value, str) and c.data_type == "f")
                r = [c.value for c in cells]
                while r and r[-1] is None:
                    r.pop()
                rows.append(tuple(r))
            while rows and not rows[-1]:
                rows.pop()
            out[ws.title] = rows
    finally:
        wb.close()
    return out, formulas


def _through_libreoffice(sources, tmp_path):
    """Each of ``sources`` (of different names) opened and saved again as .xlsx by LibreOffice, in
    one start of it: the files it wrote, in the same order."""
    out_dir = tmp_path / "lo"
    profile = tmp_path / "lo-profile"
    r = subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--calc",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out_dir),
                        *(str(src) for src in sources)],
                       capture_output=True, text=True, timeout=240)
    written = [out_dir / src.name for src in sources]
    assert all(w.is_file() for w in written), r.stdout + r.stderr
    return written


def test_export_and_aggregate_round_trip_through_libreoffice(qn, tmp_path):
    store = make_store(tmp_path / "lo.sqlite3")
    try:
        ken = make_assessment(store, qn, "KEN", 2025)
        fra = make_assessment(store, qn, "FRA", 2024)
        record_text(store, qn, ken.id, "s0_lead_institution", HOSTILE, comment=HOSTILE)
        folder = tmp_path / "in"
        folder.mkdir()
        export_workbook(store, ken.id, folder / "kenya.xlsx")
        export_workbook(store, fra.id, folder / "france.xlsx", lang="fr")
    finally:
        store.close()
    agg = tmp_path / "aggregate.xlsx"
    aggregate([folder], agg)
    ours_all = [folder / "kenya.xlsx", agg]
    for ours, theirs in zip(ours_all, _through_libreoffice(ours_all, tmp_path), strict=True):
        (mine, _), (lo, formulas) = _values(ours), _values(theirs)
        assert list(mine) == list(lo)
        for sheet in mine:
            assert mine[sheet] == lo[sheet], f"{ours.name} / {sheet}: LibreOffice reads other values"
        cells = [v for rows in lo.values() for row in rows for v in row]
        assert HOSTILE in cells  # text, never a formula: LibreOffice kept it as typed
        assert not formulas, formulas


def _system_python_with_uno():
    for exe in ("/usr/bin/python3", shutil.which("python3")):
        if exe and subprocess.run([exe, "-c", "import uno"], capture_output=True).returncode == 0:
            return exe
    return None


def test_row_deleted_in_libreoffice_still_imports(qn, tmp_path):
    """Deleting a row in LibreOffice makes it write an empty <row r="1048576"> into the sheet: an
    empty row holds no cell, and the workbook still imports (item 10)."""
    from pathlib import Path

    from capacity_app.services.exchange import read_workbook

    py = _system_python_with_uno()
    if py is None:
        pytest.skip("LibreOffice's Python bridge (uno) is not installed")
    store = make_store(tmp_path / "lo.sqlite3")
    try:
        ken = make_assessment(store, qn, "KEN", 2025)
        record_text(store, qn, ken.id, "s0_lead_institution", "National Statistics Office")
        src = tmp_path / "kenya.xlsx"
        export_workbook(store, ken.id, src)
    finally:
        store.close()
    dst = tmp_path / "kenya-edited.xlsx"
    script = Path(__file__).with_name("lo_delete_row.py")
    import socket

    with socket.socket() as free:  # a port nobody listens on (a LibreOffice left by an earlier run may hold one)
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    r = subprocess.run([py, str(script), str(src), str(dst), "README", "3", str(tmp_path / "lo-profile"),
                        str(port)], capture_output=True, text=True, timeout=240)
    assert dst.is_file(), r.stdout + r.stderr
    import zipfile

    with zipfile.ZipFile(dst) as z:
        assert any(b'r="1048576"' in z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/"))
    plan = read_workbook(dst, qn)
    assert any(a.key == "s0_lead_institution" and a.value == "National Statistics Office" for a in plan.answers)
