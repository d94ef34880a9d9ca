"""Every section's page, and the matrix, fit a 1280×720 window: no widget's content is wider
than the viewport that shows it (no horizontal scrolling, nothing clipped on the right), and no
grid header (column title or row label) is cut."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QScrollArea, QWidget

from capacity_app.gui.questions.grid import GridDelegate, GridTable, WrapHeader
from sample import sample

SIZE = (1280, 720)


def _name(w: QWidget) -> str:
    parts = []
    while w is not None and len(parts) < 4:
        parts.append(f"{type(w).__name__}#{w.objectName()}" if w.objectName() else type(w).__name__)
        w = w.parentWidget()
    return " < ".join(parts)


def _settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(5)


def _show_whole(win, qtbot, section_id: str):
    """The questions tab on section ``section_id``, every item of it built and laid out: its page."""
    view = win.view
    section = next(s for s in win.questionnaire.sections if s.id == section_id)
    view.show_tab(0)
    view.page.show_section(section)
    view.page.ensure_built()
    _settle(qtbot)
    return view.page.current


def _cut_cells(grid) -> list[str]:
    """Cells whose text, as the delegate draws it, Qt's own layout cannot fit in the cell: a word
    wider than its column, or more lines than the row is high, inside the border the current cell
    draws within it (the last line of a cell that filled its row vanished when it was current)."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    problems = []
    model = grid.model()
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            cell = grid.visualRect(index)
            if not cell.isValid() or cell.width() <= 0:
                continue
            opt = QStyleOptionViewItem()
            grid.initViewItemOption(opt)
            opt.rect = cell
            grid.itemDelegate().initStyleOption(opt, index)
            if not opt.text:
                continue
            room = cell.width() - 2 * (grid.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, grid) + 1)
            room -= 2 * GridDelegate.FOCUS_BORDER
            need = opt.fontMetrics.boundingRect(QRect(0, 0, room, 100000), int(Qt.TextFlag.TextWordWrap), opt.text)
            if need.width() > room + 1 or need.height() > cell.height() - 2 * GridDelegate.FOCUS_BORDER:
                problems.append(f"{grid.grid_model.item.id}: cell ({r}, {c}) {opt.text[:30]!r} is cut "
                                f"(needs {need.width()}x{need.height()} px, has {room}x{cell.height()})")
    return problems


def overflows(root: QWidget) -> list[str]:
    """What does not fit in ``root``: scroll areas whose content is wider than their viewport,
    labels narrower than their one-line text, grid headers that cut a label."""
    problems: list[str] = []
    for area in root.findChildren(QAbstractScrollArea):
        if not area.isVisibleTo(root) or area.width() <= 0:
            continue
        bar = area.horizontalScrollBar()
        if bar.maximum() > 0:
            problems.append(f"{_name(area)} scrolls sideways by {bar.maximum()} px")
        if isinstance(area, QScrollArea) and area.widget() is not None:
            body, view = area.widget(), area.viewport()
            if body.width() > view.width() + 1:
                widest = max((c for c in body.findChildren(QWidget) if c.isVisibleTo(body)),
                             key=lambda c: (c.minimumSizeHint().width(), -len(c.findChildren(QWidget))), default=body)
                problems.append(f"{_name(area)}: content {body.width()} px in a {view.width()} px viewport "
                                f"(widest: {_name(widest)}, {widest.minimumSizeHint().width()} px)")
    for lab in root.findChildren(QLabel):
        if lab.isVisibleTo(root) and not lab.wordWrap() and lab.text() and lab.width() > 0 \
                and lab.minimumSizeHint().width() > lab.width() + 1:
            problems.append(f"{_name(lab)} cut: {lab.text()[:40]!r} needs {lab.minimumSizeHint().width()} px, has {lab.width()}")
    for grid in root.findChildren(GridTable):
        if not grid.isVisibleTo(root):
            continue
        for header in (grid.horizontalHeader(), grid.verticalHeader()):
            assert isinstance(header, WrapHeader)
            for i in range(header.count()):
                if not header.fits(i):
                    problems.append(f"{grid.grid_model.item.id}: header {header.text(i)!r} is cut "
                                    f"({header.sectionSize(i)} px)")
        problems += _cut_cells(grid)
        right = grid.mapTo(grid.window(), grid.rect().topRight()).x()
        page = grid.parentWidget()
        while page is not None and not isinstance(page, QScrollArea):
            page = page.parentWidget()
        if page is not None:
            edge = page.viewport().mapTo(grid.window(), page.viewport().rect().topRight()).x()
            if right > edge + 1:
                problems.append(f"{grid.grid_model.item.id}: ends {right - edge} px beyond the page")
    return problems


