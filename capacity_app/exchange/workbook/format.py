"""The UNSD exchange workbook: sheet names, column headers and metadata fields.

This module is the single description of the layout; the writer, the reader, the aggregator and
``docs/workbook-format.md`` (held to it by a test) all follow it. How each value is written into
and read from its cells is ``codec``."""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from typing import Any, NamedTuple
from collections.abc import Callable, Mapping, Sequence

from ...domain.answers import Answer, canonical_answers
from ...domain.plan.action_fields import SHEET_FIELDS
from ...domain.plan.fields import COST_FIELDS
from ...domain.plan.result_fields import RESULT_HEADERS
from ...domain.plan.progress_fields import PROGRESS_COLUMNS, VALUE_COLUMNS

# Raised whenever what the workbook writes changes, so that a version that reads less refuses it in
# one line instead of a puzzling cell (docs/workbook-format.md "Format versions"):
# 1: coded cells as codes; 2: coded cells as labels in the workbook's language; 3: the
# funding request's record (who commits the national part, the signatories) in Plan validation; 4: the
# planning unit's own words in the implementation report (Period reports, Corrective measures), and the
# funding request's risk matrix, indicators' details and procurement plan (Risks, Indicator details,
# Procurement plan), and the answers to questions the questionnaire no longer asks (Archived answers).
FORMAT_VERSION = "4"
SUPPORTED_FORMAT_VERSIONS = ("1", "2", "3", "4")
FORMAT_NAME = "capacity-app assessment workbook"

README, METADATA, ANSWERS, MATRIX, SCORES, RECOMMENDATIONS = (
    "README", "Metadata", "Answers", "Matrix", "Scores", "Recommendations")
ACTION_PLAN, ACTION_COSTS, PLAN_VALIDATION = "Action plan", "Action costs", "Plan validation"
PLAN_TOTALS = "Plan totals"  # computed at export for the reader; never read back
RESULTS = "Results"  # the plan's results chain (exchange/workbook/results_sheet.py)
REVIEW = "Review"
CHANGES = "Changes"  # who changed each answer and its earlier versions (the team merge)
# the answers to questions the questionnaire version no longer asks (exchange/workbook/archive_sheet.py)
ARCHIVED = "Archived answers"
# the plan followed after its funding: per action, period and cost line; per indicator
PLAN_PROGRESS, INDICATOR_VALUES = "Plan progress", "Indicator values"
# the planning unit's own words in the implementation report: per period its summary and the
# decisions asked of the minister; per action and period a corrective measure
PERIOD_REPORTS, CORRECTIVE_MEASURES = "Period reports", "Corrective measures"
# the funding request's structures a donor's format asks for (exchange/workbook/donors_sheet.py)
RISKS, INDICATOR_DETAILS, PROCUREMENT = "Risks", "Indicator details", "Procurement plan"
SHEET_ORDER = (README, METADATA, ANSWERS, MATRIX, SCORES, RECOMMENDATIONS, ACTION_PLAN, ACTION_COSTS,
               PLAN_VALIDATION, RESULTS, PLAN_TOTALS, REVIEW, CHANGES, ARCHIVED, PLAN_PROGRESS,
               INDICATOR_VALUES, PERIOD_REPORTS, CORRECTIVE_MEASURES, RISKS, INDICATOR_DETAILS, PROCUREMENT)

