"""The one rounding (domain/rounding.py): half-up on the decimal spelling, never half-to-even on
the binary float."""
from decimal import Decimal

from hypothesis import given, strategies as st

from capacity_app.domain.rounding import percent, round_half_up, round_optional


def test_halves_go_up_where_round_goes_down():
    assert round(2.675, 2) == 2.67  # the float is 2.67499…: what Python's round() does
    assert round_half_up(2.675, 2) == 2.68
    assert round(0.25, 1) == 0.2  # half to even
    assert (53.7 + 54.0) / 2 == 53.85 and round_half_up((53.7 + 54.0) / 2) == 53.9
    assert round_half_up(48.05) == 48.1
    assert round_half_up(60.55) == 60.6
    assert round_half_up(0.25, 1) == 0.3
    assert round_half_up(2.5, 0) == 3.0


def test_negative_halves_go_away_from_zero_and_no_negative_zero():
    assert round_half_up(-53.85) == -53.9
    r = round_half_up(-0.04)
    assert r == 0 and str(r) == "0.0"


def test_percent_and_optional():
    assert percent(0.7997) == 80.0
    assert percent(0.795) == 80.0
    assert percent(0.7949) == 79.0
    assert percent(1 / 3, 1) == 33.3
    assert round_optional(None) is None
    assert round_optional(Decimal("1.25")) == 1.3


@given(st.decimals(min_value=-1000, max_value=1000, places=2, allow_nan=False))
def test_agrees_with_decimal_half_up_on_what_people_type(d):
    from decimal import ROUND_HALF_UP
    assert round_half_up(float(d)) == float(d.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)) + 0.0
