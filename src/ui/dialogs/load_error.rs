//! A message that something went wrong with a file, shown until the planner dismisses it.

/// Shows `message` under `title`; returns true once the planner closes it.
#[must_use]
pub fn message_ui(ctx: &egui::Context, title: &str, message: &str) -> bool {
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("file_error")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(title);
        ui.add(egui::Label::new(egui::RichText::new(message).monospace()).wrap());
        ui.label("The layout on screen is unchanged.");
        ui.add_space(8.0);
        close = ui.button("OK").clicked();
    });
    close || modal.should_close()
}