METADATA_COLUMNS = ("Field", "Value")
# (field, description) in the order written. Readers look fields up by name.
METADATA_FIELDS = (
    ("format", "Always 'capacity-app assessment workbook'."),
    ("format_version", "Version of this workbook layout."),
    ("questionnaire_id", "Id of the questionnaire the answers belong to."),
    ("questionnaire_version", "Version of that questionnaire."),
    ("questionnaire_hash", "SHA-256 content hash of that questionnaire."),
    ("app_version", "Version of capacity-app that wrote the file."),
    ("assessment_uid", "Stable identifier of the assessment (same on every export and import)."),
    ("title", "Title of the assessment."),
    ("country_iso3", "ISO 3166-1 alpha-3 code of the country."),
    ("country_name", "Country name in the export language."),
    ("m49", "UN M49 numeric code of the country."),
    ("region", "UN M49 region."),
    ("sub_region", "UN M49 sub-region."),
    ("round", "Assessment round (year)."),
    ("status", "draft, in_progress or final, written as its label in the workbook's language; read in any language or as the code."),
    ("mission_start", "First day of the mission (YYYY-MM-DD)."),
    ("mission_end", "Last day of the mission (YYYY-MM-DD)."),
    ("reference_date", "Date the answers describe (YYYY-MM-DD)."),
    ("institutions", "Institutions met, one per line as 'name | role'."),
    ("language", "Language of labels in this workbook: the code of one of the application's languages "
                 "(resources/languages/languages.json) or of a language added by its catalogue."),
    ("exported_at", "Date and time of the export (ISO 8601, UTC)."),
    ("operator", "Who exported the file."),
    ("answer_count", "Number of answers covered by the checksum."),
    ("answers_sha256", "SHA-256 over the canonical answers (see 'Checksum')."),
    ("scores_sha256", "SHA-256 over the Scores and Matrix content as written."),
    ("plan_checks", "A fingerprint of each part of the action plan as exported (JSON): an import keeps "
                    "what changed in the database since."),
    ("signoff", "The validation for the national statistics office that stands (JSON: name, position, "
                "institution, date, at, operator; open: what stood open when it was validated); empty when the "
                "assessment is not validated."),
    ("signoff_record", "Every validation and reopening (who, when, what stood open, why it was reopened) and the "
                       "answers changed since the first validation (JSON); empty when never validated."),
    ("review_signoff", "The supervisor's review sign-off that stands (JSON: name, position, institution, date, "
                       "at, operator; open: what stood open when the reviews were signed off); empty when none "
                       "stands."),
    ("signatures_check", "SHA-256 over the assessment, answers_sha256, signoff, review_signoff and the plan's "
                         "validation record (see 'Signatures'): a signature edited outside the application, or "
                         "answers changed under it, no longer gives it."),
)
METADATA_FIELD_NAMES = tuple(f for f, _ in METADATA_FIELDS)
# fields an older workbook may lack (written since the version named)
METADATA_OPTIONAL = frozenset({"plan_checks", "signoff", "signoff_record", "review_signoff", "signatures_check"})

ANSWERS_COLUMNS = (
    "Section", "Answer key", "Question", "Row", "Field", "Type", "Code", "Value label",
    "Don't know", "Not applicable", "Comment", "Evidence", "Row check",
)
# Columns a person may edit in Excel; every other column is locked.
ANSWERS_EDITABLE = ("Code", "Don't know", "Not applicable", "Comment", "Evidence")

