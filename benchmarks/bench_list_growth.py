"""`list` and `score ID` as whole processes on databases of 30, 300 and 3,000 assessments (each the
default database of a data folder of its own, as an officer types the commands), each in
turn with a reference process, round after round: ``python -c "import sqlite3"`` (Python's start
and the SQLite module, no application code). The stack's floor is timed alike: click alone, and
programs of a few lines doing the least ``list`` and ``score`` must (``_FLOOR_LIST``,
``_FLOOR_SCORE``). Each round gives each command its ratio to the
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
# The stack's floor, timed beside the commands: click alone, and two programs of a few lines doing
# the least each command must (a click command that opens the database, runs one query and prints
# a line per assessment; one that reads one assessment's answers and parses, with libyaml, the YAML
# files the score reads: the questionnaire, its sections and catalogues, the recommendations).
FLOOR_CLICK = [sys.executable, "-c", "import click"]
_FLOOR_LIST = """import sqlite3, sys, click
@click.command()
@click.argument("db")
def main(db):
    c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = c.execute("SELECT a.id, a.country, a.round, a.status, s.answered, s.total, a.title FROM assessments a "
                     "LEFT JOIN summaries s ON s.assessment_id = a.id WHERE a.deleted_at = '' "
                     "ORDER BY a.updated_at DESC, a.id DESC")
    click.echo("\\n".join(f"{i:>4}  {k}  {r}  {st:<11} {100 * (n or 0) / (t or 1):5.1f}%  {ti}"
                           for i, k, r, st, n, t, ti in rows))
main()
"""
_FLOOR_SCORE = """import sqlite3, sys, click, yaml
from pathlib import Path
@click.command()
@click.argument("db")
@click.argument("aid", type=int)
def main(db, aid):
    c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    answers = {k: (st, v) for k, st, v in
               c.execute("SELECT key, status, value FROM answers WHERE assessment_id = ?", (aid,))}
    here = Path("assessments")
    files = [here / "questionnaire.yaml", here / "recommendations.yaml",
             *sorted(here.glob("sections/*.yaml")), *sorted(here.glob("translations/*.yaml"))]
    texts = [yaml.load(f.read_bytes(), Loader=yaml.CSafeLoader) for f in files]
    click.echo(f"{len(answers)} answers, {len(texts)} files")
main()
"""

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_gui_start import timed_cpu  # noqa: E402  (the same timer: wall and processor of one process)
from scale_db import build  # noqa: E402  (the cached databases)


def _commands(tmp: Path, env: dict[str, str]) -> dict[str, tuple[list[str], dict[str, str]]]:
    """The commands timed, by name, with their environment: ``list`` and ``score`` of the middle
    assessment at each size, on the default database of a data folder of its own (started as an
    officer types them, without --db)."""
    cmds = {}
    for n in SIZES:
        folder = tmp / f"scale-{n}"
        folder.mkdir()
        db = folder / "capacity.sqlite3"
        shutil.copyfile(build(n), db)
        app = [sys.executable, "-m", "capacity_app"]
        at_size = dict(env, CAPACITY_APP_DATA=str(folder))
        cmds[f"list, {n} assessments"] = (app + ["list"], at_size)
        cmds[f"score {n // 2}, {n} assessments"] = (app + ["score", str(n // 2)], at_size)
        cmds[f"floor: the least list, {n} assessments"] = ([sys.executable, "-c", _FLOOR_LIST, str(db)], env)
        cmds[f"floor: the least score, {n} assessments"] = ([sys.executable, "-c", _FLOOR_SCORE, str(db), str(n // 2)],
                                                            env)
    cmds["floor: python -c 'import click'"] = (FLOOR_CLICK, env)
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
        cmds = _commands(tmp, env)
        for cmd, cmd_env in [*cmds.values(), (REFERENCE, env)]:  # the file cache warmed; the day's backup taken
            timed_cpu(cmd, cmd_env)
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in cmds}
        reference: dict[str, list[tuple[float, float]]] = {name: [] for name in cmds}
        for _ in range(RUNS):
            for name, (cmd, cmd_env) in cmds.items():
                reference[name].append(timed_cpu(REFERENCE, env))
                runs[name].append(timed_cpu(cmd, cmd_env))
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
