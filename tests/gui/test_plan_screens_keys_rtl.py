"""The plan's screens by keyboard, second walk (Arabic at 1280x720 and Chinese at 1366x768 under
Xvfb and openbox; docs/user-guide.md, "By keyboard only"): the money of *Progress…* reached by its
letter lands on a sum, never on the cost line's name (an amount typed at once was lost there); the
funding request's tabs reached by their letters put the keyboard into their page (it stayed on the
tab bar, which showed no focus, and what was typed was lost); a minister's signatory row shows no
partner (it showed the plan's first partner, greyed, as if the minister signed for it)."""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication


def _keyboard_arrives(table) -> None:
    """The focus coming in by a letter, as the window gives it (offscreen, no window is active)."""
    table.focusInEvent(QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.ShortcutFocusReason))


def test_the_money_reached_by_its_letter_lands_on_a_sum(store, questionnaire, qtbot):
    from capacity_app.domain.plan.cost import Cost
    from capacity_app.gui.bus import ChangeBus
    from capacity_app.gui.plan.progress import ProgressDialog
    from capacity_app.gui.writes import Writes
    from capacity_app.services import assessments as svc
    from capacity_app.services.plan import actions as plans

    aid = svc.new_assessment(store, questionnaire, country="KEN", round=2025).id
    year = _dt.date.today().year
    plans.add_action(store, questionnaire, aid, title="Census questions", institutions=("NSO",),
                     start=f"{year}-Q1", end=f"{year}-Q4",
                     costs=(Cost(year, Decimal(40000), "USD", "partner", "IOM", True),))
    dlg = ProgressDialog(store, aid, Writes(ChangeBus()))
    qtbot.addWidget(dlg)
    assert dlg.money_table.rowCount() == 1
    dlg.money_table.setCurrentCell(0, 0)   # the cost line's name, which takes no typing
    _keyboard_arrives(dlg.money_table)
    current = dlg.money_table.currentItem()
    assert dlg.money_table.currentColumn() == 2 and current.flags() & Qt.ItemFlag.ItemIsEditable


def _request(win, qtbot):
    from capacity_app.gui.plan import request as request_gui

    win.view.tabs.setCurrentWidget(win.view.action_plan)
    d = request_gui.FundingRequestDialog(win.view.action_plan, win.session, ["IOM", "European Union"], ["KNBS"])
    qtbot.addWidget(d)
    d.show()
    d.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is d, timeout=3000)
    return d


def test_a_funding_request_tab_s_letter_puts_the_keyboard_in_its_page(opened, qtbot):
    from PySide6.QtTest import QTest

    from capacity_app.domain.plan.donors import Risk

    d = _request(opened, qtbot)
    qtbot.waitUntil(d.f_committed.hasFocus, timeout=2000)   # at opening, the first field, not the tab bar
    d.risks.add(Risk("The survey is late", "medium", "high", "Fund it early", "NSO"))
    for letter, page in ((Qt.Key.Key_I, d.risks), (Qt.Key.Key_D, d.indicators), (Qt.Key.Key_Q, None)):
        QTest.keyClick(QApplication.focusWidget(), letter, Qt.KeyboardModifier.AltModifier)
        want = d.f_committed if page is None else page.table
        qtbot.waitUntil(want.hasFocus, timeout=2000)
    # the letter of the tab already showing, the keyboard on its tab bar: into the page as well
    d.tabs.setCurrentWidget(d.risks)
    d.tabs.tabBar().setFocus()
    qtbot.waitUntil(d.tabs.tabBar().hasFocus, timeout=2000)
    QTest.keyClick(d.tabs.tabBar(), Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(d.risks.table.hasFocus, timeout=2000)
    d._opened = d._snapshot()   # the risk added: nothing to ask about when the test closes it


def test_a_minister_s_signatory_row_shows_no_partner(opened, qtbot):
    from capacity_app.domain.plan.request import Signatory
    from capacity_app.gui.plan.request import SignatoryRow

    d = _request(opened, qtbot)
    row = SignatoryRow(d.group, ["IOM", "European Union"], Signatory("partner", "Ms Amal Haddad", "Chief", "European Union"))
    assert row.partner.currentText() == "European Union" and row.partner.isEnabled()
    row.role.setCurrentIndex(row.role.findData("finance"))
    assert row.partner.currentText() == "" and not row.partner.isEnabled()
    assert row.signatory() == Signatory("finance", "Ms Amal Haddad", "Chief", "")
    row.role.setCurrentIndex(row.role.findData("partner"))   # back: the partner shown before
    assert row.partner.currentText() == "European Union" and row.signatory().partner == "European Union"
    minister = SignatoryRow(d.group, ["IOM"], Signatory("government", "Mr Daniel Okafor", "Minister", ""))
    assert minister.partner.currentText() == ""
    minister.role.setCurrentIndex(minister.role.findData("partner"))
    assert minister.partner.currentText() == "IOM"
    for w in (*row.widgets(), *minister.widgets()):
        w.deleteLater()
