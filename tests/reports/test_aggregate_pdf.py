"""The cross-country summary through the one PDF pipeline: plain data in, the report's fonts,
fetcher, tagging and atomic write out."""
import os
import re

import pytest
from pdf_text import page_texts
from pypdf import PdfReader

from capacity_app.jobs import Cancelled
from capacity_app.reports.aggregate.summary import (
    AggregateSummary,
    CountryRow,
    FileRow,
    GroupRow,
    SdgRow,
    TrendRow,
    build_context,
    render_html,
    write_aggregate_pdf,
)

HOSTILE = '<link rel=attachment href="file:///etc/passwd"><img src="http://evil.example/x.png">'


def _summary(lang="en"):
    import datetime as dt

    return AggregateSummary(
        lang=lang, generated=dt.datetime(2026, 5, 1, 12, tzinfo=dt.UTC), accepted=3, rejected=1, superseded=1,
        conflicts=2,
        countries=[CountryRow("FRA", "France", "Europe", 2024, 61.3, 4.5, "partially_meets", "Partially meets",
                              90.0, 12.5, ("edited",), {"A": 3, "B": 0}),
                   CountryRow("KEN", "Kenya", "Africa", 2025, None, None, "", "", None, None, (), {}),
                   CountryRow("SEN", "Senegal " + HOSTILE, "Africa", 2025, 48.1, None, "partially_meets",
                              "Partially meets", 80.0, 0.0, ("draft",), {"A": 1})],
        regions=[GroupRow("World", "001", "World", 3, 249, 54.7, 54.7, 51.4, 58.0, "FRA KEN SEN"),
                 GroupRow("Region", "002", "Africa", 2, 60, 48.1, 48.1, 48.1, 48.1, "KEN SEN")],
        groups=[GroupRow("Group", "LDC", "Least Developed Countries (LDC)", 1, 44, 48.1, 48.1, 48.1, 48.1, "SEN")],
        trends=[TrendRow("World", 2024, 1, 56.8, 56.8), TrendRow("World", 2025, 2, 48.1, 48.1)],
        sdg_statuses=["Produced", "Not produced"], sdg=[SdgRow("sdg_10_7_2", "Migration policies", [1, 1])],
        pq_codes=["A", "B"], pq_labels={"A": "Immigrant entries", "B": "Characteristics"},
        problems=[FileRow("/in/broken.xlsx", "Rejected: cannot be used", "the file is damaged"),
                  FileRow("/in/kenya-old.xlsx", "Superseded", "an export made later is used")],
        warnings=["france.xlsx (FRA 2024): answers edited", "2 workbooks conflict"], rules_version="2.0",
        rounds_note="the latest round of each country", status_note="every status", list_date="2025-06-30",
        sids_name="UN M49 list of Small Island Developing States (53 countries and areas)",
        map_states={"250": "partially_meets", "686": "partially_meets", "404": "not_in_rollups"})


def test_context_heatmap_groups_and_numbers():
    c = build_context(_summary())
    assert [(cell.text, cell.css) for cell in c.heatmap[0].cells] == [("3", "l3"), ("0", "l0")]
    assert [cell.text for cell in c.heatmap[1].cells] == ["–", "–"]
    assert [(r["code"], r["coverage"], r["mean"], r["quartiles"]) for r in c.regions] == [
        ("001", "3 of 249", "54.7", "51.4 – 58.0"), ("002", "2 of 60", "48.1", "48.1 – 48.1")]
    assert c.groups[0]["coverage"] == "1 of 44"
    assert c.countries[0]["flags"] == "edited" and c.countries[0]["change"] == "+4.5"
    assert c.countries[0]["completeness"] == "90.0%"   # one decimal, as the Summary sheet and score give it
    fr = build_context(_summary("fr"))
    assert fr.regions[0]["mean"] == "54,7" and fr.regions[0]["coverage"] == "3 sur 249"  # the French decimal comma
    assert fr.countries[0]["change"] == "+4,5"
    assert fr.countries[0]["completeness"] == "90,0\u00a0%"


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("agg") / "summary.pdf"
    seen = []
    write_aggregate_pdf(_summary(), out, progress=lambda f, m: seen.append(f))
    return out, PdfReader(out), seen


def test_context_keeps_the_content():
    c = build_context(_summary())
    assert [r["overall"] for r in c.countries] == ["61.3", "–", "48.1"]
    assert c.sdg[0].code == "sdg_10_7_2" and sum(c.sdg[0].counts) == 2
    assert [r["band"] for r in c.countries] == ["Partially meets", "–", "Partially meets"]
    html = render_html(c)
    assert "partially_meets" not in html
    assert "&lt;link rel=attachment" in html and "<link rel=attachment" not in html  # autoescaped


