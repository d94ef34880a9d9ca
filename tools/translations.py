"""The window's translations: one catalogue per language besides English (the languages of
resources/languages/languages.json), resources/i18n/window.<lang>.yaml, the shape of every other
catalogue (docs/languages.md), from which Qt's Linguist files are generated, with the Linguist
tools of PySide6-Essentials.

    .venv/bin/python tools/translations.py update    # the gui's tr() texts -> resources/i18n/window.*.yaml
    .venv/bin/python tools/translations.py release   # window.*.yaml -> capacity_app_*.ts -> capacity_app_*.qm
    .venv/bin/python tools/translations.py status    # translated / missing / outdated, per language

``update`` runs lupdate over every .py under capacity_app/gui/ into a temporary .ts (seeded from
the catalogue, so the order stays) and merges it into each catalogue: a new text comes in with an
empty translation ("" or, for a %n text, one "" per Qt plural form), a text gone from the code is
dropped, and a text whose English changed keeps the translation of the most alike text gone from
its context, marked ``# OUTDATED`` with the English it was translated from. Fill the empty texts
and review the outdated ones in the catalogue (or through the translator's file, ``capacity-app
translations export/import``), then run ``release`` and commit the catalogue, the .ts and the .qm
together: the .ts is a generated file (its header says so; tests/gui/test_i18n.py fails when it
is not what the catalogue gives, when a text has no translation, or when a .qm is older than
its catalogue).

What lupdate sees: literal strings in ``self.tr("...")`` (context: the class the call is written
in), ``QCoreApplication.translate("Context", "...")`` and ``QT_TRANSLATE_NOOP("Context", "...")``.
It does not read f-strings or variables: translate first, then format (``self.tr("Saved %s") % t``).

A new language: list it in resources/languages/languages.json (docs/languages.md), then
``update --add <code>`` (its empty catalogue), translate, release. ``convert`` was the one-off that
wrote the catalogues from the .ts files Qt Linguist kept before (every message, translation,
plural form and comment; the .qm compiled from the generated .ts is byte-identical).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from capacity_app.catalog import window  # noqa: E402
from capacity_app.domain.languages import CATALOGUED, Review  # noqa: E402

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


def languages(add: list[str] | None = None) -> list[str]:
    """The languages with a window catalogue (and those ``add`` names)."""
    have = [lang for lang in CATALOGUED if window.catalogue_path(lang).exists()]
    return have + [lang for lang in add or [] if lang not in have]


def read(lang: str) -> tuple[Review, list[window.Message]]:
    errors: list = []
    got = window.read(window.catalogue_path(lang), lang, errors)
    if errors:
        raise SystemExit("\n".join(str(e) for e in errors))
    return got


def write_ts(lang: str, messages: list[window.Message], ts: Path | None = None) -> Path:
    """The generated .ts of ``lang`` (default: resources/i18n/capacity_app_<lang>.ts)."""
    ts = ts or window.ts_path(lang)
    ts.write_text(window.generated_ts(lang, messages), encoding="utf-8")
    return ts


def absorb(lang: str, messages: list[window.Message]) -> list[window.Message]:
    """The catalogue's messages with the translations typed into its .ts since it was generated
    (in Qt Linguist or an editor, the .ts written after the catalogue: a finished translation, no
    ``type="unfinished"``), so that the catalogue stays their one home; each taken is told on one line."""
    ts, catalogue = window.ts_path(lang), window.catalogue_path(lang)
    if not ts.exists() or not messages or ts.stat().st_mtime <= catalogue.stat().st_mtime:
        return messages   # the catalogue written last: its text is the one
    data = ts.read_bytes()
    if data == window.generated_ts(lang, messages).encode("utf-8"):
        return messages
    finished = window.ts_finished(data)
    typed = {m.key: m for m in window.parse_ts(data) if m.filled and finished.get(m.key)}
    out = []
    for m in messages:
        t = typed.get(m.key)
        if t is not None and t.numerus == m.numerus and (t.text != m.text or m.earlier is not None):
            print(f"{ts.relative_to(ROOT)}: [{m.context}] {m.source!r} taken into {window.catalogue_path(lang).name}")
            m = window.Message(m.context, m.source, m.comment, m.note, m.numerus, t.text, None)
        out.append(m)
    return out


def extract(langs: list[str], seeds: dict[str, list[window.Message]]) -> dict[str, list[window.Message]]:
    """lupdate's messages of every language, each in a temporary .ts seeded from ``seeds``."""
    with tempfile.TemporaryDirectory(prefix="capacity-lupdate-") as tmp:
        targets = {lang: Path(tmp) / f"capacity_app_{lang}.ts" for lang in langs}
        for lang, ts in targets.items():
            ts.write_text(window.ts_text(lang, seeds.get(lang, [])), encoding="utf-8")
        cmd = [qt_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", "-source-language", "en",
               *map(str, SOURCES), "-ts", *map(str, targets.values())]
        done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(f"lupdate failed: {done.stderr.strip() or done.stdout.strip()}")
        return {lang: window.parse_ts(ts.read_bytes()) for lang, ts in targets.items()}


