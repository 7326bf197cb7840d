//! Edits as values: each stores the objects it touched before and after, so it applies and
//! undoes exactly without cloning the layout (a fair may hold 100,000 booths).

use std::collections::BTreeSet;

use super::{Object, ObjectRef, Selection};
use crate::check::Touched;
use crate::model::{Layout, ObjectKind};

/// One step of an edit.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// Objects changed in place: `(where, before, after)`.
    Replace(Vec<(ObjectRef, Object, Object)>),
    /// Objects inserted; each reference is the object's index once all are in (ascending per kind).
    Insert(Vec<(ObjectRef, Object)>),
    /// Objects removed; each reference is the object's index before any was taken out
    /// (ascending per kind).
    Remove(Vec<(ObjectRef, Object)>),
    /// The layout's commercial settings changed: `(before, after)`.
    Settings(Box<(LayoutSettings, LayoutSettings)>),
    /// The background plans changed: the whole list `(before, after)`. No rule reads them.
    Backgrounds(Box<(Vec<crate::model::Background>, Vec<crate::model::Background>)>),
}

/// What the layout settings dialog edits: the price list and each theme's target area (by
/// theme index). No rule reads them, so changing them re-checks nothing.
#[derive(Clone, Debug, PartialEq)]
pub struct LayoutSettings {
    /// The price list.
    pub pricing: Option<crate::model::Pricing>,
    /// Target area of each theme, in the layout's theme order.
    pub targets_m2: Vec<Option<f64>>,
}

impl LayoutSettings {
    /// The settings of `layout`.
    #[must_use]
    pub fn of(layout: &Layout) -> Self {
        Self {
            pricing: layout.pricing.clone(),
            targets_m2: layout.themes.iter().map(|t| t.target_area_m2).collect(),
        }
    }

    /// Writes these settings into `layout`.
    pub fn write_to(&self, layout: &mut Layout) {
        layout.pricing.clone_from(&self.pricing);
        for (theme, target) in layout.themes.iter_mut().zip(&self.targets_m2) {
            theme.target_area_m2 = *target;
        }
    }
}

impl Change {
    /// The change that undoes this one.
    #[must_use]
    pub fn inverse(&self) -> Change {
        match self {
            Self::Replace(items) => Self::Replace(
                items
                    .iter()
                    .map(|(r, before, after)| (*r, after.clone(), before.clone()))
                    .collect(),
            ),
            Self::Insert(items) => Self::Remove(items.clone()),
            Self::Remove(items) => Self::Insert(items.clone()),
            Self::Settings(pair) => Self::Settings(Box::new((pair.1.clone(), pair.0.clone()))),
            Self::Backgrounds(pair) => {
                Self::Backgrounds(Box::new((pair.1.clone(), pair.0.clone())))
            }
        }
    }

    /// Applies the change to `layout`.
    pub fn apply(&self, layout: &mut Layout) {
        match self {
            Self::Settings(pair) => pair.1.write_to(layout),
            Self::Backgrounds(pair) => layout.backgrounds.clone_from(&pair.1),
            Self::Replace(items) => {
                for (r, _, after) in items {
                    put(layout, *r, after.clone());
                }
            }
            Self::Insert(items) => {
                for kind in kinds(items.iter().map(|(r, _)| r.kind)) {
                    let batch = items.iter().filter(|(r, _)| r.kind == kind);
                    insert_objects(layout, batch.map(|(r, o)| (r.index, o.clone())).collect());
                }
            }
            Self::Remove(items) => {
                for kind in kinds(items.iter().map(|(r, _)| r.kind)) {
                    let positions: Vec<usize> = items
                        .iter()
                        .filter(|(r, _)| r.kind == kind)
                        .map(|(r, _)| r.index)
                        .collect();
                    remove_objects(layout, kind, &positions);
                }
            }
        }
    }

    /// Every object before and after the change, for [`Touched`].
    fn objects(&self) -> Box<dyn Iterator<Item = &Object> + '_> {
        match self {
            Self::Replace(items) => Box::new(items.iter().flat_map(|(_, b, a)| [b, a])),
            Self::Insert(items) | Self::Remove(items) => Box::new(items.iter().map(|(_, o)| o)),
            Self::Settings(_) | Self::Backgrounds(_) => Box::new(std::iter::empty()),
        }
    }
}

