//! Filling a zone with booths and renumbering booths from the editor: each one undo step,
//! made by the same functions as `boothplan fill`.

use super::{Change, Command, Document, Object, ObjectRef};
use crate::generate::{
    Fill, FillError, FillOptions, FillStats, NumberingError, NumberingScheme, fill_zone, renumber,
};
use crate::model::ObjectKind;

impl Document {
    /// What filling zone `zone_id` would make, without changing anything (the live preview).
    ///
    /// # Errors
    /// As [`fill_zone`].
    pub fn fill_preview(
        &self,
        zone_id: &str,
        options: &FillOptions,
        scheme: &NumberingScheme,
    ) -> Result<Fill, FillError> {
        fill_zone(&self.layout, zone_id, options, scheme)
    }

    /// Fills zone `zone_id` with booths as one undo step ("Fill zone Z1 with 40 booths") and
    /// selects them; nothing happens while a drag is under way.
    ///
    /// # Errors
    /// As [`fill_zone`]; the layout is unchanged then.
    pub fn fill_zone(
        &mut self,
        zone_id: &str,
        options: &FillOptions,
        scheme: &NumberingScheme,
    ) -> Result<FillStats, FillError> {
        let fill = self.fill_preview(zone_id, options, scheme)?;
        Ok(self.apply_fill(zone_id, fill))
    }

    /// Adds the booths of `fill`, made by [`Self::fill_preview`] for zone `zone_id` on the
    /// layout as it stands, as one undo step and selects them (a preview the planner already
    /// saw is applied without filling again); nothing happens while a drag is under way.
    pub fn apply_fill(&mut self, zone_id: &str, fill: Fill) -> FillStats {
        if self.mid_gesture() || fill.booths.is_empty() {
            return FillStats { booths: 0, booth_area_m2: 0.0, ..fill.stats };
        }
        let n = fill.booths.len();
        let label = format!("Fill zone {zone_id} with {n} booth{}", if n == 1 { "" } else { "s" });
        let objects = fill.booths.into_iter().map(Object::Booth).collect();
        self.add_objects_as("Fill", Some(label), objects);
        fill.stats
    }

    /// Renumbers the selected booths, and every booth of each selected hall, with `scheme` as
    /// one undo step; returns how many got a new number. Other objects are left alone.
    ///
    /// # Errors
    /// As [`renumber`]; the layout is unchanged then.
    pub fn renumber_selection(
        &mut self,
        scheme: &NumberingScheme,
    ) -> Result<usize, NumberingError> {
        if self.mid_gesture() {
            return Ok(0);
        }
        let indices = self.booths_to_renumber();
        let numbers = renumber(&self.layout, &indices, scheme)?;
        let items: Vec<(ObjectRef, Object, Object)> = indices
            .iter()
            .zip(numbers)
            .filter_map(|(&i, id)| {
                let before = self.layout.booths.get(i)?;
                (before.id != id).then(|| {
                    let after = crate::model::Booth { id, ..before.clone() };
                    (ObjectRef::booth(i), Object::Booth(before.clone()), Object::Booth(after))
                })
            })
            .collect();
        let n = items.len();
        self.execute(Command {
            label: format!("Renumber {n} booth{}", if n == 1 { "" } else { "s" }),
            changes: vec![Change::Replace(items)],
            selection_before: self.selection.clone(),
            selection_after: self.selection.clone(),
        });
        Ok(n)
    }

    /// The selected booths and the booths of the selected halls, in layout order.
    #[must_use]
    pub fn booths_to_renumber(&self) -> Vec<usize> {
        let mut indices = self.selection.indices(ObjectKind::Booth);
        for hall in self.selection.indices(ObjectKind::Hall) {
            if let Some(h) = self.layout.halls.get(hall) {
                indices.extend(crate::generate::booths_in_hall(&self.layout, &h.id));
            }
        }
        indices.sort_unstable();
        indices.dedup();
        indices
    }
}
