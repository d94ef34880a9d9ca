"""A database of 300 assessments: `list --json`, `score ID --json` and `gui --exit-after-show`
as whole processes, the GUI side by side with a bare PySide6 window shown by a one-line script
(medians of several alternating runs).

Targets: list <= 1.0 s, score <= 1.0 s, gui <= 1.3x the bare window. Prints figures; never fails.

The database is the demo assessment (services.demo) copied 299 times through the services
(``duplicate_as_next_round``), as a regional office keeping years of missions would hold; it is
built once and cached under out/bench-scale/ (delete the folder to rebuild). Each run works on a
fresh copy of the cached file, so that the runs do not write to one another's database."""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
COUNT = int(os.environ.get("BENCH_ASSESSMENTS", "300"))
CACHE = ROOT / "out" / "bench-scale"

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_gui_start import BARE, timed  # noqa: E402  (the same bare window and the same timer)

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
countries = iter(["SEN", "KEN", "MEX", "PHL", "JOR", "NPL", "GHA", "PER"])
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


def line(name: str, times: list[float], target: str = "") -> str:
    m = statistics.median(times)
    return (f"  {name:<22}: median {m * 1000:6.0f} ms  (min {min(times) * 1000:.0f}, "
            f"max {max(times) * 1000:.0f}){target}")


def main() -> int:
    cached = build(COUNT)
    tmp = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    try:
        db = tmp / "scale.sqlite3"
        shutil.copyfile(cached, db)
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   CAPACITY_APP_DATA=str(tmp))
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "capacity_app")], check=True)
        app = [sys.executable, "-m", "capacity_app", "--db", str(db)]
        cmds = {
            "list --json": app + ["list", "--json"],
            "score 150 --json": app + ["score", str(COUNT // 2), "--json"],
            "gui --exit-after-show": app + ["gui", "--exit-after-show"],
            "bare PySide6 window": [sys.executable, "-c", BARE],
        }
        for cmd in cmds.values():  # warm the file cache; the first open also migrates the copy
            timed(cmd, env)
        times: dict[str, list[float]] = {name: [] for name in cmds}
        for _ in range(RUNS):
            for name, cmd in cmds.items():
                times[name].append(timed(cmd, env))
        med = {name: statistics.median(t) for name, t in times.items()}
        print(f"{COUNT} assessments ({db.stat().st_size / 1e6:.0f} MB), {RUNS} alternating runs each "
              f"(QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}):")
        print(line("list --json", times["list --json"], "  (target <= 1000 ms)"))
        print(line(f"score {COUNT // 2} --json", times["score 150 --json"], "  (target <= 1000 ms)"))
        print(line("bare PySide6 window", times["bare PySide6 window"]))
        print(line("gui --exit-after-show", times["gui --exit-after-show"]))
        print(f"  gui ratio {med['gui --exit-after-show'] / med['bare PySide6 window']:.2f}x (target <= 1.3x)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
