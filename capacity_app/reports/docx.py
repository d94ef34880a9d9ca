"""Write the report as a Word document (.docx) a ministry can edit and publish.

The same report as the PDF, from the same :class:`~.model.ReportContext` and the same templates:
the report's HTML (:func:`.pdf.render_html`, the one the PDF is laid out from) is read element by
element and written as Word's own structure, so every heading, table and total the PDF prints is
in the document and nothing is written twice. What the HTML says maps to Word:

* ``h1``-``h3`` -> the built-in styles Heading 1-3 (Word's navigation pane and its table of
  contents); the cover's title -> Title, its subtitle -> Subtitle, its headings -> "Report Cover
  Heading" (the PDF leaves them out of its bookmarks too), each heading the PDF links to a
  bookmark; the contents page -> the PDF's entries, each a link to its heading's bookmark and its
  page a PAGEREF field to it, which Word (``updateFields``) and LibreOffice compute as they lay the
  document out (fewer pages than the PDF's: the PDF's numbers would be wrong there);
* ``table`` -> a real table in the "Report Table" style, its ``thead`` rows repeated on every
  page (``w:tblHeader``), numbers (``num`` cells) right-aligned, the heatmap's levels shaded;
* ``img`` (the charts) -> PNG images drawn by matplotlib, with the PDF's alternative text
  (``wp:docPr/@descr``);
* ``ul`` -> List Bullet paragraphs (a list inside an item: List Bullet 2), ``ol`` -> paragraphs
  numbered in their order; ``br`` -> a line break inside the paragraph (never an empty paragraph
  for spacing), and so is a line break inside a ``.lines`` element (white-space: pre-line).

The running head (country, title) and foot (page N of M, versions, date) are the section's header
and footer; the DRAFT mark is a watermark in the header until the assessment is final; the data
the PDF attaches (``assessment.json``) is a custom XML part (``customXml/item1.xml``). The
document's language is set (``w:lang``: Latin, East Asian and complex-script), Arabic is right to
left (``w:bidi`` on the section and every paragraph, ``w:bidiVisual`` on every table) and Chinese
names its East Asian font. The styles come from ``resources/report/word-template.docx``
(tools/word_template.py) or a ministry's own template (docs/word-report.md).

python-docx and matplotlib are imported inside the functions, never at start-up.
"""
from __future__ import annotations

import copy
import hashlib
import io
import json
import math
import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from .. import jobs
from ..domain.languages import BY_CODE, is_rtl
from ..domain import placeholders
from ..domain.texts import text as said_text
from ..files import InputFileError, OutputError, ZipBounds, output_error, read_regular, replace_atomically, zip_problem
from .bidi import LRI, PDI
from .format import report_dir
from .model import ReportContext
from .pdf import ReportError, check_folder, render_html, report_pages

TEMPLATE_NAME = "word-template.docx"
# A ministry's template, read within these before python-docx parses it (a 1 MB template
# whose styles part unpacked to 1 GB took 2.2 GB and 17 s): a letterhead's images and styles take
# a few MB; every XML part is parsed whole
TEMPLATE_MAX = 20 * 1024 * 1024
TEMPLATE_BOUNDS = ZipBounds(max_members=500, max_member=16 * 1024 * 1024, max_total=48 * 1024 * 1024,
                            max_ratio=100.0, ratio_floor=1024 * 1024)
DATA_NAMESPACE = "urn:x-capacity-app:report-data:1"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
# Word's language tags of the report's languages (Latin text, East Asian, complex script)


def mark_name(anchor: str) -> str:
    """The Word bookmark of the PDF's ``anchor`` ("progress-summary" -> "_Toc_progress_summary"):
    hidden (its leading underscore), letters, digits and underscores, at most 40 characters, a
    long anchor ended by a digest of it so that two never meet."""
    name = "_Toc_" + re.sub(r"[^A-Za-z0-9]", "_", anchor)
    if len(name) > 40 or not anchor.isascii():
        name = name[:31] + hashlib.sha1(anchor.encode()).hexdigest()[:9]
    return name


def lang_tag(code: str) -> str:
    """The BCP 47 tag Word marks a run of ``code`` with (languages.json, or a catalogue's header)."""
    lang = BY_CODE.get(code)
    return lang.bcp47 if lang is not None else code

# The contents list the chapters (Heading 1) and the sections the PDF lists under them (the
# findings' areas, the annexes: Heading 2); a section the contents leave out (the summary's, the
# context's, the plan's) is in a style of its own, Heading 2 as it looks but at outline level 3 (its
# subsections at 4), so that a contents field an editor adds at outline levels 1-2 lists what the
# PDF's contents list, no other section, while Word's navigation pane and LibreOffice's bookmarks
# still hold every section, nested as the PDF's.
UNLISTED_HEADING = "Heading 2 Unlisted"
# The contents are not a TOC field: LibreOffice prints a TOC field's saved result as it is (a
# headless conversion never updates it), and the PDF's page numbers saved there were wrong in
# Writer's and Word's own layout, which takes fewer pages. Each entry's page is a PAGEREF field
# to its heading's bookmark instead (its saved result the PDF's page), which both compute on
# every layout; the entries are the PDF's, whatever a heading's style.
PAGEREF_FIELD = " PAGEREF {name} \\h "
# The styles the document uses, by name; a template that lacks one gets the bundled template's
STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", UNLISTED_HEADING, "TOC Heading", "toc 1",
          "toc 2", "toc 3", "List Bullet", "List Bullet 2", "Header", "Footer", "Report Kicker", "Report Cover Heading",
          "Report Back", "Report Small", "Report Muted", "Report Score", "Report Stamp", "Report Table Text",
          "Report Table Heading", "Report Table Number", "Report Chart", "Report Table", "Report Table Gap")
# The tables kept on one page (funding.html.j2: budgets, co-financing, sustainability, signatures),
# up to this many rows (a longer one breaks between rows, its header repeated)
_WHOLE_TABLES = frozenset(("budget", "shares", "takeovers", "signature"))
_WHOLE_ROWS_MAX = 30
# the partner edition's results framework with yearly targets, kept on one page while it has this many
# rows or fewer, as the PDF keeps it (plan.css): never its last row alone on the next page
_SHORT_FRAMEWORK_ROWS = 8
_SIGNATURES_KEPT_MAX = 6   # signature boxes kept on one page together (five rows each: six fit an A4 page)
# The tables whose rows a reader follows across (the logframe, the results framework with yearly
# targets, an action's results, the donors' indicators, risks and packages): a row never split
# across two pages, as the PDF keeps it (report.css: tr break-inside avoid), while it takes at most
# this share of a page's height; a taller row is let split, since Word hides what a row that may
# not split cannot fit on its page
_UNSPLIT_ROWS = frozenset(("logframe", "framework", "framework-details", "results", "risks", "procurement"))
_UNSPLIT_SHARE = 0.6
# The tables whose columns Word sets as the PDF sets them (plan.css's col widths, mm; None: a column
# that takes the rest of the line): the overruns' sentences in the middle column, each amount with
# its currency's name whole on a line (measured from the cells, the three long texts took a third of
# the line each and "295 000 марокканских / дирхамов" wrapped)
COLUMNS_MM = {"overruns": (42.0, None, 45.0)}
# The heatmap's levels as the PDF shades them (report.css .l0-.l3): ground, white text
SHADES = {"l0": ("FFFFCC", False), "l1": ("A1DAB4", False), "l2": ("41B6C4", False), "l3": ("225EA8", True)}
CHART_DPI = 200
# The complex-script font of an Arabic document: the PDF's own Arabic face (bundled with the
# application, resources/report/fonts), which holds the Arabic letters and the punctuation and
# quotation marks beside them in one font; its lines spaced this many times its size
ARABIC_FONT, ARABIC_LINE = "Noto Sans Arabic", 1.4
# The East Asian font of a Chinese document, and the punctuation that Word and LibreOffice would
# draw with the Latin font unless a run names that font for it (“不适用”)
EAST_ASIAN_FONT = "SimSun"
_CJK = re.compile("[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
_CJK_AMBIGUOUS = re.compile("([\u2018\u2019\u201c\u201d\u2026\u2014\u00b7]+)")
TABLE_PT, CELL_PADDING_TWIPS = 8.5, 160  # the tables' text (Report Table Text), a cell's margins and more
TABLE_PT_LEAST = 5.0  # the least a table's type shrinks to so that its amounts fit the line whole
# what follows w:sz and w:szCs in a run's properties (ECMA-376's order, which Word holds to)
_AFTER_SIZE = frozenset(f"{W}{t}" for t in ("highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign",
                                              "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"))
TWIPS_PER_MM = 1440 / 25.4
# what takes no room on a line: direction marks and isolates, zero-width characters, the word joiner
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff]")
# a cell of a number column ("No.": an action's, a risk's, a package's number): one to three digits
_ORDINAL = re.compile(r"\d{1,3}\.?")
# What XML 1.0 cannot carry (C0 controls but tab and line ends, lone surrogates, U+FFFE/U+FFFF):
# user text holding one is printed with U+FFFD in its place, never refused and never dropped silently
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"[ \t\n\r\f]+")  # HTML's white space (never the no-break spaces)
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_BLOCKS = frozenset(("h1", "h2", "h3", "h4", "p", "ul", "ol", "table", "div", "section", "img"))

