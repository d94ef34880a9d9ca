"""The main window: home (list of assessments) and the open assessment, menus, status bar,
background work, preferences and remembered state."""
from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QComboBox, QLabel, QMainWindow, QStackedWidget, QToolBar, QWidget,
)

from ..paths import resources_dir
from ..services import assessments as svc
from ..storage.db import StorageError
from . import features
from .features import LANG_NAMES
from .home import HomePage

MAX_RECENT = 8


_renditions: dict[str, list[tuple[int, str]]] | None = None


def _png_renditions() -> dict[str, list[tuple[int, str]]]:
    """name -> [(size, path)] of the PNG renditions in resources/icons/png (tools/render_icons.py)."""
    global _renditions
    if _renditions is None:
        import os

        _renditions = {}
        folder = resources_dir() / "icons" / "png"
        try:
            entries = list(os.scandir(folder))
        except OSError:
            entries = []
        for entry in entries:
            stem, _, size = entry.name[:-4].rpartition("-")
            if entry.name.endswith(".png") and size.isdigit():
                _renditions.setdefault(stem, []).append((int(size), entry.path))
    return _renditions


def icon(name: str) -> QIcon:
    """The icon ``name``: its PNG renditions (no SVG engine to load, nothing to rasterise at paint
    time), else the SVG source."""
    renditions = _png_renditions().get(name)
    if renditions:
        ic = QIcon()
        for size, path in sorted(renditions):
            ic.addFile(path, QSize(size, size))
        return ic
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


