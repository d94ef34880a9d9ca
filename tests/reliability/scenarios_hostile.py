"""Reliability scenarios (no file can crash the app): the hostile set of the second
outside attack and the same attacks in many valid spellings, read as the window and the command
line read them; plain functions returning the same dict shape as ``scenarios.py``; the fast test
is ``test_hostile_spellings.py``, the report tool registers them (``hostile_plan``)."""
from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from scenarios import REPO, exported_workbook, is_long, result

SECONDS = 10.0  # a refusal within
MEMORY_MB = 512.0  # and within this peak resident memory of the reading process

# one file read in a fresh process, as the reading process of the window and the command line
_READ = """
import json, sys, time
from capacity_app.catalog.loader import load_bundled
from capacity_app.exchange.workbook.importer import WorkbookError, read_workbook
q = load_bundled()
out = []
for path in sys.argv[1:]:
    t = time.perf_counter()
    try:
        read_workbook(path, q)
        outcome, message = "accepted", ""
    except WorkbookError as exc:
        outcome, message = "refused", str(exc)
    seconds = time.perf_counter() - t
    peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM"))
    out.append({"path": path, "outcome": outcome, "message": message, "seconds": seconds, "peak_kib": peak})
    print(json.dumps(out[-1]), flush=True)
"""