MATRIX_FIRST_COLUMNS = ("Policy question", "Label")  # then one column per source code
SCORES_COLUMNS = (
    "Kind", "Code", "Label", "Score", "Need", "Availability", "Gap", "Priority", "Gap type",
    "Status", "Rank", "Notes",
)
SCORE_KINDS = ("overall", "section", "policy_question", "sdg")
RECOMMENDATIONS_COLUMNS = (
    "Priority", "Id", "Title", "Recommendation", "Gap type", "Section", "Policy questions",
)
# the plan a ministry owns (exchange/workbook/actionplan_sheet.py writes and reads it); every column editable
ACTION_PLAN_FIRST_COLUMNS = (
    "Id", "Title", "Recommendation", "Policy questions", "Responsible institutions", "Start", "End",
    "Resources or technical assistance", "Milestone", "Priority", "Status", "Priority action",
    "Strategy objective", "Indicator", "Baseline", "Target", "Means of verification", "Risks and assumptions",
    "Depends on", "SDG target",
)
# the action's id, then a column for each field an action declares (domain.plan.action_fields and
# domain.plan.fields: these first, then each text declared after them), in their order; the reader
# finds every column by its header, so a workbook written before a field was declared reads as one
# that leaves that field as it is
ACTION_PLAN_COLUMNS = ("Id", *(f.header for f in SHEET_FIELDS))
# a workbook written before the costed plan: the first columns only (priority action and strategy
# objective then stay as they are in the database)
ACTION_PLAN_COLUMNS_V1 = ACTION_PLAN_FIRST_COLUMNS[:11]
# a workbook written before the donor's fields: results framework, risks, dependencies
# and SDG target then stay as they are in the database
ACTION_PLAN_COLUMNS_V2 = ACTION_PLAN_FIRST_COLUMNS[:13]
# one row per cost line of an action (its id; the title is shown, not read), then a column for each
# field a cost line declares (domain.plan.fields), in its order: "Year", "Amount", "Currency",
# "Funding source", "Partner or other source", "Secured", "Executed", "Cost category", "Unit cost",
# "Quantity", "Pipeline status", "Recurrent", "Taken over from", "Amount a year taken over",
# "Implementation modality", "EU budget line". The reader finds every column by its header.
ACTION_COSTS_COLUMNS = ("Action id", "Action", *(f.header for f in COST_FIELDS))
# a workbook written before the cost basis, category and pipeline status: the columns every
# workbook has had (a column left out leaves that field of each line unset)
ACTION_COSTS_COLUMNS_V1 = ACTION_COSTS_COLUMNS[:9]
# a workbook written before a line's sustainability
ACTION_COSTS_COLUMNS_V2 = ACTION_COSTS_COLUMNS[:13]
# a workbook written before the EU's implementation modality and budget line
ACTION_COSTS_COLUMNS_V3 = ACTION_COSTS_COLUMNS[:16]
FUNDING_CODES = ("national", "partner", "other")
# the plan's currency, exchange rates and validation record, one fact per row named in Field
PLAN_VALIDATION_COLUMNS = ("Field", "Value", "Value 2", "Value 3", "Value 4", "Notes")
PLAN_FIELDS = (
    ("plan_currency", "The plan's currency (ISO 4217 code); empty: the country's."),
    ("exchange_rate", "One row per currency: code | units for one US dollar | date (YYYY-MM-DD) | source."),
    ("validated_on", "The day the government validated the plan (YYYY-MM-DD); no row: not validated."),
    ("validation_event", "Where it was validated, e.g. a national validation workshop."),
    ("institution_present", "One row per institution present at the validation."),
    ("approved_by", "The name of the person who approved the plan."),
    ("position", "That person's position."),
    ("validated_action", "One row per action as validated: id | title | fingerprint (do not edit)."),
    ("validation_entered_by", "Who recorded the validation (the operator)."),
    ("validation_version", "The version (digest) of the plan approved (do not edit)."),
    ("validation_approved", "The plan as approved, as JSON text over as many rows as it needs, in order (do not edit)."),
    # the funding request's record (format 3): a workbook without these rows keeps it as it is
    ("committed_by", "The institution that commits the national budget's part of the plan (empty: not said)."),
    ("signatory", "One row per signatory: signs for (government, ministry of finance, development partner) | "
                  "name | title | the partner, for a partner's signatory."),
)
PLAN_FIELD_NAMES = tuple(f for f, _ in PLAN_FIELDS)
# the plan's cost and financing gap in all, by year, lead institution and funding source, one row per
# currency (exchange/actionplan_sheet.write_plan_totals); the headers are written in the workbook's
# language (these are the English ones); a read-only summary the import never reads
PLAN_TOTALS_COLUMNS = ("Totals by", "Year, institution or source", "Currency", "Cost", "Secured",
                       "Financing gap", "Cost in US dollars", "Financing gap in US dollars",
                       "Cost in the plan's currency", "Financing gap in the plan's currency")
# the plan's results chain (exchange/workbook/results_sheet.py): one row per element, its Level one
# of RESULTS_LEVELS (codes, in every language); an output row links an action (Id) to its outcome
# (Of) and shows its title (Result, not read back); an indicator row's Of is "" (the overall
# objective), the outcome's id or the action's id; Targets "2027=40; 2028=55"; then the columns of the fields an indicator and an outcome declare
# (domain/plan/result_fields.py: Result, Unit, Baseline, Baseline year, Targets, Means of
# verification, Assumptions, and each field declared after them)
RESULTS_COLUMNS = ("Level", "Id", "Of", *RESULT_HEADERS)
RESULTS_LEVELS = ("objective", "outcome", "output", "objective_indicator", "outcome_indicator",
                  "output_indicator")
# the review of each answer (exchange/workbook/review_sheet.py): the Review, Reviewer, Reviewed at and Review
# note columns editable; Answer check and Row check written by the application (do not edit)
REVIEW_COLUMNS = ("Answer key", "Question", "Review", "Reviewer", "Reviewed at", "Review note",
                  "Answer check", "Row check")
