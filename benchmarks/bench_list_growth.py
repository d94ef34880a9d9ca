"""`list` and `score ID` as whole processes on databases of 30, 300 and 3,000 assessments, each in
turn with a reference process, round after round: ``python -c "import sqlite3"`` (Python's start
and the SQLite module, no application code). Each round gives each command its ratio to the
reference run just before it; the figures are the medians of the processes' wall and processor
times and of those ratios.

Targets (the speed issue of the two commands): both at or under 0.4 s at 300 assessments, and
neither growing with the number of assessments (at 3,000 within a few per cent of their time at 30).
Prints figures; never fails.

The databases are scale_db.py's (the demo assessment copied through the services), built once and
cached under out/bench-scale/; the 3,000-assessment one takes some minutes the first time and holds
870 MB. Each run works on a fresh copy (``list`` stores the summaries it derives and takes the day's
backup, in the warm-up run). ``BENCH_RUNS`` sets the number of rounds (7), ``BENCH_SIZES`` the sizes
(30,300,3000)."""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("BENCH_RUNS", "7"))
SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "30,300,3000").split(",")]
REFERENCE = [sys.executable, "-c", "import sqlite3"]

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_gui_start import timed_cpu  # noqa: E402  (the same timer: wall and processor of one process)
from scale_db import build  # noqa: E402  (the cached databases)


def _commands(tmp: Path) -> dict[str, list[str]]:
    """The commands timed, by name: ``list`` and ``score`` of the middle assessment at each size."""
    cmds = {}
    for n in SIZES:
        db = tmp / f"scale-{n}.sqlite3"
        shutil.copyfile(build(n), db)
        app = [sys.executable, "-m", "capacity_app", "--db", str(db)]
        cmds[f"list, {n} assessments"] = app + ["list"]
        cmds[f"score {n // 2}, {n} assessments"] = app + ["score", str(n // 2)]
    return cmds


def _figures(runs: list[tuple[float, float]], reference: list[tuple[float, float]]) -> str:
    wall, cpu = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
    ratio_wall = statistics.median(a[0] / b[0] for a, b in zip(runs, reference, strict=True))
    ratio_cpu = statistics.median(a[1] / b[1] for a, b in zip(runs, reference, strict=True))
    return (f"{wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms processor (medians); "
            f"ratio to the reference {ratio_wall:.2f}x wall, {ratio_cpu:.2f}x processor")


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="bench-list-growth-"))
    try:
        env = dict(os.environ, CAPACITY_APP_DATA=str(tmp), CAPACITY_APP_LANG="en")
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "capacity_app")], check=True)
        cmds = _commands(tmp)
        for cmd in [*cmds.values(), REFERENCE]:  # the file cache warmed; the day's backup taken
            timed_cpu(cmd, env)
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in cmds}
        reference: dict[str, list[tuple[float, float]]] = {name: [] for name in cmds}
        for _ in range(RUNS):
            for name, cmd in cmds.items():
                reference[name].append(timed_cpu(REFERENCE, env))
                runs[name].append(timed_cpu(cmd, env))
        every_reference = [r for rs in reference.values() for r in rs]
        print(f"{RUNS} rounds, each command after its own reference run (load average "
              f"{os.getloadavg()[0]:.1f} at the end):")
        print(f"  reference, python -c 'import sqlite3': "
              f"{statistics.median(r[0] for r in every_reference) * 1000:.0f} ms wall, "
              f"{statistics.median(r[1] for r in every_reference) * 1000:.0f} ms processor (medians)")
        for name in cmds:
            print(f"  {name}: {_figures(runs[name], reference[name])}")
        for verb in ("list", "score"):
            named = [name for name in cmds if name.startswith(verb)]
            if len(named) > 1:
                first, last = (statistics.median(r[1] for r in runs[named[i]]) for i in (0, -1))
                print(f"  {verb}, growth from {SIZES[0]} to {SIZES[-1]} assessments: {last / first:.2f}x processor")
        print("  target: list and score <= 400 ms at 300 assessments, neither growing with the database")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