def test_summary_pdf_text_fonts_and_tags(written):
    out, reader, seen = written
    text = "\n".join(page_texts(out))
    flat = " ".join(text.split())
    for expected in ("cross-country summary", "3 workbooks used, 1 rejected", "1 superseded", "France",
                     "Overall score by country", "Natural Earth", "Read with care", "3 of 249", "1 of 44",
                     "Kenya", "Europe", "54.7", "broken.xlsx", "Files not used", "Page 1 of",
                     "Trends by group over rounds", "Migration policies (sdg_10_7_2)",
                     "do not imply official endorsement or acceptance by the United Nations",
                     # every warning as given (tests/exchange/test_aggregate_provisional.py reads a run's from the summary)
                     "france.xlsx (FRA 2024): answers edited", "2 workbooks conflict"):
        assert expected in flat, expected
    fonts = set()
    for page in reader.pages:
        for f in (page["/Resources"].get("/Font") or {}).values():
            fonts.add(str(f.get_object()["/BaseFont"]))
    assert fonts and all("Report-Sans" in f for f in fonts)  # the report's bundled font, embedded
    assert "/StructTreeRoot" in reader.trailer["/Root"]  # tagged, as the country report (PDF/A-3a)
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert "pdfaid:part" in xmp
    assert not reader.attachments  # the hostile <link rel=attachment> stayed text
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    assert [p.name for p in out.parent.iterdir()] == ["summary.pdf"]


def test_summary_write_is_atomic_and_fsynced(tmp_path, monkeypatch):
    synced = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    out = tmp_path / "s.pdf"
    out.write_bytes(b"the previous summary")
    write_aggregate_pdf(_summary(), out)
    assert synced and out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["s.pdf"]


def test_summary_cancelled_leaves_nothing(tmp_path):
    out = tmp_path / "s.pdf"
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 2  # during layout / writing, not before it starts

    with pytest.raises(Cancelled):
        write_aggregate_pdf(_summary(), out, cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_world_map_from_the_bundled_boundaries():
    from capacity_app.reports.aggregate.map import (
        BAND_FILL,
        NOT_ASSESSED_FILL,
        _topology,
        equal_earth,
        points,
        projected,
        small_states,
        sids_codes,
        world_map_svg,
    )

    arcs, shapes = _topology()
    assert "010" not in {k for k, _ in shapes}  # Antarctica is not drawn
    rings, lines, areas = projected()
    ghana = [p for ring in rings["288"] for p in ring]
    lo, hi = equal_earth(-3.5, 4.5), equal_earth(1.5, 11.5)
    assert all(lo[0] < x < hi[0] and lo[1] < y < hi[1] for x, y in ghana)  # decoded arcs, projected
    for seg, _style in lines:  # no line across the whole map (Fiji, Chukotka)
        assert all(abs(a[0] - b[0]) < 90 for a, b in zip(seg, seg[1:], strict=False))
    # Western Sahara is its own territory, not Morocco's: nothing of Morocco south of 27°40' N
    ws_lat = equal_earth(-13, 27 + 40 / 60)[1]
    assert all(y >= ws_lat - 1e-9 for r in rings["504"] for _, y in r)
    assert any(y < ws_lat - 1 for r in rings["732"] for _, y in r)
    assert sum(1 for _, st in lines if st == "dashed") >= 2  # its boundary with Morocco, Kosovo's with Serbia
    # every SIDS is visible: a dot for each (M49 and OHRLLS lists), wherever 1:110m has no shape
    assert len(sids_codes()) >= 58 and sids_codes() <= set(points()) and sids_codes() <= small_states()
    assert {"132", "462", "480", "678", "798", "882"} <= small_states()  # the six of the issue
    svg = world_map_svg({"288": "meets", "484": "requires_further_progress", "798": "meets", "404": "not_in_rollups"})
    assert svg.startswith("<svg") and "<!DOCTYPE" not in svg
    assert BAND_FILL["meets"].lower() in svg.lower() and NOT_ASSESSED_FILL.lower() in svg.lower()
    from capacity_app.domain.labels import band_label

    assert band_label("requires_further_progress") in svg and "not assessed" in svg and "not in the roll-ups" in svg
    assert re.search(r'href="(?!#)', svg) is None  # no link the renderer would fetch (only namespaces)
    fr = world_map_svg({"288": "meets"}, "fr")
    assert "non évalué" in fr and "not assessed" not in fr
