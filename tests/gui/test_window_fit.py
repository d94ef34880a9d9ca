"""The window on the screen it has: geometry from the available area, a toolbar that keeps its
commands, short undo texts, About, offline help, the operator asked once, country search."""
from __future__ import annotations

from PySide6.QtWidgets import QToolButton

from capacity_app.gui.window.geometry import FRAME, first_run, fit


def _inside(rect, available):
    x, y, w, h = rect
    ax, ay, aw, ah = available
    return ax <= x and ay <= y and x + w + FRAME[0] // 2 <= ax + aw and y + h + FRAME[0] // 2 <= ay + ah


def test_first_run_fills_a_laptop_screen_and_centres_on_a_large_one():
    for available in ((0, 0, 1280, 720), (0, 0, 1366, 768), (0, 28, 1366, 740)):
        rect, maximise = first_run(available)
        assert maximise and _inside(rect, available)
        assert rect[3] + FRAME[1] <= available[3]  # the status bar stays on screen with the title bar
    rect, maximise = first_run((0, 0, 1920, 1080))
    assert not maximise and rect == (192, 108, 1536, 864)
    rect, _ = first_run((0, 0, 3840, 2160))
    assert rect[2:] == (1600, 1000)


def test_fit_shrinks_moves_and_grows_a_remembered_geometry():
    small, large = (0, 0, 1280, 720), (0, 0, 1920, 1080)
    # remembered on a large screen, started on a small one: shrunk and moved on screen
    r = fit((300, 200, 1600, 1000), small)
    assert _inside(r, small) and r[2] == 1280 - FRAME[0] and r[3] == 720 - FRAME[1]
    # the tiny window a small screen left behind grows again on a large one
    r = fit((100, 100, 1146, 393), large)
    assert r[2:] == (1146, 600) and _inside(r, large)
    # off screen (a monitor unplugged): back on it
    r = fit((2500, 1500, 1000, 700), large)
    assert _inside(r, large) and r[2:] == (1000, 700)


def test_window_is_fitted_to_its_screen_on_every_start(make_window, db_path, qsettings):
    win = make_window(db_path)
    screen = win.screen().availableGeometry()
    g = win.geometry()
    assert g.width() <= screen.width() and g.height() + FRAME[1] <= screen.height() or win.start_maximized
    win.setGeometry(5000, 4000, 300, 200)  # far off screen and tiny
    win.close()
    win.store.close()
    again = make_window(db_path)
    g = again.geometry()
    assert screen.contains(g.topLeft()) and g.width() >= min(960, screen.width() - FRAME[0])


def test_undo_names_the_question_and_the_toolbar_keeps_short_words(opened, qtbot):
    win = opened
    win.resize(1280, 720)
    key = "s1_statistics.imm_stock_birth.source"
    win.session.set_answer(key, None, "dont_know")
    text = win.undo_action.text()
    assert "s1_statistics" not in text and "×" in text, text
    assert win.undo_action.iconText() == "Undo" and win.undo_action.toolTip() == text.replace("&", "")
    tb = win.window_actions.toolbar
    qtbot.waitUntil(lambda: tb.widgetForAction(win.undo_action).isVisible())
    for act in tb.actions():
        w = tb.widgetForAction(act)
        assert w is not None and w.isVisible() and w.geometry().right() <= tb.width(), act.iconText()
    assert tb.widgetForAction(win.undo_action).width() < 120
    win.undo_action.trigger()
    assert win.session.sheet.get(key).status != "dont_know"


def test_a_narrow_window_puts_the_rest_of_the_toolbar_in_its_extension_menu(window, qtbot):
    window.resize(700, 600)
    tb = window.window_actions.toolbar
    ext = tb.findChild(QToolButton, "qt_toolbar_ext_button")
    qtbot.waitUntil(lambda: ext is not None and ext.isVisible())


def test_about_shows_versions_data_folder_and_licences(window, qtbot):
    from capacity_app import __version__
    from capacity_app.gui.window.about import SHIPPED, AboutDialog

    dlg = AboutDialog(window.questionnaire.version, window.store.path, window)
    qtbot.addWidget(dlg)
    facts = dlg.facts.text()
    assert __version__ in facts and window.questionnaire.version in facts
    assert str(window.store.path.parent) in facts
    text = dlg.licences.toPlainText()
    for s in SHIPPED:
        assert s.name in text and s.licence in text
    assert "PDDL-1.0" in text and "LGPL-3.0" in text
    assert window.actions_by_name["about"].isEnabled()


def test_help_is_a_local_page_in_each_interface_language_and_fetches_nothing(window, qtbot):
    import re

    from PySide6.QtCore import QUrl

    from capacity_app.gui.window.help import HelpDialog, help_html, help_page

    anchors = None
    assert help_page("en").name == "help.en.html"  # the only page; French and Spanish from their catalogues
    for lang in ("en", "fr", "es"):
        text = help_html(lang)
        found = re.findall(r'id="([a-z]+)"', text)
        assert anchors is None or found == anchors  # the same sections in every language
        anchors = found
        assert "http" not in text and "<img" not in text
    dlg = HelpDialog("fr", window)
    qtbot.addWidget(dlg)
    assert "Commencer une évaluation" in dlg.browser.toPlainText()
    assert dlg.browser.loadResource(2, QUrl("https://example.org/x.png")) is None
    assert not dlg.browser.openExternalLinks() and not dlg.browser.openLinks()
    assert window.actions_by_name["help"].shortcut().toString() == "F1"
    assert window.actions_by_name["shortcuts"].shortcut().toString() == "Ctrl+F1"


