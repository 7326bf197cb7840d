//! `long-row`: a run of booths standing side by side, with no aisle between them, longer than
//! the limit: visitors in its middle have far to go round it.
//!
//! Two booths are joined when they overlap or touch along a stretch of side (touching at a
//! corner only leaves a way through). A run is a connected group of joined booths; its length
//! is the longer side of the box around it.

use super::super::{AREA_EPSILON_M2, Finding, Measure, Rule, index, text};
use super::HallInput;
use crate::model::Rect;

/// Gaps and shared stretches below this (m) are no gap and no stretch: float noise.
const TOUCH_M: f64 = 1e-6;

/// The `long-row` findings of a hall: one per run longer than the limit.
pub(super) fn findings(input: &HallInput<'_>) -> Vec<Finding> {
    let Some(limit) = &input.limits.long_row_m else { return Vec::new() };
    let booths = &input.booths;
    let tree = index::bulk(booths.iter().enumerate().map(|(i, b)| (b.rect, index::tag(i))));
    let mut runs = Runs((0..booths.len()).collect());
    for (i, booth) in booths.iter().enumerate() {
        for other in tree.locate_in_envelope_intersecting(&index::envelope(&booth.rect, TOUCH_M)) {
            let j = other.data as usize;
            if j > i && joined(&booth.rect, &booths[j].rect) {
                runs.join(i, j);
            }
        }
    }
    let mut members: std::collections::HashMap<usize, Vec<usize>> =
        std::collections::HashMap::new();
    for i in 0..booths.len() {
        let root = runs.root(i);
        members.entry(root).or_default().push(i);
    }
    let mut found: Vec<Finding> = members
        .into_values()
        .filter(|run| run.len() > 1)
        .filter_map(|run| {
            let bounds = run.iter().map(|&i| booths[i].rect).reduce(|a, b| a.union(&b))?;
            let length = bounds.width_m.max(bounds.height_m);
            if length <= limit.value {
                return None;
            }
            let mut ids: Vec<String> = run.iter().map(|&i| booths[i].id.clone()).collect();
            ids.sort();
            let message = format!(
                "Booths {} to {} ({} booths) stand in one run {} m long with no aisle through \
                 it; the limit is {} m ({}).",
                ids[0],
                ids[ids.len() - 1],
                ids.len(),
                text::number(length),
                text::number(limit.value),
                limit.clause
            );
            let measure =
                Measure { measured_m: length, limit: limit.value, clause: limit.clause.clone() };
            Some(Finding::measured(Rule::LongRow, ids, message, measure))
        })
        .collect();
    found.sort_by(|a, b| a.ids.cmp(&b.ids));
    found
}

/// True when two booths overlap or share a stretch of side.
fn joined(a: &Rect, b: &Rect) -> bool {
    let dx = a.max_x_m().min(b.max_x_m()) - a.x_m.max(b.x_m);
    let dy = a.max_y_m().min(b.max_y_m()) - a.y_m.max(b.y_m);
    (dx * dy > AREA_EPSILON_M2 && dx > 0.0)
        || (dx > TOUCH_M && dy.abs() <= TOUCH_M)
        || (dy > TOUCH_M && dx.abs() <= TOUCH_M)
}

/// Disjoint sets of booths (union–find with path halving).
struct Runs(Vec<usize>);

impl Runs {
    fn root(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }

    fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        if a != b {
            self.0[a.max(b)] = a.min(b);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn side_by_side_joins_and_corners_do_not() {
        let a = Rect::new(0.0, 0.0, 3.0, 3.0);
        assert!(joined(&a, &Rect::new(3.0, 0.0, 3.0, 3.0)));
        assert!(joined(&a, &Rect::new(0.0, 3.0, 3.0, 3.0)));
        assert!(joined(&a, &Rect::new(1.0, 1.0, 3.0, 3.0)));
        assert!(!joined(&a, &Rect::new(3.0, 3.0, 3.0, 3.0)));
        assert!(!joined(&a, &Rect::new(3.5, 0.0, 3.0, 3.0)));
    }
}
