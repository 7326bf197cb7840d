//! Keeping the planner's work safe while the window is open: the autosave timer, the copies
//! a crash left behind, the snapshot the panic hook writes, and the watch on the document's
//! file for a colleague's save. The window calls [`Safekeeping`] once a frame and when a
//! document is replaced, saved or closed, and shows what it reports.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use crate::editor::{DiskState, Document};
use crate::file_watch::{FileWatch, WatchKind};
use crate::io::disk_stamp::FileStamp;
use crate::io::recovery::{Autosave, RecoveryEntry, RecoverySnapshot, RecoveryStore};

/// How often the document's file is looked at for a colleague's save (length and time only)
/// when it cannot be watched at all (its folder is gone, say).
const UNWATCHED_DISK_POLL: Duration = Duration::from_secs(2);

/// The window's safety state: where recovery files go, when to write one, and what the panic
/// hook would keep.
pub(crate) struct Safekeeping {
    /// `None` until the window is given a store (tests without one write nothing).
    store: Option<RecoveryStore>,
    autosave: Autosave,
    snapshot: RecoverySnapshot,
    /// The unsaved state the snapshot holds, so the layout is cloned once per edit, not per
    /// frame; `None` when the snapshot is empty.
    snapshot_of: Option<u64>,
    /// Look at the file on this timer too (tests look every frame); `None`: only when the
    /// watch says something happened to it.
    disk_poll: Option<Duration>,
    next_disk_poll: Option<Instant>,
    /// The watch on the document's file, and the file it was started for (even if it could
    /// not be started: it is not tried again every frame).
    watch: Option<FileWatch>,
    watched: Option<PathBuf>,
    /// Something happened to the file that has not been looked at yet (a dialog was up).
    look_pending: bool,
    /// Whether to watch the file at all (tests of the check before saving turn it off).
    watch_files: bool,
    /// Copies a crash left that the planner has not answered yet (restoring one leaves the
    /// others here): never removed or overwritten, offered again when their file is opened.
    pending: Vec<RecoveryEntry>,
    /// The version on disk whose reload offer the planner dismissed: not offered again until
    /// the file changes once more (Save still asks before overwriting it).
    dismissed: Option<FileStamp>,
    /// The document's file was found missing and the planner told; it is still watched, so a
    /// different version put back in its place is offered for reload.
    reported_missing: bool,
}

impl Default for Safekeeping {
    fn default() -> Self {
        Self {
            store: None,
            autosave: Autosave::default(),
            snapshot: Arc::new(Mutex::new(None)),
            snapshot_of: None,
            disk_poll: None,
            next_disk_poll: None,
            watch: None,
            watched: None,
            look_pending: false,
            watch_files: true,
            pending: Vec::new(),
            dismissed: None,
            reported_missing: false,
        }
    }
}

/// What a glance at the document's file found that the planner should hear about.
pub(crate) enum DiskNews {
    /// A colleague saved another version: offer to reload it.
    Changed,
    /// The file was moved or deleted: say so (the document is marked unsaved).
    Missing(String),
}

impl Safekeeping {
    /// Whether the document at `path` has a copy a crash left that is still unanswered.
    fn is_pending(&self, path: Option<&Path>) -> bool {
        self.pending.iter().any(|e| e.is_copy_of(path))
    }

    /// Forgets everything tied to the document that was open: another one replaced it.
    fn new_document(&mut self) {
        self.autosave.reset();
        self.dismissed = None;
        self.reported_missing = false;
        self.snapshot_of = None;
        *self.snapshot.lock().unwrap_or_else(PoisonError::into_inner) = None;
    }

    /// Copies the layout for the panic hook after each edit (not during a drag's frames).
    pub(crate) fn update_snapshot(&mut self, doc: &Document) {
        if doc.is_mid_edit() {
            return;
        }
        let unsaved = doc.unsaved_state();
        if unsaved == self.snapshot_of {
            return;
        }
        let kept = unsaved.map(|_| (doc.layout().clone(), doc.path().map(Path::to_owned)));
        *self.snapshot.lock().unwrap_or_else(PoisonError::into_inner) = kept;
        self.snapshot_of = unsaved;
    }

    /// Writes the recovery copy when it is due; what went wrong, if writing failed.
    pub(crate) fn autosave_if_due(
        &mut self,
        ctx: &egui::Context,
        now: Instant,
        doc: &Document,
    ) -> Option<String> {
        let store = self.store.as_ref()?;
        // Mid-drag the layout is a preview, not the state its number names: wait for the drop.
        let unsaved = if doc.is_mid_edit() { None } else { doc.unsaved_state() };
        let mut failed = None;
        if let (true, Some(state)) = (self.autosave.due(now, unsaved), unsaved) {
            match store.write(doc.layout(), doc.path()) {
                Ok(_) => self.autosave.written(state),
                Err(e) => {
                    self.autosave.retry_later(now);
                    failed = Some(format!("Could not keep a recovery copy: {e}"));
                }
            }
        }
        if let Some(left) = self.autosave.time_left(now) {
            ctx.request_repaint_after(left);
        }
        failed
    }

