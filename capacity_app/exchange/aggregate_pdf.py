"""A short cross-country PDF summary of an aggregation (jinja2 with autoescape + WeasyPrint).

Every text comes from untrusted workbooks: the template autoescapes everything, nothing is marked
safe, and the URL fetcher refuses every URL, so no file or network resource can be pulled in."""
from __future__ import annotations

import datetime as _dt
import os
import tempfile
from pathlib import Path

TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title>
<style>
@page { size: A4; margin: 18mm 15mm; @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; } }
body { font-family: sans-serif; font-size: 9.5pt; color: #222; }
h1 { font-size: 17pt; color: #1F4E79; margin: 0 0 4pt 0; }
h2 { font-size: 12pt; color: #1F4E79; margin-top: 14pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-top: 4pt; }
th, td { border-bottom: 0.5pt solid #bbb; padding: 2pt 3pt; text-align: left; vertical-align: top;
         overflow-wrap: anywhere; }
th { background: #1F4E79; color: white; }
td.num { text-align: right; }
.muted { color: #666; }
</style></head><body>
<h1>{{ title }}</h1>
<p class="muted">{{ generated }} &middot; {{ accepted }} workbooks accepted, {{ rejected }} rejected,
{{ superseded }} superseded.</p>
<h2>Countries</h2>
<table><thead><tr><th style="width:12%">Country</th><th style="width:36%">Name</th>
<th style="width:22%">Region</th><th style="width:8%">Round</th><th style="width:10%">Overall</th>
<th style="width:12%">Band</th></tr></thead><tbody>
{% for c in countries %}<tr><td>{{ c.country }}</td><td>{{ c.name }}</td><td>{{ c.region }}</td>
<td>{{ c.round }}</td><td class="num">{{ c.overall_text }}</td><td>{{ c.band }}</td></tr>
{% else %}<tr><td colspan="6">No accepted workbook.</td></tr>{% endfor %}
</tbody></table>
<h2>Regions</h2>
<table><thead><tr><th>Region</th><th>Countries</th><th>Mean overall</th></tr></thead><tbody>
{% for r in regions %}<tr><td>{{ r.region }}</td><td class="num">{{ r.count }}</td>
<td class="num">{{ r.mean }}</td></tr>{% endfor %}
</tbody></table>
{% if sdg %}<h2>SDG indicators: disaggregation by migratory status</h2>
<table><thead><tr><th style="width:20%">Indicator</th>{% for s in sdg_statuses %}<th>{{ s }}</th>{% endfor %}</tr></thead><tbody>
{% for row in sdg %}<tr><td>{{ row.code }}</td>{% for n in row.counts %}<td class="num">{{ n }}</td>{% endfor %}</tr>{% endfor %}
</tbody></table>{% endif %}
{% if problems %}<h2>Files not used</h2>
<table><thead><tr><th style="width:40%">File</th><th style="width:14%">Status</th><th>Reason</th></tr></thead><tbody>
{% for f in problems %}<tr><td>{{ f.path }}</td><td>{{ f.status }}</td><td>{{ f.reason }}</td></tr>{% endfor %}
</tbody></table>{% endif %}
</body></html>
"""

SDG_STATUSES = ("produced", "identifies_migrants", "published", "quick_win", "not_produced", "unknown")


def _refusing_fetcher():
    from weasyprint.urls import URLFetcher

    class RefuseAll(URLFetcher):
        def fetch(self, url, headers=None):  # noqa: D401 - WeasyPrint hook
            raise ValueError(f"external resources are not allowed in this report: {url[:80]}")

    return RefuseAll()


def render_html(rep, section_codes, sdg_codes) -> str:
    from jinja2 import Environment

    env = Environment(autoescape=True)
    regions: dict[str, list] = {}
    for c in rep.countries:
        regions.setdefault(c["region"], []).append(c["overall"])
    reg_rows = []
    for name in sorted(regions):
        vals = [v for v in regions[name] if v is not None]
        reg_rows.append({"region": name, "count": len(regions[name]),
                         "mean": f"{sum(vals) / len(vals):.1f}" if vals else "–"})
    sdg_rows = []
    for code in sdg_codes:
        counts = [sum(1 for c in rep.countries if c["sdg"].get(code) == s) for s in SDG_STATUSES]
        sdg_rows.append({"code": code, "counts": counts})
    countries = [dict(c, overall_text="–" if c["overall"] is None else f"{c['overall']:.1f}")
                 for c in rep.countries]
    return env.from_string(TEMPLATE).render(
        title="Migration data capacity: cross-country summary",
        generated=_dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        accepted=rep.accepted, rejected=rep.rejected, superseded=rep.superseded,
        countries=countries, regions=reg_rows, sdg=sdg_rows,
        sdg_statuses=[s.replace("_", " ") for s in SDG_STATUSES],
        problems=[f for f in rep.files if f.status != "accepted"])


def write_pdf(rep, out_path, section_codes, sdg_codes) -> Path:
    from weasyprint import HTML

    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    html = render_html(rep, section_codes, sdg_codes)
    fd, tmp = tempfile.mkstemp(dir=out_path.parent, prefix=f".{out_path.name}.", suffix=".part")
    os.close(fd)
    try:
        HTML(string=html, base_url=None, url_fetcher=_refusing_fetcher()).write_pdf(tmp)
        os.replace(tmp, out_path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return out_path
