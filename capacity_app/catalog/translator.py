"""One translator's file per language: every translatable text of a catalogued language
(every language but English) exported to one gettext PO or XLIFF 1.2 file, and that file, as the
translator returns it from a CAT tool, imported back into the catalogues it came from.

What a file carries, one unit per text (docs/languages.md, "One translator's file"):

- the questionnaire and recommendations, the engine's sentences, the report's, the help's and the
  aggregation's fixed texts (the YAML catalogues of ``catalog.kinds``), and the window's
  messages (their catalogue ``resources/i18n/window.<lang>.yaml``, ``catalog.window``);
- each unit's id (PO ``msgctxt``, XLIFF ``trans-unit/@id``): ``<kind>/<path>`` for a catalogue entry,
  ``#<n>`` after it for a paragraph of a list, ``#<category>`` for a CLDR plural form (the
  English "one" or "other" as its source), ``interface/<Qt context>/<digest>`` for a window message
  (``#<n>`` for Qt's n-th plural form); a glossary or acronym table is one unit, a row a line, its
  cells separated by a tab;
- the English source, the current translation, notes (the file and path it comes from, the
  placeholders to keep, the plural form, Qt's comments) and, for a translation made from an
  earlier English, that English (PO: fuzzy; XLIFF: state ``needs-review-translation``).

The import refuses the whole file, writing nothing, on any error, each told on one line: a file
that is not PO or XLIFF or is of another language, an id that no unit has or that comes twice, a
source that is no longer the English (the English changed since the export), a placeholder
dropped, added or misspelt, markup that the English has not (XLIFF inline elements included),
control characters, plural forms or paragraphs left half filled, a table row without its cells.
An empty target leaves the translation as it is. What changed is written to the files it belongs
to (only those; an unchanged file is not rewritten, so exporting and importing unchanged is a
no-op), the window's ``.ts`` generated from its catalogue and its ``.qm`` compiled again, and one review record appended to
``resources/i18n/reviews.<lang>.yaml``: who, when, the file, and the id of every changed text.

PO and XLIFF are read and written by the Translate Toolkit (translate-toolkit: the library behind
Pootle and Weblate), which reads what CAT tools write back (XLIFF 1.2 with inline elements, PO with
wrapped lines and flags) through a parser that resolves no entity and fetches nothing.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import subprocess
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.dates import iso_date
from ..domain import placeholders as ph
from ..domain.languages import CATALOGUED, Review, language
from ..files import InputFileError, read_regular
from ..paths import assessments_dir, resources_dir
from . import window
from .kinds import KINDS, Kind, render_catalogue_text
from .translations import Catalogue, Entry, plural_categories, read_catalogue
from ..domain.texts import text as en_line  # the English of a line cli/said.py translates

MAX_FILE = 50 * 1024 * 1024          # a translator's file: the six catalogues are about 2 MB
FORMATS = ("xliff", "po")
UI = "interface"
_KIND_ID = {"texts": "sentences"}     # the id's first part for a kind (the others: the kind's name)
_TAG = re.compile(r"<[A-Za-z/!?][^<>]*>")
_QT_ARG = re.compile(r"%(?:L?\d{1,2}|n|[sdif])")
# what Python's % operator reads as a conversion (the window fills its "%s" and "%d" messages with
# it): only the bare ones a message's English uses may come in its translation
_PY_PERCENT = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d*))?[diouxXeEfFgGcrsab%]")
_PY_BARE = frozenset({"%s", "%d", "%i", "%f", "%%"})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# direction marks, embeddings, overrides and isolates: the application isolates each text itself
# (reports/bidi.py); one in a translation would turn the words around it (a file from outside)
_DIRECTION = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


class TranslationFileError(Exception):
    """A translator's file refused: ``errors`` holds one line per problem; nothing was written."""

    user_error = True

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass(frozen=True)
class Unit:
    id: str
    source: str
    target: str                   # "" while not translated
    notes: tuple[str, ...] = ()
    earlier: str | None = None    # the earlier English the target was translated from (outdated)


@dataclass(frozen=True)
class _Slot:
    """Where a unit's text lives: a catalogue entry (``kind``, ``key``, ``part``: None, a
    paragraph's index, a plural category or "rows"), or a window message (``kind`` = UI, ``key`` =
    the message's index in the window's catalogue, ``part`` = the plural form's index or None)."""

    kind: str
    key: Any
    part: Any = None


