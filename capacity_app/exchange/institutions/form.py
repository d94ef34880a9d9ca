"""An institution's workbook as plain data: what it asks, what each answer cell shows and
accepts, and how a returned cell is read back. Shared by the writer (``institution_workbook``,
openpyxl) and the reader of a reply (``institution_reply``, the bounded reader); no I/O here.

The workbook has a cover (for whom, by when, whom to contact; the respondent's name), a sheet of
questions (one heading row per question, grid row or matrix cell, then one row per value to give:
the question, its explanation and what is accepted, the answer, "don't know", a comment), hidden
lists for the drop-downs, and a very hidden sheet ``_form`` that says which assessment, institution,
questionnaire and form version the file is, the answer key of every row, a check of every row's
protected cells and the value each answer cell was sent with: a reply is matched to its form, and a
protected cell edited, a row moved, a value outside its list or an old form is refused naming the
cell."""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ...domain.answers import Answer, AnswerValueError
from ...domain.institutions.asked import InstitutionItem
from ...domain.questionnaire import Field, Questionnaire, tr
from ...domain.status import ANSWERED
from ...domain.texts import text as en_line  # a refusal in English, from its cli.* entry (cli/said.py)
from ..workbook.codec import decode_value, limits
from .texts import text

FORMAT = "capacity-app institution form"
FORMAT_VERSION = "1"
FORM_SHEET = "_form"
LISTS_SHEET = "_lists"
# the columns of the questions sheet (1-based): the key is hidden; answer, don't know and comment
# are the cells a respondent fills
COL_KEY, COL_SECTION, COL_QUESTION, COL_HELP, COL_ANSWER, COL_DONT_KNOW, COL_COMMENT = range(1, 8)
HEADER_ROW = 1
TEXT_CELL_MAX = 20_000
SEPARATOR = ";"


@dataclass(frozen=True)
class FormRow:
    """A row of the questions sheet: a heading (``key`` empty: a question, grid row or matrix cell)
    or a value to give (``key`` its answer key, ``field`` its field, ``sent`` the answer cell as
    written, ``choices`` the drop-down's entries, ``dont_know`` whether "don't know" is offered)."""

    key: str
    section: str
    question: str
    help: str
    field: Field | None = None
    sent: Any = None
    choices: tuple[str, ...] = ()
    dont_know: bool = False

    def check(self) -> str:
        """A check of the row's protected cells (key, section, question, explanation)."""
        return row_check(self.key, self.section, self.question, self.help)


@dataclass(frozen=True)
class FormData:
    """Everything an institution's workbook holds, in its language: ``meta`` (the ``_form``
    identity: format, assessment uid, questionnaire, institution, language, when made), the cover's
    texts (the request's: ``domain.institutions.request_fields``) and the rows."""

    meta: dict[str, str]
    lang: str
    institution_label: str
    country_label: str
    assessment_label: str
    request: dict[str, str]  # what its request's cover says: each declared field's text by its name
    rows: list[FormRow] = field(default_factory=list)

    @property
    def value_rows(self) -> list[FormRow]:
        return [r for r in self.rows if r.key]


def row_check(key: str, section: str, question: str, help_text: str) -> str:
    return hashlib.sha256("\x1f".join((key, section, question, help_text)).encode("utf-8")).hexdigest()[:20]


def form_check(pairs: Iterable[tuple[str, str]]) -> str:
    """The check of the ``_form`` sheet's content (its identity and rows, in order)."""
    h = hashlib.sha256()
    for a, b in pairs:
        h.update(f"{a}\x1f{b}\x1e".encode())
    return h.hexdigest()[:32]


# --- what an answer cell shows and accepts ---------------------------------------------------------

def rating_entry(fld: Field, level: int, lang: str) -> str:
    anchor = tr(fld.anchors.get(level), lang) if fld.anchors else ""
    return f"{level}: {anchor}" if anchor else str(level)


def choice_entries(fld: Field, lang: str) -> tuple[str, ...]:
    """The drop-down's entries of a field, in ``lang`` (none for a field without a list)."""
    if fld.type in ("select_one", "select_multiple"):
        return tuple(tr(c.label, lang) for c in fld.choices)
    if fld.type == "rating":
        lo, hi = limits(fld)
        return tuple(rating_entry(fld, i, lang) for i in range(int(lo), int(hi) + 1))
    return ()


def _num(v: float | None) -> str:
    return "" if v is None else f"{v:g}"


def accepted_text(fld: Field, lang: str) -> str:
    """What the answer cell accepts, for the explanation column."""
    t = fld.type
    if t in ("select_one", "rating"):
        return text("accept.one", lang)
    if t == "select_multiple":
        return text("accept.several", lang) + ": " + f" {SEPARATOR} ".join(choice_entries(fld, lang))
    if t in ("integer", "year", "decimal"):
        lo, hi = limits(fld)
        kind = {"integer": "accept.whole", "year": "accept.year", "decimal": "accept.number"}[t]
        rng = f" {text('accept.range', lang, lo=_num(lo), hi=_num(hi))}" if lo is not None and hi is not None else ""
        return text(kind, lang) + rng
    if t == "date":
        return text("accept.date", lang)
    return text("accept.text", lang)


