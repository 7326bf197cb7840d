//! A message that something went wrong with a file, shown until the planner dismisses it.

use super::question::{Choice, ask};

/// Shows `message` under `title`; returns true once the planner closes it.
#[must_use]
pub fn message_ui(ctx: &egui::Context, title: &str, message: &str) -> bool {
    let body = |ui: &mut egui::Ui| {
        ui.add(egui::Label::new(egui::RichText::new(message).monospace()).wrap());
        ui.label("The layout on screen is unchanged.");
    };
    ask(ctx, "file_error", 560.0, title, body, &[Choice::plain("OK", ())], ()).is_some()
}
