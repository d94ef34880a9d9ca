"""A date field an officer can type into: ISO (2026-05-15, 20260515) or the interface locale's
short format (15/05/2026 in French, 5/15/26 in American English), a calendar that opens on the
date shown, else on the reference date, else today (never on 1900), and an empty state that
is really empty (the clear button, or deleting the text).

The field shows dates as ISO, the form stored and exported. Text that is not a date is kept as
typed (nothing is lost) and reported through ``invalid``; the last good date stays stored."""
from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget, QFrame, QHBoxLayout, QLineEdit, QMainWindow, QTableView, QToolButton, QVBoxLayout, QWidget,
)

ISO = "yyyy-MM-dd"
EMPTY = QDate(1900, 1, 1)  # what date() gives for an empty field (QDateEdit's old special value)
LOWEST = QDate(1900, 1, 2)
HIGHEST = QDate(2100, 12, 31)

_ISO_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
# dates are written with the digits 0-9 (as the UN's Arabic documents write them) whatever the
# system's locale: Arabic-Indic and Persian digits typed are read as those, direction marks of a
# locale's format (ar_EG: d\u200f/M\u200f/yyyy) are left out
_DIGITS = str.maketrans({**{chr(0x0660 + i): str(i) for i in range(10)},
                         **{chr(0x06F0 + i): str(i) for i in range(10)},
                         "\u200e": None, "\u200f": None, "\u061c": None})
_COMPACT_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


class DateParseError(ValueError):
    """Typed text that is not a date; the message says what would be."""


def _formats(locale: QLocale) -> list[str]:
    """The locale's short date format, with a four-digit year first (15/05/2026 before 15/05/26)."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat).translate(_DIGITS)
    if "yyyy" in short:
        return [short, short.replace("yyyy", "yy")]
    if "yy" in short:
        return [short.replace("yy", "yyyy"), short]
    return [short]


def parse_date(text: str, locale: QLocale | None = None) -> QDate | None:
    """``text`` as a date: None when empty; DateParseError when it is not a date."""
    t = text.strip().translate(_DIGITS)
    if not t:
        return None
    m = _ISO_RE.match(t) or _COMPACT_RE.match(t)
    if m:
        d = QDate(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d.isValid():
            return d
        raise DateParseError(t)
    loc = locale or QLocale()
    for fmt in _formats(loc):
        candidates = {fmt, fmt.replace("/", "-"), fmt.replace("/", "."), fmt.replace(".", "/"),
                      fmt.replace("-", "/"), fmt.replace("dd", "d").replace("MM", "M")}
        for f in candidates:
            d = QDate.fromString(t, f)  # numeric formats, the digits 0-9
            if d.isValid():
                if "yyyy" not in f and d.year() < 1950:  # a two-digit year means this century
                    d = d.addYears(100)
                return d
    raise DateParseError(t)


def example(locale: QLocale | None = None) -> str:
    """How the locale writes 15 May 2026 in its short format, with the digits 0-9 (for placeholders
    and messages; ar_EG would write ١٥/٥/٢٠٢٦)."""
    loc = locale or QLocale()
    return QDate(2026, 5, 15).toString(_formats(loc)[0])


class _CalendarPopup(QFrame):
    """The calendar under the field: Enter or a click picks a day, Esc closes."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("dateCalendar")
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        box.addWidget(self.calendar)
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)

    def _pick(self, d: QDate) -> None:
        self.picked.emit(d)
        self.close()

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(e)

    def open_at(self, anchor: QWidget, start: QDate, lowest: QDate, highest: QDate) -> None:
        self.calendar.setDateRange(lowest, highest)
        self.calendar.setSelectedDate(start)
        self.calendar.setCurrentPage(start.year(), start.month())
        self.adjustSize()
        size = self.sizeHint().expandedTo(self.minimumSizeHint())
        self.resize(size)
        below = anchor.mapToGlobal(QPoint(0, anchor.height()))
        screen = anchor.screen() or QGuiApplication.primaryScreen()
        if screen is not None:  # keep the whole calendar (its last row too) on the screen
            area = screen.availableGeometry()
            x = min(max(area.left(), below.x()), area.right() - size.width())
            y = below.y()
            if y + size.height() > area.bottom():
                y = max(area.top(), anchor.mapToGlobal(QPoint(0, 0)).y() - size.height())
            below = QPoint(x, y)
        self.move(below)
        self.show()
        self._grow_to_fit()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _grow_to_fit(self) -> None:
        """The style sheet's cell padding can make the month taller than the calendar's own size
        hint: grow until every week (the last row too) is shown in full."""
        view = self.calendar.findChild(QTableView)
        if view is None:
            return
        for _ in range(6):
            tall = view.verticalHeader().length() - view.viewport().height()
            wide = view.horizontalHeader().length() - view.viewport().width()
            if tall <= 0 and wide <= 0:
                return
            self.resize(self.width() + max(0, wide), self.height() + max(0, tall))
            lay = self.layout()
            if lay is not None:
                lay.activate()

    def month_visible(self) -> bool:
        """Every row of the month view is inside the calendar (tests)."""
        view = self.calendar.findChild(QTableView)
        return view is not None and view.verticalHeader().length() <= view.viewport().height() \
            and view.horizontalHeader().length() <= view.viewport().width()


