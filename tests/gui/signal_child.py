"""The real window in its own process, for tests/gui/test_window_signals.py: types into a free-text
field (not yet saved: the field saves 0.7 s after typing stops) and then receives SIGTERM, as at a
logout.

    python signal_child.py DATABASE ASSESSMENT_ID TEXT

Prints ``TYPED <stored value as JSON>`` before the signal; the window then closes as the officer's
own close would and the process exits through capacity_app.launch (its real way out)."""
from __future__ import annotations

import json
import os
import signal
import sys

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from capacity_app import launch
from capacity_app.gui.window.app import make_app
from capacity_app.gui.window.main_window import MainWindow

KEY = "s0_lead_institution"


def main(db: str, aid: int, text: str) -> None:
    app = make_app()

    def type_then_signal() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(50, type_then_signal)
            return
        win = windows[0]
        assert win.open_assessment(aid)
        assert win.view.go_to_key(KEY)
        win.view.page.ensure_built()
        edit = win.view.page.widgets[KEY].row.editor.edit
        edit.setFocus()
        QTest.keyClicks(edit, text)
        before = win.store.answer(aid, KEY)
        print("TYPED", json.dumps(before.value if before is not None else None), flush=True)
        os.kill(os.getpid(), signal.SIGTERM)

    QTimer.singleShot(0, type_then_signal)
    del app
    launch.main(["--db", db, "gui"])


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
