"""WeasyPrint's copies of the bundled fonts live in a folder named after the rendering process:
removed when the render ends, and by the next render when a kill stopped the earlier one (found
by an outside review: a kill -9 left a "weasyprint-*" folder behind every time)."""
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from capacity_app.reports.pdf import FONT_FOLDER_PREFIX
from capacity_app.services.assessments import create_assessment, open_store, questionnaire_for


def test_font_folder_removed_after_a_render_and_after_a_killed_one(tmp_path):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    stale = tmp / f"{FONT_FOLDER_PREFIX}99999999-abc"  # a process that cannot exist
    stale.mkdir()
    (stale / "font").write_bytes(b"x" * 1000)
    alive = tmp / f"{FONT_FOLDER_PREFIX}{os.getpid()}-def"  # a live process's: kept
    alive.mkdir()
    # The implementation report of an assessment without a plan (3 pages), not the blank
    # questionnaire (48 pages, four times the processor time): its text is set in the same bundled
    # fonts (asserted below), copied into the folder, and removed with it, by the writing step
    # every PDF goes through (reports/pdf.py's write_document), whatever the document's length.
    db = tmp_path / "x.sqlite3"
    with open_store(db, backup_dir=tmp_path / "backups") as store:
        aid = create_assessment(store, questionnaire_for(), country="SEN", round=2026).id
    env = {**os.environ, "TMPDIR": str(tmp), "CAPACITY_APP_DATA": str(tmp_path / "data")}
    out = tmp_path / "progress.pdf"
    r = subprocess.run([sys.executable, "-m", "capacity_app", "--db", str(db),
                        "report", str(aid), "--progress", "2026", "--pdf", str(out)], env=env,
                       capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2], timeout=300)
    assert r.returncode == 0, r.stderr
    assert out.stat().st_size > 10_000
    fonts = {str(font.get_object()["/BaseFont"]) for page in PdfReader(out).pages
             for font in page["/Resources"]["/Font"].values()}
    assert any("Report-Sans" in name for name in fonts), fonts  # the bundled faces: copied for the render
    left = sorted(p.name for p in tmp.iterdir() if not p.name.startswith("_jinja2-cache"))  # a cache, kept
    assert left == [alive.name], left  # no weasyprint-*, no folder of the render, the stale one gone
