"""The chapters of the ministry report 2.0, built from plain data.

:func:`fill_chapters` adds to a :class:`~capacity_app.reports.model.ReportContext`: the executive
summary (score, band, the reading generated from the numbers, the priority actions and what the data
can / cannot answer), the context chapter (S0, S2, S5),
one finding per area in questionnaire order (a reading generated from the numbers and the engine's
own reasons, never invented), the policy-question table, the action plan (the stored one, or the
plan drafted from the recommendations; "proposed" until the government's validation is recorded,
with its standing, the plan at a glance and its costs from :mod:`~capacity_app.reports.plan.chapter`), and
the glossary.

Every text comes from ``strings.yaml``, the questionnaire or the scoring engine in the report's
language; every number goes through Babel (:mod:`~capacity_app.reports.format`).
"""
from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import fields, is_dataclass, replace
from collections.abc import Iterator, Mapping, Sequence

from ..domain.plan.actions import Action, draft_actions, sorted_plan
from ..domain.plan.cost import Finance
from ..domain.plan.results import ResultsChain
from ..domain.plan.validation import Validation, ValidationEvent
from ..domain.answers import DONT_KNOW, NOT_APPLICABLE, Answer
from ..domain import editorial
from ..domain.editorial import clause_list, code_and_name, list_item_case, semicolon_list
from ..domain.rounding import percent
from ..domain.placeholders import fill
from ..domain.questionnaire import Questionnaire, tr
from ..domain.scoring import ScoreResult, band_label, custom_weights_label
from .annex import annex_blocks
from .bidi import isolate_formula
from .budget import bounded_text, with_user_parts
from .format import Strings, fmt_date, fmt_list, fmt_number, fmt_percent, fmt_period, fmt_quarter, fmt_score, plural
from .names import CountryName
from .model import ActionPlan, AnnexBlock, Area, ExecSummary, PlanAction, PqRow, ReportContext, SectionScore

CONTEXT_SECTIONS = ("S0", "S2", "S5")   # the context chapter, in this order
MATRIX_SECTION = "S3"
SDG_SECTION = "S4"
SUMMARY_ACTIONS = (3, 5)                # the executive summary shows 3 to 5 priority actions
_QUARTER = re.compile(r"^\d{4}-Q[1-4]$")
Answers = Mapping[str, Answer]


# --- the action plan ----------------------------------------------------------------------------

def _timeline(start: str | None, end: str | None, lang: str) -> str:
    from ..domain.editorial import stored_period_range

    if start and end and _QUARTER.match(start) and _QUARTER.match(end):  # "Q3–Q4 2026", "Q3 2026 – Q1 2027"
        return stored_period_range(start, end, lang)

    def one(x: str | None) -> str:
        if not x:
            return ""
        if _QUARTER.match(x):
            return fmt_quarter(int(x[:4]), int(x[-1]), lang)
        try:
            return fmt_date(_dt.date.fromisoformat(x), lang)
        except ValueError:
            return x
    return fmt_period(one(start), one(end), lang)


