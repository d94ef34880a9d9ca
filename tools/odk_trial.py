"""The officer's trial of the ODK / KoboToolbox half, end to end, as docs/odk-kobo.md tells it:
the demo assessment (Veloria), the XLSForms of the ministry of the interior and of labour made from
the command line (in French) and checked as ODK Central would (pyxform, then ODK Validate where Java
is installed); the replies as the platforms export them: the interior's on ODK Central (a .zip of
CSVs), labour's on KoboToolbox (.xlsx), first from an old form, then with a value pasted outside its
list, then right; each imported from the command line (the refusals are one line, nothing stored),
then the window's import of a careless export and the proposals, two institutions side by side.
Writes ``docs/screenshots/odk-*.png`` and prints every command with what it answered.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/odk_trial.py docs/screenshots

The exports are synthetic (no server here): laid out column for column as ODK Central and
KoboToolbox write them (tests/exchange/submissions_export.py).
"""
from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "exchange"))
CLI = [sys.executable, "-m", "capacity_app"]
AID = "1"


def run(db: Path, *args: str, env: dict) -> str:
    """One command, printed with what it answered (stdout and stderr) and its exit code."""
    p = subprocess.run([*CLI, "--db", str(db), *args], capture_output=True, text=True, env=env, cwd=ROOT)
    print("$ capacity-app " + " ".join(a if " " not in a else repr(a) for a in args))
    text = (p.stdout + p.stderr).rstrip()
    if text:
        print(text)
    print(f"(exit {p.returncode})\n")
    return text


def check_forms(forms: list[Path]) -> None:
    """Each form as ODK Central reads it: pyxform's XForm, then ODK Validate (javarosa) with Java."""
    from pyxform.xls2xform import convert

    for f in forms:
        started = time.perf_counter()
        java = shutil.which("java") is not None
        convert(xlsform=str(f), validate=java)
        print(f"{f.name}: pyxform converts it{', ODK Validate accepts it' if java else ''} "
              f"({time.perf_counter() - started:.1f} s)")
    print()


def exports(db: Path, tmp: Path) -> dict[str, Path]:
    """The replies as the platforms export them (the forms are those the officer made)."""
    from openpyxl import load_workbook
    from submissions_export import kobo_xlsx, odk_zip, submission_for

    from capacity_app.services import assessments as svc
    from capacity_app.services.institutions.xlsform import build

    store = svc.open_store(db)
    try:
        q = svc.questionnaire_for(store.assessment(int(AID)))
        interior = build(store, int(AID), institution="interior", lang="fr")
        labour = build(store, int(AID), institution="labour", lang="fr")
        sub_i = submission_for(q, interior, random.Random(11), respondent="K. Mbeki",
                               position="Direction de l'immigration")
        sub_i["s11_unaccompanied"] = "yes"
        sub_l = submission_for(q, labour, random.Random(12), respondent="Fatou Sarr",
                               position="Observatoire de l'emploi")
        sub_l["s1_statistics"]["workers_in"]["available"] = "yes"
    finally:
        store.close()
    out = {}
    (tmp / "odk").mkdir()
    out["interior"] = tmp / "odk" / "capacity-interior-submissions.zip"
    out["interior"].write_bytes(odk_zip(interior, [sub_i])[0])
    out["labour"] = kobo_xlsx(labour, [sub_l], tmp / "odk" / "labour-kobo.xlsx")
    # a careless reply: a Kobo export of the form sent before the questionnaire's update...
    out["labour_old"] = kobo_xlsx(labour, [sub_l], tmp / "odk" / "labour-kobo-old.xlsx")
    wb = load_workbook(out["labour_old"])
    ws = wb.worksheets[0]
    ws.cell(row=2, column=[c.value for c in ws[1]].index("cap_version") + 1).value = "1.1.0"
    wb.save(out["labour_old"])
    # ... and one edited in a spreadsheet after the download: 'Peut-être' pasted into a yes/no
    out["labour_careless"] = kobo_xlsx(labour, [sub_l], tmp / "odk" / "labour-kobo-edited.xlsx")
    wb = load_workbook(out["labour_careless"])
    rep = wb["s1_statistics"]
    col = [c.value for c in rep[1]].index("s1/s1_statistics/s1_statistics_available") + 1
    rep.cell(row=2, column=col).value = "Peut-être"
    wb.save(out["labour_careless"])
    return out


def window_part(db: Path, files: dict[str, Path], tmp: Path, out: Path) -> list[Path]:
    from PySide6.QtCore import QSettings

    from capacity_app.gui.window.app import make_app
    from capacity_app.gui.institutions.dialogs import ProposalsDialog
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
    win.import_workbook(str(files["labour_careless"]))  # the edited export, through the window
    for _ in range(600):  # read in a process of its own
        settle(5)
        if win.flows.error_box is not None and not win.runner.tasks:
            break
        time.sleep(0.1)
    if win.flows.error_box is not None:
        save(win.flows.error_box, "odk-import-refused.png")
        win.flows.error_box.close()
    dlg = ProposalsDialog(win, int(AID))
    dlg.resize(1340, 600)
    dlg.show()
    save(dlg, "odk-proposals.png")
    dlg.select_key("s11_unaccompanied")
    print("window: accept the interior's unaccompanied children (from ODK Central):", bool(dlg.accept_selected()))
    dlg.close()
    win.close()
    store.close()
    return written


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="capacity-odk-trial-"))
    env = {**os.environ, "CAPACITY_APP_DATA": str(tmp / "data"), "CAPACITY_OPERATOR": "Amina Diallo"}
    os.environ["CAPACITY_APP_DATA"] = str(tmp / "data")
    db = tmp / "mission.sqlite3"
    run(db, "demo", "--out", str(tmp / "demo"), env=env)
    forms = []
    for inst in ("interior", "labour"):
        forms.append(tmp / "forms" / f"XVL-2026-{inst}-xlsform.xlsx")
        run(db, "export", AID, "--xlsform", str(forms[-1]), "--institution", inst, "--lang", "fr", env=env)
    forms.append(tmp / "forms" / "XVL-2026-all-xlsform.xlsx")
    run(db, "export", AID, "--xlsform", str(forms[-1]), env=env)
    check_forms(forms)
    files = exports(db, tmp)
    run(db, "import", str(files["interior"]), "--dry-run", env=env)
    run(db, "import", str(files["interior"]), env=env)
    run(db, "import", str(files["labour_old"]), env=env)        # an old form: refused
    run(db, "import", str(files["labour_careless"]), env=env)   # a value outside its list: refused
    run(db, "import", str(files["labour"]), "--institution", "interior", env=env)  # not the interior's
    run(db, "import", str(files["labour"]), env=env)
    run(db, "proposals", AID, "--institution", "labour", env=env)
    written = window_part(db, files, tmp, out)
    run(db, "proposals", AID, "--state", "accepted", env=env)
    print("\n".join(f"wrote {p}" for p in written))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
