"""The mouse wheel never changes a value by accident.

Scrolling a page over a drop-down, a spin box or a slider changed the control's value (and the
answer was saved): an S1 "Main source", an action's priority. As LibreOffice and Anki do, such a
control takes the wheel only once it has the keyboard focus (clicked or tabbed into): unfocused,
the wheel event goes on to the page around it, which scrolls as if the control were not there,
and the control does not take the focus from it.

:func:`WheelGuard.install` puts a filter on each window Qt makes (its ``QWindow``, found as it
takes the focus), which sees the window's input before Qt hands it to the widget under the
pointer, and none of the widgets' own events (painting, timers, layout): a filter on the whole
application saw every one of those, each handed to Python.

The guard also decides where Alt+Down (and Alt+Up) on a focused drop-down goes: in the main
window, always to the window's next (previous) section command ("Alt+Down/Up always change
section", from any editor; F4 opens a drop-down's list there); in a dialog, which has no
sections, to the drop-down, which opens its list (a filter on the drop-down while it has the
focus)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QWheelEvent, QWindow
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)
_WHEEL, _OVERRIDE = QEvent.Type.Wheel, QEvent.Type.ShortcutOverride


def guarded_control(widget: QObject | None) -> QWidget | None:
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


class WheelGuard(QObject):
    """The filter of every window (see the module's text); made once, a child of the application."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.setObjectName("wheelGuard")
        self._keys = _DropDownKeys(self)

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if e.type() != _WHEEL or QApplication.activePopupWidget() is not None:
            return False  # an open list or menu takes the wheel as Qt sends it
        root = _window_widget(obj)
        if root is None:
            return False
        assert isinstance(e, QWheelEvent)
        control = guarded_control(root.childAt(e.position().toPoint()))
        if control is None or control.hasFocus():  # hasFocus: or its focus proxy
            return False
        pass_on(root, control, e)
        return True

    def watch(self, _focused: QWindow | None = None) -> None:
        """Guard every window the application has now, the one that just took the focus among
        them (a filter installed twice is one filter)."""
        for w in QApplication.topLevelWindows():
            w.installEventFilter(self)

    def _focus(self, _old: QWidget | None, now: QWidget | None) -> None:
        """A drop-down of a dialog that takes the focus gets the filter that gives it Alt+Down."""
        from PySide6.QtWidgets import QMainWindow

        control = guarded_control(now)
        if now is not None and isinstance(control, QComboBox) and not isinstance(control.window(), QMainWindow):
            now.installEventFilter(self._keys)

    @staticmethod
    def install(app) -> WheelGuard:
        """Install the guard on the application ``app`` once (later calls return the same guard,
        put on the windows made since): on the windows there are, and on each window as it takes
        the focus. The window installs it a moment after it is on screen
        (``main_window.WHEEL_GUARD_MS``): start-up leaves the guard's Qt types unread
        (tests/test_launch.py)."""
        guard = app.findChild(WheelGuard, "wheelGuard")
        if guard is None:
            guard = WheelGuard(app)
            app.focusWindowChanged.connect(guard.watch)
            app.focusChanged.connect(guard._focus)
        guard.watch()  # a window made since that has not had the focus yet
        return guard


class _DropDownKeys(QObject):
    """On a focused drop-down of a dialog: Alt+Down and Alt+Up open its list."""

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        return e.type() == _OVERRIDE and _opens_its_list(obj, e)


def _window_widget(window: QObject) -> QWidget | None:
    """The top-level widget whose window ``window`` is, if it is one of the application's."""
    for w in QApplication.topLevelWidgets():
        if w.windowHandle() is window:
            return w
    return None


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


def pass_on(root: QWidget, control: QWidget, e: QWheelEvent) -> None:
    """Give the wheel event the window of ``root`` got to the widgets around ``control``,
    innermost first, until one takes it (the page's scroll area scrolls; a table that cannot
    scroll further passes it on)."""
    w = control.parentWidget()
    while w is not None:
        copy = QWheelEvent(w.mapFrom(root, e.position()), e.globalPosition(), e.pixelDelta(), e.angleDelta(),
                           e.buttons(), e.modifiers(), e.phase(), e.inverted(), e.source())
        QApplication.sendEvent(w, copy)
        if copy.isAccepted():
            e.accept()
            return
        if w.isWindow():
            break
        w = w.parentWidget()
    e.ignore()
