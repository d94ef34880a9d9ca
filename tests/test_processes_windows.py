"""Capacity_app.processes on Windows: the job object that ends the workers with the window.
The structure's layout and the decisions are checked on every system; the job itself on the Windows
CI runner (.github/workflows/tests.yml), where a worker that joined it must end when its parent is
killed with TerminateProcess, and one that did not must survive (so the job is what ended it)."""
from __future__ import annotations

import ctypes
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psutil
import pytest

from capacity_app import processes


def test_the_limit_structure_has_the_layout_of_winnt_h():
    info = processes.job_limit_structure()
    basic = info.BasicLimitInformation
    if ctypes.sizeof(ctypes.c_void_p) == 8:
        assert ctypes.sizeof(info) == 144
        assert (basic.offset, info.IoInfo.offset, info.ProcessMemoryLimit.offset) == (0, 64, 112)
        assert processes.job_limit_structure().BasicLimitInformation.size == 64
    else:
        assert ctypes.sizeof(info) == 112
    limits = info()
    limits.BasicLimitInformation.LimitFlags = processes.JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
    raw = bytes(limits)
    assert int.from_bytes(raw[16:20], "little") == 0x2000 and raw.count(0) == len(raw) - 1


def test_the_job_name_is_in_the_session_namespace_and_not_guessable():
    assert processes.job_name(4242, "0123abcd") == "Local\\capacity-app-workers-4242-0123abcd"


@pytest.mark.skipif(sys.platform == "win32", reason="elsewhere than Windows")
def test_no_job_elsewhere(monkeypatch):
    monkeypatch.setenv(processes.JOB_ENV, "Local\\capacity-app-workers-1-x")
    assert processes.bind_workers_to_this_process() is False
    assert processes._join_parent_job() is False
    assert os.environ[processes.JOB_ENV] == "Local\\capacity-app-workers-1-x"


MIDDLE = textwrap.dedent("""
    import subprocess, sys, time
    from capacity_app import processes

    if sys.argv[1] == "1":
        assert processes.bind_workers_to_this_process()
    child = subprocess.Popen([sys.executable, "-c",
        "import sys, time; from capacity_app import processes; "
        "print(processes._join_parent_job(), flush=True); time.sleep(120)"],
        stdout=sys.stdout)
    print(child.pid, flush=True)
    time.sleep(120)
""")


def _alive_after(pid: int, within: float) -> bool:
    end = time.monotonic() + within
    while time.monotonic() < end:
        if not psutil.pid_exists(pid):
            return False
        time.sleep(0.05)
    return psutil.pid_exists(pid)


@pytest.mark.skipif(sys.platform != "win32", reason="Windows job objects")
@pytest.mark.parametrize("bound", [True, False], ids=["in-the-job", "control-without-job"])
def test_a_worker_in_the_job_ends_when_its_parent_is_terminated(tmp_path, bound):
    script = tmp_path / "middle.py"
    script.write_text(MIDDLE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != processes.JOB_ENV}
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).resolve().parents[1]),
                                         env.get("PYTHONPATH", "")])
    middle = subprocess.Popen([sys.executable, str(script), "1" if bound else "0"], stdout=subprocess.PIPE,
                              stdin=subprocess.DEVNULL, text=True, env=env)
    worker = None
    try:
        lines = [middle.stdout.readline().strip(), middle.stdout.readline().strip()]
        worker = int(next(line for line in lines if line.isdigit()))
        assert ("True" in lines) is bound, lines  # joined only when the parent made a job
        middle.kill()  # TerminateProcess: nothing of the parent's own runs
        middle.wait(timeout=30)
        assert _alive_after(worker, within=5.0) is (not bound)
    finally:
        if middle.poll() is None:
            middle.kill()
        if worker is not None and psutil.pid_exists(worker):
            psutil.Process(worker).kill()
