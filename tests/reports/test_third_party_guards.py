"""The third-party internals reports/pdf.py adjusts because they pay: each must hold for
the installed version, or this fails loudly. When it does: read the new version's source for what
each adjustment relies on, then move ``reports.pdf.CHECKED_VERSIONS`` and the pins in
pyproject.toml together. The adjustments' effects are held elsewhere: no process started by a
report (tests/reliability/test_bounded.py), no font folder left behind
(tests/reports/test_font_folder.py), the capped Flate level (tests/reports/test_report_speed.py)."""
from __future__ import annotations

import zlib

import pytest


def test_the_installed_versions_are_those_the_adjustments_were_checked_for():
    import cffi
    import pydyf
    import weasyprint

    from capacity_app.reports.pdf import CHECKED_VERSIONS, checked_version

    for module in (weasyprint, pydyf, cffi):
        low, high = CHECKED_VERSIONS[module.__name__]
        assert checked_version(module), (
            f"{module.__name__} {module.__version__} is outside {low}..{high}, the versions reports/pdf.py's "
            "adjustments were checked for: read its source again (see this module's docstring)")


def test_a_version_outside_the_range_turns_the_adjustment_off():
    from types import SimpleNamespace

    from capacity_app.reports.pdf import checked_version

    assert checked_version(SimpleNamespace(__name__="pydyf", __version__="0.13.0"))
    for version in ("0.14.0", "0.9.9", "0.14.0b1", None):
        assert not checked_version(SimpleNamespace(__name__="pydyf", __version__=version))


def test_pydyf_deflates_its_streams_with_the_zlib_of_its_module():
    """cap_flate_level replaces ``pydyf.zlib``: pydyf must look ``zlib.compressobj`` up on its own
    module when it writes a stream, and the stream must come out at the capped level."""
    import pydyf

    from capacity_app.reports import pdf

    pdf.cap_flate_level()
    assert isinstance(pydyf.zlib, pdf._CappedZlib)
    content = b"".join(b"%d %d m %d %d l S\n" % (i, i * 7 % 13, i * 3 % 17, i % 11) for i in range(4000))
    at = {}
    for level in (pdf.FLATE_LEVEL, 9):
        c = zlib.compressobj(level)
        at[level] = c.compress(content) + c.flush()
    assert at[pdf.FLATE_LEVEL] != at[9]  # the content tells the two levels apart
    written = pydyf.Stream([content], compress=True).data
    body = written.split(b"\nstream\n", 1)[1].rsplit(b"\nendstream", 1)[0]
    assert body == at[pdf.FLATE_LEVEL]


def test_weasyprint_makes_its_font_folder_on_first_use():
    """write_document gives a FontConfiguration a folder named after the process before WeasyPrint
    makes its own (which only ``__del__`` removes): the attribute must exist and still be unset."""
    from weasyprint.text.fonts import FontConfiguration

    assert FontConfiguration()._folder is None


def test_cffi_looks_a_library_that_fails_to_load_up_with_find_library(monkeypatch):
    """load_weasyprint answers "not found" from ``ctypes.util.find_library`` during WeasyPrint's
    import, which cffi calls when a name fails to load (on Linux it runs ldconfig and gcc)."""
    import ctypes.util

    import cffi

    asked = []
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: asked.append(name))
    with pytest.raises(OSError):
        cffi.FFI().dlopen("capacity-app-no-such-library")
    assert asked == ["capacity-app-no-such-library"]


def test_weasyprint_user_agent_sheet_is_the_one_the_report_narrows():
    """report_html lays the report's documents out with WeasyPrint's user-agent sheet less the
    footnotes' and notes' pseudo-elements and with ``::marker`` for ``li`` only: the sheet must hold
    each of those rules once, and ``HTML._ua_stylesheets`` must give that sheet first."""
    from importlib.resources import files

    import weasyprint
    from weasyprint.html import UA_FORM_STYLESHEET, UA_STYLESHEET

    from capacity_app.reports.pdf import UA_UNUSED, narrowed_ua, report_html

    text = (files("weasyprint.css") / "html5_ua.css").read_text("utf-8")
    narrowed = narrowed_ua(text)
    assert narrowed is not None, "WeasyPrint's user-agent sheet changed: read reports/pdf.py's UA_MARKER again"
    assert "\nli::marker {" in narrowed and not any(f"::{name}" in narrowed for name in UA_UNUSED)
    assert len(narrowed.splitlines()) == len(text.splitlines()) - len(UA_UNUSED)
    plain = weasyprint.HTML(string="<p>x</p>")
    assert plain._ua_stylesheets() == [UA_STYLESHEET]
    assert plain._ua_stylesheets(forms=True) == [UA_STYLESHEET, UA_FORM_STYLESHEET]
    cls = report_html(weasyprint)
    assert cls is report_html(weasyprint) and issubclass(cls, weasyprint.HTML) and cls is not weasyprint.HTML
    own = cls(string="<p>x</p>")._ua_stylesheets(forms=True)
    assert own[0] is not UA_STYLESHEET and own[1:] == [UA_FORM_STYLESHEET]


