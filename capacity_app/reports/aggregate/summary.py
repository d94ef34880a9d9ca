"""The cross-country summary of an aggregation, as a PDF: the same pipeline as the country report.

Fed by plain data (:class:`AggregateSummary`, built by ``services.aggregation`` from the run's
tables; this layer never imports ``exchange``): figures already rounded once, half-up; codes beside
their labels; every fixed text from ``resources/aggregate/strings.yaml`` in the summary's language
(numbers with that language's decimal sign). Turned into a documented template context
(:class:`AggregateContext`), rendered with the report's jinja2 environment (autoescape,
StrictUndefined) from ``resources/report/aggregate.html.j2``, and written by
:func:`~capacity_app.reports.pdf.write_document`: the bundled fonts, the fetcher that serves only
bundled resources, PDF/A-3a tagging, and an atomic, fsynced write. Every text in it comes from
untrusted workbooks: nothing is marked safe."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ... import __version__, jobs
from ...catalog.aggregate_texts import text
from ...domain.editorial import percent_sign

TEMPLATE = "aggregate.html.j2"


@dataclass(frozen=True)
class CountryRow:
    """One country in the roll-ups (figures rounded, labels in the summary's language)."""

    code: str
    name: str
    region: str
    round: int | None
    overall: float | None
    change: float | None
    band: str  # code ("" when provisional or not scored)
    band_label: str
    completeness: float | None  # per cent
    dont_know: float | None  # per cent
    flags: tuple[str, ...] = ()  # labels: edited, draft, in progress
    availability: dict[str, float | None] = field(default_factory=dict)  # policy question -> 0..3


@dataclass(frozen=True)
class GroupRow:
    grouping: str  # label
    code: str
    name: str
    countries: int
    members: int | None
    mean: float | None
    median: float | None
    q1: float | None
    q3: float | None
    codes: str  # the ISO3 codes behind the figures
    provisional: int = 0  # of them, provisional scores (counted only when the user included them)


@dataclass(frozen=True)
class PlanRow:
    """The action plans of the world or a region (``exchange.aggregate_plans.rollup``): plans of
    the ``assessed`` countries, their actions, how many the governments validated, and the cost and
    financing gap in US dollars (whole dollars, half-up) summed over the ``usd_countries`` whose
    workbooks give a USD equivalent for every cost line (None: none does)."""

    code: str
    name: str
    assessed: int
    with_plan: int
    actions: int
    validated: int
    validated_share: float | None  # per cent, one decimal
    usd_countries: int
    cost_usd: int | None
    gap_usd: int | None


@dataclass(frozen=True)
class ImplementationRow:
    """The implementation of the plans of the world or a region in the period
    (``domain.plan.implementation.rollup``): of the ``assessed`` countries, those ``reporting``;
    their actions by state (done, in progress, late, dropped, not started) and their indicators
    by standing (on track, at risk, off track)."""

    code: str
    name: str
    assessed: int
    reporting: int
    actions: int
    states: tuple[int, ...]
    indicators: tuple[int, ...]


@dataclass(frozen=True)
class FundRow:
    """A partner's money in the period over the world's reporting countries in whole US dollars
    (pledged, committed, disbursed, spent); the last row, ``total``, sums the rows above it."""

    partner: str
    countries: int | None
    amounts: tuple[int, ...]
    total: bool = False


@dataclass(frozen=True)
class TrendRow:
    name: str
    round: int
    countries: int
    mean: float | None
    median: float | None


@dataclass(frozen=True)
class SdgRow:
    code: str
    label: str
    counts: list[int]  # countries per status, in the order of ``sdg_statuses``


@dataclass(frozen=True)
class FileRow:
    path: str
    status: str  # label
    reason: str


@dataclass
class AggregateSummary:
    """What the summary shows, ready to lay out."""

    lang: str
    generated: _dt.datetime
    accepted: int
    rejected: int
    superseded: int
    conflicts: int
    countries: list[CountryRow]
    regions: list[GroupRow]  # the world and the regions
    groups: list[GroupRow]  # sub-regions, intermediate regions, LDC / LLDC / SIDS
    trends: list[TrendRow]
    sdg_statuses: list[str]  # labels
    sdg: list[SdgRow]
    pq_codes: list[str]
    pq_labels: dict[str, str]
    problems: list[FileRow]
    warnings: list[str]  # in the summary's language
    rules_version: str
    rounds_note: str
    status_note: str
    list_date: str
    sids_name: str
    map_states: dict[str, str] = field(default_factory=dict)  # M49 code -> band | provisional | not_in_rollups | conflict
    plans: list[PlanRow] = field(default_factory=list)  # the world and the regions, as the workbook's plan sheets
    period: str = ""  # the implementation's period ("": no country reports)
    period_as_of: str = ""  # ISO date it is judged on
    implementation: list[ImplementationRow] = field(default_factory=list)  # the world and the regions
    funds: list[FundRow] = field(default_factory=list)  # the world's partners, then their total
    funds_countries: int = 0  # the countries behind the USD sums


@dataclass(frozen=True)
class HeatCell:
    text: str  # the level, or "–"
    css: str  # "l0".."l3" or "none"


@dataclass(frozen=True)
class HeatRow:
    country: str
    cells: list[HeatCell]


@dataclass
class AggregateContext:
    """The template's context (``c`` in aggregate.html.j2); every field is used by the template."""

    t: dict[str, str]  # the fixed texts (pdf.* keys without the prefix)
    lang: str
    title: str
    generated: str
    generated_iso: str
    app_version: str
    run_line: str
    warnings: list[str]
    countries: list[dict[str, str]]
    regions: list[dict[str, str]]
    groups: list[dict[str, str]]
    trends: list[dict[str, str]]
    figures_note: str
    sdg_statuses: list[str]
    sdg: list[SdgRow]
    pq_codes: list[str]
    pq_legend: list[tuple[str, str]]
    heatmap: list[HeatRow]
    problems: list[FileRow]
    plans: list[dict[str, str]] = field(default_factory=list)  # the world and the regions' plans
    plan_headers: dict[str, str] = field(default_factory=dict)  # the workbook's column headers
    map_svg: str = ""  # world map of the overall score (an SVG document), or ""
    implementation_title: str = ""  # "" : no implementation page
    implementation_note: str = ""
    implementation: list[dict[str, str]] = field(default_factory=list)
    impl_headers: dict[str, str] = field(default_factory=dict)  # the workbook's column headers
    funds_title: str = ""
    funds_note: str = ""
    funds: list[dict[str, Any]] = field(default_factory=list)


def number(v: float | None, lang: str, places: int = 1, sign: bool = False) -> str:
    """A figure already rounded, in the language's way ("48,1" in French); "–" for none."""
    if v is None:
        return "–"
    from babel.numbers import format_decimal

    pattern = ("+" if sign else "") + "0." + "0" * places + (";-0." + "0" * places if sign else "")
    return format_decimal(v, format=pattern, locale=lang)


def money(v: int | None, lang: str) -> str:
    """Whole US dollars with the language's grouping ("1 250 000" in French); "–" for none."""
    if v is None:
        return "–"
    from babel.numbers import format_decimal

    return format_decimal(v, format="#,##0", locale=lang)


IMPL_HEADERS = ("reporting_countries", "n_actions", "done", "in_progress", "late", "dropped", "not_started",
                "ind_on_track", "ind_at_risk", "ind_off_track", "partner", "partner_countries", "pledged_usd",
                "committed_usd", "disbursed_usd", "spent_usd")


def _implementation(summary: AggregateSummary) -> dict[str, Any]:
    """The implementation page's part of the context (empty when no country reports)."""
    lang = summary.lang
    if not summary.period or not any(r.reporting for r in summary.implementation):
        return {}
    from babel.dates import format_date

    as_of = format_date(_dt.date.fromisoformat(summary.period_as_of), format="long", locale=lang)
    rows = [{"code": r.code, "name": r.name,
             "reporting": text("pdf.coverage_value", lang, n=r.reporting, of=r.assessed),
             "actions": str(r.actions), "states": [str(n) for n in r.states],
             "indicators": [str(n) for n in r.indicators]} for r in summary.implementation]
    funds = [{"partner": f.partner, "countries": "" if f.countries is None else str(f.countries),
              "amounts": [money(a, lang) for a in f.amounts], "total": f.total} for f in summary.funds]
    return {"implementation_title": text("pdf.implementation", lang, period=summary.period),
            # the rule said where the figures are: a provisional score never takes a plan out of them
            "implementation_note": text("pdf.implementation_note", lang, period=summary.period, as_of=as_of)
            + ("" if lang == "zh" else " ") + text("pdf.implementation_provisional", lang),  # no space in Chinese
            "implementation": rows, "impl_headers": {k: text(f"col.{k}", lang) for k in IMPL_HEADERS},
            "funds_title": text("pdf.funds", lang, period=summary.period) if funds else "",
            "funds_note": text("pdf.funds_note", lang, n=summary.funds_countries), "funds": funds}


PLAN_HEADERS = ("with_plan", "actions", "validated", "validated_share", "cost_usd", "gap_usd", "usd_countries")


def _plan_dict(p: PlanRow, lang: str) -> dict[str, str]:
    return {"code": p.code, "name": p.name,
            "with_plan": text("pdf.coverage_value", lang, n=p.with_plan, of=p.assessed),
            "actions": str(p.actions), "validated": str(p.validated),
            "validated_share": "–" if p.validated_share is None else number(p.validated_share, lang) + percent_sign(lang),
            "cost_usd": money(p.cost_usd, lang), "gap_usd": money(p.gap_usd, lang),
            "usd_countries": str(p.usd_countries)}


def _coverage(g: GroupRow, lang: str) -> str:
    """"3 of 57", with how many provisional scores the figures hold when the user included them."""
    out = text("pdf.coverage_value", lang, n=g.countries, of=g.members) if g.members else str(g.countries)
    return text("pdf.coverage_provisional", lang, coverage=out, n=g.provisional) if g.provisional else out


def _group_dict(g: GroupRow, lang: str) -> dict[str, str]:
    quart = "–" if g.q1 is None else f"{number(g.q1, lang)} – {number(g.q3, lang)}"
    return {"grouping": g.grouping, "code": g.code, "name": g.name,
            "coverage": _coverage(g, lang),
            "mean": number(g.mean, lang), "median": number(g.median, lang), "quartiles": quart, "codes": g.codes}


def build_context(summary: AggregateSummary, map_svg: str = "") -> AggregateContext:
    lang = summary.lang
    strings = {k[4:]: text(k, lang) for k in _pdf_keys()}
    now = summary.generated
    from babel.dates import format_date

    heat = [HeatRow(c.code, [HeatCell("–", "none") if c.availability.get(p) is None
                             else HeatCell(f"{c.availability[p]:g}", f"l{int(c.availability[p] or 0)}")
                             for p in summary.pq_codes])
            for c in summary.countries]
    rounds = summary.rounds_note
    run = text("pdf.run", lang, accepted=summary.accepted, rejected=summary.rejected, superseded=summary.superseded,
               conflicts=summary.conflicts, countries=len(summary.countries), rounds=rounds, status=summary.status_note,
               rules=summary.rules_version or "–")
    return AggregateContext(
        t=strings, lang=lang, title=text("pdf.title", lang),
        generated=text("pdf.generated", lang, date=format_date(now.date(), format="long", locale=lang)),
        generated_iso=now.isoformat(timespec="seconds"), app_version=__version__, run_line=run,
        warnings=list(summary.warnings),
        countries=[{"code": c.code, "name": c.name, "region": c.region, "round": str(c.round or ""),
                    "overall": number(c.overall, lang), "change": number(c.change, lang, sign=True) if c.change is not None else "",
                    "band": c.band_label or "–", "completeness": number(c.completeness, lang, 1) + percent_sign(lang)
                    if c.completeness is not None else "–",
                    "dont_know": number(c.dont_know, lang, 1) + percent_sign(lang) if c.dont_know is not None else "–",
                    "flags": ", ".join(c.flags)} for c in summary.countries],
        regions=[_group_dict(g, lang) for g in summary.regions],
        groups=[_group_dict(g, lang) for g in summary.groups],
        trends=[{"name": t.name, "round": str(t.round), "countries": str(t.countries), "mean": number(t.mean, lang),
                 "median": number(t.median, lang)} for t in summary.trends],
        figures_note=text("pdf.figures_note", lang, date=summary.list_date, sids=summary.sids_name),
        sdg_statuses=list(summary.sdg_statuses), sdg=list(summary.sdg), pq_codes=list(summary.pq_codes),
        pq_legend=[(p, summary.pq_labels.get(p, "")) for p in summary.pq_codes],
        heatmap=heat, problems=list(summary.problems),
        plans=[_plan_dict(p, lang) for p in summary.plans] if any(p.with_plan for p in summary.plans) else [],
        plan_headers={k: text(f"col.{k}", lang) for k in PLAN_HEADERS}, map_svg=map_svg, **_implementation(summary))


def _pdf_keys() -> list[str]:
    from ...catalog.aggregate_texts import strings

    return [k for k in strings() if k.startswith("pdf.")]


def render_html(ctx: AggregateContext) -> str:
    from ..pdf import template_env  # WeasyPrint's modules only for a run that writes the PDF

    return template_env().get_template(TEMPLATE).render(c=ctx)


def write_aggregate_pdf(summary: AggregateSummary, out_path, progress: jobs.Progress = None,
                        cancelled: jobs.CancelCheck = None) -> Path:
    """Write the summary PDF to ``out_path`` (long work: the job model; on cancel nothing is left
    behind). Raises :class:`~capacity_app.reports.pdf.ReportError` with one readable line."""
    from ..pdf import make_fetcher, write_document

    out_path = Path(out_path)

    def step(fraction: float, message: str) -> None:
        jobs.step(progress, cancelled, fraction, message)

    step(0.0, "map")
    fetcher = make_fetcher()
    map_url = ""
    if summary.map_states or summary.countries:
        from .map import world_map_svg  # matplotlib: only when a map is drawn

        map_url = fetcher.allow_data("image/svg+xml", world_map_svg(summary.map_states, summary.lang).encode())
    step(0.1, "html")
    ctx = build_context(summary, map_svg=map_url)
    html = render_html(ctx)
    step(0.2, "layout")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    write_document(html, out_path, fetcher, step=step, what="the summary",
                   pdf_identifier=ctx.generated_iso.encode())
    jobs.report(progress, 1.0, "done")
    return out_path


__all__ = [
    "AggregateContext",
    "AggregateSummary",
    "CountryRow",
    "FileRow",
    "FundRow",
    "GroupRow",
    "ImplementationRow",
    "PlanRow",
    "SdgRow",
    "TrendRow",
    "build_context",
    "number",
    "render_html",
    "write_aggregate_pdf",
]
