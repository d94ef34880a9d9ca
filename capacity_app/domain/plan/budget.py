"""The budgets a donor reads (pure): the plan's cost by cost category, by year and cost
category, by year and funding source, each partner's lines in its own currency beside the plan's
and the dollar, the EU Action Document's budget of a partner by outcome and implementation
modality (:func:`outcome_by_modality`), the co-financing shares and the recurrent costs the
national budget takes over.

**The rounding rule** (docs/methodology.md, "16a. The budgets a donor reads"): each cost line is
rounded once per currency (:func:`rounded_lines`: the plan's exact total rounded half-up once,
apportioned over the funding sources, each source's figure over its lines), and every table is
summed from those amounts: its cells, its row and column totals and its grand total are sums of
rounded lines, so that it adds up as printed and the same quantity reads the same in every table.
A currency is shown in a table only when every line of the table converts into it (each rate
given), so that no total leaves a line out.

Co-financing shares are computed, never typed: each source's share of the cost in the plan's
currency, in tenths of a per cent, the tenths that rounding leaves over given to the largest
remainders (Hamilton's method), so that the shares add up to exactly 100.0 %.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar
from decimal import ROUND_FLOOR, Decimal

from ..rounding import apportion
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
K = TypeVar("K", bound=Hashable)
A = TypeVar("A", bound=Costed)
D = TypeVar("D", bound="Identified")


@dataclass(frozen=True)
class Matrix:
    """A budget table: ``rows`` × ``columns`` (keys; a single column "" for a plain list), and in
    each currency of ``currencies`` the ``cells`` (missing: no line there), each the sum of its
    lines' rounded amounts, the row and column totals and ``total`` as the sums of the cells, and
    ``exact`` the unrounded total."""

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    currencies: tuple[str, ...]
    places: Mapping[str, int]
    cells: Mapping[str, Mapping[tuple[str, str], Decimal]]
    row_totals: Mapping[str, Mapping[str, Decimal]]
    column_totals: Mapping[str, Mapping[str, Decimal]]
    total: Mapping[str, Decimal]
    exact: Mapping[str, Decimal]


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


Key = tuple[int, int]   # a line of the plan: its action's place in the actions given, its own in the action's lines


def keyed(actions: Iterable[A]) -> list[tuple[Key, A, Cost]]:
    """Every cost line of the actions not dropped (:func:`lines_of`, in the same order), with its
    :data:`Key` and its action."""
    return [((i, j), a, c) for i, a in enumerate(actions) if a.status != "dropped" for j, c in enumerate(a.costs)]


def rounded_lines(lines: Sequence[tuple[K, Cost]], finance: Finance, code: str, places: int) -> dict[K, Decimal]:
    """**The one rounding of each cost line** in ``code`` (docs/methodology.md, "16a. The budgets a
    donor reads"), keyed as ``lines`` key them; a line that does not convert into ``code`` is left
    out. Each line is converted exactly (:func:`~.cost.convert`); the grand total is the lines'
    exact sum rounded half-up once to ``places``; it is apportioned over the funding sources
    (``domain.rounding.apportion``, Hamilton's method, the sources in :func:`sources`' order), and
    each source's rounded total over that source's lines, in their order. Each line is its exact
    amount rounded down or up (less than one unit from it), a source's lines add up to the
    source's figure and all of them to the grand total. Every money table is then the sum of these
    amounts in its cells, so that it adds up as printed and a quantity (a line, a category in a
    year, a source, an action, a partner) reads the same in every table."""
    exact = [(k, c, v) for k, c in lines if (v := convert(c.amount, c.currency, code, finance)) is not None]
    if not exact:
        return {}
    by_source: dict[tuple[str, str], list[tuple[K, Decimal]]] = {}
    for k, c, v in exact:
        by_source.setdefault(source_of(c), []).append((k, v))
    keys = sources([c for _, c, _ in exact])
    figures = apportion([exact_sum(v for _, v in by_source[s]) for s in keys],
                        rounded(exact_sum(v for _, _, v in exact), places), places)
    out: dict[K, Decimal] = {}
    for s, figure in zip(keys, figures, strict=True):
        part = by_source[s]
        out.update(zip((k for k, _ in part), apportion([v for _, v in part], figure, places), strict=True))
    return out


def line_amounts(actions: Iterable[Costed], finance: Finance, code: str, places: int) -> dict[Key, Decimal]:
    """The plan's one rounding in ``code`` (:func:`rounded_lines` over every line of ``actions``
    not dropped, by :data:`Key`): each line's amount as every table prints it; the lines that do
    not convert into ``code`` are left out, the others rounded from their own exact total."""
    return rounded_lines([(k, c) for k, _, c in keyed(actions)], finance, code, places)


def total_of(actions: Iterable[Costed], finance: Finance, code: str, places: int,
             picked: Callable[[Costed, Cost], bool]) -> Decimal | None:
    """The sum of the rounded amounts (:func:`line_amounts`) of the lines ``picked`` (by their
    action and themselves) in ``code``: the figure every table prints for them; None when one of
    them does not convert into ``code`` or none is picked."""
    acts = list(actions)
    mine = [k for k, a, c in keyed(acts) if picked(a, c)]
    amounts = line_amounts(acts, finance, code, places)
    if not mine or any(k not in amounts for k in mine):
        return None
    return sum((amounts[k] for k in mine), Decimal(0))


def matrix(cells: Sequence[tuple[str, str, Key]], rows: Sequence[str], columns: Sequence[str],
           actions: Sequence[Costed], currencies: Sequence[str], finance: Finance,
           places: Mapping[str, int]) -> Matrix:
    """The table of ``cells`` ((row, column, line key) triples, the keys of :func:`keyed` over
    ``actions``) in each of ``currencies`` (every line of the cells must convert into each): each
    cell the sum of its lines' rounded amounts (:func:`line_amounts`), each row, column and the
    grand total the sums of the cells, so that the table adds up as printed."""
    line = {k: c for k, _, c in keyed(actions)}
    out_cells: dict[str, dict[tuple[str, str], Decimal]] = {}
    row_t: dict[str, dict[str, Decimal]] = {}
    col_t: dict[str, dict[str, Decimal]] = {}
    total: dict[str, Decimal] = {}
    whole: dict[str, Decimal] = {}
    for code in currencies:
        amounts = line_amounts(actions, finance, code, places.get(code, 0))
        sums: dict[tuple[str, str], Decimal] = {}
        exact: list[Decimal] = []
        for r, col, k in cells:
            value = convert(line[k].amount, line[k].currency, code, finance)
            if value is None or k not in amounts:
                raise ValueError(f"no rate converts {line[k].currency} into {code}")
            sums[(r, col)] = sums.get((r, col), Decimal(0)) + amounts[k]
            exact.append(value)
        out_cells[code] = sums
        row_t[code] = {r: sum((v for (rr, _), v in sums.items() if rr == r), Decimal(0)) for r in rows}
        col_t[code] = {col: sum((v for (_, cc), v in sums.items() if cc == col), Decimal(0)) for col in columns}
        total[code] = sum(sums.values(), Decimal(0))
        whole[code] = exact_sum(exact)
    return Matrix(tuple(rows), tuple(columns), tuple(currencies), dict(places), out_cells, row_t, col_t, total, whole)


def _categories(lines: Sequence[Cost]) -> list[str]:
    said = {c.category for c in lines}
    return [k for k in (*COST_CATEGORIES, "") if k in said]


def by_category(actions: Iterable[Costed], finance: Finance, places: Mapping[str, int]) -> Matrix:
    """The cost by cost category ("" last: the lines that do not say), one column."""
    acts = list(actions)
    lines = lines_of(acts)
    return matrix([(c.category, "", k) for k, _, c in keyed(acts)], _categories(lines), ("",), acts,
                  shown_currencies(lines, finance), finance, places)


def year_by_category(actions: Iterable[Costed], finance: Finance, places: Mapping[str, int]) -> Matrix:
    """The cost by cost category (rows) and year (columns: budgets by period, as IATI reads them,
    and a plan has fewer years than categories, so the table keeps to the page)."""
    acts = list(actions)
    lines = lines_of(acts)
    years = [str(y) for y in sorted({c.year for c in lines})]
    return matrix([(c.category, str(c.year), k) for k, _, c in keyed(acts)], _categories(lines), years, acts,
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
    acts = list(actions)
    lines = lines_of(acts)
    years = [str(y) for y in sorted({c.year for c in lines})]
    return matrix([(source_key(source_of(c)), str(c.year), k) for k, _, c in keyed(acts)],
                  [source_key(k) for k in sources(lines)], years, acts, shown_currencies(lines, finance), finance, places)


def partner_budget(name: str, actions: Iterable[Costed], finance: Finance, places: Mapping[str, int]) -> Matrix:
    """A partner's lines by cost category (rows) and year (columns), in its own currency (when its
    lines share one and it converts), the plan's and the dollar (``places``: those of the plan's
    tables in each currency, so that its lines read as there)."""
    acts = list(actions)
    mine = [(k, c) for k, _, c in keyed(acts) if c.funding == "partner" and c.funder == name]
    lines = [c for _, c in mine]
    own = partner_currency(name, acts)
    columns = [str(y) for y in sorted({c.year for c in lines})]
    return matrix([(c.category, str(c.year), k) for k, c in mine], _categories(lines), columns, acts,
                  shown_currencies(lines, finance, (own,) if own else ()), finance, places)


def partner_lines(name: str, actions: Iterable[D]) -> list[tuple[D, int, Cost]]:
    """The lines of the partner ``name`` (its name as the lines give it; actions not dropped),
    each with its action and its number among the action's lines (from 1, as a sentence names it)."""
    return [(a, j, c) for a in actions if a.status != "dropped" for j, c in enumerate(a.costs, 1)
            if c.funding == "partner" and c.funder == name]


