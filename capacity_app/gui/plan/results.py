"""The plan's results chain in the window: a dialog opened from the Action plan tab
(*Results chain…*) to edit the overall objective and its assumptions, the outcomes, the
indicators of every level (baseline and its year, yearly targets, means of verification) and the
outcome each action serves.

Every change is saved at once through ``services.plan.results`` by the session's writes
(``gui/writes.py``), published on the window's bus; a refusal (an outcome that does not exist, a
target year outside the plan's years, a baseline year after a target year, an empty name) is
shown in one line under the fields and what was typed stays."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...domain.plan.result_fields import INDICATOR_FIELDS, OUTCOME_FIELDS, ResultField
from ...domain.plan.results import Indicator, ResultsChain, Target, targets_text
from ...domain.plan.results import field_text as shown_field  # a field as its cell shows it
from ...domain.texts import text as catalogue_text
from ...services.plan import actions as plans
from ...services.plan import results as chains
from ..numbers import interface_language
from ..writes import Refused
from ..session import not_saved_message
from ..widgets.unsaved import DISCARD, SAVE, ask_unsaved
from ..writing import isolated
from .fit import WrappedTable, cell_isolated, fit_columns, fit_to_screen

# the targets column's heading shows how targets are typed, "2027=40; 2028=55", isolated left to
# right in a right-to-left window (a header is drawn without the cells' isolation: it read
# "55=2028 ;40=2027")
TARGETS_EXAMPLE = targets_text((Target(2027, Decimal(40)), Target(2028, Decimal(55))))


def level_label(level: str) -> str:
    return {"objective": QCoreApplication.translate("ResultsChainDialog", "Overall objective"),
            "outcome": QCoreApplication.translate("ResultsChainDialog", "Outcome"),
            "output": QCoreApplication.translate("ResultsChainDialog", "Output")}.get(level, level)


# the columns of the outcomes' and the indicators' tables that hold their declared fields
# (domain/plan/result_fields.py): after the outcome's id, after the indicator's id and what it measures
_OUTCOME_COLUMNS = {1 + n: f for n, f in enumerate(OUTCOME_FIELDS)}
_INDICATOR_COLUMNS = {2 + n: f for n, f in enumerate(INDICATOR_FIELDS)}


def _short(text: str, n: int = 60) -> str:
    t = " ".join(text.split())
    return t if len(t) <= n else t[: n - 1] + "…"


class ResultsChainDialog(QDialog):
    """Edit the plan's results chain; each field saves when it is left, each choice when picked."""

    def __init__(self, parent: QWidget, session: Any) -> None:
        super().__init__(parent)
        self.session = session
        self.store, self.aid = session.store, session.assessment_id
        self.setObjectName("resultsChainDialog")
        self.chain = ResultsChain()
        self.plan_actions: list[Any] = []
        self._loading = False
        self._batch = self._refused = False   # writes in a row (``_save_typed``), and whether one was refused
        self._opened: tuple[Any, ...] = ()
        box = QVBoxLayout(self)
        box.addWidget(self._build_objective())
        box.addWidget(self._build_outcomes())
        box.addWidget(self._build_indicators())
        box.addWidget(self._build_links())
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setVisible(False)
        box.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        # Enter in a field is Close, as it was, never the first button that takes Enter (*Add
        # outcome* would add one); Enter on the button that has the focus is that button
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.setWindowTitle(self.tr("Results chain"))
        fit_to_screen(self, 1200, 760)
        self.reload()

    # --- the parts --------------------------------------------------------------------------------
    def _build_objective(self) -> QGroupBox:
        group = QGroupBox(self.tr("Overall objective (impact)"), self)
        form = QFormLayout(group)
        self.f_objective = QLineEdit(group)
        self.f_objective_assumptions = QLineEdit(group)
        form.addRow(self.tr("&Objective:"), self.f_objective)
        form.addRow(self.tr("A&ssumptions:"), self.f_objective_assumptions)
        for w in (self.f_objective, self.f_objective_assumptions):
            w.editingFinished.connect(self.save_objective)
        return group

    def _build_outcomes(self) -> QGroupBox:
        group = QGroupBox(self.tr("Outcomes (specific objectives)"), self)
        box = QVBoxLayout(group)
        self.outcomes = self._table(group, [self.tr("Id"), *self._headers(OUTCOME_FIELDS)],
                                    tuple(c for c, f in _OUTCOME_COLUMNS.items() if f.kind in ("name", "text")))
        self.outcomes.itemChanged.connect(self._outcome_edited)
        box.addWidget(self.outcomes)
        bar = QHBoxLayout()
        self.add_outcome_button = QPushButton(self.tr("&Add outcome"), group)
        self.remove_outcome_button = QPushButton(self.tr("&Remove outcome"), group)
        self.add_outcome_button.clicked.connect(self.add_outcome)
        self.remove_outcome_button.clicked.connect(self.remove_outcome)
        for b in (self.add_outcome_button, self.remove_outcome_button):  # Return clicks the one with the focus
            bar.addWidget(b)
        bar.addStretch(1)
        box.addLayout(bar)
        return group

    def _build_indicators(self) -> QGroupBox:
        group = QGroupBox(self.tr("Indicators"), self)
        box = QVBoxLayout(group)
        self.indicators = self._table(group, [self.tr("Id"), self.tr("Measures"), *self._headers(INDICATOR_FIELDS)],
                                      tuple(c for c, f in _INDICATOR_COLUMNS.items() if f.kind == "name"), wrap=False,
                                      fixed={c: 200 for c, f in _INDICATOR_COLUMNS.items() if f.kind == "text"})
        self.indicators.itemChanged.connect(self._indicator_edited)
        box.addWidget(self.indicators)
        bar = QHBoxLayout()
        self.f_measures = QComboBox(group)
        self.f_measures.setObjectName("indicatorMeasures")
        self.add_indicator_button = QPushButton(self.tr("Add &indicator of"), group)
        self.remove_indicator_button = QPushButton(self.tr("Remove in&dicator"), group)
        self.add_indicator_button.clicked.connect(self.add_indicator)
        self.remove_indicator_button.clicked.connect(self.remove_indicator)
        for w in (self.add_indicator_button, self.f_measures, self.remove_indicator_button):
            bar.addWidget(w)
        bar.addStretch(1)
        box.addLayout(bar)
        return group

    def _build_links(self) -> QGroupBox:
        group = QGroupBox(self.tr("The outcome each action serves (an action is an output)"), self)
        box = QVBoxLayout(group)
        self.links = self._table(group, [self.tr("Action"), self.tr("Outcome it serves")], (0, 1))
        self.links.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        box.addWidget(self.links)
        return group

    def _headers(self, fields: tuple[ResultField, ...]) -> list[str]:
        """The columns' headings of the declared ``fields``: the window's own words for those it
        has, else the label the workbook gives the field's column."""
        own = {("outcome", "name"): self.tr("Outcome"), ("outcome", "assumptions"): self.tr("Assumptions"),
               ("indicator", "name"): self.tr("Indicator"), ("indicator", "unit"): self.tr("Unit"),
               ("indicator", "baseline"): self.tr("Baseline"), ("indicator", "baseline_year"): self.tr("Baseline year"),
               ("indicator", "targets"): self.tr("Targets (%1)").replace("%1", cell_isolated(TARGETS_EXAMPLE)),
               ("indicator", "verification"): self.tr("Means of verification")}
        ui = interface_language()
        return [own.get((f.record, f.name)) or catalogue_text(f.label_key, ui) for f in fields]

    def _table(self, parent: QWidget, headers: list[str], stretched: tuple[int, ...], **fit: Any) -> QTableWidget:
        """``stretched``: the columns of names and texts, which share the width the others leave
        (at 1280 px the outcomes read "Residence-…" and a heading "Baseline yea")."""
        t = WrappedTable(0, len(headers), parent)
        t.setHorizontalHeaderLabels(headers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                          | QAbstractItemView.EditTrigger.AnyKeyPressed)
        fit_columns(t, stretched, **fit)
        t.verticalHeader().setVisible(False)
        t.setTabKeyNavigation(False)   # Tab leaves the table (it went round its cells for ever); arrows move in it
        return t

    # --- filling --------------------------------------------------------------------------------
    def reload(self) -> None:
        self.chain = chains.results_chain(self.store, self.aid)
        self.plan_actions = plans.action_plan(self.store, self.aid)
        self._loading = True
        try:
            self.f_objective.setText(self.chain.objective)
            self.f_objective_assumptions.setText(self.chain.assumptions)
            self._fill_outcomes()
            self._fill_indicators()
            self._fill_links()
        finally:
            self._loading = False
        self._opened = self._snapshot()
        read_only = bool(self.session.read_only)
        for w in (self.f_objective, self.f_objective_assumptions, self.add_outcome_button, self.remove_outcome_button,
                  self.add_indicator_button, self.remove_indicator_button):
            w.setEnabled(not read_only)

    def _cell(self, table: QTableWidget, r: int, c: int, text: str, editable: bool = True) -> None:
        item = QTableWidgetItem(text)
        if not editable or self.session.read_only:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(r, c, item)

    def _fill_outcomes(self) -> None:
        self.outcomes.setRowCount(len(self.chain.outcomes))
        for r, o in enumerate(self.chain.outcomes):
            self._cell(self.outcomes, r, 0, o.id, editable=False)
            for c, f in _OUTCOME_COLUMNS.items():
                self._cell(self.outcomes, r, c, shown_field(f, getattr(o, f.name)))

    def measures_text(self, i: Indicator) -> str:
        if i.level == "objective":
            return level_label("objective")
        if i.level == "outcome":
            return f"{level_label('outcome')} {i.parent}"
        n = next((k for k, a in enumerate(self.plan_actions, 1) if a.id == i.parent), 0)
        return self.tr("Action %1").replace("%1", str(n))

    def _fill_indicators(self) -> None:
        self.indicators.setRowCount(len(self.chain.indicators))
        for r, i in enumerate(self.chain.indicators):
            self._cell(self.indicators, r, 0, i.id, editable=False)
            self._cell(self.indicators, r, 1, self.measures_text(i), editable=False)
            for c, f in _INDICATOR_COLUMNS.items():
                self._cell(self.indicators, r, c, shown_field(f, getattr(i, f.name)))
        self.f_measures.clear()
        if self.chain.objective:
            self.f_measures.addItem(level_label("objective"), "objective:")
        for o in self.chain.outcomes:
            self.f_measures.addItem(f"{level_label('outcome')} {isolated(o.id)}: {isolated(_short(o.name, 40))}",
                                    f"outcome:{o.id}")
        action = self.tr("Action %1")
        for n, a in enumerate(self.plan_actions, 1):
            self.f_measures.addItem(f"{action.replace('%1', str(n))}: {isolated(_short(a.title, 40))}", f"output:{a.id}")

    def _fill_links(self) -> None:
        self.links.setRowCount(len(self.plan_actions))
        for r, a in enumerate(self.plan_actions):
            self._cell(self.links, r, 0, f"{r + 1}. {a.title}", editable=False)
            combo = QComboBox(self.links)
            combo.addItem(self.tr("(no outcome yet)"), "")
            for o in self.chain.outcomes:
                combo.addItem(isolated(f"{o.id}: {_short(o.name, 50)}"), o.id)  # whole, its "…" at its end
            served = self.chain.outcome_of(a.id)
            combo.setCurrentIndex(combo.findData(served.id) if served else 0)
            combo.setEnabled(not self.session.read_only)
            combo.activated.connect(lambda _i, action_id=a.id, c=combo: self.link(action_id, c.currentData()))
            self.links.setCellWidget(r, 1, combo)

    # --- what was typed and not written ------------------------------------------------------------
    def _cells(self, table: QTableWidget, columns: tuple[int, ...]) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple((table.item(r, c) or QTableWidgetItem()).text() for c in columns)
                     for r in range(table.rowCount()))

    def _snapshot(self) -> tuple[Any, ...]:
        """The objective's fields and every editable cell as shown: what differs from the snapshot
        taken when the chain was filled was typed and not written (refused, or not left yet)."""
        return (self.f_objective.text(), self.f_objective_assumptions.text(), self._cells(self.outcomes, tuple(_OUTCOME_COLUMNS)),
                self._cells(self.indicators, tuple(_INDICATOR_COLUMNS)))

    def _put(self, shown: tuple[Any, ...]) -> None:
        """Show ``shown`` (a snapshot) again in the fields, writing nothing."""
        self._loading = True
        try:
            self.f_objective.setText(shown[0])
            self.f_objective_assumptions.setText(shown[1])
            for table, columns, rows in ((self.outcomes, tuple(_OUTCOME_COLUMNS), shown[2]),
                                         (self.indicators, tuple(_INDICATOR_COLUMNS), shown[3])):
                for r, row in enumerate(rows[:table.rowCount()]):
                    for c, text in zip(columns, row, strict=True):
                        self._cell(table, r, c, text)
        finally:
            self._loading = False

    def _save_typed(self) -> bool:
        """Write what was typed, as leaving each field would; False when a write was refused (told
        under the fields, and what was typed shown again to be corrected)."""
        typed = self._snapshot()
        self._batch, self._refused = True, False   # no reload between writes: it would refill the cells
        try:
            self.save_objective()
            for table, edited, columns, before, now in (
                    (self.outcomes, self._outcome_edited, tuple(_OUTCOME_COLUMNS), self._opened[2], typed[2]),
                    (self.indicators, self._indicator_edited, tuple(_INDICATOR_COLUMNS), self._opened[3],
                     typed[3])):
                for r, (old, new) in enumerate(zip(before, now, strict=False)):
                    for c, a, b in zip(columns, old, new, strict=True):
                        item = table.item(r, c)
                        if a != b and item is not None:
                            edited(item)
        finally:
            self._batch = False
        refused = self._refused
        self.reload()
        if refused:
            self._put(typed)
        self.error.setVisible(refused)
        return not refused

    def reject(self) -> None:
        """Escape, *Close* or the close button: asked first when something typed is not written
        (*Save* writes it and closes unless a write is refused; *Discard* closes; *Cancel* stays)."""
        if self.session.read_only or self._snapshot() == self._opened:
            super().reject()
            return
        self._loading = True   # the question taking the focus writes no field meanwhile
        try:
            answer = ask_unsaved(self, self.tr("The results chain typed is not saved."))
        finally:
            self._loading = False
        if answer == DISCARD:
            self.reload()   # the fields as stored: leaving them writes nothing
        if answer == DISCARD or (answer == SAVE and self._save_typed()):
            super().reject()

    # --- writes ---------------------------------------------------------------------------------
    def _write(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """``fn(store, aid, *args, **kwargs)`` through the session's writes; None when refused (told)."""
        if self.session.read_only:
            return None
        result = self.session.writes.run(fn, self.store, self.aid, *args, **kwargs)
        if isinstance(result, Refused):
            self.error.setText(not_saved_message(result.reason) if result.not_saved else result.message)
            self.error.setVisible(True)
            self._refused = True
            return None
        self.error.setVisible(False)
        if not self._batch:
            self.reload()
        return result

    def save_objective(self) -> None:
        if self._loading:
            return
        text, assumptions = self.f_objective.text(), self.f_objective_assumptions.text()
        if (text, assumptions) != (self.chain.objective, self.chain.assumptions):
            self._write(chains.set_objective, text, assumptions)

    def _leave_field(self) -> None:
        """A button pressed by its Alt letter leaves the keyboard in the field it was in: that field
        is left first, as a click leaves it, so that what was typed there is written before the
        button's own write fills the chain again from the database (the objective typed was lost)."""
        button = self.sender()
        if isinstance(button, QPushButton) and not button.hasFocus():
            button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _type_in(self, table: QTableWidget, column: int) -> None:
        """The keyboard to the row just added, on the cell to type its name in."""
        if table.rowCount():
            table.setCurrentCell(table.rowCount() - 1, column)
            table.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_outcome(self) -> None:
        self._leave_field()
        if self._write(chains.add_outcome, self.tr("New outcome")) is not None:
            self._type_in(self.outcomes, 1)

    def remove_outcome(self) -> None:
        self._leave_field()
        r = self.outcomes.currentRow()
        if 0 <= r < len(self.chain.outcomes):
            self._write(chains.remove_outcome, self.chain.outcomes[r].id)

    def _outcome_edited(self, item: QTableWidgetItem) -> None:
        if self._loading or not 0 <= item.row() < len(self.chain.outcomes):
            return
        o = self.chain.outcomes[item.row()]
        f = _OUTCOME_COLUMNS.get(item.column())
        if f is not None and item.text() != shown_field(f, getattr(o, f.name)):
            self._write(chains.edit_outcome, o.id, **{f.name: item.text()})

    def add_indicator(self) -> None:
        self._leave_field()
        data = self.f_measures.currentData()  # "level:parent" ("objective:", "outcome:O1", "output:<action id>")
        if data:
            level, _, parent = str(data).partition(":")
            if self._write(chains.add_indicator, level, parent, self.tr("New indicator")) is not None:
                self._type_in(self.indicators, 2)

    def remove_indicator(self) -> None:
        self._leave_field()
        r = self.indicators.currentRow()
        if 0 <= r < len(self.chain.indicators):
            self._write(chains.remove_indicator, self.chain.indicators[r].id)

    def _indicator_edited(self, item: QTableWidgetItem) -> None:
        if self._loading or not 0 <= item.row() < len(self.chain.indicators):
            return
        f = _INDICATOR_COLUMNS.get(item.column())
        if f is None:
            return
        name = f.name
        i = self.chain.indicators[item.row()]
        fields: dict[str, Any] = {name: item.text().strip()}
        if name == "baseline" and fields[name] and i.baseline_year is None:
            return  # the baseline waits for its year (given together)
        if name == "baseline_year" and fields[name] and i.baseline is None:
            base = self.indicators.item(item.row(), next(c for c, x in _INDICATOR_COLUMNS.items()
                                                         if x.name == "baseline"))
            if base is None or not base.text().strip():
                return
            fields["baseline"] = base.text().strip()
        if name == "baseline" and not fields[name]:
            fields["baseline_year"] = ""
        if name == "baseline_year" and not fields[name]:
            fields["baseline"] = ""
        self._write(chains.edit_indicator, i.id, **fields)

    def link(self, action_id: str, outcome_id: str) -> None:
        self._write(chains.link_action, action_id, outcome_id or None)


__all__ = ["ResultsChainDialog", "level_label"]
