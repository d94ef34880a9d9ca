"""Screenshots of the Word report as LibreOffice prints it: the demo's .docx in English,
Arabic and Chinese, converted to PDF by LibreOffice (headless), five pages side by side — the
cover, the executive summary, the findings' chart, the plan at a glance, the costed plan — at
50 dpi (pdftoppm), into ``docs/screenshots/word-report-<lang>.png``.

    .venv/bin/python tools/word_screenshots.py [en ar zh]

Needs LibreOffice (``soffice``) and poppler's ``pdftoppm`` / ``pdftotext``.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(x for x in info.splitlines() if x.startswith("Pages")).split()[1])


def page_with_line(pdf: Path, line: str, start: int) -> int:
    """The first page from ``start`` with ``line`` as a line of its own (a heading)."""
    for p in range(start, page_count(pdf) + 1):
        text = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        if any(_bare(x) == _bare(line) for x in text.splitlines()):
            return p
    return start


def _bare(text: str) -> str:
    """A line without its direction controls (pdftotext wraps a right-to-left line in RLE…PDF)."""
    import unicodedata

    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf").strip()


def main(langs: list[str]) -> None:
    from PIL import Image

    from capacity_app.reports.docx import render_report_docx
    from capacity_app.services.assessments import open_store
    from capacity_app.services.demo import create_demo
    from capacity_app.services.reports import build_report_context

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        with open_store(tmp / "demo.sqlite3", backup_dir=tmp / "backups") as store:
            aid = create_demo(store).id
            contexts = {lang: build_report_context(store, None, aid, lang) for lang in langs}
        for lang, ctx in contexts.items():
            docx = render_report_docx(ctx, tmp / f"word-{lang}.docx")
            subprocess.run([soffice, f"-env:UserInstallation={(tmp / 'profile').as_uri()}", "--headless",
                            "--convert-to", "pdf", "--outdir", str(tmp), str(docx)], check=True,
                           capture_output=True)
            pdf = tmp / f"word-{lang}.pdf"
            s = ctx.s
            pages = [1, page_with_line(pdf, s["summary"], 4), page_with_line(pdf, s["findings"], 4)]
            glance = page_with_line(pdf, s["plan_glance"], pages[-1])
            pages += [glance, page_with_line(pdf, s["plan_costs"], glance)]
            images = []
            for p in pages:
                stem = tmp / f"{lang}-{p}"
                subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", str(p), "-l", str(p), "-singlefile", str(pdf),
                                str(stem)], check=True)
                images.append(Image.open(f"{stem}.png").convert("RGB"))
            w, h = images[0].size
            sheet = Image.new("RGB", (w * len(images) + 8 * (len(images) - 1), h), "#888888")
            for i, im in enumerate(images):
                sheet.paste(im, (i * (w + 8), 0))
            out = OUT / f"word-report-{lang}.png"
            sheet.quantize(colors=96).save(out, optimize=True)
            print(out, pages)


if __name__ == "__main__":
    main(sys.argv[1:] or ["en", "ar", "zh"])
