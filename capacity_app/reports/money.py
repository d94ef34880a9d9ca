"""Amounts of money as a person reads them, in any language: Babel (CLDR) formats a Decimal with
the ISO 4217 code where the language puts its currency ("XOF 45,000,000", "45 000 000 XOF"), never
through a float, its digits grouped as the language's editorial rule groups them (UN Spanish
"45 000 000 XOF" where CLDR writes "45.000.000 XOF": domain.editorial.number). The report, the window, the command line and the
workbook's notes all use :func:`format_money`, so one amount reads the same everywhere.

Whole amounts show no decimals (a costed plan is in whole units); an amount with a fraction shows
the currency's own decimals (two for USD, none for XOF), rounded half-up when it has more.
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from collections.abc import Sequence
from typing import NamedTuple

from ..domain.editorial import amount_case, group_separator, number
from ..domain.languages import BY_CODE, is_rtl
from ..domain.placeholders import fill, parts
from ..domain.plan.cost import canonical
from .bidi import LRI, PDI

NBSP = "\u00a0"


@lru_cache(maxsize=16)
def _pattern(locale: str, places: int) -> str:
    """The locale's currency pattern with the ISO code (¤¤) instead of the symbol, kept apart from
    the digits by a no-break space (CLDR's currency spacing, which Babel leaves out), and
    ``places`` decimals."""
    from babel import Locale

    p = Locale.parse(locale).currency_formats["standard"].pattern.split(";")[0]
    p = p.replace("¤", "¤¤")
    if p.startswith("¤¤") and not p.startswith(("¤¤ ", "¤¤" + NBSP)):
        p = "¤¤" + NBSP + p[2:]
    elif p.endswith("¤¤") and not p.endswith((" ¤¤", NBSP + "¤¤")):
        p = p[:-2] + NBSP + "¤¤"
    number = "#,##0" + ("." + "0" * places if places else "")
    head, _, tail = p.partition("#")
    tail = tail.lstrip("#,0.")
    return head + number + tail


def currency_places(currency: str) -> int:
    """The currency's decimals (CLDR): 2 for USD and EUR, 0 for XOF and JPY, 3 for KWD."""
    from babel.numbers import get_currency_precision

    try:
        return int(get_currency_precision(currency))
    except Exception:  # noqa: BLE001  (an unknown code: two, as ISO 4217 does for most)
        return 2


def locale_of(lang: str) -> str:
    """The Babel locale of a language code (domain.languages: en_GB for English, zh_Hans_CN ...)."""
    from ..domain.languages import BY_CODE

    known = BY_CODE.get(lang)
    return known.babel if known is not None else lang


@lru_cache(maxsize=16)
def _cldr_groups(lang: str) -> re.Pattern[str] | None:
    """The whole part of a number as Babel groups it in ``lang`` when UN practice groups it
    otherwise (domain.editorial.number: UN Spanish "2 500 000", CLDR "2.500.000"), else None."""
    from babel.numbers import get_group_symbol

    if lang not in BY_CODE:
        return None
    cldr = get_group_symbol(locale_of(lang))
    if cldr == group_separator(lang):
        return None
    return re.compile(rf"(?<!\d)\d{{1,3}}(?:{re.escape(cldr)}\d{{3}})+(?!\d)")


def _un_digits(text: str, lang: str) -> str:
    """Babel's amount with its whole part grouped as the language's editorial rule groups it (one
    rule for the report, the window and the workbook: "2 500 000 XOF", "2500 XOF" in Spanish)."""
    groups = _cldr_groups(lang)
    if groups is None:
        return text
    return groups.sub(lambda m: number(int(re.sub(r"\D", "", m[0])), lang), text)


def _rounded(amount: Decimal, currency: str, places: int | None) -> tuple[Decimal, int]:
    """``amount`` rounded half-up to ``places`` decimals (None: none for a whole amount, else the
    currency's), and those places."""
    if not isinstance(amount, Decimal):
        raise TypeError(f"an amount of money is a Decimal, not {type(amount).__name__}")
    if places is None:
        whole = canonical(amount) == canonical(amount).to_integral_value()
        places = 0 if whole else currency_places(currency)
    return amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP), places


