"""Field editors: the right widget for each answer type, with don't know / not applicable and
inline messages. Values go to the session (which saves through the services); nothing here
checks ranges or constraints itself beyond what a widget can hold."""
from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton, QButtonGroup, QCheckBox, QComboBox, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)

from ...domain.answers import ANSWERED, DONT_KNOW, NOT_APPLICABLE, YEAR_MAX, YEAR_MIN, AnswerValueError, coerce_typed
from ...domain.numtext import typed_spelling
from ...domain.questionnaire import Field, tr
from ...domain.values import display_text
from .datefield import DateField
from ..numbers import decimal_sign
from ..writing import number_locale



def scroll_into_view(widget: QWidget, rect: QRect | None = None, margin: int = 24) -> None:
    """Scroll every scroll area holding ``widget`` so that ``rect`` (in the widget's
    coordinates; all of it by default) is visible: the focused control is never left out of view."""
    r = QRect(rect) if rect is not None else widget.rect()
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        body = parent.widget() if isinstance(parent, QScrollArea) else None
        if isinstance(parent, QScrollArea) and body is not None and body.isAncestorOf(child):
            top_left = child.mapTo(body, r.topLeft())
            area = QRect(top_left, r.size())
            # a tall widget: show its top (where the focus usually is) rather than its middle
            height = min(area.height(), max(40, parent.viewport().height() - 2 * margin))
            parent.ensureVisible(area.center().x(), area.top() + height // 2, area.width() // 2 + margin,
                                 height // 2 + margin)
            child = parent
        parent = parent.parentWidget()


def tab_after_self(root: QWidget, order: Sequence[QWidget]) -> None:
    """Put the controls of ``root``, made after its window was built (Qt puts such a control last
    in the window's tab order), where they would stand had they been made with ``root``: right
    after ``root`` itself (which kept its place), in ``order``, then the other controls of ``root``
    in the order they were made.

    Done with ``QWidget.setTabOrder`` alone, never by walking the focus chain: PySide takes the
    widget ``nextInFocusChain`` (or ``previousInFocusChain``) answers for the child of the widget
    asked, the window among them, and when that widget goes it marks everything Qt made under the
    window deleted (a question's foot then crashed the window, the undo action was "already
    deleted")."""
    tab = Qt.FocusPolicy.TabFocus
    window = root.window()
    rest = [w for w in root.findChildren(QWidget)  # not a drop-down's list (a window of its own)
            if (w.focusPolicy() & tab) == tab and w.window() is window
            and not any(o is w or o.isAncestorOf(w) for o in order)]
    policy = root.focusPolicy()
    root.setFocusPolicy(tab)  # setTabOrder places a control only after one that takes focus
    try:
        for a, b in itertools.pairwise([root, *order, *rest]):
            QWidget.setTabOrder(a, b)
    finally:
        root.setFocusPolicy(policy)


def tab_after(anchor: QWidget, container: QWidget) -> QWidget:
    """Put the controls of ``container`` (a panel built after the page around it: a comment panel,
    a grid's row form) right after ``anchor`` in the tab order, in the order they were made (their
    reading order); what followed ``anchor`` comes after them. Without it Tab went from the button
    that opened the panel to the next question, skipping the panel (a keyboard trap: spaces typed
    for the note ticked an answer). Returns the last control placed (``anchor`` when none)."""
    tab = Qt.FocusPolicy.TabFocus
    window = container.window()
    found = [w for w in container.findChildren(QWidget)  # not a drop-down's list (a window of its own)
             if (w.focusPolicy() & tab) == tab and w.focusProxy() is None and w.window() is window]
    outer = [w for w in found if not any(o is not w and o.isAncestorOf(w) for o in found)]
    last = anchor
    for w in outer:
        QWidget.setTabOrder(last, w)
        last = w
    return last


def _is_drop_down_key(e: QKeyEvent) -> bool:
    return (e.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and bool(e.modifiers() & Qt.KeyboardModifier.AltModifier))


class DropDown(QComboBox):
    """A combo box whose list opens with F4 (or a click); Alt+Down and Alt+Up are left to the
    window: they always change section. ``from_list`` is True while a choice comes from
    the open list (the grid saves it at once: one Enter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.from_list = False

    def event(self, e):
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent) and _is_drop_down_key(e):
            e.ignore()  # the window's next / previous section (QComboBox would take it to open the list)
            return False
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if _is_drop_down_key(e):
            e.ignore()  # the window's next / previous section
            return
        super().keyPressEvent(e)

    def showPopup(self) -> None:
        self.from_list = True
        super().showPopup()
        self._whole_list()

    def _whole_list(self) -> None:
        """The open list as high as its rows (up to ``maxVisibleItems``): Qt measures it before
        the application's style sheet pads the rows, which left a grid cell's last choice (*Non*
        under *Oui*) half hidden under a scroll arrow. Grown downwards, or upwards where the screen
        ends."""
        view = self.view()
        popup = view.window()
        if popup is self.window() or not self.count():
            return
        rows = min(self.count(), self.maxVisibleItems())
        need = sum(view.sizeHintForRow(i) for i in range(rows))
        need = max(need, sum(view.visualRect(view.model().index(i, self.modelColumn())).height() for i in range(rows)))
        # the arrows Qt shows above and below a list that scrolls take their room from the rows
        arrows = sum(w.sizeHint().height() for w in popup.findChildren(QWidget)
                     if w.metaObject().className() == "QComboBoxPrivateScroller")
        short = need - view.viewport().height() + arrows
        if short <= 0:
            return
        geometry = popup.geometry()
        geometry.setHeight(geometry.height() + short)
        screen = self.screen().availableGeometry()
        if geometry.bottom() > screen.bottom():
            geometry.moveBottom(screen.bottom())
        popup.setGeometry(geometry)
        if rows == self.count():
            view.scrollToTop()
            QTimer.singleShot(0, lambda: self._trim_list(need))

    def _trim_list(self, need: int) -> None:
        """Once the arrows are gone (the list no longer scrolls), the room they took given back."""
        view = self.view()
        popup = view.window()
        spare = view.viewport().height() - need
        if popup is self.window() or not popup.isVisible() or spare <= 0 or view.verticalScrollBar().maximum() > 0:
            return
        popup.resize(popup.width(), popup.height() - spare)

    def hidePopup(self) -> None:
        super().hidePopup()
        QTimer.singleShot(0, self._left_list)  # after the choice's activated signal

    def _left_list(self) -> None:
        self.from_list = False


class YearBox(QSpinBox):
    """A year in ``lo``..``hi``; the value just below means 'no answer' (shown "—"), and the
    first step up from it lands on this year rather than on the lowest year."""

    def __init__(self, lo: int, hi: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLocale(number_locale())  # 0-9 whatever the system's locale (gui/writing.py)
        self.setRange(lo - 1, hi)
        self.setSpecialValueText("—")

    def stepBy(self, steps: int) -> None:
        if self.value() == self.minimum() and steps != 0:
            import datetime as _dt

            self.setValue(max(self.minimum() + 1, min(self.maximum(), _dt.date.today().year)))
            self.selectAll()
            return
        super().stepBy(steps)

    def year(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()

    def set_year(self, value: int | None) -> None:
        self.setValue(self.minimum() if value is None else int(value))


def format_value(fld: Field, value: Any, lang: str) -> str:
    """A value as a person reads it (choice labels, not codes): ``domain.values.display_text``
    with plain numbers, as an editor shows and takes them back."""
    return display_text(fld, value, lang)


class FieldEditor(QWidget):
    """Base class: ``committed(value)`` when the officer gives a value (None = cleared);
    ``invalid(message)`` when the typed text cannot be a value at all."""

    committed = Signal(object)
    invalid = Signal(str)

    def __init__(self, fld: Field, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.fld = fld
        self.lang = lang
        self._loading = False

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self._set(value)
        finally:
            self._loading = False

    def _set(self, value: Any) -> None:
        raise NotImplementedError

    def _emit(self, value: Any) -> None:
        if not self._loading:
            self.committed.emit(value)

    def focus_target(self) -> QWidget:
        return self

    def flush(self) -> None:
        """Commit anything typed but not yet committed (text boxes)."""


class FocusRadio(QRadioButton):
    """A radio button that shows its focus however it got it (the style draws its
    focus frame only after an arrow key; the page's own focus left none): a ring around it."""

    def paintEvent(self, e) -> None:
        super().paintEvent(e)
        if self.hasFocus():
            p = QPainter(self)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight))
            pen.setWidth(2)
            p.setPen(pen)
            p.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 3, 3)
            p.end()


