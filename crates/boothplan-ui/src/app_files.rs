//! The file flows of the app: New, Open, Save, Save As and Quit, with the questions that guard
//! them (unsaved changes, saving with errors) and the errors they can meet.

use std::path::{Path, PathBuf};

use super::app::{BoothplanApp, Intent, Modal};
use crate::check::Severity;
use crate::dialogs::confirm::{self, UnsavedAnswer};
use crate::dialogs::disk_changed::{self, OverwriteAnswer};
use crate::dialogs::file_dialog::FilePurpose;
use crate::dialogs::{export_options, load_error};
use crate::editor::DiskState;
use crate::files::Answered;
use crate::model::Layout;

impl BoothplanApp {
    /// Does `intent`, first asking "Save changes?" when there are unsaved changes.
    pub(crate) fn request(&mut self, intent: Intent) {
        if self.doc.is_dirty() {
            self.modal = Some(Modal::Unsaved(intent));
        } else {
            self.perform(intent);
        }
    }

    /// Does `intent` now, unsaved changes or not.
    fn perform(&mut self, intent: Intent) {
        match intent {
            Intent::New => {
                let old_path = self.doc.path().map(Path::to_path_buf);
                self.start_over(Layout::default(), None);
                self.forget_recovery_of(old_path.as_deref());
                self.fit_pending = true;
                self.message = Some("New layout".to_owned());
            }
            Intent::Open => self.ask_file(FilePurpose::Open, None),
            Intent::ImportDrawing => self.ask_file(FilePurpose::ImportDrawing, None),
            Intent::OpenPath(path) => self.open_path(&path),
            Intent::Quit => {
                self.quit_requested = true;
            }
        }
    }

    /// Makes the document a fresh one on `layout` (New, a restore, an import), the tools back
    /// to Select with nothing in progress.
    pub(crate) fn start_over(&mut self, layout: Layout, path: Option<PathBuf>) {
        self.doc.start_over(layout, path);
        self.tools_afresh();
    }

    /// Another document took this one's place (New, Open, Reload, a restore, an import): the
    /// tools go back to Select with nothing in progress on it, and the background drawings that
    /// could not be read are tried again (they may have turned up meanwhile).
    pub(crate) fn tools_afresh(&mut self) {
        *self.canvas.tools_mut() = crate::editor::ToolController::default();
        self.canvas.retry_background_plans();
    }

    /// Opens `path`; a file that cannot be used leaves the layout untouched and says why.
    pub fn open_path(&mut self, path: &Path) {
        let old_path = self.doc.path().map(Path::to_path_buf);
        match self.doc.open(path) {
            Ok(()) => {
                self.tools_afresh();
                self.forget_recovery_of(old_path.as_deref());
                self.files.used(path);
                self.fit_pending = true;
                self.message = Some(format!("Opened {}", path.display()));
            }
            Err(error) => {
                if !path.exists() {
                    self.files.gone(path);
                }
                self.modal = Some(Modal::Error {
                    title: "Cannot open the layout".to_owned(),
                    message: error.to_string(),
                });
            }
        }
    }

    /// Save (or Save As): checks first; with errors, asks "Save anyway?".
    pub(crate) fn start_save(&mut self, save_as: bool, then: Option<Intent>) {
        // The question below must see every finding, the worker's included.
        self.doc.wait_for_findings();
        let has_errors = self.doc.findings().iter().any(|f| f.severity == Severity::Error);
        if has_errors {
            self.modal = Some(Modal::SaveWithErrors { save_as, then });
        } else {
            self.save_checked(save_as, then);
        }
    }

    /// Saves to the document's file, or asks for one.
    fn save_checked(&mut self, save_as: bool, then: Option<Intent>) {
        match self.doc.path().map(Path::to_path_buf) {
            Some(path) if !save_as => {
                if self.doc.disk_state() == DiskState::Changed {
                    self.modal = Some(Modal::OverwriteChanged { then });
                } else if self.write(&path)
                    && let Some(intent) = then
                {
                    self.perform(intent);
                }
            }
            _ => self.ask_file(FilePurpose::SaveAs, then),
        }
    }

    /// Writes the layout to `path`; true on success, else the error is shown.
    fn write(&mut self, path: &Path) -> bool {
        let old_path = self.doc.path().map(Path::to_path_buf);
        match self.doc.save_as(path) {
            Ok(()) => {
                // Saved: neither the old name's nor the new name's unsaved edits are needed.
                self.forget_recovery_of(old_path.as_deref());
                if old_path.as_deref() != Some(path) {
                    self.forget_recovery_of(Some(path));
                }
                self.files.used(path);
                self.canvas.retry_background_plans();
                self.message = Some(format!("Saved {}", path.display()));
                true
            }
            Err(error) => {
                self.modal = Some(Modal::Error {
                    title: "Cannot save the layout".to_owned(),
                    message: error.to_string(),
                });
                false
            }
        }
    }

