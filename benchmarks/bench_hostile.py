"""Hostile workbooks are refused or read in bounded time: the times the tests do not assert
(tests/exchange/test_hostile*.py and test_reader.py check the outcome and the memory; wall-clock
bounds flake on a loaded machine). Prints figures; never fails.

* the reader (``exchange/outside/reader.py``) on sheets built to make a naive reader quadratic, at n and
  2n: a linear reading takes about twice as long at 2n, a quadratic one four times — a text of
  one-character runs (joined at every run, it would be quadratic), a row of cells without
  references, a text full of character references;
* a shared-string bomb (150 million characters once expanded, 0.1 MB on disk) refused by the
  reader, and the attacks (tests/exchange/hostile25.py) on the demo export, each read
  in a fresh process as the window and the command line read it: seconds and peak memory;
* the summaries of 300 assessments listed (``services.summaries``, one query): see bench_scale.py,
  which times ``list --json`` as a whole process."""
from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def best(fn, runs: int = 5) -> float:
    """The least processor time of ``runs`` calls (less disturbed than wall time on a shared machine)."""
    times = []
    for _ in range(runs):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return min(times)


def sheets(n: int) -> dict[str, bytes]:
    def sheet(rows: bytes) -> bytes:
        return b'<worksheet xmlns="' + MAIN + b'"><sheetData>' + rows + b"</sheetData></worksheet>"

    return {
        "one text in n runs": sheet(b'<row r="1"><c r="A1" t="inlineStr"><is>' + b"<r><t>a</t></r>" * (n // 10)
                                    + b"</is></c></row>"),
        "rows of cells without r": sheet((b"<row>" + b'<c t="inlineStr"><is><t>x</t></is></c>' * 50 + b"</row>")
                                         * (n // 1000)),
        "character references": sheet(b'<row r="1"><c r="A1" t="inlineStr"><is><t>' + b"&#65;" * (n // 50)
                                      + b"</t></is></c></row>"),
    }


def reader_scaling() -> None:
    from capacity_app.exchange.outside import reader
    from capacity_app.exchange.outside.safety import DEFAULT_LIMITS, UnsafeWorkbook

    def read(data: bytes) -> None:
        try:
            reader._read_sheet(data, "S", [], {}, False, DEFAULT_LIMITS, reader._Budget())
        except UnsafeWorkbook:
            pass  # refused at a limit: the time to refuse is what is measured

    print("the reader (processor seconds, best of 5): n = 1,000,000 / 2,000,000 bytes of cells, ratio (linear ~2, "
          "quadratic ~4)")
    small, large = sheets(1_000_000), sheets(2_000_000)
    for name in small:
        a = best(lambda d=small[name]: read(d))
        b = best(lambda d=large[name]: read(d))
        print(f"  {name:<26} {a:.4f} / {b:.4f}  x{b / a:.1f}")


def _peak_child(path: Path) -> tuple[float, float, str]:
    """(seconds, peak MB, outcome) of reading ``path`` as the command line does, in a fresh process."""
    code = ("import sys, time; t = time.perf_counter()\n"
            "from capacity_app.catalog.loader import load_bundled\n"
            "from capacity_app.exchange.workbook.importer import read_workbook, WorkbookError\n"
            "q = load_bundled(); t = time.perf_counter()\n"
            "try:\n    read_workbook(sys.argv[1], q); out = 'accepted'\n"
            "except WorkbookError as e:\n    out = 'refused'\n"
            "s = time.perf_counter() - t\n"
            "peak = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
            "print(s, peak / 1024, out)")
    r = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                       env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=600)
    seconds, peak, outcome = r.stdout.split()
    return float(seconds), float(peak), outcome


def hostile_files() -> None:
    sys.path.insert(0, str(ROOT / "tests" / "exchange"))
    import hostile25
    from test_hostile_shapes import _shared_string_bomb

    from capacity_app.exchange.outside.reader import Workbook
    from capacity_app.exchange.outside.safety import UnsafeWorkbook
    from capacity_app.services.assessments import open_store
    from capacity_app.services.demo import create_demo
    from capacity_app.services.exchange import export_workbook

    with tempfile.TemporaryDirectory() as d:
        bomb = _shared_string_bomb(Path(d), 4670)

        def refuse() -> None:
            try:
                with Workbook(bomb) as wb:
                    wb.rows("Answers")
            except UnsafeWorkbook as exc:
                if "shared-string bomb" in str(exc):
                    return
                raise SystemExit(f"refused for another reason: {exc}") from None
            raise SystemExit("the bomb was not refused")

        times = [best(refuse, runs=1) for _ in range(5)]
        print(f"shared-string bomb ({bomb.stat().st_size / 1e3:.0f} KB on disk, 150 million characters expanded) "
              f"refused in {statistics.median(times):.3f} s (median of 5)")
        with open_store(Path(d) / "demo.sqlite3", daily_backup=False) as store:
            book = export_workbook(store, create_demo(store).id, Path(d) / "demo.xlsx")
        print("the attacks, each read in a fresh process (seconds to read, peak resident MB, outcome):")
        for case_id, _what, data, _expected in hostile25.cases(book.read_bytes()):
            path = Path(d) / f"{case_id}.xlsx"
            path.write_bytes(data)
            seconds, peak, outcome = _peak_child(path)
            print(f"  {case_id:<26} {seconds:6.2f} s {peak:7.1f} MB  {outcome}")
        seconds, peak, outcome = _peak_child(book)
        print(f"  {'(the demo export itself)':<26} {seconds:6.2f} s {peak:7.1f} MB  {outcome}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    reader_scaling()
    hostile_files()
