"""Build the :class:`~.model.ReportContext` from plain data (no database, no rendering).

:func:`assemble_context` turns the assessment record, the questionnaire, the answers and the typed
:class:`~capacity_app.domain.scoring.ScoreResult` into the context the templates print: the cover,
the scores, heatmap, policy-question detail, SDG table, follow-ups and Annex C here, the report 2.0
chapters in :mod:`.chapters`, the blank questionnaire in :mod:`.blank`. User text is printed within
the report's budget (:mod:`.budget`).
"""
from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..catalog import countries
from ..catalog import dropin
from ..catalog.kinds import translation_review
from ..domain.plan.actions import Action
from ..domain.documents import Attachment
from ..domain.plan.cost import Finance
from ..domain.plan.results import ResultsChain
from ..domain.plan.request import FundingRequest
from ..domain.plan.validation import Validation, ValidationEvent
from ..domain.answers import Answer, canonical_answers
from ..domain.team import review as rv
from ..domain.team.signoff import AnswerChange, SignOff, SignOffEvent
from ..domain import editorial
from ..domain.assessment import Assessment, Institution, is_default_title
from ..domain.mission import institution_rows, institutions_interviewed, later_columns, row_of_label
from ..domain.placeholders import fill
from ..domain.questionnaire import Questionnaire, tr
from ..domain.rounding import round_half_up
from ..domain.scoring import ScoreResult, band_label, custom_weights_label
from .annex import annex_blocks, archived_lines, document_rows
from .blank import blank_matrix, blank_sections
from .bidi import isolate_inline
from .budget import INSTITUTIONS_SHOWN, bounded_name, bounded_text, more_items, text_budget, user_texts
from .chapters import completeness_formula, fill_chapters, pq_name
from .format import (
    Strings, check_lang, fmt_date, fmt_date_range, fmt_list, fmt_number, fmt_score, load_strings, plural,
)
from .names import country_name
from .model import (AnnexSection, AttachmentData, ChartData, Cover, FollowUp, HeatCell, Heatmap, HeatRow,
                    InstitutionRow, NotApplicableRow, PolicyBlock, ReportContext, ReviewRow, ReviewSummary, SdgRow,
                    SectionScore)
from .typography import typeset
from .validation import cover_lines, validation_record


def assemble_context(q: Questionnaire, assessment: Assessment | None, answers: Mapping[str, Answer],
                     scores: ScoreResult | None, lang: str = "en", *, blank: bool = False,
                     app_version: str = "", generated: _dt.date | None = None,
                     attachments: Sequence[AttachmentData] = (), action_plan: Sequence[Action] | None = None,
                     author: str = "", plan_finance: Finance | None = None,
                     plan_validation: Validation | None = None,
                     reviews: Mapping[str, rv.Review] | None = None,
                     signoff: SignOff | None = None, documents: Sequence[Attachment] = (),
                     signoff_events: Sequence[SignOffEvent] = (),
                     changed_since: Sequence[AnswerChange] = (),
                     plan_history: Sequence[ValidationEvent] = (),
                     plan_results: ResultsChain | None = None,
                     plan_request: FundingRequest | None = None, partner: str | None = None) -> ReportContext:
    """The report's context. ``scores`` is the scoring engine's result (may be None only for
    ``blank``). ``action_plan`` is the stored plan (empty or None: the plan drafted from the
    recommendations is shown as proposed); ``author`` the operator's institution (empty: none known,
    the cover's "Prepared by" line left out); ``reviews`` the answers' reviews (``domain.review``; None: none); ``signoff`` the national
    statistics office's validation that stands (``domain.signoff``; printed on the cover with what
    stood open), ``signoff_events`` every validation and reopening and ``changed_since`` the answers
    changed since the first validation (the cover's reopening and Annex D's record);
    ``documents`` the documents attached as evidence (``domain.documents``; listed in Annex C);
    ``plan_results`` the plan's results chain (``domain.plan.results``; the logframe);
    ``plan_request`` who commits the national part and who signs; ``partner``: a partner's edition
    of the funding request (its name as the plan's lines give it) instead of the report."""
    check_lang(lang)
    if not blank and scores is None:
        raise ValueError("a report needs the assessment's scores")
    with text_budget():
        ctx = _document(q, assessment, lang, blank=blank, app_version=app_version,
                        generated=generated or _dt.date.today(), attachments=attachments, author=author,
                        rules_version=scores.rules_version if scores is not None else "",
                        answers=None if blank else answers)
        if not blank:
            lines = cover_lines(signoff, signoff_events, lang, ctx.s)
            ctx.cover = replace(ctx.cover, signoff=lines["signoff"], signoff_open=lines["signoff_open"],
                                reopened=lines["reopened"], reviewed=lines["reviewed"],
                                reviewed_open=lines["reviewed_open"])
            ctx.validation = validation_record(q, signoff_events, changed_since, lang, ctx.s)
        if blank:
            ctx.blank_sections = blank_sections(q, lang, ctx.s)
            ctx.blank_matrix = blank_matrix(q, lang, ctx.s)
        else:
            assert scores is not None
            _fill_scores(ctx, q, answers, scores, lang, ctx.s)
            ctx.review = review_summary(q, answers, reviews or {}, lang, ctx.s)
            ctx.documents = document_rows(q, documents, action_plan or (), lang, ctx.s)
            ctx.archived = archived_lines(assessment.settings if assessment else None, q, lang, ctx.s)
            fill_chapters(ctx, q, answers, scores, lang, ctx.s, action_plan, plan_finance, plan_validation,
                          plan_history, plan_results)
            _fill_funding(ctx, action_plan, plan_finance, plan_validation, plan_request, partner, lang, plan_results)
        ctx.user_texts = user_texts()
    return ctx


