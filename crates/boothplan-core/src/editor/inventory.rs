//! The sales side of the document: booth types as the plan stands, the exhibitor list applied
//! as one undo step, and the layout settings (currency, prices, premiums, theme targets), each
//! change one undo step.

use super::command::LayoutSettings;
use super::{Change, Command, Document, Object, ObjectRef};
use crate::assign::Assignment;
use crate::model::{BoothType, Pricing};

/// One value of the layout settings dialog.
#[derive(Clone, Debug, PartialEq)]
pub enum SettingValue {
    /// The price list's currency (starts a price list when there is none).
    Currency(String),
    /// A theme's price per m² (`None` removes it).
    PricePerM2 {
        /// The theme's key.
        theme: String,
        /// The price.
        price: Option<f64>,
    },
    /// The premium of a booth type, per cent (inline booths have none).
    Premium(BoothType, f64),
    /// A theme's target area in m² (`None` removes it).
    Target {
        /// The theme's key.
        theme: String,
        /// The target.
        target_m2: Option<f64>,
    },
    /// No price list at all.
    NoPricing,
}

impl SettingValue {
    /// The undo step's name.
    #[must_use]
    pub fn label(&self) -> &'static str {
        match self {
            Self::Currency(_) => "Set currency",
            Self::PricePerM2 { .. } => "Set price per m²",
            Self::Premium(..) => "Set premium",
            Self::Target { .. } => "Set theme target",
            Self::NoPricing => "Remove price list",
        }
    }

    /// `settings` with this value written, or `None` when the value is refused (negative, not
    /// finite or absurdly large: the file must open again; an unknown theme).
    fn applied_to(
        &self,
        layout: &crate::model::Layout,
        settings: &LayoutSettings,
    ) -> Option<LayoutSettings> {
        let storable = |v: f64| v.is_finite() && (0.0..=1e15).contains(&v);
        let mut after = settings.clone();
        let pricing = || settings.pricing.clone().unwrap_or_default();
        match self {
            Self::Currency(c) if !c.trim().is_empty() => {
                after.pricing = Some(Pricing { currency: c.trim().to_owned(), ..pricing() });
            }
            Self::PricePerM2 { theme, price } if layout.theme(theme).is_some() => {
                let mut p = pricing();
                match price {
                    Some(v) if storable(*v) => _ = p.per_m2.insert(theme.clone(), *v),
                    Some(_) => return None,
                    None => _ = p.per_m2.remove(theme),
                }
                after.pricing = Some(p);
            }
            Self::Premium(kind, v) if storable(*v) => {
                let mut p = pricing();
                match kind {
                    BoothType::Corner => p.premium_pct.corner = *v,
                    BoothType::Peninsula => p.premium_pct.peninsula = *v,
                    BoothType::Island => p.premium_pct.island = *v,
                    BoothType::Inline => return None,
                }
                after.pricing = Some(p);
            }
            Self::Target { theme, target_m2 } if target_m2.is_none_or(storable) => {
                let i = layout.themes.iter().position(|t| &t.key == theme)?;
                *after.targets_m2.get_mut(i)? = *target_m2;
            }
            Self::NoPricing => after.pricing = None,
            _ => return None,
        }
        Some(after)
    }
}

impl Document {
    /// The type of the booth numbered `id` as the plan stands now (kept current while
    /// dragging); `None` when it has no aisle access or no valid hall.
    #[must_use]
    pub fn booth_type(&self, id: &str) -> Option<BoothType> {
        self.live.booth_type(id)
    }

    /// The type of every booth, in layout order, from the live check (no classification from
    /// scratch, so the summary can follow a drag at 100,000 booths).
    #[must_use]
    pub fn booth_types(&self) -> Vec<Option<BoothType>> {
        self.layout.booths.iter().map(|b| self.live.booth_type(&b.id)).collect()
    }

    /// Applies an exhibitor list's changes (see [`Assignment::plan`]) as one undo step.
    pub fn assign_exhibitors(&mut self, plan: &Assignment) {
        if self.mid_gesture() {
            return;
        }
        let items = plan
            .changes
            .iter()
            .filter_map(|c| {
                let booth = self.layout.booths.get(c.index)?;
                (booth.id == c.number)
                    .then(|| (ObjectRef::booth(c.index), Object::Booth(c.applied(booth))))
            })
            .collect();
        self.replace("Import exhibitors", items);
    }

    /// Writes one layout setting as one undo step; a refused value changes nothing.
    pub fn set_setting(&mut self, value: &SettingValue) {
        if self.mid_gesture() {
            return;
        }
        let before = LayoutSettings::of(&self.layout);
        let Some(after) = value.applied_to(&self.layout, &before) else { return };
        self.execute(Command {
            label: value.label().to_owned(),
            changes: vec![Change::Settings(Box::new((before, after)))],
            selection_before: self.selection.clone(),
            selection_after: self.selection.clone(),
        });
    }
}
