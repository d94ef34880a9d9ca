"""What a screen reader and a text extractor meet in the written PDF, fixed where WeasyPrint leaves
it to the producer: applied by :func:`finish_pdf`, WeasyPrint's public ``finisher`` hook, on the
PDF objects (pydyf) just before they are written.

- **Running heads and footers are pagination artifacts.** WeasyPrint marks the text of its page
  margin boxes with MCIDs whose structure elements it leaves out of the tree (its comment: an
  ``Artifact`` structure element is only allowed in PDF 2.0); tools that read marked content
  still meet "Page 3 of 43" on every page. Here their marked content becomes
  ``/Artifact <</Type /Pagination>>`` and their entries in the parent tree ``null``.
- **A word hyphenated at a line end extracts whole.** ISO 32000-1 (14.8.2.2.3, "Incidental
  artifacts") says such a hyphen must be represented by the soft hyphen U+00AD. The layout draws
  U+2010 HYPHEN only there (report.css ``hyphenate-character``; the typographic pass turns any
  U+2010 in the text into "-"), so the glyph's entry in each font's ToUnicode map becomes U+00AD.

- **A letter with a mark extracts as itself.** WeasyPrint (70) writes one ToUnicode entry per glyph,
  from the first cluster it meets the glyph in, and gives a cluster of several glyphs (a letter and
  its mark, "أُ": alef with hamza and a damma) all its text on one glyph and none on the others: in
  the Arabic demo report the bold "أ" mapped to nothing (pdftotext dropped it, PyMuPDF printed the
  glyph's number, "3فضل" for "أفضل") and every bold damma to "أُ". Such an entry (empty, or a whole
  cluster on a glyph that the embedded font's own cmap gives to one of its characters) becomes that
  character, from the cmap of the font file the PDF embeds.

The watermark is not here: it is the page's background image (:func:`watermark_svg`), drawn by
WeasyPrint as an artifact, with its letters as outlines, so it is never text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .typography import LINE_END_HYPHEN

_TO_UNICODE_START = b"/CIDInit /ProcSet findresource begin"
_HYPHEN_ENTRY = re.compile(rb"<([0-9a-f]{4})> <" + LINE_END_HYPHEN.encode("utf-16-be").hex().encode() + rb">")
_SOFT_HYPHEN = "\u00ad".encode("utf-16-be").hex().encode()


def finish_pdf(document, pdf) -> None:
    """WeasyPrint's ``finisher``: pagination artifacts, soft hyphens and the glyphs of a letter with
    its mark (see the module's text)."""
    soft_hyphens(pdf)
    cluster_glyphs(pdf)
    if "StructTreeRoot" in pdf.catalog:
        pagination_artifacts(pdf)


def _object(pdf, ref):
    """The pydyf object of an indirect reference (b"12 0 R"), or None for anything else."""
    if isinstance(ref, bytes) and ref.endswith(b" R"):
        return pdf.objects[int(ref.split()[0])]
    return None


def soft_hyphens(pdf) -> int:
    """Map the line-end hyphen's glyph to U+00AD in every ToUnicode map; returns the entries changed."""
    import pydyf

    changed = 0
    for obj in pdf.objects:
        if not isinstance(obj, pydyf.Stream) or not obj.stream or obj.stream[0] != _TO_UNICODE_START:
            continue
        for i, item in enumerate(obj.stream):
            if isinstance(item, bytes) and (m := _HYPHEN_ENTRY.fullmatch(item)):
                obj.stream[i] = b"<" + m[1] + b"> <" + _SOFT_HYPHEN + b">"
                changed += 1
    return changed


_ENTRY = re.compile(rb"<([0-9a-f]{4})> <([0-9a-f]*)>")


def cluster_glyphs(pdf) -> int:
    """In every font's ToUnicode map, an entry that is empty, or that holds a whole cluster on a glyph
    the embedded font's cmap gives to one of the cluster's characters, becomes that character;
    returns the entries changed."""
    import pydyf

    changed = 0
    for obj in pdf.objects:
        if not (isinstance(obj, pydyf.Dictionary) and obj.get("Type") == "/Font" and "ToUnicode" in obj
                and "DescendantFonts" in obj):
            continue
        to_unicode = _object(pdf, obj["ToUnicode"])
        suspect = [(i, int(m[1], 16), bytes.fromhex(m[2].decode()).decode("utf-16-be"))
                   for i, item in enumerate(to_unicode.stream)
                   if isinstance(item, bytes) and (m := _ENTRY.fullmatch(item)) and len(m[2]) != 4]
        suspect = [(i, gid, text) for i, gid, text in suspect if len(text) != 1]
        if not suspect:
            continue
        chars = _glyph_chars(pdf, obj)
        for i, gid, text in suspect:
            own = sorted(chars.get(gid, ()))
            found = [ch for ch in own if ch in text] if text else own[:1]
            if found:
                to_unicode.stream[i] = f"<{gid:04x}> <{found[0].encode('utf-16-be').hex()}>".encode()
                changed += 1
    return changed


def _glyph_chars(pdf, font) -> dict[int, set[str]]:
    """The characters the cmap of ``font``'s embedded font file maps to each glyph (the PDF's CIDs
    are its glyph ids: CIDToGIDMap /Identity); {} when there is no TrueType file or no cmap."""
    import io

    from fontTools.ttLib import TTFont, TTLibError

    try:
        cid_font = _object(pdf, font["DescendantFonts"][0])
        if cid_font.get("CIDToGIDMap") != "/Identity":
            return {}
        data = _object(pdf, _object(pdf, cid_font["FontDescriptor"])["FontFile2"]).stream[0]
        file = TTFont(io.BytesIO(data), lazy=True)
        cmap, glyph_id = file.getBestCmap() or {}, file.getReverseGlyphMap()
        glyph_ids: dict[int, set[str]] = {}
        for code, name in cmap.items():
            glyph_ids.setdefault(glyph_id[name], set()).add(chr(code))
    except (KeyError, IndexError, TypeError, AttributeError, TTLibError, AssertionError):
        return {}
    return glyph_ids


def pagination_artifacts(pdf) -> int:
    """Turn the marked content of structure elements left out of the tree into pagination
    artifacts; returns how many sequences were changed."""
    import pydyf

    root = _object(pdf, pdf.catalog["StructTreeRoot"])
    reachable: set[int] = set()
    todo = list(root["K"])
    while todo:
        ref = todo.pop()
        obj = _object(pdf, ref)
        if obj is None or obj.number in reachable:
            continue
        reachable.add(obj.number)
        kids = obj.get("K") if isinstance(obj, pydyf.Dictionary) else None
        if kids is not None:
            todo.extend(kids if isinstance(kids, (list, pydyf.Array)) else [kids])
    nums = _object(pdf, root["ParentTree"])["Nums"]
    changed = 0
    for k in range(0, len(nums) - 1, 2):
        page_index, refs = nums[k], nums[k + 1]
        if not isinstance(refs, (list, pydyf.Array)) or page_index >= len(pdf.page_references):
            continue  # an annotation's entry
        orphans = {mcid for mcid, ref in enumerate(refs)
                   if (obj := _object(pdf, ref)) is not None and obj.number not in reachable}
        if not orphans:
            continue
        for mcid in orphans:
            refs[mcid] = "null"
        page = _object(pdf, pdf.page_references[page_index])
        changed += _mark_artifacts(_object(pdf, page["Contents"]), orphans)
    return changed


def _mark_artifacts(stream, mcids: set[int]) -> int:
    """In a page's content stream, ``/Tag <</MCID n>> BDC`` -> ``/Artifact <</Type /Pagination>> BDC``."""
    import pydyf

    items = stream.stream
    changed = 0
    for i in range(1, len(items) - 1):
        item = items[i]
        if (isinstance(item, pydyf.Dictionary) and item.get("MCID") in mcids and items[i + 1] == b"BDC"
                and isinstance(items[i - 1], str) and items[i - 1].startswith("/")):
            items[i - 1] = "/Artifact"
            items[i] = pydyf.Dictionary({"Type": "/Pagination"})
            changed += 1
    return changed


# --- the DRAFT watermark ----------------------------------------------------------------------

WATERMARK_COLOUR = "#b41e1e"
WATERMARK_OPACITY = 0.10


@lru_cache(maxsize=4)
def watermark_svg(word: str, width_mm: float = 210, height_mm: float = 297, angle: float = -35) -> str:
    """``word`` as glyph outlines (never text: nothing for a screen reader or a text extractor),
    rotated across an A4 page, in a faint red: an SVG for the pages' background. The outlines are
    matplotlib's: the bundled bold faces, each character from the first that has it ("مسودة" and
    "草稿" as well as "DRAFT"), Arabic joined and ordered right to left (charts.py)."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.path import Path as MplPath
    from matplotlib.textpath import TextPath

    from .charts import bundled_font_names

    glyphs = TextPath((0, 0), word, size=100, prop=FontProperties(family=bundled_font_names(), weight="bold"))
    commands = {MplPath.MOVETO: "M", MplPath.LINETO: "L", MplPath.CURVE3: "Q", MplPath.CURVE4: "C"}
    parts = []
    for points, code in glyphs.iter_segments(simplify=False, curves=True):
        if code == MplPath.CLOSEPOLY:
            parts.append("Z")
        else:  # y down, as SVG
            parts.append(commands[code] + " ".join(f"{x:.1f} {-y:.1f}" for x, y in points.reshape(-1, 2)))
    path = "".join(parts)
    box = glyphs.get_extents()
    # the word spans half the page's diagonal, centred
    diagonal = (width_mm ** 2 + height_mm ** 2) ** 0.5
    scale = 0.5 * diagonal / max(box.width, 1)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width_mm}mm" height="{height_mm}mm" '
            f'viewBox="0 0 {width_mm} {height_mm}">'
            f'<g transform="translate({width_mm / 2} {height_mm / 2}) rotate({angle}) scale({scale:.6f}) '
            f'translate({-(box.x0 + box.width / 2):.1f} {box.y0 + box.height / 2:.1f})">'
            f'<path d="{path}" fill="{WATERMARK_COLOUR}" fill-opacity="{WATERMARK_OPACITY}"/></g></svg>')
