"""The window's own language is chosen where an officer looks first, at the menu bar's right end
beside the questionnaire's, kept apart from it: choosing it saves the setting Preferences shows
and says in one line that the window speaks it from its next start; the questionnaire's language
is not changed."""
from __future__ import annotations

import pytest

from capacity_app.gui.window.app import install_translations


def test_the_interface_language_is_beside_the_questionnaires_and_apart_from_it(make_window, db_path):
    win = make_window(db_path)
    combo = win.ui_lang_combo
    assert combo.isVisible() and combo.currentData() == "en"
    assert [combo.itemData(i) for i in range(combo.count())][:6] == ["en", "fr", "es", "ar", "zh", "ru"]
    assert combo.accessibleName() == "Interface language"
    questionnaire_lang = win.lang_combo.currentData()
    combo.setCurrentIndex(combo.findData("fr"))
    combo.activated.emit(combo.currentIndex())
    assert win.settings.value("interface_language") == "fr"
    assert "Français" in win.statusBar().currentMessage() and "next start" in win.statusBar().currentMessage()
    assert win.lang_combo.currentData() == questionnaire_lang   # the questionnaire's language untouched
    # both boxes stay on screen at the narrowest width the window supports
    win.resize(1024, 740)
    for box in (win.lang_combo, combo):
        assert box.isVisible() and box.mapTo(win, box.rect().topRight()).x() <= 1024


@pytest.mark.parametrize("lang", ["fr", "ar", "zh", "pt"])
def test_the_corner_speaks_the_interface_language(make_window, db_path, qapp, lang):
    install_translations(qapp, lang)
    try:
        win = make_window(db_path)
        assert win.ui_lang_combo.currentData() == lang
        combo = win.ui_lang_combo
        combo.setCurrentIndex(combo.findData("en"))
        combo.activated.emit(combo.currentIndex())
        message = win.statusBar().currentMessage()
        assert "English" in message and "next start" not in message   # said in the window's language
    finally:
        install_translations(qapp, "en")
