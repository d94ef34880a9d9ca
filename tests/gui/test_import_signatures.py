"""Signatures in the window's import: an older workbook carrying a sign-off without a
check is listed in full in the preview with a box "Accept the signatures this workbook carries
without a check", off by default. Left off, the import is refused and nothing changes; ticked, the
sign-off is recorded. A sign-off whose check fails is refused whatever is ticked."""
from __future__ import annotations

import json

import openpyxl
import pytest

from capacity_app.gui import import_preview
from capacity_app.gui.import_preview import COL_CELL, COL_NOTE, COL_QUESTION, COL_WORKBOOK
from capacity_app.services import assessments as svc
from capacity_app.services.exchange import export_workbook
from capacity_app.services.team.signoff import sign_off, signoff_record

WHO = dict(name="Dr Amina Mensah", position="Director-General", institution="Kenya National Bureau of Statistics",
           date="2026-06-12")


def _metadata(book, out, **fields):
    wb = openpyxl.load_workbook(book)
    for r in wb["Metadata"].iter_rows():
        if r[0].value in fields:
            r[1].value = fields[r[0].value]
    wb.save(out)
    return out


@pytest.fixture
def signed_book(tmp_path, questionnaire, fill_to_validate):
    """A final assessment's workbook, signed off, made in another database."""
    with svc.open_store(tmp_path / "office.sqlite3") as office:
        a = svc.create_assessment(office, questionnaire, country="KEN", round=2026)
        fill_to_validate(office, a.id)
        office.operator = "A. Supervisor"
        sign_off(office, a.id, **WHO)
        return export_workbook(office, a.id, tmp_path / "final.xlsx")


def _preview(win, qtbot, monkeypatch, book, choose):
    seen = []

    def exec_(dlg):
        seen.append(dlg)
        return choose(dlg)

    monkeypatch.setattr(import_preview.ImportPreviewDialog, "exec", exec_)
    win.import_workbook(str(book))
    qtbot.waitUntil(lambda: bool(seen), timeout=60000)
    qtbot.waitUntil(lambda: not win.runner.busy and not win.runner.tasks, timeout=60000)
    return seen[0]


def _signature_line(dlg):
    [line] = [ln for ln in dlg.lines() if len(ln) > 1 and ln[COL_CELL] == "Metadata"]
    return line


def test_an_unchecked_signoff_is_taken_only_when_the_box_is_ticked(window, qtbot, monkeypatch, signed_book,
                                                                 tmp_path):
    win = window
    older = _metadata(signed_book, tmp_path / "older.xlsx", signatures_check="")  # as an older version wrote it
    dlg = _preview(win, qtbot, monkeypatch, older, lambda d: True)  # the box left as it is: off
    line = _signature_line(dlg)
    assert line[COL_QUESTION] == "Validation for the national statistics office"
    assert "Dr Amina Mensah (Director-General, Kenya National Bureau of Statistics) on 2026-06-12" in line[COL_WORKBOOK]
    assert "no check" in line[COL_NOTE] and "NO CHECK" not in line[COL_WORKBOOK]
    assert dlg.signatures_box is not None and not dlg.signatures_box.isChecked()
    assert dlg.signatures_box.text() == "Accept the signatures this workbook carries without a check"
    assert dlg.accept_signatures() is False
    assert win.store.assessments() == []  # refused: nothing imported
    assert "without a check" in win.statusBar().currentMessage()

    def tick(d):
        d.signatures_box.click()
        assert d.accept_signatures() is True
        return True

    _preview(win, qtbot, monkeypatch, older, tick)
    [a] = win.store.assessments()
    assert a.status == "final" and signoff_record(win.store, a.id)[0].name == "Dr Amina Mensah"


def test_a_checked_signoff_asks_nothing_and_a_broken_one_is_refused_even_ticked(
        window, qtbot, monkeypatch, signed_book, tmp_path):
    win = window
    dlg = _preview(win, qtbot, monkeypatch, signed_book, lambda d: False)  # a new assessment, its check holds
    assert dlg.signatures_box is None and dlg.accept_signatures() is False
    forged = dict(WHO, name="Prof. Nobody Ever-Signed", at="2026-06-30T10:00:00+00:00", operator="nobody")
    broken = _metadata(signed_book, tmp_path / "forged.xlsx", signoff=json.dumps(forged, separators=(",", ":")))
    dlg = _preview(win, qtbot, monkeypatch, broken, lambda d: True)
    line = _signature_line(dlg)
    assert "Prof. Nobody Ever-Signed" in line[COL_WORKBOOK] and line[COL_NOTE].startswith("refused")
    assert dlg.signatures_box is None  # nothing to consent to: it stays refused
    assert win.store.assessments() == []
    assert "do not match their check" in win.statusBar().currentMessage()
