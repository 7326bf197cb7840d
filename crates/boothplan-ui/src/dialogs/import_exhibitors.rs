//! File ▸ Import exhibitors…: every change the list would make, and what it cannot place,
//! before one Apply writes them all as one undo step.

use super::question::{Choice, ask};
use crate::assign::Assignment;

/// The planner's answer to the preview.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportAnswer {
    /// Apply the changes.
    Apply,
    /// Leave the layout as it is.
    Cancel,
}

/// Most change lines listed; the rest are counted.
const MAX_LINES: usize = 500;

/// Shows the preview of `plan` from `list` (the file's name); `None` while unanswered.
#[must_use]
pub fn import_preview_ui(
    ctx: &egui::Context,
    list: &str,
    plan: &Assignment,
) -> Option<ImportAnswer> {
    let body = |ui: &mut egui::Ui| {
        ui.label(format!(
            "{list}: {} booths change, {} already as listed.",
            plan.changes.len(),
            plan.unchanged
        ));
        let problems = plan.problem_lines();
        if !problems.is_empty() {
            let colour = ui.visuals().error_fg_color;
            for p in &problems {
                ui.colored_label(colour, p);
            }
            if plan.duplicates.is_empty() {
                ui.label("Rows whose booth does not exist are skipped.");
            } else {
                ui.label("List each booth once, then import again.");
            }
        }
        egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
            let lines = plan.change_lines();
            for line in lines.iter().take(MAX_LINES) {
                ui.monospace(line);
            }
            if lines.len() > MAX_LINES {
                ui.weak(format!("… and {} more", lines.len() - MAX_LINES));
            }
        });
    };
    let apply = [
        Choice::plain("Apply", ImportAnswer::Apply),
        Choice::plain("Cancel", ImportAnswer::Cancel),
    ];
    let cancel_only = [Choice::plain("Cancel", ImportAnswer::Cancel)];
    let can_apply = plan.duplicates.is_empty() && !plan.changes.is_empty();
    let choices: &[Choice<ImportAnswer>] = if can_apply { &apply } else { &cancel_only };
    ask(ctx, "import_exhibitors", 640.0, "Import exhibitors", body, choices, ImportAnswer::Cancel)
}
