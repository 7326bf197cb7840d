//! When to write the recovery file: the GUI asks every frame, the policy answers.

use std::time::{Duration, Instant};

/// Autosave policy: unsaved edits reach the recovery file at most `interval` after they were
/// made, and an unchanged document is never written twice.
///
/// The editor numbers its states (a revision that grows with every edit); the GUI asks
/// [`Autosave::due`] each frame and, after writing, reports it with [`Autosave::written`].
#[derive(Clone, Debug)]
pub struct Autosave {
    interval: Duration,
    /// When the edits not yet in the recovery file were first seen.
    waiting_since: Option<Instant>,
    /// The revision the recovery file holds.
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

    /// Whether the recovery file should be written now: there are edits since the last save
    /// that the recovery file does not hold, and they have waited `interval`.
    pub fn due(&mut self, now: Instant, last_edit_revision: u64, last_saved_revision: u64) -> bool {
        if last_edit_revision == last_saved_revision
            || self.written_revision == Some(last_edit_revision)
        {
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

    /// Records that the recovery file now holds `revision`.
    pub fn written(&mut self, revision: u64) {
        self.written_revision = Some(revision);
        self.waiting_since = None;
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
        assert!(!autosave.due(t0, 4, 4));
        assert!(!autosave.due(t0 + 3600 * S, 4, 4));
        assert_eq!(autosave.time_left(t0), None);
    }

    #[test]
    fn edits_are_due_one_interval_after_they_are_seen() {
        let mut autosave = Autosave::new(10 * S);
        let t0 = Instant::now();
        assert!(!autosave.due(t0, 5, 4));
        assert_eq!(autosave.time_left(t0 + 4 * S), Some(6 * S));
        // More edits do not push the write back.
        assert!(!autosave.due(t0 + 9 * S, 9, 4));
        assert!(autosave.due(t0 + 10 * S, 9, 4));
        autosave.written(9);
        // Written: nothing due until the next edit has waited its interval.
        assert!(!autosave.due(t0 + 60 * S, 9, 4));
        assert!(!autosave.due(t0 + 61 * S, 10, 4));
        assert!(!autosave.due(t0 + 70 * S, 10, 4));
        assert!(autosave.due(t0 + 71 * S, 10, 4));
    }

    #[test]
    fn a_save_resets_the_wait() {
        let mut autosave = Autosave::new(10 * S);
        let t0 = Instant::now();
        assert!(!autosave.due(t0, 1, 0));
        assert!(!autosave.due(t0 + 5 * S, 1, 1));
        assert!(!autosave.due(t0 + 11 * S, 2, 1));
        assert!(autosave.due(t0 + 21 * S, 2, 1));
    }

    #[test]
    fn undoing_back_to_the_saved_state_is_not_due() {
        let mut autosave = Autosave::new(S);
        let t0 = Instant::now();
        assert!(!autosave.due(t0, 3, 2));
        // Back at the saved revision (the editor may number an undo so): nothing to keep.
        assert!(!autosave.due(t0 + 5 * S, 2, 2));
    }
}
