"""The scoring engine: answers in, scores, gaps, priorities and recommendations out (pure).

Rules 3.0 (docs/methodology.md). What this module decides, besides what cells.py, sections.py and
completeness.py do:

* the policy questions: need, availability, gap, priority, limiting factors (of every best cell,
  for every assessed question), what the data can answer (fit for purpose, with a shortfall, not
  yet), corroborated by the S1 statistic a question counts;
* S3, the need-weighted answerability (every question weighs its need, at least 1, 2 while not
  rated);
* the overall score with the documented section weights (a section weighs its number of primary
  units), the band (only the documented method gives one, and only when at least 80 % of the
  primary questions are known, every area at least half known, and the reference date is valid),
  and a labelled "custom weights" figure without a band when the assessment sets its own weights;
* the recommendations, drawn only from what the answers show (never from a blank, never for what
  already exists).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from ..editorial import enumeration, number, written_date
from ..answers import Answer
from ..expressions import ExpressionError, evaluate, parse
from ..labels import (
    COMPLETENESS_THRESHOLD, SECTION_THRESHOLD, band_for, band_label, custom_weights_label, gap_type_label,
    sdg_status_label,
)
from ..questionnaire import Questionnaire, Section, tr
from ..rounding import percent
from ..texts import text
from .cells import reference_year, score_cells
from .completeness import (
    default_weights, followup_keys, known, na_kind, primary_keys, weighted_share,
)
from .model import (
    RULES_VERSION, CellScore, Finding, NotApplicableItem, PickedRecommendation, PolicyQuestionScore,
    Recommendation, ScoreResult, SdgScore, SectionScore,
)
from .sections import S1_FLOW_ROWS, answer_label, follow_up, other_findings, tally_section
from .view import ANSWERED, DONT_KNOW, EMPTY, NOT_APPLICABLE, View

SDG_GRID = "s4_sdg"
S1_GRID = "s1_statistics"
REFERENCE_DATE_ITEM = "s0_reference_date"
# S3 weights of a policy question (docs/methodology.md, "S3"): its need rating, at least
# NEED_FLOOR (every question of the UNSD framework counts: a need of 0 or "not applicable" cannot
# take a question out), UNRATED_NEED_WEIGHT while the need is not rated.
NEED_FLOOR = 1
UNRATED_NEED_WEIGHT = 2
LIMITING_FACTORS = ("exists", "variables", "tabulation", "periodicity", "recency", "timeliness",
                    "breakdown", "access", "alignment")
# The S1 statistic that counts each policy question's answer (the count questions of the UNSD
# framework): what the data can answer is corroborated by it (docs/methodology.md, "What the data
# can answer").
PQ_STATISTICS: dict[str, tuple[str, ...]] = {
    "A": ("imm_flow",), "D": ("imm_stock_birth", "foreign_stock"), "I": ("citizens_abroad",),
    "J": ("emi_flow",), "L": ("returning",),
}
# The answers that carry the year of data: a reference date before the latest of them is refused.
DATA_YEARS = (("s1_statistics", "year", "available"), ("s6b_surveys", "last_year", "exists"))
CENSUS_YEAR = "s6a_last_census_year"

def _fmt(x: float, lang: str = "en", places: int = 2) -> str:
    """A number in a reason: rounded half-up to ``places`` decimals, none when whole, with the
    language's decimal sign (domain.editorial.number), so that a reason reads like the report and
    the window around it ("8,43 sur 12", "8,35 из 12")."""
    return number(x, lang, places, trim=True)


def _fmt1(x: float, lang: str = "en") -> str:
    """A score in a reason: one decimal, always (as it is shown everywhere)."""
    return number(x, lang, 1)


def normalise_weights(q: Questionnaire, weights: Mapping[str, Any] | None) -> dict[str, float]:
    """One weight per scored section: the documented one (completeness.default_weights) unless
    ``weights`` gives another non-negative number."""
    out = default_weights(q)
    for sid, w in (weights or {}).items():
        if sid not in out:
            continue
        try:
            w = float(w)
        except (TypeError, ValueError):
            continue
        if w >= 0 and w == w and w != float("inf"):
            out[sid] = w
    return out


def _need(q: Questionnaire, view: View, code: str) -> tuple[int | None, str, str]:
    """(need, reason key, answer key) from the S2 rating tagged ``pq:<code>``. "Not applicable"
    is a need of 0 only with the officer's reason in the answer's comment; without one the need
    is not rated."""
    item = None
    for it in q.items():
        if "need" in it.tags and f"pq:{code}" in it.tags:
            item = it
            break
    if item is None:
        item = q.item(f"s2_need_{code.lower()}")
    if item is None:
        return None, "pq.need_missing", ""
    st = view.status(item.id)
    if st == ANSWERED:
        return int(view.value(item.id)), "pq.need", item.id
    if st == DONT_KNOW:
        return None, "pq.need_dont_know", item.id
    if st == NOT_APPLICABLE:
        a = view.answers.get(item.id)
        if a is not None and (a.comment or "").strip():
            return 0, "pq.need_na", item.id
        return None, "pq.need_na_no_reason", item.id
    return None, "pq.need_missing", item.id


def need_weight(need: int | None) -> int:
    """A policy question's weight in S3."""
    return UNRATED_NEED_WEIGHT if need is None else max(need, NEED_FLOOR)


