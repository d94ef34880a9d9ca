"""Institutions' workbooks: writing each demo institution's workbook, and reading a
returned one, against the exchange workbook of the whole assessment as the reference.

On the Veloria demo: the time to write the exchange workbook (every answer, every sheet) and the
time to write each institution's workbook (only its questions); the time to read the exchange
workbook back (``read_untrusted``, its isolated child process included) and to read back the
largest institution's reply (``read_reply_or_plan_untrusted``, the same way). Prints the times
(median of three), the ratios to the reference and the load average (the figures depend on what
else runs). Never fails.
Usage: python benchmarks/bench_institutions.py"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _median(fn, n: int = 3) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-institutions-"))
    os.environ["CAPACITY_APP_DATA"] = str(folder / "data")
    from capacity_app.domain.institutions.asked import institution_codes
    from capacity_app.services.assessments import open_store, questionnaire_for
    from capacity_app.services.demo import create_demo
    from capacity_app.services.exchange import export_workbook, read_untrusted
    from capacity_app.services.institutions.forms import export_institution_workbook, read_reply_or_plan_untrusted

    q = questionnaire_for()
    store = open_store(folder / "bench.sqlite3")
    a = create_demo(store)
    book = folder / "exchange.xlsx"
    write_ref = _median(lambda: export_workbook(store, a.id, book))
    read_untrusted(book, q)  # the reading processes' server started once, as in a session
    read_ref = _median(lambda: read_untrusted(book, q))
    print(f"exchange workbook: write {write_ref:.3f} s, read {read_ref:.3f} s (reference)")
    largest, size = None, -1
    for inst in institution_codes(q):
        path = folder / f"{inst}.xlsx"
        t = _median(lambda inst=inst, path=path: export_institution_workbook(store, a.id, inst, path))
        n = path.stat().st_size
        if n > size:
            largest, size = path, n
        print(f"  {inst:15} write {t:.3f} s ({t / write_ref:.2f}x the exchange workbook), {n // 1024} KB")
    assert largest is not None
    t = _median(lambda: read_reply_or_plan_untrusted(largest, q))
    print(f"read back {largest.name}: {t:.3f} s ({t / read_ref:.2f}x the exchange workbook's read)")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
