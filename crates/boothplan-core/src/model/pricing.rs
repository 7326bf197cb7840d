//! Prices: what a booth costs on the list, so that the summary can show the money a plan holds.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::BoothType;

/// The layout's price list: a price per m² per theme and a premium per booth type.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pricing {
    /// The currency all prices are in, as the planner writes it (`CNY`, `EUR`).
    pub currency: String,
    /// Price of one m² of floor, by theme key; a theme left out costs nothing.
    pub per_m2: BTreeMap<String, f64>,
    /// Extra charged for the booth types with more open sides, per cent of the area price.
    pub premium_pct: Premiums,
}

/// Premiums per booth type, per cent: more open sides are worth more to an exhibitor.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Premiums {
    /// Two open sides.
    pub corner: f64,
    /// Three open sides.
    pub peninsula: f64,
    /// Four open sides.
    pub island: f64,
}

impl Default for Premiums {
    /// The premiums venues commonly charge: 10 %, 15 % and 20 %.
    fn default() -> Self {
        Self { corner: 10.0, peninsula: 15.0, island: 20.0 }
    }
}

impl Premiums {
    /// The premium of a booth type, per cent (none for inline booths and booths without access).
    #[must_use]
    pub fn of(&self, booth_type: Option<BoothType>) -> f64 {
        match booth_type {
            Some(BoothType::Corner) => self.corner,
            Some(BoothType::Peninsula) => self.peninsula,
            Some(BoothType::Island) => self.island,
            Some(BoothType::Inline) | None => 0.0,
        }
    }
}

impl Default for Pricing {
    /// Chinese yuan, no area prices yet, the usual premiums.
    fn default() -> Self {
        Self {
            currency: "CNY".to_owned(),
            per_m2: BTreeMap::new(),
            premium_pct: Premiums::default(),
        }
    }
}

impl Pricing {
    /// The list price of a booth: area × its theme's price × (1 + premium of its type).
    #[must_use]
    pub fn list_price(&self, area_m2: f64, theme: &str, booth_type: Option<BoothType>) -> f64 {
        let per_m2 = self.per_m2.get(theme).copied().unwrap_or(0.0);
        area_m2 * per_m2 * (1.0 + self.premium_pct.of(booth_type) / 100.0)
    }
}
