"""The cross-country summary through the one PDF pipeline: plain data in, the report's fonts,
fetcher, tagging and atomic write out."""
import os
import re

import pytest
from pypdf import PdfReader

from capacity_app.jobs import Cancelled
from capacity_app.reports.aggregate import (
    AggregateSummary,
    CountryRow,
    FileRow,
    build_context,
    render_html,
    write_aggregate_pdf,
)

HOSTILE = '<link rel=attachment href="file:///etc/passwd"><img src="http://evil.example/x.png">'


def _summary():
    return AggregateSummary(
        accepted=3, rejected=1, superseded=1,
        countries=[CountryRow("FRA", "France", "Europe", 2024, 61.25, "partially_meets", {"10.7.2": "produced"},
                              sub_region="Western Europe", availability={"A": 3, "B": 0}, edited=True,
                              change=4.5, m49="250"),
                   CountryRow("KEN", "Kenya", "Africa", 2025, None, "", {"10.7.2": "not_produced"}),
                   CountryRow("XVL", "Veloria " + HOSTILE, "Europe", 2025, 80.0, "meets", {})],
        sdg_codes=["10.7.2"],
        problems=[FileRow("/in/broken.xlsx", "rejected", "the file is damaged"),
                  FileRow("/in/kenya-old.xlsx", "superseded", "an export made later is used")],
        conflicts=2, pq_codes=["A", "B"], pq_labels={"A": "Immigrant entries", "B": "Characteristics"},
        edited=[FileRow("/in/france.xlsx", "accepted", "FRA 2024")],
        drafts=[FileRow("/in/kenya.xlsx", "accepted", "KEN 2025")], rules_version="2.0")


def test_context_heatmap_groups_and_warnings():
    c = build_context(_summary())
    assert [(cell.text, cell.css) for cell in c.heatmap[0].cells] == [("3", "l3"), ("0", "l0")]
    assert [cell.text for cell in c.heatmap[1].cells] == ["–", "–"]
    assert [(r.grouping, r.region, r.count, r.mean, r.countries) for r in c.groups] == [
        ("Sub-region", "Western Europe", 1, "61.2", "FRA")]
    assert [r.countries for r in c.regions] == ["KEN", "FRA, XVL"]
    assert c.countries[0].flags == "edited" and c.countries[0].change_text == "+4.5"
    text = " ".join(c.warnings)
    assert "france.xlsx" in text and "edited" in text and "kenya.xlsx" in text and "draft" in text
    assert "2 workbooks conflict" in text


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("agg") / "summary.pdf"
    seen = []
    write_aggregate_pdf(_summary(), out, progress=lambda f, m: seen.append(f))
    return out, PdfReader(out), seen


def test_context_keeps_the_content():
    c = build_context(_summary())
    assert [(r.region, r.count, r.mean) for r in c.regions] == [("Africa", 1, "–"), ("Europe", 2, "70.6")]
    assert [r.overall_text for r in c.countries] == ["61.2", "–", "80.0"]
    assert c.sdg[0].code == "10.7.2" and sum(c.sdg[0].counts) == 2
    from capacity_app.domain.labels import band_label, sdg_status_label

    # labels, never codes (a code like requires_further_progress wrapped in the table)
    assert c.sdg_statuses[0] == sdg_status_label("produced") and sdg_status_label("not_produced") in c.sdg_statuses
    assert [r.band for r in c.countries] == [band_label("partially_meets"), "–", band_label("meets")]
    assert "partially_meets" not in render_html(c)
    html = render_html(c)
    assert "&lt;link rel=attachment" in html and "<link rel=attachment" not in html  # autoescaped


def test_summary_pdf_text_fonts_and_tags(written):
    out, reader, seen = written
    text = "\n".join(p.extract_text() for p in reader.pages)
    for expected in ("cross-country summary", "3 workbooks accepted, 1 rejected", "1 superseded", "France",
                     "Overall score by country", "Natural Earth", "Read with care",
                     "Kenya", "Europe", "70.6", "broken.xlsx", "Files not used", "Page 1 of"):
        assert expected in text, expected
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
    from capacity_app.reports.aggregate_map import BAND_FILL, NO_DATA, country_shapes, world_map_svg

    shapes = country_shapes()
    ghana = [p for ring in shapes["288"] for p in ring]
    lon, lat = [x for x, _ in ghana], [y for _, y in ghana]
    assert -3.5 < min(lon) < max(lon) < 1.5 and 4.5 < min(lat) < max(lat) < 11.5  # decoded arcs
    for ring in shapes["242"]:  # Fiji crosses the antimeridian: no ring jumps across the map
        assert all(abs(a[0] - b[0]) < 180 for a, b in zip(ring, ring[1:], strict=False))
    svg = world_map_svg({"288": "meets", "484": "requires_further_progress"})
    assert svg.startswith("<svg") and "<!DOCTYPE" not in svg
    assert BAND_FILL["meets"].lower() in svg.lower() and NO_DATA.lower() in svg.lower()
    assert "Limited capacity" in svg and "not in the roll-ups" in svg
    assert re.search(r'href="(?!#)', svg) is None  # no link the renderer would fetch (only namespaces)
