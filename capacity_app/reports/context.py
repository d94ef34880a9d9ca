"""What the PDF report shows, as documented dataclasses (no database, no rendering).

:func:`assemble_context` turns plain inputs (the assessment record, the questionnaire, the answers
and the typed :class:`~capacity_app.domain.scoring.ScoreResult`) into a :class:`ReportContext`. Every text the template prints
is already chosen in the report's language and every number already formatted with Babel, so the
templates only lay things out. The template is rendered with ``StrictUndefined``: a name the template
uses that this module does not provide fails the tests instead of printing nothing.
"""
from __future__ import annotations

import datetime as _dt
import json
import re
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from collections.abc import Callable, Mapping

import yaml

from ..catalog import countries
from ..domain.answers import DONT_KNOW, NOT_APPLICABLE, Answer, canonical_answers
from ..domain.assessment import Assessment
from ..domain.languages import LANGUAGES
from ..domain.questionnaire import Field, Item, Questionnaire, tr
from ..domain.scoring import ScoreResult, band_for, band_label, gap_type_label
from ..domain.values import display_text
from ..paths import resources_dir

SDG_SECTION = "S4"


# --- fixed text -------------------------------------------------------------------------------

def report_dir():
    return resources_dir() / "report"


@lru_cache(maxsize=1)
def _all_strings() -> dict:
    with open(report_dir() / "strings.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def load_strings(lang: str) -> dict[str, Any]:
    """Every fixed report text in ``lang`` (falling back to English per key)."""
    return {k: (v.get(lang) if v.get(lang) is not None else v.get("en")) for k, v in _all_strings().items()}


def check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"report language must be one of {', '.join(LANGUAGES)}, got {lang!r}")
    return lang


# --- Babel formatting -------------------------------------------------------------------------

def babel_locale(lang: str) -> str:
    """The Babel locale of a report language: UN style, so English dates read "15 May 2026"."""
    return {"en": "en_GB"}.get(lang, lang)


def fmt_number(x: float | int | None, lang: str, digits: int = 0) -> str:
    from babel.numbers import format_decimal

    if x is None:
        return "–"
    pattern = "#,##0" if digits == 0 else "#,##0." + "0" * digits
    return format_decimal(x, format=pattern, locale=lang)


def fmt_date(iso: str | _dt.date | None, lang: str) -> str:
    from babel.dates import format_date

    if not iso:
        return ""
    try:
        d = iso if isinstance(iso, _dt.date) else _dt.date.fromisoformat(str(iso)[:10])
    except ValueError:
        return str(iso)
    return format_date(d, format="long", locale=babel_locale(lang))


def fmt_date_range(start: str, end: str, lang: str) -> str:
    from babel.dates import format_interval

    try:
        a = _dt.date.fromisoformat(start) if start else None
        b = _dt.date.fromisoformat(end) if end else None
    except ValueError:
        return " – ".join(x for x in (start, end) if x)
    if a and b:
        return format_interval(a, b, skeleton="yMMMMd", locale=babel_locale(lang))
    return fmt_date(a or b, lang) if (a or b) else ""


def fmt_list(items: list[str], lang: str) -> str:
    from babel.lists import format_list

    return format_list(list(items), locale=lang) if items else ""


# --- the dataclasses --------------------------------------------------------------------------

@dataclass(frozen=True)
class InstitutionRow:
    name: str
    role: str


@dataclass(frozen=True)
class Cover:
    """The cover page. Dates are formatted; empty strings when not known. ``institutions_more``
    is the "… N more" line when there are more than :data:`INSTITUTIONS_SHOWN`."""
    country: str
    country_code: str
    round: str
    title: str
    mission_dates: str
    reference_date: str
    status: str
    institutions: list[InstitutionRow]
    questionnaire_name: str
    questionnaire_version: str
    institutions_more: str = ""


@dataclass(frozen=True)
class GapLine:
    """One policy question in a short list (executive summary)."""
    code: str
    label: str
    priority: str
    gap_type_label: str
    quick_win: bool


@dataclass(frozen=True)
class Summary:
    overall: str            # formatted score or "" when not scored
    band_code: str          # one of domain.scoring.BANDS, or ""
    band_label: str
    top_gaps: list[GapLine]
    quick_wins: list[str]   # one readable line each
    reading: str            # the paragraph generated from the numbers


@dataclass(frozen=True)
class SectionScore:
    id: str
    label: str
    score: str              # formatted, "–" when not scored
    value: float | None     # raw, for the chart
    band_code: str
    band_label: str
    points: str
    dont_know: int
    weight: str
    reasons: list[str]


@dataclass(frozen=True)
class HeatCell:
    text: str               # "0".."3" or "–"
    css: str                # "l0".."l3" or "ln"
    mark: str               # "●" main, "○" supporting, ""
    title: str              # level description (for the legend / accessibility)


@dataclass(frozen=True)
class HeatRow:
    code: str
    label: str
    cells: list[HeatCell]


@dataclass(frozen=True)
class Heatmap:
    sources: list[tuple[str, str]]   # (code, label)
    rows: list[HeatRow]
    legend: list[tuple[str, str]]    # (css class, text)


