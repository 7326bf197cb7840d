//! Halls (the buildings' floors) and the columns that stand in them.

use serde::{Deserialize, Serialize};

use super::{Point, Rect, polygon_area_m2};

/// One exhibition hall: a simple polygon in venue metres.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hall {
    /// Short id that zones, booths and columns refer to, e.g. `1A`.
    pub id: String,
    /// Name shown on plans, e.g. `Hall 1A`.
    pub name: String,
    /// Whether the hall has automatic sprinklers, which lengthens the allowed egress distances.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sprinklered: bool,
    /// Vertices in order, not repeating the first at the end.
    pub outline: Vec<Point>,
}

impl Hall {
    /// A hall without sprinklers, as drawn or imported before anyone says otherwise.
    #[must_use]
    pub fn new(id: impl Into<String>, name: impl Into<String>, outline: Vec<Point>) -> Self {
        Self { id: id.into(), name: name.into(), sprinklered: false, outline }
    }

    /// Floor area in m², as totalled in summaries.
    #[must_use]
    pub fn area_m2(&self) -> f64 {
        polygon_area_m2(&self.outline)
    }

    /// The hall's bounding box, or `None` for a hall with no vertices.
    #[must_use]
    pub fn bounds(&self) -> Option<Rect> {
        Rect::bounding(self.outline.iter().copied())
    }
}

/// A structural column or other no-build area inside a hall.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Column {
    /// Unique id, e.g. `1A-C07`.
    pub id: String,
    /// Id of the hall it stands in; `None` when drawn outside every hall.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "super::hall_ref")]
    pub hall: Option<String>,
    /// Footprint polygon, vertices in order.
    pub outline: Vec<Point>,
}

impl Column {
    /// A square column of side `side_m` centred on `centre`: the common case. An empty `hall`
    /// means it stands in none.
    #[must_use]
    pub fn square(
        id: impl Into<String>,
        hall: impl Into<String>,
        centre: Point,
        side_m: f64,
    ) -> Self {
        let h = side_m / 2.0;
        let r = Rect::new(centre.x_m - h, centre.y_m - h, side_m, side_m);
        let hall = super::hall_ref::from_written(hall.into());
        Self { id: id.into(), hall, outline: r.corners().to_vec() }
    }

    /// The column's bounding box, or `None` for a column with no vertices.
    #[must_use]
    pub fn bounds(&self) -> Option<Rect> {
        Rect::bounding(self.outline.iter().copied())
    }
}
