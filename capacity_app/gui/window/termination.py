"""The window ends as a close when the system asks it to end.

A desktop sends SIGTERM at logout or shutdown (and SIGKILL a while later), a closing terminal or
session SIGHUP, Ctrl+C in the terminal that started the window SIGINT. Each is handled as the
officer's own close: the text being typed is saved at once, background work is cancelled, the
workers are ended (the warm report worker among them), the window's state is saved and the event
loop ends; ``run_gui`` then closes the database. A second signal while that runs ends the event
loop at once (the database is still closed properly).

Nobody answers a question at a logout: a change the database still refuses (a read-only folder, a
full disk) is not asked about, it is written to a text file (:func:`keep_unsaved`: next to the
settings file, else in the home folder, else the temporary folder) that the next start names.

Python runs a signal handler only when the interpreter gets control, which Qt's event loop does not
give it while it waits. So the C-level handler writes the signal's number to a socket
(``signal.set_wakeup_fd``) and a :class:`QSocketNotifier` on the other end wakes the GUI thread,
where the close runs like any other event.

POSIX only: on Windows a session's end reaches Qt as a window message, not as a signal, and the
workers end with the window through its job object (docs/packaging.md)."""
from __future__ import annotations

import datetime as _dt
import os
import signal
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ...paths import config_file

CLOSE_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name))
CHECK_MS = 100  # how often a close that waits for background work is looked at
GIVE_UP_MS = 20_000  # then the event loop ends anyway (the workers still end with the window)


def _wakeup_pair() -> tuple[int, int]:
    """The (reader, writer) ends of the pipe the signals' numbers are written to, non-blocking."""
    reader, writer = os.pipe()
    for fd in (reader, writer):
        os.set_blocking(fd, False)
    return reader, writer


def _ignore(_signum, _frame) -> None:
    """The Python-level handler: the work is done on the GUI thread (see the module's docstring)."""


class CloseOnSignals(QObject):
    """Installed once by ``run_gui`` on the GUI thread (Python allows signal handlers only there;
    POSIX only, see :func:`install`).
    ``window()`` gives the current main window (a restored database replaces it); ``quit`` ends
    the event loop (``QApplication.quit`` by default)."""

    def __init__(self, app: QObject, window: Callable[[], QWidget | None],
                 quit: Callable[[], None] | None = None, signals: tuple[int, ...] = CLOSE_SIGNALS):
        super().__init__(app)
        self._window = window
        self._quit = quit or QApplication.quit
        self._signals = signals
        self.received: list[int] = []
        self._reader, self._writer = _wakeup_pair()
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wakeup)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self._check_closed)
        self._waited_ms = 0
        self._previous_fd = signal.set_wakeup_fd(self._writer, warn_on_full_buffer=False)
        self._previous = {s: signal.signal(s, _ignore) for s in signals}

    def uninstall(self) -> None:
        """Give the signals back to their earlier handlers (tests; the process is ending otherwise)."""
        self._timer.stop()
        self._notifier.setEnabled(False)
        for s, handler in self._previous.items():
            signal.signal(s, handler)
        signal.set_wakeup_fd(self._previous_fd)
        for fd in (self._reader, self._writer):
            os.close(fd)

    def _on_wakeup(self) -> None:
        try:
            data = os.read(self._reader, 64)
        except (BlockingIOError, InterruptedError):
            return
        for signum in data:
            if signum in self._signals:
                self.close_window(signum)

    def close_window(self, signum: int) -> None:
        """What a close signal does (see the module's docstring)."""
        self.received.append(signum)
        if len(self.received) > 1:  # asked again while closing: end now
            self._finish()
            return
        for _ in range(8):  # a modal dialog (a question, a file chooser) is cancelled first
            modal = QApplication.activeModalWidget()
            if modal is None or modal is self._window():
                break
            modal.close()
        window = self._window()
        if window is None or not window.isVisible():
            self._finish()
            return
        ending = getattr(window, "end_without_questions", None)
        if ending is not None:
            ending()  # no question may block the close: nobody is there to answer it
        flush = getattr(window, "flush_view", None)
        if flush is not None:
            flush()  # the text being typed, saved now even if the close waits for a worker
        window.close()  # cancels background work; closes once it has stopped
        if window.isVisible():
            self._timer.start()
        else:
            self._finish()

    def _check_closed(self) -> None:
        self._waited_ms += CHECK_MS
        window = self._window()
        if window is None or not window.isVisible() or self._waited_ms >= GIVE_UP_MS:
            self._finish()

    def _finish(self) -> None:
        self._timer.stop()
        self._quit()


RECOVERY_FOLDER = "unsaved"


def recovery_folders(db_path: Path | None = None) -> list[Path]:
    """Where the changes refused at the end are written, first usable first: a folder next to the
    settings file, the home folder's, the temporary folder (the data folder is often the one that
    refused them)."""
    folders = [config_file().parent / RECOVERY_FOLDER, Path.home() / "capacity-app-unsaved",
               Path(tempfile.gettempdir()) / "capacity-app-unsaved"]
    if db_path is not None:
        folders.insert(1, Path(db_path).parent / RECOVERY_FOLDER)
    return folders


def keep_unsaved(text: str, name: str, db_path: Path | None = None) -> Path | None:
    """Write ``text`` (what could not be saved, one change a line) to a new UTF-8 file named after
    the assessment and the time in the first usable folder; its path, or None when no folder
    could take it. Never raises: the process is ending."""
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in name)[:60] or "assessment"
    body = ("capacity-app: changes the database could not save when the application ended "
            f"({_dt.datetime.now().isoformat(timespec='seconds')}). Enter them again.\n"
            f"database: {db_path}\n\n{text}\n")
    for folder in recovery_folders(db_path):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"unsaved-{safe}-{stamp}.txt"
            n = 1
            while path.exists():
                n += 1
                path = folder / f"unsaved-{safe}-{stamp}-{n}.txt"
            with open(path, "x", encoding="utf-8") as f:
                f.write(body)
                f.flush()
                os.fsync(f.fileno())
            return path
        except OSError:
            continue
    return None


def install(app: QObject, window: Callable[[], QWidget | None]) -> CloseOnSignals | None:
    """Handle the close signals in this application (POSIX; None elsewhere)."""
    if os.name != "posix":  # pragma: no cover - exercised on Windows only
        return None
    return CloseOnSignals(app, window)