@pytest.mark.parametrize("lang", sample(["en", "fr", "ar", "zh", "ru"], ("en", "ar")))
def test_every_section_and_the_matrix_fit_1280x720(opened, qtbot, lang):
    win = opened
    win.resize(*SIZE)
    _settle(qtbot)
    assert (win.width(), win.height()) == SIZE
    view = win.view
    if lang != "en":
        win.session.set_language(lang)
        _settle(qtbot)
    problems: list[str] = []
    for section in win.questionnaire.sections:
        view.show_tab(0)
        view.page.show_section(section)
        view.page.ensure_built()
        _settle(qtbot)
        # every item shown, so that an item hidden by relevance cannot hide a problem
        for w in view.page.widgets.values():
            w.setVisible(True)
            if w.form_button is not None:
                w.form_button.setChecked(True)  # the row form of a wide grid fits too
        _settle(qtbot)
        problems += [f"{section.id}: {p}" for p in overflows(view.page.current)]
    view.show_tab(1)
    _settle(qtbot)
    for pq, src in (("A", "CEN"), ("G", "BOR"), ("O", "ADM")):
        view.matrix.select(pq, src)
        for row in view.matrix.panel.rows.values():
            row.setVisible(True)
        _settle(qtbot)
        problems += [f"matrix {pq}×{src}: {p}" for p in overflows(view.matrix)]
    assert not problems, "\n".join(problems)


def test_the_check_catches_a_grid_that_does_not_fit(opened, qtbot):
    """The test above can fail: a grid squeezed below its columns' minimum cuts its headers."""
    win = opened
    win.resize(*SIZE)
    assert win.view.go_to_key("s4_sdg")
    win.view.page.ensure_built()
    _settle(qtbot)
    grid = win.view.page.widgets["s4_sdg"].grid
    assert not [p for p in overflows(win.view.page.current) if "s4_sdg" in p]
    grid.horizontalHeader().resizeSection(0, 30)  # as a fixed-width column would be
    grid.horizontalHeader().sectionResized.disconnect()
    assert any("header" in p and "s4_sdg" in p for p in overflows(win.view.page.current))


def test_the_matrix_panels_fields_stay_put_while_answers_are_given(opened, qtbot):
    """The derived level and its reasons sit below the fields, so that giving
    an answer (which changes them) never moves a field under the pointer (they moved up about
    30 px and the next click ticked "Don't know" instead of the year box)."""
    from PySide6.QtCore import QPoint

    win = opened
    win.resize(1366, 768)
    win.session.set_answer("s0_reference_date", "2026-11-30")
    win.view.show_tab(1)
    panel = win.view.matrix.panel
    win.view.matrix.select("A", "CEN")
    prefix = "s3_matrix.A.CEN."

    def answer(field: str, value) -> None:
        win.session.set_answer(prefix + field, value)
        win.session.refresh_derived()  # the level and reasons as the background job gives them
        _settle(qtbot)

    def places() -> dict[str, tuple[int, int]]:
        """Where each visible field's label and editor are in the panel's viewport."""
        vp = panel.viewport()
        return {key: (panel.labels[key].mapTo(vp, QPoint(0, 0)).y(), row.mapTo(vp, QPoint(0, 0)).y())
                for key, row in panel.rows.items() if row.isVisible()}

    answer("exists", "yes")  # every field shown
    start, level = places(), panel.level.text()
    assert len(start) == len(panel.rows)
    seen_levels = {level}
    for field, value in (("variables", "partly"), ("tabulated", "yes"), ("periodicity", "annual"),
                         ("latest_year", 2019), ("variables", "yes"), ("latest_year", 2025),
                         ("accessibility", "online"), ("timeliness", "le12")):
        answer(field, value)
        seen_levels.add(panel.level.text())
        now = places()
        moved = {k: (start[k], now[k]) for k in start
                 if abs(now[k][0] - start[k][0]) > 2 or abs(now[k][1] - start[k][1]) > 2}
        assert not moved, f"after {field}={value!r}: {moved}"
    assert len(seen_levels) >= 3  # the level and its reasons did change while the fields stayed
    below = panel.level.mapTo(panel.widget(), QPoint(0, 0)).y()
    assert below > max(panel.rows[k].mapTo(panel.widget(), QPoint(0, 0)).y() for k in start)


