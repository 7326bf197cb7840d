//! The window's side of keeping the planner's work safe: it calls [`crate::safekeeping::Safekeeping`] (the
//! autosave timer, the snapshot the panic hook writes, the watch on the document's file) and
//! shows what it reports — the offer to restore edits a crash left behind, "the file changed
//! on disk", a recovery copy that could not be written.
//!
//! The rules: a recovery file lives from the first unsaved edit until the planner saves,
//! discards (New, Open or Quit after "Discard", Reload) or quits cleanly; edits that a crash
//! left behind are removed only when the planner says "Discard" in the offer, and while
//! unanswered they are offered again whenever their file is opened, never overwritten.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use super::app::{BoothplanApp, Modal};
use crate::dialogs::disk_changed::{self, ReloadAnswer};
use crate::dialogs::recovery::{self as offer, RecoveryAnswer};
use crate::file_watch::WatchKind;
use crate::io::recovery::{RecoveryEntry, RecoverySnapshot, RecoveryStore};
use crate::safekeeping::DiskNews;

impl BoothplanApp {
    /// Keeps unsaved edits in `store` at most `interval` after they are made, and offers the
    /// edits a crash left there (newest first) before anything else.
    #[must_use]
    pub fn with_recovery(mut self, store: RecoveryStore, interval: Duration) -> Self {
        let entries = self.safekeeping.keep_in(store, interval);
        if !entries.is_empty() {
            self.modal = Some(Modal::Recover { entries: entries.clone(), problem: None });
        }
        self
    }

    /// Also looks at the document's file every `every` for a colleague's save, besides when
    /// the file watch says it changed (tests look every frame with `Duration::ZERO`). Without
    /// it an idle window sleeps until something happens.
    #[must_use]
    pub fn with_disk_poll(mut self, every: Duration) -> Self {
        self.safekeeping.poll_disk_every(every);
        self
    }

    /// Does not watch the document's file: a colleague's save is then only found when saving
    /// (or on the timer of [`Self::with_disk_poll`]). For tests of that check.
    #[must_use]
    pub fn without_file_watch(mut self) -> Self {
        self.safekeeping.stop_watching();
        self
    }

    /// How the document's file is watched for a colleague's save, if it is.
    #[must_use]
    pub fn file_watch_kind(&self) -> Option<WatchKind> {
        self.safekeeping.watch_kind()
    }

    /// The unsaved layout and its file as the panic hook should keep them (see
    /// [`crate::io::recovery::install_panic_hook`]); `None` inside while nothing is unsaved.
    #[must_use]
    pub fn recovery_snapshot(&self) -> RecoverySnapshot {
        self.safekeeping.snapshot()
    }

    /// Once a frame: snapshot for the panic hook, autosave when due, glance at the file.
    pub(crate) fn keep_safe(&mut self, ctx: &egui::Context) {
        let now = Instant::now();
        self.safekeeping.update_snapshot(&self.doc);
        if let Some(failed) = self.safekeeping.autosave_if_due(ctx, now, &self.doc) {
            self.message = Some(failed);
        }
        let busy = self.modal.is_some() || self.files.is_asking();
        match self.safekeeping.watch_disk(ctx, now, &mut self.doc, busy) {
            None => {}
            Some(DiskNews::Changed) => self.modal = Some(Modal::ChangedOnDisk),
            Some(DiskNews::Missing(message)) => self.message = Some(message),
        }
    }

    /// The document `old_path` named was saved, discarded or replaced: its recovery file
    /// goes (unless a crash left it and it is still unanswered), the document now open starts
    /// with a clean slate, and unanswered copies of its file are offered.
    pub(crate) fn forget_recovery_of(&mut self, old_path: Option<&Path>) {
        if let Err(e) = self.safekeeping.forget(old_path) {
            self.message = Some(e);
        }
        if self.safekeeping.store().is_some() {
            self.offer_pending();
        }
    }

    /// Offers again the unanswered copies of the file now open, before it can be edited (its
    /// autosave would overwrite them).
    fn offer_pending(&mut self) {
        let entries = self.safekeeping.pending_for(self.doc.path());
        if !entries.is_empty() && self.modal.is_none() {
            self.modal = Some(Modal::Recover { entries, problem: None });
        }
    }

    /// The window closes on the planner's word: nothing unsaved is wanted any more. Edits a
    /// crash left behind stay while their offer is unanswered.
    pub(crate) fn closing(&mut self) {
        if matches!(self.modal, Some(Modal::Recover { .. })) {
            return;
        }
        if let Err(e) = self.safekeeping.closing(self.doc.path()) {
            self.message = Some(e);
        }
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
        let Some(store) = self.safekeeping.store().cloned() else {
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
                    self.safekeeping.answered(&entry);
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
        self.safekeeping.answered(&entry);
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
        if let Err(e) = self.safekeeping.restored(&self.doc, entry) {
            self.message = Some(e);
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
                self.safekeeping.dismiss(self.doc.path());
            }
            None => {}
        }
    }
}
