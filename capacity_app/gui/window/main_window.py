"""The main window: home (the list of assessments) and the open assessment, the status bar,
preferences and remembered window state. It wires: the actions are built in ``actions``, export /
import / aggregation run through ``flows``, the open assessment keeps its own state in its view,
and everything refreshes from the change bus (``bus``) that each write publishes on."""
from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtGui import QGuiApplication, QIcon, QUndoGroup
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ...catalog.countries import localized_name, lookup
from ...catalog.errors import QuestionnaireError
from ...domain.dates import local_time
from ...paths import resources_dir
from ...services import assessments as svc
from ...services.changes import Changes
from .actions import WindowActions
from ..bus import ChangeBus
from ..home import HomePage
from ..host import WindowHost
from ..languages import QUESTIONNAIRE_LANGUAGES
from ..writing import isolated, oriented, with_code
from ..writes import Refused, Writes, not_saved_text

if TYPE_CHECKING:  # imported when the first assessment opens (start-up time)
    from ..assessment_view import AssessmentView
    from ..session import AssessmentSession

MAX_RECENT = 8
WHEEL_GUARD_MS = 250  # the wheel guard is installed this long after the window is made (gui/wheel)


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


# name -> the icon made of its files, made once: the list's buttons and the window's actions share
# six (each file added opens it to read its format: 36 of the 147 at a start)
_icons: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """The icon ``name``: its PNG renditions (no SVG engine to load, nothing to rasterise at paint
    time), else the SVG source."""
    made = _icons.get(name)
    if made is None:
        renditions = _png_renditions().get(name)
        if renditions:
            made = QIcon()
            for size, path in sorted(renditions):
                made.addFile(path, QSize(size, size))
        else:
            svg = resources_dir() / "icons" / f"{name}.svg"
            made = QIcon(str(svg)) if svg.exists() else QIcon()
        _icons[name] = made
    return oriented(name, QIcon(made))  # a copy (shared until changed)


def _install_wheel_guard() -> None:
    from ..widgets.wheel import WheelGuard  # with the guard: its Qt event types are not read at start-up

    WheelGuard.install(QApplication.instance())


def _open_signoff(view) -> None:
    from ..team.signoff import open_signoff  # start-up: the dialog loads when first asked for

    open_signoff(view, view.session)


def _open_archived(view) -> None:
    from ..questions.archived import open_archived  # start-up: the dialog loads when first asked for

    open_archived(view.session, view)


def _open_review_signoff(view) -> None:
    from ..team.signoff import open_review_signoff

    open_review_signoff(view, view.session)