def format_money(amount: Decimal, currency: str, lang: str = "en", *, places: int | None = None) -> str:
    """``amount`` of ``currency`` in the language ``lang``. ``places``: decimals to show (rounded
    half-up); None: none for a whole amount, else the currency's."""
    from babel.numbers import format_currency

    shown, places = _rounded(amount, currency, places)
    return _un_digits(format_currency(shown, currency, format=_pattern(locale_of(lang), places),
                                      locale=locale_of(lang), currency_digits=False), lang)


def format_amount(amount: Decimal, currency: str, lang: str = "en", *, places: int | None = None) -> str:
    """``amount`` as :func:`format_money` writes it, without the currency code (a table whose
    header names the currency)."""
    from babel.numbers import format_decimal

    shown, places = _rounded(amount, currency, places)
    return _un_digits(format_decimal(shown, format="#,##0" + ("." + "0" * places if places else ""),
                                     locale=locale_of(lang), decimal_quantization=False), lang)


def format_rate(per_usd: Decimal, currency: str, lang: str = "en") -> str:
    """An exchange rate as "USD 1 = XOF 605.25" in the language's digits. In a right-to-left
    language the equation is one left-to-right run, "1 USD = 605.25 XOF", isolated (LRI…PDI) and
    tied with no-break spaces (unisolated, its "1" moved to the far side of the Arabic line
    and it read "XOF 1 = …")."""
    from babel.numbers import format_decimal

    digits = max(0, -int(canonical(per_usd).as_tuple().exponent))
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    one = format_money(Decimal(1), "USD", lang)
    value = _un_digits(format_decimal(per_usd, format=pattern, locale=locale_of(lang), decimal_quantization=False),
                       lang)
    if is_rtl(lang):
        return f"{LRI}1{NBSP}USD{NBSP}={NBSP}{value}{NBSP}{currency}{PDI}"
    return f"{one} = {format_currency_text(value, currency, lang)}"


def format_currency_text(number_text: str, currency: str, lang: str) -> str:
    """A number already formatted, with the currency code where the language puts it."""
    p = _pattern(locale_of(lang), 0)
    return (f"{currency}{NBSP}{number_text}" if p.startswith("¤¤") else f"{number_text}{NBSP}{currency}")


# --- money in a sentence ------------------------------------------------------------------------
# A table names its currency by its ISO code in a header; a sentence names it as an editor writes it,
# by CLDR's name in the plural form the amount takes ("3 524 381 долларов США", "4 200,50 доллара США",
# "2 500 000 francs CFA (BCEAO)", "7,500美元"): the one rule of every sentence of the implementation
# report. CLDR's name is used but where the United Nations' editors write the currency otherwise.
_UN_NAMES = {
    ("en", "USD"): {"one": "United States dollar", "other": "United States dollars"},
    ("es", "USD"): {"one": "dólar de los Estados Unidos", "other": "dólares de los Estados Unidos"},
}


# The genitive of a currency's name after a figure (domain.editorial.amount_case), by the figure's
# plural form, as the count whose CLDR form it is: Russian "one" and a fraction take the singular
# genitive (CLDR's "other", "марокканского дирхама"), "few" and "many" the plural (CLDR's "many").
_GENITIVE_COUNT: dict[str, dict[str, Decimal]] = {
    "ru": {"one": Decimal("1.5"), "few": Decimal(5), "many": Decimal(5), "other": Decimal("1.5")}}


def currency_name(currency: str, lang: str, count: Decimal | int | None = None, case: str = "") -> str:
    """The currency's name in ``lang`` in the plural form of ``count`` (CLDR through Babel; None:
    the name for a large round amount, "US dollars", "долларов США"), the ISO code when CLDR does not
    know it. ``case`` "genitive": the name declined after a preposition (Russian "в размере 3 208 871
    марокканского дирхама"; a language without the case: its own form)."""
    from babel import Locale
    from babel.numbers import get_currency_name

    count = 1000 if count is None else count
    genitive = _GENITIVE_COUNT.get(lang) if case == "genitive" else None
    if genitive is not None:
        count = genitive[Locale.parse(locale_of(lang)).plural_form(abs(Decimal(count)))]
    un = _UN_NAMES.get((lang, currency))
    if un is not None:
        return un["one"] if count == 1 else un["other"]
    try:
        return get_currency_name(currency, count, locale_of(lang))
    except Exception:  # noqa: BLE001  (a language Babel does not know: the code, never nothing)
        return currency


