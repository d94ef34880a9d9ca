"""exchange/cells.StyleCache copies openpyxl's cell style arrays (``cell._style``) instead of
setting font, fill, protection and format attribute by attribute (a fifth of an export's time).
These tests fail loudly if openpyxl's internals it relies on move: the version is in the range
pyproject.toml pins, and a cell given a cached style reads back, through openpyxl's public
attributes and after a save and a load, exactly as one styled attribute by attribute. The export's
save (exchange/workbook/saving.py) writes each sheet's cells itself: the same bytes as openpyxl's."""
from __future__ import annotations

import re
from importlib.metadata import version


def test_openpyxl_is_in_the_pinned_range():
    major, minor = (int(x) for x in re.match(r"(\d+)\.(\d+)", version("openpyxl")).groups())
    assert (3, 1) <= (major, minor) < (4, 0)


def test_a_cached_style_is_the_style_set_attribute_by_attribute(tmp_path):
    from openpyxl import Workbook, load_workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection

    from capacity_app.exchange.workbook.cells import StyleCache, put_styled, write_text

    attrs = {"font": Font(color="808080", size=8), "fill": PatternFill("solid", fgColor="F2F2F2"),
             "protection": Protection(locked=False), "alignment": Alignment(wrap_text=True, vertical="top"),
             "number_format": "@"}
    wb = Workbook()
    ws = wb.active
    cache = StyleCache(wb)
    style, quoted = cache.get(**attrs), cache.get(quotePrefix=True, **attrs)
    cache.close()
    assert wb.sheetnames == [ws.title]  # the scratch sheet is gone
    put_styled(ws, 1, 1, "plain", style, quoted)
    put_styled(ws, 1, 2, "=1+1", style, quoted)
    for col, text in ((3, "plain"), (4, "=1+1")):  # the same, attribute by attribute
        c = write_text(ws, 1, col, text)
        for k, v in attrs.items():
            setattr(c, k, v)
    wb.save(tmp_path / "s.xlsx")
    back = load_workbook(tmp_path / "s.xlsx").active

    def seen(c):
        return (c.value, c.data_type, c.font.color.rgb, c.font.sz, c.fill.fgColor.rgb, c.protection.locked,
                c.alignment.wrap_text, c.alignment.vertical, c.number_format, c.quotePrefix)

    assert seen(back["A1"]) == seen(back["C1"]) and seen(back["B1"]) == seen(back["D1"])
    assert seen(back["A1"])[2:] == ("00808080", 8, "00F2F2F2", False, True, "top", "@", False)
    assert back["B1"].value == "=1+1" and back["B1"].data_type == "s" and back["B1"].quotePrefix is True


def _members(path):
    import zipfile

    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}  # core.xml: the time saved


def _every_kind_of_cell(wb_factory):
    from decimal import Decimal

    from openpyxl.styles import Alignment, Font, Protection

    wb = wb_factory()
    ws = wb.active
    ws.title = "Cells"
    values = ["a&b<c>d\"e'f", "عربي (Bank) ok", " lead", "x\ty\nz\rw", "trail ", 1, 2.5, 1e20, 0.1 + 0.2, True, -0.0,
              "", None, "\r lead", "trail\r", " & < > ", "\u3000wide space", "é\u2068x\u2069", "\U0001F600", 10**17 + 1, float("nan"), "_x000D_", Decimal("1234.5"),
              Decimal("0.1")]
    for i, v in enumerate(values, 1):
        ws.cell(i, 1).value = v
        c = ws.cell(i, 3)
        c.value = v
        c.font = Font(bold=i % 2 == 0, color="FFFFFF")
        c.alignment = Alignment(wrap_text=True, readingOrder=2)
    ws.cell(2, 2).protection = Protection(locked=False)  # styled, no value
    ws.cell(40, 1)  # a cell made and left empty
    ws.row_dimensions[30].height = 30  # a row of no cell
    ws.merge_cells("D1:F1")
    ws.freeze_panes = "A2"
    other = wb.create_sheet("Formula")  # a sheet this writer leaves to openpyxl
    other["A1"] = "=1+1"
    other["A2"] = "text"
    return wb


def test_the_export_save_writes_the_bytes_openpyxl_writes(tmp_path):
    """exchange/workbook/saving.save writes each sheet's cells itself: every part of the file is
    the one openpyxl's save writes, byte for byte (the time saved apart)."""
    from openpyxl import Workbook

    from capacity_app.exchange.workbook import saving

    _every_kind_of_cell(Workbook).save(tmp_path / "openpyxl.xlsx")
    saving.save(_every_kind_of_cell(Workbook), tmp_path / "ours.xlsx")
    theirs, ours = _members(tmp_path / "openpyxl.xlsx"), _members(tmp_path / "ours.xlsx")
    assert list(ours) == list(theirs)
    for name in theirs:
        assert ours[name] == theirs[name], name
    assert saving.sheet_data(_every_kind_of_cell(Workbook).active).startswith(b'<row r="1"><c r="A1" t="inlineStr">')


def test_a_sheet_the_export_save_does_not_know_is_openpyxls(tmp_path):
    from openpyxl import Workbook

    from capacity_app.exchange.workbook import saving

    wb = _every_kind_of_cell(Workbook)
    try:
        saving.sheet_data(wb["Formula"])
    except saving._Unknown:
        pass
    else:
        raise AssertionError("a formula cell written by the export's own writer")
