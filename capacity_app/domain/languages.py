"""The languages, listed once: the questionnaire's (``languages`` in assessments/questionnaire.yaml
must be these), each shown by its own name. A leaf: no imports, cheap to load at start-up."""
from __future__ import annotations

LANGUAGES = ("en", "fr", "es")
NAMES = {"en": "English", "fr": "Français", "es": "Español"}
CODES_TEXT = f"{', '.join(LANGUAGES[:-1])} or {LANGUAGES[-1]}"  # "en, fr or es", for messages
