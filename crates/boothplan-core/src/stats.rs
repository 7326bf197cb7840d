//! Figures a planner watches: hall areas and their total, booths and area by theme, type and
//! status, sales, theme targets and, when the layout has a price list, revenue.
//!
//! Shared by `boothplan stats`, the editor's summary panel and the exported plans, so the three
//! never disagree.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{Booth, BoothStatus, BoothType, Layout, Pricing};

/// One hall's line in the summary.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HallStats {
    /// Hall id.
    pub id: String,
    /// Hall name.
    pub name: String,
    /// Floor area, m².
    pub area_m2: f64,
    /// Booths that name this hall.
    pub booth_count: usize,
    /// Their total area, m².
    pub booth_area_m2: f64,
    /// The money its booths bring, when the layout has a price list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revenue: Option<Revenue>,
}

/// Zones, booths and booth area of one theme.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ThemeStats {
    /// Zones of this theme.
    pub zones: usize,
    /// Booths of this theme.
    pub booths: usize,
    /// Booth area of this theme, m².
    pub area_m2: f64,
    /// Booth area on sale (every status but blocked), m²: what the plan offers.
    pub planned_area_m2: f64,
    /// Booth area sold, m².
    pub sold_area_m2: f64,
    /// The theme's target area, m², when one is set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_area_m2: Option<f64>,
    /// The money its booths bring, when the layout has a price list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revenue: Option<Revenue>,
}

/// Money of a set of booths at list price (docs/SPEC.md): `list` sums every booth but the
/// blocked ones, `reserved` and `sold` the booths in that status.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Revenue {
    /// The price list's currency.
    pub currency: String,
    /// All booths on sale.
    pub list: f64,
    /// Reserved booths.
    pub reserved: f64,
    /// Sold booths.
    pub sold: f64,
}

impl Revenue {
    /// Nothing yet, in `currency`.
    fn zero(pricing: &Pricing) -> Self {
        Self { currency: pricing.currency.clone(), ..Self::default() }
    }

    /// Counts a booth at `price` in the sums its status belongs to.
    fn add(&mut self, status: BoothStatus, price: f64) {
        if status.for_sale() {
            self.list += price;
        }
        match status {
            BoothStatus::Reserved => self.reserved += price,
            BoothStatus::Sold => self.sold += price,
            BoothStatus::Available | BoothStatus::Blocked => {}
        }
    }
}

/// Booths and booth area of one booth type (`by_type`).
pub type TypeStats = StatusStats;

/// Booths and booth area in one sales status.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct StatusStats {
    /// Booths in this status.
    pub booths: usize,
    /// Their area, m².
    pub area_m2: f64,
}

/// The summary of a whole layout (docs/SPEC.md §4, `stats --json`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LayoutStats {
    /// Layout name.
    pub name: String,
    /// Every hall, in layout order.
    pub halls: Vec<HallStats>,
    /// Sum of the hall areas, m².
    pub total_hall_area_m2: f64,
    /// Number of booths.
    pub booth_count: usize,
    /// Total booth area, m².
    pub booth_area_m2: f64,
    /// Theme key → figures; every theme of the layout appears, even with nothing in it.
    pub by_theme: BTreeMap<String, ThemeStats>,
    /// Status (`available`, `reserved`, `sold`, `blocked`) → figures; all always appear.
    pub by_status: BTreeMap<String, StatusStats>,
    /// Booth type (`inline`, `corner`, `peninsula`, `island`) → figures; all four always
    /// appear. Booths without a type (no aisle access, no valid hall) are in none.
    pub by_type: BTreeMap<String, TypeStats>,
    /// The money of all booths, when the layout has a price list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revenue: Option<Revenue>,
    /// Share of booth area sold, 0–1 (0 when there are no booths).
    pub sold_share: f64,
}

impl LayoutStats {
    /// Computes the summary, deriving the booth types (see [`crate::check::booth_types`]).
    #[must_use]
    pub fn of(layout: &Layout) -> Self {
        Self::with_types(layout, &crate::check::booth_types(layout))
    }