@dataclass
class Export:
    lang: str
    units: list[Unit] = field(default_factory=list)
    slots: dict[str, _Slot] = field(default_factory=dict)
    english: dict[tuple[str, str], Any] = field(default_factory=dict)   # (kind, key) -> English
    catalogues: dict[str, Catalogue] = field(default_factory=dict)      # kind -> its catalogue
    window_review: Review = field(default_factory=Review)                # the window's catalogue's review
    window_messages: list[window.Message] = field(default_factory=list)  # its messages, in order
    by_entry: dict[tuple[str, Any], list[Unit]] = field(default_factory=dict)  # (kind, key) -> its units, in order

    def add(self, unit: Unit, slot: _Slot) -> None:
        self.units.append(unit)
        self.slots[unit.id] = slot
        self.by_entry.setdefault((slot.kind, slot.key), []).append(unit)


def ts_path(lang: str) -> Path:
    """The window's Qt Linguist file of ``lang``, generated from its catalogue."""
    return window.ts_path(lang)


def reviews_path(lang: str) -> Path:
    return resources_dir() / "i18n" / f"reviews.{lang}.yaml"


def _rel(path: Path) -> str:
    for root in (resources_dir().parent, assessments_dir().parent):
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            continue
    return path.name


def placeholders(text: str, qt: bool = False) -> Counter:
    """The placeholders of ``text``: Qt's (``%1``, ``%n``, ``%s``) or the bare ``{name}``."""
    return Counter(_QT_ARG.findall(text) if qt else ph.placeholders(text))


def not_bare(text: str, source: str, qt: bool = False) -> list[str]:
    """What ``text`` (a translation of ``source``) holds that a translation may not: a field that
    is not a bare ``{name}`` ("{src:>9}", "{src.__class__}", "{0}") or a lone brace; in a window
    message whose English Python's % operator fills, a conversion other than the bare ones
    ("%-999999999s", "%(x)s")."""
    if not qt:
        return ph.not_bare(text)
    if not re.search(r"%[sdif]", source):
        return []
    return [m for m in _PY_PERCENT.findall(text) if m not in _PY_BARE]


def _keep_note(text: str, qt: bool = False) -> str | None:
    found = sorted(set(_QT_ARG.findall(text) if qt else (f"{{{p}}}" for p in ph.placeholders(text))))
    return f"keep {', '.join(found)} as they are" if found else None


# --- collecting the units of a language ----------------------------------------------------------

def collect(lang: str) -> Export:
    """Every translatable text of ``lang`` as units, in the catalogues' order, then the window's."""
    if lang not in CATALOGUED:
        raise TranslationFileError([f"{lang}: not a language translated in catalogues "
                                    f"({', '.join(CATALOGUED)}; English is the source, written inline)"])
    out = Export(lang)
    for kind in KINDS.values():
        _collect_catalogue(out, kind, lang)
    _collect_window(out, lang)
    return out


def _collect_catalogue(out: Export, kind: Kind, lang: str) -> None:
    path = kind.path(lang)
    errors: list = []
    cat = read_catalogue(path, lang, errors) if path.exists() else Catalogue(lang)
    if errors:
        raise TranslationFileError([str(e) for e in errors])
    out.catalogues[kind.name] = cat
    prefix = _KIND_ID.get(kind.name, kind.name)
    where = _rel(path)
    for key, english in kind.sources().items():
        out.english[(kind.name, key)] = english
        e = cat.entries.get(key)
        text = e.text if e is not None else None
        earlier = e.source if e is not None and text is not None and e.source != english else None
        base = f"{prefix}/{key}"
        note = f"{where}: {key}"
        if isinstance(english, str):
            out.add(Unit(base, english, text if isinstance(text, str) else "",
                         _notes(note, _keep_note(english)), _flat(earlier)), _Slot(kind.name, key))
        elif isinstance(english, list) and english and all(isinstance(r, list) for r in english):
            rows = text if isinstance(text, list) else []
            out.add(Unit(base, _rows(english), _rows(rows),
                         _notes(note, "a table: one row a line, its cells separated by a tab; as many rows "
                                      "as the language needs"), _flat(earlier)), _Slot(kind.name, key, "rows"))
        elif isinstance(english, list):
            paras = text if isinstance(text, list) else []
            for i, para in enumerate(english):
                out.add(Unit(f"{base}#{i + 1}", str(para), str(paras[i]) if i < len(paras) else "",
                             _notes(f"{note}, paragraph {i + 1} of {len(english)}", _keep_note(str(para))),
                             _flat(earlier)), _Slot(kind.name, key, i))
        elif isinstance(english, dict):
            forms = text if isinstance(text, dict) else {}
            for cat_name in _plural_slots(english, lang):
                src = english.get(cat_name) or english["other"]
                out.add(Unit(f"{base}#{cat_name}", src, forms.get(cat_name, ""),
                             _notes(f"{note}, plural form '{cat_name}' (CLDR) of {language(lang).english_name}",
                                    _keep_note(english["other"])), _flat(earlier)),
                        _Slot(kind.name, key, cat_name))


