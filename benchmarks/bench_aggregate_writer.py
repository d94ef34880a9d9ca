"""The consolidated workbook's writer: the project's streaming writer (exchange/aggregate/xlsxstream.py)
against XlsxWriter's ``constant_memory`` mode, on the same output.

The output is the consolidated Answers table of N country workbooks (default 200 × 900 rows, 15
columns: the real column mix of codes, labels, comments, hashes, numbers), written three ways, each
in a fresh process (peak resident memory measured per process):

* ``xlsxstream-copy``: as aggregation does it: the rows rendered to sheet XML (in the workers,
  here timed too), then copied as bytes into the sheet;
* ``xlsxstream-cells``: the streaming writer fed cell values in the main process;
* ``xlsxwriter``: XlsxWriter 3 with ``constant_memory`` (inline strings, no formula or URL
  conversion: ``strings_to_formulas``/``strings_to_urls`` off, so text stays text).

Prints time, output size and peak memory. Never fails.
Usage: python benchmarks/bench_aggregate_writer.py [N_WORKBOOKS] (default 200)."""
from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ROWS_PER_BOOK = 900
HEADER = ["Country", "Round", "Answer key", "Question", "Section", "Status", "Value", "Value label", "Comment",
          "Evidence", "Source file", "File SHA-256", "Exported at", "Questionnaire version", "Mapped from"]


def rows(n_books: int):
    import hashlib
    import random

    rng = random.Random(7)
    keys = [f"s{rng.randint(1, 12)}_item_{i}" for i in range(ROWS_PER_BOOK)]
    questions = [f"Question text number {i} about migration statistics and their sources" for i in range(ROWS_PER_BOOK)]
    for b in range(n_books):
        iso = f"C{b:02d}"[:3]
        sha = hashlib.sha256(str(b).encode()).hexdigest()
        for i in range(ROWS_PER_BOOK):
            value = rng.choice(["yes", "partly", "no", 2021, 2.5, "=HYPERLINK(\"x\")"])
            yield [iso, 2025, keys[i], questions[i], f"S{i % 12}", "answered", value,
                   "Yes" if value == "yes" else "", "A comment written during the mission." if i % 7 == 0 else "",
                   "document: a report" if i % 11 == 0 else "", f"{iso}.xlsx", sha, "2025-03-05T10:00:00Z", "1.0.0", ""]


def run(mode: str, n_books: int, out: Path) -> dict:
    t0 = time.perf_counter()
    if mode == "xlsxwriter":
        import xlsxwriter

        wb = xlsxwriter.Workbook(str(out), {"constant_memory": True, "strings_to_formulas": False,
                                            "strings_to_urls": False, "strings_to_numbers": False})
        ws = wb.add_worksheet("Answers")
        bold = wb.add_format({"bold": True})
        ws.write_row(0, 0, HEADER, bold)
        ws.freeze_panes(1, 0)
        r = 0
        for r, row in enumerate(rows(n_books), 1):
            ws.write_row(r, 0, row)
        ws.autofilter(0, 0, r, len(HEADER) - 1)
        wb.close()
        render = 0.0
    else:
        from capacity_app.exchange.aggregate.xlsxstream import StreamWorkbook, cell_xml

        with tempfile.TemporaryDirectory() as tmp, StreamWorkbook(tmp) as book:
            ws = book.add_sheet("Answers", continued=True)
            ws.header(HEADER)
            render = 0.0
            if mode == "xlsxstream-copy":
                spool = Path(tmp) / "spool"
                t1 = time.perf_counter()
                with open(spool, "wb") as fh:  # what the workers do (in parallel, in aggregation)
                    batch: list[str] = []
                    count = 0
                    for row in rows(n_books):
                        batch.append("<row>" + "".join(cell_xml(v) for v in row) + "</row>")
                        count += 1
                        if len(batch) == ROWS_PER_BOOK:  # one workbook's rows at a time
                            fh.write("".join(batch).encode())
                            batch = []
                    fh.write("".join(batch).encode())
                render = time.perf_counter() - t1
                with open(spool, "rb") as fh:
                    ws.copy_from(fh, spool.stat().st_size, count)
            else:
                for row in rows(n_books):
                    ws.append(row)
            book.save(out)
    total = time.perf_counter() - t0
    return {"mode": mode, "seconds": round(total, 2), "render_in_workers": round(render, 2),
            "mb_out": round(out.stat().st_size / 1e6, 1),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        print(json.dumps(run(sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]))))
        return
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    print(f"{n} workbooks x {ROWS_PER_BOOK} rows x {len(HEADER)} columns")
    with tempfile.TemporaryDirectory() as tmp:
        for mode in ("xlsxstream-copy", "xlsxstream-cells", "xlsxwriter"):
            out = Path(tmp) / f"{mode}.xlsx"
            res = subprocess.run([sys.executable, __file__, "--one", mode, str(n), str(out)],
                                 capture_output=True, text=True)
            print(res.stdout.strip() or res.stderr.strip()[-400:])


if __name__ == "__main__":
    main()
