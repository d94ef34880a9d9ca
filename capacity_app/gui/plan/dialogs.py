"""The action plan's dialogs: a cost line, the plan's currency and exchange rates, the validation
record, and the totals by year, institution and funding source; and the form's list of the
actions an action depends on, picked by their titles (:class:`DependsList`).

Each dialog is keyboard-first (labels with mnemonics, Tab order top to bottom, Enter accepts, Esc
cancels) and checks what was typed with the domain before it closes, telling the problem under
the fields and keeping the text. Amounts are parsed from their decimal spelling
(``domain.plancost.parse_amount``) and shown through Babel (``reports.money``), never as a float.
The writes themselves are the view's (through the session's writes)."""
from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import (
    QCoreApplication, QItemSelectionModel, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListView, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
    QWidget,
)

from ...catalog import currencies
from ...domain.plan.cost import (
    Cost,
    CostError,
    Finance,
    PlanTotals,
    Rate,
    Total,
    amount_text,
    basis_amount,
    parse_amount,
    parse_quantity,
    parse_rate,
    pipeline_secured,
    rounded,
    validate_cost,
    validate_finance,
)
from ...domain.editorial import form_label
from ...domain.plan.fields import COST_BY_NAME, COST_FIELDS, CostField
from ...domain.texts import TEXTS, text as catalogue_text
from ...domain.plan.validation import Validation
from ...reports.money import format_money, format_rate
from ...reports.plan.chapter import display_places
from .cost_editors import (
    Words, code_of, currency_box, editor, shown, shown_amount, typed_amount, year_of,
)
from ..widgets.datefield import DateField
from ..widgets.unsaved import close_or_ask, save_shortcut
from ..numbers import bracketed, decimal_sign, interface_language, sentences
from ..service_text import service_text


def status_label(code: str) -> str:
    """A status as the plan's table words it (the messages of ``ActionPlanView``): the plan's
    view, the Progress dialog and the institutions' replies share it."""
    labels = {
        "planned": QCoreApplication.translate("ActionPlanView", "Planned"),
        "in_progress": QCoreApplication.translate("ActionPlanView", "In progress"),
        "done": QCoreApplication.translate("ActionPlanView", "Done"),
        "dropped": QCoreApplication.translate("ActionPlanView", "Dropped"),
    }
    return labels.get(code, code)


