//! The egress rules of the live check on a worker thread: a drag step in a hall of thousands
//! of booths must not wait for the hall's walking-distance field and exit searches (tens of
//! milliseconds).
//!
//! The live check hands the worker a snapshot of each hall it re-checks ([`WalkJob`]); a newer
//! job for a hall replaces one not yet started; the worker runs the hall's egress rules with the
//! same pure rule code as `check` and leaves the findings for the live check to take, then
//! calls the owner's `notify` (the window asks for a repaint). While idle it sleeps on a
//! condition variable: no polling.

use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

use super::Finding;
use super::egress;
use crate::model::Layout;

/// One hall to check: its snapshot and which request it answers.
pub(crate) struct WalkJob {
    /// The hall's index tag in the layout it came from.
    pub tag: u32,
    /// The hall's id then, so that a result for a hall since removed or renumbered is dropped.
    pub hall_id: String,
    /// Grows with every request: a result older than the shown one is dropped.
    pub generation: u64,
    /// What the walk reads (see [`egress::hall_snapshot`]).
    pub snapshot: Layout,
}

/// The egress findings of one [`WalkJob`].
pub(crate) struct WalkResult {
    /// As in the job.
    pub tag: u32,
    /// As in the job.
    pub hall_id: String,
    /// As in the job.
    pub generation: u64,
    /// The findings, in no particular order.
    pub findings: Vec<Finding>,
}

/// What the live check and the worker share.
#[derive(Default)]
struct Queue {
    /// Jobs not yet started, at most one per hall.
    jobs: Vec<WalkJob>,
    /// True while the worker checks.
    busy: bool,
    /// Results not yet taken.
    results: Vec<WalkResult>,
    /// Set when the live check is gone: the worker stops.
    closed: bool,
}

struct Shared {
    queue: Mutex<Queue>,
    /// Wakes the worker when a job arrives or the queue closes.
    work: Condvar,
    /// Wakes those waiting for the worker to finish everything.
    idle: Condvar,
    /// Called after each batch of results (the window asks for a repaint).
    notify: Box<dyn Fn() + Send + Sync>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Queue> {
        // A panic while holding the lock leaves a queue that is still consistent.
        self.queue.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The worker thread of one live check; dropping it lets the thread end.
pub(crate) struct Walker {
    shared: Arc<Shared>,
}

impl std::fmt::Debug for Walker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Walker").finish_non_exhaustive()
    }
}

impl Walker {
    /// Starts the worker; `None` when the system gives no thread (the walk then stays
    /// synchronous).
    pub(crate) fn start(notify: Box<dyn Fn() + Send + Sync>) -> Option<Self> {
        let shared = Arc::new(Shared {
            queue: Mutex::new(Queue::default()),
            work: Condvar::new(),
            idle: Condvar::new(),
            notify,
        });
        let theirs = Arc::clone(&shared);
        std::thread::Builder::new()
            .name("boothplan-walk".to_owned())
            .spawn(move || work(&theirs))
            .ok()?;
        Some(Self { shared })
    }

    /// Queues `job`, replacing a job for the same hall not yet started.
    pub(crate) fn submit(&self, job: WalkJob) {
        let mut queue = self.shared.lock();
        queue.jobs.retain(|j| j.tag != job.tag);
        queue.jobs.push(job);
        self.shared.work.notify_one();
    }

    /// The results delivered since the last call.
    pub(crate) fn take(&self) -> Vec<WalkResult> {
        std::mem::take(&mut self.shared.lock().results)
    }

    /// Blocks until every queued job is done (for tests and saving), then takes the results.
    pub(crate) fn wait(&self) -> Vec<WalkResult> {
        let mut queue = self.shared.lock();
        while queue.busy || !queue.jobs.is_empty() {
            queue = self.shared.idle.wait(queue).unwrap_or_else(PoisonError::into_inner);
        }
        std::mem::take(&mut queue.results)
    }
}

impl Drop for Walker {
    fn drop(&mut self) {
        self.shared.lock().closed = true;
        self.shared.work.notify_all();
    }
}

/// The worker: checks queued halls until the queue closes.
fn work(shared: &Shared) {
    loop {
        let jobs = {
            let mut queue = shared.lock();
            while queue.jobs.is_empty() && !queue.closed {
                queue = shared.work.wait(queue).unwrap_or_else(PoisonError::into_inner);
            }
            if queue.closed {
                return;
            }
            queue.busy = true;
            std::mem::take(&mut queue.jobs)
        };
        let results: Vec<WalkResult> = jobs
            .into_iter()
            .map(|job| {
                // A check that panicked reports nothing rather than leave waiters stuck.
                let findings =
                    std::panic::catch_unwind(|| egress::snapshot_findings(&job.snapshot))
                        .unwrap_or_default();
                WalkResult {
                    tag: job.tag,
                    hall_id: job.hall_id,
                    generation: job.generation,
                    findings,
                }
            })
            .collect();
        {
            let mut queue = shared.lock();
            queue.results.extend(results);
            queue.busy = false;
            shared.idle.notify_all();
        }
        (shared.notify)();
    }
}
