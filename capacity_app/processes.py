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
* Windows: the window (every ``capacity-app`` process: :func:`bind_workers_to_this_process`, called by
  capacity_app.launch) creates a named *job object* with ``JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE``,
  keeps the only lasting handle to it, and names it in the environment its workers inherit; each
  worker puts itself in that job (:func:`_join_parent_job`). When the window ends, however it
  ends, the system closes its handle and ends every process in the job, even one busy in C code.
  The window itself stays out of the job, so a PDF viewer or spreadsheet it opens outlives it;
* everywhere (the only means on macOS): a daemon thread waits on multiprocessing's parent
  sentinel (a pipe the parent holds open on POSIX, the parent's process handle on Windows) and
  ends the process when it fires.

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
    _join_parent_job()
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


# --- Windows: the job object that ends the workers with the window --------------------

JOB_ENV = "CAPACITY_APP_WORKER_JOB"  # the job's name, inherited by the workers
JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE = 0x2000
JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS = 9  # JobObjectExtendedLimitInformation
JOB_OBJECT_ASSIGN_PROCESS = 0x0001
_job_handle: int | None = None  # kept open for the life of the process: closing it ends the workers


def job_limit_structure():
    """The ``JOBOBJECT_EXTENDED_LIMIT_INFORMATION`` structure of <winnt.h> as a ctypes type (144
    bytes on 64-bit Windows, 112 on 32-bit; built from fixed-size types, so its layout is checked
    on every system)."""
    import ctypes

    class BasicLimits(ctypes.Structure):
        _fields_ = [("PerProcessUserTimeLimit", ctypes.c_int64), ("PerJobUserTimeLimit", ctypes.c_int64),
                    ("LimitFlags", ctypes.c_uint32), ("MinimumWorkingSetSize", ctypes.c_size_t),
                    ("MaximumWorkingSetSize", ctypes.c_size_t), ("ActiveProcessLimit", ctypes.c_uint32),
                    ("Affinity", ctypes.c_size_t), ("PriorityClass", ctypes.c_uint32),
                    ("SchedulingClass", ctypes.c_uint32)]

    class IoCounters(ctypes.Structure):
        _fields_ = [(name, ctypes.c_uint64) for name in (
            "ReadOperationCount", "WriteOperationCount", "OtherOperationCount",
            "ReadTransferCount", "WriteTransferCount", "OtherTransferCount")]

    class ExtendedLimits(ctypes.Structure):
        _fields_ = [("BasicLimitInformation", BasicLimits), ("IoInfo", IoCounters),
                    ("ProcessMemoryLimit", ctypes.c_size_t), ("JobMemoryLimit", ctypes.c_size_t),
                    ("PeakProcessMemoryUsed", ctypes.c_size_t), ("PeakJobMemoryUsed", ctypes.c_size_t)]

    return ExtendedLimits


def job_name(pid: int, token: str) -> str:
    """The job's name in the session's namespace: the window's pid and a random token (a pid is
    reused; a name another program chose cannot be)."""
    return f"Local\\capacity-app-workers-{pid}-{token}"


def _kernel32():  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.CreateJobObjectW.restype = ctypes.c_void_p
    kernel32.CreateJobObjectW.argtypes = (ctypes.c_void_p, ctypes.c_wchar_p)
    kernel32.OpenJobObjectW.restype = ctypes.c_void_p
    kernel32.OpenJobObjectW.argtypes = (ctypes.c_uint32, ctypes.c_int, ctypes.c_wchar_p)
    kernel32.SetInformationJobObject.argtypes = (ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_uint32)
    kernel32.AssignProcessToJobObject.argtypes = (ctypes.c_void_p, ctypes.c_void_p)
    kernel32.GetCurrentProcess.restype = ctypes.c_void_p
    kernel32.CloseHandle.argtypes = (ctypes.c_void_p,)
    return kernel32


def bind_workers_to_this_process() -> bool:
    """Windows: create the job the workers of this process will join (see the module's docstring)
    and name it in ``os.environ`` for them; whether it was made (False elsewhere, or when the
    system refused: the parent's sentinel still ends the workers)."""
    global _job_handle
    if sys.platform != "win32":
        return False
    if _job_handle is not None:
        return True
    import ctypes
    import secrets

    kernel32 = _kernel32()
    name = job_name(os.getpid(), secrets.token_hex(8))
    handle = kernel32.CreateJobObjectW(None, name)
    if not handle:
        return False
    info = job_limit_structure()()
    info.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
    if not kernel32.SetInformationJobObject(handle, JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS,
                                            ctypes.byref(info), ctypes.sizeof(info)):
        kernel32.CloseHandle(handle)
        return False
    _job_handle = handle
    os.environ[JOB_ENV] = name
    return True


def _join_parent_job() -> bool:
    """Windows: put this worker in the job its parent named (:data:`JOB_ENV`), then close this
    process's own handle to it, so that the parent's is the last. Whether it joined."""
    name = os.environ.get(JOB_ENV)
    if sys.platform != "win32" or not name or _job_handle is not None:
        return False  # not a worker of a bound process (or the process that made the job)
    kernel32 = _kernel32()
    handle = kernel32.OpenJobObjectW(JOB_OBJECT_ASSIGN_PROCESS, 0, name)
    if not handle:
        return False  # gone: the parent has ended, which the checks that follow see
    try:
        return bool(kernel32.AssignProcessToJobObject(handle, kernel32.GetCurrentProcess()))
    finally:
        kernel32.CloseHandle(handle)
