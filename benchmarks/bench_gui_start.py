"""Start-up time of `capacity-app gui --exit-after-show`, on the demo database and on a database of
300 assessments (each the default database of its data folder: started as an officer starts the
window, without --db), paired in one run with a bare PySide6 window shown by a one-line script and with
text_window.py (PySide6 alone drawing a menu bar, a toolbar and a table of text: the floor of any
window that shows text, which the empty bare window is not), and with that window in the
application's look (``text_window.py --look``: its style sheet, its bundled fonts and the rows of
the demo database, without a line of the application's code): the five processes run in turn,
round after round, and each round gives ratios to its own reference windows.

Targets: the application within 1.15x the window drawing text on the demo database, 1.3x on
the large one. Prints figures (the medians of the processes' wall and processor times, and of the
ratios round by round); never fails.

The application's modules are byte-compiled first, as ``pip install`` does for a wheel. The
300-assessment database is scale_db.py's (built once, cached under out/bench-scale/).
``BENCH_RUNS`` sets the number of rounds, ``BENCH_ASSESSMENTS`` the size of the large database."""
from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("BENCH_RUNS", "11"))

BARE = ("from PySide6.QtCore import QTimer; from PySide6.QtWidgets import QApplication, QMainWindow; "
        "app = QApplication([]); w = QMainWindow(); w.resize(1280, 820); w.show(); "
        "QTimer.singleShot(0, lambda: (w.repaint(), app.processEvents(), w.close(), app.quit())); app.exec()")


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(cmd, env) -> float:
    """The wall time of one whole process (kept for bench_scale.py)."""
    return timed_cpu(cmd, env)[0]


def timed_cpu(cmd, env) -> tuple[float, float]:
    """(wall, processor) seconds of one whole process running ``cmd``."""
    c0, t0 = _children_cpu(), time.perf_counter()
    r = subprocess.run(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    dt, cpu = time.perf_counter() - t0, _children_cpu() - c0
    if r.returncode != 0:
        raise SystemExit(f"{cmd[2:]} exited {r.returncode}: {r.stderr.strip()[-400:]}")
    return dt, cpu


def _ratios(runs: list[tuple[float, float]], reference: list[tuple[float, float]]) -> str:
    """The medians of the wall and processor ratios, round by round."""
    wall = statistics.median(a[0] / b[0] for a, b in zip(runs, reference, strict=True))
    cpu = statistics.median(a[1] / b[1] for a, b in zip(runs, reference, strict=True))
    return f"{wall:.2f}x wall, {cpu:.2f}x processor"


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from scale_db import COUNT, build

    tmp = Path(tempfile.mkdtemp(prefix="bench-gui-start-"))
    try:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   CAPACITY_APP_DATA=str(tmp))
        # each database the default one of a data folder of its own: the window is timed as an
        # officer starts it (no --db; opening the default database first asks whether a move of the
        # data folder is pending)
        demo_data, large_data = tmp / "demo", tmp / "large"
        demo, large = demo_data / "capacity.sqlite3", large_data / "capacity.sqlite3"
        demo_data.mkdir()
        large_data.mkdir()
        subprocess.run([sys.executable, "-c", "import sys; from capacity_app.services.assessments import open_store;"
                        "from capacity_app.services.demo import create_demo;"
                        "s = open_store(sys.argv[1]); create_demo(s); s.close()", str(demo)],
                       env=env, cwd=ROOT, check=True)
        shutil.copyfile(build(COUNT), large)
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "capacity_app")], check=True)
        gui = [sys.executable, "-m", "capacity_app", "gui", "--exit-after-show"]
        # name -> (command, its environment)
        cmds = {"bare PySide6 window": ([sys.executable, "-c", BARE], env),
                "PySide6 window drawing text": ([sys.executable, str(ROOT / "benchmarks" / "text_window.py")], env),
                "the same in the application's look": ([sys.executable, str(ROOT / "benchmarks" / "text_window.py"),
                                                        "--look", str(demo)], env),
                "gui, demo database": (gui, dict(env, CAPACITY_APP_DATA=str(demo_data))),
                f"gui, {COUNT} assessments": (gui, dict(env, CAPACITY_APP_DATA=str(large_data)))}
        for cmd, cmd_env in cmds.values():  # warm the file cache; the first open also migrates the copy
            timed_cpu(cmd, cmd_env)
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in cmds}
        for _ in range(RUNS):
            for name, (cmd, cmd_env) in cmds.items():
                runs[name].append(timed_cpu(cmd, cmd_env))
        print(f"GUI start-up, {RUNS} rounds of the five processes in turn "
              f"(QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}, load average {os.getloadavg()[0]:.1f} at the end):")
        bare, text = runs["bare PySide6 window"], runs["PySide6 window drawing text"]
        look = runs["the same in the application's look"]
        for name, r in runs.items():
            wall, cpu = statistics.median(x[0] for x in r), statistics.median(x[1] for x in r)
            figures = f"{wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms processor (medians)"
            for reference, label in ((bare, "the bare window"), (text, "the window drawing text"),
                                     (look, "that window in the application's look")):
                if r is not bare and r is not reference and not (reference is look and r is text):
                    figures += f"; ratio to {label} {_ratios(r, reference)}"
            print(f"  {name}: {figures}")
        print("  targets: the application 1.15x the window drawing text (1.3x with "
              f"{COUNT} assessments)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
