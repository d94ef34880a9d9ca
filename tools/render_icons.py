"""Render resources/icons/*.svg to PNG files at the sizes the interface uses.

Drawing an SVG icon needs Qt's SVG icon engine (a plugin and the QtSvg library, loaded on first
use) and a vector rendering at every paint: about 20 ms of start-up for the toolbar and the home
buttons. The application therefore loads ready-made PNG renditions (1x and 2x sizes, picked by
QIcon for the screen's pixel ratio) and falls back to the SVG when a size is missing.

The style sheet's arrows (resources/styles/arrow-*.svg, drawn by the language boxes of the first
view) have PNG renditions beside them for the same reason: the sheet naming the SVG loaded the SVG
image plugin and QtSvg before the first paint (some 7 ms).

Run after changing an SVG:  QT_QPA_PLATFORM=offscreen .venv/bin/python tools/render_icons.py
(tests/gui/test_icons.py fails when a PNG is missing or older than its SVG's content).
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 18, 24, 32, 36, 48)           # menus, toolbar, buttons; and their 2x renditions
APP_SIZES = SIZES + (64, 128, 256)         # the window / task-bar icon
STYLES = ROOT / "resources" / "styles"
# the style sheet's images drawn as PNG (app.qss names name.png; Qt takes name@2x.png on a 2x
# screen), at the size the sheet gives them
STYLE_IMAGES = {"arrow-down": 10, "arrow-up": 10}


def sizes_for(name: str) -> tuple[int, ...]:
    return APP_SIZES if name == "app" else SIZES


def source_digest(svg: Path) -> str:
    return hashlib.sha256(svg.read_bytes()).hexdigest()[:16]


def style_renditions(name: str) -> list[tuple[Path, int]]:
    """The PNG renditions of a style sheet image and their sizes: 1x and 2x."""
    size = STYLE_IMAGES[name]
    return [(STYLES / f"{name}.png", size), (STYLES / f"{name}@2x.png", 2 * size)]


def _render(svg: Path, size: int, target: Path) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    image.setText("source-sha256", source_digest(svg))
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"{target}: cannot write")


def render_all(out: Path = ICONS / "png") -> list[Path]:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for svg in sorted(ICONS.glob("*.svg")):
        for size in sizes_for(svg.stem):
            target = out / f"{svg.stem}-{size}.png"
            _render(svg, size, target)
            written.append(target)
    for name in STYLE_IMAGES:
        for target, size in style_renditions(name):
            _render(STYLES / f"{name}.svg", size, target)
            written.append(target)
    return written


if __name__ == "__main__":
    files = render_all()
    print(f"wrote {len(files)} PNG icons to {ICONS / 'png'} and {STYLES}")
