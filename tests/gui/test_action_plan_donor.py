"""The donor's fields in the window's action plan: the results framework, risks,
dependencies (the other actions ticked by their titles) and SDG target saved on leaving
their field or ticking the box, a refusal
shown without losing what was typed; a cost line's basis, category and funding stage through its
dialog; the form still read whole at 1280×720."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from capacity_app.gui.plan import dialogs as plan_dialogs
from capacity_app.services.plan import actions as plans


def _view(win):
    view = win.view
    view.tabs.setCurrentWidget(view.action_plan)
    return view.action_plan


def _stored(win):
    return plans.action_plan(win.store, win.session.assessment_id)


def test_results_framework_dependencies_and_sdg_target(opened, qtbot):
    win = opened
    v = _view(win)
    v.new_action()
    v.new_action()
    v.table.selectRow(1)
    for field, text in ((v.f_indicator, "Census tables by country of birth published"),
                        (v.f_baseline, "0 tables (2026)"), (v.f_target, "12 tables (2028)"),
                        (v.f_verification, "Census thematic report"), (v.f_risks, "Census budget kept")):
        field.setPlainText(text)
        field.focusLost.emit()
    v.f_sdg.setText("SDG 17.18")
    v.f_sdg.editingFinished.emit()
    _tick(v, 0)  # action 1, by its title
    first, second = _stored(win)
    assert (second.indicator, second.baseline, second.target, second.verification, second.risks) == (
        "Census tables by country of birth published", "0 tables (2026)", "12 tables (2028)",
        "Census thematic report", "Census budget kept")
    assert second.sdg_target == "17.18" and second.depends_on == (first.id,)
    assert v.f_sdg.text() == "17.18" and v.f_depends.chosen() == (first.id,)
    # hostile entries: refused in one line, the typed text kept in the form, nothing written
    v.f_sdg.setText("17.20")
    v.f_sdg.editingFinished.emit()
    assert not v.error.isHidden() and "does not exist" in v.error.text() and v.f_sdg.text() == "17.20"
    v.f_sdg.setText("17.18")
    # the action itself is never offered: one row, the other action
    assert v.f_depends.count() == 1 and v.f_depends.item(0).data(Qt.ItemDataRole.UserRole) == first.id
    v.table.selectRow(0)
    _tick(v, 0)  # action 1 on action 2, which depends on action 1: a circle
    assert "circle" in v.error.text() and _stored(win)[0].depends_on == ()
    assert v.f_depends.item(0).checkState() == Qt.CheckState.Checked  # what was ticked kept, to be cleared
    win.session.undo_stack.undo()  # the undo stack takes the donor's fields back too
    assert _stored(win)[1].depends_on == ()


def _tick(v, row):
    item = v.f_depends.item(row)
    item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked else Qt.CheckState.Checked)


def test_dependencies_are_ticked_by_title_from_the_keyboard(opened, qtbot):
    """The officer picks the actions to be done first by their titles, never typing a
    number; Tab reaches the list from the risks field, arrows move, Space ticks and the tick is saved;
    the list follows the plan's titles and order."""
    from PySide6.QtTest import QTest

    win = opened
    v = _view(win)
    for _ in range(3):
        v.new_action()
    v.table.selectRow(0)
    v.f_title.setText("Census tables published")
    v.f_title.editingFinished.emit()
    v.table.selectRow(2)
    shown = [v.f_depends.item(i).text() for i in range(v.f_depends.count())]
    assert shown[0] == "1. Census tables published" and shown[1].startswith("2. ") and len(shown) == 2
    label = next(lab for lab in v._labels if lab.buddy() is v.f_depends)
    assert not any(ch.isdigit() for ch in label.text())  # no "numbers" asked for
    v.f_sdg.setFocus()  # the last text the action declares, then its dependencies
    QTest.keyClick(v.f_sdg, Qt.Key.Key_Tab)
    assert v.f_depends.hasFocus()
    QTest.keyClick(v.f_depends, Qt.Key.Key_Down)
    QTest.keyClick(v.f_depends, Qt.Key.Key_Space)  # the second row: action 2
    plan = _stored(win)
    assert plan[2].depends_on == (plan[1].id,)
    QTest.keyClick(v.f_depends, Qt.Key.Key_Up)
    QTest.keyClick(v.f_depends, Qt.Key.Key_Space)
    plan = _stored(win)
    assert plan[2].depends_on == (plan[1].id, plan[0].id)  # the stored order kept, the new one after
    QTest.keyClick(v.f_depends, Qt.Key.Key_Down)
    QTest.keyClick(v.f_depends, Qt.Key.Key_Space)  # cleared
    assert _stored(win)[2].depends_on == (plan[0].id,)
    v.table.selectRow(0)  # another action: its own list, unticked, without itself
    assert [v.f_depends.item(i).checkState() for i in range(2)] == [Qt.CheckState.Unchecked] * 2
    assert v.f_depends.item(0).text().startswith("2. ")


