"""The world map of the aggregate PDF: every country coloured by the band of its overall score, in
the Equal Earth projection (equal-area, the usual choice for a world map of statistics).

Boundaries: Natural Earth 1:110m (public domain) as TopoJSON, ``resources/data/countries-110m.json``
(see its SOURCE note), decoded here (quantised, delta-encoded positions; a negative arc index ``~i``
is arc ``i`` reversed). Areas are filled without outline; the lines are then drawn arc by arc, each
once: coasts and international boundaries solid; dashed where the status of a boundary is not
settled: Western Sahara's with Morocco (27°40' N; Natural Earth gives Morocco the coastal strip of
Western Sahara, which is given back here), Kosovo's with Serbia (Security Council resolution 1244
(1999)) and the line in Cyprus; and no line where Natural Earth splits a UN Member State
(Somaliland is drawn as part of Somalia). Natural Earth's 1:110m countries mark no boundary as
disputed, so no other line is dashed (Jammu and Kashmir is not: see the SOURCE note).

Small states stay visible: every Small Island Developing State (M49 and UN-OHRLLS lists) and every
country with little or no area at 1:110m is also drawn as a dot at its point
(``resources/data/m49-points.csv``). "Not assessed" (no workbook) and "assessed, not in the
roll-ups" are drawn differently. Drawn with matplotlib's object API (``Figure`` and the SVG canvas,
no pyplot; imported only when a map is drawn); the legend carries the band labels in the report's
language; the UN map disclaimer is in the figure's caption (the template)."""
from __future__ import annotations

import csv
import functools
import json
import math
from collections.abc import Mapping

from ...catalog import countries
from ...catalog.aggregate_texts import text
from ...domain.labels import BANDS, band_label
from ...paths import resources_dir
from ..charts import _rc, _svg

MAP_FILE = "countries-110m.json"
POINTS_FILE = "m49-points.csv"
# band code -> fill (Okabe–Ito, stepping in lightness)
BAND_FILL = {"requires_further_progress": "#D55E00", "partially_meets": "#F0E442", "meets": "#56B4E9",
             "fully_meets": "#0072B2"}
PROVISIONAL, NOT_IN_ROLLUPS, CONFLICT = "provisional", "not_in_rollups", "conflict"  # the other states
PROVISIONAL_FILL = "#9E9E9E"
CONFLICT_FILL = "#CC79A7"  # assessed, its workbooks in conflict (Okabe–Ito reddish purple)
NOT_IN_ROLLUPS_FILL = "#FFFFFF"
NOT_ASSESSED_FILL = "#E8E8E8"
LINE = "#6E6E6E"
# Natural Earth areas without an M49 code of their own: drawn as part of (code) or on their own (None)
NO_CODE = {"Somaliland": "706", "N. Cyprus": "196", "Kosovo": "688"}
# boundaries drawn dashed (status not settled); Western Sahara's with Morocco: see _western_sahara
DASHED = (frozenset({"Kosovo", "688"}), frozenset({"N. Cyprus", "196"}))
SMALL_AREA = 2.0  # projected units²: below this a country also gets a dot


# --- projection --------------------------------------------------------------------------------------

_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2


def equal_earth(lon: float, lat: float) -> tuple[float, float]:
    """Equal Earth (Šavrič, Patterson and Jenny, 2018), in degrees-like units (x within ±173)."""
    lam, phi = math.radians(lon), math.radians(lat)
    theta = math.asin(_M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (_M * (_A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)))
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    return math.degrees(x), math.degrees(y)


# --- the geometry ----------------------------------------------------------------------------------------

def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """A TopoJSON topology's arcs in longitude/latitude (quantised, delta-encoded positions)."""
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
    return arcs


@functools.lru_cache(maxsize=1)
def _topology() -> tuple[list[list[tuple[float, float]]], list[tuple[str, list]]]:
    """(arcs in longitude/latitude, [(key, polygons of arc indices)]); key: the M49 code, or the
    name of an area without one."""
    with open(resources_dir() / "data" / MAP_FILE, encoding="utf-8") as fh:
        topo = json.load(fh)
    arcs = decode_arcs(topo)
    shapes = []
    for g in topo["objects"]["countries"]["geometries"]:
        key = str(g.get("id") or "").zfill(3) if g.get("id") else str((g.get("properties") or {}).get("name", ""))
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]] if g["type"] == "Polygon" else []
        if key and key != "010":  # Antarctica is not drawn
            shapes.append((key, polys))
    return arcs, shapes


def _ring(arcs, indices) -> list[list[tuple[float, float]]]:
    """A ring in lon/lat; a ring across the antimeridian (Fiji, Chukotka) as two rings, each
    clamped to its side of the map (never a line across the whole map)."""
    out: list[tuple[float, float]] = []
    for i in indices:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(pts if not out else pts[1:])
    if not any(abs(a[0] - b[0]) > 180 for a, b in zip(out, out[1:], strict=False)):
        return [out]
    east = [(x + 360 if x < 0 else x, y) for x, y in out]
    parts = [clip(east, 0, 180.0, below=True), [(x - 360, y) for x, y in clip(east, 0, 180.0, below=False)]]
    return [p for p in parts if len(p) > 2]