def action_plan(q: Questionnaire, scores: ScoreResult, stored: Sequence[Action] | None, lang: str,
                s: Strings, validation: Validation | None = None) -> ActionPlan:
    """The plan's rows: the stored plan, or the one drafted from the recommendations. It is
    "proposed" until the government's validation is recorded, however many owners it has."""
    from .plan.chapter import (
        change_text,
        changes_of,
        cost_lines_text,
        depends_text,
        plan_intro,
        results_text,
        timeline_mm,
    )

    proposed = validation is None
    actions = [_in_language(a, lang) for a in sorted_plan(stored)] if stored else draft_actions(scores, lang)
    # what changed since the validation, on the stored plan: a default title shown in the report's
    # language is no change (the validation recorded it as stored)
    changed = changes_of(sorted_plan(stored), validation) if stored else {}
    recs = {r.id: r for r in scores.recommendations}
    rows = []
    for i, a in enumerate(actions, 1):
        rec = recs.get(a.recommendation_id) if a.recommendation_id else None
        owners = [bounded_text(x, lang, s) for x in a.institutions if x and x.strip()]
        pqs = list(a.policy_questions) or (list(rec.policy_questions) if rec else [])
        if pqs:  # each by its letter and short title, never a letter alone ("J. … and L. …")
            serves = fmt_list([pq_titled(q, c, lang) for c in sorted(pqs)], lang)
        elif rec is not None and rec.section and (sec := q.section(rec.section)) is not None:
            serves = f"{sec.id}. {tr(sec.label, lang)}"
        else:
            serves = ""
        rows.append(PlanAction(
            order=i, title=bounded_text(a.title, lang, s), text=rec.text if rec is not None else "",
            owners=with_user_parts(semicolon_list(owners, lang), owners) if owners else s["owners_to_agree"], owners_agreed=bool(owners),
            timeline=_timeline(a.start, a.end, lang), resources=bounded_text(a.resources or "", lang, s),
            milestone=bounded_text(a.milestone or "", lang, s),
            priority=s.get(f"action_priority_{a.priority}", str(a.priority)),
            status=s.get(f"action_status_{a.status}", a.status), serves=serves,
            urgency=int(a.priority), open=a.status not in ("done", "dropped"), pqs=tuple(pqs),
            chosen=a.priority_action, changed=change_text(changed[a.id], s, lang) if a.id in changed else "",
            strategy=bounded_text(a.strategy, lang, s),
            cost=cost_lines_text(a, lang, s),  # each line: year, amount, who pays, secured
            results=results_text(a, lang, s), sdg=a.sdg_target, depends=depends_text(a, actions, lang, s),
            risks=bounded_text(a.risks, lang, s)))
    return ActionPlan(proposed, plan_intro(bool(stored), validation, lang, s), rows,
                      timeline_mm=timeline_mm([r.timeline for r in rows], lang, least=24.0))


def _in_language(a: Action, lang: str) -> Action:
    """A stored action drafted from a recommendation and not edited since (its title is the
    recommendation's in one of the languages) gets the recommendation's title in ``lang``; an
    edited title is the officers' and is printed as they wrote it."""
    if not a.recommendation_id:
        return a
    from ..catalog.recommendations import action_title

    return replace(a, title=action_title(a, lang))


def _priority_actions(plan: ActionPlan) -> list[PlanAction]:
    """The priority actions the government chose (plan order), else the three to five most urgent
    open actions (plan order within a priority); fewer only when the plan has fewer."""
    chosen = [a for a in plan.actions if a.chosen]
    if chosen:
        return chosen
    lo, hi = SUMMARY_ACTIONS
    ranked = sorted((a for a in plan.actions if a.open), key=lambda a: (a.urgency, a.order))
    return ranked[:hi] if len(ranked) >= lo else ranked


# --- areas ----------------------------------------------------------------------------------------

def _counts(q: Questionnaire, answers: Answers, sid: str) -> tuple[int, int, int]:
    sec = q.section(sid)
    n = dk = na = 0
    if sec is None:
        return 0, 0, 0
    for item in sec.items:
        for key, _f, _c in q.keys(item):
            a = answers.get(key)
            if a is None:
                continue
            n += 1
            dk += a.status == DONT_KNOW
            na += a.status == NOT_APPLICABLE
    return n, dk, na


def _points(reasons: Sequence[str]) -> list[str]:
    """The engine's reasons that are findings in words; the arithmetic ones (with digits: points,
    weights, counts) are printed in the method annex."""
    return [r for r in reasons if not any(ch.isdigit() for ch in r)]


def _reading(q: Questionnaire, answers: Answers, scores: ScoreResult, sid: str, lang: str, s: Strings) -> str:
    """The area's score and band (or that it is not scored), then how many answers it has and how
    many of them are "don't know" or "not applicable"."""
    n, dk, na = _counts(q, answers, sid)
    sc = scores.sections.get(sid)
    val = sc.shown if sc is not None else None
    if sc is None or val is None:  # nothing known yet (an area), or nothing scored for this country
        score = s["area_reading_unassessed"] if sc is not None and sc.primary else s["area_reading_unscored"]
    else:  # a section's band only once it is at least half known (rules 3.0), else "provisional"
        # the band inside the sentence: Russian writes the label in lower case ("(формирующийся потенциал)")
        score = fill(s["area_reading"], score=fmt_score(val, lang), band=list_item_case(
            band_label(sc.band, lang, provisional=sc.band is None), lang))
    parts = [plural(s[key], k, lang) for key, k in (("area_dont_know", dk), ("area_not_applicable", na)) if k]
    details = f" ({fmt_list(parts, lang)})" if parts else ""
    return f"{score} {plural(s['area_answers'], n, lang, details=details)}"


