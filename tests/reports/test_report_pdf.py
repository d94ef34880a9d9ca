"""The demo report as a real PDF (English and French, rendered once per session: conftest.py), read back
with pypdf (its objects) and tests/pdf_text.py (its text and bookmarks, as pypdf reads them)."""
import json
import re

import pytest
from pdf_text import outline

from capacity_app import __version__
from capacity_app.reports.typography import typeset


@pytest.fixture(scope="module")
def en(reports):
    return _with_text(reports("en"))


@pytest.fixture(scope="module")
def fr(reports):
    return _with_text(reports("fr"))


def _with_text(r):
    """(context, path, reader, progress), the reader's page texts those the session read once."""
    reader = r.reader
    _PAGES[id(reader)] = r.pages
    return r.ctx, r.path, reader, r.progress


def _outline_titles(pdf):
    return [title for _level, title in outline(pdf)]


_PAGES: dict[int, list[str]] = {}  # a module fixture's reader -> its pages' text (tests/pdf_text.py)


def _text(reader):
    return "\n".join(_PAGES[id(reader)])


def _page(reader, i: int) -> str:
    return _PAGES[id(reader)][i]


def test_page_count_is_sensible(en):
    ctx, out, reader, _ = en
    assert 15 <= len(reader.pages) <= 80
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4


def test_outline_has_every_section(en, demo):
    """The report 2.0 structure: summary, how to read, context, findings S1 -> S12 in questionnaire
    order, the policy-question table, the heatmap, the plan and the five annexes."""
    ctx, out, reader, _ = en
    _, q, _ = demo
    titles = _outline_titles(out)
    s = {k: typeset(v, "en") if isinstance(v, str) else v for k, v in ctx.s.items()}
    order = ["summary", "how_to_read", "context_chapter", "findings", "pq_table", "heatmap", "recommendations",
             "annexes", "annex_method", "annex_pq_detail", "annex_all_answers", "annex_follow_ups", "annex_glossary"]
    assert [titles.index(s[k]) for k in order] == sorted(titles.index(s[k]) for k in order)
    assert s["contents"] not in titles  # the contents page is not its own bookmark
    areas = [f"{sec.id}. " for sec in q.sections if sec.id != "S0"]
    found = [t for t in titles[titles.index(s["findings"]):titles.index(s["pq_table"])] if t.startswith("S")]
    assert [t.split(" ")[0] + " " for t in found] == areas  # every area, S1 -> S12, in order
    for p in ctx.policy_blocks:
        assert typeset(f"{p.code}. {p.label}", "en") in titles
    assert len(ctx.policy_blocks) == len(q.policy_questions) == 15
    for sec in q.sections:  # every questionnaire section has its annex entry
        assert titles.count(typeset(f"{sec.id}. {sec.label['en']}", "en")) >= 1, sec.id


def test_contents_page_numbers_point_at_the_chapters(en):
    ctx, out, reader, _ = en
    contents = _page(reader, 2)  # after the cover and its back
    assert ctx.s["contents"] in contents
    m = re.search(re.escape(ctx.s["pq_table"]) + r"[ .]*?(\d+)", contents.replace("\n", " "))
    assert m, contents
    page = int(m.group(1))
    assert ctx.s["pq_table"] in _page(reader, page - 1).replace("\n", " ")


def test_draft_mark_author_and_un_dates(en):
    ctx, out, reader, _ = en
    assert ctx.draft == "DRAFT"  # the demo is in progress: marked on every page, never as text
    assert not any("DRAFT" in p for p in _PAGES[id(reader)])
    assert all(p["/Resources"].get("/XObject") for p in reader.pages)
    assert reader.metadata.author == ctx.author and "capacity-app" not in ctx.author
    assert ctx.cover.mission_dates == "11–15 May 2026"
    assert "Rank None" not in _text(reader) and "rank None" not in _text(reader)


def test_key_text_and_numbers(en):
    ctx, out, reader, _ = en
    text = _text(reader)
    assert ctx.cover.country in text
    assert "Executive summary" in text and "Policy questions × data sources" in text
    assert ctx.summary.score and f"{ctx.summary.score} out of 100" in text
    assert ctx.summary.band_label in text
    assert ctx.summary.priority_actions and ctx.summary.priority_actions[0].title in text.replace("\n", " ")
    assert "Annex D. Answers to follow up" in text and ctx.follow_ups and ctx.follow_ups[0].key not in text.replace("\n", "")


def test_running_header_and_footer(en):
    ctx, out, reader, _ = en
    n = len(reader.pages)
    page3 = _page(reader, 2)
    assert f"Page 3 of {n}" in page3
    assert f"Questionnaire version {ctx.questionnaire_version}" in page3
    assert f"capacity-app {__version__}" in page3
    assert f"Generated on {ctx.generated}" in page3
    assert ctx.cover.country in page3 and "Migration data capacity assessment" in page3


def test_metadata_and_pdfa(en):
    ctx, out, reader, _ = en
    meta = reader.metadata
    assert meta.title == ctx.title and ctx.cover.country in meta.title
    assert meta.subject == ctx.subject
    assert reader.trailer["/Root"]["/Lang"] == "en"
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert "pdfaid:part" in xmp and ">3<" in xmp.replace('"', "><").replace("'", "><") or 'pdfaid:part="3"' in xmp
    assert "/StructTreeRoot" in reader.trailer["/Root"]  # tagged (PDF/A-3a)


def test_data_is_attached(en):
    ctx, out, reader, _ = en
    att = reader.attachments
    assert "assessment.json" in att
    data = json.loads(att["assessment.json"][0])
    assert data["questionnaire"]["version"] == ctx.questionnaire_version
    assert data["assessment"]["country"] == ctx.cover.country_code
    assert len(data["answers"]) > 100
    assert data["scores"]["overall"] is not None
    assert data["scores"]["ranked"] and set(data["scores"]["ranked"]) <= {r.code for r in ctx.pq_rows}


def test_progress_reported(en):
    *_, seen = en
    assert seen[-1] == 1.0 and seen == sorted(seen)


def test_fonts_embedded_and_charts_vector(en):
    ctx, out, reader, _ = en
    fonts, images = set(), 0
    for page in reader.pages[:6]:
        res = page["/Resources"]
        for f in (res.get("/Font") or {}).values():
            f = f.get_object()
            desc = f["/DescendantFonts"][0].get_object() if "/DescendantFonts" in f else f
            fd = desc["/FontDescriptor"].get_object()
            assert any(k in fd for k in ("/FontFile", "/FontFile2", "/FontFile3")), fd
            fonts.add(str(f["/BaseFont"]))
        for x in (res.get("/XObject") or {}).values():
            if x.get_object().get("/Subtype") == "/Image":
                images += 1
    assert fonts and all("Report-Sans" in f for f in fonts)  # the bundled fonts, not system copies
    assert images == 0  # charts are drawn as vectors, never bitmaps
    text = _text(reader)
    assert "Limited capacity" in text  # chart legend text is real text


def test_french_report(fr):
    ctx, out, reader, _ = fr
    text = _text(reader)
    assert "Résumé analytique" in text and "Plan d’action" in text
    assert f"Page 3 sur {len(reader.pages)}" in _page(reader, 2)
    assert "novembre" in ctx.generated or ctx.generated  # Babel date in French
    assert reader.trailer["/Root"]["/Lang"] == "fr"
    assert "Résumé analytique" in _outline_titles(out)
    # French number format: the overall score in the text is the Babel-formatted one
    assert f"{ctx.summary.score} sur 100" in text
