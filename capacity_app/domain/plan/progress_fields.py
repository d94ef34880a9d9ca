"""A progress entry's fields, each declared once (pure, and light: the store reads it for its
columns).

The plan's follow-up (``progress.py``) records per action and period an :class:`.progress.ActionProgress`
(its status, when it started and was completed, the reason given), per cost line of the action a
:class:`.progress.LineMoney` (the money committed, disbursed and spent, a note) and per indicator
and period an :class:`.progress.IndicatorValue` (the value, when it was measured, its source). Their
fields are declared here, one :class:`ProgressField` each, in :data:`PROGRESS_FIELDS`: the record,
the name (the attribute, the ``action_progress`` column or the key in the line's JSON, the key in
the entry's plain data), the kind, the limit, the exchange workbook's column (its header, whose
label in each language is ``wb.col.<header>``, the keys used before so no translation changed) and
width, the word a refusal names it by and the command line's option. The store's columns
(``storage.progress``), the entry's plain data (history rows, ``--json``, a proposal's value), the
checks of a field declared later, the options of ``actions progress set``, the Plan progress and
Indicator values sheets' writer and reader (columns found by their header, in any language and any
order; a later field's column missing from a workbook sent before it leaves the field as stored),
the window's progress dialog (its tables' columns: ``dialog``) and the implementation report (a
later field's column: ``printed``) read the declaration.

Adding a text to an action's progress entry: an attribute of :class:`.progress.ActionProgress`
after ``lines`` (``str``, default ``""``), an entry at the end of :data:`PROGRESS_FIELDS` (its
label's English and refusal's word with it: :func:`declared_texts` gives them to ``domain.texts``,
translated in each catalogue by the translator's step), a schema step adding the column to
``action_progress``, and the pages written by their tools. docs/development.md ("A field of a
progress entry") walks through it.
"""
from __future__ import annotations

from dataclasses import dataclass

from .. import texts as _texts
from .result_fields import Declared

REASON_MAX = 4_000
SOURCE_MAX = 500
NOTE_MAX = 1_000

# the records whose fields are declared here
RECORDS = ("entry", "line", "value")
# the kinds of a field: "status" (a code of the action's statuses), "date" (YYYY-MM-DD, or None),
# "text" (several lines), "line" (one line), "amount" (a decimal amount, or None), "currency" (an
# ISO 4217 code), "value" (an indicator's decimal value)
PROGRESS_KINDS = ("status", "date", "text", "line", "amount", "currency", "value")


@dataclass(frozen=True)
class ProgressField(Declared):
    """One field of a progress entry, a cost line's money or an indicator's value, declared once.

    ``record``: "entry" (:class:`.progress.ActionProgress`), "line" (:class:`.progress.LineMoney`)
    or "value" (:class:`.progress.IndicatorValue`). ``name``: the record's attribute, its column in
    ``action_progress`` (an entry's) and its key in the plain data (history rows, ``--json``, a
    proposal's value, a line's JSON). ``kind``: one of :data:`PROGRESS_KINDS`. ``header``: the
    workbook's and the institution's form's column (its label ``wb.col.<header>`` in each
    language); ``width`` that column's width. ``what``: the field as an English refusal names it (a
    later field's ``cli.what.<name>``). ``limit``: a text's length. ``option``: the command line's
    option ("" when the field has none of its own: a line's money is given in ``--line``, a value's
    in ``actions progress value``'s). ``help``: the option's help. ``form``: the institution's progress
form's column (its key in ``resources/forms/strings.yaml``, "col.status", translated in each forms
catalogue; "" when the form does not ask it: a later field until its column and words are added
there), ``form_width`` that column's width. ``first``: one of the fields the
    record had before they were declared: always written in the plain data, its column required
    in the sheet, worded by hand where an entry is said in words; a field declared later is written
    only when set (an entry without it keeps its history as before), its column may be missing
    from a workbook sent before it (the field is then left as stored). ``dialog``: the window's
    progress dialog has a column for it in its record's table (the actions', the money's or the
    indicators'; a currency is the cost line's, shown, not typed): the first fields in the columns
    the window words itself, a field declared later in a column of its own after them, labelled as
    the workbook's column, its text typed in the cell. ``printed``: the implementation report
    prints a field declared later in a column of its own (an entry's after the status in the
    actions' table and as a labelled row of a priority action's page, a value's after the source
    in the indicators' table) when one of the period's entries gives it; the first fields have
    their own places, and a cost line's money is printed added up by currency, not line by line."""

    record: str
    name: str
    kind: str
    header: str
    what: str
    width: int
    limit: int = 0
    option: str = ""
    help: str = ""
    first: bool = False
    form: str = ""
    form_width: int = 16
    dialog: bool = True
    printed: bool = False

    @property
    def one_line(self) -> bool:
        """Kept on one line: a line break refused."""
        return self.kind == "line"

    @property
    def is_text(self) -> bool:
        return self.kind in ("text", "line")


def _first(record: str, name: str, kind: str, header: str, what: str, width: int, **more: object) -> ProgressField:
    """One of the fields the records had before they were declared."""
    return ProgressField(record, name, kind, header, what, width, first=True, **more)  # type: ignore[arg-type]


