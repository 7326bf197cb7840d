//! Keeping the planner's work safe while the window is open: the autosave timer, the
//! offer to restore edits a crash left behind, the snapshot the panic hook writes, and the
//! watch on the document's file for a colleague's save.
//!
//! The rules: a recovery file lives from the first unsaved edit until the planner saves,
//! discards (New, Open or Quit after "Discard", Reload) or quits cleanly; edits that a crash
//! left behind are removed only when the planner says "Discard" in the offer, and while
//! unanswered they are offered again whenever their file is opened, never overwritten.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime};

use super::app::{BoothplanApp, Modal};
use crate::dialogs::disk_changed::{self, ReloadAnswer};
use crate::dialogs::recovery::{self as offer, RecoveryAnswer};
use crate::editor::DiskState;
use crate::file_watch::{FileWatch, WatchKind};
use crate::io::disk_stamp::FileStamp;
use crate::io::recovery::{Autosave, RecoveryEntry, RecoverySnapshot, RecoveryStore};

/// How often the document's file is looked at for a colleague's save (length and time only)
/// when it cannot be watched at all (its folder is gone, say).
pub(crate) const UNWATCHED_DISK_POLL: Duration = Duration::from_secs(2);

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
}

impl BoothplanApp {
    /// Keeps unsaved edits in `store` at most `interval` after they are made, and offers the
    /// edits a crash left there (newest first) before anything else.
    #[must_use]
    pub fn with_recovery(mut self, store: RecoveryStore, interval: Duration) -> Self {
        let entries = store.list();
        if !entries.is_empty() {
            self.modal = Some(Modal::Recover { entries: entries.clone(), problem: None });
        }
        self.safekeeping.pending = entries;
        self.safekeeping.autosave = Autosave::new(interval);
        self.safekeeping.store = Some(store);
        self
    }

    /// Also looks at the document's file every `every` for a colleague's save, besides when
    /// the file watch says it changed (tests look every frame with `Duration::ZERO`). Without
    /// it an idle window sleeps until something happens.
    #[must_use]
    pub fn with_disk_poll(mut self, every: Duration) -> Self {
        self.safekeeping.disk_poll = Some(every);
        self
    }

    /// Does not watch the document's file: a colleague's save is then only found when saving
    /// (or on the timer of [`Self::with_disk_poll`]). For tests of that check.
    #[must_use]
    pub fn without_file_watch(mut self) -> Self {
        self.safekeeping.watch_files = false;
        self
    }

    /// How the document's file is watched for a colleague's save, if it is.
    #[must_use]
    pub fn file_watch_kind(&self) -> Option<WatchKind> {
        self.safekeeping.watch.as_ref().map(FileWatch::kind)
    }

    /// The unsaved layout and its file as the panic hook should keep them (see
    /// [`crate::io::recovery::install_panic_hook`]); `None` inside while nothing is unsaved.
    #[must_use]
    pub fn recovery_snapshot(&self) -> RecoverySnapshot {
        Arc::clone(&self.safekeeping.snapshot)
    }

    /// Once a frame: snapshot for the panic hook, autosave when due, glance at the file.
    pub(crate) fn keep_safe(&mut self, ctx: &egui::Context) {
        let now = Instant::now();
        self.update_snapshot();
        self.autosave_if_due(ctx, now);
        self.watch_disk(ctx, now);
    }

    /// Copies the layout for the panic hook after each edit (not during a drag's frames).
    fn update_snapshot(&mut self) {
        if self.doc.is_mid_edit() {
            return;
        }
        let unsaved = self.doc.unsaved_state();
        let safe = &mut self.safekeeping;
        if unsaved == safe.snapshot_of {
            return;
        }
        let kept =
            unsaved.map(|_| (self.doc.layout().clone(), self.doc.path().map(Path::to_owned)));
        *safe.snapshot.lock().unwrap_or_else(PoisonError::into_inner) = kept;
        safe.snapshot_of = unsaved;
    }

    fn autosave_if_due(&mut self, ctx: &egui::Context, now: Instant) {
        let Some(store) = &self.safekeeping.store else { return };
        // Mid-drag the layout is a preview, not the state its number names: wait for the drop.
        let unsaved = if self.doc.is_mid_edit() { None } else { self.doc.unsaved_state() };
        let autosave = &mut self.safekeeping.autosave;
        if let (true, Some(state)) = (autosave.due(now, unsaved), unsaved) {
            match store.write(self.doc.layout(), self.doc.path()) {
                Ok(_) => autosave.written(state),
                Err(e) => {
                    autosave.retry_later(now);
                    self.message = Some(format!("Could not keep a recovery copy: {e}"));
                }
            }
        }
        if let Some(left) = autosave.time_left(now) {
            ctx.request_repaint_after(left);
        }
    }

