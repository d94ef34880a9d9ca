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
