"""A warm worker process: spawned at an idle moment, it imports what its job needs (WeasyPrint,
matplotlib's Figure and SVG canvas, jinja2, the report modules) before anyone asks, then waits for
one job. The export the user starts then skips the interpreter start and about 1.5 s of imports.

The process runs at background priority (its imports never compete with the window), serves one
job with exactly the protocol of :func:`~capacity_app.services.workers.tasks.child_main` (so the GUI's
task code reads its messages as it reads a fresh worker's), and exits; the runner starts the next
one at the next idle moment. Nothing here knows about Qt."""
from __future__ import annotations

import time
from typing import Any

from ...processes import die_with_parent
from .tasks import child_main, lower_priority, resolve, worker_ref

# What each registered worker imports while it waits ("module:function" of a no-argument function).
PRELOAD: dict[str, str] = {
    "export_report_from_database": "capacity_app.reports.pdf:preload",
}


def warm_main(ref: str, preload_ref: str, jobs, messages, cancel_event) -> None:
    """Entry point of a warm worker: preload, say "ready", run one job (or exit on None). It ends
    with the window that started it, however the window ends (:mod:`capacity_app.processes`)."""
    die_with_parent()
    try:
        resolve(preload_ref)()
    except Exception:  # noqa: BLE001 - the job itself will report what is missing
        pass
    messages.put(("ready",))
    job = jobs.get()
    if job is None:
        return
    args, kwargs = job
    child_main(ref, args, kwargs, messages, cancel_event)


class WarmWorker:
    """One spawned, preloaded process waiting for one job of the worker ``name``."""

    def __init__(self, name: str, context: Any = None):
        import multiprocessing

        ctx = context or multiprocessing.get_context("spawn")
        self.name = name
        self.ref = worker_ref(name)
        self.jobs = ctx.Queue()
        self.messages = ctx.Queue()
        self.cancel_event = ctx.Event()
        self.proc = ctx.Process(target=warm_main, args=(self.ref, PRELOAD[name], self.jobs, self.messages,
                                                        self.cancel_event), daemon=True)
        self.proc.start()
        if self.proc.pid is not None:
            lower_priority(self.proc.pid)
        self.submitted = False

    def submit(self, args: tuple, kwargs: dict) -> None:
        """Hand the job over; from now on read :attr:`messages` (a leading ("ready",) may come)."""
        self.submitted = True
        self.jobs.put((args, kwargs))

    def wait_ready(self, timeout: float = 60.0) -> bool:
        """Block until the preload is done (benchmarks and tests; the GUI never waits)."""
        end = time.monotonic() + timeout
        import queue

        while time.monotonic() < end:
            try:
                msg = self.messages.get(timeout=0.1)
            except queue.Empty:
                if not self.proc.is_alive():
                    return False
                continue
            if msg == ("ready",):
                return True
        return False

    def close(self, timeout: float = 5.0) -> None:
        """Stop the worker: one never used (the window closing) holds nothing but its imports and is
        ended at once (waiting for it to finish a preload under way held the window's close for up to
        5 s); one whose job is done is joined as it exits."""
        if not self.submitted and self.proc.is_alive():
            self.proc.terminate()
        self.proc.join(timeout=timeout)
        if self.proc.is_alive():
            self.proc.terminate()
            self.proc.join(timeout=timeout)
        for q in (self.jobs, self.messages):
            q.close()


def preload_names() -> tuple[str, ...]:
    return tuple(PRELOAD)
