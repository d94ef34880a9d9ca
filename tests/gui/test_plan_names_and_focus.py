"""Two defects of the plan's screens found walking them by keyboard under Xvfb (docs/user-guide.md,
"By keyboard only"): in the Chinese window, the indicators of *Progress…* whose level is written in
Chinese before an English name showed one line of two, the rest of the name cut, although the row
had been measured for two lines; a column as wide as its words wrapped the current cell's inside
its focus frame; and a dialog opened from the plan tab gave the keyboard, once closed, to
*Results chain…* instead of the button that opened it."""
from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableWidgetItem, QWidget

NAME = ("总体目标: National migration policy documents and SDG reports citing official migration statistics "
        "of the last three years (documents)")


def _lines(table, row: int) -> tuple[list[float], int]:
    """The heights of the name cell's lines as Qt draws them, and the height Qt draws them in."""
    index = table.model().index(row, 0)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    option.rect = table.visualRect(index)
    style = table.style()
    room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, table)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    layout = QTextLayout(option.text, option.font)
    text_option = QTextOption()
    text_option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(text_option)
    heights = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(room.width() - 2 * margin)
        heights.append(line.height())
    layout.endLayout()
    return heights, room.height()


def test_a_chinese_indicator_s_name_is_drawn_on_all_its_lines(speaking, qtbot):
    """The name wraps, and its row leaves the room Qt's drawing asks before it draws a next line
    (the lines so far and the last one's height once more, the focus frame's two pixels inside):
    a first line in a CJK font is taller than the English line under it."""
    from capacity_app.gui.plan.progress_values import IndicatorValuesTable

    speaking("zh")
    host = QWidget()
    qtbot.addWidget(host)
    table = IndicatorValuesTable(host)
    table.setRowCount(1)
    table._fixed(0, 0, NAME, NAME)
    for c in range(1, 7):
        table._fixed(0, c, "")
    host.resize(1160, 300)                      # as in Progress… at 1280 px: the name on two lines
    table.setGeometry(QRect(0, 0, 1160, 300))
    host.show()
    qtbot.waitExposed(host)
    table.resizeRowsToContents()
    assert table.wordWrap()
    heights, room = _lines(table, 0)
    for _ in range(4):  # the name's column narrower than its words, whatever fonts earlier tests loaded
        if len(heights) >= 2:
            break
        width = int(table.width() * 0.7)  # the name's column stretches with the table
        host.resize(width, 300)
        table.setGeometry(QRect(0, 0, width, 300))
        qtbot.wait(10)
        table.resizeRowsToContents()
        heights, room = _lines(table, 0)
    assert len(heights) >= 2, heights
    assert heights[0] > heights[-1], heights     # the case the walk met: a Chinese line over an English one
    drawn = 1
    for n in range(len(heights) - 1):           # Qt draws line n + 1 while this fits, the frame inside
        if sum(heights[:n + 1]) + heights[n] > room - 2:
            break
        drawn += 1
    assert drawn == len(heights), (heights, room)
    assert table.item(0, 0).toolTip() == NAME


def test_a_short_chinese_cell_keeps_its_words_on_one_line_when_current(speaking, qtbot):
    """A column as wide as its words (the funding request's *Frequency*) leaves room for the
    current cell's focus frame: "每两年" read "每", the rest on a hidden second line."""
    from PySide6.QtGui import QFontMetrics

    from capacity_app.gui.plan.fit import WrappedTable, fit_columns

    speaking("zh")
    table = WrappedTable(1, 2)
    qtbot.addWidget(table)
    fit_columns(table, stretched=(0,))
    table.setItem(0, 0, QTableWidgetItem(NAME))
    table.setItem(0, 1, QTableWidgetItem("每两年"))
    table.resize(700, 200)
    table.show()
    qtbot.waitExposed(table)
    table.setCurrentCell(0, 1)
    index = table.model().index(0, 1)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    option.rect = table.visualRect(index).adjusted(1, 1, -1, -1)      # inside the focus frame
    style = table.style()
    room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, table)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    assert QFontMetrics(option.font).horizontalAdvance("每两年") <= room.width() - 2 * margin

def _closed_from(win, button, close) -> type:
    """Press ``button`` while the keyboard is on *Results chain…* (as after Tab) and close the
    dialog it opens with ``close`` ("accept" or "reject"); the dialog's class."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    v = win.view.action_plan
    v.results_button.setFocus()
    assert win.focusWidget() is v.results_button
    seen = []

    def close_it():
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog))
        getattr(dialog, close)()

    QTimer.singleShot(0, close_it)
    button.click()
    QApplication.processEvents()
    assert seen, "no dialog opened"
    return seen[0]


def test_the_keyboard_goes_back_to_the_button_that_opened_the_dialog(opened):
    from capacity_app.gui.plan.dialogs import FinanceDialog
    from capacity_app.gui.plan.progress import ProgressDialog

    win = opened
    v = win.view.action_plan
    win.view.tabs.setCurrentWidget(v)
    v.reload()
    assert _closed_from(win, v.progress_button, "reject") is ProgressDialog
    assert win.focusWidget() is v.progress_button
    assert _closed_from(win, v.finance_button, "accept") is FinanceDialog   # accepted: a write, the tab reloaded
    assert win.focusWidget() is v.finance_button
