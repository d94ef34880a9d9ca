"""The task runner: plain functions ``fn(..., progress, cancelled)`` run on a thread pool.

One runner owns the pool. Each task reports progress through Qt signals (queued to the GUI
thread); cancelling sets a flag the function polls. Closing the window cancels what is running
and waits for it, so no thread outlives the application."""
from __future__ import annotations

import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..services.tasks import Cancelled


class _Signals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str, str)  # message, details
    cancelled = Signal()


class Task(QRunnable):
    """One run of ``fn(*args, progress=..., cancelled=..., **kwargs)``."""

    def __init__(self, title: str, fn: Callable, args: tuple = (), kwargs: dict | None = None):
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps the Python object until it is done
        self.title = title
        self.fn = fn
        self.args = args
        self.kwargs = kwargs or {}
        self.signals = _Signals()
        self._cancel = threading.Event()
        self.done = threading.Event()
        self.result = None

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:  # worker thread
        try:
            result = self.fn(*self.args, progress=self._progress, cancelled=self.is_cancelled,
                             **self.kwargs)
            self.result = result
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # reported to the user as one line, details kept
            if self.is_cancelled():
                self.signals.cancelled.emit()
            else:
                message = str(exc) if getattr(exc, "user_error", False) or str(exc) else repr(exc)
                self.signals.failed.emit(message, traceback.format_exc())
        else:
            if self.is_cancelled():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)
        finally:
            self.done.set()

    def _progress(self, fraction: float, message: str = "") -> None:
        self.signals.progress.emit(float(fraction), str(message or ""))


class TaskRunner(QObject):
    """Starts tasks, shows a (non-blocking) progress dialog with Cancel, cancels on close."""

    started = Signal(object)
    ended = Signal(object)

    def __init__(self, parent_widget: QWidget | None = None, max_threads: int = 2):
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self.tasks: list[Task] = []
        self.show_dialogs = True

    @property
    def busy(self) -> bool:
        return any(not t.done.is_set() for t in self.tasks)

    def run(self, title: str, fn: Callable, *args: Any,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[str], None] | None = None,
            on_cancel: Callable[[], None] | None = None, quiet: bool = False, **kwargs: Any) -> Task:
        """Run ``fn(*args, progress=, cancelled=, **kwargs)`` on the pool. ``quiet`` tasks show
        no progress dialog."""
        task = Task(title, fn, args, kwargs)
        dialog = None
        if self.show_dialogs and not quiet and self._parent_widget is not None:
            dialog = QProgressDialog(title, self.tr("Cancel"), 0, 1000, self._parent_widget)
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.NonModal)
            dialog.setMinimumDuration(400)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.setAccessibleName(self.tr("Progress of %s") % title)
            dialog.canceled.connect(task.cancel)
            dialog.setValue(0)
        task.dialog = dialog

        def progress(fraction: float, message: str) -> None:
            if dialog is not None:
                dialog.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
                if message:
                    dialog.setLabelText(f"{title}\n{message}")

        def finish() -> None:
            if dialog is not None:
                dialog.canceled.disconnect(task.cancel)
                dialog.close()
                dialog.deleteLater()
            if task in self.tasks:
                self.tasks.remove(task)
            self.ended.emit(task)

        def done(result: Any) -> None:
            finish()
            if on_done:
                on_done(result)

        def failed(message: str, details: str) -> None:
            finish()
            task.error_details = details
            if on_error:
                on_error(message)

        def cancelled() -> None:
            finish()
            if on_cancel:
                on_cancel()

        task.signals.progress.connect(progress)
        task.signals.finished.connect(done)
        task.signals.failed.connect(failed)
        task.signals.cancelled.connect(cancelled)
        self.tasks.append(task)
        self.pool.start(task)
        self.started.emit(task)
        return task

    def cancel_all(self) -> None:
        for t in list(self.tasks):
            t.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Wait for every task to end (the GUI thread blocks: only on close or in tests)."""
        return self.pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 30000) -> bool:
        self.cancel_all()
        return self.wait(msecs)
