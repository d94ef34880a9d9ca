"""Start-up time of `capacity-app gui --exit-after-show` on the demo database, side by side with a
bare PySide6 window shown by a one-line script (median of several alternating runs).

Target: the application within 1.5x the bare window. Prints figures; never fails.

The application's modules are byte-compiled first, as ``pip install`` does for a wheel and as Python
does on the first start of a source checkout (this machine sets PYTHONDONTWRITEBYTECODE, which
would otherwise make every run compile about 25 modules from source)."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("BENCH_RUNS", "7"))

BARE = ("from PySide6.QtCore import QTimer; from PySide6.QtWidgets import QApplication, QMainWindow; "
        "app = QApplication([]); w = QMainWindow(); w.resize(1280, 820); w.show(); "
        "QTimer.singleShot(0, lambda: (w.repaint(), app.processEvents(), w.close(), app.quit())); app.exec()")


def timed(cmd, env) -> float:
    t0 = time.perf_counter()
    r = subprocess.run(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    dt = time.perf_counter() - t0
    if r.returncode != 0:
        raise SystemExit(f"{cmd[2:]} exited {r.returncode}: {r.stderr.strip()[-400:]}")
    return dt


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="bench-gui-start-"))
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               CAPACITY_APP_DATA=str(tmp))
    db = tmp / "demo.sqlite3"
    subprocess.run([sys.executable, "-c",
                    "import sys; from capacity_app.services.assessments import open_store;"
                    "from capacity_app.services.demo import create_demo;"
                    "s = open_store(sys.argv[1]); create_demo(s); s.close()", str(db)],
                   env=env, cwd=ROOT, check=True)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "capacity_app")], check=True)
    app_cmd = [sys.executable, "-m", "capacity_app", "--db", str(db), "gui", "--exit-after-show"]
    bare_cmd = [sys.executable, "-c", BARE]
    timed(app_cmd, env)  # warm the file cache once
    timed(bare_cmd, env)
    app_t, bare_t = [], []
    for _ in range(RUNS):
        bare_t.append(timed(bare_cmd, env))
        app_t.append(timed(app_cmd, env))
    a, b = statistics.median(app_t), statistics.median(bare_t)
    print(f"GUI start-up, {RUNS} alternating runs each (QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}):")
    print(f"  bare PySide6 window : median {b * 1000:6.0f} ms  (min {min(bare_t) * 1000:.0f}, max {max(bare_t) * 1000:.0f})")
    print(f"  capacity-app gui    : median {a * 1000:6.0f} ms  (min {min(app_t) * 1000:.0f}, max {max(app_t) * 1000:.0f})")
    print(f"  ratio {a / b:.2f}x (target <= 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
