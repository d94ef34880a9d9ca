"""Worker processes: the entry point runs the job without Qt, and yields the CPU to the window."""
import multiprocessing
import os
import subprocess
import sys

import pytest

from capacity_app.services.tasks import BACKGROUND_NICENESS, child_main, lower_priority


def _job(x, progress=None, cancelled=None):
    progress(0.5, "half")
    return x * 2


def test_child_main_reports_progress_and_result():
    ctx = multiprocessing.get_context("spawn")
    messages, cancel = ctx.Queue(), ctx.Event()
    p = ctx.Process(target=child_main, args=((__name__, "_job"), (21,), {}, messages, cancel))
    p.start()
    got = [messages.get(timeout=60), messages.get(timeout=60)]
    p.join(timeout=30)
    assert got == [("progress", 0.5, "half"), ("done", 42)]


def test_worker_entry_does_not_import_qt():
    code = ("import sys, capacity_app.services.tasks as t; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="POSIX scheduling only")
def test_lower_priority_renices_the_worker():
    p = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        lower_priority(p.pid)
        own = os.getpriority(os.PRIO_PROCESS, os.getpid())
        assert os.getpriority(os.PRIO_PROCESS, p.pid) == min(19, own + BACKGROUND_NICENESS)
        lower_priority(p.pid)  # idempotent
        assert os.getpriority(os.PRIO_PROCESS, p.pid) == min(19, own + BACKGROUND_NICENESS)
    finally:
        p.kill()
        p.wait()
    lower_priority(p.pid)  # a finished process: no error


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice values are Linux's")
def test_a_process_started_from_a_lowered_thread_starts_low():
    import threading

    from capacity_app.services.tasks import lower_this_thread

    own = os.getpriority(os.PRIO_PROCESS, os.getpid())
    seen = {}

    def worker():
        lower_this_thread()
        child = subprocess.run([sys.executable, "-c", "import os; print(os.nice(0))"],
                               capture_output=True, text=True, timeout=60)
        seen["child"] = int(child.stdout)

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert seen["child"] == min(19, own + BACKGROUND_NICENESS)
    assert os.getpriority(os.PRIO_PROCESS, os.getpid()) == own  # the main thread is untouched
    lower_this_thread()  # on the main thread: nothing happens
    assert os.getpriority(os.PRIO_PROCESS, os.getpid()) == own
