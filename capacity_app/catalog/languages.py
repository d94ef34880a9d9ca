"""Reading the languages: the application's own from ``resources/languages/languages.json``, and a
country's own language from its catalogue's header (one translator's PO file, as ``translations
export`` writes it, dropped into a languages folder). ``domain.languages`` holds what this reads.

The languages folders, in order: ``resources/languages/`` (shipped with the application), the
folder ``languages`` in the user's data folder, and each folder ``CAPACITY_APP_LANGUAGES`` names
(separated as PATH is). A catalogue ``<code>.po`` there adds the language ``<code>``. Its header
says, besides gettext's ``Language:``::

    X-Language-Name: ქართული        its own name (else CLDR's)
    X-English-Name: Georgian         (else CLDR's)
    X-Direction: ltr                 ltr or rtl (else CLDR's)
    X-Babel-Locale: ka_GE            numbers, dates and lists (else the code)
    X-Script: Geor                   ISO 15924 (else CLDR's likely script)
    X-Language-Tag: ka-GE            BCP 47, the Word copy's language (else the code)
    X-Quotes: „“                     its quotation marks, opening then closing (else “”)

A file that cannot be used is left out with one line saying the file and why; nothing else
changes (``domain.languages.problems``, shown by ``translations status`` and About).

Stdlib and Babel only, and Babel only when a catalogue is there: the window's start reads the
list."""
from __future__ import annotations

import json
import os
from pathlib import Path

from ..domain import languages as L
from ..domain.celltext import LazyPattern
from ..domain.texts import text as en_line  # a refusal in English, from its cli.* entry (cli/said.py)
from ..paths import resources_dir

