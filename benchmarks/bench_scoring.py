"""Time to score the demo assessment (target: well under 50 ms, so the GUI can rescore on every
answer). Prints figures; never fails.

    .venv/bin/python benchmarks/bench_scoring.py
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CAPACITY_APP_DATA"] = tmp
        from capacity_app.catalog.recommendations import load_bundled_recommendations
        from capacity_app.domain.scoring import score
        from capacity_app.services.assessments import open_store, questionnaire_for
        from capacity_app.services.demo import create_demo
        from capacity_app.services.scoring import score_assessment

        q = questionnaire_for()
        store = open_store(Path(tmp) / "bench.sqlite3", daily_backup=False)
        try:
            a = create_demo(store)
            t0 = time.perf_counter()
            load_bundled_recommendations()
            first_lib = (time.perf_counter() - t0) * 1000
            answers = store.answers(a.id)
            recs = load_bundled_recommendations()
            runs = {}
            for lang in ("en", "fr", "es"):
                times = []
                for _ in range(50):
                    t = time.perf_counter()
                    score(q, answers, a.effective_reference_date, None, lang, recs)
                    times.append((time.perf_counter() - t) * 1000)
                runs[lang] = times
            service = []
            for _ in range(20):
                t = time.perf_counter()
                score_assessment(store, q, a.id).to_dict()
                service.append((time.perf_counter() - t) * 1000)
        finally:
            store.close()
    n = len(answers)
    print(f"demo assessment: {n} answers, {sum(1 for _ in q.all_keys())} answer keys in the questionnaire")
    print(f"load + validate recommendations library (first time): {first_lib:.1f} ms")
    for lang, times in runs.items():
        print(f"score() in memory, {lang}: median {statistics.median(times):.2f} ms, "
              f"max {max(times):.2f} ms over {len(times)} runs")
    print(f"score_assessment() from the database + to_dict(): median {statistics.median(service):.2f} ms, "
          f"max {max(service):.2f} ms over {len(service)} runs (target < 50 ms)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
