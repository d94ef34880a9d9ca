"""Reliability scenarios of issue 17 items 7, 8 and 20: reports bounded whatever is stored, an
aggregation killed with ``kill -9`` leaves no process and no temporary folder behind, a report
starts no process. Plain functions returning the dict shape of scenarios.py (``result``)."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from scenarios import child_env, module_missing, result, skipped

# the worst cases of the long version (issue 17 item 7); the fast test passes smaller ones
WORST = {"word": 1_000_000, "evidence": 10_000, "institutions": 50_000, "every_key": True}
FAST_BOUNDED = {"word": 20_000, "evidence": 300, "institutions": 1_000, "every_key": False}
REPORT_SECONDS, REPORT_MB = 60, 1024

_RENDER = r"""
import json, resource, sys, time
t0 = time.perf_counter()
from capacity_app.services.reports import export_report_from_database
export_report_from_database(sys.argv[1], int(sys.argv[2]), sys.argv[3])
print(json.dumps({"seconds": time.perf_counter() - t0,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def store_worst_case(db: Path, sizes: dict) -> int:
    """An assessment holding what the entry points (or a direct write) can store at the extremes:
    words of ``sizes["word"]`` characters in a title, a comment, a text value and an evidence line,
    ``sizes["evidence"]`` evidence lines on one question and on the matrix as a whole,
    ``sizes["institutions"]`` institutions and (``every_key``) a comment of the maximum length
    (domain.answers.TEXT_MAX) on every key of the questionnaire. Written through the Store."""
    from capacity_app.domain.answers import TEXT_MAX
    from capacity_app.domain.assessment import Institution
    from capacity_app.services.assessments import open_store, questionnaire_for

    q = questionnaire_for()
    word = "W" * sizes["word"]
    text_word = "T" * min(sizes["word"], TEXT_MAX)
    text_keys = [k for k, f, _ in q.all_keys() if f.type == "text"]
    store = open_store(db, daily_backup=False)
    try:
        a = store.create_assessment(
            country="KEN", m49="404", round=2026, title=text_word, questionnaire_id=q.id,
            questionnaire_version=q.version,
            institutions=[Institution(f"Institution {i} " + "I" * 40, "role " + "R" * 40)
                          for i in range(sizes["institutions"])])
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
    reason = module_missing("capacity_app.services.reports")
    if reason:
        return skipped(reason)
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
    notes = attached_evidence = 0
    if out.exists():
        from pypdf import PdfReader

        reader = PdfReader(str(out))
        text = "".join(page.extract_text() or "" for page in reader.pages)
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
               + f": report rendered in {fig['seconds']:.1f} s, peak {rss} (limits {seconds:.0f} s, "
               f"{mb:.0f} MB); {notes} \"… more (see the attached data)\" notes; the attached JSON holds "
               f"{attached_evidence:,} evidence lines")
    return result(not problems, summary, problems, seconds_render=round(fig["seconds"], 1),
                  rss_mb=fig.get("rss_mb"), more_notes=notes, attached_evidence=attached_evidence)


def bounded_plan(n: dict) -> list[tuple[str, str, str, object]]:
    """(name, promise, title, call) rows for tools/reliability_report.py: plan()."""
    from scenarios import LONG

    long = n == LONG
    return [
        ("bounded_report", "10", "a report of the worst stored assessment (long words, 10,000 evidence "
         "lines, 50,000 institutions)",
         lambda d: scenario_bounded_report(d, WORST if long else FAST_BOUNDED)),
    ]



