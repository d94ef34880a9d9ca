"""The Action plan tab: add, edit (saved on leaving a field), pick an institution, refuse bad input
without losing it, reorder and remove from the keyboard, undo through the window's undo stack."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from capacity_app.domain.assessment import Institution
from capacity_app.services.plan import actions as plans


def _view(win):
    view = win.view
    view.tabs.setCurrentWidget(view.action_plan)
    return view.action_plan


def _stored(win):
    return plans.action_plan(win.store, win.session.assessment_id)


def test_add_edit_undo(opened, qtbot):
    win = opened
    v = _view(win)
    assert not v.empty.isHidden() and v.table.rowCount() == 0
    v.new_action()
    assert [a.title for a in _stored(win)] == ["New action"]
    assert v.f_title.hasFocus() or v.f_title.isEnabled()
    v.f_title.setText("Add migration questions to the census")
    v.f_title.editingFinished.emit()
    v.f_start.setText("2027q1")
    v.f_start.editingFinished.emit()
    v.f_status.setCurrentIndex(v.f_status.findData("in_progress"))
    v.f_status.activated.emit(v.f_status.currentIndex())
    a = _stored(win)[0]
    assert (a.title, a.start, a.status) == ("Add migration questions to the census", "2027-Q1", "in_progress")
    assert v.table.item(0, 0).text() == a.title and v.table.item(0, 2).text() == "Q1 2027"  # written as the report writes it
    stack = win.session.undo_stack
    stack.undo()  # the status
    assert _stored(win)[0].status == "planned" and v.f_status.currentData() == "planned"
    stack.undo()
    stack.undo()
    assert _stored(win)[0].title == "New action"
    stack.undo()  # the addition itself
    assert _stored(win) == [] and v.table.rowCount() == 0
    stack.redo()
    assert [x.title for x in _stored(win)] == ["New action"]


def test_bad_input_is_refused_and_kept_in_the_form(opened, qtbot):
    win = opened
    v = _view(win)
    v.new_action()
    v.f_start.setText("2027-Q3")
    v.f_end.setText("2027-Q1")
    v.f_end.editingFinished.emit()
    assert not v.error.isHidden() and "before the start" in v.error.text()
    assert v.f_end.text() == "2027-Q1"  # kept, to be corrected
    assert _stored(win)[0].end is None
    v.f_title.setText("   ")
    v.f_title.editingFinished.emit()
    assert "no title" in v.error.text() and _stored(win)[0].title == "New action"
    v.f_title.setText("Fixed")
    v.f_end.setText("2027-Q4")
    v.f_end.editingFinished.emit()
    assert v.error.isHidden()
    assert (_stored(win)[0].title, _stored(win)[0].end) == ("Fixed", "2027-Q4")
    v.f_pqs.setText("A, zz")
    v.f_pqs.editingFinished.emit()
    assert "policy question 'ZZ' does not exist" in v.error.text()


def test_institutions_picked_from_the_assessment(opened, qtbot):
    win = opened
    aid = win.session.assessment_id
    win.store.update_assessment(aid, institutions=(Institution("KNBS", "lead"),
                                                   Institution("Ministry of Interior")))
    v = _view(win)
    v._fill_pick()
    v.new_action()
    assert [v.pick.itemText(i) for i in range(1, v.pick.count())] == ["KNBS", "Ministry of Interior"]
    v._pick_institution(2)
    v._pick_institution(1)
    v._pick_institution(2)  # already there: not twice
    assert _stored(win)[0].institutions == ("Ministry of Interior", "KNBS")
    v.f_institutions.setPlainText("KNBS\nA typed one")
    v.f_institutions.focusLost.emit()
    assert _stored(win)[0].institutions == ("KNBS", "A typed one")
    assert v.table.item(0, 1).text() == "KNBS; A typed one"


def test_the_owners_are_listed_as_the_interface_language_writes_a_list(opened, qapp, qtbot):
    """Seen under Xvfb in Chinese: two ministries joined with a Latin "; " (should be "；")."""
    from capacity_app.gui.window.app import install_translations

    win = opened
    v = _view(win)
    v.new_action()
    v.f_institutions.setPlainText("国家统计局\n外交部")
    v.f_institutions.focusLost.emit()
    install_translations(qapp, "zh")
    try:
        v.reload()
        assert v.table.item(0, 1).text() == "国家统计局；外交部"
    finally:
        install_translations(qapp, "en")


def test_keyboard_reorder_and_remove(opened, qtbot):
    win = opened
    v = _view(win)
    q, aid = win.questionnaire, win.session.assessment_id
    for t in ("One", "Two", "Three"):
        plans.add_action(win.store, q, aid, title=t)
    v.reload()
    v.table.setFocus()
    v.select(_stored(win)[2].id)
    qtbot.keyClick(v.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [a.title for a in _stored(win)] == ["One", "Three", "Two"]
    assert v.current().title == "Three"
    qtbot.keyClick(v.table, Qt.Key.Key_Delete)
    assert [a.title for a in _stored(win)] == ["One", "Two"]
    win.session.undo_stack.undo()
    assert [a.title for a in _stored(win)] == ["One", "Three", "Two"]
    win.session.undo_stack.undo()
    assert [a.title for a in _stored(win)] == ["One", "Two", "Three"]
    qtbot.keyClick(v.table, Qt.Key.Key_Insert)
    assert len(_stored(win)) == 4


# --- the costed plan: costs, priority actions, currency and rates, validation -----------

from decimal import Decimal  # noqa: E402

from PySide6.QtWidgets import QDialog  # noqa: E402

from capacity_app.gui.plan import dialogs as plan_dialogs  # noqa: E402


def _fill_cost(amount, funding="national", funder="", secured=False, year=2027, bad_first=None):
    def exec_(dlg):
        if bad_first:  # a refused amount keeps the dialog open, the text kept
            dlg.amount.setText(bad_first)
            dlg.accept()
            assert dlg.isVisible() is False and not dlg.error.isHidden() and dlg.amount.text() == bad_first
        dlg.year.setValue(year)
        dlg.amount.setText(amount)
        dlg.funding.setCurrentIndex(dlg.funding.findData(funding))
        dlg.funder.setText(funder)
        dlg.secured.setChecked(secured)
        dlg.accept()
        return dlg.result()
    return exec_


def test_costs_priority_action_and_strategy(opened, qtbot, monkeypatch):
    win = opened
    v = _view(win)
    v.new_action()
    assert v.state.finance.currency == "KES"  # the country's (Kenya)
    v.f_chosen.click()
    v.f_strategy.setText("NSDS 2024-2028, objective 2.3")
    v.f_strategy.editingFinished.emit()
    a = _stored(win)[0]
    assert a.priority_action and a.strategy == "NSDS 2024-2028, objective 2.3"
    assert v.table.item(0, 0).text().startswith("★ ")
    monkeypatch.setattr(plan_dialogs.CostLineDialog, "exec", _fill_cost("1250000", bad_first="12,5"))
    v.f_costs.setFocus()
    qtbot.keyClick(v.f_costs, Qt.Key.Key_Insert)
    monkeypatch.setattr(plan_dialogs.CostLineDialog, "exec",
                        _fill_cost("84000.50", "partner", "World Bank", True, year=2026))
    v.add_cost()
    costs = _stored(win)[0].costs
    assert [(c.year, c.amount, c.currency, c.funding, c.funder, c.secured) for c in costs] == [
        (2026, Decimal("84000.5"), "KES", "partner", "World Bank", True),
        (2027, Decimal(1250000), "KES", "national", "", False)]
    assert v.f_costs.rowCount() == 2 and v.f_costs.item(1, 1).text() == "KES\u00a01,250,000"
    assert v.table.item(0, 3).text() == "KES\u00a01,334,000.50"
    assert "financing gap KES\u00a01,250,000" in v.totals_line.text()
    v.f_costs.setCurrentCell(1, 0)
    monkeypatch.setattr(plan_dialogs.CostLineDialog, "exec", _fill_cost("1300000"))
    qtbot.keyClick(v.f_costs, Qt.Key.Key_Return)
    assert _stored(win)[0].costs[1].amount == Decimal(1300000)
    win.session.undo_stack.undo()
    assert _stored(win)[0].costs[1].amount == Decimal(1250000)
    v.f_costs.setCurrentCell(0, 0)
    qtbot.keyClick(v.f_costs, Qt.Key.Key_Delete)
    assert [c.year for c in _stored(win)[0].costs] == [2027]
    monkeypatch.setattr(plan_dialogs.CostLineDialog, "exec", lambda dlg: QDialog.DialogCode.Rejected)
    v.add_cost()  # cancelled: nothing written
    assert len(_stored(win)[0].costs) == 1


def test_at_most_eight_priority_actions_told(opened, qtbot):
    win = opened
    v = _view(win)
    q, aid = win.questionnaire, win.session.assessment_id
    for i in range(9):
        plans.add_action(win.store, q, aid, title=f"A{i}", priority_action=i < 8)
    v.reload()
    v.select(_stored(win)[8].id)
    v.f_chosen.click()
    assert "at most 8 fit the plan at a glance" in v.error.text() and not _stored(win)[8].priority_action
    assert "Priority actions: 8 of at most 8." in v.plan_state.text()


def test_currency_rates_and_totals(opened, qtbot, monkeypatch):
    from capacity_app.domain.plan.cost import Cost

    win = opened
    v = _view(win)
    q, aid = win.questionnaire, win.session.assessment_id
    plans.add_action(win.store, q, aid, title="Costed", institutions=("KNBS",), costs=(
        Cost(2026, Decimal(1293500), "KES", secured=True), Cost(2027, Decimal(2587000), "KES")))
    v.reload()

    def fill(dlg):
        assert dlg.currency.currentIndex() == 0 and "KES" in dlg.currency.currentText()  # the country's
        dlg._add_rate()
        row = dlg.rates.rowCount() - 1
        for c, text in enumerate(("kes", "129,35", "2026-03-01", "UN operational rate")):
            dlg.rates.item(row, c).setText(text)
        dlg.accept()
        assert not dlg.error.isHidden() and "129,35" in dlg.error.text()  # a decimal comma: refused, kept
        dlg.rates.item(row, 1).setText("129.35")
        dlg.accept()
        return dlg.result()

    monkeypatch.setattr(plan_dialogs.FinanceDialog, "exec", fill)
    v.finance_dialog()
    f = plans.plan_finance(win.store, aid)
    assert f.rates[0].currency == "KES" and f.rates[0].per_usd == Decimal("129.35")
    assert "(USD\u00a030,000)" in v.totals_line.text() and "(USD\u00a020,000)" in v.totals_line.text()
    shown = []
    monkeypatch.setattr(plan_dialogs.TotalsDialog, "exec", lambda dlg: shown.append(
        [dlg.lines(i) for i in range(3)]))
    v.totals_dialog()
    by_year, by_inst, by_source = shown[0]
    assert by_year[0][:4] == ["2026", "KES\u00a01,293,500", "KES\u00a01,293,500", "KES\u00a00"]
    assert by_year[-1] == ["Total", "KES\u00a03,880,500", "KES\u00a01,293,500", "KES\u00a02,587,000",
                           "USD\u00a030,000", "USD\u00a020,000"]
    assert by_inst[0][0] == "KNBS" and by_source[0][0] == "National budget"

    def remove(dlg):
        dlg.rates.setCurrentCell(0, 0)
        dlg._remove_rate()
        dlg.accept()
        return dlg.result()

    monkeypatch.setattr(plan_dialogs.FinanceDialog, "exec", remove)
    v.finance_dialog()
    assert plans.plan_finance(win.store, aid).rates == ()


def test_validation_recorded_changes_flagged_and_withdrawn(opened, qtbot, monkeypatch):
    win = opened
    v = _view(win)
    q, aid = win.questionnaire, win.session.assessment_id
    from capacity_app.domain.plan.cost import Cost, Rate

    # a plan that can be validated: owners, dates, costs, the rate
    kes = (Cost(2026, Decimal(1000), "KES"),)
    plans.set_plan_finance(win.store, aid, rates=[Rate("KES", Decimal("129.35"), "2026-03-01")])
    plans.add_action(win.store, q, aid, title="Census", institutions=("KNBS",), start="2026-Q1", end="2026-Q4",
                     costs=kes)
    plans.add_action(win.store, q, aid, title="Survey", institutions=("KNBS", "Labour"), start="2026-Q1",
                     end="2026-Q4", costs=kes)
    v.reload()
    assert "Proposed plan: not validated yet" in v.plan_state.text()
    calls = []

    def fill(dlg):
        calls.append(1)
        assert dlg.institutions.toPlainText() == "KNBS\nLabour"  # the plan's institutions, to start from
        dlg.date.set_iso("2999-01-01" if len(calls) == 1 else "2026-06-12")
        dlg.event_edit.setText("National validation workshop")
        dlg.approved_by.setText("A. Wanjiru")
        dlg.position.setText("Director-General")
        if len(calls) == 2:
            assert "in the future" in dlg.error.text()  # told in the dialog, the fields kept
        dlg.accept()
        return dlg.result()

    monkeypatch.setattr(plan_dialogs.ValidationDialog, "exec", fill)
    v.validation_dialog()
    assert len(calls) == 2
    state = plans.plan_state(win.store, aid)
    assert state.validated and state.validation.institutions == ("KNBS", "Labour")
    assert v.plan_state.text().startswith("Validated on 12 June 2026 (National validation workshop), approved by "
                                          "A. Wanjiru, Director-General.")
    v.select(_stored(win)[1].id)
    v.f_end.setText("2027-Q4")
    v.f_end.editingFinished.emit()
    assert v.table.item(1, 0).text() == "✎ Survey" and "Changed after the validation: timeline" in \
        v.table.item(1, 0).toolTip()
    assert "Changed since (✎): 1." in v.plan_state.text()
    plans.set_plan_finance(win.store, aid, rates=[Rate("KES", Decimal("130.5"), "2026-04-01")])
    v.reload()  # the differences, value approved -> value now, in the line's tooltip
    # in the interface's language, the rate and its date as it writes them
    assert "Exchange rate: USD 1 = KES 129.35 (1 March 2026) → USD 1 = KES 130.5 (1 April 2026)" in \
        v.plan_state.toolTip().replace("\u00a0", " ")
    # a line's funding secured is the funding's progress, under its own heading
    census = _stored(win)[0]
    plans.update_action(win.store, q, aid, replace(census, costs=(replace(census.costs[0], secured=True),)))
    v.reload()
    tip = v.plan_state.toolTip()
    assert tip.index("Funding progress since the validation") < tip.index("Census (2026): funding secured: no → yes")
    assert "Changed since (✎): 1." in v.plan_state.text()
    win.session.set_language("fr")
    assert "Taux de change : 1 USD = 129,35 KES (1er mars 2026)" in " ".join(v.plan_state.toolTip().split())

    def withdraw(dlg):
        dlg.withdraw_button.click()  # no reason: told, the dialog stays open
        assert dlg.isVisible() or not dlg.withdraw
        assert "reason" in dlg.error.text()
        dlg.reason.setText("Recorded by mistake")
        dlg.withdraw_button.click()
        return dlg.result()

    monkeypatch.setattr(plan_dialogs.ValidationDialog, "exec", withdraw)
    v.validation_dialog()
    assert not plans.plan_state(win.store, aid).validated and v.table.item(1, 0).text() == "Survey"


def test_keyboard_order_and_mnemonics(opened, qtbot):
    """Tab leaves the list for the form (arrows move in it), the form ends on the plan's currency
    and budget; the letters given to the new fields are not taken elsewhere in the window."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    win = opened
    v = _view(win)
    plans.add_action(win.store, win.questionnaire, win.session.assessment_id, title="One")
    v.reload()
    assert not v.table.tabKeyNavigation()
    assert v.table.nextInFocusChain() is v.f_title or v.f_title in _chain(v.table, 3)
    # the cost lines' buttons, the action's documents, then the plan's currency and budget
    docs = v.f_documents
    assert docs.list in _chain(v.remove_cost_button, 2) and docs.attach in _chain(docs.list, 3)
    assert docs.open in _chain(docs.attach, 2) and docs.remove in _chain(docs.open, 2)
    assert v.finance_button in _chain(docs.remove, 2) and v.totals_button in _chain(v.finance_button, 2)
    letters: dict[str, list[str]] = {}
    for w in win.findChildren(QWidget):
        text = w.text() if isinstance(w, (QAbstractButton, QLabel)) else ""
        m = re.search(r"&([^&\s])", text or "")
        if m and w.isVisibleTo(win):
            letters.setdefault(m.group(1).lower(), []).append(text)
    for menu in win.menuBar().actions():
        m = re.search(r"&([^&\s])", menu.text())
        if m:
            letters.setdefault(m.group(1).lower(), []).append(menu.text())
    for letter in ("g", "j", "b"):  # plan at a &glance, ob&jective, &Budget
        assert len(letters.get(letter, [])) == 1, letters.get(letter)


