"""Country groupings and the roll-ups of a cross-country aggregation (pure: no I/O).

A country belongs to the world, its UN M49 region, sub-region and intermediate region (by M49
code) and to the groupings LDC, LLDC and SIDS it is in on its round's reference date
(``catalog.countries``, the one reader of the M49 tables, decides that before a country gets here).
A roll-up is computed per country (one assessment each: the caller chooses the round), never per
workbook. Every figure here is unrounded, computed in decimal arithmetic on each score's shortest
spelling (the number a person sees), so the mean of 53.8 and 53.9 is exactly 53.85, never the
binary 53.849999…; the writers round once, half-up (``domain.rounding``): 53.85 shows as 53.9, a
mean of 48.05 as 48.1, and Excel's ROUND gives the same.

Quantiles interpolate linearly between order statistics (R's type 7, Excel's QUARTILE.INC,
numpy's and pandas' default), so an analyst reproduces them with the usual call."""
from __future__ import annotations

from decimal import Decimal
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

WORLD, REGION, SUB_REGION, INTERMEDIATE, GROUP = "world", "region", "subregion", "intregion", "group"
GROUPINGS = (WORLD, REGION, SUB_REGION, INTERMEDIATE, GROUP)
WORLD_CODE = "001"
GROUP_CODES = ("LDC", "LLDC", "SIDS")
PQ_MEASURES = ("need", "availability", "gap", "priority")


@dataclass
class CountryScores:
    """One country's recomputed scores (its assessment in a round), unrounded."""

    iso3: str
    round: int | None
    region: str  # M49 codes ("002"); "" when the country has none
    sub_region: str
    intermediate_region: str
    groups: tuple[str, ...]  # LDC, LLDC, SIDS on the round's reference date
    overall: float | None
    band: str
    sections: dict[str, float | None] = field(default_factory=dict)
    # policy question code -> (need, availability, gap, priority), each None when not scored
    pq: dict[str, tuple[float | None, ...]] = field(default_factory=dict)
    sdg: dict[str, str] = field(default_factory=dict)  # indicator code -> SDG status code

    def memberships(self) -> list[tuple[str, str]]:
        """(grouping, group code) pairs, the world first."""
        out = [(WORLD, WORLD_CODE), (REGION, self.region)]
        if self.sub_region:
            out.append((SUB_REGION, self.sub_region))
        if self.intermediate_region:
            out.append((INTERMEDIATE, self.intermediate_region))
        out.extend((GROUP, g) for g in self.groups)
        return out


# --- statistics --------------------------------------------------------------------------------------

def _dec(v: float | Decimal) -> Decimal:
    return v if isinstance(v, Decimal) else Decimal(repr(float(v)))


def quantile(ordered: Sequence[Decimal], p: float) -> Decimal | None:
    """The ``p`` quantile of sorted values, linear between order statistics (type 7)."""
    if not ordered:
        return None
    h = (len(ordered) - 1) * Decimal(repr(p))
    lo = int(h)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (h - lo) * (ordered[hi] - ordered[lo])


@dataclass(frozen=True)
class Stats:
    """Exact (decimal) figures; ``float()`` them for a cell, round them with ``domain.rounding``."""

    n: int
    mean: Decimal | None
    median: Decimal | None
    q1: Decimal | None
    q3: Decimal | None
    min: Decimal | None
    max: Decimal | None


def stats(values: Iterable[float | Decimal | None]) -> Stats:
    vals = sorted(_dec(v) for v in values if v is not None)
    if not vals:
        return Stats(0, None, None, None, None, None, None)
    return Stats(len(vals), sum(vals, Decimal(0)) / len(vals), quantile(vals, 0.5), quantile(vals, 0.25),
                 quantile(vals, 0.75), vals[0], vals[-1])


def mean(values: Iterable[float | Decimal | None]) -> Decimal | None:
    vals = [_dec(v) for v in values if v is not None]
    return sum(vals, Decimal(0)) / len(vals) if vals else None


# --- roll-ups ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RegionRow:
    grouping: str
    group: str  # M49 code, or LDC / LLDC / SIDS
    countries: tuple[str, ...]  # ISO3 codes of every country of the roll-ups in the group
    overall: Stats  # over the countries with an overall score
    overall_countries: tuple[str, ...]
    sections: dict[str, Decimal | None]  # section id -> mean score (unrounded)


