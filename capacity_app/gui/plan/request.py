"""The funding request in the window: two dialogs opened from the Action plan tab.

*Funding request…* (:class:`FundingRequestDialog`) edits the request's own record, a tab each: the
institution that commits the national budget's part and the signatories (the government, the
ministry of finance, a development partner: name, title, and for a partner's signatory the partner
as the plan's cost lines name it), then the donors' structures: the risk matrix, the indicators'
details and the procurement plan (``gui/plan/donor_tabs.py``). *Save* writes it all through
``services.plan.donors.set_request`` by the session's writes (one history row; nothing when
unchanged); a refusal is shown in one line under the tabs, the dialog stays open and what was typed
stays.

*Funding request for a partner…* (:class:`PartnerEditionDialog`) chooses one of the plan's
partners and the format; the window then writes that partner's edition in a worker process, with
progress and cancel, as it writes the report (``gui/window/flows.py``)."""
from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCompleter, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit,
    QPushButton, QRadioButton, QTabWidget, QVBoxLayout, QWidget,
)

from ...domain.plan.request import SIGNATORIES_MAX, FundingRequest, Signatory
from ...services.plan import actions as plans
from ...services.plan import donors
from ..session import not_saved_message
from ..widgets.unsaved import CANCEL, SAVE, ask_unsaved, save_shortcut
from ..writes import Refused
from .donor_tabs import IndicatorsTab, ProcurementTab, RisksTab, TypedError
from .fit import fit_to_screen


def role_label(role: str) -> str:
    return {"government": QCoreApplication.translate("FundingRequestDialog", "Government"),
            "finance": QCoreApplication.translate("FundingRequestDialog", "Ministry of Finance"),
            "partner": QCoreApplication.translate("FundingRequestDialog", "Development partner")}.get(role, role)


class SignatoryRow:
    """The widgets of one signatory in the dialog's grid: role, partner, name, title, remove."""

    def __init__(self, parent: QWidget, partners: list[str], s: Signatory) -> None:
        self.role = QComboBox(parent)
        for code in ("government", "finance", "partner"):
            self.role.addItem(role_label(code), code)
        self.role.setCurrentIndex(max(0, self.role.findData(s.role)))
        self.partner = QComboBox(parent)
        names = list(partners)
        if s.partner and s.partner.casefold() not in {p.casefold() for p in names}:
            names.append(s.partner)  # kept as stored: the save says it funds no line of the plan
        for p in names:
            self.partner.addItem(p, p)
        if s.partner:
            self.partner.setCurrentIndex(max(0, self.partner.findData(s.partner)))
        # the partner's name elided in its list rather than taking the name's and title's room:
        # at 1280 px "Ms Ruth Mbeki" and "Director-General, …" were cut in their fields
        self.partner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.partner.setMinimumContentsLength(14)
        self.name = QLineEdit(s.name, parent)
        self.title = QLineEdit(s.title, parent)
        # on every row: no Alt letter of its own (one would be every row's); Tab reaches it, Return
        # or Space removes the row
        self.remove = QPushButton(QCoreApplication.translate("FundingRequestDialog", "Remove"), parent)
        self._partner_before = max(self.partner.currentIndex(), 0)
        self.role.currentIndexChanged.connect(lambda _i: self.role_changed())
        self.role_changed()

    def widgets(self) -> list[QWidget]:
        return [self.role, self.partner, self.name, self.title, self.remove]

    def role_changed(self) -> None:
        """A partner only for a partner's signatory: a minister's row shows none (greyed, it showed
        the plan's first partner, as if the minister signed for IOM: Arabic walk, 1280x720); back to
        a partner's role, the partner shown before, else the first."""
        signs_for_partner = self.role.currentData() == "partner"
        if not signs_for_partner and self.partner.currentIndex() >= 0:
            self._partner_before = self.partner.currentIndex()
            self.partner.setCurrentIndex(-1)
        elif signs_for_partner and self.partner.currentIndex() < 0 and self.partner.count():
            self.partner.setCurrentIndex(self._partner_before)
        self.partner.setEnabled(signs_for_partner and self.partner.count() > 0)

    def signatory(self) -> Signatory:
        role = str(self.role.currentData())
        partner = str(self.partner.currentData() or "") if role == "partner" else ""
        return Signatory(role, self.name.text(), self.title.text(), partner)


