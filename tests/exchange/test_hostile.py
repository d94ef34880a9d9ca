"""Damaged and hostile workbooks: the right message, and an unchanged database."""
import struct
import zipfile

import pytest

from capacity_app.exchange.workbook.importer import WorkbookError
from capacity_app.exchange.outside.reader import Workbook
from capacity_app.exchange.outside.safety import Limits, check_file
from capacity_app.services.exchange import read_workbook
from capacity_app.services.assessments import open_store

from exchange_helpers import dump


def _rezip(src, dst, replace=None, extra=None, compression=zipfile.ZIP_DEFLATED):
    replace = replace or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", compression) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename in replace:
                data = replace[info.filename](data)
            zout.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            zout.writestr(name, data)
    return dst


def _sheet_part(path, name="Answers"):
    with Workbook(path) as wb:
        return wb.sheet_parts[name]


BOMB = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                   for i in range(1, 10))
        + b']>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>')


def _truncated(src, tmp):
    data = src.read_bytes()
    p = tmp / "truncated.xlsx"
    p.write_bytes(data[: len(data) // 2])
    return p


def _mutated(src, tmp):
    data = bytearray(src.read_bytes())
    with zipfile.ZipFile(src) as z:
        info = z.getinfo(_sheet_part(src))
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 200
    for i in range(start, start + 64):
        data[i] ^= 0x5A
    p = tmp / "mutated.xlsx"
    p.write_bytes(bytes(data))
    return p


def _entity_bomb(src, tmp):
    return _rezip(src, tmp / "bomb.xlsx", extra={"xl/sharedStrings.xml": BOMB})


def _doctype_in_sheet(src, tmp):
    part = _sheet_part(src)
    return _rezip(src, tmp / "doctype.xlsx", replace={
        part: lambda d: d.replace(b"<worksheet", b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><worksheet', 1)})


def _zip_bomb(src, tmp):
    return _rezip(src, tmp / "zipbomb.xlsx", extra={"xl/media/huge.bin": b"\0" * (70 * 1024 * 1024)})


def _ratio_bomb(src, tmp):
    return _rezip(src, tmp / "ratio.xlsx", extra={"xl/media/pad.xml": b" " * (40 * 1024 * 1024)})


def _lying_header(src, tmp):
    """Central directory and local header claim a smaller size than the data inflates to."""
    data = bytearray(src.read_bytes())
    with zipfile.ZipFile(src) as z:
        info = z.getinfo(_sheet_part(src))
    real = info.file_size
    fake = real // 10
    lh = info.header_offset
    assert data[lh:lh + 4] == b"PK\x03\x04"
    struct.pack_into("<I", data, lh + 22, fake)
    idx = 0
    while True:
        idx = data.find(b"PK\x01\x02", idx)
        assert idx >= 0
        (off,) = struct.unpack_from("<I", data, idx + 42)
        if off == lh:
            break
        idx += 4
    struct.pack_into("<I", data, idx + 24, fake)
    p = tmp / "lying.xlsx"
    p.write_bytes(bytes(data))
    return p


def _utf16(src, tmp):
    return _rezip(src, tmp / "utf16.xlsx", replace={
        "xl/workbook.xml": lambda d: d.decode("utf-8").encode("utf-16")})


def _not_zip(src, tmp):
    p = tmp / "notes.xlsx"
    p.write_bytes(b"this is not a workbook\n" * 10)
    return p


def _empty(src, tmp):
    p = tmp / "empty.xlsx"
    p.write_bytes(b"")
    return p


def _many_members(src, tmp):
    return _rezip(src, tmp / "many.xlsx", extra={f"xl/media/m{i}.bin": b"x" for i in range(600)})


def _missing_sheet(src, tmp):
    import openpyxl

    wb = openpyxl.load_workbook(src)
    del wb["Answers"]
    p = tmp / "nosheet.xlsx"
    wb.save(p)
    return p


def _renamed_column(src, tmp):
    import openpyxl

    wb = openpyxl.load_workbook(src)
    from capacity_app.exchange.workbook.format import ANSWERS_COLUMNS, column_letter

    wb["Answers"][f"{column_letter(ANSWERS_COLUMNS.index('Code') + 1)}1"] = "Value"
    p = tmp / "column.xlsx"
    wb.save(p)
    return p


CASES = [
    (_truncated, "damaged or truncated"),
    (_mutated, "the workbook is damaged (part xl/worksheets/"),
    (_entity_bomb, "contains an XML DOCTYPE declaration"),
    (_doctype_in_sheet, "contains an XML DOCTYPE declaration"),
    (_zip_bomb, "too large when decompressed"),
    (_ratio_bomb, "possible zip bomb"),
    (_lying_header, "the workbook is damaged"),
    (_utf16, "is not UTF-8 XML"),
    (_not_zip, "not a zip archive"),
    (_empty, "the file is empty"),
    (_many_members, "too many parts in the archive"),
    (_missing_sheet, "Answers: the sheet is missing"),
    (_renamed_column, "Answers!G1: expected the column 'Code' here"),
]


@pytest.mark.parametrize("make,expected", CASES, ids=[c[0].__name__.strip("_") for c in CASES])
def test_hostile_file_refused_db_unchanged(rich, qn, tmp_path, make, expected, cli_run):
    _, _, src = rich
    bad = make(src, tmp_path)
    with pytest.raises(WorkbookError) as exc:
        read_workbook(bad, qn)
    msg = str(exc.value)
    assert msg.startswith(str(bad)), msg
    assert expected in msg, msg
    # the same through the command line: one line, exit 2, database untouched
    open_store(cli_run.db).close()  # an empty database (a read command creates none)
    before = dump(cli_run.db)
    r = cli_run("import", bad)
    assert r.exit_code == 2
    assert expected in r.output and "Traceback" not in r.output
    assert dump(cli_run.db) == before


def test_limits_are_checked_before_parsing(rich, tmp_path):
    from capacity_app.exchange.outside.safety import UnsafeWorkbook

    _, _, src = rich
    with pytest.raises(UnsafeWorkbook, match="the file is too large"):
        check_file(src, Limits(max_file=1000))
    with pytest.raises(UnsafeWorkbook, match="would exceed"):
        check_file(src, Limits(max_total=100_000))


def test_formula_cells_are_located(rich, tmp_path):
    import openpyxl

    _, _, src = rich
    wb = openpyxl.load_workbook(src)
    wb["Scores"]["D2"] = "=SUM(1,2)"
    wb["Answers"]["L7"] = "=WEBSERVICE(\"http://x\")"
    p = tmp_path / "f.xlsx"
    wb.save(p)
    with Workbook(p) as book:
        assert book.formula_cells("Scores") == ["D2"]
        assert book.formula_cells("Answers") == ["L7"]


def test_prefixed_formula_and_moved_sheet_are_found(rich, qn, tmp_path):
    """Formulas written with a namespace prefix, or in a sheet part outside xl/worksheets/; an
    element of another namespace where a cell belongs is no cell, and refused."""
    _, _, src = rich
    part = _sheet_part(src)

    def extra_row(ns):
        return lambda d: d.replace(b"</sheetData>", b'<row r="19999"><x:c xmlns:x="%s" r="P19999"><x:f>1+1</x:f>'
                                   b'<x:v>2</x:v></x:c></row></sheetData>' % ns)

    main = b"http://purl.oclc.org/ooxml/spreadsheetml/main"  # Strict, under a prefix
    p = _rezip(src, tmp_path / "prefixed.xlsx", replace={part: extra_row(main)})
    with Workbook(p) as book:
        assert book.formula_cells("Answers") == ["P19999"]
    with pytest.raises(WorkbookError, match=r"Answers!P19999: contains a formula"):
        read_workbook(p, qn)
    # the same element in another namespace is no cell: refused where a cell belongs
    p = _rezip(src, tmp_path / "foreign.xlsx", replace={part: extra_row(b"urn:x")})
    with pytest.raises(WorkbookError, match=r"Answers!A19999: an element 'c' inside a row"):
        read_workbook(p, qn)
    moved = tmp_path / "moved.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(moved, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            name = info.filename
            if name == part:
                name = "xl/hidden/answers.xml"
                data = data.replace(b"</sheetData>", b'<row r="9999"><c r="A9999"><f>2+2</f><v>4</v></c></row></sheetData>')
            elif name in ("xl/_rels/workbook.xml.rels", "[Content_Types].xml"):
                data = data.replace(part.split("xl/", 1)[1].encode(), b"hidden/answers.xml")
            zout.writestr(name, data)
    with pytest.raises(WorkbookError, match=r"Answers!A9999: contains a formula"):
        read_workbook(moved, qn)


def test_non_utf8_declaration_refused(rich, qn, tmp_path):
    _, _, src = rich
    bad = _rezip(src, tmp_path / "utf7.xlsx", replace={
        "xl/workbook.xml": lambda d: d.replace(b'encoding="UTF-8"', b'encoding="UTF-7"', 1)
        if b'encoding="UTF-8"' in d[:100] else b'<?xml version="1.0" encoding="UTF-7"?>' + d.split(b"?>", 1)[-1]})
    with pytest.raises(WorkbookError, match="is not UTF-8 XML"):
        read_workbook(bad, qn)


def test_far_away_cell_refused_while_reading(rich, qn, tmp_path):
    """One cell at XFD1048576 would make a reader allocate a dense grid of 17 billion cells."""
    _, _, src = rich
    part = _sheet_part(src, "Metadata")
    for ref in ("XFD1048576", "BA40", "A20001"):
        bad = _rezip(src, tmp_path / f"far-{ref}.xlsx", replace={
            part: lambda d, ref=ref: d.replace(b"</sheetData>", b'<row r="%s"><c r="%s" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
                                               % (ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ").encode(), ref.encode()))})
        with pytest.raises(WorkbookError, match=rf"Metadata!{ref}: a value at {ref}, beyond column AZ or row 20,000"):
            read_workbook(bad, qn)


@pytest.mark.parametrize("make,expected", CASES, ids=[c[0].__name__.strip("_") for c in CASES])
def test_hostile_file_refused_in_the_users_language(rich, qn, tmp_path, make, expected):
    """The refusal of each damaged or hostile file, as the command line and the window say it in
    French: said from its entry, no run of three English words left (the file's name kept)."""
    from capacity_app.domain.retold import retold
    from test_refusals_said import _english_left

    _, _, src = rich
    bad = make(src, tmp_path)
    with pytest.raises(WorkbookError) as exc:
        read_workbook(bad, qn)
    msg = str(exc.value)
    said = retold(msg, "fr")
    assert said != msg and said.startswith(str(bad)), said
    # zlib's own detail ("invalid distance too far back") is carried as the library gives it
    english = msg[len(str(bad)):].split(" while decompressing data: ")[0]
    assert _english_left(english, said) == [], said
