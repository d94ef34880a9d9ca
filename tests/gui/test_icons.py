"""Icons: every SVG has its PNG renditions, rendered from its current content."""
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import render_icons  # noqa: E402

SVGS = sorted(render_icons.ICONS.glob("*.svg"))


@pytest.mark.parametrize("svg", SVGS, ids=lambda p: p.stem)
def test_png_renditions_are_current(qapp, svg):
    from PySide6.QtGui import QImage

    for size in render_icons.sizes_for(svg.stem):
        png = render_icons.ICONS / "png" / f"{svg.stem}-{size}.png"
        assert png.is_file(), f"{png.name} missing: run tools/render_icons.py"
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size)
        assert image.text("source-sha256") == render_icons.source_digest(svg), (
            f"{png.name} was rendered from an older {svg.name}: run tools/render_icons.py")


def test_icon_uses_png_renditions_and_falls_back_to_svg(qapp):
    from capacity_app.gui.window.main_window import icon

    ic = icon("new")
    assert not ic.isNull()
    assert {s.width() for s in ic.availableSizes()} >= {16, 18, 32, 36}
    assert not ic.pixmap(18, 18).isNull()
    assert icon("no-such-icon").isNull()


@pytest.mark.parametrize("name", sorted(render_icons.STYLE_IMAGES))
def test_style_sheet_images_are_current_png(qapp, name):
    """The style sheet draws its arrows from PNG renditions of their SVG (1x and @2x), rendered
    from the SVG's current content: naming the SVG loads the SVG image plugin before the first
    paint (tests/test_launch.py holds that it is not loaded)."""
    from PySide6.QtGui import QImage

    qss = (render_icons.STYLES / "app.qss").read_text(encoding="utf-8")
    assert f"url(styles:{name}.png)" in qss and f"url(styles:{name}.svg)" not in qss
    svg = render_icons.STYLES / f"{name}.svg"
    for png, size in render_icons.style_renditions(name):
        assert png.is_file(), f"{png.name} missing: run tools/render_icons.py"
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size)
        assert image.text("source-sha256") == render_icons.source_digest(svg), (
            f"{png.name} was rendered from an older {svg.name}: run tools/render_icons.py")
