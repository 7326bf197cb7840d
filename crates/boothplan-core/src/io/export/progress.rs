//! How far an export has come, so the GUI can show a progress bar while a worker thread runs it.

use std::sync::atomic::{AtomicUsize, Ordering};

/// A progress callback: called with the fraction done, 0 to 1, from any thread.
pub type ProgressFn<'a> = &'a (dyn Fn(f32) + Sync);

/// Counts finished steps of a known number and reports each as a fraction of the whole.
pub struct Ticker<'a> {
    report: ProgressFn<'a>,
    done: AtomicUsize,
    total: usize,
}

impl<'a> Ticker<'a> {
    /// A ticker for `total` steps (at least one).
    pub fn new(report: ProgressFn<'a>, total: usize) -> Self {
        report(0.0);
        Self { report, done: AtomicUsize::new(0), total: total.max(1) }
    }

    /// One more step is finished.
    pub fn tick(&self) {
        let done = (self.done.fetch_add(1, Ordering::Relaxed) + 1).min(self.total);
        (self.report)(done as f32 / self.total as f32);
    }
}
