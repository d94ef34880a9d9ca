"""Every script in every report, with no system font: an answer in Cyrillic, Arabic and Chinese
prints with the bundled fonts' real glyphs (embedded, never the .notdef glyph) in the report of
each language; the Arabic report is a right-to-left document whose typed numbers come out as
typed. The renders run in a process whose fontconfig knows no font folder at all, as on a machine
with no fonts. Arabic and Chinese in ``make test`` (each report prints all three scripts;
English, French, Spanish and Russian share one stack); all six in ``make reliability``
(tests/sample.py)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pdf_text import PdfFile, page_texts

from capacity_app.domain.languages import LANGUAGES
from sample import sample

LANGS = sample(LANGUAGES, ("ar", "zh"))
WORDS = {"Report-Sans": "Росстат", "Report-Arabic": "الجهاز المركزي", "Report-CJK": "国家统计局"}
ANSWER = " — ".join(WORDS.values())
TYPED = {"decimal": "72.5", "year": "2019"}


@pytest.fixture(scope="module")
def small_assessment(tmp_path_factory):
    """An assessment with the three scripts in the lead institution and a typed decimal (the
    report's other chapters stay almost empty: a few seconds a render)."""
    from capacity_app.services.assessments import create_assessment, open_store, record_answer

    d = tmp_path_factory.mktemp("scripts")
    store = open_store(d / "scripts.sqlite3", backup_dir=d / "backups")
    from capacity_app.catalog.loader import load_bundled

    q = load_bundled()
    a = create_assessment(store, q, country="EGY", round=2026, mission_start="2026-05-11",
                          mission_end="2026-05-15", reference_date="2026-05-15",
                          interviewed={"nso": "Direction of population statistics"})
    record_answer(store, q, a.id, "s0_lead_institution", f"{ANSWER} ({TYPED['year']})")
    record_answer(store, q, a.id, "s0_population_millions", float(TYPED["decimal"]))
    store.close()
    return d / "scripts.sqlite3", a.id


def _no_font_config(folder: Path) -> Path:
    conf = folder / "fonts.conf"
    conf.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
                    f"<fontconfig><cachedir>{folder / 'cache'}</cachedir></fontconfig>\n", encoding="utf-8")
    return conf


