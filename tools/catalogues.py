"""The translation catalogues of the languages not written inline (Arabic, Chinese, Russian).

    .venv/bin/python tools/catalogues.py update [LANG ...]     # write / update the skeletons
    .venv/bin/python tools/catalogues.py status [LANG ...]     # counts per file
    .venv/bin/python tools/catalogues.py status --list ar      # ... and every missing or outdated path

Each language has one catalogue per kind of text (six) (docs/questionnaire-format.md, "Translations"), plus the
window's Qt catalogue resources/i18n/capacity_app_<lang>.ts (tools/translations.py):

    assessments/translations/<lang>.yaml     the questionnaire and the recommendations
    resources/sentences/strings.<lang>.yaml  the scoring engine's sentences (domain/texts.py)
    resources/report/strings.<lang>.yaml     the report's fixed texts (resources/report/strings.yaml)
    resources/help/help.<lang>.yaml          the help page, one entry per section (help.en.html)
    resources/aggregate/strings.<lang>.yaml  the cross-country aggregation's fixed texts (workbook, bundle, PDF)

``update`` writes every catalogue from the English sources, in their order, keeping every
translation already made and its review record: a new English text comes in with an empty
translation, a path the English no longer has is dropped, and a translation whose English has
changed since stays, marked ``# OUTDATED`` with the new English above it. ``status`` prints per
file how many entries are translated, missing, outdated and obsolete, and exits 1 while any is
missing or outdated.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from capacity_app.catalog.kinds import GUIDE, render_catalogue_text  # noqa: E402, F401
from capacity_app.catalog.kinds import KINDS as CATALOGUE_KINDS  # noqa: E402
from capacity_app.catalog.kinds import Kind  # noqa: E402
from capacity_app.catalog.translations import (  # noqa: E402
    Catalogue, Coverage, coverage, read_catalogue,
)
from capacity_app.domain.languages import CATALOGUED  # noqa: E402

# Languages whose translator is still at work: the tests that no entry is missing skip them (with
# this reason), an outdated entry is only a warning for them, and nothing else. A translator
# removes their language here when ``status LANG`` and ``tools/translations.py status`` show
# nothing missing or outdated.
IN_TRANSLATION: tuple[str, ...] = ()


KINDS = CATALOGUE_KINDS


# --- reading, writing, counting ------------------------------------------------------------------

def read(kind: Kind, lang: str) -> Catalogue:
    path = kind.path(lang)
    if not path.exists():
        return Catalogue(lang)
    errors: list = []
    cat = read_catalogue(path, lang, errors)
    if errors:
        raise SystemExit("\n".join(str(e) for e in errors))
    return cat


def write(kind: Kind, lang: str) -> Path:
    path = kind.path(lang)
    existing = read(kind, lang)
    text = render_catalogue_text(kind, lang, existing)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def report(kind: Kind, lang: str) -> Coverage:
    return coverage(read(kind, lang), kind.sources())


def every(langs: list[str] | None) -> Iterator[tuple[Kind, str]]:
    for lang in langs or CATALOGUED:
        if lang not in CATALOGUED:
            raise SystemExit(f"{lang}: not a catalogued language ({', '.join(CATALOGUED)})")
        for kind in KINDS.values():
            yield kind, lang


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    up = sub.add_parser("update", help="write or update the catalogues from the English sources")
    up.add_argument("langs", nargs="*", metavar="LANG")
    st = sub.add_parser("status", help="translated / missing / outdated / obsolete, per file")
    st.add_argument("langs", nargs="*", metavar="LANG")
    st.add_argument("--list", action="store_true", help="also list the missing and outdated paths")
    args = ap.parse_args(argv)
    rc = 0
    for kind, lang in every(args.langs):
        if args.command == "update":
            print(write(kind, lang).relative_to(ROOT))
            continue
        c = report(kind, lang)
        print(f"{kind.path(lang).relative_to(ROOT)}: {c.translated}/{c.total} translated, "
              f"{len(c.missing)} missing, {len(c.outdated)} outdated, {len(c.obsolete)} obsolete")
        if args.list:
            for key in c.missing:
                print(f"  missing   {key}")
            for key in c.outdated:
                print(f"  outdated  {key}")
        rc |= bool(c.missing or c.outdated)
    return rc


def placeholders(text: Any) -> list[str]:
    """The str.format names a translation must keep, sorted: those of a text, of every text of a
    list, or of the "other" form of plural forms (the others may spell the count out: "one")."""
    if isinstance(text, dict):
        return placeholders(text.get("other", ""))
    texts = text if isinstance(text, list) else [text]
    flat: list[str] = []
    for t in texts:
        if isinstance(t, list):
            flat.extend(placeholders(t))
        elif isinstance(t, str):
            flat.extend(re.findall(r"\{(\w*)\}", t))
    return sorted(flat)


if __name__ == "__main__":
    sys.exit(main())
