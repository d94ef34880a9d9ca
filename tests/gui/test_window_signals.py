"""A logout (SIGTERM) or a hung-up session (SIGHUP) closes the window as the officer's close does
: what is being typed is saved, background work is stopped. That no process is left
behind is tests/reliability/test_window_lifecycle.py."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


def _env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               CAPACITY_APP_DATA=str(tmp_path / "data"))
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env.pop("CAPACITY_APP_DB", None)
    return env


def test_text_being_typed_is_saved_when_the_window_gets_sigterm(tmp_path):
    from capacity_app.services import settings as prefs
    from capacity_app.services.assessments import create_assessment, open_store
    from capacity_app.catalog.loader import load_bundled
    from dataclasses import replace

    db = tmp_path / "a.sqlite3"
    with open_store(db, backup_dir=tmp_path / "backups") as store:
        aid = create_assessment(store, load_bundled(), country="KEN", round=2026).id
        prefs.save_preferences(store, replace(prefs.preferences(store), operator="Tester"))
    text = "National Statistics Office, typed and not yet committed"
    r = subprocess.run([sys.executable, str(HERE / "signal_child.py"), str(db), str(aid), text],
                       env=_env(tmp_path), cwd=tmp_path, capture_output=True, text=True, timeout=180)
    assert r.returncode == 0, r.stdout + r.stderr[-3000:]
    typed = [line for line in r.stdout.splitlines() if line.startswith("TYPED ")]
    assert typed and json.loads(typed[0][len("TYPED "):]) is None, r.stdout  # not saved before the signal
    with open_store(db, backup_dir=tmp_path / "backups") as store:
        assert store.answer(aid, "s0_lead_institution").value == text


def test_sighup_closes_the_window_after_stopping_its_background_work(window, qtbot, qapp):
    """In the test's own process: SIGHUP (a session hanging up) cancels the running task, the
    window closes once it has stopped, then the event loop is asked to end."""
    from capacity_app.gui.window.termination import CloseOnSignals
    from capacity_app.jobs import check

    def endless(progress=None, cancelled=None):
        while True:
            check(cancelled)
            time.sleep(0.01)

    task = window.runner.run("endless", endless, quiet=True)
    quits = []
    closer = CloseOnSignals(qapp, lambda: window, quit=lambda: quits.append(window.isVisible()),
                            signals=(signal.SIGHUP,))
    try:
        os.kill(os.getpid(), signal.SIGHUP)
        qtbot.waitUntil(lambda: bool(quits), timeout=10_000)
        assert quits == [False] and closer.received == [signal.SIGHUP]
        assert task.done.is_set() and task.is_cancelled()
    finally:
        closer.uninstall()
        closer.deleteLater()
    assert signal.getsignal(signal.SIGHUP) is signal.SIG_DFL