class _FramedRows(QStyledItemDelegate):
    """Rows two pixels higher than their text: the current row's focus frame (app.qss) is drawn
    inside the row, and a wrapped title without that room lost its last line to an ellipsis."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 2)


class DependsList(QListWidget):
    """The actions an action depends on: every other action of the plan by its number
    and title, a box to tick for each one to be done first — never numbers to type. Space ticks
    the current row; ``changed`` is emitted when a box is ticked or cleared by the officer.

    The ids come back in the order they were stored, the newly ticked after them in the plan's
    order, so that saving what was shown changes nothing; an id the plan does not have (a plan
    changed elsewhere) is shown as it is, ticked, for the service to refuse or the officer to clear."""

    changed = Signal()
    ROWS_SHOWN = 6  # rows shown before the list scrolls

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # a title wraps onto as many lines as it needs (at 1366 px "4. Produce yearly statistics
        # from residence perm…" hid what the action is), its rows re-laid when the form narrows
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setItemDelegate(_FramedRows(self))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._stored: tuple[str, ...] = ()
        self._filling = False
        self.itemChanged.connect(self._item_changed)

    def set_actions(self, others: list[tuple[str, str]], chosen: tuple[str, ...]) -> None:
        """Show ``others`` ((id, "2. Title") in the plan's order) with ``chosen`` ticked."""
        self._filling = True
        try:
            self.clear()
            self._stored = tuple(chosen)
            known = {aid for aid, _ in others}
            rows = [*others, *((aid, aid) for aid in chosen if aid not in known)]
            for aid, shown in rows:
                item = QListWidgetItem(shown, self)
                item.setData(Qt.ItemDataRole.UserRole, aid)
                item.setToolTip(shown)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if aid in chosen else Qt.CheckState.Unchecked)
            if not rows:
                item = QListWidgetItem(self.tr("No other action in the plan yet."), self)
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            if self.count():
                self.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)  # current, not selected
        finally:
            self._filling = False
        self.updateGeometry()

    def chosen(self) -> tuple[str, ...]:
        """The ids ticked: those stored first, in their order, then the newly ticked."""
        ticked = [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                  if self.item(i).checkState() == Qt.CheckState.Checked]
        return (*(aid for aid in self._stored if aid in ticked), *(aid for aid in ticked if aid not in self._stored))

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if not self._filling:
            self.changed.emit()

    def sizeHint(self) -> QSize:  # as high as its rows (wrapped), up to ROWS_SHOWN, then it scrolls
        if self.count():
            self.executeDelayedItemsLayout()  # the rows' heights at the list's present width
            high = sum(max(self.visualItemRect(self.item(i)).height(), self.sizeHintForRow(i), 1)
                       for i in range(min(self.count(), self.ROWS_SHOWN)))
        else:
            high = self.fontMetrics().height() + 4
        return QSize(super().sizeHint().width(), high + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # narrower, the titles wrap onto more lines: as high as they are now

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


def funding_label(code: str) -> str:
    return {"national": QCoreApplication.translate("PlanDialogs", "National budget"), "partner": QCoreApplication.translate("PlanDialogs", "Development partner"),
            "other": QCoreApplication.translate("PlanDialogs", "Other source")}.get(code, code)


def category_label(code: str) -> str:
    """What a cost line pays for, in the interface's language."""
    return {"staff": QCoreApplication.translate("PlanDialogs", "Staff"),
            "consultants": QCoreApplication.translate("PlanDialogs", "Consultants"),
            "equipment": QCoreApplication.translate("PlanDialogs", "Equipment"),
            "travel": QCoreApplication.translate("PlanDialogs", "Travel"),
            "training": QCoreApplication.translate("PlanDialogs", "Training"),
            "survey_operations": QCoreApplication.translate("PlanDialogs", "Survey operations")}.get(code, code)


def pipeline_label(code: str) -> str:
    """Where a line's funding stands, in the interface's language."""
    return {"identified": QCoreApplication.translate("PlanDialogs", "identified"),
            "pledged": QCoreApplication.translate("PlanDialogs", "pledged"),
            "committed": QCoreApplication.translate("PlanDialogs", "committed"),
            "disbursed": QCoreApplication.translate("PlanDialogs", "disbursed")}.get(code, code)


def basis_tip(c: Cost, lang: str) -> str:
    """A line's category and cost basis in one line ("Consultants: XOF 1,500,000 × 12"), "" when neither."""
    parts = [category_label(c.category)] if c.category else []
    if c.unit_cost is not None and c.quantity is not None:
        parts.append(f"{money(c.unit_cost, c.currency, lang)} × {amount_text(c.quantity)}")
    return ": ".join(parts)


def money(amount: Decimal, currency: str, lang: str) -> str:
    return format_money(amount, currency, lang)


def sums(amounts: dict[str, Decimal], lang: str) -> str:
    """Amounts of several currencies, one after the other ("–" for none)."""
    return " + ".join(money(v, c, lang) for c, v in sorted(amounts.items())) or "–"


def usd(total: Total, which: str, lang: str) -> str:
    """The USD equivalent of a total ("" unless every line has a rate, or all are in dollars)."""
    if all(c == "USD" for c in total.cost):
        return ""
    return converted(total, "USD", which, lang)


def converted(total: Total, currency: str, which: str, lang: str) -> str:
    """A total's lines converted into ``currency`` (the plan's, or the dollar), rounded as the
    report rounds them ("" unless every line converts: a rate is missing)."""
    conv = total.converted.get(currency)
    if conv is None or conv.left_out or not conv.lines:
        return ""
    value = getattr(conv, which)
    places = display_places(conv.cost, currency)
    return format_money(rounded(value, places), currency, lang, places=places)


def in_plan_currency(total: Total, currency: str | None, which: str, lang: str) -> str:
    """A total in the plan's currency when every line converts, else each currency's own sum."""
    return (converted(total, currency, which, lang) if currency else "") or sums(getattr(total, which), lang)


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """OK (its own text) and Cancel, each with its Alt letter (Enter and Escape too)."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("PlanDialogs", "Ca&ncel"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


FIELD_WIDEST = 440  # px: a field's own text longer than this is read in its tooltip


def _room_for_text(*fields: QWidget) -> None:
    """Each field at least as wide as the text it shows in the interface's language: a line's
    placeholder, a drop-down's longest choice, a box's label; the dialog grows with them (
    at the dialog's old width Russian cut "Государственный бюд…", "Финансирование обеспе…" and
    every placeholder)."""
    for w in fields:
        w.ensurePolished()  # measured in the style sheet's font, as it will be drawn
        if isinstance(w, QComboBox):
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            need = w.sizeHint().width()
        elif isinstance(w, QLineEdit):
            margins = w.textMargins()
            need = w.fontMetrics().horizontalAdvance(w.placeholderText()) + margins.left() + margins.right() + 24
        else:
            need = w.sizeHint().width()
        w.setMinimumWidth(min(FIELD_WIDEST, max(w.minimumWidth(), need)))
        if isinstance(w, QLineEdit) and w.placeholderText() and not w.toolTip():
            w.setToolTip(w.placeholderText())  # whole, where even the widest field cuts it


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


# --- a cost line ---------------------------------------------------------------------------------

def _own_words() -> dict[str, Words]:
    """What the window says of the fields a cost line had before they were declared: its own
    labels, with their Alt letters (tests/gui/test_mnemonic_clashes.py holds them apart), hints
    and choices' labels. A field declared after them is worded by :func:`_declared_words`."""
    not_said = QCoreApplication.translate("PlanDialogs", "(not said)")
    amount_hint = (QCoreApplication.translate("PlanDialogs", "e.g. 45000000 or 1250.50")
                   .replace("1250.50", f"1250{decimal_sign()}50"))
    unit = QCoreApplication.translate("PlanDialogs", "Unit cost")
    quantity = QCoreApplication.translate("PlanDialogs", "Quantity")
    taken = QCoreApplication.translate("PlanDialogs", "Amount a year taken over")
    return {
        "year": Words(QCoreApplication.translate("PlanDialogs", "&Year:"), ""),
        "amount": Words(QCoreApplication.translate("PlanDialogs", "&Amount:"),
                        QCoreApplication.translate("PlanDialogs", "Amount"), amount_hint),
        "currency": Words(QCoreApplication.translate("PlanDialogs", "&Currency:"), ""),
        "funding": Words(QCoreApplication.translate("PlanDialogs", "&Funding source:"), "", choice=funding_label),
        "funder": Words(QCoreApplication.translate("PlanDialogs", "&Partner or other source:"), "",
                        QCoreApplication.translate("PlanDialogs", "The development partner, or what the other source is")),
        "secured": Words(QCoreApplication.translate("PlanDialogs", "Funding &secured"), ""),
        "executed": Words(QCoreApplication.translate("PlanDialogs", "Amount &executed:"),
                          QCoreApplication.translate("PlanDialogs", "Amount executed"),
                          QCoreApplication.translate("PlanDialogs", "Amount spent, when known")),
        "category": Words(QCoreApplication.translate("PlanDialogs", "Cost ca&tegory:"), "", empty=not_said,
                          choice=category_label),
        "unit_cost": Words("", unit, unit, accessible=True),
        "quantity": Words("", quantity, quantity, accessible=True),
        "pipeline": Words(QCoreApplication.translate("PlanDialogs", "Funding sta&ge:"), "", tip=QCoreApplication.translate(
            "PlanDialogs", "Committed and disbursed funding is secured; identified and pledged funding is not"),
            empty=not_said, choice=pipeline_label),
        "recurrent": Words(QCoreApplication.translate("PlanDialogs", "&Recurrent cost (goes on after the action)"), ""),
        "takeover_year": Words("", QCoreApplication.translate("PlanDialogs", "Year the national budget takes it over"),
                               empty=QCoreApplication.translate("PlanDialogs", "(not taken over)"), accessible=True),
        "takeover_amount": Words("", taken, QCoreApplication.translate(
            "PlanDialogs", "Amount a year, in the line's currency"), accessible=True),
    }


def _declared_words(f: CostField) -> Words:
    """A field declared after the first ones, worded as the workbook's column and the report name
    it (``wb.col.<header>``, its codes' labels ``labels + code``) in the interface's language."""
    ui = interface_language()
    label = catalogue_text(f.label_key, ui) if f.label_key in TEXTS else f.header

    def choice(code: str) -> str:
        return catalogue_text(f.labels + code, ui) if f.labels + code in TEXTS else code

    return Words(label if f.kind == "bool" else form_label(label, ui), label,
                 empty=QCoreApplication.translate("PlanDialogs", "(not said)"), choice=choice)


@dataclass(frozen=True)
class _Pair:
    """Two fields on one row: the row's label and tooltip, the sign between them, their widths."""
    attribute: str
    label: str
    tip: str
    between: str
    stretch: tuple[int, int]


# The rows the dialog had before the fields were declared, top to bottom; a field declared after
# them has a row of its own below, in the declaration's order
_OWN_ROWS: tuple[tuple[str, ...], ...] = (
    ("year",), ("amount",), ("currency",), ("unit_cost", "quantity"), ("category",), ("funding",),
    ("funder",), ("pipeline",), ("secured",), ("executed",), ("recurrent",), ("takeover_year", "takeover_amount"))
# the Tab order of those fields (the order the dialog made them in); a field declared after them
# comes next, in the declaration's order
_OWN_TABS: tuple[str, ...] = ("year", "amount", "currency", "funding", "funder", "secured", "executed", "unit_cost",
                              "quantity", "category", "pipeline", "recurrent", "takeover_year", "takeover_amount")


def _pairs() -> dict[str, _Pair]:
    """The rows of two fields, by their first field: the cost basis and the national takeover."""
    return {
        "unit_cost": _Pair("basis", QCoreApplication.translate("PlanDialogs", "Cost basis: &unit cost × quantity:"),
                           QCoreApplication.translate(
                               "PlanDialogs", "Optional: the cost of one unit and the number of units; their product is "
                               "the amount (filled in when the amount is left empty)"), "×", (2, 1)),
        "takeover_year": _Pair("takeover", QCoreApplication.translate("PlanDialogs", "National budget takes o&ver from:"),
                               QCoreApplication.translate(
                                   "PlanDialogs", "When the partner's funding ends: from which year the national budget "
                                   "pays this recurrent cost, and how much a year (after the partner's last funded "
                                   "year)"), "", (1, 2)),
    }


# the fields every line gives (``Cost`` has no default for them): the year, amount and currency
_NEEDED = frozenset(x.name for x in dataclasses.fields(Cost) if x.default is dataclasses.MISSING)


def _opening(line: Cost | None, currency: str | None, year: int | None) -> dict[str, object]:
    """What each field shows when the dialog opens: the line's, or a new line's (the year and
    currency given, the amount empty, every other field as a ``Cost`` leaves it)."""
    if line is not None:
        return {f.name: getattr(line, f.name) for f in COST_FIELDS}
    start = {x.name: x.default for x in dataclasses.fields(Cost) if x.default is not dataclasses.MISSING}
    return {**start, "year": year or _dt.date.today().year, "amount": None, "currency": currency}


class CostLineDialog(QDialog):
    """One cost line of an action: an editor for each field ``COST_FIELDS`` gives the dialog
    (``dialog``), made from its kind (``cost_editors``), in the rows the window words itself, then
    a row for each field declared after them, labelled as the workbook's column. Each editor is
    also the dialog's attribute of the field's name. :meth:`cost` is the line as checked (after
    ``accept``)."""

    amount: QLineEdit
    funding: QComboBox
    funder: QLineEdit
    secured: QCheckBox
    executed: QLineEdit
    unit_cost: QLineEdit
    quantity: QLineEdit
    pipeline: QComboBox
    recurrent: QCheckBox
    takeover: QWidget

    def __init__(self, parent: QWidget | None, line: Cost | None, currency: str | None, year: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PlanDialogs", "Cost line") if line is None else QCoreApplication.translate("PlanDialogs", "Edit the cost line"))
        self._cost: Cost | None = None
        self._line = line  # what the dialog has no editor for (the EU's modality and budget line) is kept
        own = _own_words()
        names = [f.name for f in COST_FIELDS if f.dialog]
        names = [n for n in _OWN_TABS if n in names] + [n for n in names if n not in _OWN_TABS]
        self._words = {n: own.get(n) or _declared_words(COST_BY_NAME[n]) for n in names}
        start = _opening(line, currency, year)
        # made in the Tab order
        self.editors = {name: editor(COST_BY_NAME[name], self, start[name], w) for name, w in self._words.items()}
        for name, w in self.editors.items():
            if not hasattr(QDialog, name):
                setattr(self, name, w)
        self._rows_of: dict[str, QWidget] = {}  # a field of a row of two: the row (disabled, not set)
        form = QFormLayout()
        for text, w in self._rows():
            label = QLabel(text, self)
            label.setBuddy(w)
            form.addRow(label, w)
        self.error = _error_label(self)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(_buttons(self, QCoreApplication.translate("PlanDialogs", "&OK")))
        self._follow()
        _room_for_text(*(w for name, w in self.editors.items()
                         if COST_BY_NAME[name].kind not in ("year", "currency")))
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())  # the layout's minimum, no less
        self.amount.setFocus()
        self.save_key = save_shortcut(self, self.accept)
        self._opened = self._snapshot()

    def _rows(self) -> list[tuple[str, QWidget]]:
        """The form's rows, label and widget: the window's own, then one per field declared after."""
        pairs = _pairs()
        placed = {n for names in _OWN_ROWS for n in names}
        rows = [names for names in _OWN_ROWS if all(n in self.editors for n in names)]
        rows += [(n,) for n in self.editors if n not in placed]
        out = []
        for names in rows:
            pair = pairs.get(names[0]) if len(names) == 2 else None
            if pair is None:
                words = self._words[names[0]]
                out.append(("" if COST_BY_NAME[names[0]].kind == "bool" else words.label, self.editors[names[0]]))
                continue
            holder = QWidget(self)
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.editors[names[0]], pair.stretch[0])
            if pair.between:
                row.addWidget(QLabel(pair.between, holder))
            row.addWidget(self.editors[names[1]], pair.stretch[1])
            holder.setToolTip(pair.tip)
            setattr(self, pair.attribute, holder)
            self._rows_of.update(dict.fromkeys(names, holder))
            out.append((pair.label, holder))
        return out

    def _follow(self) -> None:
        """What one field decides of another: the funding source the partner's name and the
        takeover, the funding stage the secured box, the recurrent box the takeover."""
        self.funding.currentIndexChanged.connect(self._follow_funding)
        self._follow_funding()
        self.pipeline.currentIndexChanged.connect(self._follow_pipeline)
        self._follow_pipeline()
        self.recurrent.toggled.connect(self._follow_recurrent)
        self.funding.currentIndexChanged.connect(self._follow_recurrent)
        self._follow_recurrent()

    def _snapshot(self) -> tuple[object, ...]:
        """Every field's value as shown, to tell what was typed since the dialog opened."""
        return tuple(shown(COST_BY_NAME[name], w) for name, w in self.editors.items())

    def reject(self) -> None:
        """Asks first when something typed would be lost (``widgets.unsaved.close_or_ask``)."""
        close_or_ask(self, self._snapshot() != self._opened,
                     QCoreApplication.translate("PlanDialogs", "The cost line typed is not saved."), super().reject)

    def _follow_recurrent(self) -> None:
        """A takeover is for a recurrent line a partner or another source pays."""
        on = self.recurrent.isChecked() and self.funding.currentData() != "national"
        self.takeover.setEnabled(on)

    def _follow_pipeline(self) -> None:
        """A funding stage decides whether the line is secured (committed and disbursed are)."""
        stage = str(self.pipeline.currentData() or "")
        self.secured.setEnabled(not stage)
        if stage:
            self.secured.setChecked(pipeline_secured(stage, self.secured.isChecked()))

    def _follow_funding(self) -> None:
        national = self.funding.currentData() == "national"
        self.funder.setEnabled(not national)
        if national:
            self.funder.clear()

    def cost(self) -> Cost | None:
        return self._cost

    def _amount(self, field: QLineEdit, name: str) -> Decimal:
        """The amount typed in ``field``; one that is not digits told in the interface's language."""
        text = typed_amount(field.text())
        if re.fullmatch(r"\d[\d_]*(\.\d+)?", text):
            return parse_amount(text)  # digits: refused, if at all, for another reason (too large…)
        field.setFocus()
        sign = decimal_sign()
        raise CostError(QCoreApplication.translate(
            "PlanDialogs", "%1: write digits, with “%2” for decimals, such as 45000000 or %3 (no "
            "thousands separators).").replace("%1", name).replace("%2", sign).replace("%3", f"1250{sign}50"))

    def _typed(self, name: str) -> bool:
        w = self.editors.get(name)
        return isinstance(w, QLineEdit) and bool(w.text().strip())

    def _value(self, f: CostField) -> object:
        """The value of ``f`` as typed (:class:`CostError` when it is not one). An amount or a
        quantity left empty is not set, unless a line needs it (``Cost`` has no default for it: the
        amount) or its pair's other amount is typed (a cost basis is both); a field of a row that is off (the takeover of a national line) is
        not set."""
        w = self.editors[f.name]
        row = self._rows_of.get(f.name)
        if row is not None and not row.isEnabled():
            return None
        if isinstance(w, QSpinBox):
            return year_of(f, w)
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QComboBox):
            return code_of(w) if f.kind == "currency" else str(w.currentData() or "")
        assert isinstance(w, QLineEdit)
        if f.kind not in ("amount", "quantity"):
            return w.text()
        if not (w.text().strip() or f.name in _NEEDED or self._typed(f.together)):
            return None
        if f.kind == "amount":
            return self._amount(w, self._words[f.name].name)
        text = typed_amount(w.text())
        if not re.fullmatch(r"\d[\d_]*(\.\d+)?", text):
            w.setFocus()
        return parse_quantity(text)

    def _typed_line(self) -> Cost:
        """The line as typed, checked (:class:`CostError`): an empty amount is the cost basis's
        product when both are typed; what the dialog has no editor for is the line's."""
        unit, quantity = self._value(COST_BY_NAME["unit_cost"]), self._value(COST_BY_NAME["quantity"])
        if isinstance(unit, Decimal) and isinstance(quantity, Decimal) and not self.amount.text().strip():
            self.amount.setText(shown_amount(basis_amount(unit, quantity)))
        values = {name: self._value(COST_BY_NAME[name]) for name in self.editors}
        kept = {f.name: getattr(self._line, f.name) for f in COST_FIELDS if not f.dialog and self._line is not None}
        c = validate_cost(Cost(**values, **kept))  # type: ignore[arg-type]
        problem = currencies.amount_problem(c.amount, c.currency) or currencies.amount_problem(
            c.executed, c.currency, "amount executed")
        if problem:
            raise CostError(problem)
        return c

    def accept(self) -> None:
        try:
            c = self._typed_line()
        except CostError as exc:
            self.error.setText(service_text(str(exc)))  # a year, a currency's decimals… in the interface's words
            self.error.setVisible(True)
            return
        self._cost = c
        super().accept()


