"""The processes that read workbooks keep their freed heap (collector.keep_freed_heap): a sheet's
large buffers, made and freed file after file, reuse the same memory instead of faulting fresh
pages in each time. Counted as the kernel counts them (minor page faults), in fresh processes:
the process under test is never changed."""
import os
import subprocess
import sys

import pytest

from capacity_app import collector
from capacity_app.exchange.aggregate import extract
from capacity_app.exchange.outside.isolation import Pool, reading_context, run_isolated
from capacity_app.exchange.workbook.mapping import load_mappings


def _on_glibc() -> bool:
    try:
        return (os.confstr("CS_GNU_LIBC_VERSION") or "").startswith("glibc")
    except (ValueError, OSError, AttributeError):  # macOS has no such name, Windows no confstr
        return False


GLIBC = _on_glibc()
ROUNDS = 40
# the kernel's count for ROUNDS files of three 1.9 MB buffers (a part, its text, its rows), with
# 4 KiB pages: about 54,000 faults with glibc's defaults (each buffer's 470 pages faulted in
# again), under 500 kept. Counted in pages: with larger ones (64 KiB on some ARM kernels) both
# counts shrink in proportion, and so does the bound
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
FEW = 5_000 * 4096 // max(PAGE, 4096)


def buffer_faults(rounds: int = ROUNDS) -> int:
    """Minor page faults while ``rounds`` times a part's bytes, its text and its rendered rows are
    made and freed, as reading one sheet of a workbook does."""
    import resource  # POSIX only: the tests that call this run on glibc

    data = bytes(range(32, 127)) * 20_000
    for _ in range(3):
        data[10:-10].decode("utf-8")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(rounds):
        part = data[10:-10]
        text = part.decode("utf-8")
        rows = text.encode("utf-8")
        del part, text, rows
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before


def _fresh_process(keep: bool) -> int:
    code = ("import sys; from capacity_app.collector import keep_freed_heap; "
            f"kept = keep_freed_heap() if {keep} else True; assert kept; "
            "sys.path.insert(0, sys.argv[1]); from test_freed_heap import buffer_faults; print(buffer_faults())")
    out = subprocess.run([sys.executable, "-c", code, os.path.dirname(__file__)], capture_output=True, text=True,
                         check=True, env={k: v for k, v in os.environ.items()
                              if not k.startswith("MALLOC_") and k not in ("GLIBC_TUNABLES", "LD_PRELOAD")})
    return int(out.stdout.split()[-1])


@pytest.mark.skipif(not GLIBC, reason="mallopt's parameters are glibc's")
def test_a_process_keeping_its_freed_heap_faults_its_buffers_in_once():
    default, kept = _fresh_process(False), _fresh_process(True)
    assert kept < FEW < default, (kept, default)


@pytest.mark.skipif(not GLIBC, reason="mallopt's parameters are glibc's")
def test_the_child_reading_one_workbook_keeps_its_freed_heap():
    assert run_isolated(buffer_faults, job=False) < FEW


def _in_worker(_item) -> int:
    return buffer_faults()


@pytest.mark.skipif(not GLIBC, reason="mallopt's parameters are glibc's")
def test_an_aggregation_worker_keeps_its_freed_heap():
    # from the fork server, as the window's pool is: a worker forked from this test process would
    # inherit the thresholds glibc raised for what earlier tests freed, and pass without the call
    pool = Pool(1, extract.init_worker, (load_mappings(), None, "en", os.getpid()), reading_context())
    try:
        assert next(iter(pool.map(_in_worker, [0], 1))) < FEW
    finally:
        pool.shutdown()


def test_elsewhere_nothing_is_set(monkeypatch):
    """Another C library (musl, macOS, Windows: no such name) is left with its own allocator."""
    called = []
    monkeypatch.setattr("ctypes.CDLL", lambda *a, **k: called.append(a))
    monkeypatch.setattr(os, "confstr", lambda name: "musl libc 1.2", raising=False)
    assert collector.keep_freed_heap() is False

    def no_name(name):
        raise ValueError("unrecognized configuration name")

    monkeypatch.setattr(os, "confstr", no_name, raising=False)
    assert collector.keep_freed_heap() is False
    assert called == []