def _fill_funding(ctx: ReportContext, action_plan: Sequence[Action] | None, finance: Finance | None,
                  validation: Validation | None, request: FundingRequest | None, partner: str | None,
                  lang: str, results: ResultsChain | None = None) -> None:
    """The budgets, co-financing, sustainability and signatures, and a partner's edition:
    no DRAFT mark on it once the government validated the plan, DRAFT on every page before."""
    from .plan.donors import donor_record
    from .plan.request import funding_record, partner_edition

    request = request or FundingRequest()
    ctx.funding = funding_record(action_plan, finance, validation, request, lang, ctx.s)
    if ctx.funding is not None:  # the risk matrix, results framework and procurement plan
        ctx.funding = replace(ctx.funding, donors=donor_record(action_plan or (), request, results, lang, ctx.s,
                                                               finance))
    if partner is None:
        return
    # the partner's part of the donors' structures, each row as the full report prints it
    ctx.edition = replace(partner_edition(action_plan or (), finance, request, partner, lang, ctx.s, results),
                          donors=donor_record(action_plan or (), request, results, lang, ctx.s, finance, partner))
    ctx.title = f"{ctx.country}{ctx.s['colon']}{ctx.edition.title}" if ctx.country else ctx.edition.title
    ctx.draft = "" if validation is not None else ctx.s["draft_mark"]


def _document(q: Questionnaire, assessment: Assessment | None, lang: str, *, blank: bool, app_version: str,
              generated: _dt.date, attachments: Sequence[AttachmentData], author: str,
              rules_version: str, answers: Mapping[str, Answer] | None = None) -> ReportContext:
    s = load_strings(lang)
    cover = _cover(assessment, q, lang, s, answers)
    title = s["blank_title"] if blank else s["report_title"]
    country = cover.country
    # the office that prepared it, as typed; none known: "" (the cover leaves the line out, the
    # metadata names no author: the application is the document's generator, never its author)
    author = bounded_name(author)
    ctx = ReportContext(
        lang=lang, blank=blank, s=s, title=f"{country}{s['colon']}{title}" if country else title,
        subject=(f"{tr(q.title, lang)} — {country} {cover.round}".strip() if not blank
                 else f"{tr(q.title, lang)} {q.version}"),
        keywords=list(s["keywords"]) + ([cover.country_code] if country else []),
        country=country, country_name=country_name(
            (countries.unterm_short_name(assessment.country, lang) if assessment is not None else None) or country,
            lang),
        generated=fmt_date(generated, lang), generated_iso=generated.isoformat(),
        app_version=app_version, questionnaire_version=cover.questionnaire_version,
        rules_version=rules_version, cover=cover, author=author,  # the typed office printed as typed
        author_shown=bounded_text(author, lang, s) if author else "",
        draft="" if blank or assessment is None or assessment.status == "final" else s["draft_mark"],
        attachments=list(attachments),
        # the assessment's language (services.institution_forms.LANGUAGE_SETTING), when set
        text_lang=str(assessment.settings.get("language") or "") if assessment is not None else "")
    if ctx.attachments:
        ctx.attachments_note = fill(s["attachments_note"], files=fmt_list([a.name for a in ctx.attachments], lang))
    review = translation_review(lang, q.reviews)
    if review is not None and not review.reviewed:
        ctx.translation_note = s["translation_unreviewed"]
    if dropin.is_dropin(lang):  # a language added by its catalogue: how much of it is there, on the cover
        ctx.translation_share = fill(s["translation_share"], share=editorial.percent(100 * dropin.read(lang).share, lang, 0))
    return ctx


