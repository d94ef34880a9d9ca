"""Damaged and hostile .xlsx files made from a real exported workbook (for the importer fuzzing).

Every generator yields ``(category, name, data)`` with ``data`` the bytes of a candidate file.
Nothing here imports capacity_app except the structural edits (openpyxl) and the layout names.
"""
from __future__ import annotations

import io
import random
import struct
import zipfile
import zlib
from collections.abc import Iterator

Case = tuple[str, str, bytes]

ANSWERS_PART = "xl/worksheets/sheet3.xml"  # README, Metadata, Answers, ... in the export order
METADATA_PART = "xl/worksheets/sheet2.xml"


# --- zip plumbing -----------------------------------------------------------------------------

def members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(i, zf.read(i)) for i in zf.infolist()]


def rezip(parts: list[tuple[str, bytes]], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    import warnings

    buf = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buf, "w", compression) as zf:
        warnings.simplefilter("ignore", UserWarning)  # duplicate names are made on purpose
        for name, content in parts:
            zf.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), content,
                        compress_type=compression)
    return buf.getvalue()


def replace_part(data: bytes, name: str, content: bytes | None, extra: list[tuple[str, bytes]] = ()) -> bytes:
    parts = [(i.filename, c) for i, c in members(data)]
    out = []
    for n, c in parts:
        if n == name:
            if content is not None:
                out.append((n, content))
        else:
            out.append((n, c))
    out.extend(extra)
    return rezip(out)


