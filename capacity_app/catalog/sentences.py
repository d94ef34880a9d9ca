"""The scoring engine's sentences in the catalogued languages, as data:
``resources/sentences/strings.<lang>.yaml``, the same catalogue shape as every other
(catalog.translations), read here and handed to ``domain.texts``, which reads no file itself.
Importing ``capacity_app.catalog`` sets the reader, so every path that loads a questionnaire has it."""
from __future__ import annotations

from pathlib import Path

from ..domain import texts
from ..paths import resources_dir


def sentences_path(lang: str) -> Path:
    return resources_dir() / "sentences" / f"strings.{lang}.yaml"


def read_sentences(lang: str) -> dict[str, dict[str, str]]:
    """The sentences of ``lang`` as ``domain.texts`` keeps them ({key: {"en": …, lang: …}}); an
    unreadable file or entry gives English for it (tests/catalog/test_translations.py holds the
    files complete and valid)."""
    from .translations import read_catalogue  # PyYAML: not at the window's start (tests/test_launch.py)

    cat = read_catalogue(sentences_path(lang), lang, [])
    return {key: {"en": str(e.source), lang: e.text if isinstance(e.text, str) else ""}
            for key, e in cat.entries.items()}


texts.set_catalogue_reader(read_sentences)
