"""The workbook value codec: one stored answer <-> the cells of its Answers row (pure: standard
library and domain only; no openpyxl, no I/O).

Three layers, each an encode/decode pair held by ``tests/exchange/test_codec.py`` (a hypothesis
round trip over every field type of the bundled questionnaire, on plain items, grid cells and
matrix cell fields):

* **Display** (value -> text in a language) is :func:`capacity_app.domain.values.display_text`.
  It lives in the domain, not here, because the report must show values the same way and
  ``reports/`` may not import ``exchange/`` (layers import downwards only). :func:`value_label`
  (the workbook's read-only "Value label" column) builds on it.
* **Cells** (answer <-> logical cell values, as ``reader.Workbook`` returns them):
  :func:`encode_value` / :func:`decode_value` for the Code cell of each field type,
  :func:`encode_flag` / :func:`decode_flag` for Don't know and Not applicable,
  :func:`encode_evidence` / :func:`decode_evidence` for the Evidence cell, and
  :func:`encode_answer` / :func:`decode_answer` for the whole row (also the row of a grid, the
  matrix or a note as a whole, which carries a comment and evidence only).
* **Text in the file** (logical text <-> the text stored in the XML): :func:`escape_text` escapes
  what XML cannot carry (control characters, CR, U+FFFE/U+FFFF, lone surrogates, whitespace-only
  text) as OOXML ``_xHHHH_``; :func:`unescape_text` is its inverse, which ``reader.Workbook``
  applies to every text cell.

One value cannot travel: an answered *empty* text (``""``) is an empty Code cell, which reads
back as "no value". The application never stores it (clearing a text clears the answer).
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any
from collections.abc import Iterable

from ...domain.answers import (
    ANSWERED,
    DONT_KNOW,
    EMPTY,
    EVIDENCE_KINDS,
    NOT_APPLICABLE,
    YEAR_MAX,
    YEAR_MIN,
    Answer,
    Evidence,
    AnswerValueError,
    coerce_text,
)
from ...domain.celltext import (
    CELL_MAX,
    cell_length,
    escape_text as escape_text,
    evidence_line,
    evidence_problem,
    read_text as read_text,
    text_problem,
    unescape_text as unescape_text,
)  # the text in the file: defined where the limits measure it
from ...domain.numtext import WHOLE_MAX
from ...domain.questionnaire import Field, tr
from ...domain.editorial import semicolon_list
from ...domain.values import anchor_text, display_text
from ...domain.texts import text as en_line  # the English of a line cli/said.py translates
from . import vocab
from .format import NONE_SELECTED, YES

WHOLE_TYPES = ("integer", "year", "rating")
NUMBER_TYPES = WHOLE_TYPES + ("decimal",)
# Items whose key holds no value but may carry a comment and evidence on the item as a whole.
COMMENT_ONLY_ITEMS = ("grid", "matrix", "note")


# --- cell values as text -----------------------------------------------------------------------

def text_of(v: Any) -> str:
    """A cell value (as the reader returns it) as text: numbers without a spurious '.0', dates ISO."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, _dt.datetime):
        return v.date().isoformat() if v.time() == _dt.time() else v.isoformat()
    if isinstance(v, _dt.date):
        return v.isoformat()
    return str(v)


def is_blank(v: Any) -> bool:
    return v is None or v == "" or (isinstance(v, str) and not v.strip())


# --- the Code cell -------------------------------------------------------------------------------

def encode_value(fld: Field, value: Any) -> Any:
    """The Code cell of a stored value: a number for number types, text otherwise (several codes
    joined by ', ', ``(none)`` for a multiple choice with nothing selected); None when empty."""
    if value is None:
        return None
    if fld.type == "select_multiple":
        return ", ".join(value) if value else NONE_SELECTED
    if fld.type in WHOLE_TYPES:
        return int(value)
    if fld.type == "decimal":
        return float(value)
    return str(value)


def has_value(fld: Field | None, raw: Any) -> bool:
    """Whether a Code cell holds a value: whitespace is a value only for text answers (a stray
    space elsewhere means empty)."""
    if raw is None or raw == "":
        return False
    if isinstance(raw, str) and not raw.strip():
        return fld is not None and fld.type == "text"
    return True