def part(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return zf.read(name)


def patch_declared_size(data: bytes, name: str, file_size: int | None = None,
                        compress_size: int | None = None, crc: int | None = None) -> bytes:
    """Lie in both the local header and the central directory entry of member ``name``."""
    b = bytearray(data)
    enc = name.encode()
    # local file header: sig(4) ver(2) flag(2) method(2) time(2) date(2) crc(4) csize(4) usize(4) nlen(2) xlen(2)
    pos = 0
    while True:
        pos = b.find(b"PK\x03\x04", pos)
        if pos < 0:
            break
        nlen = struct.unpack_from("<H", b, pos + 26)[0]
        if bytes(b[pos + 30:pos + 30 + nlen]) == enc:
            if crc is not None:
                struct.pack_into("<I", b, pos + 14, crc)
            if compress_size is not None:
                struct.pack_into("<I", b, pos + 18, compress_size)
            if file_size is not None:
                struct.pack_into("<I", b, pos + 22, file_size)
        pos += 4
    # central directory: sig(4) vmade(2) vneed(2) flag(2) method(2) time(2) date(2) crc(4) csize(4) usize(4) nlen(2)
    pos = 0
    while True:
        pos = b.find(b"PK\x01\x02", pos)
        if pos < 0:
            break
        nlen = struct.unpack_from("<H", b, pos + 28)[0]
        if bytes(b[pos + 46:pos + 46 + nlen]) == enc:
            if crc is not None:
                struct.pack_into("<I", b, pos + 16, crc)
            if compress_size is not None:
                struct.pack_into("<I", b, pos + 20, compress_size)
            if file_size is not None:
                struct.pack_into("<I", b, pos + 24, file_size)
        pos += 4
    return bytes(b)


# --- truncation and mutation ------------------------------------------------------------------

def truncations(base: bytes, step: int = 1) -> Iterator[Case]:
    for pct in range(step, 100, step):
        yield "truncation", f"truncated at {pct}%", base[: len(base) * pct // 100]


_TOKENS = [b"<", b">", b"&", b"&amp;", b"\x00", b"]]>", b"\"", b"'", b"999999999999999999999",
           b"-1", b"1e308", b"NaN", b"<f>1+1</f>", b"</c>", b"<c>", b"r=\"ZZZ9999999\"", b"\xff\xfe",
           b"\xc3\x28", b"&#0;", b"&#x1F;", b"=cmd|' /C calc'!A0", b"<row>", b"</row>", b"</sheetData>"]


def mutate_bytes(data: bytes, rng: random.Random, n: int) -> bytes:
    b = bytearray(data)
    for _ in range(n):
        if not b:
            break
        op = rng.random()
        i = rng.randrange(len(b))
        if op < 0.4:
            b[i] = rng.randrange(256)
        elif op < 0.55:
            del b[i:i + rng.randint(1, 64)]
        elif op < 0.7:
            j = rng.randrange(len(b))
            b[i:i] = b[j:j + rng.randint(1, 64)]
        elif op < 0.85:
            b[i:i] = rng.choice(_TOKENS)
        else:
            b[i] ^= 1 << rng.randrange(8)
    return bytes(b)


def mutations(base: bytes, count: int, seed: int = 6) -> Iterator[Case]:
    """Half raw byte mutations of the file (mostly caught by the zip checks), half mutations of
    a decompressed XML part re-zipped with correct checksums (they reach the parser)."""
    rng = random.Random(seed)
    parts = [(i.filename, c) for i, c in members(base)]
    weights = [8 if n in (ANSWERS_PART, METADATA_PART) else
               3 if n.startswith("xl/worksheets/") or n == "xl/workbook.xml" else 1 for n, _ in parts]
    for k in range(count):
        if k % 2 == 0:
            yield "byte mutation", f"byte mutation {k}", mutate_bytes(base, rng, rng.randint(1, 12))
        else:
            idx = rng.choices(range(len(parts)), weights)[0]
            name, content = parts[idx]
            new = list(parts)
            new[idx] = (name, mutate_bytes(content, rng, rng.randint(1, 8)))
            yield "XML mutation", f"XML mutation {k} in {name}", rezip(new)


# --- XML attacks ------------------------------------------------------------------------------

BILLION_LAUGHS = (b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                             for i in range(1, 10))
                  + b']>\n')
XXE_FILE = b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
XXE_NET = b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE x SYSTEM "http://127.0.0.1:9/evil.dtd">\n'
XXE_PARAM = (b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE x [<!ENTITY % p SYSTEM '
             b'"file:///etc/passwd"> %p;]>\n')


def _inject_doctype(xml: bytes, prolog: bytes, use: bytes) -> bytes:
    """Put ``prolog`` (declaration + DOCTYPE) in front of the root element and ``use`` in the
    first text node."""
    body = xml
    if body.startswith(b"<?xml"):
        body = body[body.index(b"?>") + 2:]
    if b"<t>" in body:
        body = body.replace(b"<t>", b"<t>" + use, 1)
    return prolog + body.lstrip()


def xml_attacks(base: bytes) -> Iterator[Case]:
    targets = [ANSWERS_PART, METADATA_PART, "xl/workbook.xml", "[Content_Types].xml",
               "docProps/core.xml", "xl/styles.xml", "xl/_rels/workbook.xml.rels"]
    for target in targets:
        xml = part(base, target)
        yield ("entity bomb", f"billion laughs in {target}",
               replace_part(base, target, _inject_doctype(xml, BILLION_LAUGHS, b"&lol9;")))
        yield ("external entity", f"external file entity in {target}",
               replace_part(base, target, _inject_doctype(xml, XXE_FILE, b"&xxe;")))
    yield ("external entity", "external DTD over the network in the Answers sheet",
           replace_part(base, ANSWERS_PART, _inject_doctype(part(base, ANSWERS_PART), XXE_NET, b"")))
    yield ("external entity", "parameter entity in the Metadata sheet",
           replace_part(base, METADATA_PART, _inject_doctype(part(base, METADATA_PART), XXE_PARAM, b"")))
    xml = _inject_doctype(part(base, METADATA_PART), XXE_FILE, b"&xxe;")
    utf16 = xml.replace(b'encoding="UTF-8"', b'encoding="UTF-16"').decode("utf-8").encode("utf-16")
    yield ("external entity", "UTF-16 Metadata sheet with an external entity",
           replace_part(base, METADATA_PART, utf16))
    utf16le = xml.replace(b'encoding="UTF-8"', b'encoding="UTF-16LE"').decode("utf-8").encode("utf-16-le")
    yield ("external entity", "UTF-16LE (no BOM) Metadata sheet with an external entity",
           replace_part(base, METADATA_PART, utf16le))
    yield ("external entity", "Metadata sheet declaring UTF-7 with an encoded DOCTYPE",
           replace_part(base, METADATA_PART,
                        b'<?xml version="1.0" encoding="UTF-7"?>+ADw-+ACE-DOCTYPE x +AFs-+ADw-+ACE-ENTITY'
                        b' xxe SYSTEM +ACI-file:///etc/passwd+ACI-+AD4-+AF0-+AD4-'
                        + part(base, METADATA_PART).split(b"?>", 1)[-1]))
    # formulas hidden where a scanner might not look, in the free-text Comment column of row 2
    from capacity_app.exchange.workbook.format import ANSWERS_COLUMNS

    col = _col_letter(ANSWERS_COLUMNS.index("Comment") + 1).encode()
    ref = col + b"2"
    ans = part(base, ANSWERS_PART)
    formula_cell = b'<c r="' + ref + b'" t="str"><f>HYPERLINK("http://127.0.0.1:9/x","click")</f><v>click</v></c>'
    hidden = _replace_cell(ans, ref, formula_cell)
    yield ("formula", "formula cell in the Answers sheet", replace_part(base, ANSWERS_PART, hidden))
    prefixed = ans.replace(b'<worksheet xmlns="', b'<x:worksheet xmlns:x="', 1)
    prefixed = _prefix_all(prefixed)
    prefixed = _replace_cell(prefixed, ref, b'<x:c r="' + ref + b'" t="str"><x:f>1+1</x:f><x:v>2</x:v></x:c>')
    yield ("formula", "formula cell with a namespace prefix (x:f)", replace_part(base, ANSWERS_PART, prefixed))
    # the Answers sheet stored outside xl/worksheets/, its formula in there
    rels = part(base, "xl/_rels/workbook.xml.rels").replace(b"/xl/worksheets/sheet3.xml", b"/xl/hidden/answers.xml")
    ct = part(base, "[Content_Types].xml").replace(b"/xl/worksheets/sheet3.xml", b"/xl/hidden/answers.xml")
    moved = [(i.filename, c) for i, c in members(base) if i.filename != ANSWERS_PART]
    moved = [(n, rels if n == "xl/_rels/workbook.xml.rels" else ct if n == "[Content_Types].xml" else c)
             for n, c in moved] + [("xl/hidden/answers.xml", hidden)]
    yield ("formula", "formula cell in a sheet part outside xl/worksheets/", rezip(moved))
    # shared formula and array formula
    arr = _replace_cell(ans, ref, b'<c r="' + ref + b'"><f t="array" ref="' + ref + b'">SUM(1)</f><v>1</v></c>')
    yield ("formula", "array formula cell", replace_part(base, ANSWERS_PART, arr))


def _col_letter(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def _col_index(ref: bytes) -> int:
    n = 0
    for ch in ref:
        if 65 <= ch <= 90:
            n = n * 26 + ch - 64
        else:
            break
    return n


def _replace_cell(xml: bytes, ref: bytes, new_cell: bytes) -> bytes:
    """Put ``new_cell`` at ``ref`` (replacing the cell there, or inserted in its row in column
    order when the row has no such cell). Works with or without a namespace prefix."""
    import re

    m = re.search(rb'<(?:\w+:)?c\b[^>]*\br="' + ref + rb'"[^>]*?(/>|>.*?</(?:\w+:)?c>)', xml, re.S)
    if m:
        return xml[:m.start()] + new_cell + xml[m.end():]
    row = ref.lstrip(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    rm = re.search(rb'<(?:\w+:)?row\b[^>]*\br="' + row + rb'"[^>]*>(.*?)</(?:\w+:)?row>', xml, re.S)
    if not rm:
        raise ValueError(f"row {row!r} not found")
    want = _col_index(ref)
    insert_at = rm.end(1)
    for cm in re.finditer(rb'<(?:\w+:)?c\b[^>]*\br="([A-Z]+)[0-9]+"', xml[rm.start(1):rm.end(1)]):
        if _col_index(cm.group(1)) > want:
            insert_at = rm.start(1) + cm.start()
            break
    return xml[:insert_at] + new_cell + xml[insert_at:]


def _prefix_all(xml: bytes) -> bytes:
    import re

    return re.sub(rb"<(/?)(?!x:)([A-Za-z][A-Za-z0-9]*)([\s>/])", rb"<\1x:\2\3", xml)


# --- zip bombs --------------------------------------------------------------------------------

def zip_bombs(base: bytes, big_mb: int = 200) -> Iterator[Case]:
    parts = [(i.filename, c) for i, c in members(base)]
    zeros = b"\0" * (big_mb * 1024 * 1024)
    yield ("zip bomb", f"{big_mb} MB of zeros in one extra member (ratio ~1000)",
           rezip(parts + [("xl/media/zeros.bin", zeros)]))
    pad = b" " * (big_mb * 1024 * 1024)
    ans = part(base, ANSWERS_PART)
    yield ("zip bomb", f"Answers sheet padded with {big_mb} MB of spaces",
           replace_part(base, ANSWERS_PART, ans.replace(b"<sheetData>", b"<sheetData>" + pad, 1)))
    del zeros, pad
    yield ("zip bomb", "20,000 members", rezip(parts + [(f"xl/media/m{i}.bin", b"x") for i in range(20000)]))
    yield ("zip bomb", "600 members", rezip(parts + [(f"xl/media/m{i}.bin", b"x") for i in range(600)]))
    block = b"\0" * (900 * 1024)  # one object shared by every member: little memory here
    many = [(f"xl/media/big{i}.bin", block) for i in range(250)]
    yield ("zip bomb", "250 members of 900 KB each (225 MB in all)", rezip(parts + many))
    del many
    # lying headers: the Answers sheet really holds 30 MB but declares a few KB
    big = ans.replace(b"<sheetData>", b"<sheetData>" + b" " * (30 * 1024 * 1024), 1)
    honest = replace_part(base, ANSWERS_PART, big)
    yield ("zip bomb", "lying header: declared size 4 KB, actual 30 MB",
           patch_declared_size(honest, ANSWERS_PART, file_size=4096))
    yield ("zip bomb", "lying header: declared size larger than actual",
           patch_declared_size(base, ANSWERS_PART, file_size=len(ans) * 3))
    yield ("zip bomb", "lying header: wrong CRC", patch_declared_size(base, ANSWERS_PART, crc=0x12345678))
    yield ("zip bomb", "lying header: compressed size 0",
           patch_declared_size(base, ANSWERS_PART, compress_size=0))
    yield ("zip bomb", "lying header: declared size 4 GB",
           patch_declared_size(base, ANSWERS_PART, file_size=0xFFFFFFF0))
    # a single cell far away: a reader that allocates the whole used range must not be used
    yield ("huge dimension", "one cell at XFD1048576 (the last cell of a sheet)",
           replace_part(base, ANSWERS_PART, _replace_cell(
               ans, b"K2", b'<c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>')))
    yield ("huge dimension", "one cell at row 1,000,000 of the Metadata sheet",
           replace_part(base, METADATA_PART, _replace_cell(
               part(base, METADATA_PART), b"B2", b'<c r="B1000000" t="inlineStr"><is><t>x</t></is></c>')))
    yield ("huge dimension", "dimension ref A1:XFD1048576 declared, data small",
           replace_part(base, ANSWERS_PART, __import__("re").sub(
               rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', ans, count=1)))
    # the same member twice (zip "overlap"), and a zip inside the zip
    yield ("zip bomb", "two members with the same name", rezip(parts + [(ANSWERS_PART, ans)]))
    inner = rezip([("zeros.bin", b"\0" * (50 * 1024 * 1024))])
    yield ("zip bomb", "nested zip of 50 MB zeros", rezip(parts + [("xl/embeddings/inner.zip", inner)]))
    stored = rezip(parts, compression=zipfile.ZIP_STORED)
    yield ("zip bomb", "uncompressed (stored) workbook, valid", stored)
    enc = bytearray(base)
    pos = 0
    while (pos := enc.find(b"PK\x01\x02", pos)) >= 0:
        enc[pos + 8] |= 1  # "encrypted" flag in the central directory
        pos += 4
    yield ("zip bomb", "encrypted flag set", bytes(enc))
    ver = bytearray(base)
    pos = ver.find(b"PK\x01\x02")
    ver[pos + 6] = 86  # "version needed to extract" 8.6: zipfile raises NotImplementedError
    yield ("zip bomb", "central directory asks for zip version 8.6", bytes(ver))
    yield ("zip bomb", "not a zip at all (text)", b"Country,Round\nKEN,2026\n" * 100)
    yield ("zip bomb", "empty file", b"")
    yield ("zip bomb", "an old .xls (OLE2) signature", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096)


def deflate_ratio(data: bytes) -> float:
    return len(data) / max(1, len(zlib.compress(data)))


# --- shapes a spreadsheet program writes, or an attacker crafts -------------------------

SST_TYPE = (b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
SST_REL = (b'<Relationship Id="rIdSST" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
           b'relationships/sharedStrings" Target="sharedStrings.xml"/>')
MAIN_NS = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _with_shared_strings(base: bytes, entries: list[bytes], sheet_part: str, sheet: bytes) -> bytes:
    sst = (b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="' + MAIN_NS + b'">'
           + b"".join(b"<si><t>" + e + b"</t></si>" for e in entries) + b"</sst>")
    parts = []
    for info, content in members(base):
        name = info.filename
        if name == "xl/sharedStrings.xml":
            continue
        if name == sheet_part:
            content = sheet
        elif name == "[Content_Types].xml" and b"sharedStrings" not in content:
            content = content.replace(b"</Types>", SST_TYPE + b"</Types>")
        elif name == "xl/_rels/workbook.xml.rels" and b"sharedStrings" not in content:
            content = content.replace(b"</Relationships>", SST_REL + b"</Relationships>")
        parts.append((name, content))
    return rezip(parts + [("xl/sharedStrings.xml", sst)])


def shapes(base: bytes) -> Iterator[Case]:
    """Yields ``(category, name, data)``; category "accepted shape" must import, every other one must
    be refused with a message naming the problem (the expected words follow a "|" in the name)."""
    import re

    ans = part(base, ANSWERS_PART)
    readme = part(base, "xl/worksheets/sheet1.xml")
    # shared-string amplification: the row-check cell of every Answers row points at one long entry
    for refs_note, size in (("every row", 900 * 1024), ("every row", 64 * 1024)):
        sheet = re.sub(rb'<c r="(M(?!1")\d+)"[^>]*?(?:/>|>.*?</c>)', rb'<c r="\1" t="s"><v>0</v></c>', ans, flags=re.S)
        yield ("shared-string bomb", f"a {size // 1024} KB shared string referenced from {refs_note} "
               "|shared-string bomb", _with_shared_strings(base, [b"B" * size], ANSWERS_PART, sheet))
    rows = b"".join(b'<row r="%d"><c r="A%d" t="s"><v>0</v></c></row>' % (r, r) for r in range(1, 20001))
    sheet = b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="' + MAIN_NS + b'"><sheetData>' + rows + \
            b"</sheetData></worksheet>"
    yield ("shared-string bomb", "README: 20,000 cells sharing a 900 KB string |shared-string bomb",
           _with_shared_strings(base, [b"A" * (900 * 1024)], "xl/worksheets/sheet1.xml", sheet))
    wb = part(base, "xl/workbook.xml")
    yield ("spreadsheet shape", "README renamed 'answers' (two sheets of one name) |two sheets named",
           replace_part(base, "xl/workbook.xml", wb.replace(b'name="README"', b'name="answers"', 1)))
    yield ("spreadsheet shape", "README hidden and renamed 'Answers' |two sheets named",
           replace_part(base, "xl/workbook.xml", wb.replace(b'name="README" sheetId="1" state="visible"', b'name="Answers" sheetId="1" state="hidden"', 1)))
    m = re.search(rb'<c r="(G\d+)"[^>]*?>.*?</c>', ans[ans.find(b'<row r="3"'):], flags=re.S)
    if m:
        yield ("spreadsheet shape", "#N/A in an answer's value cell |holds the spreadsheet error",
               replace_part(base, ANSWERS_PART, ans.replace(m.group(0), b'<c r="' + m.group(1) + b'" t="e"><v>#N/A</v></c>', 1)))
    for attrs, tail in ((b' customFormat="false" ht="12.8" hidden="false"', b"/>"), (b' ht="12.8"', b"></row>")):
        yield ("accepted shape", "an empty row 1048576 after the data (LibreOffice after a row deletion)",
               replace_part(base, "xl/worksheets/sheet1.xml",
                            readme.replace(b"</sheetData>", b'<row r="1048576"' + attrs + tail + b"</sheetData>")))
    yield ("spreadsheet shape", "a password-protected workbook (Compound File, EncryptedPackage) "
           "|protected with a password",
           bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 4096)
    ods = rezip([("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
                 ("content.xml", b'<?xml version="1.0" encoding="UTF-8"?><office:document-content/>')],
                compression=zipfile.ZIP_STORED)
    yield ("spreadsheet shape", "an .ods renamed .xlsx |OpenDocument spreadsheet", ods)
