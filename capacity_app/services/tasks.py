"""The long-work contract shared by the CLI and the GUI's task runner.

A long job is a plain function ``fn(..., progress=None, cancelled=None)``: ``progress(fraction,
message)`` reports 0..1, ``cancelled()`` says whether to stop. On cancel the function removes any
partial output and raises :class:`Cancelled`. Nothing here knows about Qt."""
from __future__ import annotations

from typing import Callable, Optional

Progress = Optional[Callable[[float, str], None]]
CancelCheck = Optional[Callable[[], bool]]


class Cancelled(Exception):
    """The user cancelled a long job; nothing was written."""

    user_error = True

    def __init__(self, message: str = "cancelled"):
        super().__init__(message)


def report(progress: Progress, fraction: float, message: str = "") -> None:
    if progress is not None:
        progress(max(0.0, min(1.0, fraction)), message)


def check(cancelled: CancelCheck) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()
