"""A plan as a development partner's programme officer tries it: costed in CFA francs
(XOF) with euro and dollar partner lines, each line with its cost basis, category and pipeline
status, a results framework and an SDG target per action, dependencies between them; validated,
then changed three ways (a pledge committed, an amount raised, the euro rate revised) and a
target moved. Used by tests/reports/test_donor_plan.py and to look at the report's pages."""
from __future__ import annotations

from decimal import Decimal

from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.cost import Cost, Rate

RATES = (Rate("XOF", Decimal("605.25"), "2026-05-02", "UN operational rate of exchange"),
         Rate("EUR", Decimal("0.9227"), "2026-05-02", "UN operational rate of exchange"))


def donor_actions() -> list[Action]:
    census = Action(
        "don-census", "Add the migration module to the 2027 population census", institutions=(
            "Agence nationale de la statistique et de la démographie (ANSD)", "Direction générale de la police nationale"),
        start="2026-Q3", end="2028-Q2", priority=1, priority_action=True,
        strategy="SNDS 2025-2029, axe 2 : statistiques démographiques et sociales",
        indicator="Census tables of the foreign-born population by country of birth and year of arrival published",
        baseline="0 tables (2026)", target="12 tables on the ANSD web site (2028)",
        verification="Census thematic report on international migration; ANSD dissemination calendar",
        risks="The census is funded in full by the 2027 budget law; cartography finished before enumeration.",
        sdg_target="17.18",
        costs=(Cost(2026, Decimal(18_000_000), "XOF", "national", "", True, category="consultants",
                    unit_cost=Decimal(1_500_000), quantity=Decimal(12), pipeline="committed"),
               Cost(2027, Decimal(250_000), "EUR", "partner", "Union européenne", False, category="survey_operations",
                    unit_cost=Decimal(25), quantity=Decimal(10_000), pipeline="pledged"),
               Cost(2027, Decimal("84000.50"), "USD", "partner", "UNFPA", True, category="equipment",
                    pipeline="disbursed")))
    registers = Action(
        "don-registers", "Link the border-crossing register with the civil register", institutions=(
            "Direction de la police de l'air et des frontières",), start="2027-Q1", end="2028-Q4", priority=1,
        priority_action=True, depends_on=("don-census",),
        indicator="Share of entries matched with a personal identification number",
        baseline="0 % (2026)", target="60 % (2028)", verification="Quarterly matching report of the register office",
        risks="Data-sharing agreement signed by both ministries.", sdg_target="10.7",
        costs=(Cost(2027, Decimal(120_000), "USD", "partner", "OIM / IOM", False, category="staff",
                    unit_cost=Decimal(10_000), quantity=Decimal(12), pipeline="identified"),
               Cost(2028, Decimal(45_000_000), "XOF", "national", "", False, category="training")))
    training = Action(
        "don-training", "Train regional statisticians in migration statistics", institutions=("ANSD",),
        start="2027-Q2", end="2027-Q4", priority=2, depends_on=("don-registers",),
        costs=(Cost(2027, Decimal(9_500_000), "XOF", "other", "Fonds fiduciaire", False, category="travel"),))
    return [census, registers, training]


def make_donor_plan(store, q, aid: int, *, change: bool = True) -> None:
    """Store the donor plan on assessment ``aid``, validate it, then (``change``) change it."""
    from dataclasses import replace

    from capacity_app.services.plan import actions as plans
    from plan_edits import forget_progress

    forget_progress(store, aid)   # the demo's progress first: a plan with progress keeps its actions
    plans.replace_plan(store, q, aid, donor_actions())
    old = plans.plan_finance(store, aid).rates
    plans.set_plan_finance(store, aid, currency="XOF", remove_rates=[r.currency for r in old], rates=RATES,
                           today="2026-06-30")
    a = store.assessment(aid)
    plans.record_validation(store, aid, date=max(a.mission_start or "2026-06-01", "2026-06-01"),
                            event="Atelier national de validation, Dakar",
                            institutions=("ANSD", "Ministère des Finances et du Budget", "Union européenne"),
                            approved_by="Dr Aminata Diallo", position="Directrice générale de l'ANSD",
                            today="2026-06-30")
    if not change:
        return
    census = store.action(aid, "don-census")
    eu = replace(census.costs[1], pipeline="committed", secured=True)      # 1. the pledge is committed
    plans.update_action(store, q, aid, replace(census, costs=(census.costs[0], eu, census.costs[2]),
                                               target="15 tables on the ANSD web site (2028)"))
    registers = store.action(aid, "don-registers")                     # 2. an amount raised
    plans.update_action(store, q, aid, replace(registers, costs=(registers.costs[0],
                                                                 replace(registers.costs[1], amount=Decimal(52_500_000)))))
    plans.set_plan_finance(store, aid, rates=[Rate("EUR", Decimal("0.9015"), "2026-06-15",
                                                   "UN operational rate of exchange")], today="2026-06-30")  # 3. the rate
