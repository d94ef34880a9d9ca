"""The scoring engine: answers in, scores, gaps, priorities and recommendations out (pure)."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..answers import Answer
from ..questionnaire import Questionnaire, Section, tr
from .cells import score_cells
from .completeness import overall_completeness, section_completeness
from ..labels import COMPLETENESS_THRESHOLD, band_for, band_label, gap_type_label, sdg_status_label
from .model import (
    RULES_VERSION, CellScore, Finding, PickedRecommendation, PolicyQuestionScore, Recommendation,
    ScoreResult, SdgScore, SectionScore,
)
from .sections import follow_up, other_findings, tally_section
from ..texts import text
from .view import ANSWERED, DONT_KNOW, EMPTY, NOT_APPLICABLE, View

RELEVANCE_WEIGHT = {"main": 2, "supporting": 1}
SDG_GRID = "s4_sdg"


def _fmt(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".") if x != int(x) else str(int(x))


def normalise_weights(q: Questionnaire, weights: Mapping[str, Any] | None) -> dict[str, float]:
    """One weight per scored section: 1 unless ``weights`` gives another non-negative number."""
    out: dict[str, float] = {}
    weights = weights or {}
    for s in q.sections:
        if not s.scored:
            continue
        w = weights.get(s.id, 1.0)
        try:
            w = float(w)
        except (TypeError, ValueError):
            w = 1.0
        out[s.id] = w if w >= 0 and w == w and w != float("inf") else 1.0
    return out


def _matrix_section(section: Section, cells: dict[str, CellScore], lang: str, weight: float) -> SectionScore:
    pts = mx = 0.0
    n = unassessed = na = 0
    for c in cells.values():
        if c.relevance is None:
            continue
        if c.level is None:
            if c.not_applicable:
                na += 1
            else:
                unassessed += 1
            continue
        w = RELEVANCE_WEIGHT[c.relevance]
        pts += w * c.level / 3
        mx += w
        n += 1
    score = pts / mx * 100 if mx else None
    reasons = []
    if score is None:
        reasons.append(text("sec.none", lang))
    else:
        reasons.append(text("sec.matrix", lang, count=n, mean=_fmt(round(pts / mx * 3, 2)),
                            score=_fmt(round(score, 1))))
    if unassessed:
        reasons.append(text("sec.matrix_unassessed", lang, count=unassessed))
    if na:
        reasons.append(text("sec.not_applicable", lang, count=na))
    return SectionScore(section.id, tr(section.label, lang), score, pts, mx, 0, na, weight, reasons)


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
        return 3, "pq.need_dont_know", item.id
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

        if produced == "no":
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


def _policy_questions(q: Questionnaire, view: View, cells: dict[str, CellScore], sdg: dict[str, SdgScore],
                      lang: str) -> dict[str, PolicyQuestionScore]:
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
        if availability == 3 or need == 0:
            gap_type = "none"
        elif availability == 0:
            gap_type = "data"
        elif availability == 1:
            gap_type = "processing_access"
        else:
            # held back only by a missing breakdown in some best cell -> disaggregation
            only_breakdown = any({k for k, v in c.caps.items() if v <= 2} <= {"breakdown"} for c in best)
            gap_type = "disaggregation" if only_breakdown else "reporting"
        gap = priority = None
        if need is not None:
            gap = max(0, need - availability)
            priority = need * (3 - availability)
            reasons.append(text("pq.gap", lang, need=need, availability=availability, gap=gap, priority=priority))
        reasons.append(text(f"pq.type.{gap_type}", lang))
        strong = [c for c, level in levels if level >= 2]
        triangulation = len(strong) >= 2
        if triangulation:
            reasons.append(text("pq.triangulation", lang, count=len(strong),
                                sources=", ".join(src_name[c.source] for c in strong)))
        level1 = [c for c, level in levels if level == 1]
        # quick win: the best source already collects the data (level 1), so processing or access
        # alone closes the gap
        quick_win = availability == 1 and gap_type != "none"
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
            None, links, reasons)
    prioritised = [(p.priority, p) for p in out.values() if p.priority is not None]
    prioritised.sort(key=lambda t: (-t[0], not t[1].quick_win, -t[1].sdg_links, t[1].code))
    ranked = [p for _, p in prioritised]
    for i, p in enumerate(ranked, 1):
        p.rank = i
        p.reasons.append(text("pq.rank", lang, rank=i, total=len(ranked)))
    return out


def _pq_sources(q: Questionnaire, p: PolicyQuestionScore, cells: dict[str, CellScore]) -> set[str]:
    """The sources a recommendation about this question's gap would act on."""
    if p.gap_type == "processing_access":
        return {c.source for k, c in cells.items() if c.pq == p.code and c.level == 1}
    if p.gap_type in ("reporting", "disaggregation"):
        return set(p.best_sources)
    rel = q.matrix.relevance if q.matrix else {}
    return {s for (pq, s), r in rel.items() if pq == p.code and r == "main"}


