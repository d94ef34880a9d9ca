"""The action plan from the keyboard alone, in English, French and Arabic, at 1366×768 and
1280×720: from the status beside the tabs, Tab and Shift+Tab walk every control of the plan in
reading order (left to right and top to bottom; right to left in Arabic) and never jump to the
navigator's filter (after Alt+U and Escape, Tab went to the filter and Space opened its list);
Return on a focused button does what Space does (Return on *Attach document…* did nothing); a cost
line's financing says its partner's name whole ("Partenaire d…" hid it); evidence typed and not
added is said so."""
from __future__ import annotations

import itertools
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

from capacity_app.domain.plan.cost import Cost
from capacity_app.services.assessments import create_assessment
from capacity_app.services.plan import actions as plans

TAB = Qt.FocusPolicy.TabFocus


def key(k, mods=Qt.KeyboardModifier.NoModifier) -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None, "no widget has the keyboard focus"
    QTest.keyClick(w, k, mods)
    QApplication.processEvents()
    return QApplication.focusWidget()


def _open_plan(speaking, make_window, db_path, questionnaire, lang, size=(1366, 768)):
    speaking(lang)
    win = make_window(db_path)
    win.resize(*size)
    a = create_assessment(win.store, questionnaire, country="KEN", round=2026)
    win.home.refresh()
    assert win.open_assessment(a.id)
    plans.add_action(win.store, questionnaire, a.id, title="Train the NSO's staff",
                     institutions=("National Statistics Office",), start="2026-Q3", end="2027-Q4",
                     costs=(Cost(2026, Decimal(15000000), "XOF", "partner", "European Union", True,
                                 pipeline="committed"),
                            Cost(2027, Decimal(1000), "USD", "national")))
    plans.add_action(win.store, questionnaire, a.id, title="Publish the tables")
    win.activateWindow()
    QApplication.processEvents()  # the window's own start (it shows the questions) done first
    v = win.view.action_plan
    win.view.tabs.setCurrentWidget(v)
    v.reload()
    v.table.setCurrentCell(0, 0)  # the first action (selectRow leaves no current row right to left)
    QApplication.processEvents()
    return win, v


def _path(w: QWidget, top: QWidget) -> list[QWidget]:
    out = []
    while w is not top:
        out.append(w)
        w = w.parentWidget()
    return out[::-1]


def _reads_before(a: QWidget, b: QWidget, top: QWidget, rtl: bool) -> bool:
    """Whether ``a`` is read before ``b``: where their parents part, the one above, or on the same
    line the one on the left (on the right, right to left)."""
    pa, pb = _path(a, top), _path(b, top)
    i = 0
    while pa[i] is pb[i]:
        i += 1
    ra, rb = pa[i].geometry(), pb[i].geometry()
    overlap = min(ra.bottom(), rb.bottom()) - max(ra.top(), rb.top())
    if overlap >= min(ra.height(), rb.height()) / 2:  # on one line
        return ra.right() > rb.right() if rtl else ra.left() < rb.left()
    return ra.top() < rb.top()


def _controls(v: QWidget) -> set[QWidget]:
    """The controls of the plan the keyboard can reach: visible, enabled, taking Tab."""
    return {w for w in v.findChildren(QWidget) if w.isVisible() and w.isEnabled() and w.focusProxy() is None
            and (w.focusPolicy() & TAB) == TAB}


@pytest.mark.parametrize("lang, size", [("en", (1366, 768)), ("fr", (1366, 768)), ("fr", (1280, 720)),
                                        ("ar", (1366, 768)), ("ar", (1280, 720))])
def test_from_the_status_tab_walks_the_plan_in_reading_order(speaking, make_window, db_path, questionnaire,
                                                              lang, size):
    win, v = _open_plan(speaking, make_window, db_path, questionnaire, lang, size)
    rtl = win.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert rtl == (lang == "ar")
    status = win.view.status.combo
    status.setFocus(Qt.FocusReason.ShortcutFocusReason)  # Alt+U
    assert key(Qt.Key.Key_Escape) is status
    forward = []
    for _ in range(80):
        w = key(Qt.Key.Key_Tab)
        if not v.isAncestorOf(w):
            break
        forward.append(w)
    assert forward[:4] == [v.results_button, v.validate_button, v.request_button, v.partner_button]
    # every control of the plan, once each, in reading order
    assert len(forward) == len(set(forward)) and set(forward) == _controls(v), \
        sorted(w.objectName() or type(w).__name__ for w in _controls(v) ^ set(forward))
    late = [(a, b) for a, b in itertools.pairwise(forward) if not _reads_before(a, b, v, rtl)]
    assert not late, [(a.objectName() or type(a).__name__, b.objectName() or type(b).__name__) for a, b in late]
    assert forward[-1] is v.achieved_button
    # Shift+Tab walks them back the same way, to the status
    v.achieved_button.setFocus(Qt.FocusReason.TabFocusReason)
    backward = [v.achieved_button]
    for _ in range(len(forward)):
        backward.append(key(Qt.Key.Key_Backtab))
    assert backward[:-1] == forward[::-1] and backward[-1] is status


def test_tab_from_the_status_never_leaves_for_the_navigator(speaking, make_window, db_path, questionnaire):
    """The walk of the mission officer in French: Alt+U, Escape, Tab, Tab: the validation."""
    win, v = _open_plan(speaking, make_window, db_path, questionnaire, "fr")
    status = win.view.status.combo
    status.setFocus(Qt.FocusReason.ShortcutFocusReason)
    key(Qt.Key.Key_Escape)
    assert key(Qt.Key.Key_Tab) is v.results_button
    assert key(Qt.Key.Key_Tab) is v.validate_button and "validation" in v.validate_button.text().replace("&", "")
    assert key(Qt.Key.Key_Backtab) is v.results_button and key(Qt.Key.Key_Backtab) is status
    assert key(Qt.Key.Key_Backtab) is win.view.tabs.tabBar()