@dataclass(frozen=True)
class PolicyBlock:
    """One policy question A–O."""
    code: str
    label: str
    rank: str
    need: str
    availability: str
    gap: str
    priority: str
    need_value: float | None
    availability_value: float | None
    gap_type: str
    gap_type_label: str
    best_sources: list[str]
    triangulation: bool
    quick_win: bool
    reasons: list[str]
    actions: list[str]


@dataclass(frozen=True)
class SdgRow:
    code: str
    number: str
    label: str
    status: str
    status_label: str
    reasons: list[str]


@dataclass(frozen=True)
class EvidenceLine:
    kind: str
    text: str


@dataclass(frozen=True)
class AnswerRow:
    """One answer (or one matrix cell, its fields on separate lines) as readable text."""
    key: str
    question: str
    value_lines: list[str]
    flag: str               # "don't know" / "not applicable" / ""
    comments: list[str]
    evidence: list[EvidenceLine]


@dataclass(frozen=True)
class FindingBlock:
    id: str                 # section id ("" when the questionnaire lacks it)
    title: str
    present: bool
    score: str
    band_label: str
    reasons: list[str]
    rows: list[AnswerRow]


@dataclass(frozen=True)
class ActionItem:
    order: int
    title: str
    text: str
    gap_type_label: str
    serves: str


@dataclass(frozen=True)
class FollowUp:
    key: str
    label: str
    section: str


@dataclass(frozen=True)
class GridLine:
    label: str
    cells: list[str]


@dataclass(frozen=True)
class AnnexBlock:
    """Part of a section's annex: ``kind`` "rows" (simple answers in ``rows``) or "grid" (a compact
    table: ``columns`` headers, ``lines`` one per grid row / matrix cell, ``notes`` comments and
    evidence)."""
    kind: str
    title: str
    rows: list[AnswerRow]
    columns: list[str]
    lines: list[GridLine]
    notes: list[str]

    @property
    def wide_labels(self) -> bool:
        """Long row labels (indicator names, registers) get a wide first column."""
        return any(len(x.label) > 16 for x in self.lines)


@dataclass(frozen=True)
class AnnexSection:
    id: str
    title: str
    blocks: list[AnnexBlock]
    see: str = ""           # "printed in full in …" when the findings already show every answer


@dataclass(frozen=True)
class BlankOption:
    code: str
    label: str


@dataclass(frozen=True)
class BlankItem:
    """A question of the blank questionnaire."""
    id: str
    number: str
    type: str               # item type
    label: str
    help: str
    instruction: str
    options: list[BlankOption]
    rows: list[str]                 # grid rows (rating table: the questions)
    columns: list[str]              # grid columns (rating table: the levels)
    note: bool
    cells: list[str] = field(default_factory=list)   # per column: tick boxes with codes, or "" (write)
    codes: list[str] = field(default_factory=list)   # the code legend under a grid


@dataclass(frozen=True)
class BlankMatrixRow:
    source: str                     # "CEN — Population census", or the "Other:" write-in row
    mark: str                       # "●" main, "○" supporting, "" other


@dataclass(frozen=True)
class BlankMatrixBlock:
    """One policy question of the matrix on paper: its expected sources, one row each, and a
    column per matrix field with numbered tick boxes (codes explained once, in ``blank_codes``)."""
    code: str
    label: str
    rows: list[BlankMatrixRow]


@dataclass(frozen=True)
class BlankSection:
    id: str
    title: str
    help: str
    items: list[BlankItem]


@dataclass(frozen=True)
class AttachmentData:
    name: str
    description: str
    data: bytes | Callable[[], bytes]   # a callable is produced at render time (no database)
    mime: str

    def payload(self) -> bytes:
        return self.data() if callable(self.data) else self.data


@dataclass(frozen=True)
class ChartData:
    """Numbers for the matplotlib charts, drawn at render time (see charts.py)."""
    section_labels: list[str]
    section_values: list[float | None]
    section_bands: list[str]
    section_band_labels: list[str]
    pq_codes: list[str]
    pq_need: list[float | None]
    pq_availability: list[float | None]
    need_label: str
    availability_label: str
    lang: str


