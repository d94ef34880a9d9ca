"""Gap scoring (pure): cell levels, policy-question gaps and priorities, section and overall
scores, SDG status, recommendations and round comparison (rules 3.0). The method is documented in
docs/methodology.md; every number carries the reasons that produced it."""
from ..labels import (
    BAND_THRESHOLDS, BANDS, GAP_TYPES, SDG_STATUSES, band_for, band_label, custom_weights_label, gap_type_label,
    sdg_status_label,
)
from ..texts import TEXTS, text
from .compare import RoundComparison, compare_rounds
from .engine import normalise_weights, score
from .model import (
    RULES_VERSION, CellScore, Finding, FollowUpItem, NotApplicableItem, PickedRecommendation, PolicyQuestionScore,
    Recommendation, ScoreResult, SdgScore, SectionScore,
)
from .completeness import default_weights
from .sections import FINDING_CODES

__all__ = [
    "score", "compare_rounds", "normalise_weights", "band_for", "text", "TEXTS", "ScoreResult",
    "RoundComparison", "Recommendation", "PickedRecommendation", "CellScore", "PolicyQuestionScore",
    "SectionScore", "SdgScore", "Finding", "FollowUpItem", "NotApplicableItem", "default_weights",
    "custom_weights_label", "BANDS", "BAND_THRESHOLDS", "GAP_TYPES",
    "SDG_STATUSES", "RULES_VERSION", "FINDING_CODES", "band_label", "gap_type_label", "sdg_status_label",
]
