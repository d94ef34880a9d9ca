"""Application start-up: QApplication, settings, style sheet, the store, the main window."""
from __future__ import annotations

import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...paths import APP_AUTHOR, APP_NAME, SettingsError, resources_dir
from ...services.assessments import open_store
from ...storage.db import (
    CorruptDatabaseError, StorageError, check_file, daily_backup_job, integrity_job, list_backups, restore_backup,
    upgrade_pending,
)
from . import termination
from ..languages import INTERFACE_LANGUAGES, interface_language
from . import main_window
from .main_window import MainWindow
from ..home import rows_on_screen
from ..writing import apply_direction, draws_han, register_fonts


def load_style_sheet() -> str:
    from PySide6.QtCore import QDir

    path = resources_dir() / "styles" / "app.qss"
    QDir.addSearchPath("styles", str(path.parent))  # the sheet's images: url(styles:arrow-down.png)
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


# Qt's file dialog (6.11) asks for two labels that its own catalogues (qtbase_<lang>.qm) do not
# hold yet: "Look in:" and "Files of type:" stayed English in the Arabic, French… window's
# Attach document… and Export dialogs. Ours carry them, under Qt's context.
FILE_DIALOG_LABELS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
                      QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))
# Qt's Arabic names the standard Cancel button with an imperative, "ألغِ"; the UN's Arabic interfaces
# (and ours everywhere else) use the noun "إلغاء". Ours is installed after Qt's, so it is
# asked first and its word wins.
STANDARD_BUTTONS = (QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),)


def _added_by_catalogue(lang: str) -> bool:
    from ...domain.languages import BY_CODE

    known = BY_CODE.get(lang)
    return bool(known is not None and known.catalogue)


def install_translations(app, lang: str) -> list:
    """Install the translators for ``lang`` on ``app`` (the application's own catalogue, then Qt's
    qtbase catalogue for the standard buttons and dialogs), replacing those of an earlier call.
    English loads nothing. Returns the installed translators, also kept on ``app`` so that they
    are not garbage-collected while installed."""
    old = getattr(app, "capacity_translators", None) or []
    for t in old:
        app.removeTranslator(t)
    installed = []
    if lang != "en" and lang in INTERFACE_LANGUAGES:
        from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator


        qt = QTranslator(app)
        # by locale: Chinese is qtbase_zh_CN
        if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            installed.append(qt)
        if _added_by_catalogue(lang):
            from .catalogue_translator import CatalogueTranslator

            installed.append(CatalogueTranslator(app, lang))
        else:
            own = QTranslator(app)  # installed last: asked first (STANDARD_BUTTONS)
            if own.load(f"capacity_app_{lang}", str(resources_dir() / "i18n")):
                installed.append(own)
        for t in installed:
            app.installTranslator(t)
    app.capacity_translators = installed
    app.capacity_language = lang
    apply_direction(app, lang)  # Arabic: the whole window right to left
    return installed


# where Qt keeps the window's preferences: <folder>/UNSD/capacity-app.ini, as the data folder's names
ORGANISATION, APPLICATION = APP_AUTHOR, APP_NAME
PREFERENCES_MAX_BYTES = 1_048_576  # the window's preferences are a few kilobytes of sizes and choices


class _NoPreferences:
    """Stands for the preferences while their file cannot be read: every value its default."""

    def value(self, key, default=None, type=None):  # QSettings.value's signature
        return default


def preferences_files() -> list:
    """The files Qt opens for the window's preferences (``QSettings``, ini format), where Qt puts
    them: the roaming application data on Windows, the configuration folders elsewhere. First the
    user's two (the application's, then the organisation's), then the same two in each system
    folder Qt also reads, then what Qt opens beside the user's: the lock it takes on the
    application's file when it writes it, and its own file dialog's history (``QtProject.conf``)
    with its lock."""
    import os
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths

    if sys.platform == "win32":
        names = [os.environ.get("APPDATA", "")]
    else:
        names = QStandardPaths.standardLocations(QStandardPaths.StandardLocation.GenericConfigLocation)
    folders = [Path(f) for f in names if f]
    if not folders:
        return []
    found = [path for folder in folders
             for path in (folder / ORGANISATION / f"{APPLICATION}.ini", folder / f"{ORGANISATION}.ini")]
    own, user = found[0], folders[0]
    return found + [own.with_name(own.name + ".lock"), user / "QtProject.conf", user / "QtProject.conf.lock"]


