"""The languages, as data: what every layer needs to write in a language (its own name,
direction, Babel locale, tag, script, the UNSD M49 file of its country names, the report's font
stack) and where its texts live. The application's own languages are listed in
``resources/languages/languages.json``; a country's own language comes with its catalogue, whose
header carries the same facts (docs/languages.md). ``catalog.languages`` reads both; this module
holds what was read and reads no file itself: the package sets its reader (``set_reader``) and
the list is read when first used.

Only English is written inline, in the questionnaire and recommendations YAML (``{en: …}``), in
``texts.py`` and in ``strings.yaml``; every other language, French and Spanish included, lives in
catalogue files, one per kind of text (docs/questionnaire-format.md, "Translations"), or, for a
language added by its catalogue, in one translator's file (PO) that holds every kind. French and
Spanish are ``original``: written with the English, so never called a first translation.

``LANGUAGES``, ``INLINE``, ``CATALOGUED``, ``BY_CODE`` and ``NAMES`` are live views of the list:
a name imported from here sees a language added after the import (``reload``).

A leaf: no imports of the package, cheap to load at start-up."""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, overload


@dataclass(frozen=True)
class Language:
    code: str             # ISO 639 (two letters, or three): files, settings, --lang, the keys of every text mapping
    name: str             # its own name, as the language menus show it
    english_name: str
    direction: str        # "ltr" or "rtl": the report's <html dir>, the window's layout direction
    babel: str            # the Babel (CLDR) locale of numbers, dates and lists
    m49: str              # the UNSD M49 file of the language (resources/data/unsd-m49-<m49>.csv); "" for CLDR's names
    fonts: tuple[str, ...]  # the report's font stack: bundled families, the script's own first
    inline: bool          # True: written inline in the YAML and texts.py; False: in catalogue files
    script: str = "Latn"  # its script (ISO 15924): a word in another script is hyphenated in its own
    tag: str = ""         # its BCP 47 tag: the Word copy's and the report's language ("" : the code)
    qt_forms: tuple[str, ...] = ("n = 1", "other numbers")  # Qt's plural forms, for the translator's notes
    catalogue: str = ""   # a language added by its catalogue: that file (every kind of text in one PO)
    builtin: bool = True  # one of the application's own languages (languages.json)
    quotes: tuple[str, str] = ("\u201c", "\u201d")  # its quotation marks (the report's typographic pass)
    # written with the English by the questionnaire's authors (French, Spanish), not translated after
    # it: complete and never a first translation to be reviewed, though its texts live in catalogues
    original: bool = False

    @property
    def bcp47(self) -> str:
        return self.tag or self.code


# The bundled font families (resources/fonts/README.md): private names, so fontconfig never swaps
# in a system copy. Every stack names all three, so text in any script finds its glyphs.
SANS, ARABIC, CJK = "Report Sans", "Report Arabic", "Report CJK"
_SCRIPT_FONTS = {"Arab": (ARABIC, SANS, CJK), "Hans": (CJK, SANS, ARABIC), "Hant": (CJK, SANS, ARABIC),
                 "Jpan": (CJK, SANS, ARABIC), "Kore": (CJK, SANS, ARABIC)}


def fonts_for(script: str) -> tuple[str, ...]:
    """The report's font stack for a script: the bundled family that draws it first."""
    return _SCRIPT_FONTS.get(script, (SANS, ARABIC, CJK))


# English, always: the source of every text, and the language a broken list falls back to
ENGLISH = Language("en", "English", "English", "ltr", "en_GB", "en", fonts_for("Latn"), True, "Latn", "en-GB")

_ALL: list[Language] = []
_reader: Callable[[], tuple[list[Language], list[str]]] | None = None
_problems: list[str] = []
_version = 0


def set_reader(reader: Callable[[], tuple[list[Language], list[str]]] | None) -> None:
    """``reader()`` gives the languages, in menu order, and one line per problem found reading them
    (``catalog.languages`` sets it); what was read before is forgotten."""
    global _reader
    _reader = reader
    reload()


def reload() -> None:
    """Forget the list read: the next use reads it again (a language folder changed)."""
    global _version
    _ALL.clear()
    _problems.clear()
    _version += 1