def decode_value(fld: Field, raw: Any, key: str) -> Any:
    """A typed value from a Code cell (the reader's types), or raise :class:`AnswerValueError`. Types only:
    ranges, choices and constraints are checked by ``domain.answers.check_value`` afterwards."""
    if isinstance(raw, bool):
        raw = "TRUE" if raw else "FALSE"
    if isinstance(raw, (_dt.datetime, _dt.date)):
        if fld.type != "date":
            raise AnswerValueError(key, f"expected {fld.type.replace('_', ' ')}, got a date")
        return (raw.date() if isinstance(raw, _dt.datetime) else raw).isoformat()
    if isinstance(raw, (_dt.time, _dt.timedelta)):
        raise AnswerValueError(key, f"expected {fld.type.replace('_', ' ')}, got a time")
    if isinstance(raw, (int, float)):
        if fld.type in WHOLE_TYPES:
            if abs(raw) > WHOLE_MAX:  # a 309-digit whole number would be printed in the message
                raise AnswerValueError(key, f"{raw:.6g} is too large a number")
            if isinstance(raw, float) and not raw.is_integer():
                raise AnswerValueError(key, f"expected a whole number, got {raw!r}")
            return int(raw)
        if fld.type == "decimal":
            return float(raw)
        raw = text_of(raw)  # a number typed in a text or choice cell
    text = str(raw)
    if fld.type in ("select_one", "date"):
        return text.strip()
    if fld.type == "select_multiple" and text.strip() == NONE_SELECTED:
        return []
    return coerce_text(fld, text, key)


# --- Don't know / Not applicable -------------------------------------------------------------------

_TRUE = {"yes", "y", "x", "true", "1", "oui", "sí", "si"}
_FALSE = {"", "no", "n", "false", "0", "non"}


def encode_flag(on: bool) -> str:
    return YES if on else ""


def decode_flag(raw: Any, lang: str = "en") -> bool | None:
    """True / False from a flag cell ('yes', 'x', 'oui', 'да', '是', ... or empty: yes or no in any
    of the application's languages, as a workbook in each writes it, the workbook's ``lang``
    looked at first); None when unreadable."""
    if raw == "" or raw is None:
        return False
    s = text_of(raw).strip().lower()
    if s in _TRUE:
        return True
    if s in _FALSE:
        return False
    try:  # every language's labels (read from their catalogues the first time)
        code = vocab.code_of(vocab.YES_NO, text_of(raw), lang)
    except ValueError:
        return None
    return None if code is None else code == YES


# --- Evidence ----------------------------------------------------------------------------------

def encode_evidence(evidence: Iterable) -> str:
    """One line per evidence, 'kind: text'; backslash and line breaks escaped."""
    return "\n".join(evidence_line(e.kind, e.text) for e in evidence)


def evidence_parts(encoded: str) -> list[str]:
    """An Evidence cell's text (:func:`encode_evidence`) in parts that each fit one cell once
    escaped: the text itself in all but rare cases; an entry is never cut (the domain's limits
    keep each one within a cell). The workbook continues the rest on rows below."""
    if not encoded or cell_length(encoded) <= CELL_MAX:
        return [encoded]
    parts: list[str] = []
    lines: list[str] = []
    size = 0
    for line in encoded.split("\n"):
        n = cell_length(line) + 1
        if lines and size + n > CELL_MAX:
            parts.append("\n".join(lines))
            lines, size = [], 0
        lines.append(line)
        size += n
    parts.append("\n".join(lines))
    return parts


def decode_evidence(text: str) -> tuple[Evidence, ...]:
    """Inverse of :func:`encode_evidence`; raises ValueError with a reason."""
    out = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line.strip():
            continue
        kind, sep, rest = line.partition(": ")
        kind = kind.strip().lower()
        if not sep or kind not in EVIDENCE_KINDS:
            raise ValueError(en_line("cli.wb.evidence_line", line=repr(line[:60]),
                                     kinds=", ".join(k + ":" for k in EVIDENCE_KINDS)))
        out.append(Evidence(kind, _unbackslash(rest)))
    return tuple(out)


def _unbackslash(s: str) -> str:
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == "\\" and i + 1 < len(s):
            nxt = s[i + 1]
            out.append({"n": "\n", "r": "\r", "\\": "\\"}.get(nxt, "\\" + nxt))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


