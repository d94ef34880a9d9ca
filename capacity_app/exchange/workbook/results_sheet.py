"""The exchange workbook's Results sheet: the plan's results chain, written by the
export, read back by the import exactly.

One row per element, in the chain's order: the overall objective (Level ``objective``), each
outcome (``outcome``, its id, name and assumptions), each action linked to its outcome
(``output``: the action's id in Id, the outcome's in Of, the action's title shown in Result and
not read back), and each indicator (``objective_indicator``, ``outcome_indicator``,
``output_indicator``: its id, what it measures in Of, its name, unit, baseline and its year,
targets ``2027=40; 2028=55`` and means of verification). Values are number cells holding the exact
decimal (at most 15 digits), read back through their shortest spelling. The columns after Level, Id
and Of are those of the fields an indicator and an outcome declare (``domain.plan.result_fields``:
their headers, widths, kinds, and the words of a refusal that point at them); the reader finds
every column by its header, in any language and any order.

Reading checks each row and the whole chain with ``domain.plan.results`` against the Action plan
sheet's actions and years and names every problem as (sheet, cell, reason); a workbook without the
sheet leaves the chain in the database as it is (``ActionPlanRead.results`` None).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ...catalog.recommendations import action_title
from ...domain.plan.actions import Action
from ...domain.plan.result_fields import INDICATOR_FIELDS, LATER_FIELDS, OUTCOME_FIELDS, RESULT_FIELDS, ResultField
from ...domain.plan.results import (
    Indicator,
    Link,
    Outcome,
    ResultsChain,
    ResultsError,
    parse_field,
    plan_years,
    targets_text,
    validate_chain,
)
from .cells import find_columns, write_header, write_text
from .codec import text_of
from .format import RESULTS, RESULTS_COLUMNS, RESULTS_LEVELS, column_letter

LEVEL, ID, OF = RESULTS_COLUMNS[:3]
_HEADER_OF = {(f.record, f.name): f.header for f in RESULT_FIELDS}
# the columns the overall objective's row fills: those of an outcome's name and assumptions
RESULT, ASSUMPTIONS = _HEADER_OF["outcome", "name"], _HEADER_OF["outcome", "assumptions"]
UNIT, BASELINE, BASELINE_YEAR, TARGETS, VERIFICATION = (_HEADER_OF["indicator", n] for n in (
    "unit", "baseline", "baseline_year", "targets", "verification"))
_WIDTHS = (20, 14, 14, *({f.header: f.width for f in reversed(RESULT_FIELDS)}[h] for h in RESULTS_COLUMNS[3:]))
# the columns whose text wraps in its cell: a name and a text of several lines
_WRAPPED = frozenset(f.header for f in RESULT_FIELDS if f.kind in ("name", "text"))
# the columns every Results sheet has had: a workbook without one of them is refused
_FIRST = (LEVEL, ID, OF, *dict.fromkeys(f.header for f in RESULT_FIELDS if f.first))
_INDICATOR_LEVEL = {"objective_indicator": "objective", "outcome_indicator": "outcome",
                    "output_indicator": "output"}
# which column a problem sentence of domain.plan.results is about (first match): a field declared
# later by its refusal's word, then the words of the first fields' sentences
_WORDS = (*((f.what, f.header) for f in LATER_FIELDS),
          ("baseline year", BASELINE_YEAR), ("target year", TARGETS), ("targets", TARGETS), ("target", TARGETS),
          ("baseline", BASELINE), ("unit", UNIT), ("means of verification", VERIFICATION),
          ("assumptions", ASSUMPTIONS), ("linked to outcome", OF), ("measures", OF), ("id", ID), ("name", RESULT),
          ("overall objective", RESULT))


def _cell(f: ResultField, v: Any) -> Any:
    """A field's value as its cell holds it: a value the exact decimal, a year a number, the
    targets ``2027=40; 2028=55``, a text as it is; "" when not set."""
    if f.kind == "targets":
        return targets_text(v)
    return "" if v is None else v


def _row(level: str, rid: str, of: str, cells: dict[str, Any]) -> tuple[Any, ...]:
    """A row of the sheet: its Level, Id and Of, then ``cells`` by header ("" elsewhere)."""
    return (level, rid, of, *(cells.get(h, "") for h in RESULTS_COLUMNS[3:]))


def _cells(record: object, fields: tuple[ResultField, ...]) -> dict[str, Any]:
    return {f.header: _cell(f, getattr(record, f.name)) for f in fields}


def results_rows(chain: ResultsChain, actions: Sequence[Action], lang: str = "en") -> list[tuple[Any, ...]]:
    """The sheet's rows (after its header) for ``chain`` over the plan ``actions``."""
    def indicators(level: str, parent: str = "") -> list[tuple[Any, ...]]:
        return [_row(f"{level}_indicator", i.id, i.parent, _cells(i, INDICATOR_FIELDS))
                for i in chain.indicators_of(level, parent)]

    rows: list[tuple[Any, ...]] = []
    if chain.objective or chain.assumptions or chain.indicators_of("objective"):
        rows.append(_row("objective", "", "", {RESULT: chain.objective, ASSUMPTIONS: chain.assumptions}))
        rows.extend(indicators("objective"))
    for o in chain.outcomes:
        rows.append(_row("outcome", o.id, "", _cells(o, OUTCOME_FIELDS)))
        rows.extend(indicators("outcome", o.id))
    linked = {x.action: x.outcome for x in chain.links}
    for a in actions:
        if a.id in linked or chain.indicators_of("output", a.id):
            rows.append(_row("output", a.id, linked.get(a.id, ""), {RESULT: action_title(a, lang)}))
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
            if RESULTS_COLUMNS[c - 1] in _WRAPPED:
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


