"""The window in Arabic (gui/writing.py): right to left from the interface language, pointing
icons mirrored, number fields that take "72.5" under a system locale with Arabic-Indic digits,
and the bundled fonts registered whatever the system has."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt


@pytest.fixture
def arabic(qsettings):
    """The interface in Arabic on a system whose locale writes Arabic-Indic digits (ar_EG)."""
    from PySide6.QtWidgets import QApplication

    from capacity_app.gui.window.app import install_translations, make_app

    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))
    qsettings.setValue("interface_language", "ar")
    app = make_app(settings=qsettings)
    yield app
    install_translations(QApplication.instance(), "en")
    QLocale.setDefault(old)


def test_the_arabic_window_is_right_to_left_and_takes_72_5_in_a_decimal_field(arabic, make_window, db_path,
                                                                            questionnaire, qtbot):
    from capacity_app.gui.widgets.editors import YearSpin
    from capacity_app.services.assessments import create_assessment

    assert QLocale().toString(7) == "٧"  # the system's digits are Arabic-Indic
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    win = make_window(db_path)
    assert win.isRightToLeft() and win.menuBar().isRightToLeft()
    a = create_assessment(win.store, questionnaire, country="EGY", round=2026)
    win.home.refresh()
    assert win.open_assessment(a.id)
    win.set_language("ar")
    assert win.view.go_to_key("s0_population_millions")
    win.view.page.ensure_built()
    pop = win.view.page.widgets["s0_population_millions"]
    assert "بالملايين" in pop.title.text()  # the questionnaire in Arabic (its catalogue)
    edit = pop.row.editor.edit
    assert edit.isRightToLeft()
    qtbot.keyClicks(edit, "72.5")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert win.store.answer(a.id, "s0_population_millions").value == 72.5
    assert pop.row.message.isHidden()
    for spin in win.findChildren(YearSpin):
        assert spin.spin.locale().toString(2019) == "2019"  # 0-9 in year fields too


def test_pointing_icons_are_mirrored_right_to_left_only(arabic, qapp):
    from PySide6.QtWidgets import QApplication

    from capacity_app.gui.window.main_window import icon

    def pixels(name):
        return icon(name).pixmap(24, 24).toImage()

    rtl_undo, rtl_home = pixels("undo"), pixels("home")
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert rtl_undo == pixels("undo").flipped(Qt.Orientation.Horizontal)
    assert rtl_home == pixels("home")  # a house does not point


def test_the_bundled_fonts_are_registered(qapp):
    from capacity_app.gui.writing import register_fonts

    assert {"DejaVu Sans", "Noto Sans Arabic", "Noto Sans CJK SC"} <= set(register_fonts(qapp))


def test_about_says_which_translations_are_not_reviewed_yet(qapp, tmp_path):
    from capacity_app.catalog.loader import load_bundled
    from capacity_app.domain.languages import Review
    from capacity_app.gui.window.about import AboutDialog, translations_text

    dlg = AboutDialog("1.0", tmp_path / "capacity.sqlite3", reviews=load_bundled().reviews)
    text = dlg.facts.text()
    for name in ("العربية (ar)", "中文 (zh)", "Русский (ru)"):
        assert f"{name}: a first translation, to be reviewed by a United Nations translator" in text
    dlg.deleteLater()
    # the questionnaire's review alone is not the language's: every catalogue must be reviewed
    lines = translations_text({"ru": Review("A. Translator, DGACM", "2027-01-15")})
    assert lines[2].endswith("to be reviewed by a United Nations translator")


@pytest.mark.parametrize("chart", ["sections", "policy"])
def test_the_dashboard_charts_are_mirrored_right_to_left(qapp, chart):
    """The painted charts follow the direction like every layout: in Arabic the section names
    stand on the right and the bars grow leftwards, policy question A is on the right (they were
    drawn left to right in a mirrored window)."""
    from PySide6.QtGui import QColor

    from capacity_app.gui.dashboard import PolicyChart, SectionChart, score_colour
    from capacity_app.gui.home import BAND_COLOURS

    def bar_columns(direction) -> set[int]:
        """The columns of the bar's colour on a line across the bar: a short section bar, or the
        availability bar of A among five policy questions."""
        if chart == "sections":
            w = SectionChart()
            w.set_rows([("S1", "Statistics", 12.0)])
            colour, y = score_colour(12.0).rgb(), 4 + (w.ROW - 20) // 2 + 10
        else:
            w = PolicyChart()
            w.set_rows([("A", 3, 1, 2)] + [(c, None, None, None) for c in "BCDE"])
            colour, y = QColor(BAND_COLOURS["meets"]).rgb(), w.minimumHeight() - 45
        w.setLayoutDirection(direction)
        w.resize(400, w.minimumHeight())
        image = w.grab().toImage()
        w.deleteLater()
        return {x for x in range(image.width()) if image.pixel(x, y) == colour}

    ltr = bar_columns(Qt.LayoutDirection.LeftToRight)
    rtl = bar_columns(Qt.LayoutDirection.RightToLeft)
    assert ltr and max(ltr) < 200 < min(rtl)  # the short bar (or A) on the reading side
    assert {399 - x for x in ltr} == rtl  # the very same bar, mirrored


def test_dates_periods_and_names_keep_their_order_in_the_arabic_action_plan(arabic, make_window, db_path,
                                                                              questionnaire):
    """Right to left, the plan's line and its table isolate what reads left to right: the
    validation date showed as 18-06-2026 and the period '2026-Q3 – 2026-Q4' as 'Q3 – 2026…'."""
    from capacity_app.gui.writing import FSI, PDI, isolated
    from capacity_app.services.plan import actions as plans
    from capacity_app.services.assessments import create_assessment

    win = make_window(db_path)
    a = create_assessment(win.store, questionnaire, country="EGY", round=2026)
    from decimal import Decimal

    from capacity_app.domain.plan.cost import Cost

    plans.set_plan_finance(win.store, a.id, currency="USD")  # a validated plan is costed
    plans.add_action(win.store, questionnaire, a.id, title="Publish the census tables", institutions=("NSO",),
                     start="2026-Q3", end="2026-Q4", costs=(Cost(2026, Decimal(1000), "USD"),))
    plans.record_validation(win.store, a.id, date="2026-06-18", event="National workshop",
                            institutions=["NSO"], approved_by="H. Tavares", position="Director-General")
    win.home.refresh()
    assert win.open_assessment(a.id)
    view = win.view.action_plan
    view.reload()
    # written as UN Arabic writes dates and quarters (domain/editorial.py), as the report does
    assert isolated("18 حزيران/يونيه 2026") in view.plan_state.text()
    assert view.table.item(0, 2).text() == isolated("الربعان الثالث والرابع من عام 2026")
    assert view.table.item(0, 1).text() == f"{FSI}NSO{PDI}"
    from PySide6.QtWidgets import QApplication

    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert isolated("2026-06-18") == "2026-06-18"  # left to right: as it is


def test_year_boxes_of_the_dialogs_write_0_to_9_under_an_arabic_indic_locale(arabic, qtbot):
    """The New assessment dialog's round showed ٢٠٢٦ under ar_EG (seen in the real window): every
    year box takes the number fields' locale, and a typed year is read."""
    from PySide6.QtWidgets import QSpinBox

    from capacity_app.gui.dialogs import NewAssessmentDialog

    dlg = NewAssessmentDialog(lambda **_k: None, "ar")
    qtbot.addWidget(dlg)
    spins = dlg.findChildren(QSpinBox)
    assert spins and all(s.locale().zeroDigit() == "0" for s in spins)
    dlg.round.lineEdit().selectAll()
    qtbot.keyClicks(dlg.round.lineEdit(), "2027")
    assert dlg.round.value() == 2027 and dlg.round.text() == "2027"


