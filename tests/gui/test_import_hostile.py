"""A hostile workbook cannot end the window: the attacks of the second outside attack,
and a reading process that aborts, imported through the real window; each told as a failed import,
the database unchanged, and the window still answering afterwards."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "exchange"))

from capacity_app.exchange.workbook import importer
from capacity_app.services.exchange import export_workbook


def _aborting_read(path, questionnaire, progress=None, cancelled=None, **kwargs):
    os.abort()  # as a crash inside a parsing library would


def _answering(win, qtbot) -> bool:
    """The window takes an answer and shows it: its event loop and its session work."""
    win.session.set_answer("s2_need_a", 3)
    win.flush_view()
    qtbot.wait(50)
    return win.store.answer(win.session.assessment_id, "s2_need_a").value == 3 and win.isVisible()


def _import_fails(win, qtbot, path) -> str:
    win.import_workbook(str(path))
    qtbot.waitUntil(lambda: not win.runner.busy and not win.runner.tasks, timeout=120_000)
    message = win.statusBar().currentMessage()
    assert "failed" in message, message
    return message


@pytest.fixture
def hostile_set(opened, tmp_path):
    import hostile25

    # the attacks' builder puts numbers in a decimal's Code cell: the population
    opened.session.set_answer("s0_population_millions", 12.5)
    opened.flush_view()
    book = export_workbook(opened.store, opened.session.assessment_id, tmp_path / "ken.xlsx")
    out = []
    for case_id, _what, content, expected in hostile25.cases(book.read_bytes()):
        path = tmp_path / f"{case_id}.xlsx"
        path.write_bytes(content)
        out.append((path, expected))
    return out


def test_hostile_workbooks_cannot_end_the_window(opened, qtbot, hostile_set):
    from exchange_helpers import dump

    before = dump(opened.store.path)
    for path, expected in hostile_set:
        message = _import_fails(opened, qtbot, path)
        assert expected in message, (path.name, message)
    assert dump(opened.store.path) == before
    assert _answering(opened, qtbot)


def test_a_reading_process_that_aborts_cannot_end_the_window(opened, qtbot, tmp_path, monkeypatch):
    """The reading runs in a process of its own: when it aborts (as python-calamine did on a
    140 KB file), the window says the import failed and goes on."""
    book = export_workbook(opened.store, opened.session.assessment_id, tmp_path / "ken.xlsx")
    monkeypatch.setattr(importer, "read_workbook", _aborting_read)
    # the window reads a workbook once, whether it is an institution's reply or not
    from capacity_app.exchange.institutions import reply as institution_reply

    monkeypatch.setattr(institution_reply, "read_reply_or_plan", _aborting_read)
    message = _import_fails(opened, qtbot, book)
    assert "ended the reading process (SIGABRT)" in message
    assert _answering(opened, qtbot)


def test_the_preview_shows_direction_controls_as_marks(opened, qtbot, tmp_path, monkeypatch):
    """A value whose only change is an override (U+202E ... U+202C) reads the same in both columns
    unless the controls are shown: the preview shows them as marks."""
    import openpyxl

    from capacity_app.gui import import_preview
    from capacity_app.gui.import_preview import COL_HERE, COL_WORKBOOK

    key = "s0_lead_institution"
    opened.session.set_answer(key, "USD 50,000")
    opened.flush_view()
    book = export_workbook(opened.store, opened.session.assessment_id, tmp_path / "ken.xlsx")
    wb = openpyxl.load_workbook(book)
    ws = wb["Answers"]
    col = {c.value: c.column for c in ws[1]}
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, col["Answer key"]).value == key:
            ws.cell(r, col["Code"]).value = "\u202eUSD 50,000\u202c"
    wb.save(book)
    seen = []
    monkeypatch.setattr(import_preview.ImportPreviewDialog, "exec", lambda dlg: seen.append(dlg) or False)
    opened.import_workbook(str(book))
    qtbot.waitUntil(lambda: bool(seen), timeout=120_000)
    line = next(ln for ln in seen[0].lines() if len(ln) > COL_WORKBOOK and "USD" in ln[COL_WORKBOOK])
    assert (line[COL_HERE], line[COL_WORKBOOK]) == ("USD 50,000", "\u2068[RLO]USD 50,000[PDF]\u2069")
