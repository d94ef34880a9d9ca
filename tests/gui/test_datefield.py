"""The date field: ISO and the locale's short format typed, bad text kept and reported, the
calendar on the date, the reference date or today (never 1900) with its last week shown,
clearing, and Up/Down by a day."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QTableView

from capacity_app.gui.widgets.datefield import EMPTY, DateField, DateParseError, parse_date


@pytest.mark.parametrize("text, locale, expected", [
    ("2026-05-15", "en_US", (2026, 5, 15)),
    (" 2026-5-7 ", "en_US", (2026, 5, 7)),
    ("20260515", "fr_FR", (2026, 5, 15)),
    ("15/05/2026", "fr_FR", (2026, 5, 15)),
    ("15/05/26", "fr_FR", (2026, 5, 15)),
    ("15.05.2026", "fr_FR", (2026, 5, 15)),
    ("5/15/2026", "en_US", (2026, 5, 15)),
    ("5/15/26", "en_US", (2026, 5, 15)),
    ("15/5/2026", "es_ES", (2026, 5, 15)),
])
def test_dates_typed_as_iso_or_the_locale_short_format(text, locale, expected):
    d = parse_date(text, QLocale(locale))
    assert (d.year(), d.month(), d.day()) == expected


@pytest.mark.parametrize("text", ["2026-02-30", "15.13.2026", "tomorrow", "2026-05"])
def test_what_is_not_a_date_is_refused(text):
    with pytest.raises(DateParseError):
        parse_date(text, QLocale("fr_FR"))
    assert parse_date("   ", QLocale("fr_FR")) is None


def test_typing_committing_clearing_and_stepping(qtbot):
    f = DateField(locale=QLocale("fr_FR"))
    qtbot.addWidget(f)
    got, bad = [], []
    f.changed.connect(got.append)
    f.invalid.connect(bad.append)
    f.show()
    f.edit.setFocus()
    qtbot.keyClicks(f.edit, "15/05/2026")
    qtbot.keyClick(f.edit, Qt.Key.Key_Return)
    assert got == ["2026-05-15"] and f.edit.text() == "2026-05-15"
    qtbot.keyClick(f.edit, Qt.Key.Key_Up)
    assert got[-1] == "2026-05-16"
    f.edit.selectAll()
    qtbot.keyClicks(f.edit, "32/05/2026")
    qtbot.keyClick(f.edit, Qt.Key.Key_Return)
    assert bad and "32/05/2026" in bad[-1] and f.edit.text() == "32/05/2026", "the text is kept"
    assert f.iso() == "2026-05-16" and f.pending_error()
    f.edit.clear()
    qtbot.keyClick(f.edit, Qt.Key.Key_Return)
    assert got[-1] is None and f.iso() is None and f.date() == EMPTY == f.minimumDate()
    assert not f.pending_error()


def test_the_calendar_opens_on_the_reference_date_or_today_with_every_week_shown(qtbot, qsettings):
    """(qsettings: the application with its style sheet, whose padding made the last week fall off.)"""
    f = DateField(reference=lambda: QDate(2026, 3, 31))
    qtbot.addWidget(f)
    f.show()
    f.edit.setFocus()
    qtbot.keyClick(f.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    cal = f.popup()
    assert cal is not None and cal.selectedDate() == QDate(2026, 3, 31)
    assert (cal.yearShown(), cal.monthShown()) == (2026, 3)
    assert f._popup is not None and f._popup.month_visible(), "the last week of the month is cut off"
    qtbot.keyClick(cal, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert f.popup() is None and f.iso() is None, "Esc picks nothing"
    g = DateField()
    qtbot.addWidget(g)
    g.show()
    g.open_calendar()
    cal = g.popup()
    assert cal is not None and cal.selectedDate() == QDate.currentDate()
    assert g._popup is not None and g._popup.month_visible()
    qtbot.keyClick(cal.findChild(QTableView), Qt.Key.Key_Return)  # Enter on the month picks the day shown
    QApplication.processEvents()
    assert g.iso() == QDate.currentDate().toString("yyyy-MM-dd")
