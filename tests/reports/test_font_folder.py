"""WeasyPrint's copies of the bundled fonts live in a folder named after the rendering process:
removed when the render ends, and by the next render when a kill stopped the earlier one (found
by an outside review: a kill -9 left a "weasyprint-*" folder behind every time)."""
import os
import subprocess
import sys
from pathlib import Path

from capacity_app.reports.pdf import FONT_FOLDER_PREFIX


def test_font_folder_removed_after_a_render_and_after_a_killed_one(tmp_path):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    stale = tmp / f"{FONT_FOLDER_PREFIX}99999999-abc"  # a process that cannot exist
    stale.mkdir()
    (stale / "font").write_bytes(b"x" * 1000)
    alive = tmp / f"{FONT_FOLDER_PREFIX}{os.getpid()}-def"  # a live process's: kept
    alive.mkdir()
    env = {**os.environ, "TMPDIR": str(tmp), "CAPACITY_APP_DATA": str(tmp_path / "data")}
    out = tmp_path / "blank.pdf"
    r = subprocess.run([sys.executable, "-m", "capacity_app", "--db", str(tmp_path / "x.sqlite3"),
                        "report", "--blank", "--pdf", str(out)], env=env, capture_output=True, text=True,
                       cwd=Path(__file__).resolve().parents[2], timeout=300)
    assert r.returncode == 0, r.stderr
    assert out.stat().st_size > 10_000
    left = sorted(p.name for p in tmp.iterdir() if not p.name.startswith("_jinja2-cache"))  # a cache, kept
    assert left == [alive.name], left  # no weasyprint-*, no folder of the render, the stale one gone
