#!/usr/bin/env bash
# CPU per GUI frame (ui + tessellation) of the editor on a synthetic fair, from `perf stat`
# task-clock: a run with REPS frames minus a run with none. Compiles
# crates/boothplan-ui/benches/support/gui_frame_cpu.rs against the release libraries (no dev-dependencies).
# Usage: benches/gui_frame_cpu.sh [REPS]   (default 50). Needs `perf` (Debian: linux-perf).
set -euo pipefail
reps="${1:-50}"
cd "$(dirname "$0")/.."
cargo build --release --quiet -p boothplan-ui --lib
deps=target/release/deps
ui=$(ls -t "$deps"/libboothplan_ui-*.rlib | head -1)
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# target/ may hold several builds of egui and of boothplan_core (other feature sets, e.g. a
# bench build): the pair boothplan_ui was built against is the one that compiles.
built() {
    for core in $(ls -t "$deps"/libboothplan_core-*.rlib); do
        for egui in $(ls -t "$deps"/libegui-*.rlib); do
            if rustc --edition 2024 -C opt-level=3 -L "dependency=$deps" \
                --extern "boothplan_core=$core" --extern "boothplan_ui=$ui" --extern "egui=$egui" \
                crates/boothplan-ui/benches/support/gui_frame_cpu.rs -o "$out/gui_frame_cpu" \
                2>/dev/null; then
                return 0
            fi
        done
    done
    return 1
}
built || true
[[ -x "$out/gui_frame_cpu" ]] || { echo "could not build the frame runner against $deps" >&2; exit 1; }
clock() { perf stat -x, -e task-clock "$out/gui_frame_cpu" "$@" 2>&1 >/dev/null | cut -d, -f1; }
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
for view in all moving zoomed; do
    for n in ${SIZES:-1000 10000 100000}; do
        base=$(clock "$n" 0 "$view")
        total=$(clock "$n" "$reps" "$view")
        printf 'frame %-6s %6s booths  %7.2f ms CPU per frame (%s frames)\n' "$view" "$n" \
            "$(echo "($total - $base) / $reps" | bc -l)" "$reps"
    done
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
