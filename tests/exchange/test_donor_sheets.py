"""The funding request's donor structures in the exchange workbook (format 4): the Risks, Indicator
details and Procurement plan sheets go out and come back exactly, in every language (codes written as
labels, read back in any language), user text never a formula; a workbook without a sheet keeps that
part here; a bad row is refused in one line naming its cell."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import openpyxl
import pytest

from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.cost import Cost
from capacity_app.domain.plan.donors import IndicatorDetail, Package, Risk
from capacity_app.domain.plan.request import FundingRequest, Signatory
from capacity_app.domain.plan.results import Indicator, ResultsChain, Target
from capacity_app.exchange.outside.reader import Workbook
from capacity_app.exchange.workbook.actionplan_sheet import read_action_plan, write_action_costs, write_action_plan
from capacity_app.exchange.workbook.donors_sheet import write_donor_sheets
from capacity_app.exchange.workbook.format import (
    ACTION_COSTS,
    ACTION_PLAN,
    INDICATOR_DETAILS,
    PROCUREMENT,
    RESULTS,
    RISKS,
)
from capacity_app.exchange.workbook.results_sheet import write_results
from capacity_app.services.plan.actions import read_request_of

ACTIONS = [Action("a1", "Linkage", start="2027-Q1", end="2028-Q4", position=0, costs=(
    Cost(2027, Decimal(120000), "EUR", "partner", "European Union"), Cost(2028, Decimal("100000.25"), "EUR", "partner",
                                                                          "European Union"))),
           Action("a2", "Survey", start="2027-Q1", end="2029-Q4", position=1, costs=(Cost(2028, Decimal(9), "XOF"),))]
CHAIN = ResultsChain("Objective", indicators=(
    Indicator("I1", "objective", "", "Releases a year", targets=(Target(2029, Decimal(3)),)),
    Indicator("I2", "output", "a1", "Agreement signed")))
HOSTILE = ["=HYPERLINK(\"http://x\")", "@SUM(A1)", "-1+2", "وزارة التخطيط", "Министерство\nфинансов", "财政部_x000D_"]
REQUEST = FundingRequest("Ministry of Finance", (Signatory("government", "A", "Minister"),), risks=(
    Risk(HOSTILE[0], "high", "medium", HOSTILE[4], HOSTILE[3], ("a1", "a2")),
    Risk(HOSTILE[1], "low", "low", "Allowance", HOSTILE[5])), indicators=(
    IndicatorDetail("I1", "semi_annual", HOSTILE[2], "European Union", Decimal("220000.25")),
    IndicatorDetail("I2", "mid_and_end", "NSO")), procurement=(
    Package("a1", HOSTILE[0], "qcbs", Decimal("120000.5"), "EUR", "2027-01-15", "2027-12-31", "prior", 1),
    Package("a2", "Tablets", "rfq", Decimal(9), "XOF", "2028-02-01", "2029-04-30", "post")))


def _write(path, request=REQUEST, lang="en", edit=None, sheets=True):
    wb = openpyxl.Workbook()
    wb.active.title = ACTION_PLAN
    write_action_plan(wb[ACTION_PLAN], ACTIONS, lang)
    write_action_costs(wb.create_sheet(ACTION_COSTS), ACTIONS, lang)
    write_results(wb.create_sheet(RESULTS), CHAIN, ACTIONS, lang)
    if sheets:
        write_donor_sheets(wb, request, CHAIN, lang)
    if edit:
        edit(wb)
    wb.save(path)
    return path


def _read(path):
    with Workbook(str(path)) as wb:
        return read_action_plan(wb, None)


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar", "zh", "ru", "pt"])
def test_the_structures_round_trip_exactly(tmp_path, lang):
    path = _write(tmp_path / "w.xlsx", lang=lang)
    read, problems = _read(path)
    assert problems == []
    assert read.donors == {"risks": REQUEST.risks, "indicators": REQUEST.indicators, "procurement": REQUEST.procurement}
    here = FundingRequest("Other", risks=(), procurement=REQUEST.procurement[:1])
    assert read_request_of(read, here) == replace(here, risks=REQUEST.risks, indicators=REQUEST.indicators,
                                                  procurement=REQUEST.procurement)
    ws = openpyxl.load_workbook(path)[RISKS]
    assert ws["A2"].data_type == "s" and ws["A2"].value == HOSTILE[0]    # text, never a formula
    if lang == "fr":
        assert openpyxl.load_workbook(path)[PROCUREMENT]["D2"].value.startswith("Sélection fondée sur la qualité")


def test_likelihood_and_impact_agree_each_with_its_column_and_an_earlier_list_is_read(tmp_path):
    """Russian "вероятность" is feminine, "воздействие" neuter: each column writes its own words;
    a workbook written with the one list both columns had before ("средний") is still read."""
    path = _write(tmp_path / "ru.xlsx", lang="ru")
    ws = openpyxl.load_workbook(path)[RISKS]
    assert [ws["B2"].value, ws["C2"].value, ws["B3"].value, ws["C3"].value] == ["высокая", "среднее", "низкая",
                                                                                "низкое"]

    def earlier(wb):
        wb[RISKS]["B2"], wb[RISKS]["C2"] = "высокий", "средний"

    read, problems = _read(_write(tmp_path / "earlier.xlsx", lang="ru", edit=earlier))
    assert problems == [] and read.donors["risks"] == REQUEST.risks


def test_a_workbook_without_the_sheets_keeps_the_structures_here(tmp_path):
    read, problems = _read(_write(tmp_path / "w.xlsx", sheets=False))
    assert problems == [] and read.donors == {}
    assert read_request_of(read, REQUEST) is None
    read, _ = _read(_write(tmp_path / "e.xlsx", request=FundingRequest()))   # the sheets there, empty: none
    assert read.donors == {"risks": (), "indicators": (), "procurement": ()}


@pytest.mark.parametrize(("sheet", "cell", "value", "words"), [
    (RISKS, "B2", "sometimes", "the likelihood must be one of low, medium, high"),
    (RISKS, "D2", "", "the mitigating measure is empty"),
    (RISKS, "F2", "a1; a9", "the plan has no action a9"),
    (INDICATOR_DETAILS, "A2", "I7", "the results chain has no indicator I7"),
    (INDICATOR_DETAILS, "F2", 220001, "more than its lines in the plan (220000.25 EUR)"),
    (INDICATOR_DETAILS, "F2", "much", "the amount 'much' is not an amount"),
    (PROCUREMENT, "B2", 3, "action a1 has no cost line 3"),
    (PROCUREMENT, "D2", "tender", "the procurement method must be one of"),
    (PROCUREMENT, "H2", "2030-01-31", "outside the plan's years, 2027 to 2029"),
    (PROCUREMENT, "I2", "maybe", "the review must be one of"),
    (PROCUREMENT, "E2", "=1+1", "contains a formula"),
])
def test_a_bad_row_is_refused_naming_its_cell(tmp_path, sheet, cell, value, words):
    def edit(wb):
        wb[sheet][cell] = value

    read, problems = _read(_write(tmp_path / "w.xlsx", edit=edit))
    assert read is None
    assert any(s == sheet and c == cell and words in reason for s, c, reason in problems), problems


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_line_s_modality_and_eu_line_round_trip_in_the_action_costs_sheet(tmp_path, lang):
    lines = (replace(ACTIONS[0].costs[0], modality="indirect_entity"),
             replace(ACTIONS[0].costs[1], modality="budget_support", eu_line="contingencies"))
    actions = [replace(ACTIONS[0], costs=lines), ACTIONS[1]]
    wb = openpyxl.Workbook()
    wb.active.title = ACTION_PLAN
    write_action_plan(wb[ACTION_PLAN], actions, lang)
    write_action_costs(wb.create_sheet(ACTION_COSTS), actions, lang)
    wb.save(tmp_path / "c.xlsx")
    read, problems = _read(tmp_path / "c.xlsx")
    assert problems == [] and read.actions[0].costs == lines


def test_an_older_action_costs_header_is_read_without_the_eu_columns(tmp_path):
    from capacity_app.exchange.workbook.format import ACTION_COSTS_COLUMNS_V3

    def older(wb):
        ws = wb[ACTION_COSTS]
        ws.delete_cols(len(ACTION_COSTS_COLUMNS_V3) + 1, 2)

    read, problems = _read(_write(tmp_path / "o.xlsx", edit=older, sheets=False))
    assert problems == [] and read.actions[0].costs == ACTIONS[0].costs
