"""The cross-country summary of an aggregation, as a PDF: the same pipeline as the country report.

Fed by plain data (:class:`AggregateSummary`, built by ``exchange.aggregate``; this layer never
imports ``exchange``), turned into a documented template context (:class:`AggregateContext`),
rendered with the report's jinja2 environment (autoescape, StrictUndefined) from
``resources/report/aggregate.html.j2``, and written by :func:`~capacity_app.reports.pdf.write_document`:
the bundled fonts, the fetcher that serves only bundled resources, PDF/A-3a tagging, and an atomic,
fsynced write. Every text in it comes from untrusted workbooks: nothing is marked safe."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from .. import __version__, jobs
from ..domain.labels import SDG_STATUSES, band_label, sdg_status_label
from .pdf import make_fetcher, relaxed_collector, template_env, write_document

TEMPLATE = "aggregate.html.j2"
TITLE = "Migration data capacity: cross-country summary"


@dataclass(frozen=True)
class CountryRow:
    """One country in the roll-ups (its latest round, or the round chosen)."""

    country: str
    name: str
    region: str
    round: int | None
    overall: float | None
    band: str
    sdg: dict[str, str] = field(default_factory=dict)  # indicator code -> SDG status code
    sub_region: str = ""
    intermediate_region: str = ""
    groups: tuple[str, ...] = ()  # LDC, LLDC, SIDS
    availability: dict[str, float | None] = field(default_factory=dict)  # policy question -> 0..3
    edited: bool = False  # answers edited in a spreadsheet after export
    draft: bool = False
    change: float | None = None  # overall minus the previous round's
    m49: str = ""  # M49 numeric code: the country on the world map


@dataclass(frozen=True)
class FileRow:
    path: str
    status: str
    reason: str


@dataclass
class AggregateSummary:
    """What the summary shows: the counts of the run, the countries in the roll-ups, the SDG
    indicators seen, the files not used (rejected, superseded, in conflict) and the files to be
    read with care (edited after export, drafts)."""

    accepted: int
    rejected: int
    superseded: int
    countries: list[CountryRow]
    sdg_codes: list[str]
    problems: list[FileRow]
    conflicts: int = 0
    pq_codes: list[str] = field(default_factory=list)
    pq_labels: dict[str, str] = field(default_factory=dict)
    edited: list[FileRow] = field(default_factory=list)
    drafts: list[FileRow] = field(default_factory=list)
    round_year: int | None = None
    rules_version: str = ""
    lang: str = "en"
    other_rounds: int = 0  # accepted assessments of earlier (or other) rounds, not in the roll-ups


@dataclass(frozen=True)
class RegionRow:
    region: str
    count: int
    mean: str  # mean overall score, one decimal, or "–"
    grouping: str = "Region"
    countries: str = ""  # the ISO3 codes behind the mean


@dataclass(frozen=True)
class CountryLine:
    country: str
    name: str
    region: str
    round: int | None
    overall_text: str
    band: str  # the band's label, never its code
    change_text: str = ""
    flags: str = ""  # "edited", "draft"


@dataclass(frozen=True)
class SdgRow:
    code: str
    counts: list[int]  # countries per status, in the order of ``sdg_statuses``


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

    title: str
    lang: str
    generated: str  # "YYYY-MM-DD HH:MM UTC"
    generated_iso: str
    app_version: str
    rules_version: str
    rounds_note: str
    accepted: int
    rejected: int
    superseded: int
    conflicts: int
    countries: list[CountryLine]
    regions: list[RegionRow]
    groups: list[RegionRow]  # sub-regions, intermediate regions, LDC / LLDC / SIDS
    sdg_statuses: list[str]
    sdg: list[SdgRow]
    pq_codes: list[str]
    pq_legend: list[tuple[str, str]]
    heatmap: list[HeatRow]
    warnings: list[str]
    problems: list[FileRow]
    map_svg: str = ""  # world map of the overall score (an SVG document), or ""


def _score_text(v: float | None) -> str:
    return "–" if v is None else f"{v:.1f}"


GROUP_LABELS = {"LDC": "Least Developed Countries (LDC)", "LLDC": "Land Locked Developing Countries (LLDC)",
                "SIDS": "Small Island Developing States (SIDS)"}


def _group_rows(summary: AggregateSummary, grouping: str, key) -> list[RegionRow]:
    groups: dict[str, list[CountryRow]] = {}
    for c in summary.countries:
        for g in key(c):
            if g:
                groups.setdefault(g, []).append(c)
    rows = []
    for name in sorted(groups):
        members = groups[name]
        vals = [c.overall for c in members if c.overall is not None]
        rows.append(RegionRow(GROUP_LABELS.get(name, name), len(members),
                              _score_text(round(sum(vals) / len(vals), 1)) if vals else "–", grouping,
                              ", ".join(sorted(c.country for c in members))))
    return rows


def build_context(summary: AggregateSummary, now: _dt.datetime | None = None,
                  map_svg: str = "") -> AggregateContext:
    now = now or _dt.datetime.now(_dt.UTC)
    lang = summary.lang
    regions = _group_rows(summary, "Region", lambda c: [c.region])
    groups = (_group_rows(summary, "Sub-region", lambda c: [c.sub_region])
              + _group_rows(summary, "Intermediate region", lambda c: [c.intermediate_region])
              + _group_rows(summary, "Group", lambda c: list(c.groups)))
    sdg_rows = [SdgRow(code, [sum(1 for c in summary.countries if c.sdg.get(code) == s) for s in SDG_STATUSES])
                for code in summary.sdg_codes]
    heat = [HeatRow(c.country, [HeatCell("–", "none") if c.availability.get(p) is None
                                else HeatCell(f"{c.availability[p]:g}", f"l{int(c.availability[p] or 0)}")
                                for p in summary.pq_codes])
            for c in summary.countries]
    warnings = [f"{PurePath(f.path).name} ({f.reason}): answers edited in a spreadsheet after export; its scores are "
                "recomputed from the answers as they are now" for f in summary.edited]
    if summary.drafts:
        warnings.append(f"{len(summary.drafts)} assessments are drafts: "
                        + "; ".join(f"{f.reason} ({PurePath(f.path).name})" for f in summary.drafts))
    if summary.conflicts:
        warnings.append(f"{summary.conflicts} workbooks conflict (two different assessments of one country "
                        "and round) and are left out of every table until one is chosen (see Files not used)")
    rounds_note = ("latest round of each country" if summary.round_year is None
                   else f"round {summary.round_year} only")
    if summary.other_rounds:
        rounds_note += f"; {summary.other_rounds} assessments of other rounds are in the workbook only"
    return AggregateContext(
        title=TITLE, lang=lang, generated=now.strftime("%Y-%m-%d %H:%M UTC"),
        generated_iso=now.isoformat(timespec="seconds"), app_version=__version__,
        rules_version=summary.rules_version or "–", rounds_note=rounds_note,
        accepted=summary.accepted, rejected=summary.rejected, superseded=summary.superseded,
        conflicts=summary.conflicts,
        countries=[CountryLine(c.country, c.name, c.region, c.round, _score_text(c.overall),
                               band_label(c.band, lang) if c.band else "–",
                               "" if c.change is None else f"{c.change:+.1f}",
                               ", ".join(f for f, on in (("edited", c.edited), ("draft", c.draft)) if on))
                   for c in summary.countries],
        regions=regions, groups=groups,
        sdg_statuses=[sdg_status_label(s, lang) for s in SDG_STATUSES], sdg=sdg_rows,
        pq_codes=list(summary.pq_codes),
        pq_legend=[(p, summary.pq_labels.get(p, "")) for p in summary.pq_codes],
        heatmap=heat, warnings=warnings, problems=list(summary.problems), map_svg=map_svg)


def render_html(ctx: AggregateContext) -> str:
    return template_env().get_template(TEMPLATE).render(c=ctx)


def write_aggregate_pdf(summary: AggregateSummary, out_path, progress: jobs.Progress = None,
                        cancelled: jobs.CancelCheck = None) -> Path:
    """Write the summary PDF to ``out_path`` (long work: the job model; on cancel nothing is left
    behind). Raises :class:`~capacity_app.reports.pdf.ReportError` with one readable line."""
    out_path = Path(out_path)

    def step(fraction: float, message: str) -> None:
        jobs.step(progress, cancelled, fraction, message)

    step(0.0, "map")
    fetcher = make_fetcher()
    bands = {c.m49.zfill(3): c.band for c in summary.countries if c.m49}
    map_url = ""
    if bands:
        from .aggregate_map import world_map_svg  # matplotlib: only when a map is drawn

        map_url = fetcher.allow_data("image/svg+xml", world_map_svg(bands, summary.lang).encode())
    step(0.1, "html")
    ctx = build_context(summary, map_svg=map_url)
    html = render_html(ctx)
    step(0.2, "layout")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with relaxed_collector():
        write_document(html, out_path, fetcher, step=step, what="the summary",
                       pdf_identifier=ctx.generated_iso.encode())
    jobs.report(progress, 1.0, "done")
    return out_path


__all__ = [
    "AggregateContext",
    "AggregateSummary",
    "CountryRow",
    "FileRow",
    "build_context",
    "render_html",
    "write_aggregate_pdf",
]
