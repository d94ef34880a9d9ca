"""The plan's Start and End fields write a quarter or a date as the interface's language does, as
the plan's table and the report do, and read it back as typed in that language, as a code or in
the locale's short date; the home list's last change is written out as the status bar writes it
(the Arabic editors saw "2026-Q3" in the fields while the PDF said "الربع الثالث 2026",
and ISO time stamps in the list)."""
from __future__ import annotations

import re

import pytest

from capacity_app.domain import editorial
from capacity_app.domain.languages import LANGUAGES
from capacity_app.services.plan import actions as plans


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_a_period_shown_in_the_language_reads_back_to_its_code(speaking, lang):
    from capacity_app.gui.numbers import period_field_text, period_from_text, short_date_text

    speaking(lang)
    for q in range(1, 5):
        shown = period_field_text(f"2026-Q{q}")
        assert shown == editorial.quarter(2026, q, lang)  # the report's and the table's quarter
        assert period_from_text(shown) == f"2026-Q{q}"
    for day in ("2026-01-01", "2026-06-18", "2026-12-31"):
        shown = period_field_text(day)
        assert shown == editorial.written_date(day, lang) and not re.search(r"\d{4}-\d\d", shown)
        assert period_from_text(shown) == day
        short = short_date_text(day)  # the locale's short date (Babel): 18/06/2026, 2026/6/18, 18.06.2026
        assert "2026" in short and period_from_text(short) == day
    for code in ("2026-Q3", "Q3 2026", "2026q3"):
        assert period_from_text(code) == "2026-Q3"
    assert period_from_text("  ") is None and period_field_text(None) == ""
    for bad in ("next year", "2026", "31/02/2026", "2026-Q3 – 2026-Q4"):
        with pytest.raises(ValueError):
            period_from_text(bad)


def _plan(win):
    view = win.view
    view.tabs.setCurrentWidget(view.action_plan)
    return view.action_plan


@pytest.mark.parametrize("lang", ["ar", "zh", "ru"])
def test_start_and_end_fields_speak_the_language(speaking, make_window, db_path, questionnaire, lang):
    from capacity_app.gui.numbers import short_date_text
    from capacity_app.services.assessments import create_assessment

    speaking(lang)
    win = make_window(db_path)
    a = create_assessment(win.store, questionnaire, country="EGY", round=2026)
    win.home.refresh()
    assert win.open_assessment(a.id)
    v = _plan(win)
    v.new_action()
    q1 = editorial.quarter(2027, 1, lang)
    assert v.f_start.placeholderText() == q1 and v.f_end.placeholderText() == editorial.quarter(2027, 4, lang)
    assert q1 in v.f_start.toolTip() and "quarter" not in v.f_start.toolTip()  # translated
    for field in (v.f_start, v.f_end):  # whole in the field (a Russian "например, …" was cut)
        assert field.fontMetrics().horizontalAdvance(field.placeholderText()) < field.width() - 8
    if lang == "zh":  # the window's sentences joined without a space after "。"
        assert "。" in v.plan_state.text() and "。 " not in v.plan_state.text() + v.totals_line.text()
    v.f_start.setText(editorial.quarter(2026, 3, lang))  # typed as the language writes it
    v.f_start.editingFinished.emit()
    v.f_end.setText(short_date_text("2027-03-31"))  # the locale's short date
    v.f_end.editingFinished.emit()
    stored = plans.action_plan(win.store, a.id)[0]
    assert (stored.start, stored.end) == ("2026-Q3", "2027-03-31")  # the canonical codes
    assert v.f_start.text() == editorial.quarter(2026, 3, lang)
    assert v.f_end.text() == editorial.written_date("2027-03-31", lang)
    assert v.table.item(0, 2).text().count("2026") == 1 and "Q3" not in v.table.item(0, 2).text()
    # what is not a quarter or a date: said at the fields, kept as typed, nothing saved
    v.f_end.setText("bientôt")
    v.f_end.editingFinished.emit()
    assert not v.when_error.isHidden() and "bientôt" in v.when_error.text() and q1 in v.when_error.text()
    assert v.f_end.text() == "bientôt" and plans.action_plan(win.store, a.id)[0].end == "2027-03-31"
    v.f_end.setText("2027-Q4")  # the code is read in every language
    v.f_end.editingFinished.emit()
    assert v.when_error.isHidden() and plans.action_plan(win.store, a.id)[0].end == "2027-Q4"
    assert v.f_end.text() == editorial.quarter(2027, 4, lang)


def test_home_list_writes_the_last_change_out_and_sorts_by_its_time(speaking, make_window, db_path, questionnaire):
    from PySide6.QtCore import QSortFilterProxyModel

    from capacity_app.gui.home import SORT
    from capacity_app.gui.numbers import when_text
    from capacity_app.services.assessments import create_assessment

    speaking("ru")
    win = make_window(db_path)
    for r in (2024, 2026, 2025):
        create_assessment(win.store, questionnaire, country="KEN", round=r)
    win.home.refresh()
    model = win.home.model
    col = model.COLUMNS.index("updated")
    for row in range(model.rowCount()):
        shown = model.data(model.index(row, col))
        assert shown == when_text(model.rows[row].assessment.updated_at)
        assert "года, " in shown and not re.search(r"\d{4}-\d\d-\d\d", shown)  # "25 ноября 2026 года, 08:54"
    # three changes whose written-out days would sort wrongly as text ("1 декабря" before "24 ноября")
    from dataclasses import replace

    stamps = ("2026-11-25T09:00:00+00:00", "2026-12-01T09:00:00+00:00", "2026-11-24T09:00:00+00:00")
    model.set_assessments([replace(r.assessment, updated_at=t) for r, t in zip(model.rows, stamps, strict=True)])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT)
    proxy.sort(col)
    order = [proxy.mapToSource(proxy.index(r, col)).row() for r in range(proxy.rowCount())]
    assert [stamps[r] for r in order] == sorted(stamps)  # chronological, not by the shown text
    proxy.setSortRole(0)
    proxy.sort(col)
    assert [proxy.mapToSource(proxy.index(r, col)).row() for r in range(3)] != order  # as text it would not be
