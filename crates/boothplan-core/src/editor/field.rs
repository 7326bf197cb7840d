//! Writing one field of the selected objects: the inspector's rows, for one object or many.
//!
//! Every field edit goes through [`Document::set_field`], so the inspector, a bulk edit of a
//! multi-selection and the tests take one path, and the field is a type, never a label string.

use super::{Document, Object, ObjectRef, Transaction};
use crate::io::ron_file::MAX_COORDINATE_M;
use crate::model::{BoothStatus, Rect};

/// A value for one field of booths, zones or halls.
#[derive(Clone, Debug, PartialEq)]
pub enum FieldValue {
    /// A booth's number (its id). Refused when empty, or for more than one booth at once:
    /// numbers are unique.
    BoothNumber(String),
    /// The exhibitor of booths (empty for none).
    Exhibitor(String),
    /// The theme key of booths and zones.
    Theme(String),
    /// The sales status of booths.
    Status(BoothStatus),
    /// A zone's display name.
    ZoneName(String),
    /// A hall's display name (its id stays: zones and booths refer to it).
    HallName(String),
    /// Whether halls have sprinklers (which lengthens their allowed egress distances).
    Sprinklered(bool),
    /// Exact position and size of booths and zones; refused when not finite and positive.
    Rect(Rect),
    /// Width and depth of booths, each keeping its top-left corner (a bulk resize of a
    /// selection to one standard size); refused when not finite and positive.
    BoothSize {
        /// Width, metres.
        width_m: f64,
        /// Depth, metres.
        depth_m: f64,
    },
}

impl FieldValue {
    /// The undo step's name ("Undo Set exhibitor").
    #[must_use]
    pub fn label(&self) -> &'static str {
        match self {
            Self::BoothNumber(_) => "Renumber booth",
            Self::Exhibitor(_) => "Set exhibitor",
            Self::Theme(_) => "Set theme",
            Self::Status(_) => "Set booth status",
            Self::ZoneName(_) => "Rename zone",
            Self::HallName(_) => "Rename hall",
            Self::Sprinklered(_) => "Set sprinklers",
            Self::Rect(_) => "Place exactly",
            Self::BoothSize { .. } => "Resize booths",
        }
    }

    /// `object` with this value written, or `None` when it has no such field (or the value is
    /// refused for it).
    #[must_use]
    pub fn applied_to(&self, object: &Object) -> Option<Object> {
        let mut after = object.clone();
        match (self, &mut after) {
            (Self::BoothNumber(id), Object::Booth(b)) if !id.trim().is_empty() => {
                id.trim().clone_into(&mut b.id);
            }
            (Self::Exhibitor(name), Object::Booth(b)) => name.trim().clone_into(&mut b.exhibitor),
            (Self::Theme(key), Object::Booth(b)) => key.clone_into(&mut b.theme),
            (Self::Theme(key), Object::Zone(z)) => key.clone_into(&mut z.theme),
            (Self::Status(status), Object::Booth(b)) => b.status = *status,
            (Self::ZoneName(name), Object::Zone(z)) => name.trim().clone_into(&mut z.name),
            (Self::HallName(name), Object::Hall(h)) => name.trim().clone_into(&mut h.name),
            (Self::Sprinklered(on), Object::Hall(h)) => h.sprinklered = *on,
            (Self::Rect(rect), Object::Booth(b)) if storable(rect) => b.rect = *rect,
            (Self::Rect(rect), Object::Zone(z)) if storable(rect) => z.rect = *rect,
            (Self::BoothSize { width_m, depth_m }, Object::Booth(b)) => {
                let rect = Rect::new(b.rect.x_m, b.rect.y_m, *width_m, *depth_m);
                if !storable(&rect) {
                    return None;
                }
                b.rect = rect;
            }
            _ => return None,
        }
        Some(after)
    }
}

/// A rectangle the file can hold: finite, positive and within the loader's ±1,000 km, so that
/// nothing typed into the inspector saves a file that will not open again.
fn storable(rect: &Rect) -> bool {
    rect.is_valid()
        && [rect.x_m, rect.y_m, rect.width_m, rect.height_m]
            .iter()
            .all(|v| v.abs() <= MAX_COORDINATE_M)
}

impl Document {
    /// Writes `value` into every object of `objects` that has that field, as one undo step.
    /// Objects without the field are left alone; nothing is recorded when nothing changes.
    pub fn set_field(&mut self, objects: &[ObjectRef], value: &FieldValue) {
        let booths = objects.iter().filter(|o| o.kind == crate::model::ObjectKind::Booth).count();
        let shared_number = matches!(value, FieldValue::BoothNumber(_)) && booths > 1;
        if self.mid_gesture() || shared_number {
            return;
        }
        let items = self.with_field(objects, value);
        self.replace(value.label(), items);
    }

    /// The objects of `objects` that have the field, with `value` written. Placed exactly
    /// elsewhere, an object stands in the hall it lands in, as after a drag.
    pub(crate) fn with_field(
        &self,
        objects: &[ObjectRef],
        value: &FieldValue,
    ) -> Vec<(ObjectRef, Object)> {
        let moves = matches!(value, FieldValue::Rect(_) | FieldValue::BoothSize { .. });
        let mut items: Vec<(ObjectRef, Object)> = objects
            .iter()
            // A locked or hidden object keeps its place and size, however it was selected.
            .filter(|r| !moves || self.layers.can_pick(r.kind))
            .filter_map(|&r| r.get(&self.layout).and_then(|o| value.applied_to(&o)).map(|o| (r, o)))
            .collect();
        if moves {
            self.rehome(&mut items, false);
        }
        items
    }
}

impl Transaction {
    /// Shows `value` in `objects` as a preview of this edit (an inspector number being
    /// dragged); its commit makes it one undo step.
    pub fn preview_field(&self, doc: &mut Document, objects: &[ObjectRef], value: &FieldValue) {
        let items = doc.with_field(objects, value);
        self.preview_many(doc, items);
    }
}