def _blocks(q: Questionnaire, answers: Answers, sid: str, lang: str, s: Strings, *,
            skip_types: tuple[str, ...] = ()) -> list[AnnexBlock]:
    blocks = annex_blocks(q, answers, sid, lang, s)
    if not skip_types:
        return blocks
    sec = q.section(sid)
    skip = {it.id for it in sec.items if it.type in skip_types} if sec else set()
    out = []
    for b in blocks:
        if b.kind == "rows":
            rows = [r for r in b.rows if r.key.split(".")[0] not in skip]
            if rows:
                out.append(AnnexBlock("rows", b.title, rows, b.columns, b.lines, b.notes))
        else:
            out.append(b)
    return out


def context_parts(q: Questionnaire, answers: Answers, scores: ScoreResult, ctx: ReportContext, lang: str,
                  s: Strings) -> list[Area]:
    titles = {"S0": s["context_mission"], "S2": s["context_policy"], "S5": s["context_strategy"]}
    out = []
    for sid in CONTEXT_SECTIONS:
        if q.section(sid) is None:
            continue
        # S2's fifteen need ratings are in the policy-question table: not repeated here
        blocks = _blocks(q, answers, sid, lang, s, skip_types=("rating",) if sid == "S2" else ())
        if sid == "S0":
            c = ctx.cover
            # the institutions the cover lists: the rows of the table printed below answered
            # "interviewed: yes" (a row answered "no" is printed, not counted) and the
            # record's other names (the cover and this count agree)
            n_inst = c.institutions_count or len(c.institutions)
            facts = [x for x in (
                f"{s['mission_dates']}{s['colon']}{c.mission_dates}" if c.mission_dates else "",
                f"{s['reference_date']}{s['colon']}{c.reference_date}" if c.reference_date else "",
                f"{s['institutions']}{s['colon']}{fmt_number(n_inst, lang)}" if n_inst else "")
                if x]
            # UN Arabic separates them with "؛", never a middle dot in running text (Arabic editor item 37)
            reading = semicolon_list(facts, lang) if lang == "ar" else " · ".join(facts)
        else:
            reading = _reading(q, answers, scores, sid, lang, s)
        sc = scores.sections.get(sid)
        out.append(Area(sid, titles[sid], reading, _points(sc.reasons) if sc else [], blocks))
    return out


def areas(q: Questionnaire, answers: Answers, scores: ScoreResult, lang: str, s: Strings) -> list[Area]:
    out = []
    for sec in q.sections:
        if sec.id == "S0":
            continue
        sc = scores.sections.get(sec.id)
        title = f"{sec.id}. {tr(sec.label, lang)}"
        reading = _reading(q, answers, scores, sec.id, lang, s)
        points = _points(sc.reasons) if sc else []
        if sec.id in CONTEXT_SECTIONS:
            out.append(Area(sec.id, title, reading, points, [],
                            fill(s["area_context_see"], chapter=s["context_chapter"])))
        elif sec.id == MATRIX_SECTION or any(it.type == "matrix" for it in sec.items):
            out.append(Area(sec.id, title, reading, [], [], s["area_matrix_see"], kind="matrix"))
        elif sec.id == SDG_SECTION:
            out.append(Area(sec.id, title, reading, [], [], "", kind="sdg"))
        else:
            out.append(Area(sec.id, title, reading, points, _blocks(q, answers, sec.id, lang, s)))
    return out


# --- policy questions ------------------------------------------------------------------------------

