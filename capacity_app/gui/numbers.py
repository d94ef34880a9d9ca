"""Figures, dates and periods as the interface's language writes them, by the same editorial rules
as the report and the workbook (domain/editorial.py): 45.9 in English, Arabic and Chinese, 45,9 in
French, Spanish and Russian; "98.1 في المائة"; "18 июня 2026 года"; "2026年第三季度至2026年第四季度"
(the digits stay 0-9 everywhere, as in the report)."""
from __future__ import annotations

from ..domain import editorial


def interface_language() -> str:
    """The language the window speaks (``gui.app.install_translations`` sets it)."""
    from PySide6.QtCore import QCoreApplication

    return str(getattr(QCoreApplication.instance(), "capacity_language", "en") or "en")


def decimal_sign() -> str:
    """The decimal sign of the interface's language: what figures are shown with and what the
    number fields read first (``domain.numtext.typed_number``)."""
    return editorial.decimal_sign(interface_language())


def decimal_text(value: float, places: int = 1) -> str:
    """``value`` with ``places`` decimals (already rounded by the caller, ``domain.rounding``)."""
    return editorial.number(value, interface_language(), places)


def percent_text(value: float, places: int = 1) -> str:
    """A percentage figure (0-100) as the language writes it ("77.9%", "77,9 %", "77.9 في المائة")."""
    return editorial.percent(value, interface_language(), places)


def date_text(iso: str | None) -> str:
    """A stored date ("2026-06-18", "2026-05") written out for a sentence ("18 June 2026",
    "18 июня 2026 года"); "" for none, other text as it is."""
    return editorial.written_date(iso or "", interface_language())


def period_text(start: str | None, end: str | None) -> str:
    """An action's timeline ("2026-Q3", "2026-Q4") as the language writes the range."""
    return editorial.stored_period_range(start or "", end or "", interface_language())
