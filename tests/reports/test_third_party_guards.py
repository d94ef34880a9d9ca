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