def pq_rows(q: Questionnaire, scores: ScoreResult, plan: ActionPlan, lang: str, s: Strings) -> list[PqRow]:
    """One row per policy question; the first action is the most urgent open action of the plan
    that serves it (the stored plan, or the one drafted from the recommendations)."""
    first: dict[str, str] = {}
    for a in sorted((a for a in plan.actions if a.open), key=lambda a: (a.urgency, a.order)):
        for code in a.pqs:
            first.setdefault(code, a.title)
    out = []
    for p in q.policy_questions:
        d = scores.policy_questions.get(p.code)
        if d is None:
            continue
        best = d.best_sources[0] if d.best_sources else ""
        src = q.source(best) if best else None
        out.append(PqRow(p.code, d.label or tr(p.label, lang), fmt_number(d.need, lang) if d.need is not None else "–",
                         fmt_number(d.availability, lang), fmt_number(d.gap, lang) if d.gap is not None else "–",
                         code_and_name(best, tr(src.label, lang), lang) if src else (best or s["none"]),
                         # a gap with no action says so (ru 5, zh 14: a bare "–" beside a gap)
                         first.get(p.code, s["pq_no_action"] if d.priority else "")))
    return out


def what_the_data_answer(scores: ScoreResult, lang: str, s: Strings
                         ) -> tuple[list[str], list[str], list[str], list[str]]:
    """(fit for purpose, with a shortfall, not yet, not yet assessed), each "A. label", the
    shortfalls named: the engine's reading of each question (PolicyQuestionScore.fitness), so the
    summary never lists a question its own evidence contradicts."""
    lists: dict[str, list[str]] = {"fit": [], "shortfall": [], "cannot": [], "not_assessed": []}
    for code in sorted(scores.policy_questions):
        p = scores.policy_questions[code]
        line = f"{code}. {p.label}"
        if p.fitness == "shortfall" and p.shortfalls:
            line = fill(s["pq_shortfalls"],   # Russian: the factors in lower case after "Ограничения:"
                pq=line, shortfalls=semicolon_list([list_item_case(x, lang) for x in p.shortfalls], lang))
        lists[p.fitness].append(line)
    return lists["fit"], lists["shortfall"], lists["cannot"], lists["not_assessed"]


def pq_titled(q: Questionnaire, code: str, lang: str) -> str:
    """A policy question in a list of them: its letter and short title ("L. return flows"), so that
    a reader never has to decode a letter; the letter alone when the questionnaire gives no title."""
    p = q.policy_question(code)
    short = tr(p.short, lang) if p is not None and p.short else ""
    return f"{code}. {short}" if short else code


def pq_name(q: Questionnaire, code: str, lang: str) -> str:
    """A policy question as a sentence names it: its letter and short title ("L (return flows)"), or
    the letter alone when the questionnaire gives no short title."""
    p = q.policy_question(code)
    short = tr(p.short, lang) if p is not None and p.short else ""
    return f"{code} ({short})" if short else code


def pq_reading(counts: Sequence[int], total: int, lang: str, s: Strings) -> str:
    """The summary's sentence on the policy questions from their counts (fit for purpose, with a
    shortfall, only from unusable sources, not at all, not assessed): "Of the 15 policy questions,
    3 can be answered …, 6 with a shortfall …"; each count with its noun where the language makes
    them agree (pq_count: Arabic "سؤال واحد", "سؤالين", "5 أسئلة", "11 سؤالًا")."""
    answered = [plural(s["pq_fit"], counts[0], lang)] + [
        plural(s[key], k, lang) if key == "pq_unassessed" else fill(s[key], n=plural(s["pq_count"], k, lang))
        for key, k in zip(("pq_short", "pq_unusable", "pq_none", "pq_unassessed"), counts[1:], strict=True) if k]
    return fill(s["reading_pq"], n=fmt_number(total, lang), parts=clause_list(answered, lang))


