"""The exchange workbook's progress sheets: the plan followed after its funding.

* "Plan progress": one row per action, reporting period and cost line, the entry's status, dates
  and reason on each of its rows (an entry without money: one row, its Cost line empty); the money
  committed, disbursed and spent as number cells holding the exact decimal, read back through
  their shortest spelling;
* "Indicator values": one row per indicator (its id in the results chain) and period: the value,
  when it was measured, its source.

Every text cell is written through ``cells.write_text`` (escaped, never a formula). Reading checks
each entry with the domain (``domain.plan.progress.check_progress``: the period not before the
plan nor after today, the action's cost lines and their currency, spending above disbursement
to date (the sheet's periods up to the row's, added up) only with a note), against the plan the workbook carries, and names every problem as (sheet, cell,
reason). A workbook without the sheets (written before they existed) leaves the progress in the
database as it is (:func:`read_progress` gives None).
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from ...catalog.recommendations import action_title
from ...domain.plan.actions import Action
from ...domain.plan.results import ResultsChain, plan_years
from ...domain.plan.progress import (
    ActionProgress,
    IndicatorValue,
    LineMoney,
    ProgressError,
    check_indicator_value,
    check_progress,
    action_overruns,
    overlapping,
    parse_value,
    plan_first_year,
)
from ...domain.plan.overrun import flagged_money, overrun_text
from ...domain.plan.progress_fields import (
    ENTRY_FIELDS,
    LATER_FIELDS,
    LINE_FIELDS,
    PROGRESS_HEAD,
    PROGRESS_WIDTHS,
    VALUE_FIELDS,
    VALUE_HEAD,
    VALUE_WIDTHS,
    ProgressField,
)
from ...domain.texts import text as en_line  # the English of a line cli/said.py translates
from . import vocab
from .actionplan_sheet import _amount_format, _blank, _Problems, _text_of
from .cells import find_columns, mark_overrun, write_header, write_text
from .format import (
    INDICATOR_VALUES,
    INDICATOR_VALUES_COLUMNS,
    PLAN_PROGRESS,
    PLAN_PROGRESS_COLUMNS,
    column_letter,
)

# the columns the code names (the action, the period, the cost line's number, the cells flagged or
# pointed at); the entry's and the line's fields are read from their declaration
P_ID, P_TITLE, P_PERIOD = PROGRESS_HEAD
P_LINE = "Cost line"
P_STATUS, P_DISBURSED, P_SPENT = (next(f.header for f in (*ENTRY_FIELDS, *LINE_FIELDS) if f.name == name)
                                  for name in ("status", "disbursed", "spent"))
V_ID, V_PERIOD = VALUE_HEAD
# the columns every Plan progress sheet has had (a later field's column may be missing)
_FIRST = tuple(c for c in PLAN_PROGRESS_COLUMNS if c not in {f.header for f in LATER_FIELDS})
_LATER_ENTRY = tuple(f for f in LATER_FIELDS if f.record == "entry")


@dataclass
class ProgressRead:
    """The progress a workbook carries: its entries and indicator values, and the first row of each;
    ``unread``: the fields declared later whose column the workbook does not have (sent before
    them), which an import leaves as they are here (:meth:`kept`)."""

    entries: list[ActionProgress] = field(default_factory=list)
    values: list[IndicatorValue] = field(default_factory=list)
    rows: dict[tuple[str, str], int] = field(default_factory=dict)   # (action id, period) -> row
    unread: tuple[str, ...] = ()

    def kept(self, entry: ActionProgress, here: ActionProgress | None) -> ActionProgress:
        """``entry`` with the fields the workbook does not carry as ``here`` (the entry recorded)
        has them."""
        if here is None or not self.unread:
            return entry
        return replace(entry, **{name: getattr(here, name) for name in self.unread})


def _cell(f: ProgressField, value: Any, lang: str) -> Any:
    """A declared field's value as its cell holds it."""
    if f.kind == "status":
        return vocab.label(vocab.ACTION_STATUS, value, lang)
    return "" if value is None else value


