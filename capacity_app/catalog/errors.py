"""The error a questionnaire's loading raises, apart from the loader (PyYAML, the questionnaire
model) so that the command line can name it without loading them: a command that never loads the
questionnaire (``list``) never meets it."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .yamlfile import LoadError


class QuestionnaireError(Exception):
    """Raised by :func:`catalog.loader.load_questionnaire` with every problem found."""

    def __init__(self, errors: list[LoadError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


__all__ = ["QuestionnaireError"]
