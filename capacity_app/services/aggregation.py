"""Aggregation as the command line and the window run it: the consolidated workbook and the
analyst's files (``exchange.aggregate``), then the cross-country PDF (``reports.aggregate``) from
the same run. The PDF's plain data (:class:`~capacity_app.reports.aggregate.summary.AggregateSummary`) is
built here from the run's tables, so ``exchange`` never imports ``reports``."""
from __future__ import annotations

import datetime as _dt
from pathlib import Path

from .. import jobs
from ..files import OutputError, disk_error, write_reason
from ..catalog import countries
from ..catalog.aggregate_texts import label, text
from ..domain.labels import SDG_STATUSES, sdg_status_label
from ..domain.languages import is_rtl
from ..domain.plan import implementation as impl
from ..domain.plan.cost import rounded
from ..domain.questionnaire import Questionnaire, tr
from ..domain.scoring import RULES_VERSION
from ..exchange.aggregate.run import aggregate as _aggregate
from ..exchange.aggregate.groups import GROUP, REGION, WORLD, natural_key, region_rows, trend_rows
from ..exchange.aggregate.implementation import figures_by_country
from ..exchange.aggregate.model import ACCEPTED, CONFLICT, STATUS_FINAL, AggregateReport, no_band_text
from ..exchange.aggregate.plans import rollup
from ..exchange.aggregate.tables import (
    band_text,
    covered,
    group_name,
    members,
    pct,
    provisional_rounds,
    r1,
    sdg_labels,
    tl,
)
from .base import ServiceError, check_language
from .outputs import check_output_folder, check_output_path
from ..reports.aggregate.summary import (
    AggregateSummary,
    CountryRow,
    FileRow,
    FundRow,
    GroupRow,
    ImplementationRow,
    PlanRow,
    SdgRow,
    TrendRow,
    write_aggregate_pdf,
)


def aggregate(paths, out_xlsx, *, pdf_out=None, bundle_dir=None, progress=None, cancelled=None, db_path=None,
              backup_dir=None, prefer=(), round_year=None, status_filter="any", sids_list="m49", lang="en",
              include_provisional=False, period=None, kept_reads=None):
    """Consolidate country workbooks (files or folders): the workbook ``out_xlsx`` (None: read
    only), the analyst's files ``bundle_dir``, the PDF ``pdf_out`` (:func:`run`;
    ``prefer``: uids or files settling conflicts, ``round_year``: the round of the roll-ups,
    ``status_filter`` "final": final assessments only, ``sids_list``: "m49" or "ohrlls", ``lang``:
    labels, ``include_provisional``: count provisional scores in the roll-ups, ``period``: the
    reporting period of the implementation figures, default the latest reported; ``kept_reads``: a
    :class:`~capacity_app.exchange.aggregate.kept.KeptReads` of earlier runs, whose unchanged files are not read again). An input that does not exist is refused before anything is written; the outputs are
    checked against the database ``db_path`` and its backups (``services.outputs``)."""
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise ServiceError(f"{missing[0]}: no such file or folder; nothing was aggregated")
    check_language(lang)
    for out in (out_xlsx, pdf_out):
        if out is not None:
            check_output_path(out, db_path, backup_dir)
    if bundle_dir is not None:  # a folder: an earlier bundle there is replaced (aggregate_bundle)
        check_output_folder(bundle_dir, db_path, backup_dir, "the analyst's files")
    return run(paths, out_xlsx, pdf_out=pdf_out, bundle_dir=bundle_dir, progress=progress, cancelled=cancelled,
               prefer=tuple(prefer), round_year=round_year, status_filter=status_filter, sids_list=sids_list,
               lang=lang, include_provisional=include_provisional, period=period, kept_reads=kept_reads)


