import pytest
from hypothesis import given, strategies as st

from capacity_app.domain.expressions import ExpressionError, evaluate, parse


def ev(text, values=None, current=None):
    values = values or {}
    return evaluate(parse(text), values.get, current)


def test_references_and_comparisons():
    assert parse("${a} >= 2000 and ${b} = 'yes'").references == {"a", "b"}
    assert ev("${a} >= 2000", {"a": 2011}) is True
    assert ev("${a} >= 2000", {"a": 1999}) is False
    assert ev("${a} >= 2000", {}) is False  # empty compares false
    assert ev("${a} = ''", {}) is True
    assert ev("${a} != 'no'", {}) is True
    assert ev("${a} = 'yes'", {"a": "yes"}) is True


def test_two_texts_compare_as_written_and_a_number_with_a_text_as_numbers():
    """Equality reads no number when both sides are texts (most relevance rules: ``${x} = 'yes'``),
    and reads one as soon as either side is a number."""
    assert ev("${a} = '1'", {"a": "01"}) is False and ev("${a} != '1'", {"a": "01"}) is True
    assert ev("${a} = 'yes'", {"a": "no"}) is False
    assert ev("${a} = 1", {"a": "01"}) is True and ev("${a} = 1", {"a": "1.0"}) is True
    assert ev("${a} = '2'", {"a": 2}) is True and ev("${a} = 'two'", {"a": 2}) is False
    assert ev("${a} = 1", {"a": True}) is True


def test_arithmetic_and_precedence():
    assert ev("1 + 2 * 3") == 7
    assert ev("(1 + 2) * 3") == 9
    assert ev("7 div 2") == 3.5
    assert ev("7 mod 2") == 1
    assert ev("-3 + 5") == 2
    assert ev("1 div 0") is None
    assert ev("1 < 2 or 1 > 2 and 0") is True


def test_current_value_and_functions():
    assert ev(". >= 0 and . <= 3", current=2) is True
    assert ev("selected(${m}, 'sex')", {"m": ["sex", "age"]}) is True
    assert ev("selected(${m}, 'x')", {"m": ["sex"]}) is False
    assert ev("count-selected(${m})", {"m": ["sex", "age"]}) == 2
    assert ev("string-length(.)", current="abcd") == 4
    assert ev("if(${a} = 1, 'one', 'other')", {"a": 1}) == "one"
    assert ev("coalesce(${a}, ${b}, 5)", {"b": 4}) == 4
    assert ev("not(${a} = 1)", {"a": 2}) is True
    assert ev("year(${d}) >= 2020", {"d": "2021-03-01"}) is True
    assert ev("true() and not(false())") is True
    assert ev(". >= '2000-01-01'", current="2026-05-15") is True


@pytest.mark.parametrize("text,fragment", [
    ("", "empty expression"),
    ("${a} >> 1", "unexpected '>'"),
    ("(1 + 2", "expected ')'"),
    ("foo(1)", "unknown function 'foo'"),
    ("__import__('os')", "unknown function '__import__'"),
    ("selected(1)", "takes 2 argument"),
    ("1 < 2 < 3", "cannot be chained"),
    ("${a} ; 1", "unexpected character ';'"),
    ("1 +", "unexpected end"),
])
def test_errors_are_precise(text, fragment):
    with pytest.raises(ExpressionError) as info:
        parse(text)
    assert fragment in str(info.value)


@given(st.text(max_size=40))
def test_parser_never_crashes_unexpectedly(text):
    try:
        expr = parse(text)
    except ExpressionError:
        return
    try:
        evaluate(expr, lambda name: None, None)
    except ExpressionError:
        pass
