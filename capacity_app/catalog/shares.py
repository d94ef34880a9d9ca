"""How much of each language there is: the units of its translator's file, per kind of text,
translated and in all (``translations status``, docs/languages.md)."""
from __future__ import annotations

from typing import Any

from ..domain.languages import language
from . import dropin
from .translator import UI, Export, _first_children, _text_of, collect

def counts(lang: str) -> dict[str, tuple[int, int]]:
    """Per kind of text (the translator's file's id prefixes: questionnaire, sentences, report,
    help, aggregate, forms, interface), (translated, total) units of a catalogued language, as its
    translator's file holds them (for a language added by its catalogue: as that file gives them,
    refused entries not counted)."""
    ex = collect(lang)
    if language(lang).catalogue:
        got = dropin.read(lang)
        done = _dropin_done(ex, got)
    else:
        done = {u.id for u in ex.units if u.target}
    out: dict[str, list[int]] = {}
    for u in ex.units:
        kind = u.id.split("/", 1)[0]
        row = out.setdefault(kind, [0, 0])
        row[1] += 1
        row[0] += u.id in done
    return {k: (v[0], v[1]) for k, v in out.items()}


def _dropin_done(ex: Export, got: Any) -> set[str]:
    """The units of ``ex`` the language added by its catalogue translates (``got``: catalog.dropin)."""
    done = set()
    for u in ex.units:
        slot = ex.slots[u.id]
        if slot.kind == UI:
            continue
        entry = got.catalogues.get(slot.kind)
        if entry is not None and slot.key in entry.entries:
            done.add(u.id)
    translated_window = {key for key, forms in got.window.items() if any(forms)}
    for u in ex.units:
        slot = ex.slots[u.id]
        if slot.kind == UI:
            msg = ex.ts_messages[slot.key]
            first = _first_children(msg)
            key = ((msg.getparent().findtext("name") or ""), _text_of(first.get("source")), _text_of(first.get("comment")))
            if key in translated_window:
                done.add(u.id)
    return done
