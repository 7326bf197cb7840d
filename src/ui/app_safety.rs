//! Keeping the planner's work safe while the window is open (issue 5): the autosave timer, the
//! offer to restore edits a crash left behind, the snapshot the panic hook writes, and the
//! watch on the document's file for a colleague's save.
//!
//! The rules: a recovery file lives from the first unsaved edit until the planner saves,
//! discards (New, Open or Quit after "Discard", Reload) or quits cleanly; edits that a crash
//! left behind are removed only when the planner says "Discard" in the offer.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime};

use super::app::{BoothplanApp, Modal};
use crate::editor::{DiskState, Document};
use crate::io::recovery::{Autosave, RecoveryEntry, RecoverySnapshot, RecoveryStore};
use crate::ui::dialogs::disk_changed::{self, ReloadAnswer};
use crate::ui::dialogs::recovery::{self as offer, RecoveryAnswer};

/// How often the document's file is looked at for a colleague's save (length and time only).
pub(crate) const DEFAULT_DISK_POLL: Duration = Duration::from_secs(2);

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
    disk_poll: Duration,
    next_disk_poll: Option<Instant>,
}

impl Default for Safekeeping {
    fn default() -> Self {
        Self {
            store: None,
            autosave: Autosave::default(),
            snapshot: Arc::new(Mutex::new(None)),
            snapshot_of: None,
            disk_poll: DEFAULT_DISK_POLL,
            next_disk_poll: None,
        }
    }
}

impl Safekeeping {
    /// Forgets everything tied to the document that was open: another one replaced it.
    fn new_document(&mut self) {
        self.autosave.reset();
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
            self.modal = Some(Modal::Recover(entries));
        }
        self.safekeeping.autosave = Autosave::new(interval);
        self.safekeeping.store = Some(store);
        self
    }

    /// Looks at the document's file every `every` for a colleague's save (default 2 s).
    #[must_use]
    pub fn with_disk_poll(mut self, every: Duration) -> Self {
        self.safekeeping.disk_poll = every;
        self
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
        let unsaved = self.doc.unsaved_state();
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

    /// Every few seconds, while nothing else is asked: has a colleague saved over the file?
    fn watch_disk(&mut self, ctx: &egui::Context, now: Instant) {
        let safe = &mut self.safekeeping;
        if self.doc.path().is_none() {
            return;
        }
        ctx.request_repaint_after(safe.disk_poll);
        let busy = self.modal.is_some() || self.picker.is_some() || self.awaiting.is_some();
        if busy || safe.next_disk_poll.is_some_and(|next| now < next) {
            return;
        }
        safe.next_disk_poll = Some(now + safe.disk_poll);
        match self.doc.poll_disk() {
            DiskState::Unchanged => {}
            DiskState::Changed => self.modal = Some(Modal::ChangedOnDisk),
            DiskState::Missing => {
                self.doc.keep_own_version();
                self.message = Some(format!(
                    "{} was moved or deleted; Save writes it again",
                    self.doc.path().map_or_else(String::new, |p| p.display().to_string())
                ));
            }
        }
    }

    /// The document `old_path` named was saved, discarded or replaced: its recovery file
    /// goes, and the document now open starts with a clean slate.
    pub(crate) fn forget_recovery_of(&mut self, old_path: Option<&Path>) {
        self.safekeeping.new_document();
        let Some(store) = &self.safekeeping.store else { return };
        if let Err(e) = store.remove(old_path) {
            self.message = Some(e.to_string());
        }
    }

    /// The window closes on the planner's word: nothing unsaved is wanted any more. Edits a
    /// crash left behind stay while their offer is unanswered.
    pub(crate) fn closing(&mut self) {
        if matches!(self.modal, Some(Modal::Recover(_))) {
            return;
        }
        let path = self.doc.path().map(Path::to_owned);
        self.forget_recovery_of(path.as_deref());
    }

    /// Shows the offer to restore edits a crash left behind and acts on the answer.
    pub(crate) fn recovery_offer_ui(&mut self, ctx: &egui::Context, entries: &[RecoveryEntry]) {
        let Some(answer) = offer::recovery_offer_ui(ctx, entries, SystemTime::now()) else {
            return;
        };
        let Some(store) = self.safekeeping.store.clone() else {
            self.modal = None;
            return;
        };
        match answer {
            RecoveryAnswer::Discard(i) => {
                let mut rest = entries.to_vec();
                let entry = rest.remove(i);
                if let Err(e) = store.discard(&entry) {
                    self.message = Some(e.to_string());
                }
                self.modal = (!rest.is_empty()).then_some(Modal::Recover(rest));
            }
            RecoveryAnswer::Restore(i) => match store.load(&entries[i]) {
                Ok(layout) => self.restore(layout, &entries[i]),
                Err(e) => {
                    self.modal = Some(Modal::Error {
                        title: "Cannot restore the edits".to_owned(),
                        message: e.to_string(),
                    });
                }
            },
        }
    }

    /// Opens the restored edits as an unsaved document on their file.
    fn restore(&mut self, layout: crate::model::Layout, entry: &RecoveryEntry) {
        let settings = self.doc.settings.clone();
        self.doc = Document::new(layout, entry.source.clone());
        self.doc.settings = settings;
        self.doc.mark_unsaved();
        self.safekeeping.new_document();
        if let Some(state) = self.doc.unsaved_state() {
            // The recovery file holds exactly this state: no need to write it again.
            self.safekeeping.autosave.written(state);
        }
        self.fit_pending = true;
        self.modal = None;
        let name = entry.source.as_deref().map_or_else(
            || "an untitled layout".to_owned(),
            |p| {
                p.file_name()
                    .map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into())
            },
        );
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
            None => {}
        }
    }
}
