"""Reading an untrusted file in a process that cannot take this one down.

A workbook from outside is read in a child process with an address-space limit (a parser that
asks for too much memory fails there, not here), a CPU-time limit and a wall-clock deadline
(the child is killed when it passes it). Whatever happens in the child — a refusal, an exception,
a crash, an abort, a kill — this process gets a result or an exception, never an end.

:func:`run_isolated` runs one call in a fresh child (the window's import and the command line's);
:func:`limit_this_process` sets the same limits on a worker of a pool (aggregation), which runs
many files one after the other (:func:`file_budget` gives each its own CPU time)."""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import Any

from ... import jobs
from ...collector import keep_freed_heap
from ...processes import die_with_parent

MB = 1024 * 1024
# What one workbook's reading may use: the reader's own limits keep a refused file far below
# these (tests/exchange/test_reader.py: 512 MB, 10 s); these catch what nothing else would.
MEMORY = 1024 * MB  # address space of the reading process, its interpreter included
CPU_SECONDS = 60
WALL_SECONDS = 180


class ChildFailed(Exception):
    """The reading process ended without an answer (killed, out of memory, over time)."""

    user_error = True

    def __init__(self, path: str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}" if path else reason)

    def __reduce__(self):
        return (ChildFailed, (self.path, self.reason))