class _RadioKeys(QObject):
    """The keys of a group of radio buttons: Left/Up and Right/Down move to the previous or
    next button and select it (Qt only moves the focus while none is checked), a digit selects the
    button it names (a rating's level; the n-th choice). Read-only (disabled) buttons take nothing."""

    def __init__(self, buttons: list[QRadioButton], by_digit: dict[str, QRadioButton], parent: QObject) -> None:
        super().__init__(parent)
        self.buttons = buttons
        self.by_digit = by_digit
        for b in buttons:
            b.installEventFilter(self)

    def _pick(self, b: QRadioButton) -> None:
        b.setFocus(Qt.FocusReason.TabFocusReason)  # the focus shown, as after Tab
        if b.isEnabled() and not b.isChecked():
            b.click()

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.KeyPress or watched not in self.buttons or not isinstance(event, QKeyEvent):
            return False
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods:
            return False
        i = self.buttons.index(watched)
        key = event.key()
        back = (Qt.Key.Key_Up, Qt.Key.Key_Right if watched.layoutDirection() == Qt.LayoutDirection.RightToLeft
                else Qt.Key.Key_Left)
        forward = (Qt.Key.Key_Down, Qt.Key.Key_Left if watched.layoutDirection() == Qt.LayoutDirection.RightToLeft
                   else Qt.Key.Key_Right)
        if key in back or key in forward:
            j = i - 1 if key in back else i + 1
            if 0 <= j < len(self.buttons):
                self._pick(self.buttons[j])
            return True
        b = self.by_digit.get(event.text())
        if b is not None:
            self._pick(b)
            return True
        return False


