"""Benchmark: the Word report against the PDF report, each as the whole `capacity-app report`
process (interpreter start, imports, database, scoring, the document written).

* **docx**: ``python -m capacity_app --db demo.sqlite3 report 1 --docx out.docx --lang LANG``;
* **pdf**: ``python -m capacity_app --db demo.sqlite3 report 1 --pdf out.pdf --lang LANG``;

on the demo assessment (created once before the runs), run in turn (docx, pdf, docx, pdf, …) so
both meet the same machine load, after one warm-up of each. Prints the medians of wall-clock and
processor time (user + system, from the operating system's accounting of each finished process)
and the ratio docx / pdf pair by pair (target <= 1.0: the Word document no slower than the PDF).
Never fails.

    .venv/bin/python benchmarks/bench_docx.py [--runs 5] [--lang en]

Measured (demo, en, on the shared 2-core machine under other engineers' load): 5 pairs, docx
1.83 s CPU / 6.46 s wall against the PDF's 6.57 s CPU / 22.76 s wall, **ratio 0.28 CPU, 0.29
wall** (medians, pair by pair); this script, 2 pairs: 1.49 s / 2.60 s against 5.33 s / 9.20 s,
ratio 0.28 CPU, 0.29 wall. The Word document is written in about a quarter of the PDF's time:
python-docx writes XML, it lays nothing out (Word and LibreOffice do when they open it). Where
its time goes (in process, demo en): the report's context 1.0 s (as the PDF's), the two charts
drawn as PNG with matplotlib's import about 0.6-1.7 s, the HTML 0.06 s, the document 0.4 s, the
file 0.06 s.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(cmd: list[str]) -> tuple[float, float]:
    """(wall, cpu) seconds of one finished process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        raise SystemExit(f"{' '.join(cmd)} failed: {err[-300:]}")
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--lang", default="en")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        db = Path(d) / "demo.sqlite3"
        base = [sys.executable, "-m", "capacity_app", "--db", str(db)]
        subprocess.run([*base, "demo", "--out", str(Path(d) / "demo")], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL)
        docx = [*base, "report", "1", "--docx", str(Path(d) / "r.docx"), "--lang", args.lang]
        pdf = [*base, "report", "1", "--pdf", str(Path(d) / "r.pdf"), "--lang", args.lang]
        run(docx)
        run(pdf)
        pairs = [(run(docx), run(pdf)) for _ in range(args.runs)]
    med = statistics.median
    for i, name in ((0, "wall"), (1, "cpu")):
        a = [p[0][i] for p in pairs]
        b = [p[1][i] for p in pairs]
        ratios = [x / y for x, y in zip(a, b, strict=True)]
        print(f"{name:4}  docx {med(a):6.2f} s  pdf {med(b):6.2f} s  ratio docx/pdf median {med(ratios):.2f} "
              f"(min {min(ratios):.2f}, max {max(ratios):.2f})")
    print(f"{args.runs} runs each, {args.lang}, interleaved, after one warm-up; target: ratio <= 1.0")


if __name__ == "__main__":
    main()