    /// When the watch says something happened to the file, once nothing else is asked
    /// (`busy`): has a colleague saved over it? The window is woken by the watch; it never
    /// wakes itself to look (an idle window costs nothing), except on the timer of
    /// `BoothplanApp::with_disk_poll` or where the file cannot be watched at all.
    pub(crate) fn watch_disk(
        &mut self,
        ctx: &egui::Context,
        now: Instant,
        doc: &mut Document,
        busy: bool,
    ) -> Option<DiskNews> {
        let Some(path) = doc.path() else {
            self.watch = None;
            self.watched = None;
            return None;
        };
        if self.watch_files && self.watched.as_deref() != Some(path) {
            let wake = {
                let ctx = ctx.clone();
                move || ctx.request_repaint()
            };
            self.watch = FileWatch::start(path, wake);
            self.watched = Some(path.to_owned());
        }
        if self.watch.as_ref().is_some_and(FileWatch::take_changed) {
            self.look_pending = true;
        }
        let unwatched = self.watch_files && self.watch.is_none();
        let timer = self.disk_poll.or(unwatched.then_some(UNWATCHED_DISK_POLL));
        if let Some(every) = timer {
            ctx.request_repaint_after(every);
            if self.next_disk_poll.is_none_or(|next| now >= next) {
                self.next_disk_poll = Some(now + every);
                self.look_pending = true;
            }
        }
        if busy || !self.look_pending {
            return None;
        }
        self.look_pending = false;
        match doc.poll_disk() {
            DiskState::Unchanged => {
                self.reported_missing = false;
                None
            }
            DiskState::Changed => {
                let dismissed = self.dismissed.as_ref();
                let path = doc.path();
                let seen = dismissed.zip(path).is_some_and(|(d, p)| d.looks_unchanged(p));
                (!seen).then_some(DiskNews::Changed)
            }
            DiskState::Missing if self.reported_missing => None,
            DiskState::Missing => {
                self.reported_missing = true;
                doc.mark_unsaved();
                Some(DiskNews::Missing(format!(
                    "{} was moved or deleted; Save writes it again",
                    doc.path().map_or_else(String::new, |p| p.display().to_string())
                )))
            }
        }
    }

    /// The document `old_path` named was saved, discarded or replaced: its recovery file goes
    /// (unless a crash left it and it is still unanswered) and the next document starts with a
    /// clean slate. Says what went wrong, if removing failed.
    pub(crate) fn forget(&mut self, old_path: Option<&Path>) -> Result<(), String> {
        self.new_document();
        let Some(store) = &self.store else { return Ok(()) };
        if self.is_pending(old_path) {
            return Ok(());
        }
        store.remove(old_path).map_err(|e| e.to_string())
    }

    /// The unanswered copies a crash left of the file at `path`.
    pub(crate) fn pending_for(&self, path: Option<&Path>) -> Vec<RecoveryEntry> {
        self.pending.iter().filter(|e| e.is_copy_of(path)).cloned().collect()
    }

    /// The window closes on the planner's word: the recovery file of `path` goes, unless a
    /// crash left it unanswered. Says what went wrong, if removing failed.
    pub(crate) fn closing(&mut self, path: Option<&Path>) -> Result<(), String> {
        if self.is_pending(path) {
            return Ok(());
        }
        let removed = self.store.as_ref().map_or(Ok(()), |s| s.remove(path));
        self.new_document();
        removed.map_err(|e| e.to_string())
    }

    /// The planner answered the offer for `entry` (restored or discarded it): it is no longer
    /// pending.
    pub(crate) fn answered(&mut self, entry: &RecoveryEntry) {
        self.pending.retain(|e| e.path != entry.path);
    }

    /// `doc` now holds the edits restored from `entry`: its autosave starts from them, and a
    /// copy kept under another name (an older boothplan) is written again under this
    /// session's and the old one let go. Says what went wrong, if letting go failed.
    pub(crate) fn restored(&mut self, doc: &Document, entry: &RecoveryEntry) -> Result<(), String> {
        self.new_document();
        if let Some(state) = doc.unsaved_state() {
            // The recovery file holds exactly this state: no need to write it again.
            self.autosave.written(state);
        }
        let Some(store) = &self.store else { return Ok(()) };
        if entry.path == store.file_of(entry.source.as_deref()) {
            return Ok(());
        }
        if store.write(doc.layout(), doc.path()).is_ok() {
            store.discard(entry).map_err(|e| e.to_string())
        } else {
            self.autosave.reset();
            Ok(())
        }
    }

    /// Keeps recovery copies in `store`, one at most `interval` after an edit; returns the
    /// copies a crash left there (newest first), now pending an answer.
    pub(crate) fn keep_in(
        &mut self,
        store: RecoveryStore,
        interval: Duration,
    ) -> Vec<RecoveryEntry> {
        let entries = store.list();
        self.pending.clone_from(&entries);
        self.autosave = Autosave::new(interval);
        self.store = Some(store);
        entries
    }

    /// Also looks at the file every `every`, besides when the watch says it changed.
    pub(crate) fn poll_disk_every(&mut self, every: Duration) {
        self.disk_poll = Some(every);
    }

    /// Does not watch the document's file at all.
    pub(crate) fn stop_watching(&mut self) {
        self.watch_files = false;
    }

    /// How the document's file is watched, if it is.
    pub(crate) fn watch_kind(&self) -> Option<WatchKind> {
        self.watch.as_ref().map(FileWatch::kind)
    }

    /// What the panic hook keeps: the unsaved layout and its file.
    pub(crate) fn snapshot(&self) -> RecoverySnapshot {
        Arc::clone(&self.snapshot)
    }

    /// Where recovery copies go, if anywhere.
    pub(crate) fn store(&self) -> Option<&RecoveryStore> {
        self.store.as_ref()
    }

    /// The planner chose Later on the reload offer for the version of the file at `path`: not
    /// offered again until the file changes once more.
    pub(crate) fn dismiss(&mut self, path: Option<&Path>) {
        self.dismissed = path.and_then(|p| FileStamp::of(p).ok());
    }
}
