"""The punctuation between two texts of a document is the language's (resources/report/strings.*
``colon``, domain/editorial.py ``semicolon``): French puts a space before it, Chinese and Arabic
write their own marks.
A "; " typed in a template printed "622 796 USD; dont …" in French and a Latin semicolon in Arabic."""
from __future__ import annotations

import re
from pathlib import Path

import pytest


TEMPLATES = sorted((Path(__file__).resolve().parents[2] / "resources" / "report").glob("*.j2"))
BETWEEN = re.compile(r"(%\}|\}\})[;,:] ")   # a mark typed right after an expression or a tag


def typed_marks(template: str) -> list[str]:
    text = re.sub(r"<style.*?</style>", "", template, flags=re.S)  # CSS is not text
    return [text[max(0, m.start() - 40):m.end() + 20] for m in BETWEEN.finditer(text)]


def test_no_template_types_a_mark_between_two_texts():
    assert TEMPLATES
    found = {p.name: typed_marks(p.read_text(encoding="utf-8")) for p in TEMPLATES}
    assert not {k: v for k, v in found.items() if v}


def test_the_check_sees_a_typed_semicolon():
    assert typed_marks("{{ a }}{% if b %}; {{ b }}{% endif %}")
    assert not typed_marks("<style>p { x: {{ y }}; }</style>{{ a }}{{ s.semicolon }}{{ b }}")


@pytest.mark.parametrize("lang, mark", [("en", "; "), ("fr", "\u202f; "), ("zh", "；"), ("ar", "؛ ")])
def test_the_templates_take_the_language_s_semicolon(lang, mark):
    from capacity_app.domain.editorial import semicolon
    from capacity_app.reports.pdf import template_env

    assert semicolon(lang) == mark and template_env().globals["semicolon"] is semicolon
