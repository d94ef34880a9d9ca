"""Scoring use cases: score an assessment from the store, compare rounds, set section weights.

``score_assessment(store, questionnaire, assessment_id, lang="en")`` returns the typed
:class:`~capacity_app.domain.scoring.ScoreResult`, which the dashboard, the report, the list and the
workbook read as it is; its ``to_dict()`` is the JSON contract (docs/methodology.md, "The codes
of score --json"), for JSON output only. The reference date is the questionnaire's answer ``s0_reference_date`` (never
today, never guessed: without it the score says so and is provisional; the record's date is used
only by questionnaires that do not ask it); the headline score and band use the documented weights
of docs/methodology.md, and ``Assessment.settings["weights"]``, when set, give a second figure
labelled "custom weights", never a band; the recommendations library is the bundled
``assessments/recommendations.yaml``. Every score is computed with the current rules
(``RULES_VERSION``): an assessment scored under older rules is scored again, and two rounds are
always compared under one rules version.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any
from collections.abc import Mapping

from ..catalog.recommendations import load_bundled_recommendations
from ..domain.questionnaire import LANGUAGES, Questionnaire
from ..domain.scoring import RoundComparison, ScoreResult, compare_rounds, normalise_weights, score
from ..storage.store import Store
from .base import ServiceError, get_assessment


def _library():
    return load_bundled_recommendations()


def _check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ServiceError(f"language must be one of {', '.join(LANGUAGES)}, got {lang!r}")
    return lang


def score_assessment(store: Store, questionnaire: Questionnaire, assessment_id: Any,
                     lang: str = "en", answers: Mapping | None = None) -> ScoreResult:
    """Score one stored assessment (its answers, reference date and weights; ``answers``: its
    answers as stored, when the caller has just read them)."""
    _check_lang(lang)
    a = get_assessment(store, assessment_id)
    if answers is None:
        answers = store.answers(a.id)
    weights = (a.settings or {}).get("weights")
    return score(questionnaire, answers, a.effective_reference_date, weights if isinstance(weights, dict) else None,
                 lang, _library())


def score_answers(questionnaire: Questionnaire, answers: Mapping, reference_date: str,
                  weights: Mapping | None = None, lang: str = "en") -> ScoreResult:
    """Score answers held in memory (the GUI's sheet), with the bundled library."""
    _check_lang(lang)
    return score(questionnaire, answers, reference_date, weights, lang, _library())


@dataclass(frozen=True)
class Derived:
    """What the open assessment's form shows besides the answers: completion per section and per
    item (``AnswerSheet.completion_by_section`` / ``completion_by_item``) and the scores (None when
    not asked for, or when scoring failed: ``score_error`` then says why)."""

    sections: dict[str, tuple[int, int]]
    items: dict[str, tuple[int, int, bool]]
    scores: ScoreResult | None = None
    score_error: str = ""
    score_ms: float = 0.0


def derive(questionnaire: Questionnaire, answers: Mapping, reference_date: str, weights: Mapping | None,
           lang: str, with_scores: bool = True, *, progress=None, cancelled=None) -> Derived:
    """:class:`Derived` from a snapshot of answers held in memory. Pure (no store, no Qt): the
    window runs it on a worker thread, as a job (too short to report progress; a superseded
    result is dropped rather than cancelled)."""
    from ..domain.answers import AnswerSheet

    sheet = AnswerSheet(questionnaire, dict(answers))
    items = sheet.completion_by_item()
    sections = sheet.completion_by_section(items)
    if not with_scores:
        return Derived(sections, items)
    t0 = time.perf_counter()
    try:
        result, error = score_answers(questionnaire, answers, reference_date, weights, lang), ""
    except Exception as exc:  # noqa: BLE001 - scoring must never take the form down
        result, error = None, str(exc) or repr(exc)
    return Derived(sections, items, result, error, (time.perf_counter() - t0) * 1000)


def compare_assessments(store: Store, questionnaire: Questionnaire, earlier_id: Any, later_id: Any,
                        lang: str = "en") -> RoundComparison:
    """Compare two rounds of the same country (the earlier round first)."""
    a = get_assessment(store, earlier_id)
    b = get_assessment(store, later_id)
    if a.country != b.country:
        raise ServiceError(f"assessments {a.id} ({a.country}) and {b.id} ({b.country}) are not of the same country")
    if (a.effective_reference_date, a.round, a.id) > (b.effective_reference_date, b.round, b.id):
        a, b = b, a
    return compare_rounds(score_assessment(store, questionnaire, a.id, lang),
                          score_assessment(store, questionnaire, b.id, lang))


def set_weights(store: Store, questionnaire: Questionnaire, assessment_id: Any,
                weights: Mapping[str, Any]) -> dict[str, float]:
    """Store section weights with the assessment (unknown sections or negative weights refused)."""
    a = get_assessment(store, assessment_id)
    scored = set(normalise_weights(questionnaire, None))
    clean: dict[str, float] = {}
    for sid, w in weights.items():
        if sid not in scored:
            raise ServiceError(f"{sid}: not a scored section (use one of {', '.join(sorted(scored))})")
        try:
            w = float(w)
        except (TypeError, ValueError):
            raise ServiceError(f"{sid}: weight must be a number, got {w!r}") from None
        if not (0 <= w <= 100):
            raise ServiceError(f"{sid}: weight must be between 0 and 100, got {w:g}")
        clean[sid] = w
    settings = dict(a.settings or {})
    settings["weights"] = {**(settings.get("weights") or {}), **clean}
    store.update_assessment(a.id, settings=settings)
    return normalise_weights(questionnaire, settings["weights"])


__all__ = ["score_assessment", "score_answers", "compare_assessments", "set_weights", "ScoreResult",
           "RoundComparison"]
