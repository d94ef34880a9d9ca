"""The indicator part of *Progress…*: every indicator of the plan's results chain
(overall objective, outcomes, outputs: ``domain.plan.results``) in the chosen period, with its
baseline and its target for the period's year, the value measured, its date and its source
(typed), and its standing by the written rule (``domain.plan.progress.indicator_standing``,
never typed).

The value, date and source typed are those recorded for exactly the period; when a value of a
shorter period inside it speaks for it (2026-H1 for 2026), the standing says which. *Save*
writes each row that changed through ``services.plan.progress.record_indicator_value`` (the
checks of ``actions progress value``; a value already recorded for the period is replaced, the
history keeping it); a refusal is one line and nothing of that row is written.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from ...domain.plan.actions import Action
from ...domain.plan.progress import IndicatorRow, IndicatorValue, ProgressError, parse_value
from ...domain.plan.results import Indicator, ResultsChain, value_text
from ...services.plan import progress as prog
from ..service_text import service_text
from ..writing import isolated
from ..writes import Refused
from .dialogs import shown_amount, typed_amount
from .fit import WrappedTable, fit_columns
from .results import level_label

VALUE, DATE, SOURCE = 3, 4, 5          # the typed columns


def standing_text(code: str | None) -> str:
    """A standing by the rule in the interface's words (None: not judged)."""
    texts = {"on_track": QCoreApplication.translate("ProgressDialog", "On track"),
             "at_risk": QCoreApplication.translate("ProgressDialog", "At risk"),
             "off_track": QCoreApplication.translate("ProgressDialog", "Off track")}
    return texts.get(code or "", QCoreApplication.translate("ProgressDialog", "Not judged"))


@dataclass(frozen=True)
class Typed:
    """A row's typed cells: the value (as typed), the date and the source."""

    value: str
    date: str
    source: str