def test_made_when_first_shown_in_its_place_in_the_tab_order(opened, qtbot):
    """Opening an assessment does not make the plan tab's panels (the officer lands on the
    questions); showing the tab does, and Tab reaches its controls where it did when they were made
    with the view: after the dashboard's, the plan's four buttons first, the earlier plan's last
    (the form's scroll area is no stop of its own). The status beside the tabs comes right after
    the tab bar, before every tab's controls: Tab from it goes into the tab shown."""
    from PySide6.QtWidgets import QWidget

    win = opened
    view = win.view
    assert not view._action_plan._built and not view._action_plan.findChildren(QWidget)
    v = _view(win)
    assert v._built
    tab, order, w = Qt.FocusPolicy.TabFocus, [], win.nextInFocusChain()
    while w is not win:
        if (w.focusPolicy() & tab) == tab:
            order.append(w)
        w = w.nextInFocusChain()
    mine = [n for n, w in enumerate(order) if v.isAncestorOf(w)]
    assert mine == list(range(mine[0], mine[-1] + 1))  # together
    assert view.dashboard.isAncestorOf(order[mine[0] - 1]) and not view.status.isAncestorOf(order[mine[-1] + 1])
    assert order[mine[0]] is v.results_button and order[mine[-1]] is v.achieved_button
    bar = order.index(view.tabs.tabBar())
    after = next(w for w in order[bar + 2:] if not view.tabs.tabBar().isAncestorOf(w))  # its scroll arrows
    assert order[bar + 1] is view.status.combo
    assert any(view.tabs.widget(i).isAncestorOf(after) for i in range(view.tabs.count()))  # a tab's page
    assert order[mine[0] + 9:mine[0] + 11] == [v.table, v.f_title]