def _cover(a: Assessment | None, q: Questionnaire, lang: str, s: Strings,
           answers: Mapping[str, Answer] | None = None) -> Cover:
    if a is None:
        return Cover("", "", "", "", "", "", "", [], tr(q.title, lang), q.version)
    c = countries.lookup(a.country)
    name = countries.localized_name(c, lang) if c else a.country
    return Cover(
        country=name, country_code=a.country, round=str(a.round),
        title="" if is_default_title(a.title, a.round) else bounded_text(a.title, lang, s),
        mission_dates=fmt_date_range(a.mission_start, a.mission_end, lang),
        reference_date=fmt_date(a.effective_reference_date, lang),
        status=s.get(f"status_{a.status}", a.status),
        questionnaire_name=tr(q.title, lang), questionnaire_version=a.questionnaire_version or q.version,
        **_cover_institutions(q, institutions_interviewed(q, answers, a, lang) if answers else a.institutions,
                              lang, s))


def _cover_institutions(q: Questionnaire, institutions: Sequence[Institution], lang: str, s: Strings) -> dict:
    """The cover's institutions (the first INSTITUTIONS_SHOWN), how many more there are and how
    many in all: S0's rows interviewed and the record's other names (``domain.mission``), the list
    the context chapter counts (the cover listed 6, the chapter counted 7). The record
    names an S0 row by its English label: the report names it in its own language ("National
    statistical office" printed in a Russian report), or by the label it had before
    questionnaire 1.3.0 (the kind is printed as it is now, never a ministry's name)."""
    rows = {code: tr(label, lang) for code, label in institution_rows(q)}
    institutions = [replace(i, name=rows[code]) if (code := row_of_label(q, i.name, ("en", lang))) else i
                    for i in institutions]
    columns = tuple(tr(c.label, lang) for c in later_columns(q))
    return {"institutions": [InstitutionRow(bounded_text(i.name, lang, s), bounded_text(i.role, lang, s),
                                            tuple(bounded_text(d, lang, s) for d in
                                                  (i.details or ("",) * len(columns))[:len(columns)]))
                             for i in institutions[:INSTITUTIONS_SHOWN]],
            "institution_columns": columns,
            "institutions_more": (more_items(len(institutions) - INSTITUTIONS_SHOWN, lang, s)
                                  if len(institutions) > INSTITUTIONS_SHOWN else ""),
            "institutions_count": len(institutions)}