def _plural_slots(english: dict, lang: str) -> tuple[str, ...]:
    cats = plural_categories(lang)
    return (("zero",) if "zero" in english and "zero" not in cats else ()) + cats


def _notes(*notes: str | None) -> tuple[str, ...]:
    return tuple(n for n in notes if n)


def _flat(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _rows(rows: list) -> str:
    return "\n".join("\t".join(str(c) for c in row) for row in rows if isinstance(row, list))


def _parse_xml(data: bytes) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    return etree.fromstring(data, parser).getroottree()


def _collect_window(out: Export, lang: str) -> None:
    path = window.catalogue_path(lang)
    blank = False
    if not path.exists():
        if not language(lang).catalogue:
            return
        # a language added by its catalogue has no window catalogue: the messages are French's, blank
        path, blank = window.catalogue_path("fr"), True
    errors: list = []
    review, messages = window.read(path, "fr" if blank else lang, errors)
    if errors:
        raise TranslationFileError([str(e) for e in errors])
    out.window_review = Review() if blank else review
    where = _rel(path)
    rules = language(lang).qt_forms
    for index, m in enumerate(messages):
        out.window_messages.append(m)
        digest = hashlib.sha1(f"{m.source}\x04{m.comment}".encode()).hexdigest()[:10]
        base = f"{UI}/{m.context}/{digest}"
        notes = [f"{where}: context {m.context}"]
        notes += [f"{label}: {value}" for label, value in (("meaning", m.comment), ("note", m.note)) if value]
        earlier = None if blank else m.earlier
        if m.numerus:
            forms = () if blank else m.text
            count = max(len(forms), len(rules), 1)
            for i in range(count):
                rule = rules[i] if i < len(rules) else f"form {i + 1}"
                out.add(Unit(f"{base}#{i}", m.source, forms[i] if i < len(forms) else "",
                             tuple(notes + [f"Qt plural form {i + 1} of {count}: {rule}",
                                            *_notes(_keep_note(m.source, qt=True))]), earlier),
                        _Slot(UI, index, i))
        else:
            out.add(Unit(base, m.source, "" if blank else str(m.text),
                         tuple(notes + list(_notes(_keep_note(m.source, qt=True)))), earlier), _Slot(UI, index))


# --- writing a file -------------------------------------------------------------------------------

_XLIFF12 = ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" '
            'version="1.2"><file original="{original}" source-language="en" target-language="{lang}" '
            'datatype="plaintext"><body/></file></xliff>\n')


def export_file(lang: str, fmt: str, dest: Path) -> int:
    """Write every text of ``lang`` to ``dest`` as ``fmt`` (xliff or po); return the units written."""
    ex = collect(lang)
    _write_atomic(dest, export_bytes(ex, fmt))
    return len(ex.units)


def export_bytes(ex: Export, fmt: str) -> bytes:
    if fmt == "po":
        return _po_bytes(ex)
    if fmt == "xliff":
        return _xliff_bytes(ex)
    raise TranslationFileError([f"{fmt}: not a format of the translator's file ({', '.join(FORMATS)})"])


def _file_of(unit_id: str, ex: Export) -> str:
    slot = ex.slots[unit_id]
    return _rel(ts_path(ex.lang)) if slot.kind == UI else _rel(KINDS[slot.kind].path(ex.lang))