# who made each answer's current version and the versions it descends from (exchange/workbook/changes_sheet.py,
# the team merge); written by the application, every cell locked
CHANGES_COLUMNS = ("Answer key", "Changed by", "Changed at", "Row check", "Earlier versions")
# one row per archived answer, in the order archived; Question and Value are shown, not read back; Stored
# answer is what the application reads back (JSON: status, value, evidence, the question's texts),
# continued on the rows below (Answer key and Stored answer only) when longer than a cell; every cell locked
ARCHIVED_COLUMNS = ("Answer key", "Questionnaire version", "Question", "Value", "Comment", "Archived at",
                    "Stored answer")
# one row per action, period and cost line (an entry without money: one row, Cost line empty); the
# entry's status, dates and reason on each of its rows; the columns declared once with the fields
# (domain/plan/progress_fields.py: a field declared later has its column at the end)
PLAN_PROGRESS_COLUMNS = PROGRESS_COLUMNS
INDICATOR_VALUES_COLUMNS = VALUE_COLUMNS
# a row per period's summary (Decision empty) and per decision asked (Decision its number from 1)
PERIOD_REPORTS_COLUMNS = ("Period", "Decision", "Text")
CORRECTIVE_MEASURES_COLUMNS = ("Action id", "Action", "Period", "Measure", "Responsible", "By")
# the risk matrix: Likelihood and Impact low, medium or high (labels); Actions concerned: action ids
# joined by "; " (none: the whole plan)
RISKS_COLUMNS = ("Risk", "Likelihood", "Impact", "Mitigating measure", "Risk owner", "Actions concerned")
# the results framework's details, one row per indicator of the Results sheet (Indicator shown, not read
# back); the amount released in the partner's currency, both empty when the indicator is not disbursement-linked
INDICATOR_DETAILS_COLUMNS = ("Indicator id", "Indicator", "Frequency", "Responsible institution",
                             "Disbursement-linked partner", "Amount released")
# the procurement plan: one row per package, Cost line the action's line number (empty: the action)
PROCUREMENT_COLUMNS = ("Action id", "Cost line", "Package", "Method", "Estimated cost", "Currency",
                       "Planned start", "Planned end", "Prior or post review")
README_COLUMNS = ("capacity-app assessment workbook",)


class ScoreRow(NamedTuple):
    """One row of the Scores sheet, its fields named after SCORES_COLUMNS (in that order)."""

    kind: str                    # one of SCORE_KINDS
    code: str
    label: str
    score: float | None = None
    need: float | None = None
    availability: float | None = None
    gap: float | None = None
    priority: float | None = None
    gap_type: str = ""
    status: str = ""             # band code (overall), gap type label (policy question), SDG status
    rank: int | None = None
    notes: str = ""


class RecommendationRow(NamedTuple):
    """One row of the Recommendations sheet, its fields named after RECOMMENDATIONS_COLUMNS."""

    priority: int
    id: str
    title: str
    recommendation: str
    gap_type: str
    section: str
    policy_questions: str

SHEET_COLUMNS = {
    README: README_COLUMNS,
    METADATA: METADATA_COLUMNS,
    ANSWERS: ANSWERS_COLUMNS,
    MATRIX: MATRIX_FIRST_COLUMNS,
    SCORES: SCORES_COLUMNS,
    RECOMMENDATIONS: RECOMMENDATIONS_COLUMNS,
    ACTION_PLAN: ACTION_PLAN_COLUMNS,
    ACTION_COSTS: ACTION_COSTS_COLUMNS,
    PLAN_VALIDATION: PLAN_VALIDATION_COLUMNS,
    RESULTS: RESULTS_COLUMNS,
    PLAN_TOTALS: PLAN_TOTALS_COLUMNS,
    REVIEW: REVIEW_COLUMNS,
    CHANGES: CHANGES_COLUMNS,
    ARCHIVED: ARCHIVED_COLUMNS,
    PLAN_PROGRESS: PLAN_PROGRESS_COLUMNS,
    INDICATOR_VALUES: INDICATOR_VALUES_COLUMNS,
    PERIOD_REPORTS: PERIOD_REPORTS_COLUMNS,
    CORRECTIVE_MEASURES: CORRECTIVE_MEASURES_COLUMNS,
    RISKS: RISKS_COLUMNS,
    INDICATOR_DETAILS: INDICATOR_DETAILS_COLUMNS,
    PROCUREMENT: PROCUREMENT_COLUMNS,
}


