"""The UN editorial rules (domain/editorial.py), per language: what CLDR says, checked against
Babel itself, and where UN practice differs, the UN form (docs/languages.md, "Editorial rules")."""
from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_decimal, format_percent

from capacity_app.domain import editorial as ed
from capacity_app.domain.languages import LANGUAGES, language

MAY15 = dt.date(2026, 5, 15)


# --- where the rule is CLDR's, it is Babel's output --------------------------------------------
@pytest.mark.parametrize("lang", ["en", "fr", "ar", "zh", "ru"])
@pytest.mark.parametrize("x", [0, 7, 999, 1000, 2500, 12345.678, 2500000.5, -1234.5])
def test_numbers_are_cldr_where_the_un_writes_as_cldr(lang, x):
    assert ed.number(x, lang, 1) == format_decimal(x, format="#,##0.0", locale=language(lang).babel)


@pytest.mark.parametrize("lang", ["en", "fr", "es", "zh", "ru"])
def test_percent_is_cldr_outside_arabic(lang):
    assert ed.percent(98, lang, 0) == format_percent(0.98, locale=language(lang).babel)


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
@pytest.mark.parametrize("day", [dt.date(2026, m, d) for m in range(1, 13) for d in (2, 28)])
def test_dates_are_cldr_long_dates_in_en_fr_es(lang, day):
    assert ed.date_long(day, lang) == format_date(day, "long", locale=language(lang).babel)


def test_russian_month_names_are_cldr_genitive_and_standalone():
    for m in range(1, 13):
        d = dt.date(2026, m, 3)
        assert ed.month_name(m, "ru") == format_date(d, "MMMM", locale="ru")
        assert ed.month_name(m, "ru", standalone=True) == format_date(d, "LLLL", locale="ru")


def test_chinese_dates_are_cldr():
    for d in (MAY15, dt.date(2026, 12, 1)):
        assert ed.date_long(d, "zh") == format_date(d, "long", locale="zh_Hans_CN")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lists_are_cldr(lang):
    word = "ب" if lang == "ar" else "a"  # Arabic writes "و" joined to the next word: an Arabic one
    for n in (2, 3, 4):
        items = [f"{word}{i}" for i in range(n)]
        assert ed.join_list(items, lang) == format_list(items, locale=language(lang).babel)


def test_an_arabic_list_of_english_names_takes_arabic_punctuation():
    """The Arabic editor read "(NSOV)وMinistry of the Interior, Migration Directorateو…" on the plan's
    introduction: "و" glued to an English name. A list with a name in another script is punctuated
    ("؛" when a name holds a comma); figures keep the conjunction ("1 و2")."""
    names = ["Statistics Office (NSOV)", "Ministry of the Interior, Migration Directorate", "Central Bank"]
    assert ed.join_list(names, "ar") == "Statistics Office (NSOV)؛ Ministry of the Interior, Migration Directorate؛ Central Bank"
    assert ed.join_list(["NSOV", "IOM"], "ar") == "NSOV، IOM"
    assert ed.join_list(["وزارة الداخلية", "IOM"], "ar") == "وزارة الداخلية، IOM"
    assert ed.join_list(["1", "2", "3"], "ar") == "1 و2 و3"
    assert ed.join_list(["NSOV", "IOM"], "fr") == "NSOV et IOM"


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar"])
def test_quarters_are_cldr_in_en_fr_es_ar(lang):
    babel = language(lang).babel
    pattern = "QQQQ y" if lang == "ar" else "QQQ y"
    for q in range(1, 5):
        assert ed.quarter(2026, q, lang) == format_date(dt.date(2026, 3 * q - 2, 1), pattern, locale=babel)


# --- where the UN differs ---------------------------------------------------------------------
def test_arabic_dates_name_both_months_as_un_arabic():
    assert ed.date_long(MAY15, "ar") == "15 أيار/مايو 2026"
    assert ed.month_name(6, "ar") == "حزيران/يونيه"
    assert ed.month_name(7, "ar") == "تموز/يوليه"
    assert ed.month_name(11, "ar") == "تشرين الثاني/نوفمبر"
    assert ed.written_date("2026-05", "ar") == "أيار/مايو 2026"
    assert format_date(MAY15, "long", locale="ar") == "15 مايو 2026"  # CLDR: the UN differs


