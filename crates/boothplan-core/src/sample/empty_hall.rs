//! An empty hall with one empty zone: where a planner starts before filling zones with booths
//! (and what the fill tests and benchmark start from).

use crate::model::{Hall, Layout, Rect, Zone};

/// Hall `1A`, `width_m` × `depth_m` from the origin, holding the technology zone `Z1` at
/// `zone`; no booths, no columns, default themes and 3 m aisles.
#[must_use]
pub fn empty_hall(width_m: f64, depth_m: f64, zone: Rect) -> Layout {
    let outline = Rect::new(0.0, 0.0, width_m, depth_m).corners().to_vec();
    Layout {
        name: "Empty hall".to_owned(),
        halls: vec![Hall::new("1A", "Hall 1A", outline)],
        zones: vec![Zone {
            id: "Z1".into(),
            hall: Some("1A".into()),
            theme: "technology".into(),
            name: "Technology".into(),
            rect: zone,
        }],
        ..Layout::default()
    }
}
