//! File ▸ Compare with revision…: which git revision of the open file to compare with.

use super::question::{Choice, ask};

/// The revision offered first: the last commit.
pub const DEFAULT_REVISION: &str = "HEAD";

/// Shows the question with `revision` editable; `Some(true)` to compare (the button or Enter in
/// the field), `Some(false)` to cancel, `None` while the planner is still typing.
#[must_use]
pub fn revision_ui(ctx: &egui::Context, revision: &mut String) -> Option<bool> {
    let mut entered = false;
    let body = |ui: &mut egui::Ui| {
        ui.label("The open layout is compared with its file as git holds it in this revision.");
        ui.horizontal(|ui| {
            ui.label("Revision");
            let field = ui
                .add(egui::TextEdit::singleline(revision).desired_width(200.0))
                .accessible_name("Revision");
            entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        });
        ui.weak("For example HEAD, HEAD~1, a branch or a tag.");
    };
    let choices = [Choice::plain("Compare", true), Choice::plain("Cancel", false)];
    let answer =
        ask(ctx, "compare_revision", 420.0, "Compare with revision", body, &choices, false);
    if entered { Some(true) } else { answer }
}
