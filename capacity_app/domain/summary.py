"""What the list of assessments shows about each one: completion, overall score and band.

Derived from the answers (pure); stored by ``storage`` (the ``summaries`` table) and kept in step by
``services.summaries``, so that listing 300 assessments reads 300 rows instead of scoring them all.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .labels import RULES_VERSION

if TYPE_CHECKING:
    from .answers import AnswerSheet
    from .scoring import ScoreResult

# Raise when what a summary holds, or how it is computed, changes: every stored summary is then
# computed again (it is part of the basis a stored summary is checked against).
SUMMARY_VERSION = 1


@dataclass(frozen=True)
class Summary:
    answered: int              # countable answers given
    total: int                 # countable answers (the relevant ones)
    overall: float | None      # overall score 0-100, unrounded; None: not scorable yet
    band: str | None           # band code of the overall score

    @property
    def overall_shown(self) -> float | None:
        """The overall score as shown: one decimal (as ``ScoreResult.overall_shown``)."""
        return None if self.overall is None else round(self.overall, 1)

    @property
    def completion(self) -> float:
        """answered / total, as ``AnswerSheet.overall_completion`` (0.0 when nothing counts)."""
        return 0.0 if self.total == 0 else self.answered / self.total


def summarize(sheet: AnswerSheet, result: ScoreResult | None) -> Summary:
    """The summary of an answer sheet and its score (None: not scored)."""
    answered = total = 0
    for done, count in sheet.completion_by_section().values():
        answered += done
        total += count
    return Summary(answered, total, None if result is None else result.overall,
                   None if result is None else result.band)


def summary_basis(app_version: str, questionnaire_digest: str, rules_version: str = RULES_VERSION) -> str:
    """What a summary was computed with: the application, its scoring rules' version, the
    questionnaire files and this module's version. A stored summary with another basis is stale, so
    an assessment scored under older rules is scored again when the list is next shown."""
    return (f"app {app_version}; rules {rules_version}; questionnaire {questionnaire_digest}; "
            f"summary {SUMMARY_VERSION}")


__all__ = ["SUMMARY_VERSION", "Summary", "summarize", "summary_basis"]
