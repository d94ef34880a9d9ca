"""The "Action plan" tab of an open assessment: a table of the actions and a form for the selected
one. Every change is saved at once through ``services.actionplan`` (a field when it loses focus or
Enter is pressed, a choice when it is picked), published on the window's change bus and pushed on
the session's undo stack (Ctrl+Z undoes it like an answer). Institutions are picked from the
assessment's own (S0 / the assessment's details) or typed.

The costed plan: each action's cost lines (year, amount, currency, funding source, secured) are
edited in a small dialog (``plan_dialogs``), the few priority actions of the plan at a glance are
ticked, and above the table the plan's state is told in one line (validated or proposed, what
changed since the validation) with the plan's currency and exchange rates, the totals by year,
institution and funding source with the financing gap, and the validation record a dialog away.
Below the table, the total cost, the part secured and the financing gap."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QCheckBox, QComboBox, QDialog, QFormLayout, QFrame, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton, QScrollArea, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from ...domain.plan.actions import ACTION_STATUSES, PRIORITY_ACTIONS_MAX, Action
from ...domain.celltext import neutral_direction
from ...domain.editorial import form_label, join_list, quarter, semicolon_list
from ...domain.plan.fields import ACTION_TEXTS
from ...domain.plan.validation import field_words
from ...domain.texts import text as catalogue_text
from ...domain.plan.cost import Cost, cost_by_currency
from ...services.plan import actions as plans
from ...services.assessments import ServiceError
from ...services.changes import Changes
from . import dialogs
from .dialogs import status_label
from ..documents import DocumentsPanel
from ..widgets.editors import AnchorLabel, PlainText, scroll_into_view, tab_after_self
from ..questions.grid import WrapHeader
from ..session import Unsaved, not_saved_message
from ..writes import Refused
from ..writing import isolated
from ..numbers import (
    date_text,
    interface_language,
    period_field_text,
    period_from_text,
    period_text,
    sentences,
    short_date_text,
)
from ..service_text import service_text


def priority_label(p: int) -> str:
    labels = {
        1: QCoreApplication.translate("ActionPlanView", "High"),
        2: QCoreApplication.translate("ActionPlanView", "Medium"),
        3: QCoreApplication.translate("ActionPlanView", "Low"),
    }
    return labels.get(p, str(p))


# --- undo ------------------------------------------------------------------------------------

class _PlanCommand(QUndoCommand):
    """A change already saved when pushed (its first redo does nothing); undo and redo go
    through the services again and publish their changes."""

    def __init__(self, view: ActionPlanView, text: str):
        super().__init__()
        self.view = view
        self._first = True
        self.setText(text)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.view._run(self.do)

    def undo(self) -> None:
        self.view._run(self.undo_it)

    def do(self) -> Changes:
        raise NotImplementedError

    def undo_it(self) -> Changes:
        raise NotImplementedError


class EditCommand(_PlanCommand):
    def __init__(self, view: ActionPlanView, old: Action, new: Action):
        super().__init__(view, QCoreApplication.translate("ActionPlanView", "action %s") % _short(new.title))
        self.old, self.new = old, new

    def do(self) -> Changes:
        return plans.update_action(self.view.store, self.view.q, self.view.aid, self.new).changes

    def undo_it(self) -> Changes:
        return plans.update_action(self.view.store, self.view.q, self.view.aid, self.old).changes


class AddCommand(_PlanCommand):
    """Adding (``removal=False``) or removing one action; the other is its undo."""

    def __init__(self, view: ActionPlanView, action: Action, removal: bool = False):
        super().__init__(view, (QCoreApplication.translate("ActionPlanView", "removing action %s") if removal else QCoreApplication.translate("ActionPlanView", "new action %s"))
                         % _short(action.title))
        self.action, self.removal = action, removal

    def _add(self) -> Changes:
        return plans.add_action(self.view.store, self.view.q, self.view.aid, self.action,
                                position=self.action.position).changes

    def _remove(self) -> Changes:
        return plans.remove_action(self.view.store, self.view.aid, self.action.id).changes

    def do(self) -> Changes:
        return self._remove() if self.removal else self._add()

    def undo_it(self) -> Changes:
        return self._add() if self.removal else self._remove()


class OrderCommand(_PlanCommand):
    def __init__(self, view: ActionPlanView, before: list[str], after: list[str], text: str):
        super().__init__(view, text)
        self.before, self.after = before, after

    def do(self) -> Changes:
        return plans.reorder_actions(self.view.store, self.view.aid, self.after)

    def undo_it(self) -> Changes:
        return plans.reorder_actions(self.view.store, self.view.aid, self.before)


def _short(text: str, n: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1].rstrip() + "…"


# --- the view --------------------------------------------------------------------------------

class ActionTable(QTableWidget):
    """The plan's table: its columns share the width it has (the action's title the most), so
    that a narrow window wraps the titles rather than squeezing them to a word per line."""

    SHARES = (0.38, 0.20, 0.16, 0.15, 0.11)  # action, responsible, timeline, cost, status
    LEAST = (130, 80, 70, 84, 64)
    TITLE_LENDS = 90  # the title's width down to which it lends to a heading's longest word ("Сро-ки")

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        # headings wrap onto a second line, hyphenated where their language allows, rather than
        # end in "…" ("الجدول الزم…", "Ответствен…" at 1366 px)
        self.setHorizontalHeader(WrapHeader(Qt.Orientation.Horizontal, self))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setStretchLastSection(False)
        # a heading too long for its column ends in "…" (its tooltip has it whole) rather than
        # showing its middle: "Responsable" read "ponsal" at 1024 px in French
        self.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        # the header's own font in the weight its sections are drawn in (the style sheet's 600), so
        # that a heading too long for its column is elided by its drawn width, not clipped
        self.horizontalHeader().setStyleSheet("QHeaderView { font-weight: 600; }")

    def resizeEvent(self, e) -> None:
        super().resizeEvent(e)
        self.fit_columns()

    def _least(self) -> list[int]:
        """Each column's least width; the priority and the status as wide as their longest label
        ("Moyenne", "En cours"), which are single words."""
        least = list(self.LEAST)
        # the headings measured as the style sheet draws them (font-weight 600): measured in the
        # regular weight, the Arabic ones were given too little room and cut at both ends ("لجهة المسؤول")
        bold = QFont(self.horizontalHeader().font())
        bold.setWeight(QFont.Weight.DemiBold)
        fm, head = self.fontMetrics(), QFontMetrics(bold)
        for c in (1, 2):  # the heading of a column whose cells wrap, whole when there is room
            header = self.horizontalHeaderItem(c) if c < self.columnCount() else None
            if header is not None:  # on one line where there is room; else it wraps (WrapHeader)
                least[c] = max(least[c], head.horizontalAdvance(header.text()) + 22)
        for c in (3, 4):
            if c < self.columnCount():
                header = self.horizontalHeaderItem(c)
                cells = (self.item(r, c) for r in range(self.rowCount()))
                # a cost of several currencies wraps after its "+" (each amount whole: its spaces
                # are no-break), so the column is as wide as its widest amount, not as their sum
                # ("USD 15,000 + XOF 6,000,000" took a sixth of the table at 1280 px)
                texts = [part for cell in cells if cell is not None
                         for part in (cell.text().replace(" + ", " +\n").split("\n") if c == 3 else [cell.text()])]
                widest = max([fm.horizontalAdvance(t) for t in texts] + [
                    head.horizontalAdvance(header.text()) + 6 if header is not None else 0])
                least[c] = max(least[c], widest + 16)
        return least

    def _word_width(self, c: int) -> int:
        """The width column ``c`` needs for its heading's longest word on a line of its own."""
        header = self.horizontalHeaderItem(c) if c < self.columnCount() else None
        if header is None or not header.text().split():
            return 0
        bold = QFont(self.horizontalHeader().font())
        bold.setBold(True)  # as WrapHeader measures its lines
        head = QFontMetrics(bold)
        return max(head.horizontalAdvance(w) for w in header.text().split()) + WrapHeader.PAD + 4

    def fit_columns(self) -> None:
        room = self.viewport().width()
        least_widths = self._least()
        if room < sum(least_widths):
            # narrower still: the cost and the status keep their width (a right-aligned amount cut
            # on its left read "5 000 000 XOF" for 15 000 000 at 1024 px in French) and the other
            # columns shrink alike, their text wrapped
            kept = sum(least_widths[3:])
            flexible = least_widths[:3]
            rest = max(room - kept, 3 * 40)
            widths = [int(least * rest / sum(flexible)) for least in flexible] + least_widths[3:]
            # the responsible's and the timeline's headings keep their longest word whole (they
            # read "Respons-ible", "Timelin-e" at 1280 px): the title gives up what they need
            for c, need in ((1, self._word_width(1)), (2, self._word_width(2))):
                extra = min(max(0, need - widths[c]), max(0, widths[0] - self.TITLE_LENDS))
                widths[c] += extra
                widths[0] -= extra
        else:
            widths = [max(least, int(room * share)) for share, least in zip(self.SHARES, least_widths, strict=True)]
            over = sum(widths) - room
            widths[0] -= max(0, over)
        widths[0] += max(0, room - sum(widths))  # what is left goes to the title
        changed = False
        for c, w in enumerate(widths[: self.columnCount()]):
            if self.columnWidth(c) != w:
                self.setColumnWidth(c, w)
                changed = True
        if changed:
            self.updateGeometries()  # the header's height follows its wrapped headings


