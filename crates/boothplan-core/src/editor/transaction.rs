//! Edits in progress: a drag previews its changes in the layout and becomes one undo step on
//! release, or is put back exactly on Esc (as Graphite's start/commit/abort transactions).

use super::command::{put, touched_by};
use super::{Change, Command, Document, Object, ObjectRef, Selection};

/// An edit in progress (a drag): the objects as they were, restored by cancel, diffed on commit.
#[derive(Debug)]
pub(crate) struct Transaction {
    pub(crate) label: String,
    pub(crate) before: Vec<(ObjectRef, Object)>,
    pub(crate) selection_before: Selection,
    /// Objects the edit changed besides those it began with (the doors of a dragged hall,
    /// carried along its walls), as they were: restored by cancel, recorded by commit.
    pub(crate) also: Vec<(ObjectRef, Object)>,
    /// Every reference in `before` and `also`, to tell a newly changed object in one look-up.
    pub(crate) known: std::collections::HashSet<ObjectRef>,
}

impl Transaction {
    /// Keeps `old` as the state before the edit of the object at `at`, unless it already has
    /// one.
    fn remember(&mut self, at: ObjectRef, old: &Object) {
        if self.known.insert(at) {
            self.also.push((at, old.clone()));
        }
    }
}

impl Document {
    /// Whether an edit is in progress (a drag, a slider held): the layout shows a preview that
    /// is not yet a state of the history, so it is not what an autosave should keep.
    #[must_use]
    pub fn is_mid_edit(&self) -> bool {
        self.transaction.is_some()
    }

    /// Starts an edit whose steps are previewed in the layout and recorded as one undo step by
    /// [`Self::commit_transaction`] (a drag, or a slider in the inspector).
    pub fn begin_transaction(&mut self, label: &str, objects: impl IntoIterator<Item = ObjectRef>) {
        self.cancel_transaction();
        let before: Vec<(ObjectRef, Object)> =
            objects.into_iter().filter_map(|r| r.get(&self.layout).map(|o| (r, o))).collect();
        let known = before.iter().map(|(r, _)| *r).collect();
        self.transaction = Some(Transaction {
            label: label.to_owned(),
            before,
            selection_before: self.selection.clone(),
            also: Vec::new(),
            known,
        });
    }

    /// Shows `object` at `at` during a transaction, updating the live findings.
    pub fn preview(&mut self, at: ObjectRef, object: Object) {
        let Some(old) = at.get(&self.layout) else { return };
        if old == object {
            return;
        }
        let touched = touched_by([&old, &object].into_iter());
        if let Some(tx) = &mut self.transaction {
            tx.remember(at, &old);
        }
        put(&mut self.layout, at, object);
        self.after_edit(&touched);
    }

    /// Shows several objects changed at once during a transaction, with one live-check update
    /// (moving a selection of thousands of booths stays one update a frame).
    pub fn preview_many(&mut self, items: Vec<(ObjectRef, Object)>) {
        let changed: Vec<(ObjectRef, Object, Object)> = items
            .into_iter()
            .filter_map(|(r, new)| {
                let old = r.get(&self.layout)?;
                (old != new).then_some((r, old, new))
            })
            .collect();
        if changed.is_empty() {
            return;
        }
        let touched = touched_by(changed.iter().flat_map(|(_, old, new)| [old, new]));
        if let Some(tx) = &mut self.transaction {
            for (r, old, _) in &changed {
                tx.remember(*r, old);
            }
        }
        for (r, _, new) in changed {
            put(&mut self.layout, r, new);
        }
        self.after_edit(&touched);
    }

    /// The objects as they were when the transaction began (empty when none is open).
    pub(crate) fn transaction_before(&self) -> &[(ObjectRef, Object)] {
        self.transaction.as_ref().map_or(&[], |t| t.before.as_slice())
    }

    /// The object at `at` as it was before the edit in progress (as it is, when none is).
    pub(crate) fn as_before(&self, at: ObjectRef) -> Option<Object> {
        let kept = self.transaction.as_ref().and_then(|tx| {
            tx.before.iter().chain(&tx.also).find(|(r, _)| *r == at).map(|(_, o)| o.clone())
        });
        kept.or_else(|| at.get(&self.layout))
    }

    /// Ends the transaction: one undo step holding each object's state before and after.
    pub fn commit_transaction(&mut self) {
        let Some(tx) = self.transaction.take() else { return };
        let items: Vec<_> = tx
            .before
            .into_iter()
            .chain(tx.also)
            .filter_map(|(r, before)| {
                let after = r.get(&self.layout)?;
                (after != before).then_some((r, before, after))
            })
            .collect();
        if items.is_empty() {
            return;
        }
        let command = Command {
            label: tx.label,
            changes: vec![Change::Replace(items)],
            selection_before: tx.selection_before,
            selection_after: self.selection.clone(),
        };
        self.record_applied(command);
    }

    /// Abandons the transaction, putting every object back as it was (Esc during a drag).
    pub fn cancel_transaction(&mut self) {
        let Some(tx) = self.transaction.take() else { return };
        let changed: Vec<(ObjectRef, Object)> = tx
            .before
            .into_iter()
            .chain(tx.also)
            .filter(|(r, o)| r.get(&self.layout).as_ref() != Some(o))
            .collect();
        self.selection = tx.selection_before;
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

    /// True while a drag or other transaction is in progress.
    #[must_use]
    pub fn in_transaction(&self) -> bool {
        self.transaction.is_some()
    }
}
