//! The two shapes a floor plan is made of: points of hall outlines and axis-aligned rectangles.

use serde::{Deserialize, Serialize};

/// A position on the venue floor, in metres (x right, y down).
///
/// Written as a bare tuple `(x, y)` in files so that a hall outline stays short and readable.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "(f64, f64)", into = "(f64, f64)")]
pub struct Point {
    /// Metres to the right of the venue origin.
    pub x_m: f64,
    /// Metres down the page from the venue origin.
    pub y_m: f64,
}

impl Point {
    /// A point at `(x_m, y_m)` metres.
    #[must_use]
    pub const fn new(x_m: f64, y_m: f64) -> Self {
        Self { x_m, y_m }
    }
}

impl From<(f64, f64)> for Point {
    fn from((x_m, y_m): (f64, f64)) -> Self {
        Self { x_m, y_m }
    }
}

impl From<Point> for (f64, f64) {
    fn from(p: Point) -> Self {
        (p.x_m, p.y_m)
    }
}

/// An axis-aligned rectangle: the shape of every zone and booth.
///
/// `(x_m, y_m)` is the corner nearest the origin (top-left on the page, since y runs down).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rect {
    /// Left edge, metres.
    pub x_m: f64,
    /// Top edge, metres.
    pub y_m: f64,
    /// Extent to the right, metres; positive in a valid layout.
    pub width_m: f64,
    /// Extent down the page, metres; positive in a valid layout.
    pub height_m: f64,
}

impl Rect {
    /// A rectangle from its top-left corner and size.
    #[must_use]
    pub const fn new(x_m: f64, y_m: f64, width_m: f64, height_m: f64) -> Self {
        Self { x_m, y_m, width_m, height_m }
    }

    /// The rectangle spanned by two opposite corners, in any order (as a drag gives them).
    #[must_use]
    pub fn from_corners(a: Point, b: Point) -> Self {
        let (x0, x1) = (a.x_m.min(b.x_m), a.x_m.max(b.x_m));
        let (y0, y1) = (a.y_m.min(b.y_m), a.y_m.max(b.y_m));
        Self::new(x0, y0, x1 - x0, y1 - y0)
    }

    /// Right edge, metres.
    #[must_use]
    pub fn max_x_m(&self) -> f64 {
        self.x_m + self.width_m
    }

    /// Bottom edge, metres.
    #[must_use]
    pub fn max_y_m(&self) -> f64 {
        self.y_m + self.height_m
    }

    /// Floor area in m² (what a booth is sold by).
    #[must_use]
    pub fn area_m2(&self) -> f64 {
        self.width_m * self.height_m
    }

    /// The middle of the rectangle, where labels go.
    #[must_use]
    pub fn centre(&self) -> Point {
        Point::new(self.x_m + self.width_m / 2.0, self.y_m + self.height_m / 2.0)
    }

    /// True when all four numbers are finite and both sides are longer than zero.
    #[must_use]
    pub fn is_valid(&self) -> bool {
        [self.x_m, self.y_m, self.width_m, self.height_m].iter().all(|v| v.is_finite())
            && self.width_m > 0.0
            && self.height_m > 0.0
    }

    /// The four corners, clockwise on the page from the top-left.
    #[must_use]
    pub fn corners(&self) -> [Point; 4] {
        [
            Point::new(self.x_m, self.y_m),
            Point::new(self.max_x_m(), self.y_m),
            Point::new(self.max_x_m(), self.max_y_m()),
            Point::new(self.x_m, self.max_y_m()),
        ]
    }

    /// True when `p` lies inside or on the border.
    #[must_use]
    pub fn contains_point(&self, p: Point) -> bool {
        p.x_m >= self.x_m && p.x_m <= self.max_x_m() && p.y_m >= self.y_m && p.y_m <= self.max_y_m()
    }

    /// True when `other` lies wholly inside this rectangle (borders may touch).
    #[must_use]
    pub fn contains_rect(&self, other: &Rect) -> bool {
        other.x_m >= self.x_m
            && other.y_m >= self.y_m
            && other.max_x_m() <= self.max_x_m()
            && other.max_y_m() <= self.max_y_m()
    }

