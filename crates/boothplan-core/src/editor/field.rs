//! Writing one field of the selected objects: the inspector's rows, for one object or many.
//!
//! Every field edit goes through [`Document::set_field`], so the inspector, a bulk edit of a
//! multi-selection and the tests take one path, and the field is a type, never a label string.

use super::{Document, Object, ObjectRef};
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
    /// Exact position and size of booths and zones; refused when not finite and positive.
    Rect(Rect),
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
            Self::Rect(_) => "Place exactly",
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
            (Self::Rect(rect), Object::Booth(b)) if rect.is_valid() => b.rect = *rect,
            (Self::Rect(rect), Object::Zone(z)) if rect.is_valid() => z.rect = *rect,
            _ => return None,
        }
        Some(after)
    }
}

impl Document {
    /// Writes `value` into every object of `objects` that has that field, as one undo step.
    /// Objects without the field are left alone; nothing is recorded when nothing changes.
    pub fn set_field(&mut self, objects: &[ObjectRef], value: &FieldValue) {
        let booths = objects.iter().filter(|o| o.kind == crate::model::ObjectKind::Booth).count();
        if matches!(value, FieldValue::BoothNumber(_)) && booths > 1 {
            return;
        }
        let items: Vec<(ObjectRef, Object)> = objects
            .iter()
            .filter_map(|&r| r.get(&self.layout).and_then(|o| value.applied_to(&o)).map(|o| (r, o)))
            .collect();
        self.replace(value.label(), items);
    }

    /// Shows `value` in `objects` as a preview inside the open transaction (an inspector number
    /// being dragged); the transaction's commit makes it one undo step.
    pub fn preview_field(&mut self, objects: &[ObjectRef], value: &FieldValue) {
        let items: Vec<(ObjectRef, Object)> = objects
            .iter()
            .filter_map(|&r| r.get(&self.layout).and_then(|o| value.applied_to(&o)).map(|o| (r, o)))
            .collect();
        self.preview_many(items);
    }
}
