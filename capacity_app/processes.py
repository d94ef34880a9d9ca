"""Worker processes end with the process that started them, however it ends.

The window starts worker processes (the warm report worker, an export's worker, aggregation's
pool). Quitting normally stops them; a crash, ``kill -9`` or the logout that ends the window in
some other way must not leave them behind (a preloaded report worker holds about 100 MB, and a
laptop on a mission runs for days). Each worker calls :func:`die_with_parent` first thing:

* Linux: the kernel sends SIGKILL to the worker when its parent ends (``prctl(PR_SET_PDEATHSIG)``),
  even while the worker is busy in C code; the signal is armed only from that call on, so a parent
  that died during the spawn is caught by comparing ``getppid()`` with the pid expected, or, for a
  worker forked by multiprocessing's fork server (exchange/outside/isolation.py: its parent is the server,
  which ends when the window does), by the parent's sentinel below;
* everywhere (the only means on macOS, and on Windows besides the job object planned in
  docs/packaging.md): a daemon thread waits on multiprocessing's parent sentinel (a pipe the parent
  holds open on POSIX, the parent's process handle on Windows) and ends the process when it fires.

The death signal follows the *thread* that started the worker, not the process: start workers
from a thread that lives at least as long as they do (the GUI thread, or the pool thread that waits
for its worker). multiprocessing's resource tracker needs nothing of its own: it exits when the last
process holding its pipe (the window and its workers) is gone.

A leaf module: standard library only, importable from every layer (``tests/test_layering.py``)."""
from __future__ import annotations

import os
import sys

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
_watched: set[int] = set()  # the parents this process already follows (a second call does nothing)


def _arm_death_signal() -> bool:
    """Linux: ask the kernel for SIGKILL when the parent (thread) ends. Whether it was armed."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def die_with_parent(parent: int | None = None) -> None:
    """End this process when its parent ends (see the module's docstring). ``parent``: the pid
    expected, by default the one multiprocessing recorded when it started this process; a process
    that multiprocessing did not start and is given no pid does nothing."""
    import multiprocessing

    sentinel_parent = multiprocessing.parent_process()
    if parent is None:
        if sentinel_parent is None or sentinel_parent.pid is None:
            return
        parent = sentinel_parent.pid
    if parent in _watched:
        return
    _watched.add(parent)
    _arm_death_signal()
    sentinel = sentinel_parent if sentinel_parent is not None and sentinel_parent.pid == parent else None
    if os.getppid() != parent and (sentinel is None or not sentinel.is_alive()):
        os._exit(1)  # the parent died before the signal was armed (a fork server's child: its sentinel says so)
    import threading

    def watch() -> None:
        if sentinel is not None:
            sentinel.join()  # returns when the parent's end of the pipe closes (it ended)
        else:  # no sentinel (a process of another kind): look at the parent's pid twice a second
            import time

            while os.getppid() == parent:
                time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
