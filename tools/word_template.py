"""Make the Word report's template, ``resources/report/word-template.docx``, from
python-docx's default document: A4 with the report's margins, the built-in styles the report uses
(Title, Subtitle, Heading 1-3, TOC Heading, TOC 1-3, List Bullet, Header, Footer, Caption) set to
the report's look, and the report's own styles, each named "Report …" (docs/word-report.md lists
them). A ministry restyles these styles in Word and hands its own file to
``capacity-app report ID --docx FILE --template THEIRS.docx``; the writer fills in any style a
template lacks from this one.

Run once after changing it, and commit both this script and the .docx:
    .venv/bin/python tools/word_template.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "report" / "word-template.docx"
BLUE = "0B3A66"


def main(out: Path = OUT) -> Path:
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Mm, Pt, RGBColor

    doc = docx.Document()
    body = doc.element.body
    for child in list(body):  # an empty body: the writer adds everything
        if child is not body.sectPr:
            body.remove(child)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    sec.header_distance, sec.footer_distance = Mm(10), Mm(10)
    core = doc.core_properties
    core.title, core.author, core.comments = "Report template", "capacity-app", ""
    core.subject = core.keywords = core.category = core.last_modified_by = ""

    styles = doc.styles
    # the fonts of every script: Latin, complex script (Arabic) and East Asian (Chinese)
    defaults = styles.element.find(f"{{{styles.element.nsmap['w']}}}docDefaults")
    rpr = defaults.find(".//w:rPr", namespaces=styles.element.nsmap)
    for old in rpr.findall("w:rFonts", namespaces=styles.element.nsmap):
        rpr.remove(old)
    rpr.insert(0, parse_xml(f'<w:rFonts {nsdecls("w")} w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" '
                            'w:eastAsia="SimSun"/>'))

    normal = styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(5)
    normal.paragraph_format.line_spacing = 1.1

    def style(name: str, kind=WD_STYLE_TYPE.PARAGRAPH, base: str = "Normal"):
        try:
            st = styles[name]
        except KeyError:
            st = styles.add_style(name, kind)
        if base and kind == WD_STYLE_TYPE.PARAGRAPH:
            st.base_style = styles[base]
        st.hidden = False
        st.quick_style = True
        return st

    for level, size, before in ((1, 16, 0), (2, 12, 10), (3, 10.5, 8)):
        h = styles[f"Heading {level}"]
        h.font.name = "Arial"
        h.font.size = Pt(size)
        h.font.bold = True
        h.font.italic = False
        h.font.color.rgb = RGBColor.from_string(BLUE)
        h.paragraph_format.space_before = Pt(before)
        h.paragraph_format.space_after = Pt(4)
        h.paragraph_format.keep_with_next = True
        if level == 1:  # every chapter on a new page, as in the PDF
            h.paragraph_format.page_break_before = True
    # the sections the contents leave out (reports/docx.py UNLISTED_HEADING): Heading 2 as it looks,
    # at outline level 3, so that the contents field's outline levels 1-2 skip them
    unlisted = style("Heading 2 Unlisted", base="Heading 2")
    unlisted.element.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="2"/>'))
    unlisted.next_paragraph_style = normal
    title = styles["Title"]
    title.font.name, title.font.size, title.font.color.rgb = "Arial", Pt(28), RGBColor.from_string(BLUE)
    title.paragraph_format.space_after = Pt(6)
    sub = styles["Subtitle"]
    sub.font.name, sub.font.size, sub.font.color.rgb = "Arial", Pt(14), RGBColor.from_string("333333")
    sub.font.italic = False
    toc_heading = styles["TOC Heading"]
    toc_heading.paragraph_format.page_break_before = True
    toc_heading.font.size = Pt(16)
    toc_heading.font.color.rgb = RGBColor.from_string(BLUE)
    for level in (1, 2, 3):  # Word's built-in "toc N" styles (its TOC field uses them)
        t = style(f"toc {level}")
        t.paragraph_format.left_indent = Mm(6 * (level - 1))
        t.paragraph_format.space_after = Pt(2)
    for name in ("Header", "Footer"):  # no tab stops of Letter paper: the writer sets its own
        ppr = styles[name].element.find("w:pPr", namespaces=styles.element.nsmap)
        for tabs in ppr.findall("w:tabs", namespaces=styles.element.nsmap) if ppr is not None else ():
            ppr.remove(tabs)
        styles[name].font.size = Pt(8)
    caption = styles["Caption"]
    caption.font.size = Pt(8.5)

    kicker = style("Report Kicker")
    kicker.font.size, kicker.font.color.rgb = Pt(11), RGBColor.from_string("555555")
    kicker.paragraph_format.space_before = Pt(60)
    cover_heading = style("Report Cover Heading")  # headings of the cover (not in the contents)
    cover_heading.font.bold, cover_heading.font.size = True, Pt(11)
    cover_heading.font.color.rgb = RGBColor.from_string(BLUE)
    cover_heading.paragraph_format.space_before = Pt(10)
    cover_heading.paragraph_format.keep_with_next = True
    back = style("Report Back")  # the back of the cover: disclaimer, about, attached data
    back.font.size = Pt(8.5)
    small = style("Report Small")
    small.font.size = Pt(8.5)
    muted = style("Report Muted")
    muted.font.color.rgb = RGBColor.from_string("555555")
    score = style("Report Score")
    score.font.size, score.font.bold = Pt(26), True
    score.font.color.rgb = RGBColor.from_string(BLUE)
    score.paragraph_format.space_after = Pt(2)
    stamp = style("Report Stamp")  # the DRAFT stamp of the action plan
    stamp.font.bold, stamp.font.color.rgb = True, RGBColor.from_string("B41E1E")
    stamp.element.get_or_add_pPr().append(parse_xml(  # python-docx has no API for a border
        f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="8" w:space="2" w:color="B41E1E"/>'
        '<w:left w:val="single" w:sz="8" w:space="4" w:color="B41E1E"/>'
        '<w:bottom w:val="single" w:sz="8" w:space="2" w:color="B41E1E"/>'
        '<w:right w:val="single" w:sz="8" w:space="4" w:color="B41E1E"/></w:pBdr>'))
    cell = style("Report Table Text")
    cell.font.size = Pt(8.5)
    cell.paragraph_format.space_after = Pt(0)
    cell.paragraph_format.line_spacing = 1.0
    head = style("Report Table Heading", base="Report Table Text")
    head.font.bold = True
    number = style("Report Table Number", base="Report Table Text")
    number.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    gap = style("Report Table Gap")  # the paragraph between two tables (Word would join them)
    gap.font.size = Pt(4)
    gap.paragraph_format.space_after = Pt(0)
    gap.paragraph_format.line_spacing = 1.0
    bullet = styles["List Bullet"]
    bullet.paragraph_format.space_after = Pt(2)
    chart = style("Report Chart")
    chart.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    chart.paragraph_format.keep_with_next = False

    table = style("Report Table", WD_STYLE_TYPE.TABLE, base="")
    table.base_style = styles["Table Grid"]
    table.element.append(parse_xml(  # the header row: bold on a light blue ground
        f'<w:tblStylePr {nsdecls("w")} w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr>'
        '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="DCE6F1"/></w:tcPr></w:tblStylePr>'))
    tbl_pr = table.element.find("w:tblPr", namespaces=styles.element.nsmap)
    if tbl_pr is None:
        tbl_pr = parse_xml(f'<w:tblPr {nsdecls("w")}/>')
        table.element.insert(len(table.element) - 1, tbl_pr)
    tbl_pr.append(parse_xml(f'<w:tblCellMar {nsdecls("w")}><w:top w:w="28" w:type="dxa"/>'
                            '<w:left w:w="70" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/>'
                            '<w:right w:w="70" w:type="dxa"/></w:tblCellMar>'))
    _complex_script(styles.element)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(out))
    return out


def _complex_script(styles) -> None:
    """Arabic (complex script) text takes its size, bold and italic from w:szCs, w:bCs and w:iCs:
    each style that sets one for Latin text sets it for Arabic too."""
    from docx.oxml.ns import qn

    for rpr in styles.iter(qn("w:rPr")):
        for latin, cs in (("w:b", "w:bCs"), ("w:i", "w:iCs"), ("w:sz", "w:szCs")):
            el = rpr.find(qn(latin))
            if el is not None and rpr.find(qn(cs)) is None:
                twin = rpr.makeelement(qn(cs), dict(el.attrib))
                el.addnext(twin)


if __name__ == "__main__":
    print(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
