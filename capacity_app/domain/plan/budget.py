"""The budgets a donor reads (pure): the plan's cost by cost category, by year and cost
category, by year and funding source, each partner's lines in its own currency beside the plan's
and the dollar, the EU Action Document's budget of a partner by outcome and implementation
modality (:func:`outcome_by_modality`), the co-financing shares and the recurrent costs the
national budget takes over.

**The rounding rule** (docs/methodology.md, "One rounding rule for every money table"): every
line is converted exactly (:func:`~capacity_app.domain.plan.cost.convert`); a cell is the exact
sum of its lines; the grand total is the exact total rounded half-up once, the row and column
totals their exact sums apportioned from it, and each cell rounded down or up so that every row
and every column adds up to its total as printed (``domain.rounding.added_up``): the same total
reads the same in every table. ``Matrix.difference`` (the total shown less the exact total
rounded) is therefore zero.
A currency is shown in a table only when every line of the table converts into it (each rate
given), so that no total leaves a line out.

Co-financing shares are computed, never typed: each source's share of the cost in the plan's
currency, in tenths of a per cent, the tenths that rounding leaves over given to the largest
remainders (Hamilton's method), so that the shares add up to exactly 100.0 %.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol
from decimal import ROUND_FLOOR, Decimal

from ..rounding import added_up
from .cost import (
    COST_CATEGORIES,
    EU_LINES,
    MODALITIES,
    USD,
    Cost,
    Costed,
    Finance,
    conversion_targets,
    convert,
    exact_sum,
    rounded,
)

NATIONAL = ("national", "")
SHARE_PLACES = 1                        # shares in tenths of a per cent
_HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Matrix:
    """A budget table: ``rows`` × ``columns`` (keys; a single column "" for a plain list), and in
    each currency of ``currencies`` the rounded ``cells`` (missing: no line there), the row and
    column totals and ``total`` as the sums of the rounded cells, ``exact`` the unrounded total
    and ``difference`` = ``total`` − ``exact`` rounded (the rounding difference stated)."""

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    currencies: tuple[str, ...]
    places: Mapping[str, int]
    cells: Mapping[str, Mapping[tuple[str, str], Decimal]]
    row_totals: Mapping[str, Mapping[str, Decimal]]
    column_totals: Mapping[str, Mapping[str, Decimal]]
    total: Mapping[str, Decimal]
    exact: Mapping[str, Decimal]
    difference: Mapping[str, Decimal]


@dataclass(frozen=True)
class Share:
    """One source's part of the plan: its ``source`` key ((funding, funder)), its cost in the
    plan's currency (exact), its ``percent`` (tenths, the shares adding to 100.0) and the part of
    it not secured."""

    source: tuple[str, str]
    cost: Decimal
    percent: Decimal
    unsecured: Decimal


@dataclass(frozen=True)
class Takeover:
    """A recurrent cost the national budget takes over: the action's title, the partner or source
    paying for it until then, from which year, and the amount a year, in the line's currency and
    converted into the plan's and the dollar (None where a rate is missing)."""

    action: str
    funder: str
    year: int
    amount: Decimal
    currency: str
    converted: Mapping[str, Decimal | None] = field(default_factory=dict)


class Identified(Costed, Protocol):
    """What the EU's budget reads of an action: :class:`Costed` and its id."""

    @property
    def id(self) -> str: ...


class Titled(Costed, Protocol):
    """What the budgets read of an action: :class:`Costed` and a title."""

    @property
    def title(self) -> str: ...


def lines_of(actions: Iterable[Costed]) -> list[Cost]:
    """Every cost line of the actions not dropped."""
    return [c for a in actions if a.status != "dropped" for c in a.costs]


def source_of(c: Cost) -> tuple[str, str]:
    """A line's funding source key: ("national", ""), ("partner", NAME) or ("other", TEXT)."""
    return (c.funding, "" if c.funding == "national" else c.funder)


def partners(actions: Iterable[Costed]) -> list[str]:
    """The development partners named by the plan's lines, in the order of their first line."""
    return list(dict.fromkeys(c.funder for c in lines_of(actions) if c.funding == "partner"))


def partner_currency(name: str, actions: Iterable[Costed]) -> str | None:
    """The currency a partner budgets in: the one its lines are entered in when they share one
    (the European Union's lines in euros), else None (its lines are read in the plan's currency)."""
    codes = {c.currency for c in lines_of(actions) if c.funding == "partner" and c.funder == name}
    return codes.pop() if len(codes) == 1 else None


