"""The UN editorial rules of the six languages, one function per rule: numbers, percentages,
dates and month names, quarters and their ranges, lists, brackets and the spacing around
full-width punctuation. The window, the workbook, the engine's sentences and the report all call
these, so the three never write the same figure, date or period two ways.

Each rule is CLDR's (the Babel locale of ``languages.py``) where the UN writes as CLDR does, and
the UN editorial manuals' where UN practice differs; docs/languages.md, "Editorial rules", lists
which is which. The CLDR ones are written out here as data (the domain imports no third-party
library) and ``tests/domain/test_editorial.py`` checks every one of them against Babel, so a
table that drifted from CLDR fails a test.

They apply to the text the application writes. The user's own text is never passed through
:func:`cjk_punctuation` or a spacing rule: a comment typed in English stays as it was typed in a
French or Chinese report (reports/typography.py).

Pure: no files, no locale of the machine, no third-party library.
"""
from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from .celltext import LazyPattern
from .rounding import round_half_up

NBSP = "\u00a0"    # no-break space
NNBSP = "\u202f"   # narrow no-break space


# --- a language the tables below do not list ------------------------------------------------------
# The tables hold the six UN languages' editorial rules (CLDR where the UN's editors agree with it,
# their own rule where not). Any other language (Portuguese, a language added by its catalogue)
# writes as CLDR, through Babel, says its locale does.
_KNOWN = frozenset({"en", "fr", "es", "ar", "zh", "ru"})
_CLDR_CACHE: dict[str, Any] = {}


def cldr_locale(lang: str) -> Any:
    """The Babel locale of ``lang`` (its ``babel`` in domain.languages; British English for a code
    Babel does not know), read once: what a language the tables do not list writes by."""
    loc = _CLDR_CACHE.get(lang)
    if loc is None:
        from babel import Locale

        from .languages import BY_CODE

        known = BY_CODE.get(lang)
        try:
            loc = Locale.parse(known.babel if known is not None else lang)
        except (ValueError, LookupError):
            loc = Locale.parse("en_GB")
        _CLDR_CACHE[lang] = loc
    return loc


def _cldr_pattern(pattern: str) -> str:
    """The separator of a CLDR list pattern ("{0}, {1}" -> ", ")."""
    return pattern.replace("{0}", "").replace("{1}", "")


def _cldr_numbers(lang: str) -> tuple[str, str, int]:
    from babel.numbers import get_decimal_symbol, get_group_symbol

    loc = cldr_locale(lang)
    return get_decimal_symbol(loc), get_group_symbol(loc), 1000


def _cldr_percent(lang: str) -> str:
    pattern = str(cldr_locale(lang).percent_formats[None].pattern).split(";")[0]
    head, tail = pattern[:pattern.index("#")] if "#" in pattern else "", pattern[pattern.rindex("0") + 1:]
    return f"{head}{{}}{tail}"


def _is_cldr(lang: str) -> bool:
    return lang not in _KNOWN and lang != ""

# --- numbers ------------------------------------------------------------------------------------
# (decimal sign, thousands separator, smallest number grouped). CLDR for all but Spanish: CLDR's
# "es" groups with a full stop ("2.500.000"), UN Spanish with a space ("2 500 000"; four-digit
# numbers are not grouped, as in CLDR's own minimumGroupingDigits for es and the RAE's rule).
_NUMBERS: dict[str, tuple[str, str, int]] = {
    "en": (".", ",", 1000),
    "fr": (",", NNBSP, 1000),
    "es": (",", NBSP, 10000),
    "ar": (".", ",", 1000),     # Arabic UN documents: the digits 0-9 (CLDR "ar", latn numbering)
    "zh": (".", ",", 1000),
    "ru": (",", NBSP, 1000),
}


def _numbers(lang: str) -> tuple[str, str, int]:
    if lang in _NUMBERS:
        return _NUMBERS[lang]
    return _cldr_numbers(lang) if _is_cldr(lang) else _NUMBERS["en"]


def decimal_sign(lang: str) -> str:
    """The decimal sign of ``lang``: "." (en, ar, zh) or "," (fr, es, ru)."""
    return _numbers(lang)[0]


def group_separator(lang: str) -> str:
    """What separates groups of three digits in ``lang`` ("," en/ar/zh; a narrow no-break space
    in French, a no-break space in Russian and UN Spanish)."""
    return _numbers(lang)[1]


def number(x: float | int | Decimal, lang: str, places: int = 0, *, trim: bool = False) -> str:
    """``x`` rounded half-up to ``places`` decimals and written as ``lang`` writes it: its decimal
    sign and thousands separator ("2,500,000.5", "2 500 000,5"). ``trim``: no trailing zeros and
    no decimal sign for a whole number ("8.35", "12": the engine's sentences)."""
    point, group, grouped_from = _numbers(lang)
    rounded = Decimal(repr(round_half_up(x, places)))
    text = f"{abs(rounded):.{places}f}"
    whole, _, fraction = text.partition(".")
    if trim:
        fraction = fraction.rstrip("0")
    if len(whole) > 3 and int(whole) >= grouped_from:
        head = len(whole) % 3 or 3
        whole = whole[:head] + "".join(group + whole[i:i + 3] for i in range(head, len(whole), 3))
    sign = "-" if rounded < 0 else ""
    return f"{sign}{whole}{point}{fraction}" if fraction else f"{sign}{whole}"


# --- percentages --------------------------------------------------------------------------------
# How a percentage is written around its figure. CLDR for en, fr, es and ru
# (a no-break space), zh; UN Arabic writes "في المائة" ("98.1 في المائة"), never the sign, in text and
# in tables alike (CLDR "ar": "98.1%"). A percentage is one piece no line breaks: its words are tied
# by no-break spaces too, so that a table cell of the Word copy (which has no white-space: nowrap)
# never leaves "75 في" on one line and "المائة" on the next.
_PERCENT = {"en": "{}%", "fr": "{}" + NBSP + "%", "es": "{}" + NBSP + "%", "ar": "{}" + NBSP + "في" + NBSP + "المائة",
            "zh": "{}%", "ru": "{}" + NBSP + "%"}


def _percent(lang: str) -> str:
    if lang in _PERCENT:
        return _PERCENT[lang]
    return _cldr_percent(lang) if _is_cldr(lang) else _PERCENT["en"]


