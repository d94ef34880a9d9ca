"""The main window's actions: QAction creation and shortcuts, the menus and the toolbar built from
them, and which of them are enabled. The window supplies the slots; this module only wires.

Its strings keep the translation context "MainWindow" (where they were first written), spelled out
as ``QCoreApplication.translate("MainWindow", …)`` so that lupdate finds them."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QToolBar,
    QWidget,
)

from ..languages import INTERFACE_LANGUAGES, QUESTIONNAIRE_LANGUAGES

_S = QKeySequence.StandardKey
# Qt.ToolButtonStyle.ToolButtonTextBesideIcon as Qt's integer value: no Qt-namespace enum is read
# while the first window is built (see home.DISPLAY)
TOOL_BUTTON_TEXT_BESIDE_ICON = 2


def _sequence(shortcut: str | QKeySequence.StandardKey) -> QKeySequence:
    """The key sequence of a portable text ("Ctrl+I") or of a standard key (its first binding, as
    QKeySequence(key) gives), made without QKeySequence's and setShortcut's overloads, whose
    resolution reads Qt.Key and so creates the whole Qt namespace at start-up."""
    if isinstance(shortcut, str):
        return QKeySequence.fromString(shortcut)
    bindings = QKeySequence.keyBindings(shortcut)
    return bindings[0] if bindings else QKeySequence()

# (name, text, shortcut, icon): the window's actions in menu order; texts translated when created
ACTIONS = [
    ("new", QT_TRANSLATE_NOOP("MainWindow", "&New assessment…"), _S.New, "new"),
    ("open", QT_TRANSLATE_NOOP("MainWindow", "&Open"), _S.Open, "open"),
    ("duplicate", QT_TRANSLATE_NOOP("MainWindow", "Ne&xt round…"), None, "duplicate"),
    ("details", QT_TRANSLATE_NOOP("MainWindow", "Assessment &details…"), "Ctrl+Shift+D", None),
    ("delete", QT_TRANSLATE_NOOP("MainWindow", "Move to &trash"), None, "delete"),
    ("trash", QT_TRANSLATE_NOOP("MainWindow", "S&how the trash"), None, "trash"),
    ("import", QT_TRANSLATE_NOOP("MainWindow", "&Import workbook…"), "Ctrl+I", "import"),
    ("export", QT_TRANSLATE_NOOP("MainWindow", "&Export workbook…"), "Ctrl+E", "export"),
    ("package", QT_TRANSLATE_NOOP("MainWindow", "Export assessment pac&kage…"), None, None),
    ("send_questions", QT_TRANSLATE_NOOP("MainWindow", "&Send questions to institutions…"), None, None),
    ("proposals", QT_TRANSLATE_NOOP("MainWindow", "Institutions' proposa&ls…"), None, None),
    ("xlsforms", QT_TRANSLATE_NOOP("MainWindow", "For&ms for ODK and Kobo…"), None, None),
    ("report", QT_TRANSLATE_NOOP("MainWindow", "PD&F report…"), "Ctrl+P", "pdf"),
    ("report_docx", QT_TRANSLATE_NOOP("MainWindow", "Save as &Word document…"), None, None),
    ("aggregate", QT_TRANSLATE_NOOP("MainWindow", "&Aggregate workbooks…"), None, "aggregate"),
    ("crosscountry", QT_TRANSLATE_NOOP("MainWindow", "Cross-country &view…"), None, None),
    ("preferences", QT_TRANSLATE_NOOP("MainWindow", "&Preferences…"), "Ctrl+,", "settings"),
    ("close", QT_TRANSLATE_NOOP("MainWindow", "&Close assessment"), _S.Close, "home"),
    ("quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), _S.Quit, None),
    ("find", QT_TRANSLATE_NOOP("MainWindow", "&Find…"), _S.Find, "find"),
    ("find_next", QT_TRANSLATE_NOOP("MainWindow", "Find &next"), "F3", None),
    ("find_prev", QT_TRANSLATE_NOOP("MainWindow", "Find &previous"), "Shift+F3", None),
    ("next_unanswered", QT_TRANSLATE_NOOP("MainWindow", "Next un&answered"), "Ctrl+J", "next"),
    ("prev_unanswered", QT_TRANSLATE_NOOP("MainWindow", "Previous unans&wered"), "Ctrl+Shift+J", "prev"),
    ("review", QT_TRANSLATE_NOOP("MainWindow", "Re&view this answer"), "Ctrl+R", None),
    ("history", QT_TRANSLATE_NOOP("MainWindow", "Answer &history…"), "Ctrl+H", None),
    ("archived", QT_TRANSLATE_NOOP("MainWindow", "Ar&chived answers…"), None, None),
    ("next_not_reviewed", QT_TRANSLATE_NOOP("MainWindow", "Ne&xt answer not reviewed"), "F8", None),
    ("validate_section", QT_TRANSLATE_NOOP("MainWindow", "Va&lidate the section's reviews"), None, None),
    ("review_signoff", QT_TRANSLATE_NOOP("MainWindow", "Sign off the r&eviews (supervisor)…"), None, None),
    ("signoff", QT_TRANSLATE_NOOP("MainWindow", "Validate for the national &statistics office…"), None, None),
    ("next_gap", QT_TRANSLATE_NOOP("MainWindow", "Next &gap"), "Ctrl+G", None),
    ("prev_gap", QT_TRANSLATE_NOOP("MainWindow", "Previ&ous gap"), "Ctrl+Shift+G", None),
    ("next_section", QT_TRANSLATE_NOOP("MainWindow", "Next section"), "Alt+Down", None),
    ("prev_section", QT_TRANSLATE_NOOP("MainWindow", "Previous section"), "Alt+Up", None),
    ("tab_questions", QT_TRANSLATE_NOOP("MainWindow", "&Questions"), "Ctrl+1", None),
    ("tab_matrix", QT_TRANSLATE_NOOP("MainWindow", "&Matrix"), "Ctrl+2", None),
    ("tab_dashboard", QT_TRANSLATE_NOOP("MainWindow", "&Dashboard"), "Ctrl+3", None),
    ("navigator", QT_TRANSLATE_NOOP("MainWindow", "Focus the na&vigator"), "Ctrl+L", None),
    ("next_language", QT_TRANSLATE_NOOP("MainWindow", "Next &language"), "Ctrl+Shift+L", None),
    ("help", QT_TRANSLATE_NOOP("MainWindow", "&Help contents"), _S.HelpContents, None),
    ("shortcuts", QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"), "Ctrl+F1", None),
    ("about", QT_TRANSLATE_NOOP("MainWindow", "&About"), None, None),
]
# the actions that need an open assessment
IN_VIEW = ("find", "find_next", "find_prev", "next_unanswered", "prev_unanswered", "review", "history", "archived",
           "next_not_reviewed", "validate_section", "review_signoff", "signoff", "next_gap", "prev_gap",
           "tab_questions",
           "tab_matrix", "tab_dashboard", "navigator", "next_section", "prev_section")


class WindowActions:
    """Every action of ``window`` by name (``by_name``), the undo/redo actions of ``undo_group``,
    the menus (``recent_menu`` filled by ``fill_recent`` when it opens) and the toolbar with the
    questionnaire-language combo box. ``slots`` maps action names to the window's callables."""

    def __init__(self, window: QMainWindow, undo_group: QUndoGroup, icon: Callable[[str], QIcon],
                 slots: dict[str, Callable], lang: str, set_language: Callable[[str], None],
                 fill_recent: Callable[[], None]):
        self.window = window
        self.icon = icon
        self.by_name: dict[str, QAction] = {}
        self._set_language = set_language
        self._make_actions(slots, undo_group)
        self._make_menus(lang, fill_recent)
        self._make_toolbar(lang)

    def _act(self, name: str, text: str, slot, shortcut=None, ic: str | None = None) -> QAction:
        a = QAction(self.icon(ic) if ic else QIcon(), text, self.window)
        a.setObjectName(f"action_{name}")
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                a.setShortcuts([_sequence(s) for s in shortcut])
            else:
                a.setShortcuts([_sequence(shortcut)])
        a.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(a)
        self.by_name[name] = a
        return a

    def _make_actions(self, slots: dict[str, Callable], undo_group: QUndoGroup) -> None:
        for name, text, shortcut, ic in ACTIONS:
            if name == "find":  # undo and redo come before find in the window's action list
                self._make_undo_redo(undo_group)
            # QT_TRANSLATE_NOOP hands back its source text (typed object by PySide6's stubs)
            self._act(name, QCoreApplication.translate("MainWindow", str(text)), slots[name], shortcut, ic)

    def _make_undo_redo(self, undo_group: QUndoGroup) -> None:
        self.undo = undo_group.createUndoAction(self.window, QCoreApplication.translate("MainWindow", "&Undo"))
        self.undo.setShortcuts([_sequence("Ctrl+Z")])
        self.undo.setIcon(self.icon("undo"))
        self.redo = undo_group.createRedoAction(self.window, QCoreApplication.translate("MainWindow", "&Redo"))
        self.redo.setShortcuts([_sequence("Ctrl+Shift+Z"), _sequence("Ctrl+Y")])
        self.redo.setIcon(self.icon("redo"))
        # the toolbar's buttons keep these short words; the menu and the tooltip say what is undone
        # ("Undo answer Reference date of the assessment"), so the toolbar never grows with it
        self.undo.setIconText(QCoreApplication.translate("MainWindow", "Undo", "toolbar button: short"))
        self.redo.setIconText(QCoreApplication.translate("MainWindow", "Redo", "toolbar button: short"))
        for a in (self.undo, self.redo):
            a.changed.connect(lambda a=a: self._tooltip(a))
            self.window.addAction(a)

    @staticmethod
    def _tooltip(a: QAction) -> None:
        tip = a.text().replace("&", "")
        if a.toolTip() != tip:  # setToolTip emits changed again: only when it differs
            a.setToolTip(tip)

    def _make_menus(self, lang: str, fill_recent: Callable[[], None]) -> None:
        a = self.by_name
        bar = self.window.menuBar()
        m = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        for n in ("new", "open"):
            m.addAction(a[n])
        self.recent_menu = m.addMenu(QCoreApplication.translate("MainWindow", "Open &recent"))
        self.recent_menu.aboutToShow.connect(fill_recent)
        for n in ("details", "duplicate", "delete", "trash"):
            m.addAction(a[n])
        m.addSeparator()
        for n in ("import", "export", "package", "send_questions", "proposals", "xlsforms", "report", "report_docx",
                  "aggregate", "crosscountry"):
            m.addAction(a[n])
        m.addSeparator()
        for n in ("preferences", "close", "quit"):
            m.addAction(a[n])
        e = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        e.addAction(self.undo)
        e.addAction(self.redo)
        e.addSeparator()
        for n in ("find", "find_next", "find_prev", "next_unanswered", "prev_unanswered"):
            e.addAction(a[n])
        e.addSeparator()
        e.addAction(a["review"])
        e.addAction(a["history"])
        e.addAction(a["archived"])  # the answers to questions this questionnaire version no longer asks
        e.addAction(a["next_not_reviewed"])
        e.addAction(a["validate_section"])
        e.addAction(a["review_signoff"])
        e.addAction(a["signoff"])
        e.addSeparator()
        for n in ("next_gap", "prev_gap"):  # policy questions with a gap, as the dashboard ranks them
            e.addAction(a[n])
        v = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
        for n in ("tab_questions", "tab_matrix", "tab_dashboard", "navigator", "next_section", "prev_section"):
            v.addAction(a[n])
        lang_menu = v.addMenu(QCoreApplication.translate("MainWindow", "Questionnaire &language"))
        self.lang_actions: dict[str, QAction] = {}
        for code, name in QUESTIONNAIRE_LANGUAGES.items():
            act = lang_menu.addAction(name)
            act.setCheckable(True)
            act.setChecked(code == lang)
            act.triggered.connect(lambda _c=False, code=code: self._set_language(code))
            self.lang_actions[code] = act
        lang_menu.addAction(a["next_language"])
        h = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        for n in ("help", "shortcuts"):
            h.addAction(a[n])
        h.addSeparator()
        h.addAction(a["about"])

    def _make_toolbar(self, lang: str) -> None:
        tb = QToolBar(QCoreApplication.translate("MainWindow", "Main"), self.window)
        tb.setObjectName("mainToolbar")
        tb.setIconSize(QSize(18, 18))
        tb.setProperty("toolButtonStyle", TOOL_BUTTON_TEXT_BESIDE_ICON)
        a = self.by_name
        tb.addAction(a["close"])
        a["close"].setIconText(QCoreApplication.translate("MainWindow", "Assessments"))
        tb.addSeparator()
        tb.addAction(self.undo)
        tb.addAction(self.redo)
        tb.addAction(a["find"])
        tb.addAction(a["prev_unanswered"])
        tb.addAction(a["next_unanswered"])
        a["prev_unanswered"].setIconText(QCoreApplication.translate("MainWindow", "Previous unanswered"))
        a["next_unanswered"].setIconText(QCoreApplication.translate("MainWindow", "Next unanswered"))
        tb.addSeparator()
        tb.addAction(a["export"])
        a["export"].setIconText(QCoreApplication.translate("MainWindow", "Export workbook", "toolbar button: short"))
        tb.addAction(a["report"])
        self.window.addToolBar(tb)
        self.toolbar = tb
        # the questionnaire's language at the menu bar's right end: never folded away with the
        # toolbar's last buttons when the window is narrow (they go to its » menu)
        corner = QWidget(self.window)
        corner.setObjectName("languageCorner")
        box = QHBoxLayout(corner)
        box.setContentsMargins(0, 0, 6, 0)
        box.setSpacing(4)
        label = QLabel(QCoreApplication.translate("MainWindow", "Language: "), corner)
        self.lang_combo = QComboBox(corner)
        self.lang_combo.setObjectName("languageCombo")
        self.lang_combo.setAccessibleName(QCoreApplication.translate("MainWindow", "Questionnaire language"))
        # as wide as the longest name, the Arabic and Chinese ones left out of the measure: measuring
        # them would load those scripts' fonts before the first paint (6 % of the start's
        # instructions), and they are the narrowest (33 and 24 px to Русский's 50)
        self.lang_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.lang_combo.setIconSize(QSize(0, 0))  # no icons: no width kept for one
        fm = self.lang_combo.fontMetrics()
        widest = max(fm.horizontalAdvance(n) for n in QUESTIONNAIRE_LANGUAGES.values() if max(n) < "\u0590")
        self.lang_combo.setMinimumContentsLength(-(-widest // fm.horizontalAdvance("X")))
        for code, name in QUESTIONNAIRE_LANGUAGES.items():
            self.lang_combo.addItem(name, code)
        self.lang_combo.setCurrentIndex(self.lang_combo.findData(lang))
        self.lang_combo.activated.connect(lambda i: self._set_language(self.lang_combo.itemData(i)))
        box.addWidget(label)
        box.addWidget(self.lang_combo)
        # the window's own language beside it, where an officer looks first: kept apart from the
        # questionnaire's, saved at once and applied at the next start (the window's texts are made once)
        ui_label = QLabel(QCoreApplication.translate("MainWindow", "Interface: "), corner)
        self.ui_lang_combo = QComboBox(corner)
        self.ui_lang_combo.setObjectName("interfaceLanguageCombo")
        self.ui_lang_combo.setAccessibleName(QCoreApplication.translate("MainWindow", "Interface language"))
        self.ui_lang_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ui_lang_combo.setIconSize(QSize(0, 0))
        self.ui_lang_combo.setMinimumContentsLength(self.lang_combo.minimumContentsLength())
        for code, name in INTERFACE_LANGUAGES.items():
            self.ui_lang_combo.addItem(name, code)
        self.ui_lang_combo.setCurrentIndex(self.ui_lang_combo.findData(self._interface_language()))
        self.ui_lang_combo.activated.connect(lambda i: self.choose_interface_language(self.ui_lang_combo.itemData(i)))
        box.addSpacing(8)
        box.addWidget(ui_label)
        box.addWidget(self.ui_lang_combo)
        self.window.menuBar().setCornerWidget(corner)

    def _interface_language(self) -> str:
        from PySide6.QtWidgets import QApplication

        return str(getattr(QApplication.instance(), "capacity_language", "") or "en")

    def choose_interface_language(self, code: str) -> None:
        """Save ``code`` as the window's language (Preferences shows the same setting) and say, in
        one line, that the window speaks it from the next start."""
        settings = getattr(self.window, "settings", None)
        if settings is None or not code:
            return
        settings.setValue("interface_language", code)
        settings.sync()
        if code == self._interface_language():
            return
        message = QCoreApplication.translate("MainWindow", "The window will be in %1 from its next start; "
                                             "the questionnaire's language is chosen beside it.")
        show = getattr(self.window, "show_message", None)
        if show is not None:
            show(message.replace("%1", INTERFACE_LANGUAGES.get(code, code)), 15000)

    def show_language(self, lang: str) -> None:
        """Check ``lang`` in the menu and the combo box."""
        self.lang_combo.setCurrentIndex(self.lang_combo.findData(lang))
        for code, act in self.lang_actions.items():
            act.setChecked(code == lang)

    def update(self, in_view: bool, selected: bool, writable: bool = True) -> None:
        """Enable what applies: ``in_view`` an assessment is open, ``selected`` one is selected in
        the list (not in the trash), ``writable`` the database can be written (otherwise it is
        read, exported and moved, never changed)."""
        a = self.by_name
        target = in_view or selected
        a["open"].setEnabled(not in_view and selected)
        a["duplicate"].setEnabled(target and writable)
        a["details"].setEnabled(target and writable)
        a["delete"].setEnabled(target and writable)
        a["new"].setEnabled(writable)
        a["import"].setEnabled(writable)
        a["close"].setEnabled(in_view)
        for n in IN_VIEW:
            a[n].setEnabled(in_view)
        a["export"].setEnabled(target)
        a["package"].setEnabled(target)
        a["send_questions"].setEnabled(target and writable)
        a["proposals"].setEnabled(target)
        a["xlsforms"].setEnabled(target)
        a["report"].setEnabled(target)
        a["report_docx"].setEnabled(target)
