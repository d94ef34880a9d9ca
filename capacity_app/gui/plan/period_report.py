"""The planning unit's own words in the implementation report of a period, in the window: *Write
the report…* in *Progress…*.

The summary (a paragraph per line), the decisions asked of the minister (one a line, in their
order) and, for each action at risk or off track in the period (and any action that already has
one), its corrective measure: what will be done, who takes it, by when (YYYY-MM-DD). The action's
standing and reason are shown beside it, never typed. *Save* (Ctrl+S) writes what changed through
``services.plan.period_report``; a refusal is one line under the table in the interface's language
and nothing of that part is written, what was typed staying to be corrected. A measure emptied
(its three cells) is removed, the history keeping it. Escape or *Close* over input not saved
asks *Save*, *Discard* or *Cancel*.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...catalog import sentences  # noqa: F401  (gives domain.texts the catalogued languages' sentences)
from ...domain.plan.period_report import Measure, PeriodReport
from ...domain.texts import TEXTS, text
from ...services.base import ServiceError
from ...services.plan import period_report as words
from ...services.plan import progress as prog
from ..numbers import interface_language
from ..service_text import service_text
from ..widgets.unsaved import CANCEL, SAVE, ask_unsaved, save_shortcut
from ..writes import Refused
from .fit import WrappedTable, fit_columns, fit_to_screen
from .progress_values import standing_text

_AT_RISK = ("at_risk", "off_track")
_MEASURE, _WHO, _BY = 3, 4, 5   # the table's typed columns


def said(exc: ServiceError) -> str:
    """A refusal in the interface's language: from its entry of ``domain.texts`` when it names one
    (``key``, ``values``), else as the window says every service's refusal."""
    key = getattr(exc, "key", "")
    if key in TEXTS:
        return text(key, interface_language(), **getattr(exc, "values", {}))
    return service_text(str(exc))


