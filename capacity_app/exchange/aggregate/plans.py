"""The action plans in the cross-country aggregation, for UNSD: per country, the number of actions,
whether the plan was validated by its government, and its total cost and financing gap in US
dollars where the workbook gives a USD equivalent for every cost line; per region or group, the
same summed, with the share of plans validated and, said beside the sums, for how many countries
the USD figures are known.

Figures are read from each workbook's action-plan sheets (``actionplan_sheet.read_action_plan``,
the import's own reader and checks) and summed exactly as Decimals; dropped actions are left out,
as in the country's report. A workbook without the sheets (written before they existed) has no
plan figures: it counts as a country without a plan, not as a plan of zero actions."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ...domain.plan.cost import plan_totals, rounded
from ..workbook.actionplan_sheet import ActionPlanRead, read_action_plan


@dataclass(frozen=True)
class PlanFigures:
    """One country's plan: its actions (not dropped), validated or not, and its cost and
    financing gap in USD (None unless every cost line has a USD equivalent; a plan with no cost
    line has neither)."""
    actions: int
    validated: bool
    costed_actions: int
    cost_usd: Decimal | None
    gap_usd: Decimal | None


@dataclass(frozen=True)
class PlanRollup:
    """The plans of a region or group: ``countries`` with a plan (of ``assessed``), their
    actions, how many were validated (and the share), and the USD cost and financing gap summed
    over the ``usd_countries`` whose plans give them."""
    assessed: int
    countries: int
    actions: int
    validated: int
    usd_countries: int
    cost_usd: Decimal
    gap_usd: Decimal

    @property
    def validated_share(self) -> float | None:
        """Validated plans as a share of the plans (None without any)."""
        return self.validated / self.countries if self.countries else None


def plan_figures(wb: Any) -> PlanFigures | None:
    """The plan figures of an open workbook (``exchange.reader.Workbook``); None when it has no
    Action plan sheet or the sheets are not readable (their problems are the import's to tell)."""
    read, problems = read_action_plan(wb)
    return None if problems else figures_of(read)


def figures_of(read: ActionPlanRead | None) -> PlanFigures | None:
    """The plan figures of a workbook's plan as the import read it (``ImportPlan.action_plan``);
    None without one."""
    if read is None:
        return None
    actions = [a for a in read.actions if a.status != "dropped"]
    totals = plan_totals(actions, read.finance).all
    usd = totals.in_usd and "costs" in read.carries
    return PlanFigures(
        actions=len(actions), validated=read.has_record and read.validation is not None,
        costed_actions=sum(1 for a in actions if a.costs),
        cost_usd=totals.cost_usd if usd else None, gap_usd=totals.gap_usd if usd else None)


def rollup(figures: Iterable[PlanFigures | None]) -> PlanRollup:
    """Sum the plans of a group of countries (None: a country assessed without plan figures); the
    USD sums are of the countries' figures in whole dollars, as each country's row prints them."""
    assessed = countries = actions = validated = usd_countries = 0
    cost = gap = Decimal(0)
    for f in figures:
        assessed += 1
        if f is None or f.actions == 0:
            continue
        countries += 1
        actions += f.actions
        validated += f.validated
        if f.cost_usd is not None and f.gap_usd is not None:
            usd_countries += 1   # each country's figure as its row prints it: the group's adds up as printed
            cost += rounded(f.cost_usd)
            gap += rounded(f.gap_usd)
    return PlanRollup(assessed, countries, actions, validated, usd_countries, cost, gap)


__all__ = ["PlanFigures", "PlanRollup", "figures_of", "plan_figures", "rollup"]
