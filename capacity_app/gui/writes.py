"""The one way the window writes (as Anki's ``CollectionOp``): a write of ``services`` is run, its
:class:`~capacity_app.services.changes.Changes` published on the window's change bus (the list, the
open assessment, the title and the "Saved" time follow it), and a failure turned into a value the
caller can act on instead of an exception:

* a refused request (``ServiceError``: a value out of range, a final assessment) is told with its
  message; nothing was written;
* a write the database could not take (``NotSaved``: a read-only folder, a full disk, a removed
  drive) is told in plain words (:func:`not_saved_text`); the caller keeps what was typed and may
  hand the session a retry (``AssessmentSession.keep``).

:meth:`Writes.run` runs the write at once (an answer is committed before the call returns: a few
milliseconds); :meth:`Writes.run_in_background` runs a write that can block (an import, after its
backup) on the window's task runner and publishes its changes on the GUI thread when it ends."""
from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..services.base import NotSaved, ServiceError
from ..services.changes import Changes
from .bus import ChangeBus

T = TypeVar("T")


@dataclass(frozen=True)
class Refused:
    """A write that did not happen: ``message`` (the service's, in the interface language by
    :func:`~.service_text.service_text`, the key in front) and ``reason`` ("" for a refused request, else ``NotSaved.reason``). False in a test,
    so ``if not result`` reads "it failed"."""

    message: str
    reason: str = ""

    def __bool__(self) -> bool:
        return False

    @property
    def not_saved(self) -> bool:
        """The database could not take it: the same write may succeed later."""
        return bool(self.reason)


def not_saved_text(reason: str) -> str:
    """Why a write could not be saved, in plain words and in the interface language."""
    texts = {
        "read_only": QCoreApplication.translate(
            "Writes", "the data folder cannot be written (it is read-only, or on a read-only drive)"),
        "disk_full": QCoreApplication.translate("Writes", "the disk is full (free some space)"),
        "busy": QCoreApplication.translate("Writes", "another program is using the database"),
        "io": QCoreApplication.translate("Writes", "the disk could not be written (was the drive removed?)"),
        "closed": QCoreApplication.translate("Writes", "the database is closed"),
    }
    return texts.get(reason, QCoreApplication.translate("Writes", "the database could not be written"))


def changes_of(result: Any) -> Changes | None:
    """The Changes a write returned (itself, or its ``changes``)."""
    if isinstance(result, Changes):
        return result
    changes = getattr(result, "changes", None)
    return changes if isinstance(changes, Changes) else None


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")  # as the store writes them


class Writes(QObject):
    """Runs the window's writes and publishes what they changed on ``bus``."""

    saved = Signal(str)  # the time of a write that went through (ISO), once its changes are published
    failed = Signal(str, str, str)  # key, message, reason ("" for a refused request)

    def __init__(self, bus: ChangeBus, parent: QObject | None = None, runner: Callable[[], Any] | None = None):
        """``runner``: gives the window's task runner (for :meth:`run_in_background`)."""
        super().__init__(parent)
        self.bus = bus
        self._runner = runner

    def run(self, fn: Callable[..., T], *args: Any, key: str = "", **kwargs: Any) -> T | Refused:
        """``fn(*args, **kwargs)`` now; its changes published. A ``ServiceError`` comes back as a
        :class:`Refused` (and on ``failed``), never raised. ``key``: what it wrote, for ``failed``."""
        try:
            result = fn(*args, **kwargs)
        except ServiceError as exc:
            return self._refused(key, exc)
        self.publish(result)
        return result

    def publish(self, result: Any) -> None:
        """Publish what ``result`` (a write's return value) changed, and when."""
        changes = changes_of(result)
        if changes is None:
            return
        self.bus.publish(changes)
        if changes.answers or changes.metadata or changes.actions or changes.listing or changes.keys:
            self.saved.emit(str(getattr(result, "at", "") or _now()))

    def _refused(self, key: str, exc: ServiceError) -> Refused:
        from .service_text import service_text  # start-up: the refusals' wording loads with the first refusal

        refused = Refused(service_text(str(exc)), exc.reason if isinstance(exc, NotSaved) else "")
        self.failed.emit(key, refused.message, refused.reason)
        return refused

    def run_in_background(self, title: str, fn: Callable[..., Any], *args: Any, key: str = "",
                          on_done: Callable[[Any], None] | None = None,
                          on_failed: Callable[[Refused], None] | None = None,
                          on_cancel: Callable[[], None] | None = None, reports: bool = False, **kwargs: Any):
        """``fn(*args, **kwargs)`` on the window's task runner (a write that can block: the GUI
        keeps painting); when it ends, on the GUI thread, its changes are published and
        ``on_done(result)`` runs, or ``on_failed(Refused)`` (also on ``failed``). An unexpected
        fault is a Refused with its message too. ``reports``: ``fn`` takes the job contract's
        ``progress`` and ``cancelled`` (its progress shown, its Cancel offered; ``on_cancel`` when
        it stopped)."""
        assert self._runner is not None, "a window's writes run in the background"

        returned: list[Any] = []  # what ``fn`` returned, once it has

        def job(progress=None, cancelled=None):
            try:
                if reports:
                    result = fn(*args, progress=progress, cancelled=cancelled, **kwargs)
                else:
                    result = fn(*args, **kwargs)
            except ServiceError as exc:  # carried back as a value: the runner only passes text
                result = _Failure(exc)
            returned.append(result)
            return result

        def done(result: Any) -> None:
            if isinstance(result, _Failure):
                refused = self._refused(key, result.exc)
                if on_failed is not None:
                    on_failed(refused)
                return
            self.publish(result)
            if on_done is not None:
                on_done(result)

        def error(message: str) -> None:
            from .service_text import service_text  # start-up: the refusals' wording loads with the first refusal

            message = service_text(message)
            refused = Refused(message)
            self.failed.emit(key, message, "")
            if on_failed is not None:
                on_failed(refused)

        def stopped() -> None:
            if returned:  # a Cancel that came after the write ended: what it did is said as done
                done(returned[0])
            elif on_cancel is not None:
                on_cancel()

        return self._runner().run(title, job, on_done=done, on_error=error, on_cancel=stopped)


@dataclass(frozen=True)
class _Failure:
    exc: ServiceError


__all__ = ["Refused", "Writes", "changes_of", "not_saved_text"]