def run(paths, out_xlsx, *, pdf_out=None, bundle_dir=None, progress=None, cancelled=None, prefer=(),
        round_year=None, status_filter="any", sids_list=countries.SIDS_M49, lang="en",
        include_provisional=False, period=None, kept_reads=None) -> AggregateReport:
    """Aggregate ``paths`` into ``out_xlsx`` (None: read only), ``bundle_dir`` and ``pdf_out``;
    a cancelled run leaves none of its outputs, nor one that meets a full disk or a file-size limit
    (one line, :class:`files.OutputError`)."""
    try:
        return _run(paths, out_xlsx, pdf_out=pdf_out, bundle_dir=bundle_dir, progress=progress,
                    cancelled=cancelled, prefer=prefer, round_year=round_year, status_filter=status_filter,
                    sids_list=sids_list, lang=lang, include_provisional=include_provisional, period=period,
                    kept_reads=kept_reads)
    except Exception as exc:
        disk = disk_error(exc)
        if disk is None:
            raise
        written = [Path(p) for p in (out_xlsx, pdf_out) if p is not None]
        for p in written:  # outputs this run replaced already: none of them is left, as on a cancel
            Path(p).unlink(missing_ok=True)
        if getattr(type(exc), "user_error", False):
            raise
        where = out_xlsx or bundle_dir or pdf_out
        raise OutputError(f"{where}: {write_reason(disk)}; nothing of the aggregation was written") from None


def _run(paths, out_xlsx, *, pdf_out, bundle_dir, progress, cancelled, prefer, round_year, status_filter,
         sids_list, lang, include_provisional, period=None, kept_reads=None) -> AggregateReport:
    share = 0.9 if pdf_out else 1.0
    rep = _aggregate(paths, out_xlsx, bundle_dir=bundle_dir, progress=jobs.scaled(progress, 0.0, share),
                     cancelled=cancelled, prefer=prefer, round_year=round_year, status_filter=status_filter,
                     sids_list=sids_list, lang=lang, include_provisional=include_provisional, period=period,
                     kept_reads=kept_reads)
    if pdf_out is not None:
        try:
            from ..exchange.aggregate.extract import questionnaire

            rep.out_pdf = write_aggregate_pdf(summary(rep, questionnaire()), Path(pdf_out),
                                              jobs.scaled(progress, 0.9, 1.0), cancelled)
        except jobs.Cancelled:
            if rep.out_xlsx is not None:
                Path(rep.out_xlsx).unlink(missing_ok=True)
            raise
    return rep


def _group_row(g, rep: AggregateReport, lang: str) -> GroupRow:
    s = g.overall
    prov = {r.country for r in rep.used if r.provisional}
    return GroupRow(label("grouping", g.grouping, lang), g.group, group_name(g.grouping, g.group, lang),
                    covered(g.grouping, g.group, g.countries, rep), members(g.grouping, g.group, rep), r1(s.mean),
                    r1(s.median), r1(s.q1), r1(s.q3), " ".join(g.countries), len(prov.intersection(g.overall_countries)))


def _plan_row(g, plan_of: dict, lang: str) -> PlanRow:
    """The plans of a region's countries summed as the workbook's "Action plans by group" sheet
    sums them (``aggregate_plans.rollup``, whole dollars half-up)."""
    ro = rollup(plan_of.get(iso) for iso in g.countries)
    usd = ro.usd_countries > 0
    return PlanRow(g.group, group_name(g.grouping, g.group, lang), ro.assessed, ro.countries, ro.actions,
                   ro.validated, pct(ro.validated_share), ro.usd_countries,
                   int(rounded(ro.cost_usd)) if usd else None, int(rounded(ro.gap_usd)) if usd else None)


def _implementation_row(g, figures: dict, lang: str) -> ImplementationRow:
    """The implementation of a region's countries as the workbook's "Implementation by group"
    sheet sums them (``domain.plan.implementation.rollup``)."""
    ro = impl.rollup(figures.get(iso) for iso in g.countries)
    return ImplementationRow(g.group, group_name(g.grouping, g.group, lang), ro.assessed, ro.reporting,
                             ro.action_count, tuple(ro.actions[s] for s in impl.ACTION_STATES),
                             tuple(ro.indicators[s] for s in impl.INDICATOR_STANDINGS[:3]))


def _fund_rows(figures: dict, lang: str, names: dict) -> list[FundRow]:
    """The world's partners, then their total (the sum of exactly those rows), whole dollars."""
    rows, total = [], dict.fromkeys(impl.FUND_KINDS, 0)
    for (funding, funder), p in impl.partner_rollup(figures.items(), names or None).items():
        amounts = tuple(int(p.sums[k]) for k in impl.FUND_KINDS)
        rows.append(FundRow(funder or label("funding", funding, lang), p.countries, amounts))
        for k, a in zip(impl.FUND_KINDS, amounts, strict=True):
            total[k] += a
    if rows:
        rows.append(FundRow(text("pdf.funds_total", lang), None, tuple(total.values()), True))
    return rows


