//! Where things go on the sheet: margins, the drawing area, the sidebar, and the plan's scale.

use crate::model::{Point, Rect};

/// A rectangle on paper, millimetres from the sheet's top-left corner.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PaperBox {
    /// Left edge, mm.
    pub x: f64,
    /// Top edge, mm.
    pub y: f64,
    /// Width, mm.
    pub w: f64,
    /// Height, mm.
    pub h: f64,
}

impl PaperBox {
    /// Right edge, mm.
    pub fn right(&self) -> f64 {
        self.x + self.w
    }

    /// Bottom edge, mm.
    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }
}

/// The division of one sheet of paper into frame, drawing and sidebar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sheet {
    /// Sheet width, mm.
    pub width_mm: f64,
    /// Sheet height, mm.
    pub height_mm: f64,
    /// Size multiplier for text and lines: 1 on A4, growing gently with the paper.
    pub unit: f64,
    /// The drawn border of the sheet.
    pub frame: PaperBox,
    /// Where the floor plan is drawn.
    pub drawing: PaperBox,
    /// Legend, tables, scale bar and title block.
    pub sidebar: PaperBox,
    /// Where the sidebar is: right of the drawing (landscape) or a band below it (portrait).
    pub band_below: bool,
}

impl Sheet {
    /// The standard arrangement for a sheet of this size.
    #[must_use]
    pub fn new(width_mm: f64, height_mm: f64) -> Self {
        let unit = (width_mm.min(height_mm) / 210.0).sqrt();
        let margin = 8.0 * unit;
        let frame = PaperBox {
            x: margin,
            y: margin,
            w: width_mm - 2.0 * margin,
            h: height_mm - 2.0 * margin,
        };
        let pad = 6.0 * unit;
        let band_below = height_mm > width_mm;
        let (sidebar, drawing) = if band_below {
            // Portrait: the legend runs in columns along the foot, the plan keeps the full width.
            let band_h = (96.0 * unit).min(frame.h * 0.4);
            let sidebar =
                PaperBox { x: frame.x, y: frame.bottom() - band_h, w: frame.w, h: band_h };
            let drawing = PaperBox {
                x: frame.x + pad,
                y: frame.y + pad,
                w: frame.w - 2.0 * pad,
                h: sidebar.y - frame.y - 2.0 * pad,
            };
            (sidebar, drawing)
        } else {
            let sidebar_w = (64.0 * unit).min(frame.w * 0.32);
            let sidebar =
                PaperBox { x: frame.right() - sidebar_w, y: frame.y, w: sidebar_w, h: frame.h };
            let drawing = PaperBox {
                x: frame.x + pad,
                y: frame.y + pad,
                w: sidebar.x - frame.x - 2.0 * pad,
                h: frame.h - 2.0 * pad,
            };
            (sidebar, drawing)
        };
        Self { width_mm, height_mm, unit, frame, drawing, sidebar, band_below }
    }
}

/// Steps within a decade of the scales architects print at: 1:100, 1:200, 1:250, 1:500, 1:1000 …
const STANDARD_STEPS: [f64; 4] = [1.0, 2.0, 2.5, 5.0];

/// The smallest standard scale denominator not below `needed` (e.g. 430 → 500).
#[must_use]
pub fn standard_scale(needed: f64) -> f64 {
    if !needed.is_finite() || needed <= 1.0 {
        return 1.0;
    }
    let mut decade = 10f64.powf(needed.log10().floor());
    loop {
        for step in STANDARD_STEPS {
            let candidate = step * decade;
            if candidate >= needed * (1.0 - 1e-9) {
                return candidate;
            }
        }
        decade *= 10.0;
    }
}

/// Venue metres to sheet millimetres at a fixed scale, centred in a paper box.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    /// The `N` of `1:N`.
    pub scale: f64,
    /// Paper millimetres per venue metre (`1000 / N`).
    pub mm_per_m: f64,
    /// Sheet position of venue point (0, 0).
    origin_mm: (f64, f64),
}

impl Projection {
    /// The standard scale that fits `bounds` (venue metres) into `area`, centred.
    #[must_use]
    pub fn fit(bounds: Rect, area: PaperBox) -> Self {
        let needed_x = bounds.width_m * 1000.0 / area.w.max(1e-6);
        let needed_y = bounds.height_m * 1000.0 / area.h.max(1e-6);
        let scale = standard_scale(needed_x.max(needed_y));
        let mm_per_m = 1000.0 / scale;
        let centre = bounds.centre();
        let origin_mm = (
            area.x + area.w / 2.0 - centre.x_m * mm_per_m,
            area.y + area.h / 2.0 - centre.y_m * mm_per_m,
        );
        Self { scale, mm_per_m, origin_mm }
    }

