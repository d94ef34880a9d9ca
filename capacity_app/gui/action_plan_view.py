"""The "Action plan" tab of an open assessment: a table of the actions and a form for the selected
one. Every change is saved at once through ``services.actionplan`` (a field when it loses focus or
Enter is pressed, a choice when it is picked), published on the window's change bus and pushed on
the session's undo stack (Ctrl+Z undoes it like an answer). Institutions are picked from the
assessment's own (S0 / the assessment's details) or typed."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QScrollArea, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..domain.actionplan import ACTION_STATUSES, Action
from ..services import actionplan as plans
from ..services.assessments import ServiceError
from ..services.changes import Changes
from .editors import PlainText
from .session import Unsaved, not_saved_message
from .writes import Refused


def status_label(code: str) -> str:
    labels = {
        "planned": QCoreApplication.translate("ActionPlanView", "Planned"),
        "in_progress": QCoreApplication.translate("ActionPlanView", "In progress"),
        "done": QCoreApplication.translate("ActionPlanView", "Done"),
        "dropped": QCoreApplication.translate("ActionPlanView", "Dropped"),
    }
    return labels.get(code, code)


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

    SHARES = (0.42, 0.22, 0.16, 0.09, 0.11)  # action, responsible, timeline, priority, status
    LEAST = (130, 80, 70, 52, 64)

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setStretchLastSection(False)

    def resizeEvent(self, e) -> None:
        super().resizeEvent(e)
        self.fit_columns()

    def _least(self) -> list[int]:
        """Each column's least width; the priority and the status as wide as their longest label
        ("Moyenne", "En cours"), which are single words."""
        least = list(self.LEAST)
        fm, head = self.fontMetrics(), self.horizontalHeader().fontMetrics()
        for c in (3, 4):
            if c < self.columnCount():
                header = self.horizontalHeaderItem(c)
                cells = (self.item(r, c) for r in range(self.rowCount()))
                texts = [cell.text() for cell in cells if cell is not None]
                widest = max([fm.horizontalAdvance(t) for t in texts] + [
                    head.horizontalAdvance(header.text()) + 6 if header is not None else 0])
                least[c] = max(least[c], widest + 16)
        return least

    def fit_columns(self) -> None:
        room = self.viewport().width()
        least_widths = self._least()
        if room < sum(least_widths):  # narrower still: every column shrinks alike, none scrolls away
            widths = [int(least * room / sum(least_widths)) for least in least_widths]
        else:
            widths = [max(least, int(room * share)) for share, least in zip(self.SHARES, least_widths, strict=True)]
            over = sum(widths) - room
            widths[0] -= max(0, over)
        widths[0] += max(0, room - sum(widths))  # what is left goes to the title
        for c, w in enumerate(widths[: self.columnCount()]):
            if self.columnWidth(c) != w:
                self.setColumnWidth(c, w)


class ActionPlanView(QWidget):
    """The action plan of the session's assessment."""

    COLUMNS = 5

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.store, self.q, self.aid = session.store, session.q, session.assessment_id
        self.setObjectName("actionPlanView")
        self.plan: list[Action] = []
        self._loading = False
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 10, 12, 10)
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        box.addWidget(self.title)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        box.addWidget(self.hint)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self)
        self.draft_button = QPushButton(self)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        for b in (self.new_button, self.draft_button, self.up_button, self.down_button, self.remove_button):
            b.setAutoDefault(False)
            bar.addWidget(b)
        bar.addStretch(1)
        box.addLayout(bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = ActionTable(0, self.COLUMNS, self.splitter)
        self.table.setObjectName("actionTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(True)
        # an action's title wraps (read whole at 1280 px and below); the row grows to fit it
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        scroll = QScrollArea(self.splitter)  # the form scrolls on a small screen, never clipped
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        self.f_source = QLabel(form_host)
        self.f_source.setObjectName("hint")
        self.f_source.setWordWrap(True)
        dates = QHBoxLayout()
        dates.addWidget(self.f_start)
        self.to_label = QLabel(form_host)
        dates.addWidget(self.to_label)
        dates.addWidget(self.f_end)
        self._labels = [QLabel(form_host) for _ in range(9)]
        for lab, w in zip(self._labels, (self.f_title, self.f_institutions, self.pick, dates,
                                         self.f_resources, self.f_milestone, self.f_priority,
                                         self.f_status, self.f_pqs), strict=True):
            form.addRow(lab, w)
            if isinstance(w, QWidget):
                lab.setBuddy(w)
        self._labels[3].setBuddy(self.f_start)
        fbox.addLayout(form)
        fbox.addWidget(self.f_source)
        self.error = QLabel(form_host)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        fbox.addWidget(self.error)
        fbox.addStretch(1)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([660, 380])
        box.addWidget(self.splitter, 1)
        self.empty = QLabel(self)
        self.empty.setObjectName("hint")
        box.addWidget(self.empty)
        self.retranslate()
        # wiring: every field saves when it is left, every choice when it is picked
        for w in (self.f_title, self.f_start, self.f_end, self.f_pqs):
            w.editingFinished.connect(self.save_current)
        for t in (self.f_institutions, self.f_resources, self.f_milestone):
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
        session.bus.changed.connect(self._on_changes)
        session.languageChanged.connect(lambda _l: self.retranslate())
        session.readOnlyChanged.connect(self._on_read_only)
        self.reload()

    # --- text ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Action plan"))
        self.hint.setText(self.tr(
            "What the country will do about the gaps, and who owns each action. Draft the actions "
            "from the recommendations, then give each one its responsible institutions, timeline, "
            "resources and milestone. Every change is saved at once; Ctrl+Z undoes it."))
        self.new_button.setText(self.tr("&New action"))
        self.new_button.setToolTip(self.tr("Add an action by hand (Insert in the table)"))
        self.draft_button.setText(self.tr("Draft from &recommendations"))
        self.draft_button.setToolTip(self.tr(
            "Add an action for each recommendation of the scoring that the plan does not have yet"))
        self.up_button.setText(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Ctrl+Shift+Up in the table"))
        self.down_button.setText(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Ctrl+Shift+Down in the table"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected action (Delete in the table)"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Action"), self.tr("Responsible"), self.tr("Timeline"), self.tr("Priority"),
            self.tr("Status")])
        self.table.setAccessibleName(self.tr("Actions of the plan"))
        for lab, text in zip(self._labels, (
                self.tr("&Title:"), self.tr("Responsible &institutions:"), self.tr("&Add from the assessment:"),
                self.tr("&Start:"), self.tr("Resour&ces or technical assistance:"),
                self.tr("Mi&lestone or indicator of success:"), self.tr("Pri&ority:"),
                self.tr("S&tatus:"), self.tr("Polic&y questions:")), strict=True):
            lab.setText(text)
        self.to_label.setText(self.tr("end:"))
        self.f_institutions.setPlaceholderText(self.tr("One institution per line"))
        self.f_start.setPlaceholderText(self.tr("YYYY-MM-DD or 2027-Q1"))
        self.f_end.setPlaceholderText(self.tr("YYYY-MM-DD or 2027-Q4"))
        self.f_end.setAccessibleName(self.tr("End"))
        self.f_pqs.setPlaceholderText(self.tr("Letters, e.g. A, C"))
        self.f_pqs.setToolTip(", ".join(p.code for p in self.q.policy_questions))
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
            self.plan = plans.action_plan(self.store, self.aid)
        except ServiceError as exc:
            self._fail(Refused(str(exc)))
            return
        self._fill_table()
        self.select(keep)

    def _fill_table(self) -> None:
        self._loading = True
        try:
            self.table.setRowCount(len(self.plan))
            for r, a in enumerate(self.plan):
                when = " – ".join(x for x in (a.start or "", a.end or "") if x)
                cells = (a.title, "; ".join(a.institutions) or self.tr("(no owner)"), when,
                         priority_label(a.priority), status_label(a.status))
                for c, text in enumerate(cells):
                    item = QTableWidgetItem(" ".join(text.split()))
                    item.setToolTip(text)
                    if c == 1 and not a.institutions:
                        item.setForeground(Qt.GlobalColor.darkRed)
                    self.table.setItem(r, c, item)
        finally:
            self._loading = False
        self.table.fit_columns()  # the labels' widths may have changed (a language)
        self.empty.setVisible(not self.plan)

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
            for w in (self.new_button, self.draft_button):
                w.setEnabled(not self.session.read_only)
            for w in (self.f_title, self.f_institutions, self.pick, self.f_start, self.f_end,
                      self.f_resources, self.f_milestone, self.f_priority, self.f_status, self.f_pqs,
                      self.up_button, self.down_button, self.remove_button):
                w.setEnabled(editing)
            self.pick.setEnabled(editing and self.pick.count() > 1)
            a = a or Action("none", "")
            self.f_title.setText(a.title)
            self.f_institutions.setPlainText("\n".join(a.institutions))
            self.f_start.setText(a.start or "")
            self.f_end.setText(a.end or "")
            self.f_resources.setPlainText(a.resources)
            self.f_milestone.setPlainText(a.milestone)
            self.f_priority.setCurrentIndex(max(0, self.f_priority.findData(a.priority)))
            self.f_status.setCurrentIndex(max(0, self.f_status.findData(a.status)))
            self.f_pqs.setText(", ".join(a.policy_questions))
            self.f_source.setText(
                self.tr("Drafted from the recommendation %s.") % a.recommendation_id
                if editing and a.recommendation_id else
                (self.tr("Added by hand.") if editing else ""))
        finally:
            self._loading = False
        self.error.setVisible(False)

    def edited(self) -> Action | None:
        """The selected action with the form's values (None when nothing is selected)."""
        a = self.current()
        if a is None:
            return None
        return replace(
            a, title=self.f_title.text(),
            institutions=tuple(x.strip() for x in self.f_institutions.toPlainText().splitlines() if x.strip()),
            start=self.f_start.text().strip() or None, end=self.f_end.text().strip() or None,
            resources=self.f_resources.toPlainText(), milestone=self.f_milestone.toPlainText(),
            priority=int(self.f_priority.currentData() or 2),
            status=str(self.f_status.currentData() or "planned"),
            policy_questions=tuple(p.strip().upper() for p in self.f_pqs.text().replace(";", ",").split(",")
                                   if p.strip()))

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

    def _run(self, fn) -> None:
        """Undo/redo: a service call through the session's writes."""
        self._write(fn)

    def save_current(self) -> bool:
        if self._loading:
            return False
        old = self.current()
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

    def _on_read_only(self, _why: str) -> None:
        self._show_current()  # the form and its buttons, enabled or not

    def _on_changes(self, changes: Changes) -> None:
        if changes.assessment_id != self.aid:
            return
        if changes.actions:
            self.reload()
        if changes.metadata:
            self._fill_pick()