def clip(ring: list[tuple[float, float]], axis: int, bound: float, below: bool) -> list[tuple[float, float]]:
    """The part of a ring on one side of a meridian (``axis`` 0: longitude ``bound``) or a parallel
    (``axis`` 1), ``below`` it or not (Sutherland–Hodgman, one edge): no sliver along the line."""
    def inside(p: tuple[float, float]) -> bool:
        return p[axis] < bound if below else p[axis] >= bound

    def cross(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
        t = (bound - a[axis]) / (b[axis] - a[axis])
        other = a[1 - axis] + t * (b[1 - axis] - a[1 - axis])
        return (bound, other) if axis == 0 else (other, bound)

    out: list[tuple[float, float]] = []
    for a, b in zip(ring, ring[1:] + ring[:1], strict=True):
        if inside(b):
            if not inside(a):
                out.append(cross(a, b))
            out.append(b)
        elif inside(a):
            out.append(cross(a, b))
    return out


def _area(pts: list[tuple[float, float]]) -> float:
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1], strict=True))) / 2


@functools.lru_cache(maxsize=1)
def projected() -> tuple[dict[str, list[list[tuple[float, float]]]], list[tuple[list[tuple[float, float]], str]],
                         dict[str, float]]:
    """(key -> projected rings, [(projected line, style)] with style "coast", "border", "dashed",
    key -> projected area). Each arc is drawn once; none between the parts of one M49 area."""
    arcs, shapes = _topology()
    rings: dict[str, list[list[tuple[float, float]]]] = {}
    users: dict[int, set[str]] = {}
    for key, polys in shapes:
        code = NO_CODE.get(key, key)
        for poly in polys:
            for r in poly:
                for part in _ring(arcs, r):
                    rings.setdefault(code, []).append([equal_earth(x, y) for x, y in part])
                for i in r:
                    users.setdefault(i if i >= 0 else ~i, set()).add(key)
    lines = _western_sahara(arcs, shapes, rings)
    for i, keys in users.items():
        codes = {NO_CODE.get(k, k) for k in keys}
        dashed = frozenset(keys) in DASHED
        if len(keys) == 2 and len(codes) == 1 and not dashed:
            continue  # inside one M49 area (Somalia and Somaliland)
        if keys == {MOROCCO, WESTERN_SAHARA}:
            continue  # inside Western Sahara (Natural Earth's line east of its coastal strip)
        style = "coast" if len(keys) == 1 else "dashed" if dashed else "border"
        seg: list[tuple[float, float]] = []
        for a, b in zip(arcs[i], arcs[i][1:] + [arcs[i][-1]], strict=True):
            seg.append(equal_earth(*a))
            if abs(a[0] - b[0]) > 180:  # across the antimeridian: a new line
                lines.append((seg, style))
                seg = []
        if len(seg) > 1:
            lines.append((seg, style))
    areas = {k: sum(_area(r) for r in rs if len(r) > 2) for k, rs in rings.items()}
    return rings, lines, areas


MOROCCO, WESTERN_SAHARA = "504", "732"
BOUNDARY_LAT = 27 + 40 / 60  # 27°40' N: Western Sahara's northern boundary, from the coast to Algeria


def _western_sahara(arcs, shapes, rings) -> list[tuple[list[tuple[float, float]], str]]:
    """Natural Earth's Morocco takes in the coastal strip of Western Sahara: the part south of
    27°40' N is given back to Western Sahara (filled as its own area), and the boundary along
    that parallel is drawn dashed. Returns that line."""
    polys: list = next((p for k, p in shapes if k == MOROCCO), [])
    north, south, crossings = [], [], []
    for poly in polys:
        for r in poly:
            for part in _ring(arcs, r):
                north.append(clip(part, 1, BOUNDARY_LAT, below=False))
                south.append(clip(part, 1, BOUNDARY_LAT, below=True))
                crossings += [a[0] + (BOUNDARY_LAT - a[1]) / (b[1] - a[1]) * (b[0] - a[0])
                              for a, b in zip(part, part[1:] + part[:1], strict=True)
                              if (a[1] >= BOUNDARY_LAT) != (b[1] >= BOUNDARY_LAT)]
    if not crossings:
        return []
    rings[MOROCCO] = [[equal_earth(x, y) for x, y in r] for r in north if len(r) > 2]
    rings.setdefault(WESTERN_SAHARA, []).extend([equal_earth(x, y) for x, y in r] for r in south if len(r) > 2)
    west, east = min(crossings), max(crossings)
    steps = 8
    line = [equal_earth(west + (east - west) * i / steps, BOUNDARY_LAT) for i in range(steps + 1)]
    return [(line, "dashed")]


@functools.lru_cache(maxsize=1)
def points() -> dict[str, tuple[float, float]]:
    """M49 code -> (longitude, latitude) of the dot a small state is drawn as."""
    with open(resources_dir() / "data" / POINTS_FILE, encoding="utf-8", newline="") as fh:
        return {r["m49"]: (float(r["longitude"]), float(r["latitude"])) for r in csv.DictReader(fh)}


