//! Edit ▸ Renumber selection…: the selected booths numbered again with a scheme, as one undo
//! step, in the same order a fill numbers them.

use super::fill_zone::{DialogAnswer, apply_cancel_ui, generator_window};
use super::numbering_fields::NumberingFields;

/// Shows the renumber dialog for `count` booths; `problem` is why the last Apply failed.
pub fn renumber_ui(
    ctx: &egui::Context,
    fields: &mut NumberingFields,
    count: usize,
    problem: Option<&str>,
) -> Option<DialogAnswer> {
    generator_window(ctx, "Renumber booths", |ui| {
        ui.label(format!("{count} selected booth{}", if count == 1 { "" } else { "s" }));
        egui::Grid::new("renumber_grid").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
            fields.grid_rows_ui(ui);
        });
        let problem = fields.scheme().err().or_else(|| problem.map(str::to_owned));
        if let Some(problem) = &problem {
            ui.colored_label(ui.visuals().error_fg_color, problem);
        }
        apply_cancel_ui(ui, count > 0)
    })
}
