#!/usr/bin/env python3
"""Builds the map asset data/be-karte.json: the 44 Kreise as projected SVG paths.

Projection and rounding happen here, once, not in the browser. The Kreis layer is the one dissolved
from the Gemeinde layer (BKG VG250, 2016), so neighbouring Kreise share their borders exactly.
Projection: equirectangular with the x axis scaled by cos(mid latitude) — at BW's size (3° × 2.3°)
indistinguishable from a conformal projection. The viewBox is 1000 units high (1 unit ≈ 250 m).
Deterministic, checked in CI:  python3 tools/gen_map.py --check
"""
import json
import math
import sys
from pathlib import Path

from generated import write_or_check

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "data" / "sources" / "bw_kreise_from_gemeinden_vg250_2016_simplified.geojson"
OUT = ROOT / "data" / "be-karte.json"
HEIGHT = 1000
MARGIN = 4


def rings_of(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    return geometry["coordinates"]


def build():
    features = json.loads(SRC.read_text(encoding="utf-8"))["features"]
    lons = [p[0] for f in features for poly in rings_of(f["geometry"]) for ring in poly for p in ring]
    lats = [p[1] for f in features for poly in rings_of(f["geometry"]) for ring in poly for p in ring]
    lon_min, lon_max, lat_min, lat_max = min(lons), max(lons), min(lats), max(lats)
    scale = (HEIGHT - 2 * MARGIN) / (lat_max - lat_min)
    kx = math.cos(math.radians((lat_min + lat_max) / 2))
    width = round((lon_max - lon_min) * kx * scale + 2 * MARGIN)
    projection = {"lon_min": lon_min, "lat_max": lat_max, "kx": round(kx, 6), "scale": round(scale, 4), "margin": MARGIN}

    def project(lon, lat):
        return (round(MARGIN + (lon - lon_min) * kx * scale), round(MARGIN + (lat_max - lat) * scale))

    kreise = []
    for f in sorted(features, key=lambda f: f["properties"]["AGS"]):
        parts, best = [], (0.0, (0, 0))
        for poly in rings_of(f["geometry"]):
            for r, ring in enumerate(poly):
                pts = [project(*p) for p in ring]
                pts = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]
                if len(pts) > 1 and pts[0] == pts[-1]:
                    pts.pop()
                if len(pts) < 3:
                    continue
                d = f"M{pts[0][0]} {pts[0][1]}" + "".join(
                    f"l{x - px} {y - py}" for (px, py), (x, y) in zip(pts, pts[1:])) + "z"
                parts.append(d.replace(" -", "-"))
                if r == 0:  # outer ring: area-weighted centroid of the largest one places the tooltip
                    a = cx = cy = 0.0
                    for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1]):
                        c = x0 * y1 - x1 * y0
                        a += c
                        cx += (x0 + x1) * c
                        cy += (y0 + y1) * c
                    if abs(a) > best[0]:
                        best = (abs(a), (round(cx / (3 * a)), round(cy / (3 * a))))
        kreise.append({"key": f["properties"]["AGS"], "d": "".join(parts), "label": list(best[1])})
    return {
        "source": "bkg-vg250-2016",
        "attribution": "© GeoBasis-DE / BKG (2016), Daten verändert",
        "width": width,
        "height": HEIGHT,
        "projection": projection,
        "kreise": kreise,
    }


def render(data):
    head = {k: v for k, v in data.items() if k != "kreise"}
    lines = ["{"] + [f'  "{k}": {json.dumps(v, ensure_ascii=False, separators=(",", ":"))},' for k, v in head.items()]
    lines.append('  "kreise": [')
    recs = [json.dumps(k, ensure_ascii=False, separators=(",", ":")) for k in data["kreise"]]
    lines += ["    " + r + ("," if i < len(recs) - 1 else "") for i, r in enumerate(recs)]
    lines += ["  ]", "}"]
    return "\n".join(lines) + "\n"


def main():
    return write_or_check(OUT, render(build()), "tools/gen_map.py")


if __name__ == "__main__":
    sys.exit(main())