def test_russian_dates_write_the_year_out():
    # the day tied to its month and «года» to its year by no-break spaces: a line never breaks
    # "1 | марта 2027 года" (the implementation report's list of changes, Russian editor)
    assert ed.date_long(MAY15, "ru") == "15\u00a0мая 2026\u00a0года"
    assert ed.written_date("2026-06-18", "ru") == "18\u00a0июня 2026\u00a0года"
    assert ed.written_date("2026-05", "ru") == "май 2026\u00a0года"
    assert ed.day_month(MAY15, "ru") == "15\u00a0мая"
    assert ed.parse_period(ed.date_long(MAY15, "ru")) == "2026-05-15"  # read back as written


@pytest.mark.parametrize(("lang", "one", "both"), [
    ("en", "Q3 2026", "Q3–Q4 2026"),
    ("fr", "T3 2026", "T3–T4 2026"),
    ("es", "T3 2026", "T3 a T4\u00a02026"),
    ("ar", "الربع الثالث 2026", "الربعان الثالث والرابع من عام 2026"),
    ("zh", "2026年第三季度", "2026年第三季度至第四季度"),
    ("ru", "III\u00a0кв.\u00a02026\u00a0г.", "III–IV\u00a0кв.\u00a02026\u00a0г."),
])
def test_quarters_and_ranges(lang, one, both):
    assert ed.period("2026-Q3", lang) == one
    assert ed.stored_period_range("2026-Q3", "2026-Q4", lang) == both
    assert ed.stored_period_range("2026-Q3", "2026-Q3", lang) == one
    assert ed.stored_period_range("", "2026-Q3", lang) == one
    assert "Q3 –" not in both or lang == "en"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Q3 2026 – Q1 2027"), ("ru", "III\u00a0кв.\u00a02026\u00a0г.\u00a0— I\u00a0кв.\u00a02027\u00a0г."),
    ("zh", "2026年第三季度至2027年第一季度"), ("ar", "من الربع الثالث من عام 2026 إلى الربع الأول من عام 2027"),
])
def test_quarters_across_two_years_write_both_years(lang, text):
    """The year once only when both quarters are in it; the Russian range's em dash is
    tied to the quarter before it (a line never starts with it)."""
    assert ed.stored_period_range("2026-Q3", "2027-Q1", lang) == text
    assert ed.quarter_span(2026, 1, 3, "ar") == "من الربع الأول إلى الربع الثالث من عام 2026"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "98.1%"), ("fr", "98,1\u00a0%"), ("es", "98,1\u00a0%"), ("ar", "98.1\u00a0في\u00a0المائة"),
    ("zh", "98.1%"), ("ru", "98,1\u00a0%")])
def test_percent_one_form_per_language(lang, text):
    assert ed.percent(98.05, lang) == text


@pytest.mark.parametrize(("lang", "big", "four"), [
    ("en", "2,500,000", "2,500"), ("fr", "2\u202f500\u202f000", "2\u202f500"),
    ("es", "2\u00a0500\u00a0000", "2500"),  # UN Spanish: spaces, not "2.500.000" (CLDR)
    ("ar", "2,500,000", "2,500"), ("zh", "2,500,000", "2,500"), ("ru", "2\u00a0500\u00a0000", "2\u00a0500")])
def test_thousands(lang, big, four):
    assert ed.number(2500000, lang) == big
    assert ed.number(2500, lang) == four


@pytest.mark.parametrize(("lang", "text"), [("en", "8.35"), ("fr", "8,35"), ("es", "8,35"), ("ar", "8.35"),
                                            ("zh", "8.35"), ("ru", "8,35")])
def test_decimal_sign_and_trimmed_figures(lang, text):
    assert ed.number(8.349999, lang, 2, trim=True) == text
    assert ed.number(12.0, lang, 2, trim=True) == "12"


def test_number_rounds_half_up_once():
    assert ed.number(53.85, "en", 1) == "53.9"
    assert ed.number(-0.04, "ru", 1) == "0,0"


def test_russian_lists_lower_case_inside_keep_acronyms():
    assert ed.join_list(["Пол", "Возраст", "Страна рождения"], "ru", labels=True) == "Пол, возраст и страна рождения"
    assert ed.enumeration(["Пол", "ООН", "S1", "ПАРИЖ21"], "ru", labels=True) == "Пол, ООН, S1, ПАРИЖ21"
    assert ed.semicolon_list(["Пол", "Возраст"], "ru", labels=True) == "Пол; возраст"
    # names (institutions, files) are never rewritten
    assert ed.join_list(["Росстат", "Министерство"], "ru") == "Росстат и Министерство"
    assert ed.enumeration(["Sex", "Age"], "en") == "Sex, Age"


