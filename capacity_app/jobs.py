"""The job model: how every long piece of work reports progress and learns it was cancelled.

A long job is a plain function ``fn(..., progress=None, cancelled=None)``:

* ``progress(fraction, message)`` receives 0..1 (:data:`Progress`);
* ``cancelled()`` says whether to stop (:data:`CancelCheck`); the job polls it between steps through
  :func:`check`, removes whatever it had started to write, and raises :class:`Cancelled`.

The same function runs from the command line (no callbacks), on a thread of the GUI's task runner, or
in a worker process (``services.workers.tasks.child_main``). A job made of parts hands each part
:func:`scaled` progress, so the part's 0..1 fills its share of the whole.

A leaf module: standard library only, imported by every layer, importing nothing of the package
(``tests/test_layering.py`` holds it to that)."""
from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[float, str], None] | None
CancelCheck = Callable[[], bool] | None


class Cancelled(Exception):
    """The user cancelled a long job; nothing was written. The one cancel type of the application."""

    user_error = True

    def __init__(self, message: str = "cancelled"):
        super().__init__(message)


def report(progress: Progress, fraction: float, message: str = "") -> None:
    """Tell ``progress`` (if any) how far the job is, clamped to 0..1."""
    if progress is not None:
        progress(max(0.0, min(1.0, float(fraction))), message or "")


def check(cancelled: CancelCheck) -> None:
    """Raise :class:`Cancelled` when the user asked to stop."""
    if cancelled is not None and cancelled():
        raise Cancelled()


def step(progress: Progress, cancelled: CancelCheck, fraction: float, message: str = "") -> None:
    """The usual pair between two steps: stop if cancelled, else report progress."""
    check(cancelled)
    report(progress, fraction, message)


def scaled(progress: Progress, start: float, end: float) -> Progress:
    """A sub-job's progress callback: its 0..1 lands in ``start..end`` of the whole job."""
    if progress is None:
        return None
    span = end - start

    def sub(fraction: float, message: str = "") -> None:
        report(progress, start + span * max(0.0, min(1.0, float(fraction))), message)

    return sub


__all__ = ["CancelCheck", "Cancelled", "Progress", "check", "report", "scaled", "step"]
