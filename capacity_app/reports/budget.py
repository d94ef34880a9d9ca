"""Bounded text: whatever is stored, the report prints a bounded amount of user text.

Layout time grows with the square of a word's length (WeasyPrint lays out the rest of an
unbreakable word again for every line it breaks: a 20,000-character word took 44 s, with a break
opportunity every WORD_CHARS characters 1 s), and with everything printed. So long words get
invisible break opportunities (U+200B), one field prints at most FIELD_CHARS characters, one answer
at most EVIDENCE_SHOWN evidence lines, the cover at most INSTITUTIONS_SHOWN institutions, the whole
report at most REPORT_CHARS characters of user text (inside :func:`text_budget`); each cut says
"… N more (see the attached data)", and the attached JSON is complete.

User text is printed as it is stored: every direction control, direction mark and
zero-width character typed in it is shown as a mark naming it ("[RLO]", "[RLM]", "[ZWSP]", as the
import preview shows them, ``domain.celltext.shown_invisible``) here, when the text is cut, before
the report adds its own invisible characters (the break opportunities below, the isolates around
figures of reports/bidi.py, the word joiners of reports/typography.py), which are therefore never
confused with the user's.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from ..domain.celltext import shown_invisible
from ..domain.languages import is_rtl
from ..domain.placeholders import fill
from .format import Strings, fmt_number, plural

WORD_CHARS = 30
FIELD_CHARS = 2_000
EVIDENCE_SHOWN = 10
INSTITUTIONS_SHOWN = 60
REPORT_CHARS = 250_000
AUTHOR_CHARS = 150

_LONG_RUN = re.compile(rf"\S{{{WORD_CHARS + 1},}}")
# characters of user text the report being assembled may still print (None outside text_budget)
_budget: ContextVar[list[int] | None] = ContextVar("report_text_budget", default=None)
# the user's texts the report being assembled prints that its language's typographic pass would
# change: held as typed wherever a sentence of the report's quotes them (typography.typeset_around)
_held: ContextVar[set[str] | None] = ContextVar("report_user_texts", default=None)


@contextmanager
def text_budget(chars: int = REPORT_CHARS) -> Iterator[None]:
    """While inside, :func:`bounded_text` prints at most ``chars`` characters of user text in all."""
    token, held = _budget.set([chars]), _held.set(set())
    try:
        yield
    finally:
        _budget.reset(token)
        _held.reset(held)


def user_texts() -> frozenset[str]:
    """The user's texts printed so far inside :func:`text_budget` that the report's typographic
    pass would change (an English "Lead; owner?" in a French report), and in a right-to-left report
    every one (an English comment inside an Arabic sentence is isolated whole: reports/bidi.py):
    the report prints them as typed wherever they appear."""
    held = _held.get()
    return frozenset(held) if held else frozenset()


def _typed(text: str, lang: str) -> UserText:
    """``text`` is the user's: printed as typed, alone or inside a sentence of the report's."""
    held = _held.get()
    if held is not None:
        from .typography import typeset

        if typeset(text, lang) != text or is_rtl(lang):  # right to left: isolated (reports/bidi.py)
            held.add(text)
    return UserText(text)


def budget_left() -> bool:
    """False once the report's budget of user text is spent (always True outside a budget)."""
    budget = _budget.get()
    return budget is None or budget[0] > 0


def breakable(text: str) -> str:
    """``text`` with a zero-width space every :data:`WORD_CHARS` characters of a longer word; a
    line breaks after the "/" of a web address or a path, which gets one only in a longer piece
    between two "/" ("https://stat.veloria.example/p|opulation")."""
    if len(text) <= WORD_CHARS:
        return text

    def cut(run: str) -> str:
        return "\u200b".join(run[i:i + WORD_CHARS] for i in range(0, len(run), WORD_CHARS))

    return _LONG_RUN.sub(lambda m: "".join(cut(p) if len(p) > WORD_CHARS else p
                                           for p in re.split(r"(?<=/)", m[0])), text)


def kept_together(name: str, limit: int = 32) -> str:
    """A short name (a partner's, at most ``limit`` characters) with no-break spaces, so that a
    heading breaks before it rather than inside it ("Funding request —" then "European Union");
    a longer one as it is."""
    return name.replace(" ", "\u00a0") if len(name) <= limit else name


def more_items(n: int, lang: str, s: Strings) -> str:
    return fill(s["more_items"], n=fmt_number(n, lang))


