"""The window is usable at 1024 px wide in English, French and Spanish: it may be that narrow,
nothing is cut off the right edge (no page scrolls sideways), the language selector stays in view
and section names are whole in the navigator."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea

from capacity_app.gui.window.app import install_translations
from capacity_app.services.demo import create_demo


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_every_tab_fits_1024_px(window, qapp, qtbot, lang):
    win = window
    install_translations(qapp, lang)
    try:
        demo = create_demo(win.store)
        win.set_language(lang)
        win.resize(1024, 740)
        assert win.open_assessment(demo.id)
        win.session.refresh_derived()
        assert win.minimumSizeHint().width() <= 1024
        assert win.width() <= 1024
        assert win.lang_combo.isVisible() and win.lang_combo.mapTo(win, win.lang_combo.rect().topRight()).x() <= 1024
        view = win.view
        for i in range(view.tabs.count()):
            view.show_tab(i)
            qtbot.wait(30)
            page = view.tabs.widget(i)
            areas = [page] if isinstance(page, QScrollArea) else page.findChildren(QScrollArea)
            for area in areas:
                if area.isVisible():
                    assert area.horizontalScrollBar().maximum() == 0, (lang, i, area.objectName())
        # a section's name is whole (up to five lines) at this width
        tree = view.tree
        delegate = tree.itemDelegateForColumn(0)
        for r in range(len(win.questionnaire.sections)):
            index = view.nav.index(r, 0)
            assert delegate._lines_needed(index) <= delegate.LINES, index.data()
    finally:
        install_translations(qapp, "en")