def _cut_section_names(tree) -> list[str]:
    """The navigator's section names whose wrapped lines do not fit their row's text area, laid
    out as the style lays them out (QTextLayout at the text rectangle's width, each line as high as
    the text engine makes it)."""
    from PySide6.QtGui import QTextLayout, QTextOption
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    model, delegate, style = tree.model(), tree.itemDelegateForColumn(0), tree.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    cut = []
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        opt = QStyleOptionViewItem()
        tree.initViewItemOption(opt)
        delegate.initStyleOption(opt, index)
        opt.rect = tree.visualRect(index)
        opt.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, tree)
        layout = QTextLayout(opt.text, opt.font)
        wrap = QTextOption()
        wrap.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(wrap)
        layout.beginLayout()
        height = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(area.width() - 2 * margin)
            height += line.height()
        layout.endLayout()
        if height > area.height():
            cut.append(f"{opt.text!r}: {layout.lineCount()} lines, {height:.0f} px in {area.height()} px")
    return cut


@pytest.mark.parametrize("lang", sample(["en", "fr", "ar", "zh", "ru"], ("en", "ar")))
def test_no_section_name_is_cut_in_the_navigator(qapp, opened, qtbot, lang):
    """Cut texts, in the window as it runs (its style sheet pads the navigator's rows): a
    section without a marker ("S0 Mission and respondents") was given a row a pixel short of its
    two lines and read "S0 Mission and …"; every name wraps whole at 1366 and at 1024 px."""
    from capacity_app.gui.window.app import load_style_sheet

    win = opened
    qapp.setStyleSheet(load_style_sheet())
    try:
        if lang != "en":
            win.session.set_language(lang)
        for size in ((1366, 768), (1024, 768)):
            win.resize(*size)
            _settle(qtbot)
            win.view.tree.doItemsLayout()
            _settle(qtbot)
            cut = _cut_section_names(win.view.tree)
            assert not cut, f"{size}: " + "; ".join(cut)
    finally:
        qapp.setStyleSheet("")


NARROW_COLUMN = 80  # pixels: every long Russian word of the S6C titles breaks


def test_russian_column_titles_break_where_russian_hyphenates(opened, qtbot):
    """A column title too wide for its column breaks where the Russian patterns allow
    ("персо-нальный", "исполь-зуется"), never "персональны-й" or "Используе-тся" (the S6C
    registers grid at 1366×768, every column)."""
    import pyphen

    win = opened
    win.resize(1366, 768)
    win.session.set_language("ru")
    page = _show_whole(win, qtbot, "S6C")
    patterns = pyphen.Pyphen(lang="ru")
    wrong, broken = [], 0
    # the columns as laid out, and narrow (the S6C titles were shortened for the editor, item 27:
    # whether they break at the window's width depends on what the window showed before)
    for grid in page.findChildren(GridTable):
        header = grid.horizontalHeader()
        for i, width in ((c, w) for c in range(header.count()) for w in (header.sectionSize(c), NARROW_COLUMN)):
            lines = header.lines(i, width)
            for a, b in zip(lines, lines[1:], strict=False):
                if not a.endswith("-") or not b:
                    continue
                head, tail = a.split()[-1][:-1], b.split()[0]
                word = head + re.match(r"\w*", tail)[0]
                broken += 1
                if len(head) not in patterns.positions(word):
                    wrong.append(f"{head}-{word[len(head):]}")
    assert broken > 0
    assert wrong == []


