"""The two-year trial, as docs/progress.md tells it: the demo's plan (Veloria) followed
through 2026 and 2027 with two institutions reporting by workbook — the statistics office (NSOV)
and the Ministry of the Interior — their replies filled as a focal point types into the yellow
cells (openpyxl), saved again by LibreOffice Calc, received as proposals and accepted; then the
2027 implementation report rendered in English, French and Arabic and its pages written as PNG
images to look at.

    .venv/bin/python tools/progress_trial.py OUT_FOLDER

The application's clock is the machine's; each step runs "as of" a date (the services' ``today``:
end of 2026, then January 2028), so the 2027 period can be reported whatever the day the trial
runs. Needs LibreOffice (``soffice``) and poppler (``pdftoppm``); prints each step with what the
application answered.
"""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NSO = "NSOV"
INTERIOR = "Ministry of the Interior, Migration Directorate"


def libreoffice(path: Path, out_dir: Path) -> Path:
    """``path`` opened and saved again by LibreOffice Calc (headless) into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{out_dir / '.lo-profile'}", "--headless", "--calc",
                    "--convert-to", "xlsx", "--outdir", str(out_dir), str(path)], check=True, capture_output=True,
                   timeout=240)
    return out_dir / path.name


def fill(sent: Path, out: Path, respondent: tuple[str, str], *, actions=None, money=None, indicators=None) -> Path:
    """The yellow cells typed in (per sheet ``{row key: {offset among the yellow cells: value}}``)."""
    import openpyxl

    wb = openpyxl.load_workbook(sent)
    cells = [c for row in wb.worksheets[0].iter_rows() for c in row if c.protection.locked is False]
    for c, v in zip(cells, respondent, strict=True):
        c.value = v
    sheets = dict(zip(("actions", "money", "indicators"), wb.worksheets[1:4], strict=True))
    first = {"actions": 5, "money": 6, "indicators": 6}
    for code, edits in (("actions", actions), ("money", money), ("indicators", indicators)):
        for key, values in (edits or {}).items():
            row = next(r for r in sheets[code].iter_rows(min_row=2) if r[0].value == key)
            for offset, v in values.items():
                row[first[code] - 1 + offset].value = v
    wb.save(out)
    return out


def step(title: str) -> None:
    print(f"\n== {title}")


def receive(store, aid, path: Path, today: str):
    from capacity_app.services.base import ServiceError
    from capacity_app.services.plan import progress_replies as pr

    try:
        got = pr.receive_progress(store, aid, pr.read_progress_untrusted(path), today=today)
    except Exception as exc:
        if not isinstance(exc, ServiceError) and not getattr(exc, "user_error", False):
            raise
        print(f"receive {path.name}: refused: {exc}")
        return None
    print(f"receive {path.name}: {got.institution} ({got.respondent}) for {got.period}: {len(got.ids)} proposed, "
          f"{got.already} already proposed, {got.same_as_recorded} as recorded, {got.superseded} older left out")
    return got


def year_2026(store, aid, out: Path, ids: dict) -> None:
    from capacity_app.services.plan import progress_replies as pr

    step("End of 2026 (as of 2026-12-20): the 2026 workbooks")
    nso = out / "sent" / "XVL-2026-progress-NSOV.xlsx"
    interior = out / "sent" / "XVL-2026-progress-interior.xlsx"
    for who, path, lang in ((NSO, nso, "fr"), (INTERIOR, interior, "en")):
        form = pr.send_progress_workbook(store, aid, "2026", who, path, lang=lang)
        print(f"send {path.name} ({lang}): {form.institution_label}: {len(form.sheets['actions'])} actions, "
              f"{len(form.sheets['money'])} cost lines, {len(form.sheets['indicators'])} indicators")
    filled = fill(nso, out / "filled" / nso.name, ("Awa Diop", "Cheffe de la division des statistiques sociales"),
                  money={f"{ids[1]}#1": {2: 2465000}},
                  actions={ids[3]: {3: "Les trois postes attendent la loi de finances 2027, votée le 18 décembre."}})
    receive(store, aid, libreoffice(filled, out / "returned"), "2026-12-20")
    filled = fill(interior, out / "filled" / interior.name, ("K. Mbeki", "Director of Immigration"),
                  money={f"{ids[2]}#1": {1: 6000000, 2: 3900000}})
    receive(store, aid, libreoffice(filled, out / "returned"), "2026-12-20")
    print(f"accept --all: {pr.accept_all(store, aid, today='2026-12-20')}")


def year_2027(store, aid, out: Path, ids: dict) -> None:
    from capacity_app.services.plan import progress_replies as pr

    step("January 2028: the 2027 workbooks")
    nso = out / "sent" / "XVL-2027-progress-NSOV.xlsx"
    interior = out / "sent" / "XVL-2027-progress-interior.xlsx"
    for who, path, lang in ((NSO, nso, "fr"), (INTERIOR, interior, "en")):
        form = pr.send_progress_workbook(store, aid, "2027", who, path, lang=lang)
        print(f"send {path.name} ({lang}): {len(form.sheets['actions'])} actions, {len(form.sheets['money'])} cost "
              f"lines, {len(form.sheets['indicators'])} indicators")
    nso_reply = dict(
        actions={ids[3]: {0: "En cours", 1: dt.date(2027, 3, 1), 3: "Chef d'unité et un statisticien recrutés ; "
                                                                     "le troisième poste est ouvert en 2028."},
                 ids[5]: {0: "En cours", 1: dt.date(2027, 4, 15), 3: "Collecte terminée en novembre ; "
                                                                     "publication prévue en mars 2028."},
                 ids[8]: {0: "Achevée", 1: dt.date(2027, 2, 1), 2: dt.date(2027, 6, 30)}},
        money={f"{ids[3]}#1": {0: 28000000, 1: 21000000, 2: 18500000},
               f"{ids[5]}#1": {0: 150000000, 1: 120000000, 2: 104000000},
               f"{ids[5]}#2": {0: 45000000, 1: 45000000, 2: 41500000},
               f"{ids[8]}#1": {0: 1800000, 1: 1800000, 2: 1750000}},
        indicators={"I5": {0: 60, 1: dt.date(2027, 12, 1), 2: "Archive des questionnaires de l'INSV"},
                    "I11": {0: 2, 1: dt.date(2027, 9, 1), 2: "Arrêtés de nomination"},
                    "I13": {0: 1620, 1: dt.date(2027, 11, 30), 2: "Enquête migration 2027, fichier de collecte"}})
    first = fill(nso, out / "filled" / "XVL-2027-progress-NSOV-first.xlsx", ("Awa Diop", "Cheffe de division"),
                 **{**nso_reply, "indicators": {"I5": {0: 55, 1: dt.date(2027, 10, 1), 2: "Estimation"}}})
    receive(store, aid, libreoffice(first, out / "returned"), "2028-01-20")
    second = fill(nso, out / "filled" / nso.name, ("Awa Diop", "Cheffe de division"), **nso_reply)
    receive(store, aid, libreoffice(second, out / "returned"), "2028-01-20")
    careless = fill(interior, out / "filled" / "XVL-2027-progress-interior-first.xlsx", ("K. Mbeki", "Director"),
                    actions={ids[2]: {0: "Done", 2: dt.date(2027, 4, 30)}},
                    money={f"{ids[2]}#2": {0: 15000, 1: 9000, 2: 12000}})
    receive(store, aid, libreoffice(careless, out / "returned"), "2028-01-20")
    fixed = fill(interior, out / "filled" / interior.name, ("K. Mbeki", "Director of Immigration"),
                 actions={ids[2]: {0: "Done", 2: dt.date(2027, 4, 30)},
                          ids[4]: {0: "In progress", 1: dt.date(2027, 5, 2),
                                   3: "The first yearly tables wait for the agreement's data transfer, "
                                      "which began in September."}},
                 money={f"{ids[2]}#2": {0: 15000, 1: 15000, 2: 12000},
                        f"{ids[4]}#1": {0: 48000, 1: 30000, 2: 21000}, f"{ids[4]}#2": {0: 5000, 1: 0, 2: 0}},
                 indicators={"I10": {0: 1, 1: dt.date(2027, 4, 30), 2: "Signed agreement, Official Gazette"},
                             "I12": {0: 2, 1: dt.date(2027, 12, 15), 2: "Migration Directorate releases"},
                             "I3": {0: 1, 1: dt.date(2027, 12, 15), 2: "NSOV release calendar"}})
    receive(store, aid, libreoffice(fixed, out / "returned"), "2028-01-20")
    print(f"accept --all: {pr.accept_all(store, aid, today='2028-01-20')}")


def report(store, aid, out: Path) -> None:
    from capacity_app.domain.plan.progress import NOT_JUDGED
    from capacity_app.services.plan import progress as prog
    from capacity_app.services.reports import progress_report_context, render_report_pdf

    step("The 2027 implementation report (as of 2028-01-20)")
    s = prog.summary(store, aid, "2027", today="2028-01-20")
    print(f"2027: {s.counts}; without a report: {len(s.unreported)}")
    for r in s.rows:
        print(f"  {r.number}. {r.status} {r.standing.overall}{'' if r.entry else ' (no report)'}")
    print("  indicators: " + ", ".join(f"{i.indicator.id} {i.standing or NOT_JUDGED}" for i in s.indicators
                                       if i.value is not None))
    for lang in ("en", "fr", "ar"):
        pdf = out / f"XVL-progress-2027-{lang}.pdf"
        render_report_pdf(progress_report_context(store, aid, "2027", lang, today="2028-01-20"), pdf)
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out / "pages" / f"{lang}")], check=True)
        print(f"wrote {pdf.name} and its pages (pages/{lang}-*.png)")


def main(out: Path) -> None:
    from capacity_app.services.assessments import open_store
    from capacity_app.services.demo import create_demo

    shutil.rmtree(out, ignore_errors=True)
    for sub in ("pages", "sent", "filled", "returned"):
        (out / sub).mkdir(parents=True)
    with open_store(out / "trial.sqlite3", backup_dir=out / "backups") as store:
        aid = create_demo(store).id
        ids = {n: a.id for n, a in enumerate(store.action_plan(aid), 1)}
        year_2026(store, aid, out, ids)
        year_2027(store, aid, out, ids)
        report(store, aid, out)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]).resolve())