def test_no_report_style_needs_what_the_narrowed_sheet_leaves_out():
    """The narrowed sheet prints the same pages while no document of the report's has a footnote, a
    note or a list item other than ``li``: no style sheet, template or generated style asks for one."""
    import re
    from pathlib import Path

    import capacity_app

    root = Path(capacity_app.__file__).resolve().parents[1]
    wanted = re.compile(r"float\s*:\s*footnote|position\s*:\s*note\(|list-item|::?(footnote|note)-")
    files = [*(root / "resources").rglob("*.css"), *(root / "resources").rglob("*.j2"),
             *(root / "capacity_app" / "reports").rglob("*.py")]
    assert len(files) > 20
    found = [f"{path.relative_to(root)}: {m[0]}" for path in files
             for m in wanted.finditer(path.read_text(encoding="utf-8"))
             if path.name != "pdf.py"]
    assert found == []


def test_the_narrowed_sheet_lays_a_document_out_as_weasyprint_own():
    """A page with a numbered and a bulleted list, a table and a paragraph: the same boxes at the
    same places with the same text under both sheets, the list markers included; only the
    pseudo-elements' styles nobody uses are no longer computed."""
    import weasyprint

    from capacity_app.reports.pdf import report_html

    html = ('<html lang="en"><body><h1>Title</h1><p style="hyphens:auto">Administrative registers '
            "of international migration</p><ol><li>first</li><li>second <b>bold</b></li></ol>"
            '<ul style="list-style: square"><li>one</li></ul><table><tr><th>a</th><td>b</td></tr>'
            "</table></body></html>")

    def walk(box):
        yield box
        for child in getattr(getattr(box, "_box", box), "children", ()):  # a marker is placed absolutely
            yield from walk(child)

    def boxes(cls):
        doc = cls(string=html).render()
        return [(type(box).__name__, box.element_tag, round(box.position_x, 3), round(box.position_y, 3),
                 round(box.width or 0, 3), getattr(box, "text", None), box.style["font_variant_numeric"],
                 box.style["white_space"])
                for page in doc.pages for box in walk(page._page_box)]

    plain, narrowed = boxes(weasyprint.HTML), boxes(report_html(weasyprint))
    assert narrowed == plain
    markers = [b for b in plain if (b[1] or "").endswith("::marker")]
    assert [b[5] for b in markers if b[0] == "TextBox"] == ["1. ", "2. ", "▪ "]
    assert {b[6] for b in markers} == {("tabular-nums",)}  # the user-agent rule of ::marker still applies


def test_pydyf_page_references_are_kept_while_the_pages_stay_as_many():
    """cache_page_references keeps pydyf's tuple of the pages' references, which WeasyPrint reads for
    each element it tags, and makes it again when a page is added."""
    import pydyf

    from capacity_app.reports.pdf import cache_page_references

    cache_page_references()
    cache_page_references()  # installed once, never wrapped twice
    fget = pydyf.PDF.page_references.fget
    assert fget.kept and fget.__closure__ and not any(
        getattr(cell.cell_contents, "kept", False) for cell in fget.__closure__)
    pdf = pydyf.PDF()
    for _ in range(3):
        pdf.add_page(pydyf.Dictionary({"Type": "/Page"}))
    first = pdf.page_references
    assert first is pdf.page_references
    assert first == tuple(f"{n} 0 R".encode() for n in pdf.pages["Kids"][::3]) and len(first) == 3
    pdf.add_page(pydyf.Dictionary({"Type": "/Page"}))
    assert len(pdf.page_references) == 4 and pdf.page_references[:3] == first