# In the order of the sheets' columns (an entry's after the action's id, title and period; a line's
# after its number; a value's after the indicator's id and period), of the command line's options
# and of the plain data. A new field goes at the end: the columns of a workbook already sent keep
# their place.
PROGRESS_FIELDS: tuple[ProgressField, ...] = (
    _first("entry", "status", "status", "Status", "status", 13, option="--status",
           help="The action's status in the period: one of {statuses}.", form="col.status"),
    _first("entry", "started", "date", "Started", "start date", 12, option="--started",
           help="When it started, YYYY-MM-DD.", form="col.started", dialog=False),
    _first("entry", "completed", "date", "Completed", "completion date", 12, option="--completed",
           help="When it was completed, YYYY-MM-DD (status done).", form="col.completed", dialog=False),
    _first("entry", "reason", "text", "Reason", "reason", 40, limit=REASON_MAX, option="--reason",
           help="The reason for a delay or for dropping it.", form="col.reason", form_width=48),
    # the currency is the cost line's: shown in the form, not asked
    _first("line", "currency", "currency", "Currency", "currency", 10),
    _first("line", "committed", "amount", "Committed", "amount committed", 18, form="col.committed"),
    _first("line", "disbursed", "amount", "Disbursed", "amount disbursed", 18, form="col.disbursed"),
    _first("line", "spent", "amount", "Spent", "amount spent", 18, form="col.spent"),
    _first("line", "note", "text", "Note", "note", 30, limit=NOTE_MAX, form="col.note", form_width=36, dialog=False),
    _first("value", "value", "value", "Value", "value", 14, form="col.value", form_width=14),
    _first("value", "date", "date", "Measured on", "date measured", 14, form="col.date"),
    _first("value", "source", "text", "Source", "source", 40, limit=SOURCE_MAX, form="col.source", form_width=36),
)


def fields_of(record: str) -> tuple[ProgressField, ...]:
    """The fields ``record`` ("entry", "line" or "value") declares, in their order."""
    return tuple(f for f in PROGRESS_FIELDS if f.record == record)


ENTRY_FIELDS: tuple[ProgressField, ...] = fields_of("entry")
LINE_FIELDS: tuple[ProgressField, ...] = fields_of("line")
VALUE_FIELDS: tuple[ProgressField, ...] = fields_of("value")
# the fields declared after the first ones (written only when set, their column optional)
LATER_FIELDS: tuple[ProgressField, ...] = tuple(f for f in PROGRESS_FIELDS if not f.first)
LATER_ENTRY_FIELDS: tuple[ProgressField, ...] = tuple(f for f in ENTRY_FIELDS if not f.first)
# the Plan progress sheet's columns: the action and period, the entry's first fields, the cost
# line's number and its first fields, then every field declared later (a workbook already sent
# keeps its columns' places)
PROGRESS_HEAD = ("Action id", "Action", "Period")
PROGRESS_COLUMNS: tuple[str, ...] = (
    *PROGRESS_HEAD, *(f.header for f in ENTRY_FIELDS if f.first), "Cost line",
    *(f.header for f in LINE_FIELDS if f.first), *(f.header for f in LATER_FIELDS if f.record != "value"))
PROGRESS_WIDTHS: tuple[int, ...] = (
    14, 40, 10, *(f.width for f in ENTRY_FIELDS if f.first), 9, *(f.width for f in LINE_FIELDS if f.first),
    *(f.width for f in LATER_FIELDS if f.record != "value"))
# the Indicator values sheet's columns
VALUE_HEAD = ("Indicator id", "Period")
VALUE_COLUMNS: tuple[str, ...] = (*VALUE_HEAD, *(f.header for f in VALUE_FIELDS))
VALUE_WIDTHS: tuple[int, ...] = (24, 10, *(f.width for f in VALUE_FIELDS))


def form_columns(record: str) -> tuple[str, ...]:
    """The columns of ``record``'s sheet of the institution's progress form its respondent fills."""
    return tuple(f.form for f in fields_of(record) if f.form)


# the institution's form's columns a respondent fills -> their field
FORM_FIELDS: dict[str, ProgressField] = {f.form: f for f in PROGRESS_FIELDS if f.form}


def form_kind(column: str, *kinds: str) -> bool:
    """The form's column ``column`` is a field of one of ``kinds``."""
    f = FORM_FIELDS.get(column)
    return f is not None and f.kind in kinds


def declared_texts() -> dict[str, str]:
    """The entries of ``domain.texts`` the later fields give, key -> English: each one's label
    (``wb.col.<header>``) and the word a refusal names it by (``cli.what.<name>``); the first
    fields' labels and refusals are worded in entries of their own."""
    out: dict[str, str] = {}
    for f in LATER_FIELDS:
        out[f.label_key] = f.header
        out[f.what_key] = f.what
    return out


# their English is written here only (tools/catalogues.py reads them from there)
_texts.declare(declared_texts())

__all__ = ["ENTRY_FIELDS", "LATER_ENTRY_FIELDS", "LATER_FIELDS", "LINE_FIELDS", "NOTE_MAX", "PROGRESS_COLUMNS",
           "PROGRESS_FIELDS", "PROGRESS_HEAD", "PROGRESS_KINDS", "PROGRESS_WIDTHS", "REASON_MAX", "RECORDS",
           "SOURCE_MAX", "VALUE_COLUMNS", "VALUE_FIELDS", "VALUE_HEAD", "VALUE_WIDTHS", "ProgressField",
           "FORM_FIELDS", "declared_texts", "fields_of", "form_columns", "form_kind"]
