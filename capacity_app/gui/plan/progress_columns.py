"""The columns of *Progress…*'s tables, read from the fields a progress entry declares
(``domain.plan.progress_fields``: ``PROGRESS_FIELDS``).

Each table shows the fields of its record the declaration gives the dialog (``dialog``): the actions'
table an entry's (its status, its reason), the money's a cost line's (its currency, the money
committed, disbursed and spent), the indicators' an indicator's value (the value measured, its date,
its source). The first fields are headed in the window's own words; a field declared after them has
a column of its own after them, headed as the workbook's column in the interface's language
(``wb.col.<header>``), its text typed in the cell. A cell's text shown and read back goes by the
field's kind: an amount or a value in the interface's decimal sign, a date as written, a text as
typed.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ...domain.plan.progress import parse_value
from ...domain.plan.progress_fields import ProgressField, fields_of
from ...domain.texts import TEXTS, text as catalogue_text
from ..numbers import interface_language
from .dialogs import shown_amount, typed_amount


def _own_heads() -> dict[tuple[str, str], str]:
    """The window's own words for the first fields its tables show, by record and name."""
    return {
        ("entry", "status"): QCoreApplication.translate("ProgressDialog", "Status"),
        ("entry", "reason"): QCoreApplication.translate("ProgressDialog", "Reason"),
        ("line", "currency"): QCoreApplication.translate("ProgressDialog", "Currency"),
        ("line", "committed"): QCoreApplication.translate("ProgressDialog", "Committed"),
        ("line", "disbursed"): QCoreApplication.translate("ProgressDialog", "Disbursed"),
        ("line", "spent"): QCoreApplication.translate("ProgressDialog", "Spent"),
        ("value", "value"): QCoreApplication.translate("ProgressDialog", "Value measured"),
        ("value", "date"): QCoreApplication.translate("ProgressDialog", "Date"),
        ("value", "source"): QCoreApplication.translate("ProgressDialog", "Source"),
    }


def shown_fields(record: str) -> tuple[ProgressField, ...]:
    """The fields of ``record`` ("entry", "line" or "value") the dialog has a column for, in the
    declaration's order."""
    return tuple(f for f in fields_of(record) if f.dialog)


def heads(fields: tuple[ProgressField, ...]) -> list[str]:
    """The columns' heads of ``fields``: the window's own words, else the workbook column's label."""
    own = _own_heads()
    ui = interface_language()
    return [own.get((f.record, f.name)) or (catalogue_text(f.label_key, ui) if f.label_key in TEXTS else f.header)
            for f in fields]


def stretched(fields: tuple[ProgressField, ...], first: int) -> tuple[int, ...]:
    """The columns (``first`` the column of ``fields[0]``) of texts of several lines: they share
    the width the others leave, as the name's."""
    return tuple(first + n for n, f in enumerate(fields) if f.kind == "text")


def cell_text(f: ProgressField, value: object) -> str:
    """A field's value as its cell shows it ("" when not recorded)."""
    if value is None:
        return ""
    if f.kind in ("amount", "value") and isinstance(value, Decimal):
        return shown_amount(value)
    return str(value)


def typed_value(f: ProgressField, text: str, what: str = "") -> object:
    """A cell's text (stripped) as the field's value: an amount or a value a decimal in the
    interface's sign (:class:`ProgressError` when it is none; ``what``: the words it is refused
    with, else the field's name), a date None when empty, a text as typed."""
    if f.kind in ("amount", "value"):
        return None if not text else parse_value(typed_amount(text), what or f.name)
    if f.kind == "date":
        return text or None
    return text


__all__ = ["cell_text", "heads", "shown_fields", "stretched", "typed_value"]