class ChoiceRadios(FieldEditor):
    def __init__(self, fld, lang, parent=None, compact: bool = False):
        super().__init__(fld, lang, parent)
        labels = [tr(c.label, lang) for c in fld.choices]
        # side by side when short; one per line otherwise (and in the narrow matrix panel). Short is
        # measured in pixels, not characters: four Chinese choices of 13 characters made the matrix
        # panel 511 px wide and the window 1229 px
        metrics = self.fontMetrics()
        wide = sum(metrics.horizontalAdvance(t) + 30 for t in labels)  # the radio's circle and spacing
        box = QHBoxLayout(self) if wide < (230 if compact else 500) else QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for c, text in zip(fld.choices, labels, strict=True):
            b = FocusRadio(text, self)
            b.setAccessibleName(f"{tr(fld.label, lang)}: {text}")
            if c.help:
                b.setToolTip(tr(c.help, lang))
            self.group.addButton(b)
            self.buttons[c.code] = b
            box.addWidget(b)
        if isinstance(box, QHBoxLayout):
            box.addStretch(1)
        self.group.buttonClicked.connect(self._on_group_clicked)
        ordered = list(self.buttons.values())
        self.keys = _RadioKeys(ordered, {str(n): b for n, b in enumerate(ordered, 1) if n <= 9}, self)

    def _on_group_clicked(self, button: QAbstractButton) -> None:
        for code, b in self.buttons.items():
            if b is button:
                self._emit(code)

    def _set(self, value):
        self.group.setExclusive(False)
        for code, b in self.buttons.items():
            b.setChecked(code == value)
        self.group.setExclusive(True)

    def focus_target(self):
        checked = self.group.checkedButton()
        return checked or next(iter(self.buttons.values()), self)


class ChoiceCombo(FieldEditor):
    def __init__(self, fld, lang, parent=None):
        super().__init__(fld, lang, parent)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.combo = DropDown(self)
        self.combo.setAccessibleName(tr(fld.label, lang))
        self.combo.addItem("", None)
        for c in fld.choices:
            self.combo.addItem(tr(c.label, lang), c.code)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        box.addWidget(self.combo)
        box.addStretch(1)
        self.combo.activated.connect(self._on_combo_activated)

    def _on_combo_activated(self, index: int) -> None:
        self._emit(self.combo.itemData(index))

    def _set(self, value):
        i = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(0, i))

    def focus_target(self):
        return self.combo


