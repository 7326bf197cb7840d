//! Themes: the fair's subject areas, each with the colour its zones and booths are drawn in.

use serde::{Deserialize, Serialize};

use super::Colour;

/// A subject area of the fair, such as `technology`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Stable key that zones and booths refer to (`digital-content`, …).
    pub key: String,
    /// Name shown to people (`Digital content`).
    pub name: String,
    /// Fill colour on plans and on the canvas.
    pub colour: Colour,
    /// The floor area, m², the organiser means to sell in this theme; planned and sold area are
    /// measured against it. `None` when no target is set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_area_m2: Option<f64>,
}

impl Theme {
    /// The four themes of the Global Digital Trade Expo, in distinct colour-blind-safe colours.
    #[must_use]
    pub fn defaults() -> Vec<Theme> {
        let theme = |key: &str, name: &str, colour| Theme {
            key: key.to_owned(),
            name: name.to_owned(),
            colour,
            target_area_m2: None,
        };
        vec![
            theme("digital-content", "Digital content", Colour::rgb(0x4C, 0x78, 0xA8)),
            theme("technology", "Technology", Colour::rgb(0xF5, 0x85, 0x18)),
            theme("logistics", "Logistics", Colour::rgb(0x54, 0xA2, 0x4B)),
            theme("cross-border-trade", "Cross-border trade", Colour::rgb(0xB2, 0x79, 0xA2)),
        ]
    }
}
