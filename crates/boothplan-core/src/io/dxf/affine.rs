//! Where a point of a block, an inserted block or a drawing lands on the venue floor: a 2-D
//! affine map, composed as INSERTs nest.

/// `x' = a·x + b·y + c`, `y' = d·x + e·y + f`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Affine {
    a: f64,
    b: f64,
    c: f64,
    d: f64,
    e: f64,
    f: f64,
}

impl Affine {
    /// Scales by `s` and mirrors y: drawing units (y up the page) to metres (y down the page).
    pub(super) fn drawing_to_floor(metres_per_unit: f64) -> Self {
        Self { a: metres_per_unit, b: 0.0, c: 0.0, d: 0.0, e: -metres_per_unit, f: 0.0 }
    }

    /// A translation.
    pub(super) fn translate(x: f64, y: f64) -> Self {
        Self { a: 1.0, b: 0.0, c: x, d: 0.0, e: 1.0, f: y }
    }

    /// A scaling about the origin, one factor per axis.
    pub(super) fn scale(sx: f64, sy: f64) -> Self {
        Self { a: sx, b: 0.0, c: 0.0, d: 0.0, e: sy, f: 0.0 }
    }

    /// A rotation about the origin, counter-clockwise in the drawing's frame.
    pub(super) fn rotate_deg(deg: f64) -> Self {
        let (s, c) = deg.to_radians().sin_cos();
        Self { a: c, b: -s, c: 0.0, d: s, e: c, f: 0.0 }
    }

    /// First `inner`, then `self`.
    pub(super) fn then_inner(&self, inner: &Self) -> Self {
        Self {
            a: self.a * inner.a + self.b * inner.d,
            b: self.a * inner.b + self.b * inner.e,
            c: self.a * inner.c + self.b * inner.f + self.c,
            d: self.d * inner.a + self.e * inner.d,
            e: self.d * inner.b + self.e * inner.e,
            f: self.d * inner.c + self.e * inner.f + self.f,
        }
    }

    /// The image of `(x, y)`.
    pub(super) fn apply(&self, x: f64, y: f64) -> (f64, f64) {
        (self.a * x + self.b * y + self.c, self.d * x + self.e * y + self.f)
    }

    /// The largest factor by which the map stretches a length: an arc's chord error, measured in
    /// its own units, grows by at most this much on the floor.
    pub(super) fn max_stretch(&self) -> f64 {
        // The largest singular value of [[a, b], [d, e]].
        let p = self.a * self.a + self.b * self.b + self.d * self.d + self.e * self.e;
        let det = self.a * self.e - self.b * self.d;
        let q = (p * p - 4.0 * det * det).max(0.0).sqrt();
        f64::midpoint(p, q).sqrt()
    }

    /// True when the map is finite and does not squash the plane flat.
    pub(super) fn is_usable(&self) -> bool {
        let det = self.a * self.e - self.b * self.d;
        [self.a, self.b, self.c, self.d, self.e, self.f].iter().all(|v| v.is_finite())
            && det.is_normal()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_insert_scales_then_rotates_then_moves() {
        // A block point (1, 0), scaled by 2, turned a quarter, placed at (10, 5).
        let m = Affine::translate(10.0, 5.0)
            .then_inner(&Affine::rotate_deg(90.0))
            .then_inner(&Affine::scale(2.0, 2.0));
        let (x, y) = m.apply(1.0, 0.0);
        assert!((x - 10.0).abs() < 1e-12 && (y - 7.0).abs() < 1e-12, "{x} {y}");
        assert!((m.max_stretch() - 2.0).abs() < 1e-12);
    }

    #[test]
    fn the_floor_is_in_metres_with_y_down() {
        let m = Affine::drawing_to_floor(0.001);
        assert_eq!(m.apply(2000.0, 3000.0), (2.0, -3.0));
        assert!(!Affine::scale(0.0, 1.0).is_usable());
    }
}