def _po_bytes(ex: Export) -> bytes:
    from translate.storage import pypo

    po = pypo.pofile()
    lang = language(ex.lang)
    # the language's own facts (catalog.languages): the file, dropped into a languages folder,
    # makes the language as it is
    po.updateheader(add=True, Language=ex.lang, Project_Id_Version="capacity-app",
                    Content_Type="text/plain; charset=UTF-8", Content_Transfer_Encoding="8bit",
                    X_Generator="capacity-app translations export", X_Language_Name=lang.name,
                    X_English_Name=lang.english_name, X_Direction=lang.direction, X_Babel_Locale=lang.babel,
                    X_Script=lang.script, X_Language_Tag=lang.bcp47, X_Quotes="".join(lang.quotes))
    po.units[0].removenotes()
    po.units[0].addnote(f"capacity-app: every text of the {language(ex.lang).english_name} translation. "
                        "msgctxt is the text's id: keep it. Import with: capacity-app translations import FILE "
                        "--reviewer NAME", origin="translator")
    for u in ex.units:
        # made with the file's line wrapper: one without is quoted again, its target read back
        # and set anew, when added to the file (the same lines either way)
        pu = po.UnitClass(u.source, wrapper=po.wrapper)
        pu.setcontext(u.id)
        pu.target = u.target
        for note in u.notes:
            pu.addnote(note, origin="developer")
        if u.earlier is not None:
            pu.addnote(f"translated from an earlier English: {u.earlier}", origin="developer")
            pu.markfuzzy(True)
        po.addunit(pu)
    return bytes(po)


def _xliff_bytes(ex: Export) -> bytes:
    from translate.storage import xliff

    from xml.sax.saxutils import quoteattr

    files: dict[str, str] = {}   # a kind's file, found once (each look-up probes the folders)

    def file_of(unit_id: str) -> str:
        kind = ex.slots[unit_id].kind
        if kind not in files:
            files[kind] = _file_of(unit_id, ex)
        return files[kind]

    first = file_of(ex.units[0].id) if ex.units else "capacity-app"
    doc = xliff.xlifffile.parsestring(
        _XLIFF12.replace('"{original}"', quoteattr(first)).replace("{lang}", ex.lang).encode("utf-8"))
    from lxml import etree
    from translate.misc.xml_helpers import safely_set_text

    target_tag = doc.namespaced("target")
    for u in ex.units:
        doc.switchfile(file_of(u.id), createifmissing=True)
        xu = doc.UnitClass(u.source)
        xu.setid(u.id)
        if u.target:
            # the <target> after the <source>, as the unit's target setter puts it, with its state
            # set once: the setter's own state and approval bookkeeping (read back from the tree
            # several times a unit, a third of the export) was overwritten here anyway
            target = etree.Element(target_tag)
            safely_set_text(target, u.target)
            target.set("state", "needs-review-translation" if u.earlier is not None else "translated")
            xu.xmlelement.insert(1, target)
        for note in u.notes:
            xu.addnote(note, origin="developer")
        if u.earlier is not None:
            xu.addnote(f"translated from an earlier English: {u.earlier}", origin="developer")
        doc.addunit(xu, new=True)

    for node in doc.document.getroot().iter(doc.namespaced("file")):
        node.set("target-language", ex.lang)
        node.set("source-language", "en")
    etree.cleanup_namespaces(doc.document.getroot())
    return bytes(doc)


def _write_atomic(dest: Path, data: bytes) -> None:
    dest = Path(dest)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# --- reading a translator's file -----------------------------------------------------------------

@dataclass(frozen=True)
class _Read:
    id: str
    source: str
    target: str
    confirmed: bool        # the translator confirms it (PO: not fuzzy; XLIFF: not needs-review-*)
    where: str             # for messages: "unit <id>" or "line N"
    markup: str | None = None   # an XLIFF inline element found in the target


def read_file(path: Path, lang: str) -> list[_Read]:
    """The units of a translator's file (PO or XLIFF, told by content), or one line per problem."""
    name = Path(path).name
    try:
        size = Path(path).stat().st_size
    except OSError as exc:
        raise TranslationFileError([f"{name}: cannot be read ({exc.strerror or exc})"]) from None
    if size > MAX_FILE:
        raise TranslationFileError([f"{name}: {size // (1024 * 1024)} MB, more than a translator's file "
                                    f"({MAX_FILE // (1024 * 1024)} MB at most)"])
    try:  # opened once, fstat-checked: a FIFO or a device is never read (/dev/zero hung)
        data = read_regular(path, MAX_FILE)
    except InputFileError as exc:
        raise TranslationFileError([f"{name}: {exc.reason}"]) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # a CAT tool's UTF-16: said as such, not 'neither'
        raise TranslationFileError([f"{name}: saved in UTF-16; save it again as UTF-8 (XLIFF or PO)"])
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:400]
    if head.startswith(b"<"):
        return _read_xliff(data, name, lang)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        raise TranslationFileError([f"{name}: neither XLIFF nor a UTF-8 PO file"]) from None
    return _read_po(data, name, lang)