def progress_rows(actions: Sequence[Action], entries: Sequence[ActionProgress], lang: str = "en") -> list[tuple[Any, ...]]:
    """The Plan progress sheet's rows, in the plan's order then the period's (amounts as Decimal)."""
    by_id = {a.id: a for a in actions}
    order = {a.id: i for i, a in enumerate(actions)}
    out: list[tuple[Any, ...]] = []
    for e in sorted(entries, key=lambda e: (order.get(e.action_id, len(order)), e.action_id, e.period)):
        a = by_id.get(e.action_id)
        head = (e.action_id, action_title(a, lang) if a else "", e.period,
                *(_cell(f, getattr(e, f.name), lang) for f in ENTRY_FIELDS if f.first))
        later = tuple(_cell(f, getattr(e, f.name), lang) for f in _LATER_ENTRY)
        if not e.lines:
            out.append((*head, "", *("" for f in LINE_FIELDS if f.first), *later))
        for m in e.lines:
            out.append((*head, m.line, *(_cell(f, getattr(m, f.name), lang) for f in LINE_FIELDS if f.first), *later))
    return out


def overrun_notes(actions: Sequence[Action], entries: Sequence[ActionProgress], lang: str = "en"
                  ) -> dict[tuple[str, str, int, str], list[str]]:
    """The overruns to date of each row of the Plan progress sheet, said in ``lang`` by the one
    rule (``domain.plan.overrun``): (action id, period, cost line, the money column flagged) -> the
    sentences. Disbursed above the budget or above committed flags the Disbursed cell, spent above
    the budget or above disbursed the Spent cell."""
    number = {a.id: i for i, a in enumerate(actions, 1)}
    out: dict[tuple[str, str, int, str], list[str]] = {}
    for a in actions:
        mine = [e for e in entries if e.action_id == a.id]
        for e in mine:
            if not e.lines:
                continue
            lines = {m.line for m in e.lines}
            for o in action_overruns(a, mine, until=e.period):
                if o.line in lines:
                    col = P_DISBURSED if flagged_money(o.kind) == "disbursed" else P_SPENT
                    out.setdefault((a.id, e.period, o.line, col), []).append(overrun_text(o, number[a.id], lang))
    return out


def _flag(ws: Any, r: int, row: tuple[Any, ...], notes: dict[tuple[str, str, int, str], list[str]]) -> None:
    """Mark the row's money cells above what they should be (``cells.mark_overrun``)."""
    line = row[PLAN_PROGRESS_COLUMNS.index(P_LINE)]
    for col in (P_DISBURSED, P_SPENT):
        if isinstance(line, int):
            mark_overrun(ws.cell(r, PLAN_PROGRESS_COLUMNS.index(col) + 1), notes.get((row[0], row[2], line, col)))


def write_progress(ws: Any, actions: Sequence[Action], entries: Sequence[ActionProgress], lang: str = "en") -> None:
    """Fill the worksheet ``ws`` with the plan's progress (header, rows, the status drop-down);
    money above a line's budget, above disbursed or disbursed above committed is filled and carries
    the overrun's sentence as the cell's comment (the workbook reads values only: unchanged)."""
    from openpyxl.worksheet.datavalidation import DataValidation

    write_header(ws, PLAN_PROGRESS_COLUMNS, PROGRESS_WIDTHS)
    rows = progress_rows(actions, entries, lang)
    notes = overrun_notes(actions, entries, lang)
    for r, row in enumerate(rows, 2):
        for c, v in enumerate(row, 1):
            cell = write_text(ws, r, c, v)
            cell.number_format = _amount_format(v) if isinstance(v, Decimal) else ("0" if isinstance(v, int) else "@")
        _flag(ws, r, row, notes)
    col = column_letter(PLAN_PROGRESS_COLUMNS.index(P_STATUS) + 1)
    status = DataValidation(type="list", formula1='"' + ",".join(vocab.labels(vocab.ACTION_STATUS, lang)) + '"',
                            allow_blank=True)
    status.add(f"{col}2:{col}{max(len(rows) + 1, 500)}")
    ws.add_data_validation(status)
    ws.freeze_panes = "D2"


def write_indicator_values(ws: Any, values: Sequence[IndicatorValue]) -> None:
    write_header(ws, INDICATOR_VALUES_COLUMNS, VALUE_WIDTHS)
    for r, v in enumerate(values, 2):
        for c, x in enumerate((v.indicator_id, v.period, *(getattr(v, f.name) for f in VALUE_FIELDS)), 1):
            cell = write_text(ws, r, c, x)
            cell.number_format = "General" if isinstance(x, Decimal) else "@"
    ws.freeze_panes = "B2"


