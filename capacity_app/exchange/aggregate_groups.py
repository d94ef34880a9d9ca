"""Country groupings and the roll-ups of a cross-country aggregation (no I/O).

A country belongs to the world, its UN M49 region, sub-region and intermediate region and to the
groupings LDC, LLDC and SIDS it is in on its round's reference date (``catalog.countries``, the
one reader of the M49 tables). A roll-up is computed per country (one
assessment each: the caller chooses the round), never per workbook; every mean comes with the
number of countries behind it and their codes, and is rounded (scores to one decimal, policy-question
levels to two)."""
from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Iterable


WORLD, REGION, SUB_REGION, INTERMEDIATE, GROUP = (
    "World", "Region", "Sub-region", "Intermediate region", "Group")
GROUPINGS = (WORLD, REGION, SUB_REGION, INTERMEDIATE, GROUP)
GROUP_NAMES = {"LDC": "Least Developed Countries (LDC)",
               "LLDC": "Land Locked Developing Countries (LLDC)",
               "SIDS": "Small Island Developing States (SIDS)"}
PQ_MEASURES = ("need", "availability", "gap", "priority")


@dataclass
class CountryScores:
    """One country's recomputed scores (its assessment in the round used)."""

    iso3: str
    name: str
    round: int | None
    region: str
    sub_region: str
    overall: float | None
    band: str
    sections: dict[str, float | None] = field(default_factory=dict)
    # policy question code -> (need, availability, gap, priority), each None when not scored
    pq: dict[str, tuple[float | None, ...]] = field(default_factory=dict)
    sdg: dict[str, str] = field(default_factory=dict)  # indicator code -> SDG status code
    intermediate_region: str = ""
    groups: tuple[str, ...] = ()  # LDC, LLDC, SIDS on the round's reference date (catalog.countries)

    def memberships(self) -> list[tuple[str, str]]:
        """(grouping, group) pairs, world first."""
        out = [(WORLD, WORLD), (REGION, self.region or "(no region)")]
        if self.sub_region:
            out.append((SUB_REGION, self.sub_region))
        if self.intermediate_region:
            out.append((INTERMEDIATE, self.intermediate_region))
        out.extend((GROUP, g) for g in self.groups)
        return out


def mean(values: Iterable[float | None], digits: int = 1) -> float | None:
    vals = [v for v in values if v is not None]
    return round(sum(vals) / len(vals), digits) if vals else None


@dataclass(frozen=True)
class RegionRow:
    grouping: str
    group: str
    countries: tuple[str, ...]  # ISO3 codes of every country in the group
    overall: tuple[float | None, float | None, float | None]  # mean, min, max
    overall_countries: tuple[str, ...]  # the countries with an overall score (behind the mean)
    sections: dict[str, float | None]  # section id -> mean score


@dataclass(frozen=True)
class MeasureRow:
    """A policy question's four measures rolled up in one group."""

    grouping: str
    group: str
    pq: str
    means: tuple[float | None, ...]  # in PQ_MEASURES order
    counts: tuple[int, ...]  # countries behind each mean
    countries: tuple[str, ...]  # the countries with an availability (scored at all)


@dataclass(frozen=True)
class SdgCountRow:
    grouping: str
    group: str
    indicator: str
    status: str
    countries: tuple[str, ...]


def _grouped(countries: list[CountryScores]) -> list[tuple[str, str, list[CountryScores]]]:
    groups: dict[tuple[str, str], list[CountryScores]] = {}
    for c in countries:
        for key in c.memberships():
            groups.setdefault(key, []).append(c)
    order = {g: i for i, g in enumerate(GROUPINGS)}
    return [(k[0], k[1], v) for k, v in sorted(groups.items(), key=lambda kv: (order[kv[0][0]], kv[0][1]))]


def region_rows(countries: list[CountryScores], section_codes: list[str]) -> list[RegionRow]:
    out = []
    for grouping, group, members in _grouped(countries):
        scored = [c for c in members if c.overall is not None]
        vals = [c.overall for c in scored if c.overall is not None]
        out.append(RegionRow(
            grouping, group, tuple(sorted(c.iso3 for c in members)),
            (mean(vals), min(vals) if vals else None, max(vals) if vals else None),
            tuple(sorted(c.iso3 for c in scored)),
            {s: mean(c.sections.get(s) for c in members) for s in section_codes}))
    return out


def measure_rows(countries: list[CountryScores], pq_codes: list[str]) -> list[MeasureRow]:
    out = []
    for grouping, group, members in _grouped(countries):
        for pq in pq_codes:
            cols = [[(c.pq.get(pq) or (None,) * 4)[i] for c in members] for i in range(len(PQ_MEASURES))]
            have = tuple(sorted(c.iso3 for c in members if (c.pq.get(pq) or (None, None))[1] is not None))
            out.append(MeasureRow(grouping, group, pq, tuple(mean(col, 2) for col in cols),
                                  tuple(sum(v is not None for v in col) for col in cols), have))
    return out


def sdg_rows(countries: list[CountryScores], indicators: list[str], statuses: Iterable[str]) -> list[SdgCountRow]:
    """Countries per SDG indicator and status in every group; each status counted on its own (a
    partly published indicator is never counted as published)."""
    statuses = list(statuses)
    out = []
    for grouping, group, members in _grouped(countries):
        for ind in indicators:
            seen = {c.sdg.get(ind) or "" for c in members} - {""}
            for st in statuses + sorted(s for s in seen if s not in statuses):
                who = tuple(sorted(c.iso3 for c in members if c.sdg.get(ind) == st))
                if who:
                    out.append(SdgCountRow(grouping, group, ind, st, who))
    return out
