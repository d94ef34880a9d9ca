"""The streaming writer of the consolidated workbook: valid for every reader, text stays text."""
import zipfile

import openpyxl
import python_calamine
import pytest

from capacity_app.exchange.aggregate.xlsxstream import StreamWorkbook, replace_atomically


def read_excel(path):
    """Every sheet as pandas reads it (imported here: pandas is 40,000 objects and half a second
    of processor time in each test process that collects this module, and two tests use it)."""
    import pandas as pd

    return pd.read_excel(path, sheet_name=None, engine="openpyxl")


NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def extents(path) -> dict[str, tuple[str, str]]:
    """Each sheet's (declared ``<dimension>``, the range its rows really span), read from the
    sheet's XML with the standard library (no spreadsheet reader's guess)."""
    import xml.etree.ElementTree as ET

    from capacity_app.exchange.aggregate.xlsxstream import _column

    out = {}
    with zipfile.ZipFile(path) as z:
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        names = [s.get("name") for s in wb.iter(f"{NS}sheet")]
        for i, name in enumerate(names, 1):
            declared, rows, width = None, 0, 0
            with z.open(f"xl/worksheets/sheet{i}.xml") as fh:
                for _, el in ET.iterparse(fh):
                    if el.tag == f"{NS}dimension":
                        declared = el.get("ref")
                    elif el.tag == f"{NS}row":
                        rows += 1
                        width = max(width, len(el.findall(f"{NS}c")))
                        el.clear()
            out[name] = (declared, f"A1:{_column(width)}{rows}" if rows else "A1")
    return out

VALUES = ["=1+1", "+x", "-3", "@a", "\tt", "a\r\nb", "x\x01y", "_x0041_", "<b>&amp;</b>", "00123",
          "Ünïcödé 🙂", 3, 2.5, None, True]


def test_stream_workbook_reads_back_everywhere(tmp_path):
    out = tmp_path / "s.xlsx"
    with StreamWorkbook() as book:
        s = book.add_sheet("Data")
        s.header(["A", "B"], (10, 20))
        for v in VALUES:
            s.append([v, "k"])
        s.append(["wider", "than", "the header"])
        book.add_sheet("Empty").header(["Only"])
        book.add_sheet("Nothing")
        replace_atomically(book.save, out)
    assert extents(out) == {"Data": ("A1:C17", "A1:C17"), "Empty": ("A1:A1", "A1:A1"), "Nothing": ("A1", "A1")}
    rows = python_calamine.CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Data").to_python()
    expected = ["yes" if v is True else ("" if v is None else v) for v in VALUES] + ["wider"]
    assert [r[0] for r in rows[1:]] == expected
    wb = openpyxl.load_workbook(out)
    ws = wb["Data"]
    assert ws.freeze_panes == "A2" and ws["A1"].font.b
    assert ws.column_dimensions["B"].width == 20
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    assert wb.sheetnames == ["Data", "Empty", "Nothing"]
    frames = read_excel(out)
    assert list(frames["Data"]["A"])[:2] == ["=1+1", "+x"]
    with zipfile.ZipFile(out) as z:
        assert b"<f" not in z.read("xl/worksheets/sheet1.xml")
    assert [p.name for p in tmp_path.iterdir()] == ["s.xlsx"]


