"""The window as an officer starts it (the default database, no --exit-after-show): its first view
is painted before the start's work begins (the questionnaire read in the background, the
operator's name asked on a first start, the full integrity check, the store's parts beyond its
core imported), and that work then runs. Begun
at once, the questionnaire's reading held the interpreter while the window painted its list: on two
cores the first view came about a third later."""
from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys

_START = """
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDialog
from capacity_app.gui.window import app
from capacity_app.gui.window.main_window import MainWindow

seen = []
WORK = ("capacity_app.services.settings", "capacity_app.gui.tasks", "capacity_app.catalog.loader", "yaml",
        "capacity_app.storage.store")


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not any(s[0] == "painted" for s in seen):
            seen.append(("painted", [m for m in WORK if m in sys.modules]))
        return False


show = app.show

def shown(window):
    show(window)
    window.first_paint = FirstPaint(window)
    window.installEventFilter(window.first_paint)

app.show = shown
QDialog.exec = lambda dlg: seen.append(("operator asked",)) or 0  # "Later"
restore_last = MainWindow.restore_last

def restored(self):
    seen.append(("questionnaire loaded", self.questionnaire is not None, type(self.store).__name__))
    restore_last(self)
    self.close()

MainWindow.restore_last = restored
check = app.check_in_background

def checked(window, *args):  # the start's first step once on screen: the store is whole before it
    seen.append(("store at the check", type(window.store).__name__))
    check(window, *args)

app.check_in_background = checked
code = app.run_gui(None)
print(code, seen, flush=True)
os._exit(0)
"""


def test_the_first_view_is_painted_before_the_start_s_work_which_then_runs(tmp_path, demo_db):
    shutil.copyfile(demo_db[0], tmp_path / "capacity.sqlite3")  # the data folder's default database
    env = dict(os.environ, CAPACITY_APP_DATA=str(tmp_path), QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(tmp_path / "config"))  # the operator never asked on this computer
    # where the last end's refused changes were kept: said on the first view, forgotten once on screen
    ini = tmp_path / "config" / "UNSD" / "capacity-app.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text(f"[recovery]\nunsaved={tmp_path / 'unsaved-KEN-2026-1.txt'}\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-c", _START], env=env, capture_output=True, text=True, timeout=120)
    last = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else ""
    assert last.startswith("0 "), r.stdout + r.stderr
    seen = ast.literal_eval(last[2:])
    assert seen[0] == ("painted", []), seen
    assert "unsaved=" not in ini.read_text(encoding="utf-8")
    # the store's core drew the list; once on screen the same object is the full store
    assert ("questionnaire loaded", True, "Store") in seen and ("operator asked",) in seen, seen
    assert ("store at the check", "Store") in seen, seen


_RESTORED = """
import os, sys
from PySide6.QtWidgets import QDialog, QMessageBox
from capacity_app.gui.window import app
from capacity_app.gui.window.main_window import MainWindow

seen = []
QDialog.exec = lambda dlg: 0  # the operator's question: "Later"
QMessageBox.question = lambda *args, **kwargs: QMessageBox.StandardButton.Yes  # restore the backup
QMessageBox.critical = lambda *args, **kwargs: seen.append(("critical", str(args[2])[:200]))
windows = []
init = MainWindow.__init__

def made(self, store, *args, **kwargs):
    init(self, store, *args, **kwargs)
    windows.append(self)

MainWindow.__init__ = made
restore_last = MainWindow.restore_last

def restored(self):
    seen.append(("questionnaire loaded", windows.index(self), self.store.answer(1, "k399").value == "x" * 300))
    restore_last(self)
    if windows.index(self) == 1:
        self.close()

MainWindow.restore_last = restored
code = app.run_gui(sys.argv[1])
print(code, seen, flush=True)
os._exit(0)
"""


