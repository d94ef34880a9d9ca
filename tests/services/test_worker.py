"""Worker processes: the entry point runs the job without Qt, and yields the CPU to the window."""
import multiprocessing
import os
import subprocess
import sys

import pytest

from capacity_app.jobs import Cancelled
from capacity_app.services.workers.tasks import BACKGROUND_NICENESS, WORKERS, child_main, lower_priority, resolve


def _job(x, progress=None, cancelled=None):
    progress(0.5, "half")
    return x * 2


def test_child_main_reports_progress_and_result():
    ctx = multiprocessing.get_context("spawn")
    messages, cancel = ctx.Queue(), ctx.Event()
    p = ctx.Process(target=child_main, args=(f"{__name__}:_job", (21,), {}, messages, cancel))
    p.start()
    got = [messages.get(timeout=60), messages.get(timeout=60)]
    p.join(timeout=30)
    assert got == [("progress", 0.5, "half"), ("done", 42)]


def test_every_registered_worker_is_a_named_module_function():
    import inspect

    for name, ref in WORKERS.items():
        fn = resolve(ref)
        assert inspect.isfunction(fn), name
        params = inspect.signature(fn).parameters
        assert "progress" in params and "cancelled" in params, name
    with pytest.raises(ValueError):
        resolve("capacity_app.services.exchange:ExportData.__init__")  # no dotted look-ups


def _run_in_worker(ref, args, cancel_after=None):
    """Run ``ref`` through the worker entry point in a spawned process; set the cancel event at
    the first progress message at or past ``cancel_after``. Returns every message."""
    ctx = multiprocessing.get_context("spawn")
    messages, cancel = ctx.Queue(), ctx.Event()
    p = ctx.Process(target=child_main, args=(ref, args, {}, messages, cancel))
    p.start()
    got = []
    try:
        while True:
            msg = messages.get(timeout=120)
            got.append(msg)
            if msg[0] != "progress":
                break
            if cancel_after is not None and msg[1] >= cancel_after:
                cancel.set()
    finally:
        p.join(timeout=30)
    return got


def test_a_workbook_export_cancelled_in_the_worker_process_arrives_as_cancelled(tmp_path):
    """Cancelling while the export runs in a worker process: the child reports a cancel (one
    Cancelled type, nothing to translate on the way), and no file or partial file is left."""
    from capacity_app.services.assessments import open_store, questionnaire_for
    from capacity_app.services.demo import create_demo
    from capacity_app.services.exchange import build_export

    with open_store(tmp_path / "m.sqlite3") as store:
        a = create_demo(store)
        data = build_export(store, questionnaire_for(a), a.id, "en")
    out = tmp_path / "out" / "veloria.xlsx"
    out.parent.mkdir()
    got = _run_in_worker(WORKERS["write_workbook"], (data, str(out)), cancel_after=0.1)
    assert got[-1] == ("cancelled",), got[-1]
    assert [m[1] for m in got[:-1]][:2] == [0.0, 0.1]
    assert list(out.parent.iterdir()) == []  # no workbook, no temporary .part file
    # not cancelled, the same worker writes the file
    got = _run_in_worker(WORKERS["write_workbook"], (data, str(out)))
    assert got[-1][0] == "done" and out.is_file()


def test_cancelled_is_the_one_cancel_type():
    from capacity_app.exchange.workbook import export
    from capacity_app.reports import pdf
    from capacity_app.services import exchange

    for module in (export, pdf, exchange):
        assert getattr(module, "Cancelled", Cancelled) is Cancelled
        assert not hasattr(module, "RenderCancelled") and not hasattr(module, "_shared_cancel")
    assert exchange.write_workbook is export.write_workbook  # no wrapper between the worker and the job


def test_worker_entry_does_not_import_qt():
    code = ("import sys, capacity_app.services.workers.tasks as t; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=60)
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

    from capacity_app.services.workers.tasks import lower_this_thread

    own = os.getpriority(os.PRIO_PROCESS, os.getpid())
    seen = {}

    def worker():
        lower_this_thread()
        child = subprocess.run([sys.executable, "-c", "import os; print(os.nice(0))"],
                               check=True, capture_output=True, text=True, timeout=60)
        seen["child"] = int(child.stdout)

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert seen["child"] == min(19, own + BACKGROUND_NICENESS)
    assert os.getpriority(os.PRIO_PROCESS, os.getpid()) == own  # the main thread is untouched
    lower_this_thread()  # on the main thread: nothing happens
    assert os.getpriority(os.PRIO_PROCESS, os.getpid()) == own
