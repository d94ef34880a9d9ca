"""A database of 300 assessments: `list --json`, `score ID --json` and `gui --exit-after-show`
as whole processes, the GUI side by side with a bare PySide6 window shown by a one-line script
(medians of several alternating runs).

Targets: list <= 1.0 s, score <= 1.0 s, gui <= 1.3x the bare window. Prints figures; never fails.

The database is scale_db.py's: the demo assessment copied 299 times through the services, built
once and cached under out/bench-scale/. Each run works on a fresh copy of the cached file, so that
the runs do not write to one another's database."""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("BENCH_RUNS", "5"))

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_gui_start import BARE, timed  # noqa: E402  (the same bare window and the same timer)
from scale_db import COUNT, build  # noqa: E402  (the cached database)


def line(name: str, times: list[float], target: str = "") -> str:
    m = statistics.median(times)
    return (f"  {name:<22}: median {m * 1000:6.0f} ms  (min {min(times) * 1000:.0f}, "
            f"max {max(times) * 1000:.0f}){target}")


def main() -> int:
    cached = build(COUNT)
    tmp = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    try:
        db = tmp / "capacity.sqlite3"  # the data folder's default database: started as an officer starts it
        shutil.copyfile(cached, db)
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   CAPACITY_APP_DATA=str(tmp))
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "capacity_app")], check=True)
        app = [sys.executable, "-m", "capacity_app"]
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
