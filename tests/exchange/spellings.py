"""The same cells in every valid spelling of SpreadsheetML (for the reader's property tests and the
reliability run): namespaces (Transitional or Strict, default or prefixed), quotes, spaces around
"=", the case of cell references, cells and rows with or without their reference, inline or
shared strings (in runs or not), character references and CDATA, whitespace between elements, the
sheet part's name and extension, the XML declaration. Standard library only."""
from __future__ import annotations

import io
import random
import re
import zipfile
from dataclasses import dataclass
from xml.sax.saxutils import escape

from capacity_app.domain.celltext import escape_text

TRANSITIONAL = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main"
REL_T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_S = "http://purl.oclc.org/ooxml/officeDocument/relationships"


def column_name(index: int) -> str:
    s = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        s = chr(65 + rem) + s
    return s


@dataclass(frozen=True)
class Spelling:
    namespace: str = TRANSITIONAL
    prefix: str = ""  # "" : the default namespace
    quote: str = '"'
    equals: str = "="
    ref_case: str = "upper"  # upper | lower | mixed
    cell_refs: str = "all"  # all | none | some
    row_refs: str = "all"  # all | none | some
    strings: str = "inline"  # inline | shared | mixed
    runs: bool = False  # text split into rich-text runs
    char_refs: bool = False  # some characters written as &#NN;
    cdata: bool = False  # text in CDATA sections
    pretty: bool = False  # whitespace between elements
    declaration: str = '<?xml version="1.0" encoding="UTF-8"?>'
    part_case: bool = False  # the sheet's part named in another case than its relationship says
    extension: str = ".xml"
    strict_workbook: bool = False  # workbook.xml and the relationships in Strict too
    numbers: str = "plain"  # plain | exponent | signed
    seed: int = 0


def spellings(rng: random.Random) -> Spelling:
    return Spelling(
        namespace=rng.choice([TRANSITIONAL, STRICT]), prefix=rng.choice(["", "", "x", "ss"]),
        quote=rng.choice(['"', "'"]), equals=rng.choice(["=", " = ", "\n=\t", "= "]),
        ref_case=rng.choice(["upper", "lower", "mixed"]), cell_refs=rng.choice(["all", "none", "some"]),
        row_refs=rng.choice(["all", "none", "some"]), strings=rng.choice(["inline", "shared", "mixed"]),
        runs=rng.random() < 0.3, char_refs=rng.random() < 0.3, cdata=rng.random() < 0.2,
        pretty=rng.random() < 0.4,
        declaration=rng.choice(["", '<?xml version="1.0" encoding="UTF-8"?>',
                                "<?xml version='1.0' encoding='utf-8' standalone='yes'?>\n",
                                '<?xml version = "1.0" encoding = "UTF-8" ?>']),
        part_case=rng.random() < 0.3, extension=rng.choice([".xml", ".xml", ".bin", ".dat"]),
        strict_workbook=rng.random() < 0.3, numbers=rng.choice(["plain", "exponent", "signed"]),
        seed=rng.randrange(1 << 30))


def _text_xml(text: str, sp: Spelling, rng: random.Random) -> str:
    text = escape_text(text)
    if sp.cdata and "]]>" not in text and "\r" not in text and rng.random() < 0.5:
        return f"<![CDATA[{text}]]>"
    out = escape(text, {"\r": "&#13;"})
    if sp.char_refs and out:
        i = rng.randrange(len(out))
        ch = out[i]
        if ch not in "&;#" and not ch.isspace():
            out = out[:i] + f"&#{ord(ch)};" + out[i + 1:]
    return out


def _number(v: float, sp: Spelling) -> str:
    if sp.numbers == "exponent":
        return f"{v:.17e}".replace("e+", "E")
    text = repr(v)
    if text.endswith(".0"):
        text = text[:-2]
    return "+" + text if sp.numbers == "signed" and v >= 0 else text


def sheet_xml(rows: list[list], sp: Spelling, shared: list[str], extra: str = "") -> bytes:
    """A worksheet holding ``rows`` (str, float, bool or '' / None for no cell) spelled ``sp``;
    shared strings are appended to ``shared``; ``extra``: rows (made with :func:`row_xml`) after
    them."""
    rng = random.Random(sp.seed)
    p = f"{sp.prefix}:" if sp.prefix else ""
    q = sp.quote
    eq = sp.equals
    nl = "\n  " if sp.pretty else ""

    def attr(name: str, value: str) -> str:
        return f" {name}{eq}{q}{value}{q}"

    def ref(col: int, row: int) -> str:
        r = f"{column_name(col)}{row}"
        if sp.ref_case == "lower":
            return r.lower()
        if sp.ref_case == "mixed":
            return "".join(ch.lower() if rng.random() < 0.5 else ch for ch in r)
        return r

    out = [sp.declaration,
           f"<{p}worksheet xmlns{':' + sp.prefix if sp.prefix else ''}{eq}{q}{sp.namespace}{q}>",
           f"{nl}<{p}dimension{attr('ref', 'A1')}/>{nl}<{p}sheetData>"]
    prev_row = 0
    for r, row in enumerate(rows, 1):
        cells = [(c, v) for c, v in enumerate(row) if v not in ("", None)]
        if not cells:
            continue
        keep_row = sp.row_refs == "all" or r != prev_row + 1 or (sp.row_refs == "some" and rng.random() < 0.5)
        out.append(f"{nl}<{p}row{attr('r', str(r)) if keep_row else ''}>")
        prev_col = -1
        for c, v in cells:
            keep = sp.cell_refs == "all" or c != prev_col + 1 or (sp.cell_refs == "some" and rng.random() < 0.5)
            r_attr = attr("r", ref(c, r)) if keep else ""
            prev_col = c
            if isinstance(v, bool):
                out.append(f"<{p}c{r_attr}{attr('t', 'b')}><{p}v>{'1' if v else rng.choice(['0', 'false'])}</{p}v></{p}c>")
            elif isinstance(v, float):
                out.append(f"<{p}c{r_attr}><{p}v>{_number(v, sp)}</{p}v></{p}c>")
            elif sp.strings == "shared" or (sp.strings == "mixed" and rng.random() < 0.5):
                shared.append(v)
                out.append(f"<{p}c{r_attr}{attr('t', 's')}><{p}v>{len(shared) - 1}</{p}v></{p}c>")
            else:
                space = attr("xml:space", "preserve") if rng.random() < 0.5 else ""
                if sp.runs and len(v) > 1:
                    cut = rng.randrange(1, len(v))
                    body = "".join(f"<{p}r>{'<' + p + 'rPr/>' if rng.random() < 0.5 else ''}<{p}t{space}>"
                                   f"{_text_xml(part, sp, rng)}</{p}t></{p}r>" for part in (v[:cut], v[cut:]))
                else:
                    body = f"<{p}t{space}>{_text_xml(v, sp, rng)}</{p}t>"
                out.append(f"<{p}c{r_attr}{attr('t', 'inlineStr')}><{p}is>{body}</{p}is></{p}c>")
        out.append(f"</{p}row>")
        prev_row = r
    out.append(extra)
    out.append(f"{nl}</{p}sheetData>{nl}<{p}pageMargins{attr('left', '0.7')}{attr('right', '0.7')}"
               f"{attr('top', '0.75')}{attr('bottom', '0.75')}{attr('header', '0.3')}{attr('footer', '0.3')}/>"
               f"</{p}worksheet>")
    return "".join(out).encode("utf-8")


