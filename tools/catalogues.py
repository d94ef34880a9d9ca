"""The translation catalogues of the languages not written inline (Arabic, Chinese, Russian).

    .venv/bin/python tools/catalogues.py update [LANG ...]     # write / update the skeletons
    .venv/bin/python tools/catalogues.py status [LANG ...]     # counts per file
    .venv/bin/python tools/catalogues.py status --list ar      # ... and every missing or outdated path

Each language has five catalogues (docs/questionnaire-format.md, "Translations"), plus the
window's Qt catalogue resources/i18n/capacity_app_<lang>.ts (tools/translations.py):

    assessments/translations/<lang>.yaml     the questionnaire and the recommendations
    capacity_app/domain/translations/<lang>.py   the scoring engine's sentences (domain/texts.py)
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
import importlib.util
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from capacity_app.catalog import loader, recommendations  # noqa: E402
from capacity_app.catalog.translations import (  # noqa: E402
    Catalogue, Coverage, Entry, coverage, html_sections, read_catalogue, render_catalogue,
)
from capacity_app.domain.languages import CATALOGUED, Review, language  # noqa: E402

GUIDE = 'How to fill it: docs/questionnaire-format.md, "Translations".'

# Languages whose translator is still at work: the tests that no entry is missing skip them (with
# this reason), an outdated entry is only a warning for them, and nothing else. A translator
# removes their language here when ``status LANG`` and ``tools/translations.py status`` show
# nothing missing or outdated.
IN_TRANSLATION: tuple[str, ...] = ()


@dataclass(frozen=True)
class Kind:
    name: str
    what: str                                   # what the file translates, for its header
    path: Callable[[str], Path]                 # the catalogue of a language
    sources: Callable[[], dict[str, Any]]       # path -> English, in order
    group: Callable[[str], str] | None = None   # the part a path belongs to (a comment line)


def _questionnaire_sources() -> dict[str, Any]:
    out: dict[str, Any] = dict(loader.text_sources(ROOT / "assessments" / "questionnaire.yaml"))
    out.update(recommendations.text_sources(ROOT / "assessments" / "recommendations.yaml"))
    return out


def _questionnaire_group() -> Callable[[str], str]:
    q = loader.load_bundled(ROOT / "assessments" / "questionnaire.yaml")
    sections = {s.id: f"{s.id} {s.label['en']}" for s in q.sections}
    item_section = {it.id: sections[it.section_id] for it in q.items()}
    named = {p.code: "Policy questions" for p in q.policy_questions}
    named.update({s.code: "Data sources (the matrix's columns)" for s in q.sources})
    named.update({g.term: "Glossary" for g in q.glossary})
    named.update({"title": "Title", "choice_lists": "Choice lists", "matrix": "Matrix fields",
                  "recommendations": "Recommendations (assessments/recommendations.yaml)"})

    def group(key: str) -> str:
        head = key.split(".", 1)[0]
        return sections.get(head) or item_section.get(head) or named.get(head, "Other")
    return group


def _texts_sources() -> dict[str, Any]:
    from capacity_app.domain.texts import TEXTS

    return {k: v["en"] for k, v in TEXTS.items()}


def _strings_sources() -> dict[str, Any]:
    import yaml

    with open(ROOT / "resources" / "report" / "strings.yaml", encoding="utf-8") as fh:
        return {k: v["en"] for k, v in yaml.safe_load(fh).items()}


def _aggregate_sources() -> dict[str, Any]:
    import yaml

    with open(ROOT / "resources" / "aggregate" / "strings.yaml", encoding="utf-8") as fh:
        return {k: v["en"] for k, v in yaml.safe_load(fh).items()}


def _help_sources() -> dict[str, Any]:
    return html_sections((ROOT / "resources" / "help" / "help.en.html").read_text(encoding="utf-8"))


def _texts_group(key: str) -> str:
    return key.split(".", 1)[0] if "." in key else "words"


KINDS = {
    "questionnaire": Kind("questionnaire", "the questionnaire and the recommendations (assessments/)",
                          lambda lang: ROOT / "assessments" / "translations" / f"{lang}.yaml",
                          _questionnaire_sources),
    "texts": Kind("texts", "the scoring engine's sentences (capacity_app/domain/texts.py)",
                  lambda lang: ROOT / "capacity_app" / "domain" / "translations" / f"{lang}.py",
                  _texts_sources, _texts_group),
    "report": Kind("report", "the report's fixed texts (resources/report/strings.yaml)",
                   lambda lang: ROOT / "resources" / "report" / f"strings.{lang}.yaml", _strings_sources),
    "help": Kind("help", "the help page (resources/help/help.en.html), one entry per section",
                 lambda lang: ROOT / "resources" / "help" / f"help.{lang}.yaml", _help_sources),
    "aggregate": Kind("aggregate", "the cross-country aggregation's fixed texts (resources/aggregate/strings.yaml): "
                      "the consolidated workbook's sheets, columns and codes, the analyst's files, the PDF summary",
                      lambda lang: ROOT / "resources" / "aggregate" / f"strings.{lang}.yaml", _aggregate_sources,
                      lambda key: key.split(".", 1)[0]),
}


# --- the Python catalogue of domain/texts.py -----------------------------------------------------

def read_python(path: Path, lang: str) -> Catalogue:
    cat = Catalogue(lang)
    if not path.exists():
        return cat
    spec = importlib.util.spec_from_file_location(f"_catalogue_{lang}", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    review = getattr(mod, "REVIEW", {})
    cat.review = Review(review.get("reviewed_by", ""), review.get("date", ""))
    for key, entry in mod.TEXTS.items():
        text = (entry.get(lang) or "").strip()
        cat.entries[key] = Entry(entry["en"], text or None)
    return cat


def render_python(lang: str, review: Review, sources: dict[str, Any], existing: Catalogue | None) -> str:
    name = language(lang).english_name
    q = json.dumps
    lines = [f'"""{name} ({lang}): the scoring engine\'s sentences (capacity_app/domain/texts.py).',
             "",
             GUIDE,
             f'Written by tools/catalogues.py update: fill each "{lang}" text; keep "en" as the English it',
             "translates, and every {placeholder} as it is.",
             '"""',
             "from __future__ import annotations",
             "",
             "# both empty: a first translation, to be reviewed by a UN translator",
             f"REVIEW = {{\"reviewed_by\": {q(review.reviewed_by, ensure_ascii=False)}, "
             f"\"date\": {q(review.date)}}}  # date: YYYY-MM-DD",
             "",
             "TEXTS: dict[str, dict[str, str]] = {"]
    current = None
    for key, english in sources.items():
        g = _texts_group(key)
        if g != current:
            lines.append(f"    # --- {g}")
            current = g
        old = existing.entries.get(key) if existing else None
        done = old is not None and old.text is not None
        text = old.text if done else ""
        source = old.source if done else english
        lines.append(f"    {q(key)}: {{")
        if source != english:
            lines.append(f"        # OUTDATED: the English is now {q(english, ensure_ascii=False)}")
        lines.append(f"        \"en\": {q(source, ensure_ascii=False)},")
        lines.append(f"        \"{lang}\": {q(text, ensure_ascii=False)},")
        lines.append("    },")
    lines.append("}")
    return "\n".join(lines) + "\n"


# --- reading, writing, counting ------------------------------------------------------------------

def read(kind: Kind, lang: str) -> Catalogue:
    path = kind.path(lang)
    if kind.name == "texts":
        return read_python(path, lang)
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
    sources = kind.sources()
    if kind.name == "texts":
        text = render_python(lang, existing.review, sources, existing)
    else:
        name = language(lang).english_name
        header = (f"{name} ({lang}): {kind.what}.\n{GUIDE}\nWritten by tools/catalogues.py update: "
                  f"fill each \"{lang}\" text; keep \"en\" as the English it translates.")
        group = _questionnaire_group() if kind.name == "questionnaire" else kind.group
        text = render_catalogue(lang, existing.review, sources.items(), existing, header, group)
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