def percent(value: float | int | Decimal, lang: str, places: int = 1) -> str:
    """A percentage (0-100, not a share) rounded half-up to ``places`` decimals: "98.1%",
    "98,1 %", "98.1 في المائة"."""
    return _percent(lang).format(number(value, lang, places))


def as_percent(figure: str, lang: str) -> str:
    """``figure`` (a number already written, or a placeholder such as Qt's ``%p``) put where
    ``lang`` puts a percentage's figure: "%p%", "%p %", "%p في المائة", "%%p" (Turkish)."""
    return _percent(lang).format(figure)


def percent_sign(lang: str) -> str:
    """What follows a percentage figure in ``lang`` (with its space): "%", " %", " في المائة"."""
    return _percent(lang).format("")


# --- dates --------------------------------------------------------------------------------------
# Month names as a date writes them (French and Spanish lower case; Russian in the genitive). CLDR
# for en, fr, es, ru; UN Arabic names each month twice, the Syriac name then the Latin one, and
# spells June and July يونيه, يوليه (CLDR "ar": "مايو", "يونيو").
_MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"),
    "ar": ("كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو", "حزيران/يونيه",
           "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر",
           "كانون الأول/ديسمبر"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"),
}
# a month alone ("May 2026"): Russian in the nominative (CLDR's stand-alone form)
_RU_STANDALONE = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
                  "октябрь", "ноябрь", "декабрь")


def month_name(month: int, lang: str, *, standalone: bool = False) -> str:
    """The name of ``month`` (1-12) as a date writes it in ``lang`` ("أيار/مايو", "мая"); Chinese
    "5月". ``standalone``: the month without a day (Russian nominative "май")."""
    if lang == "zh":
        return f"{month}月"
    if lang == "ru" and standalone:
        return _RU_STANDALONE[month - 1]
    if _is_cldr(lang):
        return str(cldr_locale(lang).months["stand-alone" if standalone else "format"]["wide"][month])
    return _MONTHS.get(lang, _MONTHS["en"])[month - 1]


def _day(d: _dt.date, lang: str) -> str:
    return "1er" if lang == "fr" and d.day == 1 else str(d.day)


def day_month(d: _dt.date, lang: str) -> str:
    """A day and its month without the year ("15 May", "1er mai", "15 de mayo", "5月15日")."""
    if lang == "zh":
        return f"{d.month}月{d.day}日"
    if lang == "es":
        return f"{d.day} de {month_name(d.month, lang)}"
    if lang == "ru":  # a Russian editor ties the day to its month: "1\u00a0марта"
        return f"{d.day}{NBSP}{month_name(d.month, lang)}"
    if _is_cldr(lang):
        from babel.dates import format_skeleton

        return str(format_skeleton("MMMMd", d, locale=cldr_locale(lang)))
    return f"{_day(d, lang)} {month_name(d.month, lang)}"


def _year(year: int, lang: str) -> str:
    """A year as it closes a date: Russian "2026\u00a0года" (UN Russian; CLDR "2026 г."; «года» tied
    to its year by a no-break space, as the day to its month: :func:`day_month`), Spanish "de 2026",
    Chinese "2026年"."""
    return {"ru": f"{year}{NBSP}года", "es": f"de {year}", "zh": f"{year}年"}.get(lang, str(year))


def date_long(d: _dt.date, lang: str) -> str:
    """A date written out: "15 May 2026", "1er mai 2026", "15 de mayo de 2026", "15 أيار/مايو 2026",
    "2026年5月15日", "15 мая 2026 года" (CLDR's long date; UN Arabic and UN Russian where they differ)."""
    if lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    if _is_cldr(lang):
        from babel.dates import format_date

        return str(format_date(d, "long", locale=cldr_locale(lang)))
    return f"{day_month(d, lang)} {_year(d.year, lang)}"


def month_year(year: int, month: int, lang: str) -> str:
    """A month of a year ("May 2026", "mai 2026", "mayo de 2026", "أيار/مايو 2026", "2026年5月",
    "май 2026 года")."""
    if lang == "zh":
        return f"{year}年{month}月"
    if _is_cldr(lang):
        from babel.dates import format_skeleton

        return str(format_skeleton("yMMMM", _dt.date(year, month, 1), locale=cldr_locale(lang)))
    return f"{month_name(month, lang, standalone=True)} {_year(year, lang)}"


def written_date(text: str, lang: str) -> str:
    """An ISO date as stored ("2026-06-18", "2026-05", "2026") written out for a sentence; text that
    is not one is returned as it is."""
    text = (text or "").strip()
    try:
        if len(text) >= 10:
            return date_long(_dt.date.fromisoformat(text[:10]), lang)
        if len(text) == 7 and text[4] == "-":
            year, month = int(text[:4]), int(text[5:])
            if 1 <= month <= 12:
                return month_year(year, month, lang)
    except ValueError:
        pass
    return text


# How a range of days, or of periods, is joined (UN style): English and French with an en dash,
# closed up between days ("11–15 May 2026") and spaced between longer terms; UN Spanish "a"
# ("11 a 15 de mayo de 2026"); Chinese 至 (CLDR's interval format); UN Russian and Arabic as
# English. UN Arabic writes every range in words, "من 11 إلى 15 أيار/مايو 2026" (a dash is
# neutral to the bidi algorithm, so beside Arabic words a figure range reads backwards, and an
# isolate is lost where the line breaks): :func:`number_range`, and the Arabic branches below.
_RANGE = {"en": ("–", " – "), "fr": ("–", " – "), "es": (" a ", " a "), "zh": ("至", "至"),
          "ru": ("–", NBSP + "— "), "ar": ("–", " – ")}  # Russian: a spaced em dash, never at a line's start


def _ar_range(a: str, b: str) -> str:
    """UN Arabic's range in words: "من 2026 إلى 2029", read in order in a right-to-left line."""
    return f"من {a} إلى {b}"


def number_range(a: object, b: object, lang: str) -> str:
    """Two figures (already written in ``lang``) as a range: "2026–2029", "0–39.9"; UN Arabic in
    words, "من 2026 إلى 2029", "من 0 إلى 39.9" ("2026–2029" beside Arabic words read
    "2029–2026" to the Arabic editor)."""
    return _ar_range(str(a), str(b)) if lang == "ar" else f"{a}–{b}"


