"""exchange/cells.StyleCache copies openpyxl's cell style arrays (``cell._style``) instead of
setting font, fill, protection and format attribute by attribute (a fifth of an export's time).
These tests fail loudly if openpyxl's internals it relies on move: the version is in the range
pyproject.toml pins, and a cell given a cached style reads back, through openpyxl's public
attributes and after a save and a load, exactly as one styled attribute by attribute."""
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