def _money(v: Any, what: str) -> Decimal | None:
    if _text_of(v).strip() == "":
        return None
    if isinstance(v, bool):
        raise ProgressError(en_line("cli.wb.must_be_number", what=what))
    return parse_value(_text_of(v).strip(), what)


def _read(f: ProgressField, v: Any, lang: str) -> Any:
    """A declared field of an entry or a line from its cell (a later field's column missing: "")."""
    if f.kind == "status":
        return vocab.code_of(vocab.ACTION_STATUS, _text_of(v), lang) or ""
    if f.kind == "date":
        return _text_of(v).strip() or None
    if f.kind == "currency":
        return _text_of(v).strip().upper()
    if f.kind == "amount":
        return _money(v, f.what)
    return _text_of(v)


def _line(v: dict[str, Any]) -> LineMoney | None:
    text = _text_of(v[P_LINE]).strip()
    if text == "":
        if any(_text_of(v[f.header]).strip() for f in LINE_FIELDS if f.first and f.kind != "currency"):
            raise ProgressError(en_line("cli.wb.give_cost_line"))
        return None
    if not (text.isdecimal() and len(text) <= 9):  # "²" is a digit int() refuses, 5,000 digits too
        raise ProgressError(en_line("cli.wb.cost_line", value=repr(text[:20])))
    return LineMoney(int(text), **{f.name: _read(f, v[f.header], "en") for f in LINE_FIELDS if f.first})


def _entry(key: tuple[str, str], entry: ActionProgress, lines: list[LineMoney]) -> ActionProgress:
    """The entry of ``key`` (action, period) with the money rows gathered for it."""
    return replace(entry, action_id=key[0], period=key[1], lines=tuple(lines))


def _at(places: dict[str, int], column: str, row: int) -> str:
    """The cell of ``column`` (its place in the sheet read) on ``row``."""
    return f"{column_letter(places.get(column, PLAN_PROGRESS_COLUMNS.index(column) + 1))}{row}"


Groups = dict[tuple[str, str], tuple[ActionProgress, list[LineMoney]]]


def _gather(rows: list[list[Any]], places: dict[str, int], actions: Sequence[Action], problems: _Problems,
            lang: str) -> tuple[Groups, dict[tuple[str, str], int]]:
    """The sheet's rows grouped by (action, period), each entry's fields agreeing on all its rows
    (``places``: each column's place, found by its header)."""
    from ...domain.plan.progress import normalise_period

    known = {a.id for a in actions}
    groups: Groups = {}
    first: dict[tuple[str, str], int] = {}
    for r, row in enumerate(rows[1:], 2):
        if _blank(row):
            continue
        v = {c: row[i - 1] if i <= len(row) else "" for c, i in places.items()}
        v.update({f.header: "" for f in _LATER_ENTRY if f.header not in places})
        aid = _text_of(v[P_ID]).strip()
        if aid not in known:
            problems.add(PLAN_PROGRESS, _at(places, P_ID, r), f"no action with the id {aid[:40]!r} in the Action "
                         "plan sheet" if aid else "give the id of the action (from the Action plan sheet)")
            continue
        try:
            period = normalise_period(_text_of(v[P_PERIOD]))
            entry = ActionProgress(aid, period, **{f.name: _read(f, v[f.header], lang) for f in ENTRY_FIELDS})
        except (ProgressError, ValueError) as exc:
            problems.add(PLAN_PROGRESS, _at(places, P_PERIOD if "period" in str(exc) else P_STATUS, r), str(exc))
            continue
        try:
            line = _line(v)
        except ProgressError as exc:
            problems.add(PLAN_PROGRESS, _at(places, P_LINE, r), str(exc))
            continue
        key = (aid, period)
        if key in groups and groups[key][0] != entry:
            problems.add(PLAN_PROGRESS, _at(places, P_STATUS, r), f"the status, dates and reason differ from row "
                         f"{first[key]}, of the same action and period {period}: an entry has one of each")
            continue
        groups.setdefault(key, (entry, []))
        first.setdefault(key, r)
        if line is not None:
            groups[key][1].append(line)
    return groups, first


def _problem_cell(places: dict[str, int], exc: ProgressError, row: int) -> str:
    """The cell a refusal of an entry points at: a later field's own, else the status."""
    named = next((f.header for f in _LATER_ENTRY if f.name == exc.field and f.header in places), P_STATUS)
    return _at(places, named, row)


