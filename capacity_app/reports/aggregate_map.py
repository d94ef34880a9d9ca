"""The world map of the aggregate PDF: every country coloured by the band of its overall score.

Boundaries: Natural Earth 1:110m (public domain) as TopoJSON, ``resources/data/countries-110m.json``
(see its SOURCE note). The TopoJSON arcs are decoded here (quantised, delta-encoded positions; a
negative arc index ``~i`` is arc ``i`` reversed); each country becomes one compound path, so holes
(Lesotho in South Africa) stay holes. Drawn with matplotlib's object API (``Figure`` and the SVG
canvas, no pyplot; imported only when a map is drawn), plate carrée, Antarctica left out.
Readable without colour: the legend carries the band labels, and the countries assessed are also
listed in the PDF's tables."""
from __future__ import annotations

import functools
import json
from collections.abc import Mapping

from ..domain.labels import BANDS, band_label
from ..paths import resources_dir
from .charts import _rc, _svg

MAP_FILE = "countries-110m.json"
# band code -> fill (Okabe–Ito, stepping in lightness); no data: light grey
BAND_FILL = {"requires_further_progress": "#D55E00", "partially_meets": "#F0E442", "meets": "#56B4E9",
             "fully_meets": "#0072B2"}
NO_DATA = "#E4E4E4"


@functools.lru_cache(maxsize=1)
def country_shapes() -> dict[str, list[list[tuple[float, float]]]]:
    """M49 numeric code ("288") -> the country's rings in longitude/latitude."""
    with open(resources_dir() / "data" / MAP_FILE, encoding="utf-8") as fh:
        topo = json.load(fh)
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(indices) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i in indices:
            pts = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(pts if not out else pts[1:])
        if any(abs(a[0] - b[0]) > 180 for a, b in zip(out, out[1:], strict=False)):
            # a ring across the antimeridian (Fiji, Chukotka): its western half moved east of 180°,
            # never a line across the whole map
            out = [(x + 360 if x < 0 else x, y) for x, y in out]
        return out

    shapes: dict[str, list[list[tuple[float, float]]]] = {}
    for g in topo["objects"]["countries"]["geometries"]:
        code = str(g.get("id") or "")
        if not code:
            continue
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]] if g["type"] == "Polygon" else []
        shapes.setdefault(code, []).extend(ring(r) for poly in polys for r in poly)
    return shapes


def world_map_svg(bands: Mapping[str, str], lang: str = "en") -> str:
    """An SVG map: ``bands`` maps M49 codes ("288") to band codes; other countries grey."""
    with _rc():
        return _draw(bands, lang)


def _draw(bands: Mapping[str, str], lang: str) -> str:
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch, PathPatch
    from matplotlib.path import Path as MplPath

    fig = Figure(figsize=(7.0, 3.2))
    ax = fig.add_axes((0.0, 0.1, 1.0, 0.9))
    for code, rings in country_shapes().items():
        if code == "010":  # Antarctica
            continue
        verts: list[tuple[float, float]] = []
        codes: list = []  # matplotlib path codes
        for r in rings:
            if len(r) < 3:
                continue
            verts.extend(r)
            codes.extend([MplPath.MOVETO] + [MplPath.LINETO] * (len(r) - 2) + [MplPath.CLOSEPOLY])
        if not verts:
            continue
        band = bands.get(code.zfill(3), "")
        ax.add_patch(PathPatch(MplPath(verts, codes), facecolor=BAND_FILL.get(band, NO_DATA),
                               edgecolor="#888888" if band else "#FFFFFF", linewidth=0.25))
    ax.set_xlim(-170, 190)
    ax.set_ylim(-58, 84)
    ax.set_aspect("equal")
    ax.set_axis_off()
    handles = [Patch(facecolor=BAND_FILL[b], edgecolor="#888888", label=band_label(b, lang)) for b in BANDS]
    handles.append(Patch(facecolor=NO_DATA, edgecolor="#888888", label="not in the roll-ups"))
    fig.legend(handles=handles, loc="lower center", ncol=len(handles), frameon=False, fontsize=7,
               handlelength=1.2, columnspacing=1.0)
    return _svg(fig)