def _chain(w, n):
    out = []
    for _ in range(n):
        w = w.nextInFocusChain()
        out.append(w)
    return out


def test_the_forms_labels_and_a_long_title_are_read_whole(opened, qtbot, qapp):
    """Cut texts, in the running window's style: the form's labels above
    their fields take one line where the form has room and, wrapped, are as high as their lines
    ("Add from the assessment:" took three lines in the height of two); a long title is shown from
    its start ("xisting census and LFS tables…" was its end)."""
    from PySide6.QtWidgets import QApplication

    from capacity_app.gui.window.app import load_style_sheet

    win = opened
    qapp.setStyleSheet(load_style_sheet())
    try:
        v = _view(win)
        v.new_action()
        title = "Publish the existing census and LFS tables by country of birth and citizenship every year"
        v.f_title.setText(title)
        v.f_title.editingFinished.emit()
        v.new_action()
        v.table.setFocus()
        v.table.selectRow(0)  # back to the long one, as the officer comes back to it
        for lang in ("en", "fr", "es"):
            if lang != "en":
                win.session.set_language(lang)
            for size in ((1366, 768), (1024, 768)):
                win.resize(*size)
                for _ in range(4):
                    QApplication.processEvents()
                    qtbot.wait(5)
                host = v.f_title.parentWidget()
                for lab in v._labels:
                    assert lab.heightForWidth(lab.width()) <= lab.height(), (lang, size, lab.text())
                    assert lab.geometry().right() <= host.width(), (lang, size, lab.text())
                    if size == (1366, 768) and lang == "en":
                        assert lab.height() <= lab.fontMetrics().lineSpacing() + 4, lab.text()  # one line
                assert v.f_title.text() == title and v.f_title.cursorPosition() == 0
    finally:
        qapp.setStyleSheet("")


