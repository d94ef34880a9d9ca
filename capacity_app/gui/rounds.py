"""Next round… as a small dialog: the round, the new mission's reference date and dates, and what
is copied from the previous round. A country has one assessment per round: a round already taken
is refused by the service, told in the dialog, which stays open. Right after, the new round can be
moved to the trash at once from the notice (or from the list, like any other)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from ..catalog.countries import localized_name, lookup
from ..services import assessments as svc
from ..services import rounds
from ..services.changes import WithId
from .bus import ChangeBus
from .widgets.datefield import DateField
from .writing import number_locale
from .writes import Refused, Writes

if TYPE_CHECKING:
    from .host import WindowHost


last_dialog: NextRoundDialog | None = None  # the last one shown (tests drive it)


class NextRoundDialog(QDialog):
    """Round, reference date, mission dates, what is copied; OK creates the round."""

    def __init__(self, store, questionnaire, assessment_id: int, lang: str = "en", parent: QWidget | None = None,
                 writes: Writes | None = None):
        """``writes``: the window's (gui/writes.py), which publishes the new round; by default one
        on a bus of the dialog's own."""
        super().__init__(parent)
        self.store = store
        self.q = questionnaire
        self.writes = writes if writes is not None else Writes(ChangeBus(self), self)
        self.old = svc.get_assessment(store, assessment_id)
        self.created: WithId | None = None
        c = lookup(self.old.country)
        country = localized_name(c, lang) if c else self.old.country
        self.setWindowTitle(self.tr("Next round of %1 %2").replace("%1", country)
                            .replace("%2", str(self.old.round)))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        intro = QLabel(self.tr("A new assessment of %1 starts from round %2.").replace("%1", country)
                       .replace("%2", str(self.old.round)), self)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.round = QSpinBox(self)
        self.round.setLocale(number_locale())  # 0-9 whatever the system's digits (ar_EG)
        self.round.setRange(1990, 2100)
        self.round.setValue(rounds.suggested_round(store, self.old.id))
        self.round.setAccessibleName(self.tr("Round"))
        form.addRow(self.tr("&Round:"), self.round)
        self.reference = DateField(self)
        self.reference.setAccessibleName(self.tr("Reference date"))
        self.start = DateField(self)
        self.start.setAccessibleName(self.tr("Mission start"))
        self.end = DateField(self)
        self.end.setAccessibleName(self.tr("Mission end"))
        form.addRow(self.tr("R&eference date:"), self.reference)
        form.addRow(self.tr("Mission &start:"), self.start)
        form.addRow(self.tr("Mission e&nd:"), self.end)
        self.copy_answers = QCheckBox(self.tr("&Copy the answers of round %s (comments and evidence "
                                              "included) to review them") % self.old.round, self)
        self.copy_answers.setChecked(True)
        form.addRow(self.copy_answers)
        self.carry_dates = QCheckBox(self.tr("&Keep round %s's reference and mission dates where none is "
                                             "given here") % self.old.round, self)
        form.addRow(self.carry_dates)
        what = QLabel(self.tr("Also copied: the institutions, the section weights and the action plan. "
                              "Dates left empty can be entered later in S0."), self)
        what.setObjectName("hint")
        what.setWordWrap(True)
        form.addRow(what)
        self.message = QLabel(self)
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setVisible(False)
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create round"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.round.setFocus()
        self.resize(560, self.sizeHint().height())

    def _on_ok(self) -> None:
        for f in (self.reference, self.start, self.end):
            f.commit()
        created = self.writes.run(
            rounds.start_next_round, self.store, self.q, self.old.id, round=self.round.value(),
            reference_date=self.reference.iso() or "", mission_start=self.start.iso() or "",
            mission_end=self.end.iso() or "", copy_answers=self.copy_answers.isChecked(),
            carry_dates=self.carry_dates.isChecked())
        if isinstance(created, Refused):
            self.message.setText(created.message)
            self.message.setVisible(True)
            return
        self.created = created
        self.accept()


def next_round(window: WindowHost) -> None:
    """The "Next round…" action: the dialog, then the new round opened (or selected in the list),
    and a notice that offers to move it to the trash at once."""
    aid = window.current_assessment_id()
    if aid is None:
        return
    global last_dialog
    if window.session is not None:
        window.flush_view()
    dlg = NextRoundDialog(window.store, window.questionnaire, aid, window.lang, window, writes=window.writes)
    last_dialog = dlg
    if not dlg.exec() or dlg.created is None:
        return
    new = svc.get_assessment(window.store, dlg.created.id)
    window.show_message(QCoreApplication.translate(
        "NextRoundDialog", "Created round %s from the previous one; Move to trash removes it again.")
        % new.round, 15000)
    if window.session is not None:
        window.open_assessment(new.id)
    else:
        window.home.select_id(new.id)
        # the keyboard on the new round in the list, not back on "Next round…" (where Enter
        # opened the dialog again: a duplicate round one key away)
        window.home.focus_list()
