"""A stored value as a person reads it: the one ``display_text`` (pure, no I/O).

Why here and not in ``exchange/workbook/codec.py``: the report (``reports/``) must show values the same way
as the workbook and the GUI, and ``reports`` may not import ``exchange`` (the layers only import
downwards). So the display half of the value codec lives in the domain, and ``exchange.codec``
(the workbook half: answer <-> cells) builds on it. Locale-aware number and date formatting
(Babel) is third-party and therefore passed in by the caller: the report hands over its Babel
formatters, the GUI shows plain numbers.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from collections.abc import Callable

from .questionnaire import Field, Questionnaire, tr
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


# --- answers to questions a questionnaire version no longer asks -----------------------------------
# An assessment carried to a newer questionnaire version keeps, in its settings (``archived_answers``),
# the answers to the questions the newer version no longer asks: each one a canonical answer (key,
# status, value, comment, evidence) with, when known, ``version`` (the questionnaire version that asked
# it), ``archived_at`` (when it was archived, UTC) and ``question`` (its text by language). The window,
# the workbook's "Archived answers" sheet and the report's annex all show them through
# :func:`archived_rows`.

@dataclass(frozen=True)
class ArchivedRow:
    """One archived answer as a person reads it, in one language."""

    key: str
    version: str  # the questionnaire version that asked it ("" when not recorded)
    question: str  # its text in the language ("" when not known)
    value: str  # the value as shown ("don't know", a choice's label ...)
    comment: str
    archived_at: str  # ISO 8601, UTC ("" when not recorded)


def archived_entries(entries: Any) -> list[dict[str, Any]]:
    """The well-formed archived answers of a settings entry (a list of dicts with a text key)."""
    if not isinstance(entries, list):
        return []
    return [e for e in entries if isinstance(e, dict) and isinstance(e.get("key"), str) and e["key"]]


def _archived_field(q: Questionnaire | None, key: str) -> tuple[Any, Field | None]:
    """(the item the key names, the field its value was given for) in ``q`` where they still exist:
    a grid whose row left keeps its column."""
    if q is None:
        return None, None
    found = q.resolve_key(key)
    if found is not None:
        return found[0], found[1]
    parts = key.split(".")
    item = q.item(parts[0])
    if item is None:
        return None, None
    if item.type == "grid" and len(parts) == 3:
        return item, item.column(parts[2])
    return item, getattr(item, "field", None) if len(parts) == 1 else None


def archived_value_text(entry: dict[str, Any], lang: str, fld: Field | None = None) -> str:
    """An archived answer's value as shown in ``lang``: "don't know" or "not applicable" as the
    language says it, a choice's label where its field is still known, else the value as stored."""
    from .texts import text

    status, value = entry.get("status"), entry.get("value")
    if status == "dont_know":
        return text("state.dont_know", lang)
    if status == "not_applicable":
        return text("state.not_applicable", lang)
    if value is None:
        return ""
    if fld is not None:
        try:
            return display_text(fld, value, lang)
        except (TypeError, ValueError, AttributeError):
            pass  # a value the field no longer takes: shown as stored
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}" if value == value and abs(value) < 1e15 else repr(value)
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return str(value)


def archived_question(entry: dict[str, Any], q: Questionnaire | None, lang: str) -> str:
    """The archived question's text in ``lang``: the one recorded with it, else its item's where the
    questionnaire still has the item, else ""."""
    recorded = entry.get("question")
    if isinstance(recorded, dict) and isinstance(said := recorded.get(lang), str):
        return said
    item, _fld = _archived_field(q, str(entry.get("key", "")))
    return tr(item.label, lang) if item is not None else ""


def archived_rows(entries: Any, q: Questionnaire | None, lang: str) -> list[ArchivedRow]:
    """The archived answers of a settings entry as rows in ``lang``, in the order archived."""
    out = []
    for e in archived_entries(entries):
        _item, fld = _archived_field(q, e["key"])
        out.append(ArchivedRow(
            key=e["key"], version=str(e.get("version") or ""), question=archived_question(e, q, lang),
            value=archived_value_text(e, lang, fld), comment=str(e.get("comment") or ""),
            archived_at=str(e.get("archived_at") or "")))
    return out
