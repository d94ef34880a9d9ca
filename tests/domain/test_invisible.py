"""What a person cannot see: direction controls and zero-width characters are shown as
marks in the import preview and printed as marks in the report, so "USD 50,000" stored after an
override is never shown as "000,05"."""
from capacity_app.domain.celltext import neutral_direction, shown_invisible

ATTACK = "\u202eUSD 50,000\u202c"  # RLO ... PDF: shown reversed without the marks


def test_the_preview_shows_every_invisible_character():
    assert shown_invisible(ATTACK) == "\u2068[RLO]USD 50,000[PDF]\u2069"  # isolated: its own direction
    assert shown_invisible("a\u200bb\u2066c\u2069\u200fd\ufeff") == "\u2068a[ZWSP]b[LRI]c[PDI][RLM]d[ZWNBSP]\u2069"
    assert shown_invisible("plain text, العربية") == "plain text, العربية"


def test_the_report_prints_overrides_as_marks_and_keeps_what_arabic_needs():
    assert neutral_direction(ATTACK) == "\u2068[RLO]USD 50,000[PDF]\u2069"
    # isolates and the zero-width space (the report's own), RLM, ZWJ, ZWNJ, WJ
    kept = "\u2066123\u2069 \u200fمرحبا\u200d\u200c \u2060 Ministry\u200bof"
    assert neutral_direction(kept) == kept
    assert neutral_direction("\ufeffa\u202ab\u202bc\u202dd") == "\u2068[ZWNBSP]a[LRE]b[RLE]c[LRO]d\u2069"