class DateField(QWidget):
    """A line edit for a date with a calendar button. ``changed(iso or None)`` when the officer
    gives a date or clears the field; ``invalid(message)`` when the typed text is not a date.

    Keys: F4 opens the calendar (and Alt+Down, except in the main window, where Alt+Down and
    Alt+Up always change section); Up / Down move one day (from the reference date, or
    today, when empty); Enter or leaving the field commits what was typed."""

    changed = Signal(object)
    invalid = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, locale: QLocale | None = None,
                 reference: Callable[[], QDate | None] | None = None) -> None:
        super().__init__(parent)
        self.locale_ = locale or QLocale()
        self.reference = reference  # the date the calendar opens on when the field is empty
        self._lowest, self._highest = LOWEST, HIGHEST
        self._date: QDate | None = None
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("dateText")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD or %s") % example(self.locale_))
        self.edit.setToolTip(self.tr("Type a date as 2026-05-15 or %s; F4 opens the calendar.")
                             % example(self.locale_))
        w = self.edit.fontMetrics().horizontalAdvance(self.edit.placeholderText()) + 44
        self.edit.setMinimumWidth(max(120, w))
        box.addWidget(self.edit, 1)
        self.button = QToolButton(self)
        self.button.setObjectName("calendarButton")
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Open the calendar (F4)"))
        self.button.setAccessibleName(self.tr("Open the calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        box.addWidget(self.button)
        self.setFocusProxy(self.edit)
        # a label's Alt letter (its buddy is this field) gives the focus only to a widget that takes
        # it: without a policy, Alt+D on "Mission &start:" did nothing (Tab still goes to the text)
        self.setFocusPolicy(self.edit.focusPolicy())
        self._popup: _CalendarPopup | None = None
        self.edit.editingFinished.connect(self.commit)
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.installEventFilter(self)
        self.button.clicked.connect(self.open_calendar)

    # --- the value ----------------------------------------------------------------------------
    def iso(self) -> str | None:
        return None if self._date is None else self._date.toString(ISO)

    def set_iso(self, value: str | None) -> None:
        """Show a stored value (no signal)."""
        d = QDate.fromString(value, ISO) if value else None
        self._date = d if d is not None and d.isValid() else None
        self._show()

    def date(self) -> QDate:
        """The date shown; :data:`EMPTY` (= ``minimumDate()``) when there is none."""
        return QDate(self._date) if self._date is not None else QDate(EMPTY)

    def minimumDate(self) -> QDate:  # QDateEdit's name, for callers written for it
        return QDate(EMPTY)

    def setDate(self, d: QDate) -> None:  # QDateEdit's name
        """Set a date as if the officer had given it (``changed`` is emitted)."""
        self._set_committed(None if (not d.isValid() or d == EMPTY) else d)

    def setDateRange(self, lowest: QDate, highest: QDate) -> None:
        self._lowest, self._highest = lowest, highest

    def clear(self) -> None:
        self._set_committed(None)

    def _show(self) -> None:
        self.edit.blockSignals(True)
        self.edit.setText("" if self._date is None else self._date.toString(ISO))
        self.edit.blockSignals(False)
        self._mark(False)

    def _mark(self, bad: bool) -> None:
        if self.edit.property("invalid") != bad:
            self.edit.setProperty("invalid", bad)
            self.edit.style().unpolish(self.edit)
            self.edit.style().polish(self.edit)

    def _set_committed(self, d: QDate | None) -> None:
        changed = d != self._date
        self._date = d
        self._show()
        if changed:
            self.changed.emit(self.iso())

    # --- typing ---------------------------------------------------------------------------------
    def _on_text_changed(self, text: str) -> None:
        if not text and self._date is not None and not self.edit.hasFocus():
            self.commit()  # the clear button, pressed with the mouse
        elif not text:
            self._mark(False)

    def commit(self) -> bool:
        """Take what was typed: True when it is a date in range (or empty)."""
        text = self.edit.text()
        try:
            d = parse_date(text, self.locale_)
        except DateParseError:
            self._mark(True)
            self.invalid.emit(self.tr("“%1” is not a date: type it as 2026-05-15 or %2.")
                              .replace("%1", text.strip()).replace("%2", example(self.locale_)))
            return False
        if d is not None and not (self._lowest <= d <= self._highest):
            self._mark(True)
            self.invalid.emit(self.tr("Give a date between %1 and %2.")
                              .replace("%1", self._lowest.toString(ISO)).replace("%2", self._highest.toString(ISO)))
            return False
        self._set_committed(d)
        return True

    def pending_error(self) -> bool:
        """The text shown is not the committed value and not a date (a grid editor asks)."""
        return bool(self.edit.property("invalid"))

    def start_date(self) -> QDate:
        """Where the calendar and the arrow keys start: the date shown, else the reference
        date, else today."""
        if self._date is not None:
            return QDate(self._date)
        ref = self.reference() if self.reference is not None else None
        d = ref if ref is not None and ref.isValid() and ref != EMPTY else QDate.currentDate()
        return max(self._lowest, min(self._highest, d))

    def step(self, days: int) -> None:
        base = self.start_date() if self._date is None else self._date.addDays(days)
        self._set_committed(max(self._lowest, min(self._highest, base)))
        self.edit.selectAll()

    # --- the calendar ---------------------------------------------------------------------------
    def open_calendar(self) -> None:
        if self.edit.text().strip() and not self.commit():
            return
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._on_picked)
        self._popup.open_at(self, self.start_date(), self._lowest, self._highest)

    def _on_picked(self, d: QDate) -> None:
        self._set_committed(d)
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)

    def popup(self) -> QCalendarWidget | None:
        """The calendar while it is open (tests, screenshots)."""
        return self._popup.calendar if self._popup is not None and self._popup.isVisible() else None

    def eventFilter(self, obj, e) -> bool:
        if (obj is self.edit and e.type() == QEvent.Type.ShortcutOverride and e.key() == Qt.Key.Key_Down
                and e.modifiers() & Qt.KeyboardModifier.AltModifier):
            if isinstance(self.window(), QMainWindow):
                return False  # the window's next section: F4 opens the calendar there
            e.accept()  # in a dialog, Alt+Down opens the calendar
            return True
        if obj is self.edit and e.type() == QEvent.Type.KeyPress:
            key, mods = e.key(), e.modifiers()
            if (key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier) or key == Qt.Key.Key_F4:
                self.open_calendar()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not mods & Qt.KeyboardModifier.AltModifier:
                if self.edit.text().strip() and self.edit.text().strip() != (self.iso() or "") and not self.commit():
                    return True
                self.step(1 if key == Qt.Key.Key_Up else -1)
                return True
        return super().eventFilter(obj, e)