def shown_currencies(lines: Sequence[Cost], finance: Finance, extra: Sequence[str] = ()) -> tuple[str, ...]:
    """The currencies a table of ``lines`` is shown in: the plan's and the dollar, then ``extra``
    (a partner's own), each only when every line converts into it."""
    out = []
    for code in dict.fromkeys([*conversion_targets(finance), *extra]):
        if all(convert(c.amount, c.currency, code, finance) is not None for c in lines):
            out.append(code)
    return tuple(out)


def matrix(cells: Iterable[tuple[str, str, Cost]], rows: Sequence[str], columns: Sequence[str],
           currencies: Sequence[str], finance: Finance, places: Mapping[str, int],
           pinned: Mapping[str, Decimal] | None = None, rows_kept: bool = False,
           column_totals: Mapping[str, Mapping[str, Decimal]] | None = None) -> Matrix:
    """The table of ``cells`` ((row, column, line) triples) in each of ``currencies`` by the
    rounding rule of this module (every line must convert into each currency). ``pinned``: the
    grand total of a currency as another table prints the same quantity (a partner's total: its
    row of the plan's table by funding source, :func:`source_totals`), the rows and columns
    apportioned from it; its difference is then counted from it. ``rows_kept``: as
    ``domain.rounding.added_up`` takes it (a table by funding source). ``column_totals``: a
    currency's column totals as another table prints them (a partner's years: its row of the
    plan's table by year and funding source, :func:`source_years`), kept as given."""
    exact: dict[str, dict[tuple[str, str], list[Decimal]]] = {code: {} for code in currencies}
    for r, col, c in cells:
        for code in currencies:
            value = convert(c.amount, c.currency, code, finance)
            if value is None:
                raise ValueError(f"no rate converts {c.currency} into {code}")
            exact[code].setdefault((r, col), []).append(value)
    out_cells: dict[str, dict[tuple[str, str], Decimal]] = {}
    row_t: dict[str, dict[str, Decimal]] = {}
    col_t: dict[str, dict[str, Decimal]] = {}
    total: dict[str, Decimal] = {}
    whole: dict[str, Decimal] = {}
    diff: dict[str, Decimal] = {}
    for code in currencies:
        p = places.get(code, 0)
        given = (pinned or {}).get(code)
        t = added_up({k: exact_sum(v) for k, v in exact[code].items()}, rows, columns, p, given, rows_kept,
                     column_totals=(column_totals or {}).get(code))
        out_cells[code] = t.cells
        row_t[code] = {r: t.rows.get(r, Decimal(0)) for r in rows}
        col_t[code] = {col: t.columns.get(col, Decimal(0)) for col in columns}
        total[code] = t.total
        whole[code] = exact_sum(x for v in exact[code].values() for x in v)
        diff[code] = total[code] - (given if given is not None else rounded(whole[code], p))
    return Matrix(tuple(rows), tuple(columns), tuple(currencies), dict(places), out_cells, row_t, col_t, total,
                  whole, diff)


def _categories(lines: Sequence[Cost]) -> list[str]:
    said = {c.category for c in lines}
    return [k for k in (*COST_CATEGORIES, "") if k in said]


def by_category(actions: Iterable[Costed], finance: Finance, places: Mapping[str, int]) -> Matrix:
    """The cost by cost category ("" last: the lines that do not say), one column."""
    lines = lines_of(actions)
    return matrix(((c.category, "", c) for c in lines), _categories(lines), ("",),
                  shown_currencies(lines, finance), finance, places)


def year_by_category(actions: Iterable[Costed], finance: Finance, places: Mapping[str, int]) -> Matrix:
    """The cost by cost category (rows) and year (columns: budgets by period, as IATI reads them,
    and a plan has fewer years than categories, so the table keeps to the page)."""
    lines = lines_of(actions)
    years = [str(y) for y in sorted({c.year for c in lines})]
    return matrix(((c.category, str(c.year), c) for c in lines), _categories(lines), years,
                  shown_currencies(lines, finance), finance, places)


def source_key(key: tuple[str, str]) -> str:
    """A funding source as a column key: "national", "partner:NAME", "other:TEXT"."""
    return key[0] if not key[1] else f"{key[0]}:{key[1]}"


def sources(lines: Sequence[Cost]) -> list[tuple[str, str]]:
    """The funding sources of ``lines``: the national budget, the partners, the other sources."""
    order = {"national": 0, "partner": 1, "other": 2}
    keys = dict.fromkeys(source_of(c) for c in lines)
    return sorted(keys, key=lambda k: (order.get(k[0], 9), k[1].casefold()))


