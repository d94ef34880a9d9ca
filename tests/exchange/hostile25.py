"""The attacks on a copy of an exported workbook, as an attacker made them: spellings a
pre-scan did not see (each aborted the process through python-calamine), and files accepted while
unbounded or wrong. Each case: (id, what, the workbook's bytes, what its refusal says). Used by the
reader's tests, the window's import, aggregation and the reliability run."""
from __future__ import annotations

import io
import random
import re
import zipfile

from spellings import Spelling, respelled, row_xml, spellings

ANSWERS = "xl/worksheets/sheet3.xml"  # README, Metadata, Answers, ... in the export's order
METADATA = "xl/worksheets/sheet2.xml"
TRANSITIONAL = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRICT = b"http://purl.oclc.org/ooxml/spreadsheetml/main"
REL_T = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_S = b"http://purl.oclc.org/ooxml/officeDocument/relationships"
FAR = "beyond column AZ or row 20,000"


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def _zip(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts.items():
            z.writestr(name, content)
    return buf.getvalue()


def _append_rows(sheet: bytes, rows: bytes) -> bytes:
    return sheet.replace(b"</sheetData>", rows + b"</sheetData>", 1)


def _far(quote: bytes = b'"', eq: bytes = b"=", ref: bytes = b"XFD1048576", row: bytes = b"1048576") -> bytes:
    q = quote
    return (b"<row r" + eq + q + row + q + b"><c r" + eq + q + ref + q + b" t" + eq + q + b"inlineStr" + q
            + b"><is><t>x</t></is></c></row>")


def _strict(parts: dict[str, bytes]) -> dict[str, bytes]:
    """The whole workbook in Strict OOXML's namespaces and relationship types."""
    out = {}
    for name, content in parts.items():
        if name.endswith((".xml", ".rels")):
            content = content.replace(TRANSITIONAL, STRICT).replace(REL_T, REL_S)
        out[name] = content
    return out


def _code_cell(sheet: bytes, make) -> bytes:
    """The Code cell (G) of the first answered row replaced by ``make(ref)``."""
    m = re.search(rb'<c r="(G(\d+))"[^>]*?>.*?</c>', sheet[sheet.find(b'<row r="3"'):], flags=re.S)
    assert m
    return sheet.replace(m.group(0), make(m.group(1)), 1)


def _labelled_cell(sheet: bytes, label: bytes, make) -> bytes:
    """The B cell of the Metadata row labelled ``label`` replaced by ``make(ref)``."""
    at = sheet.find(b"<t>" + label + b"</t>")
    row = sheet.rfind(b"<row ", 0, at)
    end = sheet.find(b"</row>", at)
    number = re.search(rb'r="(\d+)"', sheet[row:row + 40]).group(1)
    body = re.sub(rb'<c r="B' + number + rb'"[^>]*?(?:/>|>.*?</c>)', b"", sheet[row:end], flags=re.S)
    return sheet[:row] + body + make(b"B" + number) + sheet[end:]


def _number_cell(sheet: bytes, text: bytes) -> bytes:
    """A number field's Code cell (s0_population_millions, a decimal) holding ``text``."""
    at = sheet.find(b">s0_population_millions<")
    row = sheet.rfind(b"<row ", 0, at)
    end = sheet.find(b"</row>", at)
    number = re.search(rb'r="(\d+)"', sheet[row:row + 40]).group(1)
    cell = b'<c r="G' + number + b'"><v>' + text + b"</v></c>"
    body = re.sub(rb'<c r="G' + number + rb'"[^>]*?(?:/>|>.*?</c>)', b"", sheet[row:end], flags=re.S)
    typ = re.search(rb'<c r="F' + number + rb'"[^>]*?(?:/>|>.*?</c>)', body, flags=re.S)  # the Type cell
    body = body[:typ.end()] + cell + body[typ.end():]
    return sheet[:row] + body + sheet[end:]


def cases(data: bytes) -> list[tuple[str, str, bytes, str]]:
    """The hostile set, built from ``data`` (an exported workbook whose Answers sheet includes
    s0_population_millions)."""
    base = _parts(data)
    out: list[tuple[str, str, bytes, str]] = []

    def add(case_id, what, parts, expected):
        out.append((case_id, what, _zip(parts), expected))

    def with_answers(extra: bytes, parts=None):
        parts = dict(parts or base)
        parts[ANSWERS] = _append_rows(parts[ANSWERS], extra)
        return parts

    # 1. spellings the pre-scan did not see (each ended the process)
    add("single-quotes", "r='XFD1048576' in single quotes", with_answers(_far(b"'")), FAR)
    add("spaces-around-equals", 'r = "XFD1048576", spaces around =', with_answers(_far(eq=b" = ")), FAR)
    add("lower-case-reference", 'r="xfd20000", a reference in lower case',
        with_answers(_far(ref=b"xfd20000", row=b"20000")), FAR)
    renamed = dict(with_answers(_far()))
    renamed["xl/worksheets/SHEET3.xml"] = renamed.pop(ANSWERS)  # the relationships still say sheet3.xml
    add("part-name-case", "the sheet part named SHEET3.xml, the relationships saying sheet3.xml", renamed, FAR)
    binary = dict(with_answers(_far()))
    binary["xl/worksheets/sheet3.bin"] = binary.pop(ANSWERS)
    binary["xl/_rels/workbook.xml.rels"] = binary["xl/_rels/workbook.xml.rels"].replace(b"sheet3.xml", b"sheet3.bin")
    binary["[Content_Types].xml"] = binary["[Content_Types].xml"].replace(b"sheet3.xml", b"sheet3.bin")
    add("part-extension", "the sheet part named .bin", binary, FAR)
    add("strict-far", "the workbook in Strict OOXML's namespaces, a far cell", _strict(with_answers(_far())), FAR)
    # 2. accepted while unbounded or wrong
    add("cells-without-reference", "a row of 5,000 cells without a reference",
        with_answers(b"<row>" + b'<c t="inlineStr"><is><t>x</t></is></c>' * 5000 + b"</row>"), "beyond column AZ")
    bomb = dict(base)
    bomb[ANSWERS] = re.sub(rb'<c r="(M(?!1")\d+)"[^>]*?(?:/>|>.*?</c>)', rb"<c r='\1' t='s'><v>0</v></c>",
                           base[ANSWERS], flags=re.S)
    bomb["xl/sharedStrings.xml"] = (b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="' + TRANSITIONAL
                                    + b'"><si><t>' + b"B" * 32_000 + b"</t></si></sst>")
    bomb["xl/_rels/workbook.xml.rels"] = base["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdSST" Type="' + REL_T + b'/sharedStrings" '
                             b'Target="sharedStrings.xml"/></Relationships>')
    add("shared-string-bomb", "a shared-string bomb written t='s'", bomb, "shared-string bomb")
    error = dict(base)
    error[ANSWERS] = _code_cell(base[ANSWERS], lambda ref: b"<c r='" + ref + b"' t='e'><v>#N/A</v></c>")
    add("error-single-quotes", "an error cell written t='e'", error, "holds the spreadsheet error #N/A")
    strict_na = _strict(error)
    add("strict-error", "Strict OOXML with #N/A", strict_na, "holds the spreadsheet error #N/A")
    formula = dict(base)
    formula[METADATA] = _labelled_cell(base[METADATA], b"title",
                                       lambda ref: b'<c r="' + ref + b'" t="str"><f>"Evil title"</f><v>Evil title</v></c>')
    add("strict-formula-title", "Strict OOXML with a formula in the Metadata title", _strict(formula),
        "contains a formula")
    # 8. numbers a spreadsheet does not write
    for case_id, text, expected in (("underscore-number", b"1_000", "'1_000' is not a number"),
                                    ("negative-zero", b"-0", "-0 is not a number"),
                                    ("huge-number", b"1" * 400, "is too large")):
        numbers = dict(base)
        numbers[ANSWERS] = _number_cell(base[ANSWERS], text)
        add(case_id, f"a number cell holding {text[:12].decode()}", numbers, expected)
    return out


# --- the same attacks in any valid spelling --------------------------------------------------------

ATTACKS = ("far", "wide", "bomb", "error")


def spelled_attack(data: bytes, metadata: list[list], seed: int, attack: str) -> tuple[bytes, str]:
    """(workbook, what its refusal says): ``data`` with its Metadata sheet (``metadata``, its rows
    as read) rewritten in the spelling ``seed`` draws (spellings.py), carrying one attack: a value
    far away (XFD1048576), a row of 5,000 cells without references, a shared-string bomb (one
    32,000-character string referenced 2,400 times), an error value."""
    sp = spellings(random.Random(seed))
    row = len(metadata) + 1  # the first row after the sheet's own
    if attack == "far":
        extra = row_xml(sp, 1_048_576, [("XFD1048576", "inlineStr", "x")])
        return respelled(data, {"Metadata": metadata}, sp, {"Metadata": extra}), \
            "Metadata!XFD1048576: a value at XFD1048576, beyond column AZ"
    if attack == "wide":
        extra = row_xml(sp, None, [(None, "inlineStr", "x")] * 5000)
        return respelled(data, {"Metadata": metadata}, sp, {"Metadata": extra}), \
            f"Metadata!BA{row}: a value at BA{row}, beyond column AZ"
    if attack == "bomb":
        extra = "".join(row_xml(sp, None, [(None, "s", "{i}")] * 40) for _ in range(60))
        spelled = respelled(data, {"Metadata": metadata}, Spelling(**{**sp.__dict__, "strings": "shared"}),
                            {"Metadata": extra}, more_shared=["B" * 32_000])
        return _replace_in_zip(spelled, "{i}", str(_shared_count(spelled) - 1)), "shared-string bomb"
    extra = row_xml(sp, None, [(f"A{row}", "inlineStr", "x"), (f"B{row}", "e", "#N/A")])
    return respelled(data, {"Metadata": metadata}, sp, {"Metadata": extra}), \
        f"Metadata!B{row}: holds the spreadsheet error #N/A"


def _shared_count(data: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sst = next(n for n in z.namelist() if n.endswith("sharedStrings.xml"))
        return int(re.search(rb"count\s*=\s*[\"'](\d+)", z.read(sst)).group(1))


def _replace_in_zip(data: bytes, old: str, new: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for i in zin.infolist():
            zout.writestr(i.filename, zin.read(i).replace(old.encode(), new.encode()))
    return out.getvalue()
