"""The invariants every output holds for any content, checked on the files themselves.

PDF: every character is read back from the written file with its box (PyMuPDF, an independent
reader of the PDF: not WeasyPrint's own layout); no character's box overlaps another's unless they
are neighbours in one run of text (kerning, ligatures, combining marks) and none leaves the page's
printable area. Boxes are shrunk a little (a glyph's box holds its font's ascent and descent, which
touch the next line's when the line height is tight): what remains overlapping is ink printed over
ink."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import NamedTuple

from pypdf.generic import IndirectObject

PRINTABLE_MARGIN = 8.0   # points: nothing is printed nearer the paper's edge than this
SHRINK_X, SHRINK_Y = 0.2, 0.3


class Glyph(NamedTuple):  # a tuple: a report holds 100,000 of them
    page: int
    run: int      # which run of text it belongs to, in the order the page draws them
    index: int    # its place in that run
    x0: float
    y0: float
    x1: float
    y1: float
    char: str


def glyphs(pdf: Path) -> tuple[list[tuple[float, float]], list[Glyph]]:
    """((width, height) of each page, every visible character with its box), read from ``pdf``."""
    import pymupdf

    sizes, out = [], []
    with pymupdf.open(pdf) as doc:
        for n, page in enumerate(doc, 1):
            sizes.append((page.rect.width, page.rect.height))
            run = 0
            for block in page.get_text("rawdict")["blocks"]:
                for line in block.get("lines", ()):
                    for span in line["spans"]:
                        run += 1
                        for i, c in enumerate(span["chars"]):
                            ch = c["c"]
                            if not ch.strip() or unicodedata.combining(ch) or unicodedata.category(ch) == "Cf" \
                                    or ch == "\u00ad":  # no ink: a mark, an isolate, a zero-width character
                                continue
                            x0, y0, x1, y1 = c["bbox"]
                            if x1 - x0 < 0.5 or y1 - y0 < 0.5:
                                continue
                            out.append(Glyph(n, run, i, x0, y0, x1, y1, ch))
    return sizes, out


def _context(gs: list[Glyph], g: Glyph) -> str:
    same = [x for x in gs if x.page == g.page and x.run == g.run]
    return "".join(x.char for x in same[max(0, g.index - 12): g.index + 12])


_CELL = 24.0  # points: the side of the grid's squares (a few glyphs wide, a line high)


def _overlapping(boxes: list) -> list[tuple[int, int]]:
    """Every (i, j), i < j, of ``boxes`` (sorted by their left edge: x0, y0, x1, y1, ...) where box j
    starts inside box i's width and the two share height: each box put in the squares of a grid it
    covers, only boxes sharing a square compared (two boxes that share any area share a square).
    In the order a scan along the left edges would find them."""
    grid: dict[tuple[int, int], list[int]] = {}
    for k, (x0, y0, x1, y1, _) in enumerate(boxes):
        for cx in range(int(x0 // _CELL), int(x1 // _CELL) + 1):
            for cy in range(int(y0 // _CELL), int(y1 // _CELL) + 1):
                grid.setdefault((cx, cy), []).append(k)
    found: set[tuple[int, int]] = set()
    for members in grid.values():
        for n, i in enumerate(members):
            a = boxes[i]
            for j in members[n + 1:]:
                b = boxes[j]
                if b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                    found.add((i, j))
    return sorted(found)


def word_problems(pdf: Path, margin: float = PRINTABLE_MARGIN, limit: int = 20) -> list[str]:
    """Ink over ink and ink off the printable area in ``pdf``, as readable lines (at most
    ``limit`` of each kind, with the count of the rest); empty when the file holds."""
    sizes, gs = glyphs(pdf)
    off, over = [], []
    by_page: dict[int, list[tuple[float, float, float, float, Glyph]]] = {}
    for g in gs:
        w, h = sizes[g.page - 1]
        if g.x0 < margin or g.y0 < margin or g.x1 > w - margin or g.y1 > h - margin:
            off.append(f"page {g.page}: {g.char!r} at x {g.x0:.0f}-{g.x1:.0f} of {w:.0f} in …{_context(gs, g)}…")
        dx, dy = (g.x1 - g.x0) * SHRINK_X, (g.y1 - g.y0) * SHRINK_Y
        by_page.setdefault(g.page, []).append((g.x0 + dx, g.y0 + dy, g.x1 - dx, g.y1 - dy, g))
    for page, boxes in by_page.items():
        boxes.sort(key=lambda b: b[0])
        seen: set[tuple[int, int]] = set()
        for i, j in _overlapping(boxes):
            ga, gb = boxes[i][4], boxes[j][4]
            if ga.run == gb.run and abs(ga.index - gb.index) <= 1:
                continue
            if (ga.run, gb.run) not in seen:
                seen.add((ga.run, gb.run))
                over.append(f"page {page}: …{_context(gs, ga)}… over …{_context(gs, gb)}…")
    out = []
    for kind, found in (("off the printable area", off), ("overprinted", over)):
        out += found[:limit]
        if len(found) > limit:
            out.append(f"... and {len(found) - limit} more {kind}")
    return out


# A word is a run of letters and digits: a code such as ``9a08dd4e0f`` is one word (with digits, so
# a code), never the Latin "words" ``a``, ``dd``, ``e`` and ``f`` found inside it.
LATIN_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")


# What a report in any language prints in Latin letters on purpose: the tool's and its attached
# file's names, the formula of the gap, the proper names of the tools its glossary expands
# (ODIN: Open Data Watch; ADAPT: Advanced Data Planning Tool, PARIS21)
APPLICATION_LATIN = {"capacity-app", "assessment", "json", "max", "Open", "Data", "Watch", "Advanced",
                     "Planning", "Tool"}


def _fold(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u00ad", "").casefold()


def foreign_words(text: str, user_texts: list[str], allowed: set[str] = frozenset(APPLICATION_LATIN)) -> set[str]:
    """Latin-script words in ``text`` (a report in Arabic, Chinese or Russian) that are neither the
    user's own (a word, or a piece of one broken at a line's end, of ``user_texts``), codes and
    acronyms (all capitals), nor ``allowed``."""
    theirs = _fold("\n".join(user_texts))
    words = set(LATIN_WORD.findall(text.replace("\u00ad\n", "").replace("\u00ad", "")))
    return {w for w in words if len(w) > 1 and not w.isupper() and w not in allowed
            and any("a" <= ch.lower() <= "z" for ch in w)
            and not any(ch.isdigit() for ch in w) and _fold(w.strip("-")) not in theirs}


_SHOW_TEXT = {b"Tj", b"TJ", b"'", b'"'}


def structure_problems(pdf: Path, limit: int = 20) -> list[str]:
    """What breaks the tagged structure of ``pdf`` (read back with tests/pdf_text.py's PdfFile: pypdf's
    objects and pypdf's content-stream operations, read with PyMuPDF's help, an independent reader):
    text drawn outside any marked content; marked content with an MCID that the page's parent-tree
    entry does not map to a structure element of that page; a structure element whose marked
    content is drawn on no page; a catalog with no structure tree or no language. Empty when the
    structure holds: every word a screen reader meets is either structure or an artifact."""
    from pdf_text import PdfFile

    with PdfFile(pdf) as reader:
        root = reader.root
        if "/StructTreeRoot" not in root:
            return ["no structure tree"]
        problems: list[str] = [] if root.get("/Lang") else ["no document language"]
        tree = root["/StructTreeRoot"].get_object()
        nums = tree["/ParentTree"].get_object().get("/Nums", [])
        parents = {int(nums[i]): nums[i + 1].get_object() for i in range(0, len(nums) - 1, 2)}
        elements = _Elements(reader)
        tree_ref = root.raw_get("/StructTreeRoot")
        reachable = elements.reachable(tree_ref.idnum) if hasattr(tree_ref, "idnum") else None
        if reachable is None:
            reachable = _reachable(tree)
        drawn: set[tuple[int, int]] = set()   # (page number, MCID) drawn
        for n in range(1, len(reader) + 1):
            key = reader.page(n - 1).get("/StructParents")
            entry = parents.get(int(key)) if key is not None else None
            problems += _marked_content_problems(n, reader.operations(n - 1), entry, elements, reachable, drawn,
                                                 limit - len(problems))
            if len(problems) >= limit:
                return problems
        pages = {reader.page_xref(i): i + 1 for i in range(len(reader))}
        return problems + _undrawn_problems(parents, pages, elements, drawn, limit - len(problems))


class _Elements:
    """What the check asks of the structure elements (9,000 in a demo report), read with PyMuPDF's
    key access (``xref_get_key``) where pypdf would make an object of each, with the same answers
    (pypdf's objects where a value is anything else than the references and numbers below)."""

    def __init__(self, pdf) -> None:
        self.doc = pdf.doc
        self.children = pdf.kids

    def reachable(self, tree: int) -> set[int] | None:
        """:func:`_reachable` of the structure tree root object ``tree``; None where a /K holds
        anything PdfFile.kids leaves to pypdf."""
        reachable: set[int] = set()
        todo = self.children(tree)
        if todo is None:
            return None
        while todo:
            xref = todo.pop()
            if xref in reachable:
                continue
            reachable.add(xref)
            kids = self.children(xref)
            if kids is None:
                return None
            todo.extend(kids)
        return reachable

    def is_element(self, ref) -> bool:
        """Whether ``ref`` (a parent tree's item) is a dictionary with a /S."""
        if isinstance(ref, IndirectObject):
            return self.doc.xref_get_key(ref.idnum, "S")[0] != "null" or "S" in self.doc.xref_get_keys(ref.idnum)
        element = ref.get_object() if ref is not None else None
        return isinstance(element, dict) and "/S" in element

    def page(self, ref) -> int | None:
        """The object number of the /Pg of the parent tree's item ``ref``: None where it has none
        (or is no dictionary, or its /Pg no reference)."""
        if isinstance(ref, IndirectObject):
            kind, page = self.doc.xref_get_key(ref.idnum, "Pg")
            return int(page.split()[0]) if kind == "xref" else None
        element = ref.get_object() if ref is not None else None
        if element is None or not hasattr(element, "get") or "/Pg" not in element:
            return None
        page = getattr(element["/Pg"].get_object(), "indirect_reference", None)
        return page.idnum if page is not None else None

    def kind(self, ref) -> str:
        """The /S of the parent tree's item ``ref`` (a structure element), as pypdf writes it."""
        if isinstance(ref, IndirectObject):
            kind, value = self.doc.xref_get_key(ref.idnum, "S")
            if kind != "null":
                return value
        return str(ref.get_object().get("/S"))


def _undrawn_problems(parents: dict, pages: dict[int, int], elements: _Elements, drawn: set[tuple[int, int]],
                      limit: int) -> list[str]:
    """The structure elements of the parent tree ``parents`` whose marked content (MCID on a page
    of ``pages``: object number -> page number) is not ``drawn``, at most ``limit``."""
    problems: list[str] = []
    for entry in parents.values():
        if not isinstance(entry, list):
            continue
        for mcid, element in enumerate(entry):
            page = elements.page(element)
            number = pages.get(page) if page is not None else None
            if number is not None and (number, mcid) not in drawn:
                problems.append(f"structure element {elements.kind(element)} points to MCID {mcid} of page "
                                f"{number}, drawn nowhere")
                if len(problems) >= limit:
                    return problems
    return problems


def _reachable(tree) -> set[int]:
    """The object numbers of the structure elements reachable from the root ``tree``."""
    reachable: set[int] = set()
    todo = [tree.raw_get("/K")]
    while todo:
        k = todo.pop()
        if hasattr(k, "idnum"):
            if k.idnum in reachable:
                continue
            reachable.add(k.idnum)
        k = k.get_object()
        if isinstance(k, list):
            todo.extend(k)
        elif isinstance(k, dict) and "/K" in k:
            todo.append(k.raw_get("/K"))
    return reachable


def _marked_content_problems(n: int, ops: list, entry, elements: _Elements, reachable: set[int],
                             drawn: set[tuple[int, int]], limit: int) -> list[str]:
    """What breaks the marked content of page ``n`` (its operations ``ops``, its parent-tree
    ``entry``), at most ``limit``; each (page, MCID) drawn added to ``drawn``."""
    problems: list[str] = []
    stack: list[int | None] = []      # MCID, or None for an artifact or an untagged sequence
    artifact: list[bool] = []
    for args, op in ops:
        if op in (b"BDC", b"BMC"):
            tag = str(args[0])
            props = args[1] if op == b"BDC" and len(args) > 1 else None  # a dict, or a /Properties name
            mcid = props.get("/MCID") if isinstance(props, dict) else None
            stack.append(int(mcid) if mcid is not None else None)
            artifact.append(tag == "/Artifact")
            if mcid is not None:
                mcid = int(mcid)
                drawn.add((n, mcid))
                ref = entry[mcid] if isinstance(entry, list) and mcid < len(entry) else None
                if not elements.is_element(ref):
                    problems.append(f"page {n}: MCID {mcid} ({tag}) is in no structure element")
                elif getattr(ref, "idnum", None) not in reachable:
                    problems.append(f"page {n}: MCID {mcid} ({tag}) is in a structure element "
                                    "outside the document's tree")
        elif op == b"EMC":
            if stack:
                stack.pop()
                artifact.pop()
            else:
                problems.append(f"page {n}: EMC with no open marked content")
        elif op in _SHOW_TEXT and not (any(artifact) or any(m is not None for m in stack)):
            problems.append(f"page {n}: text drawn outside marked content")
        if len(problems) >= limit:
            return problems
    if stack:
        problems.append(f"page {n}: marked content left open")
    return problems


# --- the Word report as LibreOffice prints it -------------------------------------------
W_MAIN = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def soffice() -> str | None:
    """LibreOffice's command where it is installed (None: the conversion checks are skipped)."""
    import shutil

    return shutil.which("soffice") or shutil.which("libreoffice")


def converted_by_libreoffice(docx: Path, folder: Path) -> Path:
    """``docx`` printed to PDF by LibreOffice, headless, with a profile of its own in ``folder``."""
    import subprocess

    command = soffice()
    if command is None:
        raise RuntimeError("LibreOffice (soffice) is not installed: the Word report cannot be converted")
    done = subprocess.run([command, f"-env:UserInstallation={(folder / 'lo-profile').resolve().as_uri()}", "--headless",
                           "--convert-to", "pdf", "--outdir", str(folder), str(docx)], capture_output=True, timeout=300)
    pdf = folder / f"{docx.stem}.pdf"
    if done.returncode != 0 or not pdf.exists():
        raise RuntimeError(f"LibreOffice did not convert {docx.name}: {done.stderr.decode()[-300:]}")
    return pdf


def unbroken_pieces(docx: Path) -> set[str]:
    """What no line of a number's cell of ``docx`` may break: each piece of its text between two
    ordinary spaces or line breaks (an amount with its currency, joined by no-break spaces; a date)."""
    import zipfile

    from lxml import etree

    with zipfile.ZipFile(docx) as z:
        styles = etree.fromstring(z.read("word/styles.xml"))
        body = etree.fromstring(z.read("word/document.xml"))
    number = next((s.get(f"{W_MAIN}styleId") for s in styles.iter(f"{W_MAIN}style")
                   if s.find(f"{W_MAIN}name") is not None
                   and s.find(f"{W_MAIN}name").get(f"{W_MAIN}val") == "Report Table Number"), None)
    out: set[str] = set()
    for p in body.iter(f"{W_MAIN}p"):
        style = p.find(f"{W_MAIN}pPr/{W_MAIN}pStyle")
        if style is None or style.get(f"{W_MAIN}val") != number:
            continue
        raw = "".join((x.text or "") if x.tag == f"{W_MAIN}t" else "\n" for x in p.iter(f"{W_MAIN}t", f"{W_MAIN}br"))
        out |= {piece for piece in re.split(r"[ \n]+", raw) if re.search(r"\d", piece)}
    return out


def outline(pdf: Path) -> list[tuple[int, str]]:
    """(level, title) of each bookmark of ``pdf`` in order, the title's isolates and marks dropped
    and its spaces one space."""
    from pdf_text import outline as bookmarks

    out: list[tuple[int, str]] = []
    for level, title in bookmarks(pdf):
        title = "".join(c for c in title if unicodedata.category(c) != "Cf")
        out.append((level, re.sub(r"\s+", " ", title.replace("\u00a0", " ").replace("\u202f", " ")).strip()))
    return out


def outline_problems(report: Path, printed: Path, limit: int = 5) -> list[str]:
    """The headings (bookmarks: level and title) of ``printed`` that differ from ``report``'s, in order."""
    import difflib

    mine, theirs = outline(report), outline(printed)
    if mine == theirs:
        return []
    diff = [line for line in difflib.unified_diff([f"{lv} {t}" for lv, t in mine], [f"{lv} {t}" for lv, t in theirs],
                                                  lineterm="", n=0) if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    return [f"headings differ from the PDF's ({len(mine)} against {len(theirs)}): {diff[:limit]}"]


def broken_amounts(docx: Path, printed: Path, pages: list[str] | None = None) -> list[str]:
    """The pieces of the number's cells of ``docx`` (:func:`unbroken_pieces`: an amount with or
    without its currency, a date) whose digits are on no one line of ``printed`` (its print by
    LibreOffice), in the order a right-to-left line gives them back too. ``pages``: ``printed``'s
    page texts where they were read already."""
    from pdf_text import page_texts

    lines = [line for p in (page_texts(printed) if pages is None else pages) for line in p.splitlines()]
    digits = " ".join(re.sub(r"\D", "", line) for line in lines)
    return sorted(a for a in unbroken_pieces(docx) if re.sub(r"\D", "", a) not in digits)


def split_words(docx: Path, printed: Path, pages: list[str] | None = None) -> list[str]:
    """The Latin words of ``docx`` that ``printed`` (its print by LibreOffice) cuts at a line's end
    with no hyphen: a line ending with the word's first letters and the next starting with the
    rest, which is no word of the document ("Consular D" / "epartment)", "US" / "D", a
    Chinese document's Latin text broken as Chinese). ``pages``: as :func:`broken_amounts`'s."""
    import zipfile

    from pdf_text import page_texts

    with zipfile.ZipFile(docx) as z:
        body = z.read("word/document.xml").decode()
    words = set(re.findall(r"[A-Za-z]+", " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", body))))
    lines = [line.strip() for p in (page_texts(printed) if pages is None else pages) for line in p.splitlines()]
    out = []
    for a, b in zip(lines, lines[1:], strict=False):
        head, tail = re.search(r"([A-Za-z]+)$", a), re.match(r"([A-Za-z]+)", b)
        if head and tail and tail[1] not in words and head[1] + tail[1] in words:
            out.append(f"{head[1]} / {tail[1]}")
    return out