def _sdg(q: Questionnaire, view: View, lang: str) -> dict[str, SdgScore]:
    item = q.item(SDG_GRID)
    if item is None or item.type != "grid":
        return {}
    out = {}
    src_col = item.column("source")
    for row in item.rows:
        p = f"{item.id}.{row.code}"
        label = tr(row.label, lang)
        number = row.code[4:].replace("_", ".") if row.code.startswith("sdg_") else row.code
        if label.startswith(number + " "):
            label = label[len(number) + 1:]
        produced, identifies, published = (view.value(f"{p}.{c}") for c in
                                           ("produced", "identifies_migrants", "published"))
        source = view.value(f"{p}.source")
        reasons: list[str] = []

        def word(col: str, p: str = p) -> str:
            return text("state.dont_know" if view.status(f"{p}.{col}") == DONT_KNOW else "state.empty", lang)

        produced_fld = item.column("produced")
        # a row the questionnaire fixes out (compiled at global level): its status whatever the answer,
        # as its score (docs/methodology.md, 2.4), never "unknown" for a row nobody is asked
        fixed = produced_fld is not None and row.code in produced_fld.na_rows
        if fixed or view.status(f"{p}.produced") == NOT_APPLICABLE:
            status = "not_applicable"
            reasons.append(text("sdg.r_not_applicable", lang,
                                reason=tr(produced_fld.na_reason, lang) if produced_fld else ""))
        elif produced == "no":
            status = "not_produced"
            reasons.append(text("sdg.r_not_produced", lang))
        elif produced != "yes":
            status = "unknown"
            reasons.append(text("sdg.r_unknown", lang, state=word("produced")))
        else:
            reasons.append(text("sdg.r_produced", lang))
            if published == "yes":
                status = "published"
                reasons.append(text("sdg.r_published", lang))
            elif published == "partly":
                status = "partly_published"
                reasons.append(text("sdg.r_partly_published", lang))
            elif view.status(f"{p}.identifies_migrants") == NOT_APPLICABLE:
                # Not measured on persons: no disaggregation to ask for, so no gap to show.
                status = "produced_not_applicable"
                reasons.append(text("sdg.r_not_by_status", lang))
            elif identifies == "yes":
                reasons.append(text("sdg.r_identifies", lang))
                if published == "no":
                    status = "quick_win"
                    reasons.append(text("sdg.r_not_published", lang))
                else:
                    status = "identifies_migrants"
                    reasons.append(text("sdg.r_published_unknown", lang, state=word("published")))
            else:
                status = "produced"
                if identifies == "no":
                    reasons.append(text("sdg.r_not_identifies", lang))
                else:
                    reasons.append(text("sdg.r_identifies_unknown", lang, state=word("identifies_migrants")))
        if source and src_col is not None and (src_choice := src_col.choice(source)) is not None:
            reasons.append(text("sdg.r_source", lang, source=tr(src_choice.label, lang)))
        out[row.code] = SdgScore(row.code, label, number, status, sdg_status_label(status, lang), source, reasons)
    return out


def _binding(c: CellScore, availability: int) -> set[str]:
    return {k for k, v in c.caps.items() if v <= availability}


def lead_cells(pcells: list[CellScore], availability: int) -> list[CellScore]:
    """The best cells: every described cell at ``availability`` (held back by at least one
    factor). Tied cells are all kept: the document promises the factors of every best cell, the
    number of shortfalls is no measure of the cost of lifting a source, and choosing among the
    routes is the country's decision in its action plan (docs/methodology.md, "Limiting
    factors")."""
    return [c for c in pcells if c.level is not None and c.level == availability and _binding(c, availability)]