class MainWindow(QMainWindow):
    def __init__(self, store, questionnaire=None, settings: QSettings | None = None, *,
                 load_questionnaire=None):
        """``questionnaire`` may be None: it is then loaded in the background after the window
        is on screen (parsing the YAML takes most of a second) by ``load_questionnaire``."""
        super().__init__()
        self.store = store
        self._questionnaire = questionnaire
        self._load_questionnaire = load_questionnaire or svc.questionnaire_for
        self._q_task = None
        self.settings = settings or QSettings()
        self.session = None
        self.view = None
        self.lang = str(self.settings.value("language", "en") or "en")
        if self.lang not in LANG_NAMES:
            self.lang = "en"
        self.setWindowTitle(self.tr("Migration data capacity assessment"))
        self.setWindowIcon(icon("app"))
        self._runner = None  # created on first use: background work never runs before the first paint
        self.undo_group = QUndoGroup(self)
        self.stack = QStackedWidget(self)
        self.home = HomePage(store, lambda: self.questionnaire, icon, self.stack)
        self.home.set_lang(self.lang)
        self.stack.addWidget(self.home)
        self.setCentralWidget(self.stack)
        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setAccessibleName(self.tr("Save status"))
        self.statusBar().addPermanentWidget(self.saved_label)
        self.home.openRequested.connect(self.open_assessment)
        self.home.selectionChanged.connect(self._update_actions)
        self.home.buttons["new"].clicked.connect(self.new_assessment)
        self.home.buttons["duplicate"].clicked.connect(self.duplicate_assessment)
        self.home.buttons["delete"].clicked.connect(self.delete_assessment)
        self.home.buttons["restore"].clicked.connect(self.restore_assessment)
        self.home.buttons["import"].clicked.connect(self.import_workbook)
        self.home.refresh(derive=questionnaire is not None)
        self._restore_geometry()
        self._update_actions()
        self._closing = False
        self.result_box = None  # the last "file written" notice (open it, show its folder)

    @property
    def runner(self):
        """The background-work runner (progress dialogs, cancel, worker processes)."""
        if self._runner is None:
            from .tasks import TaskRunner

            self._runner = TaskRunner(self)
        return self._runner

    def shutdown_tasks(self) -> None:
        """Cancel running work and wait for it (nothing to do when none was ever started)."""
        if self._runner is not None:
            self._runner.shutdown()

    # --- the questionnaire ----------------------------------------------------------------------
    @property
    def questionnaire(self):
        if self._questionnaire is None:
            task = self._q_task
            if task is not None:
                task.done.wait()
                self._questionnaire = task.result
            if self._questionnaire is None:
                self._questionnaire = self._load_questionnaire()
        return self._questionnaire

    def load_in_background(self, then=None) -> None:
        """Load the questionnaire off the GUI thread, then fill the list and call ``then``."""
        if self._questionnaire is not None:
            self.home.refresh()
            if then:
                then()
            return

        def load(progress=None, cancelled=None):
            return self._load_questionnaire()

        def done(q):
            if self._questionnaire is None:
                self._questionnaire = q
            self.home.refresh()
            if then:
                then()

        self._q_task = self.runner.run(self.tr("Loading the questionnaire"), load, quiet=True, on_done=done,
                                       on_error=lambda m: self.show_message(m))

    # --- actions ---------------------------------------------------------------------------------
    def _act(self, name: str, text: str, slot, shortcut=None, ic: str | None = None) -> QAction:
        a = QAction(icon(ic) if ic else QIcon(), text, self)
        a.setObjectName(f"action_{name}")
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                a.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                a.setShortcut(QKeySequence(shortcut))
        a.triggered.connect(slot)
        self.addAction(a)
        self.actions_by_name[name] = a
        return a

    def _make_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        A = self._act
        A("new", self.tr("&New assessment…"), self.new_assessment, QKeySequence.StandardKey.New, "new")
        A("open", self.tr("&Open"), self._open_selected, QKeySequence.StandardKey.Open, "open")
        A("duplicate", self.tr("&Duplicate as next round"), self.duplicate_assessment, None, "duplicate")
        A("delete", self.tr("Move to &trash"), self.delete_assessment, None, "delete")
        A("trash", self.tr("S&how the trash"), lambda: self.home.set_trash_mode(not self.home.trash_mode), None, "trash")
        A("import", self.tr("&Import workbook…"), self.import_workbook, "Ctrl+I", "import")
        A("export", self.tr("&Export workbook…"), self.export_workbook, "Ctrl+E", "export")
        A("report", self.tr("PD&F report…"), self.export_report, "Ctrl+P", "pdf")
        A("aggregate", self.tr("&Aggregate workbooks…"), self.aggregate_workbooks, None, "aggregate")
        A("preferences", self.tr("&Preferences…"), self.preferences, "Ctrl+,", "settings")
        A("close", self.tr("&Close assessment"), self.close_assessment, QKeySequence.StandardKey.Close, "home")
        A("quit", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(icon("redo"))
        for a in (self.undo_action, self.redo_action):
            self.addAction(a)
        A("find", self.tr("&Find…"), self.find, QKeySequence.StandardKey.Find, "find")
        A("find_next", self.tr("Find &next"), lambda: self.view and self.view.find.find_next(), "F3")
        A("find_prev", self.tr("Find &previous"), lambda: self.view and self.view.find.find_previous(), "Shift+F3")
        A("next_unanswered", self.tr("Next un&answered"), lambda: self.view and self.view.go_unanswered(1), "Ctrl+J", "next")
        A("prev_unanswered", self.tr("Previous unans&wered"), lambda: self.view and self.view.go_unanswered(-1), "Ctrl+Shift+J", "prev")
        A("next_section", self.tr("Next section"), lambda: self._step_section(1), "Alt+Down")
        A("prev_section", self.tr("Previous section"), lambda: self._step_section(-1), "Alt+Up")
        A("tab_questions", self.tr("&Questions"), lambda: self.view and self.view.show_tab(0), "Ctrl+1")
        A("tab_matrix", self.tr("&Matrix"), lambda: self.view and self.view.show_tab(1), "Ctrl+2")
        A("tab_dashboard", self.tr("&Dashboard"), lambda: self.view and self.view.show_tab(2), "Ctrl+3")
        A("navigator", self.tr("Focus the na&vigator"), lambda: self.view and self.view.tree.setFocus(Qt.FocusReason.ShortcutFocusReason), "Ctrl+L")
        A("next_language", self.tr("Next &language"), self._next_language, "Ctrl+Shift+L")
        A("shortcuts", self.tr("&Keyboard shortcuts"), self.show_shortcuts, QKeySequence.StandardKey.HelpContents)

    def _make_menus(self) -> None:
        a = self.actions_by_name
        m = self.menuBar().addMenu(self.tr("&File"))
        for n in ("new", "open"):
            m.addAction(a[n])
        self.recent_menu = m.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        for n in ("duplicate", "delete", "trash"):
            m.addAction(a[n])
        m.addSeparator()
        for n in ("import", "export", "report", "aggregate"):
            m.addAction(a[n])
        m.addSeparator()
        m.addAction(a["preferences"])
        m.addAction(a["close"])
        m.addAction(a["quit"])
        e = self.menuBar().addMenu(self.tr("&Edit"))
        e.addAction(self.undo_action)
        e.addAction(self.redo_action)
        e.addSeparator()
        for n in ("find", "find_next", "find_prev", "next_unanswered", "prev_unanswered"):
            e.addAction(a[n])
        v = self.menuBar().addMenu(self.tr("&View"))
        for n in ("tab_questions", "tab_matrix", "tab_dashboard", "navigator", "next_section", "prev_section"):
            v.addAction(a[n])
        lang_menu = v.addMenu(self.tr("Questionnaire &language"))
        self.lang_actions = {}
        for code, name in LANG_NAMES.items():
            act = lang_menu.addAction(name)
            act.setCheckable(True)
            act.setChecked(code == self.lang)
            act.triggered.connect(lambda _c=False, code=code: self.set_language(code))
            self.lang_actions[code] = act
        lang_menu.addAction(a["next_language"])
        h = self.menuBar().addMenu(self.tr("&Help"))
        h.addAction(a["shortcuts"])

    def _make_toolbar(self) -> None:
        tb = QToolBar(self.tr("Main"), self)
        tb.setObjectName("mainToolbar")
        tb.setIconSize(QSize(18, 18))
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        a = self.actions_by_name
        tb.addAction(a["close"])
        a["close"].setIconText(self.tr("Assessments"))
        tb.addSeparator()
        tb.addAction(self.undo_action)
        tb.addAction(self.redo_action)
        tb.addAction(a["find"])
        tb.addAction(a["prev_unanswered"])
        tb.addAction(a["next_unanswered"])
        a["prev_unanswered"].setIconText(self.tr("Previous gap"))
        a["next_unanswered"].setIconText(self.tr("Next unanswered"))
        tb.addSeparator()
        tb.addAction(a["export"])
        a["export"].setIconText(self.tr("Export workbook", "toolbar button: short"))
        tb.addAction(a["report"])
        spacer = QWidget(tb)
        from PySide6.QtWidgets import QSizePolicy

        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        tb.addWidget(spacer)
        tb.addWidget(QLabel(self.tr("Language: "), tb))
        self.lang_combo = QComboBox(tb)
        self.lang_combo.setObjectName("languageCombo")
        self.lang_combo.setAccessibleName(self.tr("Questionnaire language"))
        for code, name in LANG_NAMES.items():
            self.lang_combo.addItem(name, code)
        self.lang_combo.setCurrentIndex(self.lang_combo.findData(self.lang))
        self.lang_combo.activated.connect(lambda i: self.set_language(self.lang_combo.itemData(i)))
        tb.addWidget(self.lang_combo)
        self.addToolBar(tb)
        self.toolbar = tb

    def _update_actions(self) -> None:
        a = self.actions_by_name
        in_view = self.session is not None
        selected = self.home.current_id() is not None and not self.home.trash_mode
        target = in_view or selected
        a["open"].setEnabled(not in_view and selected)
        a["duplicate"].setEnabled(target)
        a["delete"].setEnabled(target)
        a["close"].setEnabled(in_view)
        for n in ("find", "find_next", "find_prev", "next_unanswered", "prev_unanswered", "tab_questions",
                  "tab_matrix", "tab_dashboard", "navigator", "next_section", "prev_section"):
            a[n].setEnabled(in_view)
        has_exchange = features.available(features.EXCHANGE)
        has_reports = features.available(features.REPORTS)
        a["import"].setVisible(has_exchange)
        a["export"].setVisible(has_exchange)
        a["export"].setEnabled(has_exchange and target)
        a["aggregate"].setVisible(has_exchange)
        a["report"].setVisible(has_reports)
        a["report"].setEnabled(has_reports and target)
        self.home.buttons["import"].setVisible(has_exchange)

    # --- status ----------------------------------------------------------------------------------
    def _on_saved(self, at: str) -> None:
        t = at[11:19] if len(at) >= 19 else _dt.datetime.now().strftime("%H:%M:%S")
        self.saved_label.setText(self.tr("Saved %s") % t)
        self.saved_label.setProperty("error", False)
        self.saved_label.style().unpolish(self.saved_label)
        self.saved_label.style().polish(self.saved_label)

    def _on_failed(self, key: str, message: str) -> None:
        self.saved_label.setText(self.tr("Not saved: %s") % message)
        self.saved_label.setProperty("error", True)
        self.saved_label.style().unpolish(self.saved_label)
        self.saved_label.style().polish(self.saved_label)

    def show_message(self, text: str, msecs: int = 8000) -> None:
        self.statusBar().showMessage(text, msecs)

    # --- assessments -----------------------------------------------------------------------------
    def current_assessment_id(self) -> int | None:
        if self.session is not None:
            return self.session.assessment_id
        return self.home.current_id()

    def _open_selected(self) -> None:
        aid = self.home.current_id()
        if aid is not None:
            self.open_assessment(aid)

    def open_assessment(self, assessment_id: int, item: str | None = None) -> bool:
        from .assessment_view import AssessmentView
        from .session import AssessmentSession

        try:
            session = AssessmentSession(self.store, self.questionnaire, assessment_id, self.lang, self)
        except svc.ServiceError as exc:
            self.show_message(str(exc))
            return False
        if session.assessment.deleted:
            self.show_message(self.tr("That assessment is in the trash: restore it first."))
            return False
        self.close_assessment(remember=False)
        self.session = session
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        self.view = AssessmentView(session, self.stack)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        session.saved.connect(self._on_saved)
        session.failed.connect(self._on_failed)
        self.view.positionChanged.connect(self._remember_position)
        self.view.tabs.currentChanged.connect(lambda i: self.settings.setValue("last/tab", i))
        self._restore_view_state()
        a = session.assessment
        from ..catalog.countries import localized_name, lookup

        c = lookup(a.country)
        self.setWindowTitle(f"{localized_name(c, self.lang) if c else a.country} {a.round} — "
                            + self.tr("Migration data capacity assessment"))
        self.settings.setValue("last/assessment", a.id)
        self._push_recent(a.id)
        self.settings.sync()
        session.refresh_derived()
        if item:
            self.view.go_to_key(item)
        else:
            self.view.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        self.saved_label.setText(self.tr("Last change %s") % a.updated_at.replace("T", " ")[:19])
        self._update_actions()
        return True

    def close_assessment(self, remember: bool = True) -> None:
        if self.session is None:
            return
        self.view.flush()
        self._save_view_state()
        self.session.close()
        self.undo_group.removeStack(self.session.undo_stack)
        self.stack.removeWidget(self.view)
        self.view.deleteLater()
        self.session.deleteLater()
        self.view = None
        self.session = None
        if remember:
            self.settings.remove("last/assessment")
            self.settings.remove("last/item")
            self.settings.sync()
        self.setWindowTitle(self.tr("Migration data capacity assessment"))
        self.stack.setCurrentWidget(self.home)
        self.home.refresh()
        self.home.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_actions()

    def _remember_position(self, key: str) -> None:
        # written as the officer moves, so that a crash reopens here
        self.settings.setValue("last/item", key)
        self.settings.sync()

    def restore_last(self) -> bool:
        """Reopen the assessment (and item) open when the application last stopped."""
        aid = self.settings.value("last/assessment")
        if aid in (None, ""):
            return False
        try:
            a = self.store.assessment(int(aid))
        except (StorageError, ValueError, TypeError):
            return False
        if a.deleted:
            return False
        return self.open_assessment(a.id, str(self.settings.value("last/item", "") or "") or None)

    def show_shortcuts(self) -> None:
        from .dialogs import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def new_assessment(self) -> None:
        from .dialogs import NewAssessmentDialog

        def create(**fields):
            return svc.create_assessment(self.store, self.questionnaire, **fields)

        dlg = NewAssessmentDialog(create, self.lang, self)
        if dlg.exec() and dlg.result_assessment is not None:
            self.home.refresh()
            self.open_assessment(dlg.result_assessment.id)

    def duplicate_assessment(self) -> None:
        aid = self.current_assessment_id()
        if aid is None:
            return
        try:
            new = svc.duplicate_as_next_round(self.store, self.questionnaire, aid)
        except (svc.ServiceError, StorageError) as exc:
            self.show_message(str(exc))
            return
        self.show_message(self.tr("Created round %s with the previous answers.") % new.round)
        if self.session is not None:
            self.open_assessment(new.id)
        else:
            self.home.refresh()
            self.home.select_id(new.id)

    def delete_assessment(self) -> None:
        aid = self.current_assessment_id()
        if aid is None:
            return
        if self.session is not None and self.session.assessment_id == aid:
            self.close_assessment()
        try:
            self.store.delete_assessment(aid)
        except StorageError as exc:
            self.show_message(str(exc))
            return
        self.show_message(self.tr("Moved to the trash. Show the trash to restore it."))
        self.home.refresh()

    def restore_assessment(self) -> None:
        aid = self.home.current_id()
        if aid is None:
            return
        try:
            self.store.restore_assessment(aid)
        except StorageError as exc:
            self.show_message(str(exc))
            return
        self.home.set_trash_mode(False)
        self.home.select_id(aid)
        self.show_message(self.tr("Restored."))

    def _push_recent(self, aid: int) -> None:
        recent = [int(x) for x in (self.settings.value("recent") or []) if str(x).isdigit()]
        recent = [aid] + [x for x in recent if x != aid]
        self.settings.setValue("recent", [str(x) for x in recent[:MAX_RECENT]])

    def _fill_recent(self) -> None:
        from ..catalog.countries import lookup

        self.recent_menu.clear()
        ids = [int(x) for x in (self.settings.value("recent") or []) if str(x).isdigit()]
        for aid in ids:
            try:
                a = self.store.assessment(aid)
            except StorageError:
                continue
            if a.deleted:
                continue
            c = lookup(a.country)
            act = self.recent_menu.addAction(f"{c.name if c else a.country} ({a.country}) {a.round}")
            act.triggered.connect(lambda _c=False, aid=aid: self.open_assessment(aid))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    # --- language, find, sections ----------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        if lang not in LANG_NAMES:
            return
        self.lang = lang
        self.settings.setValue("language", lang)
        self.lang_combo.setCurrentIndex(self.lang_combo.findData(lang))
        for code, act in self.lang_actions.items():
            act.setChecked(code == lang)
        self.home.set_lang(lang)
        if self.session is not None:
            self.session.set_language(lang)

    def _next_language(self) -> None:
        codes = list(LANG_NAMES)
        self.set_language(codes[(codes.index(self.lang) + 1) % len(codes)])

    def find(self) -> None:
        if self.view is not None:
            self.view.find.open_bar()

    def _step_section(self, d: int) -> None:
        if self.view is None:
            return
        sections = list(self.questionnaire.sections)
        cur = self.view.page.section
        i = sections.index(cur) if cur in sections else 0
        target = sections[(i + d) % len(sections)]
        self.view.tabs.setCurrentIndex(0)
        self.view.tree.setCurrentIndex(self.view.nav.index_of_section(target.id))

    # --- preferences -----------------------------------------------------------------------------
    def preferences(self) -> None:
        from .dialogs import PreferencesDialog

        dlg = PreferencesDialog(self.store, self.settings, self)
        if dlg.exec():
            self.show_message(self.tr("Preferences saved."))

    # --- results ---------------------------------------------------------------------------------
    def offer_result(self, path: str, message: str) -> None:
        """A file was written: say so in the status bar and offer (without blocking the window) to
        open it or the folder that holds it, with the desktop's own viewer."""
        self.show_message(message)
        if self._runner is not None and not self._runner.show_dialogs:
            return  # tests and benchmarks drive the window without dialogs
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.windowTitle(), message,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("resultBox")
        open_file = box.addButton(self.tr("&Open"), QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton(self.tr("Show in &folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_file)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def clicked(button) -> None:
            if button is open_file:
                self.open_local(path)
            elif button is open_folder:
                self.open_local(str(Path(path).parent))

        box.buttonClicked.connect(clicked)
        box.show()
        self.result_box = box

    def open_local(self, path: str) -> bool:
        """Open a local file or folder with the desktop's application for it (never a network URL)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        ok = Path(path).exists() and QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).resolve())))
        if not ok:
            self.show_message(self.tr("Could not open %s") % path)
        return bool(ok)

    # --- background work ---------------------------------------------------------------------------
    def _ask_save_path(self, title: str, default_name: str, filt: str) -> str:
        folder = self.settings.value("last/export_folder", "") or str(Path.home())
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / default_name), filt)
        if path:
            self.settings.setValue("last/export_folder", str(Path(path).parent))
        return path

    def _default_name(self, aid: int, ext: str) -> str:
        a = self.store.assessment(aid)
        return f"{a.country}_{a.round}.{ext}"

    def _task_failed(self, what: str):
        return lambda message: self.show_message(self.tr("%1 failed: %2").replace("%1", what).replace("%2", message), 15000)

    def export_workbook(self) -> None:
        aid = self.current_assessment_id()
        if aid is None or not features.available(features.EXCHANGE):
            return
        path = self._ask_save_path(self.tr("Export workbook"), self._default_name(aid, "xlsx"), self.tr("Workbooks (*.xlsx)"))
        if not path:
            return
        if self.view is not None:
            self.view.flush()
        ex = features.load(features.EXCHANGE)
        try:
            data = ex.build_export(self.store, self.questionnaire, aid, lang=self.lang)
        except Exception as exc:
            self.show_message(self.tr("Export failed: %s") % exc)
            return
        self.runner.run(self.tr("Exporting the workbook"), ex.write_workbook, data, path, process=True,
                        on_done=lambda _r: self.offer_result(path, self.tr("Workbook written: %s") % path),
                        on_error=self._task_failed(self.tr("Export")),
                        on_cancel=lambda: self.show_message(self.tr("Export cancelled.")))

    def export_report(self) -> None:
        aid = self.current_assessment_id()
        if aid is None or not features.available(features.REPORTS):
            return
        lang = self.store.preference("report_lang", None) or self.lang
        path = self._ask_save_path(self.tr("PDF report"), self._default_name(aid, "pdf"), self.tr("PDF (*.pdf)"))
        if not path:
            return
        if self.view is not None:
            self.view.flush()
        rep = features.load(features.REPORTS)
        # reading the assessment and its scores (~0.1 s) happens in the worker process too
        self.runner.run(self.tr("Writing the PDF report"), rep.export_report_from_database,
                        str(self.store.path), aid, path, lang=lang, process=True,
                        on_done=lambda _r: self.offer_result(path, self.tr("Report written: %s") % path),
                        on_error=self._task_failed(self.tr("Report")),
                        on_cancel=lambda: self.show_message(self.tr("Report cancelled.")))

    def import_workbook(self, path: str | None = None) -> None:
        if not features.available(features.EXCHANGE):
            return
        if not path:
            folder = self.settings.value("last/import_folder", "") or str(Path.home())
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import workbook"), str(folder), self.tr("Workbooks (*.xlsx)"))
            if not path:
                return
            self.settings.setValue("last/import_folder", str(Path(path).parent))
        ex = features.load(features.EXCHANGE)
        self.runner.run(self.tr("Reading the workbook"), ex.read_workbook, path, self.questionnaire,
                        on_done=lambda plan: self._confirm_import(path, plan),
                        on_error=self._task_failed(self.tr("Import")),
                        on_cancel=lambda: self.show_message(self.tr("Import cancelled.")))

    def _confirm_import(self, path: str, plan) -> None:
        from .dialogs import ImportPreviewDialog

        ex = features.load(features.EXCHANGE)
        try:
            summary = self._import_summary(plan, ex.diff_import(self.store, plan))
        except Exception as exc:
            self.show_message(self.tr("Import failed: %s") % exc)
            return
        if not ImportPreviewDialog(path, summary, self).exec():
            self.show_message(self.tr("Import cancelled: nothing was changed."))
            return
        open_id = self.session.assessment_id if self.session is not None else None
        if open_id is not None:
            self.close_assessment(remember=False)
        try:
            result = ex.apply_import(self.store, plan)
        except Exception as exc:
            self.show_message(self.tr("Import failed: %s") % exc)
            result = None
        self.home.refresh()
        aid = getattr(result, "id", None) or getattr(result, "assessment_id", None) or (
            result if isinstance(result, int) else None)
        if result is not None:
            self.show_message(self.tr("Imported %s.") % Path(path).name)
        if aid is not None:
            self.open_assessment(int(aid))
        elif open_id is not None:
            self.open_assessment(open_id)

    def _import_summary(self, plan, diff) -> str:
        from .dialogs import describe

        lines = []
        uid = getattr(plan, "uid", "")
        existing = self.store.find_assessment(uid) if uid else None
        country = getattr(plan, "country", "")
        rnd = getattr(plan, "round", "")
        if existing is None:
            lines.append(self.tr("A new assessment: %1 %2, %3 answers.").replace("%1", str(country))
                         .replace("%2", str(rnd)).replace("%3", str(len(getattr(plan, "answers", []) or []))))
        else:
            lines.append(self.tr("Updates the existing assessment %1 %2 (id %3).").replace("%1", str(country))
                         .replace("%2", str(rnd)).replace("%3", str(existing.id)))
        if getattr(plan, "checksum_ok", True) is False:
            lines.append(self.tr("Warning: cells were edited outside the application (listed below)."))
        lines.extend(str(w) for w in (getattr(plan, "warnings", None) or []))
        text = describe(diff)
        if existing is not None and not text:
            text = self.tr("No change: the workbook matches this database.")
        return "\n".join(lines + ([""] if text else []) + ([text] if text else []))

    def aggregate_workbooks(self) -> None:
        if not features.has(features.EXCHANGE, "aggregate"):
            self.show_message(self.tr("Aggregation is not available in this version."))
            return
        from .dialogs import AggregationDialog

        dlg = AggregationDialog(self)
        if not dlg.exec():
            return
        out = dlg.out.text().strip()
        ex = features.load(features.EXCHANGE)
        self.runner.run(self.tr("Aggregating workbooks"), ex.aggregate, dlg.paths(), out,
                        on_done=lambda _r: self.offer_result(str(out), self.tr("Aggregate written: %s") % out),
                        on_error=self._task_failed(self.tr("Aggregation")),
                        on_cancel=lambda: self.show_message(self.tr("Aggregation cancelled.")))

    # --- remembered state --------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        g = self.settings.value("window/geometry")
        if isinstance(g, QByteArray) and not g.isEmpty():
            self.restoreGeometry(g)
        else:
            self.resize(1280, 820)
        s = self.settings.value("window/state")
        if isinstance(s, QByteArray) and not s.isEmpty():
            self.restoreState(s)

    def _restore_view_state(self) -> None:
        # lay the view out at its final size first, so restored splitter sizes are not rescaled
        self.view.setGeometry(self.stack.rect())
        self.view.layout().activate()
        self.view.matrix.resize(self.view.tabs.size())
        for key, splitter in (("splitter/main", self.view.splitter), ("splitter/matrix", self.view.matrix)):
            v = self.settings.value(key)
            if isinstance(v, QByteArray) and not v.isEmpty():
                splitter.restoreState(v)
        tab = self.settings.value("last/tab")
        if tab not in (None, "") and str(tab).isdigit():
            self.view.tabs.setCurrentIndex(int(tab))

    def _save_view_state(self) -> None:
        if self.view is not None:
            self.settings.setValue("splitter/main", self.view.splitter.saveState())
            self.settings.setValue("splitter/matrix", self.view.matrix.saveState())

    def closeEvent(self, event) -> None:
        if self._runner is not None and self._runner.busy:
            # cancel running work and wait for it: no thread outlives the window
            self.show_message(self.tr("Stopping background work…"))
            self._runner.shutdown()
        if self.view is not None:
            self.view.flush()
            self._save_view_state()
            self.session.close()
        for key, value in (("window/geometry", self.saveGeometry()), ("window/state", self.saveState())):
            if self.settings.value(key) != value:  # unchanged: no rewrite of the settings file
                self.settings.setValue(key, value)
        self.settings.sync()  # writes only when something was set since the last sync
        super().closeEvent(event)
