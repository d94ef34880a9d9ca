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
from dataclasses import dataclass, field
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
from ...domain.texts import text as en_line  # the English of a line cli/said.py translates
from . import vocab
from .actionplan_sheet import _amount_format, _blank, _header_ok, _Problems, _text_of
from .cells import mark_overrun, write_header, write_text
from .format import (
    INDICATOR_VALUES,
    INDICATOR_VALUES_COLUMNS,
    PLAN_PROGRESS,
    PLAN_PROGRESS_COLUMNS,
    column_letter,
)

(P_ID, P_TITLE, P_PERIOD, P_STATUS, P_STARTED, P_COMPLETED, P_REASON, P_LINE, P_CURRENCY, P_COMMITTED,
 P_DISBURSED, P_SPENT, P_NOTE) = PLAN_PROGRESS_COLUMNS
_WIDTHS = (14, 40, 10, 13, 12, 12, 40, 9, 10, 18, 18, 18, 30)
_VALUE_WIDTHS = (24, 10, 14, 14, 40)
_ENTRY_COLUMNS = (P_STATUS, P_STARTED, P_COMPLETED, P_REASON)


@dataclass
class ProgressRead:
    """The progress a workbook carries: its entries and indicator values, and the first row of each."""

    entries: list[ActionProgress] = field(default_factory=list)
    values: list[IndicatorValue] = field(default_factory=list)
    rows: dict[tuple[str, str], int] = field(default_factory=dict)   # (action id, period) -> row


def progress_rows(actions: Sequence[Action], entries: Sequence[ActionProgress], lang: str = "en") -> list[tuple[Any, ...]]:
    """The Plan progress sheet's rows, in the plan's order then the period's (amounts as Decimal)."""
    by_id = {a.id: a for a in actions}
    order = {a.id: i for i, a in enumerate(actions)}
    out: list[tuple[Any, ...]] = []
    for e in sorted(entries, key=lambda e: (order.get(e.action_id, len(order)), e.action_id, e.period)):
        a = by_id.get(e.action_id)
        head = (e.action_id, action_title(a, lang) if a else "", e.period,
                vocab.label(vocab.ACTION_STATUS, e.status, lang), e.started or "", e.completed or "", e.reason)
        if not e.lines:
            out.append((*head, "", "", "", "", "", ""))
        for m in e.lines:
            out.append((*head, m.line, m.currency, *("" if x is None else x for x in (m.committed, m.disbursed,
                                                                                        m.spent)), m.note))
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
    for col in (P_DISBURSED, P_SPENT):
        if isinstance(row[7], int):
            mark_overrun(ws.cell(r, PLAN_PROGRESS_COLUMNS.index(col) + 1), notes.get((row[0], row[2], row[7], col)))


def write_progress(ws: Any, actions: Sequence[Action], entries: Sequence[ActionProgress], lang: str = "en") -> None:
    """Fill the worksheet ``ws`` with the plan's progress (header, rows, the status drop-down);
    money above a line's budget, above disbursed or disbursed above committed is filled and carries
    the overrun's sentence as the cell's comment (the workbook reads values only: unchanged)."""
    from openpyxl.worksheet.datavalidation import DataValidation

    write_header(ws, PLAN_PROGRESS_COLUMNS, _WIDTHS)
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
    write_header(ws, INDICATOR_VALUES_COLUMNS, _VALUE_WIDTHS)
    for r, v in enumerate(values, 2):
        for c, x in enumerate((v.indicator_id, v.period, v.value, v.date, v.source), 1):
            cell = write_text(ws, r, c, x)
            cell.number_format = "General" if isinstance(x, Decimal) else "@"
    ws.freeze_panes = "B2"


def _money(v: Any, what: str) -> Decimal | None:
    if _text_of(v).strip() == "":
        return None
    if isinstance(v, bool):
        raise ProgressError(en_line("cli.wb.must_be_number", what=what))
    return parse_value(_text_of(v).strip(), what)


def _line(v: dict[str, Any]) -> LineMoney | None:
    text = _text_of(v[P_LINE]).strip()
    if text == "":
        if any(_text_of(v[c]).strip() for c in (P_COMMITTED, P_DISBURSED, P_SPENT, P_NOTE)):
            raise ProgressError(en_line("cli.wb.give_cost_line"))
        return None
    if not (text.isdecimal() and len(text) <= 9):  # "²" is a digit int() refuses, 5,000 digits too
        raise ProgressError(en_line("cli.wb.cost_line", value=repr(text[:20])))
    return LineMoney(int(text), _text_of(v[P_CURRENCY]).strip().upper(), _money(v[P_COMMITTED], "amount committed"),
                     _money(v[P_DISBURSED], "amount disbursed"), _money(v[P_SPENT], "amount spent"),
                     _text_of(v[P_NOTE]))


def _entry(key: tuple[str, str], entry: ActionProgress, lines: list[LineMoney]) -> ActionProgress:
    """The entry of ``key`` (action, period) with the money rows gathered for it."""
    return ActionProgress(*key, entry.status, entry.started, entry.completed, entry.reason, tuple(lines))