def _limiting(pcells: list[CellScore], availability: int) -> tuple[list[str], list[str]]:
    """(limiting, unconfirmed): the factors that hold the best cells at ``availability``, in the
    documented order, and those among them that no answer shows (only blanks, "don't know" or an
    age not judged)."""
    if availability >= 3:
        return [], []
    lead = lead_cells(pcells, availability)
    found = {k for c in lead for k in _binding(c, availability)}
    shown = {k for c in lead for k in _binding(c, availability) if k not in c.unknown}
    return ([f for f in LIMITING_FACTORS if f in found],
            [f for f in LIMITING_FACTORS if f in found and f not in shown])


def _s1_notes(q: Questionnaire, view: View, code: str, lang: str) -> list[str]:
    """What S1 says against answering question ``code`` with its sources: the statistic that
    counts it not available, not known, or (a flow) not measured by the 12-month rule."""
    rows = PQ_STATISTICS.get(code, ())
    grid = q.item(S1_GRID)
    if not rows or grid is None or grid.type != "grid":
        return []
    rows = tuple(r for r in rows if grid.row(r) is not None)
    if not rows:
        return []
    names = {r: tr(grid.row(r).label, lang) for r in rows}  # type: ignore[union-attr]
    available = [r for r in rows if view.value(f"{S1_GRID}.{r}.available") == "yes"]
    if not available:
        states = {r: view.status(f"{S1_GRID}.{r}.available") for r in rows}
        stat = " / ".join(names[r] for r in rows)
        if all(view.value(f"{S1_GRID}.{r}.available") == "no" for r in rows):
            return [text("pq.s1_not_available", lang, stat=stat)]
        state = "dont_know" if any(st == DONT_KNOW for st in states.values()) else "empty"
        return [text("pq.s1_unknown", lang, stat=stat, state=text(f"state.{state}", lang))]
    notes = []
    for r in available:
        if r in S1_FLOW_ROWS:
            d = view.value(f"{S1_GRID}.{r}.definition")
            if d is not None and d != "residence12":
                notes.append(text("pq.s1_not_12_months", lang, stat=names[r]))
    return notes if len(notes) == len(available) else []


def _gap(need: int | None, availability: int, limiting: list[str]) -> tuple[str, int | None, int | None]:
    """(gap type, gap, priority) of an assessed question (section 5 of docs/methodology.md): no
    gap, priority or rank while the need is not rated; the gap type in ADAPT's terms."""
    if need is None:
        return "not_rated", None, None
    gap = max(0, need - availability)
    if gap == 0:
        gap_type = "none"
    elif availability == 0:
        gap_type = "data"
    elif availability == 1:
        gap_type = "processing_access"
    else:
        gap_type = "disaggregation" if limiting == ["breakdown"] else "reporting"
    return gap_type, gap, need * gap


def _fitness(assessed: bool, availability: int, factors: list[str], notes: list[str]) -> tuple[str, list[str]]:
    """What the data can answer ("fit", "shortfall", "cannot", "not_assessed") and, short of fit,
    the shortfalls in words: the limiting factors, and what S1 says."""
    if not assessed:
        return "not_assessed", []
    if availability == 3 and not notes:
        return "fit", []
    if availability >= 2:
        return "shortfall", factors + notes
    return "cannot", factors


