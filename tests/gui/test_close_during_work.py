"""Closing the window while background work runs: the close handler says
"Stopping background work…" at once and returns to the event loop; the window closes by itself
once the cancelled work has stopped."""
from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer

from capacity_app.jobs import Cancelled


def test_close_during_work_returns_at_once_and_closes_when_stopped(window, qtbot):
    win = window
    stopping = threading.Event()
    started = threading.Event()

    def slow_export(progress=None, cancelled=None):
        started.set()
        while not cancelled():
            time.sleep(0.01)
        stopping.set()
        time.sleep(0.8)  # a worker cleaning up (removing a half-written file, a process ending)
        raise Cancelled()

    cancelled = []
    win.runner.run("Writing the report", slow_export, on_cancel=lambda: cancelled.append(True))
    assert started.wait(5)
    ticks = []
    timer = QTimer(win)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(50)

    t0 = time.monotonic()
    win.close()
    assert win.runner.busy  # the handler did not wait for the work (it goes on 0.8 s after the cancel)
    assert win.isVisible()
    assert win.statusBar().currentMessage() == "Stopping background work…"
    assert stopping.wait(2)  # the work was told to stop
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=5000)
    assert cancelled == [True]
    assert len([t for t in ticks if t > t0]) >= 5  # the event loop kept running meanwhile (~0.8 s)
    assert not win.runner.busy


def test_close_with_nothing_running_closes_at_once(window):
    window.close()
    assert not window.isVisible()
