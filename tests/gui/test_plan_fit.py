"""The plan's table and dialogs at 1280x720 and right to left (the officer's walk): a
cost of several currencies wraps after its "+" rather than widening its column, the headings keep
their words whole ("Tim-eline" before), a dialog fits the screen, and a cell keeps its own
direction in the Arabic window (an English reason's full stop at its end, a target "2027=3;
2029=6" in its order) while the text typed and saved is unchanged."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QDialog, QTableWidgetItem

COST = "USD\u00a015,000 + XOF\u00a06,000,000"


def _table(qtbot, width: int):
    from capacity_app.gui.plan.view import ActionTable

    t = ActionTable(1, 5)
    qtbot.addWidget(t)
    t.setHorizontalHeaderLabels(["Action", "Responsible", "Timeline", "Cost", "Status"])
    for c, text in enumerate(("Publish the census tables by country of birth", "National Statistics Office",
                              "Q3 2026 – Q2 2027", COST, "Planned")):
        t.setItem(0, c, QTableWidgetItem(text))
    t.resize(width, 300)
    t.show()
    qtbot.waitExposed(t)
    t.fit_columns()
    return t


def test_a_cost_wraps_after_its_plus_and_the_headings_keep_their_words(qtbot):
    probe = _table(qtbot, 1100)
    least = probe._least()
    # a width (in the fonts of this run) where the title must lend: the headings' longest words,
    # the cost's widest amount and the status, and the title at the least it lends down to
    room = sum(least[3:]) + probe._word_width(1) + probe._word_width(2) + probe.TITLE_LENDS + 8
    t = _table(qtbot, room + probe.width() - probe.viewport().width())
    fm = t.fontMetrics()
    assert t.columnWidth(3) < fm.horizontalAdvance(COST)                      # not as wide as the sum
    assert t.columnWidth(3) >= fm.horizontalAdvance("XOF\u00a06,000,000 +")  # each amount whole
    head = t.horizontalHeader()
    for c, word in ((1, "Responsible"), (2, "Timeline")):
        assert head.lines(c, t.columnWidth(c)) == [word], (word, head.lines(c, t.columnWidth(c)))
    assert t.columnWidth(0) < t.LEAST[0]           # narrow: the title lent them its room
    assert sum(t.columnWidth(c) for c in range(5)) <= t.viewport().width()


def test_a_dialog_fits_the_screen(qtbot):
    from capacity_app.gui.plan.fit import fit_to_screen

    d = QDialog()
    qtbot.addWidget(d)
    fit_to_screen(d, 100_000, 100_000)
    free = d.screen().availableGeometry()
    assert d.width() <= free.width() and d.height() <= free.height()
    fit_to_screen(d, 300, 200)
    assert (d.width(), d.height()) == (300, 200)


def test_cells_keep_their_direction_right_to_left(qtbot):
    from capacity_app.gui.plan.fit import LRI, WrappedTable, cell_isolated
    from capacity_app.gui.writing import FSI, PDI

    reason = "the ministers cannot sign before it."
    assert cell_isolated(reason) == reason                 # left to right: as typed
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        assert cell_isolated(reason) == f"{FSI}{reason}{PDI}"
        assert cell_isolated("2027=3; 2029=6") == f"{LRI}2027=3; 2029=6{PDI}"   # no letter: left to right
        assert cell_isolated("") == ""
        t = WrappedTable(1, 1)
        qtbot.addWidget(t)
        t.setItem(0, 0, QTableWidgetItem(reason))
        from PySide6.QtWidgets import QStyleOptionViewItem

        option = QStyleOptionViewItem()
        t.itemDelegate().initStyleOption(option, t.model().index(0, 0))
        assert option.text == f"{FSI}{reason}{PDI}"       # drawn isolated ...
        assert t.item(0, 0).text() == reason              # ... kept as typed
    finally:
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_bold_measure_matches_the_header(qtbot):
    """The word kept whole is measured in the header's drawn weight (bold), as WrapHeader breaks it."""
    t = _table(qtbot, 520)
    bold = QFont(t.horizontalHeader().font())
    bold.setBold(True)
    assert t._word_width(2) >= QFontMetrics(bold).horizontalAdvance("Timeline")