def test_a_column_titles_lines_are_measured_once_and_anew_for_another_font(opened, qtbot, monkeypatch):
    """The table asks its headers for each title's lines whenever it sizes or paints a section:
    they are measured once for a width, and measured again when the font changes (a larger font
    wraps the same title onto more lines)."""
    from PySide6.QtGui import QFont

    from capacity_app.gui.questions.grid import WrapHeader

    header = _show_whole(opened, qtbot, "S6C").findChildren(GridTable)[0].horizontalHeader()
    broken: list[str] = []
    real = WrapHeader._break
    monkeypatch.setattr(WrapHeader, "_break", lambda self, text, *a: broken.append(text) or real(self, text, *a))
    title = header.text(1)
    first = header.lines(1, 90)
    assert header.lines(1, 90) == first and broken.count(title) <= 1  # the second time, kept
    header._measured.clear()
    assert header.lines(1, 90) == first and broken.count(title) <= 2  # measured again: the same
    big = QFont(header.font())
    big.setPointSizeF(big.pointSizeF() * 2)
    header.setFont(big)
    assert len(header.lines(1, 90)) > len(first)  # a larger font: more lines, not the kept ones


def test_a_grid_is_fitted_at_the_width_its_page_gives_it_from_the_start(opened, qtbot, monkeypatch):
    """A section's grid is made at the width its page will lay it out at, and its titles and row
    labels wrapped there: never first at the hundred pixels a table has before it is laid out (the
    SDG table's 26 labels wrapped into a 110-pixel column held the window some 70 ms on the first
    visit). The page keeps its scroll bar's room from the start, so its width does not change as
    its items are built."""
    widths: list[tuple[str, int]] = []
    real = GridTable._fit
    monkeypatch.setattr(GridTable, "_fit", lambda self: widths.append((self.grid_model.item.id, self.width())) or real(self))
    assert opened.view.go_to_key("s4_sdg", focus=False)
    opened.view.page.ensure_built()
    _settle(qtbot)
    grids = {g.grid_model.item.id: g.width() for g in opened.view.page.current.findChildren(GridTable)}
    assert "s4_sdg" in grids
    assert [(i, w) for i, w in widths if w != grids[i]] == []  # each fit at the width it is shown at
    assert opened.view.page.current.verticalScrollBar().isVisible()


def test_a_grids_cells_are_measured_once_on_its_first_visit(opened, qtbot, monkeypatch):
    """Going to the SDG table for the first time measures each of its cells once: its rows are
    given their heights by its own fit (at the widths the fit gives the columns), not measured
    again by the header each time the table's geometry is updated or its page laid out (five
    times every cell, and a second fit after the style sheet's font arrived mid-fit)."""
    measured: list[tuple[int, int]] = []
    fits: list[str] = []
    real_hint, real_fit = GridDelegate.sizeHint, GridTable._fit
    monkeypatch.setattr(GridDelegate, "sizeHint", lambda self, option, index: measured.append(
        (index.row(), index.column())) or real_hint(self, option, index))
    monkeypatch.setattr(GridTable, "_fit", lambda self: fits.append(self.grid_model.item.id) or real_fit(self))
    assert opened.view.go_to_key("s4_sdg", focus=False)
    _settle(qtbot)
    table = next(g for g in opened.view.page.current.findChildren(GridTable) if g.grid_model.item.id == "s4_sdg")
    model = table.grid_model
    assert fits.count("s4_sdg") == 1
    assert len(measured) <= model.rowCount() * model.columnCount()
    assert _cut_cells(table) == []
    header = table.verticalHeader()
    assert isinstance(header, WrapHeader)
    assert all(header.fits(r) for r in range(header.count()))