def summary_reading(q: Questionnaire, country: CountryName, scores: ScoreResult, sections: Sequence[SectionScore],
                    lang: str, s: Strings) -> str:
    """The executive summary's paragraph, generated from the numbers; the country named with its
    article, the verb agreeing with it ("Les Bahamas obtiennent")."""
    parts = []
    overall = scores.overall_shown
    number = 2 if country.plural else 1
    if overall is None:
        parts.append(fill(s["reading_overall_none"], country=country.to))
    elif scores.provisional:  # no band: too little known, an area not assessed, or no valid date
        parts.append(plural(s["reading_overall_provisional"], number, lang, country=country.subject,
                            score=fmt_score(overall, lang), pct=fmt_percent(scores.completeness, lang, 1)))
    else:
        parts.append(plural(s["reading_overall"], number, lang, country=country.subject,
                            score=fmt_score(overall, lang), band=scores.band_label))
    pqs = scores.policy_questions
    if pqs:
        ps = list(pqs.values())
        counts = [sum(p.fitness == "fit" for p in ps), sum(p.fitness == "shortfall" for p in ps),
                  sum(p.fitness == "cannot" and p.availability == 1 for p in ps),
                  sum(p.fitness == "cannot" and p.availability == 0 for p in ps),
                  sum(p.fitness == "not_assessed" for p in ps)]
        parts.append(pq_reading(counts, len(pqs), lang, s))
    gaps = [c for c in scores.ranked if c in pqs and pqs[c].priority]
    if gaps:
        top = gaps[:3]
        parts.append(plural(s["reading_gaps"], len(top), lang, pqs=fmt_list([pq_name(q, c, lang) for c in top], lang)))
        qw = sum(1 for c in gaps if pqs[c].quick_win and pqs[c].gap)
        if qw:
            parts.append(plural(s["reading_quick_wins"], qw, lang))
    elif pqs:
        parts.append(s["reading_gaps_none"])
    weights = scores.weights  # a section of weight 0 (S2 policy demand: context) is not an area of capacity
    scored = [(x.value, x) for x in sections if x.value is not None and weights.get(x.id, 1) > 0]
    if len(scored) >= 2:
        best = max(scored, key=lambda t: t[0])[1]
        worst = min(scored, key=lambda t: t[0])[1]
        parts.append(fill(s["reading_sections"], best=best.label, best_score=best.score,
                                                  worst=worst.label, worst_score=worst.score))
    n_fu = sum(1 for f in scores.follow_up if f.status == "dont_know")  # blanks are listed too
    if n_fu:
        parts.append(plural(s["reading_followup"], n_fu, lang))
    return " ".join(parts)


def completeness_formula(scores: ScoreResult, lang: str, s: Strings) -> str:
    """How the summary's completeness comes from Annex A, in one sentence: each section's
    completeness (its known ÷ primary questions, printed in its rows) weighted by its weight in the
    overall score (the Weight column), the sections complete counted together: "(12 × 91.7 + 7 ×
    85.7 + 85 × 100) ÷ 104 = 98.1%" (docs/methodology.md, section 3). "" when nothing counts."""
    terms: list[str] = []
    complete = total = 0.0
    for sid, sec in scores.sections.items():
        w = scores.weights.get(sid, sec.weight)
        if not (sec.primary and w and w > 0):
            continue
        total += w
        if sec.known == sec.primary:
            complete += w
        else:
            terms.append(f"{editorial.number(w, lang, 2, trim=True)} × "
                         f"{editorial.number(percent(sec.known / sec.primary, 1), lang, 1)}")
    if not total:
        return ""
    if complete:
        terms.append(f"{editorial.number(complete, lang, 2, trim=True)} × {editorial.number(100, lang)}")
    inner = " + ".join(terms)
    sum_ = f"（{inner}）" if lang == "zh" else f"({inner})"
    formula = f"{sum_} ÷ {editorial.number(total, lang, 2, trim=True)}"
    return fill(s["completeness_formula"], formula=isolate_formula(formula, lang),
                                            pct=fmt_percent(scores.completeness, lang, 1))


def exec_summary(ctx: ReportContext, q: Questionnaire, scores: ScoreResult, plan: ActionPlan, lang: str, s: Strings) -> ExecSummary:
    overall = scores.overall_shown
    provisional = overall is not None and scores.provisional
    pct = fmt_percent(scores.completeness, lang, 1) if overall is not None else ""
    fit, shortfall, cannot, unassessed = what_the_data_answer(scores, lang, s)
    custom = ""
    if scores.custom_weights is not None and scores.custom_overall is not None:
        custom = fill(s["custom_figure"], label=custom_weights_label(lang), score=fmt_score(scores.custom_overall, lang))
    return ExecSummary(fmt_score(overall, lang) if overall is not None else "", scores.band or "",
                       scores.band_label, provisional,
                       fill(s["provisional_note"], reasons=semicolon_list(scores.no_band_reasons, lang)) if provisional else "",
                       pct, summary_reading(q, ctx.country_name, scores, ctx.section_scores, lang, s),
                       _priority_actions(plan), fit, shortfall, cannot, unassessed, custom)