LANGUAGES_FILE = "languages.json"
HEADER_MAX = 16 * 1024          # a header is a few hundred bytes; read no more of a file for it
CATALOGUE_MAX = 50 * 1024 * 1024  # a language's catalogue, every kind of text in one file
_CODE = LazyPattern(r"[a-z]{2,3}")
_SCRIPT = LazyPattern(r"[A-Z][a-z]{3}")
_TAG = LazyPattern(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
_LOCALE = LazyPattern(r"[A-Za-z]{2,3}(?:_[A-Za-z0-9]{2,8})*")
_NAME_MAX = 60


def builtin(path: Path | None = None) -> list[L.Language]:
    """The application's own languages (languages.json), in menu order."""
    data = json.loads((path or resources_dir() / "languages" / LANGUAGES_FILE).read_text(encoding="utf-8"))
    out = []
    for d in data["languages"]:
        out.append(L.Language(d["code"], d["name"], d["english_name"], d["direction"], d["babel"], d["m49"],
                              L.fonts_for(d["script"]), d["written"] == "inline", d["script"], d["tag"],
                              tuple(d["qt_forms"]), quotes=tuple(d.get("quotes", "\u201c\u201d")),
                              original=bool(d.get("original", False))))
    return out


def folders() -> list[Path]:
    """The languages folders, in the order they are read."""
    out = [resources_dir() / "languages"]
    try:  # looked at, never created: reading the languages makes no folder
        from ..paths import SettingsError, data_folder

        out.append(data_folder() / "languages")
    except (SettingsError, OSError):
        pass
    for part in os.environ.get("CAPACITY_APP_LANGUAGES", "").split(os.pathsep):
        if part.strip():
            out.append(Path(part))
    return out


def po_header(path: Path) -> dict[str, str]:
    """The fields of a PO file's header (its first entry, ``msgid ""``); ValueError when the file does
    not start with one."""
    import codecs

    from ..files import InputFileError, open_regular

    try:  # opened once, fstat-checked: a FIFO dropped in as "ka.po" hung every start, /dev/zero too
        with open_regular(path, CATALOGUE_MAX) as f:
            raw = f.read(HEADER_MAX)
    except InputFileError as exc:
        raise ValueError(exc.reason) from None
    # a character cut at HEADER_MAX is no fault of the file (final=False); a byte-order mark is UTF-8
    head = codecs.getincrementaldecoder("utf-8")().decode(raw, final=False).removeprefix("\ufeff")
    lines = [line.strip() for line in head.splitlines()]
    i = 0
    while i < len(lines) and (not lines[i] or lines[i].startswith("#")):
        i += 1
    if i + 1 >= len(lines) or lines[i] != 'msgid ""' or not lines[i + 1].startswith("msgstr "):
        raise ValueError(en_line("cli.po.no_header"))
    text = [lines[i + 1][len("msgstr "):]]
    i += 2
    while i < len(lines) and lines[i].startswith('"'):
        text.append(lines[i])
        i += 1
    body = "".join(json.loads(t) if t.startswith('"') and t.endswith('"') else "" for t in text)
    fields = {}
    for line in body.split("\n"):
        key, sep, value = line.partition(":")
        if sep:
            fields[key.strip()] = value.strip()
    return fields


def _from_catalogue(path: Path, known: set[str]) -> L.Language:
    """The language a catalogue's header describes; ValueError saying why it cannot be used."""
    code = path.stem
    if not _CODE.fullmatch(code):
        raise ValueError(en_line("cli.po.not_code", code=repr(code)))
    if code in known:
        raise ValueError(en_line("cli.po.known", code=repr(code), command="capacity-app translations import"))
    if path.stat().st_size > CATALOGUE_MAX:
        raise ValueError(en_line("cli.po.too_large"))
    try:
        fields = po_header(path)
    except UnicodeDecodeError:
        raise ValueError(en_line("cli.po.not_utf8")) from None
    if fields.get("Language", code).replace("-", "_").split("_")[0] != code:
        raise ValueError(en_line("cli.po.language", header=repr(fields.get("Language")), code=repr(code)))
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    babel = fields.get("X-Babel-Locale", code)
    if not _LOCALE.fullmatch(babel):
        raise ValueError(en_line("cli.po.not_locale", locale=repr(babel[:20])))
    try:
        loc = Locale.parse(babel)
        Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        raise ValueError(en_line("cli.po.cldr", code=repr(code), locale=repr(babel))) from None
    if loc.language != code:
        raise ValueError(en_line("cli.po.locale_of", locale=repr(babel), code=repr(code)))
    likely = str(get_global("likely_subtags").get(code, ""))
    script = fields.get("X-Script") or next((p for p in likely.split("_") if _SCRIPT.fullmatch(p)), "Latn")
    direction = fields.get("X-Direction") or ("rtl" if loc.character_order == "right-to-left" else "ltr")
    tag = fields.get("X-Language-Tag") or code
    name = fields.get("X-Language-Name") or (loc.get_display_name(loc) or code)
    english = fields.get("X-English-Name") or (loc.get_display_name("en") or code)
    if direction not in ("ltr", "rtl"):
        raise ValueError(en_line("cli.po.direction", value=repr(direction[:20])))
    if not _SCRIPT.fullmatch(script):
        raise ValueError(en_line("cli.po.script", value=repr(script[:20])))
    if not _TAG.fullmatch(tag):
        raise ValueError(en_line("cli.po.tag", value=repr(tag[:20])))
    for what, value in (("X-Language-Name", name), ("X-English-Name", english)):
        if len(value) > _NAME_MAX or not value.strip() or any(ord(c) < 32 or 0x202A <= ord(c) <= 0x202E
                                                                or 0x2066 <= ord(c) <= 0x2069 for c in value):
            raise ValueError(en_line("cli.po.name", what=what, n=_NAME_MAX))
    quotes = fields.get("X-Quotes", "\u201c\u201d")
    if len(quotes) != 2 or any(ord(c) < 32 or c.isalnum() for c in quotes):
        raise ValueError(en_line("cli.po.quotes", value=repr(quotes[:20])))
    plural = len(loc.plural_form.tags | {"other"})
    forms = ("n = 1", "other numbers") if plural == 2 else tuple(f"form {i + 1}" for i in range(plural))
    return L.Language(code, name, english, direction, babel, "", L.fonts_for(script), False, script, tag,
                      forms, str(path), builtin=False, quotes=(quotes[0], quotes[1]))


def read_all() -> tuple[list[L.Language], list[str]]:
    """Every language: the application's own, then each catalogue's of the languages folders (the
    first of a code wins); one line per file that could not be used."""
    problems: list[str] = []
    try:
        langs = builtin()
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return [L.ENGLISH], [f"{resources_dir() / 'languages' / LANGUAGES_FILE}: cannot be read ({exc}); "
                             "English only"]
    known = {x.code for x in langs}
    for folder in folders():
        try:
            files = sorted(folder.glob("*.po")) if folder.is_dir() else []
        except OSError:
            continue
        for path in files:
            try:
                lang = _from_catalogue(path, known)
            except (OSError, ValueError) as exc:
                problems.append(f"{path}: left out: {exc}")
                continue
            langs.append(lang)
            known.add(lang.code)
    return langs, problems


def install() -> None:
    """Hand ``domain.languages`` this reader."""
    L.set_reader(read_all)
