//! A panic never takes the document with it: the hook writes the recovery file first.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, TryLockError};
use std::time::{Duration, Instant};

use super::RecoveryStore;
use crate::model::Layout;

/// The document as the panic hook should keep it: the layout and the file it was opened from.
///
/// The editor replaces the content after each edit (or each autosave check); `None` when
/// there is nothing unsaved to keep.
pub type RecoverySnapshot = Arc<Mutex<Option<(Layout, Option<PathBuf>)>>>;

/// How long the hook waits for another thread to release the snapshot before giving up.
const LOCK_PATIENCE: Duration = Duration::from_millis(500);

/// Installs a panic hook that writes `snapshot` to `store` before the panic goes on, then
/// runs the hook that was installed before (which prints the message).
///
/// A panic of a third-party reader that is caught as a refusal of its file
/// ([`crate::io::caught_panic::quietly`]) is no crash: the hook leaves it alone.
///
/// The hook never blocks for long: if the snapshot is locked by the panicking thread itself
/// (a panic while updating it), it gives up after half a second rather than deadlock.
pub fn install_panic_hook(snapshot: RecoverySnapshot, store: RecoveryStore) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if crate::io::caught_panic::reading_on_this_thread() {
            return;
        }
        keep_snapshot(&snapshot, &store);
        previous(info);
    }));
}

/// Writes the snapshot, telling the planner on stderr where it went (or why it could not).
fn keep_snapshot(snapshot: &RecoverySnapshot, store: &RecoveryStore) {
    let deadline = Instant::now() + LOCK_PATIENCE;
    let guard = loop {
        match snapshot.try_lock() {
            Ok(guard) => break guard,
            // Left by a thread that panicked holding it: still the planner's latest work,
            // better kept than lost; a restore checks it like any file.
            Err(TryLockError::Poisoned(poisoned)) => break poisoned.into_inner(),
            Err(TryLockError::WouldBlock) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(TryLockError::WouldBlock) => {
                eprintln!("boothplan: could not keep your unsaved edits: the document was busy");
                return;
            }
        }
    };
    let Some((layout, source)) = guard.as_ref() else { return };
    match store.write(layout, source.as_deref()) {
        Ok(path) => eprintln!("boothplan: your unsaved edits were kept in {}", path.display()),
        Err(e) => eprintln!("boothplan: could not keep your unsaved edits: {e}"),
    }
}
