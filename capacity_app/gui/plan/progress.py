"""The plan followed after its funding, in the window: *Progress…* on the action plan.

A reporting period is chosen (a year or a half-year); each action shows its status in the period,
the reason given and its standing by the written rule (on track, at risk, off track: never typed,
``domain.plan.progress``); each cost line the money committed, disbursed and spent in the period,
in the line's currency; each indicator of the results chain its target for the period's year,
the value measured, its date and source, and its standing (``progress_values``). The three are
tabs (Alt+A, Alt+M, Alt+D). *Save* records the actions and indicators whose row changed through
``services.plan.progress`` (an entry already recorded for the period is replaced, the history
keeping it); a refusal is shown under the tables in one line and nothing of that row is written.
Recording progress never amends the validated plan, so a final assessment takes it too.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ...domain.plan.actions import ACTION_STATUSES
from ...domain.plan.progress_fields import ENTRY_FIELDS
from ...domain.plan.progress import ActionProgress, LineMoney, ProgressError, later_kept
from ...services.base import ServiceError
from ...services.plan import progress as prog
from ...services.plan.results import results_chain
from ...services.rounds import plan_achieved
from ..service_text import service_text
from ..widgets.unsaved import CANCEL, SAVE, ask_unsaved, save_shortcut
from ..writes import Refused
from .dialogs import status_label
from .fit import WrappedTable, fit_columns, fit_to_screen
from .progress_columns import cell_text, heads, shown_fields, stretched, typed_value
from .progress_values import IndicatorValuesTable, standing_text


def _periods(reported: list[str], today: _dt.date) -> list[str]:
    """The periods offered: those reported, and this year, last year and their halves."""
    out = list(reported)
    for y in (today.year - 1, today.year):
        for p in (f"{y}-H1", f"{y}-H2", str(y)):
            if p not in out and (p.endswith("H2") is False or today.month > 6 or y < today.year):
                out.append(p)
    return sorted(set(out), key=lambda p: (p[:4], len(p) == 4, p))


class ProgressDialog(QDialog):
    """Each action's status, reason and money per cost line in one period: the actions' table an
    entry's fields the declaration gives the dialog (after the action, before its standing), the
    money's a cost line's (after the line), each in a column (``progress_columns``)."""

    def __init__(self, store, assessment_id: int, writes, parent=None, session=None):
        super().__init__(parent)
        self.store, self.aid, self.writes, self.session = store, assessment_id, writes, session
        self.setObjectName("progressDialog")
        fit_to_screen(self, 1180, 640)   # the indicators' names the room to read them at 1280 px
        box = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.period_label = QLabel(self)
        self.period = QComboBox(self)
        self.period.setEditable(True)
        # what is typed is the period: no completion to the first match (2026 stays 2026, never
        # 2026-H1), and nothing typed is added to the list
        self.period.setCompleter(None)  # type: ignore[arg-type]
        self.period.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.loaded_period = ""
        self.rows: tuple = ()
        self.lines: list[tuple[int, int, str]] = []
        self.loaded: dict[str, ActionProgress] = {}
        self.period_label.setBuddy(self.period)
        bar.addWidget(self.period_label)
        bar.addWidget(self.period)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        bar.addWidget(self.summary, 1)
        box.addLayout(bar)
        self.tabs = QTabWidget(self)
        # the fields each table shows, from the action's (the line's) second column on
        self.entry_fields, self.line_fields = shown_fields("entry"), shown_fields("line")
        self.actions_table = WrappedTable(0, len(self.entry_fields) + 2, self.tabs)
        self.money_table = WrappedTable(0, len(self.line_fields) + 1, self.tabs)
        for t, fields in ((self.actions_table, self.entry_fields), (self.money_table, self.line_fields)):
            fit_columns(t, (0, *stretched(fields, 1)))
            t.setTabKeyNavigation(False)   # Tab leaves the table; the arrows move between cells
            self.tabs.addTab(t, "")
        # Alt+M (Arabic Alt+م) lands on a sum, never on the cost line's name, where an amount
        # typed at once was lost (Arabic walk, 1280x720)
        self.money_table.typed_first = True
        self.indicator_table = IndicatorValuesTable(self.tabs)
        self.tabs.addTab(self.indicator_table, "")
        box.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_chosen)
        self._tab_bar = self.tabs.tabBar()
        self._tab_bar.installEventFilter(self)   # a tab's letter on the tab already showing
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self)
        self.replies_button = QPushButton(self)   # progress collected from the institutions
        if session is not None:
            buttons.addButton(self.replies_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.replies_button.clicked.connect(self.replies)
        else:
            self.replies_button.hide()
        # the planning unit's own words in the period's implementation report (period_report.py)
        self.report_button = QPushButton(self)
        buttons.addButton(self.report_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.report_button.clicked.connect(self.write_report)
        buttons.accepted.connect(self.save)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.notice = QLabel(self)   # what a save said besides: the overruns it recorded
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        box.insertWidget(box.indexOf(self.error) + 1, self.notice)
        self.save_key = save_shortcut(self, self.save)
        self.retranslate()
        self.period.addItems(_periods(prog.reported_periods(self.store, self.aid), _dt.date.today()))
        self.period.setCurrentText(str(_dt.date.today().year))
        self.period.currentTextChanged.connect(self._period_typed)
        self.load()

    def _period_typed(self, text: str) -> None:
        """Another period typed or chosen: its rows, once what was typed for the period shown is
        saved or discarded (asked); a text that is no period yet (typing under way) changes nothing."""
        from ...domain.plan.progress import normalise_period

        try:
            period = normalise_period(text)
        except ProgressError:
            return
        if period == self.loaded_period:
            return
        if not self._kept():
            self._show_period(self.loaded_period)
            return
        self.load(period)

    def _show_period(self, period: str) -> None:
        self.period.blockSignals(True)
        self.period.setCurrentText(period)
        self.period.blockSignals(False)

    def dirty(self) -> bool:
        """Something typed in the tables is not saved (a figure that is no number counts)."""
        try:
            now = self._entries()
        except ProgressError:
            return True
        return any(e != self.loaded.get(aid) for aid, e in now.items()) or bool(self.indicator_table.changed())

    def _kept(self) -> bool:
        """Nothing typed is left unsaved: nothing was, or it was saved or discarded on the
        officer's word (False: *Cancel*, or the save refused)."""
        if not self.dirty():
            return True
        answer = ask_unsaved(self, self.tr("The progress typed for %1 is not saved.").replace(
            "%1", self.loaded_period))
        if answer == SAVE:
            # saved with an overrun said: the dialog stays open on it, so that no warning goes unread
            return self.save() and not self.notice.text()
        return answer != CANCEL

    def reject(self) -> None:
        """Escape, *Close* or the close button: asks first when something typed is not saved."""
        if self._kept():
            super().reject()

    def _tab_chosen(self, _index: int) -> None:
        """A tab chosen by its letter (Alt+A, Alt+M, Alt+D) or Ctrl+Tab: the keyboard goes into its
        table (moving along the tab bar with the arrows keeps it there)."""
        if not self.tabs.tabBar().hasFocus():
            self.tabs.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched, event) -> bool:
        """A tab's Alt letter pressed while that tab already shows changes no tab (no
        ``currentChanged``): the keyboard still goes into its table, never stays in the period
        field where the next words typed would land."""
        from PySide6.QtCore import QEvent, QTimer

        if event.type() == QEvent.Type.Shortcut and watched is self._tab_bar:
            QTimer.singleShot(0, self, lambda: self._tab_chosen(self.tabs.currentIndex()))
        return False

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Progress of the plan"))
        self.period_label.setText(self.tr("Reporting &period:"))
        self.period.setToolTip(self.tr("A year such as 2026 or a half-year such as 2026-H1"))
        self.actions_table.setHorizontalHeaderLabels([self.tr("Action"), *heads(self.entry_fields),
                                                      self.tr("Standing")])
        self.money_table.setHorizontalHeaderLabels([self.tr("Cost line"), *heads(self.line_fields)])
        if self.save_button is not None:
            self.save_button.setText(self.tr("&Save"))   # its letter differs by language; Ctrl+S everywhere
            self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        # Alt+I is the institutions' replies: the indicators take Alt+D
        for n, title in enumerate((self.tr("&Actions"), self.tr("&Money"), self.tr("In&dicators"))):
            self.tabs.setTabText(n, title)
        self.replies_button.setText(self.tr("&Institutions' replies…"))
        self.report_button.setText(self.tr("&Write the report…"))
        self.report_button.setToolTip(self.tr("The summary, the decisions asked of the minister and the corrective "
                                              "measures that the period's implementation report prints"))
        self.close_button.setText(self.tr("&Close"))   # Escape too
        self.actions_table.setAccessibleName(self.tr("Each action's status in the period"))
        self.money_table.setAccessibleName(self.tr("Money of each cost line in the period"))

    def replies(self) -> None:
        """The institutions' workbooks sent and their replies as proposals (progress_replies.py)."""
        from .progress_replies import ProgressRepliesDialog

        if not self._kept():
            return
        ProgressRepliesDialog(self.session, self.loaded_period, self).exec()
        self.load(self.loaded_period)

    def write_report(self) -> None:
        """The summary, decisions and corrective measures of the period shown (period_report.py),
        once what was typed here is saved or discarded (asked)."""
        from .period_report import PeriodReportDialog

        if not self.loaded_period or not self._kept():
            return
        PeriodReportDialog(self.store, self.aid, self.writes, self.loaded_period, self).exec()

    def load(self, period: str | None = None) -> None:
        """The rows of ``period`` (default: the one chosen; nothing when it is not one)."""
        self.error.clear()
        try:
            s = prog.summary(self.store, self.aid, period or self.period.currentText())
        except ServiceError as exc:
            self.error.setText(service_text(str(exc)))
            return
        self.loaded_period = s.period
        self.rows = s.rows
        self.actions_table.setRowCount(len(s.rows))
        self.money_table.setRowCount(sum(len(r.action.costs) for r in s.rows))
        self.lines = []   # (action row, line number, currency) per money row
        for i, r in enumerate(s.rows):
            self._action_row(i, r)
            for n, c in enumerate(r.action.costs, 1):
                self._money_row(len(self.lines), r, n, c)
                self.lines.append((i, n, c.currency))
        # the status column as wide as its widest drop-down ("In progress" was cut: a column sized
        # to its contents does not see the widgets in its cells)
        for col in self._columns(self.entry_fields, "status"):
            combos = [self.actions_table.cellWidget(i, col) for i in range(len(s.rows))]
            widest = max([w.sizeHint().width() for w in combos if w is not None], default=0)
            self.actions_table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.actions_table.setColumnWidth(col, max(widest, self.actions_table.horizontalHeader().sectionSizeHint(col)))
        for t in (self.actions_table, self.money_table):
            t.resizeRowsToContents()
        self.summary.setText(self.tr("%1 on track, %2 at risk, %3 off track, %4 not judged").replace(
            "%1", str(s.counts["on_track"])).replace("%2", str(s.counts["at_risk"])).replace(
            "%3", str(s.counts["off_track"])).replace("%4", str(s.counts["not_judged"])))
        self.loaded = self._entries()
        self.indicator_table.fill(results_chain(self.store, self.aid), s.indicators, s.values,
                                  [r.action for r in s.rows], s.period)

    @staticmethod
    def _columns(fields, *kinds: str) -> list[int]:
        """The columns (the second on) of the fields of ``kinds`` among ``fields``."""
        return [n for n, f in enumerate(fields, 1) if f.kind in kinds]

    @staticmethod
    def _fixed(text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        return item

    def _action_row(self, i: int, r) -> None:
        """An action's row: its title, a cell per field of its entry (the status a drop-down, a
        text typed), its standing."""
        self.actions_table.setItem(i, 0, self._fixed(f"{r.number}. {r.action.title}"))
        for col, f in enumerate(self.entry_fields, 1):
            if f.kind == "status":
                combo = QComboBox(self.actions_table)
                for code in ACTION_STATUSES:
                    combo.addItem(status_label(code), code)
                combo.setCurrentIndex(ACTION_STATUSES.index(r.status))
                self.actions_table.setCellWidget(i, col, combo)
            else:
                self.actions_table.setItem(i, col, QTableWidgetItem(
                    cell_text(f, getattr(r.entry, f.name)) if r.entry else ""))
        self.actions_table.setItem(i, len(self.entry_fields) + 1, self._fixed(standing_text(r.standing.overall)))

    def _money_row(self, row: int, r, n: int, c) -> None:
        """A cost line's row: the line, its currency (the line's), a cell per field of its money."""
        given = {m.line: m for m in (r.entry.lines if r.entry and r.entry.period == self.loaded_period else ())}
        self.money_table.setItem(row, 0, self._fixed(f"{r.number}.{n} {c.year} {c.funder or ''}".strip()))
        m = given.get(n)
        for col, f in enumerate(self.line_fields, 1):
            if f.kind == "currency":
                self.money_table.setItem(row, col, self._fixed(c.currency))
            else:
                self.money_table.setItem(row, col, QTableWidgetItem(cell_text(f, getattr(m, f.name)) if m else ""))

    def period_code(self) -> str:
        from ...domain.plan.progress import normalise_period

        try:
            return normalise_period(self.period.currentText())
        except ProgressError:
            return ""

    def _cell(self, row: int, column: int) -> str:
        item = self.money_table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _lines(self, i: int) -> tuple[LineMoney, ...]:
        """The money typed for action row ``i``'s cost lines (a line with nothing typed: none)."""
        lines = []
        for row, (a_row, n, currency) in enumerate(self.lines):
            if a_row != i:
                continue
            cells = {f.name: self._cell(row, col) for col, f in enumerate(self.line_fields, 1) if f.kind != "currency"}
            if any(cells.values()):
                money: dict[str, Any] = {f.name: typed_value(f, cells[f.name]) for f in self.line_fields
                                         if f.name in cells}
                lines.append(LineMoney(n, currency, **money))
        return tuple(lines)

    def _typed_entry(self, i: int) -> dict[str, Any]:
        """What action row ``i`` shows of its entry, by field: the status chosen, the texts typed."""
        out: dict[str, Any] = {}
        for col, f in enumerate(self.entry_fields, 1):
            if f.kind == "status":
                combo = self.actions_table.cellWidget(i, col)
                out[f.name] = combo.currentData() if isinstance(combo, QComboBox) else self.rows[i].status
            else:
                item = self.actions_table.item(i, col)
                out[f.name] = typed_value(f, item.text().strip() if item else "")
        return out

    def _entries(self) -> dict[str, ActionProgress]:
        """The rows as entries for the period shown (money typed in the interface's decimal sign);
        the fields this dialog does not show stay as recorded for the period (none: not set)."""
        period = self.loaded_period
        out: dict[str, ActionProgress] = {}
        for i, r in enumerate(self.rows):
            recorded = r.entry if r.entry and r.entry.period == period else None
            entry = later_kept(ActionProgress(r.action.id, period, r.status), recorded)
            if recorded is not None:
                entry = replace(entry, **{f.name: getattr(recorded, f.name) for f in self._hidden_first()})
            out[r.action.id] = replace(entry, **self._typed_entry(i), lines=self._lines(i))
        return out

    def _hidden_first(self):
        """The first fields of an entry this dialog has no column for (the start and completion
        dates): kept as recorded."""
        shown = {f.name for f in self.entry_fields}
        return [f for f in ENTRY_FIELDS if f.first and f.name not in shown]

    def save(self) -> bool:
        """Record each action whose row changed, for the period shown; the first refusal is shown,
        the others kept (False), what was typed staying to be corrected. The overruns recorded are
        said under the tables, in the words of every other path."""
        self.notice.clear()
        try:
            now = self._entries()
        except ProgressError as exc:
            self.error.setText(service_text(str(exc)))
            return False
        said: list[str] = []
        for aid, entry in now.items():
            if entry == self.loaded.get(aid):
                continue
            result = self.writes.run(prog.record_progress, self.store, self.aid, entry, replace=True)
            if isinstance(result, Refused):
                self.error.setText(result.message)
                return False
            said += [service_text(w) for w in getattr(result, "warnings", ())]
            self.loaded[aid] = entry
        refused = self.indicator_table.save(self.store, self.aid, self.writes.run)
        if refused:
            self.error.setText(refused)
            self.tabs.setCurrentWidget(self.indicator_table)
            return False
        self.load(self.loaded_period)
        self.notice.setText("\n".join(dict.fromkeys(said)))
        return True


class AchievedDialog(QDialog):
    """What the previous round's plan achieved, seen from this round: each of its actions with its
    outcome and reason, and under it the gaps it targeted with their gap then and now."""

    def __init__(self, store, questionnaire, assessment_id: int, lang: str = "en", parent=None):
        super().__init__(parent)
        self.setObjectName("achievedDialog")
        self.resize(900, 560)
        box = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        box.addWidget(self.intro)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        box.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.setWindowTitle(self.tr("What the earlier plan achieved"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Outcome"), self.tr("Reason")])
        self.tree.setAccessibleName(self.tr("The earlier plan's actions and the gaps they targeted"))
        try:
            done = plan_achieved(store, questionnaire, assessment_id, None, lang)
        except ServiceError as exc:
            self.intro.setText(str(exc))
            return
        self.intro.setText(self.tr("The plan of round %1: each action's outcome, and under it the gaps it "
                                   "targeted, their gap then and now (0 none, 3 the largest).").replace(
            "%1", str(done.earlier.round)))
        for o in done.outcomes:
            when = o.period or self.tr("no progress report")
            item = QTreeWidgetItem([f"{o.number}. {o.title}", f"{status_label(o.outcome)} ({when})", o.reason])
            for g in o.gaps:
                item.addChild(QTreeWidgetItem([f"{g.code} {g.label}",
                                               f"{self._gap(g.gap_before)} → {self._gap(g.gap_after)}",
                                               g.trend_label]))
            self.tree.addTopLevelItem(item)
        self.tree.expandAll()

    def _gap(self, value: int | None) -> str:
        """A gap as shown: its score, or that it is not scored (never "None")."""
        return self.tr("not scored") if value is None else str(value)


__all__ = ["AchievedDialog", "ProgressDialog"]
