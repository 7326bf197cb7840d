//! File ▸ Export…: writes a floor plan (PDF, PNG, SVG), booth list (CSV) or GeoJSON, in the
//! format the chosen file name ends in. Rendering runs on a worker thread so the window keeps
//! painting while a large plan is drawn.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use super::app::{BoothplanApp, Modal};
use crate::io::export::{ExportOptions, export_to_path};

/// An export in progress: its file, and where the worker reports the outcome.
#[derive(Debug)]
pub struct ExportJob {
    path: PathBuf,
    outcome: Receiver<Result<(), String>>,
}

impl BoothplanApp {
    /// Exports the layout as it is now to `path` (format from its extension) in the background.
    pub fn export_to(&mut self, path: &Path) {
        let layout = self.doc.layout().clone();
        let (tx, rx) = mpsc::channel();
        let out = path.to_path_buf();
        std::thread::spawn(move || {
            let outcome =
                export_to_path(&layout, &out, &ExportOptions::default()).map_err(|e| e.to_string());
            // The app may have closed meanwhile; then nobody needs to hear.
            let _ = tx.send(outcome);
        });
        self.message = Some(format!("Exporting {}…", path.display()));
        self.export_job = Some(ExportJob { path: path.to_path_buf(), outcome: rx });
    }

    /// True while an export is being written.
    #[must_use]
    pub fn is_exporting(&self) -> bool {
        self.export_job.is_some()
    }

    /// Reports a finished export: a status message, or the error in a dialog.
    pub(crate) fn poll_export(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.export_job else { return };
        let outcome = match job.outcome.try_recv() {
            Ok(outcome) => outcome,
            Err(TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(50));
                return;
            }
            Err(TryRecvError::Disconnected) => Err("the export stopped unexpectedly".to_owned()),
        };
        let path = job.path.clone();
        self.export_job = None;
        match outcome {
            Ok(()) => self.message = Some(format!("Exported {}", path.display())),
            Err(message) => {
                self.message = None;
                self.modal =
                    Some(Modal::Error { title: "Cannot export the layout".to_owned(), message });
            }
        }
    }
}