def _fixed(value: str) -> QTableWidgetItem:
    item = QTableWidgetItem(value)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class PeriodReportDialog(QDialog):
    """The summary, the decisions asked and the corrective measures of one period."""

    def __init__(self, store: Any, assessment_id: int, writes: Any, period: str, parent=None) -> None:
        super().__init__(parent)
        self.store, self.aid, self.writes, self.period = store, assessment_id, writes, period
        self.setObjectName("periodReportDialog")
        fit_to_screen(self, 1100, 680)
        box = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        box.addWidget(self.intro)
        self.summary_label, self.summary = QLabel(self), QPlainTextEdit(self)
        self.decisions_label, self.decisions = QLabel(self), QPlainTextEdit(self)
        self.measures_label, self.table = QLabel(self), WrappedTable(0, 6, self)
        fit_columns(self.table, (0, 2, 3, 4))   # the texts share the width and wrap; the standing and the date fit
        self.table.setTabKeyNavigation(False)   # Tab leaves the table; the arrows move between cells
        self.table.typed_first = True           # Tab or Alt+M arrives on the measure, not on the action's name
        for label, field, stretch in ((self.summary_label, self.summary, 3), (self.decisions_label, self.decisions, 1),
                                      (self.measures_label, self.table, 3)):
            label.setBuddy(field)
            label.setWordWrap(True)
            box.addWidget(label)
            box.addWidget(field, stretch)
        self.summary.setTabChangesFocus(True)
        self.decisions.setTabChangesFocus(True)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        box.addWidget(buttons)
        self.save_key = save_shortcut(self, self.save)
        self.rows: list[tuple[str, int]] = []          # per table row: the action's id and number
        self.loaded_report = PeriodReport(period)
        self.loaded_measures: dict[str, Measure] = {}
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Report of %1").replace("%1", self.period))
        self.intro.setText(self.tr("What the implementation report of %1 prints in the planning unit's own words: "
                                   "the summary before the figures, the decisions asked of the minister, and "
                                   "beside each action at risk or off track its corrective measure.").replace(
            "%1", self.period))
        self.summary_label.setText(self.tr("The planning unit's s&ummary (a paragraph a line):"))
        self.decisions_label.setText(self.tr("&Decisions asked of the minister, one a line, in their order:"))
        self.measures_label.setText(self.tr("Corrective &measures of the actions at risk or off track:"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Standing"), self.tr("Reason given"),
                                              self.tr("Corrective measure"), self.tr("Responsible"),
                                              self.tr("By (YYYY-MM-DD)")])
        self.summary.setAccessibleName(self.tr("The planning unit's summary"))
        self.decisions.setAccessibleName(self.tr("Decisions asked of the minister"))
        self.table.setAccessibleName(self.tr("Corrective measures"))
        if self.save_button is not None:
            self.save_button.setText(self.tr("&Save"))
            self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        if self.close_button is not None:
            self.close_button.setText(self.tr("&Close"))

    def load(self) -> None:
        """What is written for the period, and a row per action at risk or off track (or measured)."""
        self.error.clear()
        try:
            got = words.period_words(self.store, self.aid, self.period)
            summary = prog.summary(self.store, self.aid, self.period)
        except ServiceError as exc:
            self.error.setText(said(exc))
            return
        self.loaded_report, self.loaded_measures = got.report, got.measures
        self.summary.setPlainText(got.report.summary)
        self.decisions.setPlainText("\n".join(got.report.decisions))
        shown = [r for r in summary.rows if r.standing.overall in _AT_RISK or r.action.id in got.measures]
        self.table.setRowCount(len(shown))
        self.rows = []
        for i, r in enumerate(shown):
            m = got.measures.get(r.action.id)
            self.rows.append((r.action.id, r.number))
            for column, item in enumerate((_fixed(f"{r.number}. {r.action.title}"),
                                           _fixed(standing_text(r.standing.overall)),
                                           _fixed(r.entry.reason if r.entry else ""),
                                           QTableWidgetItem(m.text if m else ""), QTableWidgetItem(m.who if m else ""),
                                           QTableWidgetItem(m.by or "" if m else ""))):
                self.table.setItem(i, column, item)
        self.table.resizeRowsToContents()

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def typed_report(self) -> tuple[str, tuple[str, ...]]:
        """The summary and the decisions as typed (a blank line is no decision)."""
        lines = self.decisions.toPlainText().splitlines()
        return self.summary.toPlainText(), tuple(x for x in lines if x.strip())

    def typed_measures(self) -> dict[str, tuple[str, str, str]]:
        """Each row's measure, who and by when as typed, by action id."""
        return {aid: (self._cell(i, _MEASURE), self._cell(i, _WHO), self._cell(i, _BY))
                for i, (aid, _n) in enumerate(self.rows)}

    def _measure_changed(self, aid: str, typed: tuple[str, str, str]) -> bool:
        m = self.loaded_measures.get(aid)
        was = (m.text, m.who, m.by or "") if m else ("", "", "")
        return tuple(x.strip() for x in typed) != was

    def _report_changed(self) -> bool:
        summary, decisions = self.typed_report()
        r = self.loaded_report
        return (summary.strip(), tuple(d.strip() for d in decisions)) != (r.summary, r.decisions)

    def dirty(self) -> bool:
        """Something typed is not saved."""
        return self._report_changed() or any(self._measure_changed(aid, t) for aid, t in self.typed_measures().items())

    def _run(self, check: Any, fn: Any, *args: Any) -> bool:
        """``check()`` (the service's own check, which says its refusal in the interface's
        language), then the write ``fn(*args)`` through the window's writes; False when refused."""
        try:
            if check is not None:
                check()
        except ServiceError as exc:
            self.error.setText(said(exc))
            return False
        result = self.writes.run(fn, *args)
        if isinstance(result, Refused):
            self.error.setText(result.message)
            return False
        return True

    def save(self) -> bool:
        """Write the summary and decisions if they changed, then each measure that changed (one
        emptied is removed); the first refusal shown, what was typed kept (False)."""
        self.error.clear()
        if self._report_changed():
            summary, decisions = self.typed_report()
            check = lambda: words.checked_report(self.store, self.aid, PeriodReport(self.period, summary, decisions))  # noqa: E731
            if not self._run(check, words.record_period_report, self.store, self.aid, self.period, summary,
                             decisions):
                self.summary.setFocus()
                return False
        for i, (aid, typed) in enumerate(self.typed_measures().items()):
            if not self._measure_changed(aid, typed):
                continue
            body, who, by = typed
            if not any(x.strip() for x in typed):
                ok = self._run(None, words.remove_measure, self.store, self.aid, aid, self.period)
            else:
                m = Measure(aid, self.period, body, who, by.strip() or None)
                ok = self._run(lambda m=m: words.checked_measure(self.store, self.aid, m), words.record_measure,
                               self.store, self.aid, aid, self.period, body, who, by.strip() or None)
            if not ok:
                self.table.setCurrentCell(i, _MEASURE)
                return False
        self.load()
        return True

    def reject(self) -> None:
        """Escape, *Close* or the close button: asks first when something typed is not saved."""
        if not self.dirty():
            super().reject()
            return
        answer = ask_unsaved(self, self.tr("The report of %1 typed is not saved.").replace("%1", self.period))
        if answer == CANCEL or (answer == SAVE and not self.save()):
            return
        super().reject()


__all__ = ["PeriodReportDialog", "said"]
