"""A stored value as a person reads it: the one ``display_text`` (pure, no I/O).

Why here and not in ``exchange/workbook/codec.py``: the report (``reports/``) must show values the same way
as the workbook and the GUI, and ``reports`` may not import ``exchange`` (the layers only import
downwards). So the display half of the value codec lives in the domain, and ``exchange.codec``
(the workbook half: answer <-> cells) builds on it. Locale-aware number and date formatting
(Babel) is third-party and therefore passed in by the caller: the report hands over its Babel
formatters, the GUI shows plain numbers.
"""
from __future__ import annotations

from typing import Any
from collections.abc import Callable

from .questionnaire import Field, tr
from .editorial import enumeration, scale_level

NumberFormat = Callable[[float, int], str]  # (number, decimals) -> text
DateFormat = Callable[[str], str]  # ISO date -> text


def choice_label(fld: Field, code: Any, lang: str) -> str:
    """The label of a choice in ``lang``; an unknown code is shown as itself."""
    c = fld.choice(str(code))
    return tr(c.label, lang) if c else str(code)


def anchor_text(fld: Field, level: Any, lang: str) -> str:
    """The written anchor of a rating level ("" when the field has none for it)."""
    try:
        n = int(level)
    except (TypeError, ValueError):
        return ""
    return tr(fld.anchors.get(n), lang) if fld.anchors and fld.anchors.get(n) else ""


def display_text(fld: Field, value: Any, lang: str, *, number: NumberFormat | None = None,
                 date: DateFormat | None = None, anchors: bool = False, sep: str | None = None) -> str:
    """``value`` (as stored for ``fld``) as text in ``lang``: choice labels rather than codes,
    several choices joined by ``sep`` (by default as the language enumerates labels:
    ``editorial.enumeration``, "A، B", "A、B", Russian "Пол, возраст"); a rating as its level, followed by its written anchor when
    ``anchors``; numbers and dates through ``number`` / ``date`` when given, else plainly
    (a decimal without trailing zeros). ``None`` is ""."""
    if value is None:
        return ""
    t = fld.type
    if t == "select_one":
        return choice_label(fld, value, lang)
    if t == "select_multiple":
        values = value if isinstance(value, (list, tuple)) else [value]
        labels = [choice_label(fld, v, lang) for v in values]
        return enumeration(labels, lang, labels=True) if sep is None else sep.join(labels)
    if t == "rating":
        try:
            n = int(value)
        except (TypeError, ValueError):
            return str(value)
        anchor = anchor_text(fld, n, lang) if anchors else ""
        return scale_level(n, anchor, lang) if anchor else str(n)
    is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if t == "integer" and is_number and number is not None:
        return number(value, 0)
    if t == "decimal" and is_number:
        if number is not None:
            return number(value, 2 if value != round(value, 1) else 1)
        return f"{value:g}"
    if t == "date" and date is not None:
        return date(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    return str(value)