# The DRAFT watermark: Word's own text watermark (a VML WordArt shape in the header, as Word's
# Design > Watermark writes it), drawn behind the text on every page of the section.
_WATERMARK = (
    '<w:r xmlns:w="{w}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
    '<w:rPr><w:noProof/></w:rPr><w:pict>'
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/>'
    '<v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/>'
    '<v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/>'
    '<v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>'
    '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" '
    'o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/>'
    '<v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>'
    '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
    '<v:shape id="CapacityDraftMark{n}" o:spid="_x0000_s{spid}" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:110pt;rotation:315;'
    'z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
    'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" '
    'fillcolor="#d0d0d0" stroked="f"><v:fill opacity=".45"/>'
    '<v:textpath style="font-family:&quot;Arial&quot;;font-size:1pt" string="{text}"/></v:shape>'
    '</w:pict></w:r>')


def xml_text(text: str) -> str:
    """``text`` as XML can carry it: each character XML 1.0 forbids replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


@dataclass
class _Run:
    text: str = ""
    bold: bool = False
    italic: bool = False
    br: bool = False
    lang: str = ""   # a text in another script than the document's (reports/bidi.scripts_marked)


class _Builder:
    """Writes the report's HTML tree into a python-docx ``Document`` (lxml elements appended
    before the body's section properties)."""

    def __init__(self, doc, ctx: ReportContext, charts: dict[str, tuple[bytes, float, float]],
                 pages: dict[str, int] | None = None):
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        self.E, self.qn = OxmlElement, qn
        self.doc, self.ctx, self.charts = doc, ctx, charts
        self.pages = pages or {}  # the PDF's page of each anchor (pdf.report_pages)
        self.listed: set[str] = set()  # the anchors of the h2s the contents list (the others: UNLISTED_HEADING)
        self.unlisted = False  # the last section heading was UNLISTED_HEADING (its subsections one level down)
        self.east_asian = ""
        self.rtl = is_rtl(ctx.lang)
        self.body = doc.element.body
        self.end = self.body.sectPr
        section = doc.sections[0]
        self.text_width = int(section.page_width.twips - section.left_margin.twips - section.right_margin.twips)
        self.text_height = int(section.page_height.twips - section.top_margin.twips - section.bottom_margin.twips)
        self.style_ids = {name: doc.styles[name].style_id for name in STYLES}
        self.new_page = False
        self.pictures = 0
        # the action plan's pages carry the DRAFT mark alone (final assessment, plan not validated),
        # or carry none while every other page does (assessment in progress, plan validated: issue
        # 60, as the PDF's page planvalid): their blocks are a section of their own, its own header
        self.plan_mark = "" if ctx.draft else ctx.plan_draft
        self.region_class = "plandraft" if self.plan_mark else "planvalid" if ctx.draft and ctx.plan_valid else ""
        self.regions: list[tuple[Any, Any]] = []  # (the block before, the last block) of each
        self.marked: list[Any] = []  # the section properties of the plan's sections
        self.bookmarks: set[str] = set()  # the anchors whose heading bears a bookmark
        self.entries: list[tuple[Any, str]] = []  # the contents' entries and their anchors

    # --- elements -----------------------------------------------------------------------------
    def el(self, tag: str, parent=None, **attrs):
        e = self.E(tag)
        for k, v in attrs.items():
            e.set(self.qn(f"w:{k}"), str(v))
        if parent is not None:
            parent.append(e)
        return e

    def add(self, block) -> None:
        previous = self.end.getprevious()
        if block.tag == W + "tbl" and previous is not None and previous.tag == W + "tbl":
            # two tables in a row are one table to Word and LibreOffice (the costs by year and by
            # institution): the paragraph Word itself keeps between two tables, in a style of its own,
            # kept with the next table when the one above is (the signature boxes)
            rows = previous.findall(self.qn("w:tr"))
            kept = bool(rows) and rows[-1].find(f".//{self.qn('w:keepNext')}") is not None
            self.end.addprevious(self.paragraph("Report Table Gap", [], keep_next=kept))
        self.end.addprevious(block)

    def paragraph(self, style: str, runs: list[_Run], *, page_break: bool = False, keep_next: bool = False,
                  keep_lines: bool = False):
        p = self.el("w:p")
        ppr = self.el("w:pPr", p)
        self.el("w:pStyle", ppr, val=self.style_ids[style])
        if keep_next:
            self.el("w:keepNext", ppr)
        if keep_lines:
            self.el("w:keepLines", ppr)
        if page_break or (self.new_page and style != "Heading 1"):
            self.el("w:pageBreakBefore", ppr)
        self.new_page = False
        if self.rtl:
            self.el("w:bidi", ppr)
        for r in _trimmed(runs):
            self.run(p, r)
        return p

    def run(self, p, r: _Run):
        if self.ctx.lang == "zh" and not r.br and _CJK.search(r.text) and _CJK_AMBIGUOUS.search(r.text):
            # the quotation marks of a Chinese text in the East Asian font, as Word draws them (w:hint),
            # in a run of their own naming it: LibreOffice takes the Latin font for them otherwise
            for i, part in enumerate(_CJK_AMBIGUOUS.split(r.text)):
                if part:
                    self.one_run(p, replace(r, text=part), east_asian=bool(i % 2))
            return None
        return self.one_run(p, r)

    def one_run(self, p, r: _Run, east_asian: bool = False):
        el = self.el("w:r", p)
        rtl_text = bool(_RTL_LETTER.search(r.text))
        # Arabic in a report of another language (a user's title or name): the document's complex
        # script font is the Latin one (Arial: Liberation Sans in LibreOffice, without Arabic), and a
        # style may space its letters; the run names the Arabic face and spaces none, else
        # LibreOffice drew its letters and dots over one another (the French cover's subtitle)
        foreign = rtl_text and not self.rtl and not east_asian
        if r.bold or (r.italic and not rtl_text) or rtl_text or r.lang or east_asian:
            rpr = self.el("w:rPr", el)
            if east_asian:
                font = self.east_asian_font()
                self.el("w:rFonts", rpr, ascii=font, hAnsi=font, eastAsia=font, hint="eastAsia")
            elif foreign:
                self.el("w:rFonts", rpr, cs=ARABIC_FONT, hint="cs")
            if r.bold:
                self.el("w:b", rpr)
                self.el("w:bCs", rpr)
            if r.italic and not rtl_text:  # Arabic has no italic: a slanted face would be made up
                self.el("w:i", rpr)
                self.el("w:iCs", rpr)
            elif foreign:  # nor from a style of a Latin report (the cover's italic subtitle)
                self.el("w:i", rpr, val="0")
                self.el("w:iCs", rpr, val="0")
            if foreign:
                self.el("w:spacing", rpr, val="0")
            if rtl_text:
                self.el("w:rtl", rpr)
            if r.lang:  # Word hyphenates and checks its spelling in its own language
                self.el("w:lang", rpr, val=lang_tag(r.lang))
        if r.br:
            self.el("w:br", el)
        else:
            t = self.el("w:t", el)
            t.text = r.text
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        return el

    def east_asian_font(self) -> str:
        """The document's East Asian font (its default run properties', else :data:`EAST_ASIAN_FONT`)."""
        if not self.east_asian:
            found = self.doc.styles.element.xpath("./w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:eastAsia")
            self.east_asian = str(found[0]) if found else EAST_ASIAN_FONT
        return self.east_asian

    # --- the HTML, block by block -------------------------------------------------------------
    def section(self, sec, first: bool) -> None:
        classes = _classes(sec)
        self.new_page = not first
        if "toc" in classes:
            self.contents(sec)
            return
        self.region(classes, lambda: self.blocks(sec, "cover" in classes, "back" in classes))

    def region(self, classes: set[str], write: Callable[[], None]) -> None:
        """Write blocks; those of a ``plandraft`` element are remembered as a region of their own
        when the action plan alone is marked DRAFT, those of a ``planvalid`` one when it alone is not."""
        before = self.end.getprevious()
        write()
        last = self.end.getprevious()
        if self.region_class and self.region_class in classes and last is not before and before is not None:
            self.regions.append((before, last))

    def split_sections(self) -> None:
        """A section per marked region (a continuous break before it and after it: its first
        heading starts the page, whose header is the section's)."""
        from docx.oxml.ns import qn

        def sect_break():
            p = self.el("w:p")
            ppr = self.el("w:pPr", p)
            sect = copy.deepcopy(self.end)
            for child in list(sect):
                if child.tag in (qn("w:headerReference"), qn("w:footerReference"), qn("w:titlePg")):
                    sect.remove(child)
            kind = self.E("w:type")
            kind.set(qn("w:val"), "continuous")
            sect.insert(0, kind)
            if self.rtl:  # a right-to-left document's every paragraph, the section break's too
                self.el("w:bidi", ppr)
            ppr.append(sect)
            return p, sect

        for before, last in self.regions:
            if last.getnext() is self.end:  # the document's end: its last section is the region's
                self.marked.append(self.end)
            else:
                p, sect = sect_break()
                last.addnext(p)
                self.marked.append(sect)
            before.addnext(sect_break()[0])

    def blocks(self, parent, cover: bool = False, back: bool = False) -> None:
        for child in parent:
            if not isinstance(child.tag, str):
                continue
            tag, cls = child.tag, _classes(child)
            if tag in ("h1", "h2", "h3", "h4"):
                if "cover-title" in cls:
                    style = "Title"
                elif cover:
                    style = "Report Cover Heading"
                else:
                    style = f"Heading {min(int(tag[1]), 3)}"
                    if style == "Heading 2" and child.get("id") not in self.listed:
                        style = UNLISTED_HEADING
                if style in ("Heading 1", "Heading 2", UNLISTED_HEADING):
                    self.unlisted = style == UNLISTED_HEADING
                # a table's caption set as a heading (a budget's): kept with its table on the paragraph
                # itself, as the "sheethead" titles, whatever the template's heading style says
                p = self.paragraph(style, _inline(child), page_break="newpage" in cls, keep_next="budget-title" in cls)
                if style == "Heading 3" and self.unlisted:  # below its section's level 3: level 4
                    self.el("w:outlineLvl", p.find(self.qn("w:pPr")), val=3)
                if child.get("id"):
                    self.bookmark(p, child.get("id"))
                self.add(p)
            elif tag == "p":  # a table's title or lead-in kept with its table
                self.add(self.paragraph(_p_style(cls, back), _inline(child),
                                        keep_next=bool(cls & {"sheethead", "lead-in"}) or _before_whole(child)))
            elif tag in ("ul", "ol"):
                self.list_items(child)
            elif tag == "table":
                self.add(self.table(child))
            elif tag == "img":
                self.add(self.picture(child))
            else:  # div, section: their blocks in order
                self.region(cls, partial(self.blocks, child, cover, back))

    def list_items(self, ul, level: int = 1) -> None:
        """A list's items as List Bullet paragraphs (an ``ol``'s numbered in their order); a list
        inside an item (an outcome's indicators under the outcome) as List Bullet 2 paragraphs
        after it, never left out."""
        numbered = ul.tag == "ol"   # the decisions asked of the minister: numbered in their order, as the PDF
        items = [li for li in ul if isinstance(li.tag, str)]
        for n, li in enumerate(items, 1):
            if numbered:
                self.add(self.paragraph(_p_style(set(), False), [_Run(f"{n}. "), *_inline(li)]))
            else:
                # an item of several lines (an action at risk: its standing, reason, measure, who and
                # by when) on one page, never its last lines alone on the next
                runs = _inline(li)
                self.add(self.paragraph("List Bullet" if level == 1 else "List Bullet 2", runs,
                                        keep_lines=any(r.br for r in runs)))
            for inner in li:
                if isinstance(inner.tag, str) and inner.tag in ("ul", "ol"):
                    self.list_items(inner, 2)

    def contents(self, sec) -> None:
        """The contents page: its heading, then the PDF's entries, each its title linked to its
        heading's bookmark, a dotted leader and its page as a PAGEREF field to that bookmark
        (:data:`PAGEREF_FIELD`), saved with the PDF's page; Word and LibreOffice compute it on
        their own layout (a converter that computes nothing prints the PDF's)."""
        for child in sec:
            if child.tag in ("h1", "h2"):
                self.add(self.paragraph("TOC Heading", _inline(child)))
        for li in sec.iter("li"):
            target = next((a.get("href") or "" for a in li.iter("a")), "").removeprefix("#")
            page = self.pages.get(target)
            self.add(self.toc_entry(f"toc {2 if 'toc2' in _classes(li) else 1}", _inline(li), target,
                                    str(page) if page else ""))

    def bookmark(self, p, anchor: str) -> None:
        """A bookmark around the heading ``p`` of the PDF's ``anchor`` (:func:`mark_name`)."""
        self.bookmarks.add(anchor)
        n = str(len(self.bookmarks))
        start = self.E("w:bookmarkStart")
        start.set(self.qn("w:id"), n)
        start.set(self.qn("w:name"), mark_name(anchor))
        p.find(self.qn("w:pPr")).addnext(start)
        self.el("w:bookmarkEnd", p, id=n)

    def toc_entry(self, style: str, runs: list[_Run], target: str, page: str):
        """An entry of the contents: its text (a link to its heading), a dotted leader to the
        line's far end and its page, a PAGEREF field whose saved result is ``page``."""
        p = self.paragraph(style, runs)
        if not target:
            return p
        link = self.E("w:hyperlink")
        link.set(self.qn("w:anchor"), mark_name(target))
        link.set(self.qn("w:history"), "1")
        for r in p.findall(self.qn("w:r")):
            link.append(r)
        p.append(link)
        ppr = p.find(self.qn("w:pPr"))
        tabs = self.E("w:tabs")
        self.el("w:tab", tabs, val="right", leader="dot", pos=self.text_width)
        bidi = ppr.find(self.qn("w:bidi"))
        bidi.addprevious(tabs) if bidi is not None else ppr.append(tabs)
        self.el("w:tab", self.el("w:r", p))
        self.el("w:fldChar", self.el("w:r", p), fldCharType="begin", dirty="true")
        instr = self.el("w:instrText", self.el("w:r", p))
        instr.text = PAGEREF_FIELD.format(name=mark_name(target))
        instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        self.el("w:fldChar", self.el("w:r", p), fldCharType="separate")
        if page:
            self.run(p, _Run(page))
        self.el("w:fldChar", self.el("w:r", p), fldCharType="end")
        self.entries.append((p, target))
        return p

    def settle_contents(self) -> None:
        """An entry whose heading has no bookmark (none of the document's headings bears its
        anchor): its page as saved, no field ("Error! Bookmark not defined." otherwise)."""
        for p, target in self.entries:
            if target in self.bookmarks:
                continue
            for link in p.findall(self.qn("w:hyperlink")):
                for r in list(link):
                    link.addprevious(r)
                p.remove(link)
            for r in p.findall(self.qn("w:r")):
                if r.find(self.qn("w:fldChar")) is not None or r.find(self.qn("w:instrText")) is not None:
                    p.remove(r)

    def table(self, table):
        rows: list[tuple[bool, list]] = []
        for part in table:
            if not isinstance(part.tag, str):
                continue
            trs = [part] if part.tag == "tr" else [tr for tr in part if tr.tag == "tr"]
            rows.extend((part.tag == "thead", [c for c in tr if c.tag in ("td", "th")]) for tr in trs)
        ncols = max((sum(_span(c) for c in cells) for _, cells in rows), default=1) or 1
        widths, pt = self.widths(rows, ncols)
        widths = self.set_columns(_classes(table), widths)
        tbl = self.el("w:tbl")
        pr = self.el("w:tblPr", tbl)
        self.el("w:tblStyle", pr, val=self.style_ids["Report Table"])
        if self.rtl:
            self.el("w:bidiVisual", pr)
        self.el("w:tblW", pr, w=5000, type="pct")
        self.el("w:tblLayout", pr, type="fixed")
        header = any(h for h, _ in rows)
        self.el("w:tblLook", pr, val="04A0" if header else "0000", firstRow=int(header), lastRow=0,
                firstColumn=0, lastColumn=0, noHBand=1, noVBand=1)
        grid = self.el("w:tblGrid", tbl)
        for w in widths:
            self.el("w:gridCol", grid, w=w)
        for is_header, cells in rows:
            tr = self.el("w:tr", tbl)
            if is_header:
                self.el("w:tblHeader", self.el("w:trPr", tr))
            col = 0
            for cell in cells:
                span = min(_span(cell), ncols - col) or 1
                tc = self.el("w:tc", tr)
                tcpr = self.el("w:tcPr", tc)
                self.el("w:tcW", tcpr, w=sum(widths[col:col + span]), type="dxa")
                if span > 1:
                    self.el("w:gridSpan", tcpr, val=span)
                cls = _classes(cell)
                shade = next((SHADES[c] for c in cls if c in SHADES), None)
                if shade:
                    self.el("w:shd", tcpr, val="clear", color="auto", fill=shade[0])
                self.cell(tc, cell, is_header, cls, white=bool(shade and shade[1]))
                col += span
            for _ in range(col, ncols):  # a short row: empty cells to the grid's end
                tc = self.el("w:tc", tr)
                self.el("w:tcW", self.el("w:tcPr", tc), w=widths[min(col, ncols - 1)], type="dxa")
                tc.append(self.paragraph("Report Table Text", []))
        if pt < TABLE_PT:
            _size_runs(tbl, pt)
        self.keep_whole(table, tbl)
        if _classes(table) & _UNSPLIT_ROWS:
            self.rows_unsplit(tbl, pt)
        return tbl

    def rows_unsplit(self, tbl, pt: float) -> None:
        """Each row of ``tbl`` (a table of :data:`_UNSPLIT_ROWS`) not split across two pages
        (``w:cantSplit``) unless its estimated height passes :data:`_UNSPLIT_SHARE` of the page's: its
        tallest cell's lines, each paragraph's characters at about half an em each over the cell's
        width, a line 1.25 of the size high."""
        char, line = pt * 20 * 0.55, pt * 20 * 1.25
        for tr in tbl.findall(self.qn("w:tr")):
            tallest = 0.0
            for tc in tr.findall(self.qn("w:tc")):
                width = tc.find(f"{self.qn('w:tcPr')}/{self.qn('w:tcW')}")
                twips = max(int(width.get(self.qn("w:w"))) - 200, 400) if width is not None else 2000
                lines = sum(max(1, math.ceil(len("".join(t.text or "" for t in p.iter(self.qn("w:t")))) * char / twips))
                            for p in tc.findall(self.qn("w:p")))
                tallest = max(tallest, lines * line)
            trpr = tr.find(self.qn("w:trPr"))
            if tallest > self.text_height * _UNSPLIT_SHARE or (
                    trpr is not None and trpr.find(self.qn("w:cantSplit")) is not None):
                continue
            if trpr is None:
                trpr = self.E("w:trPr")
                tr.insert(0, trpr)
            trpr.insert(0, self.E("w:cantSplit"))

    def keep_whole(self, table, tbl) -> None:
        """A funding request's table (a budget, the co-financing shares, the sustainability table, a
        signature block, a partner edition's short results framework) on one page, as the PDF keeps
        it: no row split, each row kept with the next, the last with the rounding note under it (a
        total never alone at the top of a page, its header left behind)."""
        trs = tbl.findall(self.qn("w:tr"))
        if not (_classes(table) & _WHOLE_TABLES or _short_framework(table, len(trs))) or len(trs) > _WHOLE_ROWS_MAX:
            return
        after = table.getnext()
        # the rounding note under a budget, the sentence naming who commits the national part
        noted = after is not None and after.tag == "p" and (
            bool(_classes(after) & {"small", "rounding"}) or "shares" in _classes(table))
        # a signature box kept with the next one: the block on one page with its heading (the
        # partner's box alone on the next page, the government's left behind, was seen), while it fits
        noted = noted or ("signature" in _classes(table) and after is not None and "signature" in _classes(after)
                          and len(table.getparent()) <= _SIGNATURES_KEPT_MAX)
        for i, tr in enumerate(trs):
            trpr = tr.find(self.qn("w:trPr"))
            if trpr is None:
                trpr = self.E("w:trPr")
                tr.insert(0, trpr)
            trpr.insert(0, self.E("w:cantSplit"))
            if i < len(trs) - 1 or noted:
                for ppr in tr.iter(self.qn("w:pPr")):
                    if ppr.find(self.qn("w:keepNext")) is None:
                        style = ppr.find(self.qn("w:pStyle"))
                        keep = self.E("w:keepNext")
                        style.addnext(keep) if style is not None else ppr.insert(0, keep)

    def cell(self, tc, cell, is_header: bool, cls: set[str], white: bool) -> None:
        style = ("Report Table Number" if "num" in cls else
                 "Report Table Heading" if is_header or cell.tag == "th" else "Report Table Text")
        blocks = [c for c in cell if isinstance(c.tag, str) and c.tag in ("ul", "ol", "p")]
        made = []
        if blocks:  # a cell of lists (the section scores' reasons): a paragraph per item
            for b in blocks:
                items = [li for li in b if isinstance(li.tag, str)] if b.tag in ("ul", "ol") else [b]
                made += [self.paragraph(style, self.cell_runs([_Run("• ") if b.tag != "p" else _Run(), *_inline(li)]))
                         for li in items]
        else:
            made.append(self.paragraph(style, self.cell_runs(_inline(cell))))
        for p in made:
            if white:
                for r in p.iter(self.qn("w:r")):
                    rpr = r.find(self.qn("w:rPr"))
                    if rpr is None:
                        rpr = self.E("w:rPr")
                        r.insert(0, rpr)
                    color = self.E("w:color")
                    color.set(self.qn("w:val"), "FFFFFF")
                    rtl = rpr.find(self.qn("w:rtl"))
                    rtl.addprevious(color) if rtl is not None else rpr.append(color)
            tc.append(p)

    def cell_runs(self, runs: list[_Run]) -> list[_Run]:
        """A table cell's runs; in a right-to-left document, each bracketed figure ("(2026)", "25 %
        (2025)") isolated left to right (:func:`figures_isolated`), which the document's one rule
        then writes as direction marks (:func:`_isolates_as_marks`)."""
        if not self.rtl:
            return runs
        return [replace(r, text=figures_isolated(r.text)) if r.text else r for r in runs]

    def widths(self, rows: list[tuple[bool, list]], ncols: int) -> tuple[list[int], float]:
        """Column widths (twips) and the type size (pt) of a table: each column at least its widest
        piece no line may break (an amount with its currency, a date, a code, a word), measured in
        the fonts the document names (measure.word_faces: Arial's metrics: "267 300 00 / 0"
        where the column was sized by counting characters) — a word of text up to a quarter of the
        line (a longer one breaks), a number's cell whole whatever it takes — and the rest of the
        line shared in proportion to the longest text a column holds (capped). When those pieces
        do not fit the line at the tables' size, the type shrinks until they do, as the PDF's
        (plan/chapter.amount_columns: a plan's totals in trillions in six columns broke inside
        their digits in LibreOffice's print, "1 127 303 265 750 96 / 7"), to :data:`TABLE_PT_LEAST`."""
        pt = TABLE_PT
        least, weight, firm = self.least_widths(rows, ncols, pt)
        room = self.text_width - ncols * CELL_PADDING_TWIPS
        # only what may not wrap shrinks the type (a long text's word, capped, breaks where it must:
        # four columns of long addresses are no reason for 5 pt); no room at all, nothing to gain
        while room > 0 and sum(firm) > room and pt > TABLE_PT_LEAST:
            pt = max(TABLE_PT_LEAST, math.floor(pt * room / sum(firm) * 2) / 2)  # Word's half points
            least, weight, firm = self.least_widths(rows, ncols, pt)
        floor = [n + CELL_PADDING_TWIPS for n in least]
        if sum(floor) >= self.text_width:
            return self.squeezed(least, firm), pt
        if not sum(weight):  # every column a number column: the rest shared evenly
            weight = [1.0] * ncols
        rest, total = self.text_width - sum(floor), sum(weight)
        out = [f + int(rest * w / total) for f, w in zip(floor, weight, strict=True)]
        out[-1] += self.text_width - sum(out)
        return out, pt

    def set_columns(self, classes: set[str], widths: list[int]) -> list[int]:
        """``widths`` of a table of :data:`COLUMNS_MM`: its set columns as wide as the PDF's, the
        others the rest of the line in proportion to their measured widths (as measured when the set
        ones leave no room)."""
        mm = next((COLUMNS_MM[c] for c in sorted(classes) if c in COLUMNS_MM), None)
        if mm is None or len(mm) != len(widths):
            return widths
        fixed = [None if m is None else int(m * TWIPS_PER_MM) for m in mm]
        rest = self.text_width - sum(f for f in fixed if f is not None)
        free = sum(w for w, f in zip(widths, fixed, strict=True) if f is None)
        if rest <= 0 or not free:
            return widths
        out = [f if f is not None else int(rest * w / free) for w, f in zip(widths, fixed, strict=True)]
        out[-1] += self.text_width - sum(out)
        return out

    def squeezed(self, least: list[int], firm: list[int]) -> list[int]:
        """Column widths when the widest pieces do not fit the line: every column its firm piece
        (an amount whole), the rest shared in proportion to what the capped words would take more
        (they break); when even the firm pieces do not fit, all in proportion to them."""
        hard = [n + CELL_PADDING_TWIPS for n in firm]
        rest, more = self.text_width - sum(hard), [a - b for a, b in zip(least, firm, strict=True)]
        if rest <= 0 or not sum(more):
            return [max(200, int(self.text_width * h / sum(hard))) for h in hard]
        out = [h + int(rest * m / sum(more)) for h, m in zip(hard, more, strict=True)]
        out[-1] += self.text_width - sum(out)
        return out

    def least_widths(self, rows: list[tuple[bool, list]], ncols: int,
                     pt: float) -> tuple[list[int], list[float], list[int]]:
        """Each column's widest piece no line may break at ``pt`` (twips: a word of text capped at a
        quarter of the line), its weight (the longest text it holds, capped) and its widest piece
        that is not capped (an amount, a word under the cap: what shrinking the type must fit).
        A number column (every cell below the heading one to three digits or empty: "No.") weighs nothing:
        as narrow as its heading's longest word, as the PDF's (its heading on two lines, "Plan /
        no."), never a share of the line the action column beside it needs."""
        least = [0] * ncols
        weight = [3.0] * ncols
        firm = [0] * ncols
        ordinal = [0] * ncols   # a column's cells of one to three digits; -1: one that is not
        cap = self.text_width // 4
        for is_header, cells in rows:
            col = 0
            for c in cells:
                if _span(c) == 1 and col < ncols:
                    text = " ".join(c.itertext()).strip()
                    number = "num" in _classes(c)
                    twips = self.unbroken_twips(text, is_header or c.tag == "th", True, pt)
                    least[col] = max(least[col], twips if number else min(twips, cap))
                    if number or twips < cap:
                        firm[col] = max(firm[col], twips)
                    weight[col] = max(weight[col], min(_shown_width(text), 42))
                    shown = _INVISIBLE.sub("", text)
                    if shown and not (is_header or c.tag == "th") and ordinal[col] >= 0:  # an empty cell: either
                        ordinal[col] = ordinal[col] + 1 if _ORDINAL.fullmatch(shown) else -1
                col += _span(c)
        return least, [0.0 if n > 0 else w for n, w in zip(ordinal, weight, strict=True)], firm

    def unbroken_twips(self, text: str, bold: bool, number: bool, pt: float = TABLE_PT) -> int:
        """The width (twips) of the widest piece of a cell's ``text`` no line may break, in the
        document's fonts at ``pt`` (a little over, as a layout rounds); a word of text no more
        than a quarter of the line."""
        from .measure import widest_unbroken_mm, word_faces

        shown = _INVISIBLE.sub("", text)
        mm = widest_unbroken_mm([shown], pt, bold=bold, faces=word_faces()) * 1.04
        twips = int(mm * TWIPS_PER_MM) + 1
        return twips if number else min(twips, self.text_width // 4)

    def picture(self, img):
        """A chart: the PNG drawn for Word, the text width wide, its alternative text the PDF's."""
        name = (img.get("src") or "").removeprefix("chart:")
        alt = xml_text(img.get("alt") or "")
        if name not in self.charts:
            return self.paragraph("Report Muted", [_Run(alt)])
        png, w_in, h_in = self.charts[name]
        from docx.shared import Emu

        width = min(int(self.text_width * 635), int(w_in * 914400))
        height = int(width * h_in / w_in)
        inline = self.doc.part.new_pic_inline(io.BytesIO(png), Emu(width), Emu(height))
        self.pictures += 1
        doc_pr = inline.find("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")
        doc_pr.set("id", str(1000 + self.pictures))
        doc_pr.set("name", f"Chart {self.pictures}")
        doc_pr.set("descr", alt)
        p = self.paragraph("Report Chart", [])
        drawing = self.el("w:drawing", self.el("w:r", p))
        drawing.append(inline)
        return p

    # --- header, footer, settings ---------------------------------------------------------------
    def head_and_foot(self, draft: str) -> None:
        """Each section's header (country, title; the DRAFT watermark on every page until the
        assessment is final — but the action plan's sections once the government validated it —,
        then on the action plan's sections until the plan is validated) and the footer (page N of
        M, versions, date); the cover's page has neither."""
        from docx.oxml import parse_xml

        s, ctx = self.ctx.s, self.ctx
        marks = [0]

        def fill(part_element, runs: list, tabbed: bool, mark: str) -> None:
            for child in list(part_element):
                part_element.remove(child)
            p = self.paragraph("Footer" if part_element.tag == W + "ftr" else "Header", [])
            if tabbed:
                ppr = p.find(self.qn("w:pPr"))
                tabs = self.E("w:tabs")
                # the far end of the line (in a right-to-left paragraph too)
                self.el("w:tab", tabs, val="right", pos=self.text_width)
                ppr.find(self.qn("w:pStyle")).addnext(tabs)
            if mark:
                marks[0] += 1
                p.append(parse_xml(_WATERMARK.format(w=W_NS, n=marks[0], spid=2048 + marks[0], text=_attr(mark))))
            for r in runs:
                if isinstance(r, str):
                    if r == "\t":
                        self.el("w:tab", self.el("w:r", p))
                    else:
                        self.run(p, _Run(r))
                else:
                    p.append(r)
            part_element.append(p)

        def field(code: str, shown: str):
            f = self.E("w:fldSimple")
            f.set(self.qn("w:instr"), f" {code} ")
            self.run(f, _Run(shown))
            return f

        # as the PDF's (base.html.j2): the implementation report's own title, and no questionnaire
        # or application in its footer (the ministry's document)
        head = [xml_text(ctx.country), "\t", xml_text(ctx.progress.title if ctx.progress else s["report_title"])]
        version = "" if ctx.progress else \
            f" · {s['questionnaire_version']} {ctx.questionnaire_version} · capacity-app {ctx.app_version}"
        sect_prs = self.body.xpath("./w:p/w:pPr/w:sectPr | ./w:sectPr")
        for i, (section, sect) in enumerate(zip(self.doc.sections, sect_prs, strict=True)):
            plans = any(sect is m for m in self.marked)
            mark = ("" if plans and self.region_class == "planvalid" else draft) if draft else \
                (self.plan_mark if plans else "")
            if i == 0:
                section.different_first_page_header_footer = True
                fill(section.first_page_header.part.element, [], False, mark)
                fill(section.first_page_footer.part.element, [], False, "")
                # the footer's words around the two counters in the language's order, as the PDF's
                # ("第3页，共41页", "{pages}: стр. {page}": page_footer)
                counters = {"page": ("PAGE", "1"), "pages": ("NUMPAGES", "1")}
                words = [field(*counters[p[0]]) if isinstance(p, tuple) and p[0] in counters
                         else p if isinstance(p, str) else "{" + p[0] + "}"
                         for p in placeholders.parts(s["page_footer"])]
                fill(section.footer.part.element,
                     [*words, *([version] if version else []), "\t", f"{s['generated_on']} {ctx.generated}"], True, "")
            else:  # its own header (marked or not); the footer the first section's
                section.header.is_linked_to_previous = False
            fill(section.header.part.element, head, True, mark)
            if self.rtl:
                sect.insert_element_before(self.E("w:bidi"), "w:rtlGutter", "w:docGrid", "w:printerSettings",
                                           "w:sectPrChange")


def _shown_width(text: str) -> int:
    """The width of ``text`` in characters, a CJK character (wide) counting two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _attr(text: str) -> str:
    from xml.sax.saxutils import quoteattr

    return quoteattr(xml_text(text))[1:-1]


def _classes(el) -> set[str]:
    return set((el.get("class") or "").split())


def _short_framework(table, rows: int) -> bool:
    """``table`` is the partner edition's results framework (its "programme" part) of ``rows`` rows,
    its header row among them, short enough to be kept on one page (:data:`_SHORT_FRAMEWORK_ROWS`)."""
    return ("framework" in _classes(table) and rows <= _SHORT_FRAMEWORK_ROWS + 1
            and any("programme" in _classes(s) for s in table.iterancestors("section")))


def _before_whole(p) -> bool:
    """``p`` comes right before a table kept on one page (or the block of signature tables): the
    sentence above the signature block is not left at the foot of a page without it."""
    after = p.getnext()
    return after is not None and bool(_classes(after) & (_WHOLE_TABLES | {"signatures"}))


def _span(cell) -> int:
    try:
        return max(1, int(cell.get("colspan") or 1))
    except ValueError:
        return 1


def _p_style(cls: set[str], back: bool) -> str:
    for c, style in (("kicker", "Report Kicker"), ("cover-sub", "Subtitle"), ("planstamp", "Report Stamp"),
                     ("big", "Report Score"), ("cover-foot", "Report Small"), ("small", "Report Small"),
                     ("muted", "Report Muted")):
        if c in cls:
            return style
    return "Report Back" if back else "Normal"


def _inline(el, bold: bool = False, italic: bool = False, out: list[_Run] | None = None) -> list[_Run]:
    """The text of ``el`` as runs: bold (b, strong, th) and italic (i, em, a change mark), a line
    break for ``br``, a ``<span dir>`` whose direction differs from the document's isolated."""
    out = [] if out is None else out
    first = len(out)
    if el.text:
        out.append(_Run(el.text, bold, italic))
    for child in el:
        if isinstance(child.tag, str):
            if child.tag == "br":
                out.append(_Run(br=True))
            elif child.tag not in _BLOCKS:
                cls = _classes(child)
                b = bold or child.tag in ("b", "strong") or "lbl" in cls
                i = italic or child.tag in ("i", "em") or "changed" in cls
                start = len(out)
                _inline(child, b, i, out)
                if child.get("dir") in ("ltr", "rtl") and len(out) > start:  # bidi.isolate's span
                    out[start].text = LRI + out[start].text if child.get("dir") == "ltr" else out[start].text
                    out[-1].text = out[-1].text + PDI if child.get("dir") == "ltr" else out[-1].text
        if child.tail:
            out.append(_Run(child.tail, bold, italic))
    if el.get("lang"):  # a text in another script than the document's (reports/bidi.html_scripts_marked)
        for r in out[first:]:
            r.lang = el.get("lang")
    if "lines" in _classes(el):  # white-space: pre-line (report.css .lines): each line break kept
        out[first:] = _line_breaks(out[first:])
    return out


def _line_breaks(runs: list[_Run]) -> list[_Run]:
    """``runs`` with each line break of their text a break of its own (the cover's validation
    record: its date, event and approver a line each, as the PDF prints them)."""
    out: list[_Run] = []
    for r in runs:
        for i, part in enumerate(r.text.split("\n") if not r.br else [r.text]):
            if i:
                out.append(_Run(br=True))
            if part or r.br:
                out.append(replace(r, text=part))
    return out


def _trimmed(runs: list[_Run]) -> list[_Run]:
    """HTML's white space: runs of it one space, none at the start or the end of a line."""
    out: list[_Run] = []
    at_line_start = True
    for r in runs:
        if r.br:
            if out and not out[-1].br:
                out[-1].text = out[-1].text.rstrip(" ")
            out.append(r)
            at_line_start = True
            continue
        text = _SPACES.sub(" ", r.text)
        if at_line_start or (out and not out[-1].br and out[-1].text.endswith(" ")):
            text = text.lstrip(" ")
        if not text:
            continue
        out.append(_Run(text, r.bold, r.italic, lang=r.lang))
        at_line_start = False
    while out and out[-1].br:
        out.pop()
    if out:
        out[-1].text = out[-1].text.rstrip(" ")
        if not out[-1].text:
            out.pop()
    return out


# --- the document ---------------------------------------------------------------------------------

def template_path() -> Path:
    """The bundled template (tools/word_template.py)."""
    return report_dir() / TEMPLATE_NAME


def open_template(template: str | Path | None):
    """The python-docx Document the report is written into: ``template`` (a ministry's .docx) or
    the bundled one, its body emptied (its page size, margins and styles kept) and every style the
    report uses that it lacks copied from the bundled template. A ministry's template is checked
    first (:func:`read_template`), before python-docx is even imported."""
    bundled = template_path()
    path = Path(template) if template else bundled
    checked = read_template(path) if path != bundled else None

    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    try:
        doc = docx.Document(io.BytesIO(checked) if checked is not None else str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, ValueError, KeyError, OSError,
            etree.XMLSyntaxError):  # not a .docx (a .dotx, a damaged file, a folder)
        raise ReportError(said_text("cli.template_not_docx", file=path.name)) from None
    body = doc.element.body
    for child in list(body):
        if child is not body.sectPr:
            body.remove(child)
    if path != bundled:
        _missing_styles(doc, docx.Document(str(bundled)))
    return doc


def read_template(path: Path) -> bytes:
    """The bytes of a ministry's template, read once (a regular file of at most TEMPLATE_MAX) and
    checked as a zip within TEMPLATE_BOUNDS (files.zip_problem) before python-docx parses them:
    raises ReportError in one line."""
    try:
        data = read_regular(path, TEMPLATE_MAX)
    except InputFileError as exc:
        raise ReportError(said_text(_file_refusal(exc.reason), file=path.name,
                                    mb=TEMPLATE_MAX // (1024 * 1024))) from None
    problem = zip_problem(data, TEMPLATE_BOUNDS)
    if problem:
        key = next((k for marks, k in _ZIP_REFUSALS if any(m in problem for m in marks)), "cli.template_not_docx")
        raise ReportError(said_text(key, file=path.name))
    return data


# read_regular's and zip_problem's refusals of a template, as one line of domain.texts (cli.*) each,
# which cli/said.py says again in the command line's language (no library's words in it)
def _file_refusal(reason: str) -> str:
    if reason == "no such file":
        return "cli.template_missing"
    if reason.startswith("is too large"):
        return "cli.template_too_large"
    return "cli.template_not_file" if reason.startswith("is ") else "cli.template_unreadable"


_ZIP_REFUSALS = ((("is encrypted",), "cli.template_encrypted"),
                 (("zip bomb", "too many members"), "cli.template_unpacks_too_much"))


# The PDF's isolates (reports/bidi.py: U+2066-U+2068 ... U+2069) as Word's and LibreOffice's
# direction marks: LibreOffice 7.4 breaks a line holding isolates as many characters
# after the break it chose as there are isolates before it ("records (r / eleases a year",
# "0.9227 EU / R" in the Arabic demo's print), and Word long ignored them. An isolate is neutral to
# the text around it, a mark is strong: an isolate of the direction around it is written with the
# mark of that direction at both ends (RLM ... RLM in a right-to-left paragraph), one of the other
# direction with that direction's marks inside the surrounding direction's (RLM LRM ... LRM RLM),
# so that what lies between two isolates ("1,000، 2,500": a space, a comma) takes the paragraph's
# direction again instead of joining them into one run read the wrong way round (found by a
# Word editor's review). An isolate of the other direction holding letters or an isolate of the surrounding
# direction again ("وزارة (NSO)" in an English sentence, an Arabic name inside an English title
# inside an Arabic sentence) needs a level of its own, which marks cannot give: it is an embedding
# (LRE/RLE ... PDF) between the surrounding direction's marks.
_MARKS = {"L": "\u200e", "R": "\u200f"}
_EMBEDDINGS = {"L": "\u202a", "R": "\u202b"}
_POP = "\u202c"
_STRONG = {"L": "L", "R": "R", "AL": "R"}
_ISOLATES = re.compile("[\u2066-\u2069]")


@dataclass
class _Isolate:
    direction: str  # "L", "R" or "" (first strong, decided once its text is read)
    inside: list  # str and _Isolate


def _isolate_tree(text: str) -> list:
    """``text`` as strings and :class:`_Isolate` (a closing character with no opening dropped, an
    isolate left open closed at the end, as UAX #9 closes it at the paragraph's)."""
    top: list = []
    stack = [top]
    for piece in re.split("([\u2066-\u2069])", text):
        if piece in ("\u2066", "\u2067", "\u2068"):
            node = _Isolate({"\u2066": "L", "\u2067": "R"}.get(piece, ""), [])
            stack[-1].append(node)
            stack.append(node.inside)
        elif piece == "\u2069":
            if len(stack) > 1:
                stack.pop()
        elif piece:
            stack[-1].append(piece)
    return top


def _first_strong(nodes: list) -> str:
    """The direction ("L" or "R") of the first strong letter of an isolate's own text, nested
    isolates skipped (UAX #9, P2), "L" when it has none."""
    import unicodedata

    for ch in "".join(n for n in nodes if isinstance(n, str)):
        kind = unicodedata.bidirectional(ch)
        if kind in ("L", "R", "AL"):
            return "L" if kind == "L" else "R"
    return "L"


def _turns(nodes: list, direction: str) -> bool:
    """Within ``nodes``, at any depth, a letter or an isolate of the other direction than
    ``direction`` (the text an isolate of that direction holds in the other's order)."""
    import unicodedata

    for n in nodes:
        if isinstance(n, _Isolate):
            if (n.direction or _first_strong(n.inside)) != direction or _turns(n.inside, direction):
                return True
        elif any(_STRONG.get(unicodedata.bidirectional(ch), direction) != direction for ch in n):
            return True
    return False


def _write_marked(nodes: list, around: str, out: list[str]) -> None:
    for n in nodes:
        if isinstance(n, str):
            out.append(n)
            continue
        if not n.direction:
            n.direction = _first_strong(n.inside)
        if n.direction == around:
            out.append(_MARKS[around])
            _write_marked(n.inside, around, out)
            out.append(_MARKS[around])
            continue
        embedded = _turns(n.inside, n.direction)
        out += [_MARKS[around], _EMBEDDINGS[n.direction] if embedded else _MARKS[n.direction]]
        _write_marked(n.inside, n.direction, out)
        out += [_POP if embedded else _MARKS[n.direction], _MARKS[around]]


# A bracketed figure in a right-to-left table cell ("(2026)", a baseline's "25 % (2025)"): its
# digits and brackets are neutral or weak, so LibreOffice laid them out by the cell's direction and
# wrapped the line inside them (")2026(", "(" left at one line's end and "2025)" on the next); the PDF
# kept them whole. Isolated left to right, they are written as marks by the one rule below.
_FIGURE_IN_BRACKETS = re.compile(r"\(([^()\n]*)\)")


def figures_isolated(text: str) -> str:
    """``text`` with each bracketed group that holds a figure and no letter in a left-to-right
    isolate (LRI ... PDI), its brackets and digits in that order whatever the paragraph's direction."""
    import unicodedata

    def one(m: re.Match[str]) -> str:
        inside = m.group(1)
        if not any(ch.isdigit() for ch in inside) or any(unicodedata.category(ch).startswith("L") for ch in inside):
            return m.group(0)
        return f"{LRI}{m.group(0)}{PDI}"

    return _FIGURE_IN_BRACKETS.sub(one, text)


def marked(text: str, rtl: bool) -> str:
    """``text``, in a paragraph right to left or not, with each isolate written as direction marks
    (and an embedding where marks cannot hold it): the order UAX #9 reads it in is the isolates'."""
    out: list[str] = []
    _write_marked(_isolate_tree(text), "R" if rtl else "L", out)
    return "".join(out)


def _isolates_as_marks(doc) -> None:
    """:func:`marked` on every paragraph of the body, the headers and the footers (an isolate may
    open in one run and close in another), in the paragraph's direction."""
    parts = [doc.element]
    for section in doc.sections:
        for hf in (section.header, section.first_page_header, section.even_page_header,
                   section.footer, section.first_page_footer, section.even_page_footer):
            if not hf.is_linked_to_previous and all(hf.part.element is not p for p in parts):
                parts.append(hf.part.element)
    for root in parts:
        for p in root.iter(f"{W}p"):
            texts = [t for t in p.iter(f"{W}t") if t.text]
            if not any(_ISOLATES.search(t.text) for t in texts):
                continue
            bidi = p.find(f"{W}pPr/{W}bidi")
            rtl = bidi is not None and bidi.get(f"{W}val", "1") not in ("0", "false", "off")
            for t, new in zip(texts, marked("\x00".join(t.text for t in texts), rtl).split("\x00"), strict=True):
                t.text = new


def _size_runs(tbl, pt: float) -> None:
    """Every run of ``tbl`` at ``pt`` (its Latin and complex-script sizes, in half points)."""
    half = str(round(pt * 2))
    for r in tbl.iter(f"{W}r"):
        rpr = r.find(f"{W}rPr")
        if rpr is None:
            rpr = r.makeelement(f"{W}rPr", {})
            r.insert(0, rpr)
        for old in rpr.findall(f"{W}sz") + rpr.findall(f"{W}szCs"):
            rpr.remove(old)
        sizes = [rpr.makeelement(f"{W}{t}", {f"{W}val": half}) for t in ("sz", "szCs")]
        after = next((c for c in rpr if c.tag in _AFTER_SIZE), None)
        for el in sizes:
            after.addprevious(el) if after is not None else rpr.append(el)


def _missing_styles(doc, bundled) -> None:
    """The bundled template's styles a ministry's template lacks, each based on the template's own
    style of the same name (its Heading 2 for Heading 2 Unlisted, whatever its id)."""
    from docx.oxml.ns import qn

    have = {s.name for s in doc.styles}
    names = {s.style_id: s.name for s in bundled.styles}
    for name in STYLES:
        if name not in have:
            el = copy.deepcopy(bundled.styles[name].element)
            base = el.find(qn("w:basedOn"))
            if base is not None and names.get(base.get(qn("w:val"))) in have:
                base.set(qn("w:val"), doc.styles[names[base.get(qn("w:val"))]].style_id)
            doc.styles.element.append(el)


def _language(doc, lang: str) -> None:
    """The document's language in its default run properties (and the theme's fonts): Word's
    spelling, hyphenation and screen readers follow it; Chinese names its East Asian font."""
    from docx.oxml.ns import qn

    tag = lang_tag(lang)
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = styles.makeelement(qn("w:docDefaults"), {})
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = defaults.makeelement(qn("w:rPrDefault"), {})
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = rpr_default.makeelement(qn("w:rPr"), {})
        rpr_default.append(rpr)
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    # Latin and Cyrillic text takes w:val, Chinese characters w:eastAsia: a Chinese document's
    # Latin names and codes are English to Word and LibreOffice (as Word's own Chinese documents),
    # never Chinese, whose line breaking LibreOffice applies between any two letters ("Consular D /
    # epartment", "以US / D计")
    el = rpr.makeelement(qn("w:lang"), {qn("w:val"): tag if lang != "zh" else lang_tag("en"),
                                        qn("w:eastAsia"): lang_tag("zh"), qn("w:bidi"): lang_tag("ar")})
    successors = [qn(f"w:{t}") for t in ("eastAsianLayout", "specVanish", "oMath")]
    nxt = next((c for c in rpr if c.tag in successors), None)
    nxt.addprevious(el) if nxt is not None else rpr.append(el)
    if lang in ("zh", "ar"):
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.insert(0, fonts)
        if lang == "zh":
            fonts.set(qn("w:eastAsia"), fonts.get(qn("w:eastAsia")) or EAST_ASIAN_FONT)
            fonts.set(qn("w:hint"), "eastAsia")
        else:
            fonts.set(qn("w:cs"), ARABIC_FONT)
    if lang == "ar":
        _arabic_face(doc)
    if lang == "ar":  # every paragraph style right to left by default, as its paragraphs are
        for st in doc.styles:
            if st.type == 1 and st.element.find(qn("w:pPr")) is not None:  # paragraph styles
                ppr = st.element.find(qn("w:pPr"))
                if ppr.find(qn("w:bidi")) is None:
                    ppr.insert_element_before(ppr.makeelement(qn("w:bidi"), {}), *[
                        f"w:{t}" for t in ("adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
                                               "mirrorIndents", "suppressOverlap", "jc", "textDirection",
                                               "textAlignment", "textboxTightWrap", "outlineLvl", "divId",
                                               "cnfStyle", "rPr", "sectPr", "pPrChange")])


def _arabic_face(doc) -> None:
    """An Arabic document's complex-script font, :data:`ARABIC_FONT`, in every style (a style's
    theme font, ``w:cstheme``, would name the theme's Times New Roman or Arial, which LibreOffice
    replaces by Liberation fonts without Arabic: the letters then come from another font than the
    colon or the « beside them, drawn over the lam-alef), and each paragraph style's lines
    spaced exactly 1.4 times its size (that face's ascent and descent are twice an em: lines spaced
    by them would take half as many pages again as the PDF); a chart's paragraph keeps its own. No
    style spaces its letters (the cover's kicker): spaced, Arabic letters are drawn apart and over
    one another. No style slants Arabic (``w:iCs``: the template's Subtitle has it, and Writer drew
    the Arabic cover's subtitle in a made-up italic)."""
    from docx.oxml.ns import qn

    for rpr in doc.styles.element.iter(qn("w:rPr")):  # no letter spacing: it breaks Arabic's joined letters
        for unwanted in rpr.findall(qn("w:spacing")) + rpr.findall(qn("w:iCs")):
            rpr.remove(unwanted)
    for fonts in doc.styles.element.iter(qn("w:rFonts")):
        for theme in ("w:cstheme", "w:hint"):
            fonts.attrib.pop(qn(theme), None)
        if fonts.get(qn("w:cs")):
            fonts.set(qn("w:cs"), ARABIC_FONT)
    for st in doc.styles:
        if st.type != 1 or st.name == "Report Chart":  # paragraph styles
            continue
        ppr = st.element.get_or_add_pPr()
        spacing = ppr.find(qn("w:spacing"))
        if spacing is None:
            spacing = ppr.makeelement(qn("w:spacing"), {})
            ppr.insert_element_before(spacing, *[f"w:{t}" for t in (
                "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
                "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr",
                "pPrChange")])
        spacing.set(qn("w:line"), str(round(_size_half_points(st) * ARABIC_LINE * 10)))
        spacing.set(qn("w:lineRule"), "exact")


def _size_half_points(style) -> int:
    """A style's complex-script size in half-points (its own or the nearest base style's; 22 if none)."""
    from docx.oxml.ns import qn

    while style is not None:
        rpr = style.element.find(qn("w:rPr"))
        for tag in ("w:szCs", "w:sz"):
            size = rpr.find(qn(tag)) if rpr is not None else None
            if size is not None and (size.get(qn("w:val")) or "").isdigit():
                return int(size.get(qn("w:val")))
        style = style.base_style
    return 22


def _settings(doc, lang: str) -> None:
    """``updateFields`` (the contents and page numbers are updated when Word opens the document)
    and the theme's languages."""
    from docx.oxml.ns import qn

    settings = doc.settings.element
    for old in settings.findall(qn("w:updateFields")):
        settings.remove(old)
    update = settings.makeelement(qn("w:updateFields"), {qn("w:val"): "true"})
    after = ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
             "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
             "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
             "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator")
    settings.insert_element_before(update, *[f"w:{t}" for t in after])
    theme = settings.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), lang_tag(lang))
        theme.set(qn("w:eastAsia"), lang_tag("zh"))
        theme.set(qn("w:bidi"), lang_tag("ar"))


