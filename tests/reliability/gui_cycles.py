"""Closing the main window while an export runs, many times (run in a child process by
``scenarios.scenario_gui_close_during_export`` so that an abort is counted, not fatal).

Each cycle: open the database and the window, open the assessment, start an export through the
window's own action (workbook, and every fifth cycle the PDF report), keep answering on the GUI
thread while it runs, close the window at a random moment. Then check: no thread left running, no
Qt warning about threads, the output complete or absent (no temporary file left), every answer the
window acknowledged is in the database. A close with work running returns at once and the window
closes when the work has stopped: the check waits (bounded) for the window to close; every third
such close the application quits instead while the work is pending, which must still wait for it.
"""
from __future__ import annotations

import json
import os
import random
import time
from pathlib import Path

CLOSE_BOUND_S = 30.0  # a close with work running must have closed the window by then


def run_cycles(workdir: Path, closes: int, seed: int = 9) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from capacity_app.gui.window.app import make_app
    from capacity_app.gui.window.main_window import MainWindow
    from capacity_app.services.assessments import open_store, questionnaire_for
    from capacity_app.services.demo import create_demo
    from capacity_app.storage.db import check_file

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    app = make_app(["reliability"])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir / "qsettings"))
    settings = QSettings(str(workdir / "qsettings" / "capacity-app.ini"), QSettings.Format.IniFormat)
    messages: list[str] = []

    def handler(mode, context, message):
        if mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            messages.append(message)

    previous = qInstallMessageHandler(handler)
    q = questionnaire_for()
    db = workdir / "gui.sqlite3"
    with open_store(db, daily_backup=False) as store:
        aid = create_demo(store).id
    keys = sorted(k for k, fld, _ in q.all_keys() if fld.type == "text" and not fld.constraint)
    rng = random.Random(seed)
    out_dir = workdir / "out"
    out_dir.mkdir()
    has_exchange = has_reports = True  # the exchange and report services are always present
    target = {"path": ""}
    originals = {n: getattr(QFileDialog, n) for n in ("getSaveFileName",)}
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (target["path"], ""))
    refused_boxes = []
    boxes = {n: getattr(QMessageBox, n) for n in ("critical", "warning", "information", "question")}
    for n in boxes:
        setattr(QMessageBox, n, staticmethod(lambda *a, **k: refused_boxes.append(a[1:3]) or QMessageBox.StandardButton.Ok))
    acked: dict[str, str] = {}
    figures = {"cycles": 0, "closed_while_running": 0, "finished_before_close": 0, "threads_left": 0,
               "thread_warnings": 0, "incomplete_outputs": 0, "temp_files_left": 0, "lost": 0,
               "worst_close_seconds": 0.0, "pdf_cycles": 0, "complete_outputs": 0, "absent_outputs": 0,
               "quits_while_running": 0, "not_closed": 0}
    problems: list[str] = []
    try:
        for cycle in range(closes):
            store = open_store(db, daily_backup=False)
            win = MainWindow(store, q, settings)
            win.runner.show_dialogs = False
            win.show()
            app.processEvents()
            if not win.open_assessment(aid):
                problems.append(f"cycle {cycle}: the assessment did not open")
            pdf = has_reports and (cycle % 5 == 4 or not has_exchange)
            action = "report" if pdf else "export"
            target["path"] = str(out_dir / f"cycle-{cycle:03d}.{'pdf' if pdf else 'xlsx'}")
            figures["pdf_cycles"] += pdf
            win.actions_by_name[action].trigger()
            started = bool(win.runner.tasks)
            # answer on the GUI thread while the export runs, then close at a random moment
            deadline = time.perf_counter() + rng.uniform(0.0, 2.5 if pdf else 1.2)
            n = 0
            while time.perf_counter() < deadline:
                key = keys[(cycle * 7 + n) % len(keys)]
                value = f"cycle {cycle} answer {n}"
                if win.session is not None and win.session.set_answer(key, value):
                    acked[key] = value
                n += 1
                app.processEvents()
                time.sleep(0.01)
            running = win.runner.busy
            tasks = list(win.runner.tasks)
            session = win.session
            t0 = time.perf_counter()
            win.close()  # with work running: cancels it, says so, and closes once it has stopped
            quit_pending = running and cycle % 3 == 2
            if quit_pending:
                # the application quits while the window is still stopping (the desktop session
                # ends): run_gui's exit path waits for the work before the store closes
                win.shutdown_tasks()
                figures["quits_while_running"] += 1
            else:
                while win.isVisible() and time.perf_counter() - t0 < CLOSE_BOUND_S:
                    app.processEvents()
                    time.sleep(0.005)
                if win.isVisible():
                    figures["not_closed"] += 1
                    problems.append(f"cycle {cycle}: the window was still open {CLOSE_BOUND_S:.0f} s after the close")
            figures["worst_close_seconds"] = max(figures["worst_close_seconds"], time.perf_counter() - t0)
            figures["closed_while_running" if running else "finished_before_close"] += 1
            if not started:
                problems.append(f"cycle {cycle}: the {action} action started no task")
            # the promise: once the window has closed (or the quit returned) no worker runs
            if (any(not t.done.is_set() for t in tasks) or win.runner.pool.activeThreadCount()
                    or (session is not None and not quit_pending and session.runner.pool.activeThreadCount())):
                figures["threads_left"] += 1
                problems.append(f"cycle {cycle}: a worker was still running after "
                                f"{'the quit' if quit_pending else 'the window closed'}")
            win.runner.shutdown()
            win.deleteLater()
            app.processEvents()
            store.close()
            # the output: complete or absent, never a temporary file
            out = Path(target["path"])
            leftovers = [p.name for p in out_dir.iterdir() if p.name.endswith(".part") or p.name.startswith(".")]
            if leftovers:
                figures["temp_files_left"] += len(leftovers)
                problems.append(f"cycle {cycle}: temporary files left: {leftovers}")
                for p in leftovers:
                    (out_dir / p).unlink(missing_ok=True)
            if out.exists():
                if _complete(out, pdf):
                    figures["complete_outputs"] += 1
                else:
                    figures["incomplete_outputs"] += 1
                    problems.append(f"cycle {cycle}: {out.name} is incomplete")
                out.unlink()
            else:
                figures["absent_outputs"] += 1
            if check_file(db) != "ok":
                problems.append(f"cycle {cycle}: database damaged")
            with open_store(db, readonly=True) as ro:
                got = ro.answers(aid)
            lost = [k for k, v in acked.items() if got.get(k) is None or got[k].value != v]
            figures["lost"] += len(lost)
            if lost:
                problems.append(f"cycle {cycle}: {len(lost)} acknowledged answers lost")
                for k in lost:
                    acked.pop(k)
            figures["cycles"] += 1
    finally:
        qInstallMessageHandler(previous)
        QFileDialog.getSaveFileName = originals["getSaveFileName"]
        for n, f in boxes.items():
            setattr(QMessageBox, n, f)
    thread_msgs = [m for m in messages if "QThread" in m or "Destroyed while" in m or "thread" in m.lower()]
    figures["thread_warnings"] = len(thread_msgs)
    problems += [f"Qt: {m}" for m in thread_msgs[:5]]
    problems += [f"message box shown: {b}" for b in refused_boxes[:5]]
    figures["acknowledged"] = len(acked)
    figures["qt_warnings"] = len(messages)
    figures["qt_warning_samples"] = sorted(set(messages))[:5]
    figures["problems"] = problems
    figures["has_exchange"] = has_exchange
    figures["has_reports"] = has_reports
    return figures


def _complete(path: Path, pdf: bool) -> bool:
    try:
        if pdf:
            from pypdf import PdfReader

            return len(PdfReader(str(path)).pages) > 0
        from capacity_app.exchange.outside.safety import check_file

        check_file(path)
        return True
    except Exception:  # noqa: BLE001 - any failure means incomplete
        return False


if __name__ == "__main__":
    import sys

    print("RESULT " + json.dumps(run_cycles(Path(sys.argv[1]), int(sys.argv[2]))), flush=True)
