"""Run the reliability scenarios and write docs/reliability.md with their figures.

    make reliability          # CAPACITY_RELIABILITY=long: the long versions (200 kills, ...)
    .venv/bin/python tools/reliability_report.py docs/reliability.md [--only NAME ...]

The scenarios are the same functions the fast tests in tests/reliability/ run with small counts
(tests/reliability/scenarios.py). Exit status 1 when a promise did not hold (the file is still
written, with the failures listed).
"""
from __future__ import annotations

import argparse
import datetime as _dt
import os
import platform
import sqlite3
import sys
import tempfile
import time
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "reliability"))
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import scenarios as S  # noqa: E402
import scenarios_bounded as SB  # noqa: E402
import scenarios_hostile as SH  # noqa: E402
import scenarios_lifecycle as SW  # noqa: E402
import scenarios_limits as SL  # noqa: E402
import scenarios_outputs as SO  # noqa: E402
import scenarios_strace as ST  # noqa: E402
import scenarios_untrusted as SU  # noqa: E402


PROMISES = [
    "An acknowledged answer is never lost (crash, kill, closing the window mid-export).",
    "A database is never left corrupt; backups are complete or absent.",
    "A bad file changes nothing: an import is all-or-nothing, with one clear message.",
    "A hostile file cannot hurt the machine: no entity expansion, no zip bomb, no formula, bounded time and memory.",
    "User text is data, never markup or code (PDF and spreadsheets).",
    "Versions move forward without loss: older databases migrate after a backup.",
    "The window never freezes and no thread or process outlives it.",
    "No output destroys input: never written onto the open database, its -wal/-shm/lock files or its "
    "backups; no character dropped silently (32,767 per cell, 1,048,576 rows per sheet).",
    "An older file never overwrites newer work: an import keeps answers changed after the export.",
    "Bounded whatever is stored: limits on counts and lengths on every path in; any stored report "
    "finishes in bounded time and memory.",
    "No entry point trusts its input: one typed validation for every value from outside (times, lengths, "
    "digits), only regular files read (once, fstat-checked, with a byte limit), containers parsed in the "
    "limited reader after their end records, a damaged database takes no write and gives no backup, and "
    "every write path says a full disk or a size limit in one line, leaving nothing behind.",
]


def plan(n: dict) -> list[tuple[str, str, str, object]]:
    """(name, promise, title, call) for every scenario, in report order."""
    return [
        ("crash_kills", "1, 2", "kill -9 while saving answers",
         lambda d: S.scenario_crash_kills(d, kills=n["crash_kills"])),
        ("two_instances", "1", "two instances / two writers on one database",
         lambda d: S.scenario_two_instances(d, rounds=n["two_instances"])),
        ("backup_kills", "2", "kill -9 during backups (VACUUM INTO + rename)",
         lambda d: S.scenario_backup_kills(d, kills=n["backup_kills"])),
        ("migration_kills", "2, 6", "kill -9 while a schema migration runs",
         lambda d: S.scenario_migration_kills(d, kills=n["migration_kills"])),
        ("disk_full", "1, 2", "disk full while saving and backing up",
         lambda d: S.scenario_disk_full(d)),
        ("disk_full_page_count", "1", "disk full, fallback without root (PRAGMA max_page_count)",
         lambda d: S.scenario_disk_full(d, use_tmpfs=False)),
        ("upgrades", "6", "upgrades from every schema version",
         lambda d: S.scenario_upgrades(d)),
        *[(name, promise, title, call) for name, promise, title, call in S.extra_plan(n)],
        *SB.bounded_plan(n),
        *SL.limits_plan(n),
        *SO.outputs_plan(n),
        *SH.hostile_plan(n),
        *SW.lifecycle_plan(n),
        *SU.untrusted_plan(n),
        *ST.strace_plan(n),
    ]


def run(only: list[str] | None) -> list[dict]:
    n = S.counts()
    rows = []
    for name, promise, title, call in plan(n):
        if only and name not in only:
            continue
        print(f"== {name}: {title} ...", flush=True)
        t0 = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix=f"rel-{name}-") as d:
            try:
                fig = call(Path(d))
            except Exception as exc:  # noqa: BLE001 - a scenario that breaks is a finding
                fig = {"ok": False, "summary": f"the scenario itself failed: {type(exc).__name__}: {exc}",
                       "problems": traceback.format_exc().splitlines()[-8:]}
        fig["seconds"] = round(time.perf_counter() - t0, 1)
        verdict = "skipped" if fig.get("skipped") else ("held" if fig["ok"] else "FAILED")
        print(f"   {verdict}: {fig['summary']} ({fig['seconds']} s)", flush=True)
        for p in fig.get("problems", [])[:5]:
            print(f"   - {p}", flush=True)
        rows.append({"name": name, "promise": promise, "title": title, "verdict": verdict, **fig})
    return rows


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render(rows: list[dict]) -> str:
    n = S.counts()
    mode = "long" if S.is_long() else "fast"
    lines = [
        "# Reliability: figures",
        "",
        "Generated by `make reliability` (`tools/reliability_report.py`, the long versions of the "
        "tests in `tests/reliability/`); do not edit by hand. The promises tested:",
        "",
        *[f"{i}. {p}" for i, p in enumerate(PROMISES, 1)],
        "",
        f"Run: {_dt.datetime.now(_dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}, {mode} mode, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs.",
        "",
        "| Test | Promise | Result | Figures | Time |",
        "|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(f"| {_cell(r['title'])} | {r['promise']} | {r['verdict']} | {_cell(r['summary'])} "
                     f"| {r['seconds']} s |")
    failed = [r for r in rows if r["verdict"] == "FAILED"]
    skipped = [r for r in rows if r["verdict"] == "skipped"]
    lines += ["", "## How each test works", ""]
    for r in rows:
        doc = next((getattr(m, f"scenario_{r['name']}") for m in (S, SL, SB, SO, SW, SH, SU, ST)
                    if hasattr(m, f"scenario_{r['name']}")), None)
        doc = (doc.__doc__ or "").strip().replace("\n    ", " ") if doc else ""
        if r["name"] == "disk_full_page_count":
            doc = "The same as the disk-full test, without a tmpfs: the database's page limit plays the full disk."
        lines.append(f"- **{r['title']}**: {doc}")
    lines += ["", "Counts of this run: " + ", ".join(f"{k} {v}" for k, v in n.items()) + ".",
              "`make test` runs the same scenarios with small counts "
              f"({', '.join(f'{k} {v}' for k, v in S.FAST.items())}).", ""]
    if failed or skipped:
        lines += ["## Open findings", ""]
        for r in failed:
            lines.append(f"- **{r['title']}** failed:")
            lines += [f"  - {_cell(p)}" for p in r.get("problems", [])[:10]]
        for r in skipped:
            lines.append(f"- **{r['title']}** skipped: {_cell(r['summary'])}")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="Markdown file to write (docs/reliability.md)")
    ap.add_argument("--only", nargs="*", help="run only these scenarios (names as printed)")
    args = ap.parse_args(argv)
    os.environ.setdefault("CAPACITY_APP_DATA", tempfile.mkdtemp(prefix="capacity-rel-data-"))
    rows = run(args.only)
    text = render(rows)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_name(args.out.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, args.out)
    print(f"written {args.out}")
    return 1 if any(r["verdict"] == "FAILED" for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
