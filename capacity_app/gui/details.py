"""Assessment details…: the title, round and country of an assessment, edited from the
window as ``capacity-app edit`` edits them, through the same service
(``services.assessments.edit_metadata``): the same limits and the same one-line refusals, shown in
the dialog, which stays open. The title's length is shown as it is typed, and a title no output
could hold (too long, a line break, half a character pair) is said before OK, in the domain's own
words (``domain.assessment.title_problem``). The mission's dates and the institutions met are
section S0's answers, edited there."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ..catalog.countries import localized_name, lookup
from ..domain.assessment import TITLE_MAX, title_in, title_problem
from ..services import assessments as svc
from .bus import ChangeBus
from .dialogs import CountryPicker
from .service_text import service_text
from .widgets.unsaved import close_or_ask, save_shortcut
from .writing import number_locale
from .writes import Refused, Writes

if TYPE_CHECKING:
    from .host import WindowHost


last_dialog: AssessmentDetailsDialog | None = None  # the last one shown (tests drive it)


class AssessmentDetailsDialog(QDialog):
    """Title, round and country of one assessment; OK saves what changed (one history row)."""

    def __init__(self, store, assessment_id: int, lang: str = "en", parent: QWidget | None = None,
                 writes: Writes | None = None):
        super().__init__(parent)
        self.setObjectName("assessmentDetails")
        self.store = store
        self.writes = writes if writes is not None else Writes(ChangeBus(self), self)
        self.assessment = svc.get_assessment(store, assessment_id)
        self.saved = False
        a = self.assessment
        c = lookup(a.country)
        self.setWindowTitle(self.tr("Details of %1 %2").replace("%1", localized_name(c, lang) if c else a.country)
                            .replace("%2", str(a.round)))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = QLineEdit(self)
        self.title.setObjectName("detailsTitle")
        # no maxLength: a pasted title over the limit is said (and refused), never cut without a word
        # the title made from the country and round in the interface's language (stored as it is
        # while it is not changed: _on_ok)
        self.shown_title = title_in(a.title, a.round, localized_name(c, lang) if c else a.country, lang)
        self.title.setText(self.shown_title)
        self.title.setPlaceholderText(self.tr("empty: made from the country and round"))
        self.title.setAccessibleName(self.tr("Title"))
        self.length = QLabel(self)
        self.length.setObjectName("detailsTitleLength")
        self.length.setTextFormat(Qt.TextFormat.PlainText)
        self.round = QSpinBox(self)
        self.round.setLocale(number_locale())  # 0-9 whatever the system's digits (ar_EG)
        self.round.setRange(1990, 2100)
        self.round.setValue(a.round if 1990 <= a.round <= 2100 else 1990)
        self.round.setAccessibleName(self.tr("Round (year)"))
        self.country = CountryPicker(lang, self)
        index = self.country.findData(a.country)
        if index >= 0:
            self.country.setCurrentIndex(index)
        self.country.setAccessibleName(self.tr("Country"))
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow("", self.length)
        form.addRow(self.tr("&Round:"), self.round)
        form.addRow(self.tr("&Country:"), self.country)
        hint = QLabel(self.tr("The mission's dates and the institutions met are the answers of section S0 "
                              "(Mission and respondents): correct them there."), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form.addRow(hint)
        self.message = QLabel(self)
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setVisible(False)
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.title.textChanged.connect(self._title_edited)
        self.round.valueChanged.connect(lambda _v: self.message.setVisible(False))
        self.country.currentTextChanged.connect(lambda _t: self.message.setVisible(False))
        self._title_edited(self.title.text())
        save_shortcut(self, self._save_if_allowed)
        self._opened = self._snapshot()
        self.title.setFocus()
        self.title.selectAll()
        self.resize(620, self.sizeHint().height())

    def _snapshot(self) -> tuple[str, int, str]:
        """The fields as shown, to tell what was typed since the dialog opened."""
        return self.title.text(), self.round.value(), self.country.currentText()

    def _save_if_allowed(self) -> None:
        """Ctrl+S: what *Save* does, while *Save* is enabled (a title no output could hold waits)."""
        if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            self._on_ok()

    def reject(self) -> None:
        """Escape, *Cancel* or the close button: closed at once when nothing was changed; else
        asked (*Save* saves as the Save button does, and closes only when that is accepted)."""
        close_or_ask(self, self._snapshot() != self._opened, self.tr("The assessment's details typed are not saved."),
                     super().reject, self._save_if_allowed)

    def _title_edited(self, text: str) -> None:
        """The length as typed against the limit, and what no output could hold said at once (OK
        waits until it is corrected)."""
        n = len(text.strip())
        self.length.setText(self.tr("%1 of %2 characters").replace("%1", f"{n:,}".replace(",", "\u202f"))
                            .replace("%2", str(TITLE_MAX)))
        problem = title_problem(text.strip()) if text.strip() else None
        self.length.setProperty("over", bool(problem))
        self.length.setStyleSheet("color: #b00020;" if problem else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)
        if problem:
            self.message.setText(service_text(problem))
        self.message.setVisible(bool(problem))

    def _on_ok(self) -> None:
        a = self.assessment
        iso3 = self.country.iso3()
        title = a.title if self.title.text().strip() == self.shown_title.strip() else self.title.text()
        saved = self.writes.run(svc.edit_metadata, self.store, a.id, title=title,
                                round=self.round.value() if self.round.value() != a.round else None,
                                country=iso3 or self.country.currentText())
        if isinstance(saved, Refused):
            self.message.setText(saved.message)
            self.message.setVisible(True)
            return
        self.saved = True
        self.accept()


def edit_details(window: WindowHost) -> None:
    """The "Assessment details…" action: on the open assessment, else the one selected in the list."""
    aid = window.current_assessment_id()
    if aid is None:
        return
    global last_dialog
    if window.session is not None:
        window.flush_view()
    dlg = AssessmentDetailsDialog(window.store, aid, window.lang, window, writes=window.writes)
    last_dialog = dlg
    if dlg.exec() and dlg.saved:
        window.show_message(QCoreApplication.translate("AssessmentDetailsDialog", "Details saved."), 5000)
