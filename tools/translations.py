"""Interface translations of the window, one resources/i18n/capacity_app_<lang>.ts per language besides
English (the languages of resources/languages/languages.json), with Qt's Linguist tools from PySide6-Essentials.

    .venv/bin/python tools/translations.py update    # source strings -> resources/i18n/*.ts
    .venv/bin/python tools/translations.py release   # resources/i18n/*.ts -> resources/i18n/*.qm
    .venv/bin/python tools/translations.py status    # unfinished translations, per file

``update`` runs lupdate over every .py under capacity_app/gui/: new strings are added to every
resources/i18n/capacity_app_<lang>.ts as unfinished, existing translations are kept (a string whose
English text changed keeps its old translation as a suggestion, still marked unfinished), and
strings gone from the code are dropped. Translate the unfinished entries with Qt Linguist
(``.venv/bin/pyside6-linguist resources/i18n/capacity_app_fr.ts``) or in any text editor (remove
``type="unfinished"`` from a translated entry; ``%n`` strings have one <numerusform> per plural
form), then run ``release`` and commit the .ts and .qm files together: tests/gui/test_i18n.py
fails while a string has no translation or a .qm is older than its .ts.

What lupdate sees: literal strings in ``self.tr("...")`` (context: the class the call is written
in), ``QCoreApplication.translate("Context", "...")`` and ``QT_TRANSLATE_NOOP("Context", "...")``.
It does not read f-strings or variables: translate first, then format (``self.tr("Saved %s") % t``).

A new language: list it in resources/languages/languages.json (docs/languages.md), create an empty
resources/i18n/capacity_app_<code>.ts (``update --add <code>``), then update, translate, release.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SOURCES = sorted((ROOT / "capacity_app" / "gui").rglob("*.py"))


def qt_tool(name: str) -> str:
    """The path of Qt's ``lupdate`` / ``lrelease`` shipped inside the PySide6 package."""
    import PySide6

    exe = Path(PySide6.__file__).resolve().parent / (name + (".exe" if os.name == "nt" else ""))
    if exe.exists():
        return str(exe)
    import shutil

    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def ts_files() -> list[Path]:
    return sorted(I18N.glob("capacity_app_*.ts"))


def update(add: list[str] | None = None) -> int:
    targets = ts_files() + [I18N / f"capacity_app_{code}.ts" for code in (add or [])]
    if not targets:
        raise SystemExit(f"no .ts file in {I18N}")
    I18N.mkdir(parents=True, exist_ok=True)
    cmd = [qt_tool("lupdate"), "-no-obsolete", "-locations", "absolute", "-source-language", "en",
           *map(str, SOURCES), "-ts", *map(str, dict.fromkeys(targets))]
    return subprocess.run(cmd, cwd=ROOT).returncode


def release(ts: Path, qm: Path | None = None) -> int:
    """Compile ``ts`` to ``qm`` (default: the same name with .qm, next to it)."""
    qm = qm or ts.with_suffix(".qm")
    return subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)]).returncode


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of the entries of ``ts`` without a finished translation."""
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                continue
            texts = [f.text for f in tr.iter("numerusform")] if msg.get("numerus") == "yes" else [tr.text]
            if tr.get("type") == "unfinished" or not all(t and t.strip() for t in texts):
                out.append((name, msg.findtext("source") or ""))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    up = sub.add_parser("update", help="extract the source strings into resources/i18n/*.ts")
    up.add_argument("--add", action="append", metavar="LANG", help="also create capacity_app_LANG.ts")
    sub.add_parser("release", help="compile resources/i18n/*.ts into .qm files")
    sub.add_parser("status", help="list unfinished translations")
    args = ap.parse_args(argv)
    if args.command == "update":
        return update(args.add)
    if args.command == "release":
        rc = 0
        for ts in ts_files():
            rc |= release(ts)
            print(ts.with_suffix(".qm").relative_to(ROOT))
        return rc
    rc = 0
    for ts in ts_files():
        missing = unfinished(ts)
        print(f"{ts.relative_to(ROOT)}: {len(missing)} unfinished")
        for ctx, src in missing:
            print(f"  [{ctx}] {src!r}")
        rc |= bool(missing)
    return rc


if __name__ == "__main__":
    sys.exit(main())
