"""Hostile or surprising workbook shapes found by an outside attack (items 6, 9, 10, 11,
14): each refused with a sentence a person can act on — or, for a harmless shape LibreOffice
writes, accepted — and the database unchanged by every refusal."""
import os
import re
import tracemalloc
import zipfile

import pytest

from capacity_app.exchange.workbook.importer import WorkbookError
from capacity_app.exchange.outside.reader import Workbook
from capacity_app.exchange.outside.safety import UnsafeWorkbook
from capacity_app.services.exchange import read_workbook
from capacity_app.services.assessments import open_store

from exchange_helpers import dump

MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _rezip(src, dst, replace=None, extra=None):
    replace = replace or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename in replace:
                data = replace[info.filename](data)
            zout.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            zout.writestr(name, data)
    return dst


def _part(path, sheet):
    with Workbook(path) as wb:
        return wb.sheet_parts[sheet]


def _refused_everywhere(bad, qn, cli_run, expected):
    """Refused by the importer (file named) and by the CLI (one line, exit 2, database unchanged)."""
    with pytest.raises(WorkbookError) as exc:
        read_workbook(bad, qn)
    assert str(exc.value).startswith(str(bad)) and expected in str(exc.value), str(exc.value)
    open_store(cli_run.db).close()  # an empty database (a read command creates none)
    before = dump(cli_run.db)
    r = cli_run("import", str(bad))
    assert r.exit_code == 2, r.output
    assert expected in r.output and "Traceback" not in r.output
    assert dump(cli_run.db) == before
    return str(exc.value)


# --- 6. shared-string amplification -----------------------------------------------------------

def _with_shared_strings(src, dst, sst: bytes, sheet_name: str, sheet_fn):
    """``src`` with its shared-string table replaced by ``sst`` (added, with its relationship and
    content type, when the file has none) and ``sheet_name``'s part rewritten by ``sheet_fn``."""
    rels = "xl/_rels/workbook.xml.rels"

    def add_rel(d):
        if b"sharedStrings" in d:
            return d
        return d.replace(b"</Relationships>", b'<Relationship Id="rIdSST" Type="http://schemas.openxmlformats.org/'
                         b'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')

    def add_type(d):
        if b"sharedStrings" in d:
            return d
        return d.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                         b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')

    with zipfile.ZipFile(src) as z:
        has_sst = "xl/sharedStrings.xml" in z.namelist()
    return _rezip(src, dst, replace={_part(src, sheet_name): sheet_fn, rels: add_rel, "[Content_Types].xml": add_type,
                                     **({"xl/sharedStrings.xml": lambda d: sst} if has_sst else {})},
                  extra={} if has_sst else {"xl/sharedStrings.xml": sst})


def _sst(*texts: bytes) -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="' + MAIN + b'">'
            + b"".join(b"<si><t>" + t + b"</t></si>" for t in texts) + b"</sst>")