def update(add: list[str] | None = None) -> int:
    langs = languages(add)
    if not langs:
        raise SystemExit(f"no window catalogue in {I18N}")
    old = {}
    for lang in langs:
        review, msgs = read(lang)
        old[lang] = (review, absorb(lang, msgs))
    fresh = extract(langs, {lang: msgs for lang, (_, msgs) in old.items()})
    for lang in langs:
        review, msgs = old[lang]
        merged = window.merge(msgs, fresh[lang])
        window.catalogue_path(lang).write_text(window.render(lang, review, merged), encoding="utf-8")
        write_ts(lang, merged)
        print(window.catalogue_path(lang).relative_to(ROOT))
    return 0


def release(lang: str, qm: Path | None = None, ts: Path | None = None) -> int:
    """Generate the .ts of ``lang`` from its catalogue (into ``ts``, default resources/i18n) and
    compile it to ``qm`` (default: next to the .ts)."""
    review, messages = read(lang)
    taken = absorb(lang, messages)
    if taken != messages:
        window.catalogue_path(lang).write_text(window.render(lang, review, taken), encoding="utf-8")
    ts = write_ts(lang, taken, ts)
    qm = qm or ts.with_suffix(".qm")
    return subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)]).returncode


def convert(langs: list[str]) -> int:
    """The one-off: each catalogue written from the .ts Qt Linguist kept (not a generated one)."""
    for lang in langs:
        data = window.ts_path(lang).read_bytes()
        if b"Generated from" in data[:300]:
            raise SystemExit(f"{window.ts_path(lang).name}: generated from its catalogue already")
        window.catalogue_path(lang).write_text(window.render(lang, Review(), window.parse_ts(data)), encoding="utf-8")
        print(window.catalogue_path(lang).relative_to(ROOT))
    return 0


def status(langs: list[str], listing: bool = True) -> int:
    rc = 0
    for lang in langs:
        total, missing, outdated = window.coverage(read(lang)[1])
        print(f"{window.catalogue_path(lang).relative_to(ROOT)}: {total - len(missing)}/{total} translated, "
              f"{len(missing)} missing, {len(outdated)} outdated")
        for what, msgs in (("missing", missing), ("outdated", outdated)) if listing else ():
            for m in msgs:
                print(f"  {what:9} [{m.context}] {m.source!r}")
        rc |= bool(missing or outdated)
    return rc


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    up = sub.add_parser("update", help="extract the gui's texts into resources/i18n/window.*.yaml")
    up.add_argument("--add", action="append", metavar="LANG", help="also create window.LANG.yaml")
    sub.add_parser("release", help="generate resources/i18n/*.ts from the catalogues and compile the .qm files")
    sub.add_parser("status", help="translated, missing and outdated texts, per language")
    cv = sub.add_parser("convert", help="the one-off: the catalogues written from Qt Linguist's .ts files")
    cv.add_argument("langs", nargs="+", metavar="LANG")
    args = ap.parse_args(argv)
    if args.command == "update":
        return update(args.add)
    if args.command == "convert":
        return convert(args.langs)
    if args.command == "release":
        rc = 0
        for lang in languages():
            rc |= release(lang)
            print(window.ts_path(lang).with_suffix(".qm").relative_to(ROOT))
        return rc
    return status(languages())


if __name__ == "__main__":
    sys.exit(main())
