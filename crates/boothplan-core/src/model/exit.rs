//! Exits: the doors people leave a hall by, which the fire and egress rules measure against.

use serde::{Deserialize, Serialize};

use super::{Point, Rect, point_in_polygon};

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

    /// The unit vector across the door pointing into the hall whose wall it is in (outline
    /// `hall`): where its clear zone lies and which way its symbol faces. `None` for a door of
    /// no width, or when neither side of it is in the hall (it is not on that wall).
    #[must_use]
    pub fn inward(&self, hall: &[Point]) -> Option<(f64, f64)> {
        let width = self.width_m();
        if width <= 0.0 {
            return None;
        }
        let (dx, dy) =
            ((self.to.x_m - self.from.x_m) / width, (self.to.y_m - self.from.y_m) / width);
        let c = self.centre();
        // A step small against the door and any hall, large against rounding.
        let step = (width / 20.0).min(0.05);
        let inside = |(nx, ny): (f64, f64)| {
            point_in_polygon(Point::new(c.x_m + nx * step, c.y_m + ny * step), hall)
        };
        [(-dy, dx), (dy, -dx)].into_iter().find(|&n| inside(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inward_points_into_the_hall_from_any_wall() {
        let hall = Rect::new(0.0, 0.0, 40.0, 20.0).corners().to_vec();
        let door = |from: (f64, f64), to: (f64, f64)| Exit {
            id: "E".into(),
            hall: None,
            from: from.into(),
            to: to.into(),
        };
        assert_eq!(door((10.0, 0.0), (13.0, 0.0)).inward(&hall), Some((0.0, 1.0)));
        assert_eq!(door((13.0, 20.0), (10.0, 20.0)).inward(&hall), Some((-0.0, -1.0)));
        assert_eq!(door((0.0, 5.0), (0.0, 8.0)).inward(&hall), Some((1.0, -0.0)));
        assert_eq!(door((40.0, 8.0), (40.0, 5.0)).inward(&hall), Some((-1.0, 0.0)));
        assert_eq!(door((50.0, 5.0), (50.0, 8.0)).inward(&hall), None, "not on this hall's wall");
        assert_eq!(door((0.0, 5.0), (0.0, 5.0)).inward(&hall), None, "no width");
    }
}
