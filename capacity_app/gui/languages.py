"""The GUI's two language lists, from the one list in ``domain.languages``: the questionnaire's
languages (the language menu and combo box, the report language) and the interface's (Qt
catalogues resources/i18n/capacity_app_<code>.qm for each but English), and the interface language
chosen in QSettings."""
from __future__ import annotations

from collections.abc import Mapping

from ..domain.languages import NAMES

# Every language, by code, with its own name (a live view: a language added by its catalogue is in it)
QUESTIONNAIRE_LANGUAGES: Mapping[str, str] = NAMES
# The interface is translated into the questionnaire's languages (tests/gui/test_i18n checks a
# catalogue exists for each; a language added by its catalogue brings the window's texts in it).
INTERFACE_LANGUAGES: Mapping[str, str] = NAMES


def interface_language(settings=None) -> str:
    """The interface language: QSettings "interface_language" (one of the languages of
    resources/languages/languages.json: en, fr, es, ar, zh, ru, pt), else the system locale's language when it is one of them, else English."""
    from PySide6.QtCore import QSettings

    value = str((settings if settings is not None else QSettings()).value("interface_language", "") or "")
    if value in INTERFACE_LANGUAGES:
        return value
    from PySide6.QtCore import QLocale

    system = QLocale.system().name().split("_")[0]
    return system if system in INTERFACE_LANGUAGES else "en"