def test_list_punctuation_of_arabic_and_chinese():
    # UN Arabic: "و" before every item after the first (the Arabic editor's item 13), never joined
    # to a code or a name in Latin letters
    assert ed.enumeration(["المتغيرات", "التصنيف", "المواءمة"], "ar") == "المتغيرات، والتصنيف، والمواءمة"
    assert ed.enumeration(["S1", "S2"], "ar") == "S1، S2"
    assert ed.semicolon_list(["أ، ب", "ج"], "ar") == "أ، ب؛ ج"
    assert ed.enumeration(["甲", "乙"], "zh") == "甲、乙"
    assert ed.semicolon_list(["甲", "乙"], "zh") == "甲；乙"
    # French: a narrow no-break space before the semicolon (the workbook's notes)
    assert ed.semicolon_list(["→ 69,6", "réponses"], "fr") == "→ 69,6\u202f; réponses"
    assert ed.semicolon_list(["a", "b"], "es") == "a; b"
    assert ed.comma("zh") == "，" and ed.comma("ar") == "، "


def test_chinese_punctuation_and_spacing():
    f = ed.cjk_punctuation
    assert f("问题L (回流)") == "问题L（回流）"
    assert f("变量; 分列") == "变量；分列"
    assert f("评估, 1.2.0") == "评估，1.2.0"
    assert f("第一句。 第二句。") == "第一句。第二句。"
    assert f("S1, S2 (INS) 10:30") == "S1, S2 (INS) 10:30"  # Latin text and codes untouched
    assert ed.bracketed("虚构", "zh") == "（虚构）" and ed.bracketed("x", "en") == " (x)"


def test_a_name_and_its_code_take_one_pair_of_brackets():
    assert ed.with_code("Kenya", "KEN", "en") == "Kenya (KEN)"
    assert ed.with_code("Republic of Veloria (fictional)", "XVL", "en") == "Republic of Veloria (fictional, XVL)"
    assert ed.with_code("韦洛里亚共和国（虚构）", "XVL", "zh") == "韦洛里亚共和国（虚构，XVL）"
    assert ed.with_code("جمهورية فيلوريا (خيالية)", "XVL", "ar") == "جمهورية فيلوريا (خيالية، XVL)"
    assert ed.with_code("肯尼亚", "KEN", "zh") == "肯尼亚（KEN）"


def test_arabic_ranges_are_written_in_words():
    """Arabic editor, items 1, 2, 26: a dash between two figures is neutral to the bidi
    algorithm and the Arabic reader read "2026–2029" backwards; UN Arabic writes "من … إلى …"."""
    assert ed.number_range(2026, 2029, "ar") == "من 2026 إلى 2029"
    assert ed.number_range("0", "39.9", "ar") == "من 0 إلى 39.9"
    assert ed.number_range(2026, 2029, "en") == "2026–2029"
    assert ed.period_range("الربع الثالث 2026", "18 حزيران/يونيه 2027", "ar") == \
        "من الربع الثالث 2026 إلى 18 حزيران/يونيه 2027"
    for text in (ed.number_range(0, 39.9, "ar"), ed.date_range(dt.date(2026, 5, 11), dt.date(2026, 5, 15), "ar"),
                 ed.stored_period_range("2026-Q3", "2027-Q2", "ar")):
        assert "–" not in text and "-" not in text


def test_date_ranges():
    a, b = dt.date(2026, 5, 11), dt.date(2026, 5, 15)
    assert ed.date_range(a, b, "en") == "11–15 May 2026"
    assert ed.date_range(a, b, "es") == "11 a 15 de mayo de 2026"
    assert ed.date_range(a, b, "zh") == "2026年5月11日至15日"
    assert ed.date_range(a, b, "ar") == "من 11 إلى 15 أيار/مايو 2026"
    assert ed.date_range(dt.date(2026, 4, 28), dt.date(2026, 5, 3), "ar") == "من 28 نيسان/أبريل إلى 3 أيار/مايو 2026"
    assert ed.date_range(dt.date(2026, 4, 28), dt.date(2026, 5, 3), "zh") == "2026年4月28日至5月3日"
    assert ed.date_range(a, None, "ru") == "11\u00a0мая 2026\u00a0года"
    assert ed.date_range(dt.date(2026, 4, 28), b, "ru") == "28\u00a0апреля\u00a0— 15\u00a0мая 2026\u00a0года"


