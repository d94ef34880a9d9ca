"""A cost line's editors, made from its fields' declaration (``domain.plan.fields.COST_FIELDS``):
one widget per field by its kind — a year a spin box, an amount or a quantity a line of digits, a
currency an editable drop-down of the ISO 4217 codes, a code of a list a drop-down of its declared
choices, yes or no a check box, a text a line — and the value each shows. The cost dialog
(``dialogs.CostLineDialog``) lays them out and reads them; what the window says of each field (its
label, its placeholder, its choices' labels) is a :class:`Words` the dialog gives: its own words
for the fields it had before they were declared, the workbook column's label for a field declared
after them. Also the amounts' spelling in the interface's language (the decimal comma in French),
which every money field of the plan's window shares."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from ...catalog import currencies
from ...domain.plan.cost import YEAR_MAX, YEAR_MIN, amount_text
from ...domain.plan.fields import CostField
from ..numbers import decimal_sign
from ..writing import number_locale


def typed_amount(text: str) -> str:
    """An amount as typed in the interface's language, its decimal sign read as the point: "1250,50"
    in French was refused with an English line asking for a point (a text holding a point is left
    as it is, for the check to judge)."""
    s = text.strip()
    sign = decimal_sign()
    return s.replace(sign, ".") if sign != "." and "." not in s else s


def shown_amount(amount: Decimal) -> str:
    """An amount for its field, with the interface's decimal sign ("1250,50" in French)."""
    return amount_text(amount).replace(".", decimal_sign())


def currency_box(parent: QWidget, current: str | None, allow_empty: str | None = None) -> QComboBox:
    """An editable drop-down of the ISO 4217 codes (type to jump), ``current`` first."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    if allow_empty is not None:
        box.addItem(allow_empty, "")
    codes = sorted(currencies.table())
    for code in ([current] if current else []) + [c for c in ("USD", "EUR") if c != current] + codes:
        if box.findData(code) < 0:
            box.addItem(code, code)
    box.setCurrentIndex(max(0, box.findData(current)) if current else 0)
    return box


def code_of(box: QComboBox) -> str:
    """The code chosen or typed in a currency drop-down ("" for the empty choice)."""
    i = box.currentIndex()
    text = box.currentText().strip()
    if i >= 0 and box.itemText(i) == text:
        return str(box.itemData(i) or "")
    return text.upper()


@dataclass(frozen=True)
class Words:
    """What the window says of one field of a cost line. ``label``: its row's label (with its Alt
    letter where the window words it), or a check box's own text (its row then has none).
    ``name``: the field as a refusal of its value names it ("Unit cost: write digits…") and as a
    screen reader does. ``placeholder``, ``tip``: the empty field's hint and the tooltip.
    ``empty``: the choice of a field that is not set ("(not said)"; a year's special text).
    ``choice``: a code's label."""

    label: str
    name: str
    placeholder: str = ""
    tip: str = ""
    empty: str = ""
    choice: Callable[[str], str] | None = None
    accessible: bool = False      # the name given to screen readers (a field of a row of two)


def editor(f: CostField, parent: QWidget, value: object, words: Words) -> QWidget:
    """The editor of ``f``, showing ``value`` (``None``, ``""``: not set)."""
    w: QWidget
    if f.kind == "year":
        w = _year(f, parent, value, words)
    elif f.kind in ("amount", "quantity"):
        w = QLineEdit("" if value is None else shown_amount(Decimal(str(value))), parent)
    elif f.kind == "currency":
        w = currency_box(parent, str(value or "") or None, None if f.always else words.empty)
    elif f.kind == "choice":
        w = _choice(f, parent, str(value or ""), words)
    elif f.kind == "bool":
        w = QCheckBox(words.label, parent)
        w.setChecked(bool(value))
    else:
        w = QLineEdit(str(value or ""), parent)
    if isinstance(w, QLineEdit) and words.placeholder:
        w.setPlaceholderText(words.placeholder)
    if words.tip:
        w.setToolTip(words.tip)
    if words.accessible:
        w.setAccessibleName(words.name)
    return w


def _year(f: CostField, parent: QWidget, value: object, words: Words) -> QSpinBox:
    """A year; one that need not be set starts one below the first year, shown as ``words.empty``."""
    box = QSpinBox(parent)
    box.setLocale(number_locale())  # 0-9 whatever the system's digits (ar_EG)
    box.setRange(YEAR_MIN if f.always else YEAR_MIN - 1, YEAR_MAX)
    if not f.always:
        box.setSpecialValueText(words.empty)
    box.setValue(value if isinstance(value, int) and not isinstance(value, bool) else box.minimum())
    return box


def _choice(f: CostField, parent: QWidget, value: str, words: Words) -> QComboBox:
    """A drop-down of the declared codes, each by its label; "not said" first unless always set."""
    box = QComboBox(parent)
    if not f.always:
        box.addItem(words.empty, "")
    for code in f.choices:
        box.addItem(words.choice(code) if words.choice else code, code)
    box.setCurrentIndex(max(0, box.findData(value)))
    return box


def year_of(f: CostField, box: QSpinBox) -> int | None:
    """The year a year's spin box gives (None: the special "not set" value)."""
    return None if not f.always and box.value() < YEAR_MIN else box.value()


def shown(f: CostField, w: QWidget) -> object:
    """The value ``w`` shows, as it shows it (to tell what was typed since the dialog opened)."""
    if isinstance(w, QSpinBox):
        return w.value()
    if isinstance(w, QCheckBox):
        return w.isChecked()
    if isinstance(w, QComboBox):
        return w.currentText() if f.kind == "currency" else w.currentData()
    return w.text() if isinstance(w, QLineEdit) else None
