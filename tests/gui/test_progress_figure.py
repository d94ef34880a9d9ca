"""A task's progress dialog writes its figure as the window writes every percentage: the
language's own sign and spacing, the digits 0-9 in every language (Qt's own "%p%" wrote "42%" in
French and "٤٢٪" in Arabic, where the list beside it wrote "98,1 %" and "98.1 في المائة")."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QProgressBar, QWidget

from capacity_app.gui.numbers import percent_text
from capacity_app.gui.tasks import TaskRunner
from capacity_app.gui.window.app import install_translations


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar", "zh", "ru"])
def test_the_progress_figure_is_written_as_the_language_writes_a_percentage(qapp, qtbot, lang):
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()
    try:
        install_translations(qapp, lang)
        runner = TaskRunner(parent)
        runner.show_dialogs = True
        task = runner.run("Writing the report", lambda progress=None, cancelled=None: release.wait(10))
        task.dialog.setValue(421)
        shown = task.dialog.findChild(QProgressBar).text()
        assert shown == percent_text(42, 0), shown
        assert not any("\u0660" <= ch <= "\u0669" for ch in shown)  # no Arabic-Indic digit
    finally:
        release.set()
        qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
        runner.shutdown()
        install_translations(qapp, "en")


def test_a_language_that_writes_the_sign_first_gets_its_figure_after_it(qapp):
    """Turkish (a catalogue-added language may be one) writes "%42": the format puts the figure
    where the language does, and Qt shows it so."""
    from capacity_app.domain.editorial import as_percent

    bar = QProgressBar()
    bar.setFormat(as_percent("%p", "tr"))
    bar.setValue(42)
    assert bar.text() == "%42"
