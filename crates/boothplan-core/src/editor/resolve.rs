//! Settling a merge conflict in the editor: one side's version of an object put in place of
//! whatever the layout holds of it, as one undoable step through the document's own replace,
//! add and delete.

use super::{Document, Object, ObjectRef, Selection};
use crate::model::{Layout, ObjectKind};

/// One side of a merge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The side merged into (what the merged file holds after the merge).
    Ours,
    /// The side merged in.
    Theirs,
}

impl Side {
    /// The other side.
    #[must_use]
    pub fn other(self) -> Self {
        match self {
            Self::Ours => Self::Theirs,
            Self::Theirs => Self::Ours,
        }
    }
}

/// Where the layout holds the object of a conflict, found by the id of either side (a
/// renumbered booth has its new number on one side).
fn held(layout: &Layout, ours: Option<&Object>, theirs: Option<&Object>) -> Option<ObjectRef> {
    [ours, theirs].into_iter().flatten().find_map(|o| find(layout, o.kind(), o.id()))
}

fn find(layout: &Layout, kind: ObjectKind, id: &str) -> Option<ObjectRef> {
    let index = match kind {
        ObjectKind::Hall => layout.halls.iter().position(|o| o.id == id),
        ObjectKind::Column => layout.columns.iter().position(|o| o.id == id),
        ObjectKind::Zone => layout.zones.iter().position(|o| o.id == id),
        ObjectKind::Booth => layout.booths.iter().position(|o| o.id == id),
        ObjectKind::Exit => layout.exits.iter().position(|o| o.id == id),
    }?;
    Some(ObjectRef::new(kind, index))
}

/// Which side's version the layout holds now: `None` when it holds neither (edited since).
#[must_use]
pub fn side_held(layout: &Layout, ours: Option<&Object>, theirs: Option<&Object>) -> Option<Side> {
    let now = held(layout, ours, theirs).and_then(|r| r.get(layout));
    if now.as_ref() == ours {
        Some(Side::Ours)
    } else if now.as_ref() == theirs {
        Some(Side::Theirs)
    } else {
        None
    }
}

impl Document {
    /// Puts `side`'s version of a conflicting object in the layout as one undoable step: it
    /// replaces what the layout holds of the object, removes it when that side deleted it, or
    /// adds it back when the layout no longer holds it.
    pub fn take_side(&mut self, side: Side, ours: Option<&Object>, theirs: Option<&Object>) {
        if self.mid_gesture() {
            return;
        }
        let wanted = match side {
            Side::Ours => ours,
            Side::Theirs => theirs,
        };
        let label = match side {
            Side::Ours => "Keep ours",
            Side::Theirs => "Take theirs",
        };
        match (held(&self.layout, ours, theirs), wanted) {
            (Some(at), Some(object)) => self.replace(label, vec![(at, object.clone())]),
            (Some(at), None) => {
                self.set_selection(Selection::of([at]));
                self.delete_selection();
            }
            (None, Some(object)) => self.add_objects_as(label, None, vec![object.clone()]),
            (None, None) => {}
        }
    }
}
