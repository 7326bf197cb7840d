//! Edits in progress: a drag previews its changes in the layout and becomes one undo step on
//! release, or is put back exactly on Esc (as Graphite's start/commit/abort transactions).
//!
//! A [`Transaction`] is a value: [`Document::begin_transaction`] hands it out, every preview
//! goes through it, and [`Transaction::commit`] or [`Transaction::cancel`] consumes it, so a
//! preview outside an edit in progress does not compile. The document keeps what the objects
//! were, so it can still put them back by itself when something replaces the edit (Undo, a
//! layer locked mid-drag, a newer transaction); the old value then does nothing.

use super::command::{put, touched_by};
use super::{Change, Command, Document, Object, ObjectRef, Selection};
use crate::model::Background;

/// What the document remembers of the edit in progress: the objects as they were, restored by
/// cancel and diffed on commit.
#[derive(Debug)]
pub(crate) struct OpenEdit {
    /// Which [`Transaction`] value this is.
    id: u64,
    label: String,
    before: Vec<(ObjectRef, Object)>,
    selection_before: Selection,
    /// Objects the edit changed besides those it began with (the doors of a dragged hall,
    /// carried along its walls), as they were: restored by cancel, recorded by commit.
    also: Vec<(ObjectRef, Object)>,
    /// Every reference in `before` and `also`, to tell a newly changed object in one look-up.
    known: std::collections::HashSet<ObjectRef>,
    /// The background plans as they were, once the edit previewed a change of one (a drawing
    /// dragged, its opacity slider held): put back by cancel, recorded by commit.
    backgrounds: Option<Vec<Background>>,
}

impl OpenEdit {
    /// Keeps `old` as the state before the edit of the object at `at`, unless it has one.
    fn remember(&mut self, at: ObjectRef, old: &Object) {
        if self.known.insert(at) {
            self.also.push((at, old.clone()));
        }
    }
}

/// An edit in progress (a drag, an inspector number being dragged): the only way to preview a
/// change in the layout. Commit it for one undo step, or cancel it to put everything back.
///
/// ```
/// # use boothplan_core::editor::{Document, Object, ObjectRef};
/// # fn drag(doc: &mut Document, moved: Object) {
/// let tx = doc.begin_transaction("Move booth", [ObjectRef::booth(0)]);
/// tx.preview(doc, ObjectRef::booth(0), moved);
/// tx.commit(doc);
/// # }
/// ```
///
/// A preview without one, or a second commit of the same one, does not compile:
///
/// ```compile_fail
/// # use boothplan_core::editor::{Document, Object, ObjectRef};
/// # fn drag(doc: &mut Document, moved: Object) {
/// doc.preview(ObjectRef::booth(0), moved);
/// # }
/// ```
///
/// ```compile_fail
/// # use boothplan_core::editor::{Document, ObjectRef};
/// # fn drag(doc: &mut Document) {
/// let tx = doc.begin_transaction("Move booth", [ObjectRef::booth(0)]);
/// tx.commit(doc);
/// tx.commit(doc);
/// # }
/// ```
#[derive(Debug, PartialEq, Eq)]
#[must_use = "an edit in progress must be committed or cancelled"]
pub struct Transaction {
    id: u64,
}

impl Document {
    /// Whether an edit is in progress (a drag, a slider held): the layout shows a preview that
    /// is not yet a state of the history, so it is not what an autosave should keep.
    #[must_use]
    pub fn is_mid_edit(&self) -> bool {
        self.open_edit.is_some()
    }

    /// Starts an edit of `objects` whose steps are previewed in the layout through the returned
    /// transaction and recorded as one undo step by [`Transaction::commit`]. An edit still
    /// open is cancelled first.
    pub fn begin_transaction(
        &mut self,
        label: &str,
        objects: impl IntoIterator<Item = ObjectRef>,
    ) -> Transaction {
        self.abandon_edit();
        let before: Vec<(ObjectRef, Object)> =
            objects.into_iter().filter_map(|r| r.get(&self.layout).map(|o| (r, o))).collect();
        let known = before.iter().map(|(r, _)| *r).collect();
        let id = next_transaction_id();
        self.open_edit = Some(OpenEdit {
            id,
            label: label.to_owned(),
            before,
            selection_before: self.selection.clone(),
            also: Vec::new(),
            known,
            backgrounds: None,
        });
        Transaction { id }
    }

    /// Puts every object of the open edit back as it was, if one is open (Undo, Esc, a layer
    /// locked mid-drag). The transaction value that opened it then does nothing.
    pub(crate) fn abandon_edit(&mut self) {
        let Some(edit) = self.open_edit.take() else { return };
        if let Some(backgrounds) = edit.backgrounds {
            self.layout.backgrounds = backgrounds;
        }
        let changed: Vec<(ObjectRef, Object)> = edit
            .before
            .into_iter()
            .chain(edit.also)
            .filter(|(r, o)| r.get(&self.layout).as_ref() != Some(o))
            .collect();
        self.selection = edit.selection_before;
        if changed.is_empty() {
            return;
        }
        let mut objects: Vec<Object> =
            changed.iter().filter_map(|(r, _)| r.get(&self.layout)).collect();
        objects.extend(changed.iter().map(|(_, o)| o.clone()));
        let touched = touched_by(objects.iter());
        for (r, o) in changed {
            put(&mut self.layout, r, o);
        }
        self.after_edit(&touched);
    }