    /// A venue point on the sheet, mm.
    #[must_use]
    pub fn point(&self, p: Point) -> (f64, f64) {
        (self.origin_mm.0 + p.x_m * self.mm_per_m, self.origin_mm.1 + p.y_m * self.mm_per_m)
    }

    /// The venue point under sheet position `(x, y)`, mm: the inverse of [`Self::point`].
    #[must_use]
    pub fn venue_point(&self, (x, y): (f64, f64)) -> Point {
        Point::new((x - self.origin_mm.0) / self.mm_per_m, (y - self.origin_mm.1) / self.mm_per_m)
    }

    /// A venue rectangle on the sheet.
    #[must_use]
    pub fn rect(&self, r: Rect) -> PaperBox {
        let (x, y) = self.point(Point::new(r.x_m, r.y_m));
        PaperBox { x, y, w: r.width_m * self.mm_per_m, h: r.height_m * self.mm_per_m }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_round_up_to_what_architects_use() {
        let cases = [
            (90.0, 100.0),
            (100.0, 100.0),
            (101.0, 200.0),
            (210.0, 250.0),
            (430.0, 500.0),
            (501.0, 1000.0),
            (1900.0, 2000.0),
            (2100.0, 2500.0),
            (0.5, 1.0),
        ];
        for (needed, want) in cases {
            assert_eq!(standard_scale(needed), want, "{needed}");
        }
    }

    #[test]
    fn portrait_sheets_put_the_legend_below_and_landscape_beside() {
        for (w, h) in [(841.0, 594.0), (210.0, 297.0), (594.0, 841.0)] {
            let sheet = Sheet::new(w, h);
            let (d, s) = (sheet.drawing, sheet.sidebar);
            assert_eq!(sheet.band_below, h > w);
            if sheet.band_below {
                assert!(d.bottom() <= s.y && s.w == sheet.frame.w, "{sheet:?}");
            } else {
                assert!(d.right() <= s.x && s.h == sheet.frame.h, "{sheet:?}");
            }
            assert!(d.x >= sheet.frame.x && d.y >= sheet.frame.y && d.w > 0.0 && d.h > 0.0);
        }
    }

    #[test]
    fn a_fitted_plan_lies_inside_its_area_and_is_centred() {
        let area = PaperBox { x: 10.0, y: 20.0, w: 300.0, h: 200.0 };
        let hall = Rect::new(-40.0, 5.0, 120.0, 60.0);
        let p = Projection::fit(hall, area);
        assert_eq!(p.scale, 500.0);
        let on_paper = p.rect(hall);
        assert!(on_paper.x >= area.x && on_paper.right() <= area.right());
        assert!(on_paper.y >= area.y && on_paper.bottom() <= area.bottom());
        assert!(((on_paper.x - area.x) - (area.right() - on_paper.right())).abs() < 1e-9);
    }

    proptest::proptest! {
        #[test]
        fn any_venue_fits_its_area_at_the_chosen_scale(
            x in -1e4f64..1e4, y in -1e4f64..1e4, w in 0.1f64..5e3, h in 0.1f64..5e3,
            aw in 50.0f64..1200.0, ah in 50.0f64..1200.0,
        ) {
            let area = PaperBox { x: 10.0, y: 10.0, w: aw, h: ah };
            let venue = Rect::new(x, y, w, h);
            let p = Projection::fit(venue, area);
            let r = p.rect(venue);
            let eps = 1e-6 * (aw + ah);
            proptest::prop_assert!(r.x >= area.x - eps && r.right() <= area.right() + eps);
            proptest::prop_assert!(r.y >= area.y - eps && r.bottom() <= area.bottom() + eps);
            // The next smaller standard scale would not fit: the plan is as large as allowed.
            let needed = (w * 1000.0 / aw).max(h * 1000.0 / ah);
            proptest::prop_assert!(p.scale >= needed * (1.0 - 1e-9));
            proptest::prop_assert!(p.scale <= needed * 2.0 * (1.0 + 1e-9) || p.scale == 1.0);
        }
    }
}