    /// The same rectangle moved `right_m` to the right and `down_m` down the page.
    #[must_use]
    pub fn translated(&self, right_m: f64, down_m: f64) -> Self {
        Self::new(self.x_m + right_m, self.y_m + down_m, self.width_m, self.height_m)
    }

    /// The smallest rectangle holding both (for fitting the view).
    #[must_use]
    pub fn union(&self, other: &Rect) -> Self {
        let x0 = self.x_m.min(other.x_m);
        let y0 = self.y_m.min(other.y_m);
        let x1 = self.max_x_m().max(other.max_x_m());
        let y1 = self.max_y_m().max(other.max_y_m());
        Self::new(x0, y0, x1 - x0, y1 - y0)
    }

    /// The bounding box of some points, or `None` when there are none.
    #[must_use]
    pub fn bounding(points: impl IntoIterator<Item = Point>) -> Option<Self> {
        let mut it = points.into_iter();
        let first = it.next()?;
        let (mut x0, mut y0, mut x1, mut y1) = (first.x_m, first.y_m, first.x_m, first.y_m);
        for p in it {
            x0 = x0.min(p.x_m);
            y0 = y0.min(p.y_m);
            x1 = x1.max(p.x_m);
            y1 = y1.max(p.y_m);
        }
        Some(Self::new(x0, y0, x1 - x0, y1 - y0))
    }
}

/// Straight distance from `p` to the nearest point of the segment `a`–`b`, metres: how far a
/// point is from a door or a wall.
#[must_use]
pub fn distance_to_segment_m(p: Point, a: Point, b: Point) -> f64 {
    let (dx, dy) = (b.x_m - a.x_m, b.y_m - a.y_m);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 {
        (((p.x_m - a.x_m) * dx + (p.y_m - a.y_m) * dy) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    (p.x_m - (a.x_m + t * dx)).hypot(p.y_m - (a.y_m + t * dy))
}

/// Area of a simple polygon in m² (shoelace formula; the orientation does not matter).
///
/// Used for hall areas in summaries; the checks use `geo` for anything exact.
#[must_use]
pub fn polygon_area_m2(outline: &[Point]) -> f64 {
    let n = outline.len();
    if n < 3 {
        return 0.0;
    }
    let twice: f64 = (0..n)
        .map(|i| {
            let (a, b) = (outline[i], outline[(i + 1) % n]);
            a.x_m * b.y_m - b.x_m * a.y_m
        })
        .sum();
    (twice / 2.0).abs()
}

/// Even-odd point-in-polygon test.
#[must_use]
pub fn point_in_polygon(p: Point, outline: &[Point]) -> bool {
    let count = outline.len();
    let mut inside = false;
    for i in 0..count {
        let (a, b) = (outline[i], outline[(i + count - 1) % count]);
        if (a.y_m > p.y_m) != (b.y_m > p.y_m) {
            let crossing_x = a.x_m + (p.y_m - a.y_m) * (b.x_m - a.x_m) / (b.y_m - a.y_m);
            if p.x_m < crossing_x {
                inside = !inside;
            }
        }
    }
    inside
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn l_shaped_hall_area_is_the_sum_of_its_parts() {
        // A 100 × 60 rectangle with a 40 × 20 corner cut away.
        let outline = [
            Point::new(0.0, 0.0),
            Point::new(100.0, 0.0),
            Point::new(100.0, 40.0),
            Point::new(60.0, 40.0),
            Point::new(60.0, 60.0),
            Point::new(0.0, 60.0),
        ];
        assert!((polygon_area_m2(&outline) - (6000.0 - 800.0)).abs() < 1e-9);
    }

    #[test]
    fn rect_from_corners_in_any_order() {
        let r = Rect::from_corners(Point::new(9.0, 2.0), Point::new(3.0, 8.0));
        assert_eq!(r, Rect::new(3.0, 2.0, 6.0, 6.0));
        assert!(r.is_valid());
        assert!(!Rect::new(0.0, 0.0, 0.0, 3.0).is_valid());
        assert!(!Rect::new(f64::NAN, 0.0, 3.0, 3.0).is_valid());
    }
}