def test_date_fields_show_and_read_the_digits_0_to_9_under_an_arabic_indic_locale(arabic, qtbot):
    """The New assessment dialog's date fields read 'YYYY-MM-DD or ١٥/٥/٢٠٢٦' under ar_EG (seen in
    the real window): the example is written with 0-9, and a date typed in the locale's order with
    0-9 or with Arabic-Indic digits is read."""
    from PySide6.QtCore import QDate

    from capacity_app.gui.widgets.datefield import DateField, example, parse_date

    assert example() == "15/5/2026"
    assert parse_date("15/5/2026") == QDate(2026, 5, 15) == parse_date("١٥/٥/٢٠٢٦")
    assert parse_date("٢٠٢٦-٠٥-١٥") == QDate(2026, 5, 15)
    field = DateField()
    qtbot.addWidget(field)
    assert "15/5/2026" in field.edit.placeholderText()
    assert not any("\u0660" <= ch <= "\u0669" for ch in field.edit.placeholderText())


def test_sdg_codes_keep_their_order_in_the_arabic_grid(arabic, make_window, db_path, questionnaire):
    """The S4 grid's rows in Arabic begin with the indicator's number: 10.c.1 showed as c.1.10
    (seen under Xvfb); the row header isolates it."""
    from capacity_app.gui.questions.grid import GridModel
    from capacity_app.gui.writing import runs_isolated
    from capacity_app.reports.bidi import LRI, PDI
    from capacity_app.services.assessments import create_assessment

    assert runs_isolated("مؤشرات 10.c.1 تكاليف") == f"مؤشرات {LRI}10.c.1{PDI} تكاليف"
    win = make_window(db_path)
    a = create_assessment(win.store, questionnaire, country="EGY", round=2026)
    win.home.refresh()
    assert win.open_assessment(a.id)
    win.set_language("ar")
    model = GridModel(win.view.session, questionnaire.item("s4_sdg"))
    rows = [model.headerData(i, Qt.Orientation.Vertical) for i in range(model.rowCount())]
    assert any(f"{LRI}10.c.1{PDI}" in r for r in rows), rows[-5:]


