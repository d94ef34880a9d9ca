"""The window holds generated content as it holds the demo: a realistic country of the
field set (tests/generated/assessments.py: long real ministry and partner names, mixed scripts,
several currencies, a plan of twelve to twenty actions) open at 1024×768 and 1366×768, in its own
language: no page scrolls sideways, no one-line label is cut, no grid header is cut, in every
section, the matrix, the dashboard and the action plan (the geometry checks of
test_layout_fit.py, on the widgets themselves, and no grid cell's text cut). Russian needed
1030 px until a question's foot wrapped (gui/questions/flow.py); Arabic is checked right to left."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea
from test_layout_fit import overflows

from generated.assessments import FIELD_SET, make_spec, write
from sample import sample


def _settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(5)


@pytest.mark.parametrize(("name", "size"), sample(
    [("sen-fr", (1024, 768)), ("sen-fr", (1366, 768)), ("kgz-ru", (1366, 768)), ("kgz-ru", (1024, 768)),
     ("egy-ar", (1024, 768)), ("chn-zh", (1024, 768))],
    lambda case: case == ("egy-ar", (1024, 768))))  # the small laptop, right to left
def test_a_generated_country_fits_the_window(window, questionnaire, qapp, qtbot, size, name):
    from capacity_app.gui.window.app import install_translations

    spec = make_spec(questionnaire, FIELD_SET[name])
    aid = write(window.store, questionnaire, spec)
    install_translations(qapp, spec.lang)
    try:
        window.set_language(spec.lang)
        window.resize(*size)
        window.home.refresh()
        assert window.open_assessment(aid)
        window.session.refresh_derived()
        _settle(qtbot)
        assert window.width() <= size[0]
        view = window.view
        problems: list[str] = []
        for section in window.questionnaire.sections:
            view.show_tab(0)
            view.page.show_section(section)
            view.page.ensure_built()
            _settle(qtbot)
            problems += [f"{section.id}: {p}" for p in overflows(view.page.current)]
        for i in range(1, view.tabs.count()):
            view.show_tab(i)
            _settle(qtbot)
            page = view.tabs.widget(i)
            for area in ([page] if isinstance(page, QScrollArea) else page.findChildren(QScrollArea)):
                if area.isVisible() and area.horizontalScrollBar().maximum() > 0:
                    problems.append(f"tab {i}: {area.objectName() or type(area).__name__} scrolls sideways")
        assert not problems, "\n".join(problems[:30])
    finally:
        install_translations(qapp, "en")


def test_the_navigators_percentages_are_whole_in_arabic(window, questionnaire, qapp, qtbot):
    """UN Arabic writes a percentage "100 في المائة": the navigator's completion column is as wide
    as the widest one, not cut to "في الم" (seen under Xvfb at 1366x768)."""
    from capacity_app.gui.window.app import install_translations
    from capacity_app.gui.numbers import percent_text

    spec = make_spec(questionnaire, FIELD_SET["egy-ar"])
    aid = write(window.store, questionnaire, spec)
    install_translations(qapp, "ar")
    try:
        window.set_language("ar")
        window.resize(1366, 768)
        window.home.refresh()
        assert window.open_assessment(aid)
        _settle(qtbot)
        tree = window.view.tree
        assert tree.header().sectionSize(1) >= tree.fontMetrics().horizontalAdvance(percent_text(100, 0)) + 4
    finally:
        install_translations(qapp, "en")
