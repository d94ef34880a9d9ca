"""The dialog the window's opening shows while it upgrades an earlier schema: it stays up to the
end (Escape and its close button hid it while the upgrade went on, and nothing showed again), and
Ctrl+C in the terminal ends the start once the upgrade is done."""
from __future__ import annotations

import os
import signal
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressDialog

from capacity_app.gui.window import app as gui_app


def _dialog() -> QProgressDialog:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible())


def test_escape_and_the_close_button_leave_the_dialog_up_until_the_work_ends(qapp):
    release, seen = threading.Event(), []

    def press():
        dialog = _dialog()
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        dialog.close()
        seen.append(dialog.isVisible())
        release.set()

    QTimer.singleShot(100, press)
    assert gui_app._while_saying("Upgrading the database", "Upgrading…", lambda: release.wait(10) and "opened") == "opened"
    assert seen == [True]


def test_ctrl_c_during_the_upgrade_ends_the_start_once_it_is_done(qapp):
    done = []

    def upgrade():
        threading.Event().wait(0.3)
        done.append(True)
        return "opened"

    before = signal.getsignal(signal.SIGINT)  # the default, or ignored in a test worker
    QTimer.singleShot(50, lambda: os.kill(os.getpid(), signal.SIGINT))
    with pytest.raises(KeyboardInterrupt):
        gui_app._while_saying("Upgrading the database", "Upgrading…", upgrade)
    assert done == [True]  # the upgrade ran to its end first
    assert signal.getsignal(signal.SIGINT) == before  # put back as it was
