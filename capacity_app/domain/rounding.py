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

from collections.abc import Iterable, Sequence
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal, localcontext


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


# --- money: each cost line rounded once (domain.plan.budget.rounded_lines) --------------------------

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
