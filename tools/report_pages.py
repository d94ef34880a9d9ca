"""Every page of the demo report in one picture per language (every report page in ar, zh
and ru rendered and read again): the demo assessment's PDF in each language, every page drawn by
poppler's ``pdftoppm`` at 30 dpi and laid out seven to a row with its number under it, into
``docs/screenshots/report-pages-<lang>.png``. A page to read closely is one ``pdftoppm -r 110 -f N -l
N`` away; this sheet shows which pages exist, their order and where a table or a chart runs off.

    .venv/bin/python tools/report_pages.py [ar zh ru]
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
PER_ROW = 7
DPI = 30


def demo_pdf(lang: str, folder: Path) -> Path:
    """The demo assessment's report in ``lang``, made by the application's own command line."""
    subprocess.run([sys.executable, "-m", "capacity_app", "--db", str(folder / "demo.sqlite3"), "demo",
                    "--out", str(folder), "--lang", lang], check=True, capture_output=True)
    return folder / "report.pdf"


def contact_sheet(pdf: Path, target: Path) -> int:
    """Every page of ``pdf`` side by side, numbered; returns the number of pages."""
    pages_dir = pdf.parent / "pages"
    pages_dir.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", str(pdf), str(pages_dir / "p")], check=True)
    pages = sorted(pages_dir.glob("p-*.png"))
    images = [Image.open(p).convert("RGB") for p in pages]
    w = max(i.width for i in images)
    h = max(i.height for i in images)
    gap, label = 8, 14
    rows = (len(images) + PER_ROW - 1) // PER_ROW
    sheet = Image.new("RGB", (PER_ROW * (w + gap) + gap, rows * (h + gap + label) + gap), (200, 200, 200))
    draw = ImageDraw.Draw(sheet)
    for n, img in enumerate(images):
        x = gap + (n % PER_ROW) * (w + gap)
        y = gap + (n // PER_ROW) * (h + gap + label)
        sheet.paste(img, (x, y))
        draw.text((x + w // 2 - 6, y + h + 1), str(n + 1), fill=(0, 0, 0))
    # 64 colours: the text, the rules, the charts' and the watermark's tints (a third of the size)
    sheet.quantize(64).save(target, optimize=True)
    return len(images)


def main(langs: list[str]) -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in langs:
        with tempfile.TemporaryDirectory() as tmp:
            pdf = demo_pdf(lang, Path(tmp))
            target = OUT / f"report-pages-{lang}.png"
            n = contact_sheet(pdf, target)
            print(f"{target.relative_to(ROOT)}: {n} pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:] or ["ar", "zh", "ru"]))