/// One undoable edit: a label for the Edit menu, its changes, and the selection around it.
#[derive(Clone, Debug, PartialEq)]
pub struct Command {
    /// What the planner did, e.g. "Move 3 objects" (shown as "Undo Move 3 objects").
    pub label: String,
    /// The changes, applied in order and undone in reverse.
    pub changes: Vec<Change>,
    /// The selection to restore on undo.
    pub selection_before: Selection,
    /// The selection to restore on redo.
    pub selection_after: Selection,
}

impl Command {
    /// Applies every change in order.
    pub fn apply(&self, layout: &mut Layout) {
        for change in &self.changes {
            change.apply(layout);
        }
    }

    /// Undoes every change, last first.
    pub fn undo(&self, layout: &mut Layout) {
        for change in self.changes.iter().rev() {
            change.inverse().apply(layout);
        }
    }

    /// What the edit touched, for [`crate::check::LiveCheck::update`]: the ids of every object
    /// before and after, with those of halls and columns marked as such.
    #[must_use]
    pub fn touched(&self) -> Touched {
        touched_by(self.changes.iter().flat_map(Change::objects))
    }

    /// True when the command changes nothing (such edits are not recorded).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.changes.iter().all(|c| match c {
            Change::Replace(items) => items.iter().all(|(_, b, a)| b == a),
            Change::Insert(items) | Change::Remove(items) => items.is_empty(),
            Change::Settings(pair) => pair.0 == pair.1,
            Change::Backgrounds(pair) => pair.0 == pair.1,
        })
    }
}

/// The [`Touched`] for an edit of these objects: every id, and which of them are halls' and
/// columns' (so that only what depends on those halls and columns is checked again).
pub(crate) fn touched_by<'a>(objects: impl Iterator<Item = &'a Object>) -> Touched {
    let mut touched = Touched::default();
    for o in objects {
        let id = o.id().to_owned();
        match o.kind() {
            ObjectKind::Hall => {
                touched.halls.insert(id.clone());
            }
            ObjectKind::Column => {
                touched.columns.insert(id.clone());
            }
            ObjectKind::Zone | ObjectKind::Booth | ObjectKind::Exit => {}
        }
        // A door changes how its hall's floor is left: everything measured to exits there.
        if let Object::Exit(exit) = o {
            touched.halls.extend(exit.hall.clone());
        }
        touched.ids.insert(id);
    }
    touched
}

/// The distinct kinds in `kinds`, in layout order.
fn kinds(kinds: impl Iterator<Item = ObjectKind>) -> BTreeSet<ObjectKind> {
    kinds.collect()
}

/// Overwrites the object at `r` (ignored when out of range or of another kind).
pub(crate) fn put(layout: &mut Layout, r: ObjectRef, object: Object) {
    let i = r.index;
    match object {
        Object::Hall(o) => set_at(&mut layout.halls, i, o),
        Object::Column(o) => set_at(&mut layout.columns, i, o),
        Object::Zone(o) => set_at(&mut layout.zones, i, o),
        Object::Booth(o) => set_at(&mut layout.booths, i, o),
        Object::Exit(o) => set_at(&mut layout.exits, i, o),
    }
}

fn set_at<T>(list: &mut [T], i: usize, value: T) {
    if let Some(slot) = list.get_mut(i) {
        *slot = value;
    }
}

/// Inserts objects of one kind at their final indices (ascending), in one pass over the list.
fn insert_objects(layout: &mut Layout, items: Vec<(usize, Object)>) {
    let Some((_, first)) = items.first() else { return };
    match first.kind() {
        ObjectKind::Hall => merge_in(&mut layout.halls, items, |o| match o {
            Object::Hall(h) => Some(h),
            _ => None,
        }),
        ObjectKind::Column => merge_in(&mut layout.columns, items, |o| match o {
            Object::Column(c) => Some(c),
            _ => None,
        }),
        ObjectKind::Zone => merge_in(&mut layout.zones, items, |o| match o {
            Object::Zone(z) => Some(z),
            _ => None,
        }),
        ObjectKind::Booth => merge_in(&mut layout.booths, items, |o| match o {
            Object::Booth(b) => Some(b),
            _ => None,
        }),
        ObjectKind::Exit => merge_in(&mut layout.exits, items, |o| match o {
            Object::Exit(e) => Some(e),
            _ => None,
        }),
    }
}