def test_after_a_pause_the_other_sections_are_built_at_the_shown_width(opened, qtbot, monkeypatch):
    """Once the first section is built and the officer pauses, the other sections are built
    behind the page shown, one item at a time, each grid fitted at the width its page shows it
    at; an answer given meanwhile puts the building off until the next pause; going to a section
    built ahead builds nothing more and fits no grid again."""
    from capacity_app.gui.questions.page import SectionPage

    page = opened.view.page
    qtbot.waitUntil(lambda: page.current is not None and page.current.complete)
    monkeypatch.setattr(page, "QUIET_MS", 300)
    monkeypatch.setattr(page, "AHEAD_STEP_MS", 0)
    built: list[str] = []
    real_build = SectionPage._build_one
    monkeypatch.setattr(SectionPage, "_build_one", lambda self: built.append(self.section.id) or real_build(self))
    widths: list[tuple[str, int]] = []
    real_fit = GridTable._fit
    monkeypatch.setattr(GridTable, "_fit", lambda self: widths.append((self.grid_model.item.id, self.width())) or real_fit(self))
    page._not_quiet()
    opened.session.set_answer("s0_lead_institution", "National Statistics Office")  # activity: not yet
    assert page._ahead.isActive() and page._ahead.remainingTime() > 150 and built == []
    sections = opened.questionnaire.sections
    qtbot.waitUntil(lambda: len(page.pages) == len(sections) and all(p.complete for p in page.pages.values()),
                    timeout=60_000)
    assert built and built[0] == sections[1].id  # the next section first
    shown = page.current.body.width()
    assert {p.body.width() for p in page.pages.values()} == {shown}
    assert widths and len({w for _i, w in widths}) == 1, widths  # every grid at one width
    before = len(built), len(widths)
    assert opened.view.go_to_key("s4_sdg", focus=False)
    _settle(qtbot)
    assert (len(built), len(widths)) == before  # shown as it was built: nothing built or fitted again
    assert page.widgets["s4_sdg"].grid.width() == widths[0][1]  # the width it was built at
    # every grid built hidden shows whole: its rows were measured at the columns it is shown with
    for section_page in list(page.pages.values()):
        for grid in section_page.findChildren(GridTable):
            item_id = grid.grid_model.item.id
            assert opened.view.go_to_key(item_id, focus=False)
            _settle(qtbot)
            header = grid.verticalHeader()
            assert isinstance(header, WrapHeader)
            assert _cut_cells(grid) == [] and all(header.fits(r) for r in range(header.count())), item_id


def test_a_review_mark_on_every_row_label_grows_the_table_with_its_rows(opened, qtbot):
    """A review written on each row of the institutions' table puts its mark before every row
    label; the labels that wrap onto one more line make their rows taller, and the table grows with
    them, so its last row is not cut (the rows grew but the table kept its height: 243 of 275 px)."""
    from capacity_app.domain.team.review import FOLLOW_UP
    from capacity_app.gui.team.review import review_mark

    opened.resize(*SIZE)
    table = next(g for g in _show_whole(opened, qtbot, "S0").findChildren(GridTable)
                 if g.grid_model.item.id == "s0_institutions")
    item = table.grid_model.item
    for row in item.rows:
        assert opened.session.set_review(f"{item.id}.{row.code}", FOLLOW_UP, "ask again")
    _settle(qtbot)
    header = table.verticalHeader()
    assert isinstance(header, WrapHeader)
    mark = review_mark(FOLLOW_UP)
    assert mark and all(header.text(r).startswith(mark) for r in range(header.count()))
    needed = table.horizontalHeader().sizeHint().height() + header.length() + 2 * table.frameWidth() + 1
    assert table.height() == needed
    assert _cut_cells(table) == [] and all(header.fits(r) for r in range(header.count()))


