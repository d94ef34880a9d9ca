"""The translation catalogues of every language but English (French, Spanish, Arabic, Chinese, Russian, Portuguese).

    .venv/bin/python tools/catalogues.py update [LANG ...]     # write / update the skeletons
    .venv/bin/python tools/catalogues.py status [LANG ...]     # counts per file
    .venv/bin/python tools/catalogues.py status --list ar      # ... and every missing or outdated path
    .venv/bin/python tools/catalogues.py extract-inline         # move texts written inline beside the English

Each language has one catalogue per kind of text (seven) (docs/questionnaire-format.md, "Translations"), plus the
window's catalogue resources/i18n/window.<lang>.yaml, of the same shape, which tools/translations.py
writes from lupdate's extraction (``update``) and turns into Qt's .ts and .qm (``release``);
``status`` counts it with the others:

    assessments/translations/<lang>.yaml     the questionnaire and the recommendations
    resources/sentences/strings.<lang>.yaml  the scoring engine's sentences (domain/texts.py), then the labels
                                             and refusal words of the plan's declared fields, whose
                                             English is their declaration's (domain/plan/fields.py)
    resources/report/strings.<lang>.yaml     the report's fixed texts (resources/report/strings.yaml)
    resources/help/help.<lang>.yaml          the help page, one entry per section (help.en.html)
    resources/aggregate/strings.<lang>.yaml  the cross-country aggregation's fixed texts (workbook, bundle, PDF)
    resources/forms/strings.<lang>.yaml      the institutions' workbooks' fixed texts
    resources/cli/strings.<lang>.yaml        the command line's --help and usage errors, collected from its
                                             command tree (capacity_app/cli/helptext.py) into the English
                                             resources/cli/strings.yaml, which ``update`` writes first

``update`` writes every catalogue from the English sources, in their order, keeping every
translation already made and its review record: a new English text comes in with an empty
translation, a path the English no longer has is dropped, and a translation whose English has
changed since stays, marked ``# OUTDATED`` with the new English above it. ``status`` prints per
file how many entries are translated, missing, outdated and obsolete, and exits 1 while any is
missing or outdated. ``extract-inline`` moves every translation still written inline beside the
English (``{en: …, fr: …}`` in a YAML source, ``"fr": …`` in texts.py, help.<lang>.html) into its
language's catalogue and strips it from the source (tools/inline_texts.py); run it again after
adding texts inline: it moves only those.
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


KINDS: dict[str, Kind] = CATALOGUE_KINDS


def cli_english() -> str:
    """The text of resources/cli/strings.yaml as the commands give it today: the English of the
    command line's --help (capacity_app/cli/helptext.py), which the kind "cli" reads."""
    from capacity_app.cli import main
    from capacity_app.cli.helptext import english_text

    return english_text(main)


def write_cli_english() -> Path | None:
    """resources/cli/strings.yaml written again from the commands; the file when it changed."""
    from capacity_app.catalog.kinds import cli_english_path

    path, text = cli_english_path(), cli_english()
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return None
    path.write_text(text, encoding="utf-8")
    return path


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


def _inline_found() -> tuple[dict[str, dict[str, dict[str, Any]]], dict[Path, tuple[str, int]], int]:
    """(kind -> lang -> key -> text inline, file -> (its text stripped, how many stripped), how many
    the readers found in the YAML and Python sources)."""
    from capacity_app.catalog import loader
    from capacity_app.paths import assessments_dir, resources_dir
    import inline_texts as it

    found: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in KINDS}
    found["questionnaire"] = it.by_language(loader.inline_translations(assessments_dir() / "questionnaire.yaml"))
    for lang, texts in it.recommendations_translations(assessments_dir() / "recommendations.yaml").items():
        found["questionnaire"].setdefault(lang, {}).update(texts)
    import yaml
    for name in ("report", "aggregate", "forms"):
        found[name] = it.yaml_translations(yaml.safe_load(it.read_text(resources_dir() / name / "strings.yaml")))
    texts_py = ROOT / "capacity_app" / "domain" / "texts.py"
    from capacity_app.domain.texts import TEXTS
    found["texts"] = it.by_language(TEXTS)
    stripped: dict[Path, tuple[str, int]] = {}
    for path in [assessments_dir() / "questionnaire.yaml", *sorted((assessments_dir() / "sections").glob("*.yaml")),
                 assessments_dir() / "recommendations.yaml",
                 *(resources_dir() / name / "strings.yaml" for name in ("report", "aggregate", "forms"))]:
        stripped[path] = it.strip_yaml(it.read_text(path))
    stripped[texts_py] = it.strip_python(it.read_text(texts_py))
    read = sum(it.count(v) for name, v in found.items() if name != "help")
    return found, stripped, read


