"""The reader's character references (exchange/outside/reader.py): checked by one search of the part
and decoded a distinct reference at a time, they read and refuse exactly as the call per reference
before them did (kept here as the reference implementation), for every kind of reference: decimal,
hexadecimal, with leading zeros, astral, named, and the refused ones (a surrogate, NUL, a control
character, #xFFFE, beyond #x10FFFF, malformed). One difference, a correction: a reference to a line
end is decoded after the text's own line ends are normalised, as XML says and as the parser reads
it (``&#13;`` was read as a line feed by the plain reading, a carriage return by the parser)."""
from __future__ import annotations

import io
import re
import xml.parsers.expat as expat
import zipfile
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from capacity_app.exchange.outside import reader
from capacity_app.exchange.outside.safety import DEFAULT_LIMITS, UnsafeWorkbook

# --- the reference implementation: the reader's functions as they were ----------------------------

_OLD_BAD_REFERENCE = re.compile(rb"&(?!(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});)")
_OLD_ENTITY = re.compile(r"&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#x([0-9A-Fa-f]{1,6}));")
_OLD_CHAR_REFERENCE = re.compile(rb"&#(?:([0-9]{1,7})|x([0-9A-Fa-f]{1,6}));")


def _old_char_ref(m: re.Match) -> str:
    if m.group(1):
        return reader._NAMED[m.group(1)]
    code = int(m.group(2)) if m.group(2) else int(m.group(3), 16)
    if not reader._xml_char(code):
        raise reader._NotPlain
    return chr(code)


def old_xml_text(s: str) -> str:
    if "&" in s:
        s = _OLD_ENTITY.sub(_old_char_ref, s)
    if "\r" in s:
        s = s.replace("\r\n", "\n").replace("\r", "\n")
    return s


def old_plain_document(data: bytes):
    if data.translate(None, reader._ALLOWED) or (b"&" in data and _OLD_BAD_REFERENCE.search(data)):
        raise reader._NotPlain
    if b"&" in data and b"&#" in data:
        for found in _OLD_CHAR_REFERENCE.finditer(data):
            code = int(found.group(1)) if found.group(1) else int(found.group(2), 16)
            if not reader._xml_char(code):
                raise reader._NotPlain
    if (b"\xef" in data and reader._NONCHARACTER.search(data)) or (b"]" in data and b"]]>" in data):
        raise reader._NotPlain
    around = reader._around_sheet_data(data)
    if around is None:
        raise reader._NotPlain
    first_byte, end_byte, prefixes = around
    try:
        return data[first_byte:end_byte].decode("utf-8"), first_byte, end_byte, prefixes
    except UnicodeDecodeError:
        raise reader._NotPlain from None


@contextmanager
def the_old_reader():
    """The reader with its old reference handling (restored after)."""
    kept = reader._plain_document, reader._xml_text
    reader._plain_document, reader._xml_text = old_plain_document, old_xml_text
    try:
        yield
    finally:
        reader._plain_document, reader._xml_text = kept


# --- every kind of reference -----------------------------------------------------------------------

EDGES = [0, 1, 8, 9, 10, 11, 12, 13, 14, 31, 32, 38, 60, 65, 99, 100, 233, 1575, 1078, 20013, 54999, 55000,
         55295, 55296, 56000, 57343, 57344, 57999, 58000, 65533, 65534, 65535, 65536, 127757, 999999,
         1000000, 1114111, 1114112, 9999999]
MALFORMED = ["&#;", "&#x;", "&#X41;", "&#12345678;", "&#x1234567;", "&", "&amp", "&nbsp;", "&#65", "&#-1;",
             "&#x+1;", "&#\u0661\u0662;", "& #65;", "&#6 5;", "&#x4E2D", "&&#65;"]
EDGE_REFUSED = ["&#0;", "&#8;", "&#31;", "&#55296;", "&#56000;", "&#57343;", "&#65534;", "&#65535;", "&#1114112;",
                "&#9999999;", "&#xD800;", "&#xdfff;", "&#xFFFE;", "&#x110000;", "&#00055296;", "&#x0001F;"]
NAMED = ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"]
PLAIN = ["a", "中", "é", "ش", "ж", "😀", ";", "#", "x", " ", "\t", "\r", "\n", "\r\n", "_x000D_", "0", "65"]


@st.composite
def references(draw) -> str:
    code = draw(st.one_of(st.sampled_from(EDGES), st.integers(0, 0x10FFFF + 16)))
    zeros = "0" * draw(st.sampled_from([0, 0, 0, 1, 2, 6]))
    form = draw(st.sampled_from(["dec", "dec", "hex", "HEX"]))
    if form == "dec":
        return f"&#{zeros}{code};"
    return f"&#x{zeros}{code:x};" if form == "hex" else f"&#x{zeros}{code:X};"


texts = st.lists(st.one_of(references(), st.sampled_from(MALFORMED + NAMED + PLAIN)), max_size=12).map("".join)