def _fill_scores(ctx: ReportContext, q: Questionnaire, answers: Mapping[str, Answer], scores: ScoreResult,
                 lang: str, s: Strings) -> None:
    """Section scores and their chart, the heatmap, the detail by policy question, the SDG table,
    the follow-ups and every answer (Annex C)."""
    pqs = scores.policy_questions
    for sec in q.sections:
        sc = scores.sections.get(sec.id)
        if sc is None:
            continue
        val = sc.shown
        band = sc.band or ""  # a section's band once it is at least half known (rules 3.0)
        pts, mx = round_half_up(sc.points, 4), round_half_up(sc.max_points, 4)
        weight = scores.weights.get(sec.id, sc.weight)
        if val is not None:
            label = band_label(band, lang, provisional=not band)
        else:  # nothing known yet (an area), or nothing to score for this country (S2 weighs 0)
            label = s["not_assessed"] if sc.primary and weight else s["no_score"]
        ctx.section_scores.append(SectionScore(
            sec.id, tr(sec.label, lang), fmt_score(val, lang) if val is not None else "–", val, band, label,
            f"{_as_reasons(pts, lang)} / {_as_reasons(mx, lang)}" if mx else "–",
            sc.dont_know, _as_reasons(weight, lang) if weight is not None else "–", list(sc.reasons)))
    order = [p.code for p in q.policy_questions if p.code in pqs] or sorted(pqs)
    ctx.chart = ChartData(  # drawn by matplotlib, not printed by the templates: typeset here
        [typeset(f"{x.id} {x.label}", lang) for x in ctx.section_scores], [x.value for x in ctx.section_scores],
        [x.band_code for x in ctx.section_scores], [typeset(x.band_label, lang) for x in ctx.section_scores],
        order, [pqs[c].need for c in order], [pqs[c].availability for c in order],
        s["need"], s["availability"], lang)
    ctx.chart_alt = _chart_alt(q, scores, ctx.section_scores, lang, s)
    ctx.heatmap = _heatmap(q, scores, lang, s)
    for p in q.policy_questions:
        d = pqs.get(p.code)
        if d is None:
            continue
        ctx.policy_blocks.append(PolicyBlock(
            p.code, d.label or tr(p.label, lang),
            str(d.rank) if d.rank is not None else "–", fmt_number(d.need, lang),
            fmt_number(d.availability, lang) if d.assessed else "–",
            fmt_number(d.gap, lang), fmt_number(d.priority, lang),
            editorial.list_item_case(d.gap_type_label, lang),  # after 'Тип пробела:' (ru: lower case)
            [editorial.code_and_name(c, tr(best.label, lang), lang) if (best := q.source(c)) else c
             for c in d.best_sources],
            d.triangulation, d.quick_win, list(d.reasons)))
    ctx.sdg_rows = sorted((SdgRow(code, str(x.number or code), x.label, x.status, x.status_label)
                           for code, x in scores.sdg.items()), key=lambda r: sdg_order(r.number))
    ctx.follow_ups = [FollowUp(f.key, f.label, f.section) for f in scores.follow_up]
    ctx.not_applicable = [NotApplicableRow(n.section, n.label, n.reason, bounded_text(n.comment, lang, s))
                          for n in scores.not_applicable]
    ctx.annex = [AnnexSection(sec.id, f"{sec.id}. {tr(sec.label, lang)}", annex_blocks(q, answers, sec.id, lang, s))
                 for sec in q.sections]
    ctx.methodology = list(s["methodology"])
    ctx.completeness_formula = completeness_formula(scores, lang, s)
    if scores.custom_weights is not None:  # the assessment's own weights: a labelled figure, no band
        weights = fmt_list([f"{sid} {fmt_number(w, lang, 2 if w != int(w) else 0)}"
                            for sid, w in scores.custom_weights.items() if w != scores.weights.get(sid)], lang)
        ctx.methodology.append(fill(s["method_custom"], 
            label=custom_weights_label(lang), weights=weights,
            score=fmt_score(scores.custom_overall, lang) if scores.custom_overall is not None else "–"))


def _as_reasons(x: float, lang: str) -> str:
    """Points and weights in Annex A's table as its reasons write them below ("8.35 / 12", weight
    "12", zh 35: the table read "8.4 / 12.0" above "8.35 of 12")."""
    return isolate_inline(editorial.number(x, lang, 2, trim=True), lang)


