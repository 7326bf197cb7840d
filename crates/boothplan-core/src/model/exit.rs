//! Exits: the doors people leave a hall by, which the fire and egress rules measure against.

use serde::{Deserialize, Serialize};

use super::{Point, Rect};

/// A door in a hall's wall: a segment on the hall's outline whose length is its clear width.
///
/// Exits are what egress is measured to (distance, walking distance, exit width per occupant),
/// so they are part of the plan, not decoration: a plan with no exit in a hall cannot be signed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exit {
    /// Unique id, e.g. `1A-E1`.
    pub id: String,
    /// Id of the hall whose wall it is in; `None` when it is in no hall's wall.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "super::hall_ref")]
    pub hall: Option<String>,
    /// One end of the door, on the wall.
    pub from: Point,
    /// The other end of the door, on the wall.
    pub to: Point,
}

impl Exit {
    /// The door's clear width in metres: its length along the wall.
    #[must_use]
    pub fn width_m(&self) -> f64 {
        (self.to.x_m - self.from.x_m).hypot(self.to.y_m - self.from.y_m)
    }

    /// The door's middle, where its label and symbol go.
    #[must_use]
    pub fn centre(&self) -> Point {
        Point::new(
            f64::midpoint(self.from.x_m, self.to.x_m),
            f64::midpoint(self.from.y_m, self.to.y_m),
        )
    }

    /// The box around the door, for "fit all" and picking.
    #[must_use]
    pub fn bounds(&self) -> Rect {
        let (a, b) = (self.from, self.to);
        Rect::new(a.x_m.min(b.x_m), a.y_m.min(b.y_m), (a.x_m - b.x_m).abs(), (a.y_m - b.y_m).abs())
    }
}
