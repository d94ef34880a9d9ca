"""Screenshots of the GUI on the demo assessment, at the screen sizes missions use: the list of
assessments, every section's page, the matrix, the dashboard (and the action plan when the view has
one), for each interface language (the questionnaire shown in the same language).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py out/screenshots \\
        --languages en,fr --sizes 1024x768,1280x720,1366x768,1920x1080
    QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=2 .venv/bin/python tools/screenshots.py out/screenshots \\
        --languages en,fr --sizes 2560x1440 --scale 2

Pictures go to OUT/<language>/<width>x<height>[@<scale>x]/<page>.png, sizes in physical pixels:
with ``--scale 2`` (run with QT_SCALE_FACTOR=2, which Qt reads when it starts) a 2560×1440 picture
is the window laid out at 1280×720 and drawn at twice the resolution, as on a high-DPI screen.
``--docs FOLDER`` also copies the README's selection there (home, question, matrix, dashboard of
the first size in English; the question page in French as question-fr.png). ``make screenshots``
runs it all.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

README_PAGES = ("home", "question", "matrix", "dashboard")


def _size(text: str) -> tuple[int, int]:
    w, _, h = text.lower().partition("x")
    return int(w), int(h)


def folder_name(size: tuple[int, int], scale: float) -> str:
    base = f"{size[0]}x{size[1]}"
    return base if scale == 1 else f"{base}@{scale:g}x"


def shoot_language(out: Path, lang: str, sizes: list[tuple[int, int]], scale: float) -> list[Path]:
    """Every page of the demo assessment with the interface (and questionnaire) in ``lang``."""
    from PySide6.QtCore import QSettings

    from capacity_app.gui.window.app import install_translations, make_app
    from capacity_app.gui.window.main_window import MainWindow
    from capacity_app.services.assessments import create_assessment, open_store, questionnaire_for
    from capacity_app.services.demo import create_demo

    tmp = Path(tempfile.mkdtemp(prefix=f"capacity-shots-{lang}-"))
    os.environ["CAPACITY_APP_DATA"] = str(tmp)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    settings = QSettings(str(tmp / "settings" / "shots.ini"), QSettings.Format.IniFormat)
    settings.setValue("interface_language", lang)
    settings.setValue("language", lang)  # the questionnaire's language
    settings.setValue("asked/operator", True)
    app = make_app(settings=settings)
    install_translations(app, lang)
    store = open_store(tmp / "demo.sqlite3")
    q = questionnaire_for()
    demo = create_demo(store)
    # a second, older round so the list shows more than one line
    create_assessment(store, q, country="KEN", round=2024, mission_start="2024-03-04", mission_end="2024-03-08")
    win = MainWindow(store, q, settings)
    win.show()
    win.home.derive_all()
    written: list[Path] = []

    def settle():
        # let the page finish building (a few items per event-loop turn) and lay itself out
        for _ in range(400):
            app.processEvents()
            view = win.view
            if view is None or view.page.current is None or view.page.current.complete:
                break
        for _ in range(5):
            app.processEvents()

    def save(folder: Path, name: str) -> None:
        settle()
        path = folder / f"{name}.png"
        win.grab().save(str(path))
        written.append(path)

    for size in sizes:
        folder = out / lang / folder_name(size, scale)
        folder.mkdir(parents=True, exist_ok=True)
        if win.view is not None:
            win.close_assessment(remember=False)
        win.resize(round(size[0] / scale), round(size[1] / scale))
        save(folder, "home")
        win.open_assessment(demo.id)
        view = win.view
        assert view is not None
        for section in q.sections:
            view.tabs.setCurrentIndex(0)
            view.page.show_section(section)
            settle()
            view.page.scroll_bar().setValue(0)
            save(folder, f"section-{section.id}")
        view.go_to_key("s2_policy", focus=False)  # the README's question page
        settle()
        view.page.scroll_bar().setValue(0)
        save(folder, "question")
        view.show_tab(1)
        view.matrix.select("A", "BOR")
        save(folder, "matrix")
        view.show_tab(2)
        win.session.refresh_derived()
        save(folder, "dashboard")
        review_demo(win, folder, save, settle)
        if view.tabs.count() > 3:  # the action plan, when the view has it
            view.show_tab(3)
            save(folder, "action-plan")
        status = win.session.assessment.status
        if hasattr(win.session, "set_status"):  # final: read-only until reopened, said in a banner
            win.session.set_status("final")
            view.show_tab(0)
            view.go_to_key("s2_policy", focus=False)
            save(folder, "final")
            win.session.set_status(status)
    win.close()
    store.close()
    return written


REVIEWS = (  # the supervisor's review of a few of the demo's answers
    ("s2_need_a", "validated", ""), ("s2_need_b", "validated", ""),
    ("s2_need_c", "follow_up", "Ask the Ministry of Labour for its own estimate"),
    ("s0_institutions.nso", "validated", ""),
    ("s0_institutions.labour", "disputed", "Not interviewed: the officer met the Ministry of Interior"),
    ("s3_matrix.A.CEN", "disputed", "The 2020 census asked citizenship, not country of birth"),
)


def review_demo(win, folder: Path, save, settle) -> None:
    """The reviews in the window: a question page, a grid's row, the matrix's cell panel and the
    dashboard's coverage and follow-up list."""
    session, view = win.session, win.view
    session.store.operator = "A. Supervisor"
    for unit, status, note in REVIEWS:
        if session.review(unit).status != status:
            session.set_review(unit, status, note)
    view.show_tab(0)
    view.go_to_key("s2_need_a", focus=False)
    settle()
    save(folder, "review-question")
    view.go_to_key("s0_institutions.labour", focus=True)
    settle()
    save(folder, "review-grid")
    view.show_tab(1)
    view.matrix.select("A", "CEN")
    save(folder, "review-matrix")
    view.show_tab(2)
    session.refresh_derived()
    save(folder, "review-dashboard")


