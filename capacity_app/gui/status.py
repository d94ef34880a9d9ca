"""The assessment's status in the window: draft, in progress or final, as the command line
(``capacity-app status``) and the workbook's Metadata sheet give it.

Final means: the answers, comments, evidence and action plan are read-only until the assessment is
reopened with a reason (asked here, gui/team/signoff.py), and the report no longer carries the DRAFT mark. The change goes through
``AssessmentSession.set_status`` (``services.assessments.set_status``, where the mission team's
sign-off will be recorded); the view shows why it is read-only (:class:`ReadOnlyBanner`)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ..domain.assessment import ASSESSMENT_STATUSES, DRAFT, FINAL, IN_PROGRESS
from ..services.changes import Changes


def status_label(code: str) -> str:
    """An assessment status as the interface names it."""
    return {
        DRAFT: QCoreApplication.translate("AssessmentStatus", "Draft"),
        IN_PROGRESS: QCoreApplication.translate("AssessmentStatus", "In progress"),
        FINAL: QCoreApplication.translate("AssessmentStatus", "Final"),
    }.get(code, code)


def status_meaning(code: str) -> str:
    """What a status means, for its tooltip."""
    return {
        DRAFT: QCoreApplication.translate("AssessmentStatus", "Draft: the mission has started; the report is "
                                          "marked DRAFT."),
        IN_PROGRESS: QCoreApplication.translate("AssessmentStatus", "In progress: answers are being collected "
                                                "and checked; the report is marked DRAFT."),
        FINAL: QCoreApplication.translate("AssessmentStatus", "Final: the answers, comments, evidence and action "
                                          "plan are read-only until the status is set back to In progress; the "
                                          "report no longer carries the DRAFT mark."),
    }.get(code, "")


class StatusControl(QWidget):
    """"Status: [Draft ▾]" for the open assessment (the tabs' corner); it follows changes made
    elsewhere (an import, the command line's next read) through the change bus."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("statusControl")
        box = QHBoxLayout(self)
        box.setContentsMargins(6, 0, 6, 0)
        self.label = QLabel(self.tr("Stat&us:"), self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("statusCombo")
        self.combo.setAccessibleName(self.tr("Status of the assessment"))
        from PySide6.QtCore import Qt  # here: the list (home) imports status_label at start-up

        for code in ASSESSMENT_STATUSES:
            self.combo.addItem(status_label(code), code)
            self.combo.setItemData(self.combo.count() - 1, status_meaning(code), Qt.ItemDataRole.ToolTipRole)
        self.label.setBuddy(self.combo)
        box.addWidget(self.label)
        box.addWidget(self.combo)
        self.combo.activated.connect(self._on_activated)
        self.reopen_dialog: QWidget | None = None  # the reason asked when leaving final (gui/signoff.ReopenDialog)
        session.bus.changed.connect(self._on_changes)
        self.show_status()

    def show_status(self) -> None:
        a = self.session.assessment
        self.combo.setCurrentIndex(max(0, self.combo.findData(a.status)))
        self.combo.setToolTip(status_meaning(a.status))
        # a database that cannot be written cannot take a new status either
        self.combo.setEnabled(not getattr(self.session.store, "readonly", False))

    def _on_activated(self, index: int) -> None:
        code = self.combo.itemData(index)
        if code != self.session.assessment.status:
            if self.session.assessment.status == FINAL:  # reopened only with a reason (gui/team/signoff.py)
                self.ask_reason(code)
            else:
                self.session.set_status(code)
        self.show_status()

    def ask_reason(self, code: str) -> None:
        """Leaving final: the reason asked, then recorded with the new status."""
        from .team.signoff import ReopenDialog, signoff_text

        s = self.session.signoff()
        dlg = ReopenDialog(self.window(), signoff_text(s) if s is not None else "")
        dlg.write = lambda: self.session.set_status(code, dlg.text())
        dlg.finished.connect(self.show_status)
        dlg.finished.connect(dlg.deleteLater)
        self.reopen_dialog = dlg  # tests and the keyboard walk find it here
        dlg.open()

    def _on_changes(self, changes: Changes) -> None:
        if changes.metadata and changes.assessment_id == self.session.assessment_id:
            self.show_status()


class ReadOnlyBanner(QLabel):
    """Above the open assessment while it is final, saying so and what to do (a database that
    cannot be written is told once, above the whole window: main_window)."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        from PySide6.QtCore import Qt

        self.setObjectName("readOnlyBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        session.readOnlyChanged.connect(self.show_why)
        self.show_why(session.read_only)

    def show_why(self, why: str) -> None:
        shown = bool(why) and not getattr(self.session.store, "readonly", False)
        self.setText(self.tr("Read-only: %s.") % why if shown else "")
        self.setVisible(shown)
