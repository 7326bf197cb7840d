//! When to write the recovery file: the GUI asks every frame, the policy answers.

use std::time::{Duration, Instant};

/// Autosave policy: unsaved edits reach the recovery file at most `interval` after they were
/// made, and an unchanged document is never written twice.
///
/// The editor names each state of its document by a number (its undo-history state); the GUI
/// asks [`Autosave::due`] each frame and, after writing, reports it with [`Autosave::written`].
#[derive(Clone, Debug)]
pub struct Autosave {
    interval: Duration,
    /// When the edits not yet in the recovery file were first seen.
    waiting_since: Option<Instant>,
    /// The document state the recovery file holds.
    written_revision: Option<u64>,
}

impl Default for Autosave {
    /// Every [`Autosave::DEFAULT_INTERVAL`].
    fn default() -> Self {
        Self::new(Self::DEFAULT_INTERVAL)
    }
}

impl Autosave {
    /// 30 s: little work lost, and few writes while a planner drags booths around.
    pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(30);

    /// A policy writing at most `interval` after an edit.
    #[must_use]
    pub fn new(interval: Duration) -> Self {
        Self { interval, waiting_since: None, written_revision: None }
    }

    /// The configured interval.
    #[must_use]
    pub fn interval(&self) -> Duration {
        self.interval
    }

    /// Whether the recovery file should be written now: the document has unsaved edits
    /// (`unsaved_state` names them; `None` when it matches its file) that the recovery file
    /// does not hold, and they have waited `interval`.
    pub fn due(&mut self, now: Instant, unsaved_state: Option<u64>) -> bool {
        let Some(state) = unsaved_state else {
            self.waiting_since = None;
            return false;
        };
        if self.written_revision == Some(state) {
            self.waiting_since = None;
            return false;
        }
        let since = *self.waiting_since.get_or_insert(now);
        now.saturating_duration_since(since) >= self.interval
    }

    /// How long until [`Self::due`] turns true with nothing else changing, so the GUI can ask
    /// for a repaint then; `None` when nothing is waiting.
    #[must_use]
    pub fn time_left(&self, now: Instant) -> Option<Duration> {
        self.waiting_since
            .map(|since| self.interval.saturating_sub(now.saturating_duration_since(since)))
    }

    /// Records that the recovery file now holds `state`.
    pub fn written(&mut self, state: u64) {
        self.written_revision = Some(state);
        self.waiting_since = None;
    }

    /// A write failed at `now` (disk full, folder gone): try again one interval later rather
    /// than on every frame.
    pub fn retry_later(&mut self, now: Instant) {
        self.waiting_since = Some(now);
    }

    /// Forgets what was written: another document is open, whose states are numbered afresh.
    pub fn reset(&mut self) {
        *self = Self::new(self.interval);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: Duration = Duration::from_secs(1);

    #[test]
    fn a_clean_document_is_never_due() {
        let mut autosave = Autosave::default();
        let t0 = Instant::now();
        assert!(!autosave.due(t0, None));
        assert!(!autosave.due(t0 + 3600 * S, None));
        assert_eq!(autosave.time_left(t0), None);
    }

    #[test]
    fn edits_are_due_one_interval_after_they_are_seen() {
        let mut autosave = Autosave::new(10 * S);
        let t0 = Instant::now();
        assert!(!autosave.due(t0, Some(5)));
        assert_eq!(autosave.time_left(t0 + 4 * S), Some(6 * S));
        // More edits do not push the write back.
        assert!(!autosave.due(t0 + 9 * S, Some(9)));
        assert!(autosave.due(t0 + 10 * S, Some(9)));
        autosave.written(9);
        // Written: nothing due until the next edit has waited its interval.
        assert!(!autosave.due(t0 + 60 * S, Some(9)));
        assert!(!autosave.due(t0 + 61 * S, Some(10)));
        assert!(!autosave.due(t0 + 70 * S, Some(10)));
        assert!(autosave.due(t0 + 71 * S, Some(10)));
    }

    #[test]
    fn a_save_resets_the_wait() {
        let mut autosave = Autosave::new(10 * S);
        let t0 = Instant::now();
        assert!(!autosave.due(t0, Some(1)));
        assert!(!autosave.due(t0 + 5 * S, None));
        assert!(!autosave.due(t0 + 11 * S, Some(2)));
        assert!(autosave.due(t0 + 21 * S, Some(2)));
    }

    #[test]
    fn undoing_back_to_the_saved_state_is_not_due() {
        let mut autosave = Autosave::new(S);
        let t0 = Instant::now();
        assert!(!autosave.due(t0, Some(3)));
        // Back at the saved revision (the editor may number an undo so): nothing to keep.
        assert!(!autosave.due(t0 + 5 * S, None));
    }

    #[test]
    fn a_failed_write_waits_one_interval_and_a_new_document_starts_afresh() {
        let mut autosave = Autosave::new(10 * S);
        let t0 = Instant::now();
        assert!(!autosave.due(t0, Some(2)));
        assert!(autosave.due(t0 + 10 * S, Some(2)));
        autosave.retry_later(t0 + 10 * S);
        assert!(!autosave.due(t0 + 19 * S, Some(2)));
        assert!(autosave.due(t0 + 20 * S, Some(2)));
        autosave.written(2);
        // Another file is open: its state 2 is not the one written.
        autosave.reset();
        assert_eq!(autosave.interval(), 10 * S);
        assert!(!autosave.due(t0 + 30 * S, Some(2)));
        assert!(autosave.due(t0 + 40 * S, Some(2)));
    }
}
