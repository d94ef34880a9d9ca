"""The window at its languages' text lengths ("no truncated header or clipped cell at
1366×768 in any language"), what a walk of every view in ar, zh, ru, fr and es at 1366×768 still
found cut: the cost line's fields and check box in Russian at the dialog's old width, an exchange
rate's source, the list's completion in Arabic (its column fitted to "…" before the figures came),
the Arabic S4 name in the navigator (five lines allowed, seven needed) and fifteen Russian questions
that all read "Потребность в данных: …"."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit


def _settle(qtbot):
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(5)


def _cut_fields(dialog) -> list[str]:
    from capacity_app.gui.plan.dialogs import FIELD_WIDEST

    cut = []
    for w in dialog.findChildren(QLineEdit):
        text = w.placeholderText()
        if w.isVisible() and text and not w.text() and w.width() < FIELD_WIDEST:
            if w.fontMetrics().horizontalAdvance(text) > w.width() - 12:
                cut.append(f"placeholder {text!r} in {w.width()} px")
    for w in dialog.findChildren(QComboBox):
        if w.isVisible() and not w.isEditable() and w.width() < w.sizeHint().width():
            cut.append(f"choice {w.currentText()!r} in {w.width()} px")
    for w in dialog.findChildren(QCheckBox):
        if w.isVisible() and w.width() < w.sizeHint().width():
            cut.append(f"box {w.text()!r} in {w.width()} px")
    for w in dialog.findChildren(QLabel):
        if w.isVisible() and w.text() and not w.wordWrap() and w.width() < w.minimumSizeHint().width():
            cut.append(f"label {w.text()!r} in {w.width()} px")
    return cut


@pytest.mark.parametrize("lang", ["ru", "fr", "es"])
def test_a_cost_lines_fields_show_their_text_whole(speaking, qtbot, lang):
    from decimal import Decimal

    from capacity_app.domain.plan.cost import Cost
    from capacity_app.gui.plan.dialogs import CostLineDialog

    speaking(lang)
    d = CostLineDialog(None, Cost(2026, Decimal(2500000), "XOF", "national"), "XOF", 2026)
    qtbot.addWidget(d)
    d.show()
    _settle(qtbot)
    assert not _cut_fields(d)
    d.funding.setCurrentIndex(d.funding.count() - 1)  # a partner's field enabled, its placeholder shown
    _settle(qtbot)
    assert not _cut_fields(d)


def test_an_exchange_rates_source_is_whole(speaking, qtbot):
    from decimal import Decimal

    from capacity_app.domain.plan.cost import Finance, Rate
    from capacity_app.gui.plan.dialogs import FinanceDialog

    speaking("ru")
    d = FinanceDialog(None, Finance("XOF", (Rate("XOF", Decimal("605.25"), "2026-05-01",
                                                     "UN operational rate of exchange"),)), "XOF")
    qtbot.addWidget(d)
    d.show()
    _settle(qtbot)
    header = d.rates.horizontalHeader()
    for c in range(d.RATE_COLUMNS):
        assert header.sectionSize(c) >= d.rates.sizeHintForColumn(c), c


def test_the_lists_figures_fit_their_column_when_they_come(speaking, make_window, db_path, questionnaire, qtbot):
    from capacity_app.services.assessments import create_assessment

    speaking("ar")
    win = make_window(db_path)
    create_assessment(win.store, questionnaire, country="KEN", round=2026)
    home = win.home
    home.refresh()
    col = home.model.COLUMNS.index("completion")
    assert home.model.data(home.model.index(0, col)) == "…"  # the column is first fitted to this
    _settle(qtbot)
    qtbot.waitUntil(lambda: home.model.rows[0].completion is not None and not home.runner.busy, timeout=20000)
    _settle(qtbot)
    assert "في\u00a0المائة" in home.model.data(home.model.index(0, col))   # one piece (domain/editorial.py)
    assert home.table.horizontalHeader().sectionSize(col) >= home.table.sizeHintForColumn(col)


def _opened_in(lang, country, speaking, qsettings, make_window, db_path, questionnaire, qtbot):
    """The window in ``lang`` (interface and questionnaire) on a new assessment of ``country``, at
    1366×768 less the window manager's title bar."""
    from capacity_app.services.assessments import create_assessment

    speaking(lang)
    qsettings.setValue("language", lang)
    win = make_window(db_path)
    a = create_assessment(win.store, questionnaire, country=country, round=2026)
    win.home.refresh()
    assert win.open_assessment(a.id)
    win.resize(1366, 738)
    _settle(qtbot)
    return win


