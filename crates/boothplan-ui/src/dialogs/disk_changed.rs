//! Questions about a layout file that someone else saved since the planner opened it: before
//! Save overwrites their version, and when the window notices it.

use super::question::{Choice, ask};

/// The answer to "overwrite their version?" at Save.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OverwriteAnswer {
    /// Replace their version (it is kept as `FILE.ron.bak`).
    Overwrite,
    /// Keep both: write this version under another name.
    SaveAs,
    /// Do not save.
    Cancel,
}

/// The answer to "the file changed on disk: reload?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReloadAnswer {
    /// Open the version on disk (losing unsaved edits on screen).
    Reload,
    /// Keep the version on screen; Save will replace the one on disk.
    KeepMine,
    /// Dismissed (Esc, a click outside): stop offering, but Save still asks.
    Later,
}

/// Asks before Save replaces the version of `name` a colleague saved since it was opened.
#[must_use]
pub fn overwrite_ui(ctx: &egui::Context, name: &str) -> Option<OverwriteAnswer> {
    let body = |ui: &mut egui::Ui| {
        ui.label(format!(
            "{name} was saved by someone else (or another program) since you opened it. \
             Saving replaces their version with yours; theirs is kept as {name}.bak."
        ));
    };
    let buttons = [
        Choice::plain("Overwrite", OverwriteAnswer::Overwrite),
        Choice::explained("Save As…", "Keep both versions", OverwriteAnswer::SaveAs),
        Choice::plain("Cancel", OverwriteAnswer::Cancel),
    ];
    ask(ctx, "overwrite_changed_file", 460.0, HEADING, body, &buttons, OverwriteAnswer::Cancel)
}

/// Tells that `name` changed on disk and offers to reload it; `dirty` warns that the edits
/// on screen would be lost.
#[must_use]
pub fn reload_offer_ui(ctx: &egui::Context, name: &str, dirty: bool) -> Option<ReloadAnswer> {
    let body = |ui: &mut egui::Ui| {
        ui.label(format!("{name} was saved by someone else (or another program)."));
        if dirty {
            ui.label("Reloading it discards your unsaved changes.");
        }
    };
    let buttons = [
        Choice::explained("Reload", "Open the version on disk", ReloadAnswer::Reload),
        Choice::explained(
            "Keep my version",
            "Save will replace the version on disk",
            ReloadAnswer::KeepMine,
        ),
    ];
    ask(ctx, "reload_changed_file", 460.0, HEADING, body, &buttons, ReloadAnswer::Later)
}

/// The heading of both questions (tests and [`crate::BoothplanApp::modal_title`] use it).
pub const HEADING: &str = "The file changed on disk";
