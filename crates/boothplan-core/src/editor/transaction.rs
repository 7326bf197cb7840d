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

/// What the document remembers of the edit in progress: the objects as they were, restored by
/// cancel and diffed on commit.
#[derive(Debug)]
pub(crate) struct OpenEdit {
    /// Which [`Transaction`] value this is.
    id: u64,
    label: String,
    before: Vec<(ObjectRef, Object)>,
    selection_before: Selection,
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
        let before =
            objects.into_iter().filter_map(|r| r.get(&self.layout).map(|o| (r, o))).collect();
        let id = next_transaction_id();
        self.open_edit = Some(OpenEdit {
            id,
            label: label.to_owned(),
            before,
            selection_before: self.selection.clone(),
        });
        Transaction { id }
    }

    /// Puts every object of the open edit back as it was, if one is open (Undo, Esc, a layer
    /// locked mid-drag). The transaction value that opened it then does nothing.
    pub(crate) fn abandon_edit(&mut self) {
        let Some(edit) = self.open_edit.take() else { return };
        let changed: Vec<(ObjectRef, Object)> = edit
            .before
            .into_iter()
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
        for (r, _, new) in changed {
            put(&mut doc.layout, r, new);
        }
        doc.after_edit(&touched);
    }

    /// Ends the edit: one undo step holding each object's state before and after (none when
    /// nothing changed).
    pub fn commit(self, doc: &mut Document) {
        if !self.is_open(doc) {
            return;
        }
        let Some(edit) = doc.open_edit.take() else { return };
        let items: Vec<_> = edit
            .before
            .into_iter()
            .filter_map(|(r, before)| {
                let after = r.get(&doc.layout)?;
                (after != before).then_some((r, before, after))
            })
            .collect();
        if items.is_empty() {
            return;
        }
        let command = Command {
            label: edit.label,
            changes: vec![Change::Replace(items)],
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
