"""A cost line's fields, declared once (domain/plan/fields.py ``COST_FIELDS``): the declaration
matches ``Cost`` and the Action costs sheet, and the readers of it write a line as before the
declaration did (the same JSON, key by key and in order, and the same fingerprint, so that a
validation recorded earlier still holds). The values below were written by the code before the
declaration."""
import json
from dataclasses import fields
from decimal import Decimal as D

from capacity_app.domain.plan.actions import Action
from capacity_app.domain.plan.cost import Cost, cost_from_plain, cost_to_plain, validate_cost
from capacity_app.domain.plan.fields import COST_FIELDS, COST_KINDS, COST_PARTS
from capacity_app.domain.plan.validation import NAMED_PARTS, fingerprint
from capacity_app.domain.retold import retold
from capacity_app.domain.texts import TEXTS, text
from capacity_app.exchange.workbook.format import ACTION_COSTS_COLUMNS

FULL = Cost(2027, D("1500000"), "XOF", "partner", "IOM", True, D("20"), "staff", D("125000"), D("12"), "committed",
            True, 2029, D("1000"), "grants", "audit")
BARE = Cost(2026, D("10.5"), "EUR")


def test_the_declaration_is_the_cost_line_and_the_sheet_s_columns():
    assert [f.name for f in COST_FIELDS] == [f.name for f in fields(Cost)]
    assert list(ACTION_COSTS_COLUMNS[2:]) == [f.header for f in COST_FIELDS]
    for f in COST_FIELDS:
        assert f.kind in COST_KINDS and f.label_key in TEXTS and f.width > 0, f.name
        assert bool(f.choices) == (f.kind == "choice") and bool(f.labels) == (f.kind == "choice"), f.name
        assert not f.together or f.together in {g.name for g in COST_FIELDS}, f.name
        assert f.worded or TEXTS[f"cli.what.{f.name}"]["en"] == f.what, f.name
    assert COST_PARTS == ("cost", "categories", "bases", "sustainability")
    assert NAMED_PARTS[-6:] == ("dependencies", "cost", "categories", "bases", "sustainability", "priority")


def test_a_line_is_written_as_before_the_declaration():
    assert json.dumps(cost_to_plain(FULL)) == (
        '{"year": 2027, "amount": "1500000", "currency": "XOF", "funding": "partner", "funder": "IOM", '
        '"secured": true, "executed": "20", "category": "staff", "unit_cost": "125000", "quantity": "12", '
        '"pipeline": "committed", "recurrent": true, "takeover_year": 2029, "takeover_amount": "1000", '
        '"modality": "grants", "eu_line": "audit"}')
    assert json.dumps(cost_to_plain(BARE)) == (
        '{"year": 2026, "amount": "10.5", "currency": "EUR", "funding": "national", "funder": "", '
        '"secured": false, "executed": null}')
    for c in (FULL, BARE, validate_cost(FULL)):
        assert cost_from_plain(json.loads(json.dumps(cost_to_plain(c)))) == c


def test_a_line_s_fingerprint_is_the_one_an_earlier_validation_recorded():
    fp = {cs: fingerprint(Action("a1", "Census", costs=cs)).split(";")[3] for cs in ((FULL,), (BARE,), (FULL, BARE))}
    assert fp == {(FULL,): "cost=6defdba479", (BARE,): "cost=b284e4fcbb", (FULL, BARE): "cost=74921461d4"}


def test_a_refusal_of_a_field_declared_later_is_said_in_the_user_s_language():
    line = text("cli.cost.choice", what="amount", codes="a, b", got="'c'")
    assert line == "the amount must be one of a, b (or none), got 'c'"
    assert retold(line, "fr") == "le montant doit être l'une des valeurs suivantes : a, b (ou aucune), et non 'c'"
    assert retold(line, "zh") == "金额必须是以下之一：a, b（或不填），而不是 'c'"
