"""The officer's trial, end to end, as docs/institutions.md tells it: the demo assessment
(Veloria, in French), three institutions sent their workbooks from the command line, two replies
filled and saved by LibreOffice Calc (the statistics office carefully; the ministry of the interior
carelessly first, then again), imported, then decided in the window. Writes the screenshots
``docs/screenshots/institutions-*.png`` and prints every command with what it answered.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/institution_trial.py docs/screenshots

Needs LibreOffice (``soffice``) and poppler (``pdftoppm``). A reply is filled with openpyxl (as a
respondent types into the yellow cells) and then opened and saved again by LibreOffice Calc
(``soffice --headless --convert-to xlsx``): the file imported is the one LibreOffice wrote.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CLI = [sys.executable, "-m", "capacity_app"]
AID = "1"


def run(db: Path, *args: str, env: dict) -> str:
    """One command, printed with what it answered (stdout and stderr) and its exit code."""
    p = subprocess.run([*CLI, "--db", str(db), *args], capture_output=True, text=True, env=env, cwd=ROOT)
    shown = " ".join(a if " " not in a else repr(a) for a in args)
    print(f"$ capacity-app {shown}")
    text = (p.stdout + p.stderr).rstrip()
    if text:
        print(text)
    print(f"(exit {p.returncode})\n")
    return text


def libreoffice(path: Path, out_dir: Path, fmt: str = "xlsx") -> Path:
    """``path`` opened and saved again by LibreOffice Calc (headless) into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = out_dir / ".lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--calc", "--convert-to",
                    fmt, "--outdir", str(out_dir), str(path)], check=True, capture_output=True, timeout=180)
    return out_dir / f"{path.stem}.{fmt}"


def fill(sent: Path, out: Path, respondent: tuple[str, str], answers: dict) -> Path:
    """The respondent's cells and answers (key -> (answer, don't know, comment); None leaves a cell)."""
    import openpyxl

    from capacity_app.exchange.institutions.form import COL_ANSWER, COL_COMMENT, COL_DONT_KNOW

    wb = openpyxl.load_workbook(sent)
    cover, questions = wb.worksheets[0], wb.worksheets[1]
    cells = {r[0].value: r for r in questions.iter_rows(min_row=2) if r[0].value}
    for row in cover.iter_rows():
        label = str(row[0].value or "")
        if label.startswith(("Votre nom", "Your name")):
            row[1].value = respondent[0]
        elif label.startswith(("Votre fonction", "Your position")):
            row[1].value = respondent[1]
    for key, (answer, dont_know, comment) in answers.items():
        row = cells[key]
        if answer is not None:
            row[COL_ANSWER - 1].value = answer
        if dont_know is not None:
            row[COL_DONT_KNOW - 1].value = dont_know
        if comment is not None:
            row[COL_COMMENT - 1].value = comment
    wb.save(out)
    return out


def command_line_part(tmp: Path, db: Path, env: dict) -> dict[str, Path]:
    forms = tmp / "sent"
    run(db, "demo", "--out", str(tmp / "demo"), env=env)
    run(db, "institutions", AID, "--lang", "fr", env=env)
    for inst in ("nso", "interior", "labour"):
        run(db, "institutions", AID, "--institution", inst, "--deadline", "2026-12-04", "--contact",
            "Amina Diallo, UNSD mission, amina.diallo@un.example, +1 212 555 0101", env=env)
        run(db, "export", AID, "--institution", inst, "--xlsx", str(forms / f"XVL-2026-{inst}.xlsx"), "--lang", "fr",
            env=env)
    typed = tmp / "typed"
    typed.mkdir()
    returned = tmp / "returned"
    nso = fill(forms / "XVL-2026-nso.xlsx", typed / "XVL-2026-nso.xlsx",
               ("Jean-Baptiste Ndiaye", "Chef de la division de la démographie, jb.ndiaye@stat.vl"),
               {"s1_statistics.imm_flow.year": (2024, None, "Estimation définitive publiée en mars 2026"),
                "s1_statistics.emi_flow.available": ("Oui", None, "Enquête sur la population active, module migration"),
                "s6a_next_census_year": (2030, None, None),
                "s11_modules": (None, "Ne sait pas", None)})
    careless = fill(forms / "XVL-2026-interior.xlsx", typed / "XVL-2026-interior.xlsx",
                    ("K. Mbeki", "Direction de l'immigration"),
                    {"s1_statistics.imm_flow.year": (2023, None, None),
                     "s6c_registers.pop.exists": ("Peut-être", None, "en projet")})  # pasted: bypasses the list
    files = {"nso": libreoffice(nso, returned), "interior_careless": libreoffice(careless, returned / "first")}
    run(db, "import", str(files["nso"]), "--institution", "interior", env=env)  # the wrong institution's file
    run(db, "import", str(files["nso"]), env=env)
    run(db, "import", str(files["interior_careless"]), env=env)  # refused, nothing stored
    again = fill(forms / "XVL-2026-interior.xlsx", typed / "XVL-2026-interior-2.xlsx",
                 ("K. Mbeki", "Direction de l'immigration, k.mbeki@interieur.vl"),
                 {"s1_statistics.imm_flow.year": (2023, None, "Registre des entrées, année civile 2023"),
                  "s6c_registers.pop.exists": ("Non", None, "Un registre est en projet (loi de 2025)"),
                  "s11_unaccompanied": ("Oui", None, None)})
    files["interior"] = libreoffice(again, returned)
    run(db, "import", str(files["interior"]), env=env)
    run(db, "proposals", AID, "--lang", "fr", env=env)
    files["sent_interior"] = forms / "XVL-2026-interior.xlsx"
    return files