def _data_parts(doc, ctx: ReportContext) -> None:
    """The data the PDF attaches (the JSON), as a custom XML part of the document: its root
    element names the file and holds the JSON as text (ASCII, every other character escaped by
    JSON), with the item's properties part Word expects."""
    from lxml import etree

    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    package = doc.part.package
    for a in ctx.attachments:
        if a.mime != "application/json":
            continue
        item_name = package.next_partname("/customXml/item%d.xml")  # Word's own template holds one
        n = int(re.sub(r"\D", "", item_name.filename))
        data = json.dumps(json.loads(a.payload()), ensure_ascii=True, indent=1)
        root = etree.Element(f"{{{DATA_NAMESPACE}}}data", nsmap={None: DATA_NAMESPACE})
        root.set("name", xml_text(a.name))
        root.set("mediaType", a.mime)
        root.set("description", xml_text(a.description))
        root.text = data
        blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        item_id = "{" + str(uuid.uuid5(uuid.NAMESPACE_URL, DATA_NAMESPACE + data)).upper() + "}"
        props = (f'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{item_id}" '
                 'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs>'
                 f'<ds:schemaRef ds:uri="{DATA_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>').encode()
        item = Part(PackURI(item_name), "application/xml", blob, package)
        prop_part = Part(PackURI(f"/customXml/itemProps{n}.xml"),
                         "application/vnd.openxmlformats-officedocument.customXmlProperties+xml", props, package)
        item.relate_to(prop_part, RT.CUSTOM_XML_PROPS)
        doc.part.relate_to(item, RT.CUSTOM_XML)


