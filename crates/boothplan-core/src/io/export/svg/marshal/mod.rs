//! The fire-marshal sheet: the plan with what a fire marshal signs against drawn over it
//! (exit widths, walking-distance lines every 10 m with the farthest walk, the narrowest
//! aisle) and, in the sidebar, every rule with its limit, clause and result.
//!
//! Everything measured comes from the checks themselves: the findings of
//! [`check_layout`], the walking distances of [`walk_layout`] (the field `travel-distance`
//! and the editor's overlay use) and [`narrowest_aisle`] (measured as `narrow-aisle` does).

mod marks;
mod sidebar;

use std::collections::HashMap;

pub use marks::{marks_layer, walk_layer};
pub use sidebar::MarshalParts;

use super::scene::Scene;
use crate::check::aisle::{NarrowestAisle, narrowest_aisle};
use crate::check::walk::{HallWalk, walk_layout};
use crate::check::{Finding, check_layout};
use crate::model::{Hall, Layout};

/// What the checks say about a layout, worked out once for all the sheets of an export.
pub struct MarshalFacts {
    /// Every finding of the layout.
    findings: Vec<Finding>,
    /// The walking distances of each hall with a usable outline (none before any door).
    walks: Vec<HallWalk>,
    /// The narrowest aisle of each hall, by index in the layout.
    aisles: Vec<Option<NarrowestAisle>>,
    /// The hall each object id stands in (a hall's own id maps to itself).
    hall_of: HashMap<String, String>,
}

impl MarshalFacts {
    /// Checks `layout` for its fire-marshal sheets.
    #[must_use]
    pub fn of(layout: &Layout) -> Self {
        let ((findings, walks), aisles) = rayon::join(
            || {
                rayon::join(
                    || check_layout(layout),
                    || if layout.exits.is_empty() { Vec::new() } else { walk_layout(layout) },
                )
            },
            || layout.halls.iter().map(|h| narrowest_aisle(layout, &h.id)).collect(),
        );
        let mut hall_of = HashMap::new();
        let pairs = layout
            .booths
            .iter()
            .map(|b| (&b.id, &b.hall))
            .chain(layout.zones.iter().map(|z| (&z.id, &z.hall)))
            .chain(layout.columns.iter().map(|c| (&c.id, &c.hall)))
            .chain(layout.exits.iter().map(|e| (&e.id, &e.hall)));
        for (id, hall) in pairs {
            if let Some(hall) = hall {
                hall_of.entry(id.clone()).or_insert_with(|| hall.clone());
            }
        }
        for hall in &layout.halls {
            hall_of.entry(hall.id.clone()).or_insert_with(|| hall.id.clone());
        }
        Self { findings, walks, aisles, hall_of }
    }

    /// The findings a sheet shows: all on the overview, those about the hall on its sheet.
    fn findings_on(&self, scene: &Scene<'_>) -> Vec<&Finding> {
        match scene.hall {
            None => self.findings.iter().collect(),
            Some(hall) => self
                .findings
                .iter()
                .filter(|f| f.ids.iter().any(|id| self.hall_of.get(id) == Some(&hall.id)))
                .collect(),
        }
    }

    /// The walks of the halls drawn on the sheet.
    fn walks_on<'s>(&'s self, layout: &Layout, scene: &Scene<'_>) -> Vec<&'s HallWalk> {
        self.walks.iter().filter(|w| drawn(scene, &layout.halls[w.hall])).collect()
    }

    /// The narrowest aisle of each hall drawn on the sheet.
    fn aisles_on<'s>(&'s self, layout: &Layout, scene: &Scene<'_>) -> Vec<&'s NarrowestAisle> {
        layout
            .halls
            .iter()
            .zip(&self.aisles)
            .filter(|(h, _)| drawn(scene, h))
            .filter_map(|(_, a)| a.as_ref())
            .collect()
    }
}

/// True when `hall` is one of the halls the sheet draws.
fn drawn(scene: &Scene<'_>, hall: &Hall) -> bool {
    scene.halls.iter().any(|h| std::ptr::eq(*h, hall))
}