def money_in_words(amount: Decimal, currency: str, lang: str = "en", *, places: int | None = None,
                   case: str = "") -> str:
    """``amount`` of ``currency`` as a sentence writes it: the figure (rounded and grouped as
    :func:`format_amount`, isolated in a right-to-left language) then the currency's name in the
    form that figure takes ("7 052 050 франков КФА ВСЕАО"; Chinese without a space, "7,052,050西非法郎");
    ``case`` "genitive": declined after a preposition (:func:`currency_name`)."""
    from .bidi import isolate_inline

    shown, places = _rounded(amount, currency, places)
    figure = isolate_inline(format_amount(shown, currency, lang, places=places), lang)
    name = currency_name(currency, lang, shown, case)
    return f"{figure}{name}" if lang == "zh" else f"{figure}{NBSP}{name}"


class Amount(NamedTuple):
    """An amount for :func:`fill_money`: its figure, its currency, its decimals (None: as
    :func:`format_money` chooses)."""
    amount: Decimal
    currency: str
    places: int | None = None


class WholeAmounts(str):
    """A sentence of a table's cell and the ``amounts`` in it (:func:`fill_money`'s ``whole``), each
    printed on one line and never hyphenated: the report's finalize marks them where they stand
    (typography.amounts_marked) and the PDF's HTML makes each a ``<span class="amount">``
    (report.css: no break, no hyphen; WeasyPrint hyphenated "мароккан-ских" between no-break spaces).
    A ``str`` to everything else that reads it."""

    amounts: tuple[str, ...]

    def __new__(cls, text: str, amounts: tuple[str, ...] = ()):
        obj = super().__new__(cls, text)
        obj.amounts = tuple(amounts)
        return obj

    def __reduce__(self):
        return (WholeAmounts, (str(self), self.amounts))


def whole_dates(text: str, dates: Sequence[str]) -> str:
    """``text`` with each of ``dates`` kept whole on its line: its spaces no-break ones (which hold
    it in the Word copy too) and the text a :class:`WholeAmounts` naming them (never hyphenated in
    the PDF); ``text`` as it is without dates."""
    if not dates:
        return text
    tied = tuple(d.replace(" ", NBSP) for d in dates)
    for d, t in zip(dates, tied, strict=True):
        text = text.replace(d, t)
    return WholeAmounts(text, tied)


def fill_money(template: str, lang: str, /, *, whole: bool = False, **values: object) -> str:
    """``fill(template, **values)`` with each :class:`Amount` among ``values`` as the sentence's
    grammar takes it: in words (:func:`money_in_words`), declined after a preposition that governs
    the genitive (domain.editorial.amount_case: "в размере 3 208 871 марокканского дирхама"), with
    its ISO code only after a preposition of a case CLDR cannot give, which no catalogue writes. ``whole``: each amount on one line, its currency's name tied by no-break
    spaces (a table's cell, "295 000 марокканских дирхамов" never cut after "марокканских"), the
    sentence a :class:`WholeAmounts` that names them (never hyphenated either)."""
    filled = dict(values)
    amounts: list[str] = []
    before = ""
    for piece in parts(template):
        if isinstance(piece, str):
            before = piece
            continue
        name = piece[0]
        value = values.get(name)
        if isinstance(value, Amount) and filled[name] is value:
            case = amount_case(before, lang)
            text = (format_money(value.amount, value.currency, lang, places=value.places) if case == "code"
                    else money_in_words(value.amount, value.currency, lang, places=value.places, case=case))
            text = text.replace(" ", NBSP) if whole else text
            filled[name] = text
            amounts.append(text)
        before = ""
    return WholeAmounts(fill(template, **filled), tuple(amounts)) if whole and amounts else fill(template, **filled)


def rate_in_words(per_usd: Decimal, currency: str, lang: str = "en") -> str:
    """An exchange rate as a sentence writes it, each side in words: "1 United States dollar = 605.25
    West African CFA francs", "1 доллар США = 605,25 франка КФА ВСЕАО"."""
    digits = max(0, -int(canonical(per_usd).as_tuple().exponent))
    return f"{money_in_words(Decimal(1), 'USD', lang)} = {money_in_words(per_usd, currency, lang, places=digits)}"


__all__ = ["Amount", "currency_name", "fill_money", "currency_places", "format_amount", "format_money", "format_rate",
           "money_in_words", "rate_in_words", "WholeAmounts"]