def word_report_problems(docx: Path, folder: Path, contents: int, report: Path | None = None,
                         pages: list[str] | None = None) -> list[str]:
    """What breaks the Word report ``docx`` as LibreOffice prints it: ink over ink or off the page
    (:func:`word_problems`), an amount of a number's cell not whole on one line (its digits, in
    the order a right-to-left line gives them back), a Latin word cut at a line's end with no
    hyphen (:func:`split_words`), fewer than ``contents`` - 1 lines of the
    first pages ending (or, right to left, starting) with a page number after a dotted leader,
    and, given the ``report``'s PDF, headings (LibreOffice's bookmarks) other than the PDF's.
    The print's page texts, read once for all of these, are added to ``pages`` when it is given."""
    from pdf_text import page_texts

    pdf = converted_by_libreoffice(docx, folder)
    problems = word_problems(pdf)
    if report is not None:
        problems += outline_problems(report, pdf)
    printed = page_texts(pdf)
    if pages is not None:
        pages.extend(printed)
    problems += [f"amount broken across lines: {a!r}" for a in broken_amounts(docx, pdf, printed)[:10]]
    problems += [f"word cut across lines: {w!r}" for w in split_words(docx, pdf, printed)[:10]]
    numbered = [line for page in printed[:4] for line in page.splitlines()
                if re.search(r"\.{4,} ?\d+\s*$", line) or re.search(r"^\s*\d+ ?\.{4,}", line)]
    if len(numbered) < contents - 1:
        problems.append(f"the contents: {len(numbered)} of {contents} lines with a page number")
    return problems