# --- a whole row ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class AnswerCells:
    """The editable cells of one Answers row, as logical cell values."""

    code: Any = None  # str | int | float | None
    dont_know: Any = ""
    not_applicable: Any = ""
    comment: Any = ""
    evidence: Any = ""


class CellError(ValueError):
    """A cell that cannot be read; ``column`` names the Answers column, ``message`` the reason."""

    def __init__(self, column: str, message: str):
        self.column = column
        self.message = message
        super().__init__(message)


def encode_answer(fld: Field | None, answer: Answer | None) -> AnswerCells:
    """The editable cells of one answer (``None``: an unanswered row; ``fld`` None: the comment
    and evidence on a grid, the matrix or a note as a whole)."""
    if answer is None:
        return AnswerCells()
    value = answer.value if answer.status == ANSWERED else None
    return AnswerCells(code=None if fld is None else encode_value(fld, value),
                       dont_know=encode_flag(answer.status == DONT_KNOW),
                       not_applicable=encode_flag(answer.status == NOT_APPLICABLE),
                       comment=answer.comment or "", evidence=encode_evidence(answer.evidence))


def decode_answer(fld: Field | None, key: str, cells: AnswerCells, *,
                  comment_only: bool = False, lang: str = "en") -> tuple[Answer, list[CellError]]:
    """The answer a row holds, with every problem found as a :class:`CellError` (the answer is
    only meaningful when there are none). ``fld`` None: a key without a place in the target
    questionnaire (archived), whose value is kept as given; with ``comment_only``, the row of a
    grid, the matrix or a note as a whole, which takes a comment and evidence only; ``lang``: the
    workbook's language (its yes and no looked at first)."""
    problems: list[CellError] = []
    if comment_only and (has_value(None, cells.code) or decode_flag(cells.dont_know, lang)
                         or decode_flag(cells.not_applicable, lang)):
        problems.append(CellError("Code", f"{key}: this row takes only a comment and evidence "
                                          "(the answers are on the rows below it)"))
    dk = decode_flag(cells.dont_know, lang)
    if dk is None:
        problems.append(CellError("Don't know", "Don't know: write 'yes' or leave empty, got "
                                                f"{text_of(cells.dont_know)[:40]!r}"))
    na = decode_flag(cells.not_applicable, lang)
    if na is None:
        problems.append(CellError("Not applicable", "Not applicable: write 'yes' or leave empty, got "
                                                    f"{text_of(cells.not_applicable)[:40]!r}"))
    comment = text_of(cells.comment)
    too_long = text_problem(comment, "comment") if comment else None
    if too_long:
        problems.append(CellError("Comment", f"{key}: {too_long}"))
    evidence: tuple[Evidence, ...] = ()
    if not is_blank(cells.evidence):
        try:
            evidence = decode_evidence(text_of(cells.evidence))
        except ValueError as exc:
            problems.append(CellError("Evidence", str(exc)))
        for i, e in enumerate(evidence):
            bad = evidence_problem(e.kind, e.text, i)
            if bad:
                problems.append(CellError("Evidence", f"{key}: {bad}"))
                break
    value, status = None, EMPTY
    if comment_only:
        pass  # no value, no flag: checked above
    elif dk and na:
        problems.append(CellError("Don't know", "both Don't know and Not applicable are marked"))
    elif has_value(fld, cells.code):
        if dk or na:
            problems.append(CellError("Code", "a value is given and Don't know / Not applicable is "
                                              "marked too: keep only one"))
        elif fld is None:
            raw = cells.code
            value = raw if isinstance(raw, (int, float, str)) else text_of(raw)
            status = ANSWERED
        else:
            try:
                value = decode_value(fld, cells.code, key)
                status = ANSWERED
            except AnswerValueError as exc:
                problems.append(CellError("Code", f"{key}: {exc.message}"))
    elif dk:
        status = DONT_KNOW
        if fld is not None and not fld.dont_know:
            problems.append(CellError("Don't know", f"{key}: 'don't know' is not accepted for this item"))
    elif na:
        status = NOT_APPLICABLE
        if fld is not None and not fld.not_applicable:
            problems.append(CellError("Not applicable",
                                      f"{key}: 'not applicable' is not accepted for this item"))
    return Answer(key, value, status, comment, evidence), problems