def eu_lines(name: str, actions: Iterable[Identified]) -> list[tuple[str, Cost]]:
    """The lines of the partner ``name`` (its name as the lines give it), each with its action's id."""
    return [(a.id, c) for a, _, c in partner_lines(name, actions)]


def _partner_keyed(name: str, actions: Sequence[Identified],
                   finance: Finance) -> tuple[list[tuple[Key, str, Cost]], tuple[str, ...]]:
    """The keyed lines of the partner ``name`` (key, action id, line) and the currencies its
    tables show: its own first (when its lines share one), the plan's and the dollar."""
    mine = [(k, a.id, c) for k, a, c in keyed(actions) if c.funding == "partner" and c.funder == name]
    own = partner_currency(name, actions)
    return mine, shown_currencies([c for _, _, c in mine], finance, (own,) if own else ())


def says_modality(name: str, actions: Iterable[Identified]) -> bool:
    """Whether a line of the partner ``name`` gives its implementation modality or EU budget line."""
    return any(c.modality or c.eu_line for _, c in eu_lines(name, actions))


def outcome_by_modality(name: str, actions: Sequence[Identified], outcome_of: Mapping[str, str],
                        outcomes: Sequence[str], finance: Finance, places: Mapping[str, int]) -> Matrix:
    """The EU Action Document's indicative budget of the partner ``name``: its lines by outcome
    (rows "outcome:<id>" in the order of ``outcomes``, "outcome:" for the actions no outcome is
    served by; ``outcome_of``: action id -> outcome id), then its lines kept apart from the outcomes
    (rows "eu:<line>", in the order of ``cost.EU_LINES``), by implementation modality (columns, in
    the order of ``cost.MODALITIES``, "" for a line that does not say), in its currency (when its
    lines share one), the plan's and the dollar, summed from the lines' rounded amounts as every
    table (``places``: those of the plan's tables). Only the rows and columns that have a line."""
    mine, currencies = _partner_keyed(name, actions, finance)

    def row(action: str, c: Cost) -> str:
        return f"eu:{c.eu_line}" if c.eu_line else f"outcome:{outcome_of.get(action, '')}"

    keys = {row(a, c) for _, a, c in mine}
    rows = [k for k in (*(f"outcome:{o}" for o in outcomes), "outcome:", *(f"eu:{x}" for x in EU_LINES))
            if k in keys]
    said = {c.modality for _, _, c in mine}
    columns = [m for m in (*MODALITIES, "") if m in said]
    return matrix([(row(a, c), c.modality, k) for k, a, c in mine], rows, columns, actions,
                  currencies, finance, places)