class FundingRequestDialog(QDialog):
    """Who commits the national part and who signs the funding request; saved on *Save*."""

    def __init__(self, parent: QWidget, session: Any, partners: list[str], institutions: list[str]) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("fundingRequestDialog")
        self.partners = list(partners)
        self.rows: list[SignatoryRow] = []
        box = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._request_page(institutions), self.tr("Re&quest"))
        box.addWidget(self.tabs, 1)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setVisible(False)
        box.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Ca&ncel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Funding request"))
        fit_to_screen(self, 1200, 600)
        stored = plans.funding_request(session.store, session.assessment_id)
        self.load(stored)
        self._donor_tabs(stored)
        self.save_key = save_shortcut(self, self.save)
        self._opened = self._snapshot()
        self.tabs.currentChanged.connect(self._tab_chosen)
        self.tabs.tabBar().installEventFilter(self)   # a tab's letter on the tab already showing
        self.f_committed.setFocus()

    def _tab_chosen(self, _index: int) -> None:
        """A tab chosen by its letter (Alt+I, Alt+D, Alt+P; Arabic Alt+م…) or Ctrl+Tab: the keyboard
        goes into its page, where the words typed next land; it stayed on the tab bar, which
        showed no focus, and what was typed was lost (Arabic walk, 1280x720). Moving along the
        tab bar with the arrows keeps it there."""
        if not self.tabs.tabBar().hasFocus():
            self._into_page()

    def _into_page(self) -> None:
        page = self.tabs.currentWidget()
        target = page.table if isinstance(page, (RisksTab, IndicatorsTab, ProcurementTab)) else self.f_committed
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched, event) -> bool:
        """The letter of the tab already showing changes no tab: the keyboard still goes into it."""
        from PySide6.QtCore import QEvent, QTimer

        if event.type() == QEvent.Type.Shortcut and watched is self.tabs.tabBar():
            QTimer.singleShot(0, self, self._into_page)
        return False

    def _request_page(self, institutions: list[str]) -> QWidget:
        """The first tab: who commits the national part, and the signatories."""
        page = QWidget(self)
        box = QVBoxLayout(page)
        form = QFormLayout()
        self.f_committed = QLineEdit(page)
        self.f_committed.setObjectName("committedBy")
        completer = QCompleter(institutions, self.f_committed)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.f_committed.setCompleter(completer)
        form.addRow(self.tr("National part &committed by:"), self.f_committed)
        box.addLayout(form)
        self.group = QGroupBox(self.tr("Signatories"), page)
        group_box = QVBoxLayout(self.group)
        self.grid = QGridLayout()
        for c, text in enumerate((self.tr("Signs for"), self.tr("Partner"), self.tr("Name"), self.tr("Title"))):
            self.grid.addWidget(QLabel(text, self.group), 0, c)
        for c, stretch in ((1, 3), (2, 2), (3, 3)):   # the partner, the name and the title share the width
            self.grid.setColumnStretch(c, stretch)
        group_box.addLayout(self.grid)
        self.add_button = QPushButton(self.tr("&Add signatory"), self.group)
        self.add_button.clicked.connect(lambda: self.add_row(Signatory("government", "", "")))
        group_box.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.group)
        box.addStretch(1)   # the room left under the signatories, not between them and the field above
        return page

    def _donor_tabs(self, r: FundingRequest) -> None:
        """The donors' structures, a tab each: the risk matrix, the indicators' details (a row per
        indicator of the results chain), the procurement plan."""
        from ...services.plan.results import results_chain

        store, aid = self.session.store, self.session.assessment_id
        chain = results_chain(store, aid)
        self.risks = RisksTab(self.tabs, r.risks)
        self.indicators = IndicatorsTab(self.tabs, [(i.id, i.name) for i in chain.indicators], self.partners,
                                        r.indicators)
        actions = [(a.id, f"{n}. {a.title}") for n, a in enumerate(plans.action_plan(store, aid), 1)]
        self.procurement = ProcurementTab(self.tabs, actions, r.procurement)
        self.tabs.addTab(self.risks, self.tr("R&isks"))
        self.tabs.addTab(self.indicators, self.tr("In&dicators"))
        self.tabs.addTab(self.procurement, self.tr("&Procurement"))
        if self.session.read_only:
            for tab in (self.risks, self.indicators, self.procurement):
                tab.read_only()

    def _snapshot(self) -> tuple[Any, ...]:
        """The request as typed, to tell what was typed since the dialog opened."""
        return self.request(), self.risks.state(), self.indicators.state(), self.procurement.state()

    def reject(self) -> None:
        """Escape, *Cancel* or the close button: asked first when what was typed differs from what
        the dialog opened with (*Save* closes only when the record is written)."""
        if self.session.read_only or self._snapshot() == self._opened:
            super().reject()
            return
        answer = ask_unsaved(self, self.tr("The funding request typed is not saved."))
        if answer == SAVE:
            self.save()
        elif answer != CANCEL:
            super().reject()

    def load(self, r: FundingRequest) -> None:
        self.f_committed.setText(r.committed_by)
        for s in r.signatories:
            self.add_row(s)
        if self.session.read_only:  # a final assessment: read, never changed
            for w in (self.f_committed, self.add_button, *(w for row in self.rows for w in row.widgets()),
                      self.buttons.button(QDialogButtonBox.StandardButton.Save)):
                w.setEnabled(False)

    def add_row(self, s: Signatory) -> SignatoryRow:
        row = SignatoryRow(self.group, self.partners, s)
        r = self.grid.rowCount()
        for c, w in enumerate(row.widgets()):
            self.grid.addWidget(w, r, c)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        self.add_button.setEnabled(len(self.rows) < SIGNATORIES_MAX)
        self._tab_order()
        return row

    def remove_row(self, row: SignatoryRow) -> None:
        index = self.rows.index(row)
        for w in row.widgets():
            self.grid.removeWidget(w)
            w.deleteLater()
        self.rows.remove(row)
        self.add_button.setEnabled(len(self.rows) < SIGNATORIES_MAX)
        self._tab_order()
        following = self.rows[index] if index < len(self.rows) else None
        (following.role if following is not None else self.add_button).setFocus()

    def _tab_order(self) -> None:
        """As the eye reads: the institution, each signatory's fields along its row, Add, Save, Cancel."""
        chain: list[QWidget] = [self.f_committed, *(w for row in self.rows for w in row.widgets()), self.add_button,
                                self.buttons.button(QDialogButtonBox.StandardButton.Save),
                                self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    def request(self) -> FundingRequest:
        return FundingRequest(self.f_committed.text(), tuple(row.signatory() for row in self.rows))

    def save(self) -> None:
        """Write the record; refused: one line under the fields, the dialog stays as typed."""
        if self.session.read_only:
            return
        r = self.request()
        try:
            risks, details, packages = self.risks.risks(), self.indicators.details(), self.procurement.packages()
        except TypedError as exc:
            self.tabs.setCurrentWidget(exc.tab)
            exc.tab.table.setFocus()
            self.show_error(str(exc))
            return
        result = self.session.writes.run(donors.set_request, self.session.store, self.session.assessment_id,
                                         committed_by=r.committed_by, signatories=r.signatories, risks=risks,
                                         indicators=details, procurement=packages)
        if isinstance(result, Refused):
            self.show_error(not_saved_message(result.reason) if result.not_saved else result.message)
            return
        self.error.setVisible(False)
        self.accept()

    def show_error(self, text: str) -> None:
        self.error.setText(" ".join(text.split()))
        self.error.setVisible(True)


class PartnerEditionDialog(QDialog):
    """Choose the partner whose edition of the funding request is written, and PDF or Word."""

    def __init__(self, parent: QWidget, partners: list[str]) -> None:
        super().__init__(parent)
        self.setObjectName("partnerEditionDialog")
        box = QVBoxLayout(self)
        form = QFormLayout()
        self.partner = QComboBox(self)
        for p in partners:
            self.partner.addItem(p, p)
        form.addRow(self.tr("&Partner:"), self.partner)
        self.pdf = QRadioButton(self.tr("P&DF"), self)
        self.docx = QRadioButton(self.tr("&Word document"), self)
        self.pdf.setChecked(True)
        form.addRow(self.tr("Format:"), self.pdf)
        form.addRow("", self.docx)
        box.addLayout(form)
        self.none = QLabel(self.tr("No cost line of the plan names a development partner yet: a partner's edition "
                                   "asks a partner to fund its lines."), self)
        self.none.setWordWrap(True)
        self.none.setVisible(not partners)
        box.addWidget(self.none)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(partners))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)
        for a, b in itertools.pairwise([self.partner, self.pdf, self.docx,
                                        self.buttons.button(QDialogButtonBox.StandardButton.Ok),
                                        self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]):
            QWidget.setTabOrder(a, b)
        self.setWindowTitle(self.tr("Funding request for a partner"))

    def chosen(self) -> tuple[str, bool]:
        """(the partner, True for a Word document)."""
        return str(self.partner.currentData() or ""), self.docx.isChecked()


__all__ = ["FundingRequestDialog", "PartnerEditionDialog", "SignatoryRow", "role_label"]
