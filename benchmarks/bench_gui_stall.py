"""Longest GUI-thread stall while an officer answers 200 items through the widgets, and while a
PDF report renders in the background (and the officer keeps answering); then the first visit to
each section of a new assessment, at once and after a pause in which the window builds them ahead.

A QTimer heartbeat (every 5 ms) records how late it fires; answers are given one at a time at a
brisk human pace through the real widgets (first going to the item, then answering it) (radio buttons, checklists, spin boxes, line edits,
grid cell editors, matrix side panel), each committed through the services, followed by the
debounced rescoring. Target: longest stall under 50 ms. Prints figures; never fails."""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

N_ANSWERS = int(os.environ.get("BENCH_ANSWERS", "200"))
PACE_MS = int(os.environ.get("BENCH_PACE_MS", "160"))  # > the 120 ms rescoring debounce
BEAT_MS = 5
NAVIGATE_MS = 40  # from arriving at an item to answering it (a person needs several times longer)


class Heartbeat:
    def __init__(self):
        from PySide6.QtCore import QTimer, Qt

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.late: list[float] = []
        self.cpu: list[float] = []  # GUI-thread CPU time spent in each interval
        self.last = None
        self.last_cpu = 0.0
        self.context = ""
        self.worst: list[tuple[float, str]] = []

    def start(self):
        self.late = []
        self.cpu = []
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.timer.start()

    def stop(self):
        self.timer.stop()

    def _beat(self):
        now = time.perf_counter()
        cpu = time.thread_time()
        late = max(0.0, (now - self.last) * 1000 - BEAT_MS)
        self.late.append(late)
        self.cpu.append((cpu - self.last_cpu) * 1000)
        self.last_cpu = cpu
        if late > 40:
            self.worst.append((late, self.context))
        self.last = now

    def summary(self) -> str:
        if not self.late:
            return "no heartbeats"
        s = sorted(self.late)
        p99 = s[min(len(s) - 1, int(len(s) * 0.99))]
        if os.environ.get("BENCH_VERBOSE"):
            for late, ctx in sorted(self.worst, reverse=True)[:10]:
                print(f"    stall {late:6.1f} ms after {ctx}")
        worst = max(range(len(self.late)), key=self.late.__getitem__)
        return (f"longest stall {max(s):6.1f} ms (GUI thread busy {self.cpu[worst]:.1f} ms of it; the rest is "
                f"waiting for the CPU or the GIL), p99 {p99:5.1f} ms, median {statistics.median(s):4.1f} ms "
                f"({len(s)} beats); longest GUI-thread CPU burst {max(self.cpu):.1f} ms")


