"""Dates as typed or read from a workbook, normalised to YYYY-MM-DD (pure)."""
from __future__ import annotations

import datetime as _dt
from .celltext import LazyPattern

from .texts import text as en_line  # a refusal in English, from its cli.* entry (cli/said.py translates it)

# a number where a date belongs: Excel's day count (46023 is 2026-01-01), pasted or typed as such
_SERIAL = LazyPattern(r"\d{5}(?:\.\d+)?")


# The range of dates and times a value from outside may hold (a file, a package, an argument, the
# window): every date in it can be shown in any time zone, moved by a day, a year or a mission's
# length, and written to every output; the calendar's edges (year 1, year 9999) cannot.
FIRST_YEAR = 1900
LAST_YEAR = 9000
_STAMP_MAX = 40  # characters of a time stamp


def stamp_problem(text: str) -> str | None:
    """Why ``text`` is no time stamp this application accepts from outside, or None: ISO 8601 with
    its offset, between the years :data:`FIRST_YEAR` and :data:`LAST_YEAR` both as written and in
    UTC (the one rule every entry point uses: a package's manifest, a workbook's Changes and
    Review sheets, an attachment)."""
    if not isinstance(text, str) or len(text) > _STAMP_MAX:
        return "is not a date and time (ISO 8601)"
    try:
        t = _dt.datetime.fromisoformat(text)
    except ValueError:
        return "is not a date and time (ISO 8601)"
    if t.tzinfo is None:
        return "has no time zone offset"
    try:
        utc = t.astimezone(_dt.UTC)
    except OverflowError:
        utc = None
    if utc is None or not FIRST_YEAR <= t.year <= LAST_YEAR or not FIRST_YEAR <= utc.year <= LAST_YEAR:
        return f"is outside the years {FIRST_YEAR} to {LAST_YEAR}"
    return None


def checked_stamp(text: str, naive: bool = False) -> str:
    """``text`` as ISO 8601 to the second when :func:`stamp_problem` finds nothing (``naive``: a
    stamp without an offset is accepted too, in the same years: a workbook written before stamps
    carried one); ValueError with one readable sentence otherwise."""
    problem = stamp_problem(text)
    if problem == "has no time zone offset" and naive:
        t = _dt.datetime.fromisoformat(text)
        if FIRST_YEAR <= t.year <= LAST_YEAR:
            return t.isoformat(timespec="seconds")
        problem = f"is outside the years {FIRST_YEAR} to {LAST_YEAR}"
    if problem:
        shown = text[:40] + ("..." if len(text) > 40 else "") if isinstance(text, str) else type(text).__name__
        raise ValueError(f"the time {shown!r} {problem}")
    return _dt.datetime.fromisoformat(text).isoformat(timespec="seconds")


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
        try:
            t = t.astimezone()
        except (OverflowError, ValueError):  # the calendar's edge (stored before the rule)
            return t.isoformat(sep=" ")
    return t.strftime("%Y-%m-%d %H:%M:%S")


def is_date_serial(text: str) -> bool:
    """True when ``text`` is a number where a date belongs (a spreadsheet's day count)."""
    return bool(_SERIAL.fullmatch(text.strip()))


def iso_date(text: str) -> str:
    """``text`` as YYYY-MM-DD; ISO forms such as ``20260101`` and the week dates ``2026-W01-1`` and
    ``2026W011`` are normalised. Raises ValueError with one readable sentence."""
    s = text.strip()
    if is_date_serial(s):
        raise ValueError(en_line("cli.answer.serial", got=s))
    try:
        d = _dt.date.fromisoformat(s) if len(s) <= 40 else None
    except ValueError:
        d = None
    if d is None:
        raise ValueError(en_line("cli.answer.date", got=repr(text[:40]))) from None
    if not FIRST_YEAR <= d.year <= LAST_YEAR:
        raise ValueError(en_line("cli.date.outside", date=d.isoformat(), first=FIRST_YEAR, last=LAST_YEAR))
    return d.isoformat()