def sids_codes() -> set[str]:
    """M49 codes of every SIDS of either list (M49, UN-OHRLLS), whenever a member."""
    iso3s = {m.iso3 for lst in countries.SIDS_LISTS for m in countries.memberships("SIDS", lst)}
    return {c.m49 for iso3 in iso3s if (c := countries.lookup(iso3)) is not None and c.m49}


def small_states() -> set[str]:
    """M49 codes drawn as dots: every SIDS of either list, and every country with little or no
    area at this scale (those only when assessed)."""
    _rings, _lines, areas = projected()
    out = sids_codes()
    out |= {c.m49 for c in countries.countries().values()
            if c.m49 and not c.fictional and areas.get(c.m49, 0.0) < SMALL_AREA and c.m49 != "010"}
    return out


# --- drawing ---------------------------------------------------------------------------------------------

def fill_of(state: str | None) -> str:
    if state is None:
        return NOT_ASSESSED_FILL
    if state == PROVISIONAL:
        return PROVISIONAL_FILL
    if state == NOT_IN_ROLLUPS:
        return NOT_IN_ROLLUPS_FILL
    if state == CONFLICT:
        return CONFLICT_FILL
    return BAND_FILL.get(state, NOT_ASSESSED_FILL)


def world_map_svg(states: Mapping[str, str], lang: str = "en") -> str:
    """An SVG map: ``states`` maps M49 codes ("288") to a band code, ``provisional`` (a score
    without a band), ``not_in_rollups`` (assessed, another round or left out) or ``conflict``
    (assessed, its workbooks in conflict); others are not assessed."""
    with _rc(lang):
        return _draw({k.zfill(3): v for k, v in states.items()}, lang)


def _draw(states: Mapping[str, str], lang: str) -> str:
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch, PathPatch
    from matplotlib.path import Path as MplPath

    rings, lines, _areas = projected()
    fig = Figure(figsize=(7.0, 4.1))
    ax = fig.add_axes((0.0, 0.15, 1.0, 0.85))
    for code, rs in rings.items():
        verts: list[tuple[float, float]] = []
        codes: list = []  # matplotlib path codes
        for r in rs:
            if len(r) < 3:
                continue
            verts.extend(r)
            codes.extend([MplPath.MOVETO] + [MplPath.LINETO] * (len(r) - 2) + [MplPath.CLOSEPOLY])
        if not verts:
            continue
        state = states.get(code)
        ax.add_patch(PathPatch(MplPath(verts, codes), facecolor=fill_of(state), linewidth=0,
                               hatch="/////" if state == NOT_IN_ROLLUPS else None, edgecolor=LINE))
    for style, width, dashes in (("coast", 0.25, None), ("border", 0.25, None), ("dashed", 0.45, (0, (2.0, 1.4)))):
        segs = [s for s, st in lines if st == style]
        if segs:
            ax.add_collection(LineCollection(segs, colors=LINE,
                                             linewidths=width, linestyles=dashes or "solid", capstyle="butt"))
    sids = sids_codes()
    pts = points()
    for code in sorted(small_states()):
        state = states.get(code)
        if code not in pts or (state is None and code not in sids):
            continue  # not assessed: a dot for the SIDS only (every one stays visible)
        x, y = equal_earth(*pts[code])
        ax.plot([x], [y], marker="o", markersize=3.0 if state else 2.2, markeredgewidth=0.4,
                markeredgecolor="#333333" if state else LINE, markerfacecolor=fill_of(state), linestyle="none")
    half = equal_earth(180, 0)[0]
    ax.set_xlim(-half, half)
    ax.set_ylim(equal_earth(0, -57)[1], equal_earth(0, 84)[1])
    ax.set_aspect("equal")
    ax.set_axis_off()
    handles: list = [Patch(facecolor=BAND_FILL[b], edgecolor=LINE, linewidth=0.3, label=band_label(b, lang))
                     for b in BANDS]
    handles.append(Patch(facecolor=PROVISIONAL_FILL, edgecolor=LINE, linewidth=0.3,
                         label=text("pdf.legend_provisional", lang)))
    handles.append(Patch(facecolor=NOT_IN_ROLLUPS_FILL, edgecolor=LINE, linewidth=0.3, hatch="/////",
                         label=text("pdf.legend_not_in_rollups", lang)))
    handles.append(Patch(facecolor=CONFLICT_FILL, edgecolor=LINE, linewidth=0.3,
                         label=text("pdf.legend_conflict", lang)))
    handles.append(Patch(facecolor=NOT_ASSESSED_FILL, edgecolor=LINE, linewidth=0.3,
                         label=text("pdf.legend_not_assessed", lang)))
    handles.append(Line2D([], [], color=LINE, linewidth=0.6, linestyle=(0, (2.0, 1.4)), label=text("pdf.legend_dashed", lang)))
    fig.legend(handles=handles, loc="lower center", ncol=3, frameon=False, fontsize=6.5, handlelength=1.6,
               columnspacing=1.2)
    return _svg(fig, lang)
