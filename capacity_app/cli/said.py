"""The command line's lines in the user's language: a refusal or notice is written in
English by the layer that finds it (a service, an importer), from an entry of ``domain.texts``
(``cli.*``); printed, the line is matched against those entries' English and said again in the
language of the command line, its values (file names, ids, counts, dates) carried over as they
were. A line no entry matches is printed as it is.

The language: ``CAPACITY_APP_LANG`` (en, fr, es, ru, zh, ar, pt: the languages of
resources/languages/languages.json), else the locale's language (``LC_ALL``, ``LC_MESSAGES``,
``LANG``, as POSIX reads them) when it is one of them, else
English."""
from __future__ import annotations

import os
from collections.abc import Sequence

import click

from ..domain.languages import LANGUAGES
from ..domain.retold import FORMS, retold
from ..domain.texts import text



class LanguageChoice(click.Choice):
    """``--lang``'s choices: the application's languages (or, given, another live list of them such
    as the catalogued ones) as they are when the option is read or its help printed (a language
    dropped in or taken out since the command was defined), not a copy made when its module was
    imported."""

    def __init__(self, codes: Sequence[str] = LANGUAGES) -> None:
        self._codes = codes
        super().__init__(codes)

    @property
    def choices(self) -> tuple[str, ...]:
        return tuple(self._codes)

    @choices.setter
    def choices(self, value: object) -> None:  # click sets it once in its __init__; the list is live
        pass


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


def translated(line: str, lang: str | None = None) -> str:
    """``line`` in ``lang`` (the command line's by default) when its English is one of the entries
    (its start, such as "capacity-app: FILE: ", kept); else as it is (``domain.retold``)."""
    return retold(line, lang or language())


def say(key: str, **values: object) -> str:
    """The line of entry ``key`` (domain/texts.py) in the command line's language."""
    return text(key, language(), **values)


def coded(code: str, key: str) -> str:
    """A code a script may read (a status such as ``in_progress``), printed as it is in English,
    said in another language by entry ``key`` (its label there)."""
    return code if language() == "en" else say(key)


def reasons(line: str) -> str:
    """An English line of reasons joined by "; " (each an entry's English) said reason by reason
    in the command line's language, joined as the language joins them."""
    lang = language()
    return text("list.semicolon", lang).join(translated(p, lang) for p in line.split("; "))


def said(line: str, err: bool = True) -> None:
    """Print ``line`` in the command line's language (on standard error by default)."""
    click.echo(translated(line), err=err)


__all__ = ["FORMS", "coded", "language", "reasons", "said", "say", "translated"]