def test_text_that_is_not_a_date_or_period_is_kept():
    assert ed.period("later", "fr") == "later"
    assert ed.written_date("2026-13", "en") == "2026-13"


# --- a period typed back (the plan's Start and End fields) ----------------------------
@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_every_written_quarter_and_date_reads_back_to_its_code(lang):
    for year in (2026, 2031):
        for q in range(1, 5):
            assert ed.parse_period(ed.period(f"{year}-Q{q}", lang)) == f"{year}-Q{q}"
    day = dt.date(2026, 1, 1)
    while day.year == 2026:  # every day of a year, so every month name and "1er"
        assert ed.parse_period(ed.period(day.isoformat(), lang)) == day.isoformat()
        day += dt.timedelta(days=1)


@pytest.mark.parametrize(("typed", "code"), [
    ("2026-Q3", "2026-Q3"), (" 2026q3 ", "2026-Q3"), ("Q3 2026", "2026-Q3"), ("T3 2026", "2026-Q3"),
    ("3-й квартал 2026 г.", "2026-Q3"), ("3-й кв. 2026", "2026-Q3"), ("III КВ. 2026 Г.", "2026-Q3"),
    ("2026年第3季度", "2026-Q3"), ("3季度 2026", "2026-Q3"), ("２０２６年第三季度", "2026-Q3"),
    ("الربع الثالث من عام ٢٠٢٦", "2026-Q3"), ("الربع\u00a0الرابع\u00a02026", "2026-Q4"),
    ("3rd quarter 2026", "2026-Q3"), ("3e trimestre 2026", "2026-Q3"),
    ("2026-06-18", "2026-06-18"), ("June 18, 2026", "2026-06-18"), ("18 Jun 2026", "2026-06-18"),
    ("١٨ حزيران / يونيه ٢٠٢٦", "2026-06-18"), ("18 يونيو 2026", "2026-06-18"), ("18 Июня 2026 г.", "2026-06-18"),
    ("", None), ("  ", None),
])
def test_other_spellings_of_a_period_read_back(typed, code):
    if code is None and typed.strip():
        with pytest.raises(ed.PeriodError):
            ed.parse_period(typed)
    else:
        assert ed.parse_period(typed) == code


@pytest.mark.parametrize("typed", ["next year", "2026", "2026-Q5", "Q0 2026", "2026-02-30", "31 февраля 2026",
                                   "2026 3", "الربع الخامس 2026", "18 Foo 2026", "2026-Q3 – 2026-Q4"])
def test_what_is_not_a_period_is_refused(typed):
    with pytest.raises(ed.PeriodError):
        ed.parse_period(typed)


def test_chinese_brackets_slash_and_full_stop_of_the_applications_sentences():
    """The Chinese editor: "费用（XOF）", "评论／证据", "（未审核222个）。"; the other
    languages keep " (XOF)", " / " and "."."""
    from capacity_app.domain.editorial import bracketed, full_stop, slashed

    assert f"费用{bracketed('XOF', 'zh')}" == "费用（XOF）" and f"Cost{bracketed('XOF', 'en')}" == "Cost (XOF)"
    assert slashed("评论", "证据", "zh") == "评论／证据" and slashed("Comment", "evidence", "fr") == "Comment / evidence"
    assert full_stop("zh") == "。" and full_stop("ar") == full_stop("ru") == "."


def test_a_label_and_its_text_take_the_language_s_colon():
    """French a no-break space before the colon (the window's indicator read "Objectif global: …"),
    Chinese a full-width colon and no space, the others as English writes it."""
    from capacity_app.domain.editorial import label_and_text

    assert label_and_text("Objectif global", "Tables", "fr") == "Objectif global\u00a0: Tables"
    assert label_and_text("总体目标", "Tables", "zh") == "总体目标：Tables"
    for lang in ("en", "es", "ru", "ar", "pt"):
        assert label_and_text("Objective", "Tables", lang) == "Objective: Tables"