def extract_inline() -> list[Path]:
    """Move every translation written inline into its catalogue, strip it from its source; the
    files rewritten. Nothing is written when the sources and what their readers found disagree."""
    import inline_texts as it
    from capacity_app.catalog.translations import Entry, html_sections, render_catalogue
    from capacity_app.domain.languages import Review
    from capacity_app.domain.languages import INLINE, language
    from capacity_app.paths import resources_dir

    found, stripped, n_read = _inline_found()
    cut = sum(n for _, n in stripped.values())
    if cut != n_read:
        raise SystemExit(f"extract-inline: the sources hold {cut} inline translations but their readers "
                         f"found {n_read}: nothing written (a text in a place the readers do not read?)")
    english_help = html_sections(it.read_text(resources_dir() / "help" / "help.en.html"))
    pages = sorted(p for p in (resources_dir() / "help").glob("help.*.html") if p.name != "help.en.html")
    for page in pages:
        found["help"][page.name.split(".")[1]] = html_sections(it.read_text(page))
    langs = sorted({lang for texts in found.values() for lang in texts})
    if inline := [lang for lang in langs if lang in INLINE]:
        raise SystemExit(f"extract-inline: {', '.join(inline)} is still written inline in "
                         "resources/languages/languages.json: set its \"written\" to \"catalogue\" first")
    catalogues = {}
    for name, texts in found.items():
        for lang, entries in texts.items():
            cat = read(KINDS[name], lang)
            for key, value in entries.items():
                # the text its readers showed: an original language's inline one (French, Spanish;
                # a text added inline since), a translated language's catalogue one when it has it
                if language(lang).original or cat.translation(key) in (None, "", [], {}):
                    cat.entries[key] = Entry(english_help.get(key, "") if name == "help" else "", value)
            catalogues[name, lang] = cat
    for name, lang in catalogues:  # a questionnaire naming a language reads its catalogue: there must be one
        if not KINDS[name].path(lang).exists():
            KINDS[name].path(lang).write_text(render_catalogue(lang, Review(), [], None, lang), encoding="utf-8")
    written = []
    for path, (text, n) in stripped.items():
        if n:
            path.write_text(text, encoding="utf-8")
            written.append(path)
    for (name, lang), cat in catalogues.items():
        kind = KINDS[name]
        sources = kind.sources()
        cat.entries = {k: Entry(sources.get(k, e.source), e.text) if e.source == "" else e
                       for k, e in cat.entries.items()}
        kind.path(lang).write_text(render_catalogue_text(kind, lang, cat), encoding="utf-8")
        written.append(kind.path(lang))
    for page in pages:
        page.unlink()
        written.append(page)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    up = sub.add_parser("update", help="write or update the catalogues from the English sources")
    up.add_argument("langs", nargs="*", metavar="LANG")
    st = sub.add_parser("status", help="translated / missing / outdated / obsolete, per file")
    st.add_argument("langs", nargs="*", metavar="LANG")
    st.add_argument("--list", action="store_true", help="also list the missing and outdated paths")
    sub.add_parser("extract-inline", help="move the translations written inline beside the English into "
                   "their catalogues and strip them from the sources (again: only those added since)")
    args = ap.parse_args(argv)
    if args.command == "extract-inline":
        for path in extract_inline():
            print(path.relative_to(ROOT))
        return 0
    rc = 0
    if args.command == "update" and (english := write_cli_english()) is not None:
        print(english.relative_to(ROOT))
    if args.command == "status" and not cli_stale_ok():
        rc = 1
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
    if args.command == "status":
        rc |= window_status(args.langs, args.list)
    return rc


def cli_stale_ok() -> bool:
    """Whether resources/cli/strings.yaml holds the commands' English of today (said when not)."""
    from capacity_app.catalog.kinds import cli_english_path

    path = cli_english_path()
    if path.exists() and path.read_text(encoding="utf-8") == cli_english():
        return True
    print(f"{path.relative_to(ROOT)}: not the English of the commands today: run tools/catalogues.py update")
    return False


def window_status(langs: list[str] | None, listing: bool) -> int:
    """The window's catalogue of each language counted as the others (tools/translations.py status)."""
    import translations as window_tool

    return window_tool.status(list(langs or CATALOGUED), listing)


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
