"""Per-answer save time: median and p95 over 1,000 answers on a database with 200 assessments,
through the service the GUI uses (validate + one committed transaction with its history row),
against a raw sqlite3 INSERT + COMMIT on the same kind of database (WAL, synchronous=FULL),
measured in the same run. Target: p95 < 2 ms and within 1.5x the raw figure."""
from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from capacity_app.catalog.loader import load_bundled
from capacity_app.services.assessments import create_assessment, load_sheet, open_store, record_answer

N = 1000


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="bench-save-"))
    os.environ["CAPACITY_APP_DATA"] = str(tmp)
    q = load_bundled()
    store = open_store(tmp / "bench.sqlite3")
    for i in range(200):
        a = create_assessment(store, q, country="KEN", round=2000 + (i % 100))
    sheet = load_sheet(store, q, a.id)
    keys = [k for k, f, _ in q.all_keys() if f.type == "rating" or (f.type == "select_one" and f.choices)]
    app_times = []
    for i in range(N):
        key = keys[i % len(keys)]
        fld = q.resolve_key(key)[1]
        value = (i % 4) if fld.type == "rating" else fld.choices[i % len(fld.choices)].code
        t0 = time.perf_counter()
        record_answer(store, q, a.id, key, value, sheet=sheet)
        app_times.append((time.perf_counter() - t0) * 1000)
    store.close()

    raw = sqlite3.connect(str(tmp / "raw.sqlite3"), isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("CREATE TABLE answers (assessment_id INTEGER, key TEXT, value TEXT, PRIMARY KEY (assessment_id, key))")
    raw_times = []
    for i in range(N):
        t0 = time.perf_counter()
        raw.execute("BEGIN")
        raw.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?)", (1, keys[i % len(keys)], str(i % 4)))
        raw.execute("COMMIT")
        raw_times.append((time.perf_counter() - t0) * 1000)
    raw.close()

    am, ap = statistics.median(app_times), pct(app_times, 95)
    rm, rp = statistics.median(raw_times), pct(raw_times, 95)
    print(f"answers saved: {N} on a database with 200 assessments (WAL, synchronous=FULL)")
    print(f"record_answer: median {am:.3f} ms, p95 {ap:.3f} ms")
    print(f"raw sqlite3 insert+commit: median {rm:.3f} ms, p95 {rp:.3f} ms")
    print(f"ratio (p95): {ap / rp:.2f}x   ratio (median): {am / rm:.2f}x   target: p95 < 2 ms and <= 1.5x")


if __name__ == "__main__":
    main()
