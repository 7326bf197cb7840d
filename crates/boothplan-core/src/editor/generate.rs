//! Filling a zone or a dragged area with booths and renumbering booths from the editor: each
//! one undo step, made by the same functions as `boothplan fill`.

use super::{Change, Command, Document, Object, ObjectRef};
use crate::generate::{
    Fill, FillArea, FillError, FillOptions, FillStats, NumberingError, NumberingScheme, fill_area,
    renumber,
};
use crate::model::{ObjectKind, Rect};

/// What a fill fills: a zone (followed if it moves while the planner sets the fill up), or an
/// area of a hall dragged out with the Fill tool.
#[derive(Clone, Debug, PartialEq)]
pub enum FillTarget {
    /// The zone with this id.
    Zone(String),
    /// An area of one hall, with the theme its booths get.
    Area(FillArea),
}

impl FillTarget {
    /// How the dialog and the undo step name it: `zone Z1`, `an area of hall 1A`.
    #[must_use]
    pub fn describe(&self) -> String {
        match self {
            Self::Zone(id) => format!("zone {id}"),
            Self::Area(area) => format!("an area of hall {}", area.hall),
        }
    }
}

impl Document {
    /// The area `target` stands for in the layout as it is now: a dragged area's hall, zone
    /// and theme are looked up again, so a zone re-themed or a theme picked in the toolbar
    /// while the dialog is open is what the fill uses.
    ///
    /// # Errors
    /// [`FillError::NoZone`] / [`FillError::ZoneInNoHall`] for a zone that is gone or in no hall;
    /// [`FillError::AreaInNoHall`] for an area whose hall is gone.
    pub fn fill_area_of(&self, target: &FillTarget) -> Result<FillArea, FillError> {
        match target {
            FillTarget::Zone(id) => {
                let zone = self.layout.zone(id).ok_or_else(|| FillError::NoZone(id.clone()))?;
                FillArea::of_zone(zone).ok_or_else(|| FillError::ZoneInNoHall(id.clone()))
            }
            FillTarget::Area(area) => self.area_to_fill(area.rect),
        }
    }

    /// The area a drag over `rect` asks to fill: the hall under its centre, in the theme of the
    /// zone under its centre (else the current theme), cut to that zone when it lies inside one.
    ///
    /// # Errors
    /// [`FillError::AreaInNoHall`] when its centre is on no hall's floor.
    pub fn area_to_fill(&self, rect: Rect) -> Result<FillArea, FillError> {
        let centre = rect.centre();
        let hall = crate::editor::hall_containing(&self.layout, centre)
            .and_then(|i| self.layout.halls.get(i))
            .ok_or(FillError::AreaInNoHall)?;
        let zone =
            self.layout.zones.iter().rev().find(|z| {
                z.hall.as_deref() == Some(hall.id.as_str()) && z.rect.contains_point(centre)
            });
        let theme = zone.map_or_else(|| self.settings.current_theme.clone(), |z| z.theme.clone());
        // Cut to the zone, so that no booth outside it carries its theme and number.
        let rect = zone.map_or(rect, |z| {
            let (x0, y0) = (z.rect.x_m.max(rect.x_m), z.rect.y_m.max(rect.y_m));
            let (x1, y1) =
                (z.rect.max_x_m().min(rect.max_x_m()), z.rect.max_y_m().min(rect.max_y_m()));
            // The centre is in the zone, so the two overlap.
            Rect::new(x0, y0, x1 - x0, y1 - y0)
        });
        Ok(FillArea { hall: hall.id.clone(), theme, zone: zone.map(|z| z.id.clone()), rect })
    }

    /// What filling `target` would make, without changing anything (the live preview).
    ///
    /// # Errors
    /// As [`fill_area`], or the target is gone.
    pub fn fill_preview(
        &self,
        target: &FillTarget,
        options: &FillOptions,
        scheme: &NumberingScheme,
    ) -> Result<Fill, FillError> {
        fill_area(&self.layout, &self.fill_area_of(target)?, options, scheme)
    }

    /// Fills `target` with booths as one undo step ("Fill zone Z1 with 40 booths") and selects
    /// them; nothing happens while a drag is under way.
    ///
    /// # Errors
    /// As [`Self::fill_preview`]; the layout is unchanged then.
    pub fn fill(
        &mut self,
        target: &FillTarget,
        options: &FillOptions,
        scheme: &NumberingScheme,
    ) -> Result<FillStats, FillError> {
        let fill = self.fill_preview(target, options, scheme)?;
        Ok(self.apply_fill(target, fill))
    }

    /// Adds the booths of `fill`, made by [`Self::fill_preview`] for `target` on the layout as
    /// it stands, as one undo step and selects them (a preview the planner already saw is
    /// applied without filling again); nothing happens while a drag is under way.
    pub fn apply_fill(&mut self, target: &FillTarget, fill: Fill) -> FillStats {
        if self.mid_gesture() || fill.booths.is_empty() {
            return FillStats { booths: 0, booth_area_m2: 0.0, ..fill.stats };
        }
        let n = fill.booths.len();
        let what = target.describe();
        let label = format!("Fill {what} with {n} booth{}", if n == 1 { "" } else { "s" });
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
