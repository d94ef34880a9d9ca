"""The exchange workbook's Results sheet: the plan's results chain, written by the
export, read back by the import exactly.

One row per element, in the chain's order: the overall objective (Level ``objective``), each
outcome (``outcome``, its id, name and assumptions), each action linked to its outcome
(``output``: the action's id in Id, the outcome's in Of, the action's title shown in Result and
not read back), and each indicator (``objective_indicator``, ``outcome_indicator``,
``output_indicator``: its id, what it measures in Of, its name, unit, baseline and its year,
targets ``2027=40; 2028=55`` and means of verification). Values are number cells holding the exact
decimal (at most 15 digits), read back through their shortest spelling.

Reading checks each row and the whole chain with ``domain.plan.results`` against the Action plan
sheet's actions and years and names every problem as (sheet, cell, reason); a workbook without the
sheet leaves the chain in the database as it is (``ActionPlanRead.results`` None).
"""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from ...catalog.recommendations import action_title
from ...domain.plan.actions import Action
from ...domain.plan.results import (
    Indicator,
    Link,
    Outcome,
    ResultsChain,
    ResultsError,
    parse_targets,
    parse_value,
    parse_year,
    plan_years,
    targets_text,
    validate_chain,
)
from .cells import write_header, write_text
from .codec import text_of
from .format import RESULTS, RESULTS_COLUMNS, RESULTS_LEVELS, canonical_header, column_letter

LEVEL, ID, OF, RESULT, UNIT, BASELINE, BASELINE_YEAR, TARGETS, VERIFICATION, ASSUMPTIONS = RESULTS_COLUMNS
_WIDTHS = (20, 14, 14, 60, 10, 12, 10, 28, 40, 40)
_INDICATOR_LEVEL = {"objective_indicator": "objective", "outcome_indicator": "outcome",
                    "output_indicator": "output"}
# which column a problem sentence of domain.plan.results is about (first match)
_WORDS = (("baseline year", BASELINE_YEAR), ("target year", TARGETS), ("targets", TARGETS), ("target", TARGETS),
          ("baseline", BASELINE), ("unit", UNIT), ("means of verification", VERIFICATION),
          ("assumptions", ASSUMPTIONS), ("linked to outcome", OF), ("measures", OF), ("id", ID), ("name", RESULT),
          ("overall objective", RESULT))


def _number(d: Decimal | None) -> Any:
    return "" if d is None else d


def results_rows(chain: ResultsChain, actions: Sequence[Action], lang: str = "en") -> list[tuple[Any, ...]]:
    """The sheet's rows (after its header) for ``chain`` over the plan ``actions``."""
    def indicators(level: str, parent: str = "") -> list[tuple[Any, ...]]:
        return [(f"{level}_indicator", i.id, i.parent, i.name, i.unit, _number(i.baseline),
                 "" if i.baseline_year is None else i.baseline_year, targets_text(i.targets), i.verification, "")
                for i in chain.indicators_of(level, parent)]

    rows: list[tuple[Any, ...]] = []
    if chain.objective or chain.assumptions or chain.indicators_of("objective"):
        rows.append(("objective", "", "", chain.objective, "", "", "", "", "", chain.assumptions))
        rows.extend(indicators("objective"))
    for o in chain.outcomes:
        rows.append(("outcome", o.id, "", o.name, "", "", "", "", "", o.assumptions))
        rows.extend(indicators("outcome", o.id))
    linked = {x.action: x.outcome for x in chain.links}
    for a in actions:
        if a.id in linked or chain.indicators_of("output", a.id):
            rows.append(("output", a.id, linked.get(a.id, ""), action_title(a, lang), "", "", "", "", "", ""))
            rows.extend(indicators("output", a.id))
    return rows


def write_results(ws: Any, chain: ResultsChain, actions: Sequence[Action], lang: str = "en") -> None:
    """Fill the openpyxl worksheet ``ws`` with the chain (header, rows, the Level drop-down)."""
    from openpyxl.styles import Alignment
    from openpyxl.worksheet.datavalidation import DataValidation

    write_header(ws, RESULTS_COLUMNS, _WIDTHS)
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(results_rows(chain, actions, lang), 2):
        for c, v in enumerate(row, 1):
            cell = write_text(ws, r, c, v)
            cell.number_format = "@" if isinstance(v, str) else "General"
            if RESULTS_COLUMNS[c - 1] in (RESULT, VERIFICATION, ASSUMPTIONS):
                cell.alignment = wrap
    levels = DataValidation(type="list", formula1='"' + ",".join(RESULTS_LEVELS) + '"', allow_blank=True)
    levels.add(f"A2:A{max(ws.max_row, 200)}")
    ws.add_data_validation(levels)
    ws.freeze_panes = "B2"