class FormLabel(AnchorLabel):
    """A form's label above its field that wraps only when the form is narrower than its text: a
    word-wrapped label asks for a width of its own guess, which the form layout gave it, so
    "Add from the assessment:" took three lines in the height of two and was cut."""

    def sizeHint(self):
        hint = super().sizeHint()
        if not self.wordWrap() or not self.text():
            return hint
        m = self.contentsMargins()
        width = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, self.text()).width() \
            + m.left() + m.right() + 2 * self.margin() + 1
        return QSize(width, self.heightForWidth(width))


class ActionPlanView(QWidget):
    """The action plan of the session's assessment."""

    COLUMNS = 5
    COST_COLUMNS = 4

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.store, self.q, self.aid = session.store, session.q, session.assessment_id
        self.setObjectName("actionPlanView")
        self.plan: list[Action] = []
        self.state: plans.PlanState | None = None
        self._loading = False
        self._built = False
        self._wire_session(session)

    # --- made when first shown (a third of opening an assessment, on a tab the officer may not open)
    def setVisible(self, visible: bool) -> None:
        if visible:
            self.ensure_built()  # before it shows: its controls show with it
        super().setVisible(visible)

    def ensure_built(self) -> None:
        """The panels, their texts and the plan read, once: when the tab is first shown, or when
        the assessment view is asked for the plan (``AssessmentView.action_plan``)."""
        if self._built:
            return
        self._built = True
        box = QVBoxLayout(self)
        self._build_header(box)
        self._build_table()
        scroll = self._build_form()
        self._build_bottom(box, scroll)
        self.retranslate()
        # Return clicks the button that has the focus, as Space does (a button outside a dialog
        # takes Return only when it is auto-default: Return on Attach document… did nothing)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(True)
        # made when first shown, after the parts of the window made since: its controls put back in
        # the tab order where they stood when made with the assessment view
        tab_after_self(self, self._tab_chain())
        self._wire(self.session)
        self.reload()

    # --- the panels (__init__ split, each part under 80 lines) ------------------------
    def _build_header(self, box: QVBoxLayout) -> None:
        """The title, the hint, the plan's state with the validation button, the actions' buttons."""
        box.setContentsMargins(12, 10, 12, 10)
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        box.addWidget(self.title)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        box.addWidget(self.hint)
        plan_bar = QHBoxLayout()  # the plan's state: validated or proposed, changes since
        self.plan_state = QLabel(self)
        self.plan_state.setObjectName("planState")
        self.plan_state.setWordWrap(True)
        self.plan_state.setTextFormat(Qt.TextFormat.PlainText)
        plan_bar.addWidget(self.plan_state, 1)
        self.validate_button = QPushButton(self)
        self.finance_button = QPushButton(self)
        self.totals_button = QPushButton(self)
        self.results_button = QPushButton(self)  # the results chain above the actions
        self.results_button.setObjectName("resultsChainButton")
        self.request_button = QPushButton(self)  # the funding request's record
        self.request_button.setObjectName("fundingRequestButton")
        self.partner_button = QPushButton(self)  # a partner's edition of the funding request
        self.partner_button.setObjectName("partnerEditionButton")
        buttons = QGridLayout()  # two by two: the plan's buttons keep to 1024 px in every language
        buttons.addWidget(self.results_button, 0, 0)
        buttons.addWidget(self.validate_button, 0, 1)
        buttons.addWidget(self.request_button, 1, 0)
        buttons.addWidget(self.partner_button, 1, 1)
        plan_bar.addLayout(buttons)
        box.addLayout(plan_bar)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self)
        self.draft_button = QPushButton(self)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        for b in (self.new_button, self.draft_button, self.up_button, self.down_button, self.remove_button):
            bar.addWidget(b)
        bar.addStretch(1)
        box.addLayout(bar)

    def _build_table(self) -> None:
        """The splitter and the list of actions."""
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = ActionTable(0, self.COLUMNS, self.splitter)
        self.table.setObjectName("actionTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the form; arrows move in it
        self.table.verticalHeader().setVisible(True)
        # an action's title wraps (read whole at 1280 px and below); the row grows to fit it
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _build_form(self) -> QScrollArea:
        """The selected action's form, scrolling on a small screen."""
        scroll = self.form_scroll = QScrollArea(self.splitter)  # the form scrolls on a small screen, never clipped
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # no stop of its own in the tab order: Tab goes from the table to the title, and the field
        # Tab reaches is scrolled into view (_on_focus_changed)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        form_host = QWidget(scroll)
        scroll.setWidget(form_host)
        fbox = QVBoxLayout(form_host)
        fbox.setContentsMargins(8, 0, 0, 0)
        form = self.form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: room for the table
        self.f_title = QLineEdit(form_host)
        self.f_institutions = PlainText(form_host)
        self.pick = QComboBox(form_host)
        self.f_start = QLineEdit(form_host)
        self.f_end = QLineEdit(form_host)
        self.f_resources = PlainText(form_host)
        self.f_milestone = PlainText(form_host)
        self.f_priority = QComboBox(form_host)
        self.f_status = QComboBox(form_host)
        for combo in (self.pick, self.f_priority, self.f_status):  # as narrow as the form, never wider
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.f_pqs = QLineEdit(form_host)
        self.f_chosen = QCheckBox(form_host)
        self.f_strategy = QLineEdit(form_host)
        # the texts an action declares (domain.plan.fields: the results framework, risks, SDG
        # target …), each a one-line field or a box growing to its lines; then the dependencies
        self.f_texts: dict[str, Any] = {
            f.name: QLineEdit(form_host) if f.lines == 1 else PlainText(form_host, 1, f.lines) for f in ACTION_TEXTS}
        self.f_indicator, self.f_baseline, self.f_target, self.f_verification, self.f_risks, self.f_sdg = (
            self.f_texts[n] for n in ("indicator", "baseline", "target", "verification", "risks", "sdg_target"))
        self.f_depends = dialogs.DependsList(form_host)  # the other actions, ticked by title
        costs = self._build_costs(form_host)
        self.f_source = QLabel(form_host)
        self.f_source.setObjectName("hint")
        self.f_source.setWordWrap(True)
        when_box = self._build_when(form_host)
        # labels above their fields, on one line where the form is wide enough and wrapped (as
        # high as their lines) where it is not
        self._labels = [FormLabel(form_host) for _ in range(13 + len(ACTION_TEXTS))]
        # the priority-action box's text is its row's label, which wraps (a check box's own text
        # never does: in French it widened the form past the window); a click on it ticks the box
        self._labels[7].clicked.connect(lambda: self.f_chosen.click())
        for lab in self._labels:
            lab.setWordWrap(True)
        rows: tuple[Any, ...] = (self.f_title, self.f_institutions, self.pick, when_box,
                                 self.f_resources, self.f_milestone, self.f_priority, self.f_chosen,
                                 self.f_status, self.f_pqs, self.f_strategy, *self.f_texts.values(),
                                 self.f_depends, costs)
        for lab, w in zip(self._labels, rows, strict=True):
            form.addRow(lab, w)
            if isinstance(w, QWidget):
                lab.setBuddy(w)
        self._labels[3].setBuddy(self.f_start)
        self._labels[7].setBuddy(self.f_chosen)
        fbox.addLayout(form)
        fbox.addWidget(self.f_source)
        self._build_documents(form_host, fbox)
        return scroll

    def _build_when(self, form_host: QWidget) -> QVBoxLayout:
        """The Start and End fields on one line, and under them what they could not read."""
        dates = QHBoxLayout()
        dates.addWidget(self.f_start)
        self.to_label = QLabel(form_host)
        dates.addWidget(self.to_label)
        dates.addWidget(self.f_end)
        # what was typed in Start or End and is neither a quarter nor a date, said under the two
        # fields (the typed text stays in its field, nothing is saved until it is corrected)
        self.when_error = QLabel(form_host)
        self.when_error.setObjectName("fieldError")
        self.when_error.setWordWrap(True)
        self.when_error.setVisible(False)
        when_box = QVBoxLayout()
        when_box.setSpacing(2)
        when_box.addLayout(dates)
        when_box.addWidget(self.when_error)
        return when_box

    def _build_documents(self, form_host: QWidget, fbox: QVBoxLayout) -> None:
        """Under the form: the action's documents, then the line that says what could not be saved."""
        # the documents attached to the selected action as evidence: gui/documents.py
        self.documents_label = QLabel(form_host)
        self.documents_label.setWordWrap(True)
        self.f_documents = DocumentsPanel(self.session, "", form_host)
        fbox.addWidget(self.documents_label)
        fbox.addWidget(self.f_documents)
        self.error = QLabel(form_host)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        fbox.addWidget(self.error)
        fbox.addStretch(1)

    def _build_costs(self, form_host: QWidget) -> QVBoxLayout:
        """The action's cost lines and their buttons."""
        costs = QVBoxLayout()
        self.f_costs = QTableWidget(0, self.COST_COLUMNS, form_host)
        self.f_costs.setObjectName("costLines")
        self.f_costs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.f_costs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.f_costs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.f_costs.setTabKeyNavigation(False)
        self.f_costs.verticalHeader().setVisible(False)
        # a cell wraps and its row grows to show it whole, never "Budget …"
        self.f_costs.setWordWrap(True)
        self.f_costs.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.f_costs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.f_costs.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.f_costs.setMinimumHeight(96)
        self.f_costs.setMaximumHeight(150)
        costs.addWidget(self.f_costs)
        cost_bar = QHBoxLayout()
        self.add_cost_button = QPushButton(form_host)
        self.edit_cost_button = QPushButton(form_host)
        self.remove_cost_button = QPushButton(form_host)
        for b in (self.add_cost_button, self.edit_cost_button, self.remove_cost_button):
            cost_bar.addWidget(b)
        cost_bar.addStretch(1)
        costs.addLayout(cost_bar)
        return costs

    def _build_bottom(self, box: QVBoxLayout, scroll: QScrollArea) -> None:
        """The splitter in the layout, the totals line with the currency and budget buttons."""
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        # the form keeps room for its buttons at 1024 px; at 1280 px the table its headings whole
        self.splitter.setSizes([620, 380])
        box.addWidget(self.splitter, 1)
        totals_bar = QHBoxLayout()  # the totals and the financing gap, the currency and the details
        self.totals_line = QLabel(self)
        self.totals_line.setObjectName("planTotals")
        self.totals_line.setWordWrap(True)
        self.totals_line.setTextFormat(Qt.TextFormat.PlainText)
        totals_bar.addWidget(self.totals_line, 1)
        totals_bar.addWidget(self.finance_button, 0, Qt.AlignmentFlag.AlignTop)
        totals_bar.addWidget(self.totals_button, 0, Qt.AlignmentFlag.AlignTop)
        self.progress_button = QPushButton(self)
        totals_bar.addWidget(self.progress_button, 0, Qt.AlignmentFlag.AlignTop)
        self.achieved_button = QPushButton(self)
        totals_bar.addWidget(self.achieved_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(totals_bar)
        self.empty = QLabel(self)
        self.empty.setObjectName("hint")
        box.addWidget(self.empty)

    def _tab_chain(self) -> list[QWidget]:
        # Tab goes as the eye reads: the plan's four buttons (results chain, validation, funding
        # request, a partner's edition), the actions' buttons, the table, the form, then
        # the plan's currency, budget, progress and earlier plan under the table
        chain = [self.results_button, self.validate_button, self.request_button, self.partner_button,
                 self.new_button, self.draft_button, self.up_button, self.down_button,
                 self.remove_button, self.table, self.f_title, self.f_institutions, self.pick, self.f_start,
                 self.f_end, self.f_resources, self.f_milestone, self.f_priority, self.f_chosen, self.f_status,
                 self.f_pqs, self.f_strategy, *self.f_texts.values(), self.f_depends, self.f_costs,
                 self.add_cost_button, self.edit_cost_button,
                 self.remove_cost_button, self.f_documents.list, self.f_documents.attach, self.f_documents.open,
                 self.f_documents.remove, self.finance_button, self.totals_button, self.progress_button,
                 self.achieved_button]
        return chain

    def _wire(self, session) -> None:
        # wiring: every field saves when it is left, every choice when it is picked
        for w in (self.f_title, self.f_start, self.f_end, self.f_pqs, self.f_strategy,
                  *(t for t in self.f_texts.values() if isinstance(t, QLineEdit))):
            w.editingFinished.connect(self.save_current)
        self.f_depends.changed.connect(self.save_current)
        self.f_chosen.clicked.connect(lambda _on: self.save_current())
        self.add_cost_button.clicked.connect(self.add_cost)
        self.edit_cost_button.clicked.connect(self.edit_cost)
        self.remove_cost_button.clicked.connect(self.remove_cost)
        self.f_costs.itemSelectionChanged.connect(self._cost_buttons)
        for button, open_dialog in ((self.validate_button, self.validation_dialog),
                                    (self.finance_button, self.finance_dialog), (self.totals_button, self.totals_dialog),
                                    (self.results_button, self.results_dialog), (self.request_button, self.request_dialog),
                                    (self.partner_button, self.partner_edition),
                                    (self.progress_button, self.progress_dialog),
                                    (self.achieved_button, self.achieved_dialog)):
            button.clicked.connect(lambda _checked=False, b=button, f=open_dialog: self._dialog_from(b, f))
        for t in (self.f_institutions, self.f_resources, self.f_milestone,
                  *(t for t in self.f_texts.values() if not isinstance(t, QLineEdit))):
            t.focusLost.connect(self.save_current)
        self.f_priority.activated.connect(lambda _i: self.save_current())
        self.f_status.activated.connect(lambda _i: self.save_current())
        self.pick.activated.connect(self._pick_institution)
        self.new_button.clicked.connect(self.new_action)
        self.draft_button.clicked.connect(self.draft)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        self.table.itemSelectionChanged.connect(self._show_current)
        for seq, slot in (("Insert", self.new_action), ("Delete", self.remove_current),
                          ("Ctrl+Shift+Up", lambda: self.move_current(-1)), ("Ctrl+Shift+Down", lambda: self.move_current(1))):
            sc = QShortcut(QKeySequence(seq), self.table)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)
        for seq, slot in (("Insert", self.add_cost), ("Delete", self.remove_cost), ("Return", self.edit_cost),
                          ("Enter", self.edit_cost)):
            sc = QShortcut(QKeySequence(seq), self.f_costs)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)

    def _dialog_from(self, button: QPushButton, open_dialog) -> None:
        """``open_dialog()`` run from ``button``, and the keyboard back on the button once the dialog
        is closed, accepted or not: Qt gave it back to the control that had it before the button's
        letter was pressed (*Results chain…*, reached by Tab), and the officer lost their place. Set
        while the window is still inactive, the focus is taken when the window is active again."""
        try:
            open_dialog()
        finally:
            if shiboken6.isValid(button) and button.isVisible() and button.isEnabled():
                button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _wire_session(self, session) -> None:
        """The session's and the application's signals, connected when the view is made (before
        the assessment view's own, as when the panels were made with it), heard once it is built."""
        session.bus.changed.connect(self._on_changes)
        # the field Tab reaches is scrolled into view: from the table, Tab went to the title at the
        # top of a form scrolled down to its costs, and what was typed replaced the title unseen
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        session.languageChanged.connect(self._on_language_changed)
        session.readOnlyChanged.connect(self._on_read_only)

    # --- text ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Action plan"))
        self.hint.setText(self.tr(
            "What the country will do about the gaps: who owns each action, by when, at what cost and "
            "funded by whom. Draft the actions from the recommendations, tick the few priority "
            "actions, cost them, then record the government's validation. Every change is saved at "
            "once; Ctrl+Z undoes it."))
        # every button has its Alt letter, none shared with another control, a menu or a tab in any
        # of the six languages (tests/gui/test_mnemonic_clashes.py); the form's fields have
        # fewer: the 26 letters of English went to the buttons first
        self.finance_button.setText(self.tr("Currenc&y…"))
        self.results_button.setText(self.tr("Re&sults chain…"))
        self.results_button.setToolTip(self.tr("The overall objective, the outcomes, their indicators with "
                                               "yearly targets, and the outcome each action serves"))
        self.request_button.setText(self.tr("Fund&ing request…"))
        self.request_button.setToolTip(self.tr("Who commits the national budget's part and who signs the request"))
        self.partner_button.setText(self.tr("Funding request f&or a partner…"))
        self.partner_button.setToolTip(self.tr("The funding request for one development partner, as PDF or Word"))
        self.finance_button.setToolTip(self.tr("The plan's currency and its exchange rates to the US dollar"))
        self.totals_button.setText(self.tr("&Budget…"))
        self.totals_button.setToolTip(self.tr("The cost by year, institution and funding source, and the financing gap"))
        self.progress_button.setText(self.tr("Pro&gress…"))
        self.achieved_button.setText(self.tr("Earlier p&lan…"))
        self.achieved_button.setToolTip(self.tr("What the previous round's plan achieved, beside the gaps it "
                                                "targeted and their scores now"))
        self.progress_button.setToolTip(self.tr("The plan followed after its funding: each action's status, reason "
                                                "and money per reporting period (never amends the validated plan)"))
        self.add_cost_button.setText(self.tr("Add…"))
        self.add_cost_button.setToolTip(self.tr("A cost line: year, amount, funding source (Insert in the list)"))
        self.edit_cost_button.setText(self.tr("Edit…"))
        self.edit_cost_button.setToolTip(self.tr("Edit the selected cost line (Enter in the list)"))
        self.remove_cost_button.setText(self.tr("Remove"))
        self.remove_cost_button.setToolTip(self.tr("Remove the selected cost line (Delete in the list)"))
        self.f_costs.setHorizontalHeaderLabels([self.tr("Year"), self.tr("Amount"), self.tr("Funding"),
                                                self.tr("Secured")])
        self.f_costs.setAccessibleName(self.tr("Cost lines of the action"))
        chosen = self.tr("Priority action (plan at a glance)")
        self.f_chosen.setAccessibleName(chosen.replace("&", ""))
        self.f_chosen.setToolTip(self.tr("One of the few actions the government chose: at most %d, shown on the "
                                         "report's one-page plan at a glance") % PRIORITY_ACTIONS_MAX)
        self.f_strategy.setPlaceholderText(self.tr("e.g. NSDS 2025-2029, objective 3.2"))
        self.new_button.setText(self.tr("&New action"))
        self.new_button.setToolTip(self.tr("Add an action by hand (Insert in the table)"))
        self.draft_button.setText(self.tr("Draft from &recommendations"))
        self.draft_button.setToolTip(self.tr(
            "Add an action for each recommendation of the scoring that the plan does not have yet"))
        self.up_button.setText(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Ctrl+Shift+Up in the table"))
        self.down_button.setText(self.tr("Move do&wn"))
        self.down_button.setToolTip(self.tr("Ctrl+Shift+Down in the table"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected action (Delete in the table)"))
        # the action's documents: the panel's own texts but for the letter, the plan's own
        self.f_documents.attach.setText(self.tr("Attach do&cument…"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Action"), self.tr("Responsible"), self.tr("Timeline"), self.tr("Cost"), self.tr("Status")])
        for c in range(self.table.columnCount()):
            heading = self.table.horizontalHeaderItem(c)
            if heading is not None:
                heading.setToolTip(heading.text())  # whole, where the column is too narrow for it
        self.table.fit_columns()
        self.table.setAccessibleName(self.tr("Actions of the plan"))
        self._retranslate_form(chosen)
        self.f_priority.clear()
        for p in (1, 2, 3):
            self.f_priority.addItem(priority_label(p), p)
        self.f_status.clear()
        for s in ACTION_STATUSES:
            self.f_status.addItem(status_label(s), s)
        self.empty.setText(self.tr("No actions yet: draft them from the recommendations, or add one."))
        self._fill_pick()
        self._fill_table()
        self._show_current()

    def _retranslate_form(self, chosen: str) -> None:
        """The form's labels, placeholders and tool tips in the interface's language."""
        for lab, text in zip(self._labels, (
                self.tr("&Title:"), self.tr("Responsible institutions:"), self.tr("Add from the assessment:"),
                self.tr("Start:"), self.tr("Resources or technical assistance:"),
                self.tr("Milestone or indicator of success:"), self.tr("Priority:"), chosen,
                self.tr("Status:"), self.tr("Policy questions:"),
                self.tr("National strategy ob&jective (NSDS):"), *self._text_labels(),
                self.tr("Depends on:"), self.tr("Cost lines:")), strict=True):
            lab.setText(text)
        self.f_sdg.setPlaceholderText(self.tr("e.g. 17.18"))
        self.f_sdg.setToolTip(self.tr("The SDG target the action serves: goal, a point, the target's number or letter"))
        self.f_baseline.setPlaceholderText(self.tr("The indicator's value now, with its year"))
        self.f_target.setPlaceholderText(self.tr("The value to reach, with its year"))
        self.to_label.setText(self.tr("end:"))
        self.documents_label.setText(self.tr("Documents:"))
        self.f_institutions.setPlaceholderText(self.tr("One institution per line"))
        # a quarter or a date as the interface's language writes it (the fields show and
        # read "III кв. 2027 г.", "الربع الأول 2027", "18.06.2027"; the codes are read too)
        ui = interface_language()
        for field, q, last in ((self.f_start, 1, "2027-03-31"), (self.f_end, 4, "2027-12-31")):
            # the quarter alone: "e.g." before it did not fit the End field in Russian at 1366 px
            field.setPlaceholderText(quarter(2027, q, ui))
            field.setToolTip(self.tr("A quarter (%1) or a date (%2)").replace("%1", quarter(2027, q, ui))
                             .replace("%2", short_date_text(last)))
        self.f_end.setAccessibleName(self.tr("End"))
        self.f_pqs.setPlaceholderText(self.tr("Letters, e.g. A, C"))
        self.f_pqs.setToolTip(", ".join(p.code for p in self.q.policy_questions))
        self._keep_form_whole()

    def _keep_form_whole(self) -> None:
        """The form's share of the split never narrower than what its rows need in this language
        (its scroll bar included): at 1024 px the Russian cost buttons, 306 px side by side, were cut
        in a form 278 px wide (its sideways scroll bar is off, so what does not fit is clipped)."""
        scroll, host = self.form_scroll, self.form_scroll.widget()
        lay = host.layout() if host is not None else None
        if host is None or lay is None:
            return
        lay.activate()
        need = host.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() \
            + 2 * scroll.frameWidth()
        scroll.setMinimumWidth(need)

    def _fill_pick(self) -> None:
        self.pick.clear()
        self.pick.addItem(self.tr("(choose an institution)"), "")
        try:
            names = plans.institution_choices(self.store, self.q, self.aid, self.session.lang)
        except ServiceError:
            names = []
        for n in names:
            self.pick.addItem(n, n)
        self.pick.setEnabled(bool(names))

    # --- data -----------------------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.current_id()
        try:
            self.state = plans.plan_state(self.store, self.aid)
        except ServiceError as exc:
            self._fail(Refused(service_text(str(exc))))
            return
        self.plan = list(self.state.actions)
        self._fill_table()
        self.select(keep)

    def _fill_table(self) -> None:
        self._loading = True
        try:
            self.table.setRowCount(len(self.plan))
            lang = self.session.lang
            for r, a in enumerate(self.plan):
                when = isolated(period_text(a.start, a.end))
                changed = self.state.changed(a.id) if self.state is not None else None
                # ★ a priority action; ✎ changed after the validation (said in the tooltip and above)
                title = ("★ " if a.priority_action else "") + ("✎ " if changed is not None else "") + isolated(a.title)
                # the owners joined as the interface's language writes a list of names ("A；B" in Chinese)
                owners = semicolon_list([isolated(x) for x in a.institutions], interface_language())
                cells = (title, owners or self.tr("(no owner)"), when,
                         dialogs.sums(dict(cost_by_currency(a.costs)), lang) if a.costs else "",
                         status_label(a.status))
                for c, text in enumerate(cells):
                    # money keeps its no-break space; a direction override in a title or an owner is shown
                    # as a mark, never obeyed
                    item = QTableWidgetItem(text if c == 3 else neutral_direction(" ".join(text.split())))
                    item.setToolTip(self._changed_text(changed) if c == 0 and changed else neutral_direction(text))
                    if (c == 1 and not a.institutions) or (c == 0 and changed is not None):
                        item.setForeground(Qt.GlobalColor.darkRed)
                    if c == 3:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.table.setItem(r, c, item)
        finally:
            self._loading = False
        self.table.fit_columns()  # the labels' widths may have changed (a language)
        self.empty.setVisible(not self.plan)
        self._fill_plan_state()

    def _text_labels(self) -> list[str]:
        """The labels of the texts an action declares, in the form's order: the window's own words
        for those it has, else the label the workbook and the report give the text."""
        own = {"indicator": self.tr("Results framework: indicator:"), "baseline": self.tr("Baseline:"),
               "target": self.tr("Target:"), "verification": self.tr("Means of verification:"),
               "risks": self.tr("Risks and assumptions:"), "sdg_target": self.tr("SDG target:")}
        ui = interface_language()
        return [own.get(f.name) or form_label(catalogue_text(f.label_key, ui), ui) for f in ACTION_TEXTS]

    def _changed_text(self, change) -> str:
        parts = {"what": self.tr("what is to be done"), "who": self.tr("responsible institutions"),
                 "when": self.tr("timeline"), "cost": self.tr("cost"), "priority": self.tr("priority"),
                 # a change named as what it is
                 "title": self.tr("title"), "results": self.tr("results framework"),
                 "risks": self.tr("risks and assumptions"), "sdg_target": self.tr("SDG target"),
                 "dependencies": self.tr("dependencies on other actions"), "categories": self.tr("cost categories"),
                 "bases": self.tr("cost bases"), "sustainability": self.tr("sustainability")}
        if change.kind == "added":
            return self.tr("Added after the validation")
        ui = interface_language()
        return self.tr("Changed after the validation: %s") % join_list(
            [parts.get(p) or field_words(p, ui) for p in change.named or change.parts], ui)

    def _fill_plan_state(self) -> None:
        """The line above the table (validated or proposed, changes since) and the totals below."""
        st = self.state
        if st is None:
            return
        lang = self.session.lang
        v = st.validation
        if v is None:
            text = self.tr("Proposed plan: not validated yet. When the government has approved it, "
                           "record the validation.")
        else:
            text = (self.tr("Validated on %1 (%2), approved by %3, %4.")
                    .replace("%1", isolated(date_text(v.date))).replace("%2", isolated(v.event))
                    .replace("%3", isolated(v.approved_by)).replace("%4", isolated(v.position)))
            if st.changes:
                text = sentences(text, self.tr("Changed since (✎): %s.") % len(st.changes))
        chosen = sum(1 for a in st.actions if a.priority_action)
        text = sentences(text, self.tr("Priority actions: %1 of at most %2.").replace("%1", str(chosen)).replace(
            "%2", str(PRIORITY_ACTIONS_MAX)))
        self.plan_state.setText(text)
        # every difference since the validation, value approved -> value now
        # in the interface's language, rates and dates as it writes them (the report's own lines)
        from ...reports.format import load_strings
        from ...reports.plan.chapter import value_line

        from ...domain.plan.validation import split_funding_progress

        strings = load_strings(lang)
        amended, progress = split_funding_progress(st.changes, st.values)  # the funding's progress under its heading
        lines = [value_line(c, lang, strings) for c in amended[:60]]
        if progress:
            lines += [str(strings["plan_funding_progress"]), *(value_line(c, lang, strings) for c in progress[:20])]
        self.plan_state.setToolTip("\n".join(lines))
        self.validate_button.setText(self.tr("V&alidation…") if v is not None else self.tr("Record the v&alidation…"))
        self.validate_button.setToolTip(self.tr("Date, event, institutions present, approved by (name and position)"))
        currency = st.finance.currency or self.tr("not set")
        self.totals_line.setText(sentences(dialogs.plan_summary(st.totals, lang),
                                           self.tr("Plan currency: %s.") % currency))

    def current_id(self) -> str | None:
        r = self.table.currentRow()
        return self.plan[r].id if 0 <= r < len(self.plan) else None

    def current(self) -> Action | None:
        r = self.table.currentRow()
        return self.plan[r] if 0 <= r < len(self.plan) else None

    def select(self, action_id: str | None) -> None:
        ids = [a.id for a in self.plan]
        row = ids.index(action_id) if action_id in ids else (0 if ids else -1)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentCell(row, 0)
        self._show_current()

    def _show_current(self) -> None:
        if self._loading:
            return
        a = self.current()
        self._loading = True
        try:
            editing = a is not None and not self.session.read_only
            for button in (self.new_button, self.draft_button):
                button.setEnabled(not self.session.read_only)
            for w in (self.f_title, self.f_institutions, self.pick, self.f_start, self.f_end,
                      self.f_resources, self.f_milestone, self.f_priority, self.f_status, self.f_pqs,
                      self.f_chosen, self.f_strategy, *self.f_texts.values(), self.f_depends, self.f_costs,
                      self.add_cost_button,
                      self.up_button, self.down_button, self.remove_button):
                w.setEnabled(editing)
            for w in (self.validate_button, self.finance_button):
                w.setEnabled(not self.session.read_only)
            self.pick.setEnabled(editing and self.pick.count() > 1)
            self.f_documents.set_target(f"action:{a.id}" if a is not None else "")
            a = a or Action("none", "")
            self.f_title.setText(a.title)
            self.f_institutions.setPlainText("\n".join(a.institutions))
            self.f_start.setText(period_field_text(a.start))
            self.f_end.setText(period_field_text(a.end))
            self.f_resources.setPlainText(a.resources)
            self.f_milestone.setPlainText(a.milestone)
            self.f_priority.setCurrentIndex(max(0, self.f_priority.findData(a.priority)))
            self.f_status.setCurrentIndex(max(0, self.f_status.findData(a.status)))
            self.f_pqs.setText(", ".join(a.policy_questions))
            self.f_chosen.setChecked(a.priority_action)
            self.f_strategy.setText(a.strategy)
            for name, w in self.f_texts.items():
                (w.setText if isinstance(w, QLineEdit) else w.setPlainText)(getattr(a, name))
            self._show_depends(a)
            for line in (self.f_title, self.f_pqs, self.f_strategy):
                if not line.hasFocus():
                    line.setCursorPosition(0)  # a long title read from its start, not "…xisting census"
            self._fill_costs(a)
            self.f_source.setText(
                self.tr("Drafted from the recommendation %s.") % a.recommendation_id
                if editing and a.recommendation_id else
                (self.tr("Added by hand.") if editing else ""))
        finally:
            self._loading = False
        self.error.setVisible(False)
        self.when_error.setVisible(False)

    def edited(self) -> Action | None:
        """The selected action with the form's values (None when nothing is selected)."""
        a = self.current()
        if a is None:
            return None
        return replace(
            a, title=self.f_title.text(),
            institutions=tuple(x.strip() for x in self.f_institutions.toPlainText().splitlines() if x.strip()),
            start=self._typed_period(self.f_start), end=self._typed_period(self.f_end),
            resources=self.f_resources.toPlainText(), milestone=self.f_milestone.toPlainText(),
            priority=int(self.f_priority.currentData() or 2),
            status=str(self.f_status.currentData() or "planned"),
            policy_questions=tuple(p.strip().upper() for p in self.f_pqs.text().replace(";", ",").split(",")
                                   if p.strip()),
            priority_action=self.f_chosen.isChecked(), strategy=self.f_strategy.text(),
            depends_on=self.f_depends.chosen(),
            **self._typed_texts())

    def _typed_texts(self) -> dict[str, Any]:
        """The texts an action declares, as the form holds them."""
        return {name: w.text() if isinstance(w, QLineEdit) else w.toPlainText() for name, w in self.f_texts.items()}

    @staticmethod
    def _typed_period(field: QLineEdit) -> str | None:
        """A Start or End field's text as its stored code ("2027-Q1", "2027-03-31"); text that is
        neither is passed on as typed (and refused)."""
        try:
            return period_from_text(field.text())
        except ValueError:
            return field.text().strip() or None

    def periods_typed(self) -> bool:
        """Start and End each hold a quarter or a date (or nothing); if not, says so under them
        and leaves the text as typed to be corrected."""
        for field in (self.f_start, self.f_end):
            try:
                period_from_text(field.text())
            except ValueError:
                ui = interface_language()
                self.when_error.setText(
                    self.tr("Not a quarter or a date: “%1”. Type, for example, %2 or %3.")
                    .replace("%1", isolated(field.text().strip()))
                    .replace("%2", quarter(2027, 1, ui)).replace("%3", short_date_text("2027-03-31")))
                self.when_error.setVisible(True)
                return False
        self.when_error.setVisible(False)
        return True

    def _show_depends(self, a: Action) -> None:
        """The other actions of the plan by number and title, those ``a`` needs done first ticked
        (the action itself is not offered: it cannot depend on itself)."""
        others = [(x.id, f"{i}. {isolated(x.title)}") for i, x in enumerate(self.plan, 1) if x.id != a.id]
        self.f_depends.set_actions(others, a.depends_on)

    # --- costs ----------------------------------------------------------------------------------
    def _fill_costs(self, a: Action) -> None:
        lang = self.session.lang
        self.f_costs.setRowCount(len(a.costs))
        for r, c in enumerate(a.costs):
            # the partner's (or the other source's) name, its kind in the tooltip: in the form's
            # narrow column "Partenaire de développement : European Union" read "Partenaire d…"
            kind = dialogs.funding_label(c.funding)
            funder = isolated(neutral_direction(c.funder))
            funding = funder or kind
            secured = self.tr("yes") if c.secured else self.tr("no")
            if c.pipeline:  # where the funding stands says more than yes or no
                secured = f"{secured} ({dialogs.pipeline_label(c.pipeline)})"
            basis = dialogs.basis_tip(c, lang)
            for col, text in enumerate((str(c.year), dialogs.money(c.amount, c.currency, lang), funding, secured)):
                item = QTableWidgetItem(text)
                tip = f"{kind}: {funder}" if col == 2 and funder else text
                item.setToolTip(tip + (f"\n{basis}" if basis else ""))
                if col == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.f_costs.setItem(r, col, item)
        if a.costs:
            self.f_costs.setCurrentCell(0, 0)
        self._cost_buttons()

    def _cost_buttons(self) -> None:
        a = self.current()
        has = a is not None and not self.session.read_only and 0 <= self.f_costs.currentRow() < len(a.costs)
        self.edit_cost_button.setEnabled(has)
        self.remove_cost_button.setEnabled(has)

    def _cost_dialog(self, line: Cost | None, year: int | None = None) -> Cost | None:
        currency = self.state.finance.currency if self.state is not None else None
        d = dialogs.CostLineDialog(self, line, currency, year)
        return d.cost() if d.exec() == QDialog.DialogCode.Accepted else None

    def _save_costs(self, costs: tuple[Cost, ...]) -> None:
        old = self.current()
        if old is not None and self._save_edit(old, replace(old, costs=costs)):
            self.f_costs.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_cost(self) -> None:
        a = self.current()
        if a is None or self.session.read_only:
            return
        last = max((c.year for c in a.costs), default=None)
        c = self._cost_dialog(None, last)
        if c is not None:
            self._save_costs((*a.costs, c))

    def edit_cost(self) -> None:
        a, r = self.current(), self.f_costs.currentRow()
        if a is None or self.session.read_only or not 0 <= r < len(a.costs):
            return
        c = self._cost_dialog(a.costs[r])
        if c is not None:
            self._save_costs(a.costs[:r] + (c,) + a.costs[r + 1:])

    def remove_cost(self) -> None:
        a, r = self.current(), self.f_costs.currentRow()
        if a is None or self.session.read_only or not 0 <= r < len(a.costs):
            return
        self._save_costs(a.costs[:r] + a.costs[r + 1:])

    # --- the plan's currency, totals and validation ------------------------------------------------
    def finance_dialog(self) -> None:
        if self.session.read_only:
            return
        stored = plans.plan_finance(self.store, self.aid, resolved=False)
        d = dialogs.FinanceDialog(self, stored, plans.country_currency(self.store, self.aid))
        f = d.finance() if d.exec() == QDialog.DialogCode.Accepted else None
        if f is None:
            return
        gone = [r.currency for r in stored.rates if f.rate(r.currency) is None]
        self._write(plans.set_plan_finance, self.store, self.aid, currency=f.currency or "", rates=f.rates,
                    remove_rates=gone)

    def results_dialog(self) -> None:
        """The plan's results chain: objective, outcomes, indicators, each action's outcome."""
        from .results import ResultsChainDialog

        ResultsChainDialog(self, self.session).exec()

    def request_dialog(self) -> None:
        """The funding request's record: who commits the national part, the signatories."""
        from ...services.reports import plan_partners
        from .request import FundingRequestDialog

        try:
            names = plans.institution_choices(self.store, self.q, self.aid, self.session.lang)
        except ServiceError:
            names = []
        FundingRequestDialog(self, self.session, plan_partners(self.store, self.aid), names).exec()

    def partner_edition(self) -> None:
        """A partner's edition of the funding request, written by the window as its report is."""
        from ...services.reports import plan_partners
        from .request import PartnerEditionDialog

        d = PartnerEditionDialog(self, plan_partners(self.store, self.aid))
        flows = getattr(self.window(), "flows", None)
        if d.exec() == QDialog.DialogCode.Accepted and flows is not None:
            partner, docx = d.chosen()
            flows.export_partner_edition(partner, docx=docx)

    def totals_dialog(self) -> None:
        if self.state is not None:
            dialogs.TotalsDialog(self, self.state.totals, self.state.finance, self.session.lang).exec()

    def progress_dialog(self) -> None:
        """The plan's progress per period: loaded when first opened."""
        from .progress import ProgressDialog

        ProgressDialog(self.store, self.aid, self.session.writes, self, session=self.session).exec()

    def achieved_dialog(self) -> None:
        """What the previous round's plan achieved."""
        from .progress import AchievedDialog

        AchievedDialog(self.store, self.q, self.aid, self.session.lang, self).exec()

    def validation_dialog(self) -> None:
        if self.session.read_only or self.state is None:
            return
        names: list[str] = []
        for a in self.state.actions:
            for n in a.institutions:
                if n not in names:
                    names.append(n)
        from ...reports.format import load_strings
        from ...reports.plan.chapter import history_lines

        strings = load_strings(self.session.lang)
        try:
            events = plans.validation_history(self.store, self.aid)
        except ServiceError:
            events = ()
        history = (str(strings["plan_history_intro"]), history_lines(events, self.session.lang, strings))
        d = dialogs.ValidationDialog(self, self.state.validation, names, history)
        while d.exec() == QDialog.DialogCode.Accepted:
            if d.withdraw:
                self._write(plans.withdraw_validation, self.store, self.aid, d.reason.text())
                return
            result = self.session.writes.run(plans.record_validation, self.store, self.aid, **d.fields())
            if not isinstance(result, Refused):
                self.error.setVisible(False)
                return
            d.show_error(not_saved_message(result.reason) if result.not_saved else result.message)

    # --- writes ---------------------------------------------------------------------------------
    # through the session's writes (gui/writes.py): each publishes its changes on the window's bus
    # (the table reloads from it, the "Saved" time follows it); a refusal comes back as a value

    def _fail(self, refused: Refused) -> None:
        """Show why a write did not happen (what was typed stays in the form)."""
        self.error.setText(not_saved_message(refused.reason) if refused.not_saved else refused.message)
        self.error.setVisible(True)

    def _write(self, fn, *args, **kwargs):
        """``fn(*args, **kwargs)`` through the session's writes; its result, or None (told)."""
        if self.session.read_only:  # Insert / Delete in the table of a final assessment
            self._fail(Refused(self.session.read_only))
            return None
        result = self.session.writes.run(fn, *args, **kwargs)
        if isinstance(result, Refused):
            self._fail(result)
            return None
        self.error.setVisible(False)
        return result

    def _on_focus_changed(self, _old, new) -> None:
        if not self._built:
            return
        host = self.form_scroll.widget()
        if new is not None and host is not None and host.isAncestorOf(new):
            scroll_into_view(new)

    def _run(self, fn) -> None:
        """Undo/redo: a service call through the session's writes."""
        self._write(fn)

    def save_current(self) -> bool:
        if self._loading:
            return False
        old = self.current()
        if old is not None and not self.periods_typed():
            return False
        new = self.edited()
        if old is None or new is None or new == old:
            return False
        return self._save_edit(old, new)

    def _save_edit(self, old: Action, new: Action) -> bool:
        key = f"action:{new.id}"
        saved = self.session.writes.run(plans.update_action, self.store, self.q, self.aid, new, key=key)
        if isinstance(saved, Refused):
            self._fail(saved)  # the typed text stays in the form to be corrected
            if saved.not_saved:  # kept, to be saved again (the window's retry, or on close)
                self.session.keep(Unsaved(key, saved.reason, lambda: self._save_edit(old, new), new.title))
            return False
        self.session.forget(key)
        self.error.setVisible(False)
        if saved.action == old:  # only spaces trimmed: nothing to undo
            self._show_current()
            return False
        self.session.undo_stack.push(EditCommand(self, old, saved.action))
        return True

    def new_action(self) -> None:
        at = self.table.currentRow() + 1 if self.current() is not None else len(self.plan)
        saved = self._write(plans.add_action, self.store, self.q, self.aid, title=self.tr("New action"), position=at)
        if saved is None:
            return
        self.session.undo_stack.push(AddCommand(self, saved.action))
        self.select(saved.action.id)
        self.f_title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.f_title.selectAll()

    def draft(self) -> None:
        drafted = self._write(plans.draft_from_recommendations, self.store, self.q, self.aid, self.session.lang)
        if drafted is None:
            return
        if not drafted.actions:
            self.error.setText(self.tr("Every recommendation of the scoring is already in the plan."))
            self.error.setVisible(True)
            return
        macro = self.tr("drafting %n action(s)", "", len(drafted.actions))
        self.session.undo_stack.beginMacro(macro)
        for a in drafted.actions:
            self.session.undo_stack.push(AddCommand(self, a))
        self.session.undo_stack.endMacro()
        self.select(drafted.actions[0].id)

    def remove_current(self) -> None:
        a = self.current()
        if a is None:
            return
        gone = self._write(plans.remove_action, self.store, self.aid, a.id)
        if gone is None:
            return
        self.session.undo_stack.push(AddCommand(self, gone.action, removal=True))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def move_current(self, delta: int) -> None:
        a = self.current()
        if a is None:
            return
        before = [x.id for x in self.plan]
        i = before.index(a.id)
        j = max(0, min(len(before) - 1, i + delta))
        if i == j:
            return
        if self._write(plans.move_action, self.store, self.aid, a.id, delta) is None:
            return
        after = list(before)
        after.insert(j, after.pop(i))
        self.session.undo_stack.push(OrderCommand(self, before, after, self.tr("moving action %s") % _short(a.title)))
        self.select(a.id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _pick_institution(self, index: int) -> None:
        name = self.pick.itemData(index)
        self.pick.setCurrentIndex(0)
        if not name:
            return
        lines = [x for x in self.f_institutions.toPlainText().splitlines() if x.strip()]
        if name not in lines:
            self.f_institutions.setPlainText("\n".join([*lines, name]))
            self.save_current()

    def _on_language_changed(self, _lang: str) -> None:
        if self._built:  # else its texts are made in the language of the day when it is
            self.retranslate()

    def _on_read_only(self, _why: str) -> None:
        if not self._built:
            return  # the form is made as the assessment stands
        self._show_current()  # the form and its buttons, enabled or not

    def _on_changes(self, changes: Changes) -> None:
        if changes.assessment_id != self.aid or not self._built:
            return  # not built: the plan is read when it is
        if changes.actions:
            self.reload()
        if changes.metadata:
            self._fill_pick()