def test_stream_text_reads_back_through_the_codec(tmp_path):
    """Whitespace-only text and characters XML cannot carry come back exactly (exchange.reader)."""
    from capacity_app.exchange.outside.reader import Workbook

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

    from capacity_app.services.aggregation import aggregate
    from capacity_app.jobs import Cancelled

    _, _, src = rich
    with pytest.raises(Cancelled):
        aggregate([src], tmp_path / "o.xlsx", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_crc32_combine_matches_zlib():
    import random
    import zlib

    from capacity_app.exchange.aggregate.xlsxstream import crc32_combine

    rng = random.Random(7)
    for _ in range(200):
        a = rng.randbytes(rng.randint(0, 5000))
        b = rng.randbytes(rng.choice([0, 1, 2, 255, 256, rng.randint(0, 70000)]))
        assert crc32_combine(zlib.crc32(a), zlib.crc32(b), len(b)) == zlib.crc32(a + b)


@pytest.mark.parametrize("zip64_from", [None, 64], ids=["classic", "zip64"])
def test_rows_deflated_elsewhere_make_one_valid_member(tmp_path, monkeypatch, zip64_from):
    """Rows deflated by workers (deflate_rows) between plain rows: the member's CRC and size are the
    whole XML's (zipfile checks them on reading), every reader sees the rows in order, and a sheet
    that fills up within a deflated segment goes on in "Data (2)" without losing a row. With the
    zip64 threshold lowered, every size and offset goes in the container's zip64 fields and records
    (as a consolidated workbook over 4 GB would), read back by the same readers."""
    from capacity_app.exchange.aggregate import xlsxstream
    from capacity_app.exchange.aggregate.xlsxstream import cell_xml, deflate_rows

    monkeypatch.setattr(xlsxstream, "MAX_ROWS", 9)
    if zip64_from is not None:
        monkeypatch.setattr(xlsxstream._ZipWriter, "_LIMIT", zip64_from)
    spool = (tmp_path / "spool").open("w+b")
    segments = []
    for k in range(4):  # three rows each, one with text needing escapes
        xml = "".join(f"<row>{cell_xml(f'r{k}-{i}')}{cell_xml(VALUES[(k + i) % len(VALUES)])}</row>"
                      for i in range(3)).encode()
        data, crc, size = deflate_rows(xml)
        segments.append((spool.seek(0, 2), len(data), crc, size))
        spool.write(data)
    out = tmp_path / "d.xlsx"
    with StreamWorkbook(tmp_path) as book:
        s = book.add_sheet("Data", continued=True)
        s.header(["Id", "Value"])
        s.append(["plain-0", "x"])
        for seg in segments:
            s.copy_deflated(spool, *seg, 3)
            s.append([f"plain-after-{seg[0]}", "y"])
        replace_atomically(book.save, out)
    with zipfile.ZipFile(out) as z:
        assert z.testzip() is None  # every member's CRC holds
        sheet = z.getinfo("xl/worksheets/sheet1.xml")
        assert sheet.compress_type == zipfile.ZIP_DEFLATED and sheet.file_size > sheet.compress_size
        if zip64_from is not None:  # zipfile found them through the zip64 fields
            assert max(i.header_offset for i in z.infolist()) >= zip64_from
    book = python_calamine.CalamineWorkbook.from_path(str(out))
    assert book.sheet_names == ["Data", "Data (2)", "Data (3)"]
    ids = [r[0] for n in book.sheet_names for r in book.get_sheet_by_name(n).to_python()[1:]]
    expected = ["plain-0"]
    for k, seg in enumerate(segments):
        expected += [f"r{k}-{i}" for i in range(3)] + [f"plain-after-{seg[0]}"]
    assert ids == expected
    assert all(len(book.get_sheet_by_name(n).to_python()) <= 9 for n in book.sheet_names)
    assert {n: d for n, (d, _) in extents(out).items()} == {"Data": "A1:B9", "Data (2)": "A1:B9", "Data (3)": "A1:B2"}
    assert all(declared == real for declared, real in extents(out).values())
    wb = openpyxl.load_workbook(out, read_only=True)
    assert [c.value for c in next(wb["Data"].iter_rows(min_row=3, max_row=3))][0] == "r0-0"
    frames = read_excel(out)
    assert list(frames["Data"]["Id"])[:2] == ["plain-0", "r0-0"]


def test_every_sheet_of_a_consolidated_workbook_says_its_extent(rich, tmp_path):
    """Every sheet of the consolidated workbook opens with the range its rows span (the Answers
    rows rendered by the readers, the tables' rows, the header): openpyxl's read-only mode and
    pandas take it instead of reading the whole sheet to find it (5.4 s for 200 countries'
    workbook without it), and a range too small would cut rows or columns off in those readers."""
    from capacity_app.services.aggregation import aggregate

    _, _, src = rich
    out = tmp_path / "all.xlsx"
    aggregate([src], out)
    got = extents(out)
    assert len(got) > 10 and got["Answers"][1].startswith("A1:O")
    assert [name for name, (declared, real) in got.items() if declared != real] == []
    wb = openpyxl.load_workbook(out, read_only=True)
    ws = wb["Answers"]
    assert ws.calculate_dimension() == got["Answers"][0]  # read from the sheet's head, not found by a scan
    assert sum(1 for _ in ws.iter_rows(values_only=True)) == ws.max_row