@dataclass
class ReportContext:
    """Everything the report template prints. ``blank`` selects the blank questionnaire layout
    (then only ``cover``, ``blank_sections`` and the running texts are filled)."""
    lang: str
    blank: bool
    s: dict[str, Any]               # fixed texts in ``lang`` (strings.yaml)
    title: str                      # document title (PDF metadata, running header)
    subject: str                    # PDF subject / description
    keywords: list[str]
    country: str
    generated: str                  # formatted generation date
    generated_iso: str
    app_version: str
    questionnaire_version: str
    rules_version: str
    cover: Cover
    summary: Summary | None = None
    section_scores: list[SectionScore] = field(default_factory=list)
    chart: ChartData | None = None
    heatmap: Heatmap | None = None
    policy_blocks: list[PolicyBlock] = field(default_factory=list)
    sdg_rows: list[SdgRow] = field(default_factory=list)
    sdg_present: bool = False
    findings: list[FindingBlock] = field(default_factory=list)   # report 1.0; now ``areas``
    children: FindingBlock = field(default_factory=lambda: FindingBlock("", "", False, "", "", [], []))
    actions: list[ActionItem] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    annex: list[AnnexSection] = field(default_factory=list)
    methodology: list[str] = field(default_factory=list)
    blank_sections: list[BlankSection] = field(default_factory=list)
    blank_matrix: list[BlankMatrixBlock] = field(default_factory=list)
    blank_fields: list[tuple[str, str]] = field(default_factory=list)  # matrix column: (label, boxes)
    blank_codes: list[tuple[str, str]] = field(default_factory=list)   # matrix field: (label, codes)
    attachments: list[AttachmentData] = field(default_factory=list)
    attachments_note: str = ""
    # report 2.0 (reports/chapters.py): typed as Any here to keep the import one-way
    author: str = ""                # the PDF author: the operator's institution, or the tool's name
    author_shown: str = ""          # the same as the cover prints it (long words breakable)
    draft: str = ""                 # the watermark ("DRAFT" in the language) unless the status is final
    exec: Any = None                # chapters.ExecSummary
    plan: Any = None                # chapters.ActionPlan
    context_parts: list[Any] = field(default_factory=list)   # chapters.Area (S0, S2, S5)
    areas: list[Any] = field(default_factory=list)           # chapters.Area, S1 -> S12
    pq_rows: list[Any] = field(default_factory=list)         # chapters.PqRow
    acronyms: list[tuple[str, str]] = field(default_factory=list)
    grids_shown: dict[str, str] = field(default_factory=dict)  # section id -> chapter printing its grids
    glossary: list[tuple[str, str]] = field(default_factory=list)


# --- bounded text -----------------------------------------------------------------------------
# Layout time grows with the square of a word's length (WeasyPrint lays out the rest of an
# unbreakable word again for every line it breaks: a 20,000-character word took 44 s, with a
# break opportunity every WORD_CHARS characters 1 s), and with everything printed. Whatever is
# stored, the report prints bounded text: long words get invisible break opportunities (U+200B),
# one field at most FIELD_CHARS characters, one answer at most EVIDENCE_SHOWN evidence lines, the
# cover at most INSTITUTIONS_SHOWN institutions, the whole report at most REPORT_CHARS characters
# of user text; each cut says "… N more (see the attached data)", and the attached JSON is complete.

WORD_CHARS = 30
FIELD_CHARS = 2_000
EVIDENCE_SHOWN = 10
INSTITUTIONS_SHOWN = 60
REPORT_CHARS = 250_000
AUTHOR_CHARS = 150

_LONG_RUN = re.compile(rf"\S{{{WORD_CHARS + 1},}}")
# characters of user text the report being assembled may still print (None outside assemble_context)
_budget: ContextVar[list[int] | None] = ContextVar("report_text_budget", default=None)


def breakable(text: str) -> str:
    """``text`` with a zero-width space every :data:`WORD_CHARS` characters of a longer word."""
    if len(text) <= WORD_CHARS:
        return text
    return _LONG_RUN.sub(lambda m: "\u200b".join(m[0][i:i + WORD_CHARS]
                                                 for i in range(0, len(m[0]), WORD_CHARS)), text)


def more_items(n: int, lang: str, s: Mapping[str, Any]) -> str:
    return s["more_items"].format(n=fmt_number(n, lang))


def bounded_text(text: str, lang: str, s: Mapping[str, Any]) -> str:
    """User text as the report prints it: at most :data:`FIELD_CHARS` characters (and what is left
    of the report's budget), then "… N more characters (see the attached data)"; long words breakable."""
    budget = _budget.get()
    limit = FIELD_CHARS if budget is None else max(0, min(FIELD_CHARS, budget[0]))
    shown = text[:limit]
    if budget is not None:
        budget[0] -= len(shown)
    if len(text) <= limit:
        return breakable(text)
    more = s["more_chars"].format(n=fmt_number(len(text) - limit, lang))
    return f"{breakable(shown)} {more}" if shown else more


# --- answers as text --------------------------------------------------------------------------

def _value_text(fld: Field, value: Any, lang: str, s: Mapping[str, Any] | None = None) -> str:
    """A value as the report prints it: ``domain.values.display_text`` with Babel numbers and
    long dates, ratings with their written anchor (bounded when the strings ``s`` are given)."""
    text = display_text(fld, value, lang, number=lambda x, digits: fmt_number(x, lang, digits),
                        date=lambda iso: fmt_date(iso, lang), anchors=True)
    return bounded_text(text, lang, s) if s is not None else text


def _comments(a: Answer, lang: str, s: Mapping[str, Any], label: str = "") -> list[str]:
    if not a.comment:
        return []
    return [f"{label}: " + bounded_text(a.comment, lang, s) if label else bounded_text(a.comment, lang, s)]


def _flag(a: Answer, s: Mapping[str, Any]) -> str:
    if a.status == DONT_KNOW:
        return s["dont_know"]
    if a.status == NOT_APPLICABLE:
        return s["not_applicable"]
    return ""