def refuse_unreadable_preferences(exit_after_show: bool) -> bool:
    """True when a file Qt would read the window's preferences from is not one it can read: a
    named pipe, a device or a folder in its place, or a file over PREFERENCES_MAX_BYTES. Qt opens
    and reads that file whole at the first ``QSettings``, before the window shows: a named pipe
    held the window for ever. Said in one line on the error output and, with a display, in a
    dialog in the system's language (the file that would say the chosen one is the one refused);
    nothing is written to the file."""
    from ...files import unreadable_reason

    for path in preferences_files():
        reason = unreadable_reason(path, PREFERENCES_MAX_BYTES)
        if reason is not None:
            break
    else:
        return False
    print(f"capacity-app: {path}: {reason}; the window keeps its preferences in this file: move it away "
          f"or delete it, then start again", file=sys.stderr)
    if not exit_after_show:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from ...domain.placeholders import fill

        make_app(settings=_NoPreferences())
        QMessageBox.critical(None, QCoreApplication.translate("run_gui", "The window's preferences cannot be read"),
                             fill(QCoreApplication.translate(
                                 "run_gui", "{file}\n\nThis is not a file the window can read its preferences "
                                 "from (a named pipe, a device or a folder, or a file larger than 1 MB). Move "
                                 "it away or delete it, then start the application again."), file=str(path)))
    return True


def make_app(argv=None, settings=None, *, han_later=False):
    """The QApplication, set up once (names, settings format, style sheet), with the translators
    of the interface language (see :func:`interface_language`); ``settings`` defaults to QSettings().
    ``han_later``: the Chinese faces left for later (``register_fonts(app)``) unless the interface
    language needs them (the window's start: they are registered once its first view is on screen)."""
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    if not app.property("capacity_styled"):
        app.setStyleSheet(load_style_sheet())
        app.setProperty("capacity_styled", True)
    lang = interface_language(settings)
    register_fonts(app, han=not han_later or draws_han(lang))  # every script shows, whatever fonts the system has
    if lang != getattr(app, "capacity_language", "en"):
        install_translations(app, lang)
    return app


def migrate_legacy_data_folder():
    """The data folder lives in the settings file (``paths.config_file``), read by the window and
    the command line alike. An earlier version kept the folder chosen in Preferences in QSettings:
    that value is carried to the settings file once (unless the file already names a folder) and
    removed from QSettings. Returns the folder carried over, or None.

    Nothing is carried while CAPACITY_APP_DATA pins the data folder (tests, portable installs):
    the settings file then lives in that folder and the choice would be lost on the next start."""
    import os
    from pathlib import Path

    from PySide6.QtCore import QSettings

    if os.environ.get("CAPACITY_APP_DATA"):
        return None
    legacy = str(QSettings().value("data_folder", "") or "").strip()
    if not legacy:
        return None
    from ...files import OutputError
    from ...paths import settings_to_update, write_settings

    try:
        data = settings_to_update()
    except SettingsError:
        return None  # a settings file that cannot be read is not written over: kept in QSettings
    carried = None
    if not str(data.get("data_folder", "") or "").strip():
        data["data_folder"] = legacy
        try:
            write_settings(data)
        except (OSError, OutputError):
            return None  # kept in QSettings: tried again on the next start
        carried = Path(legacy)
    QSettings().remove("data_folder")
    return carried


