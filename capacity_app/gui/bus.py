"""The one signal the GUI refreshes from: every write through ``services`` returns a
:class:`~capacity_app.services.changes.Changes`, which the writer publishes here; the list, the
open assessment (navigator, dashboard through its rescoring) and the window title listen and
refresh what it names."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..services.changes import Changes


class ChangeBus(QObject):
    changed = Signal(object)  # Changes

    def publish(self, changes: Changes | None) -> None:
        if changes is not None:
            self.changed.emit(changes)
