"""An indicator's and an outcome's fields, each declared once (pure, and light: the store reads it
for its columns).

The results chain's records (:class:`.results.Indicator`, :class:`.results.Outcome`) have an id,
a level and a parent, and then the fields declared here in :data:`RESULT_FIELDS`, one
:class:`ResultField` each. Every part of the application that handles these fields reads the
declaration instead of naming them: the store's columns (``storage.results``; the column itself is
added by an explicit schema step), the checks and clean-up of :func:`.results.validate_chain`, the
chain's plain data (its history rows, ``actions results --json``), the command line's options of
``actions indicator add|edit`` and ``actions outcome add|edit`` and the lines of ``actions
results``, the exchange workbook's Results sheet (its columns, found by their header in any
language and any order, their widths, what a refusal points at; a later field's column missing from
an older workbook leaves the field as it is), the differences since the government's validation
(``validation.results_changes``), the window's results chain dialog (its columns), the report's
logframe (a later field of an indicator printed after its targets) and the partner's workbook's
logframe (a column each). A field's label in each language is
its Results column's label (``wb.col.<header>``, a sentence of ``domain/texts.py`` translated in
each catalogue): an outcome's name and an indicator's share the "Result" column, as the overall
objective does.

Adding a field to an indicator (or an outcome): an attribute of :class:`.results.Indicator` with
its default (the "not set" value: ``""``), an entry at the end of :data:`RESULT_FIELDS` (its
English label and refusal's word written there only: :func:`declared_texts`; the translator adds
them to each catalogue), a schema step adding the column to ``result_indicators`` (or ``result_outcomes``), the
fixture database of the new schema version and the column's row in docs/workbook-format.md.
docs/development.md ("A field of an indicator or an outcome") walks through it.
"""
from __future__ import annotations

from dataclasses import dataclass

from .. import texts as _texts

NAME_MAX = 500              # an objective's, an outcome's or an indicator's name
RESULTS_TEXT_MAX = 1_000    # means of verification, assumptions
UNIT_MAX = 40

# the records of the results chain that declare their fields here
RECORDS = ("indicator", "outcome")
# the kinds of a field: "name" (one line, required), "line" (one line), "text" (several lines), "value"
# (a decimal number, Decimal, or None), "year" (an int, or None), "targets" (the yearly targets,
# ``2027=40; 2028=55``, kept in a table of their own)
RESULT_KINDS = ("name", "line", "text", "value", "year", "targets")


class Declared:
    """What every declared field (an action's text, a cost line's, an indicator's, an outcome's or
    a progress entry's field) says the same way: the key of its label in every catalogue (its
    workbook column's label) and of the word a refusal names it by, said again in the user's
    language."""

    name: str
    header: str

    @property
    def label_key(self) -> str:
        return f"wb.col.{self.header}"

    @property
    def what_key(self) -> str:
        return f"cli.what.{self.name}"


@dataclass(frozen=True)
class ResultField(Declared):
    """One field of an indicator or an outcome, declared once.

    ``record``: "indicator" or "outcome". ``name``: the record's attribute, its column in
    ``result_indicators`` or ``result_outcomes`` and its key in the chain's plain data (history
    rows, ``actions results --json``). ``kind``: one of :data:`RESULT_KINDS`. ``header``: the
    Results sheet's column (its label ``wb.col.<header>`` in each language); ``width`` that
    column's width. ``what``: the field as an English refusal names it (a new field's
    ``cli.what.<name>``). ``limit``: a text's length. ``help``: the command line option's help
    (``edit_help`` that of ``edit`` when it says it otherwise). ``validated``: a change after the
    government's validation counts as a change of the plan (listed with the values approved and
    now: ``validation.results_changes``), named ``part`` (the refusal's word ``what`` when ""). ``first``: one of the fields the record had before they were declared: always
    written in the plain data, its column required in the Results sheet, worded by hand in
    ``actions results``; a field declared later is written only when set (a chain without it keeps
    its history as before), its column may be missing from a workbook sent before it (the field is
    then left as it is), and ``actions results`` says it as "what: value"."""

    record: str
    name: str
    kind: str
    header: str
    what: str
    width: int
    limit: int = RESULTS_TEXT_MAX
    help: str = ""
    edit_help: str = ""
    validated: bool = True
    part: str = ""
    first: bool = False

    @property
    def option(self) -> str:
        """The command line's option ("--baseline-year"; the targets: "--target", repeatable)."""
        return "--target" if self.kind == "targets" else "--" + self.name.replace("_", "-")

    @property
    def stored(self) -> bool:
        """A column of the record's own table (the targets have a table of their own)."""
        return self.kind != "targets"

    @property
    def one_line(self) -> bool:
        """Kept on one line: runs of white space folded, a line break refused."""
        return self.kind in ("name", "line")

    @property
    def is_text(self) -> bool:
        return self.kind in ("name", "line", "text")

    @property
    def named(self) -> str:
        """The words a change of it after the validation is named with ("data source URL")."""
        return self.part or self.what