def offer_restore(exc, db_path, before_restore=None):
    """A damaged database: offer the newest good backup; returns the reopened store or None.
    ``before_restore`` (if any) is called once the officer accepted, before the file is replaced
    (the window found the damage while open: it closes its store there)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from ...domain.placeholders import fill
    from ..service_text import service_text

    good = None
    if isinstance(exc, CorruptDatabaseError):
        good = next((b for b in exc.backups if check_file(b) == "ok"), None)
    if good is None:
        QMessageBox.critical(None, "capacity-app", service_text(str(exc)))
        return None
    answer = QMessageBox.question(
        None, QCoreApplication.translate("Startup", "Damaged database"),
        fill(QCoreApplication.translate("Startup", "{error}\n\nRestore the newest good backup?\n{backup}\n\n"
                                        "The damaged file is kept next to it with the suffix .damaged."),
             error=exc, backup=good))
    if answer != QMessageBox.StandardButton.Yes:
        return None
    if before_restore is not None:
        before_restore()
    try:
        restore_backup(exc.path, good)
        return open_store(db_path)
    except StorageError as again:
        QMessageBox.critical(None, "capacity-app", str(again))
        return None


def check_in_background(window, db_path, replace_window) -> None:
    """The full integrity check of the open database, off the GUI thread (the window opened it
    after checking only the tables it shows first). Damage found there is handled as at start-up:
    the newest good backup is offered; accepted, the window closes its store, the backup replaces
    the file and ``replace_window(store)`` opens the restored one. Found sound, today's backup
    follows (:func:`back_up_in_background`)."""
    from PySide6.QtCore import QCoreApplication


    store = window.store
    path = store.path

    def done(status: str) -> None:
        if store.closed:
            return
        if status == "ok":  # sound: today's backup, if due, is taken from it now
            back_up_in_background(window, done)
            return
        could_write = not store.readonly
        # no write reaches it from now on, and the window says so (writes went on)
        window.database_damaged(status)
        if not could_write:  # a database that cannot be written cannot be restored here: the banner says how
            return
        exc = CorruptDatabaseError(path, status, [b.path for b in list_backups(path, store.backup_dir)])
        closed = []

        def close_store() -> None:
            try:
                window.close()  # saves what the view holds, if the damage allows
            finally:
                window.shutdown_tasks()
                store.close()
                closed.append(True)

        restored = offer_restore(exc, db_path or path, before_restore=close_store)
        if restored is not None:
            replace_window(restored)
        elif closed:  # the store is closed and no restore came of it: nothing left to show
            QCoreApplication.quit()

    # a quiet task: its title is never shown; a check that could not run leaves today's backup to
    # its own full check
    window.runner.run("integrity check", integrity_job, path, quiet=True, on_done=done,
                      on_error=lambda _message: back_up_in_background(window, done))


def back_up_in_background(window, damaged) -> None:
    """Today's backup of the open database (when due), off the GUI thread: the window opened the
    database without it (``run_gui``) and takes it once the full check ended. One that could not
    be taken (a full disk, a folder that cannot be written) is said in the status bar, in the
    interface language, as an opening says it on the error output; damage its own full check found
    is handed to ``damaged(problem)``, as the full check's is."""
    from ..service_text import service_text

    store = window.store
    if store.readonly or store.closed:
        return

    def said(outcome) -> None:
        if isinstance(outcome, str):  # the job itself failed: its one line
            skipped = outcome
        elif outcome.damaged:
            damaged(outcome.damaged)
            return
        else:
            skipped = outcome.skipped
        if skipped and not store.closed:
            window.show_message(service_text(skipped), 0)

    # a quiet task: its title is never shown
    window.runner.run("daily backup", daily_backup_job, store.path, store.backup_dir, quiet=True,
                      on_done=said, on_error=said)


def end_of_startup() -> None:
    """The window is on screen: move every object made so far (modules, widgets, wrappers) out of
    the collector's view, since they live until exit, and collect cyclic garbage from now on on
    the GUI thread only (capacity_app.launch turns the collector off while starting; see
    gui/gc_guard: a collection on a worker thread could finalise Qt wrappers there). Later
    collections then scan only new objects, which also keeps their pauses short while the
    officer types."""
    import gc

    from PySide6.QtWidgets import QApplication

    from .gc_guard import install

    gc.freeze()
    app = QApplication.instance()
    if app is not None:
        install(app)
    else:  # no window (a script): Python's own collector
        gc.enable()


def show(window) -> None:
    """Show the main window, maximised on a first start on a laptop-sized screen."""
    if window.start_maximized:
        window.showMaximized()
    else:
        window.show()


ON_SCREEN_POLL_MS = 5
ON_SCREEN_WAIT_MS = 2000  # a window never exposed (started minimised, on another desktop): go on anyway


