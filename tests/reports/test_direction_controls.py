"""The report prints what is stored, in the order it is stored (issue 25): a direction override in
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
