//! The egui editor window: canvas, panels and dialogs. Thin: input becomes editor commands.

#![warn(
    clippy::allow_attributes,
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "exceptions are `expect`s with a reason, and nothing the user gives may panic"
)]

pub mod app;
mod app_background;
mod app_commands;
mod app_compare;
mod app_conflicts;
mod app_export;
mod app_files;
mod app_generate;
mod app_import_drawing;
mod app_safety;
pub mod canvas;
pub mod commands;
pub mod compare;
pub mod dialogs;
mod file_watch;
mod files;
pub mod fonts;
mod menu;
pub mod panels;
pub mod recent;
mod safekeeping;
mod shortcuts;
pub mod theme_tokens;

use std::path::{Path, PathBuf};

// The core's modules by their own names, so that a path reads the same on both sides of the
// crate line (`crate::model::Booth`) and moving code between the crates changes no paths.
use boothplan_core::{assign, check, editor, generate, io, model, revision, stats, units};

pub use app::BoothplanApp;
pub use commands::UiCommand;
pub use dialogs::file_dialog::{
    AskNative, FileAnswer, FileDialogs, FilePurpose, FileRequest, NativeFileDialogs,
};
pub use file_watch::WatchKind;
pub use recent::RecentFiles;

use crate::io::recovery::{RecoveryStore, install_panic_hook};
use crate::io::ron_file::{LoadError, load_layout, parse_layout};
use crate::model::Layout;

/// The layout the window opens on: the file, or the embedded default layout.
pub fn initial_layout(file: Option<&Path>) -> Result<(Layout, Option<PathBuf>), LoadError> {
    if let Some(path) = file {
        Ok((load_layout(path)?, Some(path.to_path_buf())))
    } else {
        let name = Path::new("<default layout gdte-hangzhou.ron>");
        Ok((parse_layout(crate::io::DEFAULT_LAYOUT_RON, name)?, None))
    }
}

/// Opens the editor window on `file`, or on the embedded default layout when `None`, keeping
/// unsaved edits in the user's recovery folder every `autosave` and when it panics.
pub fn run_gui(file: Option<&Path>, autosave: std::time::Duration) -> anyhow::Result<()> {
    // The message is already `FILE:LINE:COL: what was expected`.
    let (layout, path) = initial_layout(file).map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut recent = RecentFiles::for_user();
    if let Some(path) = &path {
        recent.add(path);
    }
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("boothplan")
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([800.0, 500.0]),
        ..eframe::NativeOptions::default()
    };
    eframe::run_native(
        "boothplan",
        options,
        Box::new(move |cc| {
            fonts::install(&cc.egui_ctx);
            let dialogs = Box::new(NativeFileDialogs::default());
            let mut app = BoothplanApp::new(layout, path, dialogs, recent);
            if let Some(store) = RecoveryStore::default_location() {
                let store = store.clone().for_this_window().unwrap_or_else(|e| {
                    // E.g. a home folder on a file system without locks: copies are still
                    // kept, only not told apart per window.
                    eprintln!("boothplan: recovery copies are not kept per window: {e}");
                    store
                });
                app = app.with_recovery(store.clone(), autosave);
                install_panic_hook(app.recovery_snapshot(), store);
            } else {
                eprintln!("boothplan: no home folder: unsaved edits cannot be kept on a crash");
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}
