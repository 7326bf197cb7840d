//! Watching the document's file for a colleague's save through the operating system's file
//! notifications, so that an idle window does no work at all until the file changes.
//!
//! The folder is watched rather than the file: a save (ours or theirs) replaces the file by a
//! rename, which a watch on the old file would miss. Where the system has no notifications to
//! give (no inotify, the watch limit reached, some network shares), a background thread looks
//! at the folder every few seconds instead; either way the window is only woken when something
//! happened to the file.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use notify::{PollWatcher, RecommendedWatcher, RecursiveMode, Watcher as _};

/// How often the fallback looks at the folder when the system gives no notifications.
pub(crate) const FALLBACK_POLL: Duration = Duration::from_secs(2);

/// How the file is being watched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WatchKind {
    /// The operating system tells us (inotify on Linux, its like elsewhere).
    Notifications,
    /// A background thread looks every [`FALLBACK_POLL`]; the window still sleeps.
    Polling,
}

/// A watch on one file, alive as long as this value is.
pub(crate) struct FileWatch {
    changed: Arc<AtomicBool>,
    kind: WatchKind,
    /// Kept only so the watch stays on; dropping it stops the watching thread.
    _watcher: Box<dyn notify::Watcher>,
}

impl FileWatch {
    /// Starts watching `path`: `wake` runs (on another thread) whenever something happened to
    /// it. OS notifications when the system has them, else the polling fallback; `None` only
    /// when neither can watch the folder (it does not exist, say).
    pub(crate) fn start(path: &Path, wake: impl Fn() + Clone + Send + 'static) -> Option<Self> {
        Self::start_with(path, wake, false)
    }

    /// [`Self::start`]; with `polling_only`, as where the system has no notifications (tests).
    pub(crate) fn start_with(
        path: &Path,
        wake: impl Fn() + Clone + Send + 'static,
        polling_only: bool,
    ) -> Option<Self> {
        let name: OsString = path.file_name()?.to_owned();
        let folder = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
            _ => PathBuf::from("."),
        };
        let changed = Arc::new(AtomicBool::new(false));
        let handler = {
            let changed = Arc::clone(&changed);
            move |event: notify::Result<notify::Event>| {
                // An error may mean events were lost: look at the file to be sure.
                let about_the_file = event.map_or(true, |e| {
                    e.paths.is_empty() || e.paths.iter().any(|p| p.file_name() == Some(&name))
                });
                if about_the_file {
                    changed.store(true, Ordering::Release);
                    wake();
                }
            }
        };
        let notified = if polling_only {
            None
        } else {
            RecommendedWatcher::new(handler.clone(), notify::Config::default())
                .and_then(|mut w| w.watch(&folder, RecursiveMode::NonRecursive).map(|()| w))
                .ok()
        };
        let (watcher, kind): (Box<dyn notify::Watcher>, WatchKind) = if let Some(w) = notified {
            (Box::new(w), WatchKind::Notifications)
        } else {
            let config = notify::Config::default().with_poll_interval(FALLBACK_POLL);
            let mut w = PollWatcher::new(handler, config).ok()?;
            w.watch(&folder, RecursiveMode::NonRecursive).ok()?;
            (Box::new(w), WatchKind::Polling)
        };
        Some(Self { changed, kind, _watcher: watcher })
    }

    /// How it is watched.
    pub(crate) fn kind(&self) -> WatchKind {
        self.kind
    }

    /// Whether something happened to the file since the last call.
    pub(crate) fn take_changed(&self) -> bool {
        self.changed.swap(false, Ordering::AcqRel)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    /// Writes `file` until the watch wakes (a watch may start a moment after it is set up).
    fn wakes_on_write(watch: &FileWatch, woke: &mpsc::Receiver<()>, file: &Path) -> bool {
        for round in 0..20 {
            std::fs::write(file, format!("version {round}")).unwrap();
            if woke.recv_timeout(Duration::from_millis(500)).is_ok() {
                return watch.take_changed();
            }
        }
        false
    }

    #[test]
    fn a_write_to_the_file_wakes_the_window_with_notifications_or_without() {
        for polling_only in [false, true] {
            let dir = tempfile::tempdir().unwrap();
            let file = dir.path().join("fair.ron");
            std::fs::write(&file, "first").unwrap();
            let (tx, rx) = mpsc::channel();
            let wake = move || {
                let _ = tx.send(());
            };
            let watch = FileWatch::start_with(&file, wake, polling_only).unwrap();
            if polling_only {
                assert_eq!(watch.kind(), WatchKind::Polling);
            }
            assert!(wakes_on_write(&watch, &rx, &file), "polling only: {polling_only}");
            assert!(!watch.take_changed(), "taken once");
        }
    }

    #[test]
    fn another_file_in_the_folder_does_not_count() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("fair.ron");
        std::fs::write(&file, "first").unwrap();
        let watch = FileWatch::start(&file, || {}).unwrap();
        if watch.kind() == WatchKind::Notifications {
            std::fs::write(dir.path().join("other.txt"), "x").unwrap();
            std::thread::sleep(Duration::from_millis(300));
            assert!(!watch.take_changed());
        }
    }
}
