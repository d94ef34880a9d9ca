"""Benchmark: the demo PDF report against a plain reference rendering of the same answers.

The reference is what a first attempt would do: every answer of the demo assessment as one plain
jinja2 table (key, question, value, status, comment, evidence), rendered by WeasyPrint with its
default settings (default URL fetcher, automatic table layout, no PDF variant).

Prints median process CPU times over N runs (after one warm-up each, so imports are not counted),
the wall-clock medians beside them (inflated when the shared machine is busy), and the ratio.
Targets: full report < 3 s median on the 2-core reference machine, and at most half the
reference's time. Also checks that importing the CLI does not import WeasyPrint.

    .venv/bin/python benchmarks/bench_report.py [--runs N] [--lang en]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REFERENCE_TEMPLATE = """<!DOCTYPE html><html lang="{{ lang }}"><head><meta charset="utf-8"><title>{{ title }}</title>
</head><body><h1>{{ title }}</h1><table border="1"><thead><tr><th>Key</th><th>Question</th><th>Value</th><th>Status</th><th>Comment</th><th>Evidence</th></tr></thead><tbody>
{% for r in rows %}<tr><td>{{ r.key }}</td><td>{{ r.question }}</td><td>{{ r.value }}</td><td>{{ r.status }}</td><td>{{ r.comment }}</td><td>{% for e in r.evidence %}{{ e.kind }}: {{ e.text }}<br>{% endfor %}</td></tr>
{% endfor %}</tbody></table></body></html>"""


WALL: dict[str, float] = {}


def _median(fn, runs: int) -> tuple[float, list[float]]:
    """Median process CPU time (the machine is shared by several jobs: wall-clock time measures the
    neighbours too); the median wall-clock time is kept in WALL for the printout."""
    fn()  # warm-up: imports, font loading
    times, walls = [], []
    for _ in range(runs):
        t, w = time.process_time(), time.perf_counter()
        fn()
        times.append(time.process_time() - t)
        walls.append(time.perf_counter() - w)
    WALL[fn.__name__] = statistics.median(walls)
    return statistics.median(times), times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--lang", default="en")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-report-"))
    os.environ["CAPACITY_APP_DATA"] = str(tmp)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

    # Start-up: importing the CLI (all commands registered) must not import WeasyPrint.
    probe = subprocess.run([sys.executable, "-c", "import sys, capacity_app.cli; "
                            "print('weasyprint' in sys.modules, 'matplotlib' in sys.modules)"],
                           capture_output=True, text=True, env={**os.environ})
    wp_loaded, mpl_loaded = (probe.stdout.split() + ["?", "?"])[:2]

    import jinja2

    from capacity_app.domain.questionnaire import tr
    from capacity_app.services.assessments import answer_rows, open_store, questionnaire_for
    from capacity_app.services.demo import create_demo
    from capacity_app.services.reports import build_report_context, render_report_pdf

    store = open_store(tmp / "bench.sqlite3")
    a = create_demo(store)
    q = questionnaire_for(a)

    t = time.process_time()
    ctx = build_report_context(store, q, a.id, args.lang)
    t_ctx = time.process_time() - t
    out = tmp / "report.pdf"

    def full():
        render_report_pdf(ctx, out)

    # The reference's rows: every answer key once, with its full question text and readable value
    # (what the report shows), one table row each.
    from capacity_app.reports.context import _value_text

    answers = store.answers(a.id)
    rows = []
    for r in answer_rows(store, q, a.id, args.lang):
        key = r["item_id"]
        res = q.resolve_key(key)
        question, value = key, r["value"]
        if res:
            item, fld, coords = res
            question = tr(item.label, args.lang)
            if item.type == "grid":
                question += " — " + tr(item.row(coords[0]).label, args.lang) + " — " + tr(fld.label, args.lang)
            elif item.type == "matrix":
                question += f" — {coords[0]} × {coords[1]} — " + tr(fld.label, args.lang)
            value = _value_text(fld, answers[key].value, args.lang) if value is not None else ""
        rows.append({"key": key, "question": question, "value": value, "status": r["status"],
                     "comment": r["comment"], "evidence": r["evidence"]})
    ref_out = tmp / "reference.pdf"

    def reference():
        import weasyprint

        html = jinja2.Environment(autoescape=True).from_string(REFERENCE_TEMPLATE).render(
            rows=rows, title=a.title, lang=args.lang)
        weasyprint.HTML(string=html).write_pdf(ref_out)

    def untagged():
        from capacity_app.reports.pdf import render_report_pdf as raw

        raw(ctx, out, pdf_variant="pdf/a-3b")

    med_full, times_full = _median(full, args.runs)
    med_3b, times_3b = _median(untagged, args.runs)
    med_ref, times_ref = _median(reference, args.runs)

    from pypdf import PdfReader

    pages_full = len(PdfReader(out).pages)
    pages_ref = len(PdfReader(ref_out).pages)
    timings: dict = {}
    from capacity_app.reports.pdf import render_report_pdf as raw_render

    raw_render(ctx, out, timings=timings)
    store.close()

    print(f"demo answers: {len(rows)}; language {args.lang}; runs {args.runs} (after one warm-up)")
    print(f"context (database + scores + workbook data): {t_ctx * 1000:.0f} ms")
    print("times are process CPU seconds (median); wall-clock medians in brackets")
    print(f"full report:  median {med_full:.2f} s [{WALL['full']:.2f} s]  ({pages_full} pages, PDF/A-3a, tagged, attachments) "
          f"runs: {', '.join(f'{x:.2f}' for x in times_full)}")
    print(f"same, PDF/A-3b (untagged): median {med_3b:.2f} s [{WALL['untagged']:.2f} s]  runs: {', '.join(f'{x:.2f}' for x in times_3b)}")
    print("   stages of one more run (wall): " + ", ".join(f"{k} {timings[k]:.2f} s" for k in ("charts", "html", "layout", "write")))
    print(f"reference:    median {med_ref:.2f} s [{WALL['reference']:.2f} s]  ({pages_ref} pages, one plain table, WeasyPrint defaults) "
          f"runs: {', '.join(f'{x:.2f}' for x in times_ref)}")
    print(f"ratio full / reference: {med_full / med_ref:.2f} (PDF/A-3b: {med_3b / med_ref:.2f}; target <= 0.50); "
          f"full < 3 s: {'yes' if med_full < 3 else 'NO'}")
    print(f"weasyprint imported by `import capacity_app.cli`: {wp_loaded}; matplotlib: {mpl_loaded}")


if __name__ == "__main__":
    main()
