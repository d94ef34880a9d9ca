"""The ministry report's layout checks, run on WeasyPrint's laid-out document while it exists
(``findings``) and kept as plain data: the document itself (about 240,000 objects) is never kept
(tests/reports/conftest.py says why). The demo reports, the partial French report and the French
blank are checked inside the render the other tests share (``render_report_pdf(laid_out=...)``),
so no document is laid out a second time for its layout; tests/reports/test_report_layout.py
asserts on the findings."""
from __future__ import annotations

TOL = 0.5  # CSS px of rounding
PT = 4 / 3  # CSS px per point


def boxes(box):
    yield box
    for child in getattr(box, "children", ()) or ():
        yield from boxes(child)


def _cell_overflows(box, n, problems, cell=None):
    """Text that runs out of its table cell (into the next column)."""
    from weasyprint.formatting_structure import boxes as B

    if isinstance(box, B.TableCellBox):
        cell = box
    elif cell is not None and isinstance(box, B.TextBox) and box.text.strip():
        right = cell.position_x + cell.margin_width()
        if box.position_x + box.width > right + 1:
            problems.append(f"page {n}: {box.text[:30]!r} runs out of its cell")
    for child in getattr(box, "children", ()) or ():
        _cell_overflows(child, n, problems, cell)


def outside(doc) -> list[str]:
    """Text outside the page box or its cell, a table wider than the frame."""
    from weasyprint.formatting_structure import boxes as B

    problems: list[str] = []
    for n, page in enumerate(doc.pages, 1):
        _cell_overflows(page._page_box, n, problems)
    for n, page in enumerate(doc.pages, 1):
        pb = page._page_box
        width, height = pb.margin_width(), pb.margin_height()
        left = pb.margin_left + pb.border_left_width + pb.padding_left
        right = left + pb.width
        for box in boxes(pb):
            if isinstance(box, B.TextBox) and box.text.strip():
                x0, y0 = box.position_x, box.position_y
                x1, y1 = x0 + box.margin_width(), y0 + box.margin_height()
                if x0 < -TOL or y0 < -TOL or x1 > width + TOL or y1 > height + TOL:
                    problems.append(f"page {n}: text {box.text[:30]!r} outside the page box")
            if isinstance(box, B.TableBox):
                x1 = box.position_x + box.margin_width()
                if box.position_x < left - TOL or x1 > right + TOL:
                    problems.append(f"page {n}: a table {x1 - right:.1f}px wider than the frame")
    return problems


def below_8pt(doc) -> list[list]:
    """Every text box set below 8 pt (size in pt, its first characters), running heads included."""
    from weasyprint.formatting_structure import boxes as B

    small = {(round(b.style["font_size"] / PT, 1), b.text.strip()[:20]) for page in doc.pages
             for b in boxes(page._page_box)
             if isinstance(b, B.TextBox) and b.text.strip() and b.style["font_size"] < 8 * PT - 0.01}
    return sorted([list(x) for x in small])


def lone_rows(doc) -> list[list]:
    """Tables split across pages that leave a single short body row on a page: (class, [(page,
    rows)]). A row taller than a third of the page is not a lone row left behind but a record of
    its own (Annex F's full plan, where each action of the demo fills half a page): one or two of
    them to a page is all a page holds."""
    from weasyprint.formatting_structure import boxes as B

    pages: dict = {}
    for n, page in enumerate(doc.pages, 1):
        tall = page._page_box.height / 3
        for box in boxes(page._page_box):
            if isinstance(box, B.TableBox):
                rows = [r for g in box.children if isinstance(g, B.TableRowGroupBox) and not g.is_header
                        for r in g.children]
                lone = len(rows) == 1 and rows[0].margin_height() <= tall
                pages.setdefault(box.element, []).append((n, len(rows), lone))
    return [[element.get("class"), [[n, k] for n, k, _ in parts]] for element, parts in pages.items()
            if len(parts) > 1 and any(lone for _, _, lone in parts)]


