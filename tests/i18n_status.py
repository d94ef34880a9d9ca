"""Which languages the completeness tests hold to "no text missing": all six but those whose
translator is still at work (tools/catalogues.py IN_TRANSLATION, which the translator empties of
their language when done). Every other check (file shape, placeholders, the catalogues in step
with the English) holds for every language already."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from capacity_app.domain.languages import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]


def catalogues_tool():
    """tools/catalogues.py as a module (loaded once)."""
    name = "_catalogues_tool"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / "catalogues.py")
        assert spec is not None and spec.loader is not None
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod  # before running it: its dataclasses look their module up
        spec.loader.exec_module(mod)
    return sys.modules[name]


IN_TRANSLATION: tuple[str, ...] = catalogues_tool().IN_TRANSLATION
READY = tuple(code for code in LANGUAGES if code not in IN_TRANSLATION)


def flat_text(value) -> str:
    """A catalogue entry's value as one text: a mapping's or a list's texts joined by spaces."""
    if isinstance(value, dict):
        return " ".join(flat_text(v) for v in value.values())
    if isinstance(value, list):
        return " ".join(flat_text(v) for v in value)
    return str(value or "")