def date_range(a: _dt.date | None, b: _dt.date | None, lang: str) -> str:
    """Two dates as the shortest range in ``lang`` ("11–15 May 2026", "28 avril – 3 mai 2026",
    "2026年5月11日至15日"); one date when they are the same or one is missing."""
    if not (a and b) or a == b or b < a:
        if a and b and b < a:
            return period_range(date_long(a, lang), date_long(b, lang), lang)
        one = a or b
        return date_long(one, lang) if one else ""
    tight, spaced = _RANGE.get(lang, _RANGE["en"])
    if lang == "ar":  # "من 11 إلى 15 أيار/مايو 2026", "من 28 نيسان/أبريل إلى 3 أيار/مايو 2026"
        first = _day(a, lang) if (a.year, a.month) == (b.year, b.month) else \
            day_month(a, lang) if a.year == b.year else date_long(a, lang)
        return _ar_range(first, date_long(b, lang))
    if lang == "zh":
        if a.year != b.year:
            return f"{date_long(a, lang)}至{date_long(b, lang)}"
        end = f"{b.day}日" if a.month == b.month else f"{b.month}月{b.day}日"
        return f"{date_long(a, lang)}至{end}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{_day(a, lang)}{tight}{date_long(b, lang)}"
    if a.year == b.year:
        return f"{day_month(a, lang)}{spaced}{date_long(b, lang)}"
    return f"{date_long(a, lang)}{spaced}{date_long(b, lang)}"


# --- quarters -----------------------------------------------------------------------------------
_ROMAN = ("I", "II", "III", "IV")
_ORDINAL = {"ar": ("الربع الأول", "الربع الثاني", "الربع الثالث", "الربع الرابع"),
            "zh": ("第一季度", "第二季度", "第三季度", "第四季度")}


def quarter(year: int, q: int, lang: str) -> str:
    """A quarter of a year: CLDR's abbreviation in en, fr, es ("Q3 2026", "T3 2026") and its wide
    form in Arabic ("الربع الثالث 2026"); UN Chinese the year first ("2026年第三季度"; CLDR "3季度 2026")
    and UN Russian a Roman numeral ("III кв. 2026 г."; CLDR "3-й кв. 2026")."""
    if not 1 <= q <= 4:
        raise ValueError(f"a quarter is 1 to 4, got {q}")
    if lang == "zh":
        return f"{year}年{_ORDINAL['zh'][q - 1]}"
    if lang == "ar":
        return f"{_ORDINAL['ar'][q - 1]} {year}"
    if lang == "ru":
        return f"{_ROMAN[q - 1]}{NBSP}кв.{NBSP}{year}{NBSP}г."
    if _is_cldr(lang):
        return f"{cldr_locale(lang).quarters['format']['abbreviated'][q]} {year}"
    letter = {"fr": "T", "es": "T"}.get(lang, "Q")
    return f"{letter}{q} {year}"


_PERIOD = LazyPattern(r"(\d{4})-Q([1-4])")


def period(text: str, lang: str) -> str:
    """A period as stored ("2026-Q3", "2026-05-15", "2026-05") written in ``lang``; anything else
    returned as it is."""
    m = _PERIOD.fullmatch((text or "").strip())
    if m:
        return quarter(int(m[1]), int(m[2]), lang)
    return written_date(text, lang)


def period_range(start: str, end: str, lang: str) -> str:
    """Two written periods (quarters or dates, already in ``lang``) as a range: "Q3 2026 – Q4 2026",
    "2026年第三季度至2026年第四季度", "III кв. 2026 г. – IV кв. 2026 г."; one alone when the other is
    missing or both are the same."""
    if not (start and end) or start == end:
        return start or end
    if lang == "ar":  # "من الربع الثالث من عام 2026 إلى الربع الأول من عام 2027"
        return _ar_range(start, end)
    return f"{start}{_RANGE.get(lang, _RANGE['en'])[1]}{end}"


_AR_QUARTER = ("الأول", "الثاني", "الثالث", "الرابع")


def quarter_span(year: int, first: int, last: int, lang: str) -> str:
    """Two quarters of one year as one range, the year written once: "Q3–Q4 2026",
    "T3–T4 2026", "III–IV кв. 2026 г.", "2026年第三季度至第四季度", "الربعان الثالث والرابع من عام 2026"
    (two that follow each other; else "من الربع الأول إلى الربع الثالث من عام 2026"); Spanish
    "T3 a T4 2026"."""
    if lang == "zh":
        return f"{year}年{_ORDINAL['zh'][first - 1]}至{_ORDINAL['zh'][last - 1]}"
    if lang == "ar":
        a, b = _AR_QUARTER[first - 1], _AR_QUARTER[last - 1]
        return (f"الربعان {a} و{b} من عام {year}" if last == first + 1
                else f"من الربع {a} إلى الربع {b} من عام {year}")
    if lang == "ru":
        return f"{_ROMAN[first - 1]}–{_ROMAN[last - 1]}{NBSP}кв.{NBSP}{year}{NBSP}г."
    if _is_cldr(lang):
        abbr = cldr_locale(lang).quarters["format"]["abbreviated"]
        return f"{abbr[first]}–{abbr[last]} {year}"
    letter = {"fr": "T", "es": "T"}.get(lang, "Q")
    dash = " a " if lang == "es" else "–"
    return f"{letter}{first}{dash}{letter}{last}{NBSP if lang == 'es' else ' '}{year}"


def stored_period_range(start: str, end: str, lang: str) -> str:
    """A stored start and end ("2026-Q3", "2026-Q4") as ``lang`` writes the range: two quarters of
    one year with the year once (:func:`quarter_span`)."""
    a, b = _PERIOD.fullmatch((start or "").strip()), _PERIOD.fullmatch((end or "").strip())
    if a and b and a[1] == b[1] and int(a[2]) < int(b[2]):
        return quarter_span(int(a[1]), int(a[2]), int(b[2]), lang)
    if lang == "ar" and a and b and a[0] != b[0]:  # each quarter with its year: "من الربع الثالث من عام 2026 إلى …"
        return _ar_range(*(f"{_ORDINAL['ar'][int(m[2]) - 1]} من عام {m[1]}" for m in (a, b)))
    return period_range(period(start, lang), period(end, lang), lang)


