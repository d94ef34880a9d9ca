"""The desktop GUI (PySide6). Qt is imported only in this package.

PySide6 (6.4 and later) looks at every module imported after it for the word "PySide6" in its
source, to know which modules may switch its ``__feature__`` options: it asks ``inspect.getsource``,
which finds the module's file, decodes and splits it into lines and keeps them (linecache), about
0.1 ms a module. The window's start imports some hundred modules after PySide6, so that was some
8 ms of its processor time (and 3 MB kept) that a PySide6 window importing nothing after Qt never
pays (docs/performance.md, "Window start"). :func:`_quicken_pyside_import_check` gives PySide the same answer from the file's bytes: a
module whose source is a ``.py`` file uses PySide when the file holds ``PySide6``; any other module
is asked as PySide asks it."""
from __future__ import annotations

import sys
from typing import Any

from PySide6 import QtCore as _QtCore  # noqa: F401 - installs shiboken's import check, quickened below


def _quicken_pyside_import_check() -> bool:
    """Replace PySide's check of each newly imported module with one that reads the file's bytes;
    True when it is (now or already) replaced, False where this PySide has no such check."""
    feature: Any = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None:
        return False
    if getattr(original, "__name__", "") == "uses_pyside_quick":
        return True

    def uses_pyside_quick(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as fh:
                    return b"PySide6" in fh.read()
            except OSError:
                pass
        return bool(original(module))

    feature._mod_uses_pyside = uses_pyside_quick
    return True


_quicken_pyside_import_check()
