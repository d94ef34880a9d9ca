"""The command line's lines in the user's language: a refusal or notice is written in
English by the layer that finds it (a service, an importer), from an entry of ``domain.texts``
(``cli.*``); printed, the line is matched against those entries' English and said again in the
language of the command line, its values (file names, ids, counts, dates) carried over as they
were. A line no entry matches is printed as it is.

The language: ``CAPACITY_APP_LANG`` (en, fr, es, ru, zh, ar), else the locale's language
(``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as POSIX reads them) when it is one of the six, else
English."""
from __future__ import annotations

import functools
import os
import re

import click

from ..domain.languages import LANGUAGES
from ..domain.placeholders import parts
from ..domain.texts import TEXTS, text

PREFIX = "cli."
# the values that are optional parts of a line (empty, or one form), which a value before them must
# not take in: "… ({detail}){more}: …" with "{more}" " (and 2 more)" or nothing
FORMS = {"more": r"(?: \(and \d+ more\))?", "recorded": r"(?:; recorded .*)?",
         "before": r"(?: \(\d+ attached already\))?", "tail": r"(?: \((?:refused: .*|would be attached)\))?",
         # an overrun's share of the line's budget and its note (domain/plan/overrun.py); the entries a
         # reply of progress already proposed (cli/progress_replies.py)
         "share": r"(?: \(\d+ %\))?", "note": r"(?:; note: .*)?", "earlier": r"(?: \(\d+ already proposed\))?"}


def language() -> str:
    """The command line's language (see the module)."""
    chosen = os.environ.get("CAPACITY_APP_LANG", "").strip().lower()
    if chosen:
        return chosen if chosen in LANGUAGES else "en"
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            code = value.split("_")[0].split(".")[0].split("@")[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"


# the most ways an entry's fixed parts may be placed in a line (the product of how often each occurs)
# for its pattern to be tried: its lazy groups backtrack over every way, so a line of a signer's
# name such as ": a , " repeated took seconds, growing with the 4th power of its length; a line
# more ambiguous than this is printed as it is
WAYS = 5000


@functools.cache
def _patterns() -> list[tuple[str, re.Pattern[str], tuple[str, ...]]]:
    """(key, a pattern of its English with each placeholder a group, its fixed parts in order),
    longest English first."""
    out = []
    for key, entry in TEXTS.items():
        if not key.startswith(PREFIX):
            continue
        seen: set[str] = set()
        rx, fixed = [], []
        for part in parts(entry["en"]):
            if isinstance(part, str):
                rx.append(re.escape(part))
                fixed.append(part)
                continue
            name = part[0]
            rx.append(f"(?P={name})" if name in seen else f"(?P<{name}>{FORMS.get(name, '.*?')})")
            seen.add(name)
        out.append((key, re.compile("".join(rx), re.DOTALL), tuple(f for f in fixed if f)))
    return sorted(out, key=lambda kp: -len(TEXTS[kp[0]]["en"]))


def _may_match(fixed: tuple[str, ...], line: str, at: int = 0) -> bool:
    """Whether an entry's fixed parts occur in ``line`` from ``at`` in their order (str.find, in
    linear time), in few enough ways (``WAYS``) for its pattern to be tried in bounded time."""
    pos, ways = at, 1
    for part in fixed:
        found = line.find(part, pos)
        if found < 0:
            return False
        ways *= line.count(part, at)
        if ways > WAYS:
            return False
        pos = found + len(part)
    return True


def translated(line: str, lang: str | None = None) -> str:
    """``line`` in ``lang`` (the command line's by default) when its English is one of the entries
    (its start, such as "capacity-app: FILE: ", kept); else as it is."""
    lang = lang or language()
    if lang == "en":
        return line
    # where the sentence may start: the line's start or after a ": " ("capacity-app: FILE: …"); the
    # latest that matches, so that an entry opening with a value does not take the line's start in
    starts = [0, *(m.end() for m in re.finditer(": ", line))][::-1]
    for key, pattern, fixed in _patterns():
        if not _may_match(fixed, line):
            continue
        for at in starts:
            m = pattern.fullmatch(line, at) if _may_match(fixed, line, at) else None
            if m is not None:
                return line[:at] + _filled(key, m, lang, 0)
    return line


def _filled(key: str, m: re.Match[str], lang: str, depth: int) -> str:
    """The entry in ``lang`` with the values matched, each said again when it is itself an entry
    (a sign-off's parts in the line of a signature without a check)."""
    return text(key, lang, **{k: _whole(v, lang, depth + 1) for k, v in m.groupdict().items()})


def _whole(value: str, lang: str, depth: int) -> str:
    if depth > 3 or not value:
        return value
    for key, pattern, fixed in _patterns():
        m = pattern.fullmatch(value) if _may_match(fixed, value) else None
        if m is not None:
            return _filled(key, m, lang, depth)
    return value


def said(line: str, err: bool = True) -> None:
    """Print ``line`` in the command line's language (on standard error by default)."""
    click.echo(translated(line), err=err)


__all__ = ["language", "said", "translated"]
