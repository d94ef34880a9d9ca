"""The donor's fields in the exchange workbook: export -> import gives them back exactly
(hypothesis over texts, dependencies, SDG targets, cost bases and pipeline statuses), every hostile
cell is named by its sheet and cell, nothing read."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from capacity_app.domain.plan.actions import SDG_TARGETS, Action, validate_action
from capacity_app.domain.plan.cost import COST_CATEGORIES, PIPELINE_STATUSES, SECURED_PIPELINE, Cost
from capacity_app.exchange.workbook.actionplan_sheet import read_action_plan, write_action_costs, write_action_plan
from capacity_app.exchange.workbook.format import ACTION_COSTS, ACTION_COSTS_COLUMNS, ACTION_PLAN, ACTION_PLAN_COLUMNS
from capacity_app.exchange.outside.reader import Workbook

TARGETS = [f"{g}.{t}" for g, (n, letters) in SDG_TARGETS.items() for t in [*map(str, range(1, n + 1)), *letters]]
_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300).map(str.strip)


def _write(path, actions, edit=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = ACTION_PLAN
    write_action_plan(ws, actions)
    write_action_costs(wb.create_sheet(ACTION_COSTS), actions)
    if edit:
        edit(wb)
    wb.save(path)
    return path


def _read(path):
    with Workbook(str(path)) as wb:
        return read_action_plan(wb, None)


@st.composite
def lines(draw):
    currency = draw(st.sampled_from(["XOF", "EUR", "USD"]))
    places = 0 if currency == "XOF" else 2
    unit = draw(st.decimals(min_value=Decimal(1).scaleb(-places), max_value=Decimal("99999999"), places=places,
                            allow_nan=False, allow_infinity=False))
    quantity = draw(st.decimals(min_value=Decimal(1), max_value=Decimal(9999), places=0))
    based = draw(st.booleans())
    amount = unit * quantity if based else unit
    pipeline = draw(st.sampled_from(("", *PIPELINE_STATUSES)))
    secured = pipeline in SECURED_PIPELINE if pipeline else draw(st.booleans())
    return Cost(draw(st.integers(2026, 2030)), amount, currency, "partner",
                draw(st.sampled_from(["AfDB", "Union européenne", "البنك الدولي", "=HYPERLINK(\"x\")"])), secured,
                category=draw(st.sampled_from(("", *COST_CATEGORIES))),
                unit_cost=unit if based else None, quantity=quantity if based else None, pipeline=pipeline)


@st.composite
def plans(draw):
    n = draw(st.integers(1, 5))
    out = []
    for i in range(n):
        costs = draw(st.lists(lines(), max_size=3, unique_by=lambda c: (c.year, c.amount, c.currency, c.funder)))
        out.append(validate_action(Action(
            f"a{i}", f"Action {i}", position=i, costs=tuple(costs),
            indicator=draw(_text), baseline=draw(_text), target=draw(_text), verification=draw(_text),
            risks=draw(_text), sdg_target=draw(st.sampled_from(["", *TARGETS])),
            depends_on=tuple(draw(st.lists(st.sampled_from([f"a{j}" for j in range(i)]), unique=True, max_size=3))
                             if i else ()))))
    return out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plans())
def test_donor_fields_round_trip_exactly(tmp_path_factory, actions):
    read, problems = _read(_write(tmp_path_factory.mktemp("d") / "d.xlsx", actions))
    assert problems == []
    assert read.actions == actions
    for a, b in zip(read.actions, actions, strict=True):
        assert [(str(c.unit_cost), str(c.quantity)) for c in a.costs] == [(str(c.unit_cost), str(c.quantity))
                                                                           for c in b.costs]


PLAN = [Action("a1", "Census module", costs=(Cost(2027, Decimal(18_000_000), "XOF"),)),
        Action("b2", "Publish tables", depends_on=("a1",))]


def _col(name, columns=ACTION_PLAN_COLUMNS):
    return openpyxl.utils.get_column_letter(columns.index(name) + 1)


@pytest.mark.parametrize("column, value, row, words", [
    ("SDG target", "17.20", 2, "does not exist"),
    ("SDG target", "migration", 2, "not a target"),
    ("Depends on", "zz9", 2, "'zz9', which is not an action of this sheet"),
    ("Depends on", "a1", 2, "itself"),
    ("Depends on", "b2", 2, "circle"),
    ("Indicator", "x" * 1001, 2, "longer than 1000"),
    ("Risks and assumptions", "y" * 4001, 3, "longer than 4000"),
])
def test_hostile_action_cells_named(tmp_path, column, value, row, words):
    def edit(wb):
        wb[ACTION_PLAN][f"{_col(column)}{row}"] = value
    read, problems = _read(_write(tmp_path / "h.xlsx", PLAN, edit))
    assert read is None, problems
    assert problems[0][:2] == (ACTION_PLAN, f"{_col(column)}{row}"), problems
    assert words in problems[0][2], problems


@pytest.mark.parametrize("cells, column, words", [
    ({"Cost category": "catering"}, "Cost category", "cost category"),
    ({"Unit cost": 1_500_000}, "Unit cost", "both the unit cost and the quantity"),
    ({"Unit cost": 1_500_000, "Quantity": 11}, "Amount", "is not the unit cost 1500000 × the quantity 11"),
    ({"Unit cost": 1_500_000, "Quantity": 0}, "Quantity", "above zero"),
    ({"Unit cost": 1_500_000, "Quantity": "twelve"}, "Quantity", "not a number"),
    ({"Unit cost": -5, "Quantity": 2}, "Unit cost", "negative"),
    ({"Pipeline status": "promised"}, "Pipeline status", "pipeline status"),
    ({"Pipeline status": "disbursed"}, "Pipeline status", "mark the line secured"),
    ({"Pipeline status": "pledged", "Secured": "yes"}, "Pipeline status", "not secured"),
])
def test_hostile_cost_cells_named(tmp_path, cells, column, words):
    def edit(wb):
        for name, v in cells.items():
            wb[ACTION_COSTS][f"{_col(name, ACTION_COSTS_COLUMNS)}2"] = v
    read, problems = _read(_write(tmp_path / "c.xlsx", PLAN, edit))
    assert read is None, problems
    assert problems[0][:2] == (ACTION_COSTS, f"{_col(column, ACTION_COSTS_COLUMNS)}2"), problems
    assert words in problems[0][2], problems


def test_a_basis_that_multiplies_reads_back(tmp_path):
    def edit(wb):
        ws = wb[ACTION_COSTS]
        ws[f"{_col('Unit cost', ACTION_COSTS_COLUMNS)}2"] = 1_500_000
        ws[f"{_col('Quantity', ACTION_COSTS_COLUMNS)}2"] = 12
        ws[f"{_col('Pipeline status', ACTION_COSTS_COLUMNS)}2"] = "identified"
    read, problems = _read(_write(tmp_path / "ok.xlsx", PLAN, edit))
    assert problems == []
    c = read.actions[0].costs[0]
    assert (c.unit_cost, c.quantity, c.pipeline) == (Decimal(1_500_000), Decimal(12), "identified")
    assert replace(read.actions[1], position=1) == read.actions[1] and read.actions[1].depends_on == ("a1",)