def answer_actions(win, q):
    """Up to N callables, each giving one answer through a widget (in questionnaire order)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyleOptionViewItem

    view = win.view
    actions = []

    def simple(item):
        def act():
            w = view.page.widgets[item.id]
            if w.isHidden() or w.row is None:
                return
            ed = w.row.editor
            t = item.field.type
            if t in ("select_one",) and hasattr(ed, "buttons"):
                list(ed.buttons.values())[0].click()
            elif t == "select_one":
                ed.combo.setCurrentIndex(1)
                ed.combo.activated.emit(1)
            elif t == "rating":
                ed.buttons[2].click()
            elif t == "select_multiple":
                list(ed.boxes.values())[0].click()
            elif t == "year":
                ed.spin.setValue(2020)
            elif t in ("integer", "decimal"):
                ed.edit.setText("3")
                ed.edit.editingFinished.emit()
            elif t == "date":
                from PySide6.QtCore import QDate

                ed.edit.setDate(QDate(2026, 5, 11))
            elif t == "text":
                ed.edit.setPlainText("Answer given in the interview")
                ed.flush()
        act.label = f"{item.id} ({item.field.type})"
        act.navigate = lambda: view.go_to_key(item.id, focus=False)
        return act

    def cell(item, r, c):
        def act():
            grid = view.page.widgets[item.id].grid
            idx = grid.grid_model.index(r, c)
            if not (grid.grid_model.flags(idx) & Qt.ItemFlag.ItemIsEditable):  # not relevant now
                return
            d = grid.itemDelegate()
            e = d.createEditor(grid.viewport(), QStyleOptionViewItem(), idx)
            d.setEditorData(e, idx)
            if hasattr(e, "findData") and hasattr(e, "count") and e.count() > 1:
                e.setCurrentIndex(1)
            elif hasattr(e, "setText"):
                e.setText("Unit head")
            d.setModelData(e, grid.grid_model, idx)
            e.deleteLater()
        act.label = f"{item.id} cell {r},{c}"
        act.navigate = lambda: view.go_to_key(item.id, focus=False)
        return act

    def matrix(pq, src, fid):
        def navigate():
            view.tabs.setCurrentIndex(1)
            view.matrix.select(pq, src)

        def act():
            row = view.matrix.panel.rows[f"s3_matrix.{pq}.{src}.{fid}"]
            if row.isHidden():
                return
            ed = row.editor
            if hasattr(ed, "buttons"):
                list(ed.buttons.values())[0].click()
            elif hasattr(ed, "boxes"):
                list(ed.boxes.values())[0].click()
            elif hasattr(ed, "spin"):
                ed.spin.setValue(2024)
        act.label = f"matrix {pq}.{src}.{fid}"
        act.navigate = navigate
        return act

    for item in q.items():
        if item.type == "grid":
            for r in range(min(3, len(item.rows))):
                for c in range(len(item.columns)):
                    actions.append(cell(item, r, c))
        elif item.type == "matrix":
            for pq in ("A", "J", "L"):
                for src in [s.code for s in q.sources if q.matrix.relevance.get((pq, s.code)) == "main"][:2]:
                    for f in q.matrix.fields:
                        if f.type != "text":
                            actions.append(matrix(pq, src, f.id))
        elif item.type != "note":
            actions.append(simple(item))
    return actions[:N_ANSWERS]


def run_paced(app, actions, pace_ms, until=None, beat=None):
    """Give the answers one by one, ``pace_ms`` apart, with the event loop running between."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    timings = []
    state = {"i": 0}

    def step():
        i = state["i"]
        if i >= len(actions) and (until is None or until()):
            QTimer.singleShot(300, loop.quit)  # let the last rescoring run
            return
        if i < len(actions):
            label = getattr(actions[i], "label", "")
            navigate = getattr(actions[i], "navigate", None)
            if navigate is not None and not state.get("there"):
                # the officer first goes to the item (navigator, Find, next unanswered), sees the
                # page, then answers: two separate events, as with a real mouse and keyboard
                if beat is not None:
                    beat.context = f"going to {label}"
                navigate()
                state["there"] = True
                QTimer.singleShot(NAVIGATE_MS, step)
                return
            state["there"] = False
            t0 = time.perf_counter()
            actions[i]()
            if beat is not None:
                beat.context = label
            timings.append((time.perf_counter() - t0) * 1000)
            state["i"] = i + 1
        QTimer.singleShot(pace_ms, step)

    QTimer.singleShot(0, step)
    loop.exec()
    return timings


def _spin(app, seconds: float, until=None) -> None:
    """Run the window's events for ``seconds``, or until ``until()`` is true."""
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds and not (until is not None and until()):
        app.processEvents()
        time.sleep(0.002)


