//! File ▸ Export…: writes a floor plan (PDF, PNG, SVG), booth list (CSV), GeoJSON or the
//! interactive map (HTML), in the format the chosen file name ends in. Rendering runs on a
//! worker thread so the window keeps painting while a large plan is drawn. [`Exports`] owns
//! the choices and the running export; the window asks it and says what happened.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use super::app::{BoothplanApp, Modal};
use crate::dialogs::export_options::ExportChoices;
use crate::io::export::export_to_path_with_progress;
use crate::model::Layout;

/// An export in progress: its file, how far the worker got, and where it reports the outcome.
#[derive(Debug)]
struct ExportJob {
    path: PathBuf,
    /// Fraction done (0–1) as `f32` bits, written by the worker, read by the window.
    progress: Arc<AtomicU32>,
    /// The warnings of a written file, or why it was not written.
    outcome: Receiver<Result<Vec<String>, String>>,
}

/// File ▸ Export…'s part of the window: the options the planner chose (kept between exports)
/// and the export being written, at most one at a time.
#[derive(Debug, Default)]
pub(crate) struct Exports {
    choices: ExportChoices,
    job: Option<ExportJob>,
}

/// How a finished export ended, for the window to say.
enum ExportDone {
    /// The file was written; what was left out of it, in sentences naming it.
    Written(PathBuf, Vec<String>),
    /// It was not; what went wrong.
    Failed(String),
}

impl Exports {
    /// Starts writing `layout` (saved as `layout_file`, if it is) to `path` (format from its
    /// extension) on a worker thread, with the chosen options.
    fn start(&mut self, layout: Layout, layout_file: Option<&Path>, path: &Path) {
        let (tx, rx) = mpsc::channel();
        let out = path.to_path_buf();
        let options = self.choices.to_options(layout_file);
        let progress = Arc::new(AtomicU32::new(0.0_f32.to_bits()));
        let report = Arc::clone(&progress);
        std::thread::spawn(move || {
            let on_progress = move |done: f32| report.store(done.to_bits(), Ordering::Relaxed);
            let outcome = export_to_path_with_progress(&layout, &out, &options, &on_progress)
                .map_err(|e| e.to_string());
            // The app may have closed meanwhile; then nobody needs to hear.
            let _ = tx.send(outcome);
        });
        self.job = Some(ExportJob { path: path.to_path_buf(), progress, outcome: rx });
    }

    /// How far the running export got (0–1), or `None` when none is running.
    fn progress(&self) -> Option<f32> {
        self.job.as_ref().map(|job| f32::from_bits(job.progress.load(Ordering::Relaxed)))
    }

    /// True while an export is being written (File ▸ Export… waits for it).
    pub(crate) fn is_running(&self) -> bool {
        self.job.is_some()
    }

    /// The Export dialog's choices, for the dialog to edit.
    pub(crate) fn choices_mut(&mut self) -> &mut ExportChoices {
        &mut self.choices
    }

    /// Shows the progress of the running export and hands back how it ended once it has.
    fn poll(&mut self, ctx: &egui::Context) -> Option<ExportDone> {
        let job = self.job.as_ref()?;
        let outcome = match job.outcome.try_recv() {
            Ok(outcome) => outcome,
            Err(TryRecvError::Empty) => {
                let done = f32::from_bits(job.progress.load(Ordering::Relaxed));
                progress_window(ctx, &job.path, done);
                ctx.request_repaint_after(std::time::Duration::from_millis(50));
                return None;
            }
            Err(TryRecvError::Disconnected) => Err("the export stopped unexpectedly".to_owned()),
        };
        let path = self.job.take()?.path;
        Some(match outcome {
            Ok(warnings) => ExportDone::Written(path, warnings),
            Err(message) => ExportDone::Failed(message),
        })
    }
}

impl BoothplanApp {
    /// Exports the layout as it is now to `path` (format from its extension) in the background.
    /// Refused, as `boothplan export` refuses, when `path` is the layout's own file or a
    /// read-only one: one check for both (`io::overwrite`).
    pub fn export_to(&mut self, path: &Path) {
        let layout_file = self.doc.path().unwrap_or_else(|| Path::new(""));
        if let Some(why) = crate::io::overwrite::refusal(layout_file, path) {
            self.modal = Some(Modal::Error {
                title: "Cannot export the layout".to_owned(),
                message: format!("{}: {why}", path.display()),
            });
            return;
        }
        self.exports.start(self.doc.layout().clone(), self.doc.path(), path);
        self.message = Some(format!("Exporting {}…", path.display()));
    }

    /// How far the running export got (0–1), or `None` when none is running.
    #[must_use]
    pub fn export_progress(&self) -> Option<f32> {
        self.exports.progress()
    }

    /// True while an export is being written.
    #[must_use]
    pub fn is_exporting(&self) -> bool {
        self.exports.is_running()
    }

    /// Reports a finished export: a status message, or the error in a dialog.
    pub(crate) fn poll_export(&mut self, ctx: &egui::Context) {
        match self.exports.poll(ctx) {
            None => {}
            Some(ExportDone::Written(path, warnings)) => {
                let mut message = format!("Exported {}", path.display());
                for warning in warnings {
                    message.push_str(". ");
                    message.push_str(&warning);
                }
                self.message = Some(message);
            }
            Some(ExportDone::Failed(message)) => {
                self.message = None;
                self.modal =
                    Some(Modal::Error { title: "Cannot export the layout".to_owned(), message });
            }
        }
    }
}

/// A small window in the corner with the export's progress bar; the plan stays editable.
fn progress_window(ctx: &egui::Context, path: &Path, done: f32) {
    let name = path
        .file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    egui::Window::new("Exporting")
        .id(egui::Id::unique("export_progress"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::RIGHT_BOTTOM, [-16.0, -48.0])
        .show(ctx, |ui| {
            ui.label(format!("Writing {name}…"));
            ui.add(
                egui::ProgressBar::new(done.clamp(0.0, 1.0)).show_percentage().desired_width(240.0),
            );
        });
}