def outcome_by_year(name: str, actions: Sequence[Identified], outcome_of: Mapping[str, str],
                    outcomes: Sequence[str], finance: Finance, places: Mapping[str, int]) -> Matrix:
    """A partner's cost by outcome (a World Bank project's cost by component) and year: the lines
    of the partner ``name`` by outcome (rows "outcome:<id>" in the order of ``outcomes``,
    "outcome:" for the actions no outcome is served by; ``outcome_of``: action id -> outcome id)
    and year (columns), in its currency (when its lines share one), the plan's and the dollar,
    summed from the lines' rounded amounts as every table (``places``: those of the plan's
    tables). Only the rows and columns that have a line."""
    mine, currencies = _partner_keyed(name, actions, finance)
    keys = {f"outcome:{outcome_of.get(a, '')}" for _, a, _ in mine}
    rows = [k for k in (*(f"outcome:{o}" for o in outcomes), "outcome:") if k in keys]
    columns = [str(y) for y in sorted({c.year for _, _, c in mine})]
    return matrix([(f"outcome:{outcome_of.get(a, '')}", str(c.year), k) for k, a, c in mine], rows, columns,
                  actions, currencies, finance, places)


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
           "eu_lines", "outcome_by_modality", "outcome_by_year", "says_modality", "Key", "keyed", "line_amounts", "rounded_lines", "total_of",
           "largest_remainder", "lines_of", "matrix", "partner_budget", "partner_currency", "partners",
           "shares", "shown_currencies", "source_key", "source_of", "sources", "takeover_total", "takeovers",
           "year_by_category", "year_by_source"]
