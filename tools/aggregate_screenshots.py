"""Renders the cross-country summary's pages for docs/screenshots/ (aggregate-map.png,
aggregate-pdf-1.png, aggregate-pdf-2.png, aggregate-pdf-fr-1.png) from a made-up but realistic set:
34 real countries of every M49 region, LDCs, LLDCs and SIDS among them (the small island states
the 1:110m map has no shape for included), the demo answers varied per country as the aggregation
benchmark does, two rounds for a few countries, and the demo's fictional country (left out).

    python tools/aggregate_screenshots.py docs/screenshots   # needs pdftoppm (poppler-utils)
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

COUNTRIES = ["GHA", "SEN", "NGA", "KEN", "ETH", "ZAF", "MAR", "EGY", "CPV", "MUS", "STP", "MDG", "BGD", "NPL",
             "IND", "PHL", "KGZ", "TUR", "MDV", "FJI", "WSM", "TUV", "PNG", "MEX", "COL", "BRA", "BOL", "JAM", "HTI",
             "DEU", "ITA", "UKR", "CAN", "AUS"]
SECOND_ROUND = ["GHA", "BGD", "MEX", "PHL"]


def _vary(q, base, seed):
    """The demo answers with every rating moved towards a level of the country's own (seeded), so
    that the map shows every band."""
    import random

    from bench_aggregate import _vary as varied

    from capacity_app.domain.answers import ANSWERED, Answer, AnswerSheet

    rng = random.Random(seed)
    level = rng.random()
    sheet = AnswerSheet(q, {a.key: a for a in varied(q, base, seed)})
    for key, a in list(sheet.answers.items()):
        resolved = q.resolve_key(key)
        if a.status != ANSWERED or not resolved or resolved[1].type != "rating":
            continue
        value = max(0, min(3, round(level * 3 + rng.uniform(-0.8, 0.8))))
        try:
            sheet.put(Answer(key, sheet.validate(key, value), ANSWERED, a.comment, a.evidence))
        except Exception:  # noqa: BLE001 - a constraint the value breaks: keep the demo's
            continue
    return list(sheet.answers.values())


def main(out_dir: str) -> None:
    from capacity_app.catalog.loader import load_bundled
    from capacity_app.services.aggregation import run
    from capacity_app.services.assessments import create_assessment, open_store, set_status
    from capacity_app.services.demo import create_demo, demo_answers
    from capacity_app.services.exchange import export_workbook

    out = Path(out_dir)
    q = load_bundled()
    base = {a.key: a for a in demo_answers(q)}
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        (t / "in").mkdir()
        store = open_store(t / "s.sqlite3")
        try:
            demo = create_demo(store)
            export_workbook(store, demo.id, t / "in" / "veloria.xlsx")
            for i, iso3 in enumerate(COUNTRIES + SECOND_ROUND):
                rnd = 2024 if i < len(COUNTRIES) and iso3 in SECOND_ROUND else 2026
                a = create_assessment(store, q, country=iso3, round=rnd, mission_start=f"{rnd}-03-01",
                                      mission_end=f"{rnd}-03-05", reference_date=f"{rnd}-03-05")
                store.replace_answers(a.id, _vary(q, base, seed=i), note="screenshots")
                if i % 3:
                    set_status(store, a.id, "final")
                export_workbook(store, a.id, t / "in" / f"{iso3}-{rnd}.xlsx")
        finally:
            store.close()
        for lang in ("en", "fr"):
            pdf = t / f"summary-{lang}.pdf"
            run([t / "in"], None, pdf_out=pdf, lang=lang)
            prefix = t / f"page-{lang}"
            subprocess.run(["pdftoppm", "-r", "110", "-png", str(pdf), str(prefix)], check=True)
            pages = sorted(t.glob(f"page-{lang}-*.png"))
            names = ["aggregate-pdf-1.png", "aggregate-pdf-2.png"] if lang == "en" else ["aggregate-pdf-fr-1.png"]
            for page, name in zip(pages, names, strict=False):
                (out / name).write_bytes(page.read_bytes())
            if lang == "en":
                subprocess.run(["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", "-x", "120", "-y", "700",
                                "-W", "1430", "-H", "840", str(pdf), str(t / "map")], check=True)
                (out / "aggregate-map.png").write_bytes(next(t.glob("map*.png")).read_bytes())
    print(f"wrote the aggregate screenshots into {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