def open_period_range(start: str, end: str, lang: str) -> str:
    """A stored start and end as :func:`stored_period_range` writes them, a missing side shown as
    "…" ("Q4 2027 – …", "… – Q4 2027"): a change of timeline from a start alone to an end alone
    reads as the change it is, never as "Q4 2027 → Q4 2027"."""
    if (start or "").strip() and (end or "").strip():
        return stored_period_range(start, end, lang)
    if lang == "ar":  # each quarter with its year, as stored_period_range writes two of different years
        a, b = (f"{_ORDINAL['ar'][int(m[2]) - 1]} من عام {m[1]}" if (m := _PERIOD.fullmatch((x or "").strip()))
                else period(x, lang) if (x or "").strip() else "…" for x in (start, end))
        return _ar_range(a, b)
    a, b = (period(x, lang) if (x or "").strip() else "…" for x in (start, end))
    return f"{a}{_RANGE.get(lang, _RANGE['en'])[1]}{b}"


# --- lists --------------------------------------------------------------------------------------
# "A, B and C": CLDR's list patterns (en_GB: no serial comma, as UN English). (middle, end)
_LIST = {"en": (", ", " and "), "fr": (", ", " et "), "es": (", ", " y "), "ar": (" و", " و"),
         "zh": ("、", "和"), "ru": (", ", " и ")}
# an enumeration without a conjunction, and the stronger separator between items that hold commas
_COMMA = {"ar": "، ", "zh": "、"}
# (French: a narrow no-break space before ";", as UN French prints it; the report's typographic pass
# leaves it as it is, and the workbook, which has no such pass, gets it here)
_SEMICOLON = {"ar": "؛ ", "zh": "；", "fr": NNBSP + "; "}
_ACRONYM = LazyPattern(r"^\W*\w*[A-ZА-ЯЁ]\w*[A-ZА-ЯЁ0-9]")  # SDG, ООН, S1, ПАРИЖ21: kept as written


# the titles of instruments and publications among the application's Russian labels: a proper name
# keeps its capital inside a list ("показатели ЦУР, Глобальный договор о миграции, Демографический
# ежегодник Организации Объединенных Наций", ru editor item 15)
_RU_TITLES = ("Глобальный договор", "Демографический ежегодник")


def list_item_case(item: str, lang: str) -> str:
    """An item inside a list: Russian writes a common noun in lower case after the first item
    ("пол, возраст", not "Пол, Возраст"); an acronym or code, or the title of an instrument
    (:data:`_RU_TITLES`), keeps its capitals. Other languages: unchanged."""
    if lang != "ru" or not item or _ACRONYM.match(item) or item.startswith(_RU_TITLES):
        return item
    return item[0].lower() + item[1:]


# the proper names among the application's Portuguese answer options: an institution's or an
# instrument's name keeps its capital inside a list ("Ministério dos Negócios Estrangeiros", "Pacto
# Global para as Migrações", "Anuário Demográfico das Nações Unidas")
_PT_PROPER = ("Ministério", "Presidência", "Pacto Global", "Anuário Demográfico", "Nações Unidas", "Banco Mundial",
              "Manual da Balança")
# the languages that write an answer option in lower case inside a list, and the names they keep
_INSIDE_LIST = {"ru": _RU_TITLES, "pt": _PT_PROPER}


def option_case(item: str, lang: str) -> str:
    """An answer option's label inside a list, after the first: Russian as :func:`list_item_case`;
    Portuguese writes a common noun in lower case too ("Sexo, idade, país de nascimento") when the
    label starts with a capital followed by a lower-case letter (an acronym, "ODS", "S1", keeps its
    capitals) and is not a proper name (:data:`_PT_PROPER`). Other languages: unchanged."""
    if lang == "ru":
        return list_item_case(item, lang)
    proper = _INSIDE_LIST.get(lang)
    if proper is None or not (item[:1].isupper() and item[1:2].islower()) or item.startswith(proper):
        return item
    return item[0].lower() + item[1:]


def _options_inside(items: list[str], lang: str) -> list[str]:
    """``items``, labels of a list, each after the first as :func:`option_case` writes it."""
    return [items[0], *(option_case(x, lang) for x in items[1:])] if items and lang in _INSIDE_LIST else items


def _list_words(lang: str) -> tuple[str, str]:
    if lang in _LIST:
        return _LIST[lang]
    if not _is_cldr(lang):
        return _LIST["en"]
    patterns = cldr_locale(lang).list_patterns["standard"]
    return _cldr_pattern(str(patterns["middle"])), _cldr_pattern(str(patterns["end"]))


def join_list(items: Iterable[str], lang: str, *, labels: bool = False) -> str:
    """"A, B and C" as ``lang`` writes it: "A, B et C", "A وB وC", "A、B和C", "A, B и C" (CLDR).
    ``labels``: the items are the application's own labels (choices, variables), not names: in
    Russian and Portuguese those after the first are written in lower case (:func:`option_case`)."""
    items = [x for x in items if x]
    if not items:
        return ""
    if labels:
        items = _options_inside(items, lang)
    middle, end = _list_words(lang)
    if len(items) == 1:
        return items[0]
    if lang == "ar" and any(_starts_left_to_right(x) for x in items[1:]):
        # "و" is written joined to the next word: never to an English name ("(NSOV)وMinistry"); a list
        # of names in another script takes the Arabic list punctuation, "؛" when an item holds a comma
        held = any("," in x or "،" in x for x in items)
        return (_SEMICOLON if held else _COMMA)["ar"].join(items)
    return middle.join(items[:-1]) + end + items[-1]


def clause_list(items: Sequence[str], lang: str) -> str:
    """Clauses in a series, each with its own verb ("3 can be answered …, 6 with a shortfall and 1
    not at all"): as :func:`join_list`, but **UN Chinese** separates clauses with "，" and no "和"
    ("3个可以……回答，6个……不足，1个完全无法回答"): "、" and "和" join nouns only; **UN Arabic**
    with "، ", each clause its own conjunction, a repeated verb left out (:func:`_ar_clauses`)."""
    items = [x for x in items if x]
    if lang == "ar":
        return _ar_clauses(items)
    return "，".join(items) if lang == "zh" else join_list(items, lang)


def _ar_clauses(items: Sequence[str]) -> str:
    """UN Arabic clauses in a series (the Arabic editor's item 3): separated by "، ", each
    after the first with its own conjunction ("و…", "في حين …"), and a verb the clause before opened
    not written again: "يمكن الإجابة عن 3 أسئلة …، وعن 6 أسئلة …، في حين لا يمكن الإجابة إطلاقًا
    عن سؤال واحد" (the verb is the words before the clause's "عن")."""
    out: list[str] = []
    lead = ""
    for x in items:
        own = x.removeprefix("و").partition(" عن ")
        if out and lead and x.startswith("و" + lead + " عن "):
            x = "و" + x[len("و" + lead) + 1:]
        lead = own[0] if own[1] else ""
        out.append(x)
    return "، ".join(out)