class UserText(str):
    """Text the user typed, as :func:`bounded_text` gives it: a ``str`` to everything that reads
    the report's context (the templates, the Word report, tests), which the typographic pass of
    the report's language leaves as it is (French spacing before ";" and ":" is the
    application's rule for its own sentences, never applied to an English comment in a French
    report; reports/pdf.py's finalize). A string built from it (format, join) is a plain ``str``
    again, and gets the language's pass as before."""

    __slots__ = ()


class Typeset(str):
    """One of the application's sentences with the user's text in it (:func:`with_user_text`), typeset
    already: the sentence's own words and punctuation by the language's rules, the user's
    ``parts`` as typed. The finalize prints it as it is."""

    parts: tuple[str, ...]

    def __new__(cls, text: str, parts: tuple[str, ...] = ()):
        obj = super().__new__(cls, text)
        obj.parts = tuple(parts)
        return obj

    def __reduce__(self):
        return (Typeset, (str(self), self.parts))


def with_user_text(template: str, lang: str, /, **values: object) -> str:
    """``fill(template, **values)`` (domain.placeholders) with the language's typography applied to the application's
    sentence only: each user text among ``values`` (UserText, or a Typeset sentence) stands in as
    a word while the sentence is typeset ("Autre : {funder}" keeps its French space), then goes
    back as typed ("Partner; fund: X?" keeps its own punctuation). Without user text, the plain
    formatted sentence (typeset later by the finalize, as before)."""
    from .typography import typeset

    held: dict[str, str] = {}
    filled: dict[str, object] = {}
    for i, (key, value) in enumerate(values.items()):
        if isinstance(value, (UserText, Typeset)):
            token = f"Qzx{i}xzQ"   # letters: the spacing rules see a word
            held[token], filled[key] = value, token
        else:
            filled[key] = value
    text = fill(template, **filled)
    if not held:
        return text
    text = typeset(text, lang)
    parts: list[str] = []
    for token, value in held.items():
        text = text.replace(token, value)
        parts += list(value.parts) if isinstance(value, Typeset) else [value]
    return Typeset(text, tuple(parts))


def with_user_parts(text: str, items: Sequence[str], lang: str | None = None) -> str:
    """``text``, built by the application around user texts (``items``: :func:`bounded_text`'s, or
    sentences of :func:`with_user_text`) by a join or a list of the language's own separators (owners
    "A; B", a cost line's funder), known as such: the finalize marks each user text in it as typed
    (never hyphenated by the report's language) and prints the rest as it is, typeset already by
    the join (``lang`` given: the application's words between the user texts are typeset here, for
    a text joined from raw catalogue words). A plain ``str`` when none of ``items`` is the user's."""
    parts: list[str] = []
    for x in items:
        if isinstance(x, Typeset):
            parts += x.parts
        elif isinstance(x, UserText):
            parts.append(x)
    if not parts:
        return text
    if lang is not None:
        from .typography import typeset

        pieces = re.split("(" + "|".join(re.escape(p) for p in sorted(set(parts), key=len, reverse=True)) + ")", text)
        text = "".join(p if i % 2 else typeset(p, lang) for i, p in enumerate(pieces))
    return Typeset(text, tuple(parts))


def bounded_text(text: str, lang: str, s: Strings, *, user: bool = True) -> str:
    """User text as the report prints it: at most :data:`FIELD_CHARS` characters (and what is left
    of the report's budget), then "… N more characters (see the attached data)"; its invisible
    characters shown as marks (``user``: False for a text the report formatted itself, a number or
    a date whose isolates and direction marks are Babel's and bidi.py's); long words breakable."""
    budget = _budget.get()
    limit = FIELD_CHARS if budget is None else max(0, min(FIELD_CHARS, budget[0]))
    shown = text[:limit]
    if budget is not None:
        budget[0] -= len(shown)
    if user:  # marked after the cut (a mark is never cut in two) and before the breaks are added
        shown = shown_invisible(shown)
    if len(text) <= limit:
        return _typed(breakable(shown), lang) if user else breakable(shown)
    more = plural(s["more_chars"], len(text) - limit, lang)
    if not user:
        return f"{breakable(shown)} {more}" if shown else more
    from .typography import typeset  # the report's own sentence after the cut: its language's pass

    return _typed(f"{breakable(shown)} {typeset(more, lang)}" if shown else typeset(more, lang), lang)


def bounded_name(text: str) -> str:
    """A name, not a text (the report's author): one line of at most :data:`AUTHOR_CHARS` characters
    (the attached data has it whole), its invisible characters shown as marks."""
    text = " ".join(text.split())
    return shown_invisible(text[:AUTHOR_CHARS - 1] + "…" if len(text) > AUTHOR_CHARS else text)