def year_by_source(actions: Iterable[Costed], finance: Finance, places: Mapping[str, int]) -> Matrix:
    """The cost by funding source (rows: :func:`source_key`) and year (columns)."""
    lines = lines_of(actions)
    years = [str(y) for y in sorted({c.year for c in lines})]
    return matrix(((source_key(source_of(c)), str(c.year), c) for c in lines),
                  [source_key(k) for k in sources(lines)], years, shown_currencies(lines, finance), finance, places,
                  rows_kept=True)  # a source reads as its row of every table (source_totals)


def source_totals(actions: Iterable[Costed], finance: Finance, code: str, places: int) -> dict[str, Decimal] | None:
    """Each funding source's total in ``code`` (keys: :func:`source_key`) as the plan's tables by
    funding source print it (by year and funding source, which keeps its rows; co-financing): its
    exact sum apportioned from the plan's exact total rounded once, to ``places`` (those of the
    plan's tables in ``code``). The one home of a partner's figure and of the national budget's,
    which the partner's edition, its budgets and the donors' workbooks print too; None when a line
    of the plan does not convert into ``code``."""
    lines = lines_of(actions)
    values = [convert(c.amount, c.currency, code, finance) for c in lines]
    if not lines or any(v is None for v in values):
        return None
    cells: dict[tuple[str, str], list[Decimal]] = {}
    for c, v in zip(lines, values, strict=True):
        if v is not None:
            cells.setdefault((source_key(source_of(c)), ""), []).append(v)
    rows = list(dict.fromkeys(r for r, _ in cells))
    return dict(added_up({k: exact_sum(v) for k, v in cells.items()}, rows, [""], places).rows)


def source_years(actions: Iterable[Costed], finance: Finance, key: str,
                 places: Mapping[str, int]) -> dict[str, dict[str, Decimal]]:
    """A funding source's cost by year (``key``: :func:`source_key`) as its row of the plan's table
    by year and funding source prints it (:func:`year_by_source`, ``places`` those of the plan's
    tables), in each currency that table shows: the year cells of a partner's budget, so that a
    year reads the same in the full report and the partner's edition."""
    m = year_by_source(list(actions), finance, places)
    return {code: {y: m.cells[code][(key, y)] for y in m.columns if (key, y) in m.cells[code]}
            for code in m.currencies}


def partner_budget(name: str, actions: Iterable[Costed], finance: Finance, places: Mapping[str, int],
                   pinned: Mapping[str, Decimal] | None = None,
                   years: Mapping[str, Mapping[str, Decimal]] | None = None) -> Matrix:
    """A partner's lines by cost category (rows) and year (columns), in its own currency (when its
    lines share one and it converts), the plan's and the dollar; ``pinned``: its total as the
    plan's table by funding source prints it, in the currencies that table has (:func:`matrix`);
    ``years``: its year totals as that table's row prints them (:func:`source_years`)."""
    acts = list(actions)
    lines = [c for c in lines_of(acts) if c.funding == "partner" and c.funder == name]
    own = partner_currency(name, acts)
    columns = [str(y) for y in sorted({c.year for c in lines})]
    return matrix(((c.category, str(c.year), c) for c in lines), _categories(lines), columns,
                  shown_currencies(lines, finance, (own,) if own else ()), finance, places, pinned,
                  column_totals={code: given for code, given in (years or {}).items() if code in (pinned or {})})


def eu_lines(name: str, actions: Iterable[Identified]) -> list[tuple[str, Cost]]:
    """The lines of the partner ``name`` (its name as the lines give it), each with its action's id."""
    return [(a.id, c) for a in actions if a.status != "dropped" for c in a.costs
            if c.funding == "partner" and c.funder == name]


def says_modality(name: str, actions: Iterable[Identified]) -> bool:
    """Whether a line of the partner ``name`` gives its implementation modality or EU budget line."""
    return any(c.modality or c.eu_line for _, c in eu_lines(name, actions))


