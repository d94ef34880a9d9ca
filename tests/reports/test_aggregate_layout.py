"""The cross-country summary's tables as laid out (UNSD's outside test: a Flags column without a
heading running off the page, headings cut mid-word, "Coverag|e", "Moyen|ne"): in English, French
and Spanish every heading breaks between words or at a hyphen, and no cell passes the page's
right margin."""
import datetime as dt

import pytest

from capacity_app.reports.aggregate.summary import AggregateSummary, CountryRow, GroupRow, build_context, render_html
from capacity_app.reports.pdf import load_weasyprint, make_fetcher, report_dir


def _summary(lang: str) -> AggregateSummary:
    rows = [CountryRow(iso, name, region, 2026, 44.0, 3.8, band, label, 96.0, 4.0, flags, {"A": 1})
            for iso, name, region, band, label, flags in (
                ("BOL", "Bolivia (Plurinational State of)", "Americas", "partially_meets", "Developing capacity",
                 ("draft",)),
                ("JAM", "Jamaica", "Americas", "", "Provisional: no band yet", ("edited", "in progress")),
                ("STP", "Sao Tome and Principe", "Africa", "requires_further_progress", "Limited capacity",
                 ("in progress",)))]
    group = GroupRow("Intermediate region", "029", "Latin America and the Caribbean", 2, 52, 41.1, 41.1,
                     40.0, 42.2, "BOL JAM", 1)
    return AggregateSummary(
        lang=lang, generated=dt.datetime(2026, 11, 23, tzinfo=dt.UTC), accepted=3, rejected=0, superseded=0,
        conflicts=0, countries=rows, regions=[group], groups=[group], trends=[], sdg_statuses=[], sdg=[],
        pq_codes=["A"], pq_labels={"A": "Immigrant entries"}, problems=[], warnings=[], rules_version="3.0",
        rounds_note="", status_note="", list_date="2026-06-30", sids_name="M49")


def _cells(box, tag):
    if getattr(box, "element_tag", None) == tag:
        yield box
        return
    for child in getattr(box, "children", ()):
        yield from _cells(child, tag)


def _lines(box):
    if type(box).__name__ == "LineBox":
        yield "".join(t.text for t in box.descendants() if type(t).__name__ == "TextBox")
        return
    for child in getattr(box, "children", ()):
        yield from _lines(child)


def _joined(lines: list[str]) -> str:
    """The lines of a cell read back as one text: a line ending in a hyphen joins the next word."""
    out = ""
    for ln in lines:
        if out.endswith(("-", "\u2010")):
            out = out[:-1] + ln
        else:
            out = f"{out} {ln}" if out else ln
    return out


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_headings_break_between_words_and_cells_stay_on_the_page(lang):
    load_weasyprint()
    import weasyprint

    ctx = build_context(_summary(lang))
    known = {*ctx.t.values(), *ctx.plan_headers.values(), *ctx.pq_codes}
    doc = weasyprint.HTML(string=render_html(ctx), base_url=report_dir().as_uri() + "/",
                          url_fetcher=make_fetcher()).render()
    headings = 0
    for page in doc.pages:
        box = page._page_box
        right = box.margin_width() - box.margin_right - box.padding_right
        for th in _cells(box, "th"):
            lines = [ln.strip() for ln in _lines(th) if ln.strip()]
            assert _joined(lines) in known, (lang, lines)  # "Coverag|e" would read "Coverag e"
            headings += 1
        for cell in list(_cells(box, "th")) + list(_cells(box, "td")):
            assert cell.position_x + cell.margin_width() <= right + 0.5, (lang, list(_lines(cell)))
    assert headings > 15
