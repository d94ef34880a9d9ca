"""Optional feature modules built by other parts of the project.

The GUI shows an action only when the module behind it is installed; the integration code is
written against the documented names so that it lights up when the module lands."""
from __future__ import annotations

import importlib
import importlib.util
from typing import Any

SCORING = "capacity_app.services.scoring"
REPORTS = "capacity_app.services.reports"
EXCHANGE = "capacity_app.services.exchange"

LANG_NAMES = {"en": "English", "fr": "Français", "es": "Español"}  # questionnaire languages

def available(module: str) -> bool:
    """True when ``module`` is installed (checked without importing it)."""
    try:
        if importlib.util.find_spec(module) is None:
            return False
    except (ImportError, ValueError):
        return False
    return True


def load(module: str) -> Any:
    return importlib.import_module(module)


def has(module: str, name: str) -> bool:
    """True when ``module`` is importable and defines ``name`` (imports the module)."""
    if not available(module):
        return False
    try:
        return hasattr(load(module), name)
    except Exception:  # a half-built feature module must not take the GUI down
        return False
