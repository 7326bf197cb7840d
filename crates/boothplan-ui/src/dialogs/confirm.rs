//! Questions that guard a planner's work: unsaved changes before they are lost, and errors
//! before a layout with problems is saved.

use super::question::{Choice, ask};
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
    let body = |ui: &mut egui::Ui| {
        ui.label(format!("{name} has unsaved changes. Save them before {doing}?"));
    };
    let buttons = [
        Choice::plain("Save", UnsavedAnswer::Save),
        Choice::explained("Discard", "Lose the unsaved changes", UnsavedAnswer::Discard),
        Choice::plain("Cancel", UnsavedAnswer::Cancel),
    ];
    ask(ctx, "unsaved_changes", 420.0, "Save changes?", body, &buttons, UnsavedAnswer::Cancel)
}

/// Lists the errors of a layout about to be saved and asks "Save anyway" (true) or "Cancel"
/// (false).
#[must_use]
pub fn save_with_errors_ui(ctx: &egui::Context, findings: &[Finding]) -> Option<bool> {
    let errors: Vec<&Finding> = findings.iter().filter(|f| f.severity == Severity::Error).collect();
    let body = |ui: &mut egui::Ui| {
        ui.label("These must be fixed before the plan is built. Save it as it is?");
        egui::ScrollArea::vertical().max_height(240.0).show(ui, |ui| {
            for finding in &errors {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    format!("{}  {}: {}", finding.rule, finding.ids.join(", "), finding.message),
                );
            }
        });
    };
    let heading = format!("The layout has {} errors", errors.len());
    let buttons = [Choice::plain("Save anyway", true), Choice::plain("Cancel", false)];
    ask(ctx, "save_with_errors", 520.0, &heading, body, &buttons, false)
}
