"""The cross-country summary in Arabic, Chinese and Russian: its fixed texts from the
aggregation's catalogues (resources/aggregate/strings.<lang>.yaml), the document's language and
direction, the language's font stack, figures and codes isolated in a right-to-left document, and
only the bundled faces embedded."""
from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from test_aggregate_pdf import _summary

from capacity_app.catalog.aggregate_texts import strings
from capacity_app.reports.aggregate.summary import build_context, render_html, write_aggregate_pdf

FIRST_FONT = {"ar": "Report Arabic", "zh": "Report CJK", "ru": "Report Sans"}
ENGLISH = ("Read with care", "World and regions", "Overall score by country", "Countries behind the figures",
           "Files not used", "Quartiles", "Coverage", "Median", "Trends by group over rounds", "Page")


@pytest.mark.parametrize("lang", ["ar", "zh", "ru"])
def test_the_summary_speaks_the_language_in_its_direction_and_fonts(lang):
    html = render_html(build_context(_summary(lang)))
    direction = "rtl" if lang == "ar" else "ltr"
    assert f'<html lang="{lang}" dir="{direction}">' in html
    assert f'html {{ font-family: "{FIRST_FONT[lang]}"' in html
    text = re.sub(r"<[^>]+>", " ", html.split("<body>", 1)[1])
    for english in ENGLISH:
        assert english not in text, (lang, english)
    assert strings()["pdf.title"][lang] in text and strings()["pdf.care"][lang] in text


def test_figures_and_codes_keep_their_order_right_to_left():
    """'51.4 – 58.0' and '+4.5' read left to right inside an Arabic table (unisolated, the range
    came out '58.0 – 51.4' and the sign after the number); a file path too."""
    html = render_html(build_context(_summary("ar")))
    for value in ("51.4 – 58.0", "+4.5", "/in/broken.xlsx"):
        assert f'<span dir="ltr">{value}</span>' in html, value
    fr = render_html(build_context(_summary("fr")))
    assert '<span dir="ltr">' not in fr  # left to right: nothing to isolate


def test_the_arabic_summary_embeds_only_the_bundled_faces(tmp_path):
    reader = PdfReader(write_aggregate_pdf(_summary("ar"), tmp_path / "ar.pdf"))
    fonts = {str(f.get_object()["/BaseFont"]).split("+", 1)[-1]
             for page in reader.pages for f in page["/Resources"]["/Font"].values()}
    assert "Report-Arabic" in fonts and all(f.startswith("Report-") for f in fonts), fonts
