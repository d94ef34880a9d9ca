"""The task runner: every piece of background work of the GUI goes through :class:`TaskRunner`.

A job is a plain function ``fn(..., progress, cancelled)`` (the job model of
:mod:`capacity_app.jobs`). It runs on the runner's thread pool, or, with ``process=True``, in a
spawned worker process; a worker-process job is named explicitly by its key in
``services.workers.tasks.WORKERS``, never found from a function object. Each task reports progress
through Qt signals (queued to the GUI thread); cancelling sets a flag the function polls, and a
:class:`~capacity_app.jobs.Cancelled` raised in a thread or a worker process arrives as a cancel.
Closing the window cancels what is running and waits for it, so no thread outlives the
application."""
from __future__ import annotations

import queue as _queue
import threading
import traceback
from typing import Any
from collections.abc import Callable

from PySide6 import QtCore
from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..jobs import Cancelled
from ..services.workers.tasks import child_main, lower_priority, lower_this_thread, worker_ref
from .progress_text import translated


RELEASE_CHECK_MS = 100


class _Finished(Exception):
    def __init__(self, result):
        self.result = result


class _ChildError(Exception):
    def __init__(self, message: str, details: str):
        super().__init__(message)
        self.message = message
        self.details = details


class _Signals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str, str)  # message, details
    cancelled = Signal()


