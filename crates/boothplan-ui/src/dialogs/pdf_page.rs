//! File ▸ Place background plan… with a PDF of several pages: which page is the drawing.

use super::question::{Choice, ask};

/// Shows the question for `file_name` of `pages` pages with the page number editable (the first
/// is offered); `Some(true)` to place (the button or Enter in the field), `Some(false)` to
/// cancel, `None` while the planner is still choosing. `problem` is why the last try failed.
#[must_use]
pub fn pdf_page_ui(
    ctx: &egui::Context,
    file_name: &str,
    pages: u32,
    page: &mut String,
    problem: Option<&str>,
) -> Option<bool> {
    let mut entered = false;
    let body = |ui: &mut egui::Ui| {
        ui.label(format!("{file_name} has {pages} pages. Which one is the drawing to place?"));
        ui.horizontal(|ui| {
            ui.label("Page");
            let field = ui
                .add(egui::TextEdit::singleline(page).desired_width(60.0))
                .accessible_name("Page");
            entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.label(format!("of {pages}"));
        });
        if let Some(problem) = problem {
            ui.colored_label(ui.visuals().error_fg_color, problem);
        }
    };
    let choices = [Choice::plain("Place", true), Choice::plain("Cancel", false)];
    let answer = ask(ctx, "pdf_page", 380.0, "Place a page of the PDF", body, &choices, false);
    if entered { Some(true) } else { answer }
}