def review_summary(q: Questionnaire, answers: Mapping[str, Answer], reviews: Mapping[str, rv.Review],
                   lang: str, s: Strings) -> ReviewSummary:
    """Review coverage ("Review items (…): 160; validated: 142 (5 need follow-up, 2 disputed and 11
    not reviewed)." — a review item is an answer as a person reads one: a question, a grid row, a
    matrix cell; "none of the 160 review items has been reviewed yet" when none is, never that none
    is disputed) and the items disputed or needing follow-up, disputed first."""
    c = rv.coverage(q, answers, reviews)
    stop = editorial.full_stop(lang)
    if c.total and not (c.validated or c.follow_up or c.disputed):  # nothing reviewed yet: say so, no more
        return ReviewSummary(plural(s["review_not_started"], c.total, lang, total=fmt_number(c.total, lang)), [],
                             reviewed=False)
    parts = [plural(s[key], n, lang) for key, n in (("review_follow_up_n", c.follow_up),
                                                     ("review_disputed_n", c.disputed),
                                                     ("review_not_reviewed_n", c.not_reviewed)) if n]
    text = plural(s["review_coverage"], c.validated, lang, total=fmt_number(c.total, lang))
    coverage = f"{text}{editorial.bracketed(fmt_list(parts, lang), lang)}{stop}" if parts else f"{text}{stop}"
    rows = []
    for u in rv.to_follow_up(q, answers, reviews):
        item = q.item(u.unit.split(".")[0])
        rows.append(ReviewRow(item.section_id if item is not None else "", rv.unit_wording(q, u.unit, lang),
                              s[f"review_{u.status}"], bounded_text(u.review.note, lang, s) if u.review else ""))
    return ReviewSummary(coverage, rows)


def sdg_order(number: str) -> tuple[tuple[int, int | str], ...]:
    """The order of SDG indicator numbers: goal, target, indicator, numbers before letters
    ("8.3.1" < "9.5.1" < "9.c.1" < "11.1.1")."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in number.split("."))


def _chart_alt(q: Questionnaire, scores: ScoreResult, sections: list[SectionScore], lang: str,
               s: Strings) -> dict[str, str]:
    """Each chart's alternative text states what it shows: the highest and lowest areas, the
    largest gaps and where availability meets the need."""
    scored = sorted((x for x in sections if x.value is not None), key=lambda x: (-(x.value or 0), x.id))

    def areas(xs: list[SectionScore]) -> str:
        return fmt_list([fill(s["chart_score_item"], area=f"{x.id} {x.label}", score=x.score, band=x.band_label)
                         for x in xs], lang)

    alt = {"sections": s["no_score"]}
    if scored:
        n = min(2, len(scored) // 2) or 1
        alt["sections"] = fill(s["chart_sections_alt"], high=areas(scored[:n]), low=areas(scored[::-1][:n]))
    pqs = scores.policy_questions
    gaps = sorted((c for c in pqs if pqs[c].gap), key=lambda c: (-(pqs[c].gap or 0), c))[:3]
    met = [c for c in sorted(pqs) if pqs[c].need is not None and not pqs[c].gap]
    items = [fill(s["chart_gap_item"], pq=pq_name(q, c, lang), need=fmt_number(pqs[c].need, lang),
                                        availability=fmt_number(pqs[c].availability, lang)) for c in gaps]
    alt["pq"] = fill(s["chart_pq_alt"], gaps=fmt_list(items, lang) or s["none"]) + (
        fill(s["chart_pq_alt_met"], met=fmt_list(met, lang)) if met else "")
    return alt


def _heatmap(q: Questionnaire, scores: ScoreResult, lang: str, s: Strings) -> Heatmap:
    level_text = {i: s[f"level_{i}"] for i in range(4)}
    rows = []
    marked = False
    for p in q.policy_questions:
        cells = []
        for src in q.sources:
            c = scores.cells.get(f"{p.code}.{src.code}")
            lvl = c.level if c is not None else None
            rel = (c.relevance if c is not None else None) or (
                q.matrix.relevance.get((p.code, src.code)) if q.matrix else None)
            # a level that rests on fields not stated or "don't know" is marked: not evidence
            unconfirmed = c is not None and lvl is not None and lvl < min(
                (v for f, v in c.caps.items() if f not in c.unknown), default=3)
            cells.append(HeatCell("–" if lvl is None else f"{int(lvl)}{'*' if unconfirmed else ''}",
                                  "ln" if lvl is None else f"l{int(lvl)}",
                                  "●" if rel == "main" else "○" if rel == "supporting" else ""))
            marked = marked or unconfirmed
        rows.append(HeatRow(p.code, tr(p.short, lang) if p.short else "", cells))
    return Heatmap([(src.code, tr(src.label, lang)) for src in q.sources], rows,
                   [("ln", s["level_none"])] + [(f"l{i}", level_text[i].split(" ", 1)[1]) for i in range(4)],
                   s["level_unconfirmed"] if marked else "")


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
