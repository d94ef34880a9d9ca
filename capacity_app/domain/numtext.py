"""Numbers read from text, the one way (pure).

Two spellings are read. :func:`plain_number` is the command line's and a workbook cell's: ASCII
digits, one "." and an optional exponent — not ``1_000``, ``NaN``, ``inf``, Arabic-Indic digits or
``1,5``, which Python's ``float`` would take or misread. :func:`typed_number` is the window's
number field, read in the interface language's decimal sign ("." in English, Chinese and Arabic,
"," in French, Spanish and Russian): it also takes the other decimal sign, thousands separators
(``1 200,5``, ``1.200,5``, ``1,200.5``), Arabic-Indic, Persian and full-width digits and the Arabic
decimal and thousands separators (``٧٢٫٥``), and refuses the one shape that reads two ways — a
single separator that is not the language's decimal sign followed by exactly three digits
(``1,200`` in English: one thousand two hundred, or one point two typed with a decimal comma).
:func:`typed_spelling` is how the field shows a stored number, which :func:`typed_number` reads
back to the same value."""
from __future__ import annotations

import math
import re
from decimal import Decimal

# xsd:double as people and spreadsheets write it
_PLAIN = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]{1,3})?")
# beyond this a whole number is no longer exact in a float (and no count in a questionnaire is)
WHOLE_MAX = 2 ** 53
_SPACES = " \u00a0\u202f"  # thousands separated by spaces (French, Russian): plain, no-break, narrow
# what a keyboard or an input method may type for the ASCII digits and signs: Arabic-Indic and
# Persian (Extended Arabic-Indic) digits, full-width digits and signs (Chinese input methods), the
# minus sign typographers write
_TYPED = str.maketrans({**{chr(0x0660 + i): str(i) for i in range(10)},
                        **{chr(0x06F0 + i): str(i) for i in range(10)},
                        **{chr(0xFF10 + i): str(i) for i in range(10)},
                        "\uff0e": ".", "\uff0c": ",", "\uff0d": "-", "\uff0b": "+", "\u2212": "-"})
_AR_DECIMAL, _AR_GROUP = "\u066b", "\u066c"  # ARABIC DECIMAL SEPARATOR, ARABIC THOUSANDS SEPARATOR
_AMBIGUOUS = re.compile(r"[1-9][0-9]{0,2}[.,][0-9]{3}")  # 0,125 is no thousand


class NumberTextError(ValueError):
    """Not a number one can store: ``kind`` is "number" (not a number at all), "ambiguous"
    (1,200), "too_large" or "negative_zero"; ``got`` the text as given."""

    def __init__(self, kind: str, got: str):
        super().__init__(f"{kind}: {got!r}")
        self.kind = kind
        self.got = got


def plain_number(text: str) -> float:
    """The number ``text`` writes the plain way; :class:`NumberTextError` otherwise."""
    s = text.strip()
    if _PLAIN.fullmatch(s) is None:
        raise NumberTextError("number", text)
    value = float(s)
    if not math.isfinite(value):
        raise NumberTextError("too_large", text)
    if value == 0.0 and s.startswith("-"):
        raise NumberTextError("negative_zero", text)
    return value


def whole_number(value: float, got: str) -> int:
    """``value`` as a whole number, or :class:`NumberTextError` when it is not one or is too large
    to count exactly (a 309-digit integer is no answer to any question)."""
    if abs(value) > WHOLE_MAX:
        raise NumberTextError("too_large", got)
    if value != int(value):
        raise NumberTextError("number", got)
    return int(value)


def _grouped(whole: str, group: str | None) -> str | None:
    """The digits of ``whole`` written plainly or in groups of three separated by ``group``."""
    if re.fullmatch(r"[0-9]*", whole):
        return whole
    if group and re.fullmatch(r"[0-9]{1,3}(?:" + re.escape(group) + r"[0-9]{3})+", whole):
        return whole.replace(group, "")
    return None


def typed_number(text: str, decimal_sign: str = ".") -> float:
    """A number typed in a window whose language writes decimals with ``decimal_sign`` ("." or
    ","): the shape decides which separator is which where it can (both signs: the last one is the
    decimal sign; one sign several times: thousands; one sign once, not followed by three digits:
    a decimal sign); one separator that is not the language's decimal sign followed by exactly
    three digits is refused ("ambiguous"); no exponent."""
    s = text.strip().translate(_TYPED)
    sign = ""
    if s[:1] in "+-":
        sign, s = s[0], s[1:]
    decimal: str | None = None
    group: str | None = None
    if any(ch in s for ch in _SPACES):  # 1 200 or 1 200,5 (plain, no-break or narrow spaces)
        s = re.sub("[" + _SPACES + "]", " ", s)
        decimal = next((ch for ch in (".", ",", _AR_DECIMAL) if ch in s), None)
        group = " "
    elif _AR_DECIMAL in s or _AR_GROUP in s:  # ١٬٢٠٠٫٥: unambiguous
        decimal, group = _AR_DECIMAL, _AR_GROUP
    else:
        dots, commas = s.count("."), s.count(",")
        if dots and commas:  # both: the last one is the decimal sign, the other groups thousands
            decimal = "." if s.rfind(".") > s.rfind(",") else ","
            group = "," if decimal == "." else "."
        elif dots + commas > 1:  # one kind, several times: thousands (1,200,000)
            group = "." if dots else ","
        elif dots + commas == 1:
            decimal = "." if dots else ","
            if decimal != decimal_sign and _AMBIGUOUS.fullmatch(s):
                raise NumberTextError("ambiguous", text)
    whole, _, fraction = s.partition(decimal) if decimal else (s, "", "")
    digits = _grouped(whole, group)
    if digits is None or not re.fullmatch(r"[0-9]*", fraction) or not (digits or fraction):
        raise NumberTextError("number", text)
    return plain_number(sign + digits + ("." + fraction if fraction else ""))


def ambiguous_readings(text: str, decimal_sign: str) -> tuple[str, str]:
    """The two readings of an ambiguous ``text`` (``1,200``): as a whole number (``1200``) and as
    a decimal in the language's sign (``1.2`` or ``1,2``)."""
    s = text.strip().translate(_TYPED)
    sign = s[0] if s[:1] in "+-" else ""
    whole, _, fraction = s.lstrip("+-").replace(",", ".").partition(".")
    return f"{sign}{whole}{fraction}", f"{sign}{whole}{decimal_sign}{fraction.rstrip('0') or '0'}"


def typed_spelling(value: float | int, decimal_sign: str = ".") -> str:
    """How a number field shows a stored number: all its digits, no exponent, no thousands
    separator, the language's decimal sign; :func:`typed_number` reads it back to ``value``."""
    if isinstance(value, int) or value == 0:  # no "-0", which the field refuses
        return str(int(value))
    text = format(Decimal(repr(value)).normalize(), "f")
    return text.replace(".", decimal_sign)