def main(out_dir: str, languages: list[str], sizes: list[tuple[int, int]], scale: float = 1.0,
         docs: str | None = None) -> int:
    if scale != 1 and os.environ.get("QT_SCALE_FACTOR") != f"{scale:g}":
        print(f"screenshots: run with QT_SCALE_FACTOR={scale:g} for --scale {scale:g}", file=sys.stderr)
        return 2
    out = Path(out_dir)
    written: list[Path] = []
    if len(languages) == 1:
        written += shoot_language(out, languages[0], sizes, scale)
    else:
        # one process a language: Qt allows one application object per process (a second one,
        # made after the first was destroyed, crashed the run in its second language)
        import subprocess

        for lang in languages:
            r = subprocess.run([sys.executable, __file__, str(out), "--languages", lang,
                                "--sizes", ",".join(f"{w}x{h}" for w, h in sizes), "--scale", f"{scale:g}"],
                               stdout=subprocess.PIPE, text=True)
            if r.returncode != 0:
                print(f"screenshots: the {lang} pictures failed (exit {r.returncode})", file=sys.stderr)
                return 1
            written += [Path(line) for line in r.stdout.splitlines() if line.endswith(".png")]
    if docs:
        target = Path(docs)
        target.mkdir(parents=True, exist_ok=True)
        first = folder_name(sizes[0], scale)
        if "en" in languages:
            for name in README_PAGES:
                shutil.copyfile(out / "en" / first / f"{name}.png", target / f"{name}.png")
        if "fr" in languages:
            shutil.copyfile(out / "fr" / first / "question.png", target / "question-fr.png")
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description="Screenshots of the GUI on the demo assessment.")
    ap.add_argument("out_dir", nargs="?", default="out/screenshots")
    ap.add_argument("--languages", default="en", help="interface languages, comma-separated (en, fr, es, ar, zh, ru)")
    ap.add_argument("--interface-language", help="one interface language (same as --languages LANG)")
    ap.add_argument("--sizes", default="1366x768", help="window sizes in pixels, comma-separated")
    ap.add_argument("--scale", type=float, default=1.0, help="device pixel ratio (with QT_SCALE_FACTOR)")
    ap.add_argument("--docs", help="copy the README's selection into this folder")
    args = ap.parse_args()
    langs = [args.interface_language] if args.interface_language else args.languages.split(",")
    from capacity_app.domain.languages import codes_text, LANGUAGES

    bad = [x for x in langs if x not in LANGUAGES]
    if bad:
        ap.error(f"unknown interface language {bad[0]!r} ({codes_text()})")
    sys.exit(main(args.out_dir, langs, [_size(s) for s in args.sizes.split(",")], args.scale, args.docs))
