"""Reliability scenarios: reports bounded whatever is stored, an
aggregation killed with ``kill -9`` leaves no process and no temporary folder behind, a report
starts no process. Plain functions returning the dict shape of scenarios.py (``result``)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from scenarios import child_env, result, skipped

# the worst cases of the long version; the fast test passes smaller ones
WORST = {"word": 1_000_000, "evidence": 10_000, "institutions": 50_000, "every_key": True}
FAST_BOUNDED = {"word": 20_000, "evidence": 300, "institutions": 1_000, "every_key": False}
REPORT_SECONDS, REPORT_MB = 60, 1024

_RENDER = r"""
import json, resource, sys, time
t0 = time.perf_counter()
from capacity_app.services.reports import export_report_from_database
export_report_from_database(sys.argv[1], int(sys.argv[2]), sys.argv[3])
# the process's own peak: on Linux VmHWM of its memory map; ru_maxrss would also count the
# parent's peak, which the kernel carries into a child started with vfork + exec (the harness
# itself may hold 1 GB after the earlier scenarios)
try:
    with open("/proc/self/status") as fh:
        peak = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:")) / 1024
except (OSError, StopIteration, ValueError):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": time.perf_counter() - t0, "rss_mb": peak}))
"""


def store_worst_case(db: Path, sizes: dict) -> int:
    """An assessment holding what the entry points (or a direct write) can store at the extremes:
    words of ``sizes["word"]`` characters in a title, a comment, a text value and an evidence line,
    ``sizes["evidence"]`` evidence lines on one question and on the matrix as a whole,
    ``sizes["institutions"]`` institutions and (``every_key``) a comment of the maximum length
    (domain.answers.TEXT_MAX) on every key of the questionnaire. Written through the Store."""
    from capacity_app.domain.answers import TEXT_MAX
    from capacity_app.services.assessments import open_store, questionnaire_for

    q = questionnaire_for()
    word = "W" * sizes["word"]
    text_word = "T" * min(sizes["word"], TEXT_MAX)
    text_keys = [k for k, f, _ in q.all_keys() if f.type == "text"]
    store = open_store(db, daily_backup=False)
    try:
        a = store.create_assessment(
            country="KEN", m49="404", round=2026, title=text_word, questionnaire_id=q.id,
            questionnaire_version=q.version)
        stamp = "2026-01-01T00:00:00"
        with store.transaction():
            rows = []
            keys = [k for k, _, _ in q.all_keys()] if sizes["every_key"] else []
            for key in keys:
                rows.append((a.id, key, "empty", None, "C" * TEXT_MAX))
            for key in text_keys[:3]:
                rows.append((a.id, key, "answered", json.dumps(text_word), text_word))
            rows.append((a.id, "s3_matrix", "empty", None, text_word))
            for row in rows:
                store.db.execute(
                    "INSERT INTO answers(assessment_id, key, status, value, comment, updated_at, operator)"
                    f" VALUES (?, ?, ?, ?, ?, '{stamp}', 'worst') ON CONFLICT(assessment_id, key) DO UPDATE SET"
                    " status = excluded.status, value = excluded.value, comment = excluded.comment", row)
            ev = [(a.id, text_keys[0], "document", word, stamp)]
            ev += [(a.id, key, "document", f"evidence line {i} " + "E" * 200, stamp)
                   for key in (text_keys[1], "s3_matrix") for i in range(sizes["evidence"])]
            for row in ev:
                store.db.execute(
                    "INSERT INTO evidence(assessment_id, key, kind, text, created_at) VALUES (?, ?, ?, ?, ?)", row)
        # last: every answer written raises the assessment row's revision, rewriting its institutions
        institutions = [{"name": f"Institution {i} " + "I" * 40, "role": "role " + "R" * 40}
                        for i in range(sizes["institutions"])]
        with store.transaction():
            store.db.execute("UPDATE assessments SET institutions = ? WHERE id = ?", [json.dumps(institutions), a.id])
        return a.id
    finally:
        store.close()


def render_in_child(db: Path, assessment_id: int, out: Path, timeout: float) -> dict:
    """Render the report in a fresh process: its wall time and peak RSS (or the timeout)."""
    t0 = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-c", _RENDER, str(db), str(assessment_id), str(out)],
                              env=child_env(), capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"seconds": time.perf_counter() - t0, "rss_mb": None, "error": f"not finished after {timeout:.0f} s"}
    if proc.returncode != 0:
        return {"seconds": time.perf_counter() - t0, "rss_mb": None,
                "error": (proc.stderr.strip().splitlines() or [f"exit {proc.returncode}"])[-1]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def scenario_bounded_report(workdir: Path, sizes: dict | None = None, seconds: float = REPORT_SECONDS,
                            mb: float = REPORT_MB) -> dict:
    """The worst an assessment can hold (a 1,000,000-character word in an evidence line, words of
    the maximum text length in the title, comments and values, 10,000 evidence lines on a question
    and on the matrix, 50,000 institutions, a comment of the maximum length on every key), stored
    directly, then the PDF report rendered in a fresh process: its time and peak memory must stay
    within 60 s and 1 GB, the cut parts say "… N more (see the attached data)", and the attached
    JSON holds everything."""
    sizes = dict(WORST if sizes is None else sizes)
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    db, out = workdir / "worst.sqlite3", workdir / "worst.pdf"
    aid = store_worst_case(db, sizes)
    fig = render_in_child(db, aid, out, timeout=max(2 * seconds, 30))
    problems = []
    if fig.get("error"):
        problems.append(f"the report was not written: {fig['error']}")
    elif fig["seconds"] > seconds or fig["rss_mb"] > mb:
        problems.append(f"report took {fig['seconds']:.1f} s and {fig['rss_mb']:.0f} MB "
                        f"(limits {seconds:.0f} s, {mb:.0f} MB)")
    notes = attached_evidence = pages = 0
    if out.exists():
        from pypdf import PdfReader

        reader = PdfReader(str(out))
        pages = len(reader.pages)
        # the cover's institutions and the first answers (pypdf reads a page in about a second)
        text = "".join(reader.pages[i].extract_text() or "" for i in range(min(pages, 4)))
        notes = text.count("(see the attached data)")
        data = json.loads(reader.attachments["assessment.json"][0])
        attached_evidence = sum(len(x["evidence"]) for x in data["answers"])
        if not notes:
            problems.append("no \"… N more (see the attached data)\" note in the report")
        if attached_evidence < 2 * sizes["evidence"] + 1:
            problems.append(f"the attached JSON holds {attached_evidence} evidence lines, "
                            f"{2 * sizes['evidence'] + 1} stored")
    rss = f"{fig['rss_mb']:.0f} MB" if fig.get("rss_mb") is not None else "?"
    summary = (f"a {sizes['word']:,}-character word, {sizes['evidence']:,} evidence lines on a question and on "
               f"the matrix, {sizes['institutions']:,} institutions"
               + (", a maximum-length comment on every key" if sizes["every_key"] else "")
               + f": report of {pages} pages rendered in {fig['seconds']:.1f} s, peak {rss} (limits "
               f"{seconds:.0f} s, {mb:.0f} MB); {notes} \"… more (see the attached data)\" notes on its first "
               "4 pages; the attached JSON holds "
               f"{attached_evidence:,} evidence lines")
    return result(not problems, summary, problems, seconds_render=round(fig["seconds"], 1),
                  rss_mb=fig.get("rss_mb"), pages=pages, more_notes=notes, attached_evidence=attached_evidence)


def bounded_plan(n: dict) -> list[tuple[str, str, str, object]]:
    """(name, promise, title, call) rows for tools/reliability_report.py: plan()."""
    from scenarios import LONG

    long = n == LONG
    return [
        ("bounded_report", "10", "a report of the worst stored assessment (long words, 10,000 evidence "
         "lines, 50,000 institutions)",
         lambda d: scenario_bounded_report(d, WORST if long else FAST_BOUNDED)),
        ("aggregate_kills", "10", "kill -9 of a running aggregation: worker processes and temporary folders",
         lambda d: scenario_aggregate_kills(d, kills=30 if long else 4)),
    ]





# --- item 8: kill -9 of aggregate ------------------------------------------------------------------

def aggregate_inputs(folder: Path, files: int) -> Path:
    """``files`` exchange workbooks (the demo answers of one assessment, copied) in ``folder``."""
    import shutil

    from capacity_app.services.assessments import create_assessment, open_store, questionnaire_for
    from capacity_app.services.demo import demo_answers
    from capacity_app.services.exchange import export_workbook

    folder.mkdir(parents=True, exist_ok=True)
    q = questionnaire_for()
    with open_store(folder.parent / "inputs.sqlite3", daily_backup=False) as store:
        a = create_assessment(store, q, country="KEN", round=2025)
        store.replace_answers(a.id, demo_answers(q), note="demo")
        export_workbook(store, a.id, folder / "w000.xlsx")
    for i in range(1, files):
        shutil.copy(folder / "w000.xlsx", folder / f"w{i:03d}.xlsx")
    return folder


def processes_with(marker: str) -> list[int]:
    """Live processes whose command line holds ``marker`` (Linux /proc; pool workers started by
    fork carry their parent's command line)."""
    pids = []
    for d in Path("/proc").iterdir():
        if not d.name.isdigit() or int(d.name) == os.getpid():
            continue
        try:
            cmd = (d / "cmdline").read_bytes()
            state = (d / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if marker.encode() in cmd and state != "Z":
            pids.append(int(d.name))
    return pids


def scenario_aggregate_kills(workdir: Path, kills: int, files: int = 24, seed: int = 17) -> dict:
    """`capacity-app aggregate` over a folder of workbooks (two worker processes) killed with
    kill -9 at random moments, many times: 5 s after each kill no worker of it may be left, and
    after the next complete run no temporary folder of the killed runs may be left."""
    import random
    import signal

    if not Path("/proc/self/cmdline").exists():
        return skipped("needs Linux /proc to find the worker processes")
    rng = random.Random(seed)
    workdir = Path(workdir).resolve()
    inputs = aggregate_inputs(workdir / "inputs", files)
    tmp = workdir / "tmp"
    tmp.mkdir()
    env = child_env()
    env["TMPDIR"] = str(tmp)

    def start(tag: str) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "capacity_app", "aggregate", str(inputs), "--xlsx",
                                 str(workdir / f"{tag}.xlsx"), "--quiet"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    t0 = time.perf_counter()
    first = start("complete-0")
    _, err = first.communicate(timeout=300)
    full = time.perf_counter() - t0
    problems = [f"an uninterrupted run failed: {err.decode(errors='replace').strip()[-200:]}"] \
        if first.returncode else []
    orphans = leftover_runs = 0
    for i in range(kills):
        tag = f"killed-{i:03d}"
        p = start(tag)
        # every other kill late in the run, while the workbook is being written
        time.sleep(rng.uniform(0.3, max(0.5, full * 0.95)) if i % 2 else rng.uniform(full * 0.75, full * 0.97))
        p.send_signal(signal.SIGKILL)
        p.wait()
        deadline = time.monotonic() + 5
        while processes_with(tag) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = processes_with(tag)
        orphans += len(left)
        for pid in left:  # ours: started by this scenario
            os.kill(pid, signal.SIGKILL)
    before = sorted(x.name for x in tmp.iterdir())
    last = start("complete-1")
    _, err = last.communicate(timeout=300)
    if last.returncode:
        problems.append(f"the run after the kills failed: {err.decode(errors='replace').strip()[-200:]}")
    leftover_runs = sum(1 for x in tmp.iterdir() if x.is_dir())
    if orphans:
        problems.append(f"{orphans} worker processes still running 5 s after their aggregate was killed")
    if leftover_runs:
        problems.append(f"{leftover_runs} temporary folders left after the next run: "
                        + ", ".join(x.name for x in list(tmp.iterdir())[:5]))
    summary = (f"{kills} kill -9 of `aggregate` ({files} workbooks, 2 workers, {full:.1f} s a run) at random "
               f"moments: {orphans} workers left 5 s after a kill; {len(before)} temporary folders before "
               f"the next run, {leftover_runs} after it")
    return result(not problems, summary, problems, orphans=orphans, leftover_folders=leftover_runs,
                  folders_before_next_run=len(before), kills=kills)
