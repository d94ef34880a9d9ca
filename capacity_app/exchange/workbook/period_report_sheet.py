"""The exchange workbook's sheets of the planning unit's own words in the implementation report
(``domain.plan.period_report``):

* "Period reports": per reporting period, the summary on a row whose Decision is empty, then each
  decision asked of the minister on a row of its own, numbered from 1 in its order;
* "Corrective measures": per action and period, the measure, who takes it and by when (the
  action's title shown, not read back). Only the measures of the plan's actions are written.

Every text cell goes through ``cells.write_text`` (escaped, never a formula). Reading checks each
period and entry as the services do (``domain.plan.period_report``; the period not before the plan
nor begun after today, inside the plan's years; the action in the plan the workbook carries) and
names every problem as (sheet, cell, reason). A workbook without both sheets (written before they
existed) leaves what the database holds as it is (:func:`read_period_words` gives None).
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ...catalog.recommendations import action_title
from ...domain.plan.actions import Action
from ...domain.plan.period_report import Measure, PeriodReport, check_measure, check_period_report
from ...domain.plan.progress import ProgressError, check_period, plan_first_year
from ...domain.plan.results import plan_years
from ...domain.texts import text as en_line  # the English of a line cli/said.py translates
from .actionplan_sheet import _blank, _header_ok, _Problems, _text_of
from .cells import write_header, write_text
from .format import CORRECTIVE_MEASURES, CORRECTIVE_MEASURES_COLUMNS, PERIOD_REPORTS, PERIOD_REPORTS_COLUMNS
from .vocab import workbook_language

_REPORT_WIDTHS = (10, 10, 100)
_MEASURE_WIDTHS = (14, 40, 10, 60, 30, 12)


@dataclass
class PeriodWordsRead:
    """What a workbook carries of the planning unit's words: the reports by period, the measures."""

    reports: list[PeriodReport] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)


def report_rows(reports: Sequence[PeriodReport]) -> list[tuple[Any, ...]]:
    """The Period reports sheet's rows: per period its summary (Decision empty), then its decisions."""
    out: list[tuple[Any, ...]] = []
    for r in sorted(reports, key=lambda r: r.period):
        if r.summary:
            out.append((r.period, "", r.summary))
        out.extend((r.period, n, d) for n, d in enumerate(r.decisions, 1))
    return out


def measure_rows(actions: Sequence[Action], measures: Sequence[Measure], lang: str = "en") -> list[tuple[Any, ...]]:
    """The Corrective measures sheet's rows, in the plan's order then the period's."""
    order = {a.id: i for i, a in enumerate(actions)}
    by_id = {a.id: a for a in actions}
    return [(m.action_id, action_title(by_id[m.action_id], lang), m.period, m.text, m.who, m.by or "")
            for m in sorted(measures, key=lambda m: (order.get(m.action_id, 0), m.period)) if m.action_id in by_id]


def write_period_reports(ws: Any, reports: Sequence[PeriodReport]) -> None:
    write_header(ws, PERIOD_REPORTS_COLUMNS, _REPORT_WIDTHS)
    for r, row in enumerate(report_rows(reports), 2):
        for c, v in enumerate(row, 1):
            write_text(ws, r, c, v).number_format = "0" if isinstance(v, int) else "@"
    ws.freeze_panes = "C2"


def write_measures(ws: Any, actions: Sequence[Action], measures: Sequence[Measure], lang: str = "en") -> None:
    write_header(ws, CORRECTIVE_MEASURES_COLUMNS, _MEASURE_WIDTHS)
    for r, row in enumerate(measure_rows(actions, measures, lang), 2):
        for c, v in enumerate(row, 1):
            write_text(ws, r, c, v).number_format = "@"
    ws.freeze_panes = "D2"


class _Periods:
    """The check of a period as the services make it, against the plan the workbook carries."""

    def __init__(self, actions: Sequence[Action], today: _dt.date) -> None:
        self.first, self.years, self.today = plan_first_year(actions), plan_years(actions), today

    def __call__(self, text: str) -> str:
        p = check_period(text, first_year=self.first, today=self.today)
        if self.years is not None and not self.years[0] <= int(p[:4]) <= self.years[1]:
            raise ProgressError(f"the period {p} is outside the plan's years ({self.years[0]}–{self.years[1]})")
        return p


def _decision_number(v: Any) -> int | None:
    """The Decision cell: None for the summary's row, else the decision's number from 1."""
    s = _text_of(v).strip()
    if s == "":
        return None
    if s.endswith(".0"):
        s = s[:-2]
    if not s.isdecimal() or len(s) > 4 or not 1 <= int(s) <= 1000:  # "²" is a digit int() refuses
        raise ProgressError(en_line("cli.wb.decision_number", value=repr(s[:20])))
    return int(s)


