"""Dates as typed or read from a workbook, normalised to YYYY-MM-DD (pure)."""
from __future__ import annotations

import datetime as _dt
import re

# a number where a date belongs: Excel's day count (46023 is 2026-01-01), pasted or typed as such
_SERIAL = re.compile(r"\d{5}(?:\.\d+)?")


def local_time(stamp: str) -> str:
    """A stored time stamp as a person reads it: ``YYYY-MM-DD HH:MM:SS`` in this computer's time
    zone (stamps are stored in UTC with their offset; an older stamp without one was local time
    already). "" stays ""; text that is no time stamp is shown as it is."""
    if not stamp:
        return ""
    try:
        t = _dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp.replace("T", " ")
    if t.tzinfo is not None:
        t = t.astimezone()
    return t.strftime("%Y-%m-%d %H:%M:%S")


def is_date_serial(text: str) -> bool:
    """True when ``text`` is a number where a date belongs (a spreadsheet's day count)."""
    return bool(_SERIAL.fullmatch(text.strip()))


def iso_date(text: str) -> str:
    """``text`` as YYYY-MM-DD; ISO forms such as ``20260101`` and the week dates ``2026-W01-1`` and
    ``2026W011`` are normalised. Raises ValueError with one readable sentence."""
    s = text.strip()
    if is_date_serial(s):
        raise ValueError(f"{s} looks like a spreadsheet date serial: type the date as YYYY-MM-DD")
    try:
        return _dt.date.fromisoformat(s).isoformat()
    except ValueError:
        raise ValueError(f"expected a date YYYY-MM-DD, got {text!r}") from None
