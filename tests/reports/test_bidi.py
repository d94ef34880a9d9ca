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
    # How to read this report: the bands in words, UN Arabic's range (the Arabic editor read the
    # isolated "0–39.9" as 39.9–0)
    plain = html.replace(LRI, "").replace(PDI, "").replace("\u00a0", " ")  # no-break spaces: typography.py
    assert "من 0 إلى 39.9 قدرات محدودة" in plain and "ومن 90 إلى 100 قدرات متقدمة" in plain
    assert "0–39.9" not in plain and "90–100" not in plain
    # the cover's foot: the application and its version one left-to-right run (it read "0.1.0 capacity-app")
    import re
    assert re.search(r'<span dir="ltr"[^>]*>capacity-app \d+\.\d+\.\d+[^<]*</span>', html)
    assert f'class="{LRI}' not in html and f'content="{LRI}' not in html  # attributes untouched
    # Annex B's scores as the Arabic sentences write them ("2 من 3", never "2/3": read 3/2), the SDG
    # codes of the S4 table isolated ("9.c.1" alone in its cell was read c.1.9), no isolate left
    # in an attribute or the title
    assert "/3</b>" not in html and "– من 9</b>" in plain
    assert '<td class="code"><span dir="ltr">9.c.1</span></td>' in html
    assert "\u2068" not in html


# --- what reads left to right inside the Arabic report's sentences (the Arabic editor's B1-B3) ---
def _shown(text: str) -> str:
    from capacity_app.reports.bidi import FSI

    return text.replace(FSI, "⟦").replace(LRI, "⟨").replace(PDI, "⟧")


def test_a_formula_a_code_and_english_text_in_an_arabic_sentence_are_isolated():
    """Unisolated, the editor read "الفجوة = 2 = (1 − 3 ,0)max", "c.1.9" for 9.c.1, "...rule is not
    met-12." and "(payments, BPM6" on the rendered pages."""
    from capacity_app.reports.bidi import isolate_foreign

    def f(text: str) -> str:
        return _shown(isolate_foreign(text, "ar"))

    # the gap as Annex B writes it now: the arithmetic one run, "3 − 2", never "2 − 3" (ar item 5)
    assert f("الفجوة = الحاجة − التوافر = 3 − 2 = 1 (ولا تقل عن صفر)؛ الأولوية = الحاجة × الفجوة = 3 × 1 = 3") == \
        "الفجوة = الحاجة − التوافر = ⟦3 − 2 = 1⟧ (ولا تقل عن صفر)؛ الأولوية = الحاجة × الفجوة = ⟦3 × 1 = 3⟧"
    assert f("9.c.1") == "⟦9.c.1⟧" and f("10.c.1") == "⟦10.c.1⟧"
    # Annex A's sum wrapped "with the tail on the left of the next line"
    assert f("المرجَّح: (3×2 + 2×2 + 2×1) = 60 من 102") == "المرجَّح: ⟦(3×2 + 2×2 + 2×1)⟧ = 60 من 102"
    assert f("الفرع (3) فقط") == "الفرع (3) فقط"
    assert f("التعريف: the 12-month usual-residence rule is not met. وثيقة") == \
        "التعريف: ⟦the 12-month usual-residence rule is not met⟧. وثيقة"
    assert f("النشر: balance of payments, BPM6 وثيقة") == "النشر: ⟦balance of payments, BPM6⟧ وثيقة"
    assert f("النشر: Migration (NSOV, 2023), tables 4.1-4.9") == "النشر: ⟦Migration (NSOV, 2023), tables ⟨4.1-4.9⟧⟧"
    # the Arabic comma ends a run: a name and a title are two runs, read right to left
    assert f("ووافق عليها Ms H. Tavares، Director-General") == "ووافق عليها ⟦Ms H. Tavares⟧، ⟦Director-General⟧"
    # brackets around English go with it, in its isolate (a line break left the closing one
    # at the far end of the next line, "(Employment and Unemployment Survey")
    assert f("اعتُمدت (National workshop, Veloria City)، ووافق") == "اعتُمدت ⟦(National workshop, Veloria City)⟧، ووافق"
    assert f("الحالة") == "الحالة" and f("2026") == "2026" and f(f"{LRI}2026{PDI}") == "⟨2026⟧"
    assert isolate_foreign("max(0, 3 − 2) 9.c.1", "en") == "max(0, 3 − 2) 9.c.1"  # left to right: as it is