class IndicatorValuesTable(WrappedTable):
    """One row per indicator of the results chain; the value, date and source cells are typed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 7, parent)
        self.setObjectName("indicatorValues")
        self.typed_first = True   # the keyboard arrives on the value measured, not on the indicator's name
        self.setTabKeyNavigation(False)    # Tab leaves the table; the arrows move between cells
        fit_columns(self, stretched=(0,))
        self.horizontalHeader().setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(SOURCE, 140)
        self.indicators: tuple[Indicator, ...] = ()
        self.period = ""
        self.loaded: dict[str, Typed] = {}
        self.retranslate(None)

    def retranslate(self, year: int | None) -> None:
        target = (QCoreApplication.translate("ProgressDialog", "Target %1").replace("%1", str(year)) if year
                  else QCoreApplication.translate("ProgressDialog", "Target"))
        self.setHorizontalHeaderLabels([
            QCoreApplication.translate("ProgressDialog", "Indicator"),
            QCoreApplication.translate("ProgressDialog", "Baseline"), target,
            QCoreApplication.translate("ProgressDialog", "Value measured"),
            QCoreApplication.translate("ProgressDialog", "Date"),
            QCoreApplication.translate("ProgressDialog", "Source"),
            QCoreApplication.translate("ProgressDialog", "Standing")])
        date = self.horizontalHeaderItem(DATE)
        if date is not None:
            date.setToolTip(QCoreApplication.translate(
                "ProgressDialog", "The date the value was measured, written YYYY-MM-DD (such as 2026-10-15)"))
        self.setAccessibleName(QCoreApplication.translate("ProgressDialog",
                                                          "Each indicator's value measured in the period"))

    def measures(self, i: Indicator, plan: Sequence[Action]) -> str:
        """What the indicator measures: the overall objective, an outcome, an action's output."""
        if i.level == "output":
            n = next((k for k, a in enumerate(plan, 1) if a.id == i.parent), 0)
            return QCoreApplication.translate("ProgressDialog", "Output of action %1").replace("%1", str(n))
        return level_label(i.level) + (f" {isolated(i.parent)}" if i.level == "outcome" else "")

    def fill(self, chain: ResultsChain, rows: Sequence[IndicatorRow], values: Sequence[IndicatorValue],
             plan: Sequence[Action], period: str) -> None:
        """Every indicator of ``chain``; ``rows``: the period's judged rows (the summary's),
        ``values``: the values measured in the period."""
        self.period, self.indicators = period, tuple(chain.indicators)
        year = int(period[:4]) if period else None
        self.retranslate(year)
        judged = {r.indicator.id: r for r in rows}
        own = {v.indicator_id: v for v in values if v.period == period}
        self.setRowCount(len(self.indicators))
        for n, i in enumerate(self.indicators):
            unit = f" ({i.unit})" if i.unit else ""
            # the name kept whole in its own direction after the level's words (an English name in the
            # Arabic window read "O1 :الحصيلة Yearly…")
            self._fixed(n, 0, f"{self.measures(i, plan)}: {isolated(i.name + unit)}", i.name)
            base = "" if i.baseline is None else value_text(i.baseline) + (
                f" ({i.baseline_year})" if i.baseline_year else "")
            self._fixed(n, 1, base)
            target = i.target_in(year) if year else None
            self._fixed(n, 2, "" if target is None else value_text(target))
            v = own.get(i.id)
            for c, text in ((VALUE, shown_amount(v.value) if v else ""), (DATE, v.date if v else ""),
                            (SOURCE, v.source if v else "")):
                self.setItem(n, c, QTableWidgetItem(text))
            self._fixed(n, 6, *self._standing(judged.get(i.id), target))
        self.loaded = {i.id: self.typed(n) for n, i in enumerate(self.indicators)}
        self.resizeRowsToContents()

    def _standing(self, row: IndicatorRow | None, target) -> tuple[str, str]:
        """The standing's text and its tooltip (why it is not judged)."""
        text, tip = standing_text(row.standing if row else None), ""
        if row is not None and row.value is not None and row.value.period != self.period:
            text += " " + QCoreApplication.translate("ProgressDialog", "(value of %1)").replace("%1", row.value.period)
        elif target is None:
            tip = QCoreApplication.translate("ProgressDialog", "(no target this year)")
        return text, tip

    def _fixed(self, row: int, column: int, text: str, tip: str = "") -> None:
        item = QTableWidgetItem(text)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        if tip:
            item.setToolTip(tip)
        self.setItem(row, column, item)

    def typed(self, row: int) -> Typed:
        def cell(c: int) -> str:
            item = self.item(row, c)
            return item.text().strip() if item is not None else ""

        return Typed(cell(VALUE), cell(DATE), cell(SOURCE))

    def changed(self) -> list[tuple[int, Indicator, Typed]]:
        """The rows whose typed cells differ from what was loaded."""
        return [(n, i, t) for n, i in enumerate(self.indicators)
                if (t := self.typed(n)) != self.loaded.get(i.id)]

    def save(self, store, assessment_id: int, run: Callable[..., object]) -> str:
        """Write each changed row through the services (``run``: the window's ``Writes.run``);
        "" when all went through, else the first refusal (that row written in nothing; the rows
        before it are kept as written)."""
        for _n, i, t in self.changed():
            if not t.value:
                return QCoreApplication.translate(
                    "ProgressDialog", "indicator %1: type the value measured (a value recorded is replaced, "
                                      "never emptied)").replace("%1", i.id)
            try:
                number = parse_value(typed_amount(t.value), f"value of indicator {i.id}")
            except ProgressError as exc:
                return service_text(str(exc))
            result = run(prog.record_indicator_value, store, assessment_id,
                         IndicatorValue(i.id, self.period, number, t.date, t.source), replace=True)
            if isinstance(result, Refused):
                return result.message
            self.loaded[i.id] = t
        return ""


__all__ = ["IndicatorValuesTable", "standing_text"]