def _implementation_part(rep: AggregateReport, counted, lang: str) -> dict:
    """The summary's implementation page: the world and the regions, the world's partners, over
    the countries whose plans the roll-ups count (``counted``: a provisional score counted too)."""
    if not rep.period:
        return {}
    figures = figures_by_country(rep)
    return {"period": rep.period, "period_as_of": rep.as_of,
            "implementation": [_implementation_row(g, figures, lang) for g in counted if g.grouping in (WORLD, REGION)],
            "funds": _fund_rows(figures, lang, rep.partners), "funds_countries": impl.rollup(figures.values()).usd_countries}


def no_rate_warning(rep: AggregateReport, lang: str) -> list[str]:
    """The countries of the roll-ups whose money the USD sums leave out (no rate), in ``lang``."""
    named = [f"{_name(r.country, lang)} ({' '.join(r.implementation.no_rate)})"
             for r in sorted(rep.plan_rounds, key=lambda r: r.country)
             if r.implementation is not None and r.implementation.reporting and r.implementation.no_rate]
    return [text("pdf.care_no_rate", lang, list=text("sep.list", lang).join(named))] if named else []


def merged_partners_warning(rep: AggregateReport, lang: str) -> list[str]:
    """The partners whose spellings were merged across countries, each spelling with the
    countries writing it (methodology section 19), in ``lang``."""
    # each name isolated in a right-to-left summary (first strong isolate: a name in Arabic too)
    iso = (lambda t: f"\u2068{t}\u2069") if is_rtl(lang) else (lambda t: t)
    named = [iso(shown) + " (" + " / ".join(iso(f"{s} [{' '.join(cs)}]") for s, cs in spellings.items()) + ")"
             for (_f, _k), (shown, spellings) in sorted(rep.partners.items()) if len(spellings) > 1]
    return [text("pdf.care_partners_merged", lang, list=text("sep.list", lang).join(named))] if named else []


def _name(iso3: str, lang: str) -> str:
    c = countries.lookup(iso3)
    return countries.localized_name(c, lang) if c else iso3


def conflicts_of(rep: AggregateReport) -> list[tuple[str, int | None]]:
    """(country, round) of every assessment whose workbooks conflict, in order."""
    return sorted({(f.country, f.round) for f in rep.files if f.status == CONFLICT}, key=lambda k: (k[0], k[1] or 0))


def warnings_of(rep: AggregateReport, lang: str) -> list[str]:
    """The "read with care" lines, in ``lang``."""
    out = []
    for r in rep.used:
        if r.record.checksum == "mismatch":
            out.append(text("pdf.care_edited", lang, file=r.record.name, country=r.country, round=r.record.round))
    unfinished = [r for r in rep.used if r.record.assessment_status != "final"]
    if unfinished:
        out.append(text("pdf.care_drafts", lang, n=len(unfinished), list=text("sep.list", lang).join(
            f"{r.country} {r.record.round} ({label('assessment_status', r.record.assessment_status, lang)})"
            for r in unfinished)))
    prov = provisional_rounds(rep)
    if prov:
        out.append(text("pdf.care_provisional_in" if rep.include_provisional else "pdf.care_provisional_out", lang,
                        list=text("sep.list", lang).join(
                            f"{r.country} {r.record.round} ({no_band_text(r.recomputed, lang)})"
                            for r in prov)))
    not_final = sorted((r for r in rep.rounds if r.rollup_note == "not_final"), key=lambda r: r.country)
    if not_final:
        out.append(text("pdf.care_not_final", lang, list=text("sep.list", lang).join(
            f"{r.country} {r.record.round} ({label('assessment_status', r.record.assessment_status, lang)})"
            for r in not_final)))
    if rep.conflicts:
        out.append(text("pdf.care_conflicts", lang, list=text("sep.list", lang).join(
            f"{_name(iso, lang)} ({iso}) {rnd}" for iso, rnd in conflicts_of(rep))))
    if rep.excluded:
        out.append(text("pdf.care_excluded", lang, list=", ".join(sorted({r.country for r in rep.excluded}))))
    return out + no_rate_warning(rep, lang) + merged_partners_warning(rep, lang)