def _evidence(a: Answer, lang: str, s: Mapping[str, Any]) -> list[EvidenceLine]:
    """At most :data:`EVIDENCE_SHOWN` lines, then one "… N more" line (kind "")."""
    budget = _budget.get()
    n = EVIDENCE_SHOWN if budget is None or budget[0] > 0 else 0
    out = [EvidenceLine(s.get(f"ev_{e.kind}", e.kind), bounded_text(e.text, lang, s)) for e in a.evidence[:n]]
    if len(a.evidence) > n:
        out.append(EvidenceLine("", more_items(len(a.evidence) - n, lang, s)))
    return out


def answer_rows(q: Questionnaire, answers: Mapping[str, Answer], section_id: str, lang: str,
                s: Mapping[str, Any]) -> list[AnswerRow]:
    """The answers of one section in questionnaire order, one row per answer key (grid cells
    named "item — row — column"); matrix cells grouped per PQ × source."""
    sec = q.section(section_id)
    if sec is None:
        return []
    rows: list[AnswerRow] = []
    for item in sec.items:
        if item.type == "matrix":
            rows.extend(_matrix_rows(q, item, answers, lang, s))
            rows.extend(_whole_item_rows(item, answers, lang, s))
            continue
        for key, fld, coords in q.keys(item):
            a = answers.get(key)
            if a is None:
                continue
            question = tr(item.label, lang)
            if item.type == "grid":
                row = item.row(coords[0])
                question = f"{question} — {tr(row.label, lang) if row else coords[0]} — {tr(fld.label, lang)}"
            rows.append(AnswerRow(key, question,
                                  [_value_text(fld, a.value, lang, s)] if a.value is not None else [],
                                  _flag(a, s), _comments(a, lang, s), _evidence(a, lang, s)))
        rows.extend(_whole_item_rows(item, answers, lang, s))
    return rows


def _whole_item_rows(item: Item, answers: Mapping[str, Answer], lang: str,
                     s: Mapping[str, Any]) -> list[AnswerRow]:
    """The comment and evidence on a grid, a note or the matrix as a whole (key: the item id)."""
    a = answers.get(item.id) if item.type in ("grid", "note", "matrix") else None
    if a is None or not (a.comment or a.evidence):
        return []
    return [AnswerRow(item.id, tr(item.label, lang), [], "", _comments(a, lang, s), _evidence(a, lang, s))]


def _matrix_rows(q: Questionnaire, item: Item, answers: Mapping[str, Answer], lang: str,
                 s: Mapping[str, Any]) -> list[AnswerRow]:
    m = q.matrix
    if m is None:
        return []
    rows = []
    for pq in q.policy_questions:
        for src in q.sources:
            prefix = f"{item.id}.{pq.code}.{src.code}."
            lines, comments, ev, flags = [], [], [], []
            for f in m.fields:
                a = answers.get(prefix + f.id)
                if a is None:
                    continue
                flag = _flag(a, s)
                text = _value_text(f, a.value, lang, s) if a.value is not None else flag
                if text:
                    lines.append(f"{tr(f.label, lang)}: {text}")
                comments += _comments(a, lang, s, tr(f.label, lang))
                ev.extend(_evidence(a, lang, s))
                if flag == s["dont_know"]:
                    flags.append(flag)
            if lines or comments or ev:
                rows.append(AnswerRow(prefix[:-1], f"{pq.code} × {src.code} — {tr(src.label, lang)}", lines,
                                      flags[0] if flags else "", comments, ev))
    return rows


def _cell_text(fld: Field, a: Answer | None, lang: str, s: Mapping[str, Any]) -> str:
    if a is None:
        return ""
    if a.value is not None:
        return _value_text(fld, a.value, lang, s)
    return _flag(a, s)


def _notes(label: str, a: Answer | None, lang: str, s: Mapping[str, Any]) -> list[str]:
    if a is None:
        return []
    out = _comments(a, lang, s, label)
    out += [f"{label}: [{e.kind}] {e.text}" if e.kind else f"{label}: {e.text}" for e in _evidence(a, lang, s)]
    return out


