"""The fixed texts of the cross-country aggregation in every output language
(``resources/aggregate/strings.yaml``): sheet names, column headers and their descriptions, code
labels, reasons, the About sheet and the PDF summary. The workbook, the CSV / Stata / SPSS bundle,
the PDF and the window read them here. English is inline in ``strings.yaml``;
every other language in one catalogue each, ``strings.<lang>.yaml`` (tools/catalogues.py,
docs/questionnaire-format.md "Translations"). A key missing in a language falls back to English;
a key missing altogether is a programming error (KeyError), never a blank cell."""
from __future__ import annotations

import functools
from collections.abc import Mapping

from ..domain.placeholders import fill
from ..paths import resources_dir

FILE = "strings.yaml"


def catalogue_path(lang: str):
    """The catalogue of a catalogued language (ar, zh, ru): ``strings.<lang>.yaml``."""
    return resources_dir() / "aggregate" / f"strings.{lang}.yaml"


@functools.lru_cache(maxsize=1)
def _english() -> Mapping[str, str | Mapping[str, str]]:
    """The English source: every key (an English-only run reads no other language)."""
    from .yamlfile import read_plain

    # every command line process reads this file (exchange.format): its compiled tree, if any
    data = read_plain(resources_dir() / "aggregate" / FILE)
    # a text, or its plural forms by CLDR category ({one: …, other: …}: a count's sentence)
    return {str(k): ({str(c): str(f) for c, f in v.items()} if isinstance(v, dict) else str(v))
            for k, entry in data.items() for v in (entry["en"],)}


@functools.cache
def _language(lang: str) -> Mapping[str, str | Mapping[str, str]]:
    """One catalogued language's texts, read the first time that language is asked for (a broken
    catalogue: ValueError naming the file and entry)."""
    from ..domain.languages import CATALOGUED
    from .translations import LoadError, read_catalogue

    if lang not in CATALOGUED:
        return {}
    english, errors = _english(), list[LoadError]()
    out = {key: entry.text for key, entry in read_catalogue(catalogue_path(lang), lang, errors).entries.items()
           if key in english and isinstance(entry.text, (str, dict))}
    if errors:
        raise ValueError("\n".join(str(e) for e in errors))
    return out


def strings() -> Mapping[str, Mapping[str, str | Mapping[str, str]]]:
    """Every key with its text in each language that has one (English always)."""
    from ..domain.languages import CATALOGUED

    out: dict[str, dict[str, str | Mapping[str, str]]] = {k: {"en": v} for k, v in _english().items()}
    for lang in CATALOGUED:
        for key, t in _language(lang).items():
            out[key][lang] = t
    return out


def clear() -> None:
    """Forget what was read (a catalogue dropped in or changed while the process runs)."""
    _english.cache_clear()
    _language.cache_clear()


def english(key: str) -> str | Mapping[str, str]:
    """The English of ``key`` as written, its placeholders unfilled (no other language read)."""
    return _english()[key]


def has(key: str) -> bool:
    return key in _english()


def text(key: str, lang: str = "en", /, **values: object) -> str:
    """The text of ``key`` in ``lang`` (English when that language has none yet), formatted with
    ``values``."""
    english = _english()[key]
    out = (_language(lang).get(key) if lang != "en" else None) or english
    if isinstance(out, Mapping):  # plural forms: the one the count ``n`` takes in this language
        out = out.get(plural_category(values.get("n"), lang)) or out["other"]
    return fill(out, **values) if values else out


def plural_category(n: object, lang: str) -> str:
    """The CLDR plural category of the count ``n`` in ``lang`` ("one", "few", ... "other"; "other"
    when ``n`` is no count, as in the codebook's placeholders). The rule is Babel's, as the report's
    (``reports.format.plural``)."""
    try:
        count = int(str(n))
    except ValueError:
        return "other"
    from babel import Locale

    from ..domain.languages import language

    return Locale.parse(language(lang).babel).plural_form(count)


def label(kind: str, code: str, lang: str = "en") -> str:
    """The label of a code of a kind (``file_status``, ``reason``, ...); the code itself when the
    catalogue has no entry for it."""
    key = f"{kind}.{code}"
    return text(key, lang) if key in _english() else code


def codes(kind: str) -> list[str]:
    """Every code of a kind, in the catalogue's order."""
    prefix = kind + "."
    return [k[len(prefix):] for k in _english() if k.startswith(prefix)]
