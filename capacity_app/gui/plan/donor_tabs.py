"""The donors' structures of the funding request in the window: the tabs *Risks*, *Indicators* and
*Procurement* of the *Funding request…* dialog (``gui/plan/request.py``).

Each is a table (``fit.WrappedTable``: texts wrapped, each row as tall as its text; Tab leaves it,
the arrows move inside it). A code (a risk's likelihood and impact, an indicator's frequency, a
package's method and review) is shown by the report's own label (``wb.*`` of ``domain.texts``, in
the interface's language) and chosen from a list when the cell is edited (:class:`CodeCells`);
what a row keeps that the table does not show (the actions a risk concerns, a package's cost line)
is kept with the row and saved as it came. The tabs read what is typed into the domain's records
(``domain.plan.donors``); the dialog saves them with the rest of the request in one write, and the
services check them against the plan."""
from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...domain.plan.cost import parse_amount
from ...domain.plan.donors import FREQUENCIES, LEVELS, METHODS, REVIEWS, IndicatorDetail, Package, Risk
from ...domain.texts import text
from ..numbers import decimal_sign, interface_language
from .dialogs import shown_amount, typed_amount
from .fit import IsolatedCells, WrappedTable, fit_columns

CODE = Qt.ItemDataRole.UserRole          # a code cell's code; a name cell's id
KEPT = Qt.ItemDataRole.UserRole + 1      # what the row keeps unseen (a risk's actions, a package's line)
NONE = "—"                               # no code chosen, no partner


class TypedError(ValueError):
    """An amount typed that is not digits: one line in the interface's language; ``tab``: the
    table's tab, its cell made current."""

    def __init__(self, message: str, tab: DonorTable) -> None:
        super().__init__(message)
        self.tab = tab


def code_label(kind: str, code: str) -> str:
    """The report's label of ``code`` (``wb.<kind>.<code>``) in the interface's language."""
    key = f"wb.{kind}.{code}"
    try:
        return text(key, interface_language())
    except KeyError:
        return code   # a code the domain no longer knows: shown as stored, refused on saving


def choices(kind: str, codes: Sequence[str], blank: bool = False) -> list[tuple[str, str]]:
    return ([("", NONE)] if blank else []) + [(c, code_label(kind, c)) for c in codes]


class CodeCells(IsolatedCells):
    """The cells of a column of codes: shown by their label, edited with a list of the labels."""

    def __init__(self, parent: QWidget, options: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.options = options

    def createEditor(self, parent, option, index) -> QComboBox:
        combo = QComboBox(parent)
        for code, label in self.options:
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(CODE) or "")))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData(), CODE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


def code_item(options: list[tuple[str, str]], code: str) -> QTableWidgetItem:
    label = next((lab for c, lab in options if c == code), code or NONE)
    item = QTableWidgetItem(label)
    item.setData(CODE, code)
    return item


