//! Background plans: the venue's own drawing (a PNG or JPEG, or a page of a PDF) shown under
//! the plan at its real scale, so that halls, columns and doors can be traced or checked against it.
//!
//! The image is not part of the plan: nothing is checked against it, GeoJSON and the map leave
//! it out (sheets draw it only when asked), and a missing image file is only a warning. The
//! file keeps where the image is (a path relative to the layout file) and how it sits on the
//! venue (its calibration).

use serde::{Deserialize, Serialize};

use super::{Point, Rect};

/// One image under the plan, for one hall or for the whole venue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Background {
    /// The image file, relative to the layout file's folder (`/` between folders), so that a
    /// layout and its drawings can be moved or shared together.
    pub path: String,
    /// The hall the drawing is of; `None` for a drawing of the whole venue.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "super::hall_ref")]
    pub hall: Option<String>,
    /// For a PDF, which page is the drawing, counted from 1 (`None`, as older files have it:
    /// the first). Written as `page: 2`, left out when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "page_number")]
    pub page: Option<u32>,
    /// The image's size in pixels when it was placed: where it lies is known (to pick it, to
    /// frame a missing image) without decoding it.
    pub size_px: (u32, u32),
    /// Where the image lies on the venue.
    pub placement: Placement,
    /// How much of the image shows through, 0 (invisible) to 1 (opaque).
    pub opacity: f64,
    /// Whether it is drawn at all.
    pub visible: bool,
    /// A locked background is never picked or moved by the pointer (the default once it is
    /// calibrated, so that a day of moving booths never nudges the drawing).
    pub locked: bool,
}

/// The calibration of an image: which venue point its top-left corner is on, how many metres
/// one pixel spans, and how far it is turned.
///
/// Image pixel `(u, v)` (u to the right, v down the image) lies at
/// `origin + m_per_px · R(rotation_deg) · (u, v)` in venue metres, where a positive angle turns
/// clockwise as the plan is drawn (x right, y down, docs/SPEC.md §2).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Placement {
    /// The venue point under the image's top-left corner.
    pub origin: Point,
    /// Metres per image pixel (the scale), above zero.
    pub m_per_px: f64,
    /// The turn of the image, degrees, clockwise on the plan.
    pub rotation_deg: f64,
}

impl Placement {
    /// The venue point under image pixel position `(u, v)`.
    #[must_use]
    pub fn venue_point(&self, u: f64, v: f64) -> Point {
        let (sin, cos) = self.rotation_deg.to_radians().sin_cos();
        let k = self.m_per_px;
        Point::new(
            self.origin.x_m + k * (cos * u - sin * v),
            self.origin.y_m + k * (sin * u + cos * v),
        )
    }

    /// The image pixel position under venue point `p`: the inverse of [`Self::venue_point`].
    /// `None` when the scale is not above zero.
    #[must_use]
    pub fn image_point(&self, p: Point) -> Option<(f64, f64)> {
        if self.m_per_px.partial_cmp(&0.0) != Some(std::cmp::Ordering::Greater) {
            return None;
        }
        let (sin, cos) = self.rotation_deg.to_radians().sin_cos();
        let (dx, dy) =
            ((p.x_m - self.origin.x_m) / self.m_per_px, (p.y_m - self.origin.y_m) / self.m_per_px);
        Some((cos * dx + sin * dy, -sin * dx + cos * dy))
    }

    /// The same placement moved by `(dx, dy)` metres.
    #[must_use]
    pub fn translated(self, dx: f64, dy: f64) -> Self {
        Self { origin: Point::new(self.origin.x_m + dx, self.origin.y_m + dy), ..self }
    }
}

impl Background {
    /// A visible, unlocked, fully opaque image of `size_px` pixels for `hall` (or the venue),
    /// placed with its top-left corner at `origin` at `m_per_px` and not turned: what File ▸
    /// Place background plan… makes before calibration.
    #[must_use]
    pub fn new(
        path: String,
        hall: Option<String>,
        size_px: (u32, u32),
        origin: Point,
        m_per_px: f64,
    ) -> Self {
        Self {
            path,
            hall,
            page: None,
            size_px,
            placement: Placement { origin, m_per_px, rotation_deg: 0.0 },
            opacity: 0.5,
            visible: true,
            locked: false,
        }
    }

    /// The same background showing page `page` (from 1) of a PDF.
    #[must_use]
    pub fn with_page(self, page: u32) -> Self {
        Self { page: Some(page), ..self }
    }

    /// The file name alone, with the page for a PDF page: `venue.pdf page 2`.
    #[must_use]
    pub fn drawing_name(&self) -> String {
        match self.page {
            Some(page) => format!("{} page {page}", self.file_name()),
            None => self.file_name().to_owned(),
        }
    }

    /// The four venue points under the image's corners: top-left, top-right, bottom-right,
    /// bottom-left.
    #[must_use]
    pub fn corners(&self) -> [Point; 4] {
        let (w, h) = (f64::from(self.size_px.0), f64::from(self.size_px.1));
        let p = &self.placement;
        [p.venue_point(0.0, 0.0), p.venue_point(w, 0.0), p.venue_point(w, h), p.venue_point(0.0, h)]
    }

    /// Whether venue point `p` lies on the image.
    #[must_use]
    pub fn contains(&self, p: Point) -> bool {
        self.placement.image_point(p).is_some_and(|(u, v)| {
            (0.0..=f64::from(self.size_px.0)).contains(&u)
                && (0.0..=f64::from(self.size_px.1)).contains(&v)
        })
    }

    /// The box around the image on the venue.
    #[must_use]
    pub fn bounds(&self) -> Rect {
        let c = self.corners();
        let (mut lo, mut hi) = (c[0], c[0]);
        for p in &c[1..] {
            lo = Point::new(lo.x_m.min(p.x_m), lo.y_m.min(p.y_m));
            hi = Point::new(hi.x_m.max(p.x_m), hi.y_m.max(p.y_m));
        }
        Rect::from_corners(lo, hi)
    }

    /// The file name alone, for messages and the Layers panel.
    #[must_use]
    pub fn file_name(&self) -> &str {
        self.path.rsplit(['/', '\\']).next().unwrap_or(&self.path)
    }
}

/// The `page` field written as a plain number (`page: 2`), the field skipped when absent.
mod page_number {
    use serde::{Deserialize, Deserializer, Serializer};

    /// Serde `serialize_with`: the page number alone.
    #[expect(
        clippy::ref_option,
        clippy::trivially_copy_pass_by_ref,
        reason = "serde's `serialize_with` hands the field over by reference"
    )]
    pub(super) fn serialize<S: Serializer>(page: &Option<u32>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(page.unwrap_or(1))
    }

    /// Serde `deserialize_with`: a plain number.
    pub(super) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
        u32::deserialize(d).map(Some)
    }
}