def read_data(path: str | Path) -> list[dict[str, Any]]:
    """The data carried by a Word report (its custom XML parts of :data:`DATA_NAMESPACE`):
    ``{"name", "mediaType", "description", "data"}`` each, the JSON parsed."""
    import zipfile

    from lxml import etree

    out = []
    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            if re.fullmatch(r"customXml/item\d+\.xml", name):
                root = etree.fromstring(z.read(name), etree.XMLParser(resolve_entities=False, no_network=True))
                if root.tag == f"{{{DATA_NAMESPACE}}}data":
                    out.append({"name": root.get("name"), "mediaType": root.get("mediaType"),
                                "description": root.get("description"), "data": json.loads(root.text or "null")})
    return out


def _core(doc, ctx: ReportContext) -> None:
    import datetime as _dt

    core = doc.core_properties
    core.title = xml_text(ctx.title)
    core.subject = xml_text(ctx.subject)
    core.keywords = xml_text(("، " if ctx.lang == "ar" else ", ").join(ctx.keywords))  # the Arabic comma
    core.author = xml_text(ctx.author)
    core.last_modified_by = xml_text(ctx.author)
    core.language = lang_tag(ctx.lang)
    core.comments = f"capacity-app {ctx.app_version}"
    core.category = ""
    core.revision = 1
    when = _dt.datetime.fromisoformat(ctx.generated_iso)
    core.created = core.modified = when