def _gather_reports(rows: list[list[Any]], periods: _Periods, problems: _Problems
                    ) -> dict[str, tuple[str | None, dict[int, str], int]]:
    """Per period: its summary (None: no row), its decisions by number, its first row."""
    got: dict[str, tuple[str | None, dict[int, str], int]] = {}
    for r, row in enumerate(rows[1:], 2):
        cells = (list(row) + ["", "", ""])[:3]
        if _blank(cells):
            continue
        try:
            period = periods(_text_of(cells[0]))
        except ProgressError as exc:
            problems.add(PERIOD_REPORTS, f"A{r}", str(exc))
            continue
        try:
            n = _decision_number(cells[1])
        except ProgressError as exc:
            problems.add(PERIOD_REPORTS, f"B{r}", str(exc))
            continue
        summary, decisions, first = got.setdefault(period, (None, {}, r))
        body = _text_of(cells[2])
        if (n is None and summary is not None) or (n is not None and n in decisions):
            problems.add(PERIOD_REPORTS, f"B{r}", f"{period} has this row already (row {first} and after): "
                                                  "a summary and each decision once")
            continue
        if n is None:
            got[period] = (body, decisions, first)
        else:
            decisions[n] = body
    return got


def _read_reports(rows: list[list[Any]], read: PeriodWordsRead, periods: _Periods, problems: _Problems,
                  lang: str = "en") -> None:
    if _header_ok(rows, PERIOD_REPORTS_COLUMNS, PERIOD_REPORTS, problems, lang=lang) is None:
        return
    for period, (summary, decisions, first) in _gather_reports(rows, periods, problems).items():
        numbers = sorted(decisions)
        if numbers != list(range(1, len(numbers) + 1)):
            problems.add(PERIOD_REPORTS, f"B{first}", f"the decisions of {period} are numbered "
                         f"{', '.join(map(str, numbers))}: number them 1, 2 … in their order")
            continue
        try:
            report = check_period_report(PeriodReport(period, summary or "", tuple(decisions[n] for n in numbers)))
        except ProgressError as exc:
            problems.add(PERIOD_REPORTS, f"{'C' if exc.field == 'summary' else 'B'}{first}", str(exc))
            continue
        if not report.empty:
            read.reports.append(report)


def _read_measures(rows: list[list[Any]], actions: Sequence[Action], read: PeriodWordsRead, periods: _Periods,
                   problems: _Problems, lang: str = "en") -> None:
    if _header_ok(rows, CORRECTIVE_MEASURES_COLUMNS, CORRECTIVE_MEASURES, problems, lang=lang) is None:
        return
    number = {a.id: i for i, a in enumerate(actions, 1)}
    seen: dict[tuple[str, str], int] = {}
    for r, row in enumerate(rows[1:], 2):
        cells = (list(row) + [""] * 6)[:6]
        if _blank(cells):
            continue
        aid, _title, period, body, who, by = (_text_of(c) for c in cells)
        aid = aid.strip()
        if aid not in number:
            problems.add(CORRECTIVE_MEASURES, f"A{r}", f"no action with the id {aid[:40]!r} in the Action plan sheet"
                         if aid else "give the id of the action (from the Action plan sheet)")
            continue
        try:
            p = periods(period)
        except ProgressError as exc:
            problems.add(CORRECTIVE_MEASURES, f"C{r}", str(exc))
            continue
        try:
            m = check_measure(Measure(aid, p, body, who, by.strip() or None), number[aid], years=periods.years)
        except ProgressError as exc:
            column = {"who": "E", "by": "F"}.get(exc.field, "D")
            problems.add(CORRECTIVE_MEASURES, f"{column}{r}", str(exc))
            continue
        if (aid, p) in seen:
            problems.add(CORRECTIVE_MEASURES, f"C{r}", f"action {number[aid]} has a measure for {p} on row "
                                                       f"{seen[(aid, p)]} already")
            continue
        seen[(aid, p)] = r
        read.measures.append(m)


def read_period_words(wb: Any, actions: Sequence[Action], today: _dt.date | None = None
                      ) -> tuple[PeriodWordsRead | None, list[tuple[str, str, str]]]:
    """The planning unit's words in the workbook ``wb`` checked against ``actions`` (the plan the
    workbook carries), and every problem as (sheet, cell, reason); None when the workbook has
    neither sheet (what the database holds is then kept)."""
    if PERIOD_REPORTS not in wb.sheet_names and CORRECTIVE_MEASURES not in wb.sheet_names:
        return None, []
    problems = _Problems()
    read = PeriodWordsRead()
    periods = _Periods(actions, today or _dt.date.today())
    lang = workbook_language(wb)  # its headers' labels looked at first
    if PERIOD_REPORTS in wb.sheet_names and not problems.unreadable_cells(wb, PERIOD_REPORTS):
        _read_reports(wb.rows(PERIOD_REPORTS), read, periods, problems, lang)
    if CORRECTIVE_MEASURES in wb.sheet_names and not problems.unreadable_cells(wb, CORRECTIVE_MEASURES):
        _read_measures(wb.rows(CORRECTIVE_MEASURES), actions, read, periods, problems, lang)
    return (None if problems else read), list(problems)


__all__ = ["PeriodWordsRead", "measure_rows", "read_period_words", "report_rows", "write_measures",
           "write_period_reports"]
