"""Arabic text holding English names in brackets, as a mission in Jordan writes it
("دائرة الإحصاءات العامة (Department of Statistics)", "(No. 24 of 1973)"): in the PDF, each bracket
stays with the name it opens or closes across line breaks: an opening bracket is never the last
glyph of a line, a closing one never the first (reports/bidi.py isolates a Latin run with its
brackets). One Arabic render: a generated assessment whose comments, institutions met and plan
institutions hold those texts."""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pymupdf

from generated.assessments import Shape, make_spec, write
from generated.content import ARABIC_BRACKETED
from generated.invariants import word_problems

# the first and last words of the bracketed English names of content.ARABIC_BRACKETED
_NAME_WORDS = {"Department", "Ministry", "Employment", "No.", "permits,", "Statistics", "Workers", "Survey",
               "1973", "2016"}
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+")

_AROUND_ARABIC = re.compile(r"\( \)|\) \(")  # a pair of brackets around Arabic words, in either order


def lone_brackets(pdf: bytes | Path) -> list[str]:
    """Each line of ``pdf`` (as PyMuPDF reads it, its Arabic left out) that holds one of the English
    names' words and a bracket standing alone, cut from its name by a line break, with its page."""
    out = []
    with pymupdf.open(pdf) if isinstance(pdf, Path) else pymupdf.open(stream=pdf) as doc:
        for number, page in enumerate(doc, 1):
            for block in page.get_text("dict")["blocks"]:
                for line in block.get("lines", ()):
                    text = _ARABIC.sub(" ", "".join(s["text"] for s in line["spans"]))
                    text = _AROUND_ARABIC.sub(" ", re.sub(r"[\s\u200b\u2010\xad]+", " ", text))
                    words = text.split()
                    if _NAME_WORDS.intersection(w.strip("()") for w in words) and {"(", ")"} & set(words):
                        out.append(f"p. {number}: {' '.join(words)}")
    return out


def test_the_check_sees_a_bracket_cut_from_its_name():
    """Without the isolate, a narrow Arabic cell leaves "(" at the end of a line: what the check reads."""
    import weasyprint

    from capacity_app.reports.format import report_dir
    from capacity_app.reports.pdf import make_fetcher

    cells = "".join(f"<tr><td>{t}</td></tr>" for t in ARABIC_BRACKETED)
    html = ('<html lang="ar" dir="rtl"><head><link rel="stylesheet" href="report.css"></head><body>'
            f'<table class="grid"><colgroup><col style="width: 34mm"></colgroup><tbody>{cells}</tbody></table>'
            '</body></html>')
    pdf = weasyprint.HTML(string=html, base_url=report_dir().as_uri() + "/", url_fetcher=make_fetcher()).write_pdf()
    assert lone_brackets(pdf)


def _jordan_like(spec) -> None:
    """``spec`` with the Arabic-and-English texts in its comments, institutions and plan."""
    texts = ARABIC_BRACKETED
    spec.answers = [replace(a, comment=texts[i // 3 % len(texts)]) if i % 3 == 0 else a
                    for i, a in enumerate(spec.answers)]
    spec.institutions = [(texts[i % 2], texts[5]) for i in range(3)]
    spec.interviewed = {"nso": texts[0], "labour": texts[1]}
    spec.names = {"nso": texts[0], "labour": texts[5]}
    spec.actions = [replace(a, institutions=(texts[0], texts[5]), resources=texts[3], milestone=texts[4])
                    for a in spec.actions]


def test_an_arabic_report_keeps_each_bracket_with_its_english_name(questionnaire, tmp_path):
    from capacity_app.services.assessments import open_store
    from capacity_app.services.reports import build_report_context, render_report_pdf

    spec = make_spec(questionnaire, Shape("ar", 962, filled=0.3, texts="short", actions=4, currencies=1,
                                          own_script=True))
    _jordan_like(spec)
    with open_store(tmp_path / "jo.sqlite3", daily_backup=False) as store:
        aid = write(store, questionnaire, spec)
        pdf = render_report_pdf(build_report_context(store, questionnaire, aid, "ar"), tmp_path / "jo.pdf")
    with pymupdf.open(pdf) as doc:
        text = "".join(page.get_text() for page in doc)
    printed = {w: text.count(w) for w in ("Department", "Survey", "1973", "Compact", "Ministry")}
    assert all(printed.values()), printed   # the texts are printed
    assert lone_brackets(pdf) == []
    assert word_problems(pdf) == []