def _fields_read(fields: tuple[ResultField, ...], v: dict[str, Any]) -> dict[str, Any]:
    """The fields of a row whose columns the sheet has (a column of a field declared later that a
    workbook leaves out: the field not set), as the record holds them; :class:`ResultsError`."""
    out: dict[str, Any] = {}
    for f in fields:
        if f.header in v:
            cell = _text(v[f.header])
            out[f.name] = parse_field(f, cell.strip() if f.kind in ("value", "year") else cell)
    return out


def _read_row(read: ResultsRead, v: dict[str, Any], r: int) -> None:
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
        try:
            read.outcomes.append(Outcome(rid, **_fields_read(OUTCOME_FIELDS, v)))
        except ResultsError as exc:
            raise _At(_column_of(str(exc)), str(exc)) from None
        read.rows[("outcome", rid)] = r
    elif level == "output":
        if _text(v[OF]).strip():
            read.links.append(Link(rid, _text(v[OF]).strip()))
        read.rows[("output", rid)] = r
    else:
        try:
            ind = Indicator(rid, _INDICATOR_LEVEL[level], _text(v[OF]).strip(), **_fields_read(INDICATOR_FIELDS, v))
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


def read_results(wb: Any, actions: Sequence[Action], add: Any, lang: str = "en") -> ResultsChain | None:
    """The chain in the workbook's Results sheet, checked against the Action plan sheet's
    ``actions``; its columns found by their headers in any language and order (``lang``: the one
    a problem names them in); every problem told to ``add(sheet, cell, reason)``; None when the
    sheet is not there or has problems."""
    if RESULTS not in wb.sheet_names:
        return None
    rows = wb.rows(RESULTS)
    places = find_columns(rows, add, RESULTS, RESULTS_COLUMNS, _FIRST, lang)
    if places is None:
        return None
    read = ResultsRead()
    bad = False
    for r, row in enumerate(rows[1:], 2):
        cells = {c: (row[i - 1] if i <= len(row) else "") for c, i in places.items()}
        if all(_text(x).strip() == "" for x in cells.values()):
            continue
        try:
            _read_row(read, cells, r)
        except _At as exc:
            add(RESULTS, f"{column_letter(_place(places, exc.column))}{r}", str(exc))
            bad = True
    if bad:
        return None
    try:
        return validate_chain(read.chain(), [a.id for a in actions], plan_years(actions))
    except ResultsError as exc:
        add(RESULTS, _cell_of(read, str(exc), places), str(exc))
        return None


def unread_fields(wb: Any, lang: str = "en") -> tuple[tuple[str, str], ...]:
    """The fields declared after the first ones ((record, name)) whose column the workbook's
    Results sheet does not have (a workbook sent before they were declared): an import leaves
    them as they are (``results.with_fields_of``); ``lang``: the workbook's language."""
    if RESULTS not in wb.sheet_names:
        return ()
    places = find_columns(wb.rows(RESULTS)[:1], lambda *_: None, RESULTS, RESULTS_COLUMNS, _FIRST, lang) or {}
    return tuple((f.record, f.name) for f in LATER_FIELDS if f.header not in places)


def _place(places: dict[str, int], column: str) -> int:
    """The column's place in the sheet read (a column it lacks: the Result column's)."""
    return places.get(column) or places[RESULT]


def _cell_of(read: ResultsRead, message: str, places: dict[str, int]) -> str:
    """The cell a whole-chain problem is about: the row of the element it names (its id quoted)."""
    import re

    column = column_letter(_place(places, _column_of(message)))
    for quoted in re.findall(r"'([^']*)'", message):
        for (kind, rid), r in read.rows.items():
            if rid == quoted and kind in ("indicator", "outcome", "output"):
                return f"{column}{r}"
    for (kind, rid), r in read.rows.items():
        if kind == "indicator" and any(i.id == rid and f"{i.name[:20]}" in message for i in read.indicators):
            return f"{column}{r}"
    return f"{column}{read.rows.get(('objective', ''), 2)}"


__all__ = ["read_results", "results_rows", "unread_fields", "write_results"]
