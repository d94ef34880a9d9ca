"""Questions sent to the institutions before the mission, and their replies, in the window.

*Send questions to institutions…* (:class:`SendDialog`): every institution of S0 with how many
questions it is asked, by when it should reply and whom it contacts; the workbooks are written into
a folder, one per institution, on the task runner (progress, cancel). *Institutions' proposals…*
(:class:`ProposalsDialog`): the values the replies brought, each beside the current answer, the
proposals of institutions that disagree side by side and marked; accept, edit then accept, reject,
or accept all of one institution's. Every write goes through ``services`` (``Writes``)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from ...domain.institutions import proposals as dp
from ...domain.institutions.request_fields import WINDOW_FIELDS, RequestField
from ...domain.languages import LANGUAGES, NAMES
from ...domain.questionnaire import tr
from ...domain.team.review import review_unit, unit_wording
from ...domain.values import display_text
from ...exchange.institutions.texts import text as cover_text
from ...services.institutions import forms
from ...services.institutions import asked as si
from ...services.institutions import proposals as sp
from ...services.base import ServiceError
from ..service_text import service_text
from ..writes import Refused
from ..numbers import when_text
from ..writing import isolated

if TYPE_CHECKING:
    from ..host import WindowHost

CONFLICT = QColor("#FCE4D6")


class SendDialog(QDialog):
    """Who is sent what, by when, whom to contact; the folder the workbooks go into."""

    def __init__(self, window: WindowHost, assessment_id: int) -> None:
        super().__init__(window)
        self.window_ = window
        self.assessment_id = assessment_id
        self.setObjectName("sendQuestionsDialog")
        self.setWindowTitle(QCoreApplication.translate("Institutions", "Send questions to institutions"))
        q = window.questionnaire
        self.rows = si.summaries(window.store, q, assessment_id, window.lang)
        lay = QVBoxLayout(self)
        intro = QLabel(QCoreApplication.translate("Institutions", "Each institution receives a workbook with only its questions, in the language chosen below, with what the mission already knows filled in. Its reply, imported with Import workbook…, becomes proposals: no answer changes until you accept them."), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.table = QTableWidget(len(self.rows), 3 + len(WINDOW_FIELDS), self)
        self.table.setObjectName("sendTable")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("Institutions", "Send"), QCoreApplication.translate("Institutions", "Institution"), QCoreApplication.translate("Institutions", "Questions"),
                                              *(_request_header(f, window.lang) for f in WINDOW_FIELDS)])
        self.table.verticalHeader().setVisible(False)
        self.checks: list[QCheckBox] = []
        # each request field's editor per institution, in the rows' order (request_fields.WINDOW_FIELDS)
        self.editors: dict[str, list[QLineEdit]] = {f.name: [] for f in WINDOW_FIELDS}
        for i, r in enumerate(self.rows):
            box = QCheckBox(self.table)
            box.setChecked(r.units > 0)
            box.setEnabled(r.units > 0)
            box.setAccessibleName(QCoreApplication.translate("Institutions", "Send to %1").replace("%1", r.label))
            self.checks.append(box)
            self.table.setCellWidget(i, 0, box)
            self.table.setItem(i, 1, _item(r.label))
            self.table.setItem(i, 2, _item(str(r.units), right=True))
            for column, f in enumerate(WINDOW_FIELDS, 3):
                editor = QLineEdit(getattr(r.request, f.name) if r.request else "", self.table)
                if f.kind == "date":
                    editor.setPlaceholderText("2026-12-01")
                else:
                    editor.setCursorPosition(0)  # a long contact shows its beginning
                self.editors[f.name].append(editor)
                self.table.setCellWidget(i, column, editor)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        for column, f in enumerate(WINDOW_FIELDS, 3):
            if f.kind == "date":
                self.table.setColumnWidth(column, max(150, header.sectionSizeHint(column)))
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(QCoreApplication.translate("Institutions", "Language of the workbooks:"), self))
        self.lang = QComboBox(self)
        self.lang.setObjectName("sendLanguage")
        for code in LANGUAGES:
            self.lang.addItem(NAMES[code], code)
        current = forms.assessment_language(window.store, assessment_id)
        self.lang.setCurrentIndex(max(0, self.lang.findData(current)))
        row.addWidget(self.lang)
        row.addStretch(1)
        lay.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(QLabel(QCoreApplication.translate("Institutions", "Folder:"), self))
        self.folder = QLineEdit(str(window.settings.value("last/institutions_folder", "") or Path.home()), self)
        self.folder.setObjectName("sendFolder")
        row.addWidget(self.folder, 1)
        browse = QPushButton(QCoreApplication.translate("Institutions", "&Browse…"), self)
        browse.clicked.connect(self._browse)
        row.addWidget(browse)
        lay.addLayout(row)
        self.message = QLabel(self)
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        lay.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.write_button = buttons.addButton(QCoreApplication.translate("Institutions", "&Write the workbooks"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(1040, 460)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, QCoreApplication.translate("Institutions", "Folder for the workbooks"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def chosen(self) -> list[str]:
        return [r.institution for r, box in zip(self.rows, self.checks, strict=True) if box.isChecked()]

    def language(self) -> str:
        return str(self.lang.currentData())

    def _accept(self) -> None:
        """Keep each request's fields shown (a history row for each request changed; a field the
        dialog does not show kept as it is), then close."""
        w = self.window_
        for i, r in enumerate(self.rows):
            old = r.request.values() if r.request else {}
            new = {**old, **{name: editors[i].text().strip() for name, editors in self.editors.items()}}
            if all(new[name] == old.get(name, "") for name in self.editors):
                continue
            done = w.writes.run(si.set_request, w.store, w.questionnaire, self.assessment_id, r.institution, **new)
            if isinstance(done, Refused):
                self.message.setText(f"{r.label}: {done.message}")
                self.message.setVisible(True)
                return
        if not self.chosen():
            self.message.setText(QCoreApplication.translate("Institutions", "Choose at least one institution."))
            self.message.setVisible(True)
            return
        w.settings.setValue("last/institutions_folder", self.folder.text())
        self.accept()


# the send dialog's headers of the request's fields (a field declared later: its cover line's label)
_REQUEST_HEADERS = {"deadline": QT_TRANSLATE_NOOP("Institutions", "Reply by (YYYY-MM-DD)"),
                    "contact": QT_TRANSLATE_NOOP("Institutions", "Contact for questions")}


def _request_header(f: RequestField, lang: str) -> str:
    if f.name in _REQUEST_HEADERS:
        return QCoreApplication.translate("Institutions", str(_REQUEST_HEADERS[f.name]))
    return cover_text(f.cover, lang)


def _item(text: str, right: bool = False, tip: str = "") -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    it.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    if right:
        it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        it.setToolTip(tip)
    return it


def send_questions(window: WindowHost) -> SendDialog | None:
    """*Send questions to institutions…*: the dialog, then the workbooks written in the background."""
    aid = window.current_assessment_id()
    if aid is None:
        return None
    try:
        dlg = SendDialog(window, aid)
    except ServiceError as exc:
        window.show_message(service_text(str(exc)))
        return None
    if window.dialogs_shown and not dlg.exec():
        return dlg
    write_workbooks(window, aid, dlg.folder.text(), dlg.chosen(), dlg.language())
    return dlg


def write_workbooks(window: WindowHost, aid: int, folder: str, institutions: list[str], lang: str) -> None:
    """One workbook per institution into ``folder``, on the task runner (progress and cancel)."""
    window.flush_view()

    def done(paths) -> None:
        message = QCoreApplication.translate("Institutions", "%1 workbooks written to %2").replace("%1", str(len(paths))).replace("%2", isolated(folder))
        flows = getattr(window, "flows", None)
        if flows is not None and paths:
            flows.offer_result(str(paths[0]), message, "\n".join(str(p) for p in paths))
        else:
            window.show_message(message)

    window.runner.run(QCoreApplication.translate("Institutions", "Writing the institutions' workbooks"), forms.export_institution_workbooks, window.store,
                      aid, folder, institutions=institutions, lang=lang, on_done=done,
                      on_error=lambda m: window.show_message(QCoreApplication.translate("Institutions", "The workbooks were not written: %1")
                                                             .replace("%1", service_text(m)), 15000),
                      on_cancel=lambda: window.show_message(QCoreApplication.translate("Institutions", "Cancelled: the workbooks written so far stay in the folder.")))


class ProposalsDialog(QDialog):
    """The values institutions proposed, each beside the current answer; accept, edit, reject."""

    HEADERS = (QT_TRANSLATE_NOOP("Institutions", "Question"), QT_TRANSLATE_NOOP("Institutions", "Current answer"),
               QT_TRANSLATE_NOOP("Institutions", "Proposed"), QT_TRANSLATE_NOOP("Institutions", "Institution"),
               QT_TRANSLATE_NOOP("Institutions", "Respondent"), QT_TRANSLATE_NOOP("Institutions", "Comment"),
               QT_TRANSLATE_NOOP("Institutions", "Received"), QT_TRANSLATE_NOOP("Institutions", "State"))

    def __init__(self, window: WindowHost, assessment_id: int) -> None:
        super().__init__(window)
        self.window_ = window
        self.assessment_id = assessment_id
        self.setObjectName("proposalsDialog")
        self.setWindowTitle(QCoreApplication.translate("Institutions", "Institutions' proposals"))
        self.proposals: list[dp.Proposal] = []
        lay = QVBoxLayout(self)
        intro = QLabel(QCoreApplication.translate("Institutions", "Values the institutions proposed in their replies. None changes an answer until you accept it; proposals of institutions that disagree are shown together and marked."), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(QCoreApplication.translate("Institutions", "Institution:"), self))
        self.institution = QComboBox(self)
        self.institution.setObjectName("proposalsInstitution")
        self.institution.addItem(QCoreApplication.translate("Institutions", "All"), "")
        q = window.questionnaire
        for r in si.summaries(window.store, q, assessment_id, window.lang):
            self.institution.addItem(r.label, r.institution)
        self.institution.currentIndexChanged.connect(self.refresh)
        filters.addWidget(self.institution)
        self.show_decided = QCheckBox(QCoreApplication.translate("Institutions", "Show those decided"), self)
        self.show_decided.toggled.connect(self.refresh)
        filters.addWidget(self.show_decided)
        filters.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setObjectName("proposalsSummary")
        filters.addWidget(self.summary)
        lay.addLayout(filters)
        self.table = QTableWidget(0, len(self.HEADERS), self)
        self.table.setObjectName("proposalsTable")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("Institutions", str(h)) for h in self.HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 150), (2, 150), (3, 190), (4, 150), (5, 170), (6, 120), (7, 80)):
            self.table.setColumnWidth(col, width)
        self.table.itemSelectionChanged.connect(self._selection)
        lay.addWidget(self.table, 1)
        self.message = QLabel(self)
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        lay.addWidget(self.message)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(QCoreApplication.translate("Institutions", "&Accept"), self)
        self.edit_button = QPushButton(QCoreApplication.translate("Institutions", "&Edit and accept…"), self)
        self.reject_button = QPushButton(QCoreApplication.translate("Institutions", "&Reject"), self)
        self.accept_all_button = QPushButton(QCoreApplication.translate("Institutions", "Accept all of this &institution"), self)
        self.accept_all_button.setToolTip(QCoreApplication.translate("Institutions", "Every open proposal of the institution chosen above, at once (refused while another institution proposes something else)"))
        close = QPushButton(QCoreApplication.translate("Institutions", "&Close"), self)
        for b in (self.accept_button, self.edit_button, self.reject_button, self.accept_all_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        lay.addLayout(buttons)
        self.accept_button.clicked.connect(self.accept_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.accept_all_button.clicked.connect(self.accept_all)
        close.clicked.connect(self.close)
        self.resize(1200, 560)
        self.refresh()

    # --- what is shown --------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # Qt's name
        super().showEvent(event)
        self.table.resizeRowsToContents()  # once the columns have their widths

    def refresh(self) -> None:
        w = self.window_
        q = w.questionnaire
        lang = w.lang
        inst = self.institution.currentData() or None
        try:
            every = sp.list_proposals(w.store, self.assessment_id)
            answers = w.store.answers(self.assessment_id)
        except ServiceError as exc:
            self._say(service_text(str(exc)))
            return
        for i in range(1, self.institution.count()):  # a name accepted from a reply names it at once
            self.institution.setItemText(i, sp.institution_shown(q, answers, self.institution.itemData(i), lang))
        clashes = dp.conflicts(every)
        order = {k: i for i, (k, _f, _c) in enumerate(q.all_keys())}
        shown = [p for p in every if (self.show_decided.isChecked() or p.is_open)
                 and (inst is None or p.institution == inst or p.key in clashes)]
        shown.sort(key=lambda p: (order.get(p.key, 1 << 30), p.id))
        self.proposals = shown
        self.table.setRowCount(len(shown))
        for row, p in enumerate(shown):
            resolved = q.resolve_key(p.key)
            fld = resolved[1] if resolved else None
            unit = review_unit(q, p.key)
            question = unit_wording(q, unit, lang) if unit else p.key
            if resolved is not None and resolved[0].type in ("grid", "matrix") and fld is not None:
                question += f" — {tr(fld.label, lang)}"
            current = answers.get(p.key)
            cells = [question, _shown_answer(fld, current.status if current else "empty",
                                             current.value if current else None, lang),
                     _shown_answer(fld, p.status, p.value, lang),
                     sp.institution_shown(q, answers, p.institution, lang), p.respondent, p.comment,
                     when_text(p.received_at), _state(p.state)]
            conflict = p.key in clashes and p.is_open
            for col, value in enumerate(cells):
                it = _item(value, tip=value if col in (0, 5) else "")
                if conflict:
                    it.setBackground(CONFLICT)
                    if col == 2:
                        it.setToolTip(QCoreApplication.translate("Institutions", "Another institution proposes something else for this answer"))
                self.table.setItem(row, col, it)
        self.table.resizeRowsToContents()
        n_open = sum(1 for p in every if p.is_open)
        self.summary.setText(QCoreApplication.translate("Institutions", "Open: %1. Answers on which institutions disagree: %2.")
                             .replace("%1", str(n_open)).replace("%2", str(len(clashes))))
        self.accept_all_button.setEnabled(inst is not None)
        self._selection()

    def _selection(self) -> None:
        chosen = self.selected()
        open_ = [p for p in chosen if p.is_open]
        writable = not getattr(self.window_.store, "readonly", False)
        self.accept_button.setEnabled(writable and bool(open_) and len({p.key for p in open_}) == len(open_))
        self.edit_button.setEnabled(writable and len(open_) == 1)
        self.reject_button.setEnabled(writable and bool(open_))

    def selected(self) -> list[dp.Proposal]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.proposals[r] for r in rows if r < len(self.proposals)]

    def select_key(self, key: str) -> None:
        """Select the proposals of one answer (tests; a question's page)."""
        self.table.clearSelection()
        for row, p in enumerate(self.proposals):
            if p.key == key:
                self.table.setRangeSelected(_range(row, self.table.columnCount()), True)

    def select_proposal(self, proposal: dp.Proposal) -> None:
        """Select one proposal's line (tests): as :meth:`select_key`, by range, which the keyboard's
        modifiers held at that moment do not turn into a toggle or an extension, as they do
        ``QTableView.selectRow``'s."""
        self.table.clearSelection()
        if proposal in self.proposals:
            row = self.proposals.index(proposal)
            self.table.setRangeSelected(_range(row, self.table.columnCount()), True)

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    # --- decisions ------------------------------------------------------------------------------
    def _done(self, result: Any) -> bool:
        if isinstance(result, Refused):
            self._say(result.message)
            self.refresh()
            return False
        self._say("")
        if getattr(result, "keys", None) and hasattr(result, "ids"):  # answers changed: the page shows them
            reload_open(self.window_, self.assessment_id)
        self.refresh()
        return True

    def accept_selected(self) -> bool:
        w = self.window_
        chosen = [p for p in self.selected() if p.is_open]
        if not chosen:
            return False
        ok = True
        for p in chosen:
            ok = self._done(w.writes.run(sp.accept, w.store, w.questionnaire, self.assessment_id, p.id,
                                         lang=w.lang, key=p.key)) and ok
        return ok

    def edit_selected(self, value: Any = None) -> bool:
        """Accept the selected proposal with the officer's value: asked (a list for choices, the
        value as text otherwise) unless ``value`` is given (tests)."""
        w = self.window_
        chosen = [p for p in self.selected() if p.is_open]
        if len(chosen) != 1:
            return False
        p = chosen[0]
        resolved = w.questionnaire.resolve_key(p.key)
        if resolved is None:
            return False
        fld = resolved[1]
        text: str | None = None
        if value is None:
            if fld.type == "select_one":
                labels = [tr(c.label, w.lang) for c in fld.choices]
                current = fld.choice(str(p.value)) if p.value is not None else None
                start = labels.index(tr(current.label, w.lang)) if current is not None else 0
                label, ok = QInputDialog.getItem(self, QCoreApplication.translate("Institutions", "Edit and accept"), QCoreApplication.translate("Institutions", "Value:"), labels, start, False)
                if not ok:
                    return False
                value = fld.choices[labels.index(label)].code
            else:
                shown = "" if p.value is None else (", ".join(p.value) if isinstance(p.value, list) else str(p.value))
                entered, ok = QInputDialog.getText(self, QCoreApplication.translate("Institutions", "Edit and accept"), QCoreApplication.translate("Institutions", "Value:"), text=shown)
                if not ok:
                    return False
                text = entered
        return self._done(w.writes.run(sp.accept_edited, w.store, w.questionnaire, self.assessment_id, p.id, value,
                                       text=text, lang=w.lang, key=p.key))

    def reject_selected(self) -> bool:
        w = self.window_
        chosen = [p.id for p in self.selected() if p.is_open]
        if not chosen:
            return False
        return self._done(w.writes.run(sp.reject, w.store, self.assessment_id, chosen))

    def accept_all(self) -> bool:
        w = self.window_
        inst = self.institution.currentData()
        if not inst:
            return False
        return self._done(w.writes.run(sp.accept_institution, w.store, w.questionnaire, self.assessment_id, inst,
                                       lang=w.lang))


def _range(row: int, columns: int):
    from PySide6.QtWidgets import QTableWidgetSelectionRange

    return QTableWidgetSelectionRange(row, 0, row, columns - 1)


def _state(state: str) -> str:
    return {dp.OPEN: QCoreApplication.translate("Institutions", "open"), dp.ACCEPTED: QCoreApplication.translate("Institutions", "accepted"), dp.REJECTED: QCoreApplication.translate("Institutions", "rejected"),
            dp.SUPERSEDED: QCoreApplication.translate("Institutions", "superseded")}.get(state, state)


def _shown_answer(fld, status: str, value: Any, lang: str) -> str:
    if status == "answered" and fld is not None:
        return display_text(fld, value, lang)
    return {"dont_know": QCoreApplication.translate("Institutions", "don't know"), "not_applicable": QCoreApplication.translate("Institutions", "not applicable")}.get(status, "")


def reload_open(window: WindowHost, assessment_id: int) -> None:
    """The open assessment shows answers its session read when it opened: reopened where it was
    when an accepted proposal changed them (as an import does)."""
    session = window.session
    if session is None or session.assessment_id != assessment_id:
        return
    where = window.view.current_key if window.view is not None else ""
    if window.close_assessment(remember=False):
        window.open_assessment(assessment_id, where or None)


def show_proposals(window: WindowHost, assessment_id: int | None = None) -> ProposalsDialog | None:
    """*Institutions' proposals…*: the dialog, not modal (the window stays usable beside it)."""
    aid = assessment_id if assessment_id is not None else window.current_assessment_id()
    if aid is None:
        return None
    dlg = ProposalsDialog(window, aid)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if window.dialogs_shown:
        dlg.show()
    return dlg


__all__ = ["ProposalsDialog", "SendDialog", "reload_open", "send_questions", "show_proposals", "write_workbooks"]