def _navigator_whole(win, qtbot, need: str) -> None:
    """Every section's name in the navigator on as many lines as it needs (the Arabic S4 needs
    seven at 1366 px; five were allowed), and each question of S2 starting with ``need`` on two
    lines as high as they are drawn (fifteen Russian questions read "Потребность в данных: …", and
    a Chinese line is 19 px for the font's 16: "需求：A. 每年有多少移民入…" showed one line)."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from capacity_app.gui.window.app import load_style_sheet

    tree, model = win.view.tree, win.view.nav
    tree.setStyleSheet(load_style_sheet())  # its rows padded as the application pads them
    try:
        delegate = tree.itemDelegateForColumn(0)
        s2 = next(model.index(r, 0) for r in range(model.rowCount())
                  if str(model.data(model.index(r, 0))).startswith("S2"))
        tree.expand(s2)
        tree.doItemsLayout()
        _settle(qtbot)
        for r in range(model.rowCount()):
            index = model.index(r, 0)
            assert delegate._lines(QStyleOptionViewItem(), index) == delegate._lines_needed(index), model.data(index)
        needs = [model.index(r, 0, s2) for r in range(model.rowCount(s2))
                 if str(model.data(model.index(r, 0, s2))).startswith(need)]
        assert len(needs) >= 10
        lines = []
        for index in needs:
            heights = delegate._line_heights(index)
            lines.append(len(heights))
            assert tree.visualRect(index).height() >= sum(heights[:2]) + 2, model.data(index)
        # the long ones take two lines or more (a short one, "需求：A. 每年有多少移民入境？", fits on one
        # where the navigator is a little wider: the test was red on the tree's width alone)
        assert sum(n >= 2 for n in lines) >= 5, lines
    finally:
        tree.setStyleSheet("")


def test_comment_and_evidence_counts_take_chinese_brackets(speaking, qsettings, make_window, db_path, questionnaire,
                                                           qtbot):
    """"评论和证据 (评论、1项证据)": half-width brackets in Chinese (seen under Xvfb); the navigator's
    Chinese questions on two whole lines."""
    from test_answering import item_widget

    win = _opened_in("zh", "CHN", speaking, qsettings, make_window, db_path, questionnaire, qtbot)
    _navigator_whole(win, qtbot, "需求")
    win.session.set_answer("s2_need_a", 2)
    assert win.session.set_comment("s2_need_a", "说明")
    win.flush_view()
    w = item_widget(win, "s2_need_a")
    w.refresh()
    assert "（" in w.more.text() and w.more.text().endswith("）") and " (" not in w.more.text(), w.more.text()


def _drawn_height(font, lines) -> float:
    from PySide6.QtGui import QTextLayout

    total = 0.0
    for text in lines:
        layout = QTextLayout(text, font)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(100_000)
        layout.endLayout()
        total += line.height()
    return total


def test_arabic_column_titles_are_as_high_as_their_lines(speaking, qsettings, make_window, db_path, questionnaire,
                                                         qtbot):
    """The Arabic S6C grid's title "يستخدم رقم تعريف شخصيًا مشتركًا" lost its last line under Xvfb:
    the header was as high as its font's line spacing says, an Arabic line is drawn taller."""
    from PySide6.QtCore import Qt

    from capacity_app.gui.questions.grid import WrapHeader

    win = _opened_in("ar", "EGY", speaking, qsettings, make_window, db_path, questionnaire, qtbot)
    _navigator_whole(win, qtbot, "الحاجة")  # the navigator's Arabic sections whole, questions on two lines
    win.view.page.show_section(next(s for s in questionnaire.sections if s.id == "S6C"))
    _settle(qtbot)
    headers = [h for h in win.view.findChildren(WrapHeader) if h.isVisible() and h.orientation() == Qt.Orientation.Horizontal]
    assert headers
    for h in headers:
        for i in range(h.count()):
            need = _drawn_height(h._font(), h.lines(i, h.sectionSize(i)))
            assert need <= h.height() - 4, (h.text(i), need, h.height())


def test_an_answers_history_writes_its_days_out_and_wraps_a_long_value(speaking, make_window, db_path,
                                                                       questionnaire, qtbot):
    """The history dialog gave ISO time stamps and cut a comment ("Draft National Migration
    Strategy 20…") in every language."""
    import re

    from capacity_app.gui.questions.history import COL_VALUE, COL_WHEN, HistoryDialog
    from capacity_app.services.assessments import create_assessment

    speaking("ru")
    win = make_window(db_path)
    a = create_assessment(win.store, questionnaire, country="KEN", round=2026)
    win.home.refresh()
    assert win.open_assessment(a.id)
    comment = "Draft National Migration Strategy 2026-2030 awaiting cabinet approval, " * 3
    assert win.session.set_comment("s2_policy", comment)
    d = HistoryDialog(win.session, "s2_policy", win)
    qtbot.addWidget(d)
    d.show()
    _settle(qtbot)
    first = d.tree.topLevelItem(0)
    assert "года, " in first.text(COL_WHEN) and not re.search(r"\d{4}-\d\d-\d\d", first.text(COL_WHEN))
    fm = d.tree.fontMetrics()
    assert fm.horizontalAdvance(first.text(COL_WHEN)) <= d.tree.columnWidth(COL_WHEN)
    rect = d.tree.visualItemRect(first)
    assert rect.height() >= 2 * fm.lineSpacing()  # the long comment on several lines, not cut
    assert first.text(COL_VALUE).startswith("Draft")
