//! Questions about a layout file that someone else saved since the planner opened it: before
//! Save overwrites their version, and when the window notices it.

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
}

/// Asks before Save replaces the version of `name` a colleague saved since it was opened.
#[must_use]
pub fn overwrite_ui(ctx: &egui::Context, name: &str) -> Option<OverwriteAnswer> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("overwrite_changed_file")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(HEADING);
        ui.label(format!(
            "{name} was saved by someone else (or another program) since you opened it. \
             Saving replaces their version with yours; theirs is kept as {name}.bak."
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Overwrite").clicked() {
                answer = Some(OverwriteAnswer::Overwrite);
            }
            if ui.button("Save As…").on_hover_text("Keep both versions").clicked() {
                answer = Some(OverwriteAnswer::SaveAs);
            }
            if ui.button("Cancel").clicked() {
                answer = Some(OverwriteAnswer::Cancel);
            }
        });
    });
    if answer.is_none() && modal.should_close() {
        answer = Some(OverwriteAnswer::Cancel);
    }
    answer
}

/// Tells that `name` changed on disk and offers to reload it; `dirty` warns that the edits
/// on screen would be lost.
#[must_use]
pub fn reload_offer_ui(ctx: &egui::Context, name: &str, dirty: bool) -> Option<ReloadAnswer> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("reload_changed_file")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(HEADING);
        ui.label(format!("{name} was saved by someone else (or another program)."));
        if dirty {
            ui.label("Reloading it discards your unsaved changes.");
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Reload").on_hover_text("Open the version on disk").clicked() {
                answer = Some(ReloadAnswer::Reload);
            }
            let keep = ui.button("Keep my version");
            if keep.on_hover_text("Save will replace the version on disk").clicked() {
                answer = Some(ReloadAnswer::KeepMine);
            }
        });
    });
    if answer.is_none() && modal.should_close() {
        answer = Some(ReloadAnswer::KeepMine);
    }
    answer
}

/// The heading of both questions (tests and [`crate::ui::BoothplanApp::modal_title`] use it).
pub const HEADING: &str = "The file changed on disk";