def test_operator_is_asked_once_and_kept_in_preferences(window, qtbot, monkeypatch):
    from capacity_app.gui.window import first_start
    from capacity_app.services.settings import preferences

    assert first_start.should_ask(window.store, window.settings)

    def type_name(dlg):
        dlg.name.setText("  Amina Diallo ")
        dlg._on_ok()
        return dlg.result()

    monkeypatch.setattr(first_start.OperatorDialog, "exec", type_name)
    assert first_start.ask_operator(window)
    assert preferences(window.store).operator == "Amina Diallo"
    assert window.store.operator == "Amina Diallo"
    assert not first_start.ask_operator(window)


def test_operator_skipped_is_not_asked_again(window, monkeypatch):
    from capacity_app.gui.window import first_start
    from capacity_app.services.settings import preferences

    monkeypatch.setattr(first_start.OperatorDialog, "exec", lambda dlg: 0)
    assert first_start.ask_operator(window)
    assert preferences(window.store).operator == ""
    assert not first_start.should_ask(window.store, window.settings)


def test_home_count_in_proper_plurals(window, questionnaire):
    from capacity_app.services.assessments import create_assessment

    # empty: how to make the first one, not "0 assessments. Enter or double-click opens one."
    assert window.home.subtitle.text() == ("No assessment yet. Press Ctrl+N (New…) to create the first one, "
                                           "or Ctrl+I to import a workbook a colleague sent.")
    window.home.set_trash_mode(True)
    assert window.home.subtitle.text().startswith("The trash is empty")
    window.home.set_trash_mode(False)
    create_assessment(window.store, questionnaire, country="GHA", round=2026)
    window.home.refresh()
    assert window.home.subtitle.text() == "1 assessment. Enter or double-click opens it."
    create_assessment(window.store, questionnaire, country="GHA", round=2027)
    window.home.refresh()
    assert window.home.subtitle.text().startswith("2 assessments.")


def test_shortcuts_dialog_without_row_numbers(window, qtbot):
    from PySide6.QtWidgets import QTableWidget

    from capacity_app.gui.dialogs import ShortcutsDialog

    dlg = ShortcutsDialog(window)
    qtbot.addWidget(dlg)
    table = dlg.findChild(QTableWidget)
    assert table is not None and table.verticalHeader().isHidden()


def test_country_picker_lists_prefix_matches_first(qtbot):
    from capacity_app.gui.dialogs import CountryPicker

    picker = CountryPicker("en")
    qtbot.addWidget(picker)
    picker.show()
    picker.setFocus()
    qtbot.keyClicks(picker.lineEdit(), "Gha")
    assert picker.matches()[:2] == ["Ghana (GHA)", "Afghanistan (AFG)"]
    picker.setEditText(picker.matches()[0])
    assert picker.iso3() == "GHA"


def test_the_window_and_its_status_bar_fit_a_1280x720_laptop_on_every_tab(opened, qtbot):
    """What the window needs (its minimum size) fits the area a 1280×720 screen leaves under a
    title bar, whichever tab is shown: the status bar is never pushed off screen."""
    win = opened
    view = win.view
    for i in range(view.tabs.count()):
        view.tabs.setCurrentIndex(i)
        hint = win.minimumSizeHint()
        assert hint.width() <= 1280 - FRAME[0] and hint.height() <= 720 - FRAME[1], (view.tabs.tabText(i), hint)
    win.close_assessment()
    hint = win.minimumSizeHint()
    assert hint.width() <= 1280 - FRAME[0] and hint.height() <= 720 - FRAME[1]


def test_the_folded_toolbars_button_is_seen_in_the_windows_style(qapp, opened, qtbot):
    """At 1024 px in French the toolbar folds its last button (PDF report) into its »
    menu, whose button the style sheet's padding for toolbar buttons left 12 px for a 16 px
    arrow: nothing was drawn, and the report looked gone. Its arrow is drawn (dark pixels on the
    button) in the window as it runs."""
    from PySide6.QtGui import QColor

    from capacity_app.gui.window.app import load_style_sheet

    win = opened
    qapp.setStyleSheet(load_style_sheet())
    try:
        win.resize(900, 700)
        tb = win.window_actions.toolbar
        ext = tb.findChild(QToolButton, "qt_toolbar_ext_button")
        qtbot.waitUntil(lambda: ext is not None and ext.isVisible())
        assert not tb.widgetForAction(win.actions_by_name["report"]).isVisible()  # folded into »
        image = ext.grab().toImage()
        dark = sum(1 for x in range(image.width()) for y in range(image.height())
                   if QColor(image.pixel(x, y)).lightness() < 140)
        assert dark >= 6, f"the » button ({ext.width()}×{ext.height()} px) draws no arrow"
    finally:
        qapp.setStyleSheet("")
