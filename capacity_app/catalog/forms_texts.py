"""The fixed texts of the institutions' workbooks in every output language
(``resources/forms/strings.yaml``): the question form's (``form.*``: its cover, column headings,
what an answer cell accepts, the refusals of its checks) and the progress workbook's
(``progress.*``: its cover, sheets, columns, an action's statuses, its refusals).
``exchange.institutions.texts`` and ``progress_texts`` read them here by their own keys.

English is inline in ``strings.yaml``; every other language (French, Spanish, Arabic, …) in one
catalogue each, ``strings.<lang>.yaml`` (tools/catalogues.py, docs/questionnaire-format.md
"Translations"). Each file is read once, a catalogue when its language is first asked for. A text
missing in a language, and any language with no text here (one the application gains later),
falls back to English; a key missing altogether is a programming error (KeyError), never a blank
cell."""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from ..domain.placeholders import fill
from ..paths import resources_dir

FILE = "strings.yaml"


def inline_path() -> Path:
    """The texts written inline (English): ``resources/forms/strings.yaml``."""
    return resources_dir() / "forms" / FILE


def catalogue_path(lang: str) -> Path:
    """The catalogue of a catalogued language (ar, zh, ru): ``strings.<lang>.yaml``."""
    return resources_dir() / "forms" / f"strings.{lang}.yaml"


@functools.lru_cache(maxsize=1)
def strings() -> Mapping[str, Mapping[str, str]]:
    """Every key (``form.…``, ``progress.…``) with its texts written inline, by language."""
    from .yamlfile import read_plain

    data = read_plain(inline_path())
    out: dict[str, dict[str, str]] = {}
    for key, entry in (data or {}).items():
        if not isinstance(entry, dict) or not isinstance(entry.get("en"), str) \
                or not all(isinstance(v, str) for v in entry.values()):
            raise ValueError(f"{inline_path().name}: {key}: an entry is {{en: <text>, fr: <text>, es: <text>}}")
        out[str(key)] = {str(lang): v for lang, v in entry.items()}
    return out


@functools.lru_cache(maxsize=16)
def catalogue(lang: str) -> Mapping[str, str]:
    """The texts of the catalogued language ``lang`` by key: {} for a language written inline, and
    for one with no catalogue of these texts (English shows)."""
    from ..domain.languages import CATALOGUED
    from .translations import read_catalogue

    path = catalogue_path(lang)
    if lang not in CATALOGUED or not path.is_file():
        return {}
    errors: list = []
    cat = read_catalogue(path, lang, errors)
    if errors:
        raise ValueError("\n".join(str(e) for e in errors))
    return {key: e.text for key, e in cat.entries.items() if isinstance(e.text, str)}


def has(key: str) -> bool:
    return key in strings()


def keys() -> list[str]:
    """Every key, in the file's order."""
    return list(strings())


def text(key: str, lang: str = "en", /, **values: object) -> str:
    """The text of ``key`` in ``lang`` (English when that language has none), with ``values``
    filled in (``domain.placeholders.fill``)."""
    entry = strings()[key]
    out = entry.get(lang) or catalogue(lang).get(key) or entry["en"]
    return fill(out, **values) if values else out


def translations(key: str) -> dict[str, str]:
    """The text of ``key`` in every language that has one (those written inline, then each
    catalogued language whose catalogue gives it): what a reply's cell is matched against."""
    from ..domain.languages import CATALOGUED

    out = dict(strings()[key])
    for lang in CATALOGUED:
        found = catalogue(lang).get(key)
        if found:
            out[lang] = found
    return out


class Table(Mapping[str, Mapping[str, str]]):
    """One workbook's texts by its own keys, each as {language: text} (``translations``): a
    read-only view of the files, read when first looked into. ``paths()`` gives each of the
    workbook's keys with the key of this module it is read from."""

    def __init__(self, paths: Callable[[], Mapping[str, str]]):
        self._paths = paths

    def __getitem__(self, key: str) -> Mapping[str, str]:
        return translations(self._paths()[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._paths())

    def __len__(self) -> int:
        return len(self._paths())

    def __repr__(self) -> str:
        return f"Table({list(self._paths())!r})"
