"""The long sweep (``make soak``): generated assessments in every language, each output
checked by the invariants of tests/generated/invariants.py, with its time and memory.

    .venv/bin/python tools/soak.py [--reports N] [--trips N] [--seed S] [--out FOLDER] [--doc FILE]

- the field set (tests/generated/assessments.py: realistic countries) rendered in all six
  languages;
- ``--reports`` generated reports a language (random shapes: filled from nothing to everything,
  texts from one character to each field's limit, 0 to 60 actions, one to five currencies, amounts
  from 0.01 to 10^13): no ink over ink, nothing off the page, and in Arabic, Chinese and Russian
  no English word outside the user's own text; and each one's Word report converted by LibreOffice
  (always: a machine without ``soffice`` fails the soak), holding the same headings as the PDF,
  its amounts whole and its contents numbered;
- ``--trips`` generated assessments exported and imported into a fresh database: the same answers,
  record and plan.

Each report's seconds, pages and the process's peak memory are printed, and the seconds per page
of the smallest and the largest reports compared (the render grows no faster than the content).
``--doc`` writes the result as a Markdown section (docs/soak.md)."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import resource
import sys
import tempfile
import time
import traceback
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO))

LANGS = ("en", "fr", "es", "ar", "zh", "ru")


def _peak_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def report_case(q, shape, folder: Path) -> dict:
    from generated.assessments import make_spec, write
    from generated.invariants import foreign_words, structure_problems, word_problems, word_report_problems
    from pypdf import PdfReader

    from capacity_app.reports.docx import render_report_docx
    from capacity_app.reports.pdf import anchor_pages, render_report_pdf
    from capacity_app.services.assessments import open_store
    from capacity_app.services.reports import build_report_context

    spec = make_spec(q, shape)
    store = open_store(folder / "r.sqlite3", daily_backup=False)
    try:
        aid = write(store, q, spec)
        t = time.perf_counter()
        ctx = build_report_context(store, q, aid, spec.lang)
        pages: dict = {}
        pdf = render_report_pdf(ctx, folder / "r.pdf", laid_out=lambda doc: pages.update(anchor_pages(doc)))
        seconds = time.perf_counter() - t
        docx = render_report_docx(ctx, folder / "r.docx", pages=pages)
    finally:
        store.close()
        for f in folder.glob("r.sqlite3*"):
            f.unlink()
    problems = word_problems(pdf) + structure_problems(pdf)
    # the Word report as LibreOffice prints it: always converted here
    problems += [f"Word report: {p}" for p in word_report_problems(docx, folder, contents=8, report=pdf)]
    pages = PdfReader(pdf).pages
    if spec.lang in ("ar", "zh", "ru") and shape.own_script:
        words = foreign_words("\n".join(p.extract_text() for p in pages), spec.user_texts())
        problems += [f"English word(s) in the {spec.lang} report: {sorted(words)[:10]}"] if words else []
    return {"kind": "report", "shape": shape.__dict__, "seconds": round(seconds, 2), "pages": len(pages),
            "answers": len(spec.answers), "actions": len(spec.actions), "problems": problems[:10]}


def trip_case(q, shape, folder: Path) -> dict:
    from generated.assessments import make_spec, write

    from capacity_app.domain.answers import canonical_answers
    from capacity_app.exchange.workbook.format import is_meaningful
    from capacity_app.services.assessments import open_store
    from capacity_app.services.exchange import apply_import, export_workbook, read_workbook

    spec = make_spec(q, shape)
    problems = []
    for f in folder.glob("t*.sqlite3*"):
        f.unlink()
    src = open_store(folder / "t1.sqlite3", daily_backup=False)
    try:
        aid = write(src, q, spec)
        export_workbook(src, aid, folder / "t.xlsx", lang=spec.lang)
        answers = {k: a for k, a in src.answers(aid).items() if is_meaningful(a)}
        plan = sorted((replace(a, position=0) for a in src.action_plan(aid)), key=lambda a: a.id)
    finally:
        src.close()
    fresh = open_store(folder / "t2.sqlite3", daily_backup=False)
    try:
        a = apply_import(fresh, read_workbook(folder / "t.xlsx", q)).assessment
        again = {k: x for k, x in fresh.answers(a.id).items() if is_meaningful(x)}
        if canonical_answers(again) != canonical_answers(answers):
            problems.append("answers differ after export and import")
        if sorted((replace(x, position=0) for x in fresh.action_plan(a.id)), key=lambda x: x.id) != plan:
            problems.append("the plan differs after export and import")
    finally:
        fresh.close()
    return {"kind": "trip", "shape": shape.__dict__, "problems": problems}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reports", type=int, default=6, help="generated reports a language (default 6)")
    ap.add_argument("--trips", type=int, default=120, help="export/import round trips (default 120)")
    ap.add_argument("--field-set", choices=("all", "own"), default="all",
                    help="the field set in all six languages (default) or each country in its own only")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--doc", type=Path, default=None, help="write the result to this Markdown file")
    args = ap.parse_args()

    from generated.assessments import FIELD_SET, Shape

    from capacity_app.services.assessments import questionnaire_for

    seed = args.seed if args.seed is not None else random.randrange(2**32)
    rng = random.Random(seed)
    q = questionnaire_for()

    def shape(lang: str) -> Shape:
        return Shape(lang, rng.randrange(2**32), filled=rng.choice([0.0, 0.05, 0.3, 0.7, 1.0]),
                     dont_know=rng.choice([0.0, 0.1, 0.5]), not_applicable=rng.choice([0.0, 0.2, 1.0]),
                     texts=rng.choice(["short", "long", "limit"]), actions=rng.randint(0, 60),
                     currencies=rng.randint(1, 5), amounts=rng.choice(["cents", "mixed", "huge"]),
                     own_script=rng.random() < 0.5)

    cases = [("report", replace(s, lang=lang)) for s in FIELD_SET.values()
             for lang in (LANGS if args.field_set == "all" else (s.lang,))]
    cases += [("report", shape(lang)) for lang in LANGS for _ in range(args.reports)]
    cases += [("trip", shape(rng.choice(LANGS))) for _ in range(args.trips)]
    results, started = [], time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        for n, (kind, s) in enumerate(cases, 1):
            try:
                r = (report_case if kind == "report" else trip_case)(q, s, Path(tmp))
            except Exception as exc:  # noqa: BLE001 - a soak reports every failure and goes on
                where = traceback.extract_tb(exc.__traceback__)[-1]
                r = {"kind": kind, "shape": s.__dict__,
                     "problems": [f"{type(exc).__name__} at {Path(where.filename).name}:{where.lineno}: {exc}"]}
            r["peak_mb"] = _peak_mb()
            results.append(r)
            print(f"{n}/{len(cases)} {json.dumps(r, ensure_ascii=False)[:400]}", flush=True)
    failed = [r for r in results if r["problems"]]
    reports = [r for r in results if r["kind"] == "report" and "seconds" in r]
    per_page = sorted(reports, key=lambda r: r["pages"])
    lines = [
        "# The soak of generated assessments", "",
        f"Last run: {dt.date.today().isoformat()}, seed {seed}, {platform.node() or 'this machine'} "
        f"(Python {platform.python_version()}), `{' '.join(sys.argv[1:])}`, {time.perf_counter() - started:.0f} s in all, peak memory "
        f"{max((r['peak_mb'] for r in results), default=0)} MB. Made by `make soak` (`tools/soak.py`).", "",
        "| outputs | checked | failed |", "|---|---:|---:|",
        f"| reports (the field set and generated) | {len(reports)} | "
        f"{sum(1 for r in failed if r['kind'] == 'report')} |",
        f"| workbook export -> import | {sum(1 for r in results if r['kind'] == 'trip')} | "
        f"{sum(1 for r in failed if r['kind'] == 'trip')} |", "",
    ]
    if per_page:
        small, large = per_page[: max(1, len(per_page) // 4)], per_page[-max(1, len(per_page) // 4):]

        def rate(rs):
            return sum(r["seconds"] for r in rs) / max(1, sum(r["pages"] for r in rs))

        lines += [f"Seconds per page: {rate(small):.2f} for the smallest quarter of the reports "
                  f"({small[0]['pages']}-{small[-1]['pages']} pages), {rate(large):.2f} for the largest "
                  f"({large[0]['pages']}-{large[-1]['pages']} pages).", ""]
    if failed:
        lines += ["Failures (shape, first problems):", ""]
        lines += [f"- `{json.dumps(r['shape'])}`: {r['problems'][:2]}" for r in failed[:30]]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.doc:
        args.doc.write_text(text, encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