def _matrix_groups(q: Questionnaire) -> list[list[Field]]:
    """The matrix fields (free text excluded) in up to four groups of neighbours."""
    fields = [f for f in q.matrix.fields if f.type != "text"] if q.matrix else []
    n = max(1, -(-len(fields) // 4))
    return [fields[i:i + n] for i in range(0, len(fields), n)]


def annex_blocks(q: Questionnaire, answers: Mapping[str, Answer], section_id: str, lang: str,
                 s: Mapping[str, Any]) -> list[AnnexBlock]:
    """Every answer of one section for the annex: simple items as rows; grids and the matrix as
    compact tables (one line per row / per PQ × source, one column per field), their comments and
    evidence listed under the table. Compact on purpose: the annex is most of the report's pages."""
    sec = q.section(section_id)
    if sec is None:
        return []
    blocks: list[AnnexBlock] = []
    simple: list[AnswerRow] = []

    def flush():
        if simple:
            blocks.append(AnnexBlock("rows", "", simple.copy(), [], [], []))
            simple.clear()

    for item in sec.items:
        if item.type == "grid":
            grid_rows, notes = [], _notes(tr(item.label, lang), answers.get(item.id), lang, s)
            for r in item.rows:
                cells = []
                for c in item.columns:
                    a = answers.get(f"{item.id}.{r.code}.{c.id}")
                    cells.append(_cell_text(c, a, lang, s))
                    notes += _notes(f"{tr(r.label, lang)} — {tr(c.label, lang)}", a, lang, s)
                if any(cells):
                    grid_rows.append(GridLine(tr(r.label, lang), cells))
            if grid_rows or notes:
                flush()
                blocks.append(AnnexBlock("grid", tr(item.label, lang), [], [tr(c.label, lang) for c in item.columns],
                                         grid_rows, notes))
        elif item.type == "matrix" and q.matrix is not None:
            # Four columns of related fields (values joined by " · " in field order) instead of
            # ten: the matrix is the largest block of the report.
            groups = _matrix_groups(q)
            grid_rows, notes = [], _notes(tr(item.label, lang), answers.get(item.id), lang, s)
            for pq in q.policy_questions:
                for src in q.sources:
                    prefix = f"{item.id}.{pq.code}.{src.code}."
                    label = f"{pq.code} × {src.code}"
                    cells = []
                    for g in groups:
                        vals = [_cell_text(f, answers.get(prefix + f.id), lang, s) for f in g]
                        cells.append(" · ".join(v or "–" for v in vals) if any(vals) else "")
                    for f in q.matrix.fields:
                        a = answers.get(prefix + f.id)
                        if f.type == "text" and a is not None and a.value:
                            notes.append(f"{label} — {tr(f.label, lang)}: {bounded_text(a.value, lang, s)}")
                        notes += _notes(f"{label} — {tr(f.label, lang)}", a, lang, s)
                    if any(cells):
                        grid_rows.append(GridLine(label, cells))
            if grid_rows or notes:
                flush()
                blocks.append(AnnexBlock("grid", tr(item.label, lang), [],
                                         [" · ".join(tr(f.label, lang) for f in g) for g in groups],
                                         grid_rows, notes))
        else:
            for key, fld, _ in q.keys(item):
                a = answers.get(key)
                if a is None:
                    continue
                simple.append(AnswerRow(key, tr(item.label, lang),
                                        [_value_text(fld, a.value, lang, s)] if a.value is not None else [],
                                        _flag(a, s), _comments(a, lang, s), _evidence(a, lang, s)))
    flush()
    return blocks


# --- assembling -------------------------------------------------------------------------------

def _band_of(score: float | None) -> str:
    return band_for(score) or ""


def _cover(a: Assessment | None, q: Questionnaire, lang: str, s: Mapping[str, Any]) -> Cover:
    if a is None:
        return Cover("", "", "", tr(q.title, lang), "", "", "", [], tr(q.title, lang), q.version)
    c = countries.lookup(a.country)
    name = countries.localized_name(c, lang) if c else a.country
    return Cover(
        country=name, country_code=a.country, round=str(a.round), title=bounded_text(a.title, lang, s),
        mission_dates=fmt_date_range(a.mission_start, a.mission_end, lang),
        reference_date=fmt_date(a.effective_reference_date, lang),
        status=s.get(f"status_{a.status}", a.status),
        institutions=[InstitutionRow(bounded_text(i.name, lang, s), bounded_text(i.role, lang, s))
                      for i in a.institutions[:INSTITUTIONS_SHOWN]],
        questionnaire_name=tr(q.title, lang), questionnaire_version=a.questionnaire_version or q.version,
        institutions_more=(more_items(len(a.institutions) - INSTITUTIONS_SHOWN, lang, s)
                           if len(a.institutions) > INSTITUTIONS_SHOWN else ""))


def _reading(country: str, scores: ScoreResult, sections: list[SectionScore], lang: str,
             s: Mapping[str, Any]) -> str:
    parts = []
    overall = scores.overall_shown
    if overall is None:
        parts.append(s["reading_overall_none"].format(country=country))
    elif scores.provisional:  # rules 2.0: below the completeness threshold there is no band
        share = round(100 * scores.completeness)
        pct = {"fr": f"{share}\u202f%", "es": f"{share} %"}.get(lang, f"{share}%")
        parts.append(s["reading_overall_provisional"].format(country=country, score=fmt_number(overall, lang),
                                                             pct=pct))
    else:
        parts.append(s["reading_overall"].format(country=country, score=fmt_number(overall, lang),
                                                 band=scores.band_label))
    pqs = scores.policy_questions
    if pqs:
        av = [p.availability for p in pqs.values()]
        parts.append(s["reading_pq"].format(
            n=len(pqs), fit=sum(1 for x in av if x == 3), short=sum(1 for x in av if x == 2),
            unusable=sum(1 for x in av if x == 1), none=sum(1 for x in av if not x)))
    gaps = [c for c in scores.ranked if c in pqs and pqs[c].priority]
    if gaps:
        qw = sum(1 for c in gaps if pqs[c].quick_win and pqs[c].gap)
        parts.append(s["reading_gaps"].format(letters=fmt_list(gaps[:3], lang), qw=fmt_number(qw, lang)))
    elif pqs:
        parts.append(s["reading_gaps_none"])
    weights = scores.weights  # a section of weight 0 (S2 policy demand: context) is not an area of capacity
    scored = [(x.value, x) for x in sections if x.value is not None and weights.get(x.id, 1) > 0]
    if len(scored) >= 2:
        best = max(scored, key=lambda t: t[0])[1]
        worst = min(scored, key=lambda t: t[0])[1]
        parts.append(s["reading_sections"].format(best=best.label, best_score=best.score,
                                                  worst=worst.label, worst_score=worst.score))
    n_fu = sum(1 for f in scores.follow_up if f.status == "dont_know")  # blanks are listed too (rules 2.0)
    if n_fu:
        parts.append(s["reading_followup"].format(n=fmt_number(n_fu, lang)))
    return " ".join(parts)


def assemble_context(q: Questionnaire, assessment: Assessment | None, answers: Mapping[str, Answer],
                     scores: ScoreResult | None, lang: str = "en", *, blank: bool = False,
                     app_version: str = "", generated: _dt.date | None = None,
                     attachments: list[AttachmentData] | None = None, action_plan: list[Any] | None = None,
                     author: str = "") -> ReportContext:
    """Build the report context from plain data. ``scores`` is the scoring engine's result (may be
    None only for ``blank``). ``action_plan`` is the stored plan (``domain.actionplan.Action``
    objects; empty or None: the plan drafted from the recommendations is shown as proposed);
    ``author`` the operator's institution (empty: the tool's name). User text is printed within
    :data:`REPORT_CHARS` characters."""
    token = _budget.set([REPORT_CHARS])
    try:
        ctx = _assemble_context(q, assessment, answers, scores, lang, blank=blank, app_version=app_version,
                                generated=generated, attachments=attachments)
        author = " ".join(author.split())
        if len(author) > AUTHOR_CHARS:  # a name, not a text: cut (the attached data has it whole)
            author = author[:AUTHOR_CHARS - 1] + "…"
        ctx.author = author or ctx.s["author_unknown"]
        ctx.author_shown = breakable(ctx.author)
        ctx.draft = "" if assessment is None or assessment.status == "final" else ctx.s["draft_mark"]
        if not blank and scores is not None:
            from .chapters import fill_chapters  # chapters imports this module

            fill_chapters(ctx, q, answers, scores, lang, ctx.s, action_plan)
        return ctx
    finally:
        _budget.reset(token)


def _assemble_context(q: Questionnaire, assessment: Assessment | None, answers: Mapping[str, Answer],
                      scores: ScoreResult | None, lang: str, *, blank: bool, app_version: str,
                      generated: _dt.date | None, attachments: list[AttachmentData] | None) -> ReportContext:
    check_lang(lang)
    s = load_strings(lang)
    generated = generated or _dt.date.today()
    cover = _cover(assessment, q, lang, s)
    title = s["blank_title"] if blank else s["report_title"]
    country = cover.country
    ctx = ReportContext(
        lang=lang, blank=blank, s=s, title=f"{country}{s['colon']}{title}" if country else title,
        subject=(f"{tr(q.title, lang)} — {country} {cover.round}".strip() if not blank
                 else f"{tr(q.title, lang)} {q.version}"),
        keywords=["migration statistics", "capacity assessment", "UNSD"] + ([cover.country_code] if country else []),
        country=country, generated=fmt_date(generated, lang), generated_iso=generated.isoformat(),
        app_version=app_version, questionnaire_version=cover.questionnaire_version,
        rules_version=scores.rules_version if scores is not None else "", cover=cover,
        attachments=list(attachments or []))
    if ctx.attachments:
        ctx.attachments_note = s["attachments_note"].format(files=fmt_list([a.name for a in ctx.attachments], lang))
    if blank:
        ctx.blank_sections = blank_sections(q, lang, s)
        ctx.blank_matrix, ctx.blank_fields, ctx.blank_codes = blank_matrix(q, lang, s)
        ctx.heatmap = Heatmap([(src.code, tr(src.label, lang)) for src in q.sources],
                              matrix_relevance_rows(q, lang), [])
        return ctx
    if scores is None:
        raise ValueError("a report needs the assessment's scores")
    _fill_report(ctx, q, answers, scores, lang, s)
    return ctx


def _fill_report(ctx: ReportContext, q: Questionnaire, answers, scores: ScoreResult, lang, s) -> None:
    pqs = scores.policy_questions
    ranked = list(scores.ranked)
    # Sections
    for sec in q.sections:
        sc = scores.sections.get(sec.id)
        if sc is None:
            continue
        val = sc.shown
        band = _band_of(val)
        pts, mx = round(sc.points, 4), round(sc.max_points, 4)
        weight = scores.weights.get(sec.id, sc.weight)
        ctx.section_scores.append(SectionScore(
            sec.id, tr(sec.label, lang), fmt_number(val, lang) if val is not None else "–", val, band,
            band_label(band, lang) if val is not None else s["no_score"],
            f"{fmt_number(pts, lang, 1)} / {fmt_number(mx, lang, 1)}" if mx else "–",
            sc.dont_know, fmt_number(weight, lang, 1) if weight is not None else "–", list(sc.reasons)))
    # Summary
    overall = scores.overall_shown
    top = [GapLine(c, pqs[c].label or c, fmt_number(pqs[c].priority, lang), pqs[c].gap_type_label,
                   pqs[c].quick_win)
           for c in ranked if c in pqs and pqs[c].priority][:5]
    wins = [f"{c}. {pqs[c].label} — {s['quick_win_pq']}" for c in ranked
            if c in pqs and pqs[c].quick_win and pqs[c].priority]
    sdg_wins = [str(d.number or code) for code, d in scores.sdg.items() if d.status == "quick_win"]
    if sdg_wins:  # one line for the SDG indicators (the SDG chapter lists them one by one)
        wins.append(s["quick_win_sdg_line"].format(n=fmt_number(len(sdg_wins), lang),
                                                  codes=fmt_list(sdg_wins, lang)))
    ctx.summary = Summary(fmt_number(overall, lang) if overall is not None else "",
                          scores.band or "", scores.band_label, top, wins,
                          _reading(ctx.country or ctx.cover.title, scores, ctx.section_scores, lang, s))
    # Charts
    order = [p.code for p in q.policy_questions if p.code in pqs] or sorted(pqs)
    ctx.chart = ChartData(
        [f"{x.id} {x.label}" for x in ctx.section_scores], [x.value for x in ctx.section_scores],
        [x.band_code for x in ctx.section_scores], [x.band_label for x in ctx.section_scores],
        order, [pqs[c].need for c in order], [pqs[c].availability for c in order],
        s["need"], s["availability"], lang)
    # Heatmap
    level_text = {i: s[f"level_{i}"] for i in range(4)}
    rows = []
    for p in q.policy_questions:
        hc = []
        for src in q.sources:
            c = scores.cells.get(f"{p.code}.{src.code}")
            lvl = c.level if c is not None else None
            rel = (c.relevance if c is not None else None) or (
                q.matrix.relevance.get((p.code, src.code)) if q.matrix else None)
            hc.append(HeatCell("–" if lvl is None else str(int(lvl)), "ln" if lvl is None else f"l{int(lvl)}",
                               "●" if rel == "main" else "○" if rel == "supporting" else "",
                               s["level_none"] if lvl is None else level_text[int(lvl)]))
        pq = pqs.get(p.code)
        rows.append(HeatRow(p.code, (pq.label if pq is not None else "") or tr(p.label, lang), hc))
    ctx.heatmap = Heatmap([(src.code, tr(src.label, lang)) for src in q.sources], rows,
                          [("ln", s["level_none"])] + [(f"l{i}", level_text[i].split(" ", 1)[1]) for i in range(4)])
    # Policy question blocks
    recs = scores.recommendations
    for p in q.policy_questions:
        d = pqs.get(p.code)
        if d is None:
            continue
        actions = [r.title or r.text for r in recs if p.code in r.policy_questions]
        ctx.policy_blocks.append(PolicyBlock(
            p.code, d.label or tr(p.label, lang),
            str(d.rank) if d.rank is not None else "–", fmt_number(d.need, lang), fmt_number(d.availability, lang),
            fmt_number(d.gap, lang), fmt_number(d.priority, lang), d.need,
            d.availability, d.gap_type, d.gap_type_label,
            [f"{c} — {tr(best.label, lang)}" if (best := q.source(c)) else c for c in d.best_sources],
            d.triangulation, d.quick_win, list(d.reasons), actions))
    # SDG
    sdg_sec = q.section(SDG_SECTION)
    ctx.sdg_present = sdg_sec is not None or bool(scores.sdg)
    for code, x in scores.sdg.items():
        ctx.sdg_rows.append(SdgRow(code, str(x.number or code), x.label, x.status, x.status_label, list(x.reasons)))
    # Action plan (kept for the JSON-shaped readers; the report prints chapters.ActionPlan)
    for i, r in enumerate(recs, 1):
        ctx.actions.append(ActionItem(i, r.title, r.text, gap_type_label(r.gap_type, lang),
                                      ", ".join(r.policy_questions) or r.section))
    # Follow-ups and annex C: every answer of every section, with its comments and evidence (the
    # findings print only the key answers)
    ctx.follow_ups = [FollowUp(f.key, f.label, f.section) for f in scores.follow_up]
    for sec in q.sections:
        ctx.annex.append(AnnexSection(sec.id, f"{sec.id}. {tr(sec.label, lang)}",
                                      annex_blocks(q, answers, sec.id, lang, s), ""))
    ctx.methodology = list(s["methodology"])


# --- blank questionnaire ----------------------------------------------------------------------

def _boxes(fld: Field) -> str:
    """Numbered tick boxes for a choice field ("☐1 ☐2 ☐3"), "" for a field written by hand."""
    if fld.type in ("select_one", "select_multiple"):
        return " ".join(f"☐{i}" for i in range(1, len(fld.choices) + 1))
    return ""


def _codes(fld: Field, lang: str) -> str:
    return " · ".join(f"{i} = {tr(c.label, lang)}" for i, c in enumerate(fld.choices, 1))


def blank_sections(q: Questionnaire, lang: str, s: Mapping[str, Any]) -> list[BlankSection]:
    """The questionnaire on paper. Runs of rating questions with the same anchors (the fifteen need
    ratings) become one table of tick boxes; grid columns with choices get numbered tick boxes and
    a code legend."""
    out = []
    for sec in q.sections:
        items: list[BlankItem] = []
        n = 0
        for it in sec.items:
            f = it.field
            opts: list[BlankOption] = []
            instruction = ""
            if it.type == "note":
                items.append(BlankItem(it.id, "", "note", tr(it.label, lang), tr(it.help, lang), "", [], [], [], True))
                continue
            n += 1
            number = f"{sec.id}.{n}"
            if it.type == "rating":
                levels = [f"{k} – {tr(v, lang)}" for k, v in sorted((f.anchors or {}).items())]
                prev = items[-1] if items else None
                if prev is not None and prev.type == "rating_table" and prev.columns[:-1] == levels:
                    prev.rows.append(f"{number} {tr(it.label, lang)}")
                    continue
                items.append(BlankItem(it.id, "", "rating_table", "", "", s["blank_need_table"], [],
                                       [f"{number} {tr(it.label, lang)}"], levels + [s["dont_know"]], False))
                continue
            rows: list[str] = []
            cols: list[str] = []
            cells: list[str] = []
            codes: list[str] = []
            if it.type == "select_one":
                instruction = s["blank_choose_one"]
                opts = [BlankOption(c.code, tr(c.label, lang)) for c in f.choices]
            elif it.type == "select_multiple":
                instruction = s["blank_choose_many"]
                opts = [BlankOption(c.code, tr(c.label, lang)) for c in f.choices]
            elif it.type == "grid":
                instruction = s["blank_write"]
                rows = [tr(r.label, lang) for r in it.rows]
                cols = [tr(c.label, lang) for c in it.columns]
                cells = [_boxes(c) for c in it.columns]
                codes = [f"{tr(c.label, lang)}{s['colon']}{_codes(c, lang)}" for c in it.columns if c.choices]
            elif it.type == "matrix" and q.matrix is not None:
                instruction = s["blank_matrix"].format(fields=fmt_list([tr(x.label, lang) for x in q.matrix.fields], lang))
            else:
                instruction = s["blank_write"]
            items.append(BlankItem(it.id, number, it.type, tr(it.label, lang), tr(it.help, lang),
                                   instruction, opts, rows, cols, False, cells, codes))
        out.append(BlankSection(sec.id, f"{sec.id}. {tr(sec.label, lang)}", tr(sec.help, lang), items))
    return out


def blank_matrix(q: Questionnaire, lang: str, s: Mapping[str, Any]
                 ) -> tuple[list[BlankMatrixBlock], list[tuple[str, str]], list[tuple[str, str]]]:
    """The matrix on paper: per policy question its main and supporting sources and one "Other"
    row; the columns are the matrix fields (free-text notes go on the comment line)."""
    if q.matrix is None:
        return [], [], []
    fields = [f for f in q.matrix.fields if f.type != "text"]
    blocks = []
    for p in q.policy_questions:
        rows = []
        for src in q.sources:
            rel = q.matrix.relevance.get((p.code, src.code))
            if rel in ("main", "supporting"):
                rows.append(BlankMatrixRow(f"{src.code} {tr(src.label, lang)}", "●" if rel == "main" else "○"))
        rows.append(BlankMatrixRow(s["blank_other_source"], ""))
        blocks.append(BlankMatrixBlock(p.code, tr(p.label, lang), rows))
    cols = [(tr(f.label, lang), _boxes(f)) for f in fields]
    codes = [(tr(f.label, lang), _codes(f, lang)) for f in fields if f.choices]
    return blocks, cols, codes


def matrix_relevance_rows(q: Questionnaire, lang: str) -> list[HeatRow]:
    """The PQ × source grid of the blank questionnaire: expected relevance marks only."""
    rows: list[HeatRow] = []
    if q.matrix is None:
        return rows
    for p in q.policy_questions:
        cells = []
        for src in q.sources:
            rel = q.matrix.relevance.get((p.code, src.code))
            cells.append(HeatCell("", "ln", "●" if rel == "main" else "○" if rel == "supporting" else "", ""))
        rows.append(HeatRow(p.code, tr(p.label, lang), cells))
    return rows


def json_attachment(assessment: Assessment | None, answers: Mapping[str, Answer], scores: ScoreResult | None,
                    q: Questionnaire, app_version: str, description: str) -> AttachmentData:
    """The assessment, its answers and its scores as JSON (the scores in their ``to_dict()``
    shape, as ``score --json`` prints them), to be carried inside the PDF."""
    from dataclasses import asdict


    payload = {
        "format": "capacity-app assessment data", "format_version": 1, "app_version": app_version,
        "questionnaire": {"id": q.id, "version": q.version, "content_hash": q.content_hash},
        "assessment": asdict(assessment) if assessment is not None else None,
        "answers": canonical_answers(answers),
        "scores": scores.to_dict() if scores is not None else None,
    }
    data = json.dumps(payload, ensure_ascii=False, indent=1, default=str).encode("utf-8")
    return AttachmentData("assessment.json", description, data, "application/json")
