"""The plan's screens as an officer meets them by keyboard (French, Arabic and Chinese at 1366×768
and 1280×720 under Xvfb; docs/user-guide.md, "By keyboard only"): a grid cell's open list shows its
last choice whole (*Non* was half hidden under a scroll arrow); the titles of *Depends on* wrap
rather than being cut at 1366 px; Tab or a letter into the indicator values and the corrective
measures lands on a cell that takes typing (what was typed on the name's cell was lost); the
current cell's focus frame no longer turns a wrapped text's last line into an ellipsis; the
archived answers, when there are none, keep their two lines together; the period report's editor
and the archived answers give each Alt letter once, in every language the window speaks."""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QWidget

from tests.gui.test_mnemonic_clashes import _clashes, _letter, _letters_of_every_tab

YEAR = _dt.date.today().year
LONG = ("Produce yearly statistics from residence permits and border crossings",
        "Agree statistical access to residence-permit and border records",
        "Run the 2027 migration survey with over-sampling of migrant households")


def test_a_grid_cell_s_open_list_shows_its_last_choice_whole(qsettings, qtbot):
    """With the application's style sheet (its padded rows), F4 on *Oui* / *Non*: every row of the
    list inside the list, none under a scroll arrow."""
    from capacity_app.gui.widgets.editors import DropDown

    host = QWidget()
    qtbot.addWidget(host)
    host.resize(400, 300)
    host.show()
    if not QApplication.instance().styleSheet():  # the application's own sheet, as the window has it
        from capacity_app.gui.window.app import load_style_sheet  # (a test before may have cleared it)

        QApplication.instance().setStyleSheet(load_style_sheet())
    assert QApplication.instance().styleSheet()
    for current in (0, 1, 2):
        combo = DropDown(host)
        for text, code in (("", None), ("Oui", "yes"), ("Non", "no")):
            combo.addItem(text, code)
        combo.setGeometry(10, 100, 118, 60)
        combo.setCurrentIndex(current)
        combo.show()
        combo.showPopup()
        QApplication.processEvents()
        QApplication.processEvents()
        view = combo.view()
        port = view.viewport().rect()
        for row in range(combo.count()):
            rect = view.visualRect(view.model().index(row, 0))
            assert port.top() <= rect.top() and rect.bottom() <= port.bottom(), (current, row, rect, port)
        assert view.verticalScrollBar().maximum() == 0
        combo.hidePopup()
        combo.deleteLater()


def _text_fits(view, index, text: str) -> tuple[int, int]:
    """The height ``text`` needs wrapped in the room the view gives its cell (never wider than
    what shows), and the height it has there."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    rect = view.visualRect(index)
    rect.setRight(min(rect.right(), view.viewport().rect().right()))
    option.rect = rect
    room = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
    need = view.fontMetrics().boundingRect(QRect(0, 0, room.width() - 4, 100_000),
                                           int(Qt.TextFlag.TextWordWrap), text).height()
    return need, room.height()


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_the_titles_of_depends_on_are_whole_at_mission_sizes(speaking, make_window, db_path, questionnaire, size):
    from capacity_app.services.assessments import create_assessment
    from capacity_app.services.plan import actions as plans

    speaking("fr")
    win = make_window(db_path)
    win.resize(*size)
    a = create_assessment(win.store, questionnaire, country="KEN", round=2026)
    win.home.refresh()
    assert win.open_assessment(a.id)
    for title in ("Train the NSO's staff", *LONG):
        plans.add_action(win.store, questionnaire, a.id, title=title)
    v = win.view.action_plan
    win.view.tabs.setCurrentWidget(v)
    v.reload()
    v.table.setCurrentCell(0, 0)
    QApplication.processEvents()
    depends = v.f_depends
    assert depends.count() == len(LONG)
    depends.setFocus()
    QApplication.processEvents()
    for row in range(depends.count()):
        item = depends.item(row)
        need, room = _text_fits(depends, depends.indexFromItem(item), item.text())
        assert need <= room, (size, item.text(), need, room)
    # as high as its rows: the first ones shown whole, none half cut at the top
    assert depends.visualItemRect(depends.item(0)).top() >= 0
    assert depends.viewport().height() >= sum(depends.visualItemRect(depends.item(i)).height() for i in range(3))


def _period_report(store, questionnaire, qtbot):
    from capacity_app.domain.plan.cost import Cost
    from capacity_app.gui.bus import ChangeBus
    from capacity_app.gui.plan.period_report import PeriodReportDialog
    from capacity_app.gui.writes import Writes
    from capacity_app.services import assessments as svc
    from capacity_app.services.plan import actions as plans

    aid = svc.new_assessment(store, questionnaire, country="KEN", round=2025).id
    plans.add_action(store, questionnaire, aid, title=LONG[0], institutions=("NSO",),
                     start=f"{YEAR - 1}-Q1", end=f"{YEAR}-Q4",
                     costs=(Cost(YEAR - 1, Decimal(40000), "USD", "partner", "IOM", True),))
    dlg = PeriodReportDialog(store, aid, Writes(ChangeBus()), str(YEAR - 1))
    qtbot.addWidget(dlg)
    return dlg


def _keyboard_arrives(table) -> None:
    """The focus coming in by Tab, as the window gives it (offscreen, no window is active)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent

    table.focusInEvent(QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))


