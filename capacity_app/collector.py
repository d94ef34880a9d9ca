"""Python's cyclic collector relaxed while a job makes many short-lived objects (a PDF's layout,
a workbook's cells): docs/architecture.md, "Threads, processes and the collector". A leaf: the
standard library only.

With CPython's default thresholds (700, 10, 10) the collector runs every 700 allocations and
rescans the whole growing heap every 100 young collections, for garbage that reference counting
frees anyway. During such a job the thresholds are raised and the objects made before it are
frozen (left out of its collections); both are undone afterwards. Measured: the demo report's
render 3.4 s -> 2.6 s of CPU (benchmarks/bench_report.py, peak memory +50 MB); a process exporting
its workbook eight times (exchange/export.write_workbook) 3.18 s -> 2.95 s (medians of seven,
whole process)."""
from __future__ import annotations

import gc
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
