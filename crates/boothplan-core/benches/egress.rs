//! Every rule with the fire and egress rules on, as `boothplan check --rules PACK` runs them:
//! the default fair (its doors and approvals) and a generated fair of 100,000 booths with
//! doors on its walls (`sample::synthetic_with_doors`), under each pack. The budget is ≤ 50 ms
//! and ≤ 1 s for the whole process (`benches/cli_budget.sh`); without doors the same check
//! is `check`'s bench, so the difference is what the egress rules cost.
//! Run with `cargo bench -p boothplan-core --bench egress`.

use boothplan_core::check::check_layout;
use boothplan_core::model::{Layout, RulePack};
use boothplan_core::sample;

fn main() {
    divan::main();
}

/// `layout` held to `pack`, as `--rules` does.
fn under(mut layout: Layout, pack: &str) -> Layout {
    layout.rules.pack = RulePack::from_name(pack).expect("a known pack");
    layout
}

/// The default Hangzhou fair (823 booths, 7 halls, 136 doors).
#[divan::bench(args = ["gb50016", "nfpa101"], sample_count = 20)]
fn default_expo(bencher: divan::Bencher, pack: &str) {
    let layout = under(sample::gdte_hangzhou(), pack);
    bencher.bench(|| check_layout(&layout).len());
}

/// 100,000 booths in ten halls with a 3 m door wherever an aisle meets a wall.
#[divan::bench(args = ["gb50016", "nfpa101"], sample_count = 5)]
fn synthetic_100k(bencher: divan::Bencher, pack: &str) {
    let layout = under(sample::synthetic_with_doors(100_000, 1), pack);
    bencher.bench(|| check_layout(&layout).len());
}