def first_visits(app, win, assessment_id: int, q, beat, pause: bool) -> tuple[list[float], int]:
    """Open the assessment and go to each section's last question for the first time (300 ms
    apart), as a jump from the navigator, the dashboard or Find does: each visit's time from the
    click to the page drawn, in ms. With ``pause`` the officer
    first pauses until the window has built the sections ahead (the heartbeat runs meanwhile)."""
    win.open_assessment(assessment_id)
    page = win.view.page
    _spin(app, 1)  # the first section built
    built = 0
    if pause:
        beat.start()
        _spin(app, 60, until=lambda: len(page.pages) == len(q.sections) and all(p.complete for p in page.pages.values()))
        beat.stop()
        built = sum(len(p.widgets) for p in page.pages.values())
    visits = []
    for section in q.sections[1:]:
        t0 = time.perf_counter()
        win.view.go_to_key(section.items[-1].id, focus=False)
        app.processEvents()
        visits.append((time.perf_counter() - t0) * 1000)
        _spin(app, 0.3)
    return visits, built


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="bench-gui-stall-"))
    os.environ["CAPACITY_APP_DATA"] = str(tmp)
    from PySide6.QtCore import QSettings

    from capacity_app.gui.window.app import make_app
    from capacity_app.gui.window.main_window import MainWindow
    from capacity_app.services.assessments import create_assessment, open_store, questionnaire_for
    from capacity_app.services.demo import create_demo

    app = make_app()
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    store = open_store(tmp / "bench.sqlite3")
    q = questionnaire_for()
    demo = create_demo(store)
    fresh = create_assessment(store, q, country="KEN", round=2026)
    win = MainWindow(store, q, settings)
    win.runner.show_dialogs = False
    win.resize(1280, 820)
    win.show()
    win.open_assessment(fresh.id)
    app.processEvents()
    beat = Heartbeat()

    # 1. answering 200 items
    actions = answer_actions(win, q)
    beat.start()
    timings = run_paced(app, actions, PACE_MS, beat=beat)
    beat.stop()
    scores = win.session.last_score_ms
    print(f"Answering {len(actions)} items through the widgets ({PACE_MS} ms apart, rescoring after each):")
    print(f"  heartbeat: {beat.summary()}")
    print(f"  one answer (commit + views): median {statistics.median(timings):.1f} ms, max {max(timings):.1f} ms;"
          f" last rescoring {scores:.1f} ms")
    saved = sum(1 for a in store.answers(fresh.id).values() if a.is_answered)
    print(f"  answers stored: {saved}")

    # 2. while a PDF report renders in the background (officer keeps answering)
    out = tmp / "report.pdf"
    t0 = time.perf_counter()
    # the window's own export path (File > PDF report): the save dialog answered, the demo
    # assessment exported while the officer keeps answering the open one
    win.flows.ask_save_path = lambda *a: str(out)
    win.current_assessment_id = lambda: demo.id
    beat.start()
    win.export_report()
    app.processEvents()
    beat.stop()
    del win.current_assessment_id
    start_ms = (time.perf_counter() - t0) * 1000
    # the report's own task (a summary task started by the last answers may come after it)
    task = next(t for t in win.runner.tasks if t.worker and "export_report" in t.worker)
    failure = {}
    task.signals.failed.connect(lambda *a: failure.setdefault("why", a))
    rendered = {}
    task.signals.finished.connect(lambda *_: rendered.setdefault("s", time.perf_counter() - t0))
    more = answer_actions(win, q)[:60]
    beat.start()
    timings = run_paced(app, more, 100, until=task.done.is_set, beat=beat)
    beat.stop()
    if out.exists():
        print(f"While a PDF report renders in the background (export started in {start_ms:.0f} ms on the "
              f"window's thread; written in {rendered.get('s', float('nan')):.1f} s, {out.stat().st_size // 1024} KB), "
              f"answering {len(more)} items:")
    else:
        print(f"Report failed: no PDF written ({failure.get('why', 'no error reported')})")
    print(f"  heartbeat: {beat.summary()}")

    # 3. the first visit to each section, at once and after a pause
    for pause in (False, True):
        other = create_assessment(store, q, country="SEN" if pause else "MEX", round=2026)
        visits, built = first_visits(app, win, other.id, q, beat, pause)
        s = sorted(visits)
        print(f"Going to the last question of each of {len(visits)} sections for the first time, "
              + (f"after a pause in which the window built {built} items ahead:" if pause else "at once:"))
        print(f"  from the click to the page drawn: median {statistics.median(s):.0f} ms, longest {s[-1]:.0f} ms")
        if pause:
            print(f"  heartbeat while building ahead: {beat.summary()}")
    win.close()
    win.runner.shutdown()
    store.close()
    print("target: longest stall under 50 ms")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
