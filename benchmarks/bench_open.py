"""Opening an assessment in the window (MainWindow.open_assessment: the session, the assessment
view and its tabs, drawn once), the demo's assessment and a fresh one in turn, in one process:
the officer opens one from the home page, goes back, opens the other.

Prints the medians of wall and processor time per open (``BENCH_RUNS`` opens of each, after one
of each to warm the imports), each as a ratio to a reference made in the same run, in turn with the
opens: Qt alone drawing the same first page's text (a scroll area of word-wrapped labels, one for
each question of the first section, its text and its help, made, drawn once and deleted), the
floor of any view of those questions; and, for the last open, how long the action plan tab takes to
make when first shown (made on demand, not when the assessment opens). Never fails."""
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
RUNS = int(os.environ.get("BENCH_RUNS", "15"))


def _open(app, win, aid: int) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    assert win.open_assessment(aid)
    app.processEvents()  # drawn once, as the officer sees it
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def _reference(app, texts: list[str]) -> tuple[float, float]:
    """Qt alone drawing ``texts`` as the first page shows them: made, drawn once, deleted."""
    from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

    wall, cpu = time.perf_counter(), time.process_time()
    area = QScrollArea()
    inner = QWidget()
    box = QVBoxLayout(inner)
    for text in texts:
        label = QLabel(text)
        label.setWordWrap(True)
        box.addWidget(label)
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.resize(1280, 820)
    area.show()
    app.processEvents()
    area.deleteLater()
    app.processEvents()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def main() -> int:
    from PySide6.QtCore import QSettings

    from capacity_app.gui.window.app import make_app
    from capacity_app.gui.window.main_window import MainWindow
    from capacity_app.services.assessments import create_assessment, open_store, questionnaire_for
    from capacity_app.services.demo import create_demo

    tmp = Path(tempfile.mkdtemp(prefix="bench-open-"))
    app = make_app()
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    store = open_store(tmp / "bench.sqlite3")
    q = questionnaire_for()
    ids = {"demo": create_demo(store).id, "fresh": create_assessment(store, q, country="KEN", round=2026).id}
    win = MainWindow(store, q, settings)
    win.runner.show_dialogs = False
    win.resize(1280, 820)
    win.show()
    app.processEvents()
    first = q.sections[0]
    texts = [t["en"] for item in q.items() if item.section_id == first.id for t in (item.label, item.help) if t]
    times: dict[str, list[tuple[float, float]]] = {k: [] for k in ids}
    reference: list[tuple[float, float]] = []
    for run in range(RUNS + 1):
        for name, aid in ids.items():
            t = _open(app, win, aid)
            if run:  # the first of each warms the imports
                times[name].append(t)
            win.close_assessment(remember=False)
            app.processEvents()
        r = _reference(app, texts)
        if run:
            reference.append(r)
    ref_wall = statistics.median(w for w, _ in reference)
    ref_cpu = statistics.median(c for _, c in reference)
    print(f"Opening an assessment ({RUNS} opens of each, medians; reference: Qt alone drawing the first "
          f"section's {len(texts)} texts, wall {ref_wall:.1f} ms, processor {ref_cpu:.1f} ms):")
    for name, got in times.items():
        wall, cpu = statistics.median(w for w, _ in got), statistics.median(c for _, c in got)
        print(f"  {name:5}: wall {wall:6.1f} ms ({wall / ref_wall:.2f}x the reference), "
              f"processor {cpu:6.1f} ms ({cpu / ref_cpu:.2f}x)")
    win.open_assessment(ids["demo"])
    app.processEvents()
    t0 = time.perf_counter()
    win.view.tabs.setCurrentWidget(win.view.action_plan)
    app.processEvents()
    print(f"  the demo's action plan tab, first shown: {(time.perf_counter() - t0) * 1000:.1f} ms")
    win.close_assessment(remember=False)
    win.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
