"""The mouse wheel never changes a value by accident.

Scrolling a page over a drop-down, a spin box or a slider changed the control's value (and the
answer was saved): an S1 "Main source", an action's priority. As LibreOffice and Anki do, such a
control takes the wheel only once it has the keyboard focus (clicked or tabbed into): its focus
policy is ``StrongFocus`` (the wheel no longer gives it the focus) and, unfocused, the wheel event
goes on to the page around it, which scrolls as if the control were not there.

:func:`install` puts one filter on the application; it sees every widget as it is polished (to set
its focus policy) and every wheel event (about a microsecond per event, measured).

The same filter decides where Alt+Down (and Alt+Up) on a focused drop-down goes: in the main
window, always to the window's next (previous) section command ("Alt+Down/Up always
change section", from any editor; F4 opens a drop-down's list there); in a dialog, which has no
sections, to the drop-down, which opens its list."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)
_WHEEL, _POLISH, _OVERRIDE = QEvent.Type.Wheel, QEvent.Type.Polish, QEvent.Type.ShortcutOverride


def guarded_control(widget: QObject) -> QWidget | None:
    """The drop-down, spin box or slider ``widget`` is or belongs to (an editable drop-down's or a
    spin box's line edit), else None. A scroll bar is a slider that scrolls: never guarded."""
    from PySide6.QtWidgets import QScrollBar

    w = widget if isinstance(widget, QWidget) else None
    for _ in range(2):  # the control itself, or its line edit's parent
        if w is None:
            return None
        if isinstance(w, GUARDED) and not isinstance(w, QScrollBar):
            return w
        w = w.parentWidget()
    return None


def _strong_focus(w: QWidget) -> None:
    """The wheel no longer gives ``w`` the focus (Tab and a click still do)."""
    from PySide6.QtCore import Qt  # not at import: the Qt namespace is read after start-up (see install)

    if w.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class WheelGuard(QObject):
    """The application's filter (see the module's text)."""

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        t = e.type()
        if t == _POLISH:
            if isinstance(obj, GUARDED):
                _strong_focus(obj)
            return False
        if t == _OVERRIDE:
            return _opens_its_list(obj, e)
        if t != _WHEEL:
            return False
        control = guarded_control(obj)
        if control is None or control.hasFocus():  # hasFocus: or its focus proxy
            return False
        assert isinstance(e, QWheelEvent) and isinstance(obj, QWidget)
        pass_on(obj, control, e)
        return True

    @staticmethod
    def install(app) -> WheelGuard:
        """Install the guard on the application ``app`` once (later calls return the same guard),
        and guard the controls made before it. The window installs it a moment after it is on
        screen (``main_window.WHEEL_GUARD_MS``): reading Qt's focus policies creates the Qt
        namespace, which start-up leaves unread (tests/test_launch.py)."""
        guard = app.findChild(WheelGuard, "wheelGuard")
        if guard is None:
            guard = WheelGuard(app)
            guard.setObjectName("wheelGuard")
            app.installEventFilter(guard)
            for w in app.allWidgets():
                if isinstance(w, GUARDED):
                    _strong_focus(w)
        return guard


def _opens_its_list(obj: QObject, e: QEvent) -> bool:
    """Alt+Down or Alt+Up pressed in a drop-down: taken from the window's shortcuts (True), so
    that the key reaches the drop-down."""
    from PySide6.QtCore import Qt

    if not isinstance(e, QKeyEvent) or e.key() not in (Qt.Key.Key_Down, Qt.Key.Key_Up) \
            or not e.modifiers() & Qt.KeyboardModifier.AltModifier:
        return False
    from PySide6.QtWidgets import QMainWindow

    control = guarded_control(obj)
    if not isinstance(control, QComboBox) or not control.isEnabled() or isinstance(control.window(), QMainWindow):
        return False
    e.accept()
    return True


def pass_on(receiver: QWidget, control: QWidget, e: QWheelEvent) -> None:
    """Give the wheel event ``receiver`` got to the widgets around ``control``, innermost first,
    until one takes it (the page's scroll area scrolls; a table that cannot scroll further passes
    it on)."""
    w = control.parentWidget()
    while w is not None:
        copy = QWheelEvent(receiver.mapTo(w, e.position()), e.globalPosition(), e.pixelDelta(), e.angleDelta(), e.buttons(), e.modifiers(),
                           e.phase(), e.inverted(), e.source())
        QApplication.sendEvent(w, copy)
        if copy.isAccepted():
            e.accept()
            return
        if w.isWindow():
            break
        w = w.parentWidget()
    e.ignore()

