"""Smoke test of a built application (.github/workflows/release.yml runs it on each system's
artefact: the unpacked Linux bundle, the installed Windows program, the .app from the mounted DMG).

    python packaging/smoke_test.py [--gui COMMAND] -- COMMAND...

COMMAND is the application's command line (``dist/capacity-app/capacity-app``, ``...\\capacity-app.exe``,
``".../Capacity App.app/Contents/MacOS/capacity-app"``, or ``python -m capacity_app``). It writes,
in a fresh data folder whose name is not ASCII, the demo assessment's report PDF and workbook
(``demo --out``), its Word report (``report 1 --docx``), checks each file's kind and size, then opens
the window offscreen and closes it (``gui --exit-after-show``; with ``--gui``, through that second
executable too: Windows' capacity-app-gui.exe). Exit status 0 when all held. Standard library only:
it runs with the runner's Python, outside the application."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

TIMEOUT = 600


def run(command: list[str], env: dict[str, str], *args: str) -> str:
    result = subprocess.run([*command, *args], env=env, capture_output=True, text=True,
                            encoding="utf-8", errors="replace", timeout=TIMEOUT)
    print(f"$ {' '.join([*command, *args])}  -> {result.returncode}")
    if result.returncode != 0:
        raise SystemExit(f"smoke test: failed ({result.returncode}):\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result.stdout


def check_pdf(path: Path) -> None:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:] or len(data) < 50_000:
        raise SystemExit(f"smoke test: {path} is not a whole report PDF ({len(data)} bytes)")


def check_zip(path: Path, member: str) -> None:
    with zipfile.ZipFile(path) as archive:
        if member not in archive.namelist() or archive.testzip() is not None:
            raise SystemExit(f"smoke test: {path} lacks {member} or is damaged")


def environment(root: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(CAPACITY_APP_DATA=str(root / "données"), QT_QPA_PLATFORM="offscreen", PYTHONUTF8="1")
    env.pop("CAPACITY_APP_CONFIG", None)
    return env


def smoke(command: list[str], gui: list[str] | None, root: Path) -> list[Path]:
    env = environment(root)
    out = root / "sortie Zoë 数据"
    db = str(root / "démo.sqlite3")
    version = run(command, env, "--version").strip()
    print(f"version: {version}")
    written = [Path(line[len("wrote "):].strip()) for line in run(command, env, "--db", db, "demo", "--out",
                                                                  str(out)).splitlines() if line.startswith("wrote ")]
    pdfs = [p for p in written if p.suffix == ".pdf"]
    workbooks = [p for p in written if p.suffix == ".xlsx"]
    if not pdfs or not workbooks:
        raise SystemExit(f"smoke test: the demo wrote no report or no workbook: {written}")
    for pdf in pdfs:
        check_pdf(pdf)
    for workbook in workbooks:
        check_zip(workbook, "xl/workbook.xml")
    docx = out / "rapport.docx"
    run(command, env, "--db", db, "report", "1", "--docx", str(docx))
    check_zip(docx, "word/document.xml")
    run(command, env, "--db", db, "gui", "--exit-after-show")
    if gui:
        run(gui, env, "--db", db, "gui", "--exit-after-show")
    return [*pdfs, *workbooks, docx]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gui", help="a second, windowed executable to open the window with")
    parser.add_argument("command", nargs="+")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="capacity-smoke-") as tmp:
        checked = smoke(args.command, [args.gui] if args.gui else None, Path(tmp))
        for path in checked:
            print(f"ok  {path.name}  {path.stat().st_size} bytes")
    print("smoke test: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