def test_a_window_replaced_by_a_restored_backup_starts_its_work_once_on_screen(tmp_path):
    """Damage the full check finds after the start: the newest good backup restored, the window
    replaced by one on the restored database, whose questionnaire then loads as at any start."""
    from test_background_check import _damaged_far_from_the_list

    db = tmp_path / "damaged.sqlite3"
    _damaged_far_from_the_list(db)
    env = dict(os.environ, CAPACITY_APP_DATA=str(tmp_path), QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    r = subprocess.run([sys.executable, "-c", _RESTORED, str(db)], env=env, capture_output=True, text=True,
                       timeout=120)
    last = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else ""
    assert last.startswith("0 "), r.stdout + r.stderr
    seen = ast.literal_eval(last[2:])
    assert ("questionnaire loaded", 1, True) in seen and not any(s[0] == "critical" for s in seen), seen


_UPGRADED = """
import os, sys
from PySide6.QtWidgets import QProgressDialog
from capacity_app.gui.window import app
from capacity_app.paths import default_db_path

seen = []
show = QProgressDialog.show

def shown(dialog):
    seen.append(("dialog", dialog.windowTitle(), dialog.labelText()[:40], dialog.maximum()))
    show(dialog)

QProgressDialog.show = shown
while_saying = app._while_saying

def saying(title, text, fn):
    def opening():
        seen.append(("upgrading", app.upgrade_pending(default_db_path())))
        return fn()
    return while_saying(title, text, opening)

app._while_saying = saying
paint = app._paint_once_and_quit

def painted(qapp, window):
    seen.append(("window", type(window.store).__name__, app.upgrade_pending(window.store.path)))
    paint(qapp, window)

app._paint_once_and_quit = painted
code = app.run_gui(None, exit_after_show=True)
print(code, seen, flush=True)
os._exit(0)
"""


def test_a_database_of_an_earlier_schema_is_upgraded_while_a_dialog_says_so(tmp_path):
    """The upgrade (its backup first) can take seconds on a large file, and nothing showed: a
    dialog says it, then the window shows on the upgraded database."""
    from pathlib import Path

    fixture = Path(__file__).resolve().parents[1] / "storage" / "fixtures" / "schema-v010-m010_action_donor_fields.sqlite3"
    shutil.copyfile(fixture, tmp_path / "capacity.sqlite3")
    env = dict(os.environ, CAPACITY_APP_DATA=str(tmp_path), QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    r = subprocess.run([sys.executable, "-c", _UPGRADED], env=env, capture_output=True, text=True, timeout=120)
    last = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else ""
    assert last.startswith("0 "), r.stdout + r.stderr
    seen = ast.literal_eval(last[2:])
    assert seen == [("dialog", "Upgrading the database", "Upgrading the database for this version ", 0),
                    ("upgrading", True), ("window", "StoreCore", False)], seen
    assert list((tmp_path / "backups").glob("*pre-migration-v10.sqlite3")), list(tmp_path.rglob("*"))


_MOVED = """
import os, sys
from PySide6.QtWidgets import QProgressDialog
from capacity_app.gui.window import app

seen = []
show = QProgressDialog.show

def shown(dialog):
    seen.append(("dialog", dialog.windowTitle()))
    show(dialog)

QProgressDialog.show = shown
paint = app._paint_once_and_quit

def painted(qapp, window):
    seen.append(("window", str(window.store.path)))
    paint(qapp, window)

app._paint_once_and_quit = painted
code = app.run_gui(None, exit_after_show=True)
print(code, seen, flush=True)
os._exit(0)
"""


def test_the_data_folder_s_move_chosen_in_preferences_runs_while_a_dialog_says_so(tmp_path, demo_db):
    """The move (the database and its backups copied, then checked) happens as the window opens
    the default database: seconds on a large folder, with nothing shown before."""
    import json

    old, new = tmp_path / "a", tmp_path / "b"
    old.mkdir()
    shutil.copyfile(demo_db[0], old / "capacity.sqlite3")
    settings = tmp_path / "config" / "settings.json"
    settings.parent.mkdir()
    settings.write_text(json.dumps({"data_folder": str(old), "pending_move": {"from": str(old), "to": str(new)}}),
                        encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CAPACITY_APP_DATA"}
    env.update(CAPACITY_APP_CONFIG=str(settings), QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "qt"))
    r = subprocess.run([sys.executable, "-c", _MOVED], env=env, capture_output=True, text=True, timeout=120)
    last = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else ""
    assert last.startswith("0 "), r.stdout + r.stderr
    seen = ast.literal_eval(last[2:])
    assert seen == [("dialog", "Moving the data folder"), ("window", str((new / "capacity.sqlite3").resolve()))], seen
    assert json.loads(settings.read_text(encoding="utf-8"))["data_folder"] == str(new)