def _read_po(data: bytes, name: str, lang: str) -> list[_Read]:
    from translate.storage import pypo

    try:
        po = pypo.pofile.parsestring(data)
    except Exception as exc:  # noqa: BLE001 - the parser's errors are many; each is one line here
        raise TranslationFileError([f"{name}: not a PO file ({_one_line(exc)})"]) from None
    header = po.parseheader() if po.units and po.units[0].isheader() else {}
    file_lang = str(header.get("Language", "")).strip()
    if file_lang.replace("_", "-").split("-")[0] != lang:
        raise TranslationFileError([f"{name}: a file of language {file_lang or '(none)'!r}, not {lang!r}"])
    out = []
    for u in po.units:
        if u.isheader() or u.isobsolete():
            continue
        # each of a unit's parts read once: the toolkit unquotes its msgctxt and msgid anew at
        # every read (three reads of the context a unit were half of this loop)
        context, source = u.getcontext() or "", str(u.source)
        if u.hasplural():
            out.append(_Read(context, source, "", False, f"msgid {source[:40]!r}", "msgid_plural"))
            continue
        out.append(_Read(context, source, str(u.target or ""), not u.isfuzzy(),
                         f"msgctxt {context!r}" if context else f"msgid {source[:40]!r}"))
    return out


def _read_xliff(data: bytes, name: str, lang: str) -> list[_Read]:
    try:
        tree = _parse_xml(data)
    except Exception as exc:  # noqa: BLE001 - lxml's syntax errors: one line
        raise TranslationFileError([f"{name}: not XML ({_one_line(exc)})"]) from None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise TranslationFileError([f"{name}: a DOCTYPE (entity declarations) in a translator's file is refused"])
    root = tree.getroot()
    if not isinstance(root.tag, str) or etree_local(root.tag) != "xliff":
        raise TranslationFileError([f"{name}: not an XLIFF file (its root is <{etree_local(str(root.tag))}>)"])
    version = root.get("version", "")
    if not version.startswith("1."):
        raise TranslationFileError([f"{name}: XLIFF {version or '(no version)'}; this import reads XLIFF 1.2"])
    out = []
    errors = []
    # the elements of that local name in any namespace or none ("{*}"), found by lxml itself rather
    # than by naming every node of the file twice
    for fnode in root.iter("{*}file"):
        tl = (fnode.get("target-language") or "").replace("_", "-").split("-")[0]
        if tl != lang:
            errors.append(f"{name}: <file original={fnode.get('original')!r}> is in language "
                          f"{fnode.get('target-language') or '(none)'!r}, not {lang!r}")
    if errors:
        raise TranslationFileError(errors)
    for tu in root.iter("{*}trans-unit"):
        uid = tu.get("id") or ""
        src = _child(tu, "source")
        tgt = _child(tu, "target")
        markup = None
        for node in (src, tgt):
            if node is not None:
                inner = [etree_local(str(c.tag)) for c in node if isinstance(c.tag, str)]
                if inner and node is tgt:
                    markup = f"<{inner[0]}>"
        source = "".join(src.itertext()) if src is not None else ""
        target = "".join(tgt.itertext()) if tgt is not None else ""
        state = (tgt.get("state") or "") if tgt is not None else ""
        out.append(_Read(uid, source, target, not state.startswith("needs-review") and state != "new",
                         f"line {tu.sourceline}", markup))
    return out


def etree_local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(node: Any, name: str) -> Any:
    for c in node:
        if isinstance(c.tag, str) and etree_local(c.tag) == name:
            return c
    return None


def _one_line(exc: BaseException | str) -> str:
    return " ".join(str(exc).split())[:200]


# --- checking and applying -----------------------------------------------------------------------

@dataclass
class ImportResult:
    lang: str
    changed: list[str]                 # ids of the texts changed
    files: list[str]                   # the files rewritten (relative)
    review: Review | None = None