class ResultsRead:
    """The chain a Results sheet carries, and the row of each element (for the problems)."""

    def __init__(self) -> None:
        self.objective = ""
        self.assumptions = ""
        self.outcomes: list[Outcome] = []
        self.indicators: list[Indicator] = []
        self.links: list[Link] = []
        self.rows: dict[tuple[str, str], int] = {}   # (kind, id) -> row

    def chain(self) -> ResultsChain:
        return ResultsChain(self.objective, self.assumptions, tuple(self.outcomes), tuple(self.indicators),
                            tuple(sorted(self.links, key=lambda x: x.action)))


def _text(v: Any) -> str:
    if isinstance(v, bool):
        return "yes" if v else ""
    return text_of(v)


def _row(read: ResultsRead, v: dict[str, Any], r: int) -> None:
    """One row into ``read``; :class:`ResultsError` (with the column it is about) when it cannot be."""
    level = _text(v[LEVEL]).strip().lower().replace(" ", "_")
    rid = _text(v[ID]).strip()
    if level not in RESULTS_LEVELS:
        raise _At(LEVEL, f"the level {level[:30]!r} is not one of {', '.join(RESULTS_LEVELS)}")
    if level == "objective":
        if ("objective", "") in read.rows:
            raise _At(LEVEL, f"the overall objective is given twice (rows {read.rows[('objective', '')]} and {r})")
        read.objective, read.assumptions = _text(v[RESULT]), _text(v[ASSUMPTIONS])
        read.rows[("objective", "")] = r
    elif level == "outcome":
        read.outcomes.append(Outcome(rid, _text(v[RESULT]), _text(v[ASSUMPTIONS])))
        read.rows[("outcome", rid)] = r
    elif level == "output":
        if _text(v[OF]).strip():
            read.links.append(Link(rid, _text(v[OF]).strip()))
        read.rows[("output", rid)] = r
    else:
        baseline = _text(v[BASELINE]).strip()
        year = _text(v[BASELINE_YEAR]).strip()
        try:
            ind = Indicator(rid, _INDICATOR_LEVEL[level], _text(v[OF]).strip(), _text(v[RESULT]),
                            _text(v[UNIT]), parse_value(baseline, "baseline") if baseline else None,
                            parse_year(year, "baseline year") if year else None,
                            parse_targets(_text(v[TARGETS])), _text(v[VERIFICATION]))
        except ResultsError as exc:
            raise _At(_column_of(str(exc)), str(exc)) from None
        read.indicators.append(ind)
        read.rows[("indicator", rid)] = r


class _At(ValueError):
    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column


def _column_of(message: str) -> str:
    return next((c for words, c in _WORDS if words in message), RESULT)


def read_results(wb: Any, actions: Sequence[Action], add: Any) -> ResultsChain | None:
    """The chain in the workbook's Results sheet, checked against the Action plan sheet's
    ``actions``; every problem told to ``add(sheet, cell, reason)``; None when the sheet is not
    there or has problems."""
    if RESULTS not in wb.sheet_names:
        return None
    rows = wb.rows(RESULTS)
    header = canonical_header([_text(x).strip() for x in (rows[0] if rows else [])], RESULTS_COLUMNS)
    for i, name in enumerate(RESULTS_COLUMNS):
        got = header[i] if i < len(header) else ""
        if got != name:
            add(RESULTS, f"{column_letter(i + 1)}1", f"expected the column {name!r} here, found {got!r} "
                                                     "(columns cannot be moved or renamed)")
            return None
    read = ResultsRead()
    n = len(RESULTS_COLUMNS)
    bad = False
    for r, row in enumerate(rows[1:], 2):
        cells = (list(row) + [""] * n)[:n]
        if all(_text(x).strip() == "" for x in cells):
            continue
        try:
            _row(read, dict(zip(RESULTS_COLUMNS, cells, strict=True)), r)
        except _At as exc:
            add(RESULTS, f"{column_letter(RESULTS_COLUMNS.index(exc.column) + 1)}{r}", str(exc))
            bad = True
    if bad:
        return None
    try:
        return validate_chain(read.chain(), [a.id for a in actions], plan_years(actions))
    except ResultsError as exc:
        add(RESULTS, _cell_of(read, str(exc)), str(exc))
        return None


def _cell_of(read: ResultsRead, message: str) -> str:
    """The cell a whole-chain problem is about: the row of the element it names (its id quoted)."""
    import re

    column = _column_of(message)
    for quoted in re.findall(r"'([^']*)'", message):
        for (kind, rid), r in read.rows.items():
            if rid == quoted and kind in ("indicator", "outcome", "output"):
                return f"{column_letter(RESULTS_COLUMNS.index(column) + 1)}{r}"
    for (kind, rid), r in read.rows.items():
        if kind == "indicator" and any(i.id == rid and f"{i.name[:20]}" in message for i in read.indicators):
            return f"{column_letter(RESULTS_COLUMNS.index(column) + 1)}{r}"
    return f"{column_letter(RESULTS_COLUMNS.index(column) + 1)}{read.rows.get(('objective', ''), 2)}"


__all__ = ["read_results", "results_rows", "write_results"]