def _first(record: str, name: str, kind: str, header: str, what: str, width: int, **more: object) -> ResultField:
    """One of the fields the records had before they were declared."""
    return ResultField(record, name, kind, header, what, width, first=True, **more)  # type: ignore[arg-type]


# In the order of the Results sheet's columns (after Level, Id and Of), of the command line's
# options and of the plain data. A new field goes at the end: the columns of a workbook already
# sent keep their place.
RESULT_FIELDS: tuple[ResultField, ...] = (
    _first("indicator", "name", "name", "Result", "indicator's name", 60, limit=NAME_MAX, part="name",
           help="What is measured (one line), e.g. \"Days from census day to first results\"."),
    _first("indicator", "unit", "line", "Unit", "indicator's unit", 10, limit=UNIT_MAX, part="unit",
           help="Its unit: %, days, number ..."),
    _first("indicator", "baseline", "value", "Baseline", "baseline", 12,
           help="Its value now: a decimal number such as 12.5 (\"\" clears)."),
    _first("indicator", "baseline_year", "year", "Baseline year", "baseline year", 10,
           help="The year of the baseline (\"\" clears)."),
    _first("indicator", "targets", "targets", "Targets", "targets", 28,
           help="A target YEAR=VALUE, repeatable, e.g. --target 2027=40 --target 2028=60 "
                "(replaces the targets; each year within the plan's years)."),
    _first("indicator", "verification", "text", "Means of verification", "means of verification", 40,
           help="Means of verification: where the value will be read."),
    _first("outcome", "name", "name", "Result", "outcome's name", 60, limit=NAME_MAX, part="name",
           help="The outcome: the change the programme brings about (one line).",
           edit_help="The outcome's new wording."),
    _first("outcome", "assumptions", "text", "Assumptions", "outcome's assumptions", 40, part="assumptions",
           help="What must hold for the outputs to bring it about.", edit_help="Its assumptions (\"\" clears)."),
)
INDICATOR_FIELDS: tuple[ResultField, ...] = tuple(f for f in RESULT_FIELDS if f.record == "indicator")
OUTCOME_FIELDS: tuple[ResultField, ...] = tuple(f for f in RESULT_FIELDS if f.record == "outcome")
# the fields declared after the first ones (said as "what: value", written only when set)
LATER_FIELDS: tuple[ResultField, ...] = tuple(f for f in RESULT_FIELDS if not f.first)
# the Results sheet's columns after Level, Id and Of: each header once, in the declared order
RESULT_HEADERS: tuple[str, ...] = tuple(dict.fromkeys(f.header for f in RESULT_FIELDS))


def fields_of(record: str) -> tuple[ResultField, ...]:
    """The fields ``record`` ("indicator" or "outcome") declares, in their order."""
    return INDICATOR_FIELDS if record == "indicator" else OUTCOME_FIELDS


def stored_names(record: str) -> tuple[str, ...]:
    """The columns of ``record``'s table that hold its declared fields."""
    return tuple(f.name for f in fields_of(record) if f.stored)


def declared_texts() -> dict[str, str]:
    """The entries of ``domain.texts`` the later fields give, key -> English: each one's label
    (``wb.col.<header>``) and the word a refusal names it by (``cli.what.<name>``), as an action's
    and a progress entry's later fields give theirs; the first fields' are worded in entries of
    their own."""
    return {k: v for f in LATER_FIELDS for k, v in ((f.label_key, f.header), (f.what_key, f.what))}


# their English is written here only (tools/catalogues.py reads them from there)
_texts.declare(declared_texts())

__all__ = ["INDICATOR_FIELDS", "LATER_FIELDS", "NAME_MAX", "OUTCOME_FIELDS", "RECORDS", "RESULTS_TEXT_MAX",
           "RESULT_FIELDS", "RESULT_HEADERS", "RESULT_KINDS", "UNIT_MAX", "ResultField", "declared_texts", "fields_of",
           "stored_names"]