def import_file(path: Path, lang: str, reviewer: str, date: str | None = None, dry_run: bool = False,
                whole_review: bool = False) -> ImportResult:
    """Check the translator's file ``path`` of ``lang`` against today's catalogues and write what
    it changes, with a review record by ``reviewer`` on ``date`` (today by default). Raises
    TranslationFileError with one line per problem, having written nothing."""
    name = Path(path).name
    reviewer = " ".join((reviewer or "").split())
    errors: list[str] = []
    if not reviewer:
        errors.append("a review record needs the reviewer's name (--reviewer \"Name, service\")")
    elif len(reviewer) > 200 or _CONTROL.search(reviewer):
        errors.append("the reviewer's name must be one line of at most 200 characters")
    today = dt.date.today().isoformat()
    day = today
    if date is not None:
        try:  # one rule for a date from outside: every spelling stored as YYYY-MM-DD, in range
            day = iso_date(date)
        except ValueError as exc:
            errors.append(f"the review's date: {exc}")
        if day > today:
            errors.append(f"the review's date {day} is after today ({today}): a review is dated when it was made")
    if errors:
        raise TranslationFileError(errors)
    ex = collect(lang)
    units = {u.id: u for u in ex.units}
    read = read_file(path, lang)
    seen: set[str] = set()
    new: dict[str, str] = {}           # id -> the new target (changed or confirmed)
    for r in read:
        err = _check(r, units.get(r.id), name, lang, seen, units)
        seen.add(r.id)
        if err:
            errors.append(err)
            continue
        u = units[r.id]
        if r.target and (r.target != u.target or (u.earlier is not None and r.confirmed)):
            new[r.id] = r.target
    errors += _check_groups(ex, new, name)
    if errors:
        raise TranslationFileError(errors)
    files = _apply(ex, new, dry_run, whole_review and Review(reviewer, day))
    changed = [u.id for u in ex.units if u.id in new]
    result = ImportResult(lang, changed, files, Review(reviewer, day))
    if not dry_run and (changed or whole_review):
        _append_review(lang, reviewer, day, name, changed, whole_review)
        result.files.append(_rel(reviews_path(lang)))
    return result


def _check(r: _Read, unit: Unit | None, name: str, lang: str, seen: set[str],
           units: dict[str, Unit]) -> str | None:
    where = f"{name}: {r.where}"
    if not r.id:
        return f"{where}: a text without its id (msgctxt / trans-unit id): the file was not exported by capacity-app"
    shown = r.id if len(r.id) <= 120 else r.id[:117] + "…"
    if unit is None:
        return f"{where}: unknown id {shown!r}: no text of {lang} has it (export the file again)"
    if r.id in seen:
        return f"{where}: {shown} comes twice"
    if r.markup == "msgid_plural":
        return f"{where}: {shown}: gettext plural forms are not used here (each plural form is its own text)"
    if r.source != unit.source:
        return f"{where}: {shown}: its English is no longer the source (changed since the export): export again"
    if r.markup:
        return f"{where}: {shown}: markup {r.markup} in the translation (the English has none)"
    if not r.target or r.target == unit.target and r.confirmed is (unit.earlier is None):
        return None
    if _CONTROL.search(r.target):
        return f"{where}: {shown}: control characters in the translation"
    if _DIRECTION.search(r.target):
        mark = _DIRECTION.search(r.target)
        assert mark is not None
        return (f"{where}: {shown}: a direction mark (U+{ord(mark.group()):04X}) in the translation: the "
                "application sets each text's direction itself")
    qt = r.id.startswith(UI + "/")
    plural_form = "#" in r.id and not r.id.rsplit("#", 1)[1].isdigit() or (qt and "#" in r.id)
    want, got = placeholders(unit.source, qt), placeholders(r.target, qt)
    if plural_form:
        # a plural form may spell its number out ("one"): only the other placeholders must stay
        count = {"%n"} if qt else set()
        want = Counter({k: 1 for k in want if k not in count})
        got = Counter({k: 1 for k in got if k not in count})
        missing = [k for k in want if k not in got and not (not qt and r.id.endswith(("#one", "#zero", "#two")))]
        other = units.get(r.id.rsplit("#", 1)[0] + "#other")   # a CLDR form may use the other form's
        allowed = placeholders(unit.source, qt) + (placeholders(other.source) if other else Counter())
        extra = [k for k in got if k not in want and k not in allowed]
    else:
        missing = list((want - got).elements())
        extra = list((got - want).elements())
    bad = not_bare(r.target, unit.source, qt)
    if bad and bad[0] in "{}":
        return (f"{where}: {shown}: braces that do not make a placeholder ({bad[0]!r} alone; "
                "a brace of the text itself is written twice)")
    if bad:
        return en_line("cli.placeholder_not_bare", where=where, text=shown, placeholder=bad[0][:60],
                    bare="%s or %d" if qt else "{name}")
    if missing:
        return en_line("cli.placeholder_missing", where=where, text=shown, placeholder=_ph(missing[0], qt))
    if extra:
        return en_line("cli.placeholder_extra", where=where, text=shown, placeholder=_ph(extra[0], qt))
    tags_src, tags_tgt = Counter(_TAG.findall(unit.source)), Counter(_TAG.findall(r.target))
    if tags_tgt - tags_src:
        return f"{where}: {shown}: markup {next(iter((tags_tgt - tags_src).elements()))[:60]} not in the English"
    if tags_src - tags_tgt and tags_src:
        return f"{where}: {shown}: markup {next(iter((tags_src - tags_tgt).elements()))[:60]} of the English is missing"
    if "\t" in unit.source:
        cells = unit.source.split("\n")[0].count("\t")
        for n, line in enumerate(r.target.split("\n"), 1):
            if line.count("\t") != cells:
                return f"{where}: {shown}: row {n} needs {cells + 1} cells separated by a tab"
    return None


