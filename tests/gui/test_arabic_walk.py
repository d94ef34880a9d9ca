"""What a keyboard walk of the Arabic window at 1366×768 under Xvfb found:
dates read 24-11-2026 beside Arabic words (a document's line, a review, the dashboard, the
status bar, the sign-off banner), a document's name and size swapped places, the matrix panel's
"A." stood in the middle of its title, the plan's headings were cut at both ends, Tab into the
plan's form left the focused title out of sight (what was typed replaced it unseen), and Ctrl+Z on
a final assessment stepped the undo stack back over a refused change."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from capacity_app.gui.writing import FSI, PDI, isolated
from capacity_app.services.team.signoff import sign_off

PDF = b"%PDF-1.4\n%%EOF\n"


@pytest.fixture
def arabic(qsettings):
    from PySide6.QtWidgets import QApplication

    from capacity_app.gui.window.app import install_translations, make_app

    qsettings.setValue("interface_language", "ar")
    app = make_app(settings=qsettings)
    yield app
    install_translations(QApplication.instance(), "en")


@pytest.fixture
def arabic_opened(arabic, make_window, db_path, questionnaire):
    from capacity_app.services.assessments import create_assessment

    win = make_window(db_path)
    a = create_assessment(win.store, questionnaire, country="EGY", round=2026,
                          mission_start="2026-05-11", mission_end="2026-05-15")
    win.home.refresh()
    assert win.open_assessment(a.id)
    win.set_language("ar")
    return win


def test_dates_names_and_codes_keep_their_order_right_to_left(arabic_opened, tmp_path, qtbot, fill_to_validate):
    from capacity_app.gui.documents import DocumentsPanel
    from capacity_app.gui.team.review import review_info
    from capacity_app.services import documents as docs
    from capacity_app.services.team.reviews import set_review

    win = arabic_opened
    s = win.session
    aid = s.assessment_id
    s.set_answer("s0_reference_date", "2026-05-15")
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(PDF)
    win.writes.run(docs.attach_file, win.store, win.questionnaire, aid, "s2_policy", str(pdf))
    panel = DocumentsPanel(s, "s2_policy")
    line = panel.list.item(0).text()
    assert line.startswith(f"{FSI}x.pdf{PDI} — ") and not re.search(r"\d{4}-\d\d-\d\d", line), line
    assert re.search(f"{FSI}\\d+ [^{PDI}]+ \\d{{4}}، \\d\\d:\\d\\d{PDI}", line), line  # its day written out, isolated
    assert "،" in line and ", " not in line  # the Arabic comma between who and when
    s.set_answer("s2_policy", "yes")
    win.flush_view()
    win.writes.run(set_review, win.store, win.questionnaire, aid, "s2_policy", "validated", reviewer="أمينة")
    info = review_info(s.review("s2_policy"))  # the day written out, its time to the minute
    assert "أمينة" in info and FSI in info and PDI in info and not re.search(r"\d{4}-\d\d-\d\d", info), info
    assert re.search(r"\d{4}، \d\d:\d\d", info), info
    win.view.show_tab(2)
    win.flush_view()
    # the reference date written as UN Arabic writes it (domain/editorial.py), isolated
    qtbot.waitUntil(lambda: isolated("15 أيار/مايو 2026") in win.view.dashboard.meta.text(), timeout=10000)
    win.view.show_tab(1)
    win.view.matrix.select("A", "CEN")
    assert win.view.matrix.panel.title.text().startswith(f"{FSI}A{PDI}. ")
    assert win.view.matrix.panel.subtitle.text().startswith(f"{FSI}CEN{PDI} — ")
    fill_to_validate(win.store, aid)  # known enough to be validated
    win.writes.run(sign_off, win.store, aid, name="Amina Haddad", position="Director-General",
                   institution="National Statistics Office (NSO)", date="2026-06-12")
    assert s.read_only
    banner = win.view.read_only_banner.text()
    assert isolated("12 حزيران/يونيه 2026") in banner and f"{FSI}National Statistics Office (NSO){PDI}" in banner


def test_the_plans_headings_are_whole_in_arabic_at_1366(arabic_opened, qtbot, qapp):
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QApplication

    from capacity_app.gui.window.app import load_style_sheet
    from capacity_app.services.plan import actions as plans

    win = arabic_opened
    qapp.setStyleSheet(load_style_sheet())
    try:
        plans.add_action(win.store, win.questionnaire, win.session.assessment_id, title="Train the NSO's staff",
                         institutions=("National Statistics Office",), start="2026-Q3", end="2026-Q4")
        v = win.view.action_plan
        v.reload()
        win.view.show_tab(3)
        win.resize(1366, 768)
        for _ in range(4):
            QApplication.processEvents()
            qtbot.wait(5)
        head = v.table.horizontalHeader()
        assert head.font().weight() >= QFont.Weight.DemiBold  # elided by the width it is drawn in
        bold = QFont(head.font())
        bold.setWeight(QFont.Weight.DemiBold)  # as the style sheet draws them
        fm = QFontMetrics(bold)
        for c in (1, 2, 3, 4):
            heading = v.table.horizontalHeaderItem(c).text()
            assert fm.horizontalAdvance(heading) + 12 <= v.table.columnWidth(c), (heading, v.table.columnWidth(c))
    finally:
        qapp.setStyleSheet("")


def test_tab_into_the_plans_form_shows_the_field_it_reaches(opened, qtbot):
    from PySide6.QtWidgets import QApplication

    from capacity_app.services.plan import actions as plans

    win = opened
    plans.add_action(win.store, win.questionnaire, win.session.assessment_id, title="Train the NSO's staff")
    v = win.view.action_plan
    v.reload()
    win.view.show_tab(3)
    win.resize(1366, 768)
    QApplication.processEvents()
    bar = v.form_scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the form is taller than its room at 1366×768
    bar.setValue(bar.maximum())  # scrolled down to the costs, as after editing them
    v.table.setFocus()
    v.table.selectRow(0)
    qtbot.keyClick(v.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is v.f_title
    QApplication.processEvents()
    top = v.f_title.mapTo(v.form_scroll.widget(), v.f_title.rect().topLeft()).y()
    assert bar.value() <= top, (bar.value(), top)  # the title is in view, not above it


def test_no_undo_on_a_final_assessment(opened, fill_to_validate):
    win = opened
    aid = win.session.assessment_id
    win.session.set_answer("s2_policy", "yes")
    win.flush_view()
    undo = win.window_actions.undo
    assert win.undo_group.canUndo()
    fill_to_validate(win.store, aid)  # known enough to be validated
    win.writes.run(sign_off, win.store, aid, name="A. Mensah", position="Director-General", institution="KNBS",
                   date="2026-06-12")
    assert win.session.read_only
    assert not win.undo_group.canUndo() and not undo.isEnabled()


def test_the_file_dialogs_labels_are_translated(arabic, qtbot):
    """Qt 6.11's file dialog asks for "&Look in:" and "Files of &type:", which qtbase_ar.qm does
    not hold: they stayed English in Attach document… and Export; the application's catalogue
    carries them."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    dlg = QFileDialog(None, "x")
    dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dlg)
    texts = [w.text() for w in dlg.findChildren(QLabel) if w.text()]
    assert texts and not any("Look in" in t or "Files of" in t for t in texts), texts


