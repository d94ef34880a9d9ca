"""The report prints what is stored, in the order it is stored: a direction override in
user text is printed as a mark ("[RLO]"), never obeyed ("USD 50,000" shown "000,05"); the report's
own isolates around numbers in an Arabic line are kept."""
from capacity_app.reports.pdf import template_env


def test_every_printed_text_shows_overrides_as_marks():
    tpl = template_env().from_string("<p>{{ v }}</p><p>{{ v|bidi }}</p>")

    class C:
        lang = "en"

    html = tpl.render(v="\u202eUSD 50,000\u202c", lang="en", c=C())
    assert "\u202e" not in html and "\u202c" not in html
    assert html.count("[RLO]USD 50,000[PDF]") == 2


def test_the_reports_own_isolates_are_kept():
    tpl = template_env().from_string("{{ v }}")
    assert tpl.render(v="\u2066123\u2069 \u200f", lang="ar") == "\u2066123\u2069 \u200f"


def test_the_reports_own_break_opportunities_are_kept():
    """A long word is printed with zero-width spaces to break at (budget.breakable), never "[ZWSP]"."""
    from capacity_app.reports.budget import breakable

    long_name = breakable("Ministry" * 20)
    out = template_env().from_string("{{ v }}").render(v=long_name, lang="en")
    assert "\u200b" in out and "[" not in out


# --- every invisible character a person typed is printed as a mark (audit) -------------------
# The isolates, the direction marks and the zero-width characters a user typed are printed as marks
# like the overrides, at the point user text enters the report (reports/budget.bounded_text), before
# the report adds its own isolates around figures, break opportunities and word joiners.

TYPED = {"\u2066": "LRI", "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI", "\u200e": "LRM",
         "\u200f": "RLM", "\u061c": "ALM", "\u200b": "ZWSP", "\u200c": "ZWNJ", "\u200d": "ZWJ",
         "\u2060": "WJ", "\ufeff": "ZWNBSP"}


def _printed(value: str, lang: str, template: str = "{{ v }}") -> str:
    class C:
        pass

    C.lang = lang
    return template_env().from_string(template).render(v=value, lang=lang, c=C())


def test_every_typed_invisible_character_is_printed_as_a_mark():
    from capacity_app.reports.budget import bounded_text
    from capacity_app.reports.format import load_strings

    for lang in ("en", "ar"):
        s = load_strings(lang)
        for ch, name in TYPED.items():
            for template in ("{{ v }}", "{{ v|bidi }}"):
                out = _printed(bounded_text(f"Budget{ch} 2026", lang, s), lang, template)
                assert f"Budget[{name}] 2026" in out, (lang, name, template, out)
                # the only isolate left is the one shown_invisible puts around the marked text (in
                # an Arabic report's bidi filter, the span that isolates it: reports/bidi.isolate)
                as_span = lang == "ar" and "bidi" in template
                assert out.startswith('<span dir="ltr">') or not as_span
                assert out.count(ch) == (1 if ch in "\u2068\u2069" and not as_span else 0), (lang, name, template, out)


def test_typed_isolates_are_marks_while_the_reports_own_isolate_the_figures():
    """In an Arabic report, the report isolates "11-15" itself (a real LRI … PDI, bidi.isolate_runs);
    the RLI … PDI and the RLM the user typed around another figure are printed as marks."""
    from capacity_app.reports.budget import bounded_text
    from capacity_app.reports.format import load_strings

    out = _printed(bounded_text("الفترة 11-15 و\u2067٣٠\u2069\u200f", "ar", load_strings("ar")), "ar")
    assert "\u206611-15\u2069" in out  # the report's own isolate, added after the marks
    assert "[RLI]٣٠[PDI][RLM]" in out
    assert "\u2067" not in out and "\u200f" not in out


def test_typed_zero_width_spaces_are_marks_and_the_reports_break_opportunities_are_not():
    from capacity_app.reports.budget import bounded_text
    from capacity_app.reports.format import load_strings

    out = _printed(bounded_text("Ministry" * 8 + "\u200bof\u200dPlanning", "en", load_strings("en")), "en")
    assert "[ZWSP]of[ZWJ]Planning" in out
    assert out.count("\u200b") >= 2 and "[" not in out.replace("[ZWSP]", "").replace("[ZWJ]", "")


def test_a_typed_answer_is_marked_a_number_keeps_the_reports_own_marks():
    """A text answer's invisible characters are marks; an Arabic number is printed as Babel
    and bidi.py write it (their LRM, ALM and isolates are the report's own, never "[LRI]")."""
    from capacity_app.domain.questionnaire import Field
    from capacity_app.reports.annex import value_text
    from capacity_app.reports.budget import bounded_name
    from capacity_app.reports.format import load_strings

    s = load_strings("ar")
    assert "[RLO]" in value_text(Field("t", "text", {"en": "T"}), "\u202e50,000", "ar", s)
    assert "[ALM]" in value_text(Field("t", "text", {"en": "T"}), "\u061c-5", "ar", s)
    for fld, value in ((Field("d", "decimal", {"en": "D"}), -12.5), (Field("i", "integer", {"en": "I"}), -1200)):
        out = value_text(fld, value, "ar", s)
        assert "[" not in out and any(ch in out for ch in TYPED), (fld.type, out)
    assert bounded_name("Institut\u200e national") == "\u2068Institut[LRM] national\u2069"
