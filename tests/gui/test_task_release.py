"""Qt wrappers of the task runner are finalised on the GUI thread, never on a pool thread (a
collection on a worker thread once crashed PySide6 in ``session.derive``)."""
from __future__ import annotations

import gc
import threading

from capacity_app.gui import tasks as tasks_mod
from capacity_app.gui.tasks import TaskRunner


def test_ended_tasks_are_released_on_the_gui_thread(qapp, qtbot, monkeypatch):
    finalised: list[str] = []

    class Recorded(tasks_mod.Task):
        def __del__(self):
            finalised.append(threading.current_thread().name)

    monkeypatch.setattr(tasks_mod, "Task", Recorded)
    runner = TaskRunner(None, max_threads=1, spawns=False)
    results: list = []

    def collect_here(*, progress, cancelled):
        gc.collect()  # a collection that happens to run on the pool thread
        return threading.current_thread().name

    try:
        for _ in range(6):
            runner.run("job", collect_here, quiet=True, on_done=results.append)
            qtbot.waitUntil(lambda: not runner.busy and not runner.tasks, timeout=30_000)  # generous: a loaded 2-core machine
        qtbot.waitUntil(lambda: len(finalised) == 6, timeout=30_000)  # generous: a loaded 2-core machine
    finally:
        runner.shutdown()
    gui = threading.current_thread().name
    assert len(results) == 6 and all(name != gui for name in results)  # the jobs did run on the pool
    assert finalised == [gui] * 6, finalised


def test_the_runner_holds_no_ended_task_once_idle(qapp, qtbot):
    runner = TaskRunner(None, max_threads=2, spawns=False)
    for i in range(20):
        runner.run("job", lambda i=i, **_: i, quiet=True)
    qtbot.waitUntil(lambda: not runner.busy and not runner.tasks and not runner._retired, timeout=30_000)  # generous: a loaded 2-core machine
    runner.shutdown()