def _policy_questions(q: Questionnaire, view: View, cells: dict[str, CellScore], sdg: dict[str, SdgScore],
                      lang: str) -> dict[str, PolicyQuestionScore]:
    """Need, availability, gap and priority on one scale: gap = max(0, need − availability),
    priority = need × gap (0-9). A question with no source described is not assessed: nothing is
    drawn from it. No need rating, a need of 0 or no gap: no gap type, no rank."""
    out = {}
    src_name = {s.code: tr(s.label, lang) for s in q.sources}
    relevance = q.matrix.relevance if q.matrix else {}
    for pq in q.policy_questions:
        pcells = [cells[f"{pq.code}.{s.code}"] for s in q.sources if f"{pq.code}.{s.code}" in cells]
        levels = [(c, c.level) for c in pcells if c.level is not None]
        assessed = bool(levels)
        availability = max((level for _, level in levels), default=0)
        best = [c for c, level in levels if level == availability] if availability > 0 else []
        need, need_key, _ = _need(q, view, pq.code)
        weight = need_weight(need)
        reasons: list[str] = [text(need_key, lang, need=need, weight=weight)]
        gap = priority = None
        limiting: list[str] = []
        unconfirmed: list[str] = []
        if not assessed:
            reasons.append(text("pq.not_assessed", lang))
            gap_type = "not_assessed"
        else:
            if best:
                reasons.append(text("pq.availability", lang, availability=availability,
                                    sources=enumeration([src_name[c.source] for c in best], lang)))
            else:
                reasons.append(text("pq.availability_none", lang))
            limiting, unconfirmed = _limiting(pcells, availability)
            if limiting:
                reasons.append(text("pq.limiting", lang, factors=enumeration([text(f"factor.{f}", lang) for f in limiting], lang)))
            if unconfirmed:
                reasons.append(text("pq.unconfirmed", lang,
                                    factors=enumeration([text(f"factor.{f}", lang) for f in unconfirmed], lang)))
            gap_type, gap, priority = _gap(need, availability, limiting)
            if need is not None:
                reasons.append(text("pq.gap", lang, need=need, availability=availability, gap=gap, priority=priority))
        reasons.append(text(f"pq.type.{gap_type}", lang))
        strong = [c for c, level in levels if level >= 2]
        triangulation = len(strong) >= 2
        if triangulation:
            reasons.append(text("pq.triangulation", lang, count=len(strong),
                                sources=enumeration([src_name[c.source] for c in strong], lang)))
        level1 = [c for c, level in levels if level == 1]
        # quick win: the best source already collects the data (level 1), so processing or access
        # alone closes the gap
        quick_win = assessed and availability == 1 and bool(gap)
        if quick_win:
            reasons.append(text("pq.quick_win", lang, sources=enumeration([src_name[c.source] for c in level1], lang)))
        linked = {c.source for c in best} or {s for (p, s), r in relevance.items() if p == pq.code and r == "main"}
        links = sum(1 for s in sdg.values() if s.source in linked)
        if links:
            reasons.append(text("pq.sdg_links", lang, count=links,
                                sources=enumeration([src_name.get(s, s) for s in sorted(linked)], lang)))
        # what the data can answer
        notes = _s1_notes(q, view, pq.code, lang) if assessed and availability >= 2 else []
        factors = [text(f"factor.{f}", lang) + ("" if f not in unconfirmed else " " + text("pq.to_confirm", lang))
                   for f in limiting]
        fitness, shortfalls = _fitness(assessed, availability, factors, notes)
        for note in notes:
            reasons.append(note)
        out[pq.code] = PolicyQuestionScore(
            pq.code, tr(pq.label, lang), need, availability, gap, priority, gap_type,
            gap_type_label(gap_type, lang), triangulation, quick_win, [c.source for c in best],
            None, links, reasons, limiting, unconfirmed, assessed, fitness, shortfalls, float(weight))
    prioritised = [(p.priority, p) for p in out.values() if p.priority]
    prioritised.sort(key=lambda t: (-t[0], not t[1].quick_win, -t[1].sdg_links, t[1].code))
    ranked = [p for _, p in prioritised]
    for i, p in enumerate(ranked, 1):
        p.rank = i
        p.reasons.append(text("pq.rank", lang, rank=i, total=len(ranked)))
    return out


def _matrix_section(section: Section, cells: dict[str, CellScore],
                    pqs: dict[str, PolicyQuestionScore], lang: str, weight: float) -> SectionScore:
    """S3: how far the policy questions can be answered, weighted by need:
    Σ weight × availability ÷ (3 × Σ weight) × 100 over every policy question (weight = need, at
    least 1; 2 while not rated); a question not yet assessed has availability 0. No question
    assessed: the section is not yet assessed."""
    pts = mx = 0.0
    terms = []
    for p in pqs.values():
        a = p.availability if p.assessed else 0
        pts += p.weight * a
        mx += p.weight * 3
        terms.append(f"{_fmt(p.weight, lang)}×{a}")
    dk = sum(c.dont_know for c in cells.values())
    na = sum(1 for c in cells.values() if c.not_applicable)
    assessed = any(p.assessed for p in pqs.values())
    unassessed = sum(1 for p in pqs.values() if not p.assessed)
    score = pts / mx * 100 if (mx and assessed) else None
    reasons = []
    if score is None:
        reasons.append(text("sec.not_assessed", lang))
    else:
        reasons.append(text("sec.s3", lang, count=len(terms), terms=" + ".join(terms), points=_fmt(pts, lang),
                            max_points=_fmt(mx, lang), score=_fmt1(score, lang)))
        if unassessed:
            reasons.append(text("sec.s3_unassessed", lang, count=unassessed))
    if dk:
        reasons.append(text("sec.dont_know", lang, count=dk))
    if na:
        reasons.append(text("sec.matrix_not_applicable", lang, count=na))
    return SectionScore(section.id, tr(section.label, lang), score, pts, mx, dk, na, weight, reasons)


def _pq_sources(q: Questionnaire, p: PolicyQuestionScore, cells: dict[str, CellScore]) -> set[str]:
    """The sources a recommendation about this question's gap would act on: the best cells'
    sources held back by a factor the answers show."""
    pcells = [c for c in cells.values() if c.pq == p.code]
    return {c.source for c in lead_cells(pcells, p.availability)
            if _binding(c, p.availability) - c.unknown}


