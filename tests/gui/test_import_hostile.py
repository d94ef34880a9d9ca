"""A hostile workbook cannot end the window (issue 25): the attacks of the second outside attack,
and a reading process that aborts, imported through the real window; each told as a failed import,
the database unchanged, and the window still answering afterwards."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "exchange"))

from capacity_app.exchange import importer
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
    message = _import_fails(opened, qtbot, book)
    assert "ended the reading process (SIGABRT)" in message
    assert _answering(opened, qtbot)
