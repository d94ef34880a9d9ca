"""The scoring engine: answers in, scores, gaps, priorities and recommendations out (pure)."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..answers import Answer
from ..questionnaire import Questionnaire, Section, tr
from .cells import score_cells
from .completeness import overall_completeness, section_completeness, section_units
from ..labels import COMPLETENESS_THRESHOLD, band_for, band_label, gap_type_label, sdg_status_label
from .model import (
    RULES_VERSION, CellScore, Finding, PickedRecommendation, PolicyQuestionScore, Recommendation,
    ScoreResult, SdgScore, SectionScore,
)
from .sections import follow_up, other_findings, tally_section
from ..texts import text
from .view import ANSWERED, DONT_KNOW, EMPTY, NOT_APPLICABLE, View

SDG_GRID = "s4_sdg"
REFERENCE_DATE_ITEM = "s0_reference_date"
# Default section weights (docs/methodology.md, "Section weights"): S2 policy demand is context for
# the priorities, not capacity (0); S3, the share of the policy questions the sources can answer,
# is the core measure (2); the three traditional sources S6A, S6B and S6C weigh as one area (1/3
# each); every other section 1. An assessment's own weights (Assessment.settings) override these.
DEFAULT_WEIGHTS: dict[str, float] = {"S2": 0.0, "S3": 2.0, "S6A": 1 / 3, "S6B": 1 / 3, "S6C": 1 / 3}
# An S3 need left blank or "don't know" weighs as a medium need (2) in the S3 score; it yields no
# gap, priority, rank or recommendation until it is rated.
UNRATED_NEED_WEIGHT = 2
LIMITING_FACTORS = ("exists", "variables", "tabulation", "periodicity", "recency", "timeliness",
                    "breakdown", "access", "alignment")


_DECIMAL_COMMA = frozenset({"fr", "es"})  # as the report's numbers (Babel's fr and es locales)


def _fmt(x: float, lang: str = "en") -> str:
    """A number in a reason: at most two decimals, none when whole; a decimal comma in French and
    Spanish, so that a reason reads like the report around it ("8,43 sur 12")."""
    out = f"{x:.2f}".rstrip("0").rstrip(".") if x != int(x) else str(int(x))
    return out.replace(".", ",") if lang in _DECIMAL_COMMA else out


def normalise_weights(q: Questionnaire, weights: Mapping[str, Any] | None) -> dict[str, float]:
    """One weight per scored section: the default (DEFAULT_WEIGHTS, else 1) unless ``weights``
    gives another non-negative number."""
    out: dict[str, float] = {}
    weights = weights or {}
    for s in q.sections:
        if not s.scored:
            continue
        default = DEFAULT_WEIGHTS.get(s.id, 1.0)
        w = weights.get(s.id, default)
        try:
            w = float(w)
        except (TypeError, ValueError):
            w = default
        out[s.id] = w if w >= 0 and w == w and w != float("inf") else default
    return out


def _matrix_section(section: Section, cells: dict[str, CellScore], pqs: dict[str, PolicyQuestionScore],
                    lang: str, weight: float) -> SectionScore:
    """S3: how far the policy questions can be answered, weighted by need:
    Σ need × availability ÷ (3 × Σ need) × 100 over the questions with a need above 0 (an unrated
    need weighs UNRATED_NEED_WEIGHT)."""
    pts = mx = 0.0
    terms = []
    for p in pqs.values():
        w = UNRATED_NEED_WEIGHT if p.need is None else p.need
        if w <= 0:
            continue
        pts += w * p.availability
        mx += w * 3
        terms.append(f"{_fmt(w, lang)}×{p.availability}")
    dk = sum(c.dont_know for c in cells.values())
    na = sum(1 for c in cells.values() if c.not_applicable)
    unassessed = sum(1 for c in cells.values() if c.relevance is not None and c.level is None and not c.not_applicable)
    score = pts / mx * 100 if mx else None
    reasons = []
    if score is None:
        reasons.append(text("sec.s3_no_need", lang))
    else:
        reasons.append(text("sec.s3", lang, count=len(terms), terms=" + ".join(terms), points=_fmt(pts, lang),
                            max_points=_fmt(mx, lang), score=_fmt(round(score, 1), lang)))
    if unassessed:
        reasons.append(text("sec.matrix_unassessed", lang, count=unassessed))
    if dk:
        reasons.append(text("sec.dont_know", lang, count=dk))
    if na:
        reasons.append(text("sec.not_applicable", lang, count=na))
    return SectionScore(section.id, tr(section.label, lang), score, pts, mx, dk, na, weight, reasons)


def _need(q: Questionnaire, view: View, code: str) -> tuple[int | None, str | None, str]:
    """(need, reason key, answer key) from the S2 rating tagged ``pq:<code>``."""
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
        return int(view.value(item.id)), None, item.id
    if st == DONT_KNOW:
        return None, "pq.need_dont_know", item.id
    if st == NOT_APPLICABLE:
        return 0, "pq.need_na", item.id
    return None, "pq.need_missing", item.id


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

        if view.status(f"{p}.produced") == NOT_APPLICABLE:
            status = "not_applicable"
            produced_fld = item.column("produced")
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
            if published in ("yes", "partly"):
                status = "published"
                reasons.append(text("sdg.r_published" if published == "yes" else "sdg.r_partly_published", lang))
            elif view.status(f"{p}.identifies_migrants") == NOT_APPLICABLE:
                status = "produced"
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
    """The best cells closest to the next level: among the cells at ``availability``, those held
    back by the fewest factors (the action that lifts the question first)."""
    best = [c for c in pcells if c.level is not None and c.level == availability and _binding(c, availability)]
    if not best:
        return []
    fewest = min(len(_binding(c, availability)) for c in best)
    return [c for c in best if len(_binding(c, availability)) == fewest]


def _limiting(pcells: list[CellScore], availability: int) -> list[str]:
    """The factors that hold the lead cell(s) at ``availability``; "exists" when no source has
    been described at all."""
    if availability >= 3:
        return []
    found = {k for c in lead_cells(pcells, availability) for k in _binding(c, availability)} or {"exists"}
    return [f for f in LIMITING_FACTORS if f in found]


def _policy_questions(q: Questionnaire, view: View, cells: dict[str, CellScore], sdg: dict[str, SdgScore],
                      lang: str) -> dict[str, PolicyQuestionScore]:
    """Need, availability, gap and priority on one scale: gap = max(0, need − availability),
    priority = need × gap (0-9). No need rating, a need of 0 or no gap: no gap type, no rank."""
    out = {}
    src_name = {s.code: tr(s.label, lang) for s in q.sources}
    relevance = q.matrix.relevance if q.matrix else {}
    for pq in q.policy_questions:
        pcells = [cells[f"{pq.code}.{s.code}"] for s in q.sources if f"{pq.code}.{s.code}" in cells]
        levels = [(c, c.level) for c in pcells if c.level is not None]
        availability = max((level for _, level in levels), default=0)
        best = [c for c, level in levels if level == availability] if availability > 0 else []
        need, need_reason, _ = _need(q, view, pq.code)
        reasons: list[str] = []
        if need_reason:
            reasons.append(text(need_reason, lang))
        else:
            reasons.append(text("pq.need", lang, need=need))
        if best:
            reasons.append(text("pq.availability", lang, availability=availability,
                                sources=", ".join(src_name[c.source] for c in best)))
        else:
            reasons.append(text("pq.availability_none", lang))
        gap = priority = None
        limiting: list[str] = []
        if need is None:
            gap_type = "not_rated"
        else:
            gap = max(0, need - availability)
            priority = need * gap
            reasons.append(text("pq.gap", lang, need=need, availability=availability, gap=gap, priority=priority))
            if gap == 0:
                gap_type = "none"
            else:
                limiting = _limiting(pcells, availability)
                if availability == 0:
                    gap_type = "data"
                elif availability == 1:
                    gap_type = "processing_access"
                else:
                    gap_type = "disaggregation" if limiting == ["breakdown"] else "reporting"
                reasons.append(text("pq.limiting", lang, factors=", ".join(text(f"factor.{f}", lang) for f in limiting)))
        reasons.append(text(f"pq.type.{gap_type}", lang))
        strong = [c for c, level in levels if level >= 2]
        triangulation = len(strong) >= 2
        if triangulation:
            reasons.append(text("pq.triangulation", lang, count=len(strong),
                                sources=", ".join(src_name[c.source] for c in strong)))
        level1 = [c for c, level in levels if level == 1]
        # quick win: the best source already collects the data (level 1), so processing or access
        # alone closes the gap
        quick_win = availability == 1 and bool(gap)
        if quick_win:
            reasons.append(text("pq.quick_win", lang, sources=", ".join(src_name[c.source] for c in level1)))
        linked = {c.source for c in best} or {s for (p, s), r in relevance.items() if p == pq.code and r == "main"}
        links = sum(1 for s in sdg.values() if s.source in linked)
        if links:
            reasons.append(text("pq.sdg_links", lang, count=links,
                                sources=", ".join(src_name.get(s, s) for s in sorted(linked))))
        out[pq.code] = PolicyQuestionScore(
            pq.code, tr(pq.label, lang), need, availability, gap, priority, gap_type,
            gap_type_label(gap_type, lang), triangulation, quick_win, [c.source for c in best],
            None, links, reasons, limiting)
    prioritised = [(p.priority, p) for p in out.values() if p.priority]
    prioritised.sort(key=lambda t: (-t[0], not t[1].quick_win, -t[1].sdg_links, t[1].code))
    ranked = [p for _, p in prioritised]
    for i, p in enumerate(ranked, 1):
        p.rank = i
        p.reasons.append(text("pq.rank", lang, rank=i, total=len(ranked)))
    return out


def _pq_sources(q: Questionnaire, p: PolicyQuestionScore, cells: dict[str, CellScore]) -> set[str]:
    """The sources a recommendation about this question's gap would act on: the lead cells'
    sources (those whose limiting factors it answers), or with no source described the sources of
    main relevance."""
    pcells = [c for c in cells.values() if c.pq == p.code]
    lead = {c.source for c in lead_cells(pcells, p.availability)}
    if lead:
        return lead
    rel = q.matrix.relevance if q.matrix else {}
    return {s for (pq, s), r in rel.items() if pq == p.code and r == "main"}


def pick_recommendations(q: Questionnaire, library: Iterable[Recommendation], pqs: dict[str, PolicyQuestionScore],
                         ranked: list[str], cells: dict[str, CellScore], findings: list[Finding], lang: str
                         ) -> list[PickedRecommendation]:
    """Every recommendation whose condition holds, most urgent first. Each names what it answers:
    the ranked questions and their limiting factors, or the section findings."""
    picked = []
    for index, rec in enumerate(library):
        matched = []
        priorities: list[int] = []
        answers: list[str] = []
        for code in ranked:
            p = pqs[code]
            if not p.priority or not p.gap:
                continue
            factors = [f for f in p.limiting if f in rec.limiting]
            if not factors:
                continue
            if rec.policy_questions and code not in rec.policy_questions:
                continue
            if rec.sources and not set(rec.sources) & _pq_sources(q, p, cells):
                continue
            matched.append(p)
            priorities.append(p.priority)
            answers.append(text("rec.answers_pq", lang, code=code, gap=p.gap, priority=p.priority,
                                factors=", ".join(text(f"factor.{f}", lang) for f in factors)))
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
    """The reference date scores are judged at: the questionnaire's ``s0_reference_date`` answer
    when the questionnaire asks it ("" when it is not given: never guessed), else ``fallback``."""
    if q.item(REFERENCE_DATE_ITEM) is None:
        return fallback or ""
    a = answers.get(REFERENCE_DATE_ITEM)
    if a is None or a.status != ANSWERED or not a.value:
        return ""
    return str(a.value)[:10]


def _sdg_findings(sdg: dict[str, SdgScore], lang: str) -> list[Finding]:
    return [Finding("s4_quick_win", "S4", f"{SDG_GRID}.{x.code}",
                    text("find.s4_quick_win", lang, number=x.number, label=x.label))
            for x in sdg.values() if x.status == "quick_win"]


def _matrix_blanks(q: Questionnaire, view: View, cells: dict[str, CellScore]) -> list[str]:
    """Fields left blank in matrix cells the officer has started (each counts as its least
    favourable answer): to follow up."""
    m = q.matrix
    if m is None:
        return []
    out = []
    for key, c in cells.items():
        if c.level is None:
            continue
        prefix = f"{m.item_id}.{key}"
        if view.value(f"{prefix}.exists") != "yes":
            continue
        for f in m.fields:
            if f.id not in ("exists", "notes") and view.status(f"{prefix}.{f.id}") == EMPTY:
                out.append(f"{prefix}.{f.id}")
    return out


def score(questionnaire: Questionnaire, answers: Mapping[str, Answer], reference_date: str,
          weights: Mapping[str, Any] | None = None, lang: str = "en",
          recommendations: Iterable[Recommendation] | None = None) -> ScoreResult:
    """Score one assessment's answers. The reference date is the answer to ``s0_reference_date``
    when the questionnaire asks it (``reference_date`` is then not used), never 'today'."""
    q = questionnaire
    view = View(q, answers)
    ref = reference_date_of(q, answers, reference_date)
    cells = score_cells(q, view, ref, lang)
    w = normalise_weights(q, weights)
    sdg = _sdg(q, view, lang)
    pqs = _policy_questions(q, view, cells, sdg, lang)
    findings: list[Finding] = []
    sections: dict[str, SectionScore] = {}
    per_section: dict[str, tuple[int, int]] = {}
    blank_keys: list[str] = []
    for s in q.sections:
        if not s.scored:
            continue
        given, units = section_completeness(q, view, s)
        per_section[s.id] = (given, units)
        blank_keys.extend(k for k in section_units(q, view, s) if view.status(k) == EMPTY)
        if any(it.type == "matrix" for it in s.items):
            sec = _matrix_section(s, cells, pqs, lang, w[s.id])
        else:
            before = len(findings)
            t = tally_section(view, s, ref, lang, findings)
            sc = t.points / t.max_points * 100 if t.max_points else None
            reasons = [text("sec.none", lang)] if sc is None else [
                text("sec.points", lang, points=_fmt(round(t.points, 2), lang), max_points=_fmt(round(t.max_points, 2), lang),
                     count=t.units, score=_fmt(round(sc, 1), lang))]
            if t.blank:
                reasons.append(text("sec.blank", lang, count=t.blank))
            if t.dont_know:
                reasons.append(text("sec.dont_know", lang, count=t.dont_know))
            if t.not_applicable:
                reasons.append(text("sec.not_applicable", lang, count=t.not_applicable))
            reasons.extend(f.reason for f in findings[before:])
            sec = SectionScore(s.id, tr(s.label, lang), sc, t.points, t.max_points, t.dont_know,
                               t.not_applicable, w[s.id], reasons)
        if units:
            sec.reasons.append(text("sec.completeness", lang, given=given, units=units,
                                    share=round(100 * given / units)))
        sections[s.id] = sec
    extra = other_findings(view, ref, lang) + _sdg_findings(sdg, lang)
    for f in extra:
        if f.section in sections:
            sections[f.section].reasons.append(f.reason)
    findings.extend(extra)
    for sec in sections.values():
        sec.reasons.append(text("sec.weight", lang, weight=_fmt(round(sec.weight, 2), lang)))
    completeness = overall_completeness(per_section, w)
    num = den = 0.0
    used = []
    if any(given for given, _ in per_section.values()):  # nothing answered at all: no score yet
        for sec in sections.values():
            if sec.score is not None and sec.weight > 0:
                num += sec.weight * sec.score
                den += sec.weight
                used.append((sec, sec.score))
    overall = num / den if den else None
    provisional = overall is not None and (completeness < COMPLETENESS_THRESHOLD or not ref)
    band = None if provisional else band_for(overall)
    if overall is None:
        overall_reasons = [text("overall.none", lang)]
    else:
        terms = " + ".join(f"{_fmt(round(sec.weight, 2), lang)} × {_fmt(round(sc, 1), lang)}" if sec.weight != 1
                           else _fmt(round(sc, 1), lang) for sec, sc in used)
        overall_reasons = [text("overall.mean", lang, count=len(used), terms=f"({terms})",
                                weights=_fmt(round(den, 2), lang), score=_fmt(round(overall, 1), lang),
                                band=band_label(band, lang, provisional))]
    overall_reasons.append(text("overall.completeness", lang, share=round(100 * completeness),
                                threshold=round(100 * COMPLETENESS_THRESHOLD)))
    if not ref:
        overall_reasons.append(text("overall.no_reference_date", lang))
    left = [sec.id for sec in sections.values() if sec.score is None or sec.weight <= 0]
    if left:
        overall_reasons.append(text("overall.left_out", lang, sections=", ".join(left)))
    refused = view.refused_na()
    if refused:
        overall_reasons.append(text("overall.na_refused", lang, count=len(refused), keys=", ".join(refused[:5])))
    ranked = [p.code for _, p in sorted(((p.rank, p) for p in pqs.values() if p.rank is not None),
                                        key=lambda t: t[0])]
    recs = pick_recommendations(q, recommendations or (), pqs, ranked, cells, findings, lang)
    return ScoreResult(
        overall=overall, band=band, band_label=band_label(band, lang, provisional),
        sections=sections, policy_questions=pqs, ranked=ranked, cells=cells, sdg=sdg,
        recommendations=recs, follow_up=follow_up(q, view, lang, blank_keys + _matrix_blanks(q, view, cells)),
        findings=findings, weights=w, reference_date=ref, lang=lang, rules_version=RULES_VERSION,
        overall_reasons=overall_reasons, completeness=completeness)


__all__ = ["score", "normalise_weights", "pick_recommendations", "reference_date_of", "EMPTY",
           "DEFAULT_WEIGHTS"]
