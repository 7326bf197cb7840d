//! What the fire and egress rules changed in a fill, in the planner's words: once a layout has
//! doors, a fill shortens blocks to the long-row limit and leaves places empty in front of doors
//! and beyond the exit distance. The preview and `boothplan fill` say so rather than quietly
//! making fewer booths.

use crate::units::{decimals, group_thousands};

/// How the rules shaped one fill: every field zero or `None` when they changed nothing.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct RuleEffects {
    /// The long-row limit (metres) when it changed the blocks.
    pub long_row_m: Option<f64>,
    /// Modules per block when the long-row limit made blocks shorter than asked.
    pub shortened_block: Option<u32>,
    /// True when back-to-back pairs became single rows, a pair being too deep for the limit.
    pub single_rows: bool,
    /// The module's longer side (metres) when it alone is longer than the long-row limit, so
    /// that every booth was made to stand alone (blocks of one, single rows).
    pub module_too_long_m: Option<f64>,
    /// Places left empty because they lie in the clear zone in front of a door.
    pub in_front_of_doors: usize,
    /// Places left empty because part of them is farther from every door than the limit.
    pub beyond_exit_distance: usize,
    /// The straight-line exit distance (metres) when it left places empty.
    pub exit_distance_m: Option<f64>,
}

impl RuleEffects {
    /// One plain sentence per change, e.g. `Blocks shortened to 6 booths (20 m long-row
    /// limit)`, `12 places left empty in front of doors`; none when the rules changed nothing.
    #[must_use]
    pub fn notes(&self) -> Vec<String> {
        let places = |n: usize| format!("{} place{}", group_thousands(n), plural(n));
        let limit = |m: Option<f64>| m.map_or_else(String::new, |m| decimals(m, 2) + " m ");
        let mut notes = Vec::new();
        if let Some(n) = self.shortened_block {
            let row = limit(self.long_row_m);
            let n = usize::try_from(n).unwrap_or(usize::MAX);
            notes.push(format!(
                "Blocks shortened to {} booth{} ({row}long-row limit)",
                group_thousands(n),
                plural(n)
            ));
        }
        if let Some(m) = self.module_too_long_m {
            let row = limit(self.long_row_m);
            notes.push(format!(
                "Every booth stands alone: the {} m module is itself longer than the \
                 {row}long-row limit",
                decimals(m, 2)
            ));
        }
        if self.single_rows {
            let row = limit(self.long_row_m);
            notes.push(format!("Single rows instead of back to back ({row}long-row limit)"));
        }
        if self.in_front_of_doors > 0 {
            notes.push(format!("{} left empty in front of doors", places(self.in_front_of_doors)));
        }
        if self.beyond_exit_distance > 0 {
            let reach = limit(self.exit_distance_m);
            notes.push(format!(
                "{} left empty beyond the {reach}exit distance",
                places(self.beyond_exit_distance)
            ));
        }
        notes
    }
}

/// The plural `s` of a count.
fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