def cell_value(fld: Field, value: Any, lang: str) -> Any:
    """A stored value as the answer cell shows it: a choice's label, several labels separated by
    ``;``, a rating's entry, a number, a date, a text."""
    if value is None:
        return None
    if fld.type == "select_one":
        c = fld.choice(str(value))
        return tr(c.label, lang) if c else str(value)
    if fld.type == "select_multiple":
        values = value if isinstance(value, (list, tuple)) else [value]
        return f"{SEPARATOR} ".join(tr(c.label, lang) if (c := fld.choice(str(v))) else str(v) for v in values)
    if fld.type == "rating":
        return rating_entry(fld, int(value), lang)
    if fld.type in ("integer", "year"):
        return int(value)
    if fld.type == "decimal":
        return float(value)
    if fld.type == "date":
        try:
            return _dt.date.fromisoformat(str(value))
        except ValueError:
            return str(value)
    return str(value)


def _fold(s: str) -> str:
    return " ".join(str(s).split()).casefold()


def _choice_code(fld: Field, raw: str, lang: str) -> str | None:
    want = _fold(raw)
    for c in fld.choices:
        if want in (_fold(tr(c.label, lang)), _fold(c.code)):
            return c.code
    return None


class CellRefused(ValueError):
    """An answer cell that cannot be read as its field's value (the reason, for a person)."""


def read_cell(fld: Field, raw: Any, lang: str, key: str) -> Any:
    """The value an answer cell holds (``raw`` as the reader gives it), or :class:`CellRefused`: a
    label of the list (or its code), several separated by ``;``, a rating's entry or level, a
    number, a date, a text."""
    if fld.type == "select_one":
        code = _choice_code(fld, str(raw), lang)
        if code is None:
            raise CellRefused(f"{_shown(raw)} is not one of the choices ({', '.join(choice_entries(fld, lang))})")
        return code
    if fld.type == "select_multiple":
        codes = []
        for part in str(raw).split(SEPARATOR):
            if not part.strip():
                continue
            code = _choice_code(fld, part, lang)
            if code is None:
                raise CellRefused(f"{_shown(part.strip())} is not one of the choices "
                                  f"({', '.join(choice_entries(fld, lang))})")
            if code not in codes:
                codes.append(code)
        return [c.code for c in fld.choices if c.code in codes]
    if fld.type == "rating":
        s = str(int(raw)) if isinstance(raw, (int, float)) and not isinstance(raw, bool) and float(raw).is_integer() \
            else str(raw).strip()
        entries = choice_entries(fld, lang)
        for i, e in zip(range(int(limits(fld)[0] or 0), 99), entries, strict=False):
            if _fold(s) in (_fold(e), str(i)):
                return i
        raise CellRefused(en_line("cli.reply.not_level", value=_shown(raw),
                                  levels=", ".join(str(i) for i in range(len(entries)))))
    try:
        return decode_value(fld, raw, key)
    except AnswerValueError as exc:
        raise CellRefused(exc.message) from None


def _shown(v: Any) -> str:
    s = str(v)
    return repr(s[:60] + ("…" if len(s) > 60 else ""))


# --- the form's rows -------------------------------------------------------------------------------

def _unit_heading(q: Questionnaire, it: InstitutionItem, lang: str) -> tuple[str, str]:
    item = it.item
    if it.row is not None:
        return f"{tr(item.label, lang)} — {tr(it.row.label, lang)}", tr(it.row.help, lang) or tr(item.help, lang)
    if it.policy_question is not None and it.source is not None:
        return (f"{it.policy_question.code}. {tr(it.policy_question.label, lang)} — {tr(it.source.label, lang)}",
                tr(item.help, lang))
    return tr(item.label, lang), tr(item.help, lang)


def build_rows(q: Questionnaire, items: Iterable[InstitutionItem], answers: Mapping[str, Answer],
               lang: str) -> list[FormRow]:
    """The questions sheet's rows for these units, with what the mission already knows filled in
    (answers given: their value; "don't know" and the rest: empty)."""
    out: list[FormRow] = []
    for it in items:
        section = q.section(it.section_id)
        section_label = f"{it.section_id} {tr(section.label, lang)}" if section else it.section_id
        heading, help_text = _unit_heading(q, it, lang)
        composite = it.item.type in ("grid", "matrix")
        if composite:
            out.append(FormRow("", section_label, heading, help_text))
        for key, fld, _coords in it.keys:
            question = tr(fld.label, lang) if composite else heading
            explain = [] if composite else ([help_text] if help_text else [])
            if composite and fld.help:
                explain.append(tr(fld.help, lang))
            explain.append(accepted_text(fld, lang))
            a = answers.get(key)
            sent = cell_value(fld, a.value, lang) if a is not None and a.status == ANSWERED else None
            out.append(FormRow(key, section_label, question, "\n".join(e for e in explain if e), fld, sent,
                               choice_entries(fld, lang) if fld.type in ("select_one", "rating") else (),
                               fld.dont_know))
    return out


def sent_text(v: Any) -> str:
    """A sent answer cell as the ``_form`` sheet records it (JSON; dates as ISO text)."""
    if isinstance(v, _dt.date):
        v = v.isoformat()
    return json.dumps(v, ensure_ascii=False)


__all__ = ["CellRefused", "FORMAT", "FORMAT_VERSION", "FORM_SHEET", "FormData", "FormRow", "LISTS_SHEET",
           "accepted_text", "build_rows", "cell_value", "choice_entries", "form_check", "read_cell", "row_check",
           "sent_text"]