def _ph(name: str, qt: bool) -> str:
    return name if qt else f"{{{name}}}"


def half_filled(ex: Export, new: dict[str, str]) -> list[tuple[list[Unit], str]]:
    """The entries whose plural forms or paragraphs ``new`` fills only in part: (its units, the
    first one left empty). Every one is filled, once any is."""
    out = []
    groups: dict[tuple[str, Any], list[Unit]] = {}
    for u in ex.units:
        slot = ex.slots[u.id]
        if slot.part is not None and slot.part != "rows":
            groups.setdefault((slot.kind, slot.key), []).append(u)
    for members in groups.values():
        if not any(u.id in new for u in members):
            continue
        empty = [u.id for u in members if not (new.get(u.id) or u.target)]
        if empty:
            out.append((members, empty[0]))
    return out


def group_line(members: list[Unit], empty: str, name: str) -> str:
    """One line saying that ``empty`` is left empty while the others of its entry are translated."""
    what = "plural form" if "#" in empty and not empty.rsplit("#", 1)[1].isdigit() \
        or empty.startswith(UI + "/") else "paragraph"
    return (f"{name}: {empty}: {what} left empty while the others of "
            f"{members[0].id.rsplit('#', 1)[0]} are translated")


def _check_groups(ex: Export, new: dict[str, str], name: str) -> list[str]:
    """Plural forms and paragraphs of one entry are filled together: every one, once any is."""
    return [group_line(members, empty, name) for members, empty in half_filled(ex, new)]


def _apply(ex: Export, new: dict[str, str], dry_run: bool, review: Review | bool) -> list[str]:
    """Write the changed texts (and, with ``review``, every catalogue's review record): each file
    whose content changes, rebuilt in memory first, then each written whole."""
    touched: dict[str, set[Any]] = {}
    for uid in new:
        slot = ex.slots[uid]
        touched.setdefault(slot.kind, set()).add(slot.key)
    writes: list[tuple[Path, bytes]] = []
    for kind_name, kind in KINDS.items():
        keys = touched.get(kind_name, set())
        if not keys and not review:
            continue
        cat = ex.catalogues[kind_name]
        entries = dict(cat.entries)
        for key in keys:
            entries[key] = Entry(ex.english[(kind_name, key)], _entry_text(ex, kind_name, key, new))
        rev = review if isinstance(review, Review) else cat.review
        text = render_catalogue_text(kind, ex.lang, Catalogue(ex.lang, rev, entries))
        writes.append((kind.path(ex.lang), text.encode("utf-8")))
    if (UI in touched or review) and window.catalogue_path(ex.lang).exists():
        messages = _window_messages(ex, touched.get(UI, set()), new)
        rev = review if isinstance(review, Review) else ex.window_review
        writes.append((window.catalogue_path(ex.lang), window.render(ex.lang, rev, messages).encode("utf-8")))
        if UI in touched:
            writes.append((ts_path(ex.lang), window.generated_ts(ex.lang, messages).encode("utf-8")))
    if dry_run:
        return [_rel(p) for p, _ in writes]
    lrelease = _lrelease() if UI in touched else None
    for path, data in writes:
        _write_atomic(path, data)
    if lrelease:
        qm = ts_path(ex.lang).with_suffix(".qm")
        done = subprocess.run([lrelease, "-silent", str(ts_path(ex.lang)), "-qm", str(qm)],
                              capture_output=True, text=True)
        if done.returncode:
            raise TranslationFileError([f"{_rel(qm)}: lrelease failed ({_one_line(done.stderr)}); "
                                        "run tools/translations.py release"])
        writes.append((qm, b""))
    else:
        writes += [(path, b"") for path in _release_if_stale(ex)]
    return [_rel(p) for p, _ in writes]