    /// When the watch says something happened to the file, once nothing else is asked: has a
    /// colleague saved over it? The window is woken by the watch; it never wakes itself to
    /// look (an idle window costs nothing), except on the timer of [`Self::with_disk_poll`] or
    /// where the file cannot be watched at all.
    fn watch_disk(&mut self, ctx: &egui::Context, now: Instant) {
        let safe = &mut self.safekeeping;
        let Some(path) = self.doc.path() else {
            safe.watch = None;
            safe.watched = None;
            return;
        };
        if safe.watch_files && safe.watched.as_deref() != Some(path) {
            let wake = {
                let ctx = ctx.clone();
                move || ctx.request_repaint()
            };
            safe.watch = FileWatch::start(path, wake);
            safe.watched = Some(path.to_owned());
        }
        if safe.watch.as_ref().is_some_and(FileWatch::take_changed) {
            safe.look_pending = true;
        }
        let unwatched = safe.watch_files && safe.watch.is_none();
        let timer = safe.disk_poll.or(unwatched.then_some(UNWATCHED_DISK_POLL));
        if let Some(every) = timer {
            ctx.request_repaint_after(every);
            if safe.next_disk_poll.is_none_or(|next| now >= next) {
                safe.next_disk_poll = Some(now + every);
                safe.look_pending = true;
            }
        }
        let busy = self.modal.is_some() || self.picker.is_some() || self.awaiting.is_some();
        if busy || !safe.look_pending {
            return;
        }
        safe.look_pending = false;
        match self.doc.poll_disk() {
            DiskState::Unchanged => safe.reported_missing = false,
            DiskState::Changed => {
                let dismissed = safe.dismissed.as_ref();
                let path = self.doc.path();
                if !dismissed.zip(path).is_some_and(|(d, p)| d.looks_unchanged(p)) {
                    self.modal = Some(Modal::ChangedOnDisk);
                }
            }
            DiskState::Missing if safe.reported_missing => {}
            DiskState::Missing => {
                safe.reported_missing = true;
                self.doc.mark_unsaved();
                self.message = Some(format!(
                    "{} was moved or deleted; Save writes it again",
                    self.doc.path().map_or_else(String::new, |p| p.display().to_string())
                ));
            }
        }
    }

    /// The document `old_path` named was saved, discarded or replaced: its recovery file
    /// goes (unless a crash left it and it is still unanswered), the document now open starts
    /// with a clean slate, and unanswered copies of its file are offered.
    pub(crate) fn forget_recovery_of(&mut self, old_path: Option<&Path>) {
        self.safekeeping.new_document();
        let Some(store) = &self.safekeeping.store else { return };
        if !self.safekeeping.is_pending(old_path)
            && let Err(e) = store.remove(old_path)
        {
            self.message = Some(e.to_string());
        }
        self.offer_pending();
    }

    /// Offers again the unanswered copies of the file now open, before it can be edited (its
    /// autosave would overwrite them).
    fn offer_pending(&mut self) {
        let current = self.doc.path();
        let entries: Vec<RecoveryEntry> =
            (self.safekeeping.pending.iter()).filter(|e| e.is_copy_of(current)).cloned().collect();
        if !entries.is_empty() && self.modal.is_none() {
            self.modal = Some(Modal::Recover { entries, problem: None });
        }
    }

    /// The window closes on the planner's word: nothing unsaved is wanted any more. Edits a
    /// crash left behind stay while their offer is unanswered.
    pub(crate) fn closing(&mut self) {
        let path = self.doc.path().map(Path::to_owned);
        if matches!(self.modal, Some(Modal::Recover { .. }))
            || self.safekeeping.is_pending(path.as_deref())
        {
            return;
        }
        if let Some(store) = &self.safekeeping.store
            && let Err(e) = store.remove(path.as_deref())
        {
            self.message = Some(e.to_string());
        }
        self.safekeeping.new_document();
    }