def test_the_tables_headings_are_whole_or_end_in_an_ellipsis(opened, qtbot, qapp):
    """At 1024 px in French the plan's headings read "ponsal" and "lendri" (the
    middle of "Responsable" and "Calendrier") and a cost "5 000 000 XOF" for 15 000 000 (a
    right-aligned amount cut on its left): a heading is whole where its column has room (the
    responsible and timeline columns are at least as wide as theirs), else it ends in "…" with
    its tooltip whole; an amount is never cut, the title and owners' columns give way."""
    from dataclasses import replace
    from decimal import Decimal

    from PySide6.QtWidgets import QApplication

    from capacity_app.domain.plan.cost import Cost
    from capacity_app.gui.window.app import load_style_sheet

    win = opened
    qapp.setStyleSheet(load_style_sheet())
    try:
        v = _view(win)
        aid = win.session.assessment_id
        saved = plans.add_action(win.store, win.questionnaire, aid, title="Agree access to residence-permit records")
        plans.update_action(win.store, win.questionnaire, aid, replace(
            saved.action, institutions=("Ministry of the Interior, Migration Directorate",),
            costs=(Cost(2027, Decimal(15_000_000), "XOF", "partner", "European Union"),
                   Cost(2028, Decimal(12_500_000), "XOF"))))
        v.reload()
        head = v.table.horizontalHeader()
        assert head.textElideMode() == Qt.TextElideMode.ElideRight
        for size in ((1366, 768), (1024, 768)):
            win.resize(*size)
            for _ in range(4):
                QApplication.processEvents()
                qtbot.wait(5)
            for c in range(v.table.columnCount()):
                heading = v.table.horizontalHeaderItem(c)
                assert heading.toolTip() == heading.text() != ""
                if size == (1366, 768):
                    assert head.fontMetrics().horizontalAdvance(heading.text()) + 12 <= v.table.columnWidth(c), (
                        heading.text(), v.table.columnWidth(c))
            for c in (3, 4):  # the cost and the status, whole at every width
                cell = v.table.item(0, c)
                assert v.table.fontMetrics().horizontalAdvance(cell.text()) + 8 <= v.table.columnWidth(c), (
                    size, cell.text(), v.table.columnWidth(c))
        v.table.setFixedWidth(330)  # narrower than its columns' least: still no amount cut
        QApplication.processEvents()
        cell = v.table.item(0, 3)
        assert "27,500,000" in cell.text()
        assert v.table.fontMetrics().horizontalAdvance(cell.text()) + 8 <= v.table.columnWidth(3), cell.text()
    finally:
        qapp.setStyleSheet("")