def _outcome(fn, *args):
    try:
        return fn(*args)
    except reader._NotPlain:
        return "not plain"


def expat_text(s: str) -> str:
    """The text the XML parser gives for ``s`` as an element's content."""
    p = expat.ParserCreate()
    out: list[str] = []
    p.CharacterDataHandler = out.append
    p.Parse(("<t>" + s + "</t>").encode(), True)
    return "".join(out)


def _line_end_reference(s: str) -> bool:
    return re.search(r"&#(0*1[03]|x0*[aAdD]);", s) is not None


@settings(max_examples=200, deadline=None)
@given(texts)
def test_a_text_decodes_as_before(text):
    """The same text or the same giving up, but where the text holds a reference to a line end:
    then what the parser gives, wherever the part's check lets the plain reading decode it."""
    new, old = _outcome(reader._xml_text, text), _outcome(old_xml_text, text)
    if new != old:
        assert _line_end_reference(text), (text, new, old)
        if reader._references_allowed(text.encode()):  # (else the parser reads the part)
            assert new == expat_text(text), (text, new, old)
    if new != "not plain" and reader._REFERENCE.search(text) is None and "\r" not in text:
        assert new is text or new == text


def sheet(cells: list[str]) -> bytes:
    """A worksheet whose row 2 holds each text as an inline string (column A...) and, in the last
    column, the first one as a formula's cached text (t="str"), under a header row."""
    width = len(cells) + 1
    head = "".join(f'<c r="{reader.column_name(c)}1" t="inlineStr"><is><t>h{c}</t></is></c>' for c in range(width))
    row = "".join(f'<c r="{reader.column_name(c)}2" t="inlineStr"><is><t xml:space="preserve">{t}</t></is></c>'
                  for c, t in enumerate(cells))
    row += f'<c r="{reader.column_name(len(cells))}2" t="str"><v>{cells[0] if cells else ""}</v></c>'
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            f'<row r="1">{head}</row><row r="2">{row}</row></sheetData></worksheet>').encode()


def _read(fn, data: bytes, skip: frozenset[int]):
    try:
        return fn(data, "S", [], {}, False, DEFAULT_LIMITS, reader._Budget(), skip)
    except reader._NotPlain:
        return "not plain"
    except UnsafeWorkbook as exc:
        return ("refused", exc.reason, exc.cell)


allowed_references = references().filter(lambda r: reader._references_allowed(r.encode()))
LINE_ENDS = ["&#13;", "&#xD;", "&#10;", "&#x0a;", "&#9;"]
clean_texts = st.lists(st.one_of(allowed_references, st.sampled_from(NAMED + PLAIN + LINE_ENDS)),
                       max_size=8).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(clean_texts, min_size=1, max_size=4),
       st.one_of(references(), st.sampled_from(EDGE_REFUSED + MALFORMED + [""])),
       st.integers(0, 3), st.sampled_from([frozenset(), frozenset({1}), frozenset({0, 2})]))
