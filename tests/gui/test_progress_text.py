"""Progress details in the interface language: the jobs keep reporting short
English details (the command line prints them), the window's progress dialog shows them
translated."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from capacity_app.gui import progress_text

ROOT = Path(__file__).resolve().parents[2] / "capacity_app"
# a progress detail given as a literal, the last argument of jobs.report/jobs.step(...), of a local
# step(fraction, "...") or report(fraction, "..."), on one line
CALL = re.compile(r"(?:\bjobs\.report|\bjobs\.step|\b_report|\breport|\bstep)\(.*,\s*(f?)\"([^\"]+)\"\)\s*(?:#.*)?$",
                  re.MULTILINE)


def _details_in_the_code() -> set[str]:
    found = set()
    for sub in ("exchange", "reports", "services"):
        for path in (ROOT / sub).rglob("*.py"):
            for m in CALL.finditer(path.read_text(encoding="utf-8")):
                text = m.group(2)
                found.add(re.sub(r"\{[^}]*\}", "3", text) if m.group(1) else text)
    return found


@pytest.fixture
def french(qsettings):
    from PySide6.QtWidgets import QApplication

    from capacity_app.gui.window.app import install_translations, make_app

    qsettings.setValue("interface_language", "fr")
    make_app(settings=qsettings)
    yield
    install_translations(QApplication.instance(), "en")


def test_every_progress_detail_of_the_jobs_is_known():
    details = _details_in_the_code()
    assert {"read 3", "reading 3 files", "charts", "writing the consolidated workbook"} <= details
    assert [d for d in sorted(details) if not progress_text.known(d)] == []


def test_details_in_english_stay_the_jobs_words(qapp):
    assert progress_text.translated("reading 38 files") == "reading 38 files"
    assert progress_text.translated("reading 1 files") == "reading one file"
    assert progress_text.translated("read gha2025_38.xlsx") == "read gha2025_38.xlsx"
    assert progress_text.translated("charts") == "drawing the charts"
    assert progress_text.translated("something new") == "something new"  # never dropped


def test_details_in_french(french):
    assert progress_text.translated("read gha2025_38.xlsx") == "lu\u00a0: gha2025_38.xlsx"
    assert progress_text.translated("reading 38 files") == "lecture de 38 fichiers"
    assert progress_text.translated("reading 1 files") == "lecture d’un fichier"
    for detail in sorted(_details_in_the_code()):
        if progress_text.FILE_NAME.fullmatch(detail):
            assert progress_text.translated(detail) == detail  # a file name as it is
            continue
        shown = progress_text.translated(detail)
        assert shown and shown != detail, detail  # every known detail has its French words


def test_the_progress_dialog_shows_the_translated_detail(french, window, qtbot):
    import threading

    runner = window.runner
    runner.show_dialogs = True
    go, sent = threading.Event(), threading.Event()

    def job(progress=None, cancelled=None):
        progress(0.5, "read gha2025_38.xlsx")
        sent.set()
        go.wait(5)

    task = runner.run("Agrégation", job)
    assert sent.wait(5)
    qtbot.waitUntil(lambda: "lu\u00a0: gha2025_38.xlsx" in task.dialog.labelText(), timeout=3000)
    assert task.dialog.labelText().startswith("Agrégation\n")
    go.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
