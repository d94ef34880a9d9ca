"""Screenshots of the GUI on the demo assessment: home, a question page, the matrix, the dashboard.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py docs/screenshots
    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py /tmp/shots-fr --interface-language fr

``--interface-language`` (en, fr, es; default en) is the interface language of Preferences; the
questionnaire is shown in the same language when it has it.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(out_dir: str, interface_language: str = "en") -> int:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="capacity-shots-"))
    os.environ["CAPACITY_APP_DATA"] = str(tmp)
    from PySide6.QtCore import QSettings

    from capacity_app.gui.app import make_app
    from capacity_app.gui.main_window import MainWindow
    from capacity_app.services.assessments import create_assessment, open_store, questionnaire_for
    from capacity_app.services.demo import create_demo

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    settings = QSettings(str(tmp / "settings" / "shots.ini"), QSettings.Format.IniFormat)
    settings.setValue("interface_language", interface_language)
    settings.setValue("language", interface_language)  # the questionnaire's language
    app = make_app(settings=settings)
    store = open_store(tmp / "demo.sqlite3")
    q = questionnaire_for()
    demo = create_demo(store)
    # a second, older round so the list shows more than one line
    create_assessment(store, q, country="KEN", round=2024, mission_start="2024-03-04", mission_end="2024-03-08")
    win = MainWindow(store, q, settings)
    win.resize(1360, 860)
    win.show()
    win.home.derive_all()

    def settle():
        # let the page finish building (a few items per event-loop turn) and lay itself out
        for _ in range(200):
            app.processEvents()
            view = win.view
            if view is None or view.page.current is None or view.page.current.complete:
                break
        for _ in range(5):
            app.processEvents()

    settle()
    win.grab().save(str(out / "home.png"))

    win.open_assessment(demo.id)
    view = win.view
    view.go_to_key("s2_policy", focus=False)
    settle()
    view.page.scroll_bar().setValue(0)
    settle()
    win.grab().save(str(out / "question.png"))

    view.show_tab(1)
    view.matrix.select("A", "BOR")
    settle()
    win.grab().save(str(out / "matrix.png"))

    view.show_tab(2)
    win.session.refresh_derived()
    settle()
    win.grab().save(str(out / "dashboard.png"))
    win.close()
    store.close()
    for name in ("home", "question", "matrix", "dashboard"):
        print(out / f"{name}.png")
    return 0


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description="Screenshots of the GUI on the demo assessment.")
    ap.add_argument("out_dir", nargs="?", default="docs/screenshots")
    ap.add_argument("--interface-language", default="en", choices=("en", "fr", "es"))
    args = ap.parse_args()
    sys.exit(main(args.out_dir, args.interface_language))