def _already(rec: Recommendation, view: View) -> bool:
    """The action's ``already`` expression holds: what it would build exists."""
    if not rec.already:
        return False
    try:
        return bool(evaluate(parse(rec.already), view.value))
    except ExpressionError:
        return False


def pick_recommendations(q: Questionnaire, library: Iterable[Recommendation], pqs: dict[str, PolicyQuestionScore],
                         ranked: list[str], cells: dict[str, CellScore], findings: list[Finding], lang: str,
                         view: View | None = None) -> list[PickedRecommendation]:
    """Every recommendation whose condition holds, most urgent first. Each names what it answers:
    the ranked questions and their limiting factors the answers show, or the section findings.
    An action for what already exists is not picked."""
    picked = []
    for index, rec in enumerate(library):
        if view is not None and _already(rec, view):
            continue
        matched = []
        priorities: list[int] = []
        answers: list[str] = []
        for code in ranked:
            p = pqs[code]
            if not p.priority or not p.gap or not p.assessed:
                continue
            factors = [f for f in p.confirmed if f in rec.limiting]
            if not factors:
                continue
            if rec.policy_questions and code not in rec.policy_questions:
                continue
            if rec.sources and not set(rec.sources) & _pq_sources(q, p, cells):
                continue
            matched.append(p)
            priorities.append(p.priority)
            answers.append(text("rec.answers_pq", lang, code=code, gap=p.gap, priority=p.priority,
                                factors=enumeration([text(f"factor.{f}", lang) for f in factors], lang)))
        hits = [f for f in findings if f.code in rec.findings]
        answers.extend(f.reason for f in hits)
        if not matched and not hits:
            continue
        priority = max(priorities + ([rec.priority] if hits else []))
        section = rec.section or (hits[0].section if hits and not matched else "S3")
        first_rank = matched[0].rank if matched else len(ranked) + 1
        picked.append(((-priority, first_rank, index), PickedRecommendation(
            rec.id, tr(rec.title, lang), tr(rec.text, lang), matched[0].gap_type if matched else None,
            section, [p.code for p in matched], priority, answers)))
    picked.sort(key=lambda t: t[0])
    return [p for _, p in picked]


def reference_date_of(q: Questionnaire, answers: Mapping[str, Answer], fallback: str) -> str:
    """The reference date as given: the questionnaire's ``s0_reference_date`` answer when the
    questionnaire asks it ("" when it is not given: never guessed), else ``fallback``."""
    if q.item(REFERENCE_DATE_ITEM) is None:
        return fallback or ""
    a = answers.get(REFERENCE_DATE_ITEM)
    if a is None or a.status != ANSWERED or not a.value:
        return ""
    return str(a.value)[:10]


def latest_data_year(q: Questionnaire, answers: Mapping[str, Answer] | View) -> tuple[int, str] | None:
    """(year, key) of the latest year of data answered: an S1 statistic, the last census, a
    survey's last round, a matrix cell's latest year (only where the statistic, survey or source
    exists). None when no year is given."""
    view = answers if isinstance(answers, View) else View(q, answers)
    found: list[tuple[int, str]] = []

    def add(key: str) -> None:
        v = view.value(key)
        if isinstance(v, int) and not isinstance(v, bool):
            found.append((v, key))

    if q.item(CENSUS_YEAR) is not None:
        add(CENSUS_YEAR)
    for grid_id, col, gate in DATA_YEARS:
        grid = q.item(grid_id)
        if grid is None or grid.type != "grid" or grid.column(col) is None:
            continue
        for row in grid.rows:
            if view.value(f"{grid_id}.{row.code}.{gate}") == "yes":
                add(f"{grid_id}.{row.code}.{col}")
    m = q.matrix
    if m is not None and m.field("latest_year") is not None:
        prefix = m.item_id + "."
        for key in view.answers:
            if not (key.endswith(".latest_year") and key.startswith(prefix)):
                continue  # read without cutting every key of the assessment
            parts = key.split(".")
            if len(parts) == 4 and view.value(f"{m.item_id}.{parts[1]}.{parts[2]}.exists") == "yes":
                add(key)
    return max(found) if found else None


def reference_date_problem(q: Questionnaire, answers: Mapping[str, Answer] | View, reference_date: str
                           ) -> tuple[int, str] | None:
    """(year, key) of the data the reference date comes before, or None when it does not (or is
    not given): a reference date earlier than the data it judges is refused."""
    ref_year = reference_year(reference_date) if reference_date else None
    if ref_year is None:
        return None
    latest = latest_data_year(q, answers)
    return latest if latest is not None and latest[0] > ref_year else None