    /// Shows the offer to restore edits a crash left behind and acts on the answer.
    pub(crate) fn recovery_offer_ui(
        &mut self,
        ctx: &egui::Context,
        entries: &[RecoveryEntry],
        problem: Option<&str>,
    ) {
        let now = SystemTime::now();
        let Some(answer) = offer::recovery_offer_ui(ctx, entries, problem, now) else { return };
        let Some(store) = self.safekeeping.store.clone() else {
            self.modal = None;
            return;
        };
        let (i, restore) = match answer {
            RecoveryAnswer::Restore(i) => (i, true),
            RecoveryAnswer::Discard(i) => (i, false),
        };
        let Some(entry) = entries.get(i).cloned() else { return };
        let mut rest = entries.to_vec();
        rest.remove(i);
        if restore {
            match store.load(&entry) {
                Ok(layout) => {
                    self.safekeeping.pending.retain(|e| e.path != entry.path);
                    self.restore(layout, &entry);
                }
                Err(e) => {
                    // Kept, and still on offer: the planner may open the file by hand.
                    let name = offer::document_name(entry.source.as_deref());
                    let problem = format!("Cannot restore {name}: {e}");
                    self.modal =
                        Some(Modal::Recover { entries: entries.to_vec(), problem: Some(problem) });
                }
            }
            return;
        }
        if let Err(e) = store.discard(&entry) {
            self.message = Some(e.to_string());
        }
        self.safekeeping.pending.retain(|e| e.path != entry.path);
        self.modal = (!rest.is_empty()).then_some(Modal::Recover { entries: rest, problem: None });
    }

    /// Opens the restored edits as an unsaved document on their file.
    fn restore(&mut self, layout: crate::model::Layout, entry: &RecoveryEntry) {
        self.start_over(layout, entry.source.clone());
        self.doc.mark_unsaved();
        // The file may have been saved since these edits (by a colleague, or by this planner
        // after the crash): then Save asks before replacing that version. The copy's time is
        // kept in whole seconds, hence the second of slack.
        let copied = entry.written_at + Duration::from_secs(1);
        let saved_since = entry.source.as_deref().is_some_and(|p| {
            std::fs::metadata(p).and_then(|m| m.modified()).map_or(true, |t| t > copied)
        });
        if saved_since {
            self.doc.forget_disk_version();
        }
        self.safekeeping.new_document();
        if let Some(state) = self.doc.unsaved_state() {
            // The recovery file holds exactly this state: no need to write it again.
            self.safekeeping.autosave.written(state);
        }
        if let Some(store) = &self.safekeeping.store
            && entry.path != store.file_of(entry.source.as_deref())
        {
            // Kept under another name (an older boothplan): write this session's copy first,
            // then let the old one go.
            match store.write(self.doc.layout(), self.doc.path()) {
                Ok(_) => {
                    if let Err(e) = store.discard(entry) {
                        self.message = Some(e.to_string());
                    }
                }
                Err(_) => self.safekeeping.autosave.reset(),
            }
        }
        self.fit_pending = true;
        self.modal = None;
        let name = offer::document_name(entry.source.as_deref());
        self.message = Some(format!("Restored unsaved edits to {name}; save to keep them"));
    }

    /// Shows "the file changed on disk: reload?" and acts on the answer.
    pub(crate) fn changed_on_disk_ui(&mut self, ctx: &egui::Context) {
        let name = self.doc.title().trim_end_matches(" *").to_owned();
        match disk_changed::reload_offer_ui(ctx, &name, self.doc.is_dirty()) {
            Some(ReloadAnswer::Reload) => {
                self.modal = None;
                let path = self.doc.path().map(PathBuf::from);
                match self.doc.reload() {
                    Ok(()) => {
                        self.tools_afresh();
                        self.forget_recovery_of(path.as_deref());
                        self.fit_pending = true;
                        self.message = Some(format!("Reloaded {name} from disk"));
                    }
                    Err(e) => {
                        self.modal = Some(Modal::Error {
                            title: "Cannot reload the layout".to_owned(),
                            message: e.to_string(),
                        });
                    }
                }
            }
            Some(ReloadAnswer::KeepMine) => {
                self.modal = None;
                self.doc.keep_own_version();
                self.message = Some(format!("Kept your version; Save replaces {name} on disk"));
            }
            Some(ReloadAnswer::Later) => {
                self.modal = None;
                self.safekeeping.dismissed = self.doc.path().and_then(|p| FileStamp::of(p).ok());
            }
            None => {}
        }
    }
}