def _shared_string_bomb(tmp_path, cells: int, size: int = 32_000):
    """A small workbook whose one long shared string (as long as a cell holds) is referenced by
    many cells."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "Answers"
    wb.active["A1"] = "x"
    base = tmp_path / "base.xlsx"
    wb.save(base)
    rows = b"".join(b'<row r="%d"><c r="A%d" t="s"><v>0</v></c></row>' % (r, r) for r in range(1, cells + 1))
    sheet = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="' + MAIN + b'"><sheetData>'
             + rows + b"</sheetData></worksheet>")
    return _with_shared_strings(base, tmp_path / f"sst-{cells}.xlsx", _sst(b"A" * size), "Answers",
                                lambda d: sheet)


def test_shared_string_bomb_refused_while_reading(tmp_path):
    bad = _shared_string_bomb(tmp_path, 4670)
    assert bad.stat().st_size < 200_000  # 0.1 MB on disk...
    tracemalloc.start()
    try:
        with pytest.raises(UnsafeWorkbook, match="shared-string bomb"), Workbook(bad) as wb:
            wb.rows("Answers")  # ...150 million characters once expanded: refused at 64 MB
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 64 * 2**20, peak  # never expanded (shared texts are one string each)


def test_shared_string_bomb_refused_by_import(rich, qn, tmp_path, cli_run):
    """The attack on a real exchange workbook: the row-check cell of every Answers row made a
    reference to one 32,000-character shared string (the header row left as it was)."""
    _, _, src = rich

    def sheet(d):
        return re.sub(rb'<c r="(M(?!1")\d+)"[^>]*?(?:/>|>.*?</c>)', rb'<c r="\1" t="s"><v>0</v></c>', d, flags=re.S)

    bad = _with_shared_strings(src, tmp_path / "sst-answers.xlsx", _sst(b"B" * 32_000), "Answers", sheet)
    _refused_everywhere(bad, qn, cli_run, "shared-string bomb")


def test_shared_strings_of_a_real_export_pass(rich):
    _, _, src = rich
    with Workbook(src) as wb:  # the application's own export is far below the budget
        assert wb.rows("Answers")


# --- 9. two sheets of one name ----------------------------------------------------------------

def test_duplicate_sheet_names_refused(rich, qn, tmp_path, cli_run):
    _, _, src = rich

    def workbook(d):
        # README (shown first, could be hidden) renamed to "answers": the same name as Answers
        # for Excel, which ignores case
        return d.replace(b'name="README"', b'name="answers"', 1)

    bad = _rezip(src, tmp_path / "twice.xlsx", replace={"xl/workbook.xml": workbook})
    _refused_everywhere(bad, qn, cli_run, "two sheets named 'Answers'")


# --- 10. the empty last row LibreOffice writes ------------------------------------------------

def test_empty_far_row_is_harmless(rich, qn, tmp_path):
    """LibreOffice writes an empty <row r="1048576"> after a row deletion: no cell, nothing to read."""
    _, _, src = rich
    for sheet in ("README", "Answers", "Metadata"):
        part = _part(src, sheet)
        for tag in (b'<row r="1048576" customFormat="false" ht="12.8" hidden="false"/>',
                    b'<row r="1048576" ht="12.8"></row>'):
            ok = _rezip(src, tmp_path / f"lo-{sheet}.xlsx", replace={
                part: lambda d, tag=tag: d.replace(b"</sheetData>", tag + b"</sheetData>")})
            plan = read_workbook(ok, qn)
            assert plan.answers


def test_far_row_with_a_cell_is_still_refused(rich, qn, tmp_path):
    _, _, src = rich
    part = _part(src, "Metadata")
    for tag in (b'<row r="1048576"><c t="inlineStr"><is><t>x</t></is></c></row>',  # a cell without r
                b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row>'):
        bad = _rezip(src, tmp_path / "far.xlsx", replace={
            part: lambda d, tag=tag: d.replace(b"</sheetData>", tag + b"</sheetData>")})
        with pytest.raises(WorkbookError, match=r"Metadata!A1048576: a value at A1048576, beyond"):
            read_workbook(bad, qn)
    # in a sheet nothing reads (README), the same cell is never read, so harmless
    part = _part(src, "README")
    ok = _rezip(src, tmp_path / "far-readme.xlsx", replace={
        part: lambda d: d.replace(b"</sheetData>", tag + b"</sheetData>")})
    assert read_workbook(ok, qn).answers


def test_empty_far_row_split_across_read_chunks(rich, qn, tmp_path):
    """The row's end falls in the next piece handed to the parser: decided there, not refused early."""
    from capacity_app.exchange.outside.reader import _FEED

    _, _, src = rich
    part = _part(src, "Metadata")
    tag = b'<row r="1048576" ht="12.8">' + b" " * 40 + b"</row>"

    def straddle(d):
        at = d.find(b"</sheetData>")
        # the row's start tag lies in the first piece, its closing tag in the second
        pad = b"<!--" + os.urandom(_FEED).hex().encode()[:_FEED - 30 - at - 7] + b"-->"  # not a ratio bomb
        out = d[:at] + pad + tag + d[at:]
        start = out.find(tag)
        assert start < _FEED < start + len(tag)
        return out

    ok = _rezip(src, tmp_path / "split.xlsx", replace={part: straddle})
    read_workbook(ok, qn)


# --- 11. error values in value cells ----------------------------------------------------------

def test_error_cells_refused(rich, qn, tmp_path, cli_run):
    """#N/A or #DIV/0! in a value cell is read as an empty cell: it must not clear the answer."""
    _, _, src = rich
    part = _part(src, "Answers")
    from capacity_app.exchange.workbook.format import ANSWERS_COLUMNS, column_letter

    col = column_letter(ANSWERS_COLUMNS.index("Code") + 1).encode()

    def sheet(d):
        # the value cell of the first answered row becomes #N/A
        m = re.search(rb'<c r="(' + col + rb'(\d+))"[^>]*?>.*?</c>', d[d.find(b"<row r=\"3\""):], flags=re.S)
        assert m
        return d.replace(m.group(0), b'<c r="' + m.group(1) + b'" t="e"><v>#N/A</v></c>', 1)

    bad = _rezip(src, tmp_path / "na.xlsx", replace={part: sheet})
    msg = _refused_everywhere(bad, qn, cli_run, "holds the spreadsheet error #N/A")
    assert re.search(r"Answers!" + col.decode() + r"\d+:", msg), msg


def test_error_cell_in_metadata_refused(rich, qn, tmp_path):
    _, _, src = rich
    part = _part(src, "Metadata")

    def sheet(d):
        return d.replace(b'<c r="B3"', b'<c r="B3" t="e"><v>#DIV/0!</v></c><c r="Z3"', 1)

    bad = _rezip(src, tmp_path / "div0.xlsx", replace={part: sheet})
    with pytest.raises(WorkbookError, match=r"Metadata!B3: holds the spreadsheet error #DIV/0!"):
        read_workbook(bad, qn)


