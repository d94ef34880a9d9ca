"""Result objects of the scoring engine and their JSON shape (the contract of ``score --json``, docs/methodology.md).

The codes these objects carry (bands, gap types, SDG statuses) and their labels are in labels.py."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..labels import RULES_VERSION as RULES_VERSION  # re-exported
from ..labels import SECTION_THRESHOLD, band_for, custom_weights_label
from ..questionnaire import Text
from ..rounding import percent, round_half_up, round_optional


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
    # an expression over the answers (the questionnaire's language): when it holds, what the
    # action would build already exists, and the action is not picked ("no action for what
    # already exists"), e.g. the census already asks the three core questions
    already: str = ""


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
    # factors whose cap comes from a field left blank, answered "don't know" or an age not judged
    # (no valid reference date): they keep the level down but are not evidence of a shortfall,
    # so no action is drawn from them (they are followed up)
    unknown: set[str] = field(default_factory=set)

    @property
    def described(self) -> bool:
        """The source's existence is known (yes, no or planned): the cell says something."""
        return self.level is not None

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
    # timeliness, breakdown, access, alignment (every assessed question below level 3)
    limiting: list[str] = field(default_factory=list)
    # the limiting factors that come only from fields not stated or "don't know" (to follow up,
    # never an action)
    unconfirmed: list[str] = field(default_factory=list)
    # False while no source of the question is described (existence known): no availability,
    # gap, priority, rank or action is drawn from it
    assessed: bool = True
    # what the data can answer: "fit" (fit for purpose), "shortfall" (answerable with a
    # shortfall), "cannot" (not answerable yet), "not_assessed"; with the shortfalls in words
    fitness: str = "not_assessed"
    shortfalls: list[str] = field(default_factory=list)
    weight: float = 0.0  # its weight in the S3 score (need, at least 1; 2 while not rated)

    def figure(self, name: str) -> float | None:
        """Its need, availability, gap or priority as every output gives it: none but the need while
        the question is not assessed (no source described), never an availability of 0."""
        if name != "need" and not self.assessed:
            return None
        value: float | None = getattr(self, name)
        return value

    @property
    def confirmed(self) -> list[str]:
        """The limiting factors the answers show (actions are drawn from these only)."""
        return [f for f in self.limiting if f not in self.unconfirmed]

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "need": self.need, "availability": self.figure("availability"),
                "gap": self.gap, "priority": self.priority, "gap_type": self.gap_type,
                "gap_type_label": self.gap_type_label, "triangulation": self.triangulation,
                "quick_win": self.quick_win, "best_sources": list(self.best_sources),
                "rank": self.rank, "limiting": list(self.limiting), "unconfirmed": list(self.unconfirmed),
                "assessed": self.assessed, "fitness": self.fitness, "shortfalls": list(self.shortfalls),
                "weight": self.weight, "reasons": list(self.reasons)}


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
    known: int = 0      # primary questions known (answered, or not applicable where allowed)
    primary: int = 0    # primary questions asked (completeness counts these)

    @property
    def shown(self) -> float | None:
        """The score as shown and exported: rounded half-up to one decimal, once."""
        return round_optional(self.score)

    @property
    def assessed(self) -> bool:
        """False while nothing in the section is known: "not yet assessed", no number."""
        return self.score is not None

    @property
    def known_share(self) -> float | None:
        """known ÷ primary (None when the section asks nothing)."""
        return self.known / self.primary if self.primary else None

    @property
    def band(self) -> str | None:
        """The band of the section's score, read as the overall one is: only when the section is
        at least half known (an area "assessed" in the sense of the band rule), else None."""
        share = self.known_share
        if self.score is None or share is None or percent(share, 1) < percent(SECTION_THRESHOLD, 1):
            return None
        return band_for(self.score)

    def to_dict(self) -> dict[str, Any]:
        return {"score": self.shown, "label": self.label, "points": round_half_up(self.points, 4),
                "max_points": round_half_up(self.max_points, 4), "dont_know": self.dont_know,
                "not_applicable": self.not_applicable, "weight": self.weight, "known": self.known,
                "primary": self.primary, "assessed": self.assessed, "reasons": list(self.reasons)}


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
    """An answer to follow up: marked "don't know" (``status`` "dont_know"), a scorable item
    left blank (``status`` "empty"), or a need marked "not applicable" without the reason in its
    comment (``status`` "no_reason"); its key, a readable label, its section."""

    key: str
    label: str
    section: str
    status: str = "dont_know"

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "section": self.section, "status": self.status}