def summary(rep: AggregateReport, q: Questionnaire) -> AggregateSummary:
    """The plain data the PDF summary shows, figures rounded once."""
    lang = rep.lang
    used = sorted(rep.used, key=lambda r: r.country)
    pq_codes = [p.code for p in q.policy_questions]
    flags = {"draft": text("pdf.flag_draft", lang), "in_progress": text("pdf.flag_in_progress", lang)}
    rows = []
    for r in used:
        c = countries.lookup(r.country)
        sc = r.scores
        f = [text("pdf.flag_edited", lang)] if r.record.checksum == "mismatch" else []
        if r.record.assessment_status in flags:
            f.append(flags[r.record.assessment_status])
        rows.append(CountryRow(
            r.country, countries.localized_name(c, lang) if c else r.country,
            countries.area_name(sc.region, lang) if sc.region else "", r.record.round, r1(sc.overall), r1(r.change),
            sc.band, band_text(sc, lang), pct(r.recomputed.completeness), pct(r.recomputed.dont_know), tuple(f),
            {p: (sc.pq.get(p) or (None, None))[1] for p in pq_codes}))
    rolled = region_rows([r.scores for r in used], [])
    regions = [_group_row(g, rep, lang) for g in rolled if g.grouping in (WORLD, REGION)]
    # a plan, its implementation and its money counted whatever the score (methodology section 19)
    counted = region_rows([r.scores for r in sorted(rep.plan_rounds, key=lambda r: r.country)], [])
    plan_of = {r.country: r.plan for r in rep.plan_rounds}
    plans = [_plan_row(g, plan_of, lang) for g in counted if g.grouping in (WORLD, REGION)]
    groups = [_group_row(g, rep, lang) for g in rolled if g.grouping not in (WORLD, REGION)]
    trend_input = [r.scores for r in rep.trend_rounds]
    rounds_seen = {r.round for r in trend_input}
    trends = [TrendRow(group_name(t.grouping, t.group, lang), t.round, len(t.countries), r1(t.overall.mean),
                       r1(t.overall.median))
              for t in trend_rows(trend_input) if len(rounds_seen) > 1 and t.grouping in (WORLD, REGION, GROUP)]
    sdg_codes = sorted({code for r in used for code in r.scores.sdg}, key=natural_key)
    item_labels = sdg_labels(q)
    # a column per status some country has (nine statuses since no column of zeros)
    seen = {st for r in used for st in r.scores.sdg.values()}
    sdg_statuses = [st for st in SDG_STATUSES if st in seen] or list(SDG_STATUSES)
    sdg = [SdgRow(code, tl(item_labels.get(code, code), lang),
                  [sum(1 for r in used if r.scores.sdg.get(code) == s) for s in sdg_statuses]) for code in sdg_codes]
    states: dict[str, str] = {}
    for r in rep.rounds:
        c = countries.lookup(r.country)
        if c is None or not c.m49 or c.fictional:
            continue
        if r.in_rollups:
            states[c.m49] = r.scores.band or ("provisional" if r.provisional else "not_in_rollups")
        else:
            states.setdefault(c.m49, "not_in_rollups")
    for iso, _rnd in conflicts_of(rep):  # assessed, but its workbooks conflict: said, never "not assessed"
        c = countries.lookup(iso)
        if c is not None and c.m49 and not c.fictional and states.get(c.m49, "not_in_rollups") == "not_in_rollups":
            states[c.m49] = "conflict"
    rounds_note = (text("about.rounds_latest", lang) if rep.round_year is None
                   else text("about.rounds_year", lang, year=rep.round_year))
    others = sum(1 for r in rep.rounds if r.rollup_note in ("other_round", "not_round"))  # the rest: Read with care
    if others:
        rounds_note += "; " + text("pdf.other_rounds", lang, n=others)
    return AggregateSummary(
        lang=lang, generated=_dt.datetime.now(_dt.UTC), accepted=rep.accepted, rejected=rep.rejected,
        superseded=rep.superseded, conflicts=rep.conflicts, countries=rows, regions=regions, groups=groups,
        trends=trends, sdg_statuses=[sdg_status_label(s, lang) for s in sdg_statuses], sdg=sdg, pq_codes=pq_codes,
        pq_labels={p.code: tr(p.label, lang) for p in q.policy_questions},
        problems=[FileRow(f.path, label("file_status", f.status, lang), f.reason_text(lang))
                  for f in rep.files if f.status != ACCEPTED],
        warnings=warnings_of(rep, lang), rules_version=RULES_VERSION, rounds_note=rounds_note,
        status_note=text("about.status_final" if rep.status_filter == STATUS_FINAL else "about.status_any", lang),
        list_date=rep.list_date, sids_name=text(f"sids_list.{rep.sids_list}", lang), map_states=states,
        plans=plans, **_implementation_part(rep, counted, lang))