fn merge_in<T>(
    list: &mut Vec<T>,
    items: Vec<(usize, Object)>,
    unwrap: impl Fn(Object) -> Option<T>,
) {
    let typed: Vec<(usize, T)> =
        items.into_iter().filter_map(|(i, o)| unwrap(o).map(|t| (i, t))).collect();
    if typed.len() == 1 {
        if let Some((i, t)) = typed.into_iter().next() {
            list.insert(i.min(list.len()), t);
        }
        return;
    }
    let old = std::mem::take(list);
    list.reserve(old.len() + typed.len());
    let mut old = old.into_iter();
    let mut inserts = typed.into_iter().peekable();
    loop {
        if inserts.peek().is_some_and(|(i, _)| *i <= list.len()) {
            if let Some((_, t)) = inserts.next() {
                list.push(t);
            }
        } else if let Some(t) = old.next() {
            list.push(t);
        } else if let Some((_, t)) = inserts.next() {
            list.push(t);
        } else {
            break;
        }
    }
}

/// Removes the objects of `kind` at `positions` (ascending, before removal), in one pass.
fn remove_objects(layout: &mut Layout, kind: ObjectKind, positions: &[usize]) {
    match kind {
        ObjectKind::Hall => remove_at(&mut layout.halls, positions),
        ObjectKind::Column => remove_at(&mut layout.columns, positions),
        ObjectKind::Zone => remove_at(&mut layout.zones, positions),
        ObjectKind::Booth => remove_at(&mut layout.booths, positions),
        ObjectKind::Exit => remove_at(&mut layout.exits, positions),
    }
}

fn remove_at<T>(list: &mut Vec<T>, positions: &[usize]) {
    if let [single] = positions {
        if *single < list.len() {
            list.remove(*single);
        }
        return;
    }
    let mut i = 0;
    list.retain(|_| {
        let keep = positions.binary_search(&i).is_err();
        i += 1;
        keep
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Column, Hall, Point};

    fn column(id: &str, x: f64) -> Object {
        Object::Column(Column::square(id, "1A", Point::new(x, 5.0), 1.0))
    }

    fn hall(id: &str, corner_x: f64) -> Object {
        let outline = [(0.0, 0.0), (corner_x, 0.0), (corner_x, 40.0), (0.0, 40.0)];
        Object::Hall(Hall::new(id, id, outline.iter().map(|&p| p.into()).collect()))
    }

    fn command(changes: Vec<Change>) -> Command {
        Command {
            label: "Edit".into(),
            changes,
            selection_before: Selection::default(),
            selection_after: Selection::default(),
        }
    }

    #[test]
    fn moving_a_column_touches_that_column_not_everything() {
        let moved = command(vec![Change::Replace(vec![(
            ObjectRef::column(0),
            column("C1", 5.0),
            column("C1", 6.0),
        )])]);
        let touched = moved.touched();
        assert!(!touched.everything, "a column drag must not re-check the whole layout");
        assert_eq!(touched, Touched::columns(["C1"]));

        let renamed = command(vec![Change::Replace(vec![(
            ObjectRef::column(0),
            column("C1", 5.0),
            column("C2", 5.0),
        )])]);
        assert_eq!(renamed.touched(), Touched::columns(["C1", "C2"]));

        let added = command(vec![Change::Insert(vec![(ObjectRef::column(3), column("C9", 1.0))])]);
        assert_eq!(added.touched(), Touched::columns(["C9"]));
        let removed = command(added.changes.iter().map(Change::inverse).collect());
        assert_eq!(removed.touched(), Touched::columns(["C9"]));
    }

    #[test]
    fn moving_a_hall_vertex_touches_that_hall_not_everything() {
        let dragged = command(vec![Change::Replace(vec![(
            ObjectRef::hall(1),
            hall("1B", 60.0),
            hall("1B", 61.5),
        )])]);
        let touched = dragged.touched();
        assert!(!touched.everything);
        assert_eq!(touched, Touched::halls(["1B"]));
    }
}
