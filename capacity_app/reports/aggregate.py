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
from pathlib import Path

from .. import __version__, jobs
from ..domain.labels import SDG_STATUSES
from .pdf import make_fetcher, relaxed_collector, template_env, write_document

TEMPLATE = "aggregate.html.j2"
TITLE = "Migration data capacity: cross-country summary"


@dataclass(frozen=True)
class CountryRow:
    """One accepted workbook (the latest export of a country and round)."""

    country: str
    name: str
    region: str
    round: int | None
    overall: float | None
    band: str
    sdg: dict[str, str] = field(default_factory=dict)  # indicator code -> SDG status code


@dataclass(frozen=True)
class FileRow:
    path: str
    status: str
    reason: str


@dataclass
class AggregateSummary:
    """What the summary shows: the counts of the run, the countries kept, the SDG indicators seen
    and the files not used (rejected or superseded)."""

    accepted: int
    rejected: int
    superseded: int
    countries: list[CountryRow]
    sdg_codes: list[str]
    problems: list[FileRow]


@dataclass(frozen=True)
class RegionRow:
    region: str
    count: int
    mean: str  # mean overall score, one decimal, or "–"


@dataclass(frozen=True)
class CountryLine:
    country: str
    name: str
    region: str
    round: int | None
    overall_text: str
    band: str


@dataclass(frozen=True)
class SdgRow:
    code: str
    counts: list[int]  # countries per status, in the order of ``sdg_statuses``


@dataclass
class AggregateContext:
    """The template's context (``c`` in aggregate.html.j2); every field is used by the template."""

    title: str
    generated: str  # "YYYY-MM-DD HH:MM UTC"
    generated_iso: str
    app_version: str
    accepted: int
    rejected: int
    superseded: int
    countries: list[CountryLine]
    regions: list[RegionRow]
    sdg_statuses: list[str]
    sdg: list[SdgRow]
    problems: list[FileRow]


def _score_text(v: float | None) -> str:
    return "–" if v is None else f"{v:.1f}"


def build_context(summary: AggregateSummary, now: _dt.datetime | None = None) -> AggregateContext:
    now = now or _dt.datetime.now(_dt.UTC)
    regions: dict[str, list[float | None]] = {}
    for c in summary.countries:
        regions.setdefault(c.region, []).append(c.overall)
    region_rows = []
    for name in sorted(regions):
        vals = [v for v in regions[name] if v is not None]
        region_rows.append(RegionRow(name, len(regions[name]),
                                     _score_text(sum(vals) / len(vals)) if vals else "–"))
    sdg_rows = [SdgRow(code, [sum(1 for c in summary.countries if c.sdg.get(code) == s) for s in SDG_STATUSES])
                for code in summary.sdg_codes]
    return AggregateContext(
        title=TITLE, generated=now.strftime("%Y-%m-%d %H:%M UTC"),
        generated_iso=now.isoformat(timespec="seconds"), app_version=__version__,
        accepted=summary.accepted, rejected=summary.rejected, superseded=summary.superseded,
        countries=[CountryLine(c.country, c.name, c.region, c.round, _score_text(c.overall), c.band)
                   for c in summary.countries],
        regions=region_rows, sdg_statuses=[s.replace("_", " ") for s in SDG_STATUSES], sdg=sdg_rows,
        problems=list(summary.problems))


def render_html(ctx: AggregateContext) -> str:
    return template_env().get_template(TEMPLATE).render(c=ctx)


def write_aggregate_pdf(summary: AggregateSummary, out_path, progress: jobs.Progress = None,
                        cancelled: jobs.CancelCheck = None) -> Path:
    """Write the summary PDF to ``out_path`` (long work: the job model; on cancel nothing is left
    behind). Raises :class:`~capacity_app.reports.pdf.ReportError` with one readable line."""
    out_path = Path(out_path)

    def step(fraction: float, message: str) -> None:
        jobs.step(progress, cancelled, fraction, message)

    step(0.0, "html")
    ctx = build_context(summary)
    html = render_html(ctx)
    step(0.2, "layout")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with relaxed_collector():
        write_document(html, out_path, make_fetcher(), step=step, what="the summary",
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
