"""The streaming writer of the consolidated workbook: valid for every reader, text stays text."""
import zipfile

import openpyxl
import pandas as pd
import python_calamine

from capacity_app.exchange.xlsxstream import StreamWorkbook, replace_atomically

VALUES = ["=1+1", "+x", "-3", "@a", "\tt", "a\r\nb", "x\x01y", "_x0041_", "<b>&amp;</b>", "00123",
          "Ünïcödé 🙂", 3, 2.5, None, True]


def test_stream_workbook_reads_back_everywhere(tmp_path):
    out = tmp_path / "s.xlsx"
    with StreamWorkbook() as book:
        s = book.add_sheet("Data")
        s.header(["A", "B"], (10, 20))
        for v in VALUES:
            s.append([v, "k"])
        book.add_sheet("Empty").header(["Only"])
        replace_atomically(book.save, out)
    rows = python_calamine.CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Data").to_python()
    expected = ["yes" if v is True else ("" if v is None else v) for v in VALUES]
    assert [r[0] for r in rows[1:]] == expected
    wb = openpyxl.load_workbook(out)
    ws = wb["Data"]
    assert ws.freeze_panes == "A2" and ws["A1"].font.b
    assert ws.column_dimensions["B"].width == 20
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    assert wb.sheetnames == ["Data", "Empty"]
    frames = pd.read_excel(out, sheet_name=None, engine="openpyxl")
    assert list(frames["Data"]["A"])[:2] == ["=1+1", "+x"]
    with zipfile.ZipFile(out) as z:
        assert b"<f" not in z.read("xl/worksheets/sheet1.xml")
    assert [p.name for p in tmp_path.iterdir()] == ["s.xlsx"]


def test_stream_text_reads_back_through_the_codec(tmp_path):
    """Whitespace-only text and characters XML cannot carry come back exactly (exchange.reader)."""
    from capacity_app.exchange.reader import Workbook

    texts = [" ", "\t", "  \r\n", "\u3000", "a\ufffeb\uffff", "_xFFFE_", "x\x01_x005F_"]
    out = tmp_path / "w.xlsx"
    with StreamWorkbook() as book:
        s = book.add_sheet("Data")
        s.header(["A"])
        for t in texts:
            s.append([t])
        replace_atomically(book.save, out)
    with Workbook(out) as wb:
        assert [r[0] for r in wb.rows("Data")[1:]] == texts


def test_aggregate_cancel_leaves_nothing(rich, tmp_path):
    import pytest

    from capacity_app.services.exchange import aggregate
    from capacity_app.jobs import Cancelled

    _, _, src = rich
    with pytest.raises(Cancelled):
        aggregate([src], tmp_path / "o.xlsx", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
