"""Figures as the interface's language writes them: 45.9 in English and Chinese, 45,9 in French,
Spanish and Russian (the decimal sign; the digits stay 0-9 everywhere, as in the report)."""
from __future__ import annotations

DECIMAL_COMMA = frozenset({"fr", "es", "ru"})


def interface_language() -> str:
    """The language the window speaks (``gui.app.install_translations`` sets it)."""
    from PySide6.QtCore import QCoreApplication

    return str(getattr(QCoreApplication.instance(), "capacity_language", "en") or "en")


def decimal_sign() -> str:
    """The decimal sign of the interface's language: what figures are shown with and what the
    number fields read first (``domain.numtext.typed_number``)."""
    return "," if interface_language() in DECIMAL_COMMA else "."


def decimal_text(value: float, places: int = 1) -> str:
    """``value`` with ``places`` decimals (already rounded by the caller, ``domain.rounding``)."""
    return f"{value:.{places}f}".replace(".", decimal_sign())


def percent_text(value: float, places: int = 1) -> str:
    """A percentage figure (0-100) and its sign, as the language writes it ("77.9 %")."""
    return f"{decimal_text(value, places)} %"