    /// Computes the summary in one pass over the layout, with the booth types already known
    /// (one per booth, in layout order), as the editor keeps them.
    #[must_use]
    pub fn with_types(layout: &Layout, types: &[Option<BoothType>]) -> Self {
        let mut halls: Vec<HallStats> = layout
            .halls
            .iter()
            .map(|h| HallStats {
                id: h.id.clone(),
                name: h.name.clone(),
                area_m2: h.area_m2(),
                booth_count: 0,
                booth_area_m2: 0.0,
                revenue: layout.pricing.as_ref().map(Revenue::zero),
            })
            .collect();
        let hall_index: BTreeMap<&str, usize> =
            layout.halls.iter().enumerate().map(|(i, h)| (h.id.as_str(), i)).collect();
        let revenue_zero = || layout.pricing.as_ref().map(Revenue::zero);
        let mut by_theme: BTreeMap<String, ThemeStats> = layout
            .themes
            .iter()
            .map(|t| {
                let stats = ThemeStats {
                    target_area_m2: t.target_area_m2,
                    revenue: revenue_zero(),
                    ..ThemeStats::default()
                };
                (t.key.clone(), stats)
            })
            .collect();
        let mut by_type: BTreeMap<String, TypeStats> =
            BoothType::ALL.iter().map(|t| (t.as_str().to_owned(), TypeStats::default())).collect();
        let mut revenue = revenue_zero();
        let mut by_status: BTreeMap<String, StatusStats> = BoothStatus::ALL
            .iter()
            .map(|s| (s.as_str().to_owned(), StatusStats::default()))
            .collect();
        for zone in &layout.zones {
            by_theme.entry(zone.theme.clone()).or_default().zones += 1;
        }
        let mut booth_area_m2 = 0.0;
        for (i, booth) in layout.booths.iter().enumerate() {
            let area = booth.rect.area_m2();
            let booth_type = types.get(i).copied().flatten();
            let price = list_price(layout.pricing.as_ref(), booth, booth_type);
            booth_area_m2 += area;
            if let Some(&i) = booth.hall.as_deref().and_then(|h| hall_index.get(h)) {
                halls[i].booth_count += 1;
                halls[i].booth_area_m2 += area;
                if let Some(r) = &mut halls[i].revenue {
                    r.add(booth.status, price);
                }
            }
            if let Some(r) = &mut revenue {
                r.add(booth.status, price);
            }
            let theme = by_theme.entry(booth.theme.clone()).or_default();
            theme.booths += 1;
            theme.area_m2 += area;
            if booth.status.for_sale() {
                theme.planned_area_m2 += area;
            }
            if booth.status == BoothStatus::Sold {
                theme.sold_area_m2 += area;
            }
            if let Some(r) = &mut theme.revenue {
                r.add(booth.status, price);
            }
            if let Some(t) = booth_type.and_then(|t| by_type.get_mut(t.as_str())) {
                t.booths += 1;
                t.area_m2 += area;
            }
            let status = by_status.entry(booth.status.as_str().to_owned()).or_default();
            status.booths += 1;
            status.area_m2 += area;
        }
        let sold_m2 = by_status.get(BoothStatus::Sold.as_str()).map_or(0.0, |s| s.area_m2);
        Self {
            name: layout.name.clone(),
            total_hall_area_m2: halls.iter().map(|h| h.area_m2).sum(),
            halls,
            booth_count: layout.booths.len(),
            booth_area_m2,
            by_theme,
            by_status,
            by_type,
            revenue,
            sold_share: if booth_area_m2 > 0.0 { sold_m2 / booth_area_m2 } else { 0.0 },
        }
    }
}

/// A booth's list price (0 without a price list).
fn list_price(pricing: Option<&Pricing>, booth: &Booth, booth_type: Option<BoothType>) -> f64 {
    pricing.map_or(0.0, |p| p.list_price(booth.rect.area_m2(), &booth.theme, booth_type))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Booth, Hall, Rect};

    #[test]
    fn sold_share_and_theme_totals() {
        let mut layout = Layout::default();
        layout.halls.push(Hall::new(
            "1",
            "Hall 1",
            Rect::new(0.0, 0.0, 50.0, 20.0).corners().to_vec(),
        ));
        let booth = |id: &str, x: f64, w: f64, status| Booth {
            id: id.into(),
            hall: Some("1".into()),
            theme: "technology".into(),
            rect: Rect::new(x, 0.0, w, 3.0),
            status,
            exhibitor: String::new(),
        };
        layout.booths.push(booth("1-001", 0.0, 3.0, BoothStatus::Sold));
        layout.booths.push(booth("1-002", 10.0, 6.0, BoothStatus::Available));
        let stats = LayoutStats::of(&layout);
        assert_eq!(stats.total_hall_area_m2, 1000.0);
        assert_eq!(stats.booth_count, 2);
        assert_eq!(stats.by_theme["technology"].booths, 2);
        assert_eq!(stats.by_theme["technology"].area_m2, 27.0);
        assert_eq!(stats.by_theme["logistics"].booths, 0);
        assert!((stats.sold_share - 9.0 / 27.0).abs() < 1e-12);
        assert_eq!(stats.halls[0].booth_count, 2);
    }
}