class Checklist(FieldEditor):
    def __init__(self, fld, lang, parent=None, compact: bool = False) -> None:
        super().__init__(fld, lang, parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        # two columns when the list is long and its labels short; one in the narrow matrix panel
        cols = 2 if not compact and len(fld.choices) > 4 and sum(len(tr(c.label, lang)) for c in fld.choices) < 160 else 1
        self.boxes: dict[str, QCheckBox] = {}
        for i, c in enumerate(fld.choices):
            b = QCheckBox(tr(c.label, lang), self)
            b.setAccessibleName(f"{tr(fld.label, lang)}: {tr(c.label, lang)}")
            b.toggled.connect(self._on_box_toggled)
            self.boxes[c.code] = b
            grid.addWidget(b, i // cols, i % cols)
        grid.setColumnStretch(cols, 1)

    def _on_box_toggled(self, _checked: bool) -> None:
        codes = [c for c, b in self.boxes.items() if b.isChecked()]
        self._emit(codes or None)

    def _set(self, value):
        chosen = set(value or ())
        for code, b in self.boxes.items():
            b.blockSignals(True)
            b.setChecked(code in chosen)
            b.blockSignals(False)

    def focus_target(self):
        return next(iter(self.boxes.values()), self)


class YearSpin(FieldEditor):
    """A year within the field's range; the value just below the range means 'no answer'."""

    def __init__(self, fld, lang, parent=None):
        super().__init__(fld, lang, parent)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.spin = QSpinBox(self)
        self.spin.setLocale(number_locale())  # 0-9 whatever the system's locale (gui/writing.py)
        lo = int(fld.minimum) if fld.minimum is not None else YEAR_MIN
        hi = int(fld.maximum) if fld.maximum is not None else YEAR_MAX
        self.spin.setRange(lo - 1, hi)
        self.spin.setSpecialValueText("—")
        self.spin.setKeyboardTracking(False)
        self.spin.setAccessibleName(tr(fld.label, lang))
        self.spin.setToolTip(self.tr("A year from %d to %d") % (lo, hi))
        self.spin.setMinimumWidth(90)
        self._previous = self.spin.minimum()
        box.addWidget(self.spin)
        box.addStretch(1)
        self.spin.valueChanged.connect(self._on_spin_value_changed)

    def _on_spin_value_changed(self, v: int) -> None:
        if v == self.spin.minimum() + 1 and self._previous == self.spin.minimum():
            # stepping up from "no answer" lands on this year rather than on 1900
            import datetime as _dt

            v = min(self.spin.maximum(), _dt.date.today().year)
            self.spin.blockSignals(True)
            self.spin.setValue(v)
            self.spin.blockSignals(False)
        self._previous = v
        if v == self.spin.minimum():
            self._emit(None)
        else:
            self._emit(v)

    def _set(self, value):
        self.spin.blockSignals(True)
        if value is None:
            self.spin.setValue(self.spin.minimum())
        else:
            self.spin.setValue(int(value))
        self._previous = self.spin.value()
        self.spin.blockSignals(False)

    def focus_target(self):
        return self.spin


def number_field_text(value: Any) -> str:
    """A stored number as a number field shows it for editing: every digit, no exponent, the
    interface's decimal sign (what the field reads back as it is; ``1.23457e+06`` was not)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return typed_spelling(value, decimal_sign())
    return str(value)


class NumberEdit(FieldEditor):
    def __init__(self, fld, lang, parent=None):
        super().__init__(fld, lang, parent)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(tr(fld.label, lang))
        self.edit.setMaximumWidth(160)
        if fld.minimum is not None or fld.maximum is not None:
            lo = "" if fld.minimum is None else f"{fld.minimum:g}"
            hi = "" if fld.maximum is None else f"{fld.maximum:g}"
            self.edit.setPlaceholderText(f"{lo} – {hi}")
        box.addWidget(self.edit)
        box.addStretch(1)
        self._last = ""
        self.edit.editingFinished.connect(self._on_edit_finished)

    def _on_edit_finished(self) -> None:
        text = self.edit.text().strip()
        if text == self._last:
            return
        if not text:
            self._last = text
            self._emit(None)
            return
        try:
            # the interface language's decimal sign first; "1,200" in English (two readings) refused
            value = coerce_typed(self.fld, text, lang=self.lang, decimal_sign=decimal_sign())
        except AnswerValueError as exc:
            self.invalid.emit(exc.message)
            return
        self._last = text
        self._emit(value)

    def flush(self):
        self._on_edit_finished()

    def _set(self, value):
        text = "" if value is None else number_field_text(value)
        self._last = text
        self.edit.setText(text)

    def focus_target(self):
        return self.edit


TYPING_SAVE_MS = 250  # text is saved at every pause this long (0.7 s lost a title on a power cut)


class TextBox(FieldEditor):
    """Free text: committed at every pause in the typing (:data:`TYPING_SAVE_MS`), when focus
    leaves and when the window closes (no keystroke lost)."""

    def __init__(self, fld, lang, parent=None, lines: int = 3):
        super().__init__(fld, lang, parent)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.edit = PlainText(self, least=lines, most=max(lines, 14))
        self.edit.setAccessibleName(tr(fld.label, lang))
        box.addWidget(self.edit)
        self._last = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_SAVE_MS)
        self._timer.timeout.connect(self.flush)
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.focusLost.connect(self.flush)

    def _on_text_changed(self):
        if not self._loading:
            self._timer.start()

    def flush(self):
        self._timer.stop()
        text = self.edit.toPlainText()
        if text != self._last:
            self._last = text
            self._emit(text if text.strip() else None)

    def _set(self, value):
        self._last = value or ""
        if self.edit.toPlainText() != self._last:
            self.edit.setPlainText(self._last)

    def focus_target(self):
        return self.edit


class PlainText(QPlainTextEdit):
    """Several lines of text (Tab moves on rather than typing a tab) that say when they are left
    (``focusLost``) and grow with what is typed, from ``least`` lines up to ``most`` (then they
    scroll): a comment of a few sentences is read whole, not through a two-line slot."""

    focusLost = Signal()

    def __init__(self, parent: QWidget | None = None, least: int = 2, most: int = 10) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._lines = (least, most)
        layout = self.document().documentLayout()
        layout.documentSizeChanged.connect(self._fit)  # typing, and the wrapping of a new width
        self._fit()

    def _line_height(self) -> int:
        """The height the document gives a line: a text line is ascent + descent rounded up (16 px
        for a font whose line spacing is 15), so counting lines by the line spacing left the box
        a pixel short per line, the last line cut and a scroll bar from four lines on."""
        block = self.document().firstBlock()
        layout = block.layout() if block.isValid() else None
        if layout is not None and layout.lineCount() > 0:
            return max(1, math.ceil(layout.lineAt(0).height()))
        fm = QFontMetricsF(self.document().defaultFont())
        return max(1, math.ceil(fm.ascent() + fm.descent()))

    def _fit(self, *_args) -> None:
        least, most = self._lines
        lines = int(self.document().documentLayout().documentSize().height())  # wrapped lines
        n = max(least, min(most, lines))
        margins = self.contentsMargins()
        height = self._line_height() * n + 2 * int(self.document().documentMargin()) \
            + margins.top() + margins.bottom() + 4
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def changeEvent(self, e):
        super().changeEvent(e)
        if e.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def showEvent(self, e):
        super().showEvent(e)
        self._fit()  # the style's frame margins are known once polished (the empty box was 8 px short)

    def focusOutEvent(self, e):
        super().focusOutEvent(e)
        self.focusLost.emit()


class DateEdit(FieldEditor):
    """A date typed (ISO or the interface locale's short format) or picked from a calendar that
    opens on the reference date (``reference``, set by the row) or today."""

    def __init__(self, fld, lang, parent=None):
        super().__init__(fld, lang, parent)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.edit = DateField(self)
        self.edit.setAccessibleName(tr(fld.label, lang))
        self.edit.edit.setAccessibleName(tr(fld.label, lang))
        box.addWidget(self.edit)
        box.addStretch(1)
        self.edit.changed.connect(self._emit)
        self.edit.invalid.connect(self.invalid.emit)

    def _set(self, value):
        self.edit.set_iso(value)

    def flush(self):
        if self.edit.edit.text().strip() != (self.edit.iso() or ""):
            self.edit.commit()

    def focus_target(self):
        return self.edit.edit


def message_row(parent: QWidget) -> tuple[QLabel, QPushButton, QHBoxLayout]:
    """A field's message (hidden until there is one) and, beside it, the "Try again" button of a
    write the database could not take (hidden until then), in a row to add under the field."""
    message = QLabel(parent)
    message.setObjectName("fieldError")
    message.setWordWrap(True)
    message.setVisible(False)
    retry = QPushButton(QCoreApplication.translate("FieldRow", "Try again"), parent)
    retry.setObjectName("retry")
    retry.setToolTip(QCoreApplication.translate("FieldRow", "Save what is entered here again"))
    retry.setVisible(False)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(message, 1)
    row.addWidget(retry, 0, Qt.AlignmentFlag.AlignTop)
    return message, retry, row


class AnchorLabel(QLabel):
    """A label that says when it is clicked (it ticks the button it stands for)."""

    clicked = Signal()

    def mousePressEvent(self, e):
        self.clicked.emit()
        super().mousePressEvent(e)


class RatingRadios(FieldEditor):
    """0–3 rating; each level shows its written anchor."""

    def __init__(self, fld, lang, parent=None) -> None:
        super().__init__(fld, lang, parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.group = QButtonGroup(self)
        self.buttons: dict[int, QRadioButton] = {}
        lo = int(fld.minimum) if fld.minimum is not None else 0
        hi = int(fld.maximum) if fld.maximum is not None else 3
        anchors = fld.anchors or {}
        for row, level in enumerate(range(lo, hi + 1)):
            b = FocusRadio(str(level), self)
            anchor = tr(anchors.get(level), lang) if anchors.get(level) else ""
            b.setAccessibleName(f"{tr(fld.label, lang)}: {level} {anchor}".strip())
            self.group.addButton(b, level)
            self.buttons[level] = b
            grid.addWidget(b, row, 0, Qt.AlignmentFlag.AlignTop)
            lab = AnchorLabel(anchor, self)
            lab.setObjectName("anchor")
            lab.setWordWrap(True)
            lab.clicked.connect(b.click)
            grid.addWidget(lab, row, 1)
        grid.setColumnStretch(1, 1)
        self.group.idClicked.connect(self._on_group_clicked)
        self.keys = _RadioKeys(list(self.buttons.values()),
                               {str(level): b for level, b in self.buttons.items() if 0 <= level <= 9}, self)

    def _on_group_clicked(self, level: int) -> None:
        self._emit(level)

    def _set(self, value):
        self.group.setExclusive(False)
        for level, b in self.buttons.items():
            b.setChecked(value is not None and level == int(value))
        self.group.setExclusive(True)

    def focus_target(self):
        return self.group.checkedButton() or next(iter(self.buttons.values()), self)


def make_editor(fld: Field, lang: str, parent: QWidget | None = None, *, compact: bool = False) -> FieldEditor:
    t = fld.type
    if t == "select_one":
        if len(fld.choices) <= 5:
            return ChoiceRadios(fld, lang, parent, compact=compact)
        return ChoiceCombo(fld, lang, parent)
    if t == "select_multiple":
        return Checklist(fld, lang, parent, compact=compact)
    if t == "year":
        return YearSpin(fld, lang, parent)
    if t in ("integer", "decimal"):
        return NumberEdit(fld, lang, parent)
    if t == "date":
        return DateEdit(fld, lang, parent)
    if t == "rating":
        return RatingRadios(fld, lang, parent)
    return TextBox(fld, lang, parent, lines=2 if compact else 3)


class FieldRow(QWidget):
    """An editor for one answer key with 'don't know', 'not applicable' and an inline message."""

    def __init__(self, session, key: str, fld: Field, parent: QWidget | None = None, *,
                 compact: bool = False):
        super().__init__(parent)
        self.session = session
        self.key = key
        self.fld = fld
        lang = session.lang
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(3)
        self.editor = make_editor(fld, lang, self, compact=compact)
        if isinstance(self.editor, DateEdit):
            # an empty date's calendar opens on the assessment's reference date
            self.editor.edit.reference = self._reference_date
        outer.addWidget(self.editor)
        flags = QHBoxLayout()
        flags.setContentsMargins(0, 0, 0, 0)
        self.dk = QCheckBox(self.tr("Don't know"), self)
        self.dk.setObjectName("dontKnow")
        self.dk.setAccessibleName(self.tr("Don't know: %s") % tr(fld.label, lang))
        self.dk.setVisible(fld.dont_know)
        flags.addWidget(self.dk)
        self.na = None
        if fld.not_applicable:
            self.na = QCheckBox(self.tr("Not applicable"), self)
            self.na.setObjectName("notApplicable")
            self.na.setAccessibleName(self.tr("Not applicable: %s") % tr(fld.label, lang))
            flags.addWidget(self.na)
            self.na.clicked.connect(self._on_na_clicked)
        flags.addStretch(1)
        outer.addLayout(flags)
        self.message, self.retry, note = message_row(self)
        self.message.setAccessibleName(self.tr("Message"))
        self.retry.clicked.connect(self._on_retry_clicked)
        outer.addLayout(note)
        self.editor.committed.connect(self._on_editor_committed)
        self.editor.invalid.connect(self.show_message)
        self.dk.clicked.connect(self._on_dk_clicked)
        session.failed.connect(self._on_session_failed)
        session.accepted.connect(self._on_session_accepted)
        session.readOnlyChanged.connect(self._apply_read_only)
        self._apply_read_only(session.read_only)
        self.refresh()

    def _apply_read_only(self, why: str) -> None:
        """A final assessment, or a database that cannot be written: the answer is shown, not edited."""
        for w in (self.editor, self.dk, self.na):
            if w is not None:
                w.setEnabled(not why)
        self.setToolTip(why)

    def _reference_date(self) -> QDate | None:
        assessment = getattr(self.session, "assessment", None)
        iso = getattr(assessment, "effective_reference_date", None) if assessment is not None else None
        d = QDate.fromString(str(iso), "yyyy-MM-dd") if iso else QDate()
        return d if d.isValid() else None

    def set_key(self, key: str) -> None:
        """Point this row at another answer key with the same field (matrix cells)."""
        self.flush()
        self.key = key
        self.message.setVisible(False)
        self.refresh()

    def refresh(self) -> None:
        """Show the stored answer, or the one the database could not take (kept, marked)."""
        kept = self.session.unsaved.get(self.key)
        if kept is not None:
            status, value = kept.status, kept.value
        else:
            a = self.session.answer(self.key)
            status, value = a.status, a.value
        self.editor.set_value(value if status == ANSWERED else None)
        self.dk.setChecked(status == DONT_KNOW)
        if self.na is not None:
            self.na.setChecked(status == NOT_APPLICABLE)
        self.retry.setVisible(kept is not None)

    def _on_editor_committed(self, value: Any) -> None:
        ok = self.session.clear(self.key) if value is None else self.session.set_answer(self.key, value)
        if ok or self.key in self.session.unsaved:
            self.refresh()
        # refused: what was entered stays in the field, under its message, to be corrected

    def _on_dk_clicked(self, checked: bool) -> None:
        (self.session.dont_know if checked else self.session.clear)(self.key)
        self.refresh()

    def _on_na_clicked(self, checked: bool) -> None:
        (self.session.not_applicable if checked else self.session.clear)(self.key)
        self.refresh()

    def _on_retry_clicked(self) -> None:
        kept = self.session.unsaved.get(self.key)
        if kept is not None and kept.retry():
            self.session.forget(self.key)
        self.refresh()

    def _on_session_failed(self, key: str, message: str) -> None:
        if key == self.key:
            # the service message starts with the key: the officer sees only the reason
            self.show_message(message.split(": ", 1)[1] if message.startswith(key + ": ") else message)

    def _on_session_accepted(self, key: str) -> None:
        if key == self.key:
            self.message.setVisible(False)
            self.retry.setVisible(False)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def focus(self) -> None:
        self.editor.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def flush(self) -> None:
        self.editor.flush()