def _release_if_stale(ex: Export) -> list[Path]:
    """Generate the window's .ts from its catalogue and release it again when the .ts or the .qm
    does not hold the catalogue: an import ended (killed, the machine off) between writing the
    catalogue and releasing it, and the same import again changes no text (the .qm stayed stale
    for good, the window showing the old texts). Each is replaced only when it differs (an
    unchanged import writes nothing); the files written."""
    if not window.catalogue_path(ex.lang).exists():
        return []
    ts = ts_path(ex.lang)
    qm = ts.with_suffix(".qm")
    exe = _lrelease()
    written = []
    data = window.generated_ts(ex.lang, ex.window_messages).encode("utf-8")
    if not ts.exists() or ts.read_bytes() != data:
        _write_atomic(ts, data)
        written.append(ts)
    fd, tmp = tempfile.mkstemp(prefix=f".{qm.name}.", suffix=".qm", dir=qm.parent)
    os.close(fd)
    try:
        done = subprocess.run([exe, "-silent", str(ts), "-qm", tmp], capture_output=True, text=True)
        if done.returncode or (qm.exists() and Path(tmp).read_bytes() == qm.read_bytes()):
            return written
        os.replace(tmp, qm)
        return written + [qm]
    finally:
        Path(tmp).unlink(missing_ok=True)


def _window_messages(ex: Export, indexes: set[Any], new: dict[str, str]) -> list[window.Message]:
    """The window's catalogue with the new texts of the messages ``indexes``: each translated from
    today's English (no longer outdated)."""
    out = list(ex.window_messages)
    for index in indexes:
        m, units = out[index], ex.by_entry[(UI, index)]
        text: str | tuple[str, ...] = tuple(new.get(u.id, u.target) for u in units) if m.numerus \
            else new.get(units[0].id, units[0].target)
        out[index] = window.Message(m.context, m.source, m.comment, m.note, m.numerus, text, None)
    return out


def _entry_text(ex: Export, kind: str, key: str, new: dict[str, str]) -> Any:
    english = ex.english[(kind, key)]
    old = ex.catalogues[kind].entries.get(key)
    old_text = old.text if old is not None else None
    units = ex.by_entry[(kind, key)]
    if isinstance(english, str):
        return new.get(units[0].id, units[0].target)
    if ex.slots[units[0].id].part == "rows":
        text = new.get(units[0].id, units[0].target)
        return [line.split("\t") for line in text.split("\n") if line.strip()]
    if isinstance(english, list):
        return [new.get(u.id, u.target) for u in units]
    forms = {ex.slots[u.id].part: new.get(u.id, u.target) for u in units}
    if isinstance(old_text, dict):
        forms = {**{k: v for k, v in old_text.items() if k not in forms}, **forms}
    return forms


def _lrelease() -> str:
    """Qt's lrelease inside the PySide6 package (found without importing PySide6)."""
    import importlib.util
    import shutil

    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        exe = Path(folder) / ("lrelease.exe" if os.name == "nt" else "lrelease")
        if exe.exists():
            return str(exe)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise TranslationFileError(["Qt's lrelease not found (it comes with PySide6-Essentials): "
                                    "the window's catalogue cannot be compiled; nothing was written"])
    return found


def _append_review(lang: str, reviewer: str, day: str, file: str, changed: Iterable[str], whole: bool) -> None:
    path = reviews_path(lang)
    old = path.read_text(encoding="utf-8") if path.exists() else (
        f"# {language(lang).english_name} ({lang}): the review record of every translator's file imported\n"
        "# (capacity-app translations import): who, when, which file, and the id of every text it changed.\n")
    q = json.dumps
    lines = [f"- reviewed_by: {q(reviewer, ensure_ascii=False)}", f"  date: {q(day)}",
             f"  file: {q(file, ensure_ascii=False)}", f"  whole_language: {'true' if whole else 'false'}",
             "  changed:"]
    lines += [f"    - {q(i, ensure_ascii=False)}" for i in changed] or []
    if not list(changed):
        lines[-1] = "  changed: []"
    _write_atomic(path, (old.rstrip("\n") + "\n" + "\n".join(lines) + "\n").encode("utf-8"))