def _starts_left_to_right(text: str) -> bool:
    """Whether the first letter of ``text`` is written left to right (a figure is no letter)."""
    import unicodedata

    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL", "L"):
            return kind == "L"
    return False


def enumeration(items: Sequence[str], lang: str, *, labels: bool = False) -> str:
    """Items joined without a conjunction: "A, B", Arabic "A، وB" (every item after the first with
    "و", unless it starts left to right: "S1، S2"), Chinese "A、B" (the choices of an answer, the SDG
    indicators of a question); ``labels`` as :func:`join_list`."""
    items = [x for x in items if x]
    if labels:
        items = _options_inside(items, lang)
    if lang == "ar" and not any(_starts_left_to_right(x) for x in items[1:]):
        # UN Arabic links every item after the first with "و" (the Arabic editor's item 13):
        # "المتغيرات، والتصنيف، والمواءمة"; never joined to a code or an English name ("S1، S2")
        items = [*items[:1], *("و" + x for x in items[1:])]
    return _COMMA.get(lang, ", ").join(items)


def comma(lang: str) -> str:
    """The comma between two parts of a sentence the application joins: ", ", "، ", "，"."""
    return {"ar": "، ", "zh": "，"}.get(lang, ", ")


def semicolon(lang: str) -> str:
    """The semicolon between two parts the application joins, by the language of the text it is
    in, never by the script of the part before it (an English name in an Arabic cell is followed by
    "؛ "): "; ", French narrow no-break space and "; ", "؛ ", "；"."""
    return _SEMICOLON.get(lang, "; ")


def semicolon_list(items: Sequence[str], lang: str, *, labels: bool = False) -> str:
    """Items that may hold commas, joined with the language's semicolon: "A; B", French "A ; B"
    (narrow no-break space), "A؛ B", "A；B";
    ``labels`` as :func:`join_list`."""
    items = [x for x in items if x]
    if labels:
        items = _options_inside(items, lang)
    return semicolon(lang).join(items)


# --- brackets and spacing -----------------------------------------------------------------------
def bracketed(text: str, lang: str) -> str:
    """``text`` in round brackets as ``lang`` writes them after a word: " (…)", Chinese full-width
    "（…）" with no space before; Arabic after a no-break space, so that a line never starts with
    the bracket of the word before it ("التكلفة (XOF)", the cost columns' headings)."""
    if lang == "zh":
        return f"（{text}）"
    return f"\u00a0({text})" if lang == "ar" else f" ({text})"


def full_stop(lang: str) -> str:
    """The full stop that ends a sentence the application builds: ".", Chinese "。"."""
    return "。" if lang == "zh" else "."


def slashed(a: str, b: str, lang: str) -> str:
    """Two headings of one column: "Comment / evidence", Chinese full-width "评论／证据"."""
    return f"{a}／{b}" if lang == "zh" else f"{a} / {b}"


def scale_level(level: int | str, meaning: str, lang: str) -> str:
    """A level of a scale and its written meaning: "3 – High: …"; **UN Russian** sets a spaced em
    dash between them ("3 — Высокая: …"), as between any two words; **UN Chinese** the meaning in
    brackets, no dash ("3（高）：…"; a meaning explained after a colon keeps the explanation outside)."""
    if lang == "zh":
        head, colon, rest = meaning.partition("：")
        return f"{level}{bracketed(head, lang)}{colon}{rest}"
    return f"{level} {'—' if lang == 'ru' else '–'} {meaning}"


def code_and_name(code: str, name: str, lang: str) -> str:
    """A code and the name it stands for: "CEN — Census"; **UN Chinese** the name in brackets, no
    dash ("CEN（人口普查）"), so the two never part at a line's end."""
    if lang == "zh":
        return f"{code}{bracketed(name, lang)}"
    return f"{code} — {name}"


def form_label(label: str, lang: str) -> str:
    """A field's label as a form writes it before the field: "Website:"; French a space before the
    colon ("Site web :"); **UN Chinese** a full-width colon ("网站：")."""
    if lang == "zh":
        return f"{label}："
    return f"{label} :" if lang == "fr" else f"{label}:"


def label_and_text(label: str, text: str, lang: str) -> str:
    """A label, a colon and what it labels, in a line of a table: "Overall objective: …"; French a
    no-break space before the colon ("Objectif global\u00a0: …"); **UN Chinese** a full-width colon
    and no space ("总体目标：…")."""
    if lang == "zh":
        return f"{label}：{text}"
    return f"{label}\u00a0: {text}" if lang == "fr" else f"{label}: {text}"


def code_colon_name(code: str, name: str, lang: str) -> str:
    """A code, a colon and its name, as a label of a workbook's row: "CEN: Census"; **UN Chinese**
    a full-width colon and no space ("CEN：人口普查")."""
    return f"{code}：{name}" if lang == "zh" else f"{code}: {name}"


def row_and_column(row: str, column: str, lang: str) -> str:
    """A grid's row and column named together: "Citizens abroad – Available"; **UN Russian** a spaced
    em dash and the column's label in lower case after it ("Граждане, проживающие за рубежом — имеются"),
    as between any two words (:func:`scale_level`, :func:`list_item_case`)."""
    if lang == "ru":
        return f"{row} — {list_item_case(column, lang)}"
    if lang == "zh":  # UN Chinese: a colon, no dash ("旅居国外的公民：可得")
        return f"{row}：{column}"
    return f"{row} – {column}"


def with_code(name: str, code: str, lang: str) -> str:
    """A name and its code in brackets, one pair of brackets only: "Kenya (KEN)", "Republic of
    Veloria (fictional, XVL)" (not "(fictional) (XVL)"), Chinese "韦洛里亚共和国（虚构，XVL）"."""
    if not code:
        return name
    for close, opening in ((")", "("), ("）", "（")):
        if name.endswith(close) and opening in name:
            return f"{name[:-1]}{comma(lang)}{code}{close}"
    return f"{name}{bracketed(code, lang)}"


