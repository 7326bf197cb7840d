//! The undo history: a capped stack of commands, a redo stack, and which state was saved.

use std::collections::VecDeque;

use super::Command;

/// How many steps of undo a document keeps.
pub const DEFAULT_HISTORY_CAP: usize = 200;

/// Undo and redo stacks. Every state of the document is named by a number, so that "is this
/// the saved state?" is one comparison, and undoing back to the saved state makes it clean.
#[derive(Debug)]
pub(crate) struct History {
    undo: VecDeque<(u64, Command)>,
    redo: Vec<(u64, Command)>,
    cap: usize,
    /// The state before the oldest command still kept.
    base_state: u64,
    next_state: u64,
    saved_state: Option<u64>,
}

impl History {
    /// An empty history whose current state counts as saved.
    pub(crate) fn new(cap: usize) -> Self {
        Self {
            undo: VecDeque::new(),
            redo: Vec::new(),
            cap: cap.max(1),
            base_state: 0,
            next_state: 1,
            saved_state: Some(0),
        }
    }

    /// The number naming the current state.
    pub(crate) fn current_state(&self) -> u64 {
        self.undo.back().map_or(self.base_state, |(s, _)| *s)
    }

    /// Records that the current state is what is on disk.
    pub(crate) fn mark_saved(&mut self) {
        self.saved_state = Some(self.current_state());
    }

    /// Records that nothing on disk matches any state (e.g. a new, never saved document).
    pub(crate) fn mark_unsaved(&mut self) {
        self.saved_state = None;
    }

    /// True when the current state differs from the saved one.
    pub(crate) fn is_dirty(&self) -> bool {
        self.saved_state != Some(self.current_state())
    }

    /// Records an applied command; drops the redo stack and the oldest step beyond the cap.
    /// Every background plan the undo and redo steps hold, so that Save As into another folder
    /// can name their images from there too (an undo after it must still find them).
    pub(crate) fn backgrounds_mut(
        &mut self,
    ) -> impl Iterator<Item = &mut crate::model::Background> {
        (self.undo.iter_mut().map(|(_, c)| c))
            .chain(self.redo.iter_mut().map(|(_, c)| c))
            .flat_map(|c| c.changes.iter_mut())
            .filter_map(|change| match change {
                super::Change::Backgrounds(pair) => Some(pair),
                _ => None,
            })
            .flat_map(|pair| pair.0.iter_mut().chain(pair.1.iter_mut()))
    }

    pub(crate) fn push(&mut self, command: Command) {
        self.redo.clear();
        let state = self.next_state;
        self.next_state += 1;
        self.undo.push_back((state, command));
        while self.undo.len() > self.cap {
            if let Some((s, _)) = self.undo.pop_front() {
                self.base_state = s;
            }
        }
    }

    /// Takes the last command for undoing; the caller undoes it.
    pub(crate) fn undo(&mut self) -> Option<&Command> {
        let entry = self.undo.pop_back()?;
        self.redo.push(entry);
        self.redo.last().map(|(_, c)| c)
    }

    /// Takes the last undone command for redoing; the caller applies it.
    pub(crate) fn redo(&mut self) -> Option<&Command> {
        let entry = self.redo.pop()?;
        self.undo.push_back(entry);
        self.undo.back().map(|(_, c)| c)
    }

    /// The label of the step Undo would revert.
    pub(crate) fn undo_label(&self) -> Option<&str> {
        self.undo.back().map(|(_, c)| c.label.as_str())
    }

    /// The label of the step Redo would re-apply.
    pub(crate) fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|(_, c)| c.label.as_str())
    }

    /// How many steps can be undone.
    pub(crate) fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// How many steps can be redone.
    pub(crate) fn redo_len(&self) -> usize {
        self.redo.len()
    }
}
