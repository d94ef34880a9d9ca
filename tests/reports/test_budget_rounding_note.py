"""The budget tables' rounding note says which way each currency's rows differ from the exact
total: the difference (total shown minus exact total) signed, "+" or the typographic minus, next to
the digits as the language writes a signed amount, the number isolated in Arabic so that its sign
stays on its left (issue: "XOF 1 and -USD 1" could not be read)."""
from __future__ import annotations

import re
from decimal import Decimal

import pytest

from capacity_app.domain.plan.budget import Matrix
from capacity_app.reports.format import load_strings
from capacity_app.reports.money import format_signed
from capacity_app.reports.plan.request import budget_table

MINUS = "\u2212"


def _matrix(xof: Decimal, usd: Decimal) -> Matrix:
    cells = {"XOF": {("staff", ""): Decimal(1000)}, "USD": {("staff", ""): Decimal(2)}}
    return Matrix(("staff",), ("",), ("XOF", "USD"), {"XOF": 0, "USD": 0}, cells,
                  {c: {"staff": v[("staff", "")]} for c, v in cells.items()}, {c: {"": v[("staff", "")]} for c, v in cells.items()},
                  {"XOF": Decimal(1000), "USD": Decimal(2)}, {"XOF": Decimal(1000) - xof, "USD": Decimal(2) - usd},
                  {"XOF": xof, "USD": usd})


@pytest.mark.parametrize(("lang", "plus", "minus"), [
    ("en", "XOF\u00a0+1", f"USD\u00a0{MINUS}1"),
    ("fr", "+1\u00a0XOF", f"{MINUS}1\u00a0USD"),
    ("es", "+1\u00a0XOF", f"{MINUS}1\u00a0USD"),
    ("ru", "+1\u00a0XOF", f"{MINUS}1\u00a0USD"),
    ("zh", "XOF\u00a0+1", f"USD\u00a0{MINUS}1"),
    ("ar", "\u2066+1\u2069\u00a0XOF", f"\u2066{MINUS}1\u2069\u00a0USD"),
])
def test_the_rounding_note_signs_each_currencys_difference(lang, plus, minus):
    s = load_strings(lang)
    note = budget_table("t", "c", _matrix(Decimal(1), Decimal(-1)), {}, {}, lang, s).note
    assert plus in note and minus in note, note
    assert not re.search(r"-\W?\d", note), note  # no hyphen-minus for a sign


def test_a_signed_amount_keeps_the_languages_digits_and_decimals():
    assert format_signed(Decimal("-1234.5"), "USD", "en", places=2) == f"USD\u00a0{MINUS}1,234.50"
    assert format_signed(Decimal("0.004"), "USD", "en", places=2) == "USD\u00a00.00"
    assert format_signed(Decimal("2500"), "XOF", "fr").startswith("+2")