def _address_space() -> int:
    """This process's mapped address space in bytes (Linux: VmSize), 0 where unknown."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def limit_this_process(memory: int | None = MEMORY, cpu_seconds: int | None = None) -> None:
    """Limit this process's address space to ``memory`` bytes and its CPU time to
    ``cpu_seconds`` more seconds (POSIX; elsewhere nothing is limited). A limit can only be
    lowered below the hard one."""
    try:
        import resource
    except ImportError:  # not POSIX
        return
    if memory:
        # a worker forked from a large process (the command line's pool forks) already maps its
        # parent's address space: the budget is on top of what it holds, or its first allocation
        # fails (every file then 'unreadable: MemoryError')
        memory = max(memory, _address_space() + memory // 2)
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        soft = memory if hard == resource.RLIM_INFINITY else min(memory, hard)
        try:
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
        except (ValueError, OSError):  # below what is mapped already: leave it
            pass
    if cpu_seconds:
        file_budget(cpu_seconds)


def file_budget(cpu_seconds: int = CPU_SECONDS) -> None:
    """Give this process ``cpu_seconds`` more seconds of CPU time from now (a pool worker calls
    this before each file): past them the kernel ends it (SIGXCPU, then SIGKILL)."""
    try:
        import resource
    except ImportError:
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = int(usage.ru_utime + usage.ru_stime) + 1
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = used + cpu_seconds
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    try:
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
    except (ValueError, OSError):
        pass


def _child(fn: Callable, args: tuple, kwargs: dict, conn, cancel, memory: int | None, cpu: int | None,
           job: bool, parent: int) -> None:
    """The child's entry point: it dies with its parent, its limits are set, then the call; one
    message back."""
    import pickle

    die_with_parent(parent)
    limit_this_process(memory, cpu)
    keep_freed_heap()  # a workbook's large buffers reused as they are freed
    conn.send(("started",))  # prepared and limited: a death from here on is the reading's

    def progress(fraction: float, message: str = "") -> None:
        conn.send(("progress", float(fraction), str(message or "")))

    try:
        if job:
            result = fn(*args, progress=progress, cancelled=cancel.is_set, **kwargs)
        else:
            result = fn(*args, **kwargs)
    except jobs.Cancelled:
        conn.send(("cancelled",))
    except MemoryError:
        conn.send(("failed", "reading it needs more memory than a workbook may take (refused)"))
    except Exception as exc:  # noqa: BLE001 - sent back whole when it pickles, as text otherwise
        try:
            conn.send(("error", pickle.loads(pickle.dumps(exc))))
        except Exception:  # noqa: BLE001
            conn.send(("failed", str(exc) or type(exc).__name__))
    else:
        conn.send(("done", result))
    conn.close()


# What the server process that forks the reading children imports once, when it starts (the
# reader, the importer, aggregation's extraction and what they use): a child forked from it starts
# reading at once instead of importing them again (about 0.12 s of processor time for each file).
# Last, exchange.outside.server reads what every child would read again (the catalogued languages'
# sentences: about 50 ms for each file).
PRELOAD = ["capacity_app.exchange.outside.isolation", "capacity_app.exchange.workbook.importer",
           "capacity_app.exchange.aggregate.extract", "capacity_app.exchange.workbook.package",
           "capacity_app.exchange.institutions.submissions", "capacity_app.exchange.outside.server"]


def reading_context():
    """multiprocessing's ``forkserver`` context where the system has it (Linux, macOS), with
    :data:`PRELOAD`; ``spawn`` elsewhere (Windows). The server is a fresh interpreter started (fork
    and exec) the first time a file is read; each reading child is forked from it, never from this
    process, so it inherits none of this process's threads, locks or open files. The server ends
    when this process does (its end of the server's pipe closes, even on a kill), and its children
    with it (:func:`processes.die_with_parent`). A child has the environment this process had when
    the server started: what it reads comes in its arguments and from the bundled files."""
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def run_isolated(fn: Callable, *args: Any, path: str = "", progress=None, cancelled=None, job: bool = True,
                 memory: int | None = MEMORY, cpu_seconds: int | None = CPU_SECONDS,
                 wall_seconds: float = WALL_SECONDS, **kwargs: Any) -> Any:
    """``fn(*args, progress=..., cancelled=..., **kwargs)`` (``job`` False: ``fn(*args, **kwargs)``)
    in a fresh child process (forked from a clean server process where there is one, spawned
    elsewhere: :func:`reading_context`; safe from a thread of the window either way); its result, or the
    exception it raised. ``fn`` is a module-level function; its arguments and result pickle. A
    child that dies, or outlives ``wall_seconds``, raises :class:`ChildFailed` naming ``path``; a
    cancel ends it; the child ends with this process, even when this one is killed."""
    ctx = reading_context()
    parent, child = ctx.Pipe(duplex=False)
    cancel = ctx.Event()
    proc = ctx.Process(target=_child, args=(fn, args, kwargs, child, cancel, memory, cpu_seconds, job,
                                            os.getpid()), name="capacity-app-reader", daemon=True)
    try:
        proc.start()
    except (BrokenPipeError, ConnectionResetError, EOFError):  # it ended while Python prepared it
        parent.close()
        child.close()
        raise ReaderCannotStart(path) from None
    child.close()
    deadline = time.monotonic() + wall_seconds
    message: tuple | None = None
    started = False
    try:
        while message is None:
            if cancelled is not None and cancelled():
                cancel.set()
            if time.monotonic() > deadline:
                raise ChildFailed(path, f"reading it took longer than {wall_seconds:.0f} s (refused)")
            try:
                ready = parent.poll(0.1)
            except (EOFError, OSError):
                ready = True
            if not ready:
                if not proc.is_alive() and not parent.poll(0.5):
                    raise _ended(path, proc.exitcode, started)
                continue
            try:
                got = parent.recv()
            except (EOFError, OSError):
                proc.join(5)
                raise _ended(path, proc.exitcode, started) from None
            if got[0] == "started":
                started = True
                continue
            if got[0] == "progress":
                jobs.report(progress, got[1], got[2])
                continue
            message = got
    finally:
        if proc.is_alive():
            proc.join(2 if message is not None else 0)
        if proc.is_alive():
            proc.kill()
            proc.join(5)
        parent.close()
    kind = message[0]
    if kind == "done":
        return message[1]
    if kind == "cancelled":
        raise jobs.Cancelled()
    if kind == "error":
        raise message[1]
    raise ChildFailed(path, message[1])


def call_after(init: Callable, init_args: tuple, fn: Callable, *args: Any) -> Any:
    """``init(*init_args)`` then ``fn(*args)``: a pool worker's call, made in a child of its own
    (its set-up first)."""
    init(*init_args)
    return fn(*args)


class _Launcher:
    """The multiprocessing context a :class:`Pool` starts its workers with (ProcessPoolExecutor's
    ``mp_context``, "used to launch the workers"): the context given, keeping each process it
    starts."""

    def __init__(self, ctx: Any) -> None:
        self._ctx = ctx
        self.processes: list = []

    def Process(self, *args: Any, **kwargs: Any) -> Any:  # a context calls it so
        p = self._ctx.Process(*args, **kwargs)
        self.processes.append(p)
        return p

    def __getattr__(self, name: str) -> Any:
        return getattr(self._ctx, name)


class Pool:
    """A process pool (``concurrent.futures.ProcessPoolExecutor``) of ``workers`` processes started
    with ``ctx``, each running ``initializer(*initargs)`` first, that can always be ended.

    When a worker dies, ProcessPoolExecutor marks the pool broken and terminates the workers it
    has registered. On Python 3.11, a worker still being started at that moment (the next one,
    started while the first reads its first file: starting a worker, spawned or forked from the
    fork server, waits until it has unpickled the questionnaire) is registered just after: it is
    never terminated, reads the files it is given, blocks sending a result nobody reads, and
    ``shutdown(wait=True)`` then waits for it for ever: the aggregation hung (Python 3.12 holds the
    pool's lock around both). :meth:`end_broken` kills every worker this pool's context started
    that still runs, then shuts the pool down. tests/exchange/test_isolation.py reproduces the
    hang (a file that ends the first worker at once) and fails after 60 s if a Python starts its
    workers some other way than through the context it is given."""

    def __init__(self, workers: int, initializer: Callable[..., None], initargs: tuple, ctx: Any) -> None:
        from concurrent.futures import ProcessPoolExecutor
        from multiprocessing.context import BaseContext
        from typing import cast

        self._launcher = _Launcher(ctx)
        self.size = workers
        self.executor = ProcessPoolExecutor(max_workers=workers, initializer=initializer, initargs=initargs,
                                            mp_context=cast(BaseContext, self._launcher))  # ctx, and what it starts

    def map(self, fn: Callable, items: list, chunksize: int):
        return self.executor.map(fn, items, chunksize=chunksize)

    def submit(self, fn: Callable, *args: Any):
        """``fn(*args)`` on a worker: a future (RuntimeError or BrokenProcessPool once shut down or
        broken). Give small arguments (a path, not the data): Python 3.11's pool, broken while its
        queue's sender is blocked on a large argument, waits for that sender for ever."""
        return self.executor.submit(fn, *args)

    def end_broken(self) -> None:
        """After ``BrokenProcessPool``: kill the workers still running, then shut the pool down."""
        for p in self._launcher.processes:
            if p.is_alive():
                p.kill()
        self.shutdown()

    def shutdown(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def pool_map(executor: Pool, fn: Callable, items: list, chunksize: int, *, workers: int,
             restart: Callable[[], Pool] | None = None, alone: Callable[[Any], Any],
             on_break: Callable[[str], None] | None = None):
    """``fn(item)`` for each item, in order, on ``executor`` (a :class:`Pool`). When the pool breaks
    (a worker killed: out of memory, over time, a crash in a library), the items it held are read
    again each alone (``alone(item)``, in a child of its own: a file that ends that one too is
    given as it says, never retried here), then a new pool (``restart()``) goes on with the rest.
    Nothing is ever read again in this process."""
    from concurrent.futures.process import BrokenProcessPool

    done = 0
    current = executor
    started: list[Pool] = []
    try:
        while done < len(items):
            try:
                for res in current.map(fn, items[done:], chunksize):
                    done += 1
                    yield res
                return
            except BrokenProcessPool:
                current.end_broken()
                if on_break is not None:
                    on_break("a worker process stopped (a file it was reading ended it); the files it "
                             "held were read again one by one, each in a process of its own")
                held = (workers + 1) * chunksize  # running, and queued behind them
                for item in items[done:done + held]:
                    done += 1
                    yield alone(item)
                if restart is None or done >= len(items):
                    for item in items[done:]:
                        done += 1
                        yield alone(item)
                    return
                current = restart()
                started.append(current)
    finally:
        for pool in started:
            pool.shutdown()


class ReaderCannotStart(ChildFailed):
    """No reading process could be started: it ended while Python prepared it, before reading
    anything (nothing was read; every later one would end the same way). A :class:`ChildFailed`,
    so that each caller says it as it says a refused file, with its reason; aggregation stops on
    it rather than refusing every file."""

    def __init__(self, path: str, reason: str | None = None):
        super().__init__("", reason if reason is not None else not_started_message())  # not the file's doing
        self.path = str(path)

    def __reduce__(self):
        return (ReaderCannotStart, (self.path, self.reason))


def not_started_message(main_module: Any = None) -> str:
    """Why no reading process started, with the rule a script that starts them breaks when the
    program is a Python script of its own (``main_module``: ``sys.modules["__main__"]``):
    Python prepares each reading process by importing that script again, so a script that reads
    or aggregates at its top level (not under ``if __name__ == "__main__":``) starts that work
    again inside each process it starts, which Python stops."""
    main = sys.modules.get("__main__") if main_module is None else main_module
    text = "a reading process ended while it was being started, before it read anything; nothing was read"
    script = getattr(main, "__file__", None)
    spec = getattr(main, "__spec__", None)
    if (isinstance(script, str) and script.endswith(".py") and not getattr(sys, "frozen", False)
            and not (spec is not None and str(spec.name).startswith("capacity_app"))):
        text += (f" (the script {os.path.basename(script)} starts this at its top level: call it under "
                 "if __name__ == \"__main__\":, as Python's multiprocessing requires)")
    return text


def _ended(path: str, code: int | None, started: bool) -> Exception:
    """What a reading process that ended without an answer raises here: before it said it had
    started, it could not start (:class:`ReaderCannotStart`); after, its file is refused."""
    if not started:
        return ReaderCannotStart(path)
    return ChildFailed(path, _death(code))


def _death(code: int | None) -> str:
    """Why a reading process ended without an answer, in words."""
    import signal

    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        if -code == signal.SIGXCPU or name == "SIGXCPU":
            return "reading it took more than its share of processor time (refused)"
        return f"reading it ended the reading process ({name}): the file is refused"
    return f"reading it ended the reading process (exit code {code}): the file is refused"


__all__ = ["CPU_SECONDS", "MEMORY", "PRELOAD", "WALL_SECONDS", "ChildFailed", "Pool", "call_after", "file_budget",
           "limit_this_process", "pool_map", "reading_context", "run_isolated"]
