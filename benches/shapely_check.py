"""The peer of `boothplan check`: shapely 2 (GEOS STRtree) checking the same layout from its
GeoJSON export (`boothplan export FILE --local -o FILE.geojson`), whole process, for
benches/shapely_compare.sh. It runs the rules the way a GIS developer would with shapely's
vectorised API, as docs/SPEC.md describes the peer: booths that share area (STRtree,
`relate_pattern` for interiors), booths not covered by their hall (`covers`), booths in a zone
of another theme, booths on columns. (boothplan's check does more: aisles, access, egress.)
Prints how many of each it found.

Usage: python3 shapely_check.py FILE.geojson
"""

import json
import sys

import numpy as np
import shapely


def main(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    by_kind = {"booth": [], "hall": [], "zone": [], "column": []}
    for feature in doc["features"]:
        kind = feature["properties"].get("kind")
        if kind in by_kind:
            by_kind[kind].append(feature)

    def shapes(features):
        """Polygons of the features' outer rings, built in one call per ring length."""
        out = np.empty(len(features), dtype=object)
        rings = {}
        for i, f in enumerate(features):
            ring = f["geometry"]["coordinates"][0]
            rings.setdefault(len(ring), ([], []))
            rings[len(ring)][0].append(i)
            rings[len(ring)][1].append(ring)
        for index, coords in rings.values():
            out[np.array(index)] = shapely.polygons(np.array(coords, dtype=float))
        return out

    booths = shapes(by_kind["booth"])
    halls = shapes(by_kind["hall"])
    zones = shapes(by_kind["zone"])
    columns = shapes(by_kind["column"])
    booth_props = [f["properties"] for f in by_kind["booth"]]
    zone_props = [f["properties"] for f in by_kind["zone"]]
    shapely.prepare(booths)
    shapely.prepare(halls)

    found = {}
    tree = shapely.STRtree(booths)
    a, b = tree.query(booths, predicate="intersects")
    keep = a < b
    a, b = a[keep], b[keep]
    overlap = shapely.relate_pattern(booths[a], booths[b], "2********")
    found["booth-overlap"] = int(overlap.sum())

    hall_index = {f["properties"]["id"]: i for i, f in enumerate(by_kind["hall"])}
    own = np.array([hall_index.get(p.get("hall"), -1) for p in booth_props])
    has = own >= 0
    covered = np.zeros(len(booths), dtype=bool)
    covered[has] = shapely.covers(halls[own[has]], booths[has])
    found["outside-hall"] = int((~covered).sum())

    zone_tree = shapely.STRtree(zones)
    bz, zz = zone_tree.query(booths, predicate="intersects")
    inside = shapely.relate_pattern(booths[bz], zones[zz], "2********")
    themes = np.array([p.get("theme") for p in booth_props], dtype=object)
    zone_themes = np.array([p.get("theme") for p in zone_props], dtype=object)
    found["theme-mismatch"] = int((inside & (themes[bz] != zone_themes[zz])).sum())

    if len(columns):
        cb, cc = shapely.STRtree(columns).query(booths, predicate="intersects")
        found["booth-on-column"] = int(
            shapely.relate_pattern(booths[cb], columns[cc], "2********").sum()
        )

    print(json.dumps({"booths": len(booths), "found": found}))


if __name__ == "__main__":
    main(sys.argv[1])