@dataclass(frozen=True)
class MeasureRow:
    """A policy question's four measures rolled up in one group."""

    grouping: str
    group: str
    pq: str
    means: tuple[Decimal | None, ...]  # in PQ_MEASURES order, unrounded
    counts: tuple[int, ...]  # countries behind each mean
    countries: tuple[str, ...]  # the countries with an availability (scored at all)


@dataclass(frozen=True)
class SdgCountRow:
    grouping: str
    group: str
    indicator: str
    status: str
    countries: tuple[str, ...]


@dataclass(frozen=True)
class TrendRow:
    grouping: str
    group: str
    round: int
    countries: tuple[str, ...]
    overall: Stats


def grouped(countries: Iterable[CountryScores],
            key: Callable[[CountryScores], Iterable[tuple[str, str]]] = CountryScores.memberships,
            ) -> list[tuple[str, str, list[CountryScores]]]:
    """(grouping, group, members) in the order world, regions, sub-regions, intermediate regions,
    groups; within a grouping by code."""
    groups: dict[tuple[str, str], list[CountryScores]] = {}
    for c in countries:
        for k in key(c):
            groups.setdefault(k, []).append(c)
    order = {g: i for i, g in enumerate(GROUPINGS)}
    return [(k[0], k[1], v) for k, v in sorted(groups.items(), key=lambda kv: (order[kv[0][0]], kv[0][1]))]


def region_rows(countries: list[CountryScores], section_codes: list[str]) -> list[RegionRow]:
    out = []
    for grouping, group, members in grouped(countries):
        scored = [c for c in members if c.overall is not None]
        out.append(RegionRow(
            grouping, group, tuple(sorted(c.iso3 for c in members)), stats(c.overall for c in scored),
            tuple(sorted(c.iso3 for c in scored)),
            {s: mean(c.sections.get(s) for c in members) for s in section_codes}))
    return out


def measure_rows(countries: list[CountryScores], pq_codes: list[str]) -> list[MeasureRow]:
    # each country's measures made exact once, not once in every group it is in (five or six)
    exact = {id(c): {pq: tuple(None if v is None else _dec(v) for v in m) for pq, m in c.pq.items() if m}
             for c in countries}
    out = []
    for grouping, group, members in grouped(countries):
        for pq in pq_codes:
            cols = [[(exact[id(c)].get(pq) or (None,) * 4)[i] for c in members] for i in range(len(PQ_MEASURES))]
            have = tuple(sorted(c.iso3 for c in members if (c.pq.get(pq) or (None, None))[1] is not None))
            out.append(MeasureRow(grouping, group, pq, tuple(mean(col) for col in cols),
                                  tuple(sum(v is not None for v in col) for col in cols), have))
    return out


def sdg_rows(countries: list[CountryScores], indicators: list[str], statuses: Iterable[str]) -> list[SdgCountRow]:
    """Countries per SDG indicator and status in every group; each status counted on its own (a
    partly published indicator is never counted as published)."""
    statuses = list(statuses)
    out = []
    for grouping, group, members in grouped(countries):
        for ind in indicators:
            by_status: dict[str, list[str]] = {}  # the group's members sorted by status in one pass
            for c in members:
                st = c.sdg.get(ind)
                if st:
                    by_status.setdefault(st, []).append(c.iso3)
            for st in statuses + sorted(s for s in by_status if s not in statuses):
                if st in by_status:
                    out.append(SdgCountRow(grouping, group, ind, st, tuple(sorted(by_status[st]))))
    return out


def trend_rows(assessments: list[CountryScores]) -> list[TrendRow]:
    """The overall score by group and round, over every country assessed in that round (one
    assessment per country and round: the caller's)."""
    by_round: dict[int, list[CountryScores]] = {}
    for c in assessments:
        if c.round is not None:
            by_round.setdefault(c.round, []).append(c)
    out = []
    for grouping, group, _members in grouped(assessments):
        for rnd in sorted(by_round):
            members = [c for c in by_round[rnd] if (grouping, group) in c.memberships()]
            if members:
                out.append(TrendRow(grouping, group, rnd, tuple(sorted(c.iso3 for c in members)),
                                    stats(c.overall for c in members)))
    return out


def natural_key(code: str) -> tuple:
    """Sort key for codes with numbers ("sdg_10_3_1" after "sdg_3_8_1", "S10" after "S9")."""
    import re

    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"(\d+)", code) if p)
