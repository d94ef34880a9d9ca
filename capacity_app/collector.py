"""Python's cyclic collector relaxed while a job makes many short-lived objects (a PDF's layout,
a workbook's cells): docs/architecture.md, "Threads, processes and the collector". A leaf: the
standard library only.

With CPython's default thresholds (700, 10, 10) the collector runs every 700 allocations and
rescans the whole growing heap every 100 young collections, for garbage that reference counting
frees anyway. During such a job the thresholds are raised and the objects made before it are
frozen (left out of its collections); both are undone afterwards. Measured: the demo report's
render 3.4 s -> 2.6 s of CPU (benchmarks/bench_report.py, peak memory +50 MB); a process exporting
its workbook eight times (exchange/export.write_workbook) 3.18 s -> 2.95 s (medians of seven,
whole process).

:func:`keep_freed_heap` keeps the C allocator's freed memory in a process that reads many large
files one after another (an aggregation's worker, every reading child of ``isolation.run_isolated``)."""
from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager

RENDER_GC_THRESHOLDS = (20_000, 20, 100)


@contextmanager
def relaxed_collector() -> Iterator[None]:
    """The collector's thresholds raised to at least :data:`RENDER_GC_THRESHOLDS`, and what exists
    frozen, for the ``with`` block only. A freeze made by someone else (the window's, after its
    start-up) is left alone: unfreezing would undo it too. Nested blocks restore what they found."""
    old = gc.get_threshold()
    freeze = gc.get_freeze_count() == 0
    if freeze:
        gc.freeze()
    gc.set_threshold(*(max(a, b) for a, b in zip(RENDER_GC_THRESHOLDS, old, strict=True)))
    try:
        yield
    finally:
        gc.set_threshold(*old)
        if freeze:
            gc.unfreeze()


# glibc's malloc.h: mallopt's parameters
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
HEAP_KEPT = 32 * 1024 * 1024  # freed memory kept at the heap's top before it goes back to the system
HEAP_BLOCK = 16 * 1024 * 1024  # a block this large or larger is mapped on its own


def keep_freed_heap() -> bool:
    """glibc: keep up to :data:`HEAP_KEPT` of freed memory at the heap's top and serve blocks under
    :data:`HEAP_BLOCK` from the heap (``mallopt(3)``); whether both were set (nothing elsewhere; a
    glibc refusing one, as a 32-bit one refuses blocks of 16 MB, keeps the other and gives False).

    A workbook's sheet is read as a few buffers of its size (the part inflated, its text decoded,
    its rows rendered: 1.6 MB each for a country's Answers). With glibc's defaults each such buffer
    is mapped on its own or the heap's top is given back when it is freed, so the next file's
    buffers fault their pages in again: about 2,600 page faults a workbook, a tenth of a worker's
    processor time (docs/performance.md). Kept, they are reused. The process's peak memory is the
    same; what it holds between files is up to :data:`HEAP_KEPT` more at the heap's top."""
    try:
        libc = os.confstr("CS_GNU_LIBC_VERSION") or ""
    except (ValueError, OSError, AttributeError):  # not a glibc system (no such name)
        return False
    if not libc.startswith("glibc"):
        return False
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(_M_TRIM_THRESHOLD, HEAP_KEPT)) & bool(mallopt(_M_MMAP_THRESHOLD, HEAP_BLOCK))