def reference_date_refusal(q: Questionnaire, answers: Mapping[str, Answer], reference_date: str,
                           lang: str = "en") -> str | None:
    """Why ``reference_date`` cannot be the assessment's reference date (None: it can): it comes
    before a year of data already answered, so every age would count as recent."""
    problem = reference_date_problem(q, answers, reference_date)
    if problem is None:
        return None
    return text("refused.reference_date", lang, ref=written_date(reference_date, lang), year=problem[0],
                where=answer_label(q, problem[1], lang))


def _sdg_findings(sdg: dict[str, SdgScore], lang: str) -> list[Finding]:
    return [Finding("s4_quick_win", "S4", f"{SDG_GRID}.{x.code}",
                    text("find.s4_quick_win", lang, number=x.number, label=x.label))
            for x in sdg.values() if x.status == "quick_win"]


def _matrix_blanks(q: Questionnaire, view: View, cells: dict[str, CellScore]) -> list[str]:
    """Fields left blank in matrix cells whose source exists (each counts as its least favourable
    answer): to follow up."""
    m = q.matrix
    if m is None:
        return []
    out = []
    for key, c in cells.items():
        prefix = f"{m.item_id}.{key}"
        if c.level is None or view.value(f"{prefix}.exists") != "yes":
            continue
        for f in m.fields:
            if f.id not in ("exists", "notes") and view.status(f"{prefix}.{f.id}") == EMPTY:
                out.append(f"{prefix}.{f.id}")
    return out


def _not_applicable(q: Questionnaire, view: View, lang: str) -> list[NotApplicableItem]:
    """Every "not applicable" the questionnaire allows, in questionnaire order, with its reason."""
    order = {it.id: i for i, it in enumerate(q.items())}
    out = []
    for key, a in view.answers.items():
        if a.status != NOT_APPLICABLE or not view.na_ok(key):
            continue
        resolved = q.resolve_key(key)
        if resolved is None:
            continue
        item, fld, _ = resolved
        out.append(((order.get(item.id, 0), key), NotApplicableItem(
            key, answer_label(q, key, lang), item.section_id, na_kind(fld), tr(fld.na_reason, lang) if fld.na_reason else "",
            (a.comment or "").strip())))
    out.sort(key=lambda t: t[0])
    return [x for _, x in out]


def _combine(sections: dict[str, SectionScore], weights: Mapping[str, float]) -> tuple[float | None, float]:
    """(overall, Σ weights): Σ weightₛ × scoreₛ ÷ Σ weightₛ over the sections with a weight and
    something to score; a section not yet assessed counts 0 (it earns nothing). None when no such
    section is assessed."""
    num = den = 0.0
    assessed = False
    for sid, sec in sections.items():
        w = weights.get(sid, 0.0)
        if w <= 0 or not sec.primary:
            continue
        num += w * (sec.score or 0.0)
        den += w
        assessed = assessed or sec.assessed
    return (num / den if den and assessed else None), den


def _tallied_section(q: Questionnaire, view: View, s: Section, ref: str, lang: str, findings: list[Finding],
                     n_known: int, weight: float) -> SectionScore:
    """A section scored by its items' points (every scored section but the matrix), with the
    reasons that explain its figure; its findings are appended to ``findings``."""
    before = len(findings)
    t = tally_section(q, view, s, ref, lang, findings)
    sc = t.points / t.max_points * 100 if (t.max_points and n_known) else None
    if not t.max_points:
        reasons = [text("sec.none", lang)]
    elif sc is None:
        reasons = [text("sec.not_assessed", lang)]
    else:
        reasons = [text("sec.points", lang, points=_fmt(t.points, lang), max_points=_fmt(t.max_points, lang),
                        count=t.units, score=_fmt1(sc, lang))]
    for count, key in ((t.blank, "sec.blank"), (t.dont_know, "sec.dont_know"),
                       (t.not_applicable, "sec.not_applicable"), (t.closed, "sec.closed"),
                       (t.not_judged, "sec.not_judged")):
        if count:
            reasons.append(text(key, lang, count=count))
    reasons.extend(f.reason for f in findings[before:])
    return SectionScore(s.id, tr(s.label, lang), sc, t.points, t.max_points, t.dont_know,
                        t.not_applicable, weight, reasons)


class _Sections(NamedTuple):
    scores: dict[str, SectionScore]
    known: dict[str, tuple[int, int]]  # section -> (primary questions known, primary questions)
    dont_know: dict[str, tuple[int, int]]  # section -> (primary questions "don't know", primary questions)
    blank_keys: list[str]  # the primary questions and open follow-ups left blank