# --- what the Answers sheet shows beside the value ------------------------------------------------

def value_label(fld: Field, value: Any, lang: str) -> str:
    """The read-only "Value label" cell: choice labels (joined by the language's semicolon,
    ``editorial.semicolon_list``) or a rating's anchor."""
    if value is None:
        return ""
    if fld.type == "select_multiple":
        values = value if isinstance(value, (list, tuple)) else [value]
        return semicolon_list([display_text(fld, v, lang) for v in values], lang, labels=True)
    if fld.type == "select_one":
        return display_text(fld, value, lang)
    if fld.type == "rating":
        return anchor_text(fld, value, lang)
    return ""


def limits(fld: Field) -> tuple[Any, Any]:
    """The range a number field accepts, the implicit year and rating ranges included."""
    lo, hi = fld.minimum, fld.maximum
    if fld.type == "year":
        lo = YEAR_MIN if lo is None else lo
        hi = YEAR_MAX if hi is None else hi
    if fld.type == "rating":
        lo = 0 if lo is None else lo
        hi = 3 if hi is None else hi
    if fld.type in WHOLE_TYPES:
        lo = None if lo is None else int(lo)
        hi = None if hi is None else int(hi)
    return lo, hi


def validation_of(fld: Field) -> tuple | None:
    """The Code cell's data validation: ("list", "a,b") | ("whole"|"decimal", lo, hi) | None."""
    if fld.type == "select_one":
        codes = ",".join(fld.choice_codes)
        return ("list", codes) if len(codes) < 250 and '"' not in codes else None
    if fld.type == "rating":
        lo, hi = limits(fld)
        return ("list", ",".join(str(i) for i in range(lo, hi + 1)))
    if fld.type in ("integer", "year"):
        return ("whole", *limits(fld))
    if fld.type == "decimal":
        return ("decimal", *limits(fld))
    return None


def allowed_text(fld: Field, lang: str) -> str:
    """What the Code cell accepts, shown when the cell is selected, in the workbook's language
    (the codes themselves stay the codes: they are what is typed)."""
    from ...domain.editorial import number
    from ...domain.texts import text

    t = fld.type

    def num(x: float) -> str:  # a year as it is written ("2100"), other numbers as the language groups them
        return str(int(x)) if t == "year" and float(x).is_integer() else number(x, lang, 10, trim=True)

    if t == "select_one":
        return semicolon_list([f"{c.code} = {tr(c.label, lang)}" for c in fld.choices], lang)
    if t == "select_multiple":
        return text("wb.allowed.multiple", lang, choices=semicolon_list(
            [f"{c.code} = {tr(c.label, lang)}" for c in fld.choices], lang))
    if t == "rating":
        lo, hi = limits(fld)
        if fld.anchors:
            return semicolon_list([f"{k} = {tr(v, lang)}" for k, v in sorted(fld.anchors.items())], lang)
        return text("wb.allowed.between", lang, what=text("wb.allowed.whole", lang), lo=num(lo), hi=num(hi))
    if t in ("integer", "year", "decimal"):
        lo, hi = limits(fld)
        kind = text("wb.allowed.number" if t == "decimal" else ("wb.allowed.year" if t == "year"
                                                                 else "wb.allowed.whole"), lang)
        if lo is not None and hi is not None:
            return text("wb.allowed.between", lang, what=kind, lo=num(lo), hi=num(hi))
        return kind + (f" ≥ {num(lo)}" if lo is not None else f" ≤ {num(hi)}" if hi is not None else "")
    if t == "date":
        return text("wb.allowed.date", lang)
    return text("wb.allowed.text", lang)


def status_text(answer: Answer | None, fld: Field | None) -> Any:
    """An answer as an import's difference list shows it: the flag, or the value as the Code
    cell holds it (what the person edited)."""
    if answer is None or answer.status == EMPTY:
        return None
    if answer.status == DONT_KNOW:
        return "don't know"
    if answer.status == NOT_APPLICABLE:
        return "not applicable"
    return answer.value if fld is None else encode_value(fld, answer.value)