_HAN = "\u3400-\u9fff\uf900-\ufaff"
_FULL_WIDTH_SPACE_AFTER = LazyPattern(r"([。，、；：！？）」』》])[ \t]+")
_SPACE_BEFORE_FULL = LazyPattern(r"[ \t]+([。，、；：！？（）])")
_HALF_AFTER_HAN = LazyPattern(rf"(?<=[{_HAN}])[ \t]*([,;:!?])[ \t]*")
_HALF_BRACKETS = LazyPattern(rf"[ \t]*\(([^()]*[{_HAN}][^()]*)\)[ \t]*")
_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}


def cjk_punctuation(text: str) -> str:
    """Chinese text the application wrote, as UN Chinese prints it: full-width "，；：！？" after a
    Chinese character, full-width brackets "（…）" round a text with Chinese in it, and no space
    after or before full-width punctuation ("。 下一句" → "。下一句"). Latin text, figures and codes
    ("1.2.0", "S1, S2", "10:30") are left as they are. Never applied to the user's own text."""
    if not text:
        return text
    text = _HALF_BRACKETS.sub(lambda m: f"（{m[1].strip()}）", text)
    text = _HALF_AFTER_HAN.sub(lambda m: _FULL[m[1]], text)
    text = _FULL_WIDTH_SPACE_AFTER.sub(r"\1", text)
    return _SPACE_BEFORE_FULL.sub(r"\1", text)


# --- reading a period back ----------------------------------------------------------------------
# What an officer types in a Start or End field, read back to the stored code ("2026-Q3",
# "2026-05-15"): what :func:`period` writes in any of the six languages, the codes themselves and
# the usual other spellings ("Q3 2026", "3-й квартал 2026 г.", "2026年第3季度", "June 18, 2026").
# The locale's short numeric date ("18/06/2026") is read by the window with Babel (gui/numbers.py).

class PeriodError(ValueError):
    """Typed text that is neither a quarter nor a date."""


_TYPED_CHARS: dict[str, str | None] = {
    **{chr(0x0660 + i): str(i) for i in range(10)},   # Arabic-Indic digits
    **{chr(0x06F0 + i): str(i) for i in range(10)},   # Persian digits
    **{chr(0xFF10 + i): str(i) for i in range(10)},   # full-width digits
    **dict.fromkeys("\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\u0640"),  # marks, tatweel
    NBSP: " ", NNBSP: " ", "\u3000": " ", "\u2009": " ", "－": "-", "–": "-", "／": "/", "．": "."}
_TYPED = str.maketrans(_TYPED_CHARS)
_QUARTER_WORDS = {"الأول": 1, "الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4,
                  "一": 1, "二": 2, "三": 3, "四": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4,
                  "1": 1, "2": 2, "3": 3, "4": 4}
_Y = r"(?P<y>\d{4})"
_RU_YEAR = r"(?:\s*(?:г\.?|года?))?"
# The forms are compiled at the first period read (4 ms): scoring and the list, which import this
# module for the numbers and dates they write, never read one.
_QUARTER_PATTERNS = (
    rf"{_Y}\s*[-/ ]?\s*q(?P<q>[1-4])",                                              # 2026-Q3, 2026q3
    rf"[qt](?P<q>[1-4])\s*[-/ ]?\s*{_Y}",                                           # Q3 2026, T3 2026
    rf"(?P<q>[1-4]|i{{1,3}}|iv)(?:\s*-?\s*(?:й|ий))?\s*(?:кв\.?|квартал)\s*{_Y}{_RU_YEAR}",  # III кв. 2026 г.
    rf"{_Y}\s*年?\s*第?\s*(?P<q>[1-4一二三四])\s*季度?",                                # 2026年第三季度
    rf"第?\s*(?P<q>[1-4一二三四])\s*季度\s*{_Y}\s*年?",                                 # 3季度 2026 (CLDR)
    rf"الربع\s*(?P<q>الأول|الاول|الثاني|الثالث|الرابع|[1-4])\s*(?:من\s*)?(?:(?:عام|سنة)\s*)?{_Y}",
    rf"(?P<q>[1-4])\s*(?:st|nd|rd|th|e|er|ème|eme|\.?er|\.?º|\.?o)?\s*(?:quarter|trimestre)\s*(?:of|de|del)?\s*{_Y}",
)


def _month_names() -> dict[str, int]:
    """Every spelling of a month a date may be typed with, casefolded, to its number."""
    names: dict[str, int] = {}
    for months in (*_MONTHS.values(), _RU_STANDALONE):
        for i, name in enumerate(months, 1):
            names[name.casefold()] = i
            for half in name.split("/"):  # UN Arabic's pair, or either of its names
                names[half.casefold()] = i
    names.update({"يونيو": 6, "يوليو": 7})  # CLDR's Arabic spelling of June and July
    from .languages import LANGUAGES

    for lang in LANGUAGES:  # a language the tables do not list: CLDR's names, as it writes them
        if _is_cldr(lang):
            for context in ("format", "stand-alone"):
                for i, name in cldr_locale(lang).months[context]["wide"].items():
                    names.setdefault(str(name).casefold(), int(i))
    for i, name in enumerate(_MONTHS["en"], 1):  # "Jun 18, 2026", "18 Sept 2026"
        names.setdefault(name[:3].casefold(), i)
    names["sept"] = 9
    return names


@functools.cache
def _period_forms() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...], dict[str, int]]:
    """(the quarter forms, the date forms, the month names to their numbers), compiled once."""
    month_number = _month_names()
    m = "(?P<m>" + "|".join(re.escape(n).replace("/", r"\s*/\s*")
                            for n in sorted(month_number, key=len, reverse=True)) + r")\.?"
    dates = (
        rf"{_Y}-(?P<mm>\d{{1,2}})-(?P<d>\d{{1,2}})",                                  # 2026-06-18
        rf"{_Y}\s*年\s*(?P<mm>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*日?",                 # 2026年6月18日
        rf"(?P<d>\d{{1,2}})\s*(?:er)?\s*(?:de\s+)?{m}\s*,?\s*(?:de\s+)?{_Y}{_RU_YEAR}",  # 18 июня 2026 года
        rf"{m}\s*(?P<d>\d{{1,2}})\s*,?\s*{_Y}",                                        # June 18, 2026
    )
    return (tuple(re.compile(p) for p in _QUARTER_PATTERNS), tuple(re.compile(p) for p in dates), month_number)


def typed_digits(text: str) -> str:
    """Typed text with Arabic-Indic and Persian digits as 0-9, no direction marks or isolates,
    full-width separators and no-break spaces as their plain forms."""
    return (text or "").translate(_TYPED)


