"""The codes the scoring engine writes (bands, gap types, SDG statuses), their thresholds and
their translated labels: defined here once, read by the engine, the report, the dashboard, the
assessment list and the workbook. Outside the scoring package, so that the assessment list shows
band labels without loading the engine."""
from __future__ import annotations

from .rounding import round_half_up
from .texts import text

GAP_TYPES = ("data", "processing_access", "reporting", "disaggregation", "none", "not_rated", "not_assessed")
# Band codes are stable identifiers (stored summaries, workbooks); their labels describe capacity
# (texts.py: limited, developing, established, advanced capacity).
BANDS = ("requires_further_progress", "partially_meets", "meets", "fully_meets")
# Lower bound of every band but the first, on the 0-100 scale: [0, 40) [40, 70) [70, 90) [90, 100].
BAND_THRESHOLDS = (40, 70, 90)
SDG_STATUSES = ("produced", "identifies_migrants", "partly_published", "published", "quick_win", "not_produced",
                "unknown", "produced_not_applicable", "not_applicable")
# The scoring rules' version (docs/methodology.md). Kept here, outside the scoring package, so the
# summaries' basis can name it without loading the engine; scoring.model re-exports it.
RULES_VERSION = "3.0"
# What each rules version changed, as data (docs/methodology.md "What changed from 2.0"): said
# beside both figures wherever a score stored under earlier rules meets these.
RULES_CHANGES: tuple[tuple[str, str], ...] = (
    ("2.0", "one reference date; blank and don't know earn nothing; N/A only where allowed; S3 "
            "need-weighted; default section weights"),
    ("3.0", "only the documented weights give a band; completeness counts what is known (80 % for a "
            "band); N/A never an advantage; no reference date, no age judged; one rounding; a question "
            "with no source described is not yet assessed"),
)


def rules_changes_since(version: str) -> list[tuple[str, str]]:
    """The rules versions after ``version`` up to the current one, each with what it changed."""
    def key(v: str) -> tuple[int, ...]:
        return tuple(int(p) if p.isdigit() else 0 for p in v.split("."))

    return [(v, what) for v, what in RULES_CHANGES if key(version) < key(v) <= key(RULES_VERSION)]


def rules_change(version: str, lang: str = "en") -> str:
    """What rules ``version`` changed, in ``lang`` (texts ``rules.changed.<version>``; the English
    is :data:`RULES_CHANGES`')."""
    return text(f"rules.changed.{version}", lang)
# A band needs at least this share (0-1) of the primary questions known (answered, or not
# applicable where the questionnaire allows it), weighted as the overall score is: "don't know"
# and blanks together are then at most 20 % (docs/methodology.md, "Completeness").
COMPLETENESS_THRESHOLD = 0.8
# ... and every area (section) of the overall score at least this share known.
SECTION_THRESHOLD = 0.5


def band_for(score: float | None) -> str | None:
    """Band code of a 0-100 score, decided on the figure as it is shown (rounded half-up to one
    decimal, domain.rounding): 39.95 is shown 40.0 and is in the second band."""
    if score is None:
        return None
    s = round_half_up(score, 1)
    for code, lower in zip(BANDS[1:][::-1], BAND_THRESHOLDS[::-1], strict=True):
        if s >= lower:
            return code
    return BANDS[0]


def band_label(code: str | None, lang: str = "en", provisional: bool = False) -> str:
    """The band's name in ``lang`` ("" for no band); "Provisional …" when ``provisional``."""
    if provisional:
        return text("band.provisional", lang)
    return text(f"band.{code}", lang) if code else ""


def custom_weights_label(lang: str = "en") -> str:
    """The label of a figure computed with an assessment's own section weights (never a band)."""
    return text("band.custom_weights", lang)


def gap_type_label(code: str | None, lang: str = "en") -> str:
    """The gap type's name in ``lang`` ("" for none given)."""
    return text(f"gap.{code}", lang) if code else ""


def sdg_status_label(code: str | None, lang: str = "en") -> str:
    """The SDG status's name in ``lang`` ("" for none given)."""
    return text(f"sdg.{code}", lang) if code else ""
