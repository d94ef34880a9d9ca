"""The catalogue files of the languages not written inline (every language but English): one file per
language and per kind of text, so that each translator, and the UN translator who reviews the
work, has files no one else edits. docs/questionnaire-format.md ("Translations") is the guide.

Every catalogue has the same shape (YAML):

    language: ar
    review: {reviewed_by: "", date: ""}     # empty: a first translation, to be reviewed
    entries:
      s0_country.label:                     # a stable path: item id + field, choice code, ...
        en: "Country"                       # the English text it was translated from
        ar: "البلد"                          # the translation ("" while not translated)

An entry whose ``en`` is no longer the English text is *outdated* (the English changed since it
was translated): it is still used, and ``tools/catalogues.py status`` lists it. An entry with an
empty translation is *missing*: English shows in its place and the completeness tests fail. An
entry whose path the English no longer has is *obsolete*: ignored, and dropped by ``update``.

This module reads and writes them; the questionnaire and recommendations loaders, the report's
fixed texts and ``tools/catalogues.py`` use it."""
from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..domain.languages import CATALOGUED, Review, language
from . import hooks
from .errors import QuestionnaireError
from .yamlfile import LoadError, _display, _read_yaml, keep_bounded

TRANSLATIONS_DIR = "translations"  # next to questionnaire.yaml: translations/<lang>.yaml
ROOT_KEYS = {"language", "review", "entries"}
REVIEW_KEYS = {"reviewed_by", "date"}

# a text; or, in the report's strings, a list of paragraphs or of [term, definition] pairs, or a
# text's plural forms by CLDR category ({one: …, other: …}; "zero" for 0 when given: format.plural)
Source = str | list | dict


@dataclass(frozen=True)
class Entry:
    source: Source             # the English it was translated from
    text: Source | None        # the translation; None while missing


@dataclass
class Catalogue:
    lang: str
    review: Review = field(default_factory=Review)
    entries: dict[str, Entry] = field(default_factory=dict)

    def translation(self, key: str) -> Source | None:
        e = self.entries.get(key)
        return e.text if e is not None else None


@dataclass(frozen=True)
class Coverage:
    """How far a catalogue covers its English sources."""

    lang: str
    total: int
    missing: tuple[str, ...]    # no translation: English would show
    outdated: tuple[str, ...]   # translated from an English text that has since changed
    obsolete: tuple[str, ...]   # paths the English no longer has

    @property
    def translated(self) -> int:
        return self.total - len(self.missing)


def questionnaire_catalogue_path(questionnaire_dir: Path, lang: str) -> Path:
    return questionnaire_dir / TRANSLATIONS_DIR / f"{lang}.yaml"


def catalogue_exists(questionnaire_dir: Path, lang: str) -> bool:
    """Whether ``lang`` has a catalogue of the questionnaire in ``questionnaire_dir`` (its file, or
    the catalogue of a language added by one translator's file)."""
    from ..domain.languages import BY_CODE

    known = BY_CODE.get(lang)
    return questionnaire_catalogue_path(questionnaire_dir, lang).is_file() or bool(known and known.catalogue)