def test_tab_into_the_corrective_measures_lands_on_the_measure(store, questionnaire, qtbot):
    from capacity_app.gui.plan import period_report

    dlg = _period_report(store, questionnaire, qtbot)
    assert dlg.table.rowCount() == 1
    dlg.table.setCurrentCell(0, 0)   # the action's name, which takes no typing
    _keyboard_arrives(dlg.table)
    assert (dlg.table.currentRow(), dlg.table.currentColumn()) == (0, period_report._MEASURE)


def test_the_current_cell_keeps_room_for_its_focus_frame(qsettings, qtbot):
    """A wrapped cell's height has the two pixels the focus frame of app.qss takes inside it."""
    from PySide6.QtWidgets import QStyledItemDelegate, QTableWidgetItem

    from capacity_app.gui.plan.fit import WrappedTable

    t = WrappedTable(1, 1)
    qtbot.addWidget(t)
    t.setWordWrap(True)
    t.setItem(0, 0, QTableWidgetItem("Overall objective: national migration policy documents and SDG reports "
                                     "citing official migration statistics"))
    t.setColumnWidth(0, 200)
    t.show()
    t.resizeRowsToContents()
    option = QStyleOptionViewItem()
    t.initViewItemOption(option)
    option.rect = t.visualRect(t.model().index(0, 0))
    plain = QStyledItemDelegate().sizeHint(option, t.model().index(0, 0)).height()
    assert t.rowHeight(0) >= plain + 2


def test_tab_into_the_indicator_values_lands_on_the_value(qsettings, qtbot):
    from PySide6.QtWidgets import QTableWidgetItem

    from capacity_app.gui.plan.progress_values import VALUE, IndicatorValuesTable

    host = QWidget()
    qtbot.addWidget(host)
    table = IndicatorValuesTable(host)
    table.setRowCount(2)
    for row in range(2):
        table._fixed(row, 0, f"Outcome O1: indicator {row}")
        table._fixed(row, 1, "0 (2025)")
        table._fixed(row, 2, "12")
        for c in range(VALUE, 6):
            table.setItem(row, c, QTableWidgetItem(""))
        table._fixed(row, 6, "Not judged")
    table.setCurrentCell(0, 0)
    _keyboard_arrives(table)
    assert (table.currentRow(), table.currentColumn()) == (0, VALUE)


def test_the_archived_answers_without_any_keep_their_lines_together(store, questionnaire, qtbot):
    from capacity_app.gui.questions.archived import ArchivedDialog
    from capacity_app.services import assessments as svc

    aid = svc.new_assessment(store, questionnaire, country="KEN", round=2025).id
    dlg = ArchivedDialog(SimpleNamespace(store=store, assessment_id=aid, q=questionnaire, lang="en"))
    qtbot.addWidget(dlg)
    dlg.resize(900, 440)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.empty.isVisible() and not dlg.tree.isVisible()
    intro = dlg.findChildren(type(dlg.empty))[0]
    assert intro is not dlg.empty and intro.geometry().top() < 40       # at the top, not floating
    assert dlg.empty.geometry().top() - intro.geometry().bottom() < 40  # the two lines together


@pytest.mark.parametrize("lang", ("en", "fr", "es", "ar", "zh", "ru", "pt"))
def test_the_period_report_and_the_archived_answers_give_each_letter_once(speaking, store, questionnaire, qtbot,
                                                                           lang):
    from capacity_app.gui.questions.archived import ArchivedDialog

    speaking(lang)
    report = _period_report(store, questionnaire, qtbot)
    archived = ArchivedDialog(SimpleNamespace(store=store, assessment_id=1, q=questionnaire, lang=lang))
    qtbot.addWidget(archived)
    for dlg in (report, archived):
        dlg.show()
        QApplication.processEvents()
        assert not _clashes(_letters_of_every_tab(dlg)), (type(dlg).__name__, _clashes(_letters_of_every_tab(dlg)))
        dlg.hide()
    for label in (report.summary_label, report.decisions_label, report.measures_label):
        assert _letter(label.text()), label.text()
