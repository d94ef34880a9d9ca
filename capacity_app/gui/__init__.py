"""The desktop GUI (PySide6). Qt is imported only in this package.

PySide6 (6.4 and later) looks at every module imported after it for the word "PySide6" in its
source, to know which modules may switch its ``__feature__`` options: it asks ``inspect.getsource``,
which finds the module's file, decodes and splits it into lines and keeps them (linecache), about
0.1 ms a module. The window's start imports some hundred modules after PySide6, so that was some
8 ms of its processor time (and 3 MB kept) that a PySide6 window importing nothing after Qt never
pays (docs/performance.md, "Window start"). :func:`_quicken_pyside_import_check` gives PySide the same answer from the file's bytes: a
module whose source is a ``.py`` file uses PySide when the file holds ``PySide6``; any other module
is asked as PySide asks it. The standard library's modules and the application's outside this
package are answered without reading them: neither imports PySide6 (for the application, a rule
tests/test_layering.py holds), and reading their 1.5 MB of source was about 1.2 ms of the window's
start."""
from __future__ import annotations

import sys
from typing import Any

from PySide6 import QtCore as _QtCore  # noqa: F401 - installs shiboken's import check, quickened below


def _never_imports_pyside(name: str) -> bool:
    """A module of the standard library, or of the application outside this package (PySide6 is
    imported only here: tests/test_layering.py)."""
    top = name.partition(".")[0]
    return top in sys.stdlib_module_names or (top == "capacity_app" and name != __name__
                                              and not name.startswith(__name__ + "."))


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
        name = getattr(module, "__name__", "")
        if isinstance(name, str) and _never_imports_pyside(name):
            return False
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as fh:
                    return b"PySide6" in fh.read()
            except OSError:
                pass
        return bool(original(module))

    uses_pyside_quick.original = original  # type: ignore[attr-defined]  # (tests/gui/test_pyside_import_check.py)
    feature._mod_uses_pyside = uses_pyside_quick
    return True


_quicken_pyside_import_check()
