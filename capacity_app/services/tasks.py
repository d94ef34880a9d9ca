"""The long-work contract shared by the CLI and the GUI's task runner.

A long job is a plain function ``fn(..., progress=None, cancelled=None)``: ``progress(fraction,
message)`` reports 0..1, ``cancelled()`` says whether to stop. On cancel the function removes any
partial output and raises :class:`Cancelled`. Nothing here knows about Qt."""
from __future__ import annotations

import os
from typing import Callable, Optional

Progress = Optional[Callable[[float, str], None]]
CancelCheck = Optional[Callable[[], bool]]


class Cancelled(Exception):
    """The user cancelled a long job; nothing was written."""

    user_error = True

    def __init__(self, message: str = "cancelled"):
        super().__init__(message)


def report(progress: Progress, fraction: float, message: str = "") -> None:
    if progress is not None:
        progress(max(0.0, min(1.0, fraction)), message)


def check(cancelled: CancelCheck) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()


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


def child_main(fn_ref, args, kwargs, messages, cancel_event) -> None:
    """Entry point of a spawned worker process: run ``module.qualname(*args, **kwargs)`` with the
    long-work contract and report through ``messages``: ("progress", fraction, message) then one
    of ("done", result), ("cancelled",), ("error", message, traceback). Lives here, not in the GUI
    package, so that the worker does not import Qt."""
    import importlib
    import pickle
    import traceback

    module, name = fn_ref
    fn = importlib.import_module(module)
    for part in name.split("."):
        fn = getattr(fn, part)

    def progress(fraction, message=""):
        messages.put(("progress", float(fraction), str(message or "")))

    try:
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
