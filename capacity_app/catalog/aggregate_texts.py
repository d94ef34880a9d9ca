"""The fixed texts of the cross-country aggregation in every output language
(``resources/aggregate/strings.yaml``): sheet names, column headers and their descriptions, code
labels, reasons, the About sheet and the PDF summary. The workbook, the CSV / Stata / SPSS bundle,
the PDF and the window read them here, so a language is added in one file (ar, zh and ru are keys
beside en, fr and es). A key missing in a language falls back to English; a key missing altogether
is a programming error (KeyError), never a blank cell."""
from __future__ import annotations

import functools
from collections.abc import Mapping

from ..paths import resources_dir

FILE = "strings.yaml"
LANGUAGES = ("en", "fr", "es")  # complete today; tests hold every key in each


@functools.lru_cache(maxsize=1)
def strings() -> Mapping[str, Mapping[str, str]]:
    import yaml

    with open(resources_dir() / "aggregate" / FILE, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return {str(k): {str(lang): str(v) for lang, v in entry.items()} for k, entry in data.items()}


def has(key: str) -> bool:
    return key in strings()


def text(key: str, lang: str = "en", /, **values: object) -> str:
    """The text of ``key`` in ``lang`` (English when that language has none yet), formatted with
    ``values``."""
    entry = strings()[key]
    out = entry.get(lang) or entry["en"]
    return out.format(**values) if values else out


def label(kind: str, code: str, lang: str = "en") -> str:
    """The label of a code of a kind (``file_status``, ``reason``, ...); the code itself when the
    catalogue has no entry for it."""
    key = f"{kind}.{code}"
    return text(key, lang) if key in strings() else code


def codes(kind: str) -> list[str]:
    """Every code of a kind, in the catalogue's order."""
    prefix = kind + "."
    return [k[len(prefix):] for k in strings() if k.startswith(prefix)]
