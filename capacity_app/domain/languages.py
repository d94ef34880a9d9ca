"""The languages, listed once: the six official UN languages, each with what every layer needs to
write in it (its own name, direction, Babel locale, the UNSD M49 file's code, the report's font
stack) and where its texts live.

English, French and Spanish are written inline in the questionnaire and recommendations YAML
(``{en: …, fr: …, es: …}``) and in ``texts.py`` / ``strings.yaml``; Arabic, Chinese and Russian
each live in one catalogue file per language and per kind of text (docs/questionnaire-format.md,
"Translations"), so that each translator, and the UN translator who reviews it, works on files
no one else touches.

A leaf: no imports of the package, cheap to load at start-up."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str             # ISO 639-1: files, settings, --lang, the keys of every text mapping
    name: str             # its own name, as the language menus show it
    english_name: str
    direction: str        # "ltr" or "rtl": the report's <html dir>, the window's layout direction
    babel: str            # the Babel (CLDR) locale of numbers, dates and lists
    m49: str              # the UNSD M49 file of the language: resources/data/unsd-m49-<m49>.csv
    fonts: tuple[str, ...]  # the report's font stack: bundled families, the script's own first
    inline: bool          # True: written inline in the YAML and texts.py; False: in a catalogue file
    script: str = "Latn"  # its script (ISO 15924): a word in another script is hyphenated in its own


# The bundled font families (resources/fonts/README.md): private names, so fontconfig never swaps
# in a system copy. Every stack names all three, so text in any script finds its glyphs.
SANS, ARABIC, CJK = "Report Sans", "Report Arabic", "Report CJK"

_ALL = (
    Language("en", "English", "English", "ltr", "en_GB", "en", (SANS, ARABIC, CJK), True),
    Language("fr", "Français", "French", "ltr", "fr", "fr", (SANS, ARABIC, CJK), True),
    Language("es", "Español", "Spanish", "ltr", "es", "es", (SANS, ARABIC, CJK), True),
    # UN Arabic documents write numbers with the digits 0-9: Babel's "ar" does (latn numbering)
    Language("ar", "العربية", "Arabic", "rtl", "ar", "ar", (ARABIC, SANS, CJK), False, "Arab"),
    # Simplified Chinese, as the UN writes it; the M49 table calls it "cn"
    Language("zh", "中文", "Chinese", "ltr", "zh_Hans_CN", "cn", (CJK, SANS, ARABIC), False, "Hans"),
    Language("ru", "Русский", "Russian", "ltr", "ru", "ru", (SANS, ARABIC, CJK), False, "Cyrl"),
)

BY_CODE: dict[str, Language] = {lang.code: lang for lang in _ALL}
LANGUAGES = tuple(lang.code for lang in _ALL)                        # en fr es ar zh ru
INLINE = tuple(lang.code for lang in _ALL if lang.inline)             # en fr es
CATALOGUED = tuple(lang.code for lang in _ALL if not lang.inline)     # ar zh ru
NAMES = {lang.code: lang.name for lang in _ALL}
CODES_TEXT = f"{', '.join(LANGUAGES[:-1])} or {LANGUAGES[-1]}"  # "en, fr, es, ar, zh or ru", for messages


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
