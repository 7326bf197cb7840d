#!/usr/bin/env bash
# Whole-process budgets (docs/PERFORMANCE.md), on the release build:
#   boothplan check FILE.ron   100,000 booths   ≤ 0.12 s wall, ≤ 100 MB peak RSS
#   boothplan stats FILE.ron   100,000 booths   < 1 s
#   boothplan check --rules gb50016|nfpa101, the fire and egress rules on:
#     the default expo ≤ 50 ms; 100,000 booths with doors on the walls ≤ 1 s
# Usage: benches/cli_budget.sh [BOOTHS] [RUNS]   (defaults: 100000 booths, 10 runs)
# Prints the machine, the load average (figures taken under load are noisy), the median wall
# time of RUNS runs and the peak RSS from `/usr/bin/time -v`; `hyperfine` too when installed.
set -euo pipefail

booths="${1:-100000}"
runs="${2:-10}"
cd "$(dirname "$0")/.."

source benches/need_gnu_time.sh

cargo build --release --quiet --bin boothplan
bin=target/release/boothplan
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
file="$dir/synthetic-$booths.ron"
"$bin" generate synthetic --booths "$booths" --seed 1 -o "$file"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "$(free -g | awk '/^Mem:/ {print $2}') GiB"
echo "file:    $file, $booths booths, $(du -h "$file" | cut -f1)"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"

# One sub-command: median wall time over $runs runs, peak RSS of the largest run.
measure() {
    local name="$1"
    shift
    local times=() peak=0
    for _ in $(seq "$runs"); do
        # `check` exits 1 when it finds errors (the synthetic fair has planted overlaps).
        /usr/bin/time -f '%e %M' -o "$dir/time" "$@" >/dev/null || [[ $? -eq 1 ]]
        read -r wall rss < <(tail -1 "$dir/time")
        times+=("$wall")
        ((rss > peak)) && peak=$rss
    done
    local median
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    printf '%-13s median %s s over %s runs (min %s, max %s), peak RSS %d MB\n' "$name" "$median" \
        "$runs" "$(printf '%s\n' "${times[@]}" | sort -n | head -1)" \
        "$(printf '%s\n' "${times[@]}" | sort -n | tail -1)" $((peak * 1024 / 1000000))
}

measure check "$bin" check "$file"
measure stats "$bin" stats "$file"
# The egress rules run once a layout has doors: the default expo, and the same fair with a 3 m
# door wherever an aisle meets a wall (`generate synthetic --doors`).
doors="$dir/synthetic-$booths-doors.ron"
"$bin" generate synthetic --booths "$booths" --seed 1 --doors -o "$doors" >/dev/null
for pack in gb50016 nfpa101; do
    measure "expo $pack" "$bin" check layouts/gdte-hangzhou.ron --rules "$pack"
    measure "doors $pack" "$bin" check "$doors" --rules "$pack"
done
echo "detail of one check run (/usr/bin/time -v):"
/usr/bin/time -v "$bin" check "$file" 2>&1 >/dev/null |
    grep -E 'Elapsed|Maximum resident|User time|System time' || true

if command -v hyperfine >/dev/null; then
    hyperfine --warmup 2 --runs "$runs" -i "$bin check $file" "$bin stats $file"
fi
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (after)"
