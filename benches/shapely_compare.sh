#!/usr/bin/env bash
# `boothplan check` against its peer, shapely 2 (GEOS STRtree) checking the same layout from
# GeoJSON (benches/shapely_check.py), whole process each, run alternately in the same minutes:
# median wall and CPU (user + system) time and peak RSS of each, and the ratios the budget is
# about (docs/SPEC.md: ≥ 20× faster, ≤ ⅕ of the memory, at 100,000 booths).
# Usage: benches/shapely_compare.sh [BOOTHS] [RUNS]   (defaults: 100000 booths, 10 runs)
# BOOTHPLAN=path runs another build of the binary. Installs GNU time (Debian) and shapely (in a
# venv under target/) when missing.
set -euo pipefail

booths="${1:-100000}"
runs="${2:-10}"
cd "$(dirname "$0")/.."

source benches/need_gnu_time.sh
venv=target/shapely-venv
if ! "$venv/bin/python" -c 'import shapely' 2>/dev/null; then
    echo "installing shapely in $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet shapely >&2
fi

if [[ -z "${BOOTHPLAN:-}" ]]; then
    cargo build --release --quiet --bin boothplan
fi
bin="${BOOTHPLAN:-target/release/boothplan}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
"$bin" generate synthetic --booths "$booths" --seed 1 -o "$dir/fair.ron" >/dev/null
"$bin" export "$dir/fair.ron" --local -o "$dir/fair.geojson" >/dev/null

echo "machine: $(nproc) cores; shapely $("$venv/bin/python" -c 'import shapely; print(shapely.__version__, "GEOS", shapely.geos_version_string)')"
echo "file:    $booths booths, RON $(du -h "$dir/fair.ron" | cut -f1), GeoJSON $(du -h "$dir/fair.geojson" | cut -f1)"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
"$venv/bin/python" benches/shapely_check.py "$dir/fair.geojson" | sed 's/^/shapely: /'

# One run: "wall cpu rss_kb" appended to the file named first.
one() {
    local out="$1"
    shift
    # `check` exits 1 when it finds errors (the synthetic fair has planted overlaps).
    /usr/bin/time -f '%e %U %S %M' -o "$dir/time" "$@" >/dev/null || [[ $? -eq 1 ]]
    # The last line: GNU time puts "Command exited with non-zero status" before it.
    tail -1 "$dir/time" | awk '{ printf "%s %.3f %s\n", $1, $2 + $3, $4 }' >>"$out"
}
for _ in $(seq "$runs"); do
    one "$dir/ours" "$bin" check "$dir/fair.ron"
    one "$dir/peer" "$venv/bin/python" benches/shapely_check.py "$dir/fair.geojson"
done
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
stats() {
    local f="$1"
    printf '%s %s %s %s\n' "$(cut -d' ' -f1 "$f" | median)" "$(cut -d' ' -f1 "$f" | sort -g | head -1)" \
        "$(cut -d' ' -f2 "$f" | median)" "$(cut -d' ' -f3 "$f" | sort -g | tail -1)"
}
read -r ow ofast oc orss < <(stats "$dir/ours")
read -r pw pfast pc prss < <(stats "$dir/peer")
printf '%-10s wall median %6.3f s (fastest %6.3f)  CPU median %6.3f s  peak RSS %4d MB\n' \
    boothplan "$ow" "$ofast" "$oc" $((orss / 1024)) shapely "$pw" "$pfast" "$pc" $((prss / 1024))
awk -v ow="$ow" -v pw="$pw" -v oc="$oc" -v pc="$pc" -v orss="$orss" -v prss="$prss" 'BEGIN {
    printf "boothplan is %.1f× faster (wall), %.1f× (CPU), with %.2f of the memory\n", pw / ow, pc / oc, orss / prss }'
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min), $runs runs of each"