class MainWindow(WindowHost):
    def __init__(self, store, questionnaire=None, settings: QSettings | None = None, *,
                 load_questionnaire=None, first_rows: int | None = None):
        """``questionnaire`` may be None: it is then loaded in the background after the window
        is on screen (parsing the YAML takes most of a second) by ``load_questionnaire``.
        ``first_rows``: the list's first view reads only so many rows; ``self.home.complete()``
        reads the rest (the window's start, once the list is on screen)."""
        super().__init__()
        # the wheel changes only a focused control (gui/wheel), from a moment after start-up on
        QtCore.QTimer.singleShot(WHEEL_GUARD_MS, _install_wheel_guard)
        self.store = store
        self._questionnaire = questionnaire
        self._load_questionnaire = load_questionnaire or svc.questionnaire_for
        self._q_task = None
        self._carried: str | None = None  # what the carry to the bundled questionnaire said
        self._carry_waiting: list | None = None  # while the carry runs: what waits for it
        self.settings = settings or QSettings()
        self.session: AssessmentSession | None = None
        self.view: AssessmentView | None = None
        # the questionnaire's language: the one last chosen, else the interface's (a French interface
        # showed English section names, bands and countries until the questionnaire was switched)
        self.lang = str(self.settings.value("language", "") or self._interface_language())
        if self.lang not in QUESTIONNAIRE_LANGUAGES:
            self.lang = "en"
        self.setWindowTitle(self.tr("Migration data capacity assessment"))
        self.setWindowIcon(icon("app"))
        self.start_maximized = False  # a first start on a laptop-sized screen (fit_to_screen)
        self._runner = None  # created on first use: background work never runs before the first paint
        self._stopping = False  # a close is waiting for background work to stop
        self._ending = False  # the system asked the window to end (gui/termination): no question may block
        self._flows = None
        self.bus = ChangeBus(self)  # every write's Changes: the list, the open assessment and the title follow it
        # the one way the window writes (gui/writes.py): publishes on the bus, the "Saved" time follows it
        self.writes = Writes(self.bus, self, runner=lambda: self.runner)
        self.undo_group = QUndoGroup(self)
        self.stack = QStackedWidget(self)
        self.home = HomePage(store, lambda: self.questionnaire, icon, self.stack)
        self.home.set_lang(self.lang)
        self.stack.addWidget(self.home)
        self.stack.currentChanged.connect(lambda _index: self.home.shown_again())
        self.banner = self._read_only_banner(store)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.window_actions = WindowActions(self, self.undo_group, icon, self._slots(), self.lang,
                                     self.set_language, self._fill_recent)
        self.actions_by_name = self.window_actions.by_name
        self.undo_action, self.redo_action = self.window_actions.undo, self.window_actions.redo
        self.recent_menu = self.window_actions.recent_menu
        self.lang_combo = self.window_actions.lang_combo
        self.ui_lang_combo = self.window_actions.ui_lang_combo  # the window's own language, beside it
        self._make_status_bar()
        self.writes.saved.connect(self._on_saved)
        self.writes.failed.connect(self._on_failed)
        self.bus.changed.connect(self.home.on_changes)
        self.bus.changed.connect(self._on_changes)
        self.home.openRequested.connect(self.open_assessment)
        self.home.selectionChanged.connect(self._update_actions)
        self.home.buttons["new"].clicked.connect(self.new_assessment)
        self.home.buttons["duplicate"].clicked.connect(self.duplicate_assessment)
        self.home.buttons["delete"].clicked.connect(self.delete_assessment)
        self.home.buttons["restore"].clicked.connect(self.restore_assessment)
        self.home.buttons["import"].clicked.connect(lambda: self.import_workbook())
        self.home.refresh(derive=questionnaire is not None, first=first_rows)
        self.home.focus_start()  # the keyboard starts on the list (or "New…" when it is empty)
        self._restore_geometry()
        self._update_actions()
        self._tell_kept_at_last_end()

    def _read_only_banner(self, store) -> QLabel:
        """The banner above everything that says once that a database which cannot be written
        is open read-only (hidden otherwise)."""
        banner = QLabel(self)
        banner.setObjectName("windowBanner")
        banner.setWordWrap(True)
        banner.setVisible(bool(store.readonly))
        if store.damaged:  # found damaged at open (a database that cannot be written is read as it is)
            banner.setTextFormat(QtCore.Qt.TextFormat.PlainText)
            banner.setText(self._damaged_text(store))
        elif store.readonly:  # (the Qt namespace is not read at a normal start: tests/test_launch.py)
            banner.setTextFormat(QtCore.Qt.TextFormat.PlainText)
            banner.setText(self.tr(
                "This database cannot be written (%1: read-only folder or drive), so it is open read-only. "
                "You can read every assessment, export workbooks and PDF reports, and move the data folder "
                "(File ▸ Preferences ▸ Data folder, applied at the next start).").replace("%1", str(store.path)))
        return banner

    def _damaged_text(self, store) -> str:
        """What the banner says of a damaged database: what is wrong, what still works, what to do."""
        detail = getattr(getattr(store, "_damage", None), "detail", "") or ""
        return (self.tr("The database %1 is damaged (%2), so it is open read-only: nothing more is written to it. "
                        "You can still read every assessment and export workbooks and reports. To repair it, "
                        "restore the last good backup: restart the application, which offers it, or run "
                        "capacity-app --db \"%1\" check --restore (the damaged file is kept beside it).")
                .replace("%1", str(store.path)).replace("%2", str(detail)[:200]))

    def database_damaged(self, detail: str) -> None:
        """The full check found the open database damaged (gui.app.check_in_background): from now
        on no write reaches it (``Store.mark_damaged``), the banner says what is wrong and what to
        do, and the open assessment and the actions turn read-only."""
        self.store.mark_damaged(detail)
        self.banner.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.banner.setText(self._damaged_text(self.store))
        self.banner.setVisible(True)
        self._update_actions()
        if self.session is not None:  # the session reads why it is read-only again
            self.bus.publish(Changes(self.session.assessment_id, metadata=True))
        self.show_message(self.tr("The database is damaged: it is now open read-only."), 0)

    def _make_status_bar(self) -> None:
        """The status bar's save status ("Saved 10:42", "Not saved: …") and its Try again button."""
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setAccessibleName(self.tr("Save status"))
        self.retry_button = QPushButton(self.tr("&Try saving again"), self)
        self.retry_button.setObjectName("retrySave")
        self.retry_button.setToolTip(self.tr("Save again what could not be saved (it is kept in its field)"))
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self.retry_unsaved)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addPermanentWidget(self.retry_button)

    def _tell_kept_at_last_end(self) -> None:
        """Say where the changes a database refused at the last end (SIGTERM, a logout) were kept,
        until the officer has seen it once (:meth:`told_kept_at_last_end`)."""
        kept = str(self.settings.value("recovery/unsaved", "") or "")
        if kept:
            self.show_message(self.tr("Changes that could not be saved when the application last ended are "
                                      "in %1: enter them again.").replace("%1", kept), 0)

    def told_kept_at_last_end(self) -> None:
        """The note of :meth:`_tell_kept_at_last_end` forgotten: called once the officer's window is
        on screen; a probe of the start (``gui --exit-after-show``) shows it to nobody and keeps it."""
        if self.settings.contains("recovery/unsaved"):
            self.settings.remove("recovery/unsaved")

    def _slots(self) -> dict:
        def in_view(fn):
            return lambda: self.view is not None and fn(self.view)

        return {
            "new": self.new_assessment, "open": self._open_selected, "duplicate": self.duplicate_assessment,
            "details": self.edit_details,
            "delete": self.delete_assessment, "trash": lambda: self.home.set_trash_mode(not self.home.trash_mode),
            "import": lambda: self.import_workbook(), "export": self.export_workbook,
            "package": self.export_package,
            "send_questions": self.send_questions, "proposals": self.show_proposals,
            "xlsforms": lambda: self.flows.export_xlsforms(),
            "report": self.export_report, "report_docx": self.export_report_docx,
            "aggregate": self.aggregate_workbooks,
            "crosscountry": self.cross_country_view,
            "preferences": self.preferences, "close": self.close_assessment, "quit": self.close,
            "find": in_view(lambda v: v.open_find()), "find_next": in_view(lambda v: v.find_next()),
            "find_prev": in_view(lambda v: v.find_previous()),
            "next_unanswered": in_view(lambda v: v.go_unanswered(1)),
            "prev_unanswered": in_view(lambda v: v.go_unanswered(-1)),
            "review": in_view(lambda v: v.focus_review()),
            "history": in_view(lambda v: v.open_history()), "archived": in_view(_open_archived),
            "next_not_reviewed": in_view(lambda v: v.go_not_reviewed()),
            "validate_section": in_view(lambda v: v.validate_section()),
            "signoff": in_view(_open_signoff), "review_signoff": in_view(_open_review_signoff),
            "next_gap": lambda: self.go_gap(1), "prev_gap": lambda: self.go_gap(-1),
            "next_section": in_view(lambda v: v.step_section(1)),
            "prev_section": in_view(lambda v: v.step_section(-1)),
            "tab_questions": in_view(lambda v: v.show_tab(0)), "tab_matrix": in_view(lambda v: v.show_tab(1)),
            "tab_dashboard": in_view(lambda v: v.show_tab(2)),
            "navigator": in_view(lambda v: v.focus_navigator()),
            "next_language": self._next_language, "shortcuts": self.show_shortcuts,
            "help": self.show_help, "about": self.show_about,
        }

    @property
    def runner(self):
        """The background-work runner (progress dialogs, cancel, worker processes)."""
        if self._runner is None:
            from ..tasks import TaskRunner  # start-up: the job machinery loads with the first task

            self._runner = TaskRunner(self)
        return self._runner

    @property
    def dialogs_shown(self) -> bool:
        """False while tests and benchmarks drive the window (``runner.show_dialogs``)."""
        return self._runner is None or self._runner.show_dialogs

    @property
    def flows(self):
        """Export, import and aggregation (loaded on first use: the exchange services are not
        needed to show the window)."""
        if self._flows is None:
            # start-up: the exchange services, the aggregation and their dialogs (about 0.1 s)
            from .flows import Flows

            self._flows = Flows(self)
        return self._flows

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
        """Load the questionnaire off the GUI thread, then carry the assessments of an earlier
        version, fill the list and call ``then``."""
        if self._questionnaire is not None:
            self._carry_forward(then)
            return

        def load(progress=None, cancelled=None):
            q = self._load_questionnaire()
            try:  # the window's language's catalogue read here, off the window's thread
                svc.with_languages(q, (self.lang,))
            except QuestionnaireError:
                pass  # said by done(), which falls back to English
            return q

        def done(q):
            if self._questionnaire is None:
                self._questionnaire = q
            if not self._language_readable(self.lang):
                self.set_language("en")
            self._carry_forward(then)

        self._q_task = self.runner.run(self.tr("Loading the questionnaire"), load, quiet=True, on_done=done,
                                       on_error=lambda m: self.show_message(m))

    def _carry_forward(self, then=None) -> None:
        """Once, when the questionnaire is there: those of an earlier questionnaire version carried to
        the bundled one on the task runner and said (gui/window/carried); then the list filled
        (completion and band need the questionnaire) and ``then`` called. Asked again while the
        carry runs, ``then`` waits for it; a carry stopped as the window closes calls none."""
        def carried(text: str, stopped: bool = False) -> None:
            waiting, self._carry_waiting = self._carry_waiting or [], None
            self._carried = text  # stopped: "", not again in this session (the next start goes on)
            if stopped and (self._stopping or self._ending):  # the window is closing: nothing to fill or reopen
                return
            self.home.refresh()
            for waiter in waiting:
                if waiter is not None:
                    waiter()

        if self._carry_waiting is not None:  # a carry under way: after it
            self._carry_waiting.append(then)
            return
        self._carry_waiting = [then]
        if self._carried is not None:  # carried already: the list filled and ``then`` called at once
            carried(self._carried)
        else:
            from .carried import carry_forward

            carry_forward(self, self._questionnaire, carried, lambda: carried("", stopped=True))

    # --- changes ----------------------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        if self.session is not None and changes.metadata and changes.assessment_id == self.session.assessment_id:
            self._show_title()

    def _show_title(self) -> None:
        base = self.tr("Migration data capacity assessment")
        if self.session is None:
            self.setWindowTitle(base)
            return

        a = self.session.assessment
        c = lookup(a.country)
        self.setWindowTitle(f"{localized_name(c, self.lang) if c else a.country} {a.round} — " + base)

    def _update_actions(self) -> None:
        self.window_actions.update(in_view=self.session is not None,
                                   selected=self.home.current_id() is not None and not self.home.trash_mode,
                                   writable=not self.store.readonly)

    # --- status ----------------------------------------------------------------------------------
    def _on_saved(self, at: str) -> None:
        t = local_time(at)[11:19] if len(at) >= 19 else _dt.datetime.now().strftime("%H:%M:%S")
        self.saved_label.setText(self.tr("Saved %s") % t)
        self.saved_label.setProperty("error", False)
        self.saved_label.style().unpolish(self.saved_label)
        self.saved_label.style().polish(self.saved_label)

    def _on_failed(self, key: str, message: str, reason: str = "") -> None:
        """A write did not happen: the status bar says why (in plain words when the database could
        not take it, with a button to try again)."""
        self.saved_label.setText(self.tr("Not saved: %s") % (not_saved_text(reason) if reason else message))
        self.saved_label.setProperty("error", True)
        self.saved_label.style().unpolish(self.saved_label)
        self.saved_label.style().polish(self.saved_label)
        self._show_unsaved()

    def _show_unsaved(self) -> None:
        self.retry_button.setVisible(self.session is not None and bool(self.session.unsaved))

    def retry_unsaved(self) -> int:
        """Try again every write of the open assessment that could not be saved; returns how many
        still could not be."""
        if self.session is None:
            return 0
        self.flush_view()
        left = self.session.retry()
        self._show_unsaved()
        return left

    def go_gap(self, step: int) -> str | None:
        """Next/Previous gap: the policy question's matrix row, or a word when there is none."""
        if self.view is None:
            return None
        code = self.view.go_gap(step)
        if code is None:
            self.show_message(self.tr("No policy question has a gap between need and availability."))
        return code

    def _close_when_stopped(self, _task=None) -> None:
        """A task ended after a close was asked: close once nothing runs any more."""
        if self._runner is not None and not self._runner.busy:
            self._runner.ended.disconnect(self._close_when_stopped)
            QtCore.QTimer.singleShot(0, self, self.close)

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

    def open_assessment(self, assessment_id: int, item: str | None = None, focus_item: bool = True) -> bool:
        # start-up: the view, its editors and the scoring engine load when an assessment first opens
        from ..assessment_view import AssessmentView
        from ..session import AssessmentSession

        if not self.may_leave():
            return False
        try:
            session = AssessmentSession(self.store, self.questionnaire, assessment_id, self.lang, self, bus=self.bus,
                                        writes=self.writes)
        except svc.ServiceError as exc:
            from ..service_text import service_text  # start-up: with the first refusal

            self.show_message(service_text(str(exc)))
            return False
        if session.assessment.deleted:
            session.close()
            self.show_message(self.tr("That assessment is in the trash: restore it first."))
            return False
        self.close_assessment(remember=False)
        self.session = session
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        self._undo_follows_read_only(session)
        session.readOnlyChanged.connect(lambda _why, s=session: self._undo_follows_read_only(s))
        # completion and scores derived once, before the view: its parts are made from them (derived
        # after, the navigator's completion was derived twice and every part drawn again)
        session.refresh_derived()
        self.view = AssessmentView(session, self.stack)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        session.unsavedChanged.connect(self._show_unsaved)
        self.view.positionChanged.connect(self._remember_position)
        self.view.restore_state(self.settings, self.stack.rect())
        a = session.assessment
        self._show_title()
        self.settings.setValue("last/assessment", a.id)
        self._push_recent(a.id)
        self.settings.sync()
        if item:
            self.view.go_to_key(item, focus=focus_item)
        if not item or not focus_item:
            self.view.focus_navigator(QtCore.Qt.FocusReason.OtherFocusReason)
        from ..team.review import when_text  # the day written out, the time to the minute

        self.saved_label.setText(self.tr("Last change %s") % isolated(when_text(a.updated_at)))
        self._update_actions()
        return True

    def _undo_follows_read_only(self, session: AssessmentSession) -> None:
        """A final (read-only) assessment offers no undo: Ctrl+Z was refused in a form scrolled out
        of sight while the stack stepped back all the same, offering a redo of nothing."""
        if self.session is not session:
            return
        if session.read_only:
            self.undo_group.setActiveStack(None)  # type: ignore[arg-type]  # Qt: no active stack
        else:
            self.undo_group.setActiveStack(session.undo_stack)

    def flush_view(self) -> None:
        """Commit what the officer is typing in the open assessment."""
        if self.view is not None:
            self.view.flush()

    def may_leave(self) -> bool:
        """True when the open assessment may be closed: everything it holds is saved (what could
        not be is tried once more), or the officer chose to lose what still cannot be."""
        if self.session is None or self.view is None:
            return True
        self.view.flush()
        if self.session.unsaved and self.session.retry() == 0:
            self._show_unsaved()
        if not self.session.unsaved:
            return True
        if self._ending:  # a logout or shutdown: no question (nobody answers it), the text kept in a file
            self._keep_for_recovery(list(self.session.unsaved.values()))
            for key in list(self.session.unsaved):
                self.session.forget(key)
            return True
        if self.ask_lose_unsaved(list(self.session.unsaved.values())):
            for key in list(self.session.unsaved):
                self.session.forget(key)
            return True
        return False

    def end_without_questions(self) -> None:
        """The system asks the window to end (gui/termination: SIGTERM at a logout, SIGHUP): the
        close that follows asks nothing; what the database still refuses is written to a text file
        the next start names (:meth:`_keep_for_recovery`)."""
        self._ending = True

    def _keep_for_recovery(self, unsaved: list) -> None:
        """Write what could not be saved to a text file (gui/termination.keep_unsaved) and remember
        where, for the next start to say so."""
        from .termination import keep_unsaved

        a = self.session.assessment if self.session is not None else None
        name = f"{a.country}-{a.round}" if a is not None else "assessment"
        path = keep_unsaved(self.unsaved_text(unsaved), name, self.store.path)
        if path is not None:
            self.settings.setValue("recovery/unsaved", str(path))
            self.settings.sync()

    def ask_lose_unsaved(self, unsaved: list) -> bool:
        """Ask before losing writes that could not be saved: True to lose them (after copying
        them to the clipboard, if asked), False to keep the window open."""
        if not self.dialogs_shown:
            return True  # tests and benchmarks drive the window without dialogs
        from PySide6.QtWidgets import QMessageBox

        reasons = sorted({not_saved_text(u.reason) for u in unsaved})
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), self.tr(
            "%n change(s) could not be saved: %1. They are still in the window, marked "
            "“Not saved”.", "", len(unsaved)).replace("%1", "; ".join(reasons)), QMessageBox.StandardButton.NoButton,
            self)
        box.setObjectName("unsavedBox")
        box.setInformativeText(self.tr("Close anyway and lose them? You can copy them first, to paste "
                                       "them elsewhere."))
        keep = box.addButton(self.tr("&Keep the window open"), QMessageBox.ButtonRole.RejectRole)
        copy = box.addButton(self.tr("&Copy them and close"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("C&lose and lose them"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is None or clicked is keep:
            return False
        if clicked is copy:
            QApplication.clipboard().setText(self.unsaved_text(unsaved))
        return True

    def unsaved_text(self, unsaved: list) -> str:
        """What could not be saved, one line each, as plain text (for the clipboard)."""
        from ..session import short_label

        lines = []
        for u in unsaved:
            key = u.key.split(":", 1)[1] if u.key.startswith(("comment:", "evidence:")) else u.key
            label = short_label(self.session.q, key, self.lang) if self.session is not None else key
            value = u.value if not isinstance(u.value, (list, tuple)) else ", ".join(map(str, u.value))
            lines.append(f"{with_code(label, u.key)}: {isolated('' if value is None else str(value))}")
        return "\n".join(lines)

    def close_assessment(self, remember: bool = True) -> bool:
        """Close the open assessment (False, and it stays open, when the officer keeps what could
        not be saved)."""
        if self.session is None or self.view is None:  # opened and closed together
            return True
        if not self.may_leave():
            return False
        self.view.flush()
        self.view.save_state(self.settings)
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
        self._show_title()
        self.stack.setCurrentWidget(self.home)  # the list reloads when shown if a write happened meanwhile
        self.home.focus_list()
        self._update_actions()
        self._show_unsaved()
        return True

    def _remember_position(self, key: str) -> None:
        # written as the officer moves, so that a crash reopens here
        self.settings.setValue("last/item", key)
        self.settings.sync()

    def restore_last(self) -> bool:
        """Reopen the assessment (and item) open when the application last stopped, unless the
        officer opened one meanwhile (while the questionnaire loaded or assessments were carried)."""
        aid = self.settings.value("last/assessment")
        if aid in (None, "") or self.session is not None:
            return False
        try:
            a = svc.get_assessment(self.store, aid)
        except svc.ServiceError:
            return False
        if a.deleted:
            return False
        # the item shown, the focus on the navigator: in a text box at start-up, the first Enter
        # (meant for the list of assessments) put a line break into a saved answer
        return self.open_assessment(a.id, str(self.settings.value("last/item", "") or "") or None,
                                    focus_item=False)

    def show_shortcuts(self) -> None:
        from ..dialogs import ShortcutsDialog  # start-up: the dialogs load when one first opens

        ShortcutsDialog(self).exec()

    def show_help(self) -> None:
        from .help import HelpDialog  # start-up: loaded when first opened

        HelpDialog(self._interface_language(), self).exec()

    def show_about(self) -> None:
        from .about import AboutDialog  # start-up: loaded when first opened

        # the questionnaire's version once it is loaded (About never waits for it)
        q = self._questionnaire
        AboutDialog(q.version if q is not None else "", self.store.path, self,
                    reviews=q.reviews if q is not None else None).exec()

    def _interface_language(self) -> str:
        app = QtCore.QCoreApplication.instance()
        return str(getattr(app, "capacity_language", "en") or "en")

    def new_assessment(self) -> None:
        from ..dialogs import NewAssessmentDialog  # start-up: the dialogs load when one first opens

        def create(**fields):
            return self.writes.run(svc.new_assessment, self.store, self.questionnaire, lang=self.lang, **fields)

        dlg = NewAssessmentDialog(create, self.lang, self, questionnaire=self.questionnaire)
        if dlg.exec() and dlg.result_assessment is not None:
            self.open_assessment(dlg.result_assessment.id)

    def edit_details(self) -> None:
        """Assessment details…: title, round and country (gui/details.py, as the CLI's ``edit``)."""
        from ..details import edit_details  # start-up: loads when first used

        edit_details(self)

    def duplicate_assessment(self) -> None:
        """Next round…: a small dialog (gui/rounds.py) asks the round and the new dates."""
        from ..rounds import next_round  # start-up: loads when first used

        next_round(self)

    def delete_assessment(self) -> None:
        aid = self.current_assessment_id()
        if aid is None:
            return
        if self.session is not None and self.session.assessment_id == aid and not self.close_assessment():
            return
        trashed = self.writes.run(svc.trash_assessment, self.store, aid)
        if isinstance(trashed, Refused):
            self.show_message(trashed.message)
            return
        self.show_message(self.tr("Moved to the trash. Show the trash to restore it."))

    def restore_assessment(self) -> None:
        aid = self.home.current_id()
        if aid is None:
            return
        restored = self.writes.run(svc.restore_assessment, self.store, aid)
        if isinstance(restored, Refused):
            self.show_message(restored.message)
            return
        self.home.set_trash_mode(False)
        self.home.select_id(aid)
        self.show_message(self.tr("Restored."))

    def _push_recent(self, aid: int) -> None:
        recent = [int(x) for x in (self.settings.value("recent") or []) if str(x).isdigit()]
        recent = [aid] + [x for x in recent if x != aid]
        self.settings.setValue("recent", [str(x) for x in recent[:MAX_RECENT]])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        ids = [int(x) for x in (self.settings.value("recent") or []) if str(x).isdigit()]
        for aid in ids:
            try:
                a = svc.get_assessment(self.store, aid)
            except svc.ServiceError:
                continue
            if a.deleted:
                continue
            c = lookup(a.country)
            act = self.recent_menu.addAction(f"{with_code(c.name if c else a.country, a.country)} {isolated(str(a.round))}")
            act.triggered.connect(lambda _c=False, aid=aid: self.open_assessment(aid))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    # --- language --------------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        if lang not in QUESTIONNAIRE_LANGUAGES or not self._language_readable(lang):
            self.window_actions.show_language(self.lang)
            return
        self.lang = lang
        self.settings.setValue("language", lang)
        self.window_actions.show_language(lang)
        self.home.set_lang(lang)
        if self.session is not None:
            self.session.set_language(lang)

    def _language_readable(self, lang: str) -> bool:
        """Whether the questionnaire's catalogue of ``lang`` reads (read now if it was not: each
        language's is read when first used); if not, its problem is said in the status bar."""
        if self._questionnaire is None:
            return True  # read with the questionnaire, in the background
        try:
            svc.with_languages(self._questionnaire, (lang,))
        except QuestionnaireError as exc:
            self.show_message(str(exc), 15000)
            return False
        return True

    def _next_language(self) -> None:
        codes = list(QUESTIONNAIRE_LANGUAGES)
        self.set_language(codes[(codes.index(self.lang) + 1) % len(codes)])

    # --- preferences -----------------------------------------------------------------------------
    def preferences(self) -> None:
        from ..dialogs import PreferencesDialog  # start-up: the dialogs load when one first opens

        dlg = PreferencesDialog(self.store, self.settings, self, writes=self.writes)
        if dlg.exec():
            self.show_message(self.tr("Preferences saved."))

    # --- export, import, aggregation (gui/window/flows.py) ------------------------------------------------
    def export_workbook(self) -> None:
        self.flows.export_workbook()

    def export_package(self) -> None:
        self.flows.export_package()

    def send_questions(self):
        """*Send questions to institutions…*: the dialog, then the workbooks in the background."""
        from ..institutions.dialogs import send_questions  # start-up: loaded with its first use, as flows is

        return send_questions(self)

    def show_proposals(self):
        """*Institutions' proposals…*: their replies' values beside the answers."""
        from ..institutions.dialogs import show_proposals

        return show_proposals(self)

    def export_report(self) -> None:
        self.flows.export_report()

    def export_report_docx(self) -> None:
        self.flows.export_report_docx()

    def import_workbook(self, path: str | None = None) -> None:
        self.flows.import_workbook(path)

    def aggregate_workbooks(self) -> None:
        self.flows.aggregate_workbooks()

    def cross_country_view(self) -> None:
        from ..aggregation.view import open_view  # start-up: loaded when first opened

        open_view(self)

    def offer_result(self, path: str, message: str) -> None:
        self.flows.offer_result(path, message)

    def open_local(self, path: str) -> bool:
        return self.flows.open_local(path)

    @property
    def result_box(self):
        """The last "file written" notice (open it, show its folder)."""
        return self._flows.result_box if self._flows is not None else None

    # --- remembered state --------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        g = self.settings.value("window/geometry")
        restored = isinstance(g, QByteArray) and not g.isEmpty() and self.restoreGeometry(g)
        self.fit_to_screen(first=not restored)
        s = self.settings.value("window/state")
        if isinstance(s, QByteArray) and not s.isEmpty():
            self.restoreState(s)

    def fit_to_screen(self, first: bool = False) -> None:
        """Keep the window (and its frame) on the available area of its screen, on every start:
        the last session's geometry shrunk and moved to fit a smaller screen, grown from a tiny one;
        a first start sized from the screen, maximised on a laptop (``start_maximized``: the caller
        shows it with showMaximized, see ``geometry``)."""
        from .geometry import first_run, fit

        screen = None
        if not first:
            screen = QGuiApplication.screenAt(self.geometry().center())
        screen = screen or self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        a = screen.availableGeometry()
        available = (a.x(), a.y(), a.width(), a.height())
        if first:
            (x, y, w, h), self.start_maximized = first_run(available)
        elif self.isMaximized():  # restored maximised: the window manager fits it to the screen
            return
        else:
            g = self.geometry()
            x, y, w, h = fit((g.x(), g.y(), g.width(), g.height()), available)
        self.setGeometry(x, y, w, h)

    def closeEvent(self, event) -> None:
        if not self._stopping and not self.may_leave():
            event.ignore()  # the officer keeps what could not be saved
            return
        runner = self._runner
        if runner is not None and runner.busy and not self._stopping:
            # cancel running work and close once it has stopped: the window keeps painting (and
            # says so) while a worker cleans up, instead of freezing in a wait; no thread
            # outlives the window. A second close while stopping waits for it.
            self._stopping = True
            self.show_message(self.tr("Stopping background work…"), 0)
            runner.ended.connect(self._close_when_stopped)
            runner.cancel_all()
            event.ignore()
            return
        if runner is not None:
            runner.shutdown()  # nothing left running (or asked twice): returns at once
        self.home.shutdown()  # the list's background summaries
        if self.view is not None and self.session is not None:
            self.view.flush()
            self.view.save_state(self.settings)
            self.session.close()
        for key, value in (("window/geometry", self.saveGeometry()), ("window/state", self.saveState())):
            if self.settings.value(key) != value:  # unchanged: no rewrite of the settings file
                self.settings.setValue(key, value)
        self.settings.sync()  # writes only when something was set since the last sync
        super().closeEvent(event)