_SEE = re.compile(r"^(?:see|voir|véase) ([A-Z0-9]+)$")


def _texts(obj: object) -> Iterator[str]:
    """Every text held by a context object (dataclasses, lists, tuples, dicts), recursively."""
    if isinstance(obj, str):
        yield obj
    elif is_dataclass(obj) and not isinstance(obj, type):
        for f in fields(obj):
            yield from _texts(getattr(obj, f.name))
    elif isinstance(obj, (list, tuple)):
        for x in obj:
            yield from _texts(x)
    elif isinstance(obj, dict):
        for x in obj.values():
            yield from _texts(x)


def _collation(text: str) -> str:
    """An alphabetical sort key in any script: accents and other combining marks left out, case
    folded ("é" sorts with "e", "Й" keeps its place in Cyrillic; Chinese stays in code order); the
    Arabic article left out, as Arabic glossaries sort ("التوافر" under ت, after "بلد المنشأ": the
    Arabic editor's item 59)."""
    decomposed = unicodedata.normalize("NFD", text)
    key = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return key[2:] if key.startswith("ال") and len(key) > 3 else key


def _printed(known: dict[str, str], text: str) -> set[str]:
    """The acronyms of ``known`` that ``text`` holds as whole words, in any script (ЦУР, ООН, СО ООН
    in Russian as much as SDG in English)."""
    if not known:
        return set()
    alternatives = "|".join(re.escape(a) for a in sorted(known, key=len, reverse=True))
    return set(re.findall(rf"(?<!\w)(?:{alternatives})(?!\w)", text))


def glossary(ctx: ReportContext, q: Questionnaire, lang: str, s: Strings
             ) -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[tuple[str, str]]]:
    """Annex E: the acronyms the report prints (those of the language's list found in any of its
    texts, fixed or typed, and the ones their "see" entries point to), the data source codes, and
    the terms of the report and of the questionnaire's glossary, in alphabetical order."""
    known = dict((a, text) for a, text in s["acronym_list"])
    chosen = _printed(known, "\n".join(_texts(ctx)))
    chosen |= {m[1] for a in chosen if (m := _SEE.match(known[a])) and m[1] in known}
    acronyms = sorted(((a, known[a]) for a in chosen), key=lambda t: t[0])
    sources = [(src.code, tr(src.label, lang)) for src in q.sources]
    terms = [(t[0], t[1]) for t in s["glossary_terms"]] + [(tr(g.label, lang), tr(g.definition, lang))
                                                           for g in q.glossary]
    return acronyms, sources, sorted(terms, key=lambda t: _collation(t[0]))


def fill_chapters(ctx: ReportContext, q: Questionnaire, answers: Answers, scores: ScoreResult, lang: str, s: Strings,
                  stored_plan: Sequence[Action] | None, finance: Finance | None = None,
                  validation: Validation | None = None, history: Sequence[ValidationEvent] = (),
                  results: ResultsChain | None = None) -> None:
    from .plan.chapter import plan_record

    ctx.plan = action_plan(q, scores, stored_plan, lang, s, validation)
    ctx.plan_record = plan_record(stored_plan, ctx.plan, finance, validation, lang, s, history, results)
    ctx.summary = exec_summary(ctx, q, scores, ctx.plan, lang, s)
    ctx.context_parts = context_parts(q, answers, scores, ctx, lang, s)
    ctx.areas = areas(q, answers, scores, lang, s)
    ctx.pq_rows = pq_rows(q, scores, ctx.plan, lang, s)
    # annex C prints these grids' comments and evidence only (the tables are in the chapter)
    ctx.grids_shown = {a.id: s["context_chapter"] for a in ctx.context_parts if a.blocks}
    ctx.grids_shown.update({a.id: s["findings"] for a in ctx.areas if a.blocks})
    ctx.acronyms, ctx.source_codes, ctx.glossary = glossary(ctx, q, lang, s)  # last: it reads the rest
