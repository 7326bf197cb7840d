//! Questions that guard a planner's work: unsaved changes before they are lost, and errors
//! before a layout with problems is saved.

use crate::check::{Finding, Severity};

/// The answer to "Save changes?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsavedAnswer {
    /// Save first, then go on.
    Save,
    /// Go on and lose the changes.
    Discard,
    /// Stay.
    Cancel,
}

/// Asks whether to save the changes to `name` before `doing` (e.g. "opening another file").
/// Returns the answer once the planner gives one.
#[must_use]
pub fn unsaved_changes_ui(ctx: &egui::Context, name: &str, doing: &str) -> Option<UnsavedAnswer> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("unsaved_changes")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.heading("Save changes?");
        ui.label(format!("{name} has unsaved changes. Save them before {doing}?"));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Save").clicked() {
                answer = Some(UnsavedAnswer::Save);
            }
            if ui.button("Discard").on_hover_text("Lose the unsaved changes").clicked() {
                answer = Some(UnsavedAnswer::Discard);
            }
            if ui.button("Cancel").clicked() {
                answer = Some(UnsavedAnswer::Cancel);
            }
        });
    });
    if answer.is_none() && modal.should_close() {
        answer = Some(UnsavedAnswer::Cancel);
    }
    answer
}

/// Lists the errors of a layout about to be saved and asks "Save anyway" (true) or "Cancel"
/// (false).
#[must_use]
pub fn save_with_errors_ui(ctx: &egui::Context, findings: &[Finding]) -> Option<bool> {
    let errors: Vec<&Finding> = findings.iter().filter(|f| f.severity == Severity::Error).collect();
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("save_with_errors")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(format!("The layout has {} errors", errors.len()));
        ui.label("These must be fixed before the plan is built. Save it as it is?");
        egui::ScrollArea::vertical().max_height(240.0).show(ui, |ui| {
            for finding in &errors {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    format!("{}  {}: {}", finding.rule, finding.ids.join(", "), finding.message),
                );
            }
        });
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Save anyway").clicked() {
                answer = Some(true);
            }
            if ui.button("Cancel").clicked() {
                answer = Some(false);
            }
        });
    });
    if answer.is_none() && modal.should_close() {
        answer = Some(false);
    }
    answer
}