def when_on_screen(window, then) -> None:
    """Call ``then`` on the GUI thread once ``window`` is on screen: its first expose handled, which
    paints it (asked again every few milliseconds, as the window system answers when it has mapped
    the window), or after ON_SCREEN_WAIT_MS whatever it answers. The work of the start (the
    questionnaire read in the background, the operator asked, the full integrity check) waits for
    it: started at once, it held the interpreter while the window painted its list, and the first
    view came about a third later on two cores."""
    from PySide6.QtCore import QTimer

    waited = [0]

    def check() -> None:
        if not window.isVisible():  # closed meanwhile: nothing to start
            return
        handle = window.windowHandle()
        if handle is None or handle.isExposed() or waited[0] >= ON_SCREEN_WAIT_MS:
            then()
            return
        waited[0] += ON_SCREEN_POLL_MS
        QTimer.singleShot(ON_SCREEN_POLL_MS, check)

    QTimer.singleShot(0, check)


def _paint_once_and_quit(app, window) -> None:
    """``gui --exit-after-show``, once the window is on screen (:func:`when_on_screen`: its first
    expose painted it): say what was shown (to the file CAPACITY_APP_SHOWN names, for the bundle's
    test) and end the event loop, the window left to :func:`run_gui`'s end without its close: the
    close saves the window's state and sizes (a probe of the start leaves those of the officer's
    window as they were) and makes PySide6 build the 179 members of Qt's event types for its
    handler (1 ms).
    A window the system never exposed is painted here."""
    import os

    handle = window.windowHandle()
    if handle is None or not handle.isExposed():
        window.repaint()
        app.processEvents()
    shown = os.environ.get("CAPACITY_APP_SHOWN")
    if shown:
        import json

        with open(shown, "w", encoding="utf-8") as fh:
            json.dump({"title": window.windowTitle(), "visible": window.isVisible(),
                       "width": window.width(), "height": window.height(),
                       "translators": len(getattr(app, "capacity_translators", []))}, fh)
    app.exit(0)  # (quit() would close the window first)


def open_for_window(db_path: str | None):
    """The database as the window opens it: only the tables it shows checked (the full check runs
    once it is shown), its list drawn from the store's core (the store's other parts and today's
    backup follow once it is on screen), read-only when it cannot be written. Two things may come
    first and take seconds on a large folder, during which nothing showed (and a second start met
    "already open"): the move of the data folder chosen in Preferences (the database and its
    backups copied, then checked) and the upgrade of a database of an earlier schema (its backup
    taken before); a dialog says so meanwhile, the opening running on a thread of its own. Neither
    can be stopped half-way: the move keeps the old folder until the copy is checked, each step
    of the upgrade is one transaction after the backup, and the window needs the result."""
    from pathlib import Path

    def opening():
        return open_store(db_path, integrity="light", readonly_if_unwritable=True,  # read-only: still viewed
                          core=True, daily_backup=False)

    from ...paths import default_db_path, pending_move

    moving = not db_path and pending_move() is not None
    if not moving and not upgrade_pending(Path(db_path) if db_path else default_db_path()):
        return opening()
    from PySide6.QtCore import QCoreApplication

    if moving:
        return _while_saying(QCoreApplication.translate("run_gui", "Moving the data folder"),
                             QCoreApplication.translate("run_gui", "Moving the data folder chosen in Preferences "
                                                        "(the database and its backups are copied, then "
                                                        "checked)…"), opening)
    return _while_saying(QCoreApplication.translate("run_gui", "Upgrading the database"),
                         QCoreApplication.translate("run_gui", "Upgrading the database for this version of the "
                                                    "application (a backup of it is taken first)…"), opening)