def test_names_with_a_code_in_brackets_are_isolated_in_the_arabic_window(arabic, qtbot):
    """What the window composes from an Arabic name and a Latin code in brackets (the
    country list, the recent assessments, the unsaved edits, a bracketed dollar amount) holds the
    bracketed code in one isolate, brackets inside, the space before it outside; a country picked
    from the list or its completion still gives its code. Left to right nothing is added."""
    from PySide6.QtWidgets import QApplication

    from capacity_app.gui.dialogs import CountryPicker
    from capacity_app.gui.numbers import bracketed
    from capacity_app.gui.writing import FSI, PDI, with_code

    assert QApplication.instance().isRightToLeft()
    assert with_code("الأردن", "JOR") == f"الأردن {FSI}(JOR){PDI}"
    assert with_code("التعليق", "") == "التعليق"
    assert bracketed("USD 573,565") == f"\u00a0{FSI}(USD 573,565){PDI}"
    picker = CountryPicker("ar")
    qtbot.addWidget(picker)
    jordan = picker.findData("JOR")
    assert jordan >= 0 and picker.itemText(jordan).endswith(f" {FSI}(JOR){PDI}")
    picker.setCurrentIndex(jordan)
    assert picker.iso3() == "JOR"
    picker._complete("JOR")
    assert picker.matches() and all(m.endswith(f"{PDI}") and f" {FSI}(" in m for m in picker.matches())
    picker.setEditText(picker.matches()[0])
    assert picker.iso3() == "JOR"
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    try:
        assert with_code("Jordan", "JOR") == "Jordan (JOR)"
        assert bracketed("USD 573,565") == "\u00a0(USD 573,565)"  # Arabic still: no isolate
    finally:
        QApplication.instance().setLayoutDirection(Qt.LayoutDirection.RightToLeft)


def test_the_chinese_faces_are_added_by_a_later_call():
    """``register_fonts(app, han=False)`` leaves the Chinese faces out; a later call adds them, after
    the others, in the order of FONT_FILES (an application of its own: the suite's has them all)."""
    import json
    import os
    import subprocess
    import sys

    script = ("import json\n"
              "from PySide6.QtWidgets import QApplication\n"
              "from PySide6.QtGui import QFont\n"
              "from capacity_app.gui.writing import register_fonts\n"
              "app = QApplication([])\n"
              "first = register_fonts(app, han=False)\n"
              "later = register_fonts(app)\n"
              "print(json.dumps([first, later, register_fonts(app), QFont.substitutes(app.font().family())]))\n")
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                       env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    first, later, again, substitutes = json.loads(r.stdout.strip().splitlines()[-1])
    assert "Noto Sans CJK SC" not in first and {"DejaVu Sans", "Noto Sans Arabic"} <= set(first), r.stdout + r.stderr
    assert later[:len(first)] == first and "Noto Sans CJK SC" in later[len(first):] and again == later
    assert substitutes == [f.lower() for f in later]  # (Qt keeps them in lower case)


_DRAWN = """
import hashlib, sys
from PySide6.QtWidgets import QApplication, QLabel
from capacity_app.gui.writing import register_fonts
app = QApplication([])

def drawn():
    label = QLabel("维洛里亚共和国 Veloria")
    label.resize(300, 40)
    image = label.grab().toImage()
    return hashlib.sha1(bytes(image.constBits())).hexdigest()

if sys.argv[1] == "first":
    register_fonts(app)
    print(drawn())
else:
    register_fonts(app, han=False)
    drawn()  # Chinese drawn before the faces are there (the system's fallback, or empty boxes)
    register_fonts(app)
    print(drawn())
"""


def test_chinese_drawn_after_the_late_faces_is_drawn_as_with_them_from_the_start():
    """The Chinese faces registered after text was drawn are used from then on, as if they had been
    there from the start: Qt's font caches do not keep the fallback found before (which the start's
    late registration relies on)."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    first, later = (subprocess.run([sys.executable, "-c", _DRAWN, mode], capture_output=True, text=True,
                                   timeout=60, env=env).stdout.strip() for mode in ("first", "later"))
    assert first and first == later
