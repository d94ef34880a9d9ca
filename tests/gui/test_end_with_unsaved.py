"""The system asks the window to end (SIGTERM at a logout) while a change is refused by the
database: the close asks nothing (nobody would answer, and SIGKILL follows), the refused
text is written to a file, and the next start names that file."""
from __future__ import annotations

import os
import signal
import subprocess
import sys

from capacity_app.gui.window.termination import CloseOnSignals, keep_unsaved

from test_answering import item_widget
from test_not_saved import unwritable


def test_sigterm_with_a_refused_edit_closes_without_a_question_and_keeps_the_text(
        opened, qtbot, qapp, monkeypatch, tmp_path):
    win = opened
    asked = []
    monkeypatch.setattr(win, "ask_lose_unsaved", lambda unsaved: asked.append(unsaved) or False)
    monkeypatch.setenv("CAPACITY_APP_CONFIG", str(tmp_path / "config" / "settings.json"))
    w = item_widget(win, "s8_portal")
    unwritable(win)
    w.row.editor.edit.setPlainText("data.example.gov/migration, typed on a read-only drive")
    w.row.flush()
    assert "s8_portal" in win.session.unsaved
    quits = []
    closer = CloseOnSignals(qapp, lambda: win, quit=lambda: quits.append(win.isVisible()),
                            signals=(signal.SIGTERM,))
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: bool(quits), timeout=10_000)
    finally:
        closer.uninstall()
        closer.deleteLater()
    assert asked == [] and quits == [False]  # closed, and nothing asked
    kept = tmp_path / "config" / "unsaved"
    files = list(kept.glob("unsaved-KEN-2026-*.txt"))
    assert len(files) == 1
    text = files[0].read_text(encoding="utf-8")
    assert "data.example.gov/migration, typed on a read-only drive" in text and "(s8_portal)" in text
    assert win.settings.value("recovery/unsaved") == str(files[0])


def test_the_next_start_names_the_file_once(make_window, qsettings, db_path, tmp_path):
    qsettings.setValue("recovery/unsaved", str(tmp_path / "unsaved-KEN-2026.txt"))
    win = make_window(db_path)
    assert str(tmp_path / "unsaved-KEN-2026.txt") in win.statusBar().currentMessage()
    # kept until the window is on screen (run_gui says so then): a window never shown told nobody
    assert qsettings.value("recovery/unsaved") == str(tmp_path / "unsaved-KEN-2026.txt")
    win.told_kept_at_last_end()
    assert qsettings.value("recovery/unsaved") is None


def test_a_probe_of_the_start_keeps_the_note_for_the_officer(tmp_path):
    """``gui --exit-after-show`` (a script timing the start, the bundle's own test) shows the window
    to nobody: the note of where the last end's changes are stays for the officer's next start."""
    ini = tmp_path / "config" / "UNSD" / "capacity-app.ini"
    ini.parent.mkdir(parents=True)
    kept = tmp_path / "unsaved" / "unsaved-KEN-2026-1.txt"
    ini.write_text(f"[recovery]\nunsaved={kept}\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CAPACITY_APP_DB"}
    env.update(XDG_CONFIG_HOME=str(tmp_path / "config"), CAPACITY_APP_DATA=str(tmp_path / "data"),
               QT_QPA_PLATFORM="offscreen")
    p = subprocess.run([sys.executable, "-m", "capacity_app", "gui", "--exit-after-show"], env=env,
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, (p.stdout, p.stderr)
    assert f"unsaved={kept}" in ini.read_text(encoding="utf-8")


def test_keep_unsaved_falls_back_when_a_folder_cannot_be_written(tmp_path, monkeypatch):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    monkeypatch.setenv("CAPACITY_APP_CONFIG", str(blocked / "settings.json"))
    path = keep_unsaved("S8 (s8_portal): text", "KEN-2026", tmp_path / "data" / "a.sqlite3")
    assert path is not None and path.parent == tmp_path / "data" / "unsaved"
    assert "S8 (s8_portal): text" in path.read_text(encoding="utf-8")