# --- the headers a person reads, in the workbook's language -------------------------------------
# The names above are the machine keys: language-neutral, what the code and docs/workbook-format.md
# call each column. A workbook's header row is written in its language (domain/texts.py,
# "wb.col.<name>"); a reader takes a header cell as its column when it is the column's name in any
# of the six languages, so a French workbook imports on an English machine, and the aggregation
# reads a Chinese one. Sheet names, the Metadata and Plan validation field names, the Kind column's
# codes and the cell codes stay the keys.

# a column whose header a sheet words its own way: the Priority of a gap (0 to 9), not an action's
SHEET_COLUMN_LABELS = {(SCORES, "Priority"): "gap priority", (RECOMMENDATIONS, "Priority"): "gap priority"}


def column_label(name: str, lang: str, sheet: str = "") -> str:
    """The header of the column ``name`` (of the sheet ``sheet``) as a ``lang`` workbook writes it
    (the key when the language has no label for it)."""
    from ...domain.texts import TEXTS, text

    key = f"wb.col.{SHEET_COLUMN_LABELS.get((sheet, name), name)}"
    return text(key, lang) if key in TEXTS else name


@lru_cache(maxsize=256)
def column_labels(name: str) -> frozenset[str]:
    """Every header a reader takes for the column ``name``: its key and its label in each language."""
    from ...domain.languages import LANGUAGES

    current = {" ".join(column_label(name, lang).split()) for lang in LANGUAGES}
    return frozenset({name, *current, *_retired_labels().get(name, ())})


@lru_cache(maxsize=1)
def _retired_labels() -> dict[str, frozenset[str]]:
    """The headers a column had in a language before its label was improved
    (``resources/sentences/retired_labels.yaml``): a workbook sent earlier still reads back."""
    from ...catalog.yamlfile import read_plain
    from ...paths import resources_dir

    rows = read_plain(resources_dir() / "sentences" / "retired_labels.yaml") or []
    out: dict[str, set[str]] = {}
    for row in rows:
        out.setdefault(str(row["column"]), set()).add(" ".join(str(row["label"]).split()))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=2048)
def _label_in(name: str, lang: str, normal: Callable[[str], str]) -> str:
    return normal(column_label(name, lang))


def _spaced(text: str) -> str:
    return " ".join(text.split())


def is_column_label(text: str, name: str, normal: Callable[[str], str] = _spaced, lang: str = "en") -> bool:
    """Whether ``text`` is a header a reader takes for the column ``name`` (one of
    :func:`column_labels`): its key, a retired label, or its label in a language, the languages
    looked at in turn, the workbook's (``lang``) first, then English and the others, so that a
    workbook's headers read the catalogue of no other language."""
    from ...domain.languages import languages_from

    return column_headed(text, (name,), normal, languages_from(lang)) == name


def column_headed(text: str, names: Sequence[str], normal: Callable[[str], str] = _spaced,
                  languages: Sequence[str] | None = None) -> str | None:
    """The column of ``names`` whose header ``text`` is (:func:`is_column_label`), None when it heads
    none. Looked for by kind of label rather than column by column: the keys and retired labels of
    every column first, then every column's label language by language, in the order of
    ``languages`` (the application's, English first, when None: a reader puts the workbook's own
    language first). A header row in its workbook's language then reads no other language's
    catalogue, where asking each column in turn read all seven for every header that is not the
    first column's (a quarter of a second in each process reading its first workbook). Where one
    text is the label of two columns, it is so in one language, and the first of ``names`` is
    taken, as column by column."""
    retired = _retired_labels()
    for name in names:
        if text == name or text in retired.get(name, ()):
            return name
    from ...domain.languages import LANGUAGES

    for lang in LANGUAGES if languages is None else languages:
        for name in names:
            if text == _label_in(name, lang, normal):
                return name
    return None


def canonical_header(cells, expected, lang: str = "en") -> tuple[str, ...]:
    """A header row as read (texts), each cell given as its column's key when it is one of that
    column's labels in any language (:func:`is_column_label`, the workbook's ``lang`` looked at
    first), else as it is (a wrong header is then reported with its own text)."""
    out = []
    for i, cell in enumerate(cells):
        text = " ".join(str(cell).split()) if cell is not None else ""
        out.append(expected[i] if i < len(expected) and is_column_label(text, expected[i], lang=lang) else text)
    return tuple(out)


