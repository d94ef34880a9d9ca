"""A language added by its catalogue: one translator's PO file (as ``translations export`` writes
it, every kind of text in one file) dropped into a languages folder (``catalog.languages``). Its
texts are read here into the same catalogues every other language has, one per kind, and the
window's messages, so that every output reads them the way it reads Arabic's.

Every entry is checked as the translator's import checks it (placeholders, markup, control
characters, plural forms and paragraphs filled together, the English it was translated from): an
entry that fails is left out, English shows in its place, and one line names the file, the entry
and the reason (``problems``). A file that cannot be read at all leaves the whole language in
English, with one line. Nothing is written: the file is read where it lies, once per change."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.languages import BY_CODE
from .kinds import KINDS
from .translations import Catalogue, Entry


@dataclass
class DropIn:
    lang: str
    path: str
    catalogues: dict[str, Catalogue] = field(default_factory=dict)      # kind -> its catalogue
    window: dict[tuple[str, str, str], tuple[str, ...]] = field(default_factory=dict)  # (context, source, comment) -> forms
    problems: list[str] = field(default_factory=list)
    accepted: frozenset[str] = frozenset()    # the ids of the translator's file's units taken
    total: int = 0

    @property
    def translated(self) -> int:
        return len(self.accepted)

    @property
    def share(self) -> float:
        """The share of the texts translated, 0-1."""
        return self.translated / self.total if self.total else 0.0


_READ: dict[str, tuple[tuple[float, int], DropIn]] = {}
_READING: set[str] = set()


def is_dropin(lang: str) -> bool:
    known = BY_CODE.get(lang)
    return bool(known is not None and known.catalogue)


def read(lang: str) -> DropIn:
    """The texts of ``lang``'s catalogue (a language added by its catalogue), read once per change
    of the file."""
    known = BY_CODE.get(lang)
    if known is None or not known.catalogue:
        raise KeyError(lang)
    path = Path(known.catalogue)
    try:
        st = path.stat()
        stamp = (st.st_mtime, st.st_size)
    except OSError:
        stamp = (0.0, -1)
    kept = _READ.get(lang)
    if kept is not None and kept[0] == stamp and kept[1].path == str(path):
        return kept[1]
    if lang in _READING:  # collecting the English sources loads the questionnaire, which asks again
        return DropIn(lang, str(path), {kind: Catalogue(lang) for kind in KINDS})
    _READING.add(lang)
    try:
        got = _read(lang, path)
    finally:
        _READING.discard(lang)
    _READ[lang] = (stamp, got)
    return got


def _read(lang: str, path: Path) -> DropIn:
    from . import translator as t

    out = DropIn(lang, str(path))
    ex = t.collect(lang)
    units = {u.id: u for u in ex.units}
    out.total = len(units)
    name = path.name
    try:
        rows = t.read_file(path, lang)
    except t.TranslationFileError as exc:
        out.problems = [f"{path}: {line}; the language shows in English" if not line.startswith(name)
                        else f"{path.parent / line}; the language shows in English" for line in exc.errors]
        out.catalogues = {kind: Catalogue(lang) for kind in KINDS}
        return out
    new: dict[str, str] = {}
    seen: set[str] = set()
    refused: set[str] = set()
    for r in rows:
        err = t._check(r, units.get(r.id), name, lang, seen, units)
        seen.add(r.id)
        if err:
            out.problems.append(f"{path.parent / err}: English shows instead")
            refused.add(r.id.rsplit("#", 1)[0])
            continue
        if r.target:
            new[r.id] = r.target
    for members, empty in t.half_filled(ex, new):  # an entry half filled: the whole entry in English
        group = members[0].id.rsplit("#", 1)[0]
        if group not in refused:  # told once: the refused form's line says why
            out.problems.append(f"{path.parent / t.group_line(members, empty, name)}: English shows instead")
        for u in members:
            new.pop(u.id, None)
    out.accepted = frozenset(new)
    touched: dict[str, set[Any]] = {}
    window_units: dict[Any, list[str]] = {}   # a window message's units (its plural forms), in order
    for u in ex.units:
        slot = ex.slots[u.id]
        if u.id in new:
            touched.setdefault(slot.kind, set()).add(slot.key)
        if slot.kind == t.UI:
            window_units.setdefault(slot.key, []).append(u.id)
    for kind_name in KINDS:
        entries: dict[str, Entry] = {}
        for key in touched.get(kind_name, ()):
            entries[key] = Entry(ex.english[(kind_name, key)], t._entry_text(ex, kind_name, key, new))
        out.catalogues[kind_name] = Catalogue(lang, entries=entries)
    for index in touched.get(t.UI, ()):
        m = ex.window_messages[index]
        out.window[(m.context, m.source, m.comment)] = tuple(new.get(uid, "") for uid in window_units[index])
    return out


def catalogue(lang: str, kind: str) -> Catalogue:
    """The catalogue of ``kind`` (a name of ``catalog.kinds.KINDS``) of ``lang``: a copy, its
    entries shared."""
    got = read(lang).catalogues.get(kind) or Catalogue(lang)
    return Catalogue(lang, got.review, dict(got.entries))