def _score_sections(q: Questionnaire, view: View, ref: str, cells: dict[str, CellScore],
                    pqs: dict[str, PolicyQuestionScore], lang: str,
                    dw: Mapping[str, float], findings: list[Finding]) -> _Sections:
    """Every scored section: its score, its completeness and its blanks."""
    out = _Sections({}, {}, {}, [])
    for s in q.sections:
        if not s.scored:
            continue
        keys = primary_keys(q, view, s)
        n_known = sum(1 for k in keys if known(view, k))
        out.known[s.id] = (n_known, len(keys))
        out.dont_know[s.id] = (sum(1 for k in keys if view.status(k) == DONT_KNOW), len(keys))
        out.blank_keys.extend(k for k in keys + followup_keys(q, view, s) if view.status(k) == EMPTY)
        if any(it.type == "matrix" for it in s.items):
            sec = _matrix_section(s, cells, pqs, lang, dw[s.id])
        else:
            sec = _tallied_section(q, view, s, ref, lang, findings, n_known, dw[s.id])
        sec.known, sec.primary = out.known[s.id]
        if sec.primary:
            sec.reasons.append(text("sec.completeness", lang, given=sec.known, units=sec.primary,
                                    share=_fmt1(percent(sec.known / sec.primary, 1), lang)))
        out.scores[s.id] = sec
    return out


def _no_band(q: Questionnaire, sections: dict[str, SectionScore], dw: Mapping[str, float], completeness: float,
             problem: tuple[int, str] | None, ref: str, given_ref: str, lang: str) -> tuple[list[str], list[str]]:
    """(codes, reasons) of what withholds the band from an overall score (section 3 of
    docs/methodology.md): a reference date before the data or none, completeness below the
    threshold, an area less than half known."""
    codes: list[str] = []
    reasons: list[str] = []
    if problem is not None:
        codes.append("reference_date_before_data")
        reasons.append(text("noband.reference_date_before_data", lang, ref=written_date(given_ref, lang), year=problem[0],
                            where=answer_label(q, problem[1], lang)))
    elif not ref:
        codes.append("no_reference_date")
        reasons.append(text("noband.no_reference_date", lang))
    shown = percent(completeness, 1)
    if shown < percent(COMPLETENESS_THRESHOLD, 1):
        codes.append("incomplete")
        reasons.append(text("noband.incomplete", lang, share=_fmt1(shown, lang),
                            threshold=_fmt(100 * COMPLETENESS_THRESHOLD, lang)))
    low = [sid for sid, sec in sections.items() if dw.get(sid, 0) > 0 and sec.primary
           and percent(sec.known / sec.primary, 1) < percent(SECTION_THRESHOLD, 1)]
    if low:
        codes.append("section_incomplete")
        reasons.append(text("noband.section_incomplete", lang, sections=enumeration(low, lang),
                            threshold=_fmt(100 * SECTION_THRESHOLD, lang)))
    return codes, reasons


def _overall_reasons(sections: dict[str, SectionScore], dw: Mapping[str, float], overall: float | None,
                     den: float, band: str | None, completeness: float, dk_share: float,
                     custom: Mapping[str, float] | None, custom_overall: float | None, lang: str) -> list[str]:
    """How the overall score was combined (before the reasons for no band and the refusals)."""
    if overall is None:
        reasons = [text("overall.none", lang)]
    else:
        used = [(sec, sec.score) for sid, sec in sections.items() if dw.get(sid, 0) > 0 and sec.primary]
        terms = " + ".join(f"{_fmt(sec.weight, lang)} × {_fmt1(sc, lang) if sc is not None else '0'}"
                           for sec, sc in used)
        reasons = [text("overall.mean", lang, count=len(used), terms=f"({terms})",
                        weights=_fmt(den, lang), score=_fmt1(overall, lang),
                        band=band_label(band, lang, band is None))]
        waiting = [sec.id for sec, sc in used if sc is None]
        if waiting:
            reasons.append(text("overall.not_assessed", lang, sections=enumeration(waiting, lang)))
    reasons.append(text("overall.completeness", lang, share=_fmt1(percent(completeness, 1), lang),
                        dont_know=_fmt1(percent(dk_share, 1), lang),
                        threshold=_fmt(100 * COMPLETENESS_THRESHOLD, lang)))
    return reasons