def _filled(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return bool(value) and all(_filled(v) for v in value)
    if isinstance(value, dict):
        return bool(value) and all(_filled(v) for v in value.values())
    return False


def _plain(value: Any) -> Any:
    """A YAML value without the reader's line-numbered mapping and list types."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


# The catalogues built last, by the tree they were built from (yamlfile's kept tree of a text: the
# same object for the same text, whatever file it is read from) and their language: a
# questionnaire's loading reads its three catalogues (some 3,000 entries each) at every load, a
# report its language's four others, the translator's export and import all of them; building the
# entries was most of that reading. Each value holds its tree, so the tree's identity compared is
# that of a live object; its problems are told under the name of the file read each time.
_BUILT: dict[tuple[int, str], tuple[Any, Catalogue, tuple[LoadError, ...]]] = {}
_BUILT_MAX = 24


def read_catalogue(path: Path, lang: str, errors: list[LoadError]) -> Catalogue:
    """The catalogue ``path`` of ``lang``; every problem appended to ``errors`` (an unreadable
    file gives an empty catalogue, so every entry is then missing). A text read before gives the
    catalogue built from it again: a new Catalogue with its own entries mapping, the entries
    (frozen) shared; a caller changing a text's list or plural forms copies it first."""
    if not path.exists():
        got = hooks.dropin(path, lang) if hooks.dropin is not None else None  # a language added by its catalogue
        # a language listed before its catalogue of this kind exists: English, as for a missing
        # entry (the completeness tests name what is missing); never a failure of every command
        return got if got is not None else Catalogue(lang)
    display = _display(path)
    # the tree is only read (its texts copied by _plain, its problems told under ``display``): the
    # kept tree of a text read before serves, uncopied
    root = _read_yaml(path, display, errors, shared=True)
    if root is None:
        return Catalogue(lang)
    key = (id(root), lang)
    kept = _BUILT.get(key)
    if kept is None or kept[0] is not root:
        found: list[LoadError] = []
        kept = (root, _catalogue(root, lang, display, found), tuple(found))
        keep_bounded(_BUILT, key, kept, _BUILT_MAX)
    errors.extend(e if e.file == display else replace(e, file=display) for e in kept[2])
    return Catalogue(lang, kept[1].review, dict(kept[1].entries))


class LazyCatalogues:
    """The catalogues of one folder's languages (``translations/<lang>.yaml`` beside a
    questionnaire), each read the first time a text of its language is asked for, once per process:
    a process in English reads none. A catalogue with a problem raises
    :class:`~.errors.QuestionnaireError` naming its file, entry and reason whenever its language is
    asked for (and nothing before); :meth:`read_all` reads every one for a command that checks them
    all, its problems appended instead. Thread-safe (the window loads in a thread); pickled with
    the catalogues already read, the others still to read where it is unpickled."""

    def __init__(self, folder: Path, languages: Iterable[str]):
        self.folder = folder
        self.languages = tuple(code for code in languages if code in CATALOGUED)
        self._texts: dict[str, dict[str, str]] = {}
        self._read: dict[str, Catalogue] = {}
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        with self._lock:
            return {"folder": self.folder, "languages": self.languages, "_texts": dict(self._texts),
                    "_read": dict(self._read)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def catalogue(self, lang: str) -> Catalogue:
        """The catalogue of ``lang``, read now if it was not (QuestionnaireError when it has a
        problem: its lines name the file, the entry and the reason)."""
        cat = self._read.get(lang)
        if cat is None:
            errors: list[LoadError] = []
            cat = self._load(lang, errors)
            if errors:
                raise QuestionnaireError(errors)
        return cat

    def read_all(self, errors: list[LoadError]) -> None:
        """Every language's catalogue read now, their problems appended to ``errors`` (a
        questionnaire checked, its catalogues with it)."""
        for lang in self.languages:
            found: list[LoadError] = []
            self._load(lang, found, keep_broken=True)
            errors.extend(found)

    def readable(self, lang: str) -> Catalogue:
        """The catalogue of ``lang`` as far as it can be read, its problems left to its language's
        use (the content digest's reading)."""
        cat = self._read.get(lang)
        return cat if cat is not None else self._load(lang, [])

    def _load(self, lang: str, errors: list[LoadError], keep_broken: bool = False) -> Catalogue:
        with self._lock:
            cat = self._read.get(lang)
            if cat is None:
                cat = read_catalogue(questionnaire_catalogue_path(self.folder, lang), lang, errors)
                if not errors or keep_broken:
                    self._texts[lang] = {k: e.text.strip() for k, e in cat.entries.items() if isinstance(e.text, str)}
                    self._read[lang] = cat
            return cat

    def text(self, lang: str, key: str) -> str | None:
        """The translation of the text ``key`` in ``lang`` (None: none, English shows); reads the
        catalogue of ``lang`` the first time."""
        texts = self._texts.get(lang)
        if texts is None:
            if lang not in self.languages:
                return None
            self.catalogue(lang)
            texts = self._texts[lang]
        return texts.get(key)


class Translated(Mapping[str, str]):
    """A text in every language (``domain.questionnaire.Text``): the inline ones (English) as
    written, the catalogued ones from :class:`LazyCatalogues` by the text's path, read only when a
    language is asked for. Iterating (or comparing) asks every language. Pickles as itself."""

    __slots__ = ("_inline", "_key", "_source")

    def __init__(self, inline: dict[str, str], key: str, source: LazyCatalogues | None):
        self._inline = inline
        self._key = key
        self._source = source

    def __reduce__(self) -> tuple[Any, ...]:
        return Translated, (self._inline, self._key, self._source)

    def get(self, lang: str, default: Any = None) -> Any:
        got = self._inline.get(lang)
        if got is None and self._source is not None:
            got = self._source.text(lang, self._key)
        return default if got is None else got

    def __getitem__(self, lang: str) -> str:
        got = self.get(lang)
        if got is None:
            raise KeyError(lang)
        return got

    def __contains__(self, lang: object) -> bool:
        return isinstance(lang, str) and self.get(lang) is not None

    def __iter__(self) -> Iterator[str]:
        yield from self._inline
        if self._source is not None:
            yield from (lang for lang in self._source.languages
                        if lang not in self._inline and self._source.text(lang, self._key) is not None)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __bool__(self) -> bool:  # never empty (English at least): ``text or {}`` reads no catalogue
        return bool(self._inline)

    def __repr__(self) -> str:
        return repr(dict(self))


class LazyReviews(Mapping[str, Review]):
    """The review of each catalogued language's translation (``Questionnaire.reviews``), its
    catalogue read when a language is asked for."""

    def __init__(self, source: LazyCatalogues):
        self._source = source

    def __getitem__(self, lang: str) -> Review:
        if lang not in self._source.languages:
            raise KeyError(lang)
        return self._source.catalogue(lang).review

    def __iter__(self) -> Iterator[str]:
        return iter(self._source.languages)

    def __len__(self) -> int:
        return len(self._source.languages)


def _catalogue(root: Any, lang: str, display: str, errors: list[LoadError]) -> Catalogue:
    """The catalogue of ``lang`` the tree ``root`` (of the file ``display``) gives, every problem
    appended to ``errors``."""
    cat = Catalogue(lang)

    def err(node: Any, where: str, message: str) -> None:
        errors.append(LoadError(display, getattr(node, "line", 0) or 1, where, message))

    if not isinstance(root, dict):
        err(root, "file", "a catalogue must be a mapping with language, review and entries")
        return cat
    for key in root:
        if key not in ROOT_KEYS:
            err(root, "file", f"unknown key {key!r} (expected {', '.join(sorted(ROOT_KEYS))})")
    if root.get("language") != lang:
        err(root, "language", f"language must be {lang!r} in the catalogue of {language(lang).english_name}")
    review = root.get("review") or {}
    if not isinstance(review, dict) or any(k not in REVIEW_KEYS for k in review) \
            or not all(isinstance(v, str) for v in review.values()):
        err(root, "review", "review must be {reviewed_by: \"name, service\", date: \"YYYY-MM-DD\"} "
                            "(both empty for a first translation)")
    else:
        cat.review = Review(review.get("reviewed_by", "").strip(), str(review.get("date", "")).strip())
    entries = root.get("entries") or {}
    if not isinstance(entries, dict):
        err(root, "entries", "entries must be a mapping of path to {en: …, " + lang + ": …}")
        return cat
    for key, node in entries.items():
        if not isinstance(node, dict) or "en" not in node or any(k not in ("en", lang) for k in node):
            err(node if isinstance(node, dict) else entries, str(key),
                f"an entry is {{en: <the English it translates>, {lang}: <the translation>}}")
            continue
        text = node.get(lang)
        if text is not None and not isinstance(text, (str, list, dict)):
            err(node, str(key), f"the {lang} text must be text")
            continue
        cat.entries[str(key)] = Entry(_plain(node["en"]), _plain(text) if _filled(text) else None)
    return cat


def coverage(cat: Catalogue, sources: Mapping[str, Source]) -> Coverage:
    """What ``cat`` lacks against the English ``sources`` (path -> English)."""
    missing, outdated = [], []
    for key, english in sources.items():
        e = cat.entries.get(key)
        if e is None or e.text is None:
            missing.append(key)
        elif e.source != english:
            outdated.append(key)
    obsolete = tuple(k for k in cat.entries if k not in sources)
    return Coverage(cat.lang, len(sources), tuple(missing), tuple(outdated), obsolete)


def _scalar(value: Source, indent: str = "") -> str:
    """A text as YAML: JSON's double-quoted strings and flow lists are valid YAML and keep every
    character as it is (no folding, no escapes but \\" and \\\\); a text of several lines (a help
    section's HTML) as a literal block, each line as it is, indented by ``indent`` + 2 spaces."""
    if isinstance(value, str) and "\n" in value and indent and value[0] != " " and all(
            line == line.strip() for line in value.splitlines()):
        body = "\n".join(f"{indent}  {line}" if line else "" for line in value.splitlines())
        return f"|-\n{body}"
    return json.dumps(value, ensure_ascii=False)


def _review_note(lang: str) -> str:
    try:
        original = language(lang).original
    except KeyError:
        original = False
    return ("written with the English by the questionnaire's authors: never a first translation" if original
            else "empty: a first translation, to be reviewed by a UN translator")


def render_catalogue(lang: str, review: Review, sources: Iterable[tuple[str, Source]],
                     existing: Catalogue | None, header: str, group: Any = None) -> str:
    """The text of the catalogue of ``lang`` over the English ``sources`` (in their order), keeping
    the translations of ``existing`` (an outdated one stays, with the English it was translated
    from, so the translator sees what changed) and dropping obsolete paths. ``group(key)`` names
    the part a path belongs to, written as a comment line when it changes."""
    lines = [f"# {line}".rstrip() for line in header.strip().splitlines()]
    lines += [f"language: {lang}", "review:",
              f"  reviewed_by: {_scalar(review.reviewed_by)}   # {_review_note(lang)}",
              f"  date: {_scalar(review.date)}   # YYYY-MM-DD of the review",
              "entries:"]
    current = None
    for key, english in sources:
        if group is not None:
            g = group(key)
            if g != current:
                lines.append(f"  # --- {g}")
                current = g
        old = existing.entries.get(key) if existing else None
        text = old.text if old is not None and old.text is not None else blank(english, lang)
        source = old.source if old is not None and old.text is not None else english
        lines.append(f"  {_scalar(key)}:")
        if source != english:
            lines.append(f"    # OUTDATED: the English is now {_scalar(english)}")
        lines.append(f"    en: {_scalar(source, '    ')}")
        lines.append(f"    {lang}: {_scalar(text, '    ')}")
    return "\n".join(lines) + "\n"


def same_shape(a: Source | None, b: Source | None) -> bool:
    """``a`` and ``b`` are both texts; or lists of the same length whose items have the same shape
    (paragraphs), or lists of rows of the English's row shape, as many as the language needs (a
    glossary, acronyms); or both plural forms (each language its own categories, "other" always)."""
    if isinstance(a, str) or isinstance(b, str):
        return isinstance(a, str) and isinstance(b, str)
    if isinstance(a, list) and isinstance(b, list):
        if b and all(isinstance(x, list) for x in b):  # rows ([acronym, meaning] …): as many as the language needs
            return bool(a) and all(same_shape(x, b[0]) for x in a)
        return len(a) == len(b) and all(same_shape(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return "other" in a and all(isinstance(v, str) for v in a.values())
    return False


def plural_categories(lang: str) -> tuple[str, ...]:
    """The CLDR plural categories of ``lang`` in their usual order (Arabic: zero one two few many
    other; Russian: one few many other; Chinese: other)."""
    from babel import Locale

    tags = Locale.parse(language(lang).babel).plural_form.tags | {"other"}
    return tuple(t for t in ("zero", "one", "two", "few", "many", "other") if t in tags)


def blank(english: Source, lang: str) -> Source:
    """An empty translation of the shape of ``english``: "" for a text, a list of as many blanks
    for a list of paragraphs or of [term, definition] pairs, and for plural forms one blank per
    plural category of ``lang`` ("zero" too when the English gives it), so the translator fills
    the slots."""
    if isinstance(english, list):
        return [blank(e, lang) for e in english]
    if isinstance(english, dict):
        cats = plural_categories(lang)
        return {c: "" for c in (("zero",) if "zero" in english and "zero" not in cats else ()) + cats}
    return ""


def catalogued(languages: Iterable[str]) -> tuple[str, ...]:
    """The languages of ``languages`` whose texts live in catalogue files."""
    return tuple(code for code in languages if code in CATALOGUED)


_SECTION = re.compile(r'<h2 id="([A-Za-z0-9_-]+)"')


def html_sections(html: str) -> dict[str, str]:
    """A help page cut at its ``<h2 id="…">`` headings: ``top`` (the title and introduction), then
    each section by its anchor; what the help catalogues translate, one entry per section."""
    starts = [m.start() for m in _SECTION.finditer(html)]
    out = {"top": html[: starts[0] if starts else len(html)].strip()}
    for i, start in enumerate(starts):
        m = _SECTION.match(html, start)
        assert m is not None
        out[m.group(1)] = html[start: starts[i + 1] if i + 1 < len(starts) else len(html)].strip()
    return out
