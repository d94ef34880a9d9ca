"""capacity_app.processes: a worker ends with the process that started it, however that one ends
. A middle process plays the window: it spawns a worker, prints the worker's pid, and is
killed with SIGKILL (no clean-up of its own can run)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import psutil
import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")

MIDDLE = textwrap.dedent("""
    import multiprocessing, sys, time
    from capacity_app import processes

    def worker(linux_signal, armed):
        if not linux_signal:  # as on macOS: the parent's sentinel alone
            processes._arm_death_signal = lambda: False
        processes.die_with_parent()
        armed.set()
        time.sleep(120)

    if __name__ == "__main__":
        ctx = multiprocessing.get_context(sys.argv[2])
        armed = ctx.Event()
        p = ctx.Process(target=worker, args=(sys.argv[1] == "1", armed), daemon=True)
        p.start()
        if not armed.wait(60):
            sys.exit("the worker never armed its watch")
        print(p.pid, flush=True)  # once the worker watches this process
        time.sleep(120)
""")


def _gone(pid: int, within: float = 5.0) -> bool:
    end = time.monotonic() + within
    while time.monotonic() < end:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                return True
        except psutil.NoSuchProcess:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("method", ["spawn", "forkserver"])
@pytest.mark.parametrize("linux_signal", [True, False], ids=["death-signal", "sentinel-only"])
def test_a_worker_ends_when_its_parent_is_killed(tmp_path, linux_signal, method):
    """Spawned (the window's workers) or forked by multiprocessing's fork server (the reading
    children, exchange/outside/isolation.py): the worker's parent is then the server, and the worker and
    the server both end with the window."""
    script = tmp_path / "middle.py"
    script.write_text(MIDDLE, encoding="utf-8")
    middle = subprocess.Popen([sys.executable, str(script), "1" if linux_signal else "0", method],
                              stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    worker = parent = None
    try:
        worker = int(middle.stdout.readline())
        assert not _gone(worker, within=0.2)
        parent = psutil.Process(worker).ppid()
        assert (parent == middle.pid) == (method == "spawn")  # the fork server's child otherwise
        middle.send_signal(signal.SIGKILL)
        middle.wait(timeout=30)
        assert _gone(worker), "the worker outlived its parent"
        assert _gone(parent), "the fork server outlived the process that started it"
    finally:
        if middle.poll() is None:
            middle.kill()
            middle.wait(timeout=30)
        for left in (worker, parent):  # a worker or a fork server the test saw outlive the window
            if left is not None and left != middle.pid and not _gone(left, within=0):
                os.kill(left, signal.SIGKILL)


def test_a_worker_whose_parent_died_during_the_spawn_exits_at_once():
    """The parent the worker expects is not its parent any more (it died before the death signal
    was armed, and the worker was handed to another process): the worker exits."""
    code = ("import os, sys; from capacity_app import processes; "
            "processes.die_with_parent(os.getppid() + 1 if os.getppid() != 1 else 2); print('survived')")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 1 and "survived" not in r.stdout


def test_a_process_multiprocessing_did_not_start_is_left_alone():
    r = subprocess.run([sys.executable, "-c", "from capacity_app import processes; processes.die_with_parent();"
                        "import threading; print(threading.active_count())"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.strip() == "1", r.stderr