@dataclass(frozen=True)
class NotApplicableItem:
    """An answer "not applicable" the questionnaire allows, as the report lists it: the reason
    the questionnaire gives, the officer's own words (comment), and how it is scored (``kind``):
    "fixed" (a row where the question cannot apply: not scored, whatever the answer), "checked"
    (the other answers, e.g. the migration profile, bear it out: not scored), "declared" (the
    country's own statement, e.g. no register by design: earns nothing, a need at the floor
    weight; docs/methodology.md, "Not applicable")."""

    key: str
    label: str
    section: str
    kind: str
    reason: str
    comment: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "section": self.section, "kind": self.kind,
                "reason": self.reason, "comment": self.comment}


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
    # share (0-1) of the primary questions known: answered, or "not applicable" where the
    # questionnaire allows it; "don't know" is an honest answer but not evidence, so it does not
    # count (docs/methodology.md, "Completeness")
    completeness: float = 0.0
    # share (0-1) of the primary questions answered "don't know" (weighted as completeness)
    dont_know_share: float = 0.0
    # why there is no band (codes "incomplete", "section_incomplete", "no_reference_date",
    # "reference_date_before_data"), each with its sentence in ``no_band_reasons``
    no_band: list[str] = field(default_factory=list)
    no_band_reasons: list[str] = field(default_factory=list)
    # the assessment's own section weights, when they differ from the documented ones, and the
    # figure they give: labelled "custom weights", never a band (the headline ``overall`` and
    # ``band`` always use the documented weights)
    custom_weights: dict[str, float] | None = None
    custom_overall: float | None = None
    # every allowed "not applicable", with its reason (the report lists them)
    not_applicable: list[NotApplicableItem] = field(default_factory=list)

    @property
    def provisional(self) -> bool:
        """True when there is an overall score but no band: too little known, a section not
        assessed, or no valid reference date (S0). The score is shown, ``band`` is None and
        ``band_label`` says "provisional"; ``no_band_reasons`` says why."""
        return self.overall is not None and self.band is None

    @property
    def overall_shown(self) -> float | None:
        """The overall score as shown and exported: rounded half-up to one decimal, once; the
        band is decided on this figure."""
        return round_optional(self.overall)

    @property
    def completeness_shown(self) -> float:
        """Completeness as shown, a percentage rounded half-up to one decimal (0.7997 → 80.0);
        the threshold is checked on this figure."""
        return percent(self.completeness, 1)

    @property
    def custom_overall_shown(self) -> float | None:
        return round_optional(self.custom_overall)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape (``score --json``, the JSON attached to the report); every other reader
        uses the typed fields."""
        return {
            "overall": self.overall_shown,
            "band": None if self.band is None else {"code": self.band, "label": self.band_label},
            "band_label": self.band_label,
            "completeness": round_half_up(self.completeness, 3),
            "completeness_percent": self.completeness_shown,
            "dont_know_percent": percent(self.dont_know_share, 1),
            "provisional": self.provisional,
            "no_band": list(self.no_band),
            "no_band_reasons": list(self.no_band_reasons),
            "custom_weights": None if self.custom_weights is None else {
                "weights": dict(self.custom_weights), "overall": self.custom_overall_shown,
                "label": custom_weights_label(self.lang)},
            "overall_reasons": list(self.overall_reasons),
            "sections": {k: v.shown for k, v in self.sections.items()},
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
            "not_applicable": [x.to_dict() for x in self.not_applicable],
            "weights": dict(self.weights),
            "rules_version": self.rules_version,
            "reference_date": self.reference_date,
            "lang": self.lang,
        }
