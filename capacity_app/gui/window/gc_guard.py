"""Cyclic garbage is collected on the GUI thread only.

Python's cyclic collector runs on whichever thread happens to allocate when a threshold is
crossed: a worker thread (the session's derivation, the list's summaries) could then finalise Qt
wrappers the window made (a QObject, a QRunnable, a signal's closures) on the wrong thread, and
PySide6 crashes there (seen once as a segfault in ``session.derive``). So while the window runs,
the automatic collector is off and :class:`GuiCollector` collects from a timer of the GUI thread,
with the generations and thresholds Python would use."""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QThread, QTimer

CHECK_MS = 500  # how often the counts are looked at (a check costs microseconds)


class GuiCollector(QObject):
    """Installed once per application (:func:`install`); :meth:`uninstall` gives collection back to
    Python (tests that share the interpreter with non-GUI tests)."""

    def __init__(self, parent: QObject, interval_ms: int = CHECK_MS):
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.collections = 0
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        gc.disable()
        self._timer.start()

    def check(self) -> int:
        """Collect the generations Python would collect now (none while under the thresholds)."""
        if QThread.currentThread() is not self.thread():  # never from a worker thread
            return -1
        counts = gc.get_count()
        generation = -1
        for i in range(3):
            if counts[i] > self.threshold[i]:
                generation = i
        if generation >= 0:
            gc.collect(generation)
            self.collections += 1
        return generation

    def uninstall(self) -> None:
        self._timer.stop()
        gc.collect()
        gc.enable()


def install(app: QObject) -> GuiCollector:
    """The application's collector (made once, kept as the application's child)."""
    existing = installed(app)
    if existing is not None:
        gc.disable()
        existing._timer.start()
        return existing
    collector = GuiCollector(app)
    app.capacity_gc_collector = collector  # type: ignore[attr-defined]
    return collector


def installed(app: QObject) -> GuiCollector | None:
    """The application's collector, if made. Kept on the application's wrapper, not looked for
    among its children: findChild makes a Python wrapper of each child, and wrapping the style
    sheet's QStyle creates its seven enumerations (0.5 % of the start's instructions)."""
    found = getattr(app, "capacity_gc_collector", None)
    return found if isinstance(found, GuiCollector) else None
