"""A workbook whose only change is the plan's progress, an indicator value, a period's summary or
a corrective measure: the import lists each change (sheet, what, before -> after) and applies it,
in the user's language; it is never told "no change" and left unapplied."""
from __future__ import annotations

import shutil

import openpyxl
import pytest


@pytest.fixture
def exported(cli_run, demo_db, tmp_path):
    """(cli_run on a copy of the demo, its assessment id, the workbook exported from it)."""
    path, aid = demo_db
    shutil.copy(path, cli_run.db)
    out = tmp_path / "demo.xlsx"
    assert cli_run("export", aid, "--xlsx", out).exit_code == 0
    return cli_run, aid, out


def _spent_plus_one(src, dst):
    wb = openpyxl.load_workbook(src)
    ws = wb["Plan progress"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[11].value not in (None, ""))
    was = row[11].value
    row[11].value = was + 1
    wb.save(dst)
    return row[0].value, was


def test_a_changed_progress_cell_alone_is_listed_and_applied(exported, tmp_path):
    run, aid, out = exported
    action, was = _spent_plus_one(out, tmp_path / "edited.xlsx")
    dry = run("import", tmp_path / "edited.xlsx", "--dry-run")
    assert dry.exit_code == 0 and "no change" not in dry.output
    assert "exists: 1 differences" in dry.output and f"/ {was} " not in dry.output.split("->")[1]
    assert f"/ {was + 1};" in dry.output   # the figure typed, never cut off the line
    done = run("import", tmp_path / "edited.xlsx", "--yes")
    assert done.exit_code == 0 and "updated assessment" in done.output
    shown = run("actions", "progress", "show", aid).output
    assert f"spent {was + 1} " in shown
    again = run("import", tmp_path / "edited.xlsx", "--yes")
    assert "no change" in again.output   # the same file twice changes nothing


def test_the_progress_line_is_said_in_the_user_s_language(exported, tmp_path, monkeypatch):
    run, aid, out = exported
    _spent_plus_one(out, tmp_path / "edited.xlsx")
    monkeypatch.setenv("CAPACITY_APP_LANG", "fr")
    dry = run("import", tmp_path / "edited.xlsx", "--dry-run")
    assert "avancement :" in dry.output and "progress:" not in dry.output