    /// Acts on the planner's answer to a file request.
    pub(crate) fn file_answered(&mut self, answered: Answered) {
        let Some(path) = answered.path else { return };
        match answered.purpose {
            FilePurpose::Open => self.open_path(&path),
            FilePurpose::Export => self.export_to(&path),
            FilePurpose::ImportExhibitors => self.preview_exhibitors(&path),
            FilePurpose::ImportDrawing => self.preview_drawing(&path),
            FilePurpose::PlaceBackground => self.place_background_from(&path),
            FilePurpose::Compare => self.compare_with(&path),
            FilePurpose::SaveAs => {
                if self.write(&path)
                    && let Some(intent) = answered.then
                {
                    self.perform(intent);
                }
            }
        }
    }

    /// Shows the modal question or message, if any, and acts on the answer.
    pub(crate) fn modal_ui(&mut self, ctx: &egui::Context) {
        let Some(modal) = self.modal.clone() else { return };
        match modal {
            Modal::Unsaved(intent) => {
                let name = self.doc.title().trim_end_matches(" *").to_owned();
                match confirm::unsaved_changes_ui(ctx, &name, intent.doing()) {
                    Some(UnsavedAnswer::Save) => {
                        self.modal = None;
                        self.start_save(false, Some(intent));
                    }
                    Some(UnsavedAnswer::Discard) => {
                        self.modal = None;
                        self.perform(intent);
                    }
                    Some(UnsavedAnswer::Cancel) => self.modal = None,
                    None => {}
                }
            }
            Modal::SaveWithErrors { save_as, then } => {
                match confirm::save_with_errors_ui(ctx, self.doc.findings()) {
                    Some(true) => {
                        self.modal = None;
                        self.save_checked(save_as, then);
                    }
                    Some(false) => self.modal = None,
                    None => {}
                }
            }
            Modal::ExportOptions => {
                let (halls, drawings) =
                    (&self.doc.layout().halls, !self.doc.layout().backgrounds.is_empty());
                let choices = self.exports.choices_mut();
                match export_options::export_options_ui(ctx, choices, halls, drawings) {
                    Some(true) => {
                        self.modal = None;
                        self.ask_file(FilePurpose::Export, None);
                    }
                    Some(false) => self.modal = None,
                    None => {}
                }
            }
            Modal::LayoutSettings => {
                if self.settings_dialog.ui(ctx, &mut self.doc) {
                    self.modal = None;
                }
            }
            Modal::ImportExhibitors { list, plan } => {
                match crate::dialogs::import_exhibitors::import_preview_ui(ctx, &list, &plan) {
                    Some(crate::dialogs::import_exhibitors::ImportAnswer::Apply) => {
                        self.modal = None;
                        self.doc.assign_exhibitors(&plan);
                        self.message =
                            Some(format!("{} booths assigned from {list}", plan.changes.len()));
                    }
                    Some(crate::dialogs::import_exhibitors::ImportAnswer::Cancel) => {
                        self.modal = None;
                    }
                    None => {}
                }
            }
            Modal::Recover { entries, problem } => {
                self.recovery_offer_ui(ctx, &entries, problem.as_deref());
            }
            Modal::ChangedOnDisk => self.changed_on_disk_ui(ctx),
            Modal::OverwriteChanged { then } => {
                let name = self.doc.title().trim_end_matches(" *").to_owned();
                match disk_changed::overwrite_ui(ctx, &name) {
                    Some(OverwriteAnswer::Overwrite) => {
                        self.modal = None;
                        if let Some(path) = self.doc.path().map(Path::to_path_buf)
                            && self.write(&path)
                            && let Some(intent) = then
                        {
                            self.perform(intent);
                        }
                    }
                    Some(OverwriteAnswer::SaveAs) => {
                        self.modal = None;
                        self.ask_file(FilePurpose::SaveAs, then);
                    }
                    Some(OverwriteAnswer::Cancel) => self.modal = None,
                    None => {}
                }
            }
            Modal::CompareRevision { mut revision } => {
                let answer = crate::dialogs::revision::revision_ui(ctx, &mut revision);
                self.modal = None;
                match answer {
                    Some(true) => self.compare_with_revision(&revision),
                    Some(false) => {}
                    None => self.modal = Some(Modal::CompareRevision { revision }),
                }
            }
            Modal::PdfPage(choice) => self.pdf_page_modal_ui(ctx, choice),
            Modal::Error { title, message } => {
                if load_error::message_ui(ctx, &title, &message) {
                    self.modal = None;
                }
            }
        }
    }
}

impl BoothplanApp {
    /// Reads the exhibitor list at `path` and shows what it would change; a list that cannot
    /// be read is refused at its line and column.
    fn preview_exhibitors(&mut self, path: &Path) {
        match crate::io::exhibitor_list::read_exhibitor_list(path) {
            Ok(rows) => {
                let plan = crate::assign::Assignment::plan(self.doc.layout(), &rows);
                let list = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                self.modal = Some(Modal::ImportExhibitors { list, plan: Box::new(plan) });
            }
            Err(error) => {
                self.modal = Some(Modal::Error {
                    title: "Cannot import exhibitors".to_owned(),
                    message: error.to_string(),
                });
            }
        }
    }
}