    /// The object at `at` as it was before the edit in progress (as it is, when none is).
    pub(crate) fn as_before(&self, at: ObjectRef) -> Option<Object> {
        let kept = self.open_edit.as_ref().and_then(|e| {
            e.before.iter().chain(&e.also).find(|(r, _)| *r == at).map(|(_, o)| o.clone())
        });
        kept.or_else(|| at.get(&self.layout))
    }

    /// The open edit, if `tx` is the value that opened it.
    fn edit_of(&self, tx: &Transaction) -> Option<&OpenEdit> {
        self.open_edit.as_ref().filter(|e| e.id == tx.id)
    }
}

impl Transaction {
    /// The objects as they were when the transaction began (empty once it was replaced).
    pub(crate) fn before<'d>(&self, doc: &'d Document) -> &'d [(ObjectRef, Object)] {
        doc.edit_of(self).map_or(&[], |e| e.before.as_slice())
    }

    /// Whether this is still the document's edit in progress (nothing replaced or ended it).
    #[must_use]
    pub fn is_open(&self, doc: &Document) -> bool {
        doc.edit_of(self).is_some()
    }

    /// Undo returns to `selection` rather than to the one at the start (a press that grabbed
    /// more objects before the drag began).
    pub(crate) fn undo_to_selection(&self, doc: &mut Document, selection: Selection) {
        if let Some(edit) = doc.open_edit.as_mut().filter(|e| e.id == self.id) {
            edit.selection_before = selection;
        }
    }

    /// Shows `object` at `at`, updating the live findings.
    pub fn preview(&self, doc: &mut Document, at: ObjectRef, object: Object) {
        if !self.is_open(doc) {
            return;
        }
        let Some(old) = at.get(&doc.layout) else { return };
        if old == object {
            return;
        }
        let touched = touched_by([&old, &object].into_iter());
        if let Some(edit) = doc.open_edit.as_mut() {
            edit.remember(at, &old);
        }
        put(&mut doc.layout, at, object);
        doc.after_edit(&touched);
    }

    /// Shows several objects changed at once, with one live-check update (moving a selection
    /// of thousands of booths stays one update a frame).
    pub fn preview_many(&self, doc: &mut Document, items: Vec<(ObjectRef, Object)>) {
        if !self.is_open(doc) {
            return;
        }
        let changed: Vec<(ObjectRef, Object, Object)> = items
            .into_iter()
            .filter_map(|(r, new)| {
                let old = r.get(&doc.layout)?;
                (old != new).then_some((r, old, new))
            })
            .collect();
        if changed.is_empty() {
            return;
        }
        let touched = touched_by(changed.iter().flat_map(|(_, old, new)| [old, new]));
        if let Some(edit) = doc.open_edit.as_mut() {
            for (r, old, _) in &changed {
                edit.remember(*r, old);
            }
        }
        for (r, _, new) in changed {
            put(&mut doc.layout, r, new);
        }
        doc.after_edit(&touched);
    }

    /// Shows `background` in place of background plan `index` (a drawing dragged, its opacity
    /// slider held); the plans are put back by cancel and recorded, as one change of the list,
    /// by commit.
    pub fn preview_background(&self, doc: &mut Document, index: usize, background: Background) {
        if !self.is_open(doc) || index >= doc.layout.backgrounds.len() {
            return;
        }
        if let Some(edit) = doc.open_edit.as_mut() {
            edit.backgrounds.get_or_insert_with(|| doc.layout.backgrounds.clone());
        }
        doc.layout.backgrounds[index] = background;
    }

    /// Ends the edit: one undo step holding each object's state before and after, and the
    /// background plans' if they changed (none when nothing changed).
    pub fn commit(self, doc: &mut Document) {
        if !self.is_open(doc) {
            return;
        }
        let Some(edit) = doc.open_edit.take() else { return };
        let items: Vec<_> = edit
            .before
            .into_iter()
            .chain(edit.also)
            .filter_map(|(r, before)| {
                let after = r.get(&doc.layout)?;
                (after != before).then_some((r, before, after))
            })
            .collect();
        let mut changes = Vec::new();
        if !items.is_empty() {
            changes.push(Change::Replace(items));
        }
        if let Some(before) = edit.backgrounds.filter(|b| *b != doc.layout.backgrounds) {
            let after = doc.layout.backgrounds.clone();
            changes.push(Change::Backgrounds(Box::new((before, after))));
        }
        if changes.is_empty() {
            return;
        }
        let command = Command {
            label: edit.label,
            changes,
            selection_before: edit.selection_before,
            selection_after: doc.selection.clone(),
        };
        doc.record_applied(command);
    }

    /// Abandons the edit, putting every object back as it was (Esc during a drag).
    pub fn cancel(self, doc: &mut Document) {
        if self.is_open(doc) {
            doc.abandon_edit();
        }
    }
}

/// A transaction number no transaction of this process has had yet.
fn next_transaction_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}
