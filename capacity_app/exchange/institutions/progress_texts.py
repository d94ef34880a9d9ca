"""The fixed texts of an institution's progress workbook, in the six UN languages: the
cover, the sheets' names and column headings, the statuses of an action. They live in the
application's catalogues, ``resources/forms/strings.yaml`` (English, French, Spanish) and
``strings.<lang>.yaml`` (Arabic, Chinese, Russian), under ``progress.<key>``, and the texts it
says as the question form does under ``form.<key>`` (``SHARED``); this module reads them by
``<key>`` (``catalog.forms_texts``). The actions, cost lines and indicators themselves are the
plan's own words."""
from __future__ import annotations

from collections.abc import Mapping

from ...catalog import forms_texts
from .texts import PART as FORM_PART

PART = "progress"  # the catalogue's keys of this workbook: progress.<key>
# the texts said as the question form says them: the form's, one translation each
SHARED = frozenset({"sheet.cover", "cover.institution", "cover.country", "cover.assessment", "cover.respondent",
                    "cover.role", "error.title", "error.list", "error.date", "error.text", "not_given"})
STATUSES = ("planned", "in_progress", "done", "dropped")


def _path(key: str) -> str:
    return f"{FORM_PART if key in SHARED else PART}.{key}"


def _paths() -> dict[str, str]:
    prefix = PART + "."
    out = {k[len(prefix):]: k for k in forms_texts.keys() if k.startswith(prefix)}
    out.update((k, _path(k)) for k in sorted(SHARED))
    return out


# every text by its key, as {language: text} of each language that has one (read-only, read from
# the catalogues when first looked into)
TEXTS: Mapping[str, Mapping[str, str]] = forms_texts.Table(_paths)


def text(key: str, lang: str, **params: object) -> str:
    """The text ``key`` in ``lang`` (English when the language has none), with ``params`` filled."""
    return forms_texts.text(_path(key), lang, **params)


def status_label(status: str, lang: str) -> str:
    return text(f"status.{status}", lang)


def status_of_label(label: str) -> str | None:
    """The status a cell's text names: its label in any of the languages, or its code."""
    folded = " ".join(str(label).split()).casefold()
    for code in STATUSES:
        if folded in (code, code.replace("_", " ")) or \
                folded in {v.casefold() for v in forms_texts.translations(_path(f"status.{code}")).values()}:
            return code
    return None


__all__ = ["TEXTS", "status_label", "status_of_label", "text"]
