"""The main window as its helpers see it (export, import and aggregation in ``flows``, next round
in ``rounds``): :class:`WindowHost`, the base class of ``main_window.MainWindow``. The helpers type
against it and never import ``main_window`` (which loads them on first use), so the import graph
has no circle; nor does this module import the open assessment's view, even for typing (the view's
question page opens a helper's dialog): what the helpers read of it is :class:`OpenView`."""
from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from ..domain.questionnaire import Questionnaire
    from ..storage.store import Store
    from .home import HomePage
    from .session import AssessmentSession
    from .tasks import TaskRunner
    from .writes import Writes


class OpenView(Protocol):
    """What the helpers read of the open assessment's view (``assessment_view.AssessmentView``)."""

    current_key: str  # the question or matrix cell shown


class WindowHost(QMainWindow):
    """What the helpers use; ``main_window.MainWindow`` provides it."""

    store: Store
    settings: QSettings
    lang: str
    session: AssessmentSession | None
    view: OpenView | None
    home: HomePage
    writes: Writes

    @property
    def questionnaire(self) -> Questionnaire:
        raise NotImplementedError

    @property
    def runner(self) -> TaskRunner:
        raise NotImplementedError

    @property
    def dialogs_shown(self) -> bool:
        """False while tests and benchmarks drive the window (no dialog may block them)."""
        raise NotImplementedError

    def show_message(self, text: str, msecs: int = 8000) -> None:
        raise NotImplementedError

    def current_assessment_id(self) -> int | None:
        raise NotImplementedError

    def open_assessment(self, assessment_id: int, item: str | None = None) -> bool:
        raise NotImplementedError

    def close_assessment(self, remember: bool = True) -> bool:
        raise NotImplementedError

    def flush_view(self) -> None:
        raise NotImplementedError


__all__ = ["OpenView", "WindowHost"]