def parse_period(text: str | None) -> str | None:
    """A typed start or end read back to its stored code: "2026-Q3" or "2026-06-18"; None when
    empty. Reads what :func:`period` writes in every language ("III кв. 2026 г.",
    "الربع الثالث 2026", "2026年第三季度", "18 حزيران/يونيه 2026"), the codes, and the usual other
    spellings; Arabic-Indic digits as 0-9. Raises :class:`PeriodError` for anything else."""
    s = " ".join(typed_digits(text or "").split()).casefold()
    if not s:
        return None
    quarter_forms, date_forms, month_number = _period_forms()
    for form in quarter_forms:
        m = form.fullmatch(s)
        if m:
            return f"{m['y']}-Q{_QUARTER_WORDS[m['q']]}"
    for form in date_forms:
        m = form.fullmatch(s)
        if m:
            month = int(m["mm"]) if "mm" in m.groupdict() else month_number[re.sub(r"\s*/\s*", "/", m["m"])]
            try:
                return _dt.date(int(m["y"]), month, int(m["d"])).isoformat()
            except ValueError:
                break
    raise PeriodError(f"{text!r} is neither a quarter nor a date")


# --- quotation marks ----------------------------------------------------------------------------
# The first and second level of each language's quotation marks: a quotation inside a quotation takes
# the second ("«Семинар „Миграция“»", French « … “ … ” … », English “ … ‘ … ’ … ”). A language the
# table does not list: its own first level (languages.json), and English's second or, after « »,
# “ ”.
_QUOTE_LEVELS = {"en": (("\u201c", "\u201d"), ("\u2018", "\u2019")), "fr": (("«", "»"), ("\u201c", "\u201d")),
                 "es": (("«", "»"), ("\u201c", "\u201d")), "ru": (("«", "»"), ("\u201e", "\u201c")),
                 "ar": (("«", "»"), ("\u201c", "\u201d")), "zh": (("\u201c", "\u201d"), ("\u2018", "\u2019")),
                 "pt": (("«", "»"), ("\u201c", "\u201d"))}


