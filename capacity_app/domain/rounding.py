"""The one rounding of every figure a person reads: half-up on the decimal digits (as a person,
and Excel's ROUND, round), once, from the unrounded value.

Python's ``round()`` rounds half to even on the binary float: 53.85 is stored as 53.8499999…, so
``round(53.85, 1)`` gives 53.8 and ``round(60.55, 1)`` 60.6. Here a float is read by its shortest
decimal spelling (``repr``), the spelling a person sees and types, and rounded half-up on it:
53.85 → 53.9, 48.05 → 48.1, 0.7997 as a share → 80.0 %. Scores, completeness, means, medians and
quartiles are computed unrounded and pass through here once, and the band is decided on the
rounded figure, so what is shown and what is judged are the same number.
"""
from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal, localcontext
from typing import Generic, TypeVar


def round_half_up(value: float | int | Decimal, places: int = 1) -> float:
    """``value`` rounded half-up to ``places`` decimals (half away from zero for negatives)."""
    d = value if isinstance(value, Decimal) else Decimal(repr(float(value)))
    q = Decimal(1).scaleb(-places)
    out = float(d.quantize(q, rounding=ROUND_HALF_UP))
    return 0.0 if out == 0 else out  # never -0.0 for a figure people read


def round_optional(value: float | int | Decimal | None, places: int = 1) -> float | None:
    """:func:`round_half_up`, or None for None."""
    return None if value is None else round_half_up(value, places)


def percent(share: float, places: int = 0) -> float:
    """A 0-1 share as a percentage rounded half-up (0.7997 → 80.0, 0.995 → 100.0 with places=0)."""
    return round_half_up(Decimal(repr(float(share))) * 100, places)


# --- money tables that add up as printed -----------------------------------------------------------

def _unit(places: int) -> Decimal:
    return Decimal(1).scaleb(-places)


def _sum(values: Iterable[Decimal]) -> Decimal:
    """An exact sum (80 significant digits, as the plan's own sums: ``plan.cost.exact_sum``)."""
    with localcontext() as ctx:
        ctx.prec = 80
        return sum(values, Decimal(0))


def apportion(values: Sequence[Decimal], total: Decimal, places: int) -> list[Decimal]:
    """``values`` (exact) rounded to ``places`` decimals so that they add up to ``total`` (their
    exact sum rounded, as :func:`~capacity_app.domain.plan.cost.rounded` gives it): each is rounded
    down, and the units of the last place left over go one each to the largest remainders (ties:
    the larger value, then the first), Hamilton's method. Each value is then within one unit of
    itself; the sum is exactly ``total`` (when ``total`` is below the values rounded down, a total
    printed by another table, the units are taken back from the smallest remainders)."""
    unit = _unit(places)
    floors = [v.quantize(unit, rounding=ROUND_FLOOR) for v in values]
    left = int(((total - _sum(floors)) / unit).to_integral_value())
    order = sorted(range(len(values)), key=lambda i: (-(values[i] - floors[i]), -values[i], i))
    for i in order[:max(0, min(left, len(values)))]:
        floors[i] += unit
    back = sorted((i for i in range(len(values)) if floors[i] > 0), key=lambda i: (values[i] - floors[i], -values[i], i))
    for n in range(max(0, -left) if back else 0):  # a total below the floors (a row kept from another
        floors[back[n % len(back)]] -= unit       # table): the smallest remainders give a unit back
    return floors


R = TypeVar("R", bound=Hashable)
C = TypeVar("C", bound=Hashable)


@dataclass(frozen=True)
class Rounded(Generic[R, C]):
    """A table of money rounded so that it adds up as printed: the ``cells`` (only those given),
    each row's and each column's total, and the grand ``total`` — the exact total rounded, the
    same figure wherever that total is printed. ``controlled``: every row and column total is its
    own exact sum apportioned from the grand total (False: the columns are, and each row total is
    the sum of its cells as printed)."""

    cells: dict[tuple[R, C], Decimal]
    rows: dict[R, Decimal]
    columns: dict[C, Decimal]
    total: Decimal
    controlled: bool = True


