"""Sentences filled with values: the one formatter of every translatable text.

A translation is data, never code. Its placeholders are the bare ``{name}`` (an ASCII identifier
between braces) and nothing else; ``{{`` and ``}}`` are a literal brace. Python's ``str.format``
would also read a conversion (``{x!r}``), a format spec (``{x:>999999999}``: a sentence of 1 GB),
an attribute (``{x.__class__.__mro__}``: Python's internals in a report) or an index (``{x[0]}``)
from the translator's text; :func:`fill` reads none of them. A field that is not bare, a name that
no value has and a lone brace are left in the sentence as they were written (the checks of the
translator's file and of the shipped catalogues refuse them first: catalog/translator.py,
tests/catalog/test_shipped_placeholders.py), so filling a sentence never fails and never allocates more
than its text and its values.

:func:`parts` cuts a sentence at its placeholders, for an output that places something other
than text there (the page counters of the report's footer): every order a language needs works
("Page {page} of {pages}", "{pages}: стр. {page}").

Pure: no files, no third-party library.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# a doubled brace, or one field: a brace, anything but a brace, its closing brace; compiled at
# their first use, then taken from re's cache (the window's first view fills no template)
_FIELD = r"\{\{|\}\}|\{([^{}]*)\}"
_NAME = r"[A-Za-z_][A-Za-z0-9_]*"


def _fields(template: str) -> Iterator[tuple[re.Match[str], str | None]]:
    """Each doubled brace (name None) and each field (its text between the braces)."""
    for m in re.finditer(_FIELD, template):
        yield m, m.group(1)


def is_bare(field: str) -> bool:
    """Whether ``field`` (the text between the braces) is a bare name."""
    return re.fullmatch(_NAME, field) is not None


def fill(template: str, /, **values: object) -> str:
    """``template`` with each bare ``{name}`` replaced by ``values[name]`` (as ``format(value)``:
    what ``str.format`` writes for a bare field), ``{{`` and ``}}`` by one brace; anything else
    (a field that is not bare, a name without a value, a lone brace) left as it is written."""
    if "{" not in template and "}" not in template:
        return template
    out: list[str] = []
    for literal, name, written in (_cut_once(template) if len(template) <= _KEPT else _cut(template)):
        out.append(literal)
        if name:
            out.append(format(values[name]) if name in values else written)
    return "".join(out)


def _cut(template: str) -> tuple[tuple[str, str, str], ...]:
    """``template`` read for :func:`fill`: for each bare field, the literal text before it (doubled
    braces as one, every other field as written), its name and the field as written; last, the
    literal text after the last one (name "")."""
    pieces: list[tuple[str, str, str]] = []
    text: list[str] = []
    at = 0
    for m, name in _fields(template):
        text.append(template[at:m.start()])
        at = m.end()
        if name is None:
            text.append(m.group(0)[0])
        elif is_bare(name):
            pieces.append(("".join(text), name, m.group(0)))
            text = []
        else:
            text.append(m.group(0))
    text.append(template[at:])
    pieces.append(("".join(text), "", ""))
    return tuple(pieces)


# fill() fills the same few hundred sentences again and again (every reason of every score, every
# line of a report): each is read once and kept, up to a thousand sentences of a sentence's length
_KEPT = 2000
_cut_once = lru_cache(maxsize=1024)(_cut)


def placeholders(template: str) -> list[str]:
    """The bare names of ``template``, in their order, each as often as it comes."""
    return [name for _, name in _fields(template) if name is not None and is_bare(name)]


def not_bare(template: str) -> list[str]:
    """Every field of ``template`` that is not a bare ``{name}``, as written ("{src:>9}",
    "{src.__class__}", "{0}", "{}"), and a lone brace ("{" or "}") that opens or closes none."""
    bad: list[str] = []
    at = 0
    for m, name in _fields(template):
        bad += [ch for ch in template[at:m.start()] if ch in "{}"]
        at = m.end()
        if name is not None and not is_bare(name):
            bad.append(m.group(0))
    bad += [ch for ch in template[at:] if ch in "{}"]
    return bad


def parts(template: str) -> list[str | tuple[str]]:
    """``template`` cut at its bare placeholders: the literal texts (``{{`` and ``}}`` as one
    brace, the empty ones left out) and each placeholder as a one-tuple ``(name,)``, in order."""
    out: list[str | tuple[str]] = []
    text: list[str] = []
    at = 0
    for m, name in _fields(template):
        text.append(template[at:m.start()])
        at = m.end()
        if name is None:
            text.append(m.group(0)[0])
        elif is_bare(name):
            if "".join(text):
                out.append("".join(text))
            text = []
            out.append((name,))
        else:
            text.append(m.group(0))
    text.append(template[at:])
    if "".join(text):
        out.append("".join(text))
    return out
