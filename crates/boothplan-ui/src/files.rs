//! The window's file questions: the native dialog (or, where there is none, the in-app
//! picker) with the one request waiting for its answer, and File ▸ Open Recent's list.
//! [`Files`] owns them; the window asks it for a file and acts on the answer it hands back.

use std::path::{Path, PathBuf};

use crate::app::Intent;
use crate::dialogs::fallback_picker::FallbackPicker;
use crate::dialogs::file_dialog::{FileAnswer, FileDialogs, FilePurpose, FileRequest};
use crate::recent::RecentFiles;

/// A file request waiting for its answer, and what to do after it.
#[derive(Clone, Debug)]
struct Awaiting {
    request: FileRequest,
    then: Option<Intent>,
}

/// The planner's answer to a file request.
pub(crate) struct Answered {
    /// What the file was asked for.
    pub(crate) purpose: FilePurpose,
    /// The file chosen; `None` when the planner cancelled.
    pub(crate) path: Option<PathBuf>,
    /// What to do after (a Save As asked for before New, Open or Quit).
    pub(crate) then: Option<Intent>,
}

/// File dialogs and recent files.
pub(crate) struct Files {
    dialogs: Box<dyn FileDialogs>,
    recent: RecentFiles,
    awaiting: Option<Awaiting>,
    picker: Option<FallbackPicker>,
}

impl Files {
    /// Asking through `dialogs`, remembering opened files in `recent`.
    pub(crate) fn new(dialogs: Box<dyn FileDialogs>, recent: RecentFiles) -> Self {
        Self { dialogs, recent, awaiting: None, picker: None }
    }

    /// Asks for a file for `purpose`, starting in `start_dir`, suggesting `file_name`; the
    /// answer comes back with `then` from [`Self::poll`] or [`Self::picker_ui`].
    pub(crate) fn ask(
        &mut self,
        purpose: FilePurpose,
        start_dir: Option<PathBuf>,
        file_name: Option<String>,
        then: Option<Intent>,
    ) {
        let request = FileRequest { purpose, start_dir, file_name };
        self.dialogs.request(request.clone());
        self.awaiting = Some(Awaiting { request, then });
    }

    /// True while a file is being asked for (the native dialog or the picker is up).
    pub(crate) fn is_asking(&self) -> bool {
        self.awaiting.is_some() || self.picker.is_some()
    }

    /// True while the in-app picker is up (it takes the keys).
    pub(crate) fn picker_is_open(&self) -> bool {
        self.picker.is_some()
    }

    /// The native dialog's answer, if it has one. Where there is no native dialog the in-app
    /// picker asks again, and its answer comes from [`Self::picker_ui`].
    pub(crate) fn poll(&mut self, ctx: &egui::Context) -> Option<Answered> {
        if self.dialogs.is_open() {
            // Keep polling the worker thread while the native dialog is up.
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        if self.awaiting.is_none() || self.picker.is_some() {
            return None;
        }
        let answer = self.dialogs.poll()?;
        self.answered(answer)
    }

    /// Shows the in-app picker, if it is up, and hands back its answer.
    pub(crate) fn picker_ui(&mut self, ctx: &egui::Context) -> Option<Answered> {
        let answer = self.picker.as_mut()?.ui(ctx)?;
        self.picker = None;
        self.answered(answer)
    }

    /// The waiting request answered with `answer`.
    fn answered(&mut self, answer: FileAnswer) -> Option<Answered> {
        let awaiting = self.awaiting.take()?;
        let path = match answer {
            FileAnswer::Picked(path) => Some(path),
            FileAnswer::Cancelled => None,
            FileAnswer::Unavailable => {
                // No native dialog here: ask again with the in-app picker.
                self.picker = Some(FallbackPicker::new(&awaiting.request));
                self.awaiting = Some(awaiting);
                return None;
            }
        };
        Some(Answered { purpose: awaiting.request.purpose, path, then: awaiting.then })
    }

    /// The files opened lately, newest first (File ▸ Open Recent).
    pub(crate) fn recent(&self) -> &[PathBuf] {
        self.recent.paths()
    }

    /// `path` was opened or saved: it goes to the top of the recent files.
    pub(crate) fn used(&mut self, path: &Path) {
        self.recent.add(path);
    }

    /// `path` is gone: it leaves the recent files.
    pub(crate) fn gone(&mut self, path: &Path) {
        self.recent.remove(path);
    }
}