# --- the plan's currency and exchange rates --------------------------------------------------------

class FinanceDialog(QDialog):
    """The plan's currency (empty: the country's) and its exchange rates to the US dollar, one row
    per currency (F2 edits a cell). :meth:`finance` is the result after ``accept``."""

    RATE_COLUMNS = 4

    def __init__(self, parent: QWidget | None, stored: Finance, country_currency: str | None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PlanDialogs", "Currency and exchange rates"))
        self.resize(640, 380)
        self._finance: Finance | None = None
        box = QVBoxLayout(self)
        form = QFormLayout()
        country = country_currency or QCoreApplication.translate("PlanDialogs", "none known")
        self.currency = currency_box(self, stored.currency, QCoreApplication.translate("PlanDialogs", "The country's (%s)") % country)
        label = QLabel(QCoreApplication.translate("PlanDialogs", "Plan &currency:"), self)
        label.setBuddy(self.currency)
        form.addRow(label, self.currency)
        box.addLayout(form)
        hint = QLabel(QCoreApplication.translate("PlanDialogs", "Exchange rates give the USD equivalents: units of each currency for one US "
                         "dollar, with the date of the rate and its source (e.g. the UN operational "
                         "rate of exchange). F2 edits a cell."), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        box.addWidget(hint)
        self.rates = QTableWidget(0, self.RATE_COLUMNS, self)
        self.rates.setHorizontalHeaderLabels([QCoreApplication.translate("PlanDialogs", "Currency"), QCoreApplication.translate("PlanDialogs", "Units per US dollar"), QCoreApplication.translate("PlanDialogs", "Date (YYYY-MM-DD)"),
                                              QCoreApplication.translate("PlanDialogs", "Source")])
        self.rates.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.rates.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.rates.setAccessibleName(QCoreApplication.translate("PlanDialogs", "Exchange rates"))
        self.rates.setTabKeyNavigation(True)  # Tab goes cell to cell as in a spreadsheet; Ctrl+Tab leaves
        for r in stored.rates:
            self._add_row(r.currency, shown_amount(r.per_usd), r.date, r.source)
        rates_label = QLabel(QCoreApplication.translate("PlanDialogs", "E&xchange rates:"), self)
        rates_label.setBuddy(self.rates)
        box.addWidget(rates_label)
        box.addWidget(self.rates, 1)
        bar = QHBoxLayout()
        self.add_button = QPushButton(QCoreApplication.translate("PlanDialogs", "&Add a rate"), self)
        self.remove_button = QPushButton(QCoreApplication.translate("PlanDialogs", "&Remove the rate"), self)
        for b in (self.add_button, self.remove_button):  # Return clicks the one with the focus
            bar.addWidget(b)
        bar.addStretch(1)
        box.addLayout(bar)
        self.error = _error_label(self)
        box.addWidget(self.error)
        box.addWidget(_buttons(self, QCoreApplication.translate("PlanDialogs", "&Save")))
        self.add_button.clicked.connect(self._add_rate)
        self.remove_button.clicked.connect(self._remove_rate)
        self._default = stored.currency or country_currency or ""
        self._fit_rates()
        self.save_key = save_shortcut(self, self.accept)
        self._opened = self._snapshot()

    def _snapshot(self) -> tuple[object, ...]:
        """The currency and every rate's cells as shown."""
        return (self.currency.currentText(), tuple(tuple(self._cell(r, c) for c in range(self.RATE_COLUMNS))
                                                   for r in range(self.rates.rowCount())))

    def reject(self) -> None:
        """Asks first when something typed would be lost (``widgets.unsaved.close_or_ask``)."""
        close_or_ask(self, self._snapshot() != self._opened,
                     QCoreApplication.translate("PlanDialogs", "The exchange rates typed are not saved."), super().reject)

    def _fit_rates(self) -> None:
        """Wide enough for every rate's cells and headings on one line, the source too
        ("UN operational rate of exchange" was cut at 640 px in Russian), within the screen."""
        table, header = self.rates, self.rates.horizontalHeader()
        columns = sum(max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(self.RATE_COLUMNS))
        need = (columns + table.verticalHeader().sizeHint().width() + 2 * table.frameWidth()
                + table.verticalScrollBar().sizeHint().width() + 40)
        screen = self.screen().availableGeometry().width() if self.screen() is not None else 1280
        self.resize(max(self.width(), min(need, screen - 40)), self.height())

    def _add_row(self, *cells: str) -> None:
        r = self.rates.rowCount()
        self.rates.insertRow(r)
        for c, text in enumerate(cells):
            self.rates.setItem(r, c, QTableWidgetItem(text))

    def _add_rate(self) -> None:
        """A new row, its currency the plan's when it has no rate yet, dated today; the cursor on
        the first cell to fill, in edit mode."""
        used = {self._cell(r, 0).upper() for r in range(self.rates.rowCount())}
        wanted = code_of(self.currency) or self._default
        code = wanted if wanted and wanted not in used and wanted != "USD" else ""
        self._add_row(code, "", _dt.date.today().isoformat(), "")
        row = self.rates.rowCount() - 1
        self.rates.setCurrentCell(row, 0 if not code else 1)
        self.rates.setFocus()
        self.rates.editItem(self.rates.currentItem())

    def _remove_rate(self) -> None:
        if self.rates.currentRow() >= 0:
            self.rates.removeRow(self.rates.currentRow())

    def _cell(self, r: int, c: int) -> str:
        item = self.rates.item(r, c)
        return item.text().strip() if item is not None else ""

    def finance(self) -> Finance | None:
        return self._finance

    def accept(self) -> None:
        try:
            code = code_of(self.currency)
            rates = []
            for r in range(self.rates.rowCount()):
                if not any(self._cell(r, c) for c in range(self.RATE_COLUMNS)):
                    continue
                try:
                    rates.append(Rate(self._cell(r, 0).upper(), parse_rate(typed_amount(self._cell(r, 1))), self._cell(r, 2),
                                      self._cell(r, 3)))
                except CostError as exc:
                    raise CostError(QCoreApplication.translate("PlanDialogs", "Row %d: %s")
                                    % (r + 1, service_text(str(exc)))) from None
            f = validate_finance(Finance(code or None, tuple(rates)))
            for c in [f.currency or "", *(x.currency for x in f.rates)]:
                if c and not currencies.known(c):
                    raise CostError(QCoreApplication.translate("PlanDialogs", "%s is not an ISO 4217 currency of the country table") % c)
        except CostError as exc:
            self.error.setText(service_text(str(exc)))
            self.error.setVisible(True)
            return
        self._finance = f
        super().accept()


# --- the validation record -------------------------------------------------------------------------

class ValidationDialog(QDialog):
    """Record that the government validated the plan as it is now (date, event, institutions
    present, approved by name and position), or withdraw a record made by mistake. After
    ``accept``: :attr:`withdraw` True, or :meth:`fields` the record's fields."""

    def __init__(self, parent: QWidget | None, current: Validation | None, institutions: list[str],
                 history: tuple[str, list[str]] = ("", [])):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PlanDialogs", "Validation of the action plan"))
        self.resize(560, 460)
        self.withdraw = False
        box = QVBoxLayout(self)
        intro = QLabel(QCoreApplication.translate(
            "PlanDialogs", "Record that the government validated the plan as it is now. An action "
            "edited afterwards is shown as changed after validation, here, in the workbook and in the "
            "report."), self)
        intro.setWordWrap(True)
        box.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.date = DateField(self)
        self.date.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.date.set_iso(current.date if current else _dt.date.today().isoformat())
        self.event_edit = QLineEdit(current.event if current else "", self)
        self.event_edit.setPlaceholderText(QCoreApplication.translate("PlanDialogs", "e.g. National validation workshop, the capital"))
        self.institutions = QPlainTextEdit(self)
        self.institutions.setTabChangesFocus(True)
        self.institutions.setPlainText("\n".join(current.institutions if current else institutions))
        self.institutions.setPlaceholderText(QCoreApplication.translate("PlanDialogs", "One institution per line"))
        self.institutions.setFixedHeight(110)
        self.approved_by = QLineEdit(current.approved_by if current else "", self)
        self.approved_by.setPlaceholderText(QCoreApplication.translate("PlanDialogs", "Name of the person who approved the plan"))
        self.position = QLineEdit(current.position if current else "", self)
        self.position.setPlaceholderText(QCoreApplication.translate("PlanDialogs", "e.g. Director-General, National Statistics Office"))
        for text, w in ((QCoreApplication.translate("PlanDialogs", "&Date:"), self.date), (QCoreApplication.translate("PlanDialogs", "&Event:"), self.event_edit),
                        (QCoreApplication.translate("PlanDialogs", "&Institutions present:"), self.institutions), (QCoreApplication.translate("PlanDialogs", "Approved &by:"), self.approved_by),
                        (QCoreApplication.translate("PlanDialogs", "&Position:"), self.position)):
            label = QLabel(text, self)
            label.setBuddy(w.edit if isinstance(w, DateField) else w)
            form.addRow(label, w)
        box.addLayout(form)
        intro_text, lines = history  # the earlier records: what a new validation keeps
        self.history = QLabel("\n".join([intro_text, *(f"• {x}" for x in lines)]) if lines else "", self)
        self.history.setObjectName("hint")
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.setVisible(bool(lines))
        box.addWidget(self.history)
        self.error = _error_label(self)
        box.addWidget(self.error)
        buttons = _buttons(self, QCoreApplication.translate("PlanDialogs", "&Record the validation"))
        self.withdraw_button = None
        self.reason = QLineEdit(self)  # why a record is withdrawn (required, kept in the history)
        self.reason.setPlaceholderText(QCoreApplication.translate("PlanDialogs", "Reason for withdrawing the validation"))
        self.reason.setVisible(current is not None)
        box.addWidget(self.reason)
        if current is not None:
            self.withdraw_button = buttons.addButton(QCoreApplication.translate("PlanDialogs", "&Withdraw the validation"),
                                                     QDialogButtonBox.ButtonRole.DestructiveRole)
            self.withdraw_button.clicked.connect(self._withdraw)
        box.addWidget(buttons)
        self.date.invalid.connect(self._tell)
        self.event_edit.setFocus()
        self.save_key = save_shortcut(self, self.accept)
        self._opened = self._snapshot()

    def _snapshot(self) -> tuple[object, ...]:
        """The record's fields as typed (the date as its text too) and the reason for withdrawing."""
        return (self.date.edit.text(), tuple(self.fields().items()), self.reason.text())

    def reject(self) -> None:
        """Asks first when something typed would be lost (``widgets.unsaved.close_or_ask``): *Save* records the validation."""
        close_or_ask(self, self._snapshot() != self._opened,
                     QCoreApplication.translate("PlanDialogs", "The validation typed is not saved."), super().reject)

    def _tell(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def _withdraw(self) -> None:
        if not self.reason.text().strip():
            self._tell(QCoreApplication.translate("PlanDialogs", "Give the reason for withdrawing the validation."))
            self.reason.setFocus()
            return
        self.withdraw = True
        super().accept()

    def fields(self) -> dict[str, object]:
        return {"date": self.date.iso() or self.date.edit.text(), "event": self.event_edit.text(),
                "institutions": [x.strip() for x in self.institutions.toPlainText().splitlines() if x.strip()],
                "approved_by": self.approved_by.text(), "position": self.position.text()}

    def show_error(self, message: str) -> None:
        """A refusal from the services, told under the fields (the dialog stays open)."""
        self._tell(message)


# --- totals ----------------------------------------------------------------------------------------

class TotalsDialog(QDialog):
    """The plan's costs summed by year, by responsible institution (the lead, first named) and by
    funding source, with the part secured and the financing gap, and the USD equivalents."""

    def __init__(self, parent: QWidget | None, totals: PlanTotals, finance: Finance, lang: str):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PlanDialogs", "Cost of the plan and financing gap"))
        self.resize(820, 460)
        self.lang = lang
        box = QVBoxLayout(self)
        t = totals.all
        summary = QLabel(self)
        summary.setWordWrap(True)
        summary.setText(plan_summary(totals, lang))
        box.addWidget(summary)
        self.tabs = QTabWidget(self)
        self.tables: list[QTableWidget] = []
        self.currency = totals.targets[0]
        groups = [
            (QCoreApplication.translate("PlanDialogs", "By &year"), [(str(y), x) for y, x in totals.by_year.items()]),
            (QCoreApplication.translate("PlanDialogs", "By &institution"),
             [(k or QCoreApplication.translate("PlanDialogs", "(no owner yet)"), x) for k, x in totals.by_institution.items()]),
            (QCoreApplication.translate("PlanDialogs", "By funding &source"),
             [(funding_label(f) + (f": {n}" if n else ""), x) for (f, n), x in totals.by_source.items()])]
        if set(t.cost) != {self.currency}:
            groups.append((QCoreApplication.translate("PlanDialogs", "By &currency"),
                           [(sums({k: x.cost[k]}, lang), x) for k, x in totals.by_currency.items()]))
        for title, rows in groups:
            table = self._table(rows + [(QCoreApplication.translate("PlanDialogs", "Total"), t)])
            self.tables.append(table)
            self.tabs.addTab(table, title)
        box.addWidget(self.tabs, 1)
        rates = "; ".join(f"{format_rate(r.per_usd, r.currency, lang)} ({r.date}{', ' + r.source if r.source else ''})"
                          for r in finance.rates)
        note = QLabel(self)
        note.setObjectName("hint")
        note.setWordWrap(True)
        missing = ", ".join(totals.missing_rates)
        note.setText(sentences(
            QCoreApplication.translate("PlanDialogs", "Exchange rates: %s.") % rates if rates
            else QCoreApplication.translate("PlanDialogs", "No exchange rate: no USD equivalents."),
            QCoreApplication.translate("PlanDialogs", "No rate for %s: the USD figures are left out.") % missing
            if missing else ""))
        box.addWidget(note)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        # "&Close" would be the currency tab's letter
        close.button(QDialogButtonBox.StandardButton.Close).setText(QCoreApplication.translate("PlanDialogs", "C&lose"))
        close.rejected.connect(self.reject)
        box.addWidget(close)

    def _table(self, rows: list[tuple[str, Total]]) -> QTableWidget:
        """Every amount converted into the plan's currency (cost, secured, gap) and the dollar
        (cost, gap), so that any mix of currencies reads as one column each; a row with a line
        whose rate is missing shows its own currencies' sums."""
        code = self.currency
        table = QTableWidget(len(rows), 6, self)
        table.setHorizontalHeaderLabels(["", QCoreApplication.translate("PlanDialogs", "Cost") + f" ({code})",
                                         QCoreApplication.translate("PlanDialogs", "Secured") + f" ({code})",
                                         QCoreApplication.translate("PlanDialogs", "Financing gap") + f" ({code})",
                                         QCoreApplication.translate("PlanDialogs", "Cost (USD)"),
                                         QCoreApplication.translate("PlanDialogs", "Gap (USD)")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for r, (name, x) in enumerate(rows):
            for c, text in enumerate((name, in_plan_currency(x, code, "cost", self.lang),
                                      in_plan_currency(x, code, "secured", self.lang),
                                      in_plan_currency(x, code, "gap", self.lang),
                                      "" if code == "USD" else usd(x, "cost", self.lang),
                                      "" if code == "USD" else usd(x, "gap", self.lang))):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def lines(self, index: int) -> list[list[str]]:
        """The rows of one tab as shown (tests, screen readers)."""
        t = self.tables[index]
        return [[(t.item(r, c) or QTableWidgetItem()).text() for c in range(t.columnCount())]
                for r in range(t.rowCount())]


def plan_summary(totals: PlanTotals, lang: str) -> str:
    """One line: the plan's total cost, the part secured and the financing gap, in the plan's
    currency (every line converted; each currency's own sum while a rate is missing) and in
    US dollars."""
    t = totals.all
    if not t.lines:
        return QCoreApplication.translate("PlanDialogs", "No action is costed yet.")
    code = totals.targets[0]
    cost_usd, gap_usd = ("", "") if code == "USD" else (usd(t, "cost", lang), usd(t, "gap", lang))
    # the brackets and the space between the two sentences as the interface's language writes them
    # (Chinese "（USD 573,565）" and no space after "。")
    return sentences(
        QCoreApplication.translate("PlanDialogs", "Total cost %1; secured %2; financing gap %3.")
        .replace("%1", in_plan_currency(t, code, "cost", lang) + (bracketed(cost_usd) if cost_usd else ""))
        .replace("%2", in_plan_currency(t, code, "secured", lang))
        .replace("%3", in_plan_currency(t, code, "gap", lang) + (bracketed(gap_usd) if gap_usd else "")),
        PlanCount().costed(totals.costed_actions, totals.actions))


class PlanCount(QObject):
    """The plan's counts in the language's plural forms (lupdate reads a plural from ``self.tr``
    only, never from ``QCoreApplication.translate``)."""

    def costed(self, n: int, of: int) -> str:
        """"1 of 2 actions costed.": ``n``, the actions costed, chooses the form ("1 action chiffrée sur 2")."""
        return self.tr("%n of %1 actions costed.", "", n).replace("%1", str(of))


__all__ = ["CostLineDialog", "FinanceDialog", "TotalsDialog", "ValidationDialog", "funding_label", "money",
           "plan_summary", "sums"]