def _while_saying(title: str, text: str, fn):
    """``fn()`` on a thread of its own while a dialog with a busy bar says ``text`` (Escape and its
    close button leave it up: hidden, nothing would show the work going on); its result, or what it
    raised. Ctrl+C in the terminal that started the window ends the start once ``fn`` is done."""
    import signal
    import threading

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QProgressDialog

    class Upholding(QProgressDialog):
        def reject(self) -> None:  # Escape
            pass

        def closeEvent(self, event) -> None:  # the window manager's close
            event.ignore()

    outcome: dict = {}

    def work() -> None:
        try:
            outcome["result"] = fn()
        except BaseException as exc:  # noqa: BLE001 - raised again on the GUI thread below
            outcome["error"] = exc

    dialog = Upholding(text, "", 0, 0)  # a busy bar: the steps say nothing of their length
    dialog.setCancelButton(None)
    dialog.setWindowTitle(title)
    dialog.setWindowIcon(main_window.icon("app"))  # the application's, as its window will have
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.show()
    interrupted: list[bool] = []
    earlier = signal.signal(signal.SIGINT, lambda *_: interrupted.append(True))
    worker = threading.Thread(target=work, name="capacity-app upgrade", daemon=True)
    worker.start()
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: None if worker.is_alive() else loop.quit())
    poll.start(20)
    try:
        loop.exec()
    finally:
        poll.stop()
        signal.signal(signal.SIGINT, earlier)
        dialog.hide()
        dialog.deleteLater()
    if interrupted:
        raise KeyboardInterrupt
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def _opened_or_refused(app, db_path: str | None, exit_after_show: bool):
    """The window's database opened; None once a refusal was said (on the terminal with
    ``exit_after_show``, else in a dialog, which offers a backup when the file is damaged)."""
    try:
        return open_for_window(db_path)
    except SettingsError as exc:  # the settings file names a data folder that cannot be used
        register_fonts(app)  # a path in any script
        if exit_after_show:
            print(f"capacity-app: {exc}", file=sys.stderr)
            return None
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from ..service_text import service_text

        QMessageBox.critical(None, QCoreApplication.translate("run_gui", "The data folder cannot be used"),
                             service_text(str(exc)))
        return None
    except StorageError as exc:
        register_fonts(app)  # a path in any script
        if exit_after_show:
            print(f"capacity-app: {exc}", file=sys.stderr)
            return None
        return offer_restore(exc, db_path)


def run_gui(db_path: str | None = None, exit_after_show: bool = False) -> int:

    from PySide6.QtCore import QTimer

    if refuse_unreadable_preferences(exit_after_show):  # before Qt reads them, as make_app does
        return 2
    app = make_app(han_later=True)  # the Chinese faces once the first view is on screen

    migrate_legacy_data_folder()  # before the default database's folder is read

    store = _opened_or_refused(app, db_path, exit_after_show)
    if store is None:
        return 2

    # the questionnaire loads in the background once the window shows; the list's first view reads
    # the rows a screen shows (the rest once it is on screen)
    screen = app.primaryScreen()
    window = MainWindow(store, first_rows=rows_on_screen(screen.availableGeometry().height() if screen else 1080))
    # the questionnaire's language, a path the banner shows, what the status bar says (a file kept)
    if draws_han(window.lang, str(store.path), window.statusBar().currentMessage()):
        register_fonts(app)  # the Chinese faces before the first paint after all
    show(window)
    # SIGTERM (logout, shutdown), SIGHUP and SIGINT close the window as the officer would
    termination.install(app, lambda: window)
    QTimer.singleShot(0, end_of_startup)
    if exit_after_show:  # timed as an officer's start: up to the window on screen
        when_on_screen(window, lambda: _paint_once_and_quit(app, window))
    else:
        # reopen where the officer was (also after a crash), once the window is on screen; on a
        # first start the operator's name is asked while the questionnaire loads
        def first_start() -> None:
            from .first_start import ask_operator

            window.load_in_background(then=window.restore_last)  # loads meanwhile
            ask_operator(window)

        def replace_window(restored) -> None:
            nonlocal window, store  # the restored database's window replaces this one
            window, store = MainWindow(restored), restored
            show(window)
            shown = window

            def restored_on_screen() -> None:
                shown.load_in_background(then=shown.restore_last)
                check_in_background(shown, db_path, replace_window)

            when_on_screen(shown, restored_on_screen)

        def on_screen() -> None:
            window.told_kept_at_last_end()  # the officer has seen where the last end's changes are
            register_fonts(app)  # the Chinese faces, if the first view did not need them
            store.full()  # the rest of the store, now that the list is drawn
            window.home.complete()  # and the rest of the list
            check_in_background(window, db_path, replace_window)
            first_start()

        when_on_screen(window, on_screen)
    try:
        return app.exec()
    finally:
        window.shutdown_tasks()
        store.close()
        # destroy the window and the application now, in order (settings, clipboard hand-over to
        # the desktop): capacity_app.launch then ends the process without the interpreter's teardown;
        # a probe of the start (``exit_after_show``) set no preference and copied nothing: ended as is
        if not exit_after_show:
            import shiboken6

            shiboken6.delete(window)
            shiboken6.delete(app)
