"""The files earlier runs of the aggregation read, kept so that a later run over the same files
reads only those changed (the window's cross-country view, then its export). The standard library
only: the window makes one on its thread before any reading module is imported."""
from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Extracted


class KeptReads:
    """What the workbooks read by earlier runs gave (each as a worker returned it, pickled), by
    file, with the SHA-256 and size of the bytes read and the run's basis (the labels' language,
    the questionnaire, the mappings): a later run in this process over the same files (the window's
    cross-country view, then its export; the aggregation dialog's check, then its run) reads again
    only a file whose bytes or basis changed. A file refused is not kept: it is read again."""

    def __init__(self) -> None:
        self._kept: dict[str, tuple[str, int, tuple, bytes]] = {}

    def get(self, path: str, basis: tuple) -> Extracted | None:
        import pickle

        from .extract import file_sha

        kept = self._kept.get(os.path.abspath(path))
        if kept is None or kept[2] != basis:
            return None
        try:
            if os.stat(path).st_size != kept[1]:  # hashed only when it may be the same file
                return None
        except OSError:
            return None
        return pickle.loads(kept[3]) if file_sha(path) == kept[0] else None  # pickled by keep() in this process

    def keep_only(self, paths: Iterable[str]) -> None:
        """Forget the files not among ``paths`` (those of the last run): what is kept stays the size
        of one run's files, however many folders the window opens."""
        wanted = {os.path.abspath(p) for p in paths}
        for gone in [k for k in self._kept if k not in wanted]:
            del self._kept[gone]

    def keep(self, path: str, basis: tuple, res: Extracted) -> None:
        import pickle

        if res.identity.sha256:
            with contextlib.suppress(OSError):
                self._kept[os.path.abspath(path)] = (res.identity.sha256, os.stat(path).st_size, basis,
                                                     pickle.dumps(res))
