"""Progress collected from the institutions, in the window: *Institutions' replies…* in
the *Progress of the plan* dialog.

*Send a workbook…* writes, on the task runner, the workbook an institution leading actions fills
for a period (``services.plan.progress_replies``); *Receive a reply…* reads a returned workbook in
a reading process of its own (on the task runner) and stores its rows as proposals, or says in one
line why the file is refused (nothing stored). The open proposals are listed with what each would
record and who proposed it; *Accept* records the selected one through ``services.plan.progress``
(the history keeping the entry it replaces), *Accept all* every one, *Reject* sets it aside. No
progress changes until a proposal is accepted."""
from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...domain.languages import LANGUAGES, NAMES
from ...services.institutions.forms import assessment_language
from ...services.plan import progress_replies as pr
from ..writes import Refused
from .dialogs import status_label


class ProgressRepliesDialog(QDialog):
    """Send an institution its progress workbook, receive its reply, accept or reject proposals."""

    def __init__(self, session, period: str = "", parent=None):
        super().__init__(parent)
        self.session = session
        self.store, self.aid = session.store, session.assessment_id
        self.setObjectName("progressRepliesDialog")
        self.resize(1000, 600)
        box = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        box.addWidget(self.intro)
        box.addLayout(self._send_row(period))
        self.table = QTableWidget(0, 5, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)   # what it would record: the widest
        header.setStretchLastSection(False)
        self.table.setWordWrap(True)
        box.addWidget(self.table, 1)
        decide = QHBoxLayout()
        self.accept_button = QPushButton(self)
        self.accept_all_button = QPushButton(self)
        self.reject_button = QPushButton(self)
        for b in (self.accept_button, self.accept_all_button, self.reject_button):
            decide.addWidget(b)
        decide.addStretch(1)
        box.addLayout(decide)
        self.message = QLabel(self)
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.send_button.clicked.connect(self.send)
        self.receive_button.clicked.connect(self.receive)
        self.accept_button.clicked.connect(self.accept_selected)
        self.accept_all_button.clicked.connect(self.accept_every)
        self.reject_button.clicked.connect(self.reject_selected)
        self.retranslate()
        self.load()

    def _send_row(self, period: str) -> QGridLayout:
        grid = QGridLayout()
        self.period_label, self.institution_label, self.lang_label = QLabel(self), QLabel(self), QLabel(self)
        self.period = QLineEdit(period or str(_dt.date.today().year), self)
        self.institution = QComboBox(self)
        self.institution.addItems(pr.leads(self.store.action_plan(self.aid)))
        self.lang = QComboBox(self)
        for code in LANGUAGES:
            self.lang.addItem(NAMES[code], code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(assessment_language(self.store, self.aid))))
        for col, (label, field) in enumerate(((self.period_label, self.period), (self.institution_label, self.institution),
                                             (self.lang_label, self.lang))):
            label.setBuddy(field)
            grid.addWidget(label, 0, 2 * col)
            grid.addWidget(field, 0, 2 * col + 1)
        grid.setColumnStretch(3, 1)
        self.send_button = QPushButton(self)
        self.xlsform = QCheckBox(self)   # the same questions for ODK Central or KoboToolbox
        self.receive_button = QPushButton(self)
        grid.addWidget(self.send_button, 1, 0, 1, 2)
        grid.addWidget(self.xlsform, 1, 2, 1, 2)
        grid.addWidget(self.receive_button, 1, 4, 1, 2)
        return grid

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Progress reported by the institutions"))
        self.intro.setText(self.tr("Each institution leading actions reports their progress in a workbook: send it the "
                                   "workbook of a period, then receive its reply. The reply's rows are proposals: no "
                                   "progress changes until you accept one."))
        self.period_label.setText(self.tr("Reporting &period:"))
        self.institution_label.setText(self.tr("&Institution:"))
        self.lang_label.setText(self.tr("&Language:"))
        self.send_button.setText(self.tr("&Send a workbook…"))
        self.xlsform.setText(self.tr("As an &XLSForm for ODK or Kobo"))
        self.receive_button.setText(self.tr("&Receive a reply…"))
        self.receive_button.setToolTip(self.tr("A returned workbook, or a KoboToolbox export (.xlsx) of the form's "
                                               "submissions"))
        self.accept_button.setText(self.tr("&Accept"))
        self.accept_all_button.setText(self.tr("Accep&t all"))
        self.reject_button.setText(self.tr("Re&ject"))
        self.close_button.setText(self.tr("&Close"))
        self.table.setHorizontalHeaderLabels([self.tr("Proposal"), self.tr("Proposed"), self.tr("Institution"),
                                              self.tr("Respondent"), self.tr("Received")])
        self.table.setAccessibleName(self.tr("Open proposals of the plan's progress"))

    def load(self) -> None:
        """The open proposals, oldest first."""
        self.proposals = pr.plan_proposals(self.store, self.aid)
        number = {x.id: n for n, x in enumerate(self.store.action_plan(self.aid), 1)}
        recorded = pr.recorded_keys(self.store, self.aid)
        self.table.setRowCount(len(self.proposals))
        for i, p in enumerate(self.proposals):
            v = p.value or {}
            proposed = self._proposed(p, v) + ("\n" + self.tr("(replaces what is recorded)") if p.key in recorded else "")
            for col, text in enumerate((self._what(p, v, number), proposed, p.institution, p.respondent,
                                        p.received_at[:16].replace("T", " "))):
                self.table.setItem(i, col, QTableWidgetItem(str(text)))
        for col, width in ((0, 140), (2, 220), (3, 200), (4, 130)):
            self.table.setColumnWidth(col, width)
        self.table.resizeRowsToContents()
        if self.proposals:
            self.table.selectRow(0)
        for b in (self.accept_button, self.accept_all_button, self.reject_button):
            b.setEnabled(bool(self.proposals))

    def _what(self, p, v: dict, number: dict) -> str:
        if p.key.startswith("progress:"):
            return self.tr("Action %1, %2").replace("%1", str(number.get(str(v.get("action")), "?"))).replace(
                "%2", str(v.get("period", "")))
        return self.tr("Indicator %1, %2").replace("%1", str(v.get("indicator", ""))).replace(
            "%2", str(v.get("period", "")))

    def _proposed(self, p, v: dict) -> str:
        if not p.key.startswith("progress:"):
            return self.tr("%1 on %2").replace("%1", str(v.get("value"))).replace("%2", str(v.get("date"))) + (
                f" — {v['source']}" if v.get("source") else "")
        parts = [status_label(str(v.get("status", "")))]
        parts += [f"{m.get('line')}: " + " / ".join(str(m.get(k) or "–") for k in ("committed", "disbursed", "spent"))
                  + f" {m.get('currency', '')}" for m in v.get("lines") or []]
        if v.get("reason"):
            parts.append(str(v["reason"]))
        return "\n".join(parts)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def send(self) -> None:
        """The chosen institution's workbook for the period, written on the task runner."""
        institution, period, lang = self.institution.currentText(), self.period.text().strip(), self.lang.currentData()
        if not institution:
            self._say(self.tr("No action names the institution leading it."))
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the progress workbook"),
                                              f"progress-{period}.xlsx", self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        self.session.runner.run(self.tr("Writing the progress workbook"), pr.send_progress_workbook, self.store,
                                self.aid, period, institution, path, lang=lang, xlsform=self.xlsform.isChecked(),
                                on_done=lambda _form: self._say(self.tr("Written: %1").replace("%1", path)),
                                on_error=self._say)

    def receive(self) -> None:
        """A returned workbook read in its own process (task runner), then stored as proposals."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Receive an institution's reply"), "",
                                              self.tr("Workbooks and ODK or Kobo exports (*.xlsx *.zip *.csv)"))
        if not path:
            return
        self.session.runner.run(self.tr("Reading the reply"), pr.read_progress_untrusted, path,
                                on_done=self._store_reply, on_error=self._say)

    def _store_reply(self, reply, take: bool = False) -> None:
        got = self.session.writes.run(pr.receive_progress, self.store, self.aid, reply, take=take)
        if isinstance(got, Refused):
            self._say(got.message)
            return
        if got.set_aside:   # older than, or undated unlike, one received before (services.plan.progress_replies)
            if got.older:
                said = self.tr("%1 for %2: this reply, filled %3, is older than the one of %4 received before: set "
                               "aside, nothing stored.").replace("%1", got.institution).replace("%2", got.period) \
                    .replace("%3", pr.when_text(got.filled)).replace("%4", pr.when_text(got.taken))
            else:
                said = self.tr("%1 for %2: this reply states no time it was filled, unlike the one of %3 received "
                               "before: set aside, nothing stored.").replace("%1", got.institution).replace(
                    "%2", got.period).replace("%3", pr.when_text(got.taken))
            self._say(said)
            if self._take_anyway(said):
                self._store_reply(reply, take=True)
            return
        said = self.tr("%1 for %2: %3 proposed, %4 as recorded already.").replace("%1", got.institution).replace(
            "%2", got.period).replace("%3", str(len(got.ids))).replace("%4", str(got.same_as_recorded))
        if got.forced:
            said += " " + self.tr("%1 replies for the period: this one taken on your word, not by the time it states "
                                  "(the one received before is of %2).").replace("%1", str(got.replies)).replace(
                "%2", pr.when_text(got.taken))
        elif got.replies > 1 and got.taken and not got.tie:
            said += " " + self.tr("%1 replies for the period: this one, of %2, is the newest.").replace(
                "%1", str(got.replies)).replace("%2", pr.when_text(got.taken))
        elif got.replies > 1:
            said += " " + self.tr("%1 replies for the period: this one taken as the one received last (no time they "
                                  "state tells them apart).").replace("%1", str(got.replies))
        self._say(said)
        self.load()

    def _take_anyway(self, said: str) -> bool:
        """The officer's way out of a reply set aside: take it all the same (a reply received before
        may state a wrong time)."""
        answer = QMessageBox.question(
            self, self.tr("Reply set aside"),
            said + "\n\n" + self.tr("Take this reply all the same? Its proposals then supersede the open ones of "
                                     "the reply received before."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _selected(self):
        row = self.table.currentRow()
        return self.proposals[row] if 0 <= row < len(self.proposals) else None

    def _decided(self, result) -> None:
        if isinstance(result, Refused):
            self._say(result.message)
            return
        self._say("")
        self.load()

    def accept_selected(self) -> None:
        p = self._selected()
        if p is not None:
            self._decided(self.session.writes.run(pr.accept, self.store, self.aid, p.id))

    def accept_every(self) -> None:
        from ...services.changes import Changes

        result = self.session.writes.run(pr.accept_all, self.store, self.aid)
        if not isinstance(result, Refused):
            self.session.writes.publish(Changes(self.aid, actions=True, proposals=True))
        self._decided(result)

    def reject_selected(self) -> None:
        p = self._selected()
        if p is not None:
            self._decided(self.session.writes.run(pr.reject, self.store, self.aid, p.id))


__all__ = ["ProgressRepliesDialog"]