def workbook_pictures(files: dict[str, Path], tmp: Path, out: Path) -> list[Path]:
    """The returned interior workbook as LibreOffice prints it: its cover and first questions."""
    pdf = libreoffice(files["interior"], tmp / "pdf", "pdf")
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "2", str(pdf), str(tmp / "pdf" / "page")],
                   check=True)
    written = []
    for n, name in ((1, "institutions-workbook-cover-fr.png"), (2, "institutions-workbook-questions-fr.png")):
        page = sorted((tmp / "pdf").glob(f"page-*{n}.png"))[0]
        shutil.copy(page, out / name)
        written.append(out / name)
    return written


def window_part(db: Path, files: dict[str, Path], tmp: Path, out: Path) -> list[Path]:
    from PySide6.QtCore import QSettings

    from capacity_app.gui.window.app import make_app
    from capacity_app.gui.institutions.dialogs import ProposalsDialog, SendDialog
    from capacity_app.gui.window.main_window import MainWindow
    from capacity_app.services import assessments as svc

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    settings = QSettings(str(tmp / "settings" / "shots.ini"), QSettings.Format.IniFormat)
    settings.setValue("asked/operator", True)
    app = make_app(settings=settings)
    store = svc.open_store(db)
    store.operator = "Amina Diallo"
    win = MainWindow(store, svc.questionnaire_for(), settings)
    win.resize(1366, 768)
    win.show()
    written: list[Path] = []

    def settle(n: int = 40) -> None:
        for _ in range(n):
            app.processEvents()

    def save(widget, name: str) -> None:
        settle()
        widget.grab().save(str(out / name))
        written.append(out / name)

    assert win.open_assessment(int(AID))
    settle(100)
    send = SendDialog(win, int(AID))
    send.folder.setText(str(tmp / "sent"))
    send.show()
    save(send, "institutions-send-dialog.png")
    send.close()
    win.import_workbook(str(files["interior_careless"]))  # the careless reply, through the window
    import time

    for _ in range(600):  # the file is read in a process of its own: up to a minute
        settle(5)
        if win.flows.error_box is not None and not win.runner.tasks:
            break
        time.sleep(0.1)
    if win.flows.error_box is not None:
        save(win.flows.error_box, "institutions-import-refused.png")
        win.flows.error_box.close()
    win.view.go_to_key("s6a_next_census_year")  # a question with a proposal waiting
    settle(60)
    save(win, "institutions-question-proposed.png")
    dlg = ProposalsDialog(win, int(AID))
    dlg.resize(1340, 600)
    dlg.show()
    save(dlg, "institutions-proposals-conflict.png")
    interior = next(p for p in dlg.proposals if p.key == "s1_statistics.imm_flow.year" and p.institution == "interior")
    dlg.table.clearSelection()
    dlg.table.selectRow(dlg.proposals.index(interior))
    print("window: reject the interior's year of immigration flows:", bool(dlg.reject_selected()))
    dlg.select_key("s6c_registers.pop.exists")
    print("window: accept the interior's population register:", bool(dlg.accept_selected()))
    dlg.institution.setCurrentIndex(dlg.institution.findData("nso"))
    print("window: accept all of the statistics office's:", bool(dlg.accept_all()))
    dlg.institution.setCurrentIndex(0)
    dlg.show_decided.setChecked(True)
    save(dlg, "institutions-proposals-decided.png")
    dlg.close()
    win.close()
    store.close()
    return written


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="capacity-institutions-trial-"))
    env = {**os.environ, "CAPACITY_APP_DATA": str(tmp / "data"), "CAPACITY_OPERATOR": "Amina Diallo"}
    os.environ["CAPACITY_APP_DATA"] = str(tmp / "data")
    db = tmp / "mission.sqlite3"
    files = command_line_part(tmp, db, env)
    written = workbook_pictures(files, tmp, out)
    written += window_part(db, files, tmp, out)
    run(db, "proposals", AID, "--state", "accepted", env=env)
    print("\n".join(f"wrote {p}" for p in written))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
