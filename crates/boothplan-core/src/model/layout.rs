//! The whole floor plan of a fair: what one RON file holds.

use serde::{Deserialize, Serialize};

use super::{Background, Booth, Column, Exit, Hall, Pricing, Rect, Rules, Site, Theme, Zone};

/// The file format version this program writes (docs/SPEC.md §6).
pub const FORMAT_VERSION: u32 = 1;

/// A fair's floor plan: halls, columns, themed zones and booths, plus the rules they follow.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Layout {
    /// File format version; always [`FORMAT_VERSION`] in memory.
    pub format: u32,
    /// Name of the fair, shown in titles.
    pub name: String,
    /// Snapping grid of the editor, metres.
    pub grid_step_m: f64,
    /// Narrowest allowed aisle between booths, metres (3 m by default).
    pub min_aisle_m: f64,
    /// Where the plan lies on Earth, for GeoJSON in longitude/latitude; `None` keeps metres.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "super::site")]
    pub site: Option<Site>,
    /// The themes zones and booths may use.
    pub themes: Vec<Theme>,
    /// The halls.
    pub halls: Vec<Hall>,
    /// Columns and other no-build areas.
    #[serde(default)]
    pub columns: Vec<Column>,
    /// Doors in the halls' walls, which egress is measured to; left out of files that have none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exits: Vec<Exit>,
    /// Themed zones.
    #[serde(default)]
    pub zones: Vec<Zone>,
    /// Booths.
    #[serde(default)]
    pub booths: Vec<Booth>,
    /// The price list, when the organiser has set one; revenue is shown only then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pricing: Option<Pricing>,
    /// The fire and egress rules the plan is held to; left out of files that keep the default
    /// pack with no limit of their own.
    #[serde(default, skip_serializing_if = "Rules::is_default")]
    pub rules: Rules,
    /// The venue's drawings shown under the plan, at their calibrated place; left out of files
    /// that have none (so older files load unchanged).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub backgrounds: Vec<Background>,
}

impl Default for Layout {
    /// An empty fair with the four default themes, a 1 m grid and 3 m aisles.
    fn default() -> Self {
        Self {
            format: FORMAT_VERSION,
            name: "Untitled fair".to_owned(),
            grid_step_m: 1.0,
            min_aisle_m: 3.0,
            site: None,
            themes: Theme::defaults(),
            halls: Vec::new(),
            columns: Vec::new(),
            exits: Vec::new(),
            zones: Vec::new(),
            booths: Vec::new(),
            pricing: None,
            rules: Rules::default(),
            backgrounds: Vec::new(),
        }
    }
}

/// The kinds of object a layout holds, for messages, GeoJSON `kind` and selections.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, strum::VariantArray)]
pub enum ObjectKind {
    /// A [`Hall`].
    Hall,
    /// A [`Column`].
    Column,
    /// An [`Exit`].
    Exit,
    /// A [`Zone`].
    Zone,
    /// A [`Booth`].
    Booth,
}

impl ObjectKind {
    /// Every kind, in layout order.
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    /// Lower-case word, as in GeoJSON `properties.kind`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Hall => "hall",
            Self::Column => "column",
            Self::Exit => "exit",
            Self::Zone => "zone",
            Self::Booth => "booth",
        }
    }
}

impl Layout {
    /// The theme with this key.
    #[must_use]
    pub fn theme(&self, key: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.key == key)
    }

    /// The hall with this id.
    #[must_use]
    pub fn hall(&self, id: &str) -> Option<&Hall> {
        self.halls.iter().find(|h| h.id == id)
    }

    /// The booth with this number.
    #[must_use]
    pub fn booth(&self, id: &str) -> Option<&Booth> {
        self.booths.iter().find(|b| b.id == id)
    }

    /// The exit with this id.
    #[must_use]
    pub fn exit(&self, id: &str) -> Option<&Exit> {
        self.exits.iter().find(|e| e.id == id)
    }

    /// The zone with this id.
    #[must_use]
    pub fn zone(&self, id: &str) -> Option<&Zone> {
        self.zones.iter().find(|z| z.id == id)
    }

    /// Sum of all hall areas, m².
    #[must_use]
    pub fn total_hall_area_m2(&self) -> f64 {
        self.halls.iter().map(Hall::area_m2).sum()
    }

    /// The box around every hall, column, zone and booth, for "fit all"; `None` when empty.
    #[must_use]
    pub fn bounds(&self) -> Option<Rect> {
        let rects = self
            .halls
            .iter()
            .filter_map(Hall::bounds)
            .chain(self.columns.iter().filter_map(Column::bounds))
            .chain(self.exits.iter().map(Exit::bounds))
            .chain(self.zones.iter().map(|z| z.rect))
            .chain(self.booths.iter().map(|b| b.rect));
        rects.reduce(|a, b| a.union(&b))
    }
}