def test_the_row_labels_widest_line_is_measured_once_until_a_label_changes(opened, qtbot, monkeypatch):
    """The width of the widest row label on one line (the label column's width before the table
    caps it) is found once, not again for every row the table sizes (the SDG table's 26 labels
    were measured 26 times over on its first visit); a label that changes (a review's mark added)
    is measured again."""
    from capacity_app.gui.questions import grid as grid_module

    table = _show_whole(opened, qtbot, "S4").findChildren(GridTable)[0]
    header = table.verticalHeader()
    assert isinstance(header, WrapHeader)
    measured: list[str] = []  # the labels measured on one line
    asked: list[str] = []  # and the kept measures looked up
    real, real_measure = grid_module._one_line, WrapHeader._measure
    monkeypatch.setattr(grid_module, "_one_line", lambda text, *a: measured.append(text) or real(text, *a))
    monkeypatch.setattr(WrapHeader, "_measure", lambda self, what, text, *a: (
        asked.append(text) if what == "one line" else None) or real_measure(self, what, text, *a))
    header._measured.clear()
    header._labels_changed()
    first = header.natural_width()
    for row in range(header.count()):
        header.sectionSizeFromContents(row)
    assert header.natural_width() == first
    assert len(measured) == len(asked) == header.count()  # each label once, not once per row sized
    model = table.model()
    plain = model.headerData
    longer = "W" * 200
    monkeypatch.setattr(model, "headerData", lambda s, o, r=0: longer if s == 0 and o == header.orientation() else plain(s, o, r))
    assert header.natural_width() == first  # nothing said yet
    model.headerDataChanged.emit(header.orientation(), 0, 0)
    assert header.natural_width() > first and longer in measured


@pytest.mark.parametrize("lang", ["fr", "zh"])
def test_a_cells_text_keeps_its_last_line_when_the_cell_is_the_current_one(opened, qtbot, lang):
    """A registers' agency typed word by word (an English name in a French or Chinese window, as
    a mission writes it): however many lines it takes, its row leaves room for the border the
    current cell is drawn with, so no line is lost when the cell is current."""
    win = opened
    win.resize(*SIZE)
    win.session.set_language(lang)
    words = "No population register; national ID system run by the Ministry of the Interior".split()
    for n in range(6, len(words) + 1):
        win.session.set_answer("s6c_registers.pop.agency", " ".join(words[:n]))
        grid = next(g for g in _show_whole(win, qtbot, "S6C").findChildren(GridTable)
                    if g.grid_model.item.id == "s6c_registers")
        grid.fit_later()
        _settle(qtbot)
        assert _cut_cells(grid) == [], n


def test_a_line_that_fits_only_without_the_border_is_given_its_own_row_height(opened, qtbot):
    """A first line that fits the cell's width but not the width inside the current cell's
    border wraps when the cell is current: the row is measured as drawn inside the border, so
    the line it wraps onto still shows."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyle

    win = opened
    win.resize(*SIZE)
    key = "s6c_registers.pop.agency"
    win.session.set_answer(key, "x")
    grid = next(g for g in _show_whole(win, qtbot, "S6C").findChildren(GridTable)
                if g.grid_model.item.id == "s6c_registers")
    fm = QFontMetrics(grid.font())
    outside = grid.columnWidth(0) - 1 - 2 * (grid.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, grid) + 1)
    first = next((line for a in range(1, 30) for i in range(12) for d in range(12)
                  if outside - 2 * GridDelegate.FOCUS_BORDER < fm.horizontalAdvance(
                      line := "x" * a + " " + "i" * i + "." * d) <= outside - 1), None)
    assert first is not None, outside
    win.session.set_answer(key, f"{first} {'x' * 4} {'x' * 4}")
    grid.fit_later()
    _settle(qtbot)
    assert _cut_cells(grid) == []


def test_the_grids_room_for_the_current_cells_border_is_the_style_sheets():
    """The grid measures its cells inside the border the style sheet draws around the current
    cell: the two say the same width."""
    from capacity_app.paths import resources_dir

    sheet = (resources_dir() / "styles" / "app.qss").read_text("utf-8")
    rule = re.search(r"QTableView::item:focus[^{]*\{([^}]*)\}", sheet)
    assert rule is not None
    width = re.search(r"border:\s*(\d+)px", rule.group(1))
    assert width is not None and int(width.group(1)) == GridDelegate.FOCUS_BORDER