def fixed_item(shown: str, data: str) -> QTableWidgetItem:
    item = QTableWidgetItem(shown)
    item.setData(CODE, data)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class DonorTable(QWidget):
    """A table of one structure with, when rows may be added, its Add and Remove buttons."""

    def __init__(self, parent: QWidget, headers: Sequence[str], stretched: tuple[int, ...],
                 buttons: tuple[str, str] | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        self.table = WrappedTable(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setTabKeyNavigation(False)   # Tab leaves the table; the arrows move in it
        self.table.typed_first = True   # the keyboard arrives on a cell it can type into, not a name
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        fit_columns(self.table, stretched)
        box.addWidget(self.table, 1)
        self.add_button: QPushButton | None = None
        self.remove_button: QPushButton | None = None
        if buttons is not None:
            row = QHBoxLayout()
            self.add_button = QPushButton(buttons[0], self)
            self.remove_button = QPushButton(buttons[1], self)
            self.add_button.clicked.connect(self.add_new)
            self.remove_button.clicked.connect(self.remove_current)
            row.addWidget(self.add_button)
            row.addWidget(self.remove_button)
            row.addStretch(1)
            box.addLayout(row)
        self.table.itemChanged.connect(lambda item: self.table.resizeRowToContents(item.row()))

    def codes(self, column: int, options: list[tuple[str, str]]) -> None:
        self.table.setItemDelegateForColumn(column, CodeCells(self.table, options))

    def add_new(self) -> None:
        """A new empty row, its first cell current."""

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 0)
        self.table.setFocus()

    def append(self, items: Sequence[QTableWidgetItem]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for c, item in enumerate(items):
            self.table.setItem(row, c, item)
        self.table.resizeRowToContents(row)
        return row

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def code(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return str(item.data(CODE) or "") if item is not None else ""

    def kept(self, row: int, column: int) -> Any:
        item = self.table.item(row, column)
        return item.data(KEPT) if item is not None else None

    def state(self) -> tuple[tuple[str, ...], ...]:
        """What the table shows and holds, to tell what was typed since the dialog opened."""
        return tuple(tuple(f"{self.cell(r, c)}\x1f{self.code(r, c)}" for c in range(self.table.columnCount()))
                     for r in range(self.table.rowCount()))

    def amount(self, row: int, column: int, required: bool) -> Decimal | None:
        """The amount typed in the cell (None: empty and not ``required``); :class:`TypedError`
        when it is not digits, the cell made current."""
        typed = typed_amount(self.cell(row, column))
        if not typed and not required:
            return None
        if re.fullmatch(r"\d[\d_]*(\.\d+)?", typed):
            return parse_amount(typed)
        self.table.setCurrentCell(row, column)
        sign = decimal_sign()
        header = self.table.horizontalHeaderItem(column)
        name = f"{header.text() if header is not None else ''} ({row + 1})"
        raise TypedError(QCoreApplication.translate(
            "PlanDialogs", "%1: write digits, with “%2” for decimals, such as 45000000 or %3 (no "
            "thousands separators).").replace("%1", name).replace("%2", sign).replace("%3", f"1250{sign}50"), self)

    def read_only(self) -> None:
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for b in (self.add_button, self.remove_button):
            if b is not None:
                b.setEnabled(False)


class RisksTab(DonorTable):
    """The risk matrix: risk, likelihood, impact, mitigating measure, owner."""

    def __init__(self, parent: QWidget, risks: Sequence[Risk]) -> None:
        super().__init__(parent, [self.tr("Risk"), self.tr("Likelihood"), self.tr("Impact"),
                                  self.tr("Mitigating measure"), self.tr("Owner")], (0, 3, 4),
                         (self.tr("Add &risk"), self.tr("Remo&ve risk")))
        # each list in its own words: the adjective agrees with its noun (probabilidade média, impacto médio)
        self.likelihoods = choices("likelihood", LEVELS)
        self.impacts = choices("impact", LEVELS)
        self.codes(1, self.likelihoods)
        self.codes(2, self.impacts)
        for r in risks:
            self.add(r)

    def add(self, r: Risk) -> int:
        first = QTableWidgetItem(r.risk)
        first.setData(KEPT, list(r.actions))
        return self.append([first, code_item(self.likelihoods, r.likelihood), code_item(self.impacts, r.impact),
                            QTableWidgetItem(r.mitigation), QTableWidgetItem(r.owner)])

    def add_new(self) -> None:
        row = self.add(Risk("", "medium", "medium", "", ""))
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()

    def risks(self) -> tuple[Risk, ...]:
        return tuple(Risk(self.cell(r, 0), self.code(r, 1), self.code(r, 2), self.cell(r, 3), self.cell(r, 4),
                          tuple(self.kept(r, 0) or ())) for r in range(self.table.rowCount()))


class IndicatorsTab(DonorTable):
    """One row per indicator of the results chain: how often measured, who is responsible, and when
    disbursement-linked the partner and the amount it releases."""

    def __init__(self, parent: QWidget, indicators: Sequence[tuple[str, str]], partners: Sequence[str],
                 details: Sequence[IndicatorDetail]) -> None:
        super().__init__(parent, [self.tr("Indicator"), self.tr("Frequency"), self.tr("Responsible"),
                                  self.tr("Disbursement-linked: partner"), self.tr("Amount")], (0, 2))
        self.frequencies = choices("freq", FREQUENCIES, blank=True)
        self.partners = [("", NONE)] + [(p, p) for p in partners]
        self.codes(1, self.frequencies)
        self.codes(3, self.partners)
        given = {d.indicator: d for d in details}
        names = dict(indicators)
        for iid in [*names, *(d.indicator for d in details if d.indicator not in names)]:
            d = given.get(iid) or IndicatorDetail(iid, "", "")
            amount = shown_amount(d.dli_amount) if d.dli_amount is not None else ""
            self.append([fixed_item(names.get(iid, iid), iid), code_item(self.frequencies, d.frequency),
                         QTableWidgetItem(d.responsibility), code_item(self.partners, d.dli_partner),
                         QTableWidgetItem(amount)])

    def details(self) -> tuple[IndicatorDetail, ...]:
        """The rows given something (a row left empty: no details for that indicator)."""
        out = []
        for r in range(self.table.rowCount()):
            frequency, responsible, partner = self.code(r, 1), self.cell(r, 2), self.code(r, 3)
            if not (frequency or responsible.strip() or partner or self.cell(r, 4).strip()):
                continue
            out.append(IndicatorDetail(self.code(r, 0), frequency, responsible, partner,
                                       self.amount(r, 4, required=False)))
        return tuple(out)


class ProcurementTab(DonorTable):
    """The procurement plan: per package its action, description, method, estimated cost and
    currency, start and end (YYYY-MM-DD) and the Bank's review."""

    def __init__(self, parent: QWidget, actions: Sequence[tuple[str, str]], packages: Sequence[Package]) -> None:
        """``actions``: the plan's, each its id and its label (its number and title)."""
        super().__init__(parent, [self.tr("Action"), self.tr("Description"), self.tr("Method"),
                                  self.tr("Estimated cost"), self.tr("Currency"), self.tr("Start"), self.tr("End"),
                                  self.tr("Review")], (0, 1, 2), (self.tr("Add packa&ge"), self.tr("Remove pac&kage")))
        self.action_choices = list(actions)   # (id, "2. Its title"): the id is never shown
        known = {a for a, _ in actions}
        self.action_choices += [(p.action, p.action) for p in packages if p.action not in known]
        self.methods = choices("method", METHODS)
        self.reviews = choices("review", REVIEWS)
        for column, options in ((0, self.action_choices), (2, self.methods), (7, self.reviews)):
            self.codes(column, options)
        for p in packages:
            self.add(p)

    def add(self, p: Package) -> int:
        first = code_item(self.action_choices, p.action)
        first.setData(KEPT, p.line)
        amount = shown_amount(p.amount) if p.amount else ""
        return self.append([first, QTableWidgetItem(p.description), code_item(self.methods, p.method),
                            QTableWidgetItem(amount), QTableWidgetItem(p.currency), QTableWidgetItem(p.start),
                            QTableWidgetItem(p.end), code_item(self.reviews, p.review)])

    def add_new(self) -> None:
        action = self.action_choices[0][0] if self.action_choices else ""
        row = self.add(Package(action, "", "rfq", Decimal(0), "", "", "", "post"))
        self.table.setCurrentCell(row, 1)
        self.table.setFocus()

    def packages(self) -> tuple[Package, ...]:
        out = []
        for r in range(self.table.rowCount()):
            line = self.kept(r, 0)
            out.append(Package(self.code(r, 0), self.cell(r, 1), self.code(r, 2),
                               self.amount(r, 3, required=True) or Decimal(0), self.cell(r, 4), self.cell(r, 5).strip(),
                               self.cell(r, 6).strip(), self.code(r, 7), line if isinstance(line, int) else None))
        return tuple(out)


__all__ = ["CodeCells", "DonorTable", "IndicatorsTab", "ProcurementTab", "RisksTab", "TypedError", "code_label"]
