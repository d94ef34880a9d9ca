"""The scoring engine's sentences (domain/texts.py) in the languages written in catalogues: one
module per language, written and updated by ``tools/catalogues.py update``, filled by its
translator (docs/questionnaire-format.md, "Translations")."""
