"""Right to left as a layout direction (reports/bidi.py): the direction of a text as dir="auto"
would decide it, values isolated where their direction differs from the document's, numbers and
dates isolated inside right-to-left sentences, the running heads mirrored."""
from markupsafe import Markup

from capacity_app.reports.bidi import LRI, PDI, isolate, isolate_inline, lang_style, text_direction


def test_direction_of_a_text_is_its_first_strong_character():
    assert text_direction("Census 2019 (INS)") == "ltr"
    assert text_direction("2019 التعداد") == "rtl"
    assert text_direction("72.5") == "ltr" and text_direction("9.c.1") == "ltr"
    assert text_direction("— · ()") == ""


def test_a_value_is_isolated_only_where_its_direction_differs_from_the_document():
    assert isolate("Census 2019 (INS)", "ar") == Markup('<span dir="ltr">Census 2019 (INS)</span>')
    assert isolate("الجهاز المركزي", "en") == Markup('<span dir="rtl">الجهاز المركزي</span>')
    assert isolate("الجهاز المركزي", "ar") == "الجهاز المركزي"
    assert isolate("<b>x</b>", "ar") == Markup('<span dir="ltr">&lt;b&gt;x&lt;/b&gt;</span>')  # still escaped
    assert isolate(None, "fr") == ""


def test_numbers_and_dates_inside_right_to_left_sentences_keep_their_order():
    assert isolate_inline("-12.5", "ar") == f"{LRI}-12.5{PDI}"
    assert isolate_inline("11–15 مايو 2026", "ar") == f"{LRI}11–15{PDI} مايو 2026"
    assert isolate_inline("15 مايو 2026", "ar") == "15 مايو 2026"
    assert isolate_inline("-12.5", "fr") == "-12.5" and isolate_inline("2026-05-15", "zh") == "2026-05-15"


def test_the_running_heads_are_mirrored_in_a_right_to_left_document_only():
    ar, en = lang_style("ar"), lang_style("en")
    assert 'html { font-family: "Report Arabic", "Report Sans", "Report CJK", sans-serif; }' in ar
    assert "@top-right { content: string(country)" in ar and "@top-left { content: string(title)" in ar
    assert "content:" not in en and '"Report Sans", "Report Arabic", "Report CJK"' in en


def test_ranges_and_sdg_codes_in_translated_texts_keep_their_order():
    """The Arabic texts themselves (the report's strings, the questionnaire's labels) carry
    ranges and codes: the how-to-read page showed '0–39.9' as 39.9–0 and SDG 10.c.1 as c.1.10
    beside Arabic words; every printed right-to-left text now isolates them, once."""
    from capacity_app.reports.bidi import isolate_runs

    assert isolate_runs("البلد: 0–39.9 محدودة", "ar") == f"البلد: {LRI}0–39.9{PDI} محدودة"
    assert isolate_runs("مؤشرات: 10.c.1 تكاليف", "ar") == f"مؤشرات: {LRI}10.c.1{PDI} تكاليف"
    assert isolate_runs(f"{LRI}1,234.5{PDI} مليون", "ar") == f"{LRI}1,234.5{PDI} مليون"  # not twice
    for untouched in ("muted", "2026-05-15", "S1. الإحصاءات"):  # no Arabic letter, or no run
        assert isolate_runs(untouched, "ar") == untouched
    assert isolate_runs("مؤشرات 10.c.1", "fr") == "مؤشرات 10.c.1"


def test_the_arabic_report_isolates_the_ranges_of_its_own_sentences(store, questionnaire):
    from capacity_app.reports.pdf import render_html
    from capacity_app.services.assessments import create_assessment
    from capacity_app.services.reports import build_report_context

    a = create_assessment(store, questionnaire, country="EGY", round=2026)
    html = render_html(build_report_context(store, questionnaire, a.id, "ar"))
    assert f"{LRI}0–39.9{PDI}" in html and f"{LRI}90–100{PDI}" in html  # How to read this report
    assert "0–39.9" not in html.replace(f"{LRI}0–39.9{PDI}", "")
    assert f'class="{LRI}' not in html and f'content="{LRI}' not in html  # attributes untouched
