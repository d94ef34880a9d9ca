"""Figures, dates and periods as the interface's language writes them, by the same editorial rules
as the report and the workbook (domain/editorial.py): 45.9 in English, Arabic and Chinese, 45,9 in
French, Spanish and Russian; "98.1 في المائة"; "18 июня 2026 года"; "2026年第三季度至2026年第四季度"
(the digits stay 0-9 everywhere, as in the report)."""
from __future__ import annotations

import functools
import time

from PySide6.QtCore import QCoreApplication

from ..domain import editorial
from ..domain.dates import local_time

# imported here, not in the functions: the list asks for a figure or a date of every row it fits
# (hundreds of calls before the first paint), and each import statement run after PySide6 is loaded
# passes through its import hook


def interface_language() -> str:
    """The language the window speaks (``gui.app.install_translations`` sets it)."""
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


def progress_format() -> str:
    """A progress bar's text (QProgressBar.setFormat, ``%p`` its figure) as the language writes a
    percentage, the figure where the language puts it: "%p%", "%p %", "%p في المائة", "%%p"."""
    return editorial.as_percent("%p", interface_language())


def date_text(iso: str | None) -> str:
    """A stored date ("2026-06-18", "2026-05") written out for a sentence ("18 June 2026",
    "18 июня 2026 года"); "" for none, other text as it is."""
    return editorial.written_date(iso or "", interface_language())


def sentences(*parts: str) -> str:
    """Sentences of the window joined as its language spaces them: a space between two, none after
    a Chinese full stop ("…已估算费用。计划货币：XOF。", not "。 计划")."""
    out = ""
    for part in (p for p in parts if p):
        out = f"{out}{'' if not out or out.endswith(('。', '！', '？')) else ' '}{part}"
    return out


def bracketed(text: str) -> str:
    """``text`` in brackets after a word, as the interface's language writes them: " (USD 573,565)",
    Chinese "（USD 573,565）" (``editorial.bracketed``); in a right-to-left window isolated
    (:func:`.writing.isolated`)."""
    from .writing import isolated

    out = editorial.bracketed(text, interface_language())
    inner = out.lstrip(" \u00a0")
    # right to left, the brackets and what they hold one isolate, the space before it outside
    # ("التكلفة (USD 573,565)")
    return out[:len(out) - len(inner)] + isolated(inner)


def when_text(stamp: str) -> str:
    """A stored time stamp in a sentence or a list: its day written out as the language writes a
    date and its time to the minute ("25 ноября 2026 года, 08:04": no ISO date shown),
    in the machine's time zone. Remembered per stamp, language and time zone: the list asks for
    each row's several times as it fits its columns and paints (some hundred calls before the
    first paint with 300 assessments)."""
    return _when_text(stamp, interface_language(), time.tzname)


@functools.lru_cache(maxsize=1024)
def _when_text(stamp: str, lang: str, _zone: tuple[str, str]) -> str:
    local = local_time(stamp)
    if len(local) < 16 or local[4] != "-":
        return local
    return f"{editorial.written_date(local[:10], lang)}{editorial.comma(lang)}{local[11:16]}"


def period_text(start: str | None, end: str | None) -> str:
    """An action's timeline ("2026-Q3", "2026-Q4") as the language writes the range."""
    return editorial.stored_period_range(start or "", end or "", interface_language())


def period_field_text(stored: str | None) -> str:
    """A stored start or end ("2026-Q3", "2026-06-18") as the Start and End fields show it:
    the language's quarter or date, as the table and the report write it ("III кв. 2026 г.")."""
    return editorial.period(stored or "", interface_language())


def short_date_text(iso: str) -> str:
    """An ISO date in the interface language's short numeric format (CLDR, with Babel:
    "18/06/2026", "2026/6/18", "18.06.2026"), the digits 0-9 and no direction marks."""
    import datetime as dt

    from babel.dates import format_date, get_date_format

    from ..domain.languages import language

    locale = language(interface_language()).babel
    pattern = get_date_format("short", locale=locale).pattern
    if "yyyy" not in pattern:  # the year written whole ("31/3/2027", not Spanish "31/3/27")
        pattern = pattern.replace("yy", "y")
    text = format_date(dt.date.fromisoformat(iso), pattern, locale=locale)
    return text.translate({0x200E: None, 0x200F: None, 0x061C: None})


def period_from_text(text: str | None) -> str | None:
    """What an officer typed in a Start or End field as the stored code ("2026-Q3" or
    "2026-06-18"; None when empty): the language's quarter or date, the codes, or a date in the
    interface locale's short format (Babel: "18/06/2026" in French, "2026/6/18" in Chinese).
    Raises ``editorial.PeriodError`` (a ValueError) for anything else."""
    try:
        return editorial.parse_period(text)
    except editorial.PeriodError:
        pass
    typed = editorial.typed_digits(text or "").strip()
    import re

    if re.fullmatch(r"\d{1,4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,4}", typed):
        from babel.dates import parse_date

        from ..domain.languages import language

        try:
            day = parse_date(typed.replace(" ", ""), locale=language(interface_language()).babel)
        except (ValueError, IndexError):
            day = None
        if day is not None and 1900 <= day.year <= 2199:
            return day.isoformat()
    raise editorial.PeriodError(f"{text!r} is neither a quarter nor a date")
