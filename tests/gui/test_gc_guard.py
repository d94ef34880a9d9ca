"""Why the window collects cyclic garbage on the GUI thread only (gui/window/gc_guard.py,
docs/architecture.md "Threads, processes and the collector"): Python's collector runs on whichever
thread allocates when a threshold is crossed, and so finalises Qt objects the window made on a
worker thread (the derivation's, a task's): off their thread PySide6 once segfaulted in
``session.derive``. That segfault depends on a race and did not come back in repeated attempts here;
what it needs is reproduced exactly: a Qt object finalised on a worker thread."""
from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, Signal


class _Watched(QObject):
    """A Qt object in a reference cycle, as a task and the closures on its signals were."""

    ping = Signal()

    def __init__(self, finalised: list[str]):
        super().__init__()
        self.finalised = finalised
        self.me = self  # the cycle only the collector breaks

    def __del__(self):
        self.finalised.append(threading.current_thread().name)


def _garbage(finalised: list[str], n: int = 20) -> None:
    for _ in range(n):
        _Watched(finalised)


def _allocate_on_a_worker(enable_python_collector: bool) -> None:
    def work():
        if enable_python_collector:
            gc.enable()  # as Python runs outside the window: a threshold crossed here collects here
        junk = [[] for _ in range(20_000)]  # allocations a worker makes (a derivation, a job)
        del junk

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()


def test_python_s_collector_finalises_qt_objects_on_a_worker_thread(qapp):
    collector = _pause_gui_collector(qapp)
    finalised: list[str] = []
    try:
        gc.collect()
        _garbage(finalised)
        assert finalised == []  # cycles: reference counting frees none of them
        _allocate_on_a_worker(enable_python_collector=True)
        assert finalised and set(finalised) == {"worker"}, finalised
    finally:
        gc.disable()
        gc.collect()
        collector._timer.start()


def test_the_gui_collector_finalises_them_on_the_gui_thread(qapp, qtbot):
    from capacity_app.gui.window.gc_guard import installed

    collector = installed(qapp)
    assert collector is not None and not gc.isenabled()  # tests/gui/conftest.py: as in the window
    finalised: list[str] = []
    gc.collect()
    _garbage(finalised)
    _allocate_on_a_worker(enable_python_collector=False)
    assert finalised == []  # the worker's allocations collected nothing
    threshold = collector.threshold
    collector.threshold = (1, *threshold[1:])  # the timer's next look collects the young generation
    try:
        qtbot.waitUntil(lambda: len(finalised) == 20, timeout=5000)
    finally:
        collector.threshold = threshold
    assert set(finalised) == {threading.main_thread().name}


def _pause_gui_collector(qapp):
    from capacity_app.gui.window.gc_guard import installed

    collector = installed(qapp)
    assert collector is not None
    collector._timer.stop()
    return collector
