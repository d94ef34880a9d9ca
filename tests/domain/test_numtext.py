"""Numbers read from text the one way: the plain spelling of the command line and the
workbook refuses what float() would take or misread; the window's field takes a decimal comma and
thousands separators and refuses the one shape that reads two ways."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from capacity_app.domain.numtext import NumberTextError, plain_number, typed_number, typed_spelling, whole_number


@pytest.mark.parametrize("text,kind", [
    ("1_000", "number"), ("NaN", "number"), ("inf", "number"), ("infinity", "number"), ("1,5", "number"),
    ("\u0661\u0662", "number"), ("0x10", "number"), ("", "number"), ("1e400", "too_large"),
    ("9" * 400, "too_large"), ("-0", "negative_zero"), ("-0.0", "negative_zero"),
])
def test_plain_number_refuses(text, kind):
    with pytest.raises(NumberTextError) as exc:
        plain_number(text)
    assert exc.value.kind == kind


@pytest.mark.parametrize("text,value", [("12", 12.0), (" 12.5 ", 12.5), ("+3", 3.0), ("-2.5e3", -2500.0), (".5", 0.5)])
def test_plain_number_reads(text, value):
    assert plain_number(text) == value


def test_whole_numbers_are_bounded():
    assert whole_number(2.0 ** 53, "x") == 2 ** 53
    with pytest.raises(NumberTextError, match="too_large"):
        whole_number(1e308, "1e308")  # no 309-digit integer, in any message
    with pytest.raises(NumberTextError):
        whole_number(1.5, "1.5")


@pytest.mark.parametrize("text,sign", [("1,200", "."), ("-1,200", "."), ("999,000", "."), ("1.200", ","),
                                       ("12.345", ","), ("\uff11,\uff12\uff10\uff10", ".")])
def test_typed_number_refuses_what_reads_two_ways(text, sign):
    """A single separator that is not the language's decimal sign, followed by three digits."""
    with pytest.raises(NumberTextError) as exc:
        typed_number(text, sign)
    assert exc.value.kind == "ambiguous"


@pytest.mark.parametrize("text,sign,value", [
    ("1,2", ".", 1.2), ("1.2", ".", 1.2), ("72,5", ".", 72.5), ("1,25", ".", 1.25), ("1.2000", ".", 1.2),
    ("1.200", ".", 1.2), ("1,200", ",", 1.2), ("1.125", ".", 1.125), ("0,125", ".", 0.125),
    ("1 200", ",", 1200.0), ("1\u202f200,5", ",", 1200.5), ("1\u00a0200 000", ",", 1200000.0),
    ("1.200,5", ".", 1200.5), ("1,200.5", ",", 1200.5), ("1,200,000", ".", 1200000.0),
    ("1.200.000", ",", 1200000.0), ("\u22121,5", ",", -1.5), ("1200", ".", 1200.0), (".5", ",", 0.5),
    ("\u0667\u0662\u066b\u0665", ".", 72.5), ("\u0661\u066c\u0662\u0660\u0660", ".", 1200.0),
    ("\u0667\u0662.\u0665", ".", 72.5), ("\u06f1\u06f2\u06f0\u06f0", ".", 1200.0),
    ("\uff17\uff12\uff0e\uff15", ".", 72.5),
])
def test_typed_number_reads_the_languages_separators_and_others_by_their_shape(text, sign, value):
    assert typed_number(text, sign) == value


@pytest.mark.parametrize("text", ["1,2,3", "1.2.3,4", "12 00", "1e3", "1,2.3", "1 2", "--1", "1_000", ".", "-",
                                  "1\u066b2\u066b3", "1\u066c2", "\u0661,\u0662\u066b3", "NaN", "\u0665\u0660\u066a"])
def test_typed_number_refuses_what_is_no_number(text):
    with pytest.raises(NumberTextError):
        typed_number(text)


@given(st.decimals(min_value=-10 ** 9, max_value=10 ** 9, places=3, allow_nan=False, allow_infinity=False),
       st.sampled_from([".", ","]))
def test_typed_number_reads_every_unambiguous_spelling_alike(d, sign):
    plain = format(d, "f")
    if plain.startswith("-") and float(d) == 0:
        return
    whole, _, fraction = plain.lstrip("-").partition(".")
    minus = "-" if plain.startswith("-") else ""
    grouped = f"{int(whole):,}"
    spellings = [f"{minus}{grouped}.{fraction}", f"{minus}{grouped.replace(',', '.')},{fraction}",
                 f"{minus}{grouped.replace(',', ' ')},{fraction}", f"{minus}{whole},{fraction}",
                 f"{minus}{whole}.{fraction}"]
    for text in spellings:
        try:
            assert typed_number(text, sign) == float(plain), text
        except NumberTextError as exc:  # only the shapes that read two ways, in the other sign
            assert exc.kind == "ambiguous" and len(fraction) == 3 and whole != "0" and len(whole) <= 3, text
            assert text.lstrip("-")[len(whole)] != sign, text


@given(st.one_of(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e300, max_value=1e300),
                 st.integers(min_value=-2 ** 53, max_value=2 ** 53)), st.sampled_from([".", ","]))
def test_the_field_reads_back_what_it_shows(value, sign):
    shown = typed_spelling(value, sign)
    assert "e" not in shown.lower() and (sign in shown or "." not in shown and "," not in shown)
    assert typed_number(shown, sign) == value