def quote_levels(lang: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """The language's quotation marks, first level then second: (("«", "»"), ("„", "“")) in Russian."""
    if lang in _QUOTE_LEVELS:
        return _QUOTE_LEVELS[lang]
    from .languages import BY_CODE

    known = BY_CODE.get(lang)
    first = tuple(known.quotes) if known is not None and len(known.quotes) == 2 else _QUOTE_LEVELS["en"][0]
    second = _QUOTE_LEVELS["en"][1] if first == _QUOTE_LEVELS["en"][0] else ("\u201c", "\u201d")
    return (first[0], first[1]), second


_QUOTE_SPACES = " " + NBSP + NNBSP  # French spaces inside « », none inside the second-level marks


def nested_quotes(text: str, lang: str) -> str:
    """``text`` with each quotation inside a quotation in the language's second-level marks
    ("«Доклад «Миграция»»" -> "«Доклад „Миграция“»"; a third level takes the first again), and
    without the spaces French puts inside « » around the inner marks. Idempotent."""
    (o1, c1), (o2, c2) = quote_levels(lang)
    if o1 == c1 or text.count(o1) < 2:
        return text
    out: list[str] = []
    depth = 0
    for ch in text:
        if ch == o1:
            depth += 1
            out.append(o1 if depth % 2 else o2)
        elif ch == c1 and depth:
            if not depth % 2:
                while out and out[-1] in _QUOTE_SPACES:
                    out.pop()
            out.append(c1 if depth % 2 else c2)
            depth -= 1
        elif ch in _QUOTE_SPACES and out and out[-1] == o2 and not depth % 2:
            continue
        else:
            out.append(ch)
    return "".join(out)


def quoted(text: str, lang: str) -> str:
    """``text`` between the language's quotation marks, a quotation inside it in the second-level
    marks (:func:`nested_quotes`): "«Семинар „Миграция“»", "« Rapport “Migration” »"."""
    (o1, c1), _ = quote_levels(lang)
    inner = NBSP if lang == "fr" else ""
    return nested_quotes(f"{o1}{inner}{text}{inner}{c1}", lang)


# --- a reporting period in words ----------------------------------------------------------------
# A reporting period of the plan's follow-up ("2026", "2026-H1") as a sentence names it: a year with
# its word where the language says it ("2026 год", "2026年", "عام 2026"), a half-year in words ("первое
# полугодие 2026 года", "the first half of 2026"). The sentences put it after the language's
# preposition ("за 2026 год", "in 2026", "في عام 2026").
_YEAR_WORDS = {"ru": "{y}" + NBSP + "год", "zh": "{y}年", "ar": "عام {y}"}
_HALF_WORDS = {"en": ("the first half of {y}", "the second half of {y}"),
               "fr": ("premier semestre {y}", "second semestre {y}"),
               "es": ("primer semestre de {y}", "segundo semestre de {y}"),
               "pt": ("primeiro semestre de {y}", "segundo semestre de {y}"),
               "ru": ("первое полугодие {y}" + NBSP + "года", "второе полугодие {y}" + NBSP + "года"),
               "zh": ("{y}年上半年", "{y}年下半年"), "ar": ("النصف الأول من عام {y}", "النصف الثاني من عام {y}")}
_REPORTING_PERIOD = LazyPattern(r"(\d{4})(?:-H([12]))?")
# French, Spanish and Portuguese put an article before a half-year and none before a year, and
# join it to the preposition before it ("au premier semestre 2026" but "en 2026", "del primer
# semestre", "no primeiro semestre"): their sentences leave the preposition out and the period is
# given with it, as the sentence uses it (a year's form first, then a half-year's). "in": the
# period's time ("en 2026"); "end": after "the end" ("à la fin de 2026"); "for": what a report is
# for ("pour 2026"); "title": the report's title ("correspondiente a 2026"); "into": what an
# action's timeline runs into ("s'étend sur 2026"). Every other language, and "name" (a heading's
# label), the period as reporting_period names it, the sentence keeping its own preposition.
_PERIOD_USES: dict[str, dict[str, tuple[str, str]]] = {
    "fr": {"in": ("en {p}", "au {p}"), "end": ("de {p}", "du {p}"), "for": ("pour {p}", "pour le {p}"),
           "title": ("pour {p}", "pour le {p}"), "into": ("sur {p}", "sur le {p}")},
    "es": {"in": ("en {p}", "en el {p}"), "end": ("de {p}", "del {p}"), "for": ("para {p}", "para el {p}"),
           "title": ("correspondiente a {p}", "correspondiente al {p}"), "into": ("{p}", "el {p}")},
    "pt": {"in": ("em {p}", "no {p}"), "end": ("de {p}", "do {p}"), "for": ("para {p}", "para o {p}"),
           "title": ("relativo a {p}", "relativo ao {p}"), "into": ("a {p}", "ao {p}")},
}
PERIOD_USES = ("name", "in", "end", "for", "title", "into")
# A half-year as a table's column names it, short and in words, broken (if at all) at a space, never
# inside the year and its word ("H1 2026", "1er semestre 2026", "1-е полугодие 2026 г.", "النصف الأول
# 2026", "2026年上半年"): never the stored code "2026-H1", which no editor prints. Russian's
# "полугодие" alone fills a narrow column: "1-е", "полугодие" and "2026 г." may take a line each.
_HALF_HEADS = {"en": ("H1" + NBSP + "{y}", "H2" + NBSP + "{y}"),
               "fr": ("1er" + NBSP + "semestre {y}", "2e" + NBSP + "semestre {y}"),
               "es": ("1.er" + NBSP + "semestre de" + NBSP + "{y}", "2.º" + NBSP + "semestre de" + NBSP + "{y}"),
               "pt": ("1.º" + NBSP + "semestre de" + NBSP + "{y}", "2.º" + NBSP + "semestre de" + NBSP + "{y}"),
               "ru": ("1-е полугодие {y}" + NBSP + "г.", "2-е полугодие {y}" + NBSP + "г."),
               "ar": ("النصف" + NBSP + "الأول {y}", "النصف" + NBSP + "الثاني {y}"),
               "zh": ("{y}年上半年", "{y}年下半年")}


def period_head(period: str, lang: str) -> str:
    """A reporting period as a table's column heads it: a year as its number ("2026"), a half-year
    short and in words (``_HALF_HEADS``: "H1 2026", "1er semestre 2026", "1-е полугодие 2026 г.");
    a half-year in a language the table does not list in words as reporting_period names it, and
    anything else as it is."""
    m = _REPORTING_PERIOD.fullmatch((period or "").strip())
    if m is None or m[2] is None:
        return m[1] if m is not None else period
    forms = _HALF_HEADS.get(lang)
    return forms[int(m[2]) - 1].format(y=m[1]) if forms else reporting_period(period, lang)


def reporting_period(period: str, lang: str, use: str = "name") -> str:
    """A reporting period as stored ("2026", "2026-H1") named in ``lang``: "2026 год", "2026年",
    "عام 2026", "2026"; "первое полугодие 2026 года", "the first half of 2026". Anything else, or a
    half-year in a language the table does not list, as it is. ``use`` (one of ``PERIOD_USES``):
    how the sentence uses it, in French, Spanish and Portuguese with the preposition the sentence
    leaves out ("au premier semestre 2026", "en 2026", "del primer semestre de 2026")."""
    m = _REPORTING_PERIOD.fullmatch((period or "").strip())
    if m is None:
        named = period
    elif m[2] is None:
        named = _YEAR_WORDS.get(lang, "{y}").format(y=m[1])
    else:
        forms = _HALF_WORDS.get(lang)
        named = forms[int(m[2]) - 1].format(y=m[1]) if forms else period
    uses = _PERIOD_USES.get(lang, {}).get(use)
    if uses is None:
        return named
    return uses[1 if m is not None and m[2] is not None else 0].format(p=named)


# An amount of money inside a sentence names its currency, one convention per language for every
# sentence (a planning unit read "MAD 250 000" in one sentence and "250 000 марокканских дирхамов" in
# the next as two styles): by its name in the form its figure takes (CLDR's plural forms: "3 208 871
# марокканский дирхам", "732 500 марокканских дирхамов"), which are the nominative and, for a
# currency, the accusative. After a preposition that governs the genitive Russian declines the name
# ("в размере 3 208 871 марокканского дирхама", "из 450 000 марокканских дирхамов"): a figure whose
# form is "one" (or a fraction's) takes the singular genitive, CLDR's "other" form ("марокканского
# дирхама"), any other figure the plural genitive, its "many" form ("марокканских дирхамов"). A
# preposition of another case (dative, instrumental, prepositional), whose forms CLDR does not give,
# is never written before an amount in the catalogues (tests/reports/test_implementation_report_planning_unit.py);
# a catalogue that does gets the ISO code there, which needs no declension. Arabic's counted noun
# takes its form from the figure alone ("3 208 871 درهمًا مغربيًا", "732 500 درهم مغربي"): no rule.
_RU_GENITIVE = ("в размере", "в сумме", "в объеме", "без", "вместо", "для", "до", "из", "кроме", "около", "от",
                "после", "против", "свыше", "сверх", "у")
_RU_OWN_FORM = ("на", "за", "через", "про")   # the accusative: an inanimate noun's nominative forms
_RU_PREPOSITIONS = (*_RU_GENITIVE, *_RU_OWN_FORM, "в", "во", "к", "ко", "между", "над", "о", "об", "по", "под",
                    "при", "с", "со")


def _after(words: Sequence[str]) -> LazyPattern:
    return LazyPattern(r"(?:^|[\s(«\"—])(?:" + "|".join(p.replace(" ", r"\s+") for p in words) + r")[\s\u00a0]*$",
                      re.IGNORECASE)


_AMOUNT_CASES = {"ru": ((_after(_RU_GENITIVE), "genitive"), (_after(_RU_OWN_FORM), ""),
                        (_after(_RU_PREPOSITIONS), "code"))}


def amount_case(before: str, lang: str) -> str:
    """How an amount of money that follows ``before`` (the sentence's words up to it) names its
    currency: "" by its name in the form its figure takes, "genitive" by its name declined (Russian,
    after a preposition governing the genitive), "code" by its ISO code (a preposition of a case
    CLDR's forms cannot give, which no catalogue of the application writes)."""
    for rule, case in _AMOUNT_CASES.get(lang, ()):
        if rule.search(before):
            return case
    return ""


def amount_by_code(before: str, lang: str) -> bool:
    """Whether an amount of money that follows ``before`` is written with its currency's ISO code
    rather than its name (:func:`amount_case`)."""
    return amount_case(before, lang) == "code"