def test_a_latin_name_is_isolated_whole_with_its_brackets_and_spaces_stay_outside():
    """A Jordanian assessment in Arabic with English names in brackets: each name one
    run with its own brackets and commas ("(No. 24 of 1973", "(permits, Jordan Compact 2016" and
    "والبطالة (,Household" were printed where a line broke); a code after a word keeps its space
    outside the isolate ("(XOF)التكلفة")."""
    from capacity_app.domain.editorial import bracketed
    from capacity_app.reports.bidi import isolate_foreign

    def f(text: str) -> str:
        return _shown(isolate_foreign(text, "ar"))

    assert f("مسح العمالة والبطالة (Employment and Unemployment Survey) سنوياً") == \
        "مسح العمالة والبطالة ⟦(Employment and Unemployment Survey)⟧ سنوياً"
    assert f("قانون الإقامة (No. 24 of 1973) وتعديلاته") == "قانون الإقامة ⟦(No. 24 of 1973)⟧ وتعديلاته"
    assert f("تصاريح العمل (permits, Jordan Compact 2016)، ووزارة العمل (Ministry of Labour).") == \
        "تصاريح العمل ⟦(permits, Jordan Compact 2016)⟧، ووزارة العمل ⟦(Ministry of Labour)⟧."
    assert f("المسحان (Household Expenditure and Income Survey, HEIS) والبطالة") == \
        "المسحان ⟦(Household Expenditure and Income Survey, HEIS)⟧ والبطالة"
    # an Arabic text in brackets around an English word: the brackets are the Arabic text's
    assert f("(قانون Labour Law رقم 8)") == "(قانون ⟦Labour Law⟧ رقم ⟨8⟧)" or \
        f("(قانون Labour Law رقم 8)") == "(قانون ⟦Labour Law⟧ رقم 8)"
    assert f(" (XOF)") == " ⟦(XOF)⟧" and f("XOF ") == "⟦XOF⟧ "
    assert f(f"التكلفة{bracketed('XOF', 'ar')}") == "التكلفة\u00a0⟦(XOF)⟧"
    assert bracketed("XOF", "ar") == "\u00a0(XOF)" and bracketed("XOF", "fr") == " (XOF)"


def test_a_users_text_is_isolated_whole_with_its_own_full_stop():
    """The editor read ".Monthly counts circulated inside the Ministry of the Interior only": the
    user's full stop on the wrong side. A user text quoted in a sentence is one run, its final stop
    included; the report's own stop after an English name stays the Arabic sentence's."""
    from capacity_app.reports.bidi import isolate_foreign
    from capacity_app.reports.typography import held_pattern

    held = held_pattern(frozenset({"Monthly counts circulated inside the Ministry only.", "2021 Census, tables 4.1-4.9"}))
    assert _shown(isolate_foreign("النشر: Monthly counts circulated inside the Ministry only.", "ar", held)) == \
        "النشر: ⟦Monthly counts circulated inside the Ministry only.⟧"
    assert _shown(isolate_foreign("النشر: [وثيقة] 2021 Census, tables 4.1-4.9", "ar", held)) == \
        "النشر: [وثيقة] ⟦2021 Census, tables ⟨4.1-4.9⟧⟧"
    assert _shown(isolate_foreign("بحضور Central Bank.", "ar", held)) == "بحضور ⟦Central Bank⟧."


def test_the_isolates_of_the_html_body_become_spans_and_leave_the_attributes():
    """WeasyPrint loses a bare isolate where a line breaks: every FSI…PDI of the body is a span; in a
    tag or the title, where markup cannot go, the pair is dropped; a span inside a line is "inl"
    (report.css: never cut inside its first word, "Natio|nal")."""
    from capacity_app.reports.bidi import FSI, isolates_as_spans

    html = (f'<html><head><title>{FSI}Veloria{PDI}</title></head><body class="{FSI}report{PDI}">'
            f'<td>{FSI}NSOV{PDI}؛ {FSI}Central Bank{PDI}</td><p>{LRI}2026{PDI}</p></body></html>')
    assert isolates_as_spans(html) == (
        '<html><head><title>Veloria</title></head><body class="report">'
        '<td><span dir="ltr">NSOV</span>؛ <span dir="ltr" class="inl">Central Bank</span></td>'
        f'<p>{LRI}2026{PDI}</p></body></html>')
    assert isolates_as_spans("<p>x</p>") == "<p>x</p>"


def test_a_formula_reads_left_to_right_in_arabic_and_a_long_one_takes_its_own_line():
    """The summary's completeness and S3's need-weighted sum (Annex A, the Arabic editor's items 5
    and 6): isolated whole, its figures not isolated one by one, a long one a block of its own."""
    from capacity_app.reports.bidi import FSI, isolate_foreign, isolate_formula, isolates_as_spans

    f = "(12 × 91.7 + 7 × 85.7 + 85 × 100) ÷ 104"
    assert isolate_formula(f, "en") == f and isolate_formula(f, "ar") == f"{FSI}{f}{PDI}"
    html = isolates_as_spans(isolate_foreign(f"ويبلغ 98.1 في المائة: {isolate_formula(f, 'ar')}", "ar"))
    assert f'<span dir="ltr" style="display: block; text-align: right">{f}</span>' in html
    short = isolates_as_spans(isolate_foreign(f"الفجوة = {isolate_formula('3 − 2 = 1', 'ar')}", "ar"))
    assert '<span dir="ltr" class="inl">3 − 2 = 1</span>' in short
