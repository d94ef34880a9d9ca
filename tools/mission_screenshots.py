"""Screenshots of the mission week's checked steps, in the window at 1366×768 on a
week's data: the sign-off dialog on its readiness summary (refused, then ready with what stands
open), the reopening dialog that says the validation is withdrawn, the import preview with a
comment conflict kept both, the package offer of the workbook export, an answer's history.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/mission_screenshots.py docs/screenshots

Each picture is ``widget.grab()`` of the dialog as it shows over the window (a window manager
would add only its frame).
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(out: Path) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from capacity_app.gui.window.app import make_app
    from capacity_app.gui.import_preview import ImportPreviewDialog
    from capacity_app.gui.window.main_window import MainWindow
    from capacity_app.services import assessments as svc
    from capacity_app.services.demo import create_demo
    from capacity_app.services.documents import attach_bytes
    from capacity_app.services.exchange import apply_import, diff_import, export_workbook, read_workbook
    from capacity_app.services.team.reviews import set_review

    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="capacity-mission-shots-"))
    os.environ["CAPACITY_APP_DATA"] = str(tmp)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    settings = QSettings(str(tmp / "settings" / "shots.ini"), QSettings.Format.IniFormat)
    settings.setValue("asked/operator", True)
    app = make_app(settings=settings)
    q = svc.questionnaire_for()
    written: list[Path] = []

    def settle(n: int = 30) -> None:
        for _ in range(n):
            app.processEvents()

    def save(widget, name: str) -> None:
        settle()
        path = out / name
        widget.grab().save(str(path))
        written.append(path)

    # day 1: a laptop with an assessment barely started, then the demo's (98 % known)
    store = svc.open_store(tmp / "supervisor.sqlite3", backup_dir=tmp / "backups")
    store.operator = "Supervisor Kamau"
    early = svc.create_assessment(store, q, country="KEN", round=2026)
    svc.record_answer(store, q, early.id, "s2_need_a", 3)
    demo = create_demo(store)
    set_review(store, q, demo.id, "s2_need_b", "disputed", "the ministry of labour gives 2, not 1")
    attach_bytes(store, demo.id, "s2_policy", "Draft migration strategy.pdf", b"%PDF-1.4\n% strategy\n%%EOF\n")
    win = MainWindow(store, q, settings)
    win.resize(1366, 768)
    win.show()
    settle()

    assert win.open_assessment(early.id)
    settle(100)
    win.window_actions.by_name["signoff"].trigger()
    save(win.session.signoff_dialog, "mission-signoff-refused-1366x768.png")
    win.session.signoff_dialog.reject()

    assert win.open_assessment(demo.id)
    settle(100)
    win.window_actions.by_name["signoff"].trigger()
    dlg = win.session.signoff_dialog
    dlg.name.setText("Dr Amina Mensah")
    dlg.position.setText("Director-General")
    save(dlg, "mission-signoff-readiness-1366x768.png")
    dlg.accept()
    settle()
    combo = win.view.status.combo
    combo.setCurrentIndex(combo.findData("in_progress"))
    combo.activated.emit(combo.currentIndex())
    settle()
    reopen = win.view.status.reopen_dialog
    reopen.reason.setPlainText("The ministry of labour sent its 2025 work-permit figures.")
    save(reopen, "mission-reopen-1366x768.png")
    reopen.accept()
    settle()

    # the workbook export with a document attached: the package offered
    win.flows.export_workbook()
    settle()
    save(win.flows.package_offer, "mission-export-package-offer-1366x768.png")
    win.flows.package_offer.reject()

    # an answer's history
    win.session.set_answer("s2_need_a", 2)
    assert win.view.go_to_key("s2_need_a")
    settle(50)
    win.view.open_history()
    w = win.view.page.widgets["s2_need_a"]
    save(w.history_dialog, "mission-answer-history-1366x768.png")
    w.history_dialog.close()

    # two laptops: the officer's workbook has a comment the supervisor also changed
    base = export_workbook(store, demo.id, tmp / "base.xlsx")
    officer = svc.open_store(tmp / "officer.sqlite3", backup_dir=tmp / "officer-backups")
    officer.operator = "Officer Wanjiru"
    mine = apply_import(officer, read_workbook(base, q), q).assessment
    svc.set_comment(officer, q, mine.id, "s2_profile", "Diaspora survey planned for 2027 (ministry of foreign affairs).")
    svc.record_answer(officer, q, mine.id, "s2_need_c", 1)
    book = export_workbook(officer, mine.id, tmp / "officer.xlsx")
    officer.close()
    svc.set_comment(store, q, demo.id, "s2_profile", "Immigration from neighbouring countries doubled since 2019.")
    plan = read_workbook(book, q)
    preview = ImportPreviewDialog(plan.path, plan, diff_import(store, plan, q), q, "en",
                                  store.find_assessment(plan.uid), win)
    preview.resize(1300, 600)
    preview.show()
    preview.keep_both(True)
    save(preview, "mission-import-keep-both-1366x768.png")
    preview.close()
    win.close()
    QApplication.processEvents()
    return written


if __name__ == "__main__":
    for p in main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(p)