def _fill(dlg, amount="", unit="", quantity="", category="", stage=""):
    dlg.amount.setText(amount)
    dlg.unit_cost.setText(unit)
    dlg.quantity.setText(quantity)
    dlg.category.setCurrentIndex(dlg.category.findData(category))
    dlg.pipeline.setCurrentIndex(dlg.pipeline.findData(stage))
    dlg.accept()
    return QDialog.DialogCode.Accepted if dlg.cost() is not None else QDialog.DialogCode.Rejected


def test_a_cost_line_with_its_basis_category_and_stage(opened, qtbot, monkeypatch):
    win = opened
    v = _view(win)
    v.new_action()
    seen = {}

    def first(dlg):
        # a basis that does not multiply to the amount: refused in the dialog, which stays open
        _fill(dlg, "100", "1500000", "12", "consultants", "committed")
        seen["error"] = dlg.error.text()
        assert dlg.secured.isChecked() and not dlg.secured.isEnabled()  # committed is secured
        return _fill(dlg, "", "1500000", "12", "consultants", "committed")  # the amount from the basis
    monkeypatch.setattr(plan_dialogs.CostLineDialog, "exec", first)
    v.add_cost()
    assert "is not the unit cost" in seen["error"]
    c = _stored(win)[0].costs[0]
    assert (c.amount, c.unit_cost, c.quantity, c.category, c.pipeline, c.secured) == (
        Decimal(18_000_000), Decimal(1_500_000), Decimal(12), "consultants", "committed", True)
    assert "committed" in v.f_costs.item(0, 3).text() and "× 12" in v.f_costs.item(0, 1).toolTip()


def test_the_form_is_read_whole_at_1280_by_720(opened, qtbot, qapp, tmp_path):
    from capacity_app.gui.window.app import install_translations, load_style_sheet

    win = opened
    qapp.setStyleSheet(load_style_sheet())
    try:
        v = _view(win)
        v.new_action()
        for lang in ("en", "fr", "ru"):
            install_translations(qapp, lang)  # the interface's own words, not only the questionnaire's
            win.session.set_language(lang)
            win.resize(1280, 720)
            for _ in range(4):
                QApplication.processEvents()
                qtbot.wait(5)
            host = v.f_title.parentWidget()
            assert host.width() <= v.form_scroll.viewport().width() + 1, lang  # no sideways scrolling
            for lab in v._labels:
                assert lab.heightForWidth(lab.width()) <= lab.height(), (lang, lab.text())
                assert lab.geometry().right() <= host.width(), (lang, lab.text())
            for w in (v.f_indicator, v.f_risks, v.f_depends, v.f_sdg):
                assert w.geometry().right() <= host.width() and w.width() > 150, lang
            v.form_scroll.ensureWidgetVisible(v.f_sdg)
            QApplication.processEvents()
            win.grab().save(str(tmp_path / f"plan-1280x720-{lang}.png"))  # looked at when the form changes
        assert v._labels[11].text() == "Система оценки результатов: показатель:"  # translated indeed
    finally:
        install_translations(qapp, "en")
        qapp.setStyleSheet("")


def test_the_validation_dialog_shows_the_earlier_records(opened, qtbot, monkeypatch):
    """A re-validation keeps the earlier record: the dialog lists the records."""
    from capacity_app.domain.plan.cost import Cost, Rate

    win = opened
    aid = win.session.assessment_id
    q = win.questionnaire
    plans.set_plan_finance(win.store, aid, rates=[Rate("KES", Decimal("129.35"), "2026-03-01")])
    plans.add_action(win.store, q, aid, title="Census module", institutions=("KNBS",), start="2026-Q3",
                     end="2027-Q4", costs=(Cost(2027, Decimal(1000), "KES"),))
    a = win.store.assessment(aid)
    for date in ("2026-05-10", "2026-05-20"):
        plans.record_validation(win.store, aid, date=max(date, a.mission_start or date), event="Workshop",
                                institutions=("KNBS",), approved_by="Dr A. Mwangi", position="DG")
    v = _view(win)
    v.reload()
    seen = {}

    def look(dlg):
        seen["text"] = dlg.history.text()
        seen["shown"] = not dlg.history.isHidden()
        return QDialog.DialogCode.Rejected
    monkeypatch.setattr(plan_dialogs.ValidationDialog, "exec", look)
    v.validation_dialog()
    assert seen["shown"] and "validated again" in seen["text"] and seen["text"].count("•") == 2
