"""How much of each language there is: the units of its translator's file, per kind of text,
translated and in all (``translations status``, docs/languages.md)."""
from __future__ import annotations

from ..domain.languages import language
from . import dropin
from .translator import collect


def counts(lang: str) -> dict[str, tuple[int, int]]:
    """Per kind of text (the translator's file's id prefixes: questionnaire, sentences, report,
    help, aggregate, forms, cli, interface), (translated, total) units of a catalogued language, as its
    translator's file holds them (for a language added by its catalogue: as that file gives them,
    refused entries not counted)."""
    ex = collect(lang)
    if language(lang).catalogue:
        done: set[str] | frozenset[str] = dropin.read(lang).accepted
    else:
        done = {u.id for u in ex.units if u.target}
    out: dict[str, list[int]] = {}
    for u in ex.units:
        kind = u.id.split("/", 1)[0]
        row = out.setdefault(kind, [0, 0])
        row[1] += 1
        row[0] += u.id in done
    return {k: (v[0], v[1]) for k, v in out.items()}