# --- 14. files that are not .xlsx, named for what they are -------------------------------------

def _ole2(stream_names):
    """The start of a Compound File whose directory names the given streams (UTF-16)."""
    head = bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 504
    directory = b"".join(n.encode("utf-16-le") + b"\0" * (128 - 2 * len(n)) for n in stream_names)
    return head + directory


@pytest.mark.parametrize("content,expected", [
    (_ole2(["Root Entry", "EncryptionInfo", "EncryptedPackage"]), "protected with a password"),
    (_ole2(["Root Entry", "Workbook"]), "an old Excel 97-2003 .xls workbook"),
], ids=["encrypted", "xls"])
def test_office_binary_files_named(tmp_path, qn, content, expected):
    p = tmp_path / "file.xlsx"
    p.write_bytes(content)
    with pytest.raises(WorkbookError, match=re.escape(expected)):
        read_workbook(p, qn)


def test_ods_renamed_xlsx_named(tmp_path, qn):
    p = tmp_path / "calc.xlsx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", '<?xml version="1.0" encoding="UTF-8"?><office:document-content/>')
        z.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest/>')
    with pytest.raises(WorkbookError, match=r"an OpenDocument spreadsheet \(\.ods"):
        read_workbook(p, qn)


def test_aggregate_lists_a_shared_string_bomb_as_rejected_and_goes_on(rich, tmp_path):
    """With 91,000 references, aggregation used to lose its worker, retry the file in the main
    process and die without writing anything."""
    from capacity_app.exchange.aggregate.run import aggregate

    _, _, src = rich
    folder = tmp_path / "in"
    folder.mkdir()

    def sheet(d):
        return re.sub(rb'<c r="(M(?!1")\d+)"[^>]*?(?:/>|>.*?</c>)', rb'<c r="\1" t="s"><v>0</v></c>', d, flags=re.S)

    _with_shared_strings(src, folder / "bomb.xlsx", _sst(b"B" * 32_000), "Answers", sheet)
    (folder / "good.xlsx").write_bytes(src.read_bytes())
    (folder / "good2.xlsx").write_bytes(src.read_bytes())
    out = tmp_path / "all.xlsx"
    rep = aggregate([folder], out)
    status = {f.path.rsplit("/", 1)[-1]: (f.status, f.reason) for f in rep.files}
    assert status["bomb.xlsx"][0] == "rejected" and "shared-string bomb" in status["bomb.xlsx"][1]
    assert {status["good.xlsx"][0], status["good2.xlsx"][0]} == {"accepted", "superseded"}
    assert out.is_file()


# --- the second outside attack ----------------------------------------------------------

@pytest.fixture(scope="module")
def issue25(rich):
    import hostile25

    return {case_id: (what, data, expected) for case_id, what, data, expected in hostile25.cases(rich[2].read_bytes())}


ISSUE25 = ["single-quotes", "spaces-around-equals", "lower-case-reference", "part-name-case", "part-extension",
           "strict-far", "cells-without-reference", "shared-string-bomb", "error-single-quotes", "strict-error",
           "strict-formula-title", "underscore-number", "negative-zero", "huge-number"]


@pytest.mark.parametrize("case_id", ISSUE25)
def test_issue25_attack_refused_naming_the_cell(issue25, qn, tmp_path, cli_run, case_id):
    """Each attack on the workbook (the process used to end on the first six): refused in one line
    naming the sheet and the cell, the database unchanged (their time and memory: the reliability
    run, tests/reliability/scenarios_hostile.py)."""
    what, data, expected = issue25[case_id]
    bad = tmp_path / f"{case_id}.xlsx"
    bad.write_bytes(data)
    msg = _refused_everywhere(bad, qn, cli_run, expected)
    if case_id != "shared-string-bomb":
        assert re.search(r"\.xlsx: (Answers|Metadata)![A-Z]+\d+: ", msg), (what, msg)


def test_issue25_set_is_complete(issue25):
    assert sorted(issue25) == sorted(ISSUE25)


def test_issue25_set_through_aggregate(issue25, rich, tmp_path):
    """The whole set in one aggregation (two worker processes): every attack listed as rejected
    with its reason, the good file accepted, the output written."""
    from capacity_app.exchange.aggregate.run import aggregate

    folder = tmp_path / "in"
    folder.mkdir()
    for case_id, (_what, data, _expected) in issue25.items():
        (folder / f"{case_id}.xlsx").write_bytes(data)
    (folder / "good.xlsx").write_bytes(rich[2].read_bytes())
    out = tmp_path / "all.xlsx"
    rep = aggregate([folder], out, workers=2)
    status = {f.path.rsplit("/", 1)[-1][:-5]: (f.status, f.reason) for f in rep.files}
    assert status.pop("good")[0] == "accepted"
    for case_id, (_what, _data, expected) in issue25.items():
        assert status[case_id][0] == "rejected" and expected in status[case_id][1], (case_id, status[case_id])
    assert rep.accepted == 1 and out.is_file()