def read_progress(wb: Any, actions: Sequence[Action], today: _dt.date | None = None,
                  chain: ResultsChain | None = None) -> tuple[ProgressRead | None, list[tuple[str, str, str]]]:
    """The progress in the workbook ``wb`` (``exchange.outside.reader`` workbook) checked against
    ``actions`` (the plan the workbook carries) and ``chain`` (its results chain: a value only for
    one of its indicators; None: the chain is not in the workbook, the import checks the values
    against the chain here), and every problem as (sheet, cell, reason). None when the workbook
    has neither sheet (the progress here is then kept)."""
    if PLAN_PROGRESS not in wb.sheet_names and INDICATOR_VALUES not in wb.sheet_names:
        return None, []
    problems = _Problems()
    read = ProgressRead()
    day = today or _dt.date.today()
    first_year = plan_first_year(actions)
    lang = vocab.workbook_language(wb)
    if PLAN_PROGRESS in wb.sheet_names and not problems.unreadable_cells(wb, PLAN_PROGRESS):
        rows = wb.rows(PLAN_PROGRESS)
        places = find_columns(rows, problems.add, PLAN_PROGRESS, PLAN_PROGRESS_COLUMNS, _FIRST, lang)
        if places is not None:
            read.unread = tuple(f.name for f in _LATER_ENTRY if f.header not in places)
            _check_entries(read, *_gather(rows, places, actions, problems, lang), places, actions, problems,
                           first_year, day)
    if INDICATOR_VALUES in wb.sheet_names and not problems.unreadable_cells(wb, INDICATOR_VALUES):
        _read_values(wb.rows(INDICATOR_VALUES), read, problems, first_year, day, chain, plan_years(actions), lang)
    return (None if problems else read), list(problems)


def _check_entries(read: ProgressRead, groups: Groups, first: dict[tuple[str, str], int], places: dict[str, int],
                   actions: Sequence[Action], problems: _Problems, first_year: int | None, day: _dt.date) -> None:
    """Each entry gathered checked with the domain, read into ``read`` or its problem told."""
    number = {a.id: (i, a) for i, a in enumerate(actions, 1)}
    for key, (entry, lines) in groups.items():
        n, action = number[key[0]]
        try:
            checked = check_progress(_entry(key, entry, lines), action, n, first_year=first_year, today=day,
                                     earlier=[_entry(k, e, ls) for k, (e, ls) in groups.items()
                                              if k[0] == key[0] and k != key])
            clash = overlapping(read.entries, checked)
            if clash is not None:
                raise ProgressError(f"action {n} has rows for {clash.period} and {checked.period}, which "
                                    "overlap: report a year or its half-years, not both")
        except ProgressError as exc:
            problems.add(PLAN_PROGRESS, _problem_cell(places, exc, first[key]), str(exc))
            continue
        read.entries.append(checked)
        read.rows[key] = first[key]


def _read_values(rows: list[list[Any]], read: ProgressRead, problems: _Problems, first_year: int | None,
                 day: _dt.date, chain: ResultsChain | None, years: tuple[int, int] | None, lang: str = "en") -> None:
    places = find_columns(rows, problems.add, INDICATOR_VALUES, INDICATOR_VALUES_COLUMNS, INDICATOR_VALUES_COLUMNS,
                          lang)
    if places is None:
        return
    seen: dict[tuple[str, str], int] = {}
    for r, row in enumerate(rows[1:], 2):
        if _blank(row):
            continue
        cell = {c: _text_of(row[i - 1]) if i <= len(row) else "" for c, i in places.items()}
        ident, period, value, date, source = (cell[c] for c in (V_ID, V_PERIOD, *(f.header for f in VALUE_FIELDS)))
        try:
            v = check_indicator_value(IndicatorValue(ident, period, parse_value(value.strip(), "value"),
                                                     date.strip(), source), first_year=first_year, today=day,
                                      chain=chain, years=years)
        except ProgressError as exc:
            problems.add(INDICATOR_VALUES, f"{column_letter(places[V_ID])}{r}", str(exc))
            continue
        key = (v.indicator_id, v.period)
        if key in seen:
            problems.add(INDICATOR_VALUES, f"{column_letter(places[V_PERIOD])}{r}", f"indicator {v.indicator_id} "
                         f"has a value for {v.period} on row {seen[key]} already")
            continue
        seen[key] = r
        read.values.append(v)


__all__ = ["ProgressRead", "progress_rows", "read_progress", "write_indicator_values", "write_progress"]
