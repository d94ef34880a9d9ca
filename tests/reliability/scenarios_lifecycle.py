"""Reliability scenario of the window ended from outside (a logout's SIGTERM, a hung-up
session's SIGHUP, a crash's SIGKILL) leaves none of the processes it started behind: the warm
report worker it spawns at an idle moment and the resource tracker multiprocessing starts beside it.
Plain functions returning the dict shape of scenarios.py (``result``)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from scenarios import child_env, result, skipped

GONE_WITHIN_S = 5.0  # "a few seconds later"
CLOSE_WITHIN_S = 30.0  # a SIGTERM or SIGHUP: the window closes (and its process ends) within this
WARM_TIMEOUT_S = 180.0


def is_warm_worker(p) -> bool:
    """A process multiprocessing spawned (the warm report worker; not the resource tracker)."""
    import psutil

    try:
        return "--multiprocessing-fork" in p.cmdline()
    except psutil.Error:
        return False


def wait_for_warm_worker(window, timeout: float = WARM_TIMEOUT_S) -> list:
    """Every process under ``window`` (a psutil.Process) once its warm report worker is up and
    idle (preloaded, waiting for a job): the worker and the resource tracker."""
    import psutil

    end = time.monotonic() + timeout
    idle_since = None
    while time.monotonic() < end:
        if not window.is_running() or window.status() == psutil.STATUS_ZOMBIE:
            raise AssertionError("the window ended while waiting for its warm worker")
        children = window.children(recursive=True)
        workers = [p for p in children if is_warm_worker(p)]
        if workers:
            try:
                idle = all(w.status() == psutil.STATUS_SLEEPING for w in workers)
            except psutil.Error:
                idle = False
            idle_since = (idle_since or time.monotonic()) if idle else None
            if idle_since is not None and time.monotonic() - idle_since > 1.0:
                return children
        time.sleep(0.2)
    raise AssertionError(f"no warm worker came up under the window within {timeout:.0f} s")


def alive(processes) -> list[str]:
    """``processes`` still running (not zombies), one line each."""
    import psutil

    left = []
    for p in processes:
        try:
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                left.append(f"{p.pid} {' '.join(p.cmdline())[:160]}")
        except psutil.NoSuchProcess:
            pass
    return left


def none_alive_soon(processes, within: float = GONE_WITHIN_S) -> list[str]:
    """Wait up to ``within`` seconds for ``processes`` to end; those still alive then."""
    end = time.monotonic() + within
    while (left := alive(processes)) and time.monotonic() < end:
        time.sleep(0.1)
    return left


def started_in(folder: Path) -> list:
    """Live processes whose working folder is ``folder``: every process a window started there
    inherits it, so one spawned a moment before the signal is found too."""
    import psutil

    found = []
    for p in psutil.process_iter():
        try:
            if p.pid != os.getpid() and Path(p.cwd()) == folder and p.status() != psutil.STATUS_ZOMBIE:
                found.append(p)
        except (psutil.Error, OSError):
            continue
    return found


def kill_all(processes) -> None:
    """SIGKILL each process still alive (a failed run leaves nothing behind)."""
    import psutil

    for p in processes:
        try:
            p.kill()
        except psutil.Error:
            pass


def start_window(folder: Path) -> subprocess.Popen:
    """The real window (``capacity-app gui``) offscreen, started in ``folder`` (created) with its
    own settings and data there; its error output goes to ``folder/stderr.txt``."""
    home = folder / "home"
    home.mkdir(parents=True, exist_ok=True)
    env = dict(child_env(), QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               CAPACITY_APP_DATA=str(folder / "data"))
    env.pop("CAPACITY_APP_DB", None)
    with open(folder / "stderr.txt", "w") as err:  # a file: a pipe would stay open in any leftover
        return subprocess.Popen([sys.executable, "-m", "capacity_app", "--db", str(folder / "a.sqlite3"), "gui"],
                                env=env, cwd=folder, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=err)


# (signal, moment): "idle" once the warm worker waits for a job, else a random moment from the
# start to a little after the worker's spawn (8 s after the start: gui/tasks.TaskRunner.WARM_AFTER_MS)
FAST_ROUNDS = [("SIGTERM", "idle"), ("SIGKILL", "idle")]
LONG_ROUNDS = [(s, m) for m in ("idle", "early") for s in ("SIGTERM", "SIGHUP", "SIGKILL")] * 4


def scenario_window_ends(workdir: Path, rounds: list[tuple[str, str]], seed: int = 34,
                         start: Callable[[Path], subprocess.Popen] = start_window) -> dict:
    """The real window (offscreen) ended from outside, two at a time: SIGTERM (a logout), SIGHUP (a
    hung-up session) or SIGKILL (a crash), once its warm report worker is up and idle, or at a random
    moment from its start to just after the worker's spawn. A SIGTERM or SIGHUP must close the
    window as the officer's close does (exit status 0, no traceback, within 30 s); whatever the
    signal, 5 s after the window's end no process it started may be alive (the worker, the
    resource tracker, anything found with the window's working folder)."""
    # start(folder): starts one window there (tests/bundle passes one that runs the bundle)
    import random

    import psutil

    if os.name != "posix":
        return skipped("POSIX signals")
    rng = random.Random(seed)
    workdir = Path(workdir).resolve()
    problems: list[str] = []
    leftovers = unclean = with_worker = 0
    closes: list[float] = []
    for pair in range(0, len(rounds), 2):
        batch = list(enumerate(rounds[pair:pair + 2], pair))
        windows = {i: (start(workdir / f"w{i:03d}"), sig, moment, time.monotonic()) for i, (sig, moment) in batch}
        seen: dict[int, list] = {i: [] for i in windows}
        try:
            for i, (proc, sig, moment, started) in windows.items():
                if moment == "idle":
                    seen[i] = wait_for_warm_worker(psutil.Process(proc.pid))
                else:
                    time.sleep(max(0.0, started + rng.uniform(0.2, 10.0) - time.monotonic()))
                    seen[i] = psutil.Process(proc.pid).children(recursive=True)
                with_worker += any(is_warm_worker(p) for p in seen[i])
                t0 = time.monotonic()
                proc.send_signal(getattr(signal, sig))
                try:
                    code = proc.wait(timeout=CLOSE_WITHIN_S)
                except subprocess.TimeoutExpired:
                    code = None
                folder = workdir / f"w{i:03d}"
                err = (folder / "stderr.txt").read_text(errors="replace")
                if sig == "SIGKILL":
                    ok_exit = code == -signal.SIGKILL
                else:
                    ok_exit = code == 0 and "Traceback" not in err
                    if code is not None:
                        closes.append(time.monotonic() - t0)
                if not ok_exit:
                    unclean += 1
                    problems.append(f"window {i} ({sig}, {moment}): exit {code}; {err.strip()[-300:]}")
                left = none_alive_soon(seen[i] + started_in(folder))
                if left:
                    leftovers += len(left)
                    problems.append(f"window {i} ({sig}, {moment}): alive {GONE_WITHIN_S:.0f} s later: "
                                    + "; ".join(left))
        finally:
            for i, (proc, *_rest) in windows.items():
                if proc.poll() is None:
                    proc.kill()
                    proc.wait(timeout=30)
                kill_all(seen[i] + started_in(workdir / f"w{i:03d}"))
    kinds = ", ".join(f"{n} {s}" for s, n in sorted(
        {s: sum(1 for x, _ in rounds if x == s) for s, _ in rounds}.items()))
    summary = (f"{len(rounds)} windows ended from outside ({kinds}; {with_worker} with their warm worker "
               f"up): {leftovers} processes alive {GONE_WITHIN_S:.0f} s after the window's end, {unclean} "
               f"unclean ends; SIGTERM/SIGHUP closed the window in at most "
               f"{max(closes, default=0):.1f} s")
    return result(not problems, summary, problems, leftovers=leftovers, unclean=unclean,
                  windows=len(rounds), with_worker=with_worker)


def lifecycle_plan(n: dict) -> list[tuple[str, str, str, object]]:
    """(name, promise, title, call) rows for tools/reliability_report.py: plan()."""
    from scenarios import LONG

    rounds = LONG_ROUNDS if n == LONG else FAST_ROUNDS
    return [
        ("window_ends", "7", "the window ended by SIGTERM, SIGHUP or kill -9: no process left behind",
         lambda d: scenario_window_ends(d, rounds)),
    ]