def _read_alone(path: Path) -> dict:
    """Read ``path`` in a fresh process: outcome, message, seconds and the process's peak memory;
    a process that dies is a finding (``outcome`` "died")."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    try:
        r = subprocess.run([sys.executable, "-c", _READ, str(path)], capture_output=True, text=True, env=env,
                           timeout=120)
    except subprocess.TimeoutExpired:
        return {"path": str(path), "outcome": "timeout", "message": "", "seconds": 120.0, "peak_kib": 0}
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith("{")]
    if r.returncode != 0 or not lines:
        return {"path": str(path), "outcome": "died", "message": (r.stderr.strip().splitlines() or [""])[-1],
                "seconds": 0.0, "peak_kib": 0}
    return json.loads(lines[-1])


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "capacity_app", *args], capture_output=True, text=True, env=env,
                          timeout=600)


def scenario_hostile_spellings(workdir: Path, spellings: int | None = None, seed: int = 25) -> dict:
    """The attacks on the demo export (six spellings a pre-scan did not see, which ended
    the process through python-calamine; a row of thousands of cells without references; a
    shared-string bomb written t='s'; error values; Strict OOXML with #N/A and with a formula in
    the title; numbers a spreadsheet does not write), and four attacks (a value at XFD1048576, a
    row of 5,000 cells, a shared-string bomb, an error value) each in many valid spellings drawn
    at random (namespaces Transitional or Strict, default or prefixed; quotes; spaces around "=";
    the case of references; cells and rows with or without references; shared or inline strings,
    runs, character references, CDATA; the part's name and extension): each read in a fresh
    process, refused within 10 s and 512 MB naming the sheet and the cell; each imported with
    `capacity-app import` (exit 2, one line, database unchanged); the same cells in as many
    spellings import the same values; the whole set through `capacity-app aggregate` (the output
    written, every file listed as rejected)."""
    sys.path.insert(0, str(REPO / "tests" / "exchange"))
    import hostile25
    from spellings import respelled
    from spellings import spellings as draw

    from capacity_app.catalog.loader import load_bundled
    from capacity_app.exchange.workbook.importer import read_workbook
    from capacity_app.exchange.outside.reader import Workbook

    n = spellings if spellings is not None else (40 if is_long() else 2)
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    db, book, _aid = exported_workbook(workdir)
    data = book.read_bytes()
    with Workbook(book) as wb:
        rows = {name: [list(r) for r in wb.rows(name)] for name in ("Metadata", "Scores", "Action plan")}
    cases: list[tuple[str, Path, str]] = []
    folder = workdir / "hostile"
    folder.mkdir()
    for case_id, _what, content, expected in hostile25.cases(data):
        path = folder / f"{case_id}.xlsx"
        path.write_bytes(content)
        cases.append((case_id, path, expected))
    rng = random.Random(seed)
    for i in range(n):
        for attack in hostile25.ATTACKS:
            content, expected = hostile25.spelled_attack(data, rows["Metadata"], rng.randrange(1 << 30), attack)
            path = folder / f"spelled-{attack}-{i}.xlsx"
            path.write_bytes(content)
            cases.append((f"{attack} (spelling {i})", path, expected))
    problems: list[str] = []
    worst = {"seconds": 0.0, "peak_kib": 0, "case": ""}
    refused = died = 0
    for name, path, expected in cases:
        got = _read_alone(path)
        died += got["outcome"] in ("died", "timeout")
        if got["outcome"] != "refused" or expected not in got["message"]:
            problems.append(f"{name}: {got['outcome']}: {got['message'][:160]!r} (expected {expected!r})")
        else:
            refused += 1
        if got["seconds"] > SECONDS or got["peak_kib"] / 1024 > MEMORY_MB:
            problems.append(f"{name}: {got['seconds']:.1f} s, {got['peak_kib'] / 1024:.0f} MB")
        if got["seconds"] >= worst["seconds"]:
            worst.update(seconds=got["seconds"], case=name)
        worst["peak_kib"] = max(worst["peak_kib"], got["peak_kib"])
    # through the command line's import (its reading process): one line, exit 2, nothing written
    from capacity_app.services.assessments import open_store

    target = workdir / "target.sqlite3"
    open_store(target).close()  # an empty database (a read command creates none)
    before = target.read_bytes()
    cli_refused = 0
    for name, path, expected in cases[:len(hostile25.cases(data))] if not is_long() else cases:
        r = _cli("--db", str(target), "import", str(path))
        lines = r.stderr.strip().splitlines() + r.stdout.strip().splitlines()
        if r.returncode != 2 or "Traceback" in r.stderr or expected not in r.stderr + r.stdout:
            problems.append(f"import {name}: exit {r.returncode}: {(lines or [''])[-1][:160]!r}")
        else:
            cli_refused += 1
    if target.read_bytes() != before:
        problems.append("the database changed during the refused imports")
    # the same cells in many spellings import the same values
    q = load_bundled()
    reference = _summary(read_workbook(book, q))
    same = 0
    for i in range(n * 4):
        sp = draw(random.Random(rng.randrange(1 << 30)))
        path = workdir / f"spelled-{i}.xlsx"
        path.write_bytes(respelled(data, rows, sp))
        if _summary(read_workbook(path, q)) == reference:
            same += 1
        else:
            problems.append(f"spelling {sp} read differently")
        path.unlink()
    # the whole set through aggregate
    (folder / "good.xlsx").write_bytes(data)
    t0 = time.perf_counter()
    r = _cli("aggregate", str(folder), "--xlsx", str(workdir / "all.xlsx"), "--quiet")
    aggregate_seconds = time.perf_counter() - t0
    rejected = sum(1 for line in r.stdout.splitlines() if line.startswith("rejected: "))
    if r.returncode != 0 or not (workdir / "all.xlsx").is_file() or rejected != len(cases):
        problems.append(f"aggregate: exit {r.returncode}, {rejected} of {len(cases)} listed as rejected, "
                        f"output {'written' if (workdir / 'all.xlsx').is_file() else 'missing'}")
    summary = (f"{len(cases)} hostile files ({len(hostile25.cases(data))} of the attack, "
               f"{len(cases) - len(hostile25.cases(data))} attacks in {n} random spellings each): "
               f"{refused} refused naming the cell, {died} reading processes ended; worst {worst['seconds']:.2f} s ({worst['case']}), "
               f"peak {worst['peak_kib'] / 1024:.0f} MB (limits {SECONDS:.0f} s, {MEMORY_MB:.0f} MB); "
               f"{cli_refused} refused by `capacity-app import` in one line, database unchanged; "
               f"{same} of {n * 4} respelled workbooks imported the same values; aggregate of all of them "
               f"and a good file: output written, {rejected} listed as rejected ({aggregate_seconds:.1f} s)")
    return result(not problems, summary, problems, files=len(cases), worst_seconds=round(worst["seconds"], 2),
                  peak_mib=round(worst["peak_kib"] / 1024, 1), same=same)


def _summary(plan) -> tuple:
    return (plan.meta, sorted((a.key, repr(a.value), a.status, a.comment, a.evidence) for a in plan.answers),
            plan.action_plan.actions if plan.action_plan else None)


_WRITER = """
import sys, time
from capacity_app.services.assessments import open_store
store = open_store(sys.argv[1], daily_backup=False)
print("ready", flush=True)
time.sleep(120)
"""


def scenario_hostile_state(workdir: Path) -> dict:
    """The attacks that are not a workbook, each through the command line as a person (or a
    script) meets it: a second writer through a symbolic link while a first one holds the database,
    and the database reached through a hard link (the lock is on the file itself: refused, one line,
    the database unchanged); `--db` on another program's SQLite file, one with a table named like
    ours, and a FIFO (refused in one line, the file byte for byte as it was); a clock set a year
    ahead once (the daily backups go on, and after damage `check --restore` restores the newest
    good backup, the pre-import one, and says which); numbers no one can store (`1_000`, `NaN`,
    `-0`, `1,5`, `1e400`, a 400-digit whole number: refused in one line that names the answer,
    never printing the 309 digits) and `1,200` typed in a number field of the window in English
    (refused: it reads two ways; 1.2 in French); a title written after a RIGHT-TO-LEFT OVERRIDE
    (escaped by `list`, printed as marks in the report's PDF text); an action edited after the
    export with the clock moved back three hours (an import of that export keeps the edit); a
    workbook imported into a final assessment (refused in one line without `--reopen`, nothing
    written)."""
    import datetime as dt
    from dataclasses import replace

    from scenarios_outputs import cli, one_line_refusal

    from capacity_app.services.assessments import create_assessment, open_store, questionnaire_for, record_answer
    from capacity_app.services.exchange import apply_import, export_workbook, read_workbook
    from capacity_app.storage import db as storage_db

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    q = questionnaire_for()
    problems: list[str] = []
    held: list[str] = []

    def refused(what: str, code: int, err: str, fragment: str = "") -> None:
        bad = one_line_refusal(code, err)
        if bad is None and fragment and fragment not in err:
            bad = f"says {err.strip()[:160]!r}, not {fragment!r}"
        if bad:
            problems.append(f"{what}: {bad}")
        else:
            held.append(what)

    # the lock on the file itself
    db = workdir / "data" / "capacity.sqlite3"
    db.parent.mkdir()
    with open_store(db, daily_backup=False) as store:
        aid = create_assessment(store, q, country="KEN", round=2026).id
    link = workdir / "elsewhere.sqlite3"
    link.symlink_to(db)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    writer = subprocess.Popen([sys.executable, "-c", _WRITER, str(db)], stdout=subprocess.PIPE, text=True, env=env)
    try:
        if writer.stdout is None or writer.stdout.readline().strip() != "ready":
            problems.append("the first writer did not start")
        code, _, err = cli(link, "set", str(aid), "s2_need_a", "2")
        refused("a second writer through a symbolic link", code, err)
    finally:
        writer.kill()
        writer.wait()
    digest = db.read_bytes()
    hard = workdir / "hard.sqlite3"
    os.link(db, hard)
    code, _, err = cli(hard, "set", str(aid), "s2_need_a", "2")
    refused("the database through a hard link", code, err, "hard links")
    hard.unlink()
    if db.read_bytes() != digest:
        problems.append("the database changed through the refused writers")
    # never change a file that is not ours
    for name, table in (("other.db", "t"), ("clash.db", "answers")):
        other = workdir / name
        conn = sqlite3.connect(other)
        conn.execute(f"CREATE TABLE {table}(x)")
        conn.commit()
        conn.close()
        before = other.read_bytes()
        code, _, err = cli(other, "list")
        refused(f"--db on another program's SQLite file (a table {table!r})", code, err, "not a capacity-app database")
        if other.read_bytes() != before or Path(str(other) + "-wal").exists():
            problems.append(f"{name} changed")
    fifo = workdir / "pipe.db"
    os.mkfifo(fifo)
    code, _, err = cli(fifo, "list")
    refused("--db on a FIFO", code, err, "FIFO")
    # numbers no one can store
    for text in ("1_000", "NaN", "-0", "1,5", "1e400", "9" * 400):
        code, _, err = cli(db, "set", str(aid), "s0_population_millions" if text != "9" * 400 else "s0_n_interviews",
                           "--", text)
        refused("a 400-digit whole number" if len(text) > 20 else f"the number {text!r}", code, err, "s0_")
        if "9" * 30 in err:
            problems.append("a message printed the 400-digit number")
    # a number typed in the window's field in its language (domain.answers.coerce_typed, as the
    # window's editors call it with the interface language's decimal sign: gui/numbers.py)
    from capacity_app.domain.answers import AnswerValueError, coerce_typed
    from capacity_app.domain.editorial import decimal_sign

    field = q.item("s0_population_millions").field  # type: ignore[union-attr]
    try:
        typed = coerce_typed(field, "1,200", "s0_population_millions", "en", decimal_sign("en"))
        problems.append(f"'1,200' typed in English read as {typed}")
    except AnswerValueError as exc:
        french = coerce_typed(field, "1,200", "s0_population_millions", "fr", decimal_sign("fr"))
        if "1200" in str(exc) and "1.2" in str(exc) and french == 1.2:
            held.append("'1,200' typed in the window in English")
        else:
            problems.append(f"'1,200' in the window: {exc} (French: {french})")
    # a title after a direction override, on the terminal and in the report's PDF text
    code, out, err = cli(db, "new", "--country", "FRA", "--round", "2026", "--title", "\u202eUSD 50,000\u202c")
    code, out, err = cli(db, "list")
    if "\u202e" in out or "\\u202eUSD 50,000" not in out:
        problems.append(f"list printed the override as it is: {out.strip().splitlines()[-1:]}")
    else:
        held.append("a title's direction override on the terminal")
    from capacity_app.reports.pdf import render_html
    from capacity_app.services.reports import build_report_context

    with open_store(db, daily_backup=False) as store:
        fra = next(a for a in store.assessments() if a.country == "FRA")
        html = render_html(build_report_context(store, q, fra.id, "en"))  # the HTML WeasyPrint lays out
    if "\u202e" in html or "[RLO]USD 50,000[PDF]" not in html:
        problems.append("the report's PDF text holds the override as it is, or no mark")
    else:
        held.append("a title's direction override in the report's PDF text")
    # a clock set a year ahead once, then real damage
    clocked = workdir / "clock" / "capacity.sqlite3"
    clocked.parent.mkdir()
    real_now = storage_db.utc_now
    now = dt.datetime.now(dt.UTC)
    try:
        storage_db.utc_now = lambda: now + dt.timedelta(days=400)  # type: ignore[assignment]
        with open_store(clocked) as store:
            cid = create_assessment(store, q, country="KEN", round=2026).id
        with open_store(clocked) as store:
            record_answer(store, q, cid, "s2_need_a", 2)
    finally:
        storage_db.utc_now = real_now  # type: ignore[assignment]
    with open_store(clocked) as store:  # the clock right again: today's backup is taken
        record_answer(store, q, cid, "s2_need_b", 1)
        book = export_workbook(store, cid, workdir / "clock.xlsx")
        apply_import(store, read_workbook(book, q), q)
        record_answer(store, q, cid, "s2_need_c", 3)
    dailies = [b.created for b in storage_db.list_backups(clocked) if b.reason == "daily"]
    if any(abs((at - dt.datetime.now(dt.UTC)).total_seconds()) < 3600 for at in dailies):
        held.append("a clock a year ahead once: the daily backups go on")
    else:
        problems.append(f"no daily backup once the clock came back (daily backups of {dailies})")
    data = bytearray(clocked.read_bytes())
    for at in range(4096, min(len(data), 4096 * 3)):
        data[at] ^= 0x5A
    clocked.write_bytes(bytes(data))
    code, out, err = cli(clocked, "check", "--restore")
    with open_store(clocked, daily_backup=False) as store:
        kept = store.answer(cid, "s2_need_b").value
    if code != 0 or "the pre-import backup no. " not in out or kept != 1:
        problems.append(f"check --restore after a clock a year ahead: exit {code}, {out.strip()[-160:]!r}")
    else:
        held.append("a clock a year ahead once, then damage: the pre-import backup restored")
    # an action edited after the export with the clock moved back three hours: the export's own
    # fingerprint of the action says it changed here, whatever the time stamps (tests/services/test_imports_clock.py)
    from capacity_app.services.plan import actions as plans
    from capacity_app.storage import actionplan as stored_plans
    from capacity_app.storage import store as stored

    with open_store(workdir / "clock" / "plan.sqlite3", daily_backup=False) as store:
        pid = create_assessment(store, q, country="KEN", round=2026).id
        action = plans.add_action(store, q, pid, title="Train the census office", priority=2).action
        book = export_workbook(store, pid, workdir / "plan.xlsx")
        clocks = stored.now_iso, stored_plans.now_iso
        try:
            stored.now_iso = stored_plans.now_iso = lambda: (  # type: ignore[assignment]
                dt.datetime.now(dt.UTC) - dt.timedelta(hours=3)).isoformat(timespec="seconds")
            plans.update_action(store, q, pid, replace(action, title="Train the census and survey offices"))
        finally:
            stored.now_iso, stored_plans.now_iso = clocks  # type: ignore[assignment]
        apply_import(store, read_workbook(book, q), q)
        title = store.action(pid, action.id).title
    if title == "Train the census and survey offices":
        held.append("an action edited after the export with the clock moved back: kept by the import")
    else:
        problems.append(f"an import reverted an action edited with the clock moved back: {title!r}")
    # a workbook into a final assessment
    with open_store(db, daily_backup=False) as store:
        record_answer(store, q, aid, "s2_need_a", 1)
        book = export_workbook(store, aid, workdir / "final.xlsx")
        record_answer(store, q, aid, "s2_need_a", 3)
    code, _, err = cli(db, "status", str(aid), "final")
    digest = db.read_bytes()
    code, _, err = cli(db, "import", str(book), "--yes", "--overwrite-newer")
    refused("a workbook into a final assessment", code, err, "--reopen")
    if db.read_bytes() != digest:
        problems.append("the final assessment's database changed")
    summary = (f"{len(held)} of {len(held) + len(problems)} held: " + "; ".join(held)
               + ("" if not problems else f"; {len(problems)} problems"))
    return result(not problems, summary, problems, held=len(held))


def hostile_plan(n: dict) -> list[tuple[str, str, str, object]]:
    """(name, promise, title, call) of the scenarios here, for tools/reliability_report.py."""
    return [
        ("hostile_spellings", "3, 4", "no file can crash the app: the attacks and the same cells in any "
                                      "valid spelling",
         lambda d: scenario_hostile_spellings(d)),
        ("hostile_state", "1, 2, 5, 9", "beyond the workbook: the lock on the file itself, files that are "
                                        "not ours, a clock moved, numbers, invisible text, a final assessment",
         lambda d: scenario_hostile_state(d)),
    ]