def overlapping_running_texts(doc) -> list[list]:
    """Texts of the running head's or foot's boxes that overlap on a page: (page, one, other)."""
    from weasyprint.formatting_structure import boxes as B

    problems = []
    for n, page in enumerate(doc.pages, 1):
        runs: dict[str, list] = {}
        for margin in page._page_box.children:
            if not isinstance(margin, B.MarginBox):
                continue
            side = margin.at_keyword.split("-")[0]  # @top-…, @bottom-…
            for t in boxes(margin):
                if isinstance(t, B.TextBox) and t.text.strip():
                    runs.setdefault(side, []).append((margin.at_keyword, t.position_y, t.position_x,
                                                      t.position_x + t.width, t.text))
        for texts in runs.values():
            for i, a in enumerate(texts):
                for b in texts[i + 1:]:
                    same_line = abs(a[1] - b[1]) < 1
                    if a[0] != b[0] and same_line and a[2] < b[3] - 0.5 and b[2] < a[3] - 0.5:
                        problems.append([n, a[4], b[4]])
    return problems


def hidden_on_cover(doc) -> list[str]:
    """Page 1: text in a running header or footer (visible or not), or drawn invisibly."""
    from weasyprint.formatting_structure import boxes as B

    problems = []
    cover = doc.pages[0]._page_box
    for box in boxes(cover):
        if isinstance(box, B.MarginBox):
            if any(isinstance(b, B.TextBox) and b.text.strip() for b in boxes(box)):
                problems.append(f"running text {box.at_keyword}")
        if isinstance(box, B.TextBox) and box.text.strip():
            colour = box.style["color"]
            if not (colour.alpha > 0 and box.style["font_size"] > 4):
                problems.append(f"invisible or tiny: {box.text[:30]!r}")
            if box.style["visibility"] != "visible":
                problems.append(f"hidden: {box.text[:30]!r}")
    return problems


def grid_tables(doc) -> int:
    """How many tables of tick boxes (class ``bgrid``) the document holds."""
    return sum(1 for p in doc.pages for b in boxes(p._page_box)
               if type(b).__name__ == "TableBox" and "bgrid" in (b.element.get("class") or ""))


def parted_ticks(doc, ctx) -> list[list]:
    """Lines of a tick cell that do not hold whole boxes with their codes: (page, text)."""
    from weasyprint.formatting_structure import boxes as B

    whole = {b for it in (i for sec in ctx.blank_sections for i in sec.items) for row in it.cells
             for cell in row for b in cell}
    whole |= {b for block in ctx.blank_matrix for line in block.lines for cell in line.cells for b in cell}

    def texts(box, where=None):
        element = getattr(box, "element", None)
        cls = (element.get("class") or "").split() if element is not None else []
        where = "tick" if "tick" in cls else where
        if isinstance(box, B.TextBox) and box.text.strip() and where:
            yield where, box.text.strip()
        for child in getattr(box, "children", ()) or ():
            yield from texts(child, where)

    return [[n, text] for n, page in enumerate(doc.pages, 1) for _, text in texts(page._page_box)
            if text not in whole]


def page_texts(doc) -> list[str]:
    """Each page's text as its boxes hold it."""
    def texts(box):
        if getattr(box, "text", None):
            yield box.text
        for child in getattr(box, "children", ()) or ():
            yield from texts(child)

    return ["\n".join(texts(page._page_box)) for page in doc.pages]


def findings(doc, ctx) -> dict:
    """Every check above on ``doc`` (the document laid out for ``ctx``), as JSON-able data."""
    out = {"pages": len(doc.pages), "outside": outside(doc), "below_8pt": below_8pt(doc),
           "lone_rows": lone_rows(doc), "running_overlap": overlapping_running_texts(doc)}
    if getattr(ctx, "blank", False):
        out.update(grid_tables=grid_tables(doc), parted_ticks=parted_ticks(doc, ctx))
    else:
        from capacity_app.reports.pdf import anchor_pages

        out.update(hidden_on_cover=hidden_on_cover(doc), anchors=anchor_pages(doc))
    return out
