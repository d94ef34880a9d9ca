"""What the package hands its modules without importing them (the window's start imports no YAML
reader): the reader of a language added by its catalogue, set by ``catalog/__init__``."""
from __future__ import annotations

from typing import Any

# ``dropin(path, lang)``: the catalogue a language added by its catalogue holds for the kind whose
# file ``path`` would be; None for any other language (the file is read as it is)
dropin: Any = None
