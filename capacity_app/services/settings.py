"""Settings kept in the database: the preferences (operator, report language, backup folder) and an
assessment's section weights. Each write returns what it changed (:class:`Changes`)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.questionnaire import LANGUAGES, Questionnaire
from ..domain.scoring import normalise_weights
from ..storage.db import StorageError
from ..storage.store import Store
from .assessments import ServiceError, get_assessment
from .changes import Changes
from .scoring import set_weights


@dataclass(frozen=True)
class Preferences:
    operator: str = ""         # recorded with every change in the answer history
    report_lang: str = "en"    # the default language of the PDF report
    backup_dir: str = ""       # empty: next to the database


def preferences(store: Store) -> Preferences:
    return Preferences(str(store.preference("operator", "") or ""),
                       str(store.preference("report_lang", "en") or "en"),
                       str(store.preference("backup_dir", "") or ""))


def save_preferences(store: Store, prefs: Preferences) -> Changes:
    """Store the preferences; a backup folder is created now (a refusal says why, in one line)."""
    if prefs.report_lang not in LANGUAGES:
        raise ServiceError(f"report language must be one of {', '.join(LANGUAGES)}, got {prefs.report_lang!r}")
    backup = prefs.backup_dir.strip()
    try:
        if backup:
            Path(backup).mkdir(parents=True, exist_ok=True)
        store.set_preference("operator", prefs.operator.strip())
        store.set_preference("report_lang", prefs.report_lang)
        store.set_preference("backup_dir", backup)
    except OSError as exc:
        raise ServiceError(f"backup folder {backup}: {exc.strerror or exc}") from None
    except StorageError as exc:
        raise ServiceError(str(exc)) from None
    if backup:
        store.backup_dir = Path(backup)
    return Changes(preferences=True)


def weights(store: Store, q: Questionnaire, assessment_id: Any) -> dict[str, float]:
    """The section weights of an assessment's overall score (equal unless set)."""
    w = (get_assessment(store, assessment_id).settings or {}).get("weights")
    return normalise_weights(q, w if isinstance(w, dict) else None)


def update_weights(store: Store, q: Questionnaire, assessment_id: Any, changes: Mapping[str, Any]) -> Changes:
    """Set some section weights (the others keep theirs); see :func:`services.scoring.set_weights`."""
    a = get_assessment(store, assessment_id)
    set_weights(store, q, a.id, changes)
    return Changes.of_assessment(a.id, scores=True)


def reset_weights(store: Store, assessment_id: Any) -> Changes:
    """Back to equal section weights."""
    a = get_assessment(store, assessment_id)
    settings = dict(a.settings or {})
    if settings.pop("weights", None) is None:
        return Changes(a.id)  # nothing to do, nothing changed
    try:
        store.update_assessment(a.id, settings=settings)
    except StorageError as exc:
        raise ServiceError(str(exc)) from None
    return Changes.of_assessment(a.id, scores=True)


__all__ = ["Preferences", "preferences", "reset_weights", "save_preferences", "update_weights", "weights"]
