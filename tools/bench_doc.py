"""Run benchmarks and write each one's figures into docs/performance.md (`make bench`).

Each benchmark gets one table, made from what it prints (a line ``label: figure`` becomes a row;
any other line a row of its own), headed by the machine and the date of the run. Only the tables of
the benchmarks run are replaced; the others, and the hand-written text around them, stay.

    python tools/bench_doc.py [benchmarks/bench_save.py ...] [--doc docs/performance.md]
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS_HEADING = "## Tables written by `make bench`"


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = f", load average {os.getloadavg()[0]:.1f} at the start" if hasattr(os, "getloadavg") else ""
    return f"{model}, {cores} cores, Python {platform.python_version()}, {platform.system()}{load}"


def rows(output: str) -> list[tuple[str, str]]:
    out = []
    for line in output.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("{"):  # a JSON record: its first value names the row, the rest are figures
            try:
                record = json.loads(line)
            except ValueError:
                record = None
            if isinstance(record, dict) and record:
                first, *rest = record.items()
                out.append((str(first[1]), ", ".join(f"{k} {v}" for k, v in rest)))
                continue
        label, sep, figure = line.partition(": ")
        if sep and len(label) <= 60:
            out.append((label.strip(), figure.strip()))
        else:
            out.append((line, ""))
    return out


def cell(text: str) -> str:
    return text.replace("|", "\\|")


def section(name: str, output: str, returncode: int) -> str:
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [f"<!-- bench:{name} -->", f"### {name}", "",
             f"Run {when} on {machine()}." + ("" if returncode == 0 else f" **Exited {returncode}.**"), "",
             "| measure | figure |", "|---|---|"]
    lines += [f"| {cell(a)} | {cell(b)} |" for a, b in rows(output)] or ["| (no output) | |"]
    lines.append(f"<!-- /bench:{name} -->")
    return "\n".join(lines)


def update(doc: str, name: str, text: str) -> str:
    block = re.compile(rf"<!-- bench:{re.escape(name)} -->.*?<!-- /bench:{re.escape(name)} -->", re.S)
    if block.search(doc):
        return block.sub(lambda _m: text, doc)
    if RUNS_HEADING not in doc:
        doc = doc.rstrip("\n") + f"\n\n{RUNS_HEADING}\n"
    return doc.rstrip("\n") + "\n\n" + text + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("benchmarks", nargs="*", type=Path)
    ap.add_argument("--doc", type=Path, default=ROOT / "docs" / "performance.md")
    args = ap.parse_args(argv)
    scripts = args.benchmarks or sorted((ROOT / "benchmarks").glob("bench_*.py"))
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    for script in scripts:
        print(f"== {script}", flush=True)
        run = subprocess.run([sys.executable, str(script)], env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
        print(run.stdout, end="", flush=True)
        doc = args.doc.read_text(encoding="utf-8") if args.doc.exists() else "# Performance\n"
        args.doc.write_text(update(doc, script.stem, section(script.stem, run.stdout, run.returncode)),
                            encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
