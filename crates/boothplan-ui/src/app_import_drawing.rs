//! File ▸ Import drawing… in the window: after "Save changes?", pick a DXF, preview its layers
//! and their roles, and make what it gives the new (unsaved) document.
//!
//! A new document, not an addition to the open one: a venue drawing brings its own halls in its
//! own frame, and a planner starts a fair's plan from it; adding its halls on top of another
//! plan's would overlap them in nonsense places.

use std::path::Path;

use super::app::{BoothplanApp, Modal};
use crate::dialogs::fill_zone::DialogAnswer;
use crate::dialogs::import_drawing::ImportDrawingDialog;

impl BoothplanApp {
    /// Reads the drawing at `path` and shows its preview; one that cannot be read says why.
    pub(crate) fn preview_drawing(&mut self, path: &Path) {
        match crate::io::dxf::read_dxf(path, None) {
            Ok(drawing) => {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                self.drawing_import = Some(Box::new(ImportDrawingDialog::new(name, drawing)));
            }
            Err(error) => {
                self.modal = Some(Modal::Error {
                    title: "Cannot import the drawing".to_owned(),
                    message: error.to_string(),
                });
            }
        }
    }

    /// Shows the import preview, and on Import makes its layout the document.
    pub(crate) fn drawing_import_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &mut self.drawing_import else { return };
        match dialog.ui(ctx) {
            Some(DialogAnswer::Apply) => {
                let Some(dialog) = self.drawing_import.take() else { return };
                let file_name = dialog.file_name.clone();
                if let Some(import) = dialog.into_import() {
                    let l = &import.layout;
                    self.message = Some(format!(
                        "Imported {file_name}: {} halls, {} columns, {} exits (not saved yet)",
                        l.halls.len(),
                        l.columns.len(),
                        l.exits.len()
                    ));
                    let old_path = self.doc.path().map(Path::to_path_buf);
                    self.start_over(import.layout, None);
                    self.doc.mark_unsaved();
                    self.forget_recovery_of(old_path.as_deref());
                    self.fit_pending = true;
                }
            }
            Some(DialogAnswer::Cancel) => self.drawing_import = None,
            None => {}
        }
    }
}
