#!/usr/bin/env bash
# CPU time per operation (task-clock of all threads, from `perf stat`), which stays meaningful
# when the machine is loaded, unlike wall time. Compiles crates/boothplan-core/benches/support/cpu_per_op.rs
# against the release core library (no dev-dependencies to build) and prints one line per operation and size.
# Usage: benches/cpu_per_op.sh [REPS]   (default 10; the drag runs 100× REPS)
set -euo pipefail
reps="${1:-10}"
cd "$(dirname "$0")/.."
cargo build --release --quiet -p boothplan-core --lib
deps=target/release/deps
core=$(ls -t "$deps"/libboothplan_core-*.rlib | head -1)
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
mkdir -p "${TMPDIR:-/tmp}/perfq"
rustc --edition 2024 -C opt-level=3 -L "dependency=$deps" --extern "boothplan_core=$core" \
    crates/boothplan-core/benches/support/cpu_per_op.rs -o "$out/cpu_per_op"
clock() { perf stat -x, -e task-clock "$out/cpu_per_op" "$@" 2>&1 >/dev/null | cut -d, -f1; }
per_op() {
    local op=$1 n=$2 r=$3 base total
    base=$(clock "$op" "$n" 0)
    total=$(clock "$op" "$n" "$r")
    printf '%-7s %7s booths  %9.3f ms CPU per operation (%s reps)\n' "$op" "$n" \
        "$(echo "($total - $base) / $r" | bc -l)" "$r"
}
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
for n in 1000 10000 100000; do
    for op in check load save format; do per_op "$op" "$n" "$reps"; done
    per_op drag "$n" $((reps * 100))
done
for op in svg pdf png; do per_op "$op" 10000 3; done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