@pytest.fixture(scope="module", params=LANGS)
def report(request, small_assessment, tmp_path_factory):
    db, aid = small_assessment
    out = tmp_path_factory.mktemp(f"scripts-{request.param}")
    env = dict(os.environ, FONTCONFIG_FILE=str(_no_font_config(out)), QT_QPA_PLATFORM="offscreen")
    root = Path(__file__).resolve().parents[2]
    env["PYTHONPATH"] = os.pathsep.join([str(root), env.get("PYTHONPATH", "")])
    pdf = out / "report.pdf"
    r = subprocess.run([sys.executable, "-m", "capacity_app", "--db", str(db), "report", str(aid),
                        "--lang", request.param, "--pdf", str(pdf)],
                       env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    return request.param, pdf


def _glyphs_by_font(pdf: Path) -> dict[str, set[int]]:
    """Base font name (without its subset tag) -> every glyph id the pages draw with it (the
    bundled fonts are Identity-H CID fonts: two bytes a glyph). The pages' operations as pypdf
    gives them (tests/pdf_text.py's PdfFile: each string's raw bytes, the glyph ids)."""
    out: dict[str, set[int]] = {}
    with PdfFile(pdf) as reader:
        for index in range(len(reader)):
            fonts = reader.resources(index)["/Font"]
            current = None
            for operands, op in reader.operations(index):
                if op == b"Tf":
                    base = str(fonts[operands[0]].get_object()["/BaseFont"])
                    current = out.setdefault(base.split("+", 1)[-1], set())
                elif op in (b"Tj", b"TJ") and current is not None:
                    parts = operands[0] if op == b"TJ" else [operands[0]]
                    for raw in parts:
                        if isinstance(raw, bytes):
                            current.update(int.from_bytes(raw[i:i + 2], "big") for i in range(0, len(raw) - 1, 2))
    return out


FACES = {"Report-Sans": "DejaVuSans.ttf", "Report-Sans-Bold": "DejaVuSans-Bold.ttf",
         "Report-Arabic": "NotoSansArabic-Regular.ttf", "Report-Arabic-Bold": "NotoSansArabic-Bold.ttf",
         "Report-CJK": "NotoSansCJKsc-Regular.otf", "Report-CJK-Bold": "NotoSansCJKsc-Bold.otf"}


def glyph_count(name: str) -> int:
    from fontTools.ttLib import TTFont

    from capacity_app.paths import resources_dir

    face = FACES[name.removesuffix("-Oblique")]  # italics: the upright face slanted by WeasyPrint
    return TTFont(resources_dir() / "report" / "fonts" / face, lazy=True)["maxp"].numGlyphs


def test_every_script_prints_with_a_bundled_embedded_font_and_no_notdef(report):
    """WeasyPrint draws a character no font has with a glyph id past the font's last glyph (the
    viewer shows .notdef, a box): every id drawn must be a glyph of the bundled face, and not 0."""
    lang, pdf = report
    glyphs = _glyphs_by_font(pdf)
    # Arabic and Chinese are drawn with their bundled faces (no system font exists here); Cyrillic
    # with DejaVu, or in the Chinese report with Noto Sans CJK, which has it too and comes first
    for family in ("Report-Arabic", "Report-CJK", "Report-Sans" if lang != "zh" else "Report-CJK"):
        assert any(name.startswith(family) for name in glyphs), (lang, family, sorted(glyphs))
    assert {n.removesuffix("-Oblique") for n in glyphs} <= set(FACES), sorted(glyphs)  # none other exists
    for name, ids in glyphs.items():
        assert 0 not in ids and max(ids) < glyph_count(name), f"{lang}: {name} draws .notdef"
    with PdfFile(pdf) as reader:  # pypdf's objects, read one by one
        for index in range(len(reader)):
            for font in reader.resources(index)["/Font"].values():
                descriptor = font.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                assert any(k in descriptor for k in ("/FontFile2", "/FontFile3")), f"{lang}: a font is not embedded"
    text = "".join(page_texts(pdf)[:2])
    for word in (WORDS["Report-Sans"], WORDS["Report-CJK"]):
        assert word in text, (lang, word)


def test_the_arabic_report_is_right_to_left_with_numbers_as_typed(report):
    lang, pdf = report
    if lang != "ar":
        pytest.skip("the Arabic report")
    pages = page_texts(pdf)
    cover = pages[0]
    for typed in (TYPED["year"], "2026", "11", "15"):
        assert typed in cover, typed
    assert "5102" not in cover and "15–11" not in cover
    # the mission's days in words, UN Arabic's range: the Arabic editor read "11–15" backwards
    assert "11–15" not in cover
    answers = "".join(pages)
    assert TYPED["decimal"] in answers and "5.27" not in answers


def test_every_glyph_of_a_letter_extracts_as_that_letter(report):
    """The Arabic editor searched the PDF for "أسئلة" and found nothing: WeasyPrint gave a letter and
    its mark ("أُ") all their text on one glyph and none on the other, so the bold "أ" extracted as
    nothing (or "3") and every damma as "أُ" (reports/tagging.cluster_glyphs). Every glyph that its
    embedded font's cmap gives to characters maps, in the ToUnicode, to one of them or to a text
    without any of them (a ligature: "لا")."""
    lang, pdf = report
    checked = 0
    with PdfFile(pdf) as reader:  # pypdf's objects read one by one, the streams decoded by PyMuPDF
        for index in range(len(reader)):
            for ref in reader.resources(index)["/Font"].values():
                checked += _glyph_texts_checked(lang, ref.get_object())
    assert checked > 50


def _glyph_texts_checked(lang: str, font) -> int:
    """test_every_glyph_of_a_letter_extracts_as_that_letter on one font: how many glyphs it checked."""
    import io
    import re

    from fontTools.ttLib import TTFont

    checked = 0
    descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
    if "/FontFile2" not in descriptor:
        return 0  # the CJK face is OpenType (CFF): no cmap read here
    file = TTFont(io.BytesIO(descriptor["/FontFile2"].get_object().get_data()), lazy=True)
    order = file.getReverseGlyphMap()
    chars: dict[int, set[str]] = {}
    for code, name in (file.getBestCmap() or {}).items():
        chars.setdefault(order[name], set()).add(chr(code))
    cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    for gid, hexed in re.findall(r"<([0-9a-f]{4})> <([0-9a-f]*)>", cmap):
        text = bytes.fromhex(hexed).decode("utf-16-be")
        own = chars.get(int(gid, 16), set())
        assert text, (lang, font["/BaseFont"], gid)
        assert not own or text in own or not own & set(text), (lang, font["/BaseFont"], gid, text)
        checked += 1
    return checked


def test_the_document_says_its_language_and_direction(small_assessment, tmp_path):
    from capacity_app.catalog.loader import load_bundled
    from capacity_app.reports.pdf import render_html
    from capacity_app.services.assessments import open_store
    from capacity_app.services.reports import build_report_context

    db, aid = small_assessment
    store = open_store(db, backup_dir=tmp_path / "backups")
    try:
        for lang, direction in (("ar", "rtl"), ("zh", "ltr"), ("fr", "ltr")):
            html = render_html(build_report_context(store, load_bundled(), aid, lang))
            assert f'<html lang="{lang}" dir="{direction}">' in html
            first = {"ar": "Report Arabic", "zh": "Report CJK", "fr": "Report Sans"}[lang]
            assert f'html {{ font-family: "{first}"' in html
    finally:
        store.close()


def test_the_blank_questionnaire_says_a_first_translation_is_not_reviewed(questionnaire):
    from capacity_app.services.reports import build_report_context

    assert build_report_context(None, questionnaire, None, "ar", blank=True).translation_note.startswith(
        "هذه النسخة ترجمة أولى")
    assert build_report_context(None, questionnaire, None, "fr", blank=True).translation_note == ""


def test_user_text_keeps_its_own_direction_in_a_document_of_the_other(tmp_path):
    """An English comment, evidence or text answer in the Arabic report (and an Arabic one in the
    French report) is isolated with markup: unisolated, a wrapped English sentence's final period
    stood at the start of its last line ('.study') and '(Worldwide).' came out ').'."""
    from capacity_app.catalog.loader import load_bundled
    from capacity_app.reports.pdf import render_html
    from capacity_app.services.assessments import add_evidence, create_assessment, open_store, record_answer
    from capacity_app.services.reports import build_report_context

    english = "Census 2021 was matched to civil registration births once, for a coverage study."
    arabic = "تمت المطابقة مرة واحدة."
    q = load_bundled()
    store = open_store(tmp_path / "dir.sqlite3", backup_dir=tmp_path / "backups")
    try:
        a = create_assessment(store, q, country="EGY", round=2026)
        record_answer(store, q, a.id, "s5_document", "Draft National Migration Strategy (Worldwide).",
                      comment=english)
        add_evidence(store, q, a.id, "s5_document", "document", "Annual report (2023).")
        record_answer(store, q, a.id, "s8_portal", "https://stat.example/migration", comment=arabic)
        rtl = render_html(build_report_context(store, q, a.id, "ar"))
        ltr = render_html(build_report_context(store, q, a.id, "fr"))
    finally:
        store.close()
    for text in (english, "Draft National Migration Strategy (Worldwide).", "Annual report (2023)."):
        # (with its language: English words hyphenated in English, reports/bidi.html_scripts_marked)
        assert f'<span dir="ltr" lang="en">{text}</span>' in rtl, text
    assert f'<span dir="rtl">{arabic}</span>' in ltr
    assert f'<span dir="ltr">{english}</span>' not in ltr  # the document's own direction: no span
