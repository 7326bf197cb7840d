//! `booth-depth`: how far a visitor inside a booth may be from the booth's nearest open side.
//!
//! The open sides are the ones aisle access found (`check::access`); inside a rectangle the
//! distance to a side is the distance across to its line, so the farthest point has a closed
//! form: along each axis, half the extent when both sides are open, the whole extent when one
//! is, and no bound when neither is; the depth is the smaller of the two.

use std::collections::HashMap;

use super::super::access::SIDES;
use super::super::{Finding, Measure, Rule, Spot, text};
use super::{Limit, Limits};
use crate::model::{Layout, Rect};

/// The `booth-depth` limit of each hall that has one, by hall id (the first hall of an id);
/// none while the layout has no exit (see [`super::runs`]).
#[derive(Clone, Debug, Default)]
pub(crate) struct DepthLimits(HashMap<String, Limit>);

impl DepthLimits {
    /// The limits of the layout's halls.
    pub(crate) fn new(layout: &Layout) -> Self {
        let mut limits = HashMap::new();
        if !super::runs(layout) {
            return Self(limits);
        }
        for hall in &layout.halls {
            if limits.contains_key(&hall.id) {
                continue;
            }
            if let Some(limit) = Limits::for_hall(layout, hall).booth_depth_m {
                limits.insert(hall.id.clone(), limit);
            }
        }
        Self(limits)
    }

    /// The `booth-depth` finding of a booth with open-side mask `mask`, if it is too deep.
    pub(crate) fn finding(&self, booth: &Spot<'_>, mask: Option<u8>) -> Option<Finding> {
        let limit = self.0.get(booth.hall?)?;
        let depth = depth_m(&booth.rect, mask?)?;
        if depth <= limit.value {
            return None;
        }
        let message = format!(
            "Booth {}: a point inside is {} m from its nearest open side; the limit is {} m ({}).",
            booth.id,
            text::number(depth),
            text::number(limit.value),
            limit.clause
        );
        let measure =
            Measure { measured_m: depth, limit: limit.value, clause: limit.clause.clone() };
        Some(Finding::measured(Rule::BoothDepth, vec![booth.id.to_owned()], message, measure))
    }
}

/// The farthest distance from a point of `rect` to its nearest open side (mask bits in the
/// order of `check::access::strips`: top, right, bottom, left); `None` with no open side.
#[must_use]
pub(crate) fn depth_m(rect: &Rect, mask: u8) -> Option<f64> {
    let open = |side: u8| side < SIDES && mask & (1 << side) != 0;
    let along = |extent: f64, a: bool, b: bool| match (a, b) {
        (true, true) => extent / 2.0,
        (true, false) | (false, true) => extent,
        (false, false) => f64::INFINITY,
    };
    let depth = along(rect.height_m, open(0), open(2)).min(along(rect.width_m, open(3), open(1)));
    depth.is_finite().then_some(depth)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_follows_the_open_sides() {
        let rect = Rect::new(0.0, 0.0, 20.0, 8.0);
        assert_eq!(depth_m(&rect, 0b0001), Some(8.0)); // top only: across the whole height
        assert_eq!(depth_m(&rect, 0b0101), Some(4.0)); // top and bottom
        assert_eq!(depth_m(&rect, 0b1000), Some(20.0)); // left only
        assert_eq!(depth_m(&rect, 0b1001), Some(8.0)); // corner: top and left
        assert_eq!(depth_m(&rect, 0b1111), Some(4.0)); // island
        assert_eq!(depth_m(&rect, 0), None);
    }
}