def added_up(cells: Mapping[tuple[R, C], Decimal], rows: Sequence[R], columns: Sequence[C],
             places: int, total: Decimal | None = None, rows_kept: bool = False,
             row_totals: Mapping[R, Decimal] | None = None,
             column_totals: Mapping[C, Decimal] | None = None) -> Rounded[R, C]:
    """The one rounding of every money table a person reads (docs/methodology.md, "One rounding
    rule"). The grand total is the exact total rounded half-up once; the row totals and the column
    totals are their exact sums apportioned from it (:func:`apportion`); each cell is its exact
    amount rounded down or up so that every row and every column adds up to its total (controlled
    rounding, found as a flow of the units left over from rows to columns). Where no such cells
    exist (rare: the totals apportioned do not meet), the columns keep their totals and each row's
    total is the sum of its cells. Rows and columns with no cell are left out of the totals.
    ``total``: the grand total as it is printed elsewhere already, within one unit of the exact
    total (a partner's budget: its row of the plan's table by funding source), so that the same
    quantity reads the same in every table; the rows and columns are apportioned from it.
    ``rows_kept``: where no such cells exist, the rows keep their totals instead and each column's
    is the sum of its cells (a table by funding source: a partner's figure is its row's).
    ``row_totals``, ``column_totals``: the row or column totals as another table prints the same
    quantities already, each within one unit of its exact sum (a partner's budget by year: its row
    of the plan's table by year and funding source), kept as given; the grand total is their sum."""
    unit = _unit(places)
    # in the order of their keys, so that the same table gives the same figures however it is listed
    rows = sorted((r for r in rows if any((r, c) in cells for c in columns)), key=str)
    columns = sorted((c for c in columns if any((r, c) in cells for r in rows)), key=str)
    exact_row = [_sum(cells[(r, c)] for c in columns if (r, c) in cells) for r in rows]
    exact_col = [_sum(cells[(r, c)] for r in rows if (r, c) in cells) for c in columns]
    if row_totals or column_totals:
        total = _sum(row_totals[r] for r in rows) if row_totals else _sum((column_totals or {})[c] for c in columns)
    if total is None:
        total = _sum(exact_row).quantize(unit, rounding=ROUND_HALF_UP)
    row_t = ({r: row_totals[r] for r in rows} if row_totals else
             dict(zip(rows, apportion(exact_row, total, places), strict=True)))
    col_t = ({c: column_totals[c] for c in columns} if column_totals else
             dict(zip(columns, apportion(exact_col, total, places), strict=True)))
    floors = {k: v.quantize(unit, rounding=ROUND_FLOOR) for k, v in cells.items() if k[0] in row_t and k[1] in col_t}
    up = _units_up(cells, floors, rows, columns, row_t, col_t, unit)
    if up is None and rows_kept:   # the totals apportioned do not meet: rows kept, columns as printed
        out: dict[tuple[R, C], Decimal] = {}
        for r in rows:
            keys = [(r, c) for c in columns if (r, c) in floors]
            out.update(zip(keys, apportion([cells[k] for k in keys], row_t[r], places), strict=True))
        by_col = {c: sum((v for (_, cc), v in out.items() if cc == c), Decimal(0)) for c in columns}
        return Rounded(out, row_t, by_col, total, controlled=False)
    if up is None:   # the totals apportioned do not meet: columns kept, rows as printed
        out = {}
        for c in columns:
            keys = [(r, c) for r in rows if (r, c) in floors]
            out.update(zip(keys, apportion([cells[k] for k in keys], col_t[c], places), strict=True))
        sums = {r: sum((v for (rr, _), v in out.items() if rr == r), Decimal(0)) for r in rows}
        return Rounded(out, sums, col_t, total, controlled=False)
    return Rounded({k: v + (unit if k in up else 0) for k, v in floors.items()}, row_t, col_t, total)


def _units_up(cells: Mapping[tuple[R, C], Decimal], floors: Mapping[tuple[R, C], Decimal], rows: Sequence[R],
              columns: Sequence[C], row_t: Mapping[R, Decimal], col_t: Mapping[C, Decimal],
              unit: Decimal) -> set[tuple[R, C]] | None:
    """Which cells take one unit more than their floor so that every row and column meets its
    total (a bipartite flow, each cell with a remainder carrying one unit from its row to its
    column; greedy by the largest remainder, then augmenting paths); None when none does."""
    need_r = {r: int((row_t[r] - sum((v for (rr, _), v in floors.items() if rr == r), Decimal(0))) / unit)
              for r in rows}
    need_c = {c: int((col_t[c] - sum((v for (_, cc), v in floors.items() if cc == c), Decimal(0))) / unit)
              for c in columns}
    if any(v < 0 for v in (*need_r.values(), *need_c.values())):
        return None
    edges = sorted((k for k in floors if cells[k] > floors[k]), key=lambda k: (-(cells[k] - floors[k]), str(k)))
    up: set[tuple[R, C]] = set()
    for r, c in edges:
        if need_r[r] > 0 and need_c[c] > 0:
            up.add((r, c))
            need_r[r] -= 1
            need_c[c] -= 1
    by_row: dict[R, list[C]] = {}
    for r, c in edges:
        by_row.setdefault(r, []).append(c)
    while any(need_r.values()):
        start = next(r for r, n in need_r.items() if n > 0)
        path = _augmenting(start, by_row, up, need_c)
        if path is None:
            return None
        for k in path[0::2]:
            up.add(k)
        for k in path[1::2]:
            up.discard(k)
        need_r[start] -= 1
        need_c[path[-1][1]] -= 1
    return up if not any(need_c.values()) else None


def _augmenting(start: R, by_row: Mapping[R, list[C]], up: set[tuple[R, C]],
                need_c: Mapping[C, int]) -> list[tuple[R, C]] | None:
    """A path from row ``start``: a cell not yet up (row to column), then a cell up in that column
    taken back (column to another row), and so on, ending at a column still short of its total."""
    seen_cols: set[C] = set()
    stack: list[tuple[R, list[tuple[R, C]]]] = [(start, [])]
    while stack:
        r, path = stack.pop()
        for c in by_row.get(r, []):
            if (r, c) in up or c in seen_cols:
                continue
            seen_cols.add(c)
            step = [*path, (r, c)]
            if need_c[c] > 0:
                return step
            for (r2, c2) in up:
                if c2 == c and r2 != r:
                    stack.append((r2, [*step, (r2, c2)]))
    return None
