"""Writes resources/data/m49-points.csv: one point per UN M49 country or area, where the world map
of the aggregate PDF draws a small state as a dot (every SIDS stays visible at 1:110m).

    python tools/m49_points.py PATH/TO/world-atlas/countries-10m.json

The point is the centroid of the area's largest polygon in Natural Earth 1:10m (the npm package
world-atlas 2.0.2, ``npm pack world-atlas@2.0.2``; public domain data, ISC package), so a country
with distant islands gets a point on its main island. The few M49 areas that Natural Earth does
not draw as their own country (their polygons belong to another) get the coordinates written in
``MANUAL`` below: the main settlement of the area."""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "resources" / "data" / "m49-points.csv"
# M49 code -> (longitude, latitude, what the point is): areas Natural Earth 1:10m has no polygon of their own for
MANUAL = {
    "535": (-68.27, 12.15, "Kralendijk, Bonaire (Bonaire, Sint Eustatius and Saba)"),
    "744": (15.63, 78.22, "Longyearbyen, Svalbard (Svalbard and Jan Mayen Islands)"),
    "312": (-61.55, 16.25, "Guadeloupe, Basse-Terre island"),
    "474": (-61.02, 14.64, "Martinique"),
    "254": (-53.1, 3.95, "French Guiana"),
    "638": (55.53, -21.13, "Réunion"),
    "175": (45.15, -12.83, "Mayotte"),
    "162": (105.69, -10.49, "Christmas Island"),
    "166": (96.83, -12.17, "Cocos (Keeling) Islands"),
    "772": (-171.85, -9.2, "Tokelau, Atafu"),
    "074": (3.41, -54.42, "Bouvet Island"),
    "581": (-162.07, 5.88, "Palmyra Atoll (United States Minor Outlying Islands)"),
}


def ring(arcs, indices) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for i in indices:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(pts if not out else pts[1:])
    if any(abs(a[0] - b[0]) > 180 for a, b in zip(out, out[1:], strict=False)):
        out = [(x + 360 if x < 0 else x, y) for x, y in out]
    return out


def centroid(pts: list[tuple[float, float]]) -> tuple[float, float, float]:
    """(area, x, y) of a ring, planar (shoelace)."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-12:
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return abs(a) / 2, cx / (3 * a), cy / (3 * a)


def main(path: str) -> None:
    topo = json.loads(Path(path).read_text(encoding="utf-8"))
    from capacity_app.reports.aggregate.map import decode_arcs

    arcs = decode_arcs(topo)
    points: dict[str, tuple[float, float, str]] = {}
    for g in topo["objects"]["countries"]["geometries"]:
        code = str(g.get("id") or "")
        if not code:
            continue
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]] if g["type"] == "Polygon" else []
        best = max((centroid(ring(arcs, p[0])) for p in polys if p), default=None)
        if best is not None:
            x = best[1] - 360 if best[1] > 180 else best[1]
            points[code.zfill(3)] = (round(x, 2), round(best[2], 2), "centroid of the largest polygon, Natural Earth 1:10m")
    for code, p in MANUAL.items():
        points.setdefault(code, p)
    m49 = ROOT / "resources" / "data" / "unsd-m49-en.csv"
    with open(m49, encoding="utf-8-sig", newline="") as fh:
        wanted = [(r["M49 Code"], r["ISO-alpha3 Code"], r["Country or Area"]) for r in csv.DictReader(fh)]
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["m49", "iso3", "name", "longitude", "latitude", "point"])
        missing = []
        for code, iso3, name in sorted(wanted):
            if code in points:
                w.writerow([code, iso3, name, *points[code]])
            else:
                missing.append(f"{code} {iso3} {name}")
    print(f"wrote {OUT}; no point for: {', '.join(missing) or 'none'}")


if __name__ == "__main__":
    main(sys.argv[1])