def _at(column: str, row: int) -> str:
    return f"{column_letter(PLAN_PROGRESS_COLUMNS.index(column) + 1)}{row}"


def _gather(rows: list[list[Any]], actions: Sequence[Action], problems: _Problems, lang: str
            ) -> tuple[dict[tuple[str, str], tuple[ActionProgress, list[LineMoney]]], dict[tuple[str, str], int]]:
    """The sheet's rows grouped by (action, period), each entry's fields agreeing on all its rows."""
    from ...domain.plan.progress import normalise_period

    known = {a.id for a in actions}
    n = len(PLAN_PROGRESS_COLUMNS)
    groups: dict[tuple[str, str], tuple[ActionProgress, list[LineMoney]]] = {}
    first: dict[tuple[str, str], int] = {}
    for r, row in enumerate(rows[1:], 2):
        cells = (list(row) + [""] * n)[:n]
        if _blank(cells) and _blank(row[n:]):
            continue
        v = dict(zip(PLAN_PROGRESS_COLUMNS, cells, strict=True))
        aid = _text_of(v[P_ID]).strip()
        if aid not in known:
            problems.add(PLAN_PROGRESS, _at(P_ID, r), f"no action with the id {aid[:40]!r} in the Action plan sheet"
                         if aid else "give the id of the action (from the Action plan sheet)")
            continue
        try:
            period = normalise_period(_text_of(v[P_PERIOD]))
            status = vocab.code_of(vocab.ACTION_STATUS, _text_of(v[P_STATUS]), lang) or ""
        except (ProgressError, ValueError) as exc:
            problems.add(PLAN_PROGRESS, _at(P_PERIOD if "period" in str(exc) else P_STATUS, r), str(exc))
            continue
        entry = ActionProgress(aid, period, status, _text_of(v[P_STARTED]).strip() or None,
                               _text_of(v[P_COMPLETED]).strip() or None, _text_of(v[P_REASON]))
        try:
            line = _line(v)
        except ProgressError as exc:
            problems.add(PLAN_PROGRESS, _at(P_LINE, r), str(exc))
            continue
        key = (aid, period)
        if key in groups and groups[key][0] != entry:
            problems.add(PLAN_PROGRESS, _at(P_STATUS, r), f"the status, dates and reason differ from row {first[key]}, "
                         f"of the same action and period {period}: an entry has one of each")
            continue
        groups.setdefault(key, (entry, []))
        first.setdefault(key, r)
        if line is not None:
            groups[key][1].append(line)
    return groups, first


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
    number = {a.id: (i, a) for i, a in enumerate(actions, 1)}
    lang = vocab.workbook_language(wb)
    if PLAN_PROGRESS in wb.sheet_names and not problems.unreadable_cells(wb, PLAN_PROGRESS):
        rows = wb.rows(PLAN_PROGRESS)
        if _header_ok(rows, PLAN_PROGRESS_COLUMNS, PLAN_PROGRESS, problems) is not None:
            groups, first = _gather(rows, actions, problems, lang)
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
                    problems.add(PLAN_PROGRESS, _at(P_STATUS, first[key]), str(exc))
                    continue
                read.entries.append(checked)
                read.rows[key] = first[key]
    if INDICATOR_VALUES in wb.sheet_names and not problems.unreadable_cells(wb, INDICATOR_VALUES):
        _read_values(wb.rows(INDICATOR_VALUES), read, problems, first_year, day, chain, plan_years(actions))
    return (None if problems else read), list(problems)


def _read_values(rows: list[list[Any]], read: ProgressRead, problems: _Problems, first_year: int | None,
                 day: _dt.date, chain: ResultsChain | None, years: tuple[int, int] | None) -> None:
    if _header_ok(rows, INDICATOR_VALUES_COLUMNS, INDICATOR_VALUES, problems) is None:
        return
    n = len(INDICATOR_VALUES_COLUMNS)
    seen: dict[tuple[str, str], int] = {}
    for r, row in enumerate(rows[1:], 2):
        cells = (list(row) + [""] * n)[:n]
        if _blank(cells):
            continue
        ident, period, value, date, source = (_text_of(c) for c in cells)
        try:
            v = check_indicator_value(IndicatorValue(ident, period, parse_value(value.strip(), "value"),
                                                     date.strip(), source), first_year=first_year, today=day,
                                      chain=chain, years=years)
        except ProgressError as exc:
            problems.add(INDICATOR_VALUES, f"A{r}", str(exc))
            continue
        key = (v.indicator_id, v.period)
        if key in seen:
            problems.add(INDICATOR_VALUES, f"B{r}", f"indicator {v.indicator_id} has a value for {v.period} on row "
                         f"{seen[key]} already")
            continue
        seen[key] = r
        read.values.append(v)


__all__ = ["ProgressRead", "progress_rows", "read_progress", "write_indicator_values", "write_progress"]
