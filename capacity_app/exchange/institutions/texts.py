"""The fixed texts of an institution's workbook, in the six UN languages: the cover, the
column headings, what each answer cell accepts and the refusals its checks show. They live in the
application's catalogues, ``resources/forms/strings.yaml`` (English) and
``strings.<lang>.yaml`` (every other language), under ``form.<key>``; this module reads them
by ``<key>`` (``catalog.forms_texts``). The questions themselves come from the questionnaire
(``assessments/``, its catalogues for every other language)."""
from __future__ import annotations

from collections.abc import Mapping

from ...catalog import forms_texts

PART = "form"  # the catalogue's keys of this workbook: form.<key>


def _paths() -> dict[str, str]:
    prefix = PART + "."
    return {k[len(prefix):]: k for k in forms_texts.keys() if k.startswith(prefix)}


# every text by its key, as {language: text} of each language that has one (read-only, read from
# the catalogues when first looked into): what a reply's cell is matched against
TEXTS: Mapping[str, Mapping[str, str]] = forms_texts.Table(_paths)


def text(key: str, lang: str, **params: object) -> str:
    """The text ``key`` in ``lang`` (English when the language has none), with ``params`` filled."""
    return forms_texts.text(f"{PART}.{key}", lang, **params)


__all__ = ["TEXTS", "text"]