def _document(ctx: ReportContext, tree: Any, charts: dict, pages: dict[str, int] | None,
              template: str | Path | None, step: Callable[[float, str], None]) -> Any:
    """The Word document of the report's HTML ``tree``: its sections laid out in the template's
    styles, its headers and footers, language, settings, properties and data parts."""
    doc = open_template(template)
    builder = _Builder(doc, ctx, charts, pages)
    body = tree.find("body")
    sections = [c for c in body if isinstance(c.tag, str)] if body is not None else []
    builder.listed = {a.get("href", "").removeprefix("#") for sec in sections if "toc" in _classes(sec)
                      for li in sec.iter("li") if "toc2" in _classes(li) for a in li.iter("a")}
    for i, sec in enumerate(sections):
        if sec.tag == "section":
            builder.section(sec, first=i == 0)
        else:
            builder.blocks([sec])
        if i % 4 == 3:
            step(0.45 + 0.4 * i / max(1, len(sections)), "layout")
    builder.settle_contents()
    builder.split_sections()
    builder.head_and_foot(ctx.draft)
    _isolates_as_marks(doc)
    _language(doc, ctx.lang)
    _settings(doc, ctx.lang)
    _core(doc, ctx)
    _data_parts(doc, ctx)
    return doc


def render_report_docx(ctx: ReportContext, out_path: str | Path,
                       progress: Callable[[float, str], None] | None = None,
                       cancelled: Callable[[], bool] | None = None, *,
                       template: str | Path | None = None, timings: dict | None = None,
                       pages: dict[str, int] | None = None) -> Path:
    """Write the Word document of ``ctx`` to ``out_path`` (atomically). Long work:
    ``progress(fraction, message)`` and ``cancelled()`` as in :mod:`capacity_app.jobs`; on cancel
    nothing is left behind and :class:`~capacity_app.jobs.Cancelled` is raised. ``template``: a
    ministry's .docx whose styles the document uses (None: the bundled one). ``pages``: the page of
    each anchor of the same report's PDF (:func:`.pdf.report_pages`), printed on the contents page;
    None: the PDF is laid out here to read them."""
    if ctx.blank:
        raise ReportError("the blank questionnaire is printed as a PDF only (use --pdf)")
    out_path = Path(out_path)
    t0 = time.perf_counter()

    def step(fraction: float, message: str) -> None:
        jobs.step(progress, cancelled, fraction, message)

    check_folder(out_path)  # before the charts and the layout: said at once, not seconds later
    step(0.02, "charts")
    try:
        from lxml import html as lxml_html

        from .charts import draw_charts_png

        charts = draw_charts_png(ctx.chart, CHART_DPI)
        t_charts = time.perf_counter()
        step(0.1, "pages")
        if pages is None:  # the contents' page numbers, as the PDF prints them
            pages = report_pages(ctx)
        t_pages = time.perf_counter()
        step(0.3, "html")
        if ctx.attachments_note:  # the back page says where this document carries its data
            ctx = replace(ctx, attachments_note=placeholders.fill(
                ctx.s["attachments_note_docx"],
                files=", ".join(a.name for a in ctx.attachments if a.mime == "application/json")))
        html = xml_text(render_html(ctx, {name: f"chart:{name}" for name in charts}, ""))
        tree = lxml_html.document_fromstring(html)
        t_html = time.perf_counter()
        step(0.45, "layout")
        doc = _document(ctx, tree, charts, pages, template, step)
        t_doc = time.perf_counter()
        step(0.9, "docx")

        def build(tmp) -> None:
            doc.save(str(tmp))
            step(0.98, "docx")

        replace_atomically(build, out_path, "the report")
    except (jobs.Cancelled, ReportError):
        raise
    except OutputError as exc:
        raise ReportError(str(exc)) from None
    except OSError as exc:
        raise ReportError(str(output_error(out_path, exc, "the report"))) from None
    except Exception as exc:
        raise ReportError(f"the Word report could not be written: {type(exc).__name__}: {exc}") from exc
    if timings is not None:
        t_end = time.perf_counter()
        timings.update(charts=t_charts - t0, contents=t_pages - t_charts, html=t_html - t_pages, document=t_doc - t_html,
                       write=t_end - t_doc, total=t_end - t0)
    jobs.report(progress, 1.0, "done")
    return out_path


__all__ = ["render_report_docx", "read_data", "template_path", "xml_text"]