def outcome_by_modality(name: str, actions: Sequence[Identified], outcome_of: Mapping[str, str],
                        outcomes: Sequence[str], finance: Finance, places: Mapping[str, int],
                        pinned: Mapping[str, Decimal] | None = None) -> Matrix:
    """The EU Action Document's indicative budget of the partner ``name``: its lines by outcome
    (rows "outcome:<id>" in the order of ``outcomes``, "outcome:" for the actions no outcome is
    served by; ``outcome_of``: action id -> outcome id), then its lines kept apart from the outcomes
    (rows "eu:<line>", in the order of ``cost.EU_LINES``), by implementation modality (columns, in
    the order of ``cost.MODALITIES``, "" for a line that does not say), in its currency (when its
    lines share one), the plan's and the dollar, by this module's rounding rule (``pinned``: the
    partner's total as :func:`partner_budget` takes it). Only the rows and columns that have a line."""
    mine = eu_lines(name, actions)

    def row(action: str, c: Cost) -> str:
        return f"eu:{c.eu_line}" if c.eu_line else f"outcome:{outcome_of.get(action, '')}"

    keys = {row(a, c) for a, c in mine}
    rows = [k for k in (*(f"outcome:{o}" for o in outcomes), "outcome:", *(f"eu:{x}" for x in EU_LINES))
            if k in keys]
    said = {c.modality for _, c in mine}
    columns = [m for m in (*MODALITIES, "") if m in said]
    own = partner_currency(name, actions)
    lines = [c for _, c in mine]
    return matrix(((row(a, c), c.modality, c) for a, c in mine), rows, columns,
                  shown_currencies(lines, finance, (own,) if own else ()), finance, places, pinned)


def shares(actions: Iterable[Costed], finance: Finance) -> list[Share]:
    """Each funding source's share of the plan's cost in the plan's currency (the dollar when it
    has none), exact, in tenths of a per cent adding up to 100.0 (largest remainders); [] when a
    line does not convert or nothing is costed."""
    lines = lines_of(actions)
    code = conversion_targets(finance)[0]
    conv = [(c, convert(c.amount, c.currency, code, finance)) for c in lines]
    if not lines or any(v is None for _, v in conv):
        return []
    keys = sources(lines)
    cost = {k: exact_sum(v for c, v in conv if v is not None and source_of(c) == k) for k in keys}
    gap = {k: exact_sum(v for c, v in conv if v is not None and source_of(c) == k and not c.secured) for k in keys}
    whole = exact_sum(cost.values())
    if whole == 0:
        return []
    pct = largest_remainder([cost[k] / whole * _HUNDRED for k in keys], SHARE_PLACES)
    return [Share(k, cost[k], p, gap[k]) for k, p in zip(keys, pct, strict=True)]


def largest_remainder(values: Sequence[Decimal], places: int) -> list[Decimal]:
    """``values`` (adding up to 100) rounded down to ``places`` decimals, the units of the last
    place left over given one each to the largest remainders (ties: the first), so that the
    rounded values add up to exactly 100."""
    unit = Decimal(1).scaleb(-places)
    floor = [v.quantize(unit, rounding=ROUND_FLOOR) for v in values]
    left = int(((_HUNDRED - sum(floor, Decimal(0))) / unit).to_integral_value())
    order = sorted(range(len(values)), key=lambda i: (-(values[i] - floor[i]), i))
    for i in order[:max(left, 0)]:
        floor[i] += unit
    return floor


def takeovers(actions: Iterable[Titled], finance: Finance) -> list[Takeover]:
    """The recurrent costs the national budget takes over when a partner's funding ends, by
    year then action (the lines that say so)."""
    out = []
    for a in actions:
        if a.status == "dropped":
            continue
        for c in a.costs:
            if c.takeover_year is None or c.takeover_amount is None:
                continue
            conv = {code: convert(c.takeover_amount, c.currency, code, finance) for code in conversion_targets(finance)}
            out.append(Takeover(a.title, c.funder or c.funding, c.takeover_year, c.takeover_amount, c.currency, conv))
    return sorted(out, key=lambda t: t.year)


def takeover_total(items: Sequence[Takeover], currency: str) -> Decimal | None:
    """The amount a year the national budget takes over in all, in ``currency`` (None: a rate is
    missing)."""
    values = [t.converted.get(currency) for t in items]
    if any(v is None for v in values):
        return None
    return exact_sum(v for v in values if v is not None)


__all__ = ["NATIONAL", "SHARE_PLACES", "USD", "Identified", "Matrix", "Share", "Takeover", "Titled", "by_category",
           "eu_lines", "outcome_by_modality", "says_modality",
           "largest_remainder", "lines_of", "matrix", "partner_budget", "partner_currency", "partners",
           "shares", "shown_currencies", "source_key", "source_totals", "source_years", "source_of", "sources", "takeover_total", "takeovers",
           "year_by_category", "year_by_source"]