@pytest.mark.parametrize("press", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_return_and_space_open_the_plans_dialogs(speaking, make_window, db_path, questionnaire, monkeypatch,
                                                   press):
    win, v = _open_plan(speaking, make_window, db_path, questionnaire, "en")
    opened = []

    def exec_(dlg):
        opened.append(type(dlg).__name__)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", exec_)
    asked = []
    v.f_documents.ask_file = lambda: asked.append(True) or None
    for button, dialog in ((v.results_button, "ResultsChainDialog"), (v.validate_button, "ValidationDialog"),
                           (v.request_button, "FundingRequestDialog"), (v.partner_button, "PartnerEditionDialog"),
                           (v.finance_button, "FinanceDialog"), (v.totals_button, "TotalsDialog"),
                           (v.progress_button, "ProgressDialog"), (v.achieved_button, "AchievedDialog"),
                           (v.add_cost_button, "CostLineDialog")):
        button.setFocus(Qt.FocusReason.TabFocusReason)
        key(press)
        assert opened[-1:] == [dialog], (button.text(), opened)
    v.f_documents.attach.setFocus(Qt.FocusReason.TabFocusReason)
    key(press)
    assert asked == [True]  # Attach document… asked for its file


def test_return_on_a_dialogs_button_is_that_button_not_the_dialogs(speaking, make_window, db_path, questionnaire,
                                                                   monkeypatch):
    """In a dialog, Return on *Add a rate* adds a rate (it did Save and closed the dialog)."""
    from capacity_app.gui.plan import dialogs
    from capacity_app.gui.plan.results import ResultsChainDialog

    from capacity_app.gui.widgets import unsaved

    # the finance dialog's closing asks through unsaved.close_or_ask
    monkeypatch.setattr(unsaved, "ask_unsaved", lambda _parent, _what: "discard")   # the rate added, closed

    win, v = _open_plan(speaking, make_window, db_path, questionnaire, "fr")
    d = dialogs.FinanceDialog(v, v.state.finance, "KES")
    d.show()
    d.add_button.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(d.add_button, Qt.Key.Key_Return)
    assert d.rates.rowCount() == 1 and d.isVisible() and d.result() != QDialog.DialogCode.Accepted
    d.reject()
    # the results chain: Return on *Add outcome* adds one; in a field, Return stays *Close*'s
    chain = ResultsChainDialog(v, win.session)
    chain.show()
    chain.add_outcome_button.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(chain.add_outcome_button, Qt.Key.Key_Return)
    assert len(chain.chain.outcomes) == 1 and chain.isVisible()
    chain.f_objective.setFocus(Qt.FocusReason.TabFocusReason)
    assert [b.text() for b in chain.findChildren(QPushButton) if b.isDefault()] == [chain.tr("&Close")]
    chain.reject()


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_a_cost_lines_financing_says_its_partner_whole(speaking, make_window, db_path, questionnaire, qapp, lang):
    """In the form's narrow cost lines (1366 px, the window's style), the partner's name is in its
    cell and every cell is shown whole (a row as high as its wrapped text), never "Partenaire d…"."""
    from capacity_app.gui.plan.dialogs import funding_label
    from capacity_app.gui.window.app import load_style_sheet

    qapp.setStyleSheet(load_style_sheet())
    try:
        win, v = _open_plan(speaking, make_window, db_path, questionnaire, lang)
        t = v.f_costs
        assert t.rowCount() == 2
        assert "European Union" in t.item(0, 2).text()
        assert funding_label("partner") in t.item(0, 2).toolTip()  # what it is, in its tooltip
        assert t.item(1, 2).text() == funding_label("national")
        for r in range(t.rowCount()):
            assert t.rowHeight(r) >= t.sizeHintForRow(r), (r, t.rowHeight(r), t.sizeHintForRow(r))
            for c in range(t.columnCount()):
                text = t.item(r, c).text()
                # each word of a wrapped cell fits its column (a cell cut mid-word hides its end)
                widest = max(t.fontMetrics().horizontalAdvance(w) for w in text.split())
                assert widest <= t.columnWidth(c), (text, t.columnWidth(c))
    finally:
        qapp.setStyleSheet("")


def test_evidence_typed_and_left_is_said_not_added(opened, qtbot):
    win = opened
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=3000)
    view = win.view
    assert view.go_to_key("s2_need_a")
    view.page.ensure_built()
    w = view.page.widgets["s2_need_a"]
    w.more.click()
    panel = w.comments
    panel.text.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClicks(panel.text, "Census 2019 report")
    key(Qt.Key.Key_Tab)  # on to Add evidence: nothing said
    assert QApplication.focusWidget() is panel.add
    qtbot.wait(20)
    assert panel.unadded.isHidden()
    panel.text.setFocus(Qt.FocusReason.TabFocusReason)
    key(Qt.Key.Key_Backtab)  # left for elsewhere: said
    assert QApplication.focusWidget() is panel.kind
    qtbot.waitUntil(lambda: not panel.unadded.isHidden(), timeout=2000)
    assert "Census 2019 report" in panel.unadded.text()
    panel.add.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(panel.add, Qt.Key.Key_Return)  # Return on Add evidence adds it
    QApplication.processEvents()
    assert panel.text.text() == "" and panel.unadded.isHidden()
    assert [e.text for e in win.session.answer("s2_need_a").evidence] == ["Census 2019 report"]