def test_a_sheet_is_checked_and_read_as_before(cells, odd, where, skip):
    """Cells of text with references XML allows, and one odd reference in one of them (refused or
    not, in a column read or skipped): the part's check gives the same answer; the plain reading
    gives up exactly when it did, and otherwise reads what the parser reads (what it read before,
    but a line end's reference)."""
    where %= len(cells)
    cells[where] = cells[where][:len(cells[where]) // 2] + odd + cells[where][len(cells[where]) // 2:]
    data = sheet(cells)
    assert _outcome(reader._plain_document, data) == _outcome(old_plain_document, data)
    new = _read(reader._read_plain, data, skip)
    with the_old_reader():
        old = _read(reader._read_plain, data, skip)
    assert (new == "not plain") == (old == "not plain")
    if new != "not plain":
        assert new == _read(reader._read_sheet, data, skip)
        assert new == old or any(_line_end_reference(t) for t in cells)


def test_the_check_holds_for_every_code_point():
    """Every reference to each code point up to #x10FFFF and beyond, in each spelling (decimal,
    hexadecimal in either case, with leading zeros): those to a character XML forbids refused, the
    others allowed, as the check of every reference before; the common ones passed over in C."""
    forbidden = [c for c in range(0x110000 + 64) if not reader._xml_char(c)] + [1_114_112, 5_000_000, 9_999_999]
    spellings = ("&#{};", "&#{:07};", "&#x{:x};", "&#x{:06X};")
    for spelled in spellings:
        refused = [spelled.format(c).encode() for c in forbidden]
        refused = [r for r in refused if len(r) <= 10]  # (longer: malformed, refused as such)
        assert not any(reader._references_allowed(b"a" + r + b"b") for r in refused), spelled
        assert all(old_plain_refused(r) for r in refused)
    allowed = "".join(f"&#{c};" for c in range(0x110000) if reader._xml_char(c)).encode()
    assert reader._references_allowed(allowed)
    looked_at = {int(reader._WELL_FORMED.match(allowed, m.start()).group(1))
                 for m in reader._UNUSUAL_REFERENCE.finditer(allowed)}
    assert looked_at == {c for c in range(0x110000) if reader._xml_char(c)
                         and (c < 100 or 55_000 <= c <= 57_999 or c >= 1_000_000)}
    for spelled in spellings[1:]:
        some = "".join(spelled.format(c) for c in range(0, 0x110000, 97) if reader._xml_char(c)).encode()
        assert reader._references_allowed(some), spelled


def old_plain_refused(ref: bytes) -> bool:
    if _OLD_BAD_REFERENCE.search(ref):
        return True
    found = _OLD_CHAR_REFERENCE.search(ref)
    assert found is not None
    code = int(found.group(1)) if found.group(1) else int(found.group(2), 16)
    return not reader._xml_char(code)


def test_a_reference_to_a_line_end_is_read_as_the_parser_reads_it():
    """XML normalises a text's own line ends before it decodes references: ``&#13;`` stays a
    carriage return (the plain reading made it a line feed, the parser did not)."""
    text = "a&#13;b\r\nc\r&#10;d&#xD;&#xA;\re"
    assert reader._xml_text(text) == expat_text(text) == "a\rb\nc\n\nd\r\n\ne"
    assert old_xml_text(text) == "a\nb\nc\nd\n\ne"


def test_a_text_of_a_million_references_decodes_in_pieces():
    """A text far longer than a piece decodes whole and alike, each piece cut after a ";"."""
    text = "中&#20013;&#x1F30D;&amp;" * (reader._REFERENCE_CHUNK // 8) + "&#1575;"
    assert reader._xml_text(text) == old_xml_text(text) == "中中🌍&" * (reader._REFERENCE_CHUNK // 8) + "ا"
    kept = len(reader._DECODED)
    with pytest.raises(reader._NotPlain):
        reader._xml_text("a" * reader._REFERENCE_CHUNK + "&#xD800;")
    assert len(reader._DECODED) == kept and len(reader._DECODED) <= reader._KEPT


# --- a real workbook -------------------------------------------------------------------------------

_CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                  b'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxml'
                  b'formats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                  b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
                  b'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml"'
                  b' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                  b'</Types>')
_RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
         b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
         b'2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
             b'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
             b'relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                  b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                  b'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')


def workbook(tmp_path, name: str, cells: list[str]):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for member, data in (("[Content_Types].xml", _CONTENT_TYPES), ("_rels/.rels", _RELS),
                             ("xl/workbook.xml", _WORKBOOK), ("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS),
                             ("xl/worksheets/sheet1.xml", sheet(cells))):
            z.writestr(member, data)
    path = tmp_path / f"{name}.xlsx"
    path.write_bytes(buf.getvalue())
    return path


def _open_and_read(path):
    try:
        with reader.Workbook(path) as wb:
            return wb.rows("S")
    except UnsafeWorkbook as exc:
        return ("refused", exc.reason, exc.sheet, exc.cell)


READ = ["&#20013;&#25991; &#x4E2D;&#x6587;", "&#1575;&#1604;&#1593;&#1585;&#1576;&#1610;&#1577;",
        "&#1056;&#1091;&#1089;&#1089;&#1082;&#1080;&#1081;", "&#127757;&#x1F30D;&#0000065;&#x000041;",
        "&amp;&lt;&gt;&quot;&apos; &#38;&#60;", "&#9;&#10;&#xE9;&#233;&#65533;&#1114111;"]
REFUSED = {"NUL": "&#0;", "a control character": "&#x1F;", "a surrogate": "&#55296;",
           "a hexadecimal surrogate": "&#xDFFF;", "U+FFFE": "&#xFFFE;", "beyond U+10FFFF": "&#1114112;",
           "too many digits": "&#12345678;", "an unknown name": "&nbsp;", "an ampersand alone": "a & b"}


def test_a_workbook_of_every_kind_of_reference_reads_as_before(tmp_path):
    path = workbook(tmp_path, "read", READ)
    new = _open_and_read(path)
    with the_old_reader():
        assert _open_and_read(path) == new
    assert new[1][:len(READ)] == ["中文 中文", "العربية", "Русский", "🌍🌍AA", "&<>\"' &<", "\t\né\xe9\ufffd\U0010ffff"]
    assert new[1][len(READ)] == "中文 中文"


@pytest.mark.parametrize("kind", sorted(REFUSED))
def test_a_workbook_with_a_refused_reference_is_refused_as_before(tmp_path, kind):
    path = workbook(tmp_path, "refused", ["&#20013;", "x" + REFUSED[kind] + "y"])
    new = _open_and_read(path)
    with the_old_reader():
        assert _open_and_read(path) == new
    assert new[0] == "refused" and new[2] == "S" and "near B2 (not well-formed XML" in new[1], new
