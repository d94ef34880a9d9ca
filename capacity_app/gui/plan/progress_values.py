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
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from ...domain.editorial import label_and_text
from ...domain.plan.actions import Action
from ...domain.plan.progress import IndicatorRow, IndicatorValue, ProgressError
from ...domain.plan.results import Indicator, ResultsChain, value_text
from ...services.plan import progress as prog
from ..numbers import interface_language
from ..service_text import service_text
from ..writing import isolated
from ..writes import Refused
from .fit import WrappedTable, fit_columns
from .progress_columns import cell_text, heads, shown_fields, stretched, typed_value
from .results import level_label

TYPED = 3   # the first typed column (after the indicator, its baseline and its target)
VALUE = TYPED   # the value measured's (the first field an indicator's value declares)


def standing_text(code: str | None) -> str:
    """A standing by the rule in the interface's words (None: not judged)."""
    texts = {"on_track": QCoreApplication.translate("ProgressDialog", "On track"),
             "at_risk": QCoreApplication.translate("ProgressDialog", "At risk"),
             "off_track": QCoreApplication.translate("ProgressDialog", "Off track")}
    return texts.get(code or "", QCoreApplication.translate("ProgressDialog", "Not judged"))


# a row's typed cells as typed, one per field the table shows (the value, the date, the source)
Typed = tuple[str, ...]


class IndicatorValuesTable(WrappedTable):
    """One row per indicator of the results chain; a cell typed per field of an indicator's value
    the declaration gives the dialog (the value, date and source, then a field declared later:
    ``progress_columns``), before the standing."""

    def __init__(self, parent: QWidget | None = None):
        self.fields = shown_fields("value")
        self.standing_column = TYPED + len(self.fields)
        super().__init__(0, self.standing_column + 1, parent)
        self.setObjectName("indicatorValues")
        self.typed_first = True   # the keyboard arrives on the value measured, not on the indicator's name
        self.setTabKeyNavigation(False)    # Tab leaves the table; the arrows move between cells
        # a source (a text of several lines) in a column whose width the officer may change
        fit_columns(self, stretched=(0,), fixed=dict.fromkeys(stretched(self.fields, TYPED), 140))
        self.indicators: tuple[Indicator, ...] = ()
        self.period = ""
        self.loaded: dict[str, Typed] = {}
        self.retranslate(None)

    def field_column(self, name: str) -> int:
        """The column of the field ``name`` (the value, the date, the source…)."""
        return TYPED + next(n for n, f in enumerate(self.fields) if f.name == name)

    def retranslate(self, year: int | None) -> None:
        target = (QCoreApplication.translate("ProgressDialog", "Target %1").replace("%1", str(year)) if year
                  else QCoreApplication.translate("ProgressDialog", "Target"))
        self.setHorizontalHeaderLabels([
            QCoreApplication.translate("ProgressDialog", "Indicator"),
            QCoreApplication.translate("ProgressDialog", "Baseline"), target, *heads(self.fields),
            QCoreApplication.translate("ProgressDialog", "Standing")])
        date = self.horizontalHeaderItem(self.field_column("date"))
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
            self._fixed(n, 0, label_and_text(self.measures(i, plan), isolated(i.name + unit), interface_language()),
                        i.name)
            base = "" if i.baseline is None else value_text(i.baseline) + (
                f" ({i.baseline_year})" if i.baseline_year else "")
            self._fixed(n, 1, base)
            target = i.target_in(year) if year else None
            self._fixed(n, 2, "" if target is None else value_text(target))
            v = own.get(i.id)
            for c, f in enumerate(self.fields, TYPED):
                self.setItem(n, c, QTableWidgetItem(cell_text(f, getattr(v, f.name)) if v else ""))
            self._fixed(n, self.standing_column, *self._standing(judged.get(i.id), target))
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

        return tuple(cell(c) for c in range(TYPED, self.standing_column))

    def changed(self) -> list[tuple[int, Indicator, Typed]]:
        """The rows whose typed cells differ from what was loaded."""
        return [(n, i, t) for n, i in enumerate(self.indicators)
                if (t := self.typed(n)) != self.loaded.get(i.id)]

    def save(self, store, assessment_id: int, run: Callable[..., object]) -> str:
        """Write each changed row through the services (``run``: the window's ``Writes.run``);
        "" when all went through, else the first refusal (that row written in nothing; the rows
        before it are kept as written)."""
        for _n, i, t in self.changed():
            typed = dict(zip((f.name for f in self.fields), t, strict=True))
            if not typed["value"]:
                return QCoreApplication.translate(
                    "ProgressDialog", "indicator %1: type the value measured (a value recorded is replaced, "
                                      "never emptied)").replace("%1", i.id)
            try:
                # a value a decimal, a date and a text as typed ("" when left empty)
                values: dict[str, Any] = {f.name: typed_value(f, typed[f.name], f"{f.what} of indicator {i.id}")
                          if f.kind in ("amount", "value") else typed[f.name] for f in self.fields}
            except ProgressError as exc:
                return service_text(str(exc))
            result = run(prog.record_indicator_value, store, assessment_id,
                         IndicatorValue(i.id, self.period, **values), replace=True)
            if isinstance(result, Refused):
                return result.message
            self.loaded[i.id] = t
        return ""


__all__ = ["IndicatorValuesTable", "standing_text"]