def test_comment_and_evidence_are_listed_with_the_arabic_comma(arabic_opened):
    """"Comment and evidence (comment, evidence: 1)" was joined with ", " in every language."""
    from test_answering import item_widget

    win = arabic_opened
    win.session.set_answer("s2_need_a", 2)
    assert win.session.set_comment("s2_need_a", "ملاحظة")
    assert win.session.add_evidence("s2_need_a", "note", "وثيقة")
    win.flush_view()
    w = item_widget(win, "s2_need_a")
    w.refresh()
    assert "، " in w.more.text() and ", " not in w.more.text(), w.more.text()


def test_several_choices_are_joined_in_the_languages_own_way(questionnaire):
    """An answer of several choices read "وزارة الخارجية, وزارة العمل" in the Arabic grid and
    import preview (a Latin comma between Arabic words)."""
    from capacity_app.gui.widgets.editors import format_value

    fld = questionnaire.item("s2_bodies").field
    codes = [c.code for c in fld.choices[:2]]
    assert "، " in format_value(fld, codes, "ar") and ", " not in format_value(fld, codes, "ar")
    assert "、" in format_value(fld, codes, "zh")
    assert ", " in format_value(fld, codes, "fr")


def test_the_targets_heading_keeps_its_example_in_order(arabic_opened, monkeypatch):
    """A table's header is drawn without the cells' isolation: the results chain's "Targets
    (2027=40; 2028=55)" read "55=2028 ;40=2027" in Arabic until its example was isolated."""
    from PySide6.QtWidgets import QDialog

    from capacity_app.gui.plan import results as results_gui

    win = arabic_opened
    seen = []

    def run(dlg):
        seen.append(dlg.indicators.horizontalHeaderItem(6).text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(results_gui.ResultsChainDialog, "exec", run)
    win.view.show_tab(3)
    win.view.action_plan.results_button.click()
    assert seen == [f"القيم المستهدفة (\u20662027=40; 2028=55{PDI})"]
