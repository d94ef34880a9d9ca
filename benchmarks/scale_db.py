"""The database of many assessments that bench_scale.py and bench_gui_start.py time the application
on: the demo assessment (services.demo) copied through the services (``duplicate_as_next_round``),
as a regional office keeping years of missions would hold; built once and cached under
out/bench-scale/ (delete the folder to rebuild). ``BENCH_ASSESSMENTS`` sets the number (300; up to
about 3,000: 111 rounds of each of 28 countries)."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COUNT = int(os.environ.get("BENCH_ASSESSMENTS", "300"))
CACHE = ROOT / "out" / "bench-scale"

BUILD = """
import sys
from capacity_app.services import assessments as svc
from capacity_app.services.demo import create_demo
store = svc.open_store(sys.argv[1], daily_backup=False)
q = svc.questionnaire_for()
demo = create_demo(store)
# one assessment per country and round: the demo's answers under the rounds 1990-2100 of its country,
# then of further countries (each country's first assessment a copy of the demo's answers)
rounds = [r for r in range(1990, 2101) if r != demo.round]
countries = iter(["SEN", "KEN", "MEX", "PHL", "JOR", "NPL", "GHA", "PER", "BRA", "IND", "NGA", "EGY", "THA", "VNM",
                  "COL", "MAR", "TUR", "UKR", "BGD", "PAK", "ETH", "TZA", "UGA", "ZAF", "ARG", "CHL", "IDN", "LKA"])
base, made = demo, 1
while made < int(sys.argv[2]):
    if not rounds:
        new = svc.create_assessment(store, q, country=next(countries), round=demo.round)
        store.replace_answers(new.id, list(store.answers(demo.id).values()), note="copied from the demo")
        base, rounds, made = new, [r for r in range(1990, 2101) if r != demo.round], made + 1
        continue
    svc.duplicate_as_next_round(store, q, base.id, new_round=rounds.pop())
    made += 1
try:  # list them once, as the application does after each change: summaries derived and stored
    from capacity_app.services.summaries import summaries
except ImportError:  # an application without stored summaries (a baseline)
    pass
else:
    summaries(store, q)
store.close()
"""


def build(count: int) -> Path:
    """The cached database of ``count`` assessments (built on first use)."""
    from capacity_app.storage.schema import SCHEMA_VERSION

    target = CACHE / f"scale-{count}-schema{SCHEMA_VERSION}.sqlite3"
    if target.exists():
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    part = CACHE / f"building-{count}.sqlite3"
    for p in CACHE.glob(f"building-{count}.sqlite3*"):
        p.unlink()
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", BUILD, str(part), str(count)], cwd=ROOT, check=True)
    # one file, no WAL beside it: the copies below must be whole databases
    subprocess.run([sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
                    "c.execute('PRAGMA wal_checkpoint(TRUNCATE)'); c.close()", str(part)], check=True)
    os.replace(part, target)
    for p in CACHE.glob(f"building-{count}.sqlite3*"):
        p.unlink()
    print(f"built {target} ({count} assessments, {target.stat().st_size / 1e6:.0f} MB) "
          f"in {time.perf_counter() - t0:.0f} s")
    return target