def _weights_and_refusals(sections: dict[str, SectionScore], dw: Mapping[str, float],
                          custom: Mapping[str, float] | None, custom_overall: float | None, view: View,
                          lang: str) -> list[str]:
    """The overall score's last reasons: the custom weights' figure, the sections left out, the
    "not applicable" answers refused."""
    reasons = []
    if custom is not None:
        changed = enumeration([f"{sid} {_fmt(custom[sid], lang)}" for sid in custom if abs(custom[sid] - dw[sid]) >= 1e-12], lang)
        reasons.append(text("overall.custom_weights", lang, weights=changed,
                            score="–" if custom_overall is None else _fmt1(custom_overall, lang),
                            label=custom_weights_label(lang)))
    left = [sec.id for sid, sec in sections.items() if dw.get(sid, 0) <= 0 or not sec.primary]
    if left:
        reasons.append(text("overall.left_out", lang, sections=enumeration(left, lang)))
    refused = view.refused_na()
    if refused:
        reasons.append(text("overall.na_refused", lang, count=len(refused), keys=enumeration(refused[:5], lang)))
    return reasons


def score(questionnaire: Questionnaire, answers: Mapping[str, Answer], reference_date: str,
          weights: Mapping[str, Any] | None = None, lang: str = "en",
          recommendations: Iterable[Recommendation] | None = None) -> ScoreResult:
    """Score one assessment's answers. The reference date is the answer to ``s0_reference_date``
    when the questionnaire asks it (``reference_date`` is then not used), never 'today'. The
    headline score and band use the documented weights; ``weights`` (the assessment's own) give a
    second, labelled figure without a band.

    The stages: the reference date; the matrix's cells; the SDG indicators and the policy
    questions; the sections; the overall score, its completeness and its band; the ranked gaps,
    the recommendations and the follow-ups."""
    q = questionnaire
    view = View(q, answers)
    given_ref = reference_date_of(q, answers, reference_date)
    problem = reference_date_problem(q, view, given_ref)
    ref = "" if problem else given_ref
    cells = score_cells(q, view, ref, lang)
    dw = default_weights(q)
    custom = normalise_weights(q, weights) if weights else None
    if custom is not None and all(abs(custom[k] - dw[k]) < 1e-12 for k in dw):
        custom = None
    sdg = _sdg(q, view, lang)
    pqs = _policy_questions(q, view, cells, sdg, lang)
    findings: list[Finding] = []
    scored = _score_sections(q, view, ref, cells, pqs, lang, dw, findings)
    sections = scored.scores
    extra = other_findings(view, ref, lang) + _sdg_findings(sdg, lang)
    for f in extra:
        if f.section in sections:
            sections[f.section].reasons.append(f.reason)
    findings.extend(extra)
    for sec in sections.values():
        sec.reasons.append(text("sec.weight", lang, weight=_fmt(sec.weight, lang)))
    completeness = weighted_share(scored.known, dw)
    dk_share = weighted_share(scored.dont_know, dw)
    overall, den = _combine(sections, dw)
    custom_overall = _combine(sections, custom)[0] if custom is not None else None
    no_band, no_band_reasons = ([], []) if overall is None else _no_band(
        q, sections, dw, completeness, problem, ref, given_ref, lang)
    band = None if (overall is None or no_band) else band_for(overall)
    overall_reasons = _overall_reasons(sections, dw, overall, den, band, completeness, dk_share, custom,
                                       custom_overall, lang)
    overall_reasons.extend(no_band_reasons)
    overall_reasons.extend(_weights_and_refusals(sections, dw, custom, custom_overall, view, lang))
    ranked = [p.code for _, p in sorted(((p.rank, p) for p in pqs.values() if p.rank is not None),
                                        key=lambda t: t[0])]
    recs = pick_recommendations(q, recommendations or (), pqs, ranked, cells, findings, lang, view)
    no_reason = []
    for code in pqs:
        _, reason, key = _need(q, view, code)
        if reason == "pq.need_na_no_reason":
            no_reason.append(key)
    return ScoreResult(
        overall=overall, band=band, band_label=band_label(band, lang, overall is not None and band is None),
        sections=sections, policy_questions=pqs, ranked=ranked, cells=cells, sdg=sdg,
        recommendations=recs,
        follow_up=follow_up(q, view, lang, scored.blank_keys + _matrix_blanks(q, view, cells), no_reason),
        findings=findings, weights=dw, reference_date=ref, lang=lang, rules_version=RULES_VERSION,
        overall_reasons=overall_reasons, completeness=completeness, dont_know_share=dk_share,
        no_band=no_band, no_band_reasons=no_band_reasons, custom_weights=custom, custom_overall=custom_overall,
        not_applicable=_not_applicable(q, view, lang))


__all__ = ["score", "normalise_weights", "pick_recommendations", "reference_date_of", "reference_date_problem",
           "reference_date_refusal",
           "latest_data_year", "lead_cells", "need_weight", "EMPTY", "LIMITING_FACTORS", "PQ_STATISTICS"]
