"""The report's language: its fixed texts (``resources/report/strings.yaml``) and every number,
percentage, date, date range and list formatted with Babel (CLDR) in the report's language.

Nothing here knows the report's structure; :mod:`.build` and :mod:`.chapters` call these."""
from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from ..catalog.translations import read_catalogue, same_shape
from ..catalog.yamlfile import read_plain
from ..domain import editorial
from ..domain.languages import CATALOGUED, LANGUAGES, language
from ..domain.placeholders import fill
from ..domain.rounding import percent
from .bidi import isolate_inline
from ..paths import resources_dir

# The fixed texts of one language, by key: a text (str.format placeholders), a list of paragraphs
# or a list of [term, definition] pairs (the catalogue's shape is checked by the tests).
Strings = Mapping[str, Any]


def report_dir() -> Path:
    return resources_dir() / "report"


def strings_catalogue_path(lang: str) -> Path:
    """The fixed texts of a catalogued language (ar, zh, ru): ``strings.<lang>.yaml``, entries by
    key with the English each was translated from (docs/questionnaire-format.md, "Translations")."""
    return report_dir() / f"strings.{lang}.yaml"


@lru_cache(maxsize=1)
def _english() -> dict[str, dict[str, Any]]:
    """strings.yaml: key -> {"en": text} (an English report reads no catalogue)."""
    return read_plain(report_dir() / "strings.yaml")  # its compiled tree, or libyaml: 7 ms, not 60


@cache
def _catalogued(lang: str) -> dict[str, Any]:
    """The fixed texts one catalogued language translates, read the first time that language is
    asked for (a text of another shape than its English is left out: English shows); a catalogue
    with a problem raises ValueError naming its file, entry and reason, each time it is asked for."""
    english, errors = _english(), list[Any]()
    cat = read_catalogue(strings_catalogue_path(lang), lang, errors)
    if errors:
        raise ValueError("\n".join(str(e) for e in errors))
    return {key: entry.text for key, entry in cat.entries.items()
            if key in english and entry.text is not None and same_shape(entry.text, english[key]["en"])}


@lru_cache(maxsize=1)
def all_strings() -> dict[str, dict[str, Any]]:
    """The whole catalogue: key -> {language: text}; English from strings.yaml, the catalogued
    languages from their files (a key not translated yet is absent): every catalogue read."""
    out = {key: dict(texts) for key, texts in _english().items()}
    for lang in CATALOGUED:
        for key, text in _catalogued(lang).items():
            out[key][lang] = text
    return out


def load_strings(lang: str) -> dict[str, Any]:
    """Every fixed report text in ``lang`` (falling back to English per key): the catalogue of
    ``lang`` alone read."""
    own = _catalogued(lang) if lang in CATALOGUED else {}
    return {k: own[k] if k in own else (v.get(lang) if v.get(lang) is not None else v.get("en"))
            for k, v in _english().items()}


def clear() -> None:
    """Forget what was read (a language added by its catalogue while the process runs)."""
    _english.cache_clear()
    _catalogued.cache_clear()
    all_strings.cache_clear()


def check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"report language must be one of {', '.join(LANGUAGES)}, got {lang!r}")
    return lang


def babel_locale(lang: str) -> str:
    """The Babel locale of a report language (domain.languages): UN style, so English dates read
    "15 May 2026" and Arabic numbers are written with the digits 0-9."""
    return language(lang).babel


def fmt_number(x: float | int | None, lang: str, digits: int = 0) -> str:
    """``x`` rounded half-up (domain.rounding) to ``digits`` decimals, written by the language's
    editorial rule (domain.editorial.number: UN Spanish groups with spaces), isolated from the
    words around it in a right-to-left language (reports/bidi.py)."""
    if x is None:
        return "–"
    return isolate_inline(editorial.number(x, lang, digits), lang)


def fmt_percent(share: float, lang: str, digits: int = 0) -> str:
    """A 0-1 share as a percentage rounded half-up to ``digits`` decimals (domain.rounding), in the
    language's one form (domain.editorial.percent: "80%", French "80 %", UN Arabic "80 في المائة");
    with ``digits`` the figure the scoring engine shows and decides on ("79.9%"), never rounded
    again."""
    return isolate_inline(editorial.percent(percent(share, digits), lang, digits), lang)


def fmt_score(x: float | None, lang: str) -> str:
    """A score as the scoring engine shows it: one decimal, half-up ("69.8", French "69,8")."""
    return fmt_number(x, lang, 1)


def plural(entry: str | Mapping[str, str], n: int, lang: str, **fields: str) -> str:
    """The form of ``entry`` for the count ``n`` by the language's CLDR plural rules (Babel): an entry
    is a text, or forms by category ("one", "other", "many"…; "zero" is used for 0 when given, as
    ICU's "=0"). ``{n}`` is the count formatted in the language; ``fields`` fill the other
    placeholders."""
    if isinstance(entry, str):
        form = entry
    elif n == 0 and "zero" in entry:
        form = entry["zero"]
    else:
        form = entry.get(_plural_rule(lang)(n)) or entry["other"]
    return fill(form, n=fmt_number(n, lang), **fields)


@lru_cache(maxsize=8)
def _plural_rule(lang: str):
    from babel import Locale

    return Locale.parse(babel_locale(lang)).plural_form


def fmt_date(iso: str | _dt.date | None, lang: str) -> str:
    """A date written out (domain.editorial.date_long: "15 May 2026", "1er mai 2026", "15 de mayo de
    2026", "15 أيار/مايو 2026", "15 мая 2026 года")."""
    if not iso:
        return ""
    try:
        d = iso if isinstance(iso, _dt.date) else _dt.date.fromisoformat(str(iso)[:10])
    except ValueError:
        return isolate_inline(editorial.written_date(str(iso), lang), lang)
    return isolate_inline(editorial.date_long(d, lang), lang)


def fmt_date_range(start: str, end: str, lang: str) -> str:
    """The mission's dates: one date when both are the same or one is missing, otherwise the
    shortest range with full month names in the language's style (domain.editorial.date_range)."""
    try:
        a = _dt.date.fromisoformat(start) if start else None
        b = _dt.date.fromisoformat(end) if end else None
    except ValueError:
        return " – ".join(x for x in (start, end) if x)
    return isolate_inline(editorial.date_range(a, b, lang), lang)


def fmt_quarter(year: int, quarter: int, lang: str) -> str:
    """A quarter as the language writes it (domain.editorial.quarter: "Q3 2026", "2026年第三季度")."""
    return editorial.quarter(year, quarter, lang)


def fmt_period(start: str, end: str, lang: str) -> str:
    """Two written periods (dates or quarters, already formatted) as a range in the language."""
    return editorial.period_range(start, end, lang)


def fmt_list(items: list[str], lang: str) -> str:
    """"A, B and C" (UN English: no serial comma), "A, B et C", "A وB وC", "A、B和C", Russian items
    after the first in lower case (domain.editorial.join_list)."""
    return editorial.join_list(items, lang)