def row_xml(sp: Spelling, row: int | None, cells: list[tuple[str | None, str, str]]) -> str:
    """One row in the spelling's syntax: ``cells`` as (reference or None, type, the value's XML)
    (type "inlineStr": the value is the text)."""
    p = f"{sp.prefix}:" if sp.prefix else ""
    q, eq = sp.quote, sp.equals

    def attr(name, value):
        return f" {name}{eq}{q}{value}{q}"

    def ref(r):
        return r.lower() if sp.ref_case == "lower" else r

    out = [f"<{p}row{attr('r', str(row)) if row else ''}>"]
    for r, t, value in cells:
        head = f"<{p}c{attr('r', ref(r)) if r else ''}{attr('t', t) if t else ''}>"
        body = f"<{p}is><{p}t>{value}</{p}t></{p}is>" if t == "inlineStr" else f"<{p}v>{value}</{p}v>"
        out.append(head + body + f"</{p}c>")
    out.append(f"</{p}row>")
    return "".join(out)


def shared_xml(strings: list[str], sp: Spelling) -> bytes:
    rng = random.Random(sp.seed + 1)
    p = f"{sp.prefix}:" if sp.prefix else ""
    q, eq = sp.quote, sp.equals
    items = "".join(f"<{p}si><{p}t>{_text_xml(s, sp, rng)}</{p}t></{p}si>" for s in strings)
    return (f"{sp.declaration}<{p}sst xmlns{':' + sp.prefix if sp.prefix else ''}{eq}{q}{sp.namespace}{q}"
            f" count{eq}{q}{len(strings)}{q}>{items}</{p}sst>").encode()


def respelled(src: bytes, sheets: dict[str, list[list]], sp: Spelling, extra: dict[str, str] | None = None,
              more_shared: list[str] = ()) -> bytes:
    """The workbook ``src`` (an exported .xlsx) with the named sheets rewritten, holding ``rows``
    spelled ``sp``; the shared strings, the relationships, the content types and (Strict) the
    workbook part follow."""
    with zipfile.ZipFile(io.BytesIO(src)) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    workbook = parts["xl/workbook.xml"].decode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    types = parts["[Content_Types].xml"].decode()
    shared: list[str] = []
    for name, rows in sheets.items():
        rid = re.search(r'<sheet [^>]*name="' + re.escape(name) + r'"[^>]*r:id="(rId\d+)"', workbook).group(1)
        target = re.search(r'Target="([^"]+)"[^>]*Id="' + rid + '"', rels).group(1)
        member = target.lstrip("/")
        del parts[member]
        new_target = member.rsplit(".", 1)[0] + sp.extension
        stored = new_target.upper() if sp.part_case else new_target
        rels = rels.replace(f'Target="{target}"', f'Target="/{new_target}"')
        types = types.replace(f'PartName="/{member}"', f'PartName="/{new_target}"')
        parts[stored] = sheet_xml(rows, sp, shared, (extra or {}).get(name, ""))
    shared.extend(more_shared)
    if shared:
        parts["xl/sharedStrings.xml"] = shared_xml(shared, sp)
        if "sharedStrings" not in rels:
            rels = rels.replace("</Relationships>", f'<Relationship Id="rIdSST" Type="{REL_T}/sharedStrings" '
                                                    'Target="sharedStrings.xml"/></Relationships>')
            types = types.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                              'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    if sp.strict_workbook:
        workbook = workbook.replace(TRANSITIONAL, STRICT).replace(REL_T, REL_S)
        rels = rels.replace(REL_T, REL_S)
    if sp.extension != ".xml" and f'Extension="{sp.extension[1:]}"' not in types:
        types = types.replace("</Types>", f'<Default Extension="{sp.extension[1:]}" ContentType="application/'
                                          'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    parts["xl/workbook.xml"] = workbook.encode()
    parts["xl/_rels/workbook.xml.rels"] = rels.encode()
    parts["[Content_Types].xml"] = types.encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()
