"""Worker processes: the named worker functions, the child's entry point, and CPU priority.

The job model itself (``Progress``, ``Cancelled``, ``report``, ``check``, ``scaled``) lives in the
leaf module :mod:`capacity_app.jobs`. This module holds what only worker processes need: the
registry of functions a worker process may run (:data:`WORKERS`, each named explicitly as
``"module:function"``: never found by introspection, so a decorated function cannot be swapped for
its undecorated original), the child's entry point :func:`child_main`, and the priority helpers
that let the window keep the CPU. Nothing here knows about Qt."""
from __future__ import annotations

import os

from ...jobs import Cancelled
from ...processes import die_with_parent

# The functions the GUI runs in a worker process, by name. Each is a module-level function
# ``fn(*args, progress=None, cancelled=None, **kwargs)`` whose arguments and result pickle.
WORKERS: dict[str, str] = {
    "write_workbook": "capacity_app.services.exchange:write_workbook",
    "export_report_from_database": "capacity_app.services.reports:export_report_from_database",
    "export_report_docx_from_database": "capacity_app.services.reports:export_report_docx_from_database",
}


def worker_ref(name: str) -> str:
    """The ``"module:function"`` reference of the registered worker ``name``."""
    try:
        return WORKERS[name]
    except KeyError:
        raise KeyError(f"no worker function named {name!r} (see services.workers.tasks.WORKERS)") from None


def resolve(ref: str):
    """The function a ``"module:function"`` reference names: one module-level attribute, looked
    up as written (no dotted paths, no unwrapping)."""
    import importlib

    module, _, name = ref.partition(":")
    if not module or not name or "." in name:
        raise ValueError(f"a worker is named 'package.module:function', not {ref!r}")
    return getattr(importlib.import_module(module), name)


BACKGROUND_NICENESS = 10  # a worker process yields the CPU to the window (POSIX scheduling)


def _background_level() -> int:
    return min(19, os.getpriority(os.PRIO_PROCESS, os.getpid()) + BACKGROUND_NICENESS)


def lower_priority(pid: int) -> None:
    """Make process ``pid`` (a worker) yield the CPU to the interactive one when both want it."""
    if not hasattr(os, "setpriority"):  # POSIX only
        return
    try:
        target = _background_level()
        if os.getpriority(os.PRIO_PROCESS, pid) < target:
            os.setpriority(os.PRIO_PROCESS, pid, target)
    except OSError:  # the process is gone already, or not ours
        pass


def lower_this_thread() -> None:
    """Lower the priority of the calling (worker) thread. On Linux a thread has its own nice value
    and a process started from it inherits it, so a worker process runs at the lower priority from
    its first instruction, interpreter start-up included. Elsewhere this does nothing."""
    import threading

    if not hasattr(os, "setpriority") or threading.current_thread() is threading.main_thread():
        return
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), _background_level())
    except OSError:  # not Linux: thread ids are not scheduling ids there
        pass


def child_main(ref: str, args, kwargs, messages, cancel_event) -> None:
    """Entry point of a spawned worker process: run the function ``ref`` names
    (``"module:function"``, see :data:`WORKERS`) with the job model and report through
    ``messages``: ("progress", fraction, message) then one of ("done", result), ("cancelled",),
    ("error", message, traceback). Lives here, not in the GUI package, so that the worker does
    not import Qt. The worker ends with the process that started it (:mod:`capacity_app.processes`)."""
    die_with_parent()
    import pickle
    import traceback

    def progress(fraction, message=""):
        messages.put(("progress", float(fraction), str(message or "")))

    try:
        fn = resolve(ref)
        result = fn(*args, progress=progress, cancelled=cancel_event.is_set, **kwargs)
    except Cancelled:
        messages.put(("cancelled",))
    except Exception as exc:  # noqa: BLE001 - sent to the window as one line plus details
        message = str(exc) or repr(exc)
        messages.put(("error", message, traceback.format_exc()))
    else:
        try:
            pickle.dumps(result)
        except Exception:  # noqa: BLE001 - an unpicklable result is reported as None
            result = None
        messages.put(("done", result))