# The consolidated (aggregated) workbook is described in aggregate_format, not imported here: its
# headers come from a YAML catalogue (about 35 ms), which a process that only reads or writes a
# country's workbook (an import's reading child, every command's start) does not need.

YES = "yes"  # the mark in the Don't know / Not applicable columns
NONE_SELECTED = "(none)"  # Code of a multiple choice answered with no option selected

# --- checksums -------------------------------------------------------------------------------

def canonical_json(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def is_meaningful(answer) -> bool:
    """An answer worth exporting: a value or flag, a comment or evidence."""
    return answer.status != "empty" or bool(answer.comment) or bool(answer.evidence)


def answers_checksum(answers: Mapping[str, Any]) -> str:
    """SHA-256 over the canonical JSON of ``canonical_answers`` of the meaningful answers (see
    docs/workbook-format.md). The list's text is its answers' texts joined, each written as the
    list writes it; a plain answer's (a short text, a whole number, a yes/no or nothing, without
    comment or evidence: the codes every workbook of an aggregation repeats) once per process."""
    parts = []
    for key in sorted(answers):
        a = answers[key]
        if not is_meaningful(a):
            continue
        kind = _kept_kind(a.value)
        if kind and a.comment == "" and not a.evidence:
            parts.append(_plain_answer_json(a.key, a.status, kind, a.value))
        else:
            parts.append(canonical_json(canonical_answers({key: a})[0]))
    return sha256_text("[" + ",".join(parts) + "]")


def _kept_kind(value: Any) -> str:
    """The type's name of a value whose texts are kept once per process (a short text, a whole
    number, a yes/no or nothing: the codes and flags assessments repeat), else "" (a float: -0.0 ==
    0.0 but is written apart; a list; a long text). The name goes in the key of what is kept:
    True, 1 and 1.0 are one key to a dict, three texts to JSON."""
    kind = type(value)
    return kind.__name__ if kind in (int, bool, type(None)) or (kind is str and len(value) <= 100) else ""


@lru_cache(maxsize=8192)
def _plain_answer_json(key: str, status: str, kind: str, value: Any) -> str:
    return canonical_json({"key": key, "status": status, "value": value, "comment": "", "evidence": []})


def scores_checksum(rows) -> str:
    """SHA-256 over Scores rows with numbers normalised, so it can be recomputed from a read."""
    return sha256_text(canonical_json([[_norm(v) for v in r] for r in rows]))


def _norm(v: Any) -> str:
    if v is None or v == "":
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return format(float(v), ".10g")
    return str(v)


def _short_hash(part: Any) -> str:
    return sha256_text(canonical_json(part))[:8]


# most answers have no comment and no evidence: their two hashes are these (the same values, made once)
_NO_COMMENT = _short_hash("")
_NO_EVIDENCE = _short_hash([])


@lru_cache(maxsize=4096)
def _simple_value_hash(status: str, kind: str, value: Any) -> str:
    return _short_hash([status, value])


def _value_hash(status: str, value: Any) -> str:
    """The first hash; a plain value's (:func:`_kept_kind`: a version history repeats them
    again) is hashed once per process."""
    kind = _kept_kind(value)
    return _simple_value_hash(status, kind, value) if kind else _short_hash([status, value])


def row_check(answer: Answer | None) -> str:
    """Three short hashes (value+status, comment, evidence) written next to each answer row so
    that an import can name exactly which cells were edited outside the application."""
    if answer is None:
        return f"{_value_hash('empty', None)}-{_NO_COMMENT}-{_NO_EVIDENCE}"
    comment = _short_hash(answer.comment) if answer.comment else _NO_COMMENT
    evidence = _short_hash([[e.kind, e.text] for e in answer.evidence]) if answer.evidence else _NO_EVIDENCE
    return f"{_value_hash(answer.status, answer.value)}-{comment}-{evidence}"


ROW_CHECK_PARTS = (("value", ("Code", "Don't know", "Not applicable")), ("comment", ("Comment",)),
                   ("evidence", ("Evidence",)))


def column_letter(index: int) -> str:
    """1 -> A, 27 -> AA."""
    s = ""
    while index:
        index, r = divmod(index - 1, 26)
        s = chr(65 + r) + s
    return s