def _all() -> list[Language]:
    global _version
    if not _ALL:
        found, problems = _reader() if _reader is not None else ([ENGLISH], [])
        _ALL.extend(found or [ENGLISH])
        _problems.extend(problems)
        _version += 1
    return _ALL


def problems() -> tuple[str, ...]:
    """One line per language file or catalogue header that could not be used (its language left out)."""
    _all()
    return tuple(_problems)


def add(lang: Language) -> None:
    """Add ``lang`` to the list read (or replace the one of its code): a test's language."""
    global _version
    items = _all()
    items[:] = [x for x in items if x.code != lang.code] + [lang]
    _version += 1


class _Codes(Sequence[str]):
    """The codes of the languages that ``pick`` keeps, in menu order: a live view of the list."""

    def __init__(self, pick: Callable[[Language], bool]):
        self._pick = pick
        self._seen = -1
        self._codes: tuple[str, ...] = ()

    def _now(self) -> tuple[str, ...]:
        items = _all()
        if self._seen != _version:
            self._codes = tuple(x.code for x in items if self._pick(x))
            self._seen = _version
        return self._codes

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[str, ...]: ...
    def __getitem__(self, i: int | slice) -> str | tuple[str, ...]:
        return self._now()[i]

    def __len__(self) -> int:
        return len(self._now())

    def __iter__(self) -> Iterator[str]:
        return iter(self._now())

    def __contains__(self, code: object) -> bool:
        return code in self._now()

    def __eq__(self, other: object) -> bool:
        return tuple(self) == (tuple(other) if isinstance(other, (tuple, list, _Codes)) else other)

    __hash__ = None  # type: ignore[assignment]

    def __add__(self, other: Sequence[str]) -> tuple[str, ...]:
        return self._now() + tuple(other)

    def __radd__(self, other: Sequence[str]) -> tuple[str, ...]:
        return tuple(other) + self._now()

    def __mul__(self, n: int) -> tuple[str, ...]:
        return self._now() * n

    def __repr__(self) -> str:
        return repr(self._now())


class _ByCode(Mapping[str, Any]):
    """The languages by code (``value`` of each): a live view of the list."""

    def __init__(self, value: Callable[[Language], Any]):
        self._value = value
        self._seen = -1
        self._by: dict[str, Any] = {}

    def _map(self) -> dict[str, Any]:
        items = _all()
        if self._seen != _version:
            self._by = {x.code: self._value(x) for x in items}
            self._seen = _version
        return self._by

    def __getitem__(self, code: str) -> Any:
        return self._map()[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._map())

    def __len__(self) -> int:
        return len(self._map())

    def __repr__(self) -> str:
        return repr(self._map())


BY_CODE: Mapping[str, Language] = _ByCode(lambda x: x)
NAMES: Mapping[str, str] = _ByCode(lambda x: x.name)
LANGUAGES: Sequence[str] = _Codes(lambda x: True)                 # en fr es ar zh ru, then those added
INLINE: Sequence[str] = _Codes(lambda x: x.inline)                 # en fr es
CATALOGUED: Sequence[str] = _Codes(lambda x: not x.inline)        # ar zh ru, then those added


def languages_from(lang: str) -> tuple[str, ...]:
    """The application's languages with ``lang`` first (when it is one), then English and the
    others: the order a reader of a ``lang`` workbook looks at labels in, so that it reads no
    other language's catalogue."""
    codes = tuple(LANGUAGES)
    return (lang, *(x for x in codes if x != lang)) if lang in codes else codes


def codes_text() -> str:
    """"en, fr, es, ar, zh or ru" (and any language added), for messages."""
    codes = tuple(LANGUAGES)
    return f"{', '.join(codes[:-1])} or {codes[-1]}" if len(codes) > 1 else codes[0]


@dataclass(frozen=True)
class Review:
    """A catalogue's review: by whom (name and service of the UN translator) and when; both empty
    while it is a first translation, which About and the blank questionnaire's cover then say."""

    reviewed_by: str = ""
    date: str = ""

    @property
    def reviewed(self) -> bool:
        return bool(self.reviewed_by and self.date)


def language(code: str) -> Language:
    """The language ``code`` (KeyError for an unknown one)."""
    return BY_CODE[code]


def is_rtl(code: str) -> bool:
    lang = BY_CODE.get(code)
    return lang is not None and lang.direction == "rtl"
