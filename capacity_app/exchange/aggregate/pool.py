"""The worker processes of an aggregation and its temporary folder.

Both cores read files: a process pool started with ``fork`` from a single-threaded process (the
command line: workers start at once) or from the reading processes' fork server
(``isolation.reading_context``) in the window's process, which has threads; each
worker dies with its parent, even on ``kill -9``, and reads within a memory limit and, file by
file, a time limit (``exchange.isolation``). Results come back in input order; when the pool breaks
(a worker killed) the files it held are read again each in a process of its own and a new pool
goes on: no file is ever read in the main process. Every temporary file of a run lives in one
folder named after the process (``capacity-aggregate-<pid>-<random>``), removed at the end or by
the next run when this one was killed."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...files import remove_stale_folders
from ...processes import die_with_parent

if TYPE_CHECKING:
    from ..outside.isolation import Pool

RUN_PREFIX = "capacity-aggregate-"


def remove_stale_runs(folder: str | Path | None = None) -> int:
    """Remove the temporary folders of earlier runs whose process is gone (a run killed half-way
    leaves its sheets behind: hundreds of MB)."""
    return remove_stale_folders(RUN_PREFIX, folder)


def die_with(parent: int) -> None:
    """End this worker when process ``parent`` ends, even by ``kill -9`` (``processes``)."""
    die_with_parent(parent)


def start_pool(workers: int, initializer: Callable[..., None], initargs: tuple) -> Pool:
    """A process pool (``isolation.Pool``) of ``workers`` processes running
    ``initializer(*initargs, parent_pid)``."""
    import multiprocessing  # the process pool (about 20 ms to import): only for a parallel run
    import threading

    from ..outside.isolation import Pool, reading_context

    # fork starts workers at once, but is only safe from a single-threaded process (the command
    # line); from a thread of the window's process, the workers are forked from the fork server the
    # window's reading children come from (the reader already imported: a spawned worker imported
    # it again, about 0.5 s of processor time each), spawned where there is none (Windows).
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("fork")
    else:
        ctx = reading_context()
    return Pool(workers, initializer, (*initargs, os.getpid()), ctx)


def map_ordered(executor: Pool | None, fn: Callable[[Any], Any], items: list, chunksize: int = 4,
                fallback: Callable[[str], None] | None = None, *, workers: int = 2,
                restart: Callable[[], Pool] | None = None, alone: Callable[[Any], Any] | None = None) -> Iterator[Any]:
    """Results in input order (``executor`` None: ``fn`` here, for each item). When the pool breaks
    (a worker killed), the items it held are done each by ``alone`` (a process of its own) and
    ``restart()`` makes a new pool for the rest (``exchange.isolation.pool_map``)."""
    if executor is None:
        yield from map(fn, items)
        return
    from ..outside.isolation import pool_map

    yield from pool_map(executor, fn, items, chunksize, workers=workers, restart=restart, alone=alone or fn,
                        on_break=fallback)
