"""Exporting the demo's exchange workbook (what an officer waits for, many times a mission,
and some 110 of the suite's tests): ``services.exchange.export_workbook`` in English and in Arabic
(every sheet right to left), processor time in one process, median of ten after a first export;
then its parts: reading what the workbook shows (``build_export``), making the cells, saving
(``exchange/workbook/saving.py``). Prints figures; never fails.

    .venv/bin/python benchmarks/bench_export.py
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RUNS = 10


def _ms(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:.0f} ms"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CAPACITY_APP_DATA"] = tmp
        from capacity_app.exchange.workbook import export, saving
        from capacity_app.services.assessments import open_store, questionnaire_for
        from capacity_app.services.demo import create_demo
        from capacity_app.services.exchange import build_export, export_workbook

        store = open_store(Path(tmp) / "bench.sqlite3", daily_backup=False)
        try:
            a = create_demo(store)
            q = questionnaire_for(a)
            out = Path(tmp) / "demo.xlsx"
            for lang in ("en", "ar"):
                export_workbook(store, a.id, out, lang=lang)
                whole, build, write, save = [], [], [], []
                for _ in range(RUNS):
                    t = time.process_time()
                    export_workbook(store, a.id, out, lang=lang)
                    whole.append(time.process_time() - t)
                real_save = saving.save

                def timed_save(wb, path, real_save=real_save, save=save):
                    t = time.process_time()
                    real_save(wb, path)
                    save.append(time.process_time() - t)

                saving.save = timed_save
                try:
                    for _ in range(RUNS):
                        t = time.process_time()
                        data = build_export(store, q, a.id, lang)
                        build.append(time.process_time() - t)
                        t = time.process_time()
                        export.write_workbook(data, out)
                        write.append(time.process_time() - t)
                finally:
                    saving.save = real_save
                cells = [w - s for w, s in zip(write, save, strict=True)]
                print(f"export_workbook, demo, {lang}: {_ms(whole)} processor time (median of {RUNS}), "
                      f"{out.stat().st_size // 1024} KB")
                print(f"  its parts, {lang}: build_export {_ms(build)}, the cells {_ms(cells)} "
                      f"(and the file's check), the save {_ms(save)}")
        finally:
            store.close()
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