def pick_recommendations(q: Questionnaire, library: Iterable[Recommendation], pqs: dict[str, PolicyQuestionScore],
                         ranked: list[str], cells: dict[str, CellScore], findings: list[Finding], lang: str
                         ) -> list[PickedRecommendation]:
    picked = []
    for index, rec in enumerate(library):
        matched = []
        priorities: list[int] = []
        for code in ranked:
            p = pqs[code]
            if not p.priority or p.gap_type not in rec.gap_types:
                continue
            if rec.policy_questions and code not in rec.policy_questions:
                continue
            if rec.sources and not set(rec.sources) & _pq_sources(q, p, cells):
                continue
            matched.append(p)
            priorities.append(p.priority)
        hits = [f for f in findings if f.code in rec.findings]
        if not matched and not hits:
            continue
        priority = max(priorities + ([rec.priority] if hits else []))
        section = rec.section or (hits[0].section if hits and not matched else "S3")
        first_rank = matched[0].rank if matched else len(ranked) + 1
        picked.append(((-priority, first_rank, index), PickedRecommendation(
            rec.id, tr(rec.title, lang), tr(rec.text, lang), matched[0].gap_type if matched else None,
            section, [p.code for p in matched], priority)))
    picked.sort(key=lambda t: t[0])
    return [p for _, p in picked]


def score(questionnaire: Questionnaire, answers: Mapping[str, Answer], reference_date: str,
          weights: Mapping[str, Any] | None = None, lang: str = "en",
          recommendations: Iterable[Recommendation] | None = None) -> ScoreResult:
    """Score one assessment's answers at ``reference_date`` (YYYY-MM-DD, never 'today')."""
    q = questionnaire
    view = View(q, answers)
    ref = reference_date or ""
    cells = score_cells(q, view, ref, lang)
    w = normalise_weights(q, weights)
    findings: list[Finding] = []
    sections: dict[str, SectionScore] = {}
    for s in q.sections:
        if not s.scored:
            continue
        if any(it.type == "matrix" for it in s.items):
            sections[s.id] = _matrix_section(s, cells, lang, w[s.id])
            continue
        before = len(findings)
        t = tally_section(view, s, ref, lang, findings)
        sc = t.points / t.max_points * 100 if t.max_points else None
        reasons = [text("sec.none", lang)] if sc is None else [
            text("sec.points", lang, points=_fmt(round(t.points, 2)), max_points=_fmt(round(t.max_points, 2)),
                 count=t.units, score=_fmt(round(sc, 1)))]
        if t.dont_know:
            reasons.append(text("sec.dont_know", lang, count=t.dont_know))
        if t.not_applicable:
            reasons.append(text("sec.not_applicable", lang, count=t.not_applicable))
        reasons.extend(f.reason for f in findings[before:])
        sections[s.id] = SectionScore(s.id, tr(s.label, lang), sc, t.points, t.max_points, t.dont_know,
                                      t.not_applicable, w[s.id], reasons)
    extra = other_findings(view, ref, lang)
    for f in extra:
        if f.section in sections:
            sections[f.section].reasons.append(f.reason)
    findings.extend(extra)
    for sec in sections.values():
        sec.reasons.append(text("sec.weight", lang, weight=_fmt(sec.weight)))
    num = den = 0.0
    for sec in sections.values():
        if sec.score is not None and sec.weight > 0:
            num += sec.weight * sec.score
            den += sec.weight
    overall = num / den if den else None
    per_section = {s.id: section_completeness(q, view, s) for s in q.sections if s.id in sections}
    completeness = overall_completeness(per_section, w)
    provisional = overall is not None and completeness < COMPLETENESS_THRESHOLD
    band = None if provisional else band_for(overall)
    used = [(sec, sec.score) for sec in sections.values() if sec.score is not None and sec.weight > 0]
    if overall is None:
        overall_reasons = [text("overall.none", lang)]
    else:
        terms = " + ".join(f"{_fmt(sec.weight)} × {_fmt(round(sc, 1))}" if sec.weight != 1
                           else _fmt(round(sc, 1)) for sec, sc in used)
        overall_reasons = [text("overall.mean", lang, count=len(used), terms=f"({terms})",
                                weights=_fmt(round(den, 2)), score=_fmt(round(overall, 1)),
                                band=band_label(band, lang, provisional))]
    left = [sec.id for sec in sections.values() if sec.score is None or sec.weight <= 0]
    if left:
        overall_reasons.append(text("overall.left_out", lang, sections=", ".join(left)))
    sdg = _sdg(q, view, lang)
    pqs = _policy_questions(q, view, cells, sdg, lang)
    ranked = [p.code for _, p in sorted(((p.rank, p) for p in pqs.values() if p.rank is not None),
                                        key=lambda t: t[0])]
    recs = pick_recommendations(q, recommendations or (), pqs, ranked, cells, findings, lang)
    return ScoreResult(
        overall=overall, band=band, band_label=band_label(band, lang, provisional),
        sections=sections, policy_questions=pqs, ranked=ranked, cells=cells, sdg=sdg,
        recommendations=recs, follow_up=follow_up(q, view, lang), findings=findings, weights=w,
        reference_date=ref, lang=lang, rules_version=RULES_VERSION, overall_reasons=overall_reasons,
        completeness=completeness)


__all__ = ["score", "normalise_weights", "pick_recommendations", "EMPTY"]
