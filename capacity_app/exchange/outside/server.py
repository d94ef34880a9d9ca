"""Imported only by the server process that forks the reading children (``isolation.PRELOAD``, after
the readers' modules): what every reading child would otherwise read for itself, read here once, so
that each child forked from the server starts with it instead of reading it again.

- The engine's sentences in each catalogued language (``domain.texts.catalogue``): a workbook's
  headers are matched against each column's label in every language
  (``exchange.workbook.format.column_labels``), so each workbook read in a child of its own read the
  three catalogues again (about 50 ms of processor time per file, a fifth of a small file's reading).

The server starts when the first outside file is read and ends with the application, which itself
reads each language's sentences once (``domain.texts``): the children see the catalogues as they
were when the server started, as the application does. An unreadable catalogue gives English, here
as in a child (``catalog.sentences.read_sentences``)."""
from __future__ import annotations

from ...catalog import sentences  # noqa: F401  (gives domain.texts the reader of the engine's sentences)
from ...domain.languages import CATALOGUED
from ...domain.texts import catalogue


def read_once() -> None:
    """Read the sentences of every catalogued language into ``domain.texts``, which keeps them."""
    for lang in CATALOGUED:
        catalogue(lang)


read_once()