class Task:
    """One run of ``fn(*args, progress=..., cancelled=..., **kwargs)``.

    With ``process=True`` the function runs in a separate Python process (spawned; its
    arguments and result are pickled): long CPU-bound work such as laying out a PDF then never
    competes with the window for Python's global interpreter lock. ``fn`` is then the name of a
    registered worker (``services.workers.tasks.WORKERS``)."""

    def __init__(self, title: str, fn: Callable | str, args: tuple = (), kwargs: dict | None = None,
                 process: bool = False):
        self.worker: str | None = None  # "module:function" of a worker-process task
        if process:
            if not isinstance(fn, str):
                raise TypeError("a worker-process task names its function (a key of services.workers.tasks.WORKERS)")
            self.worker = worker_ref(fn)
        self.title = title
        self.fn = fn
        self.args = args
        self.kwargs = kwargs or {}
        self.signals = _Signals()
        self.dialog: QProgressDialog | None = None  # set by the runner that starts the task
        self._cancel = threading.Event()
        self.process = process
        self.done = threading.Event()
        self.result = None
        self.warm = None  # a preloaded services.workers.warm.WarmWorker handed over by the runner, if any
        # the traceback of a failure, kept even when the failure is reported as a cancel (an
        # error that follows a cancel request): a cancel honoured by the job leaves it None
        self.error_details: str | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run_in_process(self):
        import multiprocessing

        ctx = multiprocessing.get_context("spawn")
        lower_this_thread()  # this pool thread only waits for the worker, which inherits its priority
        if self.warm is not None and self.warm.proc.is_alive():  # preloaded: imports already done
            proc, messages, cancel_event = self.warm.proc, self.warm.messages, self.warm.cancel_event
            self.warm.submit(self.args, self.kwargs)
        else:
            messages = ctx.Queue()
            cancel_event = ctx.Event()
            proc = ctx.Process(target=child_main, args=(self.worker, self.args, self.kwargs, messages, cancel_event),
                               daemon=True)
            proc.start()
            lower_priority(proc.pid)  # where threads have no nice value of their own (not Linux)
        try:
            while True:
                if self.is_cancelled():
                    cancel_event.set()
                try:
                    msg = messages.get(timeout=0.1)
                except _queue.Empty:
                    if proc.is_alive():
                        continue
                    try:
                        msg = messages.get(timeout=1.0)
                    except _queue.Empty:
                        raise RuntimeError(f"the worker process stopped unexpectedly (exit code {proc.exitcode})") from None
                if msg[0] == "progress":
                    self._progress(msg[1], msg[2])
                    continue
                if msg[0] == "ready":  # a warm worker's preload finished
                    continue
                break
        finally:
            proc.join(timeout=10)
            if proc.is_alive():
                proc.terminate()
                proc.join(timeout=5)
            messages.close()
        if msg[0] == "cancelled":
            raise Cancelled()
        if msg[0] == "error":
            raise _ChildError(msg[1], msg[2])
        return msg[1]

    def run(self) -> None:  # worker thread
        try:
            if self.process:
                result = self._run_in_process()
                self.result = result
                raise _Finished(result)
            assert not isinstance(self.fn, str)  # only a worker-process task is named
            result = self.fn(*self.args, progress=self._progress, cancelled=self.is_cancelled,
                             **self.kwargs)
            self.result = result
        except _Finished as fin:
            if self.is_cancelled():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(fin.result)
        except Cancelled:
            self.signals.cancelled.emit()
        except _ChildError as exc:
            self.error_details = exc.details
            if self.is_cancelled():
                self.signals.cancelled.emit()
            else:
                self.signals.failed.emit(exc.message, exc.details)
        except Exception as exc:  # noqa: BLE001 - reported to the user as one line, details kept
            self.error_details = traceback.format_exc()
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

    def __init__(self, parent: QObject | None = None, max_threads: int = 2, *, spawns: bool = True):
        """``parent``: a widget gets progress dialogs; any other object (an assessment session)
        runs quiet tasks only. ``spawns``: this runner will start worker processes, so their
        machinery is imported at the next idle moment."""
        super().__init__(parent)
        self._parent_widget = parent if isinstance(parent, QWidget) else None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self.tasks: list[Task] = []
        # ended tasks kept until no pool thread runs any more: the worker's frame still holds the
        # Task a moment after it reported, and the last reference to a Qt wrapper (the task's
        # signals) must be dropped on this thread, never on a pool thread
        self._retired: list[Task] = []
        self.show_dialogs = True
        self._closing = False
        self._warm: dict[str, Any] = {}  # worker name -> services.workers.warm.WarmWorker
        if spawns:
            QTimer.singleShot(0, self.prepare_processes)  # the next idle moment
            QTimer.singleShot(self.WARM_AFTER_MS, self.warm_up)

    WARM_AFTER_MS = 8000  # start-up over, the user still reading: time to warm the report worker

    def warm_up(self) -> None:
        """Start a preloaded worker process (services.workers.warm) for each worker that has one and none
        waiting: its imports run now, at background priority, instead of when the user exports."""
        from ..services.workers.warm import WarmWorker, preload_names

        if self._closing:
            return
        for name in preload_names():
            if name not in self._warm:
                try:
                    self._warm[name] = WarmWorker(name)
                except OSError:  # cannot spawn now: the export will start its own process
                    pass

    @property
    def busy(self) -> bool:
        return any(not t.done.is_set() for t in self.tasks)

    def prepare_processes(self) -> None:
        """Import the process-spawning machinery now (on an idle moment of the window's thread):
        imported by the worker thread at the first export, its ~15 ms under the interpreter lock
        would stretch whatever the window is doing at that moment."""
        import multiprocessing
        import multiprocessing.queues
        import multiprocessing.synchronize
        import os

        if os.name == "nt":  # pragma: no cover - exercised on Windows only
            import multiprocessing.popen_spawn_win32
        else:
            import multiprocessing.popen_spawn_posix
            from multiprocessing import resource_tracker

            resource_tracker.ensure_running()  # a helper process every spawning program starts once
        multiprocessing.get_context("spawn")

    def _progress_dialog(self, title: str) -> QProgressDialog:
        """A task's progress dialog: shown after 400 ms, not modal, its figure written as the
        window writes a percentage (``gui.numbers``: "42 %" in French, "42 في المائة" in Arabic,
        the digits 0-9 in every language: Qt's own "%p%" wrote "٤٢٪" in Arabic and "42%" in French)."""
        from PySide6.QtWidgets import QProgressBar

        from .numbers import progress_format
        from .writing import number_locale

        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 1000, self._parent_widget)
        bar = QProgressBar(dialog)
        bar.setFormat(progress_format())
        bar.setLocale(number_locale())
        dialog.setBar(bar)
        dialog.setRange(0, 1000)
        dialog.setWindowTitle(title)
        # wide enough that the window manager's title bar shows the whole title (with its
        # buttons), not "Writin… report"; and the label's two lines below it
        dialog.setMinimumWidth(min(720, max(420, dialog.fontMetrics().horizontalAdvance(title) * 3 // 2 + 160)))
        dialog.setWindowModality(QtCore.Qt.WindowModality.NonModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setAccessibleName(self.tr("Progress of %s") % title)
        dialog.setValue(0)
        return dialog

    def run(self, title: str, fn: Callable | str, *args: Any,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[str], None] | None = None,
            on_cancel: Callable[[], None] | None = None, quiet: bool = False, process: bool = False,
            **kwargs: Any) -> Task:
        """Run ``fn(*args, progress=, cancelled=, **kwargs)`` on the pool. ``quiet`` tasks show
        no progress dialog; ``process`` tasks run in a separate process, ``fn`` then being the
        name of a registered worker (see :class:`Task`)."""
        task = Task(title, fn, args, kwargs, process=process)
        if process and isinstance(fn, str) and fn in self._warm:
            task.warm = self._warm.pop(fn)  # used once; the next is warmed after this task ends
        dialog = None
        if self.show_dialogs and not quiet and self._parent_widget is not None:
            dialog = self._progress_dialog(title)
            dialog.canceled.connect(task.cancel)
        task.dialog = dialog

        def progress(fraction: float, message: str) -> None:
            if dialog is not None:
                dialog.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
                if message:  # the job's English detail in the interface language
                    dialog.setLabelText(f"{title}\n{translated(message)}")

        def finish() -> None:
            if dialog is not None:
                dialog.canceled.disconnect(task.cancel)
                dialog.close()
                dialog.deleteLater()
            if task in self.tasks:
                self.tasks.remove(task)
            self._retire(task)
            if task.warm is not None:
                task.warm.close()  # its one job is done: release the queues
                QTimer.singleShot(self.WARM_AFTER_MS, self.warm_up)
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
        # the pool runs a plain callable (it lets go of it once run): the runner, on this thread,
        # holds the last reference to the task and its signals (see _retire)
        self.pool.start(task.run)
        self.started.emit(task)
        return task

    def _retire(self, task: Task) -> None:
        """An ended task: its signals' connections (closures that hold the task: a reference
        cycle the collector would otherwise break on whichever thread it runs) are cut now, and
        the task itself is released once no pool thread runs (:meth:`_release_retired`)."""
        for signal in (task.signals.progress, task.signals.finished, task.signals.failed,
                       task.signals.cancelled):
            try:
                signal.disconnect()
            except (RuntimeError, TypeError):  # nothing connected any more
                pass
        self._retired.append(task)
        QTimer.singleShot(RELEASE_CHECK_MS, self, self._release_retired)

    def _release_retired(self) -> None:
        """Drop the ended tasks once no pool thread is active (every ``run`` has returned and let
        go of its task): their wrappers are then finalised here, on the GUI thread."""
        if not self._retired:
            return
        if self.pool.activeThreadCount() > 0:
            QTimer.singleShot(RELEASE_CHECK_MS, self, self._release_retired)
            return
        self._retired.clear()

    def cancel_all(self) -> None:
        for t in list(self.tasks):
            t.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Wait for every task to end (the GUI thread blocks: only on close or in tests)."""
        done = self.pool.waitForDone(msecs)
        if done:
            self._release_retired()
        return done

    def shutdown(self, msecs: int = 30000) -> bool:
        self._closing = True
        for w in self._warm.values():
            w.close()
        self._warm.clear()
        self.cancel_all()
        return self.wait(msecs)
