"""What the list of assessments shows about each one: completeness, overall score and band.

Derived from the answers (pure); stored by ``storage`` (the ``summaries`` table) and kept in step by
``services.summaries``, so that listing 300 assessments reads 300 rows instead of scoring them all.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .labels import RULES_VERSION
from .rounding import round_half_up, round_optional

if TYPE_CHECKING:
    from .scoring import ScoreResult

# Raise when what a summary holds, or how it is computed, changes: every stored summary is then
# computed again (it is part of the basis a stored summary is checked against). 2: the completion
# is the scoring result's completeness (the one figure of the dashboard, the report and ``score``).
# 3: the completeness stored as the exact fraction of its float (:func:`stored_share`), not in
# millionths, which could flip the shown figure (0.7994996 kept as 0.7995: 80.0 % for 79.9 %).
SUMMARY_VERSION = 3
# SQLite's INTEGER: a signed 64-bit number
_INTEGER_MAX = 2 ** 63 - 1


@dataclass(frozen=True)
class Summary:
    completion: float | None   # the scoring result's completeness (0-1); None: not scored
    overall: float | None      # overall score 0-100, unrounded; None: not scorable yet
    band: str | None           # band code of the overall score

    @property
    def overall_shown(self) -> float | None:
        """The overall score as shown: rounded half-up to one decimal (as
        ``ScoreResult.overall_shown``)."""
        return round_optional(self.overall)


def summarize(result: ScoreResult | None) -> Summary:
    """The summary of a score (None: not scored): its completeness, overall score and band, the
    same figures as the dashboard, the report and the command line's ``score`` show."""
    if result is None:
        return Summary(None, None, None)
    return Summary(result.completeness, result.overall, result.band)


def stored_share(share: float) -> tuple[int, int]:
    """A 0-1 share as (numerator, denominator), two SQLite integers whose quotient is the same float
    again: the float's exact binary fraction (0.7994996 is 7201208316395937/2**53), so the figure
    shown from a stored completeness is the one shown from the unrounded one. A share below 2**-10
    (under 0.1 %), whose fraction needs a larger denominator, is kept as its shown figure: rounded
    half-up to tenths of a per cent, once (``percent(share, 1)`` is the same either way)."""
    numerator, denominator = float(share).as_integer_ratio()
    if denominator > _INTEGER_MAX:
        numerator, denominator = round_half_up(share, 3).as_integer_ratio()
    return numerator, denominator


def summary_basis(app_version: str, questionnaire_digest: str, rules_version: str = RULES_VERSION) -> str:
    """What a summary was computed with: the application, its scoring rules' version, the
    questionnaire files and this module's version. A stored summary with another basis is stale, so
    an assessment scored under older rules is scored again when the list is next shown."""
    return (f"app {app_version}; rules {rules_version}; questionnaire {questionnaire_digest}; "
            f"summary {SUMMARY_VERSION}")


def basis_rules(basis: str) -> str | None:
    """The rules version a stored summary's basis names (:func:`summary_basis`), None when none."""
    for part in (basis or "").split(";"):
        name, _, value = part.strip().partition(" ")
        if name == "rules" and value:
            return value.strip()
    return None


__all__ = ["SUMMARY_VERSION", "Summary", "basis_rules", "stored_share", "summarize", "summary_basis"]
