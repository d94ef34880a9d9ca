"""Result objects of the scoring engine and their JSON shape (the contract in COMMON.md).

The codes these objects carry (bands, gap types, SDG statuses) and their labels are in labels.py."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..labels import COMPLETENESS_THRESHOLD
from ..labels import RULES_VERSION as RULES_VERSION  # re-exported
from ..questionnaire import Text


@dataclass(frozen=True)
class Recommendation:
    """One capacity-building action from the library (assessments/recommendations.yaml).

    It applies when any of its conditions holds: a ranked policy question (need and gap above 0)
    held back by one of the ``limiting`` factors in its best cell (optionally restricted to
    ``policy_questions`` and to ``sources`` among the best cells' sources), or one of the section
    ``findings``. ``priority`` is the urgency (1-9) when it is picked by a finding; the library
    must give it for every recommendation with findings (no default)."""

    id: str
    title: Text
    text: Text
    limiting: tuple[str, ...] = ()
    policy_questions: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    findings: tuple[str, ...] = ()
    section: str = ""
    priority: int = 0
    line: int = 0


@dataclass(frozen=True)
class Finding:
    """A section-specific shortfall (outline rules), e.g. a census older than 10 years."""

    code: str
    section: str
    key: str
    reason: str


@dataclass
class CellScore:
    pq: str
    source: str
    level: int | None
    relevance: str | None
    reasons: list[str] = field(default_factory=list)
    caps: dict[str, int] = field(default_factory=dict)  # shortfall category -> level it caps at
    not_applicable: bool = False
    dont_know: int = 0  # fields answered "don't know" (listed for follow-up)

    def to_dict(self) -> dict[str, Any]:
        return {"level": self.level, "relevance": self.relevance, "reasons": list(self.reasons)}


@dataclass
class PolicyQuestionScore:
    code: str
    label: str
    need: int | None
    availability: int
    gap: int | None
    priority: int | None
    gap_type: str
    gap_type_label: str
    triangulation: bool
    quick_win: bool
    best_sources: list[str]
    rank: int | None = None
    sdg_links: int = 0
    reasons: list[str] = field(default_factory=list)
    # what holds the best cell(s) back: exists, variables, tabulation, periodicity, recency,
    # timeliness, breakdown, access, alignment (empty when there is no gap)
    limiting: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "need": self.need, "availability": self.availability,
                "gap": self.gap, "priority": self.priority, "gap_type": self.gap_type,
                "gap_type_label": self.gap_type_label, "triangulation": self.triangulation,
                "quick_win": self.quick_win, "best_sources": list(self.best_sources),
                "rank": self.rank, "limiting": list(self.limiting), "reasons": list(self.reasons)}


@dataclass
class SectionScore:
    id: str
    label: str
    score: float | None
    points: float
    max_points: float
    dont_know: int
    not_applicable: int
    weight: float
    reasons: list[str] = field(default_factory=list)

    @property
    def shown(self) -> float | None:
        """The score as shown and exported: rounded to one decimal."""
        return _r(self.score)

    def to_dict(self) -> dict[str, Any]:
        return {"score": _r(self.score), "label": self.label, "points": round(self.points, 4),
                "max_points": round(self.max_points, 4), "dont_know": self.dont_know,
                "not_applicable": self.not_applicable, "weight": self.weight,
                "reasons": list(self.reasons)}


@dataclass
class SdgScore:
    code: str
    label: str
    number: str
    status: str
    status_label: str
    source: str | None
    reasons: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "number": self.number, "status": self.status,
                "status_label": self.status_label, "reasons": list(self.reasons)}


@dataclass
class PickedRecommendation:
    id: str
    title: str
    text: str
    gap_type: str | None
    section: str
    policy_questions: list[str]
    priority: int
    answers: list[str] = field(default_factory=list)  # the findings it answers, as sentences

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "text": self.text, "gap_type": self.gap_type,
                "section": self.section, "policy_questions": list(self.policy_questions),
                "priority": self.priority, "answers": list(self.answers)}


@dataclass(frozen=True)
class FollowUpItem:
    """An answer to follow up: marked "don't know" (``status`` "dont_know") or a scorable item
    left blank (``status`` "empty"); its key, a readable label, its section."""

    key: str
    label: str
    section: str
    status: str = "dont_know"

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "section": self.section, "status": self.status}


@dataclass
class ScoreResult:
    overall: float | None
    band: str | None
    band_label: str
    sections: dict[str, SectionScore]
    policy_questions: dict[str, PolicyQuestionScore]
    ranked: list[str]
    cells: dict[str, CellScore]
    sdg: dict[str, SdgScore]
    recommendations: list[PickedRecommendation]
    follow_up: list[FollowUpItem]
    findings: list[Finding]
    weights: dict[str, float]
    reference_date: str
    lang: str
    rules_version: str = RULES_VERSION
    overall_reasons: list[str] = field(default_factory=list)
    # share (0-1) of the scorable items given an answer; "not applicable" where the questionnaire
    # allows it counts as given (docs/methodology.md, "Completeness")
    completeness: float = 0.0

    @property
    def provisional(self) -> bool:
        """True when there is an overall score but completeness is below the threshold, or the
        reference date (S0) is not given: the score is shown, ``band`` is None and ``band_label``
        says "provisional"."""
        return self.overall is not None and (self.completeness < COMPLETENESS_THRESHOLD
                                             or not self.reference_date)

    @property
    def overall_shown(self) -> float | None:
        """The overall score as shown and exported: rounded to one decimal."""
        return _r(self.overall)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape (``score --json``, the JSON attached to the report); every other reader
        uses the typed fields."""
        return {
            "overall": _r(self.overall),
            "band": None if self.provisional else {"code": self.band, "label": self.band_label},
            "band_label": self.band_label,
            "completeness": round(self.completeness, 3),
            "provisional": self.provisional,
            "overall_reasons": list(self.overall_reasons),
            "sections": {k: _r(v.score) for k, v in self.sections.items()},
            "section_details": {k: v.to_dict() for k, v in self.sections.items()},
            "policy_questions": {k: v.to_dict() for k, v in self.policy_questions.items()},
            "ranked": list(self.ranked),
            "cells": {k: v.to_dict() for k, v in self.cells.items()},
            "sdg": {k: v.status for k, v in self.sdg.items()},
            "sdg_details": {k: v.to_dict() for k, v in self.sdg.items()},
            "recommendations": [r.to_dict() for r in self.recommendations],
            "follow_up": [f.to_dict() for f in self.follow_up],
            "findings": [{"code": f.code, "section": f.section, "key": f.key, "reason": f.reason}
                         for f in self.findings],
            "weights": dict(self.weights),
            "rules_version": self.rules_version,
            "reference_date": self.reference_date,
            "lang": self.lang,
        }


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 1)
